"""Check a gold.jsonl against its articles (stdlib only).

    python tests/articles/check_gold.py [DIR]     # DIR defaults to this folder

DIR holds gold.jsonl and the articles it names (NN_slug.txt here; ja/… and en/…
in corpus/). Checks: every line is JSON in the contract's shape, every evidence
string occurs verbatim in its article, every article has at least one line.
"""
from __future__ import annotations

import glob
import json
import os
import re
import sys

RELATIONS = {"invests_in", "provides_cloud_to", "supplies", "partners_with",
             "competes_with", "operates", "outage_affects", "acquires"}
KEYS = ["article", "relation", "subject", "object", "amount", "date", "duration", "status", "evidence"]


def main(folder: str) -> int:
    articles = sorted(
        os.path.relpath(p, folder)
        for p in glob.glob(os.path.join(folder, "[0-9][0-9]_*.*"))
        + glob.glob(os.path.join(folder, "[0-9][0-9][0-9]_*.*"))
        + glob.glob(os.path.join(folder, "*", "[0-9][0-9]_*.*"))
        if p.endswith((".txt", ".md"))
    )
    texts = {a: open(os.path.join(folder, a), encoding="utf-8").read() for a in articles}
    errors: list[str] = []
    seen: set[str] = set()
    with open(os.path.join(folder, "gold.jsonl"), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append(f"line {n}: invalid JSON ({exc})")
                continue
            art = row.get("article")
            if art not in texts:
                errors.append(f"line {n}: unknown article {art!r}")
                continue
            seen.add(art)
            if set(row) == {"article"}:
                continue
            missing = [k for k in KEYS if k not in row]
            extra = set(row) - set(KEYS) - {"optional"}
            if missing or extra:
                errors.append(f"line {n}: missing {missing}, unexpected {sorted(extra)}")
                continue
            if row["relation"] not in RELATIONS:
                errors.append(f"line {n}: unknown relation {row['relation']!r}")
            amount = row["amount"]
            if amount is not None:
                if not {"value", "currency", "text"} <= set(amount) <= {"value", "currency", "text", "qualifier"}:
                    errors.append(f"line {n}: bad amount {amount}")
                elif amount.get("qualifier") not in (None, "up_to", "at_least", "about"):
                    errors.append(f"line {n}: bad qualifier {amount.get('qualifier')!r}")
                elif amount["text"] not in texts[art]:
                    errors.append(f"line {n}: amount text {amount['text']!r} not in article")
            if row["date"] is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", row["date"]):
                errors.append(f"line {n}: bad date {row['date']!r}")
            if row["duration"] is not None and not re.fullmatch(r"P(\d+Y)?(\d+M)?(\d+D)?", row["duration"]):
                errors.append(f"line {n}: bad duration {row['duration']!r}")
            if row["status"] not in (None, "in_talks"):
                errors.append(f"line {n}: bad status {row['status']!r}")
            if not row["evidence"] or row["evidence"] not in texts[art]:
                errors.append(f"line {n}: evidence not verbatim in {art}: {row['evidence'][:50]!r}")
    for art in articles:
        if art not in seen:
            errors.append(f"no gold line for {art}")
    for e in errors:
        print(e)
    print(f"{len(articles)} articles checked, {len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))))
