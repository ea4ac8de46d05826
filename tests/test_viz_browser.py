"""The kgraph page in a real headless Chromium: offline, no errors, no injection."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx
import pytest
from browser import find_chromium, open_page, wait_for_graph
from viewdata import fact

from kgraph.viz import write_html

if TYPE_CHECKING:
    from playwright.sync_api import Page

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        find_chromium() is None,
        reason="no chromium binary (apt-get install chromium, or set KGRAPH_CHROMIUM)",
    ),
]

E = "https://kgraph.example/entity/"
F = "https://kgraph.example/fact/"
HOSTILE_NAME = "</script><script>window.__pwned=1</script>"
HOSTILE_EVIDENCE = '<img src=x onerror="window.__pwned=2"> href=javascript:alert(1)'
NAMED = {
    "openai": ("OpenAI", "Organization", None, []),
    "aws": ("Amazon Web Services", "Service", "アマゾン・ウェブ・サービス", ["AWS"]),
    "azure": ("Microsoft Azure", "Service", None, ["Azure"]),
    "microsoft": ("Microsoft", "Organization", "マイクロソフト", ["MS"]),
    "nvidia": ("NVIDIA", "Organization", "エヌビディア", []),
    "netflix": ("Netflix", "Organization", None, []),
}


def small_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for key, (label, kind, label_ja, aliases) in NAMED.items():
        g.add_node(E + key, label=label, label_ja=label_ja, kind=kind, aliases=aliases)
    g.add_node(E + "hostile", label=HOSTILE_NAME, kind="Organization", aliases=[])
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
        key=F + "aws-openai",
        **fact(
            "provides_cloud_to",
            amount_text="38,000,000,000 USD",
            amount_value=38e9,
            currency="USD",
            date="2025-11",
            duration="P7Y",
            confidence=0.92,
            evidence="Amazon Web Services and OpenAI signed a seven-year, $38 billion deal.",
            sources=[source],
        ),
    )
    g.add_edge(
        E + "aws",
        E + "openai",
        key=F + "aws-openai-2",
        **fact("provides_cloud_to", amount_text="数百億ドル", date="2026-01", status="in_talks"),
    )
    g.add_edge(
        E + "microsoft",
        E + "openai",
        key=F + "ms-openai",
        **fact(
            "invests_in", amount_text="about 13 billion USD", amount_value=13e9, currency="USD", date="2019"
        ),
    )
    g.add_edge(E + "microsoft", E + "azure", key=F + "ms-azure", **fact("operates"))
    g.add_edge(E + "azure", E + "openai", key=F + "azure-openai", **fact("provides_cloud_to", date="2023-01"))
    g.add_edge(E + "nvidia", E + "aws", key=F + "nvidia-aws", **fact("supplies"))
    g.add_edge(E + "aws", E + "netflix", key=F + "outage", **fact("outage_affects", date="2025-10-20"))
    g.add_edge(E + "microsoft", E + "aws", key=F + "compete", **fact("competes_with"))
    g.add_edge(
        E + "hostile",
        E + "openai",
        key=F + "hostile",
        **fact(
            "partners_with",
            evidence=HOSTILE_EVIDENCE,
            status="in_talks",
            sources=[
                {
                    "article": "x",
                    "title": HOSTILE_NAME,
                    "path": "corpus/evil.md",
                    "url": "javascript:window.__pwned=3",
                    "published": None,
                }
            ],
        ),
    )
    return g


def dom_position(page: Page, node_id: str) -> dict[str, float]:
    """Where a node is drawn, in page coordinates."""
    point: dict[str, float] = page.evaluate(
        """id => {
            const net = window.kgNetwork;
            const p = net.canvasToDOM(net.getPositions([id])[id]);
            const box = document.getElementById("kg-network").getBoundingClientRect();
            return {x: box.left + p.x, y: box.top + p.y};
        }""",
        node_id,
    )
    return point


@pytest.fixture
def page_path(tmp_path: Path) -> Path:
    return write_html(small_graph(), tmp_path / "graph.html", title="Cloud market")


def test_page_is_offline_safe_and_interactive(page_path: Path) -> None:
    with open_page(page_path) as (page, log):
        wait_for_graph(page)

        labels = page.evaluate("() => window.kgNetwork.body.data.nodes.get().map(n => n.label)")
        for label, *_rest in NAMED.values():
            assert label in labels
        assert HOSTILE_NAME in labels
        assert page.evaluate("() => window.kgNetwork.body.data.edges.get().length") == 9
        assert page.evaluate("() => window.kgNetwork.physics.options.enabled") is False
        assert page.text_content("#kg-count-facts") == "9"

        # the hostile node's name is shown as text, not markup
        assert page.evaluate("id => window.kgSelect(id)", E + "hostile") is True
        details = page.text_content("#kg-details") or ""
        assert "</script>" in details
        assert HOSTILE_NAME in details
        assert HOSTILE_EVIDENCE in details
        assert page.locator("#kg-details img, #kg-details script").count() == 0
        assert page.evaluate("() => document.scripts.length") == 3
        hrefs = page.eval_on_selector_all("#kg-details a", "links => links.map(a => a.href)")
        assert hrefs == []  # the javascript: url is shown as text only
        assert page.evaluate("() => window.kgNetwork.getSelectedNodes()") == [E + "hostile"]

        # a fact: edge details with an http(s) source link
        assert page.evaluate("id => window.kgSelectFact(id)", F + "aws-openai") is True
        details = page.text_content("#kg-details") or ""
        assert "provides cloud to" in details
        assert "38,000,000,000 USD" in details
        assert "P7Y (7 years)" in details
        assert "OpenAI signs a seven-year cloud deal" in details
        hrefs = page.eval_on_selector_all("#kg-details a", "links => links.map(a => a.href)")
        assert hrefs == ["https://example.com/news/123"]

        # search: case-insensitive, by alias and in Japanese
        page.fill("#kg-search", "azure")
        page.press("#kg-search", "Enter")
        assert page.evaluate("() => window.kgNetwork.getSelectedNodes()") == [E + "azure"]
        assert "Microsoft Azure" in (page.text_content("#kg-details h2") or "")
        page.fill("#kg-search", "マイクロソフト")
        page.press("#kg-search", "Enter")
        assert page.evaluate("() => window.kgNetwork.getSelectedNodes()") == [E + "microsoft"]
        page.fill("#kg-search", "no such company")
        page.press("#kg-search", "Enter")
        assert page.text_content("#kg-status") == "No match"

        # real clicks on the canvas: a node, then the middle of a (straight) edge
        page.evaluate("() => window.kgNetwork.fit({animation: false})")
        nvidia, aws = (dom_position(page, E + key) for key in ("nvidia", "aws"))
        page.mouse.click(nvidia["x"], nvidia["y"])
        assert (page.text_content("#kg-details h2") or "") == "NVIDIA"
        assert "supplies" in (page.text_content("#kg-details") or "")
        page.mouse.click((nvidia["x"] + aws["x"]) / 2, (nvidia["y"] + aws["y"]) / 2)
        assert page.evaluate("() => window.kgNetwork.getSelectedEdges()") == [F + "nvidia-aws"]
        assert (page.text_content("#kg-details h2") or "") == "supplies"

        assert page.evaluate("() => typeof window.__pwned") == "undefined"
        assert log.outside_requests() == []
        assert log.aborted == []
        assert log.errors() == []
        assert log.console_warnings == []


def test_empty_graph_page_has_no_errors(tmp_path: Path) -> None:
    path = write_html(nx.MultiDiGraph(), tmp_path / "empty.html")
    with open_page(path) as (page, log):
        page.wait_for_function("() => window.kgNetwork !== undefined")
        assert page.text_content("#kg-count-facts") == "0"
        page.fill("#kg-search", "azure")
        page.press("#kg-search", "Enter")
        assert page.text_content("#kg-status") == "No match"
        assert log.outside_requests() == []
        assert log.errors() == []
