"""The gazetteer: the organizations and services kgraph knows, and their names.

``ontology/gazetteer.ttl`` holds one ``skos:Concept`` per entity: its English
and Japanese ``skos:prefLabel``, every alias as ``skos:altLabel``, its
``kg:sector`` values and its ``kg:parentOrganization``. This module reads it
(with pyoxigraph, no spaCy) into :class:`kgraph.facts.Entity` objects and an
index from normalized surface forms to entity ids.

>>> gaz = load_gazetteer()
>>> gaz.lookup("アマゾン・ウェブ・サービス").name
'Amazon Web Services'
>>> gaz.lookup("米オープンAI").id
'openai'
>>> gaz.lookup("Anthropic, Inc.").name
'Anthropic'
>>> gaz.lookup("cloud providers") is None
True
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

import pyoxigraph

from kgraph.errors import KGraphError
from kgraph.facts import Entity, entity_key

__all__ = [
    "COUNTRY_PREFIXES",
    "DEFAULT_GAZETTEER",
    "ENV_GAZETTEER",
    "LEGAL_PREFIXES",
    "LEGAL_SUFFIXES",
    "Gazetteer",
    "GazetteerError",
    "load_gazetteer",
]

#: The gazetteer that ships with kgraph (found next to the package, which suits
#: a checkout or an editable install).
DEFAULT_GAZETTEER: Path = Path(__file__).resolve().parent.parent / "ontology" / "gazetteer.ttl"
#: Environment variable naming another gazetteer file to use by default.
ENV_GAZETTEER = "KGRAPH_GAZETTEER"

#: Country prefixes of the Japanese press (米アマゾン, 中国アリババ), longest first.
COUNTRY_PREFIXES: tuple[str, ...] = ("中国", "米国", "米", "英", "中", "日", "独", "仏", "韓", "台")
#: Legal-form suffixes, in ``entity_key`` form (NFKC, case-folded), longest first.
LEGAL_SUFFIXES: tuple[str, ...] = (
    " co., ltd.",
    " co.,ltd.",
    " co. ltd.",
    " co., ltd",
    " corporation",
    ", inc.",
    " inc.",
    ", inc",
    " inc",
    " corp.",
    " corp",
    ", llc",
    " llc",
    ", ltd.",
    " ltd.",
    " ltd",
    " pbc",
    " plc",
    "株式会社",
    "(株)",
    "社",
)
#: Legal-form prefixes (株式会社NTTデータ, (株)さくらインターネット), in ``entity_key`` form.
LEGAL_PREFIXES: tuple[str, ...] = ("株式会社", "(株)")

_ENTITY_NS = "https://w3id.org/kgraph/entity/"
_KG_NS = "https://w3id.org/kgraph/ontology#"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_PREF_LABEL = _SKOS + "prefLabel"
_ALT_LABEL = _SKOS + "altLabel"
_SECTOR = _KG_NS + "sector"
_PARENT = _KG_NS + "parentOrganization"
_KINDS = {_KG_NS + "Organization": "Organization", _KG_NS + "Service": "Service"}
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
#: How many strip steps (country prefix, legal prefix, legal suffix) a lookup combines.
_MAX_STRIPS = 3


class GazetteerError(KGraphError, ValueError):
    """A gazetteer file is missing, unreadable, or breaks a rule of the format."""


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Known entities by id, and an index from ``entity_key(surface)`` to id.

    Build one with :func:`load_gazetteer` or :meth:`from_entities`.
    """

    entities: Mapping[str, Entity]
    surface_index: Mapping[str, str]

    @classmethod
    def from_entities(cls, entities: Iterable[Entity]) -> Gazetteer:
        """Index entities by every name they go by.

        Raises :class:`GazetteerError` when two entities share an id or a
        surface form (after NFKC and case folding).

        >>> gaz = Gazetteer.from_entities([Entity(id="acme", name="Acme", aliases=("アクメ",))])
        >>> gaz.lookup("米アクメ社").name
        'Acme'
        """
        by_id: dict[str, Entity] = {}
        index: dict[str, str] = {}
        for entity in entities:
            if entity.id in by_id:
                raise GazetteerError(f"two entities have the id {entity.id!r}")
            by_id[entity.id] = entity
            for surface in _names(entity):
                key = entity_key(surface)
                if not key:
                    continue
                other = index.setdefault(key, entity.id)
                if other != entity.id:
                    raise GazetteerError(
                        f"the name {surface!r} belongs to both {other!r} and {entity.id!r}; "
                        "keep it on one entity only"
                    )
        return cls(entities=MappingProxyType(by_id), surface_index=MappingProxyType(index))

    def __len__(self) -> int:
        return len(self.entities)

    def lookup(self, surface: str) -> Entity | None:
        """The entity a surface form names, or None.

        The surface is compared after NFKC, case folding and spacing; failing
        an exact match, a leading country prefix (米, 中国 ...) and legal forms
        (", Inc.", " Corp.", " PBC", "株式会社", "社" ...) are stripped, in any
        combination, as long as what remains is a known name.

        >>> gaz = load_gazetteer()
        >>> gaz.lookup("ＡＷＳ").name
        'Amazon Web Services'
        >>> gaz.lookup("米エヌビディア社").name
        'NVIDIA'
        >>> gaz.lookup("米国防総省").name
        'U.S. Department of Defense'
        """
        for candidate in _candidates(entity_key(surface)):
            entity_id = self.surface_index.get(candidate)
            if entity_id is not None:
                return self.entities[entity_id]
        return None

    def ancestors(self, entity: Entity) -> list[str]:
        """The ids up ``entity``'s chain of parents, nearest first (a cycle stops the walk).

        >>> load_gazetteer().ancestors(load_gazetteer().entities["google-cloud"])
        ['google', 'alphabet']
        """
        out: list[str] = []
        parent = entity.parent
        while parent and parent in self.entities and parent not in out and parent != entity.id:
            out.append(parent)
            parent = self.entities[parent].parent
        return out

    def children(self, entity_id: str) -> list[Entity]:
        """The entities whose parent is ``entity_id``, sorted by id.

        >>> [e.id for e in load_gazetteer().children("amazon-web-services")][:3]
        ['amazon-aurora', 'amazon-bedrock', 'amazon-chime']
        """
        return sorted(
            (entity for entity in self.entities.values() if entity.parent == entity_id),
            key=lambda entity: entity.id,
        )

    def surfaces(self) -> Iterator[tuple[str, str]]:
        """Every (surface form, entity id) pair, as written in the gazetteer.

        Meant for building an entity ruler; each surface comes once per entity.
        """
        for entity in self.entities.values():
            for surface in _names(entity):
                yield surface, entity.id


