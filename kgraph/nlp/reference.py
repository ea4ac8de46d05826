"""Who a phrase means when it does not name a company.

News names a party by what it makes or owns as often as by its name: "the
ChatGPT maker", "the developer of the Claude chatbot", "the Facebook parent",
"Amazon's cloud unit", 「グーグルのクラウド部門」. A press release speaks in the
first person ("our primary cloud partner", 当社). This module turns such
phrases into mentions of the party they mean, from the gazetteer's parent
organizations, and reports the ownership each descriptor states.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..facts import Entity
from ..gazetteer import Gazetteer
from .mentions import EN_LEGAL_TAIL_RX, Mention, clean_org_name, unknown_entity

__all__ = ["Descriptor", "find_descriptors", "first_person_mentions", "publisher"]

_ROLE = r"(?:developer|maker|creator|owner|operator|parent(?:\s+company)?|company|firm|start-?up|startup|lab|group)"
#: "the developer of (the) Claude (chatbot)" → the owner of Claude
_OF_BEFORE = re.compile(
    r"\b(?:the|its|their)\s+(?:[\w\-]+\s+){0,2}?(?:developer|maker|creator|owner|operator|parent(?:\s+company)?|"
    r"company|firm|start-?up|startup|lab)\s+(?:behind|of)\s+(?:the\s+)?(?:popular\s+|hit\s+)?$",
    re.IGNORECASE,
)
#: "the ChatGPT maker", "the Facebook parent", "the Claude developer": the head noun follows the name
_HEAD_BEFORE = re.compile(r"\b(?:the|its|their|a)\s+(?:[\w\-]+\s+)?$", re.IGNORECASE)
_HEAD_AFTER = re.compile(
    r"^(?:[\s\-](?:chatbot|app|assistant|model|AI|chip|search|cloud|video|social[\s\-]media|game))?[\s\-]+"
    r"(?:maker|developer|creator|owner|operator|parent(?:\s+company)?|company|firm|start-?up|startup|lab)\b",
    re.IGNORECASE,
)
#: "Amazon's cloud unit", "the cloud arm of Microsoft", 「マイクロソフトのクラウド部門」
_CLOUD_UNIT_AFTER = re.compile(
    "^(?:" + EN_LEGAL_TAIL_RX + r")?(?:['’]s|['’])\s+(?:own\s+)?(?:[\w\-]+\s+)?cloud(?:[\s\-]computing)?\s+(?:unit|division|business|arm|"
    r"subsidiary|service|platform|segment)\b",
    re.IGNORECASE,
)
_CLOUD_UNIT_BEFORE = re.compile(
    r"\bthe\s+cloud(?:[\s\-]computing)?\s+(?:unit|division|business|arm|subsidiary)\s+of\s+$", re.IGNORECASE
)
_JA_CLOUD_UNIT_AFTER = re.compile(r"^(?:社)?の(?:クラウド|クラウドサービス|クラウド事業|クラウド部門|クラウド子会社)(?![\w「])")
#: 「ChatGPTの開発元」「Claudeを開発する」 (the latter is a pattern of the relation rules)
_JA_MAKER_AFTER = re.compile(r"^[」』]?(?:の)?(?:開発元|運営元|提供元|開発会社|運営会社|親会社)")


@dataclass(frozen=True, slots=True)
class Descriptor:
    """A phrase that means ``mention.entity``, and the ownership it states (``owner`` operates ``owned``)."""

    mention: Mention
    owner: Entity
    owned: Entity


def _owner(gazetteer: Gazetteer, entity: Entity) -> Entity | None:
    if entity.parent and entity.parent in gazetteer.entities:
        return gazetteer.entities[entity.parent]
    return None


def find_descriptors(
    text: str,
    mentions: Sequence[Mention],
    gazetteer: Gazetteer,
    *,
    cloud_unit: Callable[[Entity], Entity],
    lang: str,
) -> list[Descriptor]:
    """Descriptors among ``mentions``: each replaces the mention it is built on.

    >>> from kgraph.gazetteer import load_gazetteer
    >>> from kgraph.nlp.mentions import GazetteerMatcher
    >>> gz = load_gazetteer()
    >>> text = "CoreWeave signed a deal to give the ChatGPT maker more capacity."
    >>> found = find_descriptors(text, GazetteerMatcher(gz).find(text), gz, cloud_unit=lambda e: e, lang="en")
    >>> [(text[d.mention.start:d.mention.end], d.owner.name, d.owned.name) for d in found]
    [('the ChatGPT maker', 'OpenAI', 'ChatGPT')]
    """
    out: list[Descriptor] = []
    for m in mentions:
        ent = m.entity
        before = text[max(0, m.start - 60):m.start]
        after = text[m.end:m.end + 40]
        if lang == "ja":
            unit = cloud_unit(ent)
            jm = _JA_CLOUD_UNIT_AFTER.match(after)
            if jm and unit.id != ent.id:
                out.append(Descriptor(Mention(m.start, m.end + jm.end(), unit, text[m.start:m.end + jm.end()],
                                              "descriptor"), ent, unit))
                continue
            jm = _JA_MAKER_AFTER.match(after)
            owner = _owner(gazetteer, ent)
            if jm and owner is not None:
                out.append(Descriptor(Mention(m.start, m.end + jm.end(), owner, text[m.start:m.end + jm.end()],
                                              "descriptor"), owner, ent))
            continue
        unit = cloud_unit(ent)
        cm = _CLOUD_UNIT_AFTER.match(after)
        if cm and unit.id != ent.id:
            out.append(Descriptor(Mention(m.start, m.end + cm.end(), unit, text[m.start:m.end + cm.end()],
                                          "descriptor"), ent, unit))
            continue
        cb = _CLOUD_UNIT_BEFORE.search(before)
        if cb and unit.id != ent.id:
            start = m.start - (len(before) - cb.start())
            out.append(Descriptor(Mention(start, m.end, unit, text[start:m.end], "descriptor"), ent, unit))
            continue
        owner = _owner(gazetteer, ent)
        if owner is None or owner.kind != "Organization":
            continue
        ob = _OF_BEFORE.search(before)
        if ob:
            start = m.start - (len(before) - ob.start())
            tail = re.match(r"^\s(?:chatbot|app|assistant|models?|chips?|service|platform)\b", after)
            end = m.end + (tail.end() if tail else 0)
            out.append(Descriptor(Mention(start, end, owner, text[start:end], "descriptor"), owner, ent))
            continue
        ha = _HEAD_AFTER.match(after)
        hb = _HEAD_BEFORE.search(before)
        if ha and hb:
            start = m.start - (len(before) - hb.start())
            end = m.end + ha.end()
            out.append(Descriptor(Mention(start, end, owner, text[start:end], "descriptor"), owner, ent))
        elif ha and re.match(r"\s+[A-Z]", text[m.end + ha.end():m.end + ha.end() + 2]):
            # "ChatGPT maker OpenAI": the name follows, only the ownership is new
            out.append(Descriptor(Mention(m.start, m.end + ha.end(), owner, text[m.start:m.end + ha.end()],
                                          "descriptor-named"), owner, ent))
    return out


#: first-person forms outside quotations
_WE_EN = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Oo]urs|us|Us)\b")  # not "the US Innovative Technology Fund"
_WE_JA = re.compile(r"当社|弊社|当グループ")
#: "Today we're announcing that DISH will …": the company named right after is "we"
_WE_ANNOUNCE = re.compile(r"\b[Ww]e(?:'re| are) (?:announcing|pleased to announce|excited to announce) that (\S+(?: \S+){0,3})")
#: "— The DISH Wireless network team" closing a company's post
_SIGN_OFF = re.compile(r"^[ \t]*[—–][ \t]*((?:The )?[A-Z][^\n]{1,60}?)[ \t]*$", re.MULTILINE)
_ABOUT = re.compile(r"^\s*(?:About|について|会社概要[:：]?)\s*(.+?)\s*$|^\s*(.+?)について\s*$|^\s*【(.+?)について】\s*$|"
                    r"^[ \t　]*(?:会社名|社名)[ \t　:：]+(.+?)[ \t　]*$",
                    re.MULTILINE)
#: 「ソフトバンクグループ株式会社(以下「当社」)」, 'Acme Robotics, Inc. (the "Company")': the release says who it is
_DECLARED = re.compile(r"\s*[(（]\s*(?:以下|以下、)\s*[「『]?(?:当社|弊社|当グループ)[」』]?\s*[)）]|"
                       r",?\s*\(\s*(?:the\s+)?[\"“]?(?:the\s+)?(?:Company|we|us)[\"”]?(?:\s+or\s+[\"“]?\w+[\"”]?)*\s*\)")
_LEGAL_GAP = re.compile(r"[\s　]*(?:株式会社|,?\s*(?:Inc|Ltd|Corp|Co|LLC|PBC|plc|AG|SE|N\.V|S\.A)\.?)?[\s　]*")
_QUOTED = re.compile(r"[\"“][^\"”\n]*[\"”]|「[^」\n]*」")


_PRESS_EN = re.compile(r"\b(?:we are (?:pleased|proud|excited|delighted|thrilled) to|we (?:today )?announced|"
                       r"(?:today|this week) announced|press release|forward-looking statements|about us|"
                       # a company's own blog or incident report: who has customers and products is a company
                       r"our (?:cloud |enterprise |paying )?customers|our products|our platform|our engineers|"
                       r"post-incident|incident review|we acquired|we(?:'re| are) (?:partnering|teaming up|announcing)|"
                       r"our (?:network|subscribers|services|data cent(?:er|re)s))\b",
                       re.IGNORECASE)


def publisher(text: str, mentions: Sequence[Mention], title: str | None, lang: str) -> Entity | None:
    """The company a first-person press release speaks for: the one it declares itself
    (「X株式会社(以下「当社」)」, 'X Inc. (the "Company")'), else the one its "About" section
    names (a release may have one on its partner too), else the first party of its title, else
    the party it names first. ``None`` when the text is no press release (a blogger's "we" is no company).

    >>> from kgraph.facts import Entity
    >>> acme = Entity(id="acme", name="Acme Robotics", kind="Organization")
    >>> text = "We are pleased to announce a partner.\\nAbout Acme Robotics\\nAcme Robotics builds arms."
    >>> i = text.index("Acme")
    >>> publisher(text, [Mention(i, i + 13, acme, "Acme Robotics")], None, "en").name
    'Acme Robotics'
    """
    if lang == "ja":
        if not _WE_JA.search(text):
            return None
    elif not (_WE_EN.search(_QUOTED.sub("", text)) and (_PRESS_EN.search(text) or _ABOUT.search(text))):
        return None
    # 「X株式会社（以下、当社）」 wins over a 「Yについて」 section: a release may have one on its partner too
    for m in _DECLARED.finditer(text):
        before = [x for x in mentions if x.end <= m.start() and _LEGAL_GAP.fullmatch(text, x.end, m.start())]
        if before:
            return before[-1].entity
    for m in _ABOUT.finditer(text):
        inside = [x for x in mentions if m.start() <= x.start and x.end <= m.end()]
        if inside:
            return inside[0].entity
        if m.group(4):
            # 「会社名　株式会社アサギリデータセンター」 heads a Japanese disclosure: the name is the line
            name = clean_org_name(m.group(4))
            if len(name) >= 2:
                return unknown_entity(name)
    # "Today we're announcing that DISH will build …", "— The DISH Wireless network team": who "we" are
    for m in (*_WE_ANNOUNCE.finditer(text), *_SIGN_OFF.finditer(text)):
        inside = [x for x in mentions if m.start(1) <= x.start < m.end(1) and x.source not in ("coref", "descriptor")]
        if inside:
            return inside[0].entity
    if title:
        named = [(title.find(n), x.entity) for x in mentions for n in (x.surface, x.entity.name) if n in title]
        if named:
            return min(named, key=lambda t: t[0])[1]
    named_first = [x for x in mentions if x.source not in ("coref", "descriptor")]
    return named_first[0].entity if named_first else None


def first_person_mentions(text: str, start: int, end: int, who: Entity | None, lang: str) -> list[Mention]:
    """Mentions of the publisher for each "we" / "our" / 当社 in ``text[start:end]``
    that is not inside a quotation.

    >>> from kgraph.facts import Entity
    >>> acme = Entity(id="acme", name="Acme", kind="Organization")
    >>> s = 'We chose Kestrel as our cloud. "We are thrilled," he said.'
    >>> [m.surface for m in first_person_mentions(s, 0, len(s), acme, "en")]
    ['We', 'our']
    """
    if who is None:
        return []
    quoted = [(q.start(), q.end()) for q in _QUOTED.finditer(text, start, end)]
    pattern = _WE_JA if lang == "ja" else _WE_EN
    out = []
    for m in pattern.finditer(text, start, end):
        if any(qs <= m.start() < qe for qs, qe in quoted):
            continue
        out.append(Mention(m.start(), m.end(), who, m.group(), "coref"))
    return out
