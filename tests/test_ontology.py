"""The ontology, its Python mirror and the gazetteer agree with each other."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.term import Node

from kgraph.namespace import KG, KGE, PREFIXES

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
KGRAPH_TTL = ONTOLOGY_DIR / "kgraph.ttl"
GAZETTEER_TTL = ONTOLOGY_DIR / "gazetteer.ttl"
KG_NS = str(KG)
ENTITY_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
COUNTRY_PREFIXES = ("中国", "米国", "米", "英", "中", "日", "独", "仏", "韓", "台")
NARY_CLASSES = (
    "Investment",
    "CloudContract",
    "SupplyAgreement",
    "Partnership",
    "Rivalry",
    "Operation",
    "Outage",
    "Acquisition",
)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(KGRAPH_TTL, format="turtle")


@pytest.fixture(scope="module")
def gazetteer() -> Graph:
    return Graph().parse(GAZETTEER_TTL, format="turtle")


@pytest.fixture(scope="module")
def entities(gazetteer: Graph) -> list[URIRef]:
    found = {s for s in gazetteer.subjects() if isinstance(s, URIRef) and str(s).startswith(str(KGE))}
    found.discard(URIRef(str(KGE)))  # the concept scheme itself
    return sorted(found)


def declared_terms(graph: Graph) -> set[str]:
    return {
        str(s)[len(KG_NS) :] for s in graph.subjects() if isinstance(s, URIRef) and str(s).startswith(KG_NS)
    }


def alias_key(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def labels(graph: Graph, subject: Node, predicate: URIRef, lang: str) -> list[str]:
    return [
        str(o) for o in graph.objects(subject, predicate) if isinstance(o, Literal) and o.language == lang
    ]


# --- (a) the Turtle ontology and the Python namespace declare the same terms


def test_ontology_and_namespace_declare_the_same_terms(ontology: Graph) -> None:
    in_turtle = declared_terms(ontology)
    in_python = {str(term)[len(KG_NS) :] for term in dir(KG)}
    only_turtle = sorted(in_turtle - in_python)
    only_python = sorted(in_python - in_turtle)
    assert not only_turtle and not only_python, (
        f"declared in {KGRAPH_TTL.name} but missing from KG in kgraph/namespace.py: {only_turtle}; "
        f"in KG but not declared in {KGRAPH_TTL.name}: {only_python}"
    )


def test_ontology_declares_the_contract_vocabulary(ontology: Graph) -> None:
    """Every term the fact contract (section 4) names is declared."""
    contract = {
        "Organization", "Service", "Article", "Fact", *NARY_CLASSES,
        "investor", "investee", "provider", "customer", "supplier", "buyer", "partner",
        "rival", "operator", "operated", "affected", "acquirer", "acquired",
        "investsIn", "providesCloudTo", "supplies", "partnersWith", "competesWith",
        "operates", "outageAffects", "acquires",
        "amount", "date", "duration", "evidence", "status", "confidence",
    }  # fmt: skip
    missing = sorted(contract - declared_terms(ontology))
    assert not missing, f"terms of the fact contract not declared in {KGRAPH_TTL.name}: {missing}"


def test_namespace_is_closed() -> None:
    assert KG.CloudContract == URIRef(KG_NS + "CloudContract")
    with pytest.raises(AttributeError):
        KG.Nonexistent  # noqa: B018
    with pytest.raises(AttributeError):
        KG["cloudContract"]


def test_prefixes() -> None:
    assert set(PREFIXES) == {"kg", "kge", "kgf", "kga", "schema", "prov", "skos", "owl", "rdfs", "xsd"}
    assert PREFIXES["kg"] == KG_NS
    assert PREFIXES["kge"] == "https://w3id.org/kgraph/entity/"
    assert PREFIXES["schema"] == "https://schema.org/"


# --- (b) labels, comments and structure of the ontology


def test_ontology_parses_with_pyoxigraph() -> None:
    assert sum(1 for _ in pyoxigraph.parse(path=KGRAPH_TTL, format=pyoxigraph.RdfFormat.TURTLE))


def test_every_term_has_english_and_japanese_labels(ontology: Graph) -> None:
    problems = []
    for name in sorted(declared_terms(ontology)):
        term = URIRef(KG_NS + name)
        if len(labels(ontology, term, RDFS.label, "en")) != 1:
            problems.append(f"kg:{name} needs one rdfs:label @en")
        if len(labels(ontology, term, RDFS.label, "ja")) != 1:
            problems.append(f"kg:{name} needs one rdfs:label @ja")
        if not labels(ontology, term, RDFS.comment, "en"):
            problems.append(f"kg:{name} needs an rdfs:comment @en")
    assert not problems, "\n".join(problems)


def test_every_class_and_property_is_typed(ontology: Graph) -> None:
    kinds = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}
    classes_and_properties = {
        s for kind in kinds for s in ontology.subjects(RDF.type, kind) if isinstance(s, URIRef)
    }
    sectors = set(ontology.subjects(RDF.type, KG.Sector)) | {KG.Sectors}
    untyped = sorted(
        name
        for name in declared_terms(ontology)
        if URIRef(KG_NS + name) not in classes_and_properties | sectors
    )
    assert not untyped, f"kg: terms that are neither a class, a property nor a sector: {untyped}"


def test_ontology_header(ontology: Graph) -> None:
    header = URIRef("https://w3id.org/kgraph/ontology")
    assert (header, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(header, OWL.versionInfo) is not None
    assert str(ontology.value(header, URIRef("http://purl.org/dc/terms/license"))) == "MIT"


def test_nary_classes_are_facts(ontology: Graph) -> None:
    for name in NARY_CLASSES:
        assert (KG[name], RDFS.subClassOf, KG.Fact) in ontology, f"kg:{name} is not a kg:Fact"
    assert (KG.Fact, RDFS.subClassOf, URIRef("http://www.w3.org/ns/prov#Entity")) in ontology


def test_symmetric_edges(ontology: Graph) -> None:
    symmetric = set(ontology.subjects(RDF.type, OWL.SymmetricProperty))
    assert symmetric == {KG.partnersWith, KG.competesWith}


def test_sectors_are_a_skos_scheme(ontology: Graph) -> None:
    sectors = set(ontology.subjects(RDF.type, KG.Sector))
    assert len(sectors) == 16
    for sector in sectors:
        assert (sector, RDF.type, SKOS.Concept) in ontology
        assert (sector, SKOS.inScheme, KG.Sectors) in ontology
        assert labels(ontology, sector, SKOS.prefLabel, "en")
        assert labels(ontology, sector, SKOS.prefLabel, "ja")


# --- (c) the gazetteer


def test_gazetteer_parses_with_pyoxigraph_and_rdflib(gazetteer: Graph) -> None:
    quads = list(pyoxigraph.parse(path=GAZETTEER_TTL, format=pyoxigraph.RdfFormat.TURTLE))
    assert len(quads) == len(gazetteer) > 0


def test_gazetteer_is_large_enough(entities: list[URIRef]) -> None:
    assert len(entities) >= 200


def test_entity_ids(entities: list[URIRef]) -> None:
    bad = [str(e) for e in entities if not ENTITY_ID.fullmatch(str(e)[len(str(KGE)) :])]
    assert not bad, f"ids must be lowercase ASCII words joined by '-': {bad}"


def test_every_entity_has_one_english_preflabel(gazetteer: Graph, entities: list[URIRef]) -> None:
    problems = []
    for entity in entities:
        english = labels(gazetteer, entity, SKOS.prefLabel, "en")
        if len(english) != 1:
            problems.append(f"{entity} has {len(english)} @en skos:prefLabel: {english}")
        langs = [o.language for o in gazetteer.objects(entity, SKOS.prefLabel) if isinstance(o, Literal)]
        repeated = sorted({str(lang) for lang in langs if langs.count(lang) > 1} - {"en"})
        if repeated:
            problems.append(f"{entity} has several skos:prefLabel in {repeated}")
    assert not problems, "\n".join(problems)


def test_every_entity_is_an_organization_or_a_service(gazetteer: Graph, entities: list[URIRef]) -> None:
    problems = []
    for entity in entities:
        kinds = {KG.Organization, KG.Service} & set(gazetteer.objects(entity, RDF.type))
        if len(kinds) != 1:
            problems.append(f"{entity} must be exactly one of kg:Organization, kg:Service")
        if (entity, SKOS.inScheme, URIRef(str(KGE))) not in gazetteer:
            problems.append(f"{entity} is not in the scheme kge:")
    assert not problems, "\n".join(problems)


def test_sectors_are_declared(ontology: Graph, gazetteer: Graph, entities: list[URIRef]) -> None:
    declared = set(ontology.subjects(RDF.type, KG.Sector))
    problems = []
    for entity in entities:
        sectors = set(gazetteer.objects(entity, KG.sector))
        if not sectors:
            problems.append(f"{entity} has no kg:sector")
        for sector in sorted(str(s) for s in sectors - declared):
            problems.append(f"{entity} has kg:sector {sector}, which is not a kg:Sector")
    assert not problems, "\n".join(problems)


def test_parents_exist(gazetteer: Graph, entities: list[URIRef]) -> None:
    known = set(entities)
    problems = []
    for entity in entities:
        parents = list(gazetteer.objects(entity, KG.parentOrganization))
        if len(parents) > 1:
            problems.append(f"{entity} has several kg:parentOrganization: {parents}")
        problems += [f"{entity} has the unknown parent {p}" for p in parents if p not in known]
    assert not problems, "\n".join(problems)


def test_parent_chains_end(gazetteer: Graph, entities: list[URIRef]) -> None:
    for entity in entities:
        seen: set[Node] = {entity}
        node = gazetteer.value(entity, KG.parentOrganization)
        while node is not None:
            assert node not in seen, f"kg:parentOrganization loops through {entity}"
            seen.add(node)
            node = gazetteer.value(node, KG.parentOrganization)


def test_no_alias_names_two_entities(gazetteer: Graph, entities: list[URIRef]) -> None:
    owners: dict[str, set[URIRef]] = defaultdict(set)
    for entity in entities:
        for predicate in (SKOS.prefLabel, SKOS.altLabel):
            for label in gazetteer.objects(entity, predicate):
                owners[alias_key(str(label))].add(entity)
    shared = {key: sorted(str(e) for e in ents) for key, ents in owners.items() if len(ents) > 1}
    assert not shared, f"names that belong to several entities: {shared}"


def test_no_country_prefixed_aliases(gazetteer: Graph, entities: list[URIRef]) -> None:
    """米アマゾン is for the code to strip, not an alias to list."""
    keys = {
        alias_key(str(label))
        for entity in entities
        for predicate in (SKOS.prefLabel, SKOS.altLabel)
        for label in gazetteer.objects(entity, predicate)
    }
    prefixed = sorted(
        key for key in keys for p in COUNTRY_PREFIXES if key.startswith(p) and key[len(p) :] in keys
    )
    assert not prefixed, f"aliases that are a country prefix plus another alias: {prefixed}"


def test_labels_are_clean(gazetteer: Graph, entities: list[URIRef]) -> None:
    problems = []
    for entity in entities:
        for predicate in (SKOS.prefLabel, SKOS.altLabel):
            for label in gazetteer.objects(entity, predicate):
                text = str(label)
                if text != text.strip() or "  " in text or not text:
                    problems.append(f"{entity}: {text!r} has stray spacing")
                if not isinstance(label, Literal) or not label.language:
                    problems.append(f"{entity}: {text!r} has no language tag")
    assert not problems, "\n".join(problems)