def load_gazetteer(path: str | os.PathLike[str] | None = None) -> Gazetteer:
    """Read a gazetteer file (Turtle); parsed once per file version and cached.

    Without ``path``, the file named by ``$KGRAPH_GAZETTEER`` is read, or else
    the gazetteer that ships with kgraph (``ontology/gazetteer.ttl``).
    """
    if path is None:
        path = os.environ.get(ENV_GAZETTEER) or DEFAULT_GAZETTEER
    resolved = Path(path).expanduser().resolve()
    try:
        stat = resolved.stat()
    except OSError as error:
        raise GazetteerError(
            f"cannot read the gazetteer {resolved}: {error.strerror}; "
            f"pass another path or set {ENV_GAZETTEER}"
        ) from error
    return _load(resolved, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=8)
def _load(path: Path, mtime_ns: int, size: int) -> Gazetteer:
    """Parse ``path``; the modification time and size make an edited file a new cache key."""
    del mtime_ns, size  # only part of the cache key
    records: dict[str, _Record] = {}
    try:
        for quad in pyoxigraph.parse(path=path, format=pyoxigraph.RdfFormat.TURTLE):
            subject = quad.subject
            if not isinstance(subject, pyoxigraph.NamedNode):
                continue
            iri = subject.value
            if not iri.startswith(_ENTITY_NS) or iri == _ENTITY_NS:
                continue
            record = records.setdefault(iri[len(_ENTITY_NS) :], _Record())
            record.add(quad.predicate.value, quad.object)
    except SyntaxError as error:
        raise GazetteerError(f"{path} is not valid Turtle: {error}") from error
    entities = [record.entity(entity_id, path) for entity_id, record in records.items()]
    for entity in entities:
        if entity.parent is not None and entity.parent not in records:
            raise GazetteerError(
                f"{path}: the parent {entity.parent!r} of {entity.id!r} is not in the gazetteer"
            )
    return Gazetteer.from_entities(entities)


