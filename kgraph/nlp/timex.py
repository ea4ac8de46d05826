"""Dates and durations in news text, normalized to ISO 8601.

Pure Python, no spaCy: the relation extractor calls :func:`find_times` on the raw
text of a sentence and gets character offsets into that text.

Japanese goes through ja-timex, whose TIMEX3 values are then mapped to the fact
contract; English is read by the regular expressions of this module.

Behaviour worth knowing:

* Dates keep the precision of the text: ``2025``, ``2025-11``, ``2025-11-03``.
  A fiscal year (``2025年度``, ``FY2025``) or a quarter (``Q3 2025``,
  ``2025年7〜9月期``) is its year; a season (``2025年春``) is its year.
* Relative dates are resolved against ``published`` (and ``relative=True``):
  a year-less month is in the publication year, or the year before when the
  month comes after the publication month (``in March``, ``3月``); ``last March``
  is the latest March before the publication month, ``next March`` the first
  after it; a bare day (``3日``) is in the publication month, or the month
  before when the day comes after the publication day; a weekday (``Tuesday``,
  ``火曜日``) is the latest such day on or before publication (``last Tuesday``:
  strictly before; ``last week, on Thursday``: the Thursday of the week before).
  ``昨年``/``last year`` and ``先月``/``last month`` are dates, not durations; so
  are offsets, as precise as their unit: ``3年前``/``three years ago`` → the year,
  ``先週``/``two weeks ago`` → the month, ``本日``/``昨日``/``three days ago`` → the
  day. Offsets from another event (``前年``, ``前日``, ``2年後``) and ``this week``
  are not emitted. Without ``published`` relative dates have ``value=None``,
  never a guess.
* ``同年7月`` takes the year of the latest explicit year earlier in the same text,
  else its value is None.
* Durations: ``P7Y``, ``P18M``, ``P2W``, ``P30D``; a fractional year becomes
  months (``1年半`` → ``P18M``). Vague ones (``数年``, ``multi-year``, ``years``) and
  ``10年ぶり`` (for the first time in ten years) are not emitted.
* ``mod``: ``since`` (以降, 以来, から, since, from), ``until`` (まで, until,
  through, by), ``before``, ``after``, ``approx`` (約, 頃, about, around).
* Nothing inside a money expression is a time (``2025億円``, ``$2,030``).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import TYPE_CHECKING

from kgraph.nlp.money import JA_SMALL_UNITS, KANJI_DIGITS, find_money

if TYPE_CHECKING:
    from ja_timex import TimexParser

__all__ = ["TimeMatch", "date_after", "find_times"]

# --------------------------------------------------------------------------- tables

#: Full-width digits to ASCII (one character for one, offsets stay valid).
DIGIT_TABLE: Mapping[int, int] = {0xFF10 + i: 0x30 + i for i in range(10)}

#: ja-timex's relative anchors that are dates here: text → (unit, offset). A week
#: gives the month it falls in. 前年, 前日 (relative to another event) are not here.
JA_ANCHORS: Mapping[str, tuple[str, int]] = {
    "昨年": ("Y", -1), "去年": ("Y", -1), "一昨年": ("Y", -2),
    "今年": ("Y", 0), "来年": ("Y", 1),
    "先月": ("M", -1), "今月": ("M", 0), "来月": ("M", 1),
    "先週": ("W", -1), "来週": ("W", 1),
    "本日": ("D", 0), "今日": ("D", 0), "昨日": ("D", -1), "一昨日": ("D", -2), "明日": ("D", 1),
}  # fmt: skip

#: 今春, 昨秋, 来夏: a season of this, last or next year.
JA_SEASON_PREFIXES: Mapping[str, int] = {"今": 0, "昨": -1, "来": 1}

#: ja-timex's ``mod`` → ours.
JA_MODS: Mapping[str, str] = {
    "ON_OR_AFTER": "since", "AFTER": "after", "ON_OR_BEFORE": "before",
    "BEFORE": "before", "APPROX": "approx",
}  # fmt: skip

#: Words right after a Japanese date that set its ``mod`` (longest first).
JA_MOD_SUFFIXES: Mapping[str, str] = {
    "までに": "until", "まで": "until", "から": "since", "以降": "since", "以来": "since",
    "以後": "since", "以前": "before", "より前": "before", "ごろ": "approx", "頃": "approx",
    "前後": "approx",
}  # fmt: skip

JA_APPROX_PREFIXES: tuple[str, ...] = ("約", "およそ", "ほぼ", "概ね")

#: After a Japanese day (``1日``): a rate or a span, not a date.
JA_DAY_BLOCKERS = re.compile(r"あたり|当たり|以内|連続|ぶり")

JA_SEASONS: frozenset[str] = frozenset({"SP", "SU", "FA", "WI"})

MONTHS: Mapping[str, int] = {
    "January": 1, "Jan": 1, "February": 2, "Feb": 2, "March": 3, "Mar": 3,
    "April": 4, "Apr": 4, "May": 5, "June": 6, "Jun": 6, "July": 7, "Jul": 7,
    "August": 8, "Aug": 8, "September": 9, "Sept": 9, "Sep": 9,
    "October": 10, "Oct": 10, "November": 11, "Nov": 11, "December": 12, "Dec": 12,
}  # fmt: skip

WEEKDAYS: Mapping[str, int] = {
    "Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3,
    "Friday": 4, "Saturday": 5, "Sunday": 6,
}  # fmt: skip

NUMBER_WORDS: Mapping[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
}  # fmt: skip

#: English words in front of a date → ``mod``.
EN_DATE_CUES: Mapping[str, str | None] = {
    "since": "since", "from": "since", "until": "until", "till": "until",
    "through": "until", "by": "until", "before": "before", "after": "after",
    "around": "approx", "about": "approx", "circa": "approx", "in": None, "on": None,
    "during": None, "early": None, "late": None, "mid-": None, "last": None,
    "this": None, "next": None, "end of": None, "start of": None, "beginning of": None, "middle of": None,
}  # fmt: skip

EN_APPROX_WORDS: tuple[str, ...] = ("about", "around", "roughly", "approximately", "nearly", "some")

#: Nouns (regular expressions) that make a four-digit number a count, not a year.
EN_COUNT_NOUNS: tuple[str, ...] = (
    "percent", "per cent", "%", "gpus?", "chips?", "servers?", "units?", "employees",
    "people", "staff", "jobs", "workers", "customers", "users", "engineers", "mw",
    "gw", "megawatts", "gigawatts", "km", "miles", "racks?", "nodes?", "companies",
    "firms", "stores", "sites", "data centers", "data centres",
)  # fmt: skip

DURATION_UNITS: Mapping[str, str] = {"year": "Y", "month": "M", "week": "W", "day": "D"}

FIRST_YEAR, LAST_YEAR = 1990, 2039  # a bare four-digit number is a year in this range

# ------------------------------------------------------------------------- matches


@dataclass(frozen=True, slots=True)
class TimeMatch:
    """A date or a duration: ``text[start:end]``, its ISO 8601 ``value`` and ``mod``."""

    start: int
    end: int
    kind: str  # "date" or "duration"
    value: str | None
    text: str
    mod: str | None = None
    relative: bool = False


@dataclass(slots=True)
class _Found:
    """A time found before spans are settled (mutable while it is being built)."""

    start: int
    end: int
    kind: str
    value: str | None
    mod: str | None = None
    relative: bool = False


def find_times(text: str, *, lang: str, published: dt.date | None = None) -> list[TimeMatch]:
    """Every date and duration in ``text``, in order and non-overlapping.

    ``lang`` is ``"ja"`` or ``"en"``; ``published`` resolves relative dates.

    >>> day = dt.date(2025, 11, 4)
    >>> [(t.kind, t.value, t.text) for t in find_times(
    ...     "アマゾンは2025年11月、OpenAIと7年間で380億ドルの契約を結んだ。", lang="ja")]
    [('date', '2025-11', '2025年11月'), ('duration', 'P7Y', '7年間')]
    >>> [(t.value, t.mod) for t in find_times("2019年以降、約130億ドルを投資", lang="ja")]
    [('2019', 'since')]
    >>> [(t.value, t.text, t.relative) for t in find_times("昨年7月に発表", lang="ja", published=day)]
    [('2024-07', '昨年7月', True)]
    >>> [t.value for t in find_times("3日、発表した", lang="ja", published=day)]
    ['2025-11-03']
    >>> [t.value for t in find_times("3日、発表した", lang="ja")]
    [None]
    >>> [(t.kind, t.value) for t in find_times(
    ...     "Amazon signed a seven-year, $38 billion deal with OpenAI on Monday.",
    ...     lang="en", published=day)]
    [('duration', 'P7Y'), ('date', '2025-11-03')]
    >>> [(t.value, t.mod) for t in find_times("Microsoft has invested since 2019.", lang="en")]
    [('2019', 'since')]
    """
    if isinstance(published, dt.datetime):
        published = published.date()
    money = [(m.start, m.end) for m in find_money(text)]
    is_ja = lang.lower().startswith("ja")
    found = _ja_times(text, published, money) if is_ja else _en_times(text, published)
    chosen: list[_Found] = []
    for item in sorted(found, key=lambda f: (f.start, -f.end)):
        if item.end <= item.start or any(s < item.end and item.start < e for s, e in money):
            continue
        if chosen and item.start < chosen[-1].end:
            continue
        if chosen and not is_ja and chosen[-1].relative and item.kind == "date" and item.value \
                and len(item.value) == 10 and re.fullmatch(r",?\s*", text[chosen[-1].end:item.start]) \
                and _EN_WEEKDAY.search(text[chosen[-1].start:chosen[-1].end]):
            chosen[-1] = item  # "On Tuesday, April 5, 2022": the weekday names the date that follows
            continue
        chosen.append(item)
    return [
        TimeMatch(f.start, f.end, f.kind, f.value, text[f.start : f.end], f.mod, f.relative) for f in chosen
    ]


_EN_WEEKDAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.IGNORECASE)


# ------------------------------------------------------------------ shared helpers


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` (regular expressions), longest first."""
    items = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(items) + ")"


