#!/usr/bin/env bash
# Benchmarks `leddiag batch` against the Python baseline (../shared/bench/pyref.py) and ripgrep.
#
#   Tests/Benchmarks/batch-bench.sh            # all: ratios, determinism checks, memory, rg floor
#   ROUNDS=5 BENCH_DIR=/tmp/bench Tests/Benchmarks/batch-bench.sh
#   BASELINE=37d550f Tests/Benchmarks/batch-bench.sh            # also against an earlier commit
#   BASELINE_BIN=/path/to/leddiag Tests/Benchmarks/batch-bench.sh   # also against a binary built elsewhere
#
# Needs python3, GNU time (/usr/bin/time), ripgrep (rg), bc and cmp (apt-get install time ripgrep bc;
# GNU parallel for the scale-out check). Generates the inputs it lacks into $BENCH_DIR with the
# benchmark generator (same seed, devices and lines for every format; ~30 s each). SHARED_BENCH points
# at the folder of gen-transitions.py and pyref.py (default: ../shared/bench next to the repository).
# Timings alternate leddiag and the baseline in the same run (the machine may be shared); the best
# of $ROUNDS rounds of each is compared. With BASELINE=REF (exported and built in release by
# Tests/Benchmarks/baseline-build.sh into .build-baseline/<commit>) or BASELINE_BIN, that leddiag is
# timed in the same rounds too, taking turns with the current one at going first, and the throughput
# table adds its time and the ratio current/baseline (below 1: the current tree is faster); its peak
# memory and whether its output on bench.log has the same bytes are printed as well. Nothing fails
# on a ratio: a line says whether the four inputs' total is within LIMIT percent (default 5).
set -euo pipefail
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/release-build.sh"

here="$(cd "$(dirname "$0")/../.." && pwd)"
shared="${SHARED_BENCH:-$here/../shared/bench}"
[ -f "$shared/pyref.py" ] || { echo "batch-bench: no baseline in $shared (set SHARED_BENCH)" >&2; exit 2; }
for tool in python3 /usr/bin/time rg bc cmp; do
    command -v "$tool" >/dev/null || { echo "batch-bench: $tool is needed" >&2; exit 2; }
done
dir="${BENCH_DIR:-/tmp/bench}"
rounds="${ROUNDS:-3}"
limit="${LIMIT:-5}"
scratch="${SCRATCH:-$here/.build-batch-rel}"
mkdir -p "$dir"

echo "== build (release, $scratch)"
release_build "$scratch" "$here" >/dev/null
bin="$scratch/release/leddiag"
base="${BASELINE_BIN:-}"
if [ -n "$base" ]; then
    [ -x "$base" ] || { echo "batch-bench: BASELINE_BIN=$base is not an executable" >&2; exit 2; }
    echo "   baseline: $base"
elif [ -n "${BASELINE:-}" ]; then
    echo "== baseline $BASELINE"
    base="$(bash "$here/Tests/Benchmarks/baseline-build.sh" "$BASELINE")"
    echo "   baseline: $BASELINE ($base)"
fi

gen() { # format file [lines]
    [ -s "$2" ] && return 0
    echo "   generating $2"
    python3 "$shared/gen-transitions.py" --seed 11 --devices 5000 --lines "${3:-3000000}" --format "$1" --out "$2" 2>/dev/null
}
gen plain "$dir/bench.log"
gen logfmt "$dir/bench.logfmt"
gen csv "$dir/bench.csv"
gen jsonl "$dir/bench.jsonl"
gen plain "$dir/bench4x.log" 12000000

now() { date +%s.%N; }
best() { sort -g | head -1; }
timeit() { # command… → seconds (wall)
    local start end
    start=$(now); "$@" >/dev/null 2>&1 || true; end=$(now)
    echo "$end - $start" | bc -l
}

echo "== throughput (best of $rounds, alternating with the baseline${base:+s})"
if [ -n "$base" ]; then
    printf "%-14s %9s %9s %8s %9s %11s %9s %9s\n" input leddiag pyref ratio MB/s lines/s baseline cur/base
else
    printf "%-14s %9s %9s %8s %9s %11s\n" input leddiag pyref ratio MB/s lines/s
