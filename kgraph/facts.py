"""Facts as frozen dataclasses: the one object that feeds JSONL, RDF and the view.

``Fact.to_json()`` is the fact contract of ``../shared/spec/facts.md``.
"""
from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

__all__ = [
    "RELATIONS",
    "SYMMETRIC",
    "QUALIFIERS",
    "Amount",
    "Entity",
    "Fact",
    "entity_key",
    "fact_from_json",
]

#: The relation names of the contract, in a stable order.
RELATIONS: tuple[str, ...] = (
    "invests_in",
    "provides_cloud_to",
    "supplies",
    "partners_with",
    "competes_with",
    "operates",
    "outage_affects",
    "acquires",
)
SYMMETRIC: frozenset[str] = frozenset({"partners_with", "competes_with"})
QUALIFIERS: frozenset[str] = frozenset({"up_to", "at_least", "about"})
STATUS_IN_TALKS = "in_talks"


def entity_key(name: str) -> str:
    """A normalized key for a name: NFKC, case-folded, spacing collapsed.

    >>> entity_key("  Ｏｐｅｎ　AI ")
    'open ai'
    """
    text = unicodedata.normalize("NFKC", name).casefold()
    return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class Amount:
    """Money attached to a fact. ``value`` is in whole units, or None when vague."""

    value: Decimal | None
    currency: str | None
    text: str
    qualifier: str | None = None

    def to_json(self) -> dict[str, Any]:
        value: int | float | None
        if self.value is None:
            value = None
        elif self.value == self.value.to_integral_value():
            value = int(self.value)
        else:
            value = float(self.value)
        out: dict[str, Any] = {"value": value, "currency": self.currency, "text": self.text}
        if self.qualifier:
            out["qualifier"] = self.qualifier
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Amount:
        raw = data.get("value")
        return cls(
            value=None if raw is None else Decimal(str(raw)),
            currency=data.get("currency"),
            text=data.get("text") or "",
            qualifier=data.get("qualifier"),
        )


@dataclass(frozen=True, slots=True)
class Entity:
    """An organization or service.

    ``id`` is the stable identifier (a gazetteer id such as ``amazon-web-services``,
    or ``entity_key`` of the surface for entities the gazetteer does not know);
    ``name`` is the canonical English name; ``labels`` maps a language tag to the
    preferred label in that language; ``aliases`` are the surface forms seen.
    """

    id: str
    name: str
    kind: str = "Organization"  # or "Service"
    labels: tuple[tuple[str, str], ...] = ()
    aliases: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    parent: str | None = None  # id of the parent organization, when known
    known: bool = True  # False for entities found by NER only

    def label(self, lang: str) -> str | None:
        for tag, text in self.labels:
            if tag == lang:
                return text
        return None

    def with_alias(self, surface: str) -> Entity:
        if surface == self.name or surface in self.aliases:
            return self
        return Entity(
            id=self.id,
            name=self.name,
            kind=self.kind,
            labels=self.labels,
            aliases=(*self.aliases, surface),
            sectors=self.sectors,
            parent=self.parent,
            known=self.known,
        )


@dataclass(frozen=True, slots=True)
class Fact:
    """One relation between two entities, read from one article."""

    article: str
    relation: str
    subject: Entity
    object: Entity
    evidence: str
    confidence: float
    amount: Amount | None = None
    date: str | None = None
    duration: str | None = None
    status: str | None = None
    #: metadata of the article the fact came from (not part of the JSONL contract)
    source: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self) -> None:
        if self.relation not in RELATIONS:
            raise ValueError(f"unknown relation {self.relation!r}")
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence {self.confidence} is outside 0..1")

    def to_json(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "relation": self.relation,
            "subject": self.subject.name,
            "object": self.object.name,
            "amount": self.amount.to_json() if self.amount else None,
            "date": self.date,
            "duration": self.duration,
            "evidence": self.evidence,
            "confidence": round(self.confidence, 3),
            "status": self.status,
        }

    def to_jsonl(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False)


def fact_from_json(data: dict[str, Any]) -> Fact:
    """Read a fact back from its contract form (entities carry only their names)."""

    def ent(name: str) -> Entity:
        return Entity(id=entity_key(name), name=name)

    amount = data.get("amount")
    return Fact(
        article=data.get("article") or "",
        relation=data["relation"],
        subject=ent(data["subject"]),
        object=ent(data["object"]),
        evidence=data.get("evidence") or "",
        confidence=float(data.get("confidence", 1.0)),
        amount=Amount.from_json(amount) if amount else None,
        date=data.get("date"),
        duration=data.get("duration"),
        status=data.get("status"),
    )
