"""Loading spaCy pipelines once, and running them over articles in batches."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import spacy
from spacy.language import Language

from ..article import Article
from ..errors import ModelError
from ..facts import Fact
from . import components  # noqa: F401  (registers the factories)
from .components import set_article
from .relations import DEFAULT_MIN_CONFIDENCE, merge_facts

__all__ = ["JA_MODEL", "SUDACHI_MAX_BYTES", "Extractor", "chunk_text", "load_pipeline"]

JA_MODEL = "ja_ginza"
#: Sudachi refuses input over 49,149 UTF-8 bytes; chunks stay well below that.
SUDACHI_MAX_BYTES = 40_000
#: GiNZA components that extraction does not use.
JA_UNUSED = ("parser", "compound_splitter", "bunsetu_recognizer")


def load_pipeline(lang: str, *, model: str | None = None, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> Language:
    """A pipeline for ``lang`` ("ja" or "en") with kgraph's components added.

    Japanese uses GiNZA (``ja_ginza``) with its parser switched off; English
    uses ``spacy.blank("en")`` unless ``model`` names an installed pipeline.
    """
    try:
        if model:
            nlp = spacy.load(model)
        elif lang == "ja":
            nlp = spacy.load(JA_MODEL, exclude=list(JA_UNUSED))
        else:
            nlp = spacy.blank("en")
    except OSError as exc:
        raise ModelError(f"cannot load the spaCy pipeline {model or JA_MODEL!r}: {exc}") from exc
    nlp.add_pipe("kgraph_entities", config={"use_ner": "ner" in nlp.pipe_names})
    nlp.add_pipe("kgraph_relations", config={"min_confidence": min_confidence})
    return nlp


def chunk_text(text: str, *, max_bytes: int = SUDACHI_MAX_BYTES) -> list[tuple[int, str]]:
    """Cut ``text`` into (offset, chunk) pieces of at most ``max_bytes`` UTF-8
    bytes, at line or sentence ends where possible.

    >>> [(o, c) for o, c in chunk_text("ab。cd。ef", max_bytes=9)]
    [(0, 'ab。'), (3, 'cd。ef')]
    """
    if len(text.encode("utf-8")) <= max_bytes:
        return [(0, text)]
    out: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end, size = start, 0
        while end < len(text) and size + len(text[end].encode("utf-8")) <= max_bytes:
            size += len(text[end].encode("utf-8"))
            end += 1
        if end < len(text):
            window = text[start:end]
            cut = max(window.rfind("\n"), window.rfind("。"), window.rfind(". "))
            if cut > 0:
                end = start + cut + 1
        out.append((start, text[start:end]))
        start = end
    return out


@dataclass
class Extractor:
    """Runs the pipelines over articles; each language's model is loaded once, on first use."""

    model: str | None = None
    min_confidence: float = DEFAULT_MIN_CONFIDENCE
    batch_size: int = 8
    _nlps: dict[str, Language] = field(default_factory=dict, repr=False)

    def nlp(self, lang: str) -> Language:
        key = "model" if self.model else lang
        if key not in self._nlps:
            self._nlps[key] = load_pipeline(lang, model=self.model, min_confidence=self.min_confidence)
        return self._nlps[key]

    def extract(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Fact]]]:
        """Yield each article with its facts, in input order, batching per language."""
        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= self.batch_size:
                yield from self._run(batch)
                batch = []
        if batch:
            yield from self._run(batch)

    def _run(self, batch: list[Article]) -> Iterator[tuple[Article, list[Fact]]]:
        results: dict[int, list[Fact]] = {i: [] for i in range(len(batch))}
        by_lang: dict[str, list[int]] = {}
        for i, a in enumerate(batch):
            by_lang.setdefault(a.lang, []).append(i)
        for lang, indices in by_lang.items():
            nlp = self.nlp(lang)
            docs = []
            owners = []
            for i in indices:
                a = batch[i]
                source = _source(a)
                chunks = chunk_text(a.text)
                for offset, chunk in chunks:
                    doc = nlp.make_doc(chunk)
                    set_article(doc, path=a.path, lang=a.lang, published=a.published, source=source,
                                whole=a.text if len(chunks) > 1 else None)
                    docs.append(doc)
                    owners.append((i, offset))
            chunked = len(docs) > len(indices)
            for doc, (i, _offset) in zip(nlp.pipe(docs, batch_size=self.batch_size), owners):
                results[i].extend(doc._.facts or [])
            if chunked:
                for i in indices:
                    results[i] = merge_facts(results[i])
        for i, a in enumerate(batch):
            yield a, results[i]


def _source(article: Article) -> dict[str, Any]:
    return {
        "path": article.path,
        "title": article.title,
        "url": article.url,
        "published": article.published.isoformat() if article.published else None,
        "lang": article.lang,
    }

