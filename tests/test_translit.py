"""Katakana spellings matched to English names (kgraph.nlp.translit)."""
from __future__ import annotations

import pytest

from kgraph.nlp.translit import KatakanaIndex, english_key, first_vowels_agree, katakana_key


@pytest.mark.parametrize(("english", "katakana"), [
    ("Permira", "ペルミラ"), ("Greylock", "グレイロック"), ("Own Company", "オウン・カンパニー"),
    ("Salesforce", "セールスフォース"), ("Anthropic", "アンソロピック"), ("Snowflake", "スノーフレーク"),
    ("Databricks", "データブリックス"), ("Thrive Capital", "スライブ・キャピタル"), ("Nebius", "ネビウス"),
])
def test_a_katakana_spelling_has_the_key_of_its_english_name(english: str, katakana: str) -> None:
    assert katakana_key(katakana) in {english_key(english), english_key(english, written_r=True)}
    assert first_vowels_agree(english, katakana)


def test_a_key_shared_by_chance_is_refused_by_the_vowels() -> None:
    index = KatakanaIndex([("shin-etsu", "Shin-Etsu Chemical"), ("permira", "Permira")])
    assert katakana_key("サウザンドアイズ") == english_key("Shin-Etsu")  # ThousandEyes and Shin-Etsu share SNTS
    assert index.lookup("サウザンドアイズ") is None
    assert index.lookup("ペルミラ") == "permira"


def test_short_or_ambiguous_keys_and_non_katakana_names_match_nothing() -> None:
    index = KatakanaIndex([("vimeo", "Vimeo"), ("a", "Lambda Labs"), ("b", "Lambda Lab"), ("nist", "NIST")])
    assert index.lookup("ビメオ") is None  # BM says too little
    assert index.lookup("ラムダ・ラボ") is None  # two entities have that key
    assert index.lookup("ネスト") is None
    assert index.lookup("富士通") is None


def test_a_long_i_is_read_only_before_a_final_silent_e() -> None:
    assert first_vowels_agree("Thrive Capital", "スライブ・キャピタル")
    assert not first_vowels_agree("Shin-Etsu", "サウザンドアイズ")
