"""Date and duration normalization: kgraph.nlp.timex."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kgraph.nlp.timex import TimeMatch, find_times

PUBLISHED = dt.date(2025, 11, 4)  # a Tuesday


def _values(text: str, lang: str, published: dt.date | None = PUBLISHED) -> list[tuple[str, str | None]]:
    return [(t.kind, t.value) for t in find_times(text, lang=lang, published=published)]


# (text, [(kind, value), ...]) with the publication date 2025-11-04
JA_CASES = [
    ("アマゾンは2025年11月、OpenAIと7年間で380億ドルの契約", [("date", "2025-11"), ("duration", "P7Y")]),
    ("7年間で380億ドル", [("duration", "P7Y")]),
    ("2025年10月", [("date", "2025-10")]),
    ("２０２５年１１月", [("date", "2025-11")]),
    ("2025年11月3日", [("date", "2025-11-03")]),
    ("2025年度に", [("date", "2025")]),
    ("25年11月に", [("date", "2025-11")]),
    ("令和7年に", [("date", "2025")]),
    ("2025年春", [("date", "2025")]),
    ("2025年7〜9月期", [("date", "2025")]),
    ("2025年第3四半期", [("date", "2025")]),
    ("昨年7月に発表", [("date", "2024-07")]),
    ("昨年の7月", [("date", "2024-07")]),
    ("今年3月に", [("date", "2025-03")]),
    ("来年3月までに", [("date", "2026-03")]),
    ("昨年", [("date", "2024")]),
    ("今年度", [("date", "2025")]),
    ("昨年度", [("date", "2024")]),
    ("先月", [("date", "2025-10")]),
    ("先月20日", [("date", "2025-10-20")]),
    ("今月3日", [("date", "2025-11-03")]),
    ("3日、発表した。", [("date", "2025-11-03")]),
    ("5日、発表した。", [("date", "2025-10-05")]),
    ("11月3日", [("date", "2025-11-03")]),
    ("3月に", [("date", "2025-03")]),
    ("12月に", [("date", "2024-12")]),
    ("火曜日に", [("date", "2025-11-04")]),
    ("2025年11月4日（火）", [("date", "2025-11-04")]),
    ("2019年に出資し、同年7月に", [("date", "2019"), ("date", "2019-07")]),
    ("18カ月の契約", [("duration", "P18M")]),
    ("18ヵ月", [("duration", "P18M")]),
    ("3ヶ月", [("duration", "P3M")]),
    ("2週間", [("duration", "P2W")]),
    ("30日間", [("duration", "P30D")]),
    ("1年半", [("duration", "P18M")]),
    ("半年", [("duration", "P6M")]),
    ("七年間", [("duration", "P7Y")]),
    ("十年間", [("duration", "P10Y")]),
    ("二〇二五年十一月", [("date", "2025-11")]),
    ("本日開催の取締役会", [("date", "2025-11-04")]),
    ("昨日", [("date", "2025-11-03")]),
    ("先週", [("date", "2025-10")]),
    ("3年前", [("date", "2022")]),
    ("三年前", [("date", "2022")]),
    ("3カ月前", [("date", "2025-08")]),
    ("今春", [("date", "2025")]),
    ("昨年秋", [("date", "2024")]),
    (
        "総額三百八十億ドル（約5兆7千億円）、七年間、2025年11月3日",
        [("duration", "P7Y"), ("date", "2025-11-03")],
    ),
]

JA_NOT_TIMES = [
    "130億ドルを投資",
    "2025億円",
    "数十万台",
    "100万人",
    "今週",
    "2年後",
    "前日",
    "前年同期比",
    "数年間",
    "数十年",
    "10年ぶり",
    "2000年代",
    "1日あたり",
    "7-9月期",
    "GB200",
]

EN_CASES = [
    ("November 2025", [("date", "2025-11")]),
    ("Nov. 2025", [("date", "2025-11")]),
    ("Nov 3, 2025", [("date", "2025-11-03")]),
    ("November 3rd, 2025", [("date", "2025-11-03")]),
    ("3 November 2025", [("date", "2025-11-03")]),
    ("2025-11-03", [("date", "2025-11-03")]),
    ("in 2019", [("date", "2019")]),
    ("Q3 2025", [("date", "2025")]),
    ("the third quarter of 2025", [("date", "2025")]),
    ("FY2025", [("date", "2025")]),
    ("fiscal 2025", [("date", "2025")]),
    ("in mid-2025", [("date", "2025")]),
    ("Tuesday", [("date", "2025-11-04")]),
    ("on Monday", [("date", "2025-11-03")]),
    ("last Tuesday", [("date", "2025-10-28")]),
    ("in March", [("date", "2025-03")]),
    ("In December", [("date", "2024-12")]),
    ("last March", [("date", "2025-03")]),
    ("this March", [("date", "2025-03")]),
    ("next March", [("date", "2026-03")]),
    ("May 5", [("date", "2025-05-05")]),
    ("last year", [("date", "2024")]),
    ("this year", [("date", "2025")]),
    ("next year", [("date", "2026")]),
    ("last month", [("date", "2025-10")]),
    ("yesterday", [("date", "2025-11-03")]),
    ("two years ago", [("date", "2023")]),
    ("Two weeks ago, Nvidia signed", [("date", "2025-10")]),
    ("three days ago", [("date", "2025-11-01")]),
    ("last week", [("date", "2025-10")]),
    ("Last week, on Thursday, they added", [("date", "2025-10-30")]),
    ("this spring", [("date", "2025")]),
    ("last July.", [("date", "2025-07")]),
    ("a seven-year deal", [("duration", "P7Y")]),
    ("a 7-year contract", [("duration", "P7Y")]),
    ("seven years", [("duration", "P7Y")]),
    ("over seven years", [("duration", "P7Y")]),
    ("an 18-month pilot", [("duration", "P18M")]),
    ("18 months", [("duration", "P18M")]),
    ("two weeks", [("duration", "P2W")]),
    ("30 days", [("duration", "P30D")]),
    ("a decade", [("duration", "P10Y")]),
    ("two decades", [("duration", "P20Y")]),
    ("1.5 years", [("duration", "P18M")]),
    (
        "Amazon signed a seven-year, $38 billion deal with OpenAI on Monday.",
        [("duration", "P7Y"), ("date", "2025-11-03")],
    ),
    ("Microsoft has invested about $13 billion in OpenAI since 2019.", [("date", "2019")]),
    ("in 2019 and 2025", [("date", "2019"), ("date", "2025")]),
]

EN_NOT_TIMES = [
    "$38 billion",
    "$2025 million",
    "GB200",
    "2,000 GPUs",
    "2000 GPUs",
    "38 percent",
    "multi-year",
    "a multi-year deal",
    "a five-year-old company",
    "earlier this week",
    "we may do it",
    "Black Friday",
    "in 1850",
    "the 38 May",
    "for years",
]


@pytest.mark.parametrize(("text", "expected"), JA_CASES)
def test_japanese(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _values(text, "ja") == expected


@pytest.mark.parametrize("text", JA_NOT_TIMES)
def test_japanese_not_times(text: str) -> None:
    assert find_times(text, lang="ja", published=PUBLISHED) == []


@pytest.mark.parametrize(("text", "expected"), EN_CASES)
def test_english(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _values(text, "en") == expected


@pytest.mark.parametrize("text", EN_NOT_TIMES)
def test_english_not_times(text: str) -> None:
    assert find_times(text, lang="en", published=PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("昨年7月", "ja"),
        ("今年3月", "ja"),
        ("3日", "ja"),
        ("11月3日", "ja"),
        ("昨年", "ja"),
        ("火曜日", "ja"),
        ("in March", "en"),
        ("Tuesday", "en"),
        ("last year", "en"),
        ("May 5", "en"),
    ],
)
def test_relative_dates_stay_unresolved_without_a_publication_date(text: str, lang: str) -> None:
    (match,) = find_times(text, lang=lang)
    assert match.kind == "date"
    assert match.value is None
    assert match.relative is False


def test_relative_flag_and_text() -> None:
    (match,) = find_times("昨年7月に発表", lang="ja", published=PUBLISHED)
    assert match == TimeMatch(0, 4, "date", "2024-07", "昨年7月", None, True)
    (absolute,) = find_times("2025年11月", lang="ja", published=PUBLISHED)
    assert absolute.relative is False


def test_a_datetime_is_accepted_as_publication_date() -> None:
    published = dt.datetime(2025, 11, 4, 9, 30)
    assert _values("3日", "ja", published) == [("date", "2025-11-03")]


@pytest.mark.parametrize(
    ("text", "lang", "value", "mod", "surface"),
    [
        ("2019年以降、約130億ドルを投資", "ja", "2019", "since", "2019年以降"),
        ("2019年以来", "ja", "2019", "since", "2019年以来"),
        ("2024年から", "ja", "2024", "since", "2024年から"),
        ("2030年まで", "ja", "2030", "until", "2030年まで"),
        ("2030年までに", "ja", "2030", "until", "2030年までに"),
        ("2019年以前", "ja", "2019", "before", "2019年以前"),
        ("2019年頃", "ja", "2019", "approx", "2019年頃"),
        ("約3年", "ja", "P3Y", "approx", "約3年"),
        ("since 2019", "en", "2019", "since", "since 2019"),
        ("until March 2026", "en", "2026-03", "until", "until March 2026"),
        ("through 2030", "en", "2030", "until", "through 2030"),
        ("by 2030", "en", "2030", "until", "by 2030"),
        ("before 2020", "en", "2020", "before", "before 2020"),
        ("after 2020", "en", "2020", "after", "after 2020"),
        ("about five years", "en", "P5Y", "approx", "about five years"),
    ],
)
def test_mods(text: str, lang: str, value: str, mod: str, surface: str) -> None:
    (match,) = find_times(text, lang=lang, published=PUBLISHED)
    assert (match.value, match.mod, match.text) == (value, mod, surface)


def test_spans_survive_kanji_numbers_and_money() -> None:
    # ja-timex shifts its own spans after rewriting 漢数字; ours must not move
    text = "総額三百八十億ドル（約5兆7千億円）で合意。千葉の拠点は2025年11月3日に稼働し、七年間使う。" * 3
    matches = find_times(text, lang="ja", published=PUBLISHED)
    assert [m.text for m in matches] == ["2025年11月3日", "七年間"] * 3
    assert all(text[m.start : m.end] == m.text for m in matches)


def test_year_boundaries() -> None:
    assert _values("5日", "ja", dt.date(2025, 1, 3)) == [("date", "2024-12-05")]
    assert _values("先月", "ja", dt.date(2025, 1, 3)) == [("date", "2024-12")]
    assert _values("in December", "en", dt.date(2026, 1, 10)) == [("date", "2025-12")]
    assert _values("今年度", "ja", dt.date(2026, 2, 1)) == [("date", "2025")]


def _check(text: str, lang: str, published: dt.date | None) -> None:
    matches = find_times(text, lang=lang, published=published)
    position = 0
    for match in matches:
        assert position <= match.start < match.end <= len(text)
        assert text[match.start : match.end] == match.text
        assert match.kind in ("date", "duration")
        assert match.mod in (None, "since", "until", "before", "after", "approx")
        if match.value is not None:
            assert match.value.startswith("P") == (match.kind == "duration")
        if match.relative:
            assert published is not None and match.value is not None
        position = match.end


TIME_PIECES = (
    *"0123456789０２５年月日間度以降まで約億円ドル$.,-〜()（）ヵカ週昨今来先同数半期 三十百千七一前後の",
    *("令和", "平成", "昨年", "今年度", "ぶり", "火曜日", "本日"),
    *(
        "billion",
        "years",
        "-year",
        "March",
        "May",
        "Tuesday",
        "last ",
        "since ",
        "seven",
        "Q3 ",
        "FY",
        " ago",
    ),
)
TIMEISH = st.lists(st.sampled_from(TIME_PIECES), max_size=25).map("".join)
LANGS = st.sampled_from(["ja", "en"])
DATES = st.one_of(st.none(), st.dates())


@settings(max_examples=200, deadline=None)
@given(st.text(), LANGS, DATES)
def test_find_times_never_raises_and_spans_are_sound(text: str, lang: str, published: dt.date | None) -> None:
    _check(text, lang, published)


@settings(max_examples=300, deadline=None)
@given(TIMEISH, LANGS, DATES)
def test_find_times_on_time_like_text(text: str, lang: str, published: dt.date | None) -> None:
    _check(text, lang, published)


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("text", ["9" * 3000, "１" * 1000, "一二三" * 1000, "1,000" * 500])
def test_long_digit_runs_stay_fast(text: str, lang: str) -> None:
    # ja-timex takes cubic time on long digit runs; they are masked before it sees them
    assert find_times(text, lang=lang, published=PUBLISHED) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("ルネサスは17年に米インターシルを買収した。", [("date", "2017")]),
    ("21年、合意した。", [("date", "2021")]),
    ("19年春には稼働した。", [("date", "2019")]),
    ("20年の契約を結んだ。", [("duration", "P20Y")]),
    ("10年にわたり協業する。", [("duration", "P10Y")]),
    ("15年間の契約", [("duration", "P15Y")]),
])
def test_ja_two_digit_years_and_lengths_of_time(text: str, expected: list[tuple[str, str]]) -> None:
    got = [(t.kind, t.value) for t in find_times(text, lang="ja", published=dt.date(2024, 2, 15))]
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("On Tuesday, April 5, 2022, customers lost access.", ["2022-04-05"]),
    ("It said on Tuesday, April 5 that it would pay.", ["2022-04-05"]),
    ("On Tuesday, the company said.", ["2022-04-26"]),
])
def test_en_weekday_before_a_date_is_that_date(text: str, expected: list[str]) -> None:
    assert [t.value for t in find_times(text, lang="en", published=dt.date(2022, 4, 29))] == expected
