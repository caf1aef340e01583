"""wirewatch.link."""
