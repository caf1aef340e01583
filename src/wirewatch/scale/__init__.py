"""wirewatch.scale."""