def _iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    """``2025``, ``2025-11`` or ``2025-11-03``; None when no such day exists."""
    if not 1 <= year <= 9999:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _year_of_month(month: int, published: dt.date, cue: str | None = None) -> int:
    """The year of a year-less month in an article published on ``published``."""
    if cue == "this":
        return published.year
    if cue == "last":
        return published.year if month < published.month else published.year - 1
    if cue == "next":
        return published.year if month > published.month else published.year + 1
    return published.year if month <= published.month else published.year - 1


def _month_of_day(day: int, published: dt.date) -> tuple[int, int]:
    """(year, month) of a bare day of the month: this month, or the one before."""
    if day <= published.day:
        return published.year, published.month
    if published.month == 1:
        return published.year - 1, 12
    return published.year, published.month - 1


def _shift_month(published: dt.date, offset: int) -> tuple[int, int]:
    index = published.year * 12 + published.month - 1 + offset
    return index // 12, index % 12 + 1


def _weekday(weekday: int, published: dt.date, cue: str | None) -> str | None:
    """The date of a weekday named in an article published on ``published``."""
    if cue == "next":
        offset = (weekday - published.weekday()) % 7 or 7
    elif cue is not None and cue.startswith("last week"):  # that day of the week before
        offset = weekday - published.weekday() - 7
    else:
        offset = -((published.weekday() - weekday) % 7 or (7 if cue == "last" else 0))
    return _add_days(published, offset)


