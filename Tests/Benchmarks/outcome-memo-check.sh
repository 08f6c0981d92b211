#!/usr/bin/env bash
# The memo by match outcome changes costs, never output: runs `leddiag batch` on the first LINES lines of
# bench.log (default 300000) with the memos (the default) and with `--no-memo` (every ranking, fix plan
# and question made afresh), in each output format, and compares the bytes. Also with a --patterns
# catalog (PATTERNS=DIR, e.g. a synthetic one of Tests/Benchmarks/gen-catalog.py).
#
#   BENCH_DIR=/tmp/bench Tests/Benchmarks/outcome-memo-check.sh
#   LINES=300000 PATTERNS=/tmp/bench/catalog-1000-plain Tests/Benchmarks/outcome-memo-check.sh
set -euo pipefail
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/release-build.sh"
here="$(cd "$(dirname "$0")/../.." && pwd)"
dir="${BENCH_DIR:-/tmp/bench}"
lines="${LINES:-300000}"
scratch="${SCRATCH:-$here/.build-batch-rel}"
bin="${LEDDIAG:-$scratch/release/leddiag}"
[ -x "$bin" ] || release_build "$scratch" "$here" >/dev/null
[ -s "$dir/bench.log" ] || { echo "outcome-memo-check: no $dir/bench.log (make bench generates it)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
head -n "$lines" "$dir/bench.log" >"$work/head.log"
patterns=()
[ -z "${PATTERNS:-}" ] || patterns=(--patterns "$PATTERNS")
status=0
for format in jsonl csv text; do
    "$bin" batch --quiet --format "$format" "${patterns[@]}" "$work/head.log" >"$work/memo.$format" || true
    "$bin" batch --quiet --format "$format" "${patterns[@]}" --no-memo "$work/head.log" >"$work/fresh.$format" || true
    records=$(wc -l <"$work/memo.$format")
    if cmp -s "$work/memo.$format" "$work/fresh.$format"; then
        echo "$format: $records lines, byte-identical with --no-memo"
    else
        echo "$format: DIFFERENT from --no-memo ($(cmp "$work/memo.$format" "$work/fresh.$format" | head -1))"
        status=1
    fi
done
exit $status
