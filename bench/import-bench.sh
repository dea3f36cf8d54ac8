#!/usr/bin/env bash
# Import throughput: a 10,000-product JSON Lines file (the demo catalogue scaled up synthetically)
# imported into a fresh database, twice (first load, then an idempotent re-import).
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

./chatbuddy demo generate "$work/demo" >/dev/null
python3 bench/scale_catalog.py "$work/demo/products.jsonl" 10000 > "$work/products-10k.jsonl"
wc -l < "$work/products-10k.jsonl" | xargs printf 'lines: %s\n'

export CHATBUDDY_DB_NAME="chatbuddy_bench_import"
PGPASSWORD=chatbuddy psql -h 127.0.0.1 -U chatbuddy -d postgres -qc "DROP DATABASE IF EXISTS $CHATBUDDY_DB_NAME WITH (FORCE)"
./chatbuddy migrate >/dev/null
echo "== first import"
./chatbuddy import products "$work/products-10k.jsonl" --shop bench | grep -E "upserted|embedding"
echo "== re-import (unchanged)"
./chatbuddy import products "$work/products-10k.jsonl" --shop bench | grep -E "upserted|embedding"
PGPASSWORD=chatbuddy psql -h 127.0.0.1 -U chatbuddy -d postgres -qc "DROP DATABASE IF EXISTS $CHATBUDDY_DB_NAME WITH (FORCE)"
