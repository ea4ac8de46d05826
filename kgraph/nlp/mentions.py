"""Entity mentions: gazetteer matching on characters, NER fallback, learned aliases.

Matching works on the NFKC form of the text (so ``ＡＷＳ`` is ``AWS``) and maps
offsets back to the original text, so evidence and spans stay exact.
"""
from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..facts import Entity, entity_key
from ..gazetteer import Gazetteer

__all__ = [
    "Mention",
    "GazetteerMatcher",
    "EN_CALLED_RX",
    "defined_alias",
    "english_firm_name",
    "english_name",
    "is_place",
    "normalize_with_offsets",
    "unknown_entity",
    "clean_org_name",
    "learn_parenthetical_aliases",
]

#: Country prefixes that Japanese news puts before company names (米オープンAI).
COUNTRY_PREFIXES: tuple[str, ...] = ("米国", "中国", "米", "英", "中", "日", "独", "仏", "韓", "台", "印", "加", "豪")
#: the same as an optional regex group, for patterns that allow a prefix before a name
COUNTRY_PREFIX_RX = "(?:" + "|".join(sorted(COUNTRY_PREFIXES, key=len, reverse=True)) + ")?"
#: the legal form that may follow an English name before a possessive: "Huawei Technologies Co.'s", "Alibaba
#: Group Holding Ltd.'s"
EN_LEGAL_TAIL_RX = r"(?:,?\s+(?:Inc|Corp|Corporation|Co|Ltd|Limited|LLC|PBC|plc|PLC|AG|SA|NV|GmbH|Holdings?)\.?)+"
_LEGAL_SUFFIX = re.compile(
    r"(?:,?\s+(?:Inc|Corp|Corporation|Co|Ltd|Limited|LLC|PBC|plc|PLC|AG|SA|GmbH|Holdings)\.?)+$|"
    r"(?:株式会社|\(株\)|（株）|投資事業有限責任組合|有限責任事業組合)$|^(?:株式会社|\(株\)|（株）)"
)
#: Words that make an NER "organization" generic rather than a name.
_GENERIC = re.compile(
    r"(?:スーパーコンピュータ|サーバー|^クラウド$|データセンター|政府$|当局|市場|業界|企業$|会社$|各社|他社|アナリスト|"
    r"^AI$|^GPU|^CPU|モデル$|サービス$|事業$|部門$|チーム$|研究所$|^同社|^両社|^当社|^自社|"
    r"工場$|拠点$|施設$|キャンパス$|(?:州|県|府|都|市|町|村|区)$|.州.|"
    r"^(?:プライベート|パブリック|ハイブリッド|マルチ|ソブリン|エッジ|GPU|AI)|^(?:新興|大手|同|各|自|当|本|両|全)|"
    r"^(?:米|日|中|欧)?[0-9０-９一二三四五六七八九十数]+(?:社|メガバンク|メガ)$|ベンチャーキャピタル$|"
    r"^(?:一部|基幹|社内)?システム$|^[\u4e00-\u9fff]{1,4}システム$|ネットワーク$|^ネット(?:証券|銀行|通販)$|^証券会社$|"
    r"^(?:国内|大手|中堅|外資系|米|欧州|地方|地銀|準大手)(?:証券|銀行|通信|電力|商社|メーカー)$|"
    r"^(?:キャピタル|ベンチャーズ|ファンド|ホールディングス|グループ|テクノロジーズ|ネットワークス|システムズ|ラボ)$)"
)
#: places are where deals happen, not parties to them: "keep investing in Israel", "expand in Texas"
_PLACES = frozenset("""
africa america americas argentina arizona asia australia austria belgium brazil britain california canada chile
china colombia denmark egypt england europe finland france georgia germany greece hongkong hungary iceland india
indonesia ireland israel italy japan jordan kenya korea kuwait latinamerica london malaysia mexico morocco
netherlands newyork newzealand nigeria norway ohio oregon pakistan philippines poland portugal qatar romania russia
saudiarabia scotland singapore southafrica southkorea spain sweden switzerland taiwan texas thailand tokyo turkey
uae uk ukraine unitedarabemirates unitedkingdom unitedstates us usa utah vietnam virginia wales washington
wisconsin munich berlin paris frankfurt hamburg amsterdam dublin zurich geneva stockholm helsinki oslo copenhagen
madrid barcelona milan rome vienna warsaw prague seoul busan beijing shanghai shenzhen hangzhou osaka kyoto mumbai
bangalore bengaluru delhi newdelhi hyderabad chennai dubai abudhabi riyadh doha telaviv toronto montreal vancouver
sydney melbourne chicago boston seattle dallas atlanta miami denver phoenix memphis siliconvalley sanfrancisco
losangeles jakarta bangkok hanoi manila kualalumpur taipei hsinchu kumamoto hokkaido kyushu bavaria""".split())
#: a parenthesis right after a name, its content in group 1: 「Azure(アジュール)」, "(a16z)"
PAREN_ALIAS = re.compile(r"\s?[(（]([^()（）\n]{1,40})[)）]")
_LEGAL_TAIL_AFTER = re.compile(EN_LEGAL_TAIL_RX)
#: 「…株式会社」(以下「本合弁会社」), "Tempus AI, Inc.(以下「Tempus」)": the name a filing defines for a party
_DEFINED_AS = re.compile(r"(?:株式会社|,?\s?(?:Inc|Corp|Corporation|Ltd|LLC|PBC|plc)\.?)?[」』]?\s?[(（]以下[、,]?\s?"
                         r"(?:[「『]([^「」『』()（）\n]{1,20})[」』]|([^「」『』()（）\n、,]{1,20}))[)）]")
