#!/usr/bin/env bash
# Set up, then the main job: ingest corpus/ into the embedded store and write
# output/graph.ttl and output/graph.html.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export KGRAPH_STORE=${KGRAPH_STORE:-output/store}
.venv/bin/kgraph ingest corpus/
.venv/bin/kgraph export -o output/graph.ttl
.venv/bin/kgraph view -o output/graph.html
.venv/bin/kgraph stats
