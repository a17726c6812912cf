"""The cadrebot domain: models, database, Vietnamese text, search, answers, import/export and seed data.

This package imports nothing of handlers/, scheduler/ or bot/, and nothing chat-specific.
"""
