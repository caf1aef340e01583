"""wirewatch.ingest."""
