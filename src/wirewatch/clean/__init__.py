"""wirewatch.clean."""
