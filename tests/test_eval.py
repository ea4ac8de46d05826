"""Scoring predicted facts against gold facts: kgraph.evaluate and `kgraph eval --predictions`.

No spaCy model is needed: the predictions are written by hand.
"""
from __future__ import annotations

import itertools
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from kgraph.cli import cli
from kgraph.errors import InputError
from kgraph.evaluate import _max_weight_matching, read_jsonl, score
from kgraph.facts import Entity
from kgraph.gazetteer import Gazetteer, load_gazetteer

GAZ = load_gazetteer()


def fact(relation: str, subject: str, obj: str, *, article: str = "a.txt", **extra: Any) -> dict[str, Any]:
    return {"article": article, "relation": relation, "subject": subject, "object": obj, **extra}


def usd(value: float | None, qualifier: str | None = None, currency: str = "USD") -> dict[str, Any]:
    out: dict[str, Any] = {"value": value, "currency": currency, "text": "x"}
    if qualifier:
        out["qualifier"] = qualifier
    return out


def counts(gold: list[dict[str, Any]], pred: list[dict[str, Any]], **kwargs: Any) -> tuple[int, int, int]:
    report = score(gold, pred, gazetteer=GAZ, **kwargs)
    return report.overall.tp, report.overall.fp, report.overall.fn


# ------------------------------------------------------------------ keys
def test_symmetric_relations_are_unordered_and_others_are_not() -> None:
    gold = [fact("competes_with", "Amazon", "Microsoft"), fact("partners_with", "OpenAI", "Oracle"),
            fact("invests_in", "Microsoft", "OpenAI")]
    pred = [fact("competes_with", "Microsoft", "Amazon"), fact("partners_with", "Oracle", "OpenAI"),
            fact("invests_in", "OpenAI", "Microsoft")]
    report = score(gold, pred, gazetteer=GAZ)
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (2, 1, 1)
    assert report.per_relation["invests_in"].tp == 0
    assert report.per_relation["competes_with"].tp == 1 and report.per_relation["partners_with"].tp == 1


def test_parent_and_service_are_one_family_except_for_operates() -> None:
    gold = [fact("provides_cloud_to", "Amazon Web Services", "OpenAI"),
            fact("competes_with", "Microsoft", "Google"),
            fact("operates", "Amazon", "Alexa")]
    pred = [fact("provides_cloud_to", "Amazon", "OpenAI"),  # parent for its service
            fact("competes_with", "Google Cloud", "Azure"),  # services for their parents, reversed
            fact("operates", "Amazon Web Services", "Alexa")]  # operates compares exactly
    report = score(gold, pred, gazetteer=GAZ)
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (2, 1, 1)
    assert report.per_relation["operates"] == type(report.overall)(tp=0, fp=1, fn=1)
    assert report.misses[0].relation == "operates" and report.extras[0].subject == "Amazon Web Services"


def test_outage_victims_are_exact_but_the_provider_is_a_family() -> None:
    gold = [fact("outage_affects", "Amazon Web Services", "Alexa"),
            fact("outage_affects", "Amazon Web Services", "Ring")]
    pred = [fact("outage_affects", "Amazon", "Alexa"),  # provider by its parent: fine
            fact("outage_affects", "Amazon Web Services", "Amazon")]  # Ring's parent is not Ring
    assert counts(gold, pred) == (1, 1, 1)


def test_sister_companies_are_not_one_family() -> None:
    # a service counts as its organization, but two organizations of one group stay apart
    gold = [fact("acquires", "SoftBank Corp.", "Sharp"), fact("invests_in", "NTT", "NTT Data")]
    pred = [fact("acquires", "SoftBank Group", "Sharp"), fact("invests_in", "NTT", "NTT Docomo")]
    assert counts(gold, pred) == (0, 2, 2)