def _add_days(day: dt.date, days: int) -> str | None:
    try:
        return (day + dt.timedelta(days=days)).isoformat()
    except OverflowError:
        return None


def _offset_date(published: dt.date, unit: str, offset: int) -> str | None:
    """The date ``offset`` units (``D``, ``W``, ``M``, ``Y``) from publication, as
    precise as the unit allows: a day for days, the month for weeks and months."""
    if unit == "Y":
        return _iso(published.year + offset)
    if unit == "M":
        return _iso(*_shift_month(published, offset))
    try:
        day = published + dt.timedelta(days=offset * (7 if unit == "W" else 1))
    except OverflowError:
        return None
    return day.isoformat() if unit == "D" else _iso(day.year, day.month)


def _relative(start: int, end: int, value: str | None) -> _Found:
    """A date resolved against the publication date (when it could be)."""
    return _Found(start, end, "date", value, relative=value is not None)


def _duration(amount: Decimal, unit: str) -> str | None:
    """``P7Y``; fractional years or weeks become months or days (``P18M``)."""
    if amount <= 0:
        return None
    if amount != amount.to_integral_value():
        if unit == "Y":
            amount, unit = amount * 12, "M"
        elif unit == "W":
            amount, unit = amount * 7, "D"
        if amount != amount.to_integral_value():
            return f"P{amount.normalize():f}{unit}"
    return f"P{int(amount)}{unit}"


# ------------------------------------------------------------------------ Japanese


@lru_cache(maxsize=1)
def _ja_parser() -> TimexParser:
    """The one ja-timex parser (slow-ish to warm up; not thread-safe).

    Its ``reference`` only matters for ``TIMEX.to_datetime()``, which is not used:
    the TIMEX3 values keep ``XXXX`` for what the text leaves open, and this
    module resolves those against the publication date itself, so one parser
    serves every reference date.
    """
    from ja_timex import TimexParser

    return TimexParser()


@dataclass(frozen=True, slots=True)
class _Timex:
    """What is used of a ja-timex TIMEX, with its span in the caller's text."""

    type: str
    value: str
    mod: str | None
    start: int
    end: int


