"""spaCy components, registered as factories (``spacy_factories`` entry point).

``kgraph_entities`` finds the organizations and services of a Doc: the gazetteer
(SKOS labels under ontology/) matched on characters, aliases the article
defines in parentheses, and, where the pipeline has an NER, the organizations
it finds that the gazetteer does not know. ``kgraph_relations`` reads the facts.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> _ = nlp.add_pipe("kgraph_entities")
>>> _ = nlp.add_pipe("kgraph_relations")
>>> doc = nlp("Microsoft invested $10 billion in OpenAI in January 2023.")
>>> [(f.relation, f.subject.name, f.object.name, f.date) for f in doc._.facts]
[('invests_in', 'Microsoft', 'OpenAI', '2023-01')]
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..facts import Entity
from ..gazetteer import Gazetteer, load_gazetteer
from .translit import KatakanaIndex
from .mentions import (
    EN_CALLED_RX,
    GazetteerMatcher,
    Mention,
    as_named_before,
    clean_org_name,
    defined_alias,
    english_firm_name,
    is_generic_name,
    is_place,
    learn_parenthetical_aliases,
    pattern_names,
    service_names,
    trim_name,
    unknown_entity,
)
from .relations import DEFAULT_MIN_CONFIDENCE, RelationExtractor

__all__ = ["EntityComponent", "RelationComponent", "make_entity_component", "make_relation_component", "set_article"]

#: GiNZA (extended named entity) and OntoNotes labels that name organizations.
ORG_LABELS: tuple[str, ...] = (
    "Company", "Company_Group", "Corporation_Other", "Organization_Other", "International_Organization",
    "Political_Organization_Other", "Government", "ORG",
)
_EN_ORG = re.compile(
    r"\b((?:[A-Z][A-Za-z0-9&\-]* ){0,3}[A-Z][A-Za-z0-9&\-]*) ?(?:, )?"
    r"(Inc\.|Corp\.|Corporation|Ltd\.|LLC|PBC|plc|Holdings|Technologies|Labs|Capital|Partners|Ventures|Fund|"
    r"Systems|Networks|Compute|Computing|Semiconductor|Robotics|Cloud|AI|Motors|Automotive|Airlines|Communications|"
    r"Pharmaceuticals|Therapeutics|Electronics|Industries|Telecom|Securities|Investments|Management|Company|Group|Credit Union)(?![A-Za-z])"
)
#: words that end an English company name and that the company's short name leaves out
_SHORT_NAME_SUFFIX = re.compile(r"\s+(?:Global|Group|Holdings|Technologies|Technology|Motors|Automotive|Communications|"
                                r"Industries|International|Corporation|Company|AI|Labs?|Robotics|Systems|Semiconductor|"
                                r"Computing)$")
#: the endings that a Japanese article leaves out of a company's name the second time
_JA_SHORT_NAME_SUFFIX = re.compile(r"([^\s・]{2,})(?:インターネット|ホールディングス|テクノロジーズ|コーポレーション)")
#: short forms that are also common English words, so that "Together, the two…" is not Together AI
_COMMON_WORDS = frozenset(
    "Together Scale Stability Agility Character Safe Open General Physical Essential World Thinking Reflection "
    "Liquid Magic Applied Advanced Digital Global National United American International First New Next Data "
    "Cloud Energy Power Quantum Human Deep Clear Bright Blue Green Red Black White Silver Golden Prime Core "
    "Arc Edge Future Modern Smart Super Ultra Micro Nano Alpha Beta Delta Omega Neural Cognitive Intelligent".split())


def _short_forms(name: str) -> list[str]:
    """What an article may call a company it named in full: "CDK Global" → CDK, "Penske Automotive Group" →
    "Penske Automotive" and "Penske", "Figure AI" → Figure, 「さくらインターネット」 → さくら; nothing for a name of
    one word, nor a common word ("Scale AI" is not "Scale").

    >>> _short_forms("Penske Automotive Group")
    ['Penske Automotive', 'Penske']
    """
    out: list[str] = []
    ja = _JA_SHORT_NAME_SUFFIX.fullmatch(name)
    if ja is not None:
        return [ja.group(1)]  # 「さくらインターネット」 → さくら
    if not re.fullmatch(r"[A-Z][\w&.\- ]+", name):
        return out
    while (m := _SHORT_NAME_SUFFIX.search(name)) is not None and len(name[:m.start()]) >= 3:
        name = name[:m.start()]
        if name not in _COMMON_WORDS:
            out.append(name)
    return out


#: the words of _EN_ORG that end the name of a firm of its own, not a product or a legal form of a known name
_FIRM_WORDS = frozenset("Partners Capital Ventures Holdings Fund Securities Investments Management".split())
#: Names of institutions by the word that heads them: "Royal Melbourne Hospital", "NSW Health", "Metro Trains
#: Melbourne", "Australian Border Force", "Department of Home Affairs", "Ambulance Victoria"
_EN_INSTITUTION = re.compile(
    r"\b((?:[A-Z][A-Za-z0-9&\-]*|[A-Z]{2,}) (?:(?:[A-Z][A-Za-z0-9&\-]*|of|for) ){0,3}?"
    r"(?:Hospital|Hospitals|Health|Healthcare|Health Care|Trains|Railways?|Airlines?|Airways|Airport|Border Force|"
    r"Police|Bank|Insurance|Authority|Telecom|Telecommunications|Broadcasting|Logistics|Pharmaceuticals|"
    r"Therapeutics|Investments)(?: (?!Minister|Secretary)[A-Z][a-z]{3,})?"
    r"|(?:Department|Ministry|Office|Bureau) of (?:the )?[A-Z][A-Za-z\-]+(?: (?:and )?[A-Z][A-Za-z\-]+){0,2}"
    r"|(?:Ambulance|Transport for|Health|Fire and Rescue|Centre|Musée) [A-Z][a-z]{3,}(?: [A-Z][a-z]{3,})?)(?![A-Za-z])"
)
#: words that make a capitalized span a person's title, not an institution
_TITLE_WORDS = re.compile(r"\b(?:Minister|Secretary|Premier|Senator|Sen|CEO|Chief|Executive|President|Chairman|Chair|"
                          r"Director|Officer|Spokesperson|Spokesman|Spokeswoman|Governor|Mayor|Commissioner)\b")
#: the endings of a Japanese financial firm's name that may begin with another company's short name
_JA_FIRM_END = re.compile(r"(?:証券|銀行|キャピタル|ベンチャーズ|パートナーズ|アセットマネジメント|インベストメント)$")
#: Endings that make a Japanese NER span a company name even when Sudachi tags it as common nouns.
_JA_CORPORATE = re.compile(
    r"(?:^株式会社|株式会社$|ホールディングス$|テレコム$|通信$|ネットワークス?$|コンピュート$|クラウド$|銀行$|証券$|"
    r"電機$|製作所$|工業$|商事$|物産$|システムズ$|テクノロジーズ?$|ラボ$|計算機$|社$)"
)
for _name, _default in (("kg_mentions", None), ("facts", None), ("kg_article", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


def set_article(doc: Doc, *, path: str, lang: str, published: dt.date | None = None,
                source: dict[str, Any] | None = None, whole: str | None = None) -> Doc:
    """Attach article metadata that ``kgraph_relations`` reads (path, language, date, and
    ``whole``: the article's full text when the Doc is one chunk of it)."""
    doc._.kg_article = {"path": path, "lang": lang, "published": published, "source": source or {}, "whole": whole}
    return doc


def _doc_lang(doc: Doc) -> str:
    meta = doc._.kg_article or {}
    return meta.get("lang") or ("ja" if doc.lang_ == "ja" else "en")


class EntityComponent:
    """Finds organization and service mentions; writes ``doc._.kg_mentions`` and ``doc.spans["kgraph"]``."""

    def __init__(self, nlp: Language, name: str, *, gazetteer_path: str | None, use_ner: bool) -> None:
        self.name = name
        self.gazetteer: Gazetteer = load_gazetteer(Path(gazetteer_path) if gazetteer_path else None)
        self.matcher = GazetteerMatcher(self.gazetteer)
        self.katakana = KatakanaIndex((ent_id, surface) for surface, ent_id in self.gazetteer.surfaces())
        self.use_ner = use_ner

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        mentions = self.matcher.find(text)
        learned = learn_parenthetical_aliases(text, mentions, self.gazetteer)
        extra: dict[str, Entity] = dict(learned)
        for m in mentions:
            self._add_short_forms(extra, m.surface, m.entity)
        cues: dict[tuple[int, int], tuple[str, int]] = {}
        if _doc_lang(doc) == "en":
            # "GroqCloud, its developer platform": a known service named with the pronoun of its owner
            named = service_names(text, "en")
            cues.update((sp, cue) for m in mentions if m.entity.kind == "Service"
                        and (cue := named.get(sp := (m.start, m.end))) is not None)
        for m in self._unknown_orgs(doc, mentions):
            if m.owner_cue is not None:
                cues[m.start, m.end] = m.owner_cue
            extra.setdefault(m.surface, m.entity)
            if len(m.entity.name) >= 4 and m.entity.name != m.surface:
                extra.setdefault(m.entity.name, m.entity.with_alias(m.entity.name))  # "Acme Robotics, Inc." → "Acme Robotics"
            self._add_short_forms(extra, m.entity.name, m.entity)
            defined = defined_alias(text, m.end)
            if defined is not None:
                extra.setdefault(defined, m.entity.with_alias(defined))
            pm = re.match(r"\s?[(（]([^()（）\n]{1,30})[)）]", text[m.end:])
            if pm and not self.gazetteer.lookup(pm.group(1)) and not is_generic_name(pm.group(1)):
                extra.setdefault(pm.group(1).strip(), m.entity.with_alias(pm.group(1).strip()))
        if extra or cues:
            mentions = [dataclasses.replace(m, owner_cue=cues[m.start, m.end]) if (m.start, m.end) in cues else m
                        for m in (self.matcher.find(text, extra=extra) if extra else mentions)]
        mentions = as_named_before(mentions)
        if _doc_lang(doc) == "ja":
            banks = self._banks_by_short_name(text, mentions)
            spans = {(b.start, b.end) for b in banks}
            mentions = sorted([*(m for m in mentions if (m.start, m.end) not in spans), *banks], key=lambda m: m.start)
        labels = [m.span() for m in _LINE_LABEL.finditer(text)]
        if labels:  # "**Zoom in:** The FCC traced …": a newsletter's label names no company
            mentions = [m for m in mentions if not any(a <= m.start < b for a, b in labels)]
        doc._.kg_mentions = mentions
        spans = []
        for m in mentions:
            span = doc.char_span(m.start, m.end, label=m.entity.kind.upper(), kb_id=m.entity.id,
                                 alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans["kgraph"] = spans
        return doc

    def _banks_by_short_name(self, text: str, known: list[Mention]) -> list[Mention]:
        """「山口・もみじ・北九州の3行」: banks listed by their names without 銀行, counted as banks (行)."""
        out: list[Mention] = []
        for m in _JA_BANKS_COUNTED.finditer(text):
            pos = m.start(1)
            for item in m.group(1).split("・"):
                start, end = pos, pos + len(item)
                pos = end + 1
                entity = self.gazetteer.lookup(item + "銀行")
                # (「りそな」 alone is the group; counted as a bank it is Resona Bank)
                if entity is not None and not any(k.start < end and start < k.end and (k.start, k.end) != (start, end)
                                                  for k in known):
                    out.append(Mention(start, end, entity.with_alias(item), item, "alias"))
        return out

    def _add_short_forms(self, extra: dict[str, Entity], name: str, entity: Entity) -> None:
        """Let the article's short name for a company it names in full find it: "CDK" after "CDK Global",
        "Penske" after "Penske Automotive Group" (not a name the gazetteer gives another entity)."""
        for short in _short_forms(name):
            if self.gazetteer.lookup(short) is None and not is_generic_name(short):
                found = extra.get(short)
                if found is None or (not found.known and found.name == short and found.id != entity.id):
                    extra[short] = entity.with_alias(short)  # "Heron" found on its own is Heron AI, named in full

    def _unknown_orgs(self, doc: Doc, known: list[Mention]) -> list[Mention]:
        text = doc.text  # built from the tokens on every access: read it once
        taken = [(m.start, m.end) for m in known]
        known_at: dict[int, list[Mention]] = {}  # the known organizations by where they start
        for m in known:
            if m.entity.kind == "Organization":
                known_at.setdefault(m.start, []).append(m)
        kinds_of_arms: dict[tuple[int, int], str] = {}
        found: list[Mention] = []
        candidates: list[tuple[int, int]] = []
        if self.use_ner and doc.has_annotation("ENT_IOB"):
            for ent in doc.ents:
                if ent.label_ not in ORG_LABELS:
                    continue
                if doc.lang_ == "ja" and not any("固有名詞" in t.tag_ for t in ent) \
                        and not _JA_CORPORATE.search(ent.text):
                    continue
                if doc.lang_ == "ja" and _JA_GOODS.search(ent.text):
                    continue  # 「SiCウエハー」: a product the company makes, not a company
                candidates.append((ent.start_char, ent.end_char))
        # a name by its legal form or its role (「株式会社ホタルビAI」) before the model's span inside it (ホタルビ)
        candidates[:0] = pattern_names(text, _doc_lang(doc))
        firms: set[tuple[int, int]] = set()  # names a firm word ends: "Brookfield Business Partners"
        arms: dict[tuple[int, int], str] = {}  # 「ASMLジャパン」: a company's Japanese arm, its own firm
        if _doc_lang(doc) == "ja":  # 「サムスン証券」 is a firm of its own, not Samsung Electronics
            firms.update((s, e) for s, e in candidates if _JA_FIRM_END.search(text, s, e))
            for s, e in candidates:
                owner = next((m for m in known_at.get(s, ()) if m.end < e and re.fullmatch(r"・?ジャパン", text[m.end:e])),
                             None)
                if owner is not None:
                    arms[s, e] = owner.entity.id
        if _doc_lang(doc) == "en":
            for m in _EN_ORG.finditer(text):
                trimmed = trim_name(text, m.start(1), m.end(1))
                if re.search(r"(?:,|\bis|\bwas|\bas)\s+the\s+$", text[max(0, m.start(1) - 12):m.start(1)]):
                    continue  # "Together AI, the AI Acceleration Cloud,": what a company calls itself
                if trimmed is not None and is_place(text[trimmed[0]:m.start(2)].strip(" ,")):
                    continue  # "the Munich AI data center": a place and a firm word name no company
                if trimmed is not None:
                    candidates.append((trimmed[0], m.end()))
                    if m.group(2) in _FIRM_WORDS:
                        firms.add((trimmed[0], m.end()))
            for m in _EN_INSTITUTION.finditer(text):
                trimmed = trim_name(text, *m.span(1))
                if trimmed is not None and not _TITLE_WORDS.search(text, *trimmed) \
                        and " " in text[trimmed[0]:trimmed[1]]:
                    candidates.append(trimmed)
        cues = service_names(text, _doc_lang(doc))
        if _doc_lang(doc) == "en":
            # "its payment service Kakao Pay", "its taxi-hailing app Kakao T", "its Google Pay app": a company's name
            # and more is its service
            for s, e in [*candidates, *cues]:
                brand = next((m for m in known_at.get(s, ()) if m.end < e), None)
                more = brand is not None and _SERVICE_AFTER_BRAND.fullmatch(text, brand.end, e)
                if more and _FUND_AFTER_BRAND.fullmatch(text, brand.end, e):
                    arms[s, e] = brand.entity.id  # "Bosch Ventures, the venture arm of industrial giant Bosch"
                elif more and (_SERVICE_WORD_BEFORE.search(text, max(0, s - 40), s) or (s, e) in cues):
                    arms[s, e] = brand.entity.id
                    kinds_of_arms[s, e] = "Service"
                elif _CALLED_BEFORE.search(text, max(0, s - 40), s) and " " in text[s:e]:
                    # "Reliance Industries has set up a new subsidiary called Reliance Intelligence": the owner's unit,
                    # and "Reliance" later is still the owner
                    first = text[s:e].split(" ")[0]
                    owner = brand if more else next((m for m in reversed(known) if m.entity.kind == "Organization"
                                                     and m.end <= s and m.surface.startswith(first + " ")), None)
                    if owner is not None:
                        arms[s, e] = owner.entity.id
        short_aliases = {(m.start, m.end) for m in known
                         if m.surface.casefold() != m.entity.name.casefold() and " " not in m.surface}
        kinds = {span: "Service" for span in cues}
        for s, e in [*kinds, *candidates]:
            holds_known = (s, e) in kinds and not re.search(r"[(（]", text[s:e]) and _doc_lang(doc) == "ja"
            if any(ts < e and s < te and not (holds_known and s <= ts and te <= e and (ts, te) != (s, e))
                   and not ((s, e) in firms and ts == s and te < e and (ts, te) in short_aliases)
                   and not ((s, e) in arms and ts == s and te < e)
                   for ts, te in taken):
                # … but a quoted service name may hold a known one: 「無印良品ネットストア」, and a firm's name may
                # begin with another's short name: "Brookfield Business Partners" is not Brookfield
                continue
            surface = text[s:e]
            name = clean_org_name(surface)
            if is_generic_name(name) or self.gazetteer.lookup(name) is not None:
                continue
            if _doc_lang(doc) == "en" and _MODIFIER_AFTER.match(text, e):
                continue  # "the Abu Dhabi AI investment firm": words describing a company, not its name
            taken.append((s, e))
            # 「アドバンスト・マイクロ・デバイス（AMD）」: a new name that the article glosses with a known one is that one
            gloss = _GLOSS.match(text, e)
            known = self.gazetteer.lookup(gloss.group(1).strip()) if gloss else None
            if known is None and _doc_lang(doc) == "ja":
                # 「英投資ファンドのペルミラ」: a katakana spelling the gazetteer lacks of a name it has (Permira)
                ent_id = self.katakana.lookup(name)
                known = self.gazetteer.entities.get(ent_id) if ent_id else None
            if known is not None and not is_generic_name(name):
                found.append(Mention(s, e, known.with_alias(surface), surface, "alias"))
                continue
            english = None
            if (s, e) in firms and _doc_lang(doc) == "ja":  # 「サムスン証券」 → Samsung Securities
                brand = next((m.entity.name for m in known_at.get(s, ()) if m.end < e
                              and (m.start, m.end) in short_aliases), None)
                english = english_firm_name(_BRAND_END.sub("", brand), name) if brand else None
            if _doc_lang(doc) == "ja" and gloss and re.fullmatch(r"[A-Za-z][A-Za-z0-9&.\- ]{2,40}", gloss.group(1).strip()) \
                    and re.search(r"[a-z]", gloss.group(1)) and re.search(r"[\u30a0-\u30ff]", name):  # (not an acronym)
                english = english or gloss.group(1).strip()  # 「米インキューテル(In-Q-Tel)」: the article spells it
            found.append(Mention(s, e, unknown_entity(surface, kind=kinds.get((s, e), kinds_of_arms.get((s, e), "Organization")),
                                                      parent=arms.get((s, e)), english=english), surface, "ner",
                                 owner_cue=cues.get((s, e))))
        return found


#: 「りそな・埼玉りそな・関西みらいの3行」: banks named without 銀行 and counted as banks
_JA_BANKS_COUNTED = re.compile(r"((?:[\u3040-\u30ff\u4e00-\u9fffA-Za-z]{1,8}・){1,6}[\u3040-\u30ff\u4e00-\u9fffA-Za-z]{1,8})"
                               r"の(?:[0-9０-９]+|[二三四五六七八九十]+)行")
#: a label that opens a line of a newsletter: "**Zoom in:**", "**Why it matters:**", "Zoom out:"
_LINE_LABEL = re.compile(r"(?m)^[ \t]*(?:[-*•][ \t]+)?(?:\*\*[^*\n]{1,40}?\*\*:?|(?:Zoom in|Zoom out)(?=:))")
#: "Kakao Pay", "Kakao T" after "Kakao": more of a name, not a legal form
_SERVICE_AFTER_BRAND = re.compile(r"(?:\s[A-Z][A-Za-z0-9\-]*){1,2}(?<!\sInc)(?<!\sCorp)(?<!\sLtd)(?<!\sGroup)(?<!\sCo)")
#: a new company named by its owner: "a wholly owned subsidiary called …"
_CALLED_BEFORE = re.compile(EN_CALLED_RX + "$")
#: "Bosch Ventures" after "Bosch": the company's investment arm
_FUND_AFTER_BRAND = re.compile(r"\s(?:Ventures|Capital|Investments?|Venture Capital)")
#: what the name after is: "its payment service", "taxi-hailing app", "web portal"
_SERVICE_WORD_BEFORE = re.compile(r"\b(?:service|app|messenger|portal|platform|brand|wallet)\s+$")
#: the words after a brand in a company's name: "Samsung Electronics", "SoftBank Group Corp."
_BRAND_END = re.compile(r"(?:\s+(?:Electronics|Group|Corp\.?|Corporation|Inc\.?|Holdings|Co\.?|Ltd\.?|Motor|Motors))+$")
#: Japanese words for goods that end a name of a thing, not of a company
_JA_GOODS = re.compile(r"(?:ウエハー|ウェハー|ウエハ|チップ|半導体|パネル|センサー|電池|基板|メモリー|メモリ|サーバー|材料|装置|部品)$")
#: a common noun right after a capitalized span makes the span a modifier
_MODIFIER_AFTER = re.compile(r"\s+(?:(?!and\b|or\b|with\b|as\b|is\b|was\b|the\b|its\b)[a-z][\w\-]*\s+){0,2}(?:firm|company|start-?up|group|fund|lab|unit|business|investor|"
                             r"giant|maker|provider|developer|operator|outfit|specialist)s?\b")
#: a parenthesis right after a name: 「…デバイス（AMD）」, "Advanced Micro Devices (AMD)"
_GLOSS = re.compile(r"\s?[(（]([^()（）\n]{2,20})[)）]")


class RelationComponent:
    """Reads facts from a Doc's mentions; writes ``doc._.facts`` (a list of ``Fact``)."""

    def __init__(self, nlp: Language, name: str, *, gazetteer_path: str | None, min_confidence: float) -> None:
        self.name = name
        self.extractor = RelationExtractor(
            load_gazetteer(Path(gazetteer_path) if gazetteer_path else None), min_confidence=min_confidence
        )

    def __call__(self, doc: Doc) -> Doc:
        meta = doc._.kg_article or {}
        mentions = doc._.kg_mentions
        if mentions is None:
            raise ValueError("kgraph_relations needs kgraph_entities before it in the pipeline")
        doc._.facts = self.extractor.extract(
            doc.text,
            mentions,
            lang=_doc_lang(doc),
            article=meta.get("path", ""),
            published=meta.get("published"),
            source=meta.get("source"),
            whole=meta.get("whole"),
        )
        return doc


@Language.factory(
    "kgraph_entities",
    default_config={"gazetteer_path": None, "use_ner": True},
    assigns=["doc._.kg_mentions", "doc.spans"],
)
def make_entity_component(nlp: Language, name: str, gazetteer_path: str | None, use_ner: bool) -> EntityComponent:
    return EntityComponent(nlp, name, gazetteer_path=gazetteer_path, use_ner=use_ner)


@Language.factory(
    "kgraph_relations",
    default_config={"gazetteer_path": None, "min_confidence": DEFAULT_MIN_CONFIDENCE},
    requires=["doc._.kg_mentions"],
    assigns=["doc._.facts"],
)
def make_relation_component(
    nlp: Language, name: str, gazetteer_path: str | None, min_confidence: float
) -> RelationComponent:
    return RelationComponent(nlp, name, gazetteer_path=gazetteer_path, min_confidence=min_confidence)
