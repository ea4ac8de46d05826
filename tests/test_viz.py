"""kgraph.viz without a browser: offline page, escaped untrusted text, atomic writes."""

from __future__ import annotations

import base64
import hashlib
import json
import math
import os
import re
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from viewdata import fact

from kgraph import viz
from kgraph.viz import render_html, write_html

E = "https://kgraph.example/entity/"
F = "https://kgraph.example/fact/"

HOSTILE = [
    "</script><script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">click</a> href',
    "</SCRIPT ><!-- <script>",
    "line\u2028separator\u2029paragraph & more",
]


def sample_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node(E + "openai", label="OpenAI", kind="Organization", aliases=["オープンAI"])
    g.add_node(
        E + "aws",
        label="Amazon Web Services",
        label_ja="アマゾン・ウェブ・サービス",
        kind="Service",
        aliases=["AWS"],
    )
    g.add_node(E + "microsoft", label="Microsoft", label_ja="マイクロソフト", kind="Organization", aliases=[])
    g.add_node(E + "amazon", label="Amazon", kind="Organization", aliases=["アマゾン"])
    source = {
        "article": "https://kgraph.example/article/1",
        "title": "OpenAI signs a seven-year cloud deal",
        "path": "corpus/en/openai-aws.md",
        "url": "https://example.com/news/123",
        "published": "2025-11-04",
    }
    g.add_edge(
        E + "aws",
        E + "openai",
        key=F + "1",
        **fact(
            "provides_cloud_to",
            amount_text="38,000,000,000 USD",
            amount_value=38e9,
            currency="USD",
            date="2025-11-03",
            duration="P7Y",
            evidence="AWS and OpenAI signed a $38 billion deal.",
            sources=[source],
        ),
    )
    g.add_edge(E + "aws", E + "openai", key=F + "2", **fact("provides_cloud_to", date="2026-01"))
    g.add_edge(E + "amazon", E + "microsoft", key=F + "3", **fact("competes_with"))
    g.add_edge(E + "microsoft", E + "openai", key=F + "4", **fact("invests_in", status="in_talks"))
    g.add_edge(E + "amazon", E + "aws", key=F + "5", **fact("operates"))
    return g


def hostile_graph(text: str) -> nx.MultiDiGraph:
    g = sample_graph()
    g.add_node(E + "hostile", label=text, label_ja=text, kind="Organization", aliases=[text])
    g.add_edge(
        E + "hostile",
        E + "openai",
        key=F + "hostile",
        **fact(
            "supplies",
            amount_text=text,
            evidence=text,
            duration=text,
            status=text,
            sources=[{"article": text, "title": text, "path": text, "url": text, "published": text}],
        ),
    )
    return g


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(html)
    parser.close()
    return parser.tags


def page_data(html: str) -> dict[str, Any]:
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.DOTALL)
    assert match, "no kg-data block"
    data: dict[str, Any] = json.loads(match.group(1))
    return data


def script_texts(html: str) -> list[str]:
    return re.findall(r"<script>(.*?)</script>", html, re.DOTALL)


# ---------------------------------------------------------------- offline page


def test_page_loads_nothing_from_the_network() -> None:
    html = render_html(sample_graph())
    for tag, attrs in tags(html):
        for name in ("src", "href", "srcset", "data", "action"):
            value = (attrs.get(name) or "").strip().lower()
            assert not re.match(r"^(https?:)?//", value), (tag, name, value)
        assert tag != "link", "no <link> elements: everything is inlined"
        if tag == "script":
            assert "src" not in attrs
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", html, re.IGNORECASE)
    assert not re.search(r"""url\(\s*["']?\s*(?:https?:)?//""", html, re.IGNORECASE)
    assert "@import" not in html
    assert "bootstrap" not in html.lower()
    assert "cdnjs" not in html and "jsdelivr" not in html


def test_page_inlines_vis_network_from_pyvis() -> None:
    html = render_html(sample_graph())
    vis_js, vis_css = viz._vis_assets()
    assert vis_js.strip()[:200] in html
    assert vis_css.strip()[:200] in html
    assert '<meta charset="utf-8">' in html


