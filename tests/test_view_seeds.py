"""The HTML view of the seed articles, opened in headless Chromium."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from browser import find_chromium, open_page, wait_for_graph
from click.testing import CliRunner

from kgraph.cli import cli

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"
CORPUS = Path(__file__).resolve().parents[1] / "corpus"

pytestmark = [pytest.mark.browser, pytest.mark.models]


def _need_browser() -> None:
    if find_chromium() is None:
        if os.environ.get("CI"):
            pytest.fail("CI must have Chromium: scripts/setup.sh --test installs it")
        pytest.skip("no chromium binary (scripts/setup.sh --test installs Debian's chromium)")


def _page(tmp_path: Path, source: Path) -> Path:
    store, page = tmp_path / "store", tmp_path / "graph.html"
    runner = CliRunner()
    for args in (["ingest", str(source)], ["view", "-o", str(page)]):
        result = runner.invoke(cli, ["--store", str(store), *args], catch_exceptions=False)
        assert result.exit_code == 0, result.output
    return page


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the shared seed articles are not beside the repository")
def test_seed_view_in_chromium(tmp_path: Path) -> None:
    _need_browser()
    page_path = _page(tmp_path, SEEDS)
    with open_page(page_path) as (page, log):
        wait_for_graph(page)
        labels = set(page.evaluate("window.kgNetwork.body.data.nodes.get().map(n => n.label)"))
        assert {"OpenAI", "Amazon Web Services", "Azure", "Microsoft", "NVIDIA"} <= labels
        edges = page.evaluate("window.kgNetwork.body.data.edges.get().length")
        assert edges >= 10
        page.evaluate("window.kgSelect(window.kgNetwork.body.data.nodes.get().find(n => n.label === 'OpenAI').id)")
        details = page.inner_text("#kg-details")
        assert "ChatGPT" in details or "Amazon Web Services" in details
        assert log.outside_requests() == []
        assert log.errors() == []


def test_corpus_view_in_chromium(tmp_path: Path) -> None:
    _need_browser()
    page_path = _page(tmp_path, CORPUS)
    with open_page(page_path) as (page, log):
        wait_for_graph(page)
        assert page.evaluate("window.kgNetwork.body.data.nodes.get().length") >= 10
        assert log.outside_requests() == []
        assert log.errors() == []
