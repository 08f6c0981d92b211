#!/usr/bin/env bash
# Start-up of a one-shot `leddiag diagnose` against a Foundation hello-world (issue #15: ≤ 1.7×), timed
# alternately in the same run — what an owner waits for when typing what the LED does.
#
#   Tests/Benchmarks/start-up-bench.sh              # make bench-start-up
#   ROUNDS=101 INSTRUCTIONS=0 Tests/Benchmarks/start-up-bench.sh
#
# The current tree is built as `make build` builds it (release-build.sh: the Swift runtime and Foundation
# linked statically; LEDDIAG_LINK=dynamic for the dynamically linked binary), the hello-world
# (HelloWorld/main.swift) with `swiftc -O`, the ordinary way. Each round runs the hello-world,
# `leddiag --version` (argument parsing, no catalog) and `leddiag diagnose --device outdoor-4 "red x6 after
# blue"`, taking turns at going first; the table gives each one's median wall time and its ratio to the
# hello-world's. With valgrind and strip, the instructions of each (cachegrind, on `strip -g` copies) too —
# the same whatever else the machine does. Nothing fails on a ratio: exit 0 unless something breaks.
set -euo pipefail
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/release-build.sh"
export LC_ALL=C

here="$(cd "$(dirname "$0")/../.." && pwd)"
[ -n "${EPOCHREALTIME:-}" ] || { echo "start-up-bench: bash 5 or later is needed (EPOCHREALTIME)" >&2; exit 2; }
rounds="${ROUNDS:-61}"
scratch="${SCRATCH:-$here/.build-batch-rel}"
instructions="${INSTRUCTIONS:-1}"
target="1.7"

echo "== build (release, ${LEDDIAG_LINK:-static}ally linked, ${scratch#"$here"/}; the hello-world with swiftc -O)"
release_build "$scratch" "$here" >/dev/null
leddiag="$scratch/release/leddiag"
hello="$scratch/hello-world"
swiftc -O "$here/Tests/Benchmarks/HelloWorld/main.swift" -o "$hello" -module-cache-path "$scratch/hello-cache"
echo "   load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown), $(nproc) cores"

names=("hello-world" "leddiag --version" "leddiag diagnose --device outdoor-4 \"red x6 after blue\"")
run() { # index
    case "$1" in
    0) "$hello" ;;
    1) "$leddiag" --version ;;
    2) "$leddiag" diagnose --device outdoor-4 "red x6 after blue" ;;
    esac
}
for i in 0 1 2; do run "$i" >/dev/null || { echo "start-up-bench: ${names[$i]} failed" >&2; exit 1; }; done

raw="$(mktemp)"
trap 'rm -f "$raw"' EXIT
for round in $(seq "$rounds"); do
    for k in 0 1 2; do
        i=$(((k + round) % 3))
        start=$EPOCHREALTIME
        run "$i" >/dev/null
        end=$EPOCHREALTIME
        echo "$i $start $end" >>"$raw"
    done
done
echo "== wall time (median of $rounds rounds, the three taking turns)"
printf -v joined "%s\n" "${names[@]}"
awk -v names="$joined" -v target="$target" '
    function median(list,   sorted, n, a, b, tmp) {
        n = split(list, sorted, " ")
        for (a = 2; a <= n; a++) {
            tmp = sorted[a]
            for (b = a - 1; b >= 1 && sorted[b] > tmp; b--) sorted[b + 1] = sorted[b]
            sorted[b + 1] = tmp
        }
        return n % 2 ? sorted[(n + 1) / 2] : (sorted[n / 2] + sorted[n / 2 + 1]) / 2
    }
    { ms[$1] = ms[$1] " " ($3 - $2) * 1000 }
    END {
        split(names, name, "\n")
        floor = median(ms[0])
        for (i = 0; i < 3; i++) {
            m = median(ms[i])
            printf "%-62s %7.2f ms %6.2fx\n", name[i + 1], m, m / floor
        }
        printf "one-shot diagnose within %.1fx the hello-world: %s\n", target, median(ms[2]) <= target * floor ? "yes" : "no"
    }' "$raw"

if [ "$instructions" != 0 ] && command -v valgrind >/dev/null && command -v strip >/dev/null; then
    echo "== instructions (valgrind cachegrind on strip -g copies)"
    copies="$(mktemp -d)"
    trap 'rm -f "$raw"; rm -rf "$copies"' EXIT
    cp "$leddiag" "$copies/leddiag"; cp "$hello" "$copies/hello"
    strip -g "$copies/leddiag" "$copies/hello"
    hello="$copies/hello"; leddiag="$copies/leddiag"
    floor=""
    for i in 0 1 2; do
        case "$i" in
        0) command=("$hello") ;;
        1) command=("$leddiag" --version) ;;
        2) command=("$leddiag" diagnose --device outdoor-4 "red x6 after blue") ;;
        esac
        count="$(valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null "${command[@]}" 2>&1 \
            >/dev/null | awk '/I *refs:/ { gsub(",", "", $NF); print $NF }')"
        [ -n "$count" ] || { echo "   valgrind gave no count for ${names[$i]}"; continue; }
        [ -n "$floor" ] || floor="$count"
        awk -v l="${names[$i]}" -v c="$count" -v f="$floor" 'BEGIN { printf "%-62s %8.1fM %6.2fx\n", l, c / 1e6, c / f }'
    done
fi
