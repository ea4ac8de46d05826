"""Loading the gazetteer and looking names up in it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kgraph.facts import Entity, entity_key
from kgraph.gazetteer import (
    DEFAULT_GAZETTEER,
    ENV_GAZETTEER,
    Gazetteer,
    GazetteerError,
    load_gazetteer,
)

PREAMBLE = """\
@prefix kg:   <https://w3id.org/kgraph/ontology#> .
@prefix kge:  <https://w3id.org/kgraph/entity/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
"""
ACME = """
kge:acme a kg:Organization , skos:Concept ;
    skos:inScheme kge: ;
    skos:prefLabel "Acme"@en , "アクメ"@ja ;
    skos:altLabel "Acme Corp."@en ;
    kg:sector kg:Software .
"""
ACME_CLOUD = """
kge:acme-cloud a kg:Service , skos:Concept ;
    skos:inScheme kge: ;
    skos:prefLabel "Acme Cloud"@en ;
    kg:sector kg:CloudComputing ;
    kg:parentOrganization kge:acme .
"""


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def write(tmp_path: Path, body: str, name: str = "gaz.ttl") -> Path:
    path = tmp_path / name
    path.write_text(PREAMBLE + body, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("surface", "entity_id"),
    [
        ("AWS", "amazon-web-services"),
        ("ＡＷＳ", "amazon-web-services"),
        ("Amazon Web Services", "amazon-web-services"),
        ("アマゾン・ウェブ・サービス", "amazon-web-services"),
        ("アマゾンウェブサービス", "amazon-web-services"),
        ("米オープンAI", "openai"),
        ("米国オープンＡＩ", "openai"),
        ("Open AI", "openai"),
        ("OpenAI Group PBC", "openai"),
        ("Nvidia Corp.", "nvidia"),
        ("Nvidia Corp", "nvidia"),
        ("NVIDIA Corporation", "nvidia"),
        ("米エヌビディア", "nvidia"),
        ("Anthropic PBC", "anthropic"),
        ("アンスロピック", "anthropic"),
        ("米アンソロピック社", "anthropic"),
        ("Amazon.com Inc.", "amazon"),
        ("アマゾン・ドット・コム", "amazon"),
        ("Microsoft Corp.", "microsoft"),
        ("マイクロソフト", "microsoft"),
        ("Azure", "azure"),
        ("マイクロソフト・アジュール", "azure"),
        ("GCP", "google-cloud"),
        ("グーグル・クラウド", "google-cloud"),
        ("OCI", "oracle-cloud-infrastructure"),
        ("中国アリババ集団", "alibaba-group"),
        ("台湾積体電路製造", "tsmc"),
        ("ソフトバンクグループ", "softbank-group"),
        ("SoftBank", "softbank-group"),
        ("ソフトバンク", "softbank-corp"),
        ("SoftBank Corp", "softbank-corp"),
        ("株式会社NTTデータ", "ntt-data"),
        ("（株）さくらインターネット", "sakura-internet"),
        ("日本電気", "nec"),
        ("経済産業省", "meti"),
        ("米国防総省", "us-department-of-defense"),
        ("Meta Platforms Inc.", "meta"),
    ],
)
def test_lookup(gaz: Gazetteer, surface: str, entity_id: str) -> None:
    entity = gaz.lookup(surface)
    assert entity is not None, f"{surface!r} is not found"
    assert entity.id == entity_id


@pytest.mark.parametrize("surface", ["", " ", "米", "社", "株式会社", "cloud providers", "Acme Corp."])
def test_lookup_unknown(gaz: Gazetteer, surface: str) -> None:
    assert gaz.lookup(surface) is None


def test_entity_fields(gaz: Gazetteer) -> None:
    aws = gaz.entities["amazon-web-services"]
    assert aws.name == "Amazon Web Services"
    assert aws.kind == "Service"
    assert aws.label("en") == "Amazon Web Services"
    assert aws.label("ja") == "アマゾン・ウェブ・サービス"
    assert "AWS" in aws.aliases
    assert "アマゾン・ウェブ・サービス" in aws.aliases  # the Japanese prefLabel is an alias too
    assert "Amazon Web Services" not in aws.aliases
    assert aws.sectors == ("CloudComputing",)
    assert aws.parent == "amazon"
    assert aws.known
    assert gaz.entities["amazon"].kind == "Organization"
    assert gaz.entities["amazon"].parent is None


def test_canonical_names(gaz: Gazetteer) -> None:
    names = {e.name for e in gaz.entities.values()}
    expected = {
        "Amazon Web Services", "NVIDIA", "OpenAI", "Microsoft", "Azure", "Google Cloud",
        "Amazon", "Google", "Netflix", "Slack", "Zoom", "ChatGPT", "Anthropic",
    }  # fmt: skip
    assert expected <= names, sorted(expected - names)


def test_children(gaz: Gazetteer) -> None:
    children = [e.id for e in gaz.children("amazon")]
    assert "amazon-web-services" in children
    assert children == sorted(children)
    assert all(e.parent == "openai" for e in gaz.children("openai"))
    assert "chatgpt" in {e.id for e in gaz.children("openai")}
    assert gaz.children("no-such-entity") == []


def test_surfaces_resolve_to_their_entity(gaz: Gazetteer) -> None:
    pairs = list(gaz.surfaces())
    assert ("AWS", "amazon-web-services") in pairs
    assert ("Amazon Web Services", "amazon-web-services") in pairs
    assert len(pairs) == len(set(pairs))
    for surface, entity_id in pairs:
        assert gaz.surface_index[entity_key(surface)] == entity_id
        found = gaz.lookup(surface)
        assert found is not None and found.id == entity_id


def test_country_prefix_on_every_surface(gaz: Gazetteer) -> None:
    for surface, entity_id in gaz.surfaces():
        found = gaz.lookup("米" + surface)
        if entity_key("米" + surface) not in gaz.surface_index:
            assert found is not None and found.id == entity_id, surface


def test_index_is_read_only(gaz: Gazetteer) -> None:
    with pytest.raises(TypeError):
        gaz.surface_index["x"] = "y"  # type: ignore[index]
    with pytest.raises(TypeError):
        gaz.entities["x"] = Entity(id="x", name="X")  # type: ignore[index]


def test_default_load_is_cached() -> None:
    assert load_gazetteer() is load_gazetteer()
    assert load_gazetteer(DEFAULT_GAZETTEER) is load_gazetteer()


def test_no_spacy_import() -> None:
    assert "kgraph.gazetteer" in sys.modules
    source = Path(sys.modules["kgraph.gazetteer"].__file__ or "").read_text(encoding="utf-8")
    assert "import spacy" not in source and "from spacy" not in source


def test_env_var_and_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, ACME + ACME_CLOUD)
    monkeypatch.setenv(ENV_GAZETTEER, str(path))
    gaz = load_gazetteer()
    assert set(gaz.entities) == {"acme", "acme-cloud"}
    assert gaz.lookup("米アクメ社") == gaz.entities["acme"]
    assert gaz.lookup("Acme, Inc.") == gaz.entities["acme"]
    assert [e.id for e in gaz.children("acme")] == ["acme-cloud"]
    assert load_gazetteer(path) is gaz
    assert list(gaz.surfaces()) == [
        ("Acme", "acme"),
        ("アクメ", "acme"),
        ("Acme Corp.", "acme"),
        ("Acme Cloud", "acme-cloud"),
    ]


def test_edited_file_is_read_again(tmp_path: Path) -> None:
    path = write(tmp_path, ACME)
    first = load_gazetteer(path)
    path.write_text(PREAMBLE + ACME + ACME_CLOUD, encoding="utf-8")
    second = load_gazetteer(path)
    assert "acme-cloud" in second.entities and "acme-cloud" not in first.entities


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (ACME_CLOUD, "parent"),
        (ACME + ACME.replace('"Acme"@en', '"Acme Two"@en').replace("kge:acme ", "kge:acme-two "), "both"),
        (ACME.replace('"Acme"@en ,', '"Acme"@en , "ACME Inc"@en ,'), "2 English"),
        (ACME.replace('"Acme"@en ,', ""), "0 English"),
        (ACME.replace("kg:Organization", "kg:Organization , kg:Service"), "exactly one"),
        (ACME.replace("kge:acme ", "kge:Acme_Co "), "valid id"),
        (ACME.replace(" .", ""), "Turtle"),
    ],
)
def test_bad_gazetteers(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(GazetteerError, match=message):
        load_gazetteer(write(tmp_path, body))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match=ENV_GAZETTEER):
        load_gazetteer(tmp_path / "nope.ttl")


def test_from_entities() -> None:
    gaz = Gazetteer.from_entities(
        [Entity(id="a", name="Alpha", aliases=("ＡＬ",)), Entity(id="b", name="Beta", parent="a")]
    )
    assert gaz.lookup("al") == gaz.entities["a"]
    assert len(gaz) == 2
    with pytest.raises(GazetteerError, match="both"):
        Gazetteer.from_entities([Entity(id="a", name="Alpha"), Entity(id="b", name="ALPHA")])
    with pytest.raises(GazetteerError, match="id"):
        Gazetteer.from_entities([Entity(id="a", name="Alpha"), Entity(id="a", name="Beta")])


@pytest.mark.parametrize(
    ("surface", "entity_id"),
    [
        # subsidiaries and Japanese arms are their own entities
        ("日本マイクロソフト", "microsoft-japan"),
        ("アマゾン ウェブ サービス ジャパン", "aws-japan"),
        ("グーグル・クラウド・ジャパン", "google-cloud-japan"),
        ("NTTドコモビジネス", "ntt-communications"),
        ("SB Intuitions", "sb-intuitions"),
        ("SB OpenAI Japan", "sb-openai-japan"),
        ("Annapurna Labs", "annapurna-labs"),
        ("Azure Front Door", "azure-front-door"),
        # former names and press spellings
        ("Zホールディングス", "ly-corporation"),
        ("Iris Energy", "iren"),
        ("Windows Azure", "azure"),
        ("Softbank", "softbank-group"),
        ("SK Hynix", "sk-hynix"),
        ("さくらネット", "sakura-internet"),
        ("鴻海", "foxconn"),
        ("トレーニアム", "trainium"),
        ("Grace Hopper", "gh200"),
        ("Blackwell Ultra", "b300"),
        ("TPU v5e", "tpu"),
        ("Run:ai", "run-ai"),
        ("Weights & Biases", "weights-biases"),
        ("ハイレゾ", "highreso"),
        ("Falcon", "crowdstrike-falcon"),
        # Groq and Grok are different entities
        ("Groq", "groq"),
        ("グロック", "grok"),
        # governments: the country prefix is part of the name where the rest is shared or generic
        ("米政府", "us-government"),
        ("米国政府", "us-government"),
        ("米商務省", "us-department-of-commerce"),
        ("UAE government", "uae-government"),
        ("日本政府", "japanese-government"),
        ("理研", "riken"),
    ],
)
def test_lookup_added_names(gaz: Gazetteer, surface: str, entity_id: str) -> None:
    entity = gaz.lookup(surface)
    assert entity is not None, f"{surface!r} is not found"
    assert entity.id == entity_id


@pytest.mark.parametrize(
    "surface",
    [
        "Square",  # a word and Times Square; Block Inc. is the company
        "Block",
        "Kotoba",  # Kotoba Technologies goes by its full name
        "Galaxy",  # Samsung's phones, not Galaxy Digital
        "東証",  # press-release headers (東証グロース) are not parties
        "政府",
        "商務省",  # also China's ministry
        "中国商務省",
        "Lumen",
        "Magic",
    ],
)
def test_ambiguous_short_names_are_not_aliases(gaz: Gazetteer, surface: str) -> None:
    entity = gaz.lookup(surface)
    if surface == "Galaxy":
        assert entity is not None and entity.id == "samsung-galaxy"
    else:
        assert entity is None, f"{surface!r} should not name {entity.id if entity else None}"


def test_cloud_units_of_parents(gaz: Gazetteer) -> None:
    """A parent's first kg:Service child in CloudComputing is its cloud unit; keep that list deliberate."""
    owners = {
        entity.parent
        for entity in gaz.entities.values()
        if entity.kind == "Service" and "CloudComputing" in entity.sectors and entity.parent
    }
    owners = {o for o in owners if gaz.entities[o].kind == "Organization"}
    assert owners <= {
        "amazon", "microsoft", "google", "oracle", "ibm", "alibaba-group", "tencent", "huawei", "baidu",
        "apple", "digital-agency", "aist", "nvidia", "salesforce", "schwarz-group", "bytedance", "akamai", "gmo-internet-group",
    }, sorted(owners)
