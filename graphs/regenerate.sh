#!/bin/sh
# Regenerates the committed diagrams of the bundled corpus: DOT always, SVG
# when Graphviz `dot` is on PATH. tests/graph_cli.rs fails when a DOT is stale.
set -eu
cd "$(dirname "$0")/.."
cargo run --release --quiet -- diagrams --out graphs
