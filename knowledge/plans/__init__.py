"""Training plans as offices keep them: their dates and periods, the quick-start sample, attendance lists."""