_ASCII_WORD = re.compile(r"[A-Za-z0-9]")
_KATAKANA = re.compile(r"[\u30a0-\u30ff\uff66-\uff9f]")


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity mentioned at ``text[start:end]``."""

    start: int
    end: int
    entity: Entity
    surface: str
    source: str = "gazetteer"  # gazetteer | alias | ner | pattern | coref
    #: for a product found by its possessive ("its Vault product"): the pronoun, lower case, and where it stands
    owner_cue: tuple[str, int] | None = None


def normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """NFKC-normalize ``text`` character by character, keeping a map from each
    normalized character to the offset of its original character.

    >>> normalize_with_offsets("ＡＷＳは")
    ('AWSは', [0, 1, 2, 3, 4])
    """
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        norm = unicodedata.normalize("NFKC", ch) if ord(ch) > 0x7F else ch
        out.append(norm)
        offsets.extend([i] * len(norm))
    offsets.append(len(text))
    return "".join(out), offsets


def clean_org_name(surface: str) -> str:
    """Strip country prefixes, quotes and legal suffixes from an unknown name.

    >>> clean_org_name("米ラムダ・クラウド社")
    'ラムダ・クラウド'
    >>> clean_org_name("Fluxion Compute, Inc.")
    'Fluxion Compute'
    """
    name = unicodedata.normalize("NFKC", surface).strip(" 「」『』\"'“”")
    name = _LEGAL_SUFFIX.sub("", name).strip()
    for prefix in COUNTRY_PREFIXES:
        if name.startswith(prefix) and len(name) > len(prefix) + 1 and not _ASCII_WORD.match(name[len(prefix)]):
            name = name[len(prefix):]
            break
        if name.startswith(prefix) and len(name) > len(prefix) + 1 and _ASCII_WORD.match(name[len(prefix)]):
            name = name[len(prefix):]
            break
    if name.endswith("社") and len(name) > 2:
        name = name[:-1]
    return name.strip()


#: katakana words for the business a company names itself after, in the English they transcribe
_KATAKANA_WORDS = {
    "パートナーズ": "Partners", "マーケッツ": "Markets", "キャピタル": "Capital", "ベンチャーズ": "Ventures",
    "ホールディングス": "Holdings", "テクノロジーズ": "Technologies", "テクノロジー": "Technology",
    "ジャパン": "Japan", "グループ": "Group", "システムズ": "Systems", "ネットワークス": "Networks",
    "セミコンダクター": "Semiconductor", "エレクトロニクス": "Electronics", "インベストメンツ": "Investments",
    "インベストメント": "Investment", "マネジメント": "Management", "ファンド": "Fund", "エナジー": "Energy",
    "コンピューティング": "Computing", "ソリューションズ": "Solutions", "ロボティクス": "Robotics",
    "ラボ": "Lab", "ラボズ": "Labs", "ラボラトリーズ": "Laboratories", "デジタル": "Digital", "クラウド": "Cloud",
    "コンピュート": "Compute", "データ": "Data", "エクスペディションズ": "Expeditions", "アドバイザーズ": "Advisors",
    "ユナイテッド": "United", "アドバンスト": "Advanced", "マニュファクチャリング": "Manufacturing",
    "インターナショナル": "International", "グローバル": "Global", "アメリカ": "America", "パシフィック": "Pacific",
    "インダストリーズ": "Industries", "コーポレーション": "Corporation", "コミュニケーションズ": "Communications",
    "エンジニアリング": "Engineering", "ソフトウェア": "Software", "ソフトウエア": "Software", "モバイル": "Mobile",
    "テレコム": "Telecom", "フィナンシャル": "Financial", "エンタープライズ": "Enterprise", "リサーチ": "Research",
    "サービシーズ": "Services", "プロダクツ": "Products", "ネットワーク": "Network", "インフラストラクチャー": "Infrastructure",
    "マイクロ": "Micro", "デバイセズ": "Devices", "デバイス": "Device", "ダイナミクス": "Dynamics",
}
_KATAKANA_WORD = re.compile("|".join(sorted(_KATAKANA_WORDS, key=len, reverse=True)))
#: 「XTXマーケッツ」, 「AFWパートナーズ」, 「ASMLジャパン」: a Latin name and katakana words for what it is
_LATIN_THEN_KATAKANA = re.compile(r"([A-Za-z0-9][A-Za-z0-9&.\-]*(?: [A-Za-z0-9&.\-]+)*)((?:・?(?:"
                                  + _KATAKANA_WORD.pattern + r"))+)")
#: "a wholly owned subsidiary called …", "a venture named …" (not "the company named <a person> its CFO")
EN_CALLED_RX = (r"\b(?:(?:subsidiary|unit|venture|arm|company|business|entity|start-?up|firm)\s+called|"
                r"(?:subsidiary|unit|venture|arm|entity)\s+named)\s+")


def english_name(name: str) -> str | None:
    """The English a Japanese name spells when it is a Latin name followed by katakana words for the business.

    >>> english_name("XTXマーケッツ"), english_name("ASMLジャパン"), english_name("ラムダ・クラウド")
    ('XTX Markets', 'ASML Japan', None)
    >>> english_name("ユナイテッド・セミコンダクター・ジャパン"), english_name("デジタル・データ")
    ('United Semiconductor Japan', None)
    """
    m = _LATIN_THEN_KATAKANA.fullmatch(name)
    if m is None:
        # 「ユナイテッド・セミコンダクター・ジャパン」: katakana words only, each of them one the list knows
        words = _KATAKANA_WORD.findall(name)
        if len(words) >= 3 and re.fullmatch("(?:・?(?:" + _KATAKANA_WORD.pattern + "))+", name):
            return " ".join(_KATAKANA_WORDS[w] for w in words)
        return None
    words = _KATAKANA_WORD.findall(m.group(2))
    return " ".join([m.group(1), *(_KATAKANA_WORDS[w] for w in words)])


#: kanji words that end the Japanese name of a firm, in English
_JA_FIRM_WORDS = {"証券": "Securities", "銀行": "Bank", "生命": "Life", "電子": "Electronics", "重工業": "Heavy Industries",
                  "自動車": "Motor", "化学": "Chemical", "商事": "Trading"}


def english_firm_name(brand: str, name: str) -> str | None:
    """「サムスン証券」 when サムスン is Samsung: the brand in English and the firm word translated.

    >>> english_firm_name("Samsung", "サムスン証券"), english_firm_name("Samsung", "サムスン・キャピタル")
    ('Samsung Securities', 'Samsung Capital')
    """
    for word, english in (*_JA_FIRM_WORDS.items(), *_KATAKANA_WORDS.items()):
        if name.endswith(word) and len(name) > len(word):
            return f"{brand} {english}"
    return None


def unknown_entity(surface: str, *, kind: str = "Organization", parent: str | None = None,
                   english: str | None = None) -> Entity:
    """An entity the gazetteer does not know, identified by its cleaned surface, or by ``english`` or the English
    its name spells (「XTXマーケッツ」)."""
    name = clean_org_name(surface)
    lang = "ja" if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", name) else "en"
    labels: tuple[tuple[str, str], ...] = ((lang, name),)
    english = english or (english_name(name) if lang == "ja" else None)
    if english is not None:
        labels, name = (("en", english), ("ja", name)), english
    return Entity(
        id=entity_key(name),
        name=name,
        kind=kind,
        labels=labels,
        aliases=(surface,) if surface != name else (),
        parent=parent,
        known=False,
    )


def is_place(name: str) -> bool:
    """A country, region or city ("Saudi Arabia", "the U.S.", "New York"), not a company.

    >>> is_place("Saudi Arabia"), is_place("Arabia Holdings")
    (True, False)
    """
    return re.sub(r"[\s.\-]|^the\s", "", name.lower()) in _PLACES


def is_generic_name(name: str) -> bool:
    """A word for a kind of company (電力, 通信) or a thing, not a company's name.

    >>> is_generic_name("電力"), is_generic_name("ユキグニ電力"), is_generic_name("エレクトロニクス")
    (True, False, True)
    """
    return bool(_GENERIC.search(name)) or len(name) < 2 or bool(re.fullmatch(_JA_COMPANY_END, name)) \
        or is_place(name) or name.replace("・", "") in _KATAKANA_WORDS \
        or not re.search(r"[^\W\d_]", name)  # 「04」: no letter, no name


class GazetteerMatcher:
    """Finds gazetteer surfaces in text: longest match first, on NFKC text."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        surfaces: dict[str, str] = {}
        for surface, ent_id in gazetteer.surfaces():
            norm = unicodedata.normalize("NFKC", surface).strip()
            if len(norm) < 2:
                continue
            surfaces.setdefault(norm, ent_id)
        self._ids = surfaces
        ordered = sorted(surfaces, key=len, reverse=True)
        self._regex = re.compile("|".join(re.escape(s) for s in ordered)) if ordered else None

    def find(self, text: str, *, extra: dict[str, Entity] | None = None) -> list[Mention]:
        """Every gazetteer (and ``extra``) mention in ``text``, non-overlapping."""
        norm, offsets = normalize_with_offsets(text)
        found: list[tuple[int, int, Entity]] = []
        if self._regex is not None:
            for m in self._regex.finditer(norm):
                if not _good_boundary(norm, m.start(), m.end()):
                    continue
                entity = self.gazetteer.entities[self._ids[m.group()]]
                found.append((m.start(), m.end(), entity))
        if extra:
            # one pattern for all of the article's own names (longest first), not one per name
            by_norm: dict[str, Entity] = {}
            for surface, entity in extra.items():
                by_norm.setdefault(unicodedata.normalize("NFKC", surface), entity)
            pattern = re.compile("|".join(re.escape(s) for s in sorted(by_norm, key=len, reverse=True) if s))
            for m in pattern.finditer(norm):
                if _good_boundary(norm, m.start(), m.end()):
                    found.append((m.start(), m.end(), by_norm[m.group()]))
        return [
            Mention(offsets[s], offsets[e - 1] + 1, ent, text[offsets[s]:offsets[e - 1] + 1])
            for s, e, ent in _non_overlapping(found)
        ]


