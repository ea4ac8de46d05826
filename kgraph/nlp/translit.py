"""Katakana names matched to the English names they transcribe.

Japanese news writes foreign companies in katakana (ペルミラ, ビメオ, グレイロック), and no
gazetteer lists every spelling. Both scripts are reduced here to the same key: the
sequence of consonant classes, with the vowels dropped and the sounds katakana merges
merged (b/v, l/r, k/g/c, s/z/sh/th/j/ch, t/d, h/f). ペルミラ and Permira both become
``PRMR``; an r before a consonant is silent (Salesforce, セールスフォース). A katakana name whose key is that of exactly one entity's English name, and
long enough to be unlikely by chance, is that entity.

>>> english_key("Permira", written_r=True), katakana_key("ペルミラ")
('PRMR', 'PRMR')
>>> english_key("Salesforce"), katakana_key("セールスフォース")
('SRSHS', 'SRSHS')
>>> english_key("Greylock"), katakana_key("グレイロック")
('KRK', 'KRK')
>>> english_key("Own Company"), katakana_key("オウン・カンパニー")
('NKNPN', 'NKNPN')
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

__all__ = ["KatakanaIndex", "english_key", "first_vowels_agree", "katakana_key"]

#: the consonant class of each katakana (vowels, ー, ッ and small kana have none)
_KANA_CLASS = {}
for _chars, _cls in (
    ("カキクケコガギグゲゴ", "K"), ("サシスセソザジズゼゾチツヂヅ", "S"), ("タテトダデド", "T"),
    ("ナニヌネノン", "N"), ("ハヒフヘホ", "H"), ("バビブベボヴ", "B"), ("パピプペポ", "P"),
    ("マミムメモ", "M"), ("ラリルレロ", "R"),
):
    for _c in _chars:
        _KANA_CLASS[_c] = _cls
_KATAKANA_NAME = re.compile(r"[\u30a1-\u30fa\u30fc・]+")

#: English spellings, longest first, and the class each gives
_EN_RULES = (
    ("tch", "S"), ("sch", "S"), ("ch", "S"), ("sh", "S"), ("th", "S"), ("ph", "H"), ("ck", "K"), ("gh", ""),
    ("qu", "K"), ("x", "KS"), ("ce", "S"), ("ci", "S"), ("cy", "S"),
)
_EN_CLASS = {
    "b": "B", "v": "B", "c": "K", "k": "K", "g": "K", "q": "K", "s": "S", "z": "S", "j": "S", "t": "T", "d": "T",
    "n": "N", "h": "H", "f": "H", "p": "P", "m": "M", "l": "R", "r": "R",
}
_LEGAL = re.compile(r"\b(?:inc|corp|corporation|co|ltd|llc|plc|ag|sa|se|nv|bv|gmbh|holdings?|group)\b\.?", re.I)


def _collapse(key: str) -> str:
    return re.sub(r"(.)\1+", r"\1", key)


def katakana_key(name: str) -> str:
    """The consonant key of a katakana name (other characters are ignored)."""
    out = []
    chars = unicodedata.normalize("NFKC", name)
    for c in chars:
        cls = _KANA_CLASS.get(c)
        if cls:
            out.append(cls)
    return _collapse("".join(out))


def english_key(name: str, *, written_r: bool = False) -> str:
    """The consonant key of a Latin-script name, as katakana would render its sounds (with ``written_r``,
    an r before a consonant is written too: ペルミラ for Permira)."""
    text = _LEGAL.sub(" ", unicodedata.normalize("NFKC", name).lower())
    text = re.sub(r"[^a-z]", "", text)
    out = []
    i = 0
    while i < len(text):
        for spelling, cls in _EN_RULES:
            if text.startswith(spelling, i):
                out.append(cls)
                # "ce", "ci": the vowel still follows
                i += len(spelling) - (1 if spelling in ("ce", "ci", "cy") else 0)
                break
        else:
            c = text[i]
            if c == "m" and i + 1 < len(text) and text[i + 1] in "bpm":
                out.append("N")  # カンパニー: the m of "company" is ン
            elif c == "r" and not written_r and (i + 1 == len(text) or text[i + 1] not in "aeiouy"):
                pass  # サービス, フォース: an r before a consonant or at the end is not written
            elif c in _EN_CLASS:
                out.append(_EN_CLASS[c])
            i += 1
    return _collapse("".join(out))


#: the vowel of each katakana (ン, ー, ッ and small kana have none of their own)
_KANA_VOWEL = {}
for _chars, _v in (("アカサタナハマヤラワガザダバパヴ", "a"), ("イキシチニヒミリギジヂビピ", "i"),
                   ("ウクスツヌフムユルグズヅブプ", "u"), ("エケセテネヘメレゲゼデベペ", "e"),
                   ("オコソトノホモヨロヲゴゾドボポ", "o")):
    for _c in _chars:
        _KANA_VOWEL[_c] = _v
#: the katakana vowels an English spelling of the first vowel may be written with
_EN_VOWELS = (("oo", "u"), ("ou", "au"), ("ee", "ie"), ("ea", "ie"), ("ei", "e"), ("ey", "e"), ("ai", "ea"),
              ("ay", "ea"), ("au", "o"), ("a", "ae"), ("e", "ei"), ("i", "i"), ("o", "ou"), ("u", "au"))
_DIGRAPHS = ("sh", "ch", "th", "ph", "ck", "gh", "qu")


def first_vowels_agree(english: str, katakana: str) -> bool:
    """Whether the first vowel sounds agree: Permira/ペルミラ (e, e), not Shin-Etsu/サウザンドアイズ (i, a).
    A consonant cluster at the start (Greylock) is written with a vowel of its own (グレイロック): skipped."""
    text = re.sub(r"[^a-z]", "", unicodedata.normalize("NFKC", english).lower())
    m = re.match(r"([^aeiou]*)([aeiouy]+)", text)
    if m is None:
        return True
    lead, vowels = m.groups()
    for digraph in _DIGRAPHS:
        lead = lead.replace(digraph, "x")
    allowed = next((v for spelling, v in _EN_VOWELS if vowels.startswith(spelling)), None)
    if allowed is None:
        return True
    first_word = re.split(r"[^a-z]+", unicodedata.normalize("NFKC", english).lower().strip())[0]
    if vowels == "i" and re.search(r"i[^aeiouy]e$", first_word):
        allowed += "a"  # a long i before a silent e: Thrive, スライブ
    kana = [c for c in unicodedata.normalize("NFKC", katakana) if c in _KANA_VOWEL]
    if not kana:
        return False
    skip = max(0, len(lead) - 1)  # "gr" in Greylock: グ carries a vowel English does not write
    if lead == "" and kana[0] in "アイウエオ":
        skip = 0
    kana_vowel = _KANA_VOWEL[kana[min(skip, len(kana) - 1)]]
    return kana_vowel in allowed


class KatakanaIndex:
    """English names of the gazetteer by consonant key, for katakana names it does not list.

    >>> index = KatakanaIndex([("permira", "Permira"), ("vimeo", "Vimeo"), ("greylock", "Greylock Partners")])
    >>> index.lookup("ペルミラ"), index.lookup("グレイロック・パートナーズ"), index.lookup("ビメオ")
    ('permira', 'greylock', None)

    (Vimeo's key, BM, is too short to tell it from other names.)
    """

    #: keys shorter than this say too little to name one company
    MIN_KEY = 3

    def __init__(self, names: Iterable[tuple[str, str]]) -> None:
        keys: dict[str, set[str]] = {}
        by_key: dict[str, list[str]] = {}
        names_list = [(ent_id, name) for ent_id, name in names
                      if re.search(r"[A-Za-z]", name) and not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", name)]
        for ent_id, name in names_list:
            if not re.search(r"[A-Za-z]", name) or re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", name):
                continue
            for key in {english_key(name), english_key(name, written_r=True)}:
                if len(key) >= self.MIN_KEY:
                    keys.setdefault(key, set()).add(ent_id)
                    by_key.setdefault(key, []).append(name)
        self._keys = {k: next(iter(v)) for k, v in keys.items() if len(v) == 1}
        self._names = by_key  # the names that gave each key

    def lookup(self, surface: str) -> str | None:
        """The id of the one entity whose English name ``surface`` (katakana) transcribes, if any."""
        name = unicodedata.normalize("NFKC", surface).strip()
        if not _KATAKANA_NAME.fullmatch(name) or len(name.replace("・", "")) < 3:
            return None
        key = katakana_key(name)
        ent_id = self._keys.get(key) if len(key) >= self.MIN_KEY else None
        if ent_id is None or not any(first_vowels_agree(en, name) for en in self._names.get(key, ())):
            return None
        return ent_id