_JA_ISO_RE = re.compile(r"(\d{4}|XXXX)-(\d{2}|XX)-(\d{2}|XX)")
_JA_QUARTER_RE = re.compile(
    r"(?P<year>\d{4})年度?\s*(?:第?[1-4一二三四]四半期|(?:\d{1,2}\s*[〜~～\-－]\s*)?\d{1,2}月期"
    r"|[上下]期|[上下]半期)"
)
_JA_YEAR_ONLY_RE = re.compile(rf"FY(\d{{4}})|(\d{{4}})-{_alt(JA_SEASONS)}")
_JA_SEASON_RE = re.compile(rf"{_alt(JA_SEASON_PREFIXES)}[春夏秋冬]")
_KANSUJI_RUN_RE = re.compile("[〇一二三四五六七八九十百千万億兆京垓]+")
_KANSUJI_TIME_RE = re.compile("[〇一二三四五六七八九十百千]+(?=[年月日週時分秒カかヶケヵ箇])")
_COMMA_NUMBER_RE = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])")
#: Digit runs this long are no times, and ja-timex's patterns take cubic time on them.
_LONG_NUMBER_RE = re.compile("[0-9０-９〇一二三四五六七八九]{9,}")
_MASK = "〓"


def _kansuji(run: str) -> int:
    """``七`` → 7, ``二〇二五`` → 2025, ``三百六十五`` → 365 (no 万 and above)."""
    if not any(c in JA_SMALL_UNITS for c in run):
        return int("".join(str(KANJI_DIGITS[c]) for c in run))
    total, current = 0, 0
    for char in run:
        if char in KANJI_DIGITS:
            current = current * 10 + KANJI_DIGITS[char]
        else:
            total += (current or 1) * JA_SMALL_UNITS[char]
            current = 0
    return total + current


def _prepare_ja(text: str, money: list[tuple[int, int]]) -> tuple[str, list[int], list[int]]:
    """Text for ja-timex whose number normalizer will not change its length.

    ja-timex rewrites 漢数字 and ``1,000`` before matching and maps its spans back
    with an index adjustment that goes wrong when several rewrites change the
    length (spans then point at the wrong characters). So the rewriting is done
    here, with a map kept: money is masked (its numbers are no times), 漢数字 in
    front of a time unit become digits, other 漢数字 that would change length are
    masked, commas inside numbers are dropped, and digit runs too long to be a
    time are masked (ja-timex is slow on them). Returns the text and, for
    each of its characters, the start and end offsets in ``text``.
    """
    edits: dict[int, tuple[int, str]] = {}  # start → (end, replacement)
    taken = [False] * len(text)

    def edit(start: int, end: int, replacement: str) -> None:
        if not any(taken[start:end]):
            edits[start] = (end, replacement)
            taken[start:end] = [True] * (end - start)

    for start, end in money:
        edit(start, end, _MASK * (end - start))
    for m in _KANSUJI_TIME_RE.finditer(text):
        if m.group() == "一" and text[m.end()] in "日時" and not text.endswith("月", 0, m.start()):
            edit(m.start(), m.end(), _MASK)  # 一日も早く, 一時的: no dates
        else:
            edit(m.start(), m.end(), str(_kansuji(m.group())))
    for m in _KANSUJI_RUN_RE.finditer(text):
        run = m.group()
        if any(c in "十百千万億兆京垓" for c in run) and run not in ("万", "億", "兆", "京", "垓"):
            edit(m.start(), m.end(), _MASK * len(run))
    for m in _COMMA_NUMBER_RE.finditer(text.translate(DIGIT_TABLE)):
        edit(m.start(), m.end(), m.group().replace(",", ""))
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i = 0
    while i < len(text):
        if i in edits:
            end, replacement = edits[i]
            pieces.append(replacement)
            starts += [i] * len(replacement)
            ends += [end] * len(replacement)
            i = end
        else:
            pieces.append("カ" if text[i] == "ヵ" else text[i])  # ja-timex knows ヶ, not ヵ
            starts.append(i)
            ends.append(i + 1)
            i += 1
    prepared = _LONG_NUMBER_RE.sub(lambda m: _MASK * len(m.group()), "".join(pieces))
    return prepared, starts, ends