def as_named_before(mentions: Sequence[Mention]) -> list[Mention]:
    """A short name that is only an alias of its entity stands for the company the gazetteer does not know
    that the article named in full with it before: "Brookfield" after "Brookfield Business Partners" is that
    firm, not Brookfield Asset Management. A company's own name ("Amazon" after "Amazon Web Services") and a
    short name after a known unit ("Samsung" after "Samsung SDS") stay themselves.

    >>> from kgraph.facts import Entity
    >>> bbp = Entity(id="bbp", name="Brookfield Business Partners", kind="Organization", known=False)
    >>> bam = Entity(id="bam", name="Brookfield Asset Management", kind="Organization")
    >>> ms = [Mention(0, 28, bbp, "Brookfield Business Partners"), Mention(40, 50, bam, "Brookfield")]
    >>> [m.entity.name for m in as_named_before(ms)]
    ['Brookfield Business Partners', 'Brookfield Business Partners']
    """
    out: list[Mention] = []
    full: list[Mention] = []
    for m in sorted(mentions, key=lambda x: x.start):
        if m.entity.kind == "Organization" and m.source != "coref" \
                and m.surface.casefold() != m.entity.name.casefold() and len(m.surface) >= 3:
            starts = (m.surface + " ", m.surface + "・")
            # (not a unit named after its owner: "Reliance" after "Reliance Intelligence" is Reliance Industries)
            earlier = next((f for f in reversed(full) if f.entity.id != m.entity.id and not f.entity.known
                            and f.surface.startswith(starts) and f.entity.parent != m.entity.id), None)
            if earlier is not None:
                m = dataclasses.replace(m, entity=earlier.entity.with_alias(m.surface), source="alias")
        if m.entity.kind == "Organization" and (" " in m.surface or "・" in m.surface):
            full.append(m)
        out.append(m)
    return out


