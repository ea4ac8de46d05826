"""The error hierarchy. The CLI turns these into one-line messages."""
from __future__ import annotations

__all__ = ["KGraphError", "InputError", "StoreError", "StoreLocked", "UnsafeQuery", "ModelError"]


class KGraphError(Exception):
    """Base class of every error kgraph raises on purpose."""


class InputError(KGraphError):
    """An article could not be read (missing, binary, empty, undecodable)."""


class StoreError(KGraphError):
    """The store could not be opened, read or written."""


class StoreLocked(StoreError):
    """Another process is writing to the store."""


class UnsafeQuery(KGraphError):
    """A SPARQL query that kgraph refuses to run (updates, remote access)."""


class ModelError(KGraphError):
    """A spaCy pipeline could not be loaded."""
