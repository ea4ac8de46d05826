"""Money expressions in Japanese and English news text, normalized to :class:`Amount`.

Pure Python (regular expressions and small tables), no spaCy: the relation
extractor calls :func:`find_money` on the raw text of a sentence and gets
character offsets into that text.

Behaviour worth knowing:

* ``Amount.value`` is a :class:`~decimal.Decimal` in whole units (``380億ドル`` →
  ``38000000000``), ``currency`` an ISO 4217 code, ``text`` the surface of the
  money as written, qualifier words included (``約5兆7千億円``, ``up to $38bn``).
* A bare ``ドル``/``dollars``/``$`` is USD; ``¥``/``円``/``yen`` is JPY.
* A range (``$10 billion to $15 billion``, ``100億〜150億ドル``, ``$10-15bn``) is one
  match whose value is the **lower bound** with qualifier ``"at_least"`` (an
  explicit qualifier such as ``最大`` wins). A bare first number borrows the unit
  of the second (``100〜150億ドル`` → 100億).
* A vague amount (``数百億ドル``, ``tens of billions of dollars``,
  ``a multibillion-dollar deal``) has ``value=None`` and keeps its currency.
* A conversion in parentheses right after an amount (``380億ドル（約5兆7千億円）``,
  ``$38 billion (¥5.7 trillion)``) belongs to the same match: the span covers
  both, the amount is the first figure. Only an amount in another currency is
  a conversion: ``$38 billion ($10 billion upfront)`` stays two matches.
* An exchange rate (``1ドル=150円``) is not an amount.
* Numbers without a currency (``7年間``, ``100万人``, ``38 percent``, ``GB200``) are
  never money.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal

from kgraph.facts import Amount

__all__ = ["MoneyMatch", "find_money", "parse_money"]

# --------------------------------------------------------------------------- tables

#: Full-width ASCII and currency signs to their ASCII forms, one character for one
#: character so that offsets into the normalized text are offsets into the input.
WIDTH_TABLE: Mapping[int, int] = {
    **{code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)},
    0x3000: 0x20,  # ideographic space
    0xFFE5: ord("¥"),
    0xFFE1: ord("£"),
}

JA_BIG_UNITS: Mapping[str, int] = {"万": 10**4, "億": 10**8, "兆": 10**12}
JA_SMALL_UNITS: Mapping[str, int] = {"十": 10, "百": 100, "千": 1000}
KANJI_DIGITS: Mapping[str, int] = {
    "〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip

JA_CURRENCIES: Mapping[str, str] = {
    "円": "JPY", "日本円": "JPY",
    "ドル": "USD", "米ドル": "USD", "USドル": "USD",
    "豪ドル": "AUD", "カナダドル": "CAD", "香港ドル": "HKD",
    "シンガポールドル": "SGD", "台湾ドル": "TWD",
    "ユーロ": "EUR", "ポンド": "GBP", "英ポンド": "GBP",
    "ウォン": "KRW", "人民元": "CNY", "元": "CNY",
    "ルピー": "INR", "スイスフラン": "CHF",
}  # fmt: skip

JA_PREFIX_QUALIFIERS: Mapping[str, str] = {
    "最大": "up_to", "最大で": "up_to", "最高": "up_to", "最高で": "up_to", "上限": "up_to",
    "少なくとも": "at_least", "最低": "at_least", "最低でも": "at_least",
    "約": "about", "およそ": "about", "おおよそ": "about", "ほぼ": "about", "推定": "about",
}  # fmt: skip

JA_SUFFIX_QUALIFIERS: Mapping[str, str] = {
    "以上": "at_least", "超": "at_least", "超え": "at_least", "を超える": "at_least",
    "強": "at_least", "余り": "at_least", "あまり": "at_least",
    "程度": "about", "ほど": "about", "前後": "about", "弱": "about", "近く": "about",
    "以下": "up_to", "未満": "up_to", "まで": "up_to",
}  # fmt: skip

#: Symbols and ISO codes written before the number (``US$38bn``, ``USD 38 billion``).
EN_SYMBOLS: Mapping[str, str] = {
    "US$": "USD", "U.S.$": "USD", "$": "USD",
    "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD",
    "HK$": "HKD", "S$": "SGD", "NZ$": "NZD",
    "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW", "₹": "INR",
    "USD": "USD", "EUR": "EUR", "GBP": "GBP", "JPY": "JPY", "KRW": "KRW",
    "CNY": "CNY", "RMB": "CNY", "INR": "INR", "AUD": "AUD", "CAD": "CAD",
    "CHF": "CHF", "HKD": "HKD", "SGD": "SGD", "Rs.": "INR", "Rs": "INR", "SAR": "SAR", "AED": "AED",
}  # fmt: skip

#: Currency words written after the number (``13 billion dollars``), lower case.
EN_CURRENCY_WORDS: Mapping[str, str] = {
    "dollars": "USD", "dollar": "USD", "us dollars": "USD", "u.s. dollars": "USD",
    "australian dollars": "AUD", "canadian dollars": "CAD",
    "hong kong dollars": "HKD", "singapore dollars": "SGD",
    "euros": "EUR", "euro": "EUR", "pounds": "GBP", "pound": "GBP",
    "pounds sterling": "GBP", "sterling": "GBP", "yen": "JPY", "won": "KRW",
    "yuan": "CNY", "renminbi": "CNY", "rupees": "INR",
    "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "krw": "KRW",
    "cny": "CNY", "rmb": "CNY", "inr": "INR",
}  # fmt: skip

#: Currency words that also mean something else: only money with a scale word.
EN_AMBIGUOUS_WORDS: frozenset[str] = frozenset({"won", "pound", "pounds"})

EN_SCALES: Mapping[str, int] = {
    "thousand": 10**3, "k": 10**3,
    "million": 10**6, "mn": 10**6, "mln": 10**6, "m": 10**6,
    "billion": 10**9, "bn": 10**9, "bln": 10**9, "b": 10**9,
    "trillion": 10**12, "tn": 10**12, "trn": 10**12, "t": 10**12,
    # the Indian scales: "₹7,000 crore", "Rs 50 lakh"
    "lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7, "cr": 10**7,
}  # fmt: skip

EN_NUMBER_WORDS: Mapping[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "fifty": 50,
}  # fmt: skip

EN_PREFIX_QUALIFIERS: Mapping[str, str] = {
    "up to": "up_to", "as much as": "up_to", "as many as": "up_to",
    "at least": "at_least", "more than": "at_least", "over": "at_least",
    "above": "at_least", "in excess of": "at_least", "upwards of": "at_least",
    "upward of": "at_least", "north of": "at_least",
    "about": "about", "around": "about", "roughly": "about",
    "approximately": "about", "approx.": "about", "some": "about",
    "nearly": "about", "almost": "about", "close to": "about",
    "an estimated": "about", "estimated": "about", "~": "about", "≈": "about",
}  # fmt: skip

EN_SUFFIX_QUALIFIERS: Mapping[str, str] = {
    "+": "at_least",
    "-plus": "at_least",
    "or more": "at_least",
    "or so": "about",
}

#: Vague English magnitudes (``tens of billions``) → the currency comes after.
EN_VAGUE_SCALES: tuple[str, ...] = ("thousands", "millions", "billions", "trillions")

#: What may introduce a conversion inside parentheses after an amount.
CONVERSION_LEADS: tuple[str, ...] = (
    "米ドル換算で", "ドル換算で", "日本円換算で", "円換算で", "邦貨換算で", "換算で",
    "日本円で", "米ドルで", "≒", "≈", "=", "or", "i.e.",
)  # fmt: skip

# ------------------------------------------------------------------------- patterns


def _alternation(words: Iterable[str], *, spaces: bool = False) -> str:
    """A regex alternation of ``words``, longest first (so ``米ドル`` beats ``ドル``)."""
    items = sorted(set(words), key=lambda w: (-len(w), w))
    escaped = [re.escape(w) for w in items]
    if spaces:
        escaped = [e.replace(r"\ ", r"\s+") for e in escaped]
    return "(?:" + "|".join(escaped) + ")"


_ARABIC = r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?"
_KANJI = "[" + "".join(KANJI_DIGITS) + "".join(JA_SMALL_UNITS) + "]+"
# each repetition ends with its unit, so digits are never split two ways (no backtracking blow-up)
_JA_SMALL = rf"(?:(?:{_ARABIC}[十百千])*{_ARABIC}[十百千]?|{_KANJI})"
_JA_NUM = rf"(?:(?:{_JA_SMALL}[万億兆])+(?:{_JA_SMALL})?|{_JA_SMALL})"
# a number starts at the first digit of its run (and not right after 億: 1億1億… stays linear)
_JA_NUM_START = (
    r"(?:(?<![0-9.万億兆])(?=[0-9])|(?<![〇零一二三四五六七八九十百千])(?=[〇零一二三四五六七八九十百千]))"
)
_JA_CUR = _alternation(JA_CURRENCIES)
_JA_PRE = rf"(?P<pre>(?:{_alternation(JA_PREFIX_QUALIFIERS)}\s*)*)"
_JA_SUF = (
    rf"(?P<suf>\s*(?:{_alternation(k for k in JA_SUFFIX_QUALIFIERS if k not in '強弱')}"
    r"|[強弱](?![化みいくさ])))?"
)
_JA_SEP = r"[〜~\-–—－]"

JA_MONEY_RE = re.compile(
    rf"{_JA_PRE}{_JA_NUM_START}(?P<num>{_JA_NUM})(?:(?P<cur1>{_JA_CUR})?\s*{_JA_SEP}\s*"
    rf"(?P<num2>{_JA_NUM}))?\s*(?P<cur>{_JA_CUR}){_JA_SUF}"
)
JA_VAGUE_RE = re.compile(
    rf"{_JA_PRE}(?P<vague>(?:十|何)?数(?:十|百|千)?[万億兆]|何(?:十|百|千)[万億兆])"
    rf"\s*(?P<cur>{_JA_CUR}){_JA_SUF}"
)

_EN_SCALE = (
    rf"(?:\s?{_alternation(k for k in EN_SCALES if len(k) > 1)}\b"
    rf"|{_alternation(k for k in EN_SCALES if len(k) == 1)}\b)"
)
_EN_PRE = (
    rf"(?P<pre>(?:(?:\b{_alternation((k for k in EN_PREFIX_QUALIFIERS if k[0].isalpha()), spaces=True)}"
    rf"(?![\w])|[~≈])\s*)*)(?P<between>\bbetween\s+)?"
)
_EN_SUF = r"(?P<suf>\+|-plus\b|\s+or\s+more\b|\s+or\s+so\b)?"
_EN_SEP = r"\s*(?:-|–|—|\bto\b|(?(between)\band\b|(?!)))\s*"
_EN_SYM = _alternation(EN_SYMBOLS)
_EN_SYMBOLS_UPPER = {k.upper(): v for k, v in EN_SYMBOLS.items()}  # the patterns ignore case
_EN_WORDNUM = _alternation(EN_NUMBER_WORDS)
_EN_CUR = _alternation(EN_CURRENCY_WORDS, spaces=True)

EN_SYMBOL_RE = re.compile(
    rf"{_EN_PRE}(?<![A-Za-z0-9])(?P<sym>{_EN_SYM})\s?(?P<num>{_ARABIC})(?P<scale>{_EN_SCALE})?"
    rf"(?:{_EN_SEP}(?P<sym2>{_EN_SYM})?\s?(?P<num2>{_ARABIC})(?P<scale2>{_EN_SCALE})?)?{_EN_SUF}",
    re.IGNORECASE,
)
EN_WORD_RE = re.compile(
    rf"{_EN_PRE}(?<![\w.,])(?P<num>{_ARABIC}|\b{_EN_WORDNUM}\b)(?P<scale>{_EN_SCALE})?"
    rf"(?:{_EN_SEP}(?P<num2>{_ARABIC})(?P<scale2>{_EN_SCALE})?)?"
    rf"\s+(?P<cur>{_EN_CUR})\b{_EN_SUF}",
    re.IGNORECASE,
)
EN_VAGUE_RE = re.compile(
    rf"{_EN_PRE}(?P<vague>(?:\b(?:tens|hundreds|dozens)\s+of\s+)?\b{_alternation(EN_VAGUE_SCALES)}"
    rf"|\b(?:several|a\s+few)\s+(?:thousand|million|billion|trillion))"
    rf"\s+(?:of\s+)?(?P<cur>{_EN_CUR})\b"
    rf"|(?P<multi>\bmulti-?(?:million|billion|trillion))[- ](?P<cur2>dollar|euro|pound|yen)\b",
    re.IGNORECASE,
)

_ARABIC_RE = re.compile(_ARABIC)
#: (regex, table) to read the qualifiers out of a prefix or suffix
_JA_PRE_WORDS = (re.compile(_alternation(JA_PREFIX_QUALIFIERS)), JA_PREFIX_QUALIFIERS)
_JA_SUF_WORDS = (re.compile(_alternation(JA_SUFFIX_QUALIFIERS)), JA_SUFFIX_QUALIFIERS)
_EN_PRE_WORDS = (
    re.compile(_alternation(EN_PREFIX_QUALIFIERS, spaces=True), re.IGNORECASE),
    EN_PREFIX_QUALIFIERS,
)
_EN_SUF_WORDS = (
    re.compile(_alternation(EN_SUFFIX_QUALIFIERS, spaces=True), re.IGNORECASE),
    EN_SUFFIX_QUALIFIERS,
)

_RATE_AFTER_RE = re.compile(r"\s*=")
_RATE_BEFORE_RE = re.compile(r"=\s*$")
_PAREN_OPEN_RE = re.compile(rf"\s*[(（]\s*(?:{_alternation(CONVERSION_LEADS)}\s*)?$", re.IGNORECASE)
_PAREN_CLOSE_RE = re.compile(r"[^()（）\n]{0,60}?[)）]")

# ------------------------------------------------------------------------ matching


@dataclass(frozen=True, slots=True)
class MoneyMatch:
    """One money expression: ``text[start:end]`` covers it with its qualifier words
    (and a conversion in parentheses that follows it)."""

    start: int
    end: int
    amount: Amount


def _integral(value: Decimal) -> Decimal:
    """``Decimal('350000000.0')`` → ``Decimal('350000000')``; fractions stay."""
    return value.to_integral_value() if value == value.to_integral_value() else value


def _ja_number(text: str) -> tuple[Decimal, bool]:
    """Read a Japanese number (``5兆7千億``, ``三百八十億``, ``1,000``).

    Returns the value and whether it ended with a big unit (万, 億, 兆).
    """
    total = section = Decimal(0)
    current: Decimal | None = None
    ends_with_unit = False
    i = 0
    while i < len(text):
        arabic = _ARABIC_RE.match(text, i)
        if arabic:
            current = Decimal(arabic.group().replace(",", ""))
            i = arabic.end()
            ends_with_unit = False
            continue
        char = text[i]
        if char in KANJI_DIGITS:
            current = (current or Decimal(0)) * 10 + KANJI_DIGITS[char]
        elif char in JA_SMALL_UNITS:
            section += (1 if current is None else current) * JA_SMALL_UNITS[char]
            current = None
        elif char in JA_BIG_UNITS:
            total += (section + (current or 0)) * JA_BIG_UNITS[char]
            section, current = Decimal(0), None
        ends_with_unit = char in JA_BIG_UNITS
        i += 1
    return total + section + (current or 0), ends_with_unit


def _en_number(num: str, scale: str | None) -> Decimal:
    word = num.lower()
    base = Decimal(EN_NUMBER_WORDS[word]) if word in EN_NUMBER_WORDS else Decimal(num.replace(",", ""))
    if scale:
        base *= EN_SCALES[scale.strip().lower()]
    return base


def _qualifier(found: list[str], *, is_range: bool = False) -> str | None:
    """The strongest qualifier: ``up_to``/``at_least`` over ``about``."""
    for qualifier in found:
        if qualifier != "about":
            return qualifier
    if found:
        return found[0]
    return "at_least" if is_range else None


def _words(text: str | None, words: tuple[re.Pattern[str], Mapping[str, str]]) -> list[str]:
    """The qualifiers named in a prefix or suffix string, in order."""
    if not text:
        return []
    regex, table = words
    return [table[" ".join(m.group().lower().split())] for m in regex.finditer(text)]


@dataclass(frozen=True, slots=True)
class _Candidate:
    start: int
    end: int
    value: Decimal | None
    currency: str | None
    qualifier: str | None


def _ja_candidates(norm: str) -> Iterator[_Candidate]:
    for m in JA_MONEY_RE.finditer(norm):
        lower, lower_has_unit = _ja_number(m["num"])
        if m["num2"] is not None and not lower_has_unit and not m["cur1"]:
            unit = m["num2"][-1]
            if unit in JA_BIG_UNITS:
                lower *= JA_BIG_UNITS[unit]
        found = _words(m["pre"], _JA_PRE_WORDS) + _words(m["suf"], _JA_SUF_WORDS)
        yield _Candidate(
            m.start(), m.end(), _integral(lower), JA_CURRENCIES[m["cur"]],
            _qualifier(found, is_range=m["num2"] is not None),
        )  # fmt: skip
    for m in JA_VAGUE_RE.finditer(norm):
        found = _words(m["pre"], _JA_PRE_WORDS) + _words(m["suf"], _JA_SUF_WORDS)
        yield _Candidate(m.start(), m.end(), None, JA_CURRENCIES[m["cur"]], _qualifier(found))


def _en_range_end(m: re.Match[str]) -> int | None:
    """Where the money ends when its second number does not make a range, else None."""
    if m["num2"] is None:
        return None
    second_has_symbol = bool(m.groupdict().get("sym2"))
    if m["scale2"] or (not m["scale"] and second_has_symbol):
        return None
    return m.end("scale") if m["scale"] else m.end("num")


def _en_candidates(norm: str) -> Iterator[_Candidate]:
    for regex in (EN_SYMBOL_RE, EN_WORD_RE):
        for m in regex.finditer(norm):
            if "cur" in m.groupdict():
                currency = EN_CURRENCY_WORDS[" ".join(m["cur"].lower().split())]
                needs_scale = m["num"].lower() in EN_NUMBER_WORDS or m["cur"].lower() in EN_AMBIGUOUS_WORDS
                if needs_scale and not m["scale"]:
                    continue
            else:
                currency = _EN_SYMBOLS_UPPER[m["sym"].upper()]
            cut = _en_range_end(m)
            if cut is not None and "cur" in m.groupdict():
                continue  # "10 billion to 2030 dollars": not a reading worth guessing
            scale = m["scale"] or (m["scale2"] if cut is None and m["num2"] else None)
            value = _integral(_en_number(m["num"], scale))
            is_range = m["num2"] is not None and cut is None
            found = _words(m["pre"], _EN_PRE_WORDS)
            if cut is None:
                found += _words(m["suf"], _EN_SUF_WORDS)
            yield _Candidate(
                m.start(), m.end() if cut is None else cut, value, currency,
                _qualifier(found, is_range=is_range),
            )  # fmt: skip
    for m in EN_VAGUE_RE.finditer(norm):
        if m["multi"]:
            yield _Candidate(m.start(), m.end(), None, EN_CURRENCY_WORDS[m["cur2"].lower()], None)
            continue
        currency = EN_CURRENCY_WORDS[" ".join(m["cur"].lower().split())]
        found = _words(m["pre"], _EN_PRE_WORDS)
        yield _Candidate(m.start(), m.end(), None, currency, _qualifier(found))


def _select(candidates: list[_Candidate], norm: str) -> list[_Candidate]:
    """Leftmost-longest non-overlapping candidates, exchange rates dropped."""
    chosen: list[_Candidate] = []
    for cand in sorted(candidates, key=lambda c: (c.start, -c.end)):
        if chosen and cand.start < chosen[-1].end:
            continue
        chosen.append(cand)
    return [
        c
        for c in chosen
        if not _RATE_AFTER_RE.match(norm, c.end) and not _RATE_BEFORE_RE.search(norm, 0, c.start)
    ]


def find_money(text: str) -> list[MoneyMatch]:
    """Every money expression in ``text``, in order and non-overlapping.

    >>> [(m.start, m.end, m.amount.value) for m in find_money("OpenAIと7年間で380億ドルの契約")]
    [(11, 17, Decimal('38000000000'))]
    >>> m, = find_money("総額380億ドル（約5兆7千億円）の契約")
    >>> m.amount
    Amount(value=Decimal('38000000000'), currency='USD', text='380億ドル', qualifier=None)
    >>> "総額380億ドル（約5兆7千億円）の契約"[m.start:m.end]
    '380億ドル（約5兆7千億円）'
    >>> [m.amount.text for m in find_money("up to $38bn, not 38 percent or GB200")]
    ['up to $38bn']
    """
    norm = text.translate(WIDTH_TABLE)
    candidates = [*_ja_candidates(norm), *_en_candidates(norm)]
    chosen = _select(candidates, norm)
    out: list[MoneyMatch] = []
    i = 0
    while i < len(chosen):
        cand = chosen[i]
        end = cand.end
        if i + 1 < len(chosen):
            nxt = chosen[i + 1]
            opening = _PAREN_OPEN_RE.match(norm[cand.end : nxt.start])
            closing = _PAREN_CLOSE_RE.match(norm, nxt.end)
            if opening and closing and nxt.currency != cand.currency:
                end = closing.end()
                i += 1
        surface = text[cand.start : cand.end].rstrip()
        amount = Amount(cand.value, cand.currency, surface, cand.qualifier)
        out.append(MoneyMatch(cand.start, end, amount))
        i += 1
    return out


def parse_money(text: str) -> Amount | None:
    """One money expression (the whole of ``text``, spaces aside) as an Amount, else None.

    >>> parse_money("約5兆7千億円")
    Amount(value=Decimal('5700000000000'), currency='JPY', text='約5兆7千億円', qualifier='about')
    >>> parse_money("$38 billion")
    Amount(value=Decimal('38000000000'), currency='USD', text='$38 billion', qualifier=None)
    >>> parse_money("最大100億〜150億ドル").qualifier
    'up_to'
    >>> parse_money("$10 billion to $15 billion")  # doctest: +NORMALIZE_WHITESPACE
    Amount(value=Decimal('10000000000'), currency='USD', text='$10 billion to $15 billion',
           qualifier='at_least')
    >>> parse_money("数百億ドル")
    Amount(value=None, currency='USD', text='数百億ドル', qualifier=None)
    >>> parse_money("7年間") is None
    True
    """
    stripped = text.strip()
    matches = find_money(stripped)
    if len(matches) == 1 and matches[0].start == 0 and matches[0].end == len(stripped):
        return matches[0].amount
    return None
