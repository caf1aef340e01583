"""wirewatch.actions."""