fi
round=0
for f in bench.log bench.logfmt bench.csv bench.jsonl; do
    file="$dir/$f"
    ours=(); theirs=(); olds=()
    for _ in $(seq "$rounds"); do
        round=$((round + 1))
        if [ -n "$base" ] && [ $((round % 2)) = 0 ]; then olds+=("$(timeit "$base" batch --format jsonl "$file")"); fi
        ours+=("$(timeit "$bin" batch --format jsonl "$file")")
        if [ -n "$base" ] && [ $((round % 2)) = 1 ]; then olds+=("$(timeit "$base" batch --format jsonl "$file")"); fi
        if [ "$f" = bench.log ]; then theirs+=("$(timeit python3 "$shared/pyref.py" "$file")"); fi
    done
    o=$(printf "%s\n" "${ours[@]}" | best)
    if [ "$f" = bench.log ]; then p=$(printf "%s\n" "${theirs[@]}" | best); baseline=$p; else p="$baseline"; fi
    bytes=$(stat -c %s "$file"); lines=$(wc -l <"$file")
    printf "%-14s %8.3fs %8.3fs %7.1fx %9.0f %11.0f" "$f" "$o" "$p" "$(echo "$p / $o" | bc -l)" \
        "$(echo "$bytes / 1000000 / $o" | bc -l)" "$(echo "$lines / $o" | bc -l)"
    if [ -n "$base" ]; then
        b=$(printf "%s\n" "${olds[@]}" | best)
        printf " %8.3fs %9.3f" "$b" "$(echo "$o / $b" | bc -l)"
        sum_ours="$(echo "${sum_ours:-0} + $o" | bc -l)"; sum_base="$(echo "${sum_base:-0} + $b" | bc -l)"
    fi
    printf "\n"
done
echo "   (pyref reads plain logs only: the other formats are compared with its time on bench.log)"
if [ -n "$base" ]; then
    printf "all four inputs: current %.3fs, baseline %.3fs, ratio %.3f (%+.1f %%)\n" "$sum_ours" "$sum_base" \
        "$(echo "$sum_ours / $sum_base" | bc -l)" "$(echo "($sum_ours / $sum_base - 1) * 100" | bc -l)"
    printf "batch throughput (total of the four) within %s %% of the baseline: %s\n" "$limit" \
        "$(if [ "$(echo "$sum_ours <= $sum_base * (1 + $limit / 100)" | bc -l)" = 1 ]; then echo yes; else echo no; fi)"
fi

echo "== I/O floor: rg -c ' on\$' bench.log"
r=$( (for _ in $(seq "$rounds"); do timeit rg -c ' on$' "$dir/bench.log"; done) | best)
o=$( (for _ in $(seq "$rounds"); do timeit "$bin" batch --format jsonl "$dir/bench.log"; done) | best)
printf "rg %.3fs, leddiag %.3fs: leddiag takes %.1fx rg's time\n" "$r" "$o" "$(echo "$o / $r" | bc -l)"

echo "== determinism"
"$bin" batch --format jsonl "$dir/bench.log" >"$dir/out.default.jsonl" 2>/dev/null || true
"$bin" batch --format jsonl --jobs 1 "$dir/bench.log" >"$dir/out.jobs1.jsonl" 2>/dev/null || true
cat "$dir/bench.log" | "$bin" batch --format jsonl --stdin-name "$dir/bench.log" >"$dir/out.stdin.jsonl" 2>/dev/null || true
cmp "$dir/out.default.jsonl" "$dir/out.jobs1.jsonl" && echo "--jobs 1 = default: identical ($(wc -l <"$dir/out.default.jsonl") records)"
cmp "$dir/out.default.jsonl" "$dir/out.stdin.jsonl" && echo "cat | leddiag batch = leddiag batch FILE: identical"
if [ -n "$base" ]; then # information only: a baseline may rightly write other bytes
    "$base" batch --format jsonl "$dir/bench.log" >"$dir/out.baseline.jsonl" 2>/dev/null || true
    if cmp -s "$dir/out.default.jsonl" "$dir/out.baseline.jsonl"; then
        echo "baseline's output on bench.log: identical"
    else
        echo "baseline's output on bench.log: differs" \
            "($(wc -l <"$dir/out.baseline.jsonl") records; $dir/out.baseline.jsonl)"
    fi
fi

echo "== peak memory (GNU time, maximum resident set size)"
rss() { /usr/bin/time -f "%M" "${2:-$bin}" batch --format jsonl "$1" 2>&1 >/dev/null | tail -1; }
one=$(rss "$dir/bench.log"); four=$(rss "$dir/bench4x.log")
printf "1x %s: %d KiB = %.1f MiB\n" "$(du -h "$dir/bench.log" | cut -f1)" "$one" "$(echo "$one / 1024" | bc -l)"
printf "4x %s: %d KiB = %.1f MiB (%+.1f%%)\n" "$(du -h "$dir/bench4x.log" | cut -f1)" "$four" "$(echo "$four / 1024" | bc -l)" \
    "$(echo "($four - $one) * 100 / $one" | bc -l)"