def _good_boundary(norm: str, start: int, end: int) -> bool:
    first, last = norm[start], norm[end - 1]
    before = norm[start - 1] if start else " "
    after = norm[end] if end < len(norm) else " "
    if _ASCII_WORD.match(first) and _ASCII_WORD.match(before):
        return False
    if before == "-" and start >= 2 and norm[start - 2].isalpha() and first.isupper():
        return False  # "Marie-Claude Tremblay" names no Claude
    if after == "-" and end + 1 < len(norm) and norm[end + 1].isdigit():
        return False  # 「JICC-04株式会社」 is not JICC

    if _ASCII_WORD.match(last) and _ASCII_WORD.match(after):
        return False
    if _KATAKANA.match(last) and _KATAKANA.match(after) and after != "・":
        return False
    if _KATAKANA.match(first) and _KATAKANA.match(before) and before != "・":
        return False
    return True


def _non_overlapping(found: Iterable[tuple[int, int, Entity]]) -> list[tuple[int, int, Entity]]:
    """Keep the longest of overlapping matches, then order by position."""
    chosen: list[tuple[int, int, Entity]] = []
    taken: list[tuple[int, int]] = []
    for s, e, ent in sorted(found, key=lambda t: (-(t[1] - t[0]), t[0])):
        if any(s < te and ts < e for ts, te in taken):
            continue
        chosen.append((s, e, ent))
        taken.append((s, e))
    return sorted(chosen, key=lambda t: t[0])


def defined_alias(text: str, end: int) -> str | None:
    """The name a filing defines for the party named right before ``end``, however generic:
    「SB TEMPUS株式会社」(以下「本合弁会社」) → 本合弁会社 (not 当社, which is the publisher)."""
    defined = _DEFINED_AS.match(text, end)
    name = (defined.group(1) or defined.group(2)).strip() if defined is not None else None
    return None if name in (None, "", "当社", "同社", "弊社") else name


def learn_parenthetical_aliases(text: str, mentions: Sequence[Mention], gazetteer: Gazetteer) -> dict[str, Entity]:
    """Aliases that the article itself defines: 「Azure(アジュール)」, Fluxion Compute (FXC).

    Returns surface → entity for parenthesized names that are not a different
    known entity.
    """
    learned: dict[str, Entity] = {}
    for m in mentions:
        defined = defined_alias(text, m.end)
        if defined is not None:
            learned[defined] = m.entity.with_alias(defined)
            continue
        legal = _LEGAL_TAIL_AFTER.match(text, m.end)  # 'Reliance Industries Limited ("RIL")'
        pm = PAREN_ALIAS.match(text, legal.end() if legal else m.end)
        if not pm:
            continue
        inner = pm.group(1).strip().strip("\"“”'’")  # '("RIL")': the name, not its quotes
        head = re.match(r"([A-Za-z][A-Za-z0-9&.\-]{1,9}|[\u30a0-\u30ff・]{2,15})、", inner)
        if head is not None:
            inner = head.group(1)  # 「ソニー・ホンダモビリティ（SHM、東京）」: the short name before the place
        if not inner or len(inner) > 30 or re.search(r"\d{2,}|[、。,:：/]", inner):
            continue  # (not a ticker: "(NASDAQ: MRVL)")
        known = gazetteer.lookup(inner)
        if known is not None and known.id != m.entity.id:
            continue  # アマゾン(AWS): two entities, not an alias
        if known is None and (is_generic_name(inner) or inner.lower() in {"ai", "inc", "corp"}):
            continue
        learned[inner] = m.entity.with_alias(inner)
    return learned



# ------------------------------------------------------------------ names by pattern
# A company the gazetteer does not know is usually introduced the way news
# introduces a newcomer: by what it is ("the GPU cloud start-up Vantaa",
# 「新興企業アマノ・コンピュート」, "Tohoku Mobile, a Japanese telecom operator"),
# by its legal form (アオバAI株式会社) or by where it is based (ツクシロボティクス(福岡市)).
_JA_COMPANY_END = (r"(?:製薬|創薬|薬品|製作所|電子|精機|自動車|電工|化成|産業|証券|銀行|放送|通信|電機|商事|物産|工業|電力|重工|化学|建設|不動産|生命|保険|航空|鉄道|"
                   r"テレコム|ネットワークス|ホールディングス|システムズ|テクノロジーズ|ロボティクス|インターネット)")
_JA_NAME = (r"(?:[\u30a0-\u30ffA-Za-z0-9＆&][\u30a0-\u30ffA-Za-z0-9＆&・\-\.]{1,24}|"
            r"[\u4e00-\u9fff]{1,4}[\u30a0-\u30ffA-Za-z][\u30a0-\u30ffA-Za-z・]{1,12}|"
            r"[\u4e00-\u9fff]{1,4}" + _JA_COMPANY_END + r"|"
            r"(?<![\u4e00-\u9fff])(?<!であ)(?<!でもあ)(?!との|から|には|への|より|など|では|での|まで|とも|にも)"
            r"[\u3041-\u3093]{2,5}(?:[\u30a0-\u30ff][\u30a0-\u30ff・]{1,12}|" + _JA_COMPANY_END + r")|"
            # 「ハヤセ創薬株式会社」: katakana and the word for the business
            r"[\u30a0-\u30ff][\u30a0-\u30ff・]{1,12}" + _JA_COMPANY_END + r")")
_JA_TYPE = (r"(?:ベンチャーキャピタル|通信会社|新興企業|新興|スタートアップ|ベンチャー|企業|会社|製薬会社|銀行|証券会社|ファンド|政府系ファンド|投資ファンド|"
            r"事業者|メーカー|子会社|大手|運営会社|開発会社|放送局|航空会社|小売り|小売|商社|IT企業|半導体メーカー)")
