"""Hand-built view graphs for the view tests: the edge attributes network.py produces."""
from __future__ import annotations

from typing import Any

__all__ = ["fact"]


def fact(relation: str, **attrs: Any) -> dict[str, Any]:
    """The attributes of one fact edge, with everything not given left empty."""
    base: dict[str, Any] = {
        "relation": relation,
        "amount_text": None,
        "amount_value": None,
        "currency": None,
        "date": None,
        "duration": None,
        "status": None,
        "confidence": 0.9,
        "evidence": "",
        "sources": [],
    }
    base.update(attrs)
    return base
