"""wirewatch.store: the SQLite database (articles, full-text search, corpus results)."""

from wirewatch.store.search import SearchHit
from wirewatch.store.settings import StoreSettings
from wirewatch.store.store import AddResult, Store

__all__ = ["AddResult", "SearchHit", "Store", "StoreSettings"]
