"""Sentence segmentation that keeps exact offsets into the article.

News text breaks lines in the middle of sentences (a line that ends in 「、」
or a lower-case continuation in English) and uses lines for headings, bullets
and tables: a sentence here ends at 。！？ (or . ! ? in English) or at a line
break that does not continue the sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Sentence", "split_sentences"]

_JA_END = re.compile(r"[。！？!?]+[」』）)]*")
_EN_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?(?:[A-Z0-9]|[a-z][A-Z]))")
_EN_ABBREV = re.compile(
    r"(?:\b(?:Inc|Corp|Co|Ltd|Jr|Sr|Mr|Mrs|Ms|Dr|St|vs|No|U\.S|U\.K|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|"
    r"approx|est|e\.g|i\.e|a\.m|p\.m|[A-Z])\.)$"
)
#: an abbreviation that still ends its sentence: "a €1.7 billion Series C.", "… with CoreWeave Inc. The deal …"
_ENDS_ANYWAY = re.compile(r"(?:\b(?:Inc|Corp|Co|Ltd|a\.m|p\.m))\.$")
_SERIES_END = re.compile(r"\b(?:Series|Class|Tier|Phase|Round)\s+[A-Z]\.$")
_STARTER = re.compile(r"\s+[\"“]?(?:The|It|Its|This|That|These|Those|They|Their|He|She|We|Our|In|On|At|By|For|But|And|"
                      r"However|Under|After|Before|Both|Neither|A|An)\b")
_CONTINUES = re.compile(r"[、,，:：;；\-–—―(（「『]\s*$")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    table: bool = False  # a row of a Markdown table


def _lines(text: str) -> list[tuple[int, int]]:
    """Spans of logical lines: physical lines joined where a sentence continues."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        end = pos + len(line.rstrip("\r\n"))
        spans.append((pos, end))
        pos += len(line)
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged:
            ps, pe = merged[-1]
            prev = text[ps:pe]
            cur = text[s:e].lstrip()
            if prev.strip() and cur and not cur.startswith(("|", "-", "*", "#", "・", "■", "●")) and (
                _CONTINUES.search(prev) or (cur[:1].islower() and not prev.rstrip().endswith((".", "!", "?")))
            ):
                merged[-1] = (ps, e)
                continue
        merged.append((s, e))
    return merged


def split_sentences(text: str, *, lang: str) -> list[Sentence]:
    """Split ``text`` into sentences with exact offsets.

    >>> [s.text for s in split_sentences("A社は出資した。B社も、\\nC社と提携。\\n見出し", lang="ja")]
    ['A社は出資した。', 'B社も、\\nC社と提携。', '見出し']
    >>> [s.text for s in split_sentences("Nvidia Corp. sells chips. AWS buys them.", lang="en")]
    ['Nvidia Corp. sells chips.', 'AWS buys them.']
    >>> [s.text for s in split_sentences("It raised a Series C. The round was led by ASML.", lang="en")]
    ['It raised a Series C.', 'The round was led by ASML.']
    """
    out: list[Sentence] = []
    for ls, le in _lines(text):
        line = text[ls:le]
        stripped = line.strip()
        if not stripped:
            continue
        table = stripped.startswith("|") and stripped.count("|") >= 2
        start = ls
        if lang == "ja":
            cuts = [m.end() for m in _JA_END.finditer(line)]
        else:
            cuts = [m.end() for m in _EN_END.finditer(line) if not _EN_ABBREV.search(line[: m.end()])
                    or _SERIES_END.search(line[: m.end()])
                    or (_ENDS_ANYWAY.search(line[: m.end()]) and _STARTER.match(line, m.end()))]
        for cut in [*cuts, len(line)]:
            piece_start, piece_end = start, ls + cut
            chunk = text[piece_start:piece_end]
            lead = len(chunk) - len(chunk.lstrip())
            trail = len(chunk) - len(chunk.rstrip())
            s, e = piece_start + lead, piece_end - trail
            if e > s:
                out.append(Sentence(s, e, text[s:e], table))
            start = ls + cut
    return out