_JA_AFTER = r"(?=[はがにとをのもや、]|から|など|[(（「」])"
#: katakana words that make a common noun with 通信 or クラウド (データ通信, パブリッククラウド), not a company
_JA_GENERIC_TECH = (r"(?:データ|モバイル|パケット|デジタル|ワイヤレス|ブロードバンド|インターネット|ネット|マルチ|ハイブリッド|"
                    r"パブリック|プライベート|ソブリン|エッジ|GPU)(?:通信|クラウド)(?![\u30a0-\u30ff])")
_JA_PATTERNS = (
    re.compile(_JA_TYPE + r"(?:の|、)?" + COUNTRY_PREFIX_RX + r"(" + _JA_NAME + r")" + _JA_AFTER),
    re.compile(r"(?:ファンド|企業|会社|新興|スタートアップ|社)「(" + _JA_NAME + r"|[A-Z][A-Za-z0-9&\-\.]+(?: [A-Z0-9][A-Za-z0-9&\-\.]*){1,3})」"),
    re.compile(r"((?<![\u30a0-\u30ff])[\u30a0-\u30ff]{2,12}[\u4e00-\u9fff]{1,3}|" + _JA_NAME + r")"
               r"[(（](?:[\u4e00-\u9fff]{1,5}(?:市|区|町|村|都|府|県)|本社[^)）]{0,10}|"
               r"(?:東京|大阪|京都|名古屋|横浜|札幌|福岡|神戸|仙台)・[\u4e00-\u9fff]{1,4})[)）]"),
    re.compile(r"(?:株式会社|\(株\)|（株）)([\u3041-\u3093]{2,5}(?:[\u30a0-\u30ff][\u30a0-\u30ff・]{1,12}|" + _JA_COMPANY_END
               + r")|" + _JA_NAME + r")(?:" + _JA_AFTER + r"|(?=[ \t　]*(?:\n|$)))"),
    # 「SB TEMPUS株式会社」, 「米国のTempus AI, Inc.」: a Latin name of several words by its legal form
    re.compile(r"(?<![A-Za-z0-9&\-\.])([A-Za-z0-9][A-Za-z0-9&\-\.]*(?: [A-Za-z0-9&][A-Za-z0-9&\-\.]*){1,3})"
               r"(?:株式会社|(?=,? (?:Inc|Corp|Corporation|Ltd|LLC|PBC|plc|AG|SA|SE|GmbH|N\.V|B\.V)\b))"),
    # 「合弁会社L-H Battery Company」: a Latin name that ends with a word for a company
    re.compile(r"(?<![A-Za-z0-9&\-\.])([A-Z][A-Za-z0-9&\-\.]*(?: [A-Z][A-Za-z0-9&\-\.]*){0,3} (?:Company|Corporation|"
               r"Holdings|Group|Technologies|Systems|Labs|Partners|Capital|Ventures))(?![A-Za-z])"),
    re.compile(r"(" + _JA_NAME + r")(?:株式会社|\(株\)|（株）)"),
    # 「フユミ・ベンチャーズ投資事業有限責任組合」: a fund by its legal form
    re.compile(r"(" + _JA_NAME + r")(?=投資事業有限責任組合|有限責任事業組合)"),
    re.compile(r"((?<![\u30a0-\u30ff])(?!" + _JA_GENERIC_TECH + r")[\u30a0-\u30ff・]{2,16}(?:テレコム|通信|ネットワークス|コンピュート|クラウド|証券|銀行|製薬|放送|"
               r"電機|商事|ホールディングス|ロボティクス|システムズ|テクノロジーズ|ラボ|キャピタル|ベンチャーズ|パートナーズ|"
               r"インベストメンツ|投資庁|ファンド))"
               + _JA_AFTER),
    # 「名刺管理のSansan」「クラウド会計のfreee」: a Latin-script name after the business it is in
    re.compile(r"(?:管理|会計|決済|通販|人事|労務|勤怠|経費精算|フリマ|求人|予約|配車|宿泊予約|電子契約|チャット|動画配信|音楽配信|"
               r"家計簿|ネット証券|ネット銀行|ネット通販|ECサイト|アプリ|SNS)の([A-Za-z][A-Za-z0-9\-\.]{1,20})"
               r"(?=[はがにとをのもや、]|から|[(（「])"),
    re.compile(r"((?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,3}(?:製薬|証券|銀行|放送|通信|電機|商事|物産|工業|システム))" + _JA_AFTER),
    re.compile(r"((?<![\u3041-\u3093\u4e00-\u9fff])(?![のはがにとをもや])[\u3041-\u3093]{2,5}(?:テレコム|通信|銀行|証券|放送|電力|ネット|インターネット))" + _JA_AFTER),
)
#: places and currencies that news writes with a country prefix like a company (米ドル, 米テキサス)
_JA_PREFIXED_NOT_NAMES = frozenset(
    "ドル ポンド ユーロ ウォン ニューヨーク シリコンバレー カリフォルニア テキサス ワシントン シアトル サンフランシスコ "
    "ロンドン バージニア オレゴン アリゾナ オハイオ ジョージア ネバダ ユタ フロリダ ボストン シカゴ ロサンゼルス "
    "サンノゼ サンタクララ レドモンド メンフィス アビリーン ケンブリッジ マンチェスター パリ ベルリン ミュンヘン "
    "アムステルダム ソウル シンガポール シドニー メルボルン トロント バンクーバー ホワイトハウス".split())
_JA_PREFIXED = re.compile(r"(?<![\u4e00-\u9fff\u30a0-\u30ff])(?:米|英|独|仏|韓|台|加|豪|蘭|印|伊|瑞|芬|以)"
                          r"([\u30a0-\u30ff][\u30a0-\u30ffA-Za-z0-9・＆&]{1,24}?|"
                          r"[A-Z][A-Za-z0-9][A-Za-z0-9&\-\.]{0,20}(?: [A-Z][A-Za-z0-9&\-\.]{1,20}){0,2})"
                          r"(?=を|に|と|は|が|の|も|から|や|、|など|傘下|[(（「])")
