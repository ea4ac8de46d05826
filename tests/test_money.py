"""Money normalization: kgraph.nlp.money."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kgraph.facts import Amount
from kgraph.nlp.money import find_money, parse_money

B = 10**9

# (expression, value, currency, qualifier)
AMOUNTS = [
    # Japanese
    ("380億ドル", 38 * B, "USD", None),
    # the Indian scales and the rupee written Rs
    ("₹7,000 crore", 70 * B, "INR", None),
    ("Rs 855 crore", 8_550_000_000, "INR", None),
    ("Rs. 50 lakh", 5_000_000, "INR", None),
    ("約5兆7千億円", 5_700_000_000_000, "JPY", "about"),
    ("5兆7000億円", 5_700_000_000_000, "JPY", None),
    ("1兆円", 10**12, "JPY", None),
    ("1,000億円", 100 * B, "JPY", None),
    ("100億円", 10 * B, "JPY", None),
    ("38億ドル", 3_800_000_000, "USD", None),
    ("3.5億ドル", 350_000_000, "USD", None),
    ("5000万ドル", 50_000_000, "USD", None),
    ("1万5000円", 15_000, "JPY", None),
    ("2兆ウォン", 2 * 10**12, "KRW", None),
    ("100億人民元", 10 * B, "CNY", None),
    ("10億ユーロ", B, "EUR", None),
    ("5億ポンド", 500_000_000, "GBP", None),
    ("380億米ドル", 38 * B, "USD", None),
    ("３８０億ドル", 38 * B, "USD", None),
    ("三百八十億ドル", 38 * B, "USD", None),
    ("十億ドル", B, "USD", None),
    ("千億円", 100 * B, "JPY", None),
    ("一千億円", 100 * B, "JPY", None),
    ("約1.5兆円", 1_500_000_000_000, "JPY", "about"),
    ("最大で100億ドル", 10 * B, "USD", "up_to"),
    ("最大約100億ドル", 10 * B, "USD", "up_to"),
    ("少なくとも50億ドル", 5 * B, "USD", "at_least"),
    ("100億ドル以上", 10 * B, "USD", "at_least"),
    ("1兆円超", 10**12, "JPY", "at_least"),
    ("1兆円を超える", 10**12, "JPY", "at_least"),
    ("100億ドル強", 10 * B, "USD", "at_least"),
    ("100億ドル程度", 10 * B, "USD", "about"),
    ("およそ100億円", 10 * B, "JPY", "about"),
    ("100億〜150億ドル", 10 * B, "USD", "at_least"),
    ("100〜150億ドル", 10 * B, "USD", "at_least"),
    ("100億ドル～150億ドル", 10 * B, "USD", "at_least"),
    # English
    ("13 billion dollars", 13 * B, "USD", None),
    ("$38B", 38 * B, "USD", None),
    ("$38 billion", 38 * B, "USD", None),
    ("$38bn", 38 * B, "USD", None),
    ("$38.5bn", 38_500_000_000, "USD", None),
    ("US$38bn", 38 * B, "USD", None),
    ("USD 38 billion", 38 * B, "USD", None),
    ("38 billion USD", 38 * B, "USD", None),
    ("$4 billion", 4 * B, "USD", None),
    ("$1.5 trillion", 1_500_000_000_000, "USD", None),
    ("$500 million", 500_000_000, "USD", None),
    ("$5M", 5_000_000, "USD", None),
    ("38 billion dollars", 38 * B, "USD", None),
    ("a billion dollars", B, "USD", None),
    ("€10bn", 10 * B, "EUR", None),
    ("£2 billion", 2 * B, "GBP", None),
    ("¥1 trillion", 10**12, "JPY", None),
    ("10 billion yen", 10 * B, "JPY", None),
    ("2 billion won", 2 * B, "KRW", None),
    ("C$5 billion", 5 * B, "CAD", None),
    ("HK$3 billion", 3 * B, "HKD", None),
    ("＄３８Ｂ", 38 * B, "USD", None),
    ("up to $38 billion", 38 * B, "USD", "up_to"),
    ("as much as $38bn", 38 * B, "USD", "up_to"),
    ("as many as $38bn", 38 * B, "USD", "up_to"),
    ("at least $10 billion", 10 * B, "USD", "at_least"),
    ("more than $10 billion", 10 * B, "USD", "at_least"),
    ("over $10 billion", 10 * B, "USD", "at_least"),
    ("$38 billion-plus", 38 * B, "USD", "at_least"),
    ("about $13 billion", 13 * B, "USD", "about"),
    ("roughly $13 billion", 13 * B, "USD", "about"),
    ("around $13 billion", 13 * B, "USD", "about"),
    ("approximately $13 billion", 13 * B, "USD", "about"),
    ("nearly $13 billion", 13 * B, "USD", "about"),
    ("almost $13 billion", 13 * B, "USD", "about"),
    ("$10 billion to $15 billion", 10 * B, "USD", "at_least"),
    ("$10-15 billion", 10 * B, "USD", "at_least"),
    ("$10 to $15 billion", 10 * B, "USD", "at_least"),
    ("between $10 billion and $15 billion", 10 * B, "USD", "at_least"),
]

VAGUE = [
    ("tens of billions of dollars", "USD"),
    ("hundreds of millions of dollars", "USD"),
    ("billions of dollars", "USD"),
    ("several billion dollars", "USD"),
    ("数百億ドル", "USD"),
    ("数十億ドル", "USD"),
    ("十数億ドル", "USD"),
    ("数兆円", "JPY"),
    ("数千億円", "JPY"),
    ("何十億ドル", "USD"),
    ("multibillion-dollar", "USD"),
    ("multi-billion dollar", "USD"),
]

NOT_MONEY = [
    "数十万台",
    "7年間",
    "2025年",
    "100万人",
    "GB200",
    "38 percent",
    "38%",
    "$",
    "03-1234-5678",
    "+1 (206) 555-0100",
    "2,000 GPUs",
    "380億",
    "38 billion",
    "500 pounds",
    "1ドル=150円",
    "in 2019 and 2025",
    "two billion parameters",
    "",
]


@pytest.mark.parametrize(("expression", "value", "currency", "qualifier"), AMOUNTS)
def test_parse_money(expression: str, value: int, currency: str, qualifier: str | None) -> None:
    amount = parse_money(expression)
    assert amount == Amount(Decimal(value), currency, expression, qualifier)


@pytest.mark.parametrize(("expression", "value", "currency", "qualifier"), AMOUNTS)
def test_find_money_inside_a_sentence(
    expression: str, value: int, currency: str, qualifier: str | None
) -> None:
    text = f"The deal, {expression}, was signed."
    (match,) = find_money(text)
    assert text[match.start : match.end] == expression
    assert match.amount.value == value
    assert match.amount.currency == currency
    assert match.amount.qualifier == qualifier


@pytest.mark.parametrize(("expression", "currency"), VAGUE)
def test_vague_amounts_have_no_value(expression: str, currency: str) -> None:
    assert parse_money(expression) == Amount(None, currency, expression, None)


def test_scale_word_after_a_vague_amount_is_not_a_qualifier() -> None:
    (match,) = find_money("数百億ドル規模の契約")
    assert match.amount == Amount(None, "USD", "数百億ドル")


def test_multibillion_dollar_deal_in_a_sentence() -> None:
    (match,) = find_money("Amazon signed a multibillion-dollar deal with OpenAI.")
    assert match.amount == Amount(None, "USD", "multibillion-dollar")


@pytest.mark.parametrize("text", NOT_MONEY)
def test_not_money(text: str) -> None:
    assert find_money(text) == []
    assert parse_money(text) is None


@pytest.mark.parametrize(
    ("text", "covered", "amount"),
    [
        (
            "OpenAIと総額380億ドル（約5兆7千億円）の契約を結んだ",
            "380億ドル（約5兆7千億円）",
            Amount(Decimal(38 * B), "USD", "380億ドル"),
        ),
        (
            "380億ドル(約5兆7千億円)",
            "380億ドル(約5兆7千億円)",
            Amount(Decimal(38 * B), "USD", "380億ドル"),
        ),
        (
            "a $38 billion (¥5.7 trillion) deal",
            "$38 billion (¥5.7 trillion)",
            Amount(Decimal(38 * B), "USD", "$38 billion"),
        ),
        (
            "約380億ドル（約5兆7千億円、1ドル＝150円換算）で合意",
            "約380億ドル（約5兆7千億円、1ドル＝150円換算）",
            Amount(Decimal(38 * B), "USD", "約380億ドル", "about"),
        ),
        (
            "5兆7千億円（米ドル換算で380億ドル）",
            "5兆7千億円（米ドル換算で380億ドル）",
            Amount(Decimal(5_700_000_000_000), "JPY", "5兆7千億円"),
        ),
    ],
)
def test_conversion_in_parentheses_is_one_match(text: str, covered: str, amount: Amount) -> None:
    (match,) = find_money(text)
    assert text[match.start : match.end] == covered
    assert match.amount == amount


def test_same_currency_in_parentheses_stays_apart() -> None:
    matches = find_money("$38 billion ($10 billion upfront)")
    assert [m.amount.value for m in matches] == [38 * B, 10 * B]


def test_several_amounts_in_order() -> None:
    text = "2019年以降に約130億ドルを投じ、今回7年間で380億ドル、さらに数百億ドルを追加"
    matches = find_money(text)
    assert [text[m.start : m.end] for m in matches] == ["約130億ドル", "380億ドル", "数百億ドル"]
    assert [m.amount.value for m in matches] == [13 * B, 38 * B, None]


def test_a_year_range_is_not_money() -> None:
    (match,) = find_money("invest $10 billion to 2030")
    assert match.amount == Amount(Decimal(10 * B), "USD", "$10 billion")


def test_parse_money_wants_one_whole_expression() -> None:
    assert parse_money("  $38 billion ") == Amount(Decimal(38 * B), "USD", "$38 billion")
    assert parse_money("$38 billion deal") is None
    assert parse_money("$38 billion and $2 billion") is None


def test_values_are_whole_decimals() -> None:
    amount = parse_money("3.5億ドル")
    assert amount is not None and amount.value is not None
    assert str(amount.value) == "350000000"
    assert amount.to_json() == {"value": 350_000_000, "currency": "USD", "text": "3.5億ドル"}


MONEY_PIECES = (
    *"0123456789０３８,.約最大億兆万千百十円ドル$€£¥〜-（）() ",
    *("billion", "bn", "B", " to ", "up to ", "tens of ", "billions of ", "dollars", "multibillion-dollar"),
    *("数", "以上", "超", "米ドル", "ユーロ", "="),
)
MONEYISH = st.lists(st.sampled_from(MONEY_PIECES), max_size=25).map("".join)


def _check_matches(text: str) -> None:
    matches = find_money(text)
    position = 0
    for match in matches:
        assert position <= match.start < match.end <= len(text)
        assert text[match.start : match.end].startswith(match.amount.text)
        assert match.amount.text == match.amount.text.strip()
        assert match.amount.currency is not None
        assert match.amount.qualifier in (None, "up_to", "at_least", "about")
        assert match.amount.value is None or match.amount.value >= 0
        position = match.end


@settings(max_examples=300, deadline=None)
@given(st.text())
@example("9" * 30)  # once took minutes: nested quantifiers over a digit run
def test_find_money_never_raises_and_spans_are_sound(text: str) -> None:
    _check_matches(text)


@settings(max_examples=300, deadline=None)
@given(MONEYISH)
def test_find_money_on_money_like_text(text: str) -> None:
    _check_matches(text)


@pytest.mark.parametrize(
    "text", ["9" * 3000, "1億" * 1000, "一二三" * 1000, "1,000" * 500, "about " * 500 + "$"]
)
def test_long_runs_stay_fast(text: str) -> None:
    assert find_money(text) == []
