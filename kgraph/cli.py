"""The ``kgraph`` command line: a thin layer over the library.

This is the only module that prints or exits. Commands that do not read text
(query, export, view, stats) never import spaCy.
"""
from __future__ import annotations

import csv
import io
import json
import sys
import webbrowser
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from .errors import InputError, KGraphError

if TYPE_CHECKING:
    from .article import Article
    from .facts import Fact

__all__ = ["main", "cli"]

DEFAULT_STORE = "output/store"
DEFAULT_MIN_CONFIDENCE = 0.5


class Settings:
    def __init__(self, store: str) -> None:
        self.store = Path(store)


def _fail(message: str) -> click.ClickException:
    return click.ClickException(message)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--store", envvar="KGRAPH_STORE", default=DEFAULT_STORE, show_default=True,
              help="Path of the embedded store (env: KGRAPH_STORE).")
@click.version_option(package_name="kgraph")
@click.pass_context
def cli(ctx: click.Context, store: str) -> None:
    """kgraph: news about the cloud market, as a knowledge graph.

    Read articles (Japanese or English) into an embedded RDF store, then query,
    export and draw who depends on whom.
    """
    ctx.obj = Settings(store)


# ---------------------------------------------------------------- reading text
def _read_articles(paths: tuple[str, ...], errors: list[str]) -> Iterator[Article]:
    from .article import iter_article_paths, read_article

    try:
        names = list(iter_article_paths(paths))
    except InputError as exc:
        raise _fail(str(exc)) from exc
    for name in names:
        try:
            yield read_article(name)
        except InputError as exc:
            errors.append(str(exc))
            click.echo(f"skipped: {exc}", err=True)


def _extractor(model: str | None, min_confidence: float) -> Any:
    from .nlp.pipeline import Extractor

    return Extractor(model=model, min_confidence=min_confidence)


def _count_paths(paths: tuple[str, ...]) -> int:
    from .article import iter_article_paths

    try:
        return sum(1 for _ in iter_article_paths(paths))
    except InputError:
        return 0


model_option = click.option("--model", metavar="NAME", default=None,
                            help="Use this installed spaCy pipeline instead of ja_ginza / blank English.")
confidence_option = click.option("--min-confidence", type=click.FloatRange(0, 1), default=DEFAULT_MIN_CONFIDENCE,
                                 show_default=True, envvar="KGRAPH_MIN_CONFIDENCE",
                                 help="Drop facts below this confidence.")


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True)
@model_option
@confidence_option
def extract(paths: tuple[str, ...], fmt: str, model: str | None, min_confidence: float) -> None:
    """Print the facts in articles (files, folders or - for stdin); the store is not touched.

    jsonl is the fact contract, one JSON object per line; table is for people.
    """
    errors: list[str] = []
    extractor = _extractor(model, min_confidence)
    rows: list[Fact] = []
    try:
        for _article, facts in extractor.extract(_read_articles(paths, errors)):
            if fmt == "jsonl":
                for fact in facts:
                    click.echo(fact.to_jsonl())
            else:
                rows.extend(facts)
    except KGraphError as exc:
        raise _fail(str(exc)) from exc
    if fmt == "table":
        _print_fact_table(rows)
    if errors:
        raise _fail(f"{len(errors)} article(s) could not be read")


def _print_fact_table(facts: list[Fact]) -> None:
    header = ["article", "relation", "subject", "object", "amount", "date", "duration", "status", "conf"]
    table = [header]
    for f in facts:
        amount = ""
        if f.amount:
            amount = f.amount.text if f.amount.value is None else f"{f.amount.value:,} {f.amount.currency}"
        table.append([Path(f.article).name, f.relation, f.subject.name, f.object.name, amount, f.date or "",
                      f.duration or "", f.status or "", f"{f.confidence:.2f}"])
    _echo_table(table)