if [ -n "$base" ]; then
    old=$(rss "$dir/bench.log" "$base")
    printf "baseline, 1x: %d KiB = %.1f MiB (current %+.1f%%)\n" "$old" "$(echo "$old / 1024" | bc -l)" \
        "$(echo "($one - $old) * 100 / $old" | bc -l)"
fi

echo "== garbage lines mixed in (every 1000th line of the first 300 000 replaced)"
head -n 300000 "$dir/bench.log" | awk 'NR % 1000 == 0 { print "garbage \\x00 line " NR; next } { print }' >"$dir/garbage.log"
status=0
"$bin" batch --format jsonl --summary "$dir/garbage.summary.json" "$dir/garbage.log" >"$dir/garbage.jsonl" 2>/dev/null || status=$?
python3 - "$dir/garbage.summary.json" "$dir/garbage.jsonl" "$status" <<'PY'
import json, sys
summary = json.load(open(sys.argv[1]))
records = [json.loads(line) for line in open(sys.argv[2])]
errors = [r["source"]["line"] for r in records if "error" in r]
episodes = sum(1 for r in records if "error" not in r)
adds_up = summary["lines"] == summary["used"] + summary["skipped"] + summary["rejected"]
print(f"exit {sys.argv[3]}; lines {summary['lines']} = used {summary['used']} + skipped {summary['skipped']} + rejected {summary['rejected']}: {'adds up' if adds_up else 'DOES NOT ADD UP'}")
print(f"{len(errors)} error records, at lines {errors[:3]}…{errors[-1:]} (every 1000th: {errors == list(range(1000, 300001, 1000))}); {episodes} episode records = summary episodes {summary['episodes']}")
sys.exit(0 if adds_up and sys.argv[3] == "3" and errors == list(range(1000, 300001, 1000)) and episodes == summary["episodes"] else 1)
PY

if command -v parallel >/dev/null; then
    echo "== scale-out: the GNU parallel recipe of docs/scale-out.md on the first 300 000 lines, 4 shards"
    head -n 300000 "$dir/bench.log" >"$dir/slice.log"
    LEDDIAG="$bin" bash "$here/Tests/Benchmarks/scale-out-check.sh" "$dir/slice.log" 4
fi

echo "== typed observations: the corpus's descriptions repeated, one device each (--input-format typed)"
corpus="${CORPUS:-$here/../shared/corpus/observations.tsv}"
if [ -f "$corpus" ]; then
    typed() { # lines → file
        python3 - "$corpus" "$1" "$2" <<'PY'
import sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8") if not l.startswith("#")]
rows = [r for r in rows if len(r) >= 2]
with open(sys.argv[3], "w", encoding="utf-8") as out:
    for i in range(int(sys.argv[2])):
        device, text = rows[i % len(rows)][0], rows[i % len(rows)][1]
        out.write(f"cam{i % 5000:04d}: {text}\n" if device == "-" else f"cam{i % 5000:04d} {device}: {text}\n")
PY
    }
    [ -s "$dir/typed.txt" ] || typed 200000 "$dir/typed.txt"
    [ -s "$dir/typed4x.txt" ] || typed 800000 "$dir/typed4x.txt"
    t=$( (for _ in $(seq "$rounds"); do timeit "$bin" batch --input-format typed --format jsonl "$dir/typed.txt"; done) | best)
    printf "200 000 lines: %.3fs, %.0f lines/s (target: at least 200 000)\n" "$t" "$(echo "200000 / $t" | bc -l)"
    typedrss() { /usr/bin/time -f "%M" "$bin" batch --input-format typed --format jsonl "$1" 2>&1 >/dev/null | tail -1; }
    one=$(typedrss "$dir/typed.txt"); four=$(typedrss "$dir/typed4x.txt")
    printf "peak memory: 200 000 lines %.1f MiB, 800 000 lines %.1f MiB (target: at most 64 MiB)\n" \
        "$(echo "$one / 1024" | bc -l)" "$(echo "$four / 1024" | bc -l)"
else
    echo "   (no corpus at $corpus: skipped)"
fi
