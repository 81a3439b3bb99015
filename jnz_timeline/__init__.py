"""jnz: sourced, chronological timelines of bilateral defence relations."""