def _echo_table(table: list[list[str]]) -> None:
    import unicodedata

    def width(s: str) -> int:
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)

    widths = [max(width(str(row[i])) for row in table) for i in range(len(table[0]))]
    for n, row in enumerate(table):
        cells = [str(c) + " " * (widths[i] - width(str(c))) for i, c in enumerate(row)]
        click.echo("  ".join(cells).rstrip())
        if n == 0:
            click.echo("  ".join("-" * w for w in widths))


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--force", is_flag=True, help="Re-extract articles whose text has not changed.")
@model_option
@confidence_option
@click.pass_obj
def ingest(settings: Settings, paths: tuple[str, ...], force: bool, model: str | None, min_confidence: float) -> None:
    """Read articles into the store, one named graph per article.

    Ingesting an article again replaces its facts; an unchanged article is skipped.
    """
    from .store import Store

    errors: list[str] = []
    statuses: Counter[str] = Counter()
    fact_count = 0
    total = _count_paths(paths)
    try:
        with Store.open(settings.store) as store:
            extractor = _extractor(model, min_confidence)

            def todo() -> Iterator[Article]:
                for article in _read_articles(paths, errors):
                    if not force and store.content_hash(article) == article.content_hash:
                        statuses["unchanged"] += 1
                        bar.update(1)
                        continue
                    yield article

            with click.progressbar(length=total, label="ingesting", file=sys.stderr,
                                   show_pos=True) as bar:
                for article, facts in extractor.extract(todo()):
                    result = store.ingest(article, facts)
                    statuses[result.status] += 1
                    fact_count += result.facts
                    bar.update(1)
            triples = len(store)
    except KGraphError as exc:
        raise _fail(str(exc)) from exc
    parts = [f"{n} {status}" for status, n in sorted(statuses.items())]
    click.echo(
        f"ingested {sum(statuses.values())} article(s) into {settings.store}: {', '.join(parts) or 'none'}; "
        f"{fact_count} new fact(s); the store holds {triples} triples",
        err=True,
    )
    if errors:
        for e in errors:
            click.echo(f"error: {e}", err=True)
        raise _fail(f"{len(errors)} article(s) failed")


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["turtle", "trig", "nquads", "jsonld"]), default="turtle",
              show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write here (atomically) instead of standard output.")
@click.pass_obj
def export(settings: Settings, fmt: str, output: Path | None) -> None:
    """Export the store as Turtle (default), TriG, N-Quads or JSON-LD."""
    from .store import Store

    try:
        with Store.open(settings.store, read_only=True) as store:
            if output is None:
                buf = io.BytesIO()
                store.export(buf, fmt=fmt)
                sys.stdout.buffer.write(buf.getvalue())
            else:
                store.export_to(output, fmt=fmt)
                click.echo(f"wrote {output}", err=True)
    except KGraphError as exc:
        raise _fail(str(exc)) from exc


@cli.command()
@click.argument("sparql", required=False)
@click.option("-f", "--file", "qfile", type=click.File("r", encoding="utf-8"), help="Read the query from a file.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.pass_obj
def query(settings: Settings, sparql: str | None, qfile: Any, fmt: str) -> None:
    """Run a read-only SPARQL query over the store (all article graphs as one).

    The kg:, kge:, schema:, prov:, skos:, rdfs: and xsd: prefixes are predefined.
    """
    from .store import Store

    if qfile is not None:
        sparql = qfile.read()
    if not sparql:
        raise click.UsageError("give a query, or -f FILE.rq")
    try:
        with Store.open(settings.store, read_only=True) as store:
            result = store.query(sparql)
    except KGraphError as exc:
        raise _fail(str(exc)) from exc
    if result.boolean is not None:
        click.echo(json.dumps({"boolean": result.boolean}) if fmt == "json" else str(result.boolean).lower())
        return
    if result.triples is not None:
        import pyoxigraph as ox

        buf = io.BytesIO()
        ox.serialize(result.triples, buf, format=ox.RdfFormat.N_TRIPLES)
        sys.stdout.write(buf.getvalue().decode("utf-8"))
        return
    if fmt == "json":
        click.echo(json.dumps([dict(zip(result.variables, row)) for row in result.rows], ensure_ascii=False,
                              default=str, indent=1))
    elif fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(result.variables)
        writer.writerows([["" if v is None else v for v in row] for row in result.rows])
        click.echo(out.getvalue(), nl=False)
    else:
        from .namespace import PREFIXES

        def short(value: Any) -> str:
            text = "" if value is None else str(value)
            for prefix, ns in PREFIXES.items():
                if text.startswith(str(ns)) and len(text) > len(str(ns)):
                    return f"{prefix}:{text[len(str(ns)):]}"
            return text

        _echo_table([result.variables, *[[short(v) for v in row] for row in result.rows]])
        click.echo(f"({len(result.rows)} row(s))", err=True)


@cli.command()
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("output/graph.html"), show_default=True)
@click.option("--title", default="kgraph: the cloud market", show_default=True)
@click.option("--open", "open_", is_flag=True, help="Open the page in a browser.")
@click.pass_obj
def view(settings: Settings, output: Path, title: str, open_: bool) -> None:
    """Draw the graph of organizations and services as one offline HTML page."""
    from .network import build_graph
    from .store import Store
    from .viz import write_html

    try:
        with Store.open(settings.store, read_only=True) as store:
            graph = build_graph(store)
    except KGraphError as exc:
        raise _fail(str(exc)) from exc
    write_html(graph, output, title=title)
    click.echo(f"wrote {output} ({graph.number_of_nodes()} entities, {graph.number_of_edges()} facts)", err=True)
    if open_:
        webbrowser.open(output.resolve().as_uri())


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.pass_obj
def stats(settings: Settings, fmt: str) -> None:
    """Count articles, entities and facts by relation."""
    from .store import Store

    try:
        with Store.open(settings.store, read_only=True) as store:
            numbers = store.stats()
    except KGraphError as exc:
        raise _fail(str(exc)) from exc
    if fmt == "json":
        click.echo(json.dumps(numbers, indent=1))
        return
    rows = [["articles", str(numbers["articles"])], ["organizations", str(numbers["organizations"])],
            ["services", str(numbers["services"])], ["facts", str(numbers["facts"])],
            ["triples", str(numbers["triples"])]]
    rows += [[f"  {rel}", str(n)] for rel, n in numbers["by_relation"].items()]
    _echo_table([["what", "count"], *rows])


