"""Score predicted facts against gold facts, both in the JSONL fact contract.

:func:`score` is a pure function over lists of dicts (as read from JSONL by
:func:`read_jsonl`) and a :class:`~kgraph.gazetteer.Gazetteer`; it returns a
:class:`Report`. No spaCy here: the caller decides where the predictions come
from (``kgraph extract`` output, or the extractor run by ``kgraph eval``).

How facts are compared:

* Articles are matched by their ``article`` field: the exact string, else the
  base name (gold files hold ``01_deal.txt``, predictions the path as given).
  Only articles of the gold are scored; a gold line with only ``article``
  registers an article without facts.
* A fact's key is (relation, subject, object) with names mapped to gazetteer
  ids. For every relation but ``operates`` a party is compared by its *family*
  (a service counts as the organization that runs it: Amazon Web Services
  as Amazon, Azure as Microsoft; organizations stay themselves); an
  outage's victim (the object of ``outage_affects``) is compared exactly.
  ``partners_with`` and ``competes_with`` are unordered.
* Within a key, gold and predicted facts are matched one to one, maximizing
  agreement on the amount, then the date (then the rest of the qualifiers).
  Required gold facts are matched first; a prediction matched to an
  ``"optional": true`` gold fact counts nowhere.

>>> gold = [{"article": "a.txt", "relation": "invests_in", "subject": "Amazon",
...          "object": "Anthropic", "amount": {"value": 4e9, "currency": "USD"}}]
>>> pred = [{"article": "news/a.txt", "relation": "invests_in", "subject": "AWS",
...          "object": "Anthropic PBC", "amount": {"value": 4.05e9, "currency": "USD"}}]
>>> report = score(gold, pred)
>>> (report.overall.tp, report.overall.fp, report.overall.fn, report.qualifiers["amount"].right)
(1, 0, 0, 1)
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .errors import InputError
from .facts import RELATIONS, SYMMETRIC
from .gazetteer import Gazetteer, load_gazetteer

__all__ = [
    "AMOUNT_TOLERANCE",
    "QUALIFIER_FIELDS",
    "Counts",
    "Difference",
    "QualifierScore",
    "Report",
    "read_jsonl",
    "score",
]

#: Relative difference up to which a predicted amount counts as the gold one.
AMOUNT_TOLERANCE = 0.02
#: The qualifiers scored on matched facts, in report order.
QUALIFIER_FIELDS: tuple[str, ...] = ("amount", "qualifier", "date", "duration", "status")
#: Relations whose parties are compared exactly rather than by family.
_EXACT_RELATION = "operates"
#: The relation whose object (the victim of an outage) is compared exactly.
_EXACT_OBJECT = "outage_affects"
_PUNCTUATION = re.compile(r"[\s・·.,'\"“”‘’「」『』()（）\[\]\-‐‑–—―_/]+")
_EVIDENCE_WIDTH = 100


# ------------------------------------------------------------------ the report
@dataclass(frozen=True, slots=True)
class Counts:
    """True positives, false positives (extras) and false negatives (misses).

    When there is nothing to count at all (no gold, no prediction), precision,
    recall and F1 are 1.0: nothing was wrong.

    >>> round(Counts(tp=3, fp=1, fn=2).f1, 3)
    0.667
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        if self.tp + self.fp == 0:
            return 1.0 if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        if self.tp + self.fn == 0:
            return 1.0 if self.fp == 0 else 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(tp=self.tp + other.tp, fp=self.fp + other.fp, fn=self.fn + other.fn)

    def to_json(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 3),
                "recall": round(self.recall, 3), "f1": round(self.f1, 3)}


