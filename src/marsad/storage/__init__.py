"""Persistent store (SQLite by default, PostgreSQL for shared deployments)."""

from .db import default_db_path, resolve_url
from .store import IngestResult, Store

__all__ = ["IngestResult", "Store", "default_db_path", "resolve_url"]
