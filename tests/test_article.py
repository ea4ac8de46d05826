"""Reading article files: front matter, encodings, folders, language, identity."""

from __future__ import annotations

import codecs
import datetime as dt
from pathlib import Path

import pytest

from kgraph.article import (
    ARTICLE_SUFFIXES,
    Article,
    detect_language,
    iter_article_paths,
    parse_article,
    read_article,
)
from kgraph.errors import InputError, KGraphError

JA_BODY = (
    "オープンAIは11月3日、アマゾン・ウェブ・サービスと7年間で総額380億ドルのクラウド契約を結んだ。\n"
    "マイクロソフトは2019年以降、オープンAIに出資している。\n"
)
EN_BODY = (
    "OpenAI signed a seven-year, $38 billion cloud contract with Amazon Web Services on Monday.\n"
    "Microsoft has backed OpenAI since 2019.\n"
)
FRONT_MATTER = (
    "---\n"
    'title: "OpenAI signs a seven-year cloud deal"\n'
    "date: 2025-11-04\n"
    "url: https://example.com/news/123\n"
    "lang: en\n"
    "---\n"
)


def write_text(tmp_path: Path, name: str, text: str, *, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


def codec_name(encoding: str) -> str:
    return codecs.lookup(encoding).name


# ------------------------------------------------------------ front matter


def test_front_matter_fields_are_read_and_removed_from_the_body() -> None:
    article = parse_article(FRONT_MATTER + EN_BODY, path="news/123.md")
    assert article.title == "OpenAI signs a seven-year cloud deal"
    assert article.published == dt.date(2025, 11, 4)
    assert article.url == "https://example.com/news/123"
    assert article.lang == "en"
    assert article.path == "news/123.md"
    assert article.text == EN_BODY
    assert "---" not in article.text
    assert article.meta["title"] == "OpenAI signs a seven-year cloud deal"


def test_front_matter_lang_overrides_detection() -> None:
    # a Japanese body declared as English keeps what the author said
    article = parse_article("---\nlang: en\n---\n" + JA_BODY, path="x.txt")
    assert article.lang == "en"


def test_front_matter_date_as_a_timestamp_string() -> None:
    raw = '---\ndate: "2025-11-04T09:30:00+09:00"\n---\n' + EN_BODY
    assert parse_article(raw, path="x.txt").published == dt.date(2025, 11, 4)


def test_front_matter_without_date_or_url() -> None:
    article = parse_article('---\ntitle: "見出し"\n---\n' + JA_BODY, path="x.txt")
    assert article.title == "見出し"
    assert article.published is None
    assert article.url is None
    assert article.lang == "ja"
    assert article.text == JA_BODY


def test_no_front_matter_keeps_the_whole_text_and_detects_the_language() -> None:
    ja = parse_article(JA_BODY, path="ja.txt")
    en = parse_article(EN_BODY, path="en.txt")
    assert (ja.lang, ja.text, ja.published, ja.title, ja.url) == ("ja", JA_BODY, None, None, None)
    assert (en.lang, en.text, en.published) == ("en", EN_BODY, None)
    assert ja.meta == {} and en.meta == {}


def test_a_horizontal_rule_later_in_the_text_is_not_front_matter() -> None:
    raw = "Intro line.\n---\nlang: ja\n---\nMore text.\n"
    article = parse_article(raw, path="x.md")
    assert article.text == raw
    assert article.lang == "en"


def test_invalid_yaml_front_matter_is_an_input_error() -> None:
    raw = '---\ntitle: "unclosed\ndate: [2025-11-04\n---\n' + EN_BODY
    with pytest.raises(InputError, match="front matter"):
        parse_article(raw, path="broken.md")


def test_invalid_yaml_front_matter_is_reported_by_read_article(tmp_path: Path) -> None:
    path = write_text(tmp_path, "broken.md", "---\nurl: [a, b\n---\n" + EN_BODY)
    with pytest.raises(InputError, match="broken.md"):
        read_article(path)


def test_input_error_is_a_kgraph_error() -> None:
    assert issubclass(InputError, KGraphError)


# ----------------------------------------------------- BOM, CRLF, encodings


def test_utf8_bom_is_removed_before_the_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + (FRONT_MATTER + EN_BODY).encode("utf-8"))
    article = read_article(path)
    assert article.published == dt.date(2025, 11, 4)
    assert article.text == EN_BODY
    assert not article.text.startswith("\ufeff")
    assert codec_name(article.encoding) == codec_name("utf-8-sig")


def test_bom_without_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "bom-ja.txt"
    path.write_bytes(b"\xef\xbb\xbf" + JA_BODY.encode("utf-8"))
    article = read_article(path)
    assert article.text == JA_BODY
    assert article.lang == "ja"


def test_crlf_line_endings_with_front_matter(tmp_path: Path) -> None:
    raw = (FRONT_MATTER + EN_BODY).replace("\n", "\r\n")
    path = tmp_path / "crlf.txt"
    path.write_bytes(raw.encode("utf-8"))
    article = read_article(path)
    assert article.title == "OpenAI signs a seven-year cloud deal"
    assert article.published == dt.date(2025, 11, 4)
    assert article.url == "https://example.com/news/123"
    assert article.lang == "en"
    assert not article.text.lstrip().startswith("---")
    assert article.text.replace("\r\n", "\n") == EN_BODY


def test_utf8_is_recorded_as_the_encoding(tmp_path: Path) -> None:
    article = read_article(write_text(tmp_path, "a.txt", JA_BODY))
    assert codec_name(article.encoding) == "utf-8"
    assert article.text == JA_BODY


