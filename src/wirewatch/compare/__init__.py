"""wirewatch.compare."""
