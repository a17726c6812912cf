"""Search over the data: the answering engine's companions (the subject of an answer, follow-ups)."""
