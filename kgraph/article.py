"""Reading article files: encodings, YAML front matter, language → ``Article``."""
from __future__ import annotations

import datetime as dt
import hashlib
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import InputError

__all__ = ["ARTICLE_SUFFIXES", "Article", "detect_language", "iter_article_paths", "parse_article", "read_article"]

ARTICLE_SUFFIXES: frozenset[str] = frozenset({".txt", ".md", ".markdown"})
_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_KANA = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")


@dataclass(frozen=True, slots=True)
class Article:
    """One article: its body text (front matter removed) and its metadata."""

    path: str  # as given by the user ("-" for standard input)
    text: str
    lang: str
    title: str | None = None
    published: dt.date | None = None
    url: str | None = None
    encoding: str = "utf-8"
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def identity(self) -> str:
        """What makes two readings "the same article": its URL, else its resolved path."""
        if self.url:
            return self.url
        if self.path == "-":
            return "stdin:" + self.content_hash
        return Path(self.path).resolve().as_posix()


def detect_language(text: str) -> str:
    """Guess ``ja`` or ``en`` from the script of the text.

    >>> detect_language("オープンAIはAWSと契約した。")
    'ja'
    >>> detect_language("OpenAI signed a deal with AWS.")
    'en'
    """
    sample = text[:5000]
    kana = len(_KANA.findall(sample))
    cjk = len(_CJK.findall(sample))
    latin = len(_LATIN.findall(sample))
    if kana >= 5 or (kana + cjk) * 3 > latin:
        return "ja"
    return "en"


def _as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        m = re.match(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})", value)
        if m:
            try:
                return dt.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                return None
    return None


def parse_article(raw: str, *, path: str, encoding: str = "utf-8") -> Article:
    """Split front matter from the body and build an ``Article``.

    >>> a = parse_article("---\\ndate: 2025-11-04\\nlang: en\\n---\\nHello.", path="x.txt")
    >>> a.published, a.lang, a.text
    (datetime.date(2025, 11, 4), 'en', 'Hello.')
    """
    raw = raw.lstrip("\ufeff")
    meta: dict[str, Any] = {}
    body = raw
    m = _FRONT_MATTER.match(raw)
    if m:
        try:
            loaded = yaml.safe_load(m.group(1))
        except yaml.YAMLError as exc:
            raise InputError(f"{path}: front matter is not valid YAML ({exc.__class__.__name__})") from exc
        if isinstance(loaded, dict):
            meta = {str(k): v for k, v in loaded.items()}
            body = raw[m.end():]
    lang = str(meta.get("lang") or meta.get("language") or "").strip().lower()[:2]
    if lang not in ("ja", "en"):
        lang = detect_language(body)
    title = meta.get("title")
    url = meta.get("url")
    return Article(
        path=path,
        text=body,
        lang=lang,
        title=str(title) if title is not None else None,
        published=_as_date(meta.get("date")),
        url=str(url) if url else None,
        encoding=encoding,
        meta=meta,
    )


def _decode(data: bytes, path: str) -> tuple[str, str]:
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{path}: looks like a binary file, not an article")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(f"{path}: cannot detect the text encoding")
    return str(best), best.encoding


def read_article(path: str | Path) -> Article:
    """Read one article file (or ``-`` for standard input)."""
    name = str(path)
    if name == "-":
        data = sys.stdin.buffer.read()
    else:
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise InputError(f"{name}: {exc.strerror or exc}") from exc
    text, encoding = _decode(data, name)
    article = parse_article(text, path=name, encoding=encoding)
    if not article.text.strip():
        raise InputError(f"{name}: the article is empty")
    return article


def iter_article_paths(paths: Iterable[str | Path]) -> Iterator[str]:
    """Expand files and folders (recursively, sorted) into article paths, as strings.

    Paths are kept as the user wrote them, so facts cite them the same way.
    """
    for p in paths:
        name = str(p)
        if name == "-":
            yield name
            continue
        path = Path(name)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in ARTICLE_SUFFIXES and not child.name.startswith("."):
                    if child.name.lower() == "readme.md":
                        continue
                    yield str(child)
        elif path.exists():
            yield name
        else:
            raise InputError(f"{name}: no such file or folder")