@dataclass(frozen=True, slots=True)
class QualifierScore:
    """How often one qualifier was right on matched required facts.

    ``checked`` counts the matched facts where the qualifier is scored (where
    the gold fact has it; for ``qualifier`` and ``status``, where the gold or the
    predicted fact has one); ``gold_total`` counts every required gold fact that
    has it, missed ones included, so ``right / gold_total`` is the end-to-end rate.
    """

    name: str
    right: int = 0
    checked: int = 0
    gold_total: int = 0

    @property
    def accuracy(self) -> float | None:
        return self.right / self.checked if self.checked else None

    def to_json(self) -> dict[str, Any]:
        accuracy = self.accuracy
        return {"right": self.right, "checked": self.checked, "gold_total": self.gold_total,
                "accuracy": None if accuracy is None else round(accuracy, 3)}

    def describe(self) -> str:
        """One line for people.

        >>> QualifierScore("amount", right=3, checked=4, gold_total=6).describe()
        'amount     3/4 right on matched facts (75.0%); 3 of 6 gold amounts'
        """
        rate = "" if self.accuracy is None else f" ({self.accuracy:.1%})"
        plural = {"qualifier": "amount qualifiers", "status": "statuses"}.get(self.name, self.name + "s")
        return (f"{self.name:<10} {self.right}/{self.checked} right on matched facts{rate}; "
                f"{self.right} of {self.gold_total} gold {plural}")


@dataclass(frozen=True, slots=True)
class Difference:
    """A miss, an extra, or a wrong qualifier on a matched fact.

    ``kind`` is ``"miss"``, ``"extra"`` or ``"wrong"``; names are as the fact
    wrote them (the gold fact's for misses and wrong qualifiers, the prediction's
    for extras); ``evidence`` is the gold fact's for a miss, the prediction's for
    an extra. ``field``, ``gold`` and ``predicted`` describe a wrong qualifier.
    """

    kind: str
    article: str
    relation: str
    subject: str
    object: str
    evidence: str = ""
    confidence: float | None = None
    field: str | None = None
    gold: str | None = None
    predicted: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"article": self.article, "relation": self.relation, "subject": self.subject,
                               "object": self.object}
        if self.kind == "wrong":
            out.update(field=self.field, gold=self.gold, predicted=self.predicted)
        else:
            out["evidence"] = self.evidence
        if self.kind == "extra":
            out["confidence"] = self.confidence
        return out

    def describe(self) -> str:
        """One line for people: article, relation, subject → object, and what is wrong.

        >>> Difference("wrong", "a.txt", "invests_in", "Amazon", "Anthropic", field="date",
        ...            gold="2023-09", predicted="2023").describe()
        'WRONG  a.txt  invests_in  Amazon → Anthropic  date: gold 2023-09, predicted 2023'
        """
        arrow = "↔" if self.relation in SYMMETRIC else "→"
        head = f"{self.kind.upper():<5}  {self.article}  {self.relation}  {self.subject} {arrow} {self.object}"
        if self.kind == "wrong":
            return f"{head}  {self.field}: gold {self.gold}, predicted {self.predicted}"
        evidence = _shorten(self.evidence) if self.kind == "extra" else self.evidence
        confidence = f"  conf {self.confidence:.2f}" if self.confidence is not None else ""
        return f"{head}{confidence}  | {evidence}"


