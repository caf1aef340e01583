"""wirewatch.report."""