def test_aliases_and_spelling_variants_map_to_one_entity() -> None:
    gold = [fact("provides_cloud_to", "Amazon Web Services", "OpenAI"),
            fact("supplies", "NVIDIA", "Amazon Web Services"),
            fact("invests_in", "SoftBank Group", "OpenAI"),
            fact("provides_cloud_to", "アマノ・コンピュート", "北星製薬")]
    pred = [fact("provides_cloud_to", "A.W.S.", "Open-AI"),  # known only after dropping punctuation
            fact("supplies", "Nvidia Corp.", "アマゾン・ウェブ・サービス"),
            fact("invests_in", "ソフトバンクグループ", "米オープンAI"),
            fact("provides_cloud_to", "アマノコンピュート", "北星 製薬")]  # unknown names, normalized
    assert counts(gold, pred) == (4, 0, 0)


def test_the_gazetteer_is_a_parameter() -> None:
    tiny = Gazetteer.from_entities([Entity(id="acme", name="Acme", aliases=("アクメ",)),
                                    Entity(id="acme-cloud", name="Acme Cloud", kind="Service", parent="acme")])
    gold = [fact("provides_cloud_to", "Acme Cloud", "Zeta")]
    assert score(gold, [fact("provides_cloud_to", "アクメ", "zeta")], gazetteer=tiny).overall.tp == 1
    # with the real gazetteer, neither name is known and the parent does not stand for its service
    assert score(gold, [fact("provides_cloud_to", "アクメ", "zeta")], gazetteer=GAZ).overall.tp == 0


# ------------------------------------------------------ several facts, one key
COREWEAVE = [
    fact("provides_cloud_to", "CoreWeave", "OpenAI", amount=usd(11.9e9), date="2025-03", duration="P5Y"),
    fact("provides_cloud_to", "CoreWeave", "OpenAI", amount=usd(4e9, "up_to"), date="2025-05"),
    fact("provides_cloud_to", "CoreWeave", "OpenAI", amount=usd(6.5e9, "up_to"), date="2025-09-25"),
]


def test_several_deals_with_one_key_are_matched_one_to_one_by_amount() -> None:
    pred = [fact("provides_cloud_to", "CoreWeave", "OpenAI", amount=usd(6.5e9, "up_to"), date="2025-09"),
            fact("provides_cloud_to", "CoreWeave", "OpenAI", amount=usd(11.9e9), date="2025-03",
                 duration="P5Y")]
    report = score(COREWEAVE, pred, gazetteer=GAZ)
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (2, 0, 1)
    assert len(report.misses) == 1 and report.extras == ()
    amount, date, qualifier = (report.qualifiers[n] for n in ("amount", "date", "qualifier"))
    assert (amount.right, amount.checked, amount.gold_total) == (2, 2, 3)
    assert (date.right, date.checked, date.gold_total) == (1, 2, 3)  # 2025-09 is not 2025-09-25
    assert (qualifier.right, qualifier.checked, qualifier.gold_total) == (1, 1, 2)
    assert [(w.field, w.gold, w.predicted) for w in report.wrong] == [("date", "2025-09-25", "2025-09")]


def test_same_amounts_are_told_apart_by_date_and_duplicates_are_extras() -> None:
    gold = [fact("invests_in", "Amazon", "Anthropic", amount=usd(4e9), date="2024-11-22"),
            fact("invests_in", "Amazon", "Anthropic", amount=usd(4e9), date="2023-09")]
    pred = [fact("invests_in", "Amazon", "Anthropic", amount=usd(4e9), date="2023-09"),
            fact("invests_in", "Amazon.com Inc.", "Anthropic PBC", amount=usd(8e9), date="2024-11-22"),
            fact("invests_in", "Amazon", "Anthropic", amount=usd(4e9), date="2024-11-22")]
    report = score(gold, pred, gazetteer=GAZ)
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (2, 1, 0)
    assert report.qualifiers["amount"].right == 2 and report.qualifiers["date"].right == 2
    assert report.extras[0].subject == "Amazon.com Inc."  # the running total is the extra