@pytest.mark.parametrize(
    ("encoding", "family"),
    [
        ("cp932", {"cp932", "shift_jis", "shift_jis_2004", "shift_jisx0213"}),
        ("shift_jis", {"cp932", "shift_jis", "shift_jis_2004", "shift_jisx0213"}),
        ("euc_jp", {"euc_jp", "euc_jis_2004", "euc_jisx0213"}),
    ],
)
def test_japanese_legacy_encodings_are_decoded(tmp_path: Path, encoding: str, family: set[str]) -> None:
    raw = '---\ntitle: "オープンAIとAWSが契約"\ndate: 2025-11-04\n---\n' + JA_BODY
    path = write_text(tmp_path, f"legacy-{encoding}.txt", raw, encoding=encoding)
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")  # the file really is not UTF-8
    article = read_article(path)
    assert article.text == JA_BODY
    assert article.title == "オープンAIとAWSが契約"
    assert article.published == dt.date(2025, 11, 4)
    assert article.lang == "ja"
    assert codec_name(article.encoding) in {codec_name(name) for name in family}


# ----------------------------------------------------- unreadable articles


@pytest.mark.parametrize("content", [b"", b"   \n\n\t  \r\n", "\u3000\n".encode()])
def test_empty_and_whitespace_only_files_are_input_errors(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match="empty"):
        read_article(path)


def test_front_matter_without_a_body_is_empty(tmp_path: Path) -> None:
    path = write_text(tmp_path, "only-meta.md", FRONT_MATTER + "\n")
    with pytest.raises(InputError, match="empty"):
        read_article(path)


def test_binary_file_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)))
    with pytest.raises(InputError, match="binary"):
        read_article(path)


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.txt"
    with pytest.raises(InputError, match="nowhere.txt"):
        read_article(missing)


def test_a_folder_is_not_an_article(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        read_article(tmp_path)


# ------------------------------------------------------------------ folders


def test_folders_are_expanded_recursively_and_sorted(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    for name in ("b.txt", "a.md", "ja/2.txt", "ja/1.txt", "en/deep/z.markdown", "en/x.TXT"):
        write_text(root, name, EN_BODY)
    skipped_names = ("README.md", "ja/readme.md", "notes.json", "data.csv", "ja/page.pdf", ".hidden.txt", "en/x.txt~")
    for skipped in skipped_names:
        write_text(root, skipped, EN_BODY)
    (root / "empty-dir").mkdir()
    found = list(iter_article_paths([root]))
    expected = sorted(
        root / name for name in ("b.txt", "a.md", "ja/2.txt", "ja/1.txt", "en/deep/z.markdown", "en/x.TXT")
    )
    assert found == [str(p) for p in expected]
    assert all(isinstance(p, str) for p in found)


def test_files_are_kept_as_given_and_in_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_text(tmp_path, "z.txt", EN_BODY)
    write_text(tmp_path, "dir/a.txt", EN_BODY)
    # a file given explicitly is read whatever its suffix
    write_text(tmp_path, "notes.json", EN_BODY)
    assert list(iter_article_paths(["z.txt", "./dir", "notes.json", "-"])) == [
        "z.txt",
        str(Path("dir") / "a.txt"),
        "notes.json",
        "-",
    ]


def test_missing_path_in_a_list_is_an_input_error(tmp_path: Path) -> None:
    write_text(tmp_path, "a.txt", EN_BODY)
    with pytest.raises(InputError, match="no-such-folder"):
        list(iter_article_paths([tmp_path / "a.txt", tmp_path / "no-such-folder"]))


def test_article_suffixes() -> None:
    assert {".txt", ".md"} <= ARTICLE_SUFFIXES
    assert ".json" not in ARTICLE_SUFFIXES


# ----------------------------------------------------------------- language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("グーグルはアンソロピックに追加出資した。", "ja"),
        ("米マイクロソフト、オープンAIと新契約", "ja"),  # a headline with few kana
        ("AWSとOpenAIがクラウド契約", "ja"),  # mostly Latin names, still Japanese
        ("Google invested another $1 billion in Anthropic.", "en"),
        ("AWS, Azure and GCP: Q3 cloud revenue", "en"),
    ],
)
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


# ----------------------------------------------------------------- identity


def test_identity_is_the_url_when_there_is_one(tmp_path: Path) -> None:
    first = read_article(write_text(tmp_path, "one.md", FRONT_MATTER + EN_BODY))
    second = read_article(write_text(tmp_path, "copy/two.md", FRONT_MATTER + EN_BODY))
    assert first.identity == second.identity == "https://example.com/news/123"


def test_identity_is_the_resolved_path_without_a_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_text(tmp_path, "sub/a.txt", EN_BODY)
    plain = read_article("sub/a.txt")
    dotted = read_article("./sub/../sub/a.txt")
    assert plain.path == "sub/a.txt"  # the path as given is what facts cite
    assert plain.identity == dotted.identity == (tmp_path / "sub" / "a.txt").resolve().as_posix()


def test_identity_of_standard_input_depends_on_the_text() -> None:
    a = parse_article(EN_BODY, path="-")
    b = parse_article(JA_BODY, path="-")
    assert a.identity.startswith("stdin:")
    assert a.identity != b.identity
    assert a.identity == parse_article(EN_BODY, path="-").identity


def test_article_is_frozen() -> None:
    article = parse_article(EN_BODY, path="x.txt")
    assert isinstance(article, Article)
    with pytest.raises(AttributeError):
        article.text = "changed"  # type: ignore[misc]