def _ja_timexes(text: str, money: list[tuple[int, int]]) -> list[_Timex]:
    """ja-timex's DATE and DURATION tags, with spans in ``text``, in order."""
    prepared, starts, ends = _prepare_ja(text, money)
    checked = prepared.translate(DIGIT_TABLE)
    out = []
    for tag in _ja_parser().parse(prepared):
        if tag.type not in ("DATE", "DURATION") or not tag.span:
            continue
        a, b = tag.span
        if not 0 <= a < b <= len(checked) or checked[a:b] != tag.text:
            continue  # a span ja-timex could not keep straight
        out.append(_Timex(tag.type, tag.value, tag.mod, starts[a], ends[b - 1]))
    return sorted(out, key=lambda t: (t.start, -t.end))


def _ja_times(text: str, published: dt.date | None, money: list[tuple[int, int]]) -> list[_Found]:
    ascii_digits = text.translate(DIGIT_TABLE)
    out: list[_Found] = [
        _Found(m.start(), m.end(), "date", m["year"]) for m in _JA_QUARTER_RE.finditer(ascii_digits)
    ]
    for m in _JA_SEASON_RE.finditer(text):
        offset = JA_SEASON_PREFIXES[m.group()[0]]
        value = None if published is None else _offset_date(published, "Y", offset)
        out.append(_relative(m.start(), m.end(), value))
    timexes = _ja_timexes(text, money)
    last_year: int | None = None  # the latest explicit year, for 同年
    i = 0
    while i < len(timexes):
        timex = timexes[i]
        i += 1
        item: _Found | None
        if timex.type == "DURATION" and timex.mod in ("BEFORE", "AFTER", "NOW"):
            surface = text[timex.start : timex.end]
            anchor = JA_ANCHORS.get(surface)
            ago = re.fullmatch(r"P(\d+)([YMWD])", timex.value)
            if anchor is None and ago and surface.endswith("前") and not surface.startswith("前"):
                value = None if published is None else _offset_date(published, ago[2], -int(ago[1]))
                out.append(_relative(timex.start, timex.end, value))  # 3年前, 2週間前
                continue
            if anchor is None:
                continue  # 今週, 2年後, 前年(同期比), 前日: not a date of its own
            nxt = timexes[i] if i < len(timexes) else None
            item = None
            if nxt is not None and nxt.type == "DATE" and text[timex.end : nxt.start] in ("", "の"):
                item = _ja_date(text, nxt, published, last_year, anchor=anchor)
            if item is not None:
                item.start = timex.start
                i += 1
            else:
                item = _ja_anchor(text, timex.start, timex.end, anchor, published)
        elif timex.type == "DURATION" and (short := _JA_SHORT_YEAR.fullmatch(
                text[timex.start:timex.end].translate(DIGIT_TABLE))) and _JA_AFTER_SHORT_YEAR.match(text, timex.end):
            # 「17年に米インターシルを…買収」: a year written with two digits, not seventeen years
            year = 2000 + int(short.group(1))
            item = _Found(timex.start, timex.end, "date", str(year))
            last_year = year
        elif timex.type == "DURATION":
            item = _ja_duration(text, timex)
        elif timex.value.startswith("XXXX-WXX-"):
            if out and out[-1].kind == "date" and not text[out[-1].end : timex.start].strip():
                continue  # 2025年11月4日（火）: the weekday adds nothing
            item = _ja_weekday(timex.start, timex.end, int(timex.value[-1]) - 1, published)
        else:
            item = _ja_date(text, timex, published, last_year)
            if item is not None and item.value and not item.relative:
                last_year = int(item.value[:4])
        if item is not None:
            out.append(item)
    return out


def _ja_weekday(start: int, end: int, weekday: int, published: dt.date | None) -> _Found:
    if published is None or not 0 <= weekday <= 6:
        return _Found(start, end, "date", None)
    value = _weekday(weekday, published, None)
    return _Found(start, end, "date", value, relative=value is not None)


def _ja_anchor(text: str, start: int, end: int, anchor: tuple[str, int], published: dt.date | None) -> _Found:
    """昨年, 今年度, 昨年秋, 先月, 先週, 本日 … on their own."""
    unit, offset = anchor
    fiscal = unit == "Y" and text.startswith("度", end)
    season = re.compile("の?[春夏秋冬]").match(text, end) if unit == "Y" else None
    end = end + 1 if fiscal else season.end() if season else end
    if published is None:
        return _Found(start, end, "date", None)
    if fiscal and published.month < 4:  # 今年度 in February 2026 is 2025年度
        offset -= 1
    return _relative(start, end, _offset_date(published, unit, offset))


#: 「17年」「21年」: two digits of a year of this century (1x, 2x, 3x) …
_JA_SHORT_YEAR = re.compile(r"([123][0-9])年")
#: … followed by what follows a year, not what follows a length of time (「20年の契約」, 「10年にわたり」)
_JA_AFTER_SHORT_YEAR = re.compile(r"(?:には|に(?!わた|一度|1度|渡)|、|から|以降|まで|春|夏|秋|冬|末|初め|前半|後半|度)")


