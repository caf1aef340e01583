"""wirewatch.quotes."""
