"""Composition root: settings, CLI, channel adapters and the terminal chat."""