def _ja_duration(text: str, timex: _Timex) -> _Found | None:
    start, end = timex.start, timex.end
    raw = text[start:end]
    if text[max(0, start - 1) : start] in ("数", "何") or "ぶり" in text[end - 2 : end + 2]:
        return None  # 数十年, 10年ぶり
    if raw.endswith("月") and not re.search("[カかヶケヵ箇個]", raw):
        return None  # 13月 is no duration
    m = re.fullmatch(r"P(T?)(\d+(?:\.\d+)?)([YMWDHS])", timex.value)
    if m is None:
        return None
    if m.group(1):
        value: str | None = timex.value
    else:
        try:
            value = _duration(Decimal(m.group(2)), m.group(3))
        except InvalidOperation:
            return None
    if value is None:
        return None
    mod = None
    for prefix in JA_APPROX_PREFIXES:
        if text.endswith(prefix, 0, start):
            start, mod = start - len(prefix), "approx"
            break
    return _Found(start, end, "duration", value, mod)


def _ja_date(
    text: str,
    timex: _Timex,
    published: dt.date | None,
    last_year: int | None,
    *,
    anchor: tuple[str, int] | None = None,
) -> _Found | None:
    """A ja-timex DATE as a contract date; with ``anchor`` (昨年, 先月), the date
    that follows the anchor, or None when the two do not make one date."""
    start, end = timex.start, timex.end
    value = timex.value
    year: int | None
    month = day = None
    if m := _JA_YEAR_ONLY_RE.fullmatch(value):  # FY2025, 2025-SP
        year = int(m.group(1) or m.group(2))
    elif m := _JA_ISO_RE.fullmatch(value):
        year = None if m.group(1) == "XXXX" else int(m.group(1))
        month = None if m.group(2) == "XX" else int(m.group(2))
        day = None if m.group(3) == "XX" else int(m.group(3))
    else:
        return None
    if year is not None and year < 100:
        if not re.match(r"\d{2}年", text[start:end].translate(DIGIT_TABLE)):
            return None  # 7-9月 read as the year 7
        year += 2000 if year < 70 else 1900
    if year is not None and month is None and text.startswith("年代", end - 1):
        return None  # 2000年代: a decade
    if year is None and month is None and (day is None or JA_DAY_BLOCKERS.match(text, end)):
        return None  # 1日あたり
    if anchor is not None and not (
        year is None
        and (
            (anchor[0] == "Y" and month is not None)
            or (anchor[0] == "M" and month is None and day is not None)
        )
    ):
        return None  # 昨年 + 2024年, 先月 + 7月, 本日 + 3日: not one date
    relative = False
    if year is None:
        if text[max(0, start - 2) : start] == "同年":
            year, start = last_year, start - 2  # 同年7月: the year named before, if any
        elif published is not None and anchor is not None:
            if anchor[0] == "Y":
                year = published.year + anchor[1]
            else:
                year, month = _shift_month(published, anchor[1])
            relative = True
        elif published is not None:
            if month is None:
                year, month = _month_of_day(day or 1, published)
            else:
                year = _year_of_month(month, published)
            relative = True
    mod, end = _ja_mod(text, timex, end)
    iso = None if year is None or (month is None and day is not None) else _iso(year, month, day)
    return _Found(start, end, "date", iso, mod, relative and iso is not None)


def _ja_mod(text: str, timex: _Timex, end: int) -> tuple[str | None, int]:
    """The mod of a Japanese date and the end of its span (まで, から … included)."""
    mod = JA_MODS.get(timex.mod or "")
    if mod is None:
        for suffix, word_mod in JA_MOD_SUFFIXES.items():
            if text.startswith(suffix, end):
                return word_mod, end + len(suffix)
    return mod, end


# ------------------------------------------------------------------------- English


# a period after an abbreviation (Nov.) is part of the month, after a full name it ends a sentence
_MONTH = rf"(?P<month>{_alt(MONTHS)})\b(?:(?<=\b(?!May)[A-Z][a-z]{{2}})\.|(?<=\bSept)\.)?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
_YEAR = r"(?P<year>\d{4})\b"
_CUE = rf"(?P<cue>\b(?i:{_alt(re.escape(c) for c in EN_DATE_CUES)}))(?:(?<=-)|\s+)"
_NUM = rf"(?P<n>(?<![\w.,])\d+(?:\.\d+)?|\b{_alt(NUMBER_WORDS)})"