def test_matching_maximizes_amount_agreement_before_date() -> None:
    gold = [fact("invests_in", "Google", "Anthropic", amount=usd(2e9, "up_to"), date="2023-10"),
            fact("invests_in", "Google", "Anthropic", amount=usd(1e9, "about"), date="2025-01")]
    # the first prediction has the date of one gold fact and the amount of the other
    pred = [fact("invests_in", "Google", "Anthropic", amount=usd(1e9, "about"), date="2023-10")]
    report = score(gold, pred, gazetteer=GAZ)
    assert report.qualifiers["amount"].right == 1 and report.qualifiers["date"].right == 0
    assert report.misses[0].describe().startswith("MISS   a.txt  invests_in  Google → Anthropic")


@given(st.lists(st.lists(st.integers(0, 50), min_size=1, max_size=5), min_size=1, max_size=5)
       .filter(lambda rows: len({len(r) for r in rows}) == 1))
def test_matching_is_optimal(weights: list[list[int]]) -> None:
    pairs = _max_weight_matching(weights)
    n, m = len(weights), len(weights[0])
    assert len(pairs) == min(n, m)
    assert len({i for i, _ in pairs}) == len({j for _, j in pairs}) == len(pairs)
    if n <= m:
        best = max(sum(weights[i][j] for i, j in enumerate(cols)) for cols in itertools.permutations(range(m), n))
    else:
        best = max(sum(weights[i][j] for j, i in enumerate(rows)) for rows in itertools.permutations(range(n), m))
    assert sum(weights[i][j] for i, j in pairs) == best


# ------------------------------------------------------------ optional facts
def test_optional_gold_facts_are_neither_rewarded_nor_penalized() -> None:
    gold = [fact("invests_in", "NVIDIA", "CoreWeave", optional=True),
            fact("provides_cloud_to", "CoreWeave", "Microsoft", optional=True)]
    report = score(gold, [fact("invests_in", "Nvidia", "CoreWeave")], gazetteer=GAZ)
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (0, 0, 0)
    assert report.optional_matched == 1 and report.gold_optional == 2 and report.gold_required == 0


def test_required_gold_facts_are_matched_before_optional_ones() -> None:
    gold = [fact("supplies", "AMD", "OpenAI", date="2025-10"),
            fact("supplies", "AMD", "OpenAI", amount=usd(None), optional=True)]
    one = [fact("supplies", "AMD", "OpenAI", amount=usd(None))]  # fits the optional one better
    assert counts(gold, one) == (1, 0, 0)
    two = [*one, fact("supplies", "Advanced Micro Devices Inc.", "OpenAI", date="2025-10")]
    report = score(gold, two, gazetteer=GAZ)
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (1, 0, 0)
    assert report.optional_matched == 1 and report.qualifiers["date"].right == 1
    three = [*two, fact("supplies", "AMD", "OpenAI")]
    assert counts(gold, three) == (1, 1, 0)


# ------------------------------------------------------------------ articles
def test_articles_without_facts_and_articles_without_gold() -> None:
    gold = [{"article": "26_capex.txt"}, fact("acquires", "KDDI", "Sharp", article="29.txt")]
    pred = [fact("acquires", "Microsoft", "OpenAI", article="corpus/26_capex.txt"),
            fact("acquires", "KDDI", "Sharp", article="corpus/29.txt"),
            fact("acquires", "Google", "Wiz", article="corpus/99_not_in_gold.txt")]
    report = score(gold, pred, gazetteer=GAZ)
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (1, 1, 0)
    assert report.articles == 2 and report.ignored == 1 and report.predicted == 2
    assert report.extras[0].article == "26_capex.txt"


def test_articles_match_exactly_else_by_base_name() -> None:
    gold = [fact("operates", "Microsoft", "Azure", article="x/a.txt"),
            fact("operates", "Amazon", "Ring", article="y/a.txt"),
            fact("operates", "OpenAI", "ChatGPT", article="b.txt")]
    pred = [fact("operates", "Microsoft", "Azure", article="x/a.txt"),  # exact
            fact("operates", "Amazon", "Ring", article="a.txt"),  # ambiguous base name: not scored
            fact("operates", "OpenAI", "ChatGPT", article="/tmp/news/b.txt"),  # base name
            fact("operates", "OpenAI", "ChatGPT", article="C:\\news\\b.txt")]  # base name, duplicate
    report = score(gold, pred, gazetteer=GAZ)
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (2, 1, 1)
    assert report.ignored == 1


