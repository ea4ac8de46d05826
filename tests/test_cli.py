"""End to end through the command line: extract, ingest, export, query, view, stats."""
from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kgraph.cli import cli

DATA = Path(__file__).parent / "data"
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"
FACT_KEYS = {"article", "relation", "subject", "object", "amount", "date", "duration", "evidence", "confidence",
             "status"}

pytestmark = pytest.mark.models


def run(*args: str, store: Path | None = None) -> str:
    runner = CliRunner()
    argv = (["--store", str(store)] if store else []) + list(args)
    result = runner.invoke(cli, argv, catch_exceptions=False)
    assert result.exit_code == 0, result.output + (result.stderr if hasattr(result, "stderr") else "")
    return result.stdout


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("kg") / "store"
    run("ingest", str(DATA), store=path)
    return path


def test_extract_jsonl_is_the_contract() -> None:
    out = run("extract", str(DATA / "en_deal.txt"), "--format", "jsonl")
    facts = [json.loads(line) for line in out.splitlines()]
    assert facts, "no facts"
    for fact in facts:
        assert set(fact) == FACT_KEYS
        assert fact["article"] == str(DATA / "en_deal.txt")
        assert 0 <= fact["confidence"] <= 1
        assert fact["evidence"] in (DATA / "en_deal.txt").read_text(encoding="utf-8")
    cloud = [f for f in facts if f["relation"] == "provides_cloud_to"]
    assert [(f["subject"], f["object"]) for f in cloud] == [("Oracle Cloud Infrastructure", "Anthropic")] or \
        [(f["subject"], f["object"]) for f in cloud] == [("Oracle", "Anthropic")]
    assert cloud[0]["amount"]["value"] == 2_000_000_000 and cloud[0]["amount"]["currency"] == "USD"
    assert cloud[0]["date"] == "2025-05" and cloud[0]["duration"] == "P5Y"
    invest = [f for f in facts if f["relation"] == "invests_in"]
    assert [(f["subject"], f["object"], f["date"]) for f in invest] == [("Microsoft", "Mistral AI", "2024")]


def test_extract_table_and_japanese() -> None:
    out = run("extract", str(DATA / "ja_deal.txt"), "--format", "table")
    assert "provides_cloud_to" in out and "Google Cloud" in out and "Anthropic" in out
    out = run("extract", str(DATA / "ja_deal.txt"))
    facts = [json.loads(line) for line in out.splitlines()]
    cloud = next(f for f in facts if f["relation"] == "provides_cloud_to")
    assert cloud["amount"]["value"] is None and cloud["amount"]["text"]  # 数百億ドル is vague
    assert any(f["relation"] == "supplies" and f["subject"] == "NVIDIA" and f["object"] == "CoreWeave" for f in facts)


def test_reingest_keeps_triple_count(store: Path) -> None:
    before = json.loads(run("stats", "--format", "json", store=store))
    run("ingest", str(DATA), store=store)
    run("ingest", "--force", str(DATA), store=store)
    after = json.loads(run("stats", "--format", "json", store=store))
    assert before == after
    assert after["articles"] == 2 and after["facts"] >= 3


def test_export_parses_strictly_in_every_format(store: Path, tmp_path: Path) -> None:
    formats = {"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS,
               "jsonld": ox.RdfFormat.JSON_LD}
    for name, fmt in formats.items():
        target = tmp_path / f"g.{name}"
        run("export", "--format", name, "-o", str(target), store=store)
        parsed = list(ox.parse(target.read_bytes(), format=fmt))
        assert parsed, name
    text = (tmp_path / "g.turtle").read_text(encoding="utf-8")
    assert "@prefix kg: <https://w3id.org/kgraph/ontology#>" in text


def test_query_formats_and_refusals(store: Path) -> None:
    q = "SELECT ?s ?o WHERE { ?s kg:investsIn ?o }"
    rows = json.loads(run("query", q, "--format", "json", store=store))
    assert {"s": "https://w3id.org/kgraph/entity/microsoft", "o": "https://w3id.org/kgraph/entity/mistral-ai"} \
        in rows
    assert run("query", q, "--format", "csv", store=store).splitlines()[0] == "s,o"
    runner = CliRunner()
    for bad in ("DELETE WHERE { ?s ?p ?o }", "SELECT * WHERE { SERVICE <http://example.org/> { ?s ?p ?o } }",
                "SELECT * FROM <http://example.org/x> WHERE { ?s ?p ?o }", "LOAD <http://example.org/x>"):
        result = runner.invoke(cli, ["--store", str(store), "query", bad])
        assert result.exit_code != 0 and "Error" in result.output


def test_view_writes_offline_page(store: Path, tmp_path: Path) -> None:
    target = tmp_path / "graph.html"
    run("view", "-o", str(target), store=store)
    html = target.read_text(encoding="utf-8")
    assert "Anthropic" in html and "https://cdn" not in html


def test_unreadable_file_is_reported_and_rest_ingested(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text((DATA / "en_deal.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--store", str(tmp_path / "s"), "ingest", str(folder)])
    assert result.exit_code != 0
    assert "empty.txt" in result.output
    stats = json.loads(run("stats", "--format", "json", store=tmp_path / "s"))
    assert stats["articles"] == 1


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the shared seed articles are not beside the repository")
def test_seed_cloud_contract_is_queryable(tmp_path: Path) -> None:
    store = tmp_path / "s"
    run("ingest", str(SEEDS), store=store)
    triples = json.loads(run("stats", "--format", "json", store=store))["triples"]
    run("ingest", str(SEEDS), store=store)
    run("ingest", "--force", str(SEEDS), store=store)
    assert json.loads(run("stats", "--format", "json", store=store))["triples"] == triples
    run("export", "-o", str(tmp_path / "g.ttl"), store=store)
    graph = ox.Store()
    graph.load((tmp_path / "g.ttl").read_bytes(), format=ox.RdfFormat.TURTLE)
    q = """
    PREFIX kg: <https://w3id.org/kgraph/ontology#>
    PREFIX schema: <https://schema.org/>
    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    SELECT ?c WHERE {
      ?c a kg:CloudContract ; kg:provider ?p ; kg:customer ?o ; kg:amount ?a ; kg:date ?d ; kg:duration ?dur .
      ?p rdfs:label "Amazon Web Services"@en . ?o rdfs:label "OpenAI"@en .
      ?a schema:value ?v ; schema:currency "USD" .
      FILTER (?v = 38000000000 && STR(?d) = "2025-11" && STR(?dur) = "P7Y")
    }"""
    assert len(list(graph.query(q))) == 1