EN_DATE_RES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ymd", re.compile(r"(?<![\w-])(?P<year>\d{4})[-/](?P<month>\d{1,2})[-/](?P<day>\d{1,2})(?![\w-])")),
    ("ymd", re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}")),
    ("ymd", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}")),
    ("ym", re.compile(rf"\b{_MONTH},?\s+(?:of\s+)?{_YEAR}")),
    ("md", re.compile(rf"\b{_MONTH}\s+{_DAY}(?!,?\s*\d)")),
    ("md", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?!,?\s*\d)")),
    ("mrel", re.compile(rf"(?:{_CUE})?{_MONTH}\s+(?:of\s+)?(?P<rel>(?i:last|this|next))\s+year\b")),  # "June last year"
    ("m", re.compile(rf"{_CUE}{_MONTH}(?!\.?\s*\d)")),  # not "on Oct. 20"
    ("bare", re.compile(
        r"(?:(?<=\bmid-)|(?<=\b\d{4}-)|(?<![\w$€£¥₩.,:/#-]))"
        r"(?P<year>\d{4})(?![\w%]|[.,]\d|-\d{1,2}-)"
        rf"(?!\s*(?i:{_alt(EN_COUNT_NOUNS)})(?!\w))"
    )),
    ("y", re.compile(r"\bFY\s?(?P<year>\d{4}|\d{2})\b")),
    ("y", re.compile(
        r"\b(?:Q[1-4]|(?i:first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter(?:\s+of)?)"
        r",?\s+(?:(?:fiscal\s+(?:year\s+)?|FY\s?))?(?P<year>\d{4})\b"
    )),
    ("rel", re.compile(r"\b(?P<cue>(?i:last|this|next))\s+(?P<unit>year|month)\b")),
    ("rel", re.compile(r"\b(?P<cue>(?i:last|next))\s+(?P<unit>week)\b")),
    ("season", re.compile(r"\b(?P<cue>(?i:last|this|next))\s+(?:spring|summer|fall|autumn|winter)\b")),
    ("ago", re.compile(rf"(?i:{_NUM}|(?P<a>\ban?))\s+(?P<unit>days?|weeks?|months?|years?)\s+ago\b")),
    ("day", re.compile(r"\b(?P<word>(?i:yesterday|today))\b")),
    ("weekday", re.compile(
        rf"(?<!Black )(?<!Cyber )(?<!Good )(?<!Super )"
        rf"(?:\b(?P<cue>(?i:last\s+week,?(?:\s+on)?|last|next|this|on))\s+)?"
        rf"\b(?P<weekday>{_alt(WEEKDAYS)})\b"
    )),
)  # fmt: skip

EN_DURATION_RES: tuple[re.Pattern[str], ...] = (
    re.compile(rf"(?i:{_NUM}|(?P<a>\ban?))[- ](?P<unit>decade)s?(?:-long)?\b"),
    re.compile(rf"(?i:{_NUM})-(?P<unit>year|month|week|day)s?(?:-long)?\b(?!-old)"),
    re.compile(
        rf"(?i:{_NUM})\s+(?P<unit>years?|months?|weeks?|days?|decades?)\b"
        r"(?!\s+(?i:ago|earlier|later|old|before|after|prior|from\s+now|of\s+age)\b)"
    ),
)

_EN_CUE_BEFORE_RE = re.compile(
    rf"(?i:\b(?P<cue>{_alt(re.escape(c) for c, mod in EN_DATE_CUES.items() if mod)}))\s+$"
)
_EN_APPROX_BEFORE_RE = re.compile(rf"(?i:\b{_alt(EN_APPROX_WORDS)})\s+$")


def _en_times(text: str, published: dt.date | None) -> list[_Found]:
    out = [*_en_dates(text, published), *_en_durations(text)]
    for item in out:  # a cue word right before the date sets the mod
        if item.kind != "date":
            continue
        before = _EN_CUE_BEFORE_RE.search(text, max(0, item.start - 12), item.start)
        if before is not None:
            cue = before["cue"].lower()
            item.start = before.start()
            item.mod = item.mod or EN_DATE_CUES.get(cue)
    return out


def _en_dates(text: str, published: dt.date | None) -> Iterator[_Found]:
    for kind, regex in EN_DATE_RES:
        for m in regex.finditer(text):
            found = _en_date(kind, m, published)
            if found is not None:
                yield found