def test_articles_restrict_the_gold_to_what_was_extracted() -> None:
    gold = [fact("operates", "Microsoft", "Azure", article="a.txt"),
            fact("operates", "OpenAI", "ChatGPT", article="b.txt")]
    report = score(gold, [], gazetteer=GAZ, articles=["news/a.txt"])
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (0, 0, 1)
    assert report.unscored == ("b.txt",)


def test_min_confidence_drops_predictions() -> None:
    gold = [fact("operates", "Microsoft", "Azure")]
    pred = [fact("operates", "Microsoft", "Azure", confidence=0.9),
            fact("operates", "Microsoft", "GitHub", confidence=0.4)]
    assert counts(gold, pred) == (1, 1, 0)
    report = score(gold, pred, gazetteer=GAZ, min_confidence=0.5)
    assert (report.overall.tp, report.overall.fp, report.dropped) == (1, 0, 1)


# ---------------------------------------------------------------- qualifiers
def test_qualifier_accuracy_counts() -> None:
    gold = [
        fact("invests_in", "A1", "B", amount=usd(100.0)),
        fact("invests_in", "A2", "B", amount=usd(100.0)),
        fact("invests_in", "A3", "B", amount=usd(100.0)),
        fact("invests_in", "A4", "B", amount=usd(None, currency="USD")),
        fact("invests_in", "A5", "B", amount=usd(100.0, "up_to"), status="in_talks"),
        fact("invests_in", "A6", "B", duration="P5Y", status=None),
        fact("invests_in", "A7", "B", amount=usd(5.0), date="2025", duration="P1Y", status="in_talks"),  # missed
    ]
    pred = [
        fact("invests_in", "A1", "B", amount=usd(101.9)),  # within 2%
        fact("invests_in", "A2", "B", amount=usd(103.0, "about")),  # 3% off; a qualifier gold lacks
        fact("invests_in", "A3", "B", amount=usd(100.0, currency="JPY")),
        fact("invests_in", "A4", "B", amount=usd(None, currency="JPY")),  # vague on both sides
        fact("invests_in", "A5", "B"),  # no amount where gold has one
        fact("invests_in", "A6", "B", duration="P5Y", amount=usd(1.0)),  # status absent == null
    ]
    report = score(gold, pred, gazetteer=GAZ)
    q = {name: (s.right, s.checked, s.gold_total) for name, s in report.qualifiers.items()}
    assert q["amount"] == (2, 5, 6)
    assert q["qualifier"] == (0, 2, 1)
    assert q["duration"] == (1, 1, 2)
    assert q["date"] == (0, 0, 1)
    assert q["status"] == (0, 1, 2)
    assert report.overall.fn == 1 and report.overall.tp == 6
    wrong = {(w.subject, w.field): (w.gold, w.predicted) for w in report.wrong}
    assert wrong[("A2", "amount")] == ("100 USD (x)", "103 USD (x)")
    assert wrong[("A5", "amount")] == ("100 USD (x)", "none")
    assert wrong[("A5", "status")] == ("in_talks", "none")
    assert ("A4", "amount") not in wrong and ("A6", "status") not in wrong


def test_report_json_is_plain_data() -> None:
    report = score(COREWEAVE, COREWEAVE[:1], gazetteer=GAZ)
    data = json.loads(json.dumps(report.to_json(verbose=True)))
    assert data["tp"] == 1 and data["fn"] == 2 and data["f1"] == 0.5
    assert data["per_relation"]["provides_cloud_to"]["recall"] == 0.333
    assert data["qualifiers"]["amount"] == {"right": 1, "checked": 1, "gold_total": 3, "accuracy": 1.0}
    assert len(data["misses"]) == 2 and data["extras"] == [] and data["wrong"] == []
    assert "misses" not in report.to_json()


