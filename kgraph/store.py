"""The embedded store: Oxigraph on disk, one named graph per article.

Writes go through rdflib's Dataset on the Oxigraph backend (oxrdflib); each
article's graph is replaced in one SPARQL update, which Oxigraph runs as one
transaction, so re-ingesting an article swaps its facts rather than adding
copies. Reads and exports use Oxigraph's own query engine and serializers.
"""
from __future__ import annotations

import gc
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox
from rdflib import Dataset, Graph

from .article import Article
from .errors import StoreError, StoreLocked, UnsafeQuery
from .facts import Fact
from .namespace import KG, PREFIXES
from .rdf import article_graph, article_iri

__all__ = [
    "DEFAULT_STORE",
    "EXPORT_FORMATS",
    "IngestResult",
    "QueryResult",
    "Store",
    "atomic_write",
    "check_read_only_query",
]

DEFAULT_STORE = Path("output") / "store"
EXPORT_FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
}
_PREFIX_MAP = {k: str(v) for k, v in PREFIXES.items()}


@dataclass(frozen=True, slots=True)
class IngestResult:
    article: str
    graph: str
    facts: int
    triples: int
    status: str  # added | replaced | unchanged


@dataclass(frozen=True, slots=True)
class QueryResult:
    """A SELECT (variables + rows), ASK (boolean) or CONSTRUCT (triples) answer."""

    variables: list[str]
    rows: list[list[Any]]
    boolean: bool | None = None
    triples: list[ox.Triple] | None = None