_EN_NAME = r"([A-Z][\w&\-\.]*[\w&](?: (?:[A-Z][\w&\-\.]*[\w&]|&|of|de|AI))*)"
_EN_TYPE = (r"(?:start-?up|startup|provider|operator|rival|firm|company|fund|investor|chipmaker|chip designer|telecom|"
            r"carrier|developer|maker|neocloud|lab|unit|subsidiary|bank|conglomerate|platform|lender|insurer|"
            r"retailer|airline|broadcaster|supplier|site|website|app|network|publisher|studio|marketplace|"
            r"manufacturer|foundry|vendor|specialist|outfit|brands?|carriers|messenger|portal|payment service|"
            r"(?<=centre )builder|(?<=center )builder|(?<=server )designer|(?<=bitcoin )miner|"
            r"(?:fund|asset|investment) manager|(?<=[Cc]rypto )exchange|(?<=[Cc]ryptocurrency )exchange)")
_EN_PATTERNS = (
    re.compile(_EN_NAME + r",\s(?:a|an|the|[A-Z][a-z]+['’]s)\s(?:[\w\-]+\s){0,5}?" + _EN_TYPE + r"\b"),
    re.compile(r"\b" + _EN_TYPE + r"\s" + _EN_NAME),
    re.compile(r"\b[A-Z][a-z]+-based\s" + _EN_NAME),
    # "a new wholly owned subsidiary called Reliance Intelligence", "a joint venture named Stargate"
    re.compile(EN_CALLED_RX + _EN_NAME),
    # what a deal verb acts on: "agreed to acquire Windsurf", "bought Tableau for $15.7bn", "a stake in Mistral"
    re.compile(r"\b(?:acquire[sd]?|acquiring|buy|buys|bought|buying|purchased?|purchasing|invest(?:s|ed|ing)?\s+"
               r"(?:(?:about|roughly|more than|nearly|up to)\s+)?(?:(?:US)?[$€£][\d.,]+\s*(?:billion|million|bn|m)?\s+)?in|"
               r"stakes?\s+in|backed|acquisition\s+of|takeover\s+of|purchase\s+of|partnership\s+with|"
               r"(?:partnered|teamed up|compete[sd]?|competing)\s+with)\s+" + _EN_NAME + r"(?=\s+for\b|[,.;]|\s+in\b|\s+and\b|"
               r"\s+from\b|\s+to\b|\s+on\b|\s+at\b|\s*$)"),
    # the second of two purchases: "… in 2019 and MuleSoft for $6.5bn"
    re.compile(r"\band\s+" + _EN_NAME + r"\s+for\s+(?:about\s+|roughly\s+|nearly\s+)?(?:US)?[$€£][\d.,]+"),
)
#: a list of investors introduced as such: "co-led by Andra Capital and SGW, with participation from new
#: investors NVIDIA, ARK Invest, In-Q-Tel (IQT) and Pegatron"
_EN_INVESTOR_LIST = re.compile(
    r"\b(?:(?:investors|backers)\s+(?:[\w\-]+\s+){0,6}?include|(?:co-)?led by|participation (?:from|of)|(?i:new|existing|other|strategic|financial) (?:investors|backers)"
    r"(?!\s+(?:[\w\-]+\s+){0,6}?include)|"
    r"(?:(?:significant|big|large|smaller)\s+)?checks from|(?:money|funding|capital) from|"
    r"investors (?:including|such as|like)|backers (?:including|such as)|joined by|alongside|among them|"
    r"(?:round|raise|funding|Series [A-H])\b[^.;]{0,60}?\b(?:also\s+)?(?:drew|attracted|drew in)|"
    r"(?:acquisitions|purchases|takeovers)\b[^.;]{0,60}?,\s+(?:including|such as)|"
    r"(?:customers|clients|users|tenants)\s+(?:include|including|such as|like))\s+(?:(?:new|existing)\s+"
    r"(?:investors\s+)?)?")
_EN_LIST_ITEM = re.compile(r"(" + _EN_NAME[1:-1] + r"|\d{2,4}\s+(?:Capital|Ventures|Partners|Labs|Group)|[A-Z]\d{1,3}|"
                           r"[A-Z] [A-Z][a-z]+)"  # "G Squared"
                           r"(?:\s+\([A-Za-z0-9&\-]{2,10}\))?")
_EN_ITEM_TRAILER = re.compile(r"(?:\s+(?:in|for)\s+(?:\d{4}|(?:about\s+)?[$€£][\d.,]+(?:\s+(?:billion|million|bn))?))+")
_EN_LIST_THE = re.compile(r"the\s+(?=[A-Z])")  # "… and the US Innovative Technology Fund", not ", the Omani state investor"
_EN_LIST_SEP = re.compile(r"\s*(?:,\s+and|,\s+as well as(?:\s+(?:new|existing)\s+investors)?|,|\s+and|\s+as well as"
                          r"(?:\s+(?:new|existing)\s+investors)?)\s+")
#: an apposition that says what a person is: "Elena Varga, a former site reliability engineer"
_EN_PERSON_APPOSITION = re.compile(
    r",\s(?:a|an|the|[A-Z][a-z]+['’]s)\s(?:[\w\-]+\s){0,3}?(?:former|partner|analyst|engineer|executive|founder|co-founder|"
    r"director|professor|researcher|spokesperson|spokesman|spokeswoman|manager|consultant|economist|"
    r"head|chief|officer|president|chairman|investor in|scientist|lawyer|attorney|employee|veteran)\b")
