"""Facts → RDF triples under the kgraph ontology. Deterministic IRIs, no I/O.

Each fact is written twice (facts.md §4): as an n-ary node carrying qualifiers
and provenance, and as a direct edge between the two parties.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import PROV, SKOS

from .article import Article
from .facts import SYMMETRIC, Entity, Fact
from .namespace import KG, KGA, KGE, KGF, PREFIXES, SCHEMA

__all__ = [
    "RELATION_TERMS",
    "article_iri",
    "entity_iri",
    "fact_iri",
    "date_literal",
    "article_graph",
    "bind_prefixes",
]

#: relation name → (n-ary class, subject role, object role, direct edge)
RELATION_TERMS: dict[str, tuple[URIRef, URIRef, URIRef, URIRef]] = {
    "invests_in": (KG.Investment, KG.investor, KG.investee, KG.investsIn),
    "provides_cloud_to": (KG.CloudContract, KG.provider, KG.customer, KG.providesCloudTo),
    "supplies": (KG.SupplyAgreement, KG.supplier, KG.buyer, KG.supplies),
    "partners_with": (KG.Partnership, KG.partner, KG.partner, KG.partnersWith),
    "competes_with": (KG.Rivalry, KG.rival, KG.rival, KG.competesWith),
    "operates": (KG.Operation, KG.operator, KG.operated, KG.operates),
    "outage_affects": (KG.Outage, KG.provider, KG.affected, KG.outageAffects),
    "acquires": (KG.Acquisition, KG.acquirer, KG.acquired, KG.acquires),
}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _digest(*parts: object, size: int = 24) -> str:
    h = hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:size]


def entity_iri(entity: Entity) -> URIRef:
    """``kge:<id>``: the gazetteer id, or the percent-encoded normalized name.

    >>> entity_iri(Entity(id="amazon-web-services", name="Amazon Web Services"))
    rdflib.term.URIRef('https://w3id.org/kgraph/entity/amazon-web-services')
    >>> entity_iri(Entity(id="fluxion compute", name="Fluxion Compute"))
    rdflib.term.URIRef('https://w3id.org/kgraph/entity/fluxion-compute')
    """
    return KGE[quote(entity.id.replace(" ", "-"), safe="-._~")]


def article_iri(article: Article) -> URIRef:
    """``kga:<hash of the article's identity>``: also the name of its graph."""
    return KGA[_digest(article.identity)]


def fact_iri(fact: Fact, article: Article) -> URIRef:
    amount = fact.amount
    return KGF[
        _digest(
            fact.relation,
            *(sorted((fact.subject.id, fact.object.id)) if fact.relation in SYMMETRIC
              else (fact.subject.id, fact.object.id)),
            amount.value if amount else None,
            amount.currency if amount else None,
            fact.date,
            fact.duration,
            fact.status,
            article.identity,
        )
    ]


def date_literal(value: str) -> Literal:
    """An ISO date at the precision given, typed accordingly.

    >>> date_literal("2025-11").datatype == XSD.gYearMonth
    True
    """
    if re.fullmatch(r"\d{4}", value):
        return Literal(value, datatype=XSD.gYear)
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return Literal(value, datatype=XSD.gYearMonth)
    return Literal(value, datatype=XSD.date)


def _text(value: str) -> str:
    """Text that any RDF parser accepts: no C0 control characters but tab/newline."""
    return _CONTROL.sub(" ", value)


def bind_prefixes(graph: Graph) -> Graph:
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    return graph


def _entity_triples(g: Graph, entity: Entity) -> URIRef:
    node = entity_iri(entity)
    g.add((node, RDF.type, KG.Service if entity.kind == "Service" else KG.Organization))
    en = entity.label("en")
    if en or entity.known:
        g.add((node, RDFS.label, Literal(_text(en or entity.name), lang="en")))
    ja = entity.label("ja")
    if ja:
        g.add((node, RDFS.label, Literal(_text(ja), lang="ja")))
    if not en and not ja:
        g.add((node, RDFS.label, Literal(_text(entity.name))))
    for alias in entity.aliases:
        g.add((node, SKOS.altLabel, Literal(_text(alias))))
    return node


def article_graph(article: Article, facts: Iterable[Fact]) -> Graph:
    """The named graph of one article: its metadata, its facts, the parties' labels."""
    g = bind_prefixes(Graph(identifier=article_iri(article)))
    a = article_iri(article)
    g.add((a, RDF.type, KG.Article))
    g.add((a, KG.sourcePath, Literal(_text(article.path))))
    g.add((a, KG.contentHash, Literal(article.content_hash)))
    g.add((a, KG.language, Literal(article.lang)))
    g.add((a, KG.encoding, Literal(article.encoding)))
    if article.title:
        g.add((a, SCHEMA.headline, Literal(_text(article.title))))
    if article.published:
        g.add((a, SCHEMA.datePublished, Literal(article.published.isoformat(), datatype=XSD.date)))
    if article.url:
        g.add((a, SCHEMA.url, Literal(_text(article.url), datatype=XSD.anyURI)))
    for fact in facts:
        cls, subj_role, obj_role, edge = RELATION_TERMS[fact.relation]
        node = fact_iri(fact, article)
        s = _entity_triples(g, fact.subject)
        o = _entity_triples(g, fact.object)
        g.add((node, RDF.type, cls))
        g.add((node, subj_role, s))
        g.add((node, obj_role, o))
        g.add((s, edge, o))
        if fact.relation in SYMMETRIC:
            g.add((o, edge, s))
        if fact.amount is not None:
            amount = URIRef(str(node) + "-amount")
            g.add((node, KG.amount, amount))
            g.add((amount, RDF.type, SCHEMA.MonetaryAmount))
            if fact.amount.value is not None:
                g.add((amount, SCHEMA.value, Literal(fact.amount.value, datatype=XSD.decimal)))
            if fact.amount.currency:
                g.add((amount, SCHEMA.currency, Literal(fact.amount.currency)))
            g.add((amount, KG.amountText, Literal(_text(fact.amount.text))))
            if fact.amount.qualifier:
                g.add((amount, KG.amountQualifier, Literal(fact.amount.qualifier)))
        if fact.date:
            g.add((node, KG.date, date_literal(fact.date)))
        if fact.duration:
            g.add((node, KG.duration, Literal(fact.duration, datatype=XSD.duration)))
        if fact.status:
            g.add((node, KG.status, Literal(fact.status)))
        g.add((node, KG.evidence, Literal(_text(fact.evidence))))
        g.add((node, KG.confidence, Literal(f"{fact.confidence:.3f}", datatype=XSD.decimal)))
        g.add((node, PROV.wasDerivedFrom, a))
    return g

