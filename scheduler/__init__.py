"""Time: reminder planning, APScheduler, the outbox and its pacer, leader election (later issues)."""
