"""wirewatch.ingest: read articles from files, folders, records, WARC archives and feeds."""

from wirewatch.ingest.files import read_inputs

__all__ = ["read_inputs"]