#: a name followed by what a person does: "the AI lab Ilya Sutskever co-founded"
_EN_PERSON_VERB_AFTER = re.compile(r"\s+(?:co-?founded|founded|started|left|joined|leads|led|runs|ran|heads|headed)\b")
#: capitalized words next to a name that are no part of it
NOT_NAME_WORDS = frozenset((
    "The A An This That These Those It Its Their Our We He She They About Under In On At By For From With After "
    "Last Next Earlier Later "
    "Before As And January February March April May June July August September October November December Monday "
    "Tuesday Wednesday Thursday Friday Saturday Sunday AI GPU GPUs CEO U.S. US UK EU Japan China American Japanese "
    "Chinese European British French German Korean Indian Saudi Emirati Arabic"
).split())
#: the second word of a firm's name whose first word is a common one ("March Capital", "August Ventures")
_FIRM_WORDS = frozenset("Capital Ventures Partners".split())
_MONTHS = frozenset("January February March April May June July August September October November December".split())
#: adjectives that open a phrase before a name ("Sovereign AI Fund" is no name, "Acme Global" is)
_LEADING_NOT_NAME = frozenset(
    "Generative Sovereign Public Private Hybrid Multi Enterprise Open Responsible New Global Big".split())


def trim_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """``(start, end)`` without the words around a capitalized name that are no part of it.

    >>> t = "About Aurora Genomics"
    >>> t[slice(*trim_name(t, 0, len(t)))]
    'Aurora Genomics'
    >>> t = "Ziply Fiber of Kirkland, Washington"
    >>> t[slice(*trim_name(t, 0, 23))]
    'Ziply Fiber'
    """
    words = text[start:end].split(" ")
    if is_place(text[start:end]):
        return None  # "Saudi Arabia" is a country, not "Saudi" before a company called Arabia
    while words and (words[0] in NOT_NAME_WORDS or words[0] in _LEADING_NOT_NAME) and not (
            len(words) == 2 and words[1] in _FIRM_WORDS and words[0] in _MONTHS):  # "March Capital"
        start += len(words[0]) + 1
        words = words[1:]
    while words and words[-1] in NOT_NAME_WORDS and not (
            words[-1] == "AI" and len(words) >= 2 and words[-2] not in NOT_NAME_WORDS):  # "Heron AI" is a name
        end -= len(words[-1]) + 1
        words = words[:-1]
    place = _THEN_PLACE.match(text, end)
    if "of" in words[1:-1] and place and is_place(place.group(1)):
        # "Ziply Fiber of Kirkland, Washington": where the company is, not its name
        cut = len(words) - 1 - words[::-1].index("of")
        end = start + len(" ".join(words[:cut]))
        words = words[:cut]
    return (start, end) if words else None


_THEN_PLACE = re.compile(r",\s+([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")


#: a service named in quotes after what it is: 「スマートフォンアプリ「キタカゼトレード」」, 「ネット通販「ユニクロ」」
_JA_SERVICE = re.compile(r"(?:アプリ|サービス|決済|通販|ゲーム|サイト|プラットフォーム|ブランド|配信|システム|ソフト)"
                         r"「([^「」\n]{2,20})」|"
                         # a name that says what it is: 「無印良品ネットストア」「MUJIアプリ」「LINEギフト」
                         r"「([^「」\n]{1,16}(?:ネットストア|オンラインストア|ストア|ショッピング|アプリ|ギフト|オンライン))」")
#: … or after who runs it: 「ファーストリテイリングが展開する「ユニクロ」「GU」」
_JA_SERVICE_RUN = re.compile(r"が(?:展開|運営|提供|開発)する(?:[^「」。、\n]{0,12}の)?「([^「」\n]{2,20})」((?:「[^「」\n]{2,20}」)*)")
#: … or before what its maker does with it: 「「海螺AI」を運営するMiniMax」, 「「ChatGLM」で知られる智譜」
_JA_SERVICE_OF = re.compile(r"「([^「」\n]{2,20})」(?:を(?:[^「」。、\n]{0,6}?)(?:運営|開発|提供|展開|手が|手掛|持つ|持ち)|で知られる)")

#: what a company's product is called in English: "its GreenLake cloud platform", "GroqCloud, its developer platform"
_EN_PRODUCT_NOUN = (r"(?:platform|service|software|assistant|chatbot|model|app|application|product|suite|tool|engine|"
                   r"API|marketplace|subscription|console|browser|agent|humanoid|robot|supercomputer|offering|"
                   r"operating system|database|editor|dictation|store|portal|framework)s?")
_EN_PRODUCT_NAME = r"(?P<name>[A-Z][\w&.\-+]*[\w+](?: (?:[A-Z0-9][\w&.\-+]*[\w+]|of|on))*)"
#: words between a possessive and a product's name: adjectives, not prepositions ("its models on Azure")
_EN_PRODUCT_ADJ = r"(?:(?!(?:on|in|of|for|with|to|from|and|or|by|at|as)\s)[a-z][\w\-]*\s+){0,2}"
_EN_SERVICE = (
    # "its Vault secrets-management product", "Silo AI's SiloGen platform", "its own Optimus humanoid"
    re.compile(r"(?:\b(?P<pronoun>its|our|their)|[A-Za-z0-9]['’]s)\s+(?:own\s+)?" + _EN_PRODUCT_ADJ + _EN_PRODUCT_NAME
               + r"(?=\s+(?:(?!(?:on|in|of|for|with|to|from|and|or|by|at|as)\s)[\w\-]+\s+){0,3}?" + _EN_PRODUCT_NOUN + r"\b)"),
    # "GroqCloud, its developer platform", "HashiCorp Cloud Platform, the company's managed service"
    re.compile(_EN_PRODUCT_NAME + r",\s+(?P<pronoun>its|our|their|the company['’]s)\s+(?:own\s+)?(?:[\w\-]+\s+){0,4}?"
               + _EN_PRODUCT_NOUN + r"\b"),
    # "its AI assistant, Kotoba", "its own supercomputer, Colossus"
    re.compile(r"\b(?P<pronoun>its|our|their)\s+(?:own\s+)?(?:[\w\-]+\s+){0,3}?" + _EN_PRODUCT_NOUN + r",?\s+"
               + _EN_PRODUCT_NAME),
)
#: a web site named by its address: "data.gouv.fr", "Amazon.com" is a company the gazetteer knows
_DOMAIN_NAME = re.compile(r"(?<![\w@/.\-])[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.(?:com|fr|gov|org|net|io|uk|de|jp)"
                          r"(?![\w@/\-]|\.\w)")