@contextmanager
def atomic_write(path: Path, *, mode: str = "wb") -> Iterator[IO[Any]]:
    """Write to a temporary file beside ``path`` and rename it into place on success."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, mode, **({} if "b" in mode else {"encoding": "utf-8"})) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def check_read_only_query(query: str) -> None:
    """Refuse anything but a read-only query over the local store.

    Updates, LOAD, SERVICE (remote calls) and FROM / FROM NAMED (which could
    make an engine fetch documents) are refused before anything runs.

    >>> check_read_only_query("SELECT * WHERE { ?s ?p ?o }")
    >>> check_read_only_query("DELETE WHERE { ?s ?p ?o }")
    Traceback (most recent call last):
    ...
    kgraph.errors.UnsafeQuery: only read-only SPARQL queries (SELECT, ASK, CONSTRUCT, DESCRIBE) are allowed
    """
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        parsed = parseQuery(query)
    except ParseException as exc:
        try:
            from rdflib.plugins.sparql.parser import parseUpdate

            parseUpdate(query)
        except ParseException:
            raise UnsafeQuery(f"not a valid SPARQL query: {exc.msg} (line {exc.lineno}, column {exc.col})") from None
        raise UnsafeQuery(
            "only read-only SPARQL queries (SELECT, ASK, CONSTRUCT, DESCRIBE) are allowed"
        ) from None

    def walk(node: Any) -> Iterator[Any]:
        yield node
        if isinstance(node, dict):
            for v in node.values():
                yield from walk(v)
        elif isinstance(node, (list, tuple)):
            for v in node:
                yield from walk(v)

    for node in walk(list(parsed)):
        name = getattr(node, "name", None)
        if name == "ServiceGraphPattern":
            raise UnsafeQuery("SERVICE (a call to a remote endpoint) is not allowed")
        if name == "DatasetClause":
            raise UnsafeQuery("FROM / FROM NAMED are not allowed: queries run over the store's own graphs")


class Store:
    """An Oxigraph store on disk. Open one writer at a time; readers may share.

    >>> import tempfile
    >>> with Store.open(Path(tempfile.mkdtemp()) / "s") as store:
    ...     store.stats()["articles"]
    0
    """

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self._dataset: Dataset | None = None
        try:
            if read_only:
                if not self.path.exists():
                    raise StoreError(f"no store at {self.path}: run `kgraph ingest` first")
                self._ox = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._dataset = Dataset(store="Oxigraph")
                self._dataset.open(str(self.path))
                self._ox = self._dataset.store._inner  # type: ignore[attr-defined]
        except OSError as exc:
            if "lock" in str(exc).lower():
                raise StoreLocked(
                    f"the store {self.path} is in use by another kgraph process; wait for it to finish"
                ) from exc
            raise StoreError(f"cannot open the store {self.path}: {exc}") from exc

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False) -> Store:
        return cls(Path(path), read_only=read_only)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Flush and release the store (and its lock) now, not when garbage is collected."""
        if self._dataset is not None:
            self._ox.flush()
            self._dataset.close()
            self._dataset = None
        if getattr(self, "_ox", None) is not None:
            self._ox = None  # type: ignore[assignment]
            gc.collect()

    # ---------------------------------------------------------------- writing
    def content_hash(self, article: Article) -> str | None:
        """The content hash stored for this article, or None if it is not in the store."""
        graph = ox.NamedNode(str(article_iri(article)))
        for quad in self._ox.quads_for_pattern(None, ox.NamedNode(str(KG.contentHash)), None, graph):
            return str(quad.object.value)
        return None

    def ingest(self, article: Article, facts: list[Fact]) -> IngestResult:
        """Replace the article's named graph with these facts, in one transaction."""
        if self.read_only:
            raise StoreError("the store was opened read-only")
        graph = article_graph(article, facts)
        name = ox.NamedNode(str(graph.identifier))
        existed = self._ox.contains_named_graph(name)
        self._replace_graph(name, graph)
        return IngestResult(
            article=article.path,
            graph=str(graph.identifier),
            facts=len(facts),
            triples=len(graph),
            status="replaced" if existed else "added",
        )

    def _replace_graph(self, name: ox.NamedNode, graph: Graph) -> None:
        # N-Triples from rdflib's serializer are valid SPARQL data: the whole swap is
        # one update request, which Oxigraph applies atomically.
        data = graph.serialize(format="nt")
        self._ox.update(f"DROP SILENT GRAPH {name} ;\nINSERT DATA {{ GRAPH {name} {{\n{data}\n}} }}")

    def remove(self, article: Article) -> bool:
        name = ox.NamedNode(str(article_iri(article)))
        if not self._ox.contains_named_graph(name):
            return False
        self._ox.remove_graph(name)
        return True

    # ---------------------------------------------------------------- reading
    def __len__(self) -> int:
        return len(self._ox)

    def query(self, sparql: str, *, check: bool = True, bindings: dict[str, Any] | None = None) -> QueryResult:
        """Run a read-only SPARQL query over the union of the article graphs.

        ``bindings`` substitutes variables with values (never string building).
        """
        if check:
            check_read_only_query(sparql)
        subs = {ox.Variable(k): _to_ox(v) for k, v in (bindings or {}).items()}
        try:
            result = self._ox.query(sparql, prefixes=_PREFIX_MAP, use_default_graph_as_union=True,
                                    substitutions=subs or None)
        except SyntaxError as exc:
            raise UnsafeQuery(f"not a valid SPARQL query: {exc}") from exc
        if isinstance(result, ox.QuerySolutions):
            variables = [v.value for v in result.variables]
            rows = [[_from_ox(sol[v]) for v in variables] for sol in result]
            return QueryResult(variables, rows)
        if isinstance(result, ox.QueryBoolean):
            return QueryResult([], [], boolean=bool(result))
        return QueryResult([], [], triples=list(result))

    def stats(self) -> dict[str, Any]:
        def count(q: str) -> int:
            rows = self.query(q, check=False).rows
            return int(rows[0][0]) if rows and rows[0][0] is not None else 0

        by_relation: dict[str, int] = {}
        from .rdf import RELATION_TERMS

        for rel, (cls, *_rest) in RELATION_TERMS.items():
            by_relation[rel] = count(f"SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE {{ ?f a <{cls}> }}")
        return {
            "articles": count("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a kg:Article }"),
            "organizations": count("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a kg:Organization }"),
            "services": count("SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a kg:Service }"),
            "facts": sum(by_relation.values()),
            "triples": len(self),
            "by_relation": by_relation,
        }

    # --------------------------------------------------------------- exporting
    def export(self, out: IO[bytes], *, fmt: str = "turtle") -> None:
        """Serialize the store with Oxigraph's native writers.

        Turtle and N-Triples hold one graph, so they get the union of the article
        graphs (each triple once); TriG, N-Quads and JSON-LD keep the named graphs.
        """
        if fmt not in EXPORT_FORMATS:
            raise StoreError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
        rdf_format = EXPORT_FORMATS[fmt]
        if rdf_format.supports_datasets:
            self._ox.dump(out, format=rdf_format, prefixes=_PREFIX_MAP)
            return
        triples = self._ox.query(
            "CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }"
        )
        if rdf_format == ox.RdfFormat.TURTLE:
            ox.serialize(triples, out, format=rdf_format, prefixes=_PREFIX_MAP)
        else:
            ox.serialize(triples, out, format=rdf_format)

    def export_to(self, path: Path, *, fmt: str = "turtle") -> Path:
        with atomic_write(path) as fh:
            self.export(fh, fmt=fmt)
        return path


def _to_ox(value: Any) -> Any:
    if isinstance(value, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return value
    text = str(value)
    if text.startswith(("http://", "https://", "urn:")):
        return ox.NamedNode(text)
    return ox.Literal(text)


def _from_ox(term: Any) -> Any:
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dtype = term.datatype.value if term.datatype else ""
        if dtype.endswith(("#integer", "#long", "#int")):
            return int(term.value)
        if dtype.endswith(("#decimal", "#double", "#float")):
            return float(term.value)
        return term.value
    return term.value