def test_content_security_policy_allows_exactly_the_page_scripts() -> None:
    html = render_html(sample_graph())
    metas = [a for t, a in tags(html) if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert len(metas) == 1
    policy = metas[0]["content"] or ""
    assert "default-src 'none'" in policy
    assert "connect-src 'none'" in policy
    assert "unsafe-inline" not in policy.split("script-src", 1)[1].split(";", 1)[0]
    scripts = script_texts(html)
    assert len(scripts) == 2
    for text in scripts:
        digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in policy


# ------------------------------------------------------------ untrusted text


@pytest.mark.parametrize("text", HOSTILE)
def test_untrusted_text_appears_only_json_escaped(text: str) -> None:
    html = render_html(hostile_graph(text), title="news")
    assert text not in html
    for raw in ("</script><script>alert(1)", "<img src=x", "<a href=", 'href="javascript', "<!-- <script>"):
        if raw in text:
            assert raw not in html
    assert "\u2028" not in html and "\u2029" not in html
    escaped = json.dumps(text, ensure_ascii=False)[1:-1]
    for char, code in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        escaped = escaped.replace(char, code)
    escaped = escaped.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    assert escaped in html
    # the page's own elements only: three scripts, no images, no links
    names = [tag for tag, _attrs in tags(html)]
    assert names.count("script") == 3
    assert html.lower().count("</script") == 3
    assert "img" not in names and "a" not in names
    # and the data round-trips exactly
    data = page_data(html)
    hostile = next(e for e in data["entities"] if e["id"] == E + "hostile")
    assert hostile["label"] == text and hostile["aliases"] == [text]
    hostile_fact = next(f for f in data["facts"] if f["id"] == F + "hostile")
    assert hostile_fact["evidence"] == text
    assert hostile_fact["sources"][0]["url"] == text


def test_no_pyvis_tooltips_for_untrusted_text() -> None:
    data = page_data(render_html(hostile_graph("<b>href</b>")))
    for item in data["nodes"] + data["edges"]:
        assert "title" not in item
    assert "div.popup" not in render_html(hostile_graph("href"))


def test_title_is_escaped() -> None:
    html = render_html(sample_graph(), title="<b>Cloud</b> & AI")
    assert "<title>&lt;b&gt;Cloud&lt;/b&gt; &amp; AI</title>" in html
    assert "<b>Cloud</b>" not in html


@pytest.mark.parametrize("height", ["100vh", "800px", "75%", "40.5rem"])
def test_height_accepts_css_lengths(height: str) -> None:
    assert f"#kg-app {{ height: {height}; }}" in render_html(sample_graph(), height=height)


@pytest.mark.parametrize("height", ["100vh; } body { display: none", "</style>", "", "tall"])
def test_height_rejects_anything_else(height: str) -> None:
    with pytest.raises(ValueError, match="CSS length"):
        render_html(sample_graph(), height=height)


# ----------------------------------------------------------------- the graph


def test_nodes_carry_labels_and_look_different_by_kind() -> None:
    html = render_html(sample_graph())
    data = page_data(html)
    nodes = {n["id"]: n for n in data["nodes"]}
    assert {n["label"] for n in nodes.values()} == {"OpenAI", "Amazon Web Services", "Microsoft", "Amazon"}
    org, service = nodes[E + "openai"], nodes[E + "aws"]
    assert org["shape"] != service["shape"]
    assert org["color"]["background"] != service["color"]["background"]
    entities = {e["id"]: e for e in data["entities"]}
    assert entities[E + "aws"]["label_ja"] == "アマゾン・ウェブ・サービス"
    assert entities[E + "aws"]["aliases"] == ["AWS"]
    assert entities[E + "aws"]["kind"] == "Service"


def test_header_counts() -> None:
    html = render_html(sample_graph())
    assert '<span id="kg-count-organizations">3</span>' in html
    assert '<span id="kg-count-services">1</span>' in html
    assert '<span id="kg-count-facts">5</span>' in html


def test_edges_are_labelled_coloured_and_curved() -> None:
    data = page_data(render_html(sample_graph()))
    edges = {e["id"]: e for e in data["edges"]}
    assert edges[F + "1"]["label"] == "cloud · $38B · 2025-11"
    assert edges[F + "2"]["label"] == "cloud · 2026-01"
    assert edges[F + "3"]["label"] == "competes"
    assert edges[F + "1"]["from"] == E + "aws" and edges[F + "1"]["to"] == E + "openai"
    # directed relations have an arrow, symmetric ones none
    assert edges[F + "1"]["arrows"]["to"]["enabled"] is True
    assert edges[F + "3"]["arrows"]["to"]["enabled"] is False
    # colour by relation
    assert edges[F + "1"]["color"]["color"] == viz.RELATION_STYLES["provides_cloud_to"].color
    assert edges[F + "4"]["color"]["color"] == viz.RELATION_STYLES["invests_in"].color
    assert edges[F + "4"]["dashes"] is True and edges[F + "1"]["dashes"] is False
    # two facts between AWS and OpenAI bend apart; single facts are straight
    assert edges[F + "1"]["smooth"]["enabled"] and edges[F + "2"]["smooth"]["enabled"]
    assert edges[F + "1"]["smooth"]["type"] != edges[F + "2"]["smooth"]["type"]
    assert edges[F + "1"]["font"]["vadjust"] != edges[F + "2"]["font"]["vadjust"]  # labels stacked
    assert edges[F + "3"]["smooth"] == {"enabled": False}


def test_facts_carry_the_details() -> None:
    data = page_data(render_html(sample_graph()))
    first = next(f for f in data["facts"] if f["id"] == F + "1")
    assert first["amount"] == "38,000,000,000 USD"
    assert first["duration_text"] == "7 years"
    assert first["sources"][0]["url"] == "https://example.com/news/123"
    assert first["confidence"] == 0.9


def test_legend_lists_relations() -> None:
    html = render_html(sample_graph())
    for name, style in viz.RELATION_STYLES.items():
        assert f'data-relation="{name}"' in html
        assert style.phrase in html


def test_physics_is_barnes_hut_with_stabilization() -> None:
    options = page_data(render_html(sample_graph()))["options"]
    physics = options["physics"]
    assert physics["solver"] == "barnesHut"
    assert physics["enabled"] is True
    assert physics["stabilization"]["enabled"] is True
    assert physics["barnesHut"]["gravitationalConstant"] < 0
    assert "configure" not in options


def test_empty_graph() -> None:
    html = render_html(nx.MultiDiGraph())
    data = page_data(html)
    assert data["nodes"] == [] and data["edges"] == [] and data["facts"] == []
    assert '<span id="kg-count-facts">0</span>' in html


def test_odd_attribute_values_still_give_valid_json() -> None:
    g = nx.MultiDiGraph()
    g.add_node(E + "a", label="A\ud800", kind="Service", aliases=("x", None, ""))
    g.add_node(E + "b")  # no attributes at all
    g.add_edge(
        E + "a", E + "b", key=F + "x", relation="acquires", amount_value=math.nan, confidence=Decimal("0.5")
    )
    g.add_edge(
        E + "a", E + "b", key=F + "y", relation="acquires", amount_value=Decimal("1e10"), currency="JPY"
    )
    g.add_edge(E + "a", E + "a", key=F + "z", relation="not_a_relation", sources={"title": "one"})
    data = page_data(render_html(g))
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes[E + "b"]["label"] == E + "b"
    assert nodes[E + "a"]["label"] == "A?"
    facts = {f["id"]: f for f in data["facts"]}
    assert facts[F + "x"]["amount_value"] is None
    assert facts[F + "x"]["confidence"] == 0.5
    assert facts[F + "y"]["amount"] == "10,000,000,000 JPY"
    assert facts[F + "z"]["sources"][0]["title"] == "one"
    edges = {e["id"]: e for e in data["edges"]}
    assert edges[F + "y"]["label"] == "acquires · ¥10B"
    assert edges[F + "z"]["label"] == "related"


# ------------------------------------------------------------------- writing


def test_write_html_writes_utf8(tmp_path: Path) -> None:
    target = tmp_path / "graph.html"
    assert write_html(sample_graph(), target, title="クラウド市場") == target
    raw = target.read_bytes()
    text = raw.decode("utf-8")
    assert "<title>クラウド市場</title>" in text
    assert "アマゾン・ウェブ・サービス".encode() in raw
    assert text == render_html(sample_graph(), title="クラウド市場")
    assert [p.name for p in tmp_path.iterdir()] == ["graph.html"]


def test_write_html_failure_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "graph.html"
    target.write_text("old page", encoding="utf-8")

    def broken_replace(src: object, dst: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        write_html(sample_graph(), target)
    assert target.read_text(encoding="utf-8") == "old page"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.html"]


def test_write_html_render_failure_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "graph.html"
    target.write_text("old page", encoding="utf-8")

    def broken_render(*args: object, **kwargs: object) -> str:
        raise RuntimeError("boom")

    monkeypatch.setattr(viz, "render_html", broken_render)
    with pytest.raises(RuntimeError, match="boom"):
        write_html(sample_graph(), target)
    assert target.read_text(encoding="utf-8") == "old page"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.html"]


def test_write_html_replaces_and_keeps_permissions(tmp_path: Path) -> None:
    target = tmp_path / "graph.html"
    target.write_text("old page", encoding="utf-8")
    target.chmod(0o640)
    write_html(sample_graph(), target)
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert target.stat().st_mode & 0o777 == 0o640
