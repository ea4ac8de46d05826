"""kgraph: news about the cloud market, as a knowledge graph.

Importing the package is cheap: spaCy and GiNZA load only in ``kgraph.nlp.pipeline``.
"""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["__version__"]