@dataclass(frozen=True, slots=True)
class Report:
    """The outcome of :func:`score`."""

    overall: Counts
    per_relation: Mapping[str, Counts]
    qualifiers: Mapping[str, QualifierScore]
    misses: tuple[Difference, ...] = ()
    extras: tuple[Difference, ...] = ()
    wrong: tuple[Difference, ...] = ()
    #: articles scored, gold facts (required, optional) and predictions on them
    articles: int = 0
    gold_required: int = 0
    gold_optional: int = 0
    predicted: int = 0
    #: predictions that matched an optional gold fact (counted nowhere)
    optional_matched: int = 0
    #: predictions on articles that are not in the gold (not scored)
    ignored: int = 0
    #: predictions dropped for a confidence below ``min_confidence``
    dropped: int = 0
    min_confidence: float = 0.0
    #: gold articles left out because ``articles`` did not name them
    unscored: tuple[str, ...] = ()

    def to_json(self, *, verbose: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            **self.overall.to_json(),
            "per_relation": {rel: counts.to_json() for rel, counts in self.per_relation.items()},
            "qualifiers": {name: q.to_json() for name, q in self.qualifiers.items()},
            "articles": self.articles,
            "gold": {"required": self.gold_required, "optional": self.gold_optional},
            "predicted": self.predicted,
            "optional_matched": self.optional_matched,
            "ignored": self.ignored,
            "dropped": self.dropped,
            "min_confidence": self.min_confidence,
            "unscored": list(self.unscored),
        }
        if verbose:
            out["misses"] = [d.to_json() for d in self.misses]
            out["extras"] = [d.to_json() for d in self.extras]
            out["wrong"] = [d.to_json() for d in self.wrong]
        return out

    def table_rows(self) -> list[list[str]]:
        """The per-relation table with a header and an overall line, as strings."""
        rows = [["relation", "tp", "fp", "fn", "P", "R", "F1"]]
        for rel, counts in [*self.per_relation.items(), ("overall", self.overall)]:
            rows.append([rel, str(counts.tp), str(counts.fp), str(counts.fn), f"{counts.precision:.3f}",
                         f"{counts.recall:.3f}", f"{counts.f1:.3f}"])
        return rows

    def summary_lines(self) -> list[str]:
        """What was scored, then one line per qualifier."""
        head = (f"{self.articles} article(s); {self.gold_required} gold fact(s) (+{self.gold_optional} optional); "
                f"{self.predicted} prediction(s), {self.optional_matched} on optional gold facts")
        notes = []
        if self.dropped:
            notes.append(f"{self.dropped} below confidence {self.min_confidence:g} dropped")
        if self.ignored:
            notes.append(f"{self.ignored} on articles without gold ignored")
        if notes:
            head += f" ({'; '.join(notes)})"
        return [head, *(q.describe() for q in self.qualifiers.values())]


# ------------------------------------------------------------------- reading
def read_jsonl(source: str | Path | IO[str], *, name: str | None = None) -> list[dict[str, Any]]:
    """Read one JSON object per line (blank lines skipped) from a path or an open text file.

    Raises :class:`~kgraph.errors.InputError` naming the file and line of the
    first line that is not a JSON object.
    """
    if isinstance(source, (str, Path)):
        label = name or str(source)
        try:
            with open(source, encoding="utf-8") as handle:
                return _parse_lines(handle, label)
        except OSError as error:
            raise InputError(f"{label}: cannot read it: {error.strerror}") from error
        except UnicodeDecodeError as error:
            raise InputError(f"{label}: not UTF-8 ({error.reason})") from error
    return _parse_lines(source, name or getattr(source, "name", "<stream>"))


