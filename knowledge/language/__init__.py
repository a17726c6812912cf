"""Vietnamese language for the knowledge core: places and the 2025 map, follow-up questions.

Pure functions only: nothing here touches the database (tests/test_layers.py guards it).
"""
