#!/usr/bin/env bash
# Catalog scale (issue #15): how leddiag's costs grow with the size of a catalog.
#
#   Tests/Benchmarks/catalog-scale-bench.sh            # make bench runs it; make bench-catalog runs only it
#   SIZES="100 1000" ROUNDS=5 LINES=100000 Tests/Benchmarks/catalog-scale-bench.sh
#
# For each size N (SIZES, default 100 1000 10000) Tests/Benchmarks/gen-catalog.py writes two synthetic
# catalogs into $BENCH_DIR, loaded beside the built-in one with --patterns:
#   - plausible rules (colours, kinds, counts, speeds, a second event, device and context filters): the
#     batch cost per episode on the first LINES lines (default 200000) of bench.log, --jobs 1, less the
#     same command on an empty log (start-up, load, prefilter), divided by the episodes;
#   - --passing rules (every example passes): the load, as a one-shot `diagnose` with the N rules less
#     the same `diagnose` with the built-in catalog alone, and that one-shot `diagnose` itself.
# The examples of each catalog are checked on its first load, which is timed once and reported (the check
# is remembered in $BENCH_DIR/xdg, see docs/catalog.md); every other figure is the best of ROUNDS (default 3)
# wall-clock times, all taken in the same run. Nothing fails on a figure: the issue's targets are printed
# beside them with yes/no.
set -euo pipefail
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/release-build.sh"

here="$(cd "$(dirname "$0")/../.." && pwd)"
shared="${SHARED_BENCH:-$here/../shared/bench}"
dir="${BENCH_DIR:-/tmp/bench}"
rounds="${ROUNDS:-3}"
sizes="${SIZES:-100 1000 10000}"
lines="${LINES:-200000}"
scratch="${SCRATCH:-$here/.build-batch-rel}"
for tool in python3 bc; do
    command -v "$tool" >/dev/null || { echo "catalog-scale-bench: $tool is needed" >&2; exit 2; }
done
mkdir -p "$dir"
export XDG_CACHE_HOME="$dir/xdg"

echo "== build (release, $scratch)"
release_build "$scratch" "$here" >/dev/null
bin="$scratch/release/leddiag"

if [ ! -s "$dir/bench.log" ]; then
    [ -f "$shared/gen-transitions.py" ] || { echo "catalog-scale-bench: no generator in $shared" >&2; exit 2; }
    echo "   generating $dir/bench.log"
    python3 "$shared/gen-transitions.py" --seed 11 --devices 5000 --lines 3000000 --format plain \
        --out "$dir/bench.log" 2>/dev/null
fi
log="$dir/scale-$lines.log"
[ -s "$log" ] || head -n "$lines" "$dir/bench.log" >"$log"
: >"$dir/empty.log"
episodes=$("$bin" batch --jobs 1 --format csv "$log" 2>/dev/null | tail -n +2 | wc -l)

now() { date +%s.%N; }
timeit() { # command… → seconds (wall)
    local start end
    start=$(now); "$@" >/dev/null 2>&1 || true; end=$(now)
    echo "$end - $start" | bc -l
}
best() { # command… → the best of $rounds wall times
    for _ in $(seq "$rounds"); do timeit "$@"; done | sort -g | head -1
}

echo "== catalogs (Tests/Benchmarks/gen-catalog.py; first load checks the examples, timed once)"
for n in $sizes; do
    for kind in plain passing; do
        folder="$dir/catalog-$n-$kind"
        if [ ! -d "$folder" ]; then
            python3 "$here/Tests/Benchmarks/gen-catalog.py" "$n" "$folder" $([ "$kind" = passing ] && echo --passing)
            first=$(timeit "$bin" diagnose --patterns "$folder" "red x6 after blue")
            printf "%6d rules, %-7s: first load %.2fs\n" "$n" "$kind" "$first"
        fi
    done
done

echo "== per-episode batch cost ($episodes episodes in the first $lines lines of bench.log, --jobs 1, best of $rounds)"
printf "%8s %10s %10s %14s %10s\n" rules batch start-up "per episode" "x 1st"
firstcost=""
for n in $sizes; do
    folder="$dir/catalog-$n-plain"
    total=$(best "$bin" batch --jobs 1 --patterns "$folder" "$log")
    start=$(best "$bin" batch --jobs 1 --patterns "$folder" "$dir/empty.log")
    cost=$(echo "($total - $start) / $episodes * 1000" | bc -l)
    [ -n "$firstcost" ] || firstcost=$cost
    printf "%8d %9.3fs %9.3fs %11.4f ms %9.2fx\n" "$n" "$total" "$start" "$cost" "$(echo "$cost / $firstcost" | bc -l)"
    lastcost=$cost
done
printf "largest catalog's per-episode cost within 3x the smallest's: %s\n" \
    "$(if [ "$(echo "$lastcost <= 3 * $firstcost" | bc -l)" = 1 ]; then echo yes; else echo no; fi)"

echo "== load and one-shot diagnose (--passing catalogs, examples checked before, best of $rounds)"
builtin=$(best "$bin" diagnose --device outdoor-4 "red x6 after blue")
printf "built-in catalog alone: %.3fs\n" "$builtin"
printf "%8s %12s %10s\n" rules diagnose load
for n in $sizes; do
    one=$(best "$bin" diagnose --patterns "$dir/catalog-$n-passing" --device outdoor-4 "red x6 after blue")
    load=$(echo "$one - $builtin" | bc -l)
    printf "%8d %11.3fs %9.3fs\n" "$n" "$one" "$load"
done
printf "one-shot diagnose with %d rules within 1 s: %s; their load within 300 ms: %s\n" "$n" \
    "$(if [ "$(echo "$one <= 1" | bc -l)" = 1 ]; then echo yes; else echo no; fi)" \
    "$(if [ "$(echo "$load <= 0.3" | bc -l)" = 1 ]; then echo yes; else echo no; fi)"