def _parse_lines(lines: Iterable[str], label: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for number, line in enumerate(lines, 1):
        line = line.strip()
        if not line:
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(f"{label}:{number}: not valid JSON ({error.msg})") from error
        if not isinstance(data, dict):
            raise InputError(f"{label}:{number}: expected a JSON object, got {type(data).__name__}")
        if not data.get("article"):
            raise InputError(f"{label}:{number}: the fact has no \"article\"")
        out.append(data)
    return out


# ------------------------------------------------------------------- scoring
def score(
    gold: Iterable[Mapping[str, Any]],
    predicted: Iterable[Mapping[str, Any]],
    *,
    gazetteer: Gazetteer | None = None,
    min_confidence: float = 0.0,
    articles: Iterable[str] | None = None,
) -> Report:
    """Compare predicted facts with gold facts (dicts in the JSONL contract).

    ``gazetteer`` maps names to entities and families (default: the one kgraph
    loads). Predictions with a ``confidence`` below ``min_confidence`` are
    dropped first. ``articles``, when given, restricts the score to the gold
    articles they name (matched like the facts' ``article``), e.g. the articles
    that were actually extracted.
    """
    resolver = _Resolver(gazetteer if gazetteer is not None else load_gazetteer())
    gold = list(gold)
    names = _ArticleNames(str(g.get("article") or "") for g in gold)
    scored: set[str] | None = None
    if articles is not None:
        scored = {m for m in (names.match(a) for a in articles) if m is not None}

    # article -> key -> ([required gold], [optional gold]); relations seen in gold
    gold_by: dict[str, dict[tuple[str, str, str], tuple[list[Mapping[str, Any]], list[Mapping[str, Any]]]]] = {}
    relations: set[str] = set()
    totals = {name: 0 for name in QUALIFIER_FIELDS}
    required = optional = 0
    for fact in gold:
        article = str(fact.get("article") or "")
        if scored is not None and article not in scored:
            continue
        keys = gold_by.setdefault(article, {})
        if not fact.get("relation"):
            continue
        relations.add(str(fact["relation"]))
        slot = keys.setdefault(resolver.key(fact), ([], []))
        if fact.get("optional"):
            slot[1].append(fact)
            optional += 1
        else:
            slot[0].append(fact)
            required += 1
            for name in QUALIFIER_FIELDS:
                totals[name] += _has(fact, name)

    pred_by: dict[str, dict[tuple[str, str, str], list[Mapping[str, Any]]]] = defaultdict(dict)
    dropped = ignored = count = 0
    for fact in predicted:
        if _confidence(fact) < min_confidence:
            dropped += 1
            continue
        article = names.match(str(fact.get("article") or ""))
        if article is None or article not in gold_by:
            ignored += 1
            continue
        count += 1
        relations.add(str(fact.get("relation")))
        pred_by[article].setdefault(resolver.key(fact), []).append(fact)

    per_relation: dict[str, list[int]] = {rel: [0, 0, 0] for rel in relations}
    checks = {name: [0, 0] for name in QUALIFIER_FIELDS}
    misses: list[Difference] = []
    extras: list[Difference] = []
    wrong: list[Difference] = []
    absorbed = 0
    for article in sorted(gold_by):
        gold_keys = gold_by[article]
        pred_keys = pred_by.get(article, {})
        for key in sorted(set(gold_keys) | set(pred_keys)):
            req, opt = gold_keys.get(key, ([], []))
            preds = pred_keys.get(key, [])
            row = per_relation[key[0]]
            pairs = _assign(req, preds)
            used = {j for _, j in pairs}
            left = [p for j, p in enumerate(preds) if j not in used]
            absorbed_pairs = _assign(opt, left)
            absorbed += len(absorbed_pairs)
            taken = {j for _, j in absorbed_pairs}
            for i, j in pairs:
                row[0] += 1
                for name in QUALIFIER_FIELDS:
                    verdict = _qualifier_right(name, req[i], preds[j])
                    if verdict is None:
                        continue
                    checks[name][1] += 1
                    checks[name][0] += verdict
                    if not verdict:
                        wrong.append(_difference("wrong", article, req[i], field=name,
                                                 gold=_show(name, req[i]), predicted=_show(name, preds[j])))
            matched_gold = {i for i, _ in pairs}
            for i, fact in enumerate(req):
                if i not in matched_gold:
                    row[2] += 1
                    misses.append(_difference("miss", article, fact))
            for j, fact in enumerate(left):
                if j not in taken:
                    row[1] += 1
                    extras.append(_difference("extra", article, fact, confidence=_confidence(fact)))

    by_relation = {rel: Counts(*per_relation[rel]) for rel in _relation_order(relations)}
    overall = sum(by_relation.values(), Counts())
    qualifiers = {name: QualifierScore(name, right=checks[name][0], checked=checks[name][1],
                                       gold_total=totals[name]) for name in QUALIFIER_FIELDS}
    unscored = () if scored is None else tuple(sorted(set(names.gold) - scored))
    return Report(overall=overall, per_relation=by_relation, qualifiers=qualifiers, misses=tuple(misses),
                  extras=tuple(extras), wrong=tuple(wrong), articles=len(gold_by), gold_required=required,
                  gold_optional=optional, predicted=count, optional_matched=absorbed, ignored=ignored,
                  dropped=dropped, min_confidence=min_confidence, unscored=unscored)


# ------------------------------------------------------------- names and keys
def _normalize(name: str) -> str:
    """NFKC, case folding, no spacing or punctuation.

    >>> _normalize("アマゾン・ウェブ・サービス (AWS)")
    'アマゾンウェブサービスaws'
    """
    return _PUNCTUATION.sub("", unicodedata.normalize("NFKC", name).casefold())


class _Resolver:
    """Names to entity ids (through the gazetteer) and ids to families."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        loose: dict[str, set[str]] = defaultdict(set)
        for surface, entity_id in gazetteer.surfaces():
            loose[_normalize(surface)].add(entity_id)
        # a punctuation-free form that two entities share decides nothing
        self.loose = {form: ids.pop() for form, ids in loose.items() if form and len(ids) == 1}
        self.ids: dict[str, str] = {}

    def entity_id(self, name: str) -> str:
        if name not in self.ids:
            entity = self.gazetteer.lookup(name)
            form = _normalize(name)
            self.ids[name] = entity.id if entity is not None else self.loose.get(form, form)
        return self.ids[name]

    def family(self, entity_id: str) -> str:
        """A service counts as its organization (Amazon Web Services as Amazon);
        organizations stay themselves (SoftBank Corp. is not SoftBank Group)."""
        entity = self.gazetteer.entities.get(entity_id)
        if entity is not None and entity.kind == "Service" and entity.parent in self.gazetteer.entities:
            return entity.parent
        return entity_id

    def key(self, fact: Mapping[str, Any]) -> tuple[str, str, str]:
        relation = str(fact.get("relation"))
        subject = self.entity_id(str(fact.get("subject") or ""))
        obj = self.entity_id(str(fact.get("object") or ""))
        if relation != _EXACT_RELATION:
            subject = self.family(subject)
            if relation != _EXACT_OBJECT:
                obj = self.family(obj)
        if relation in SYMMETRIC and obj < subject:
            subject, obj = obj, subject
        return relation, subject, obj


class _ArticleNames:
    """Matches an article name to a gold article: exactly, else by base name."""

    def __init__(self, gold: Iterable[str]) -> None:
        self.gold = set(gold)
        by_base: dict[str, set[str]] = defaultdict(set)
        for name in self.gold:
            by_base[_basename(name)].add(name)
        self.by_base = {base: next(iter(names)) for base, names in by_base.items() if len(names) == 1}

    def match(self, name: str) -> str | None:
        if name in self.gold:
            return name
        return self.by_base.get(_basename(name))


def _basename(name: str) -> str:
    return name.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]


def _relation_order(relations: set[str]) -> list[str]:
    known = [rel for rel in RELATIONS if rel in relations]
    return known + sorted(relations - set(known))


# --------------------------------------------------------------- qualifiers
def _amount(fact: Mapping[str, Any]) -> Mapping[str, Any] | None:
    amount = fact.get("amount")
    return amount if isinstance(amount, Mapping) and amount else None


def _value(amount: Mapping[str, Any]) -> float | None:
    raw = amount.get("value")
    try:
        return None if raw is None else float(raw)
    except (TypeError, ValueError):
        return None


def _field(fact: Mapping[str, Any], name: str) -> Any:
    """The comparable value of a qualifier; None when the fact has none."""
    if name == "qualifier":
        amount = _amount(fact)
        return (amount.get("qualifier") or None) if amount else None
    if name == "amount":
        return _amount(fact)
    value = fact.get(name)
    return str(value) if value else None


def _has(fact: Mapping[str, Any], name: str) -> bool:
    return _field(fact, name) is not None


def _amount_right(gold: Mapping[str, Any], pred: Mapping[str, Any] | None) -> bool:
    if pred is None:
        return False
    g, p = _value(gold), _value(pred)
    if g is None or p is None:
        return g is None and p is None  # a vague amount on both sides
    return pred.get("currency") == gold.get("currency") and abs(p - g) <= AMOUNT_TOLERANCE * abs(g)


def _qualifier_right(name: str, gold: Mapping[str, Any], pred: Mapping[str, Any]) -> bool | None:
    """Whether a matched prediction has the gold qualifier; None when it is not scored."""
    g, p = _field(gold, name), _field(pred, name)
    if name in ("qualifier", "status"):
        return None if g is None and p is None else g == p
    if g is None:
        return None
    if name == "amount":
        return _amount_right(g, p)
    return g == p


def _agreement(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> tuple[int, ...]:
    """How well a prediction fits a gold fact, most important first: amount, date, the rest."""
    g_amount, p_amount = _amount(gold), _amount(pred)
    amount = (g_amount is None and p_amount is None) or (g_amount is not None and _amount_right(g_amount, p_amount))
    g_date, p_date = str(gold.get("date") or ""), str(pred.get("date") or "")
    return (
        int(amount),
        int(g_date == p_date),
        int(g_date.startswith(p_date) or p_date.startswith(g_date)),
        int(_field(gold, "duration") == _field(pred, "duration")),
        int(_field(gold, "qualifier") == _field(pred, "qualifier")),
        int(_field(gold, "status") == _field(pred, "status")),
    )


def _assign(gold: list[Mapping[str, Any]], preds: list[Mapping[str, Any]]) -> list[tuple[int, int]]:
    """Pairs (gold index, prediction index), as many as possible, of the best total agreement.

    Agreements are compared lexicographically over the sum of all pairs: the
    weights use a base larger than the number of pairs.
    """
    if not gold or not preds:
        return []
    base = min(len(gold), len(preds)) + 1
    weights = []
    for g in gold:
        row = []
        for p in preds:
            weight = 0
            for part in _agreement(g, p):
                weight = weight * base + part
            row.append(weight)
        weights.append(row)
    return _max_weight_matching(weights)


def _max_weight_matching(weights: list[list[int]]) -> list[tuple[int, int]]:
    """A maximum-weight matching of a complete bipartite graph (Hungarian algorithm).

    Every row or every column (whichever are fewer) is matched.

    >>> _max_weight_matching([[1, 5], [4, 6]])
    [(0, 1), (1, 0)]
    >>> _max_weight_matching([[3], [7], [1]])
    [(1, 0)]
    """
    transposed = len(weights) > len(weights[0])
    if transposed:
        weights = [list(column) for column in zip(*weights)]
    n, m = len(weights), len(weights[0])
    top = max(max(row) for row in weights)
    cost = [[top - w for w in row] for row in weights]  # minimize cost = maximize weight
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (m + 1)
    owner = [0] * (m + 1)  # owner[j] = row matched to column j (1-based, 0 = none)
    way = [0] * (m + 1)
    for i in range(1, n + 1):
        owner[0] = i
        j0 = 0
        minv = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = owner[j0], inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    reduced = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if reduced < minv[j]:
                        minv[j], way[j] = reduced, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    pairs = [(owner[j] - 1, j - 1) for j in range(1, m + 1) if owner[j]]
    if transposed:
        pairs = [(j, i) for i, j in pairs]
    return sorted(pairs)


# ------------------------------------------------------------------ helpers
def _confidence(fact: Mapping[str, Any]) -> float:
    raw = fact.get("confidence")
    try:
        return 1.0 if raw is None else float(raw)
    except (TypeError, ValueError):
        return 1.0


def _difference(kind: str, article: str, fact: Mapping[str, Any], **extra: Any) -> Difference:
    return Difference(kind=kind, article=article, relation=str(fact.get("relation")),
                      subject=str(fact.get("subject") or ""), object=str(fact.get("object") or ""),
                      evidence=str(fact.get("evidence") or ""), **extra)


def _show(name: str, fact: Mapping[str, Any]) -> str:
    """A qualifier as people read it: '38,000,000,000 USD (380億ドル)', 'vague (数百億ドル)', 'none'."""
    value = _field(fact, name)
    if value is None:
        return "none"
    if name != "amount":
        return str(value)
    number = _value(value)
    text = value.get("text") or ""
    suffix = f" ({text})" if text else ""
    if number is None:
        return f"vague{suffix}"
    shown = f"{number:,.0f}" if number == int(number) else f"{number:,}"
    return f"{shown} {value.get('currency')}{suffix}"


def _shorten(text: str, width: int = _EVIDENCE_WIDTH) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
