"""The kgraph vocabulary as Python names.

``KG`` mirrors ``ontology/kgraph.ttl`` term for term and is closed: a name that
the ontology does not declare is an ``AttributeError``, so a typo fails at once.
``tests/test_ontology.py`` checks that the class and the Turtle file agree.

>>> KG.CloudContract
rdflib.term.URIRef('https://w3id.org/kgraph/ontology#CloudContract')
>>> KGE["amazon-web-services"]
rdflib.term.URIRef('https://w3id.org/kgraph/entity/amazon-web-services')
>>> KG.cloudContract
Traceback (most recent call last):
    ...
AttributeError: term 'cloudContract' not in namespace 'https://w3id.org/kgraph/ontology#'
"""

from __future__ import annotations

import rdflib.namespace
from rdflib import Namespace, URIRef

__all__ = [
    "KG",
    "KGA",
    "KGE",
    "KGF",
    "PREFIXES",
    "SCHEMA",
]

#: Entities (organizations and services): ``kge:<gazetteer id>``.
KGE = Namespace("https://w3id.org/kgraph/entity/")
#: Facts (the n-ary nodes): ``kgf:<hash>``.
KGF = Namespace("https://w3id.org/kgraph/fact/")
#: Articles, and the named graph of each article: ``kga:<hash>``.
KGA = Namespace("https://w3id.org/kgraph/article/")
#: schema.org, with the https IRIs that schema.org itself now uses.
SCHEMA = Namespace("https://schema.org/")


class KG(rdflib.namespace.DefinedNamespace):
    """The kgraph ontology, ``https://w3id.org/kgraph/ontology#``."""

    _NS = Namespace("https://w3id.org/kgraph/ontology#")
    _fail = True

    # Classes: parties and sources
    Organization: URIRef  # a company, fund, joint venture or government body
    Service: URIRef  # a cloud platform, online service, AI model or product line
    Article: URIRef  # a news article that facts were read from
    Sector: URIRef  # an industry sector (a skos:Concept of kg:Sectors)

    # Classes: facts (the n-ary nodes)
    Fact: URIRef  # a relation between two parties as stated by one article
    Investment: URIRef  # invests_in: kg:investor, kg:investee
    CloudContract: URIRef  # provides_cloud_to: kg:provider, kg:customer
    SupplyAgreement: URIRef  # supplies: kg:supplier, kg:buyer
    Partnership: URIRef  # partners_with: kg:partner twice
    Rivalry: URIRef  # competes_with: kg:rival twice
    Operation: URIRef  # operates: kg:operator, kg:operated
    Outage: URIRef  # outage_affects: kg:provider, kg:affected
    Acquisition: URIRef  # acquires: kg:acquirer, kg:acquired

    # Role properties: fact node -> party
    investor: URIRef  # the party that invests
    investee: URIRef  # the party that receives the investment
    provider: URIRef  # the cloud provider, or the provider whose outage it was
    customer: URIRef  # the customer of a cloud contract
    supplier: URIRef  # the party that supplies hardware or chips
    buyer: URIRef  # the party that buys the hardware or chips
    partner: URIRef  # one of the two parties of a partnership
    rival: URIRef  # one of the two parties of a rivalry
    operator: URIRef  # the parent organization that runs something
    operated: URIRef  # the service, product or subsidiary that is run
    affected: URIRef  # the service that went down with the provider's outage
    acquirer: URIRef  # the party that buys a company or asset
    acquired: URIRef  # the company or asset that is bought

    # Direct edges: party -> party
    investsIn: URIRef  # investor -> investee
    providesCloudTo: URIRef  # cloud provider -> customer
    supplies: URIRef  # supplier -> buyer
    partnersWith: URIRef  # symmetric
    competesWith: URIRef  # symmetric
    operates: URIRef  # parent organization -> service, product or subsidiary
    outageAffects: URIRef  # provider whose outage it was -> service that went down
    acquires: URIRef  # acquirer -> company or asset

    # Other object properties
    amount: URIRef  # fact -> schema:MonetaryAmount node
    sector: URIRef  # party -> kg:Sector
    parentOrganization: URIRef  # subsidiary, service or product -> its owner

    # Datatype properties of a fact
    date: URIRef  # xsd:gYear, xsd:gYearMonth or xsd:date
    duration: URIRef  # xsd:duration, e.g. P7Y
    evidence: URIRef  # the sentence the fact was read from
    status: URIRef  # "in_talks", or absent for a done deal
    confidence: URIRef  # xsd:decimal in 0..1

    # Datatype properties of an amount node
    amountText: URIRef  # the amount as the article writes it
    amountQualifier: URIRef  # "up_to", "at_least" or "about"

    # Datatype properties of an article
    sourcePath: URIRef  # the file path as given to kgraph
    contentHash: URIRef  # sha256 of the text, lowercase hex
    language: URIRef  # "ja" or "en"
    encoding: URIRef  # the encoding the file was read with

    # Sectors: the concept scheme and its concepts
    Sectors: URIRef  # the skos:ConceptScheme of the sectors
    CloudComputing: URIRef  # cloud platforms, data centers, GPU clouds
    Semiconductors: URIRef  # chip design and manufacturing, memory, equipment
    ArtificialIntelligence: URIRef  # AI labs, models and products
    Software: URIRef  # enterprise and consumer software, SaaS
    InternetServices: URIRef  # search, social, messaging, games, marketplaces
    Telecommunications: URIRef  # carriers, satellite internet, network gear
    Hardware: URIRef  # servers, devices, electronics manufacturing
    Finance: URIRef  # banks, funds, venture capital, payments, trading
    Media: URIRef  # streaming, entertainment, games publishing
    Retail: URIRef  # retail, e-commerce, restaurants, travel
    Automotive: URIRef  # car makers, autonomous driving, mobility
    Energy: URIRef  # power generation and utilities
    Government: URIRef  # ministries, regulators, public research agencies
    Transportation: URIRef  # airlines, airports, railways, logistics
    Industrials: URIRef  # chemicals, materials, machinery, trading houses
    Research: URIRef  # universities and research institutes


#: Prefixes to bind when exporting, in a stable order. A plain dict so that it
#: can go straight to ``pyoxigraph.serialize(prefixes=...)`` (which refuses other
#: mappings) as well as to ``Graph.bind``; treat it as read-only. (The IRIs are
#: spelled out rather than taken from rdflib's closed namespaces, which warn
#: when pytest's doctest collector probes them.)
PREFIXES: dict[str, Namespace] = {
    "kg": Namespace(str(KG)),
    "kge": KGE,
    "kgf": KGF,
    "kga": KGA,
    "schema": SCHEMA,
    "prov": Namespace("http://www.w3.org/ns/prov#"),
    "skos": Namespace("http://www.w3.org/2004/02/skos/core#"),
    "owl": Namespace("http://www.w3.org/2002/07/owl#"),
    "rdfs": Namespace("http://www.w3.org/2000/01/rdf-schema#"),
    "xsd": Namespace("http://www.w3.org/2001/XMLSchema#"),
}