def test_nothing_to_score_is_not_a_failure() -> None:
    report = score([{"article": "34.txt"}], [], gazetteer=GAZ)
    assert report.overall.f1 == 1.0 and report.articles == 1
    assert score([fact("operates", "Amazon", "Ring")], [], gazetteer=GAZ).overall.f1 == 0.0


def test_read_jsonl_names_the_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"article": "a.txt"}\n\n{"article": \n', encoding="utf-8")
    with pytest.raises(InputError, match=r"gold.jsonl:3: not valid JSON"):
        read_jsonl(path)
    path.write_text('{"relation": "operates"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r":1: the fact has no \"article\""):
        read_jsonl(path)


# ----------------------------------------------------------------------- CLI
GOLD = [
    fact("provides_cloud_to", "Amazon Web Services", "OpenAI", article="01.txt", amount=usd(38e9), date="2025-11",
         evidence="OpenAI signed with AWS."),
    fact("operates", "Amazon", "Amazon Web Services", article="01.txt", evidence="Amazon's AWS."),
    fact("competes_with", "Amazon", "Microsoft", article="02.txt", evidence="Amazon and Microsoft compete."),
    {"article": "03.txt"},
]
PRED = [
    fact("provides_cloud_to", "Amazon", "OpenAI", article="news/01.txt", amount=usd(38e9), date="2025-11-03",
         evidence="OpenAI signed with AWS.", confidence=0.9),
    fact("competes_with", "Microsoft", "Amazon", article="news/02.txt", evidence="They compete.",
         confidence=0.8),
    fact("invests_in", "Microsoft", "OpenAI", article="news/03.txt", evidence="Microsoft invested " + "x" * 200,
         confidence=0.3),
]


def write_jsonl(path: Path, facts: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(f, ensure_ascii=False) + "\n" for f in facts), encoding="utf-8")
    return path


@pytest.fixture
def files(tmp_path: Path) -> tuple[str, str]:
    return str(write_jsonl(tmp_path / "gold.jsonl", GOLD)), str(write_jsonl(tmp_path / "pred.jsonl", PRED))


def invoke(*args: str, stdin: str | None = None) -> Any:
    return CliRunner().invoke(cli, ["eval", *args], input=stdin, catch_exceptions=False)


def test_cli_json(files: tuple[str, str]) -> None:
    gold, pred = files
    result = invoke(gold, "--predictions", pred, "--format", "json", "--min-confidence", "0")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (data["tp"], data["fp"], data["fn"]) == (2, 1, 1)
    assert (data["precision"], data["recall"], data["f1"]) == (0.667, 0.667, 0.667)
    assert data["per_relation"]["operates"] == {"tp": 0, "fp": 0, "fn": 1, "precision": 0.0, "recall": 0.0,
                                                "f1": 0.0}
    assert data["qualifiers"]["date"]["right"] == 0 and data["qualifiers"]["date"]["checked"] == 1
    assert data["qualifiers"]["amount"]["right"] == 1
    assert "misses" not in data


def test_cli_min_confidence_defaults_to_extracts_and_applies_to_predictions(files: tuple[str, str]) -> None:
    gold, pred = files
    data = json.loads(invoke(gold, "--predictions", pred, "--format", "json").stdout)  # default 0.5
    assert (data["tp"], data["fp"], data["fn"], data["dropped"]) == (2, 0, 1, 1)
    data = json.loads(invoke(gold, "--predictions", pred, "--format", "json", "--min-confidence", "0.85").stdout)
    assert (data["tp"], data["fp"], data["fn"], data["dropped"]) == (1, 0, 2, 2)


def test_cli_table_and_verbose(files: tuple[str, str]) -> None:
    gold, pred = files
    result = invoke(gold, "--predictions", pred, "--min-confidence", "0", "--verbose")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["relation", "tp", "fp", "fn", "P", "R", "F1"]
    rows = {line.split()[0]: line.split()[1:] for line in lines[2:] if line and line.split()[0] in
            ("provides_cloud_to", "operates", "competes_with", "invests_in", "overall")}
    assert rows["overall"] == ["2", "1", "1", "0.667", "0.667", "0.667"]
    assert rows["operates"] == ["0", "0", "1", "0.000", "0.000", "0.000"]
    assert rows["invests_in"][:3] == ["0", "1", "0"]
    assert any(line.startswith("date       0/1 right on matched facts") for line in lines)
    miss = next(line for line in lines if line.startswith("MISS"))
    assert "01.txt  operates  Amazon → Amazon Web Services" in miss and miss.endswith("| Amazon's AWS.")
    extra = next(line for line in lines if line.startswith("EXTRA"))
    assert "03.txt  invests_in  Microsoft → OpenAI  conf 0.30" in extra and extra.endswith("…")
    wrong = next(line for line in lines if line.startswith("WRONG"))
    assert wrong.endswith("date: gold 2025-11, predicted 2025-11-03")
    assert lines.index(miss) > lines.index(rows_line(lines, "overall"))


def rows_line(lines: list[str], first: str) -> str:
    return next(line for line in lines if line.split()[:1] == [first])


def test_cli_json_verbose_lists(files: tuple[str, str]) -> None:
    gold, pred = files
    data = json.loads(invoke(gold, "--predictions", pred, "--format", "json", "--verbose",
                             "--min-confidence", "0").stdout)
    assert [m["relation"] for m in data["misses"]] == ["operates"]
    assert data["misses"][0]["evidence"] == "Amazon's AWS."
    assert data["extras"] == [{"article": "03.txt", "relation": "invests_in", "subject": "Microsoft",
                               "object": "OpenAI", "evidence": "Microsoft invested " + "x" * 200,
                               "confidence": 0.3}]
    assert data["wrong"] == [{"article": "01.txt", "relation": "provides_cloud_to",
                              "subject": "Amazon Web Services", "object": "OpenAI", "field": "date",
                              "gold": "2025-11", "predicted": "2025-11-03"}]


def test_cli_fail_under(files: tuple[str, str]) -> None:
    gold, pred = files
    ok = invoke(gold, "--predictions", pred, "--fail-under", "0.8")  # F1 0.8 at the default confidence
    assert ok.exit_code == 0, ok.output
    low = invoke(gold, "--predictions", pred, "--fail-under", "0.81")
    assert low.exit_code == 1
    assert "overall F1 0.800 is below --fail-under 0.81" in low.stderr
    assert "overall" in low.stdout  # the report is still printed


def test_cli_reads_predictions_from_stdin_and_paths_narrow_the_gold(files: tuple[str, str], tmp_path: Path) -> None:
    gold, pred = files
    stdin = Path(pred).read_text(encoding="utf-8")
    data = json.loads(invoke(gold, "--predictions", "-", "--format", "json", stdin=stdin).stdout)
    assert (data["tp"], data["fp"], data["fn"]) == (2, 0, 1)
    (tmp_path / "02.txt").write_text("Amazon and Microsoft compete.", encoding="utf-8")
    result = invoke(gold, str(tmp_path / "02.txt"), "--predictions", "-", "--format", "json", stdin=stdin)
    data = json.loads(result.stdout)
    assert (data["tp"], data["fp"], data["fn"], data["articles"]) == (1, 0, 0, 1)
    assert "2 gold article(s) not among PATH... are not scored" in result.stderr


def test_cli_errors(files: tuple[str, str], tmp_path: Path) -> None:
    gold, _pred = files
    result = invoke(gold)
    assert result.exit_code == 2 and "--predictions FILE" in result.stderr
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n", encoding="utf-8")
    result = invoke(gold, "--predictions", str(bad))
    assert result.exit_code == 1 and "bad.jsonl:1: not valid JSON" in result.stderr


def test_eval_with_predictions_does_not_import_spacy(files: tuple[str, str]) -> None:
    gold, pred = files
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from kgraph.cli import cli\n"
        f"r = CliRunner().invoke(cli, ['eval', {gold!r}, '--predictions', {pred!r}])\n"
        "assert r.exit_code == 0, r.output\n"
        "assert 'spacy' not in sys.modules and 'ginza' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
