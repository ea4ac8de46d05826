"""The store as a networkx graph: one node per entity, one edge per fact.

Nodes are entity IRIs with ``label``, ``label_ja``, ``kind`` and ``aliases``;
edges are keyed by fact IRI and carry the relation, qualifiers, evidence and
sources. This is what the view draws and what dependency questions walk.
"""
from __future__ import annotations

from typing import Any

import networkx as nx

from .store import Store

__all__ = ["FACTS_QUERY", "ENTITIES_QUERY", "RELATION_OF_CLASS", "build_graph"]

RELATION_OF_CLASS: dict[str, str] = {
    "Investment": "invests_in",
    "CloudContract": "provides_cloud_to",
    "SupplyAgreement": "supplies",
    "Partnership": "partners_with",
    "Rivalry": "competes_with",
    "Operation": "operates",
    "Outage": "outage_affects",
    "Acquisition": "acquires",
}

FACTS_QUERY = """
SELECT ?f ?cls ?s ?o ?value ?currency ?atext ?qualifier ?date ?duration ?status ?conf ?evidence
       ?a ?title ?path ?url ?published
WHERE {
  VALUES (?cls ?sp ?op) {
    (kg:Investment kg:investor kg:investee)
    (kg:CloudContract kg:provider kg:customer)
    (kg:SupplyAgreement kg:supplier kg:buyer)
    (kg:Partnership kg:partner kg:partner)
    (kg:Rivalry kg:rival kg:rival)
    (kg:Operation kg:operator kg:operated)
    (kg:Outage kg:provider kg:affected)
    (kg:Acquisition kg:acquirer kg:acquired)
  }
  ?f a ?cls ; ?sp ?s ; ?op ?o .
  FILTER (?s != ?o && (?sp != ?op || STR(?s) < STR(?o)))
  OPTIONAL { ?f kg:amount ?m .
             OPTIONAL { ?m schema:value ?value } OPTIONAL { ?m schema:currency ?currency }
             OPTIONAL { ?m kg:amountText ?atext } OPTIONAL { ?m kg:amountQualifier ?qualifier } }
  OPTIONAL { ?f kg:date ?date }
  OPTIONAL { ?f kg:duration ?duration }
  OPTIONAL { ?f kg:status ?status }
  OPTIONAL { ?f kg:confidence ?conf }
  OPTIONAL { ?f kg:evidence ?evidence }
  OPTIONAL { ?f prov:wasDerivedFrom ?a .
             OPTIONAL { ?a schema:headline ?title } OPTIONAL { ?a kg:sourcePath ?path }
             OPTIONAL { ?a schema:url ?url } OPTIONAL { ?a schema:datePublished ?published } }
}
"""

ENTITIES_QUERY = """
SELECT ?e ?type ?label ?lang ?alias WHERE {
  VALUES ?type { kg:Organization kg:Service }
  ?e a ?type .
  OPTIONAL { ?e rdfs:label ?label BIND(LANG(?label) AS ?lang) }
  OPTIONAL { ?e skos:altLabel ?alias }
}
"""


def _format_amount(value: float | None, currency: str | None, text: str | None) -> str | None:
    if value is None:
        return text
    for scale, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M")):
        if value >= scale:
            num = f"{value / scale:.1f}".rstrip("0").rstrip(".")
            return f"{num}{suffix} {currency or ''}".strip()
    return f"{value:,.0f} {currency or ''}".strip()


def build_graph(store: Store) -> nx.MultiDiGraph:
    """All entities and facts of the store as a ``MultiDiGraph``."""
    g = nx.MultiDiGraph()
    names: dict[str, dict[str, Any]] = {}
    for e, typ, label, lang, alias in store.query(ENTITIES_QUERY, check=False).rows:
        node = names.setdefault(e, {"label": None, "label_ja": None, "kind": "Organization", "aliases": set()})
        if typ.endswith("#Service"):
            node["kind"] = "Service"
        if label is not None:
            if lang == "ja":
                node["label_ja"] = node["label_ja"] or label
            if lang == "en" or (lang != "ja" and not node["label"]):
                node["label"] = label
        if alias:
            node["aliases"].add(alias)
    facts: dict[str, dict[str, Any]] = {}
    for row in store.query(FACTS_QUERY, check=False).rows:
        (f, cls, s, o, value, currency, atext, qualifier, date, duration, status, conf, evidence,
         a, title, path, url, published) = row
        edge = facts.get(f)
        if edge is None:
            edge = facts[f] = {
                "s": s,
                "o": o,
                "relation": RELATION_OF_CLASS[cls.rsplit("#", 1)[-1]],
                "amount_value": value,
                "currency": currency,
                "amount_text": _format_amount(value, currency, atext),
                "amount_surface": atext,
                "qualifier": qualifier,
                "date": date,
                "duration": duration,
                "status": status,
                "confidence": conf,
                "evidence": evidence,
                "sources": [],
            }
        if a and all(src["article"] != a for src in edge["sources"]):
            edge["sources"].append({"article": a, "title": title, "path": path, "url": url, "published": published})
    for iri, attrs in names.items():
        label = attrs["label"] or attrs["label_ja"] or iri.rsplit("/", 1)[-1]
        g.add_node(iri, label=label, label_ja=attrs["label_ja"], kind=attrs["kind"],
                   aliases=sorted(attrs["aliases"]))
    for key, edge in sorted(facts.items()):
        s, o = edge.pop("s"), edge.pop("o")
        for n in (s, o):
            if n not in g:
                g.add_node(n, label=n.rsplit("/", 1)[-1], label_ja=None, kind="Organization", aliases=[])
        g.add_edge(s, o, key=key, **edge)
    return g