def _en_date(kind: str, m: re.Match[str], published: dt.date | None) -> _Found | None:
    groups = m.groupdict()
    month = groups.get("month")
    month_no = (int(month) if month.isdigit() else MONTHS[month]) if month else None
    day = int(groups["day"]) if groups.get("day") else None
    if day is not None and not 1 <= day <= 31:
        return None
    cue = (groups.get("cue") or "").lower() or None
    start, end = m.start(), m.end()
    if kind in ("ymd", "ym", "y", "bare"):
        year = int(m["year"])
        if kind == "bare" and not FIRST_YEAR <= year <= LAST_YEAR:
            return None
        if year < 100:
            year += 2000
        value = _iso(year, month_no, day)
        return None if value is None else _Found(start, end, "date", value)
    if kind == "mrel":
        if published is None:
            return _Found(start, end, "date", None)
        year = published.year + {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
        value = _iso(year, month_no, None)
        return _Found(start, end, "date", value, EN_DATE_CUES.get(cue) if cue else None, value is not None)
    if kind == "m" and cue in ("end of", "start of", "beginning of", "middle of") \
            and re.search(r"\b(?i:by|until|before|after)\s+the\s+$", m.string[max(0, start - 16):start]):
        return None  # "expected to close by the end of June": a deadline, not the date of anything
    if kind in ("md", "m"):
        mod = EN_DATE_CUES.get(cue) if cue else None
        if published is None or month_no is None:
            return _Found(start, end, "date", None, mod)
        year = _year_of_month(month_no, published, cue)
        value = _iso(year, month_no, day)
        return _Found(start, end, "date", value, mod, value is not None)
    if published is None:
        return _Found(start, end, "date", None)
    if kind in ("rel", "season"):
        offset = {"last": -1, "this": 0, "next": 1}[cue or "this"]
        unit = "Y" if kind == "season" else m["unit"][0].upper()
        return _relative(start, end, _offset_date(published, unit, offset))
    if kind == "ago":
        count = 1 if m["a"] else _number(m["n"])
        if count is None or count != int(count):
            return None
        return _relative(start, end, _offset_date(published, m["unit"][0].upper(), -int(count)))
    if kind == "day":
        value = _add_days(published, -1 if m["word"].lower() == "yesterday" else 0)
    else:
        value = _weekday(WEEKDAYS[m["weekday"]], published, cue)
    return _Found(start, end, "date", value, relative=value is not None)


_LATER_RE = re.compile(rf"(?i:{_NUM}|(?P<a>\ban?))\s+(?P<unit>months?|years?)\s+later\b|"
                       r"その(?P<jn>[0-9０-９]{1,2})(?P<ju>カ月|ヶ月|か月|年)後")


def date_after(text: str, anchor: str | None) -> str | None:
    """The date that "Three months later" / 「その3カ月後」 in ``text`` means, counted
    from ``anchor`` (the ISO date given before), no more precise than the anchor.

    >>> date_after("Three months later it raised more.", "2023-06")
    '2023-09'
    >>> date_after("A year later it did.", "2021") , date_after("その2カ月後", "2021")
    ('2022', None)
    """
    m = _LATER_RE.search(text) if anchor else None
    if m is None or anchor is None:
        return None
    count = 1 if m["a"] else _number(unicodedata.normalize("NFKC", m["n"] or m["jn"]))
    if count is None or count != int(count):
        return None
    years = (m["unit"] or "").lower().startswith("year") or m["ju"] == "年"
    parts = [int(x) for x in anchor.split("-")[:2]]
    if years:
        return _iso(parts[0] + int(count), *parts[1:])
    if len(parts) < 2:
        return None
    return _iso(*_shift_month(dt.date(parts[0], parts[1], 1), int(count)))


def _number(word: str) -> Decimal | None:
    """``seven`` → 7, ``1.5`` → 1.5."""
    if word.lower() in NUMBER_WORDS:
        return Decimal(NUMBER_WORDS[word.lower()])
    try:
        return Decimal(word)
    except InvalidOperation:
        return None


def _en_durations(text: str) -> Iterator[_Found]:
    for regex in EN_DURATION_RES:
        for m in regex.finditer(text):
            unit_word = m["unit"].lower().rstrip("s")
            amount = Decimal(1) if m.groupdict().get("a") else _number(m["n"])
            if amount is None:
                continue
            if unit_word == "decade":
                amount, unit = amount * 10, "Y"
            else:
                unit = DURATION_UNITS[unit_word]
            value = _duration(amount, unit)
            if value is None:
                continue
            start, mod = m.start(), None
            approx = _EN_APPROX_BEFORE_RE.search(text, max(0, start - 16), start)
            if approx is not None:
                start, mod = approx.start(), "approx"
            yield _Found(start, m.end(), "duration", value, mod)