class _Record:
    """What the file says about one entity, before it becomes an Entity."""

    __slots__ = ("alts", "kinds", "parents", "prefs", "sectors")

    def __init__(self) -> None:
        self.kinds: list[str] = []
        self.prefs: list[tuple[str, str]] = []
        self.alts: list[str] = []
        self.sectors: list[str] = []
        self.parents: list[str] = []

    def add(self, predicate: str, obj: object) -> None:
        if predicate == _RDF_TYPE and isinstance(obj, pyoxigraph.NamedNode):
            if obj.value in _KINDS:
                self.kinds.append(_KINDS[obj.value])
        elif predicate == _PREF_LABEL and isinstance(obj, pyoxigraph.Literal):
            self.prefs.append(((obj.language or "").lower(), obj.value))
        elif predicate == _ALT_LABEL and isinstance(obj, pyoxigraph.Literal):
            self.alts.append(obj.value)
        elif predicate == _SECTOR and isinstance(obj, pyoxigraph.NamedNode):
            self.sectors.append(obj.value.removeprefix(_KG_NS))
        elif predicate == _PARENT and isinstance(obj, pyoxigraph.NamedNode):
            self.parents.append(obj.value.removeprefix(_ENTITY_NS))

    def entity(self, entity_id: str, path: Path) -> Entity:
        where = f"{path}: {entity_id!r}"
        if not _ID.fullmatch(entity_id):
            raise GazetteerError(f"{where} is not a valid id (lowercase ASCII words joined by '-')")
        if len(set(self.kinds)) != 1:
            raise GazetteerError(f"{where} must be exactly one of kg:Organization and kg:Service")
        english = [text for lang, text in self.prefs if _primary(lang) == "en"]
        if len(english) != 1:
            raise GazetteerError(f"{where} has {len(english)} English skos:prefLabel; it needs one")
        if len(set(self.parents)) > 1:
            raise GazetteerError(f"{where} has several kg:parentOrganization values")
        name = english[0]
        others = [(lang, text) for lang, text in self.prefs if _primary(lang) != "en"]
        aliases = [text for _, text in others] + self.alts
        return Entity(
            id=entity_id,
            name=name,
            kind=self.kinds[0],
            labels=(("en", name), *others),
            aliases=tuple(dict.fromkeys(alias for alias in aliases if alias != name)),
            sectors=tuple(dict.fromkeys(self.sectors)),
            parent=self.parents[0] if self.parents else None,
        )


def _names(entity: Entity) -> Iterator[str]:
    """The entity's name, labels and aliases, each once, in that order."""
    yield from dict.fromkeys([entity.name, *(text for _, text in entity.labels), *entity.aliases])


def _candidates(key: str) -> Iterator[str]:
    """``key``, then the forms left by stripping prefixes and suffixes, shortest path first."""
    seen = {key}
    frontier = [key]
    yield key
    for _ in range(_MAX_STRIPS):
        following: list[str] = []
        for form in frontier:
            for stripped in _strip_once(form):
                if stripped and stripped not in seen:
                    seen.add(stripped)
                    following.append(stripped)
                    yield stripped
        frontier = following


def _strip_once(form: str) -> Iterator[str]:
    # every matching country prefix: 米国防総省 is 米 + 国防総省, 米国オラクル is 米国 + オラクル
    for prefix in COUNTRY_PREFIXES:
        if form.startswith(prefix):
            yield form[len(prefix) :].strip()
    for prefix in LEGAL_PREFIXES:
        if form.startswith(prefix):
            yield form[len(prefix) :].strip()
            break
    for suffix in LEGAL_SUFFIXES:
        if form.endswith(suffix):
            yield form[: -len(suffix)].strip().rstrip(",").strip()
            break


def _primary(lang: str) -> str:
    return lang.split("-", 1)[0]