@cli.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.argument("paths", nargs=-1)
@click.option("--predictions", type=click.File("r", encoding="utf-8"), default=None, metavar="FILE",
              help="Score the facts in this JSONL file (- for stdin) instead of extracting PATH...")
@click.option("--verbose", is_flag=True, help="Also list every miss, extra and wrong qualifier.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@confidence_option
@model_option
@click.option("--fail-under", type=click.FloatRange(0, 1), default=None, metavar="F1",
              help="Exit with status 1 when the overall F1 (as shown, 3 decimals) is below this.")
def eval_(gold: str, paths: tuple[str, ...], predictions: Any, verbose: bool, fmt: str, min_confidence: float,
          model: str | None, fail_under: float | None) -> None:
    """Score extracted facts against the gold facts in GOLD (JSONL, the fact contract).

    PATH... (files or folders) are extracted as by `kgraph extract`; with
    --predictions the facts are read instead, and PATH... (optional) only
    narrows the gold articles scored. Articles are matched by path, else by
    file name; names by the gazetteer, parents standing for their services.
    """
    from .article import iter_article_paths
    from .evaluate import read_jsonl, score

    if predictions is None and not paths:
        raise click.UsageError("give the articles to extract (PATH...), or --predictions FILE")
    errors: list[str] = []
    try:
        gold_facts = read_jsonl(gold)
        articles: list[str] | None
        if predictions is not None:
            predicted = read_jsonl(predictions)
            articles = list(iter_article_paths(paths)) if paths else None
        else:
            predicted, articles = [], []
            extractor = _extractor(model, min_confidence)
            for article, facts in extractor.extract(_read_articles(paths, errors)):
                articles.append(article.path)
                predicted.extend(fact.to_json() for fact in facts)
        report = score(gold_facts, predicted, min_confidence=min_confidence, articles=articles)
    except KGraphError as exc:
        raise _fail(str(exc)) from exc
    if report.unscored:
        click.echo(f"note: {len(report.unscored)} gold article(s) not among PATH... are not scored", err=True)
    if report.ignored:
        click.echo(f"note: {report.ignored} predicted fact(s) on articles without gold lines are not scored",
                   err=True)
    if fmt == "json":
        click.echo(json.dumps(report.to_json(verbose=verbose), ensure_ascii=False, indent=1))
    else:
        _echo_table(report.table_rows())
        click.echo()
        for line in report.summary_lines():
            click.echo(line)
        if verbose:
            click.echo()
            for difference in (*report.misses, *report.extras, *report.wrong):
                click.echo(difference.describe())
    if errors:
        raise _fail(f"{len(errors)} article(s) could not be read")
    if fail_under is not None and round(report.overall.f1, 3) < fail_under:
        raise _fail(f"overall F1 {report.overall.f1:.3f} is below --fail-under {fail_under:g}")


def main() -> None:
    cli(prog_name="kgraph")


if __name__ == "__main__":
    main()
