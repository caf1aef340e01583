"""wirewatch.store: the SQLite database (articles, full-text search, corpus results)."""

from wirewatch.store.opening import NotAStore, check_store
from wirewatch.store.search import QueryRefused, SearchAbandoned, SearchFilters, SearchHit
from wirewatch.store.settings import StoreSettings
from wirewatch.store.store import AddResult, Store

__all__ = [
    "AddResult",
    "NotAStore",
    "QueryRefused",
    "SearchAbandoned",
    "SearchFilters",
    "SearchHit",
    "Store",
    "StoreSettings",
    "check_store",
]
