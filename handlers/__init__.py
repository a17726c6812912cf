"""Conversation logic for every channel: Incoming -> list[Reply]; all Vietnamese wording lives here."""