#: capitalized words that name a kind of thing, not one product
_EN_NOT_PRODUCT = frozenset("AI GPU GPUs CPU CPUs API APIs DNS IoT Data Center Cloud Arabic English Japanese Chinese "
                            "Nordic European American".split())


def service_names(text: str, lang: str) -> dict[tuple[int, int], tuple[str, int] | None]:
    """Spans of services the gazetteer need not know, introduced the way news introduces them, each with the
    possessive pronoun that names its owner and where that stands (``None`` for a name with none).

    >>> t = "ファーストリテイリングが展開する「ユニクロ」「GU」や、決済アプリ「ペイペイ」が止まった。"
    >>> [t[s:e] for s, e in service_names(t, "ja")]
    ['ユニクロ', 'GU', 'ペイペイ']
    >>> t = "It rents them out through GroqCloud, its developer platform, and resells Acme's Vault secrets product."
    >>> {t[s:e]: cue for (s, e), cue in service_names(t, "en").items()}
    {'GroqCloud': ('its', 37), 'Vault': None}
    """
    found: dict[tuple[int, int], tuple[str, int] | None] = {}
    if lang != "ja":
        for rx in _EN_SERVICE:
            for m in rx.finditer(text):
                trimmed = trim_name(text, *m.span("name"))
                if trimmed is None or text[trimmed[0]:trimmed[1]] in _EN_NOT_PRODUCT \
                        or is_generic_name(text[trimmed[0]:trimmed[1]]):
                    continue
                cue = (m.group("pronoun").lower(), m.start("pronoun")) if m.group("pronoun") else None
                if found.get(trimmed) is None:
                    found[trimmed] = cue
        for m in _DOMAIN_NAME.finditer(text):  # "the open-data portal, data.gouv.fr,": a site named by its address
            found.setdefault(m.span(), None)
        return dict(sorted(found.items()))
    spans = [m.span(1) if m.group(1) else m.span(2) for m in _JA_SERVICE.finditer(text)]
    spans += [m.span(1) for m in _JA_SERVICE_OF.finditer(text)]
    for m in _JA_SERVICE_RUN.finditer(text):
        spans.append(m.span(1))
        base = m.start(2)
        for q in re.finditer(r"「([^「」\n]{2,20})」", m.group(2)):
            spans.append((base + q.start(1), base + q.end(1)))
    # 「BioNeMo(バイオニモ)」: the reading in brackets is an alias, not part of the name
    spans = [(a, a + gloss.start()) if (gloss := re.search(r"[(（][^()（）]+[)）]$", text[a:b])) and gloss.start() else (a, b)
             for a, b in spans]
    return {sp: None for sp in sorted(set(spans)) if not is_generic_name(text[sp[0]:sp[1]])}


def pattern_names(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of company names introduced by the patterns above.

    >>> t = "製薬会社の北星製薬とGPUクラウドの利用契約を結んだ。"
    >>> [t[s:e] for s, e in pattern_names(t, "ja")]
    ['北星製薬']
    >>> t = "Its first customer is Tohoku Mobile, a Japanese telecom operator, and AI start-up Kotoba Labs."
    >>> [t[s:e] for s, e in pattern_names(t, "en")]
    ['Tohoku Mobile', 'Kotoba Labs']
    """
    spans: list[tuple[int, int]] = []
    if lang == "ja":
        # 「米スプランクを買収」: a country prefix before a katakana word names a company
        for m in _JA_PREFIXED.finditer(text):
            if m.group(1) not in _JA_PREFIXED_NOT_NAMES and len(m.group(1)) >= 3:
                spans.append(m.span(1))
    if lang != "ja":
        for m in _EN_INVESTOR_LIST.finditer(text):
            pos = m.end()
            after_comma = False
            while True:
                the = _EN_LIST_THE.match(text, pos)
                if the is not None:
                    if after_comma:
                        break  # an apposition: "Qalhat Sovereign Fund, the Omani state investor"
                    pos = the.end()
                item = _EN_LIST_ITEM.match(text, pos)
                if item is None:
                    break
                trimmed = trim_name(text, *item.span(1))
                if trimmed is not None and trimmed[1] - trimmed[0] >= 2 \
                        and not is_generic_name(text[trimmed[0]:trimmed[1]]) \
                        and not any(a < trimmed[1] and trimmed[0] < b for a, b in spans):
                    spans.append(trimmed)
                # "… and Dig Security in 2023, Wolverine in 2024 for $500 million, and …": when and for how much
                trailer = _EN_ITEM_TRAILER.match(text, item.end())
                sep = _EN_LIST_SEP.match(text, trailer.end() if trailer else item.end())
                if sep is None:
                    break
                after_comma = sep.group().strip() == ","
                pos = sep.end()
    patterns = _JA_PATTERNS if lang == "ja" else _EN_PATTERNS
    for pattern in patterns:
        for m in pattern.finditer(text):
            s, e = m.span(1)
            if lang != "ja" and (_EN_PERSON_APPOSITION.match(m.group(0), e - m.start(0))
                                 or _EN_PERSON_VERB_AFTER.match(text, e)):
                continue  # "Maya Ostrowski, a partner at seed firm …", "the AI lab Ilya Sutskever co-founded"
            if lang != "ja":
                trimmed = trim_name(text, s, e)
                if trimmed is None:
                    continue
                s, e = trimmed
            if e - s < 2 or is_generic_name(clean_org_name(text[s:e])):
                continue
            if not any(a < e and s < b for a, b in spans):
                spans.append((s, e))
    return sorted(spans)
