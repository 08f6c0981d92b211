#!/usr/bin/env bash
# One-shot cost of `leddiag diagnose` — what an owner pays for `leddiag diagnose --device D "text"`:
# process start, catalog load, reading, matching, ranking, report — for the current tree against a
# baseline commit, timed alternately in the same run; then `leddiag evaluate` on the labelled corpus
# (hundreds of diagnoses in one process) the same way.
#
#   Tests/Benchmarks/diagnose-bench.sh                        # the current tree alone
#   BASELINE=c5efcaf Tests/Benchmarks/diagnose-bench.sh       # against that commit (make bench's default)
#   BASELINE_BIN=/path/to/leddiag Tests/Benchmarks/diagnose-bench.sh   # against a binary built elsewhere
#   ROUNDS=31 LIMIT=10 INSTRUCTIONS=0 BASELINE=HEAD~1 Tests/Benchmarks/diagnose-bench.sh
#
# The current tree is built in release with the scratch path $SCRATCH (default .build-batch-rel, the
# same build as batch-bench.sh). BASELINE=REF exports and builds that commit with
# Tests/Benchmarks/baseline-build.sh (.build-baseline/<commit>/src and build, kept for the next run).
# Each call runs once first as a check (a call either binary rejects with a usage error, exit 2, is left
# out and named), then ROUNDS times per binary, the two binaries alternating call by call and taking
# turns at going first; the table gives the median wall time of each and the ratio current/baseline.
# Every call is timed twice: with `--format json` (the same output in both when the JSON schema did not
# change) and with the default text report (what an owner sees; it may differ between the versions —
# since #14 the default is the plain report, before it the detailed one). The verdict line compares the
# JSON totals with LIMIT percent (default 10), and so does one on their instruction counts (below).
# Nothing fails on a ratio: exit 0 unless something breaks.
# With valgrind, strip and a baseline, the JSON calls' instruction counts (cachegrind, on `strip -g`
# copies: valgrind cannot read these binaries' DWARF) are compared too — the same whatever else the
# machine is doing (INSTRUCTIONS=0 skips them; they take about a minute). CORPUS is the labelled
# corpus for `evaluate` (default ../shared/corpus/observations.tsv next to the repository; skipped when
# missing).
set -euo pipefail
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/release-build.sh"
export LC_ALL=C

here="$(cd "$(dirname "$0")/../.." && pwd)"
for tool in swift git tar awk; do
    command -v "$tool" >/dev/null || { echo "diagnose-bench: $tool is needed" >&2; exit 2; }
done
[ -n "${EPOCHREALTIME:-}" ] || { echo "diagnose-bench: bash 5 or later is needed (EPOCHREALTIME)" >&2; exit 2; }
rounds="${ROUNDS:-21}"
limit="${LIMIT:-10}"
scratch="${SCRATCH:-$here/.build-batch-rel}"
corpus="${CORPUS:-$here/../shared/corpus/observations.tsv}"
instructions="${INSTRUCTIONS:-1}"

echo "== build (release, ${scratch#"$here"/})"
release_build "$scratch" "$here" >/dev/null
current="$scratch/release/leddiag"
baseline="${BASELINE_BIN:-}"
label="baseline"
if [ -n "$baseline" ]; then
    [ -x "$baseline" ] || { echo "diagnose-bench: BASELINE_BIN=$baseline is not an executable" >&2; exit 2; }
    label="BASELINE_BIN"
elif [ -n "${BASELINE:-}" ]; then
    echo "== baseline $BASELINE"
    baseline="$(bash "$here/Tests/Benchmarks/baseline-build.sh" "$BASELINE")"
    commit="$(git -C "$here" rev-parse --short=7 "$BASELINE^{commit}")"
    label="$BASELINE"; [ "$commit" = "$BASELINE" ] || label="$BASELINE ($commit)"
fi
changes=""
git -C "$here" diff --quiet HEAD -- Package.swift Sources Patterns 2>/dev/null || changes=" + uncommitted changes"
echo "   current:  $(git -C "$here" rev-parse --short=7 HEAD)$changes ($current)"
[ -z "$baseline" ] || echo "   baseline: $label ($baseline)"
echo "   load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)," \
    "$(nproc 2>/dev/null || echo '?') cores"

# The one-shot calls: DEVICE|TEXT (DEVICE empty: none given), from Samples/observations.txt, the README
# and `leddiag diagnose --help` — varied devices, the reader's features, a canonical event string.
calls=(
    "outdoor-4|red x6 after blue"
    "mini|solid blue, no blink"
    "|flashing red during setup"
    "mini|keeps blinking red after reset"
    "sync-module-2|blinking blue and solid green"
    "doorbell|solid red"
    "|dev=mini ctx=- : blue:solid:_:_:_:_:noblink"
    "mini|blinking blue slowly after reset"
    "xt2|6 quick red flashes"
    "sync-module|blue steady, green flashing"
    "indoor|two brief red flashes then nothing"
    "outdoor|it used to blink blue; now it blinks red"
    "mini-2|started setup at 20:10 and at 20:25 it is still flashing red"
    "Outdoor 4|constant red blinking whenever a car drives past"
)

# Each case: NAME<TAB>ARGUMENTS joined with the unit separator (\x1f), so texts keep their spaces.
us=$'\x1f'
cases=()
add() { # name arguments…
    local name="$1" joined
    shift
    printf -v joined "%s$us" "$@"
    cases+=("$name"$'\t'"${joined%"$us"}")
}
for format in json text; do
    for call in "${calls[@]}"; do
        device="${call%%|*}"; text="${call#*|}"
        dev=(); [ -z "$device" ] || dev=(--device "$device")
        if [ "$format" = json ]; then
            add "json ${device:--} | $text" diagnose "${dev[@]}" --format json "$text"
        else
            add "text ${device:--} | $text" diagnose "${dev[@]}" "$text"
        fi
    done
done
add "start-up: leddiag --version" --version
if [ -f "$corpus" ]; then
    add "evaluate --no-misses (corpus)" evaluate --no-misses "$corpus"
else
    echo "   (no corpus at $corpus: evaluate skipped)"
fi

args_of() { # case → the array `args`
    IFS="$us" read -r -a args <<<"${1#*$'\t'}"
}

# The check run: both binaries must accept each case (exit 0, or 1 for "no rule matched").
usable=()
for c in "${cases[@]}"; do
    args_of "$c"
    ok=1
    for bin in "$current" ${baseline:+"$baseline"}; do
        status=0
        "$bin" "${args[@]}" >/dev/null 2>&1 || status=$?
        if [ "$status" -gt 1 ]; then
            echo "   left out (exit $status from $bin): ${c%%$'\t'*}"
            ok=0
        fi
    done
    [ "$ok" = 0 ] || usable+=("$c")
done

raw="$(mktemp)"
trap 'rm -f "$raw"' EXIT
echo "== timing (median of $rounds rounds, the binaries alternating call by call)"
for round in $(seq "$rounds"); do
    if [ -z "$baseline" ]; then order=(current); elif [ $((round % 2)) = 1 ]; then order=(current baseline)
    else order=(baseline current); fi
    for i in "${!usable[@]}"; do
        args_of "${usable[$i]}"
        for who in "${order[@]}"; do
            if [ "$who" = current ]; then bin="$current"; else bin="$baseline"; fi
            start=$EPOCHREALTIME
            "$bin" "${args[@]}" >/dev/null 2>&1 || true
            end=$EPOCHREALTIME
            echo "$i $who $start $end" >>"$raw"
        done
    done
done

names="$(printf "%s\n" "${usable[@]}" | cut -f1)"
awk -v limit="$limit" -v have_baseline="${baseline:+1}" -v names="$names" '
    function median(list, n,   sorted, k, tmp, a, b) {
        n = split(list, sorted, " ")
        for (a = 2; a <= n; a++) {
            tmp = sorted[a]
            for (b = a - 1; b >= 1 && sorted[b] > tmp; b--) sorted[b + 1] = sorted[b]
            sorted[b + 1] = tmp
        }
        return n % 2 ? sorted[(n + 1) / 2] : (sorted[n / 2] + sorted[n / 2 + 1]) / 2
    }
    { ms[$1, $2] = ms[$1, $2] " " ($4 - $3) * 1000 }
    END {
        n = split(names, name, "\n")
        if (have_baseline) printf "%-72s %9s %9s %7s\n", "call", "current", "baseline", "ratio"
        else printf "%-72s %9s\n", "call", "current"
        for (i = 1; i <= n; i++) {
            c = median(ms[i - 1, "current"])
            label = name[i]; if (length(label) > 72) label = substr(label, 1, 69) "..."
            if (!have_baseline) { printf "%-72s %7.2fms\n", label, c; continue }
            b = median(ms[i - 1, "baseline"])
            printf "%-72s %7.2fms %7.2fms %7.3f\n", label, c, b, c / b
            kind = substr(name[i], 1, 5)
            if (kind == "json " || kind == "text ") { sumc[kind] += c; sumb[kind] += b; count[kind]++ }
            if (name[i] ~ /^evaluate/) { evalc = c; evalb = b }
        }
        if (!have_baseline) exit
        print ""
        for (kind in count)
            printf "one-shot diagnose, %-4s %2d calls: current %8.2f ms, baseline %8.2f ms, ratio %.3f (%+.1f %%)\n",
                (kind == "json " ? "JSON" : "text"), count[kind], sumc[kind], sumb[kind], sumc[kind] / sumb[kind],
                (sumc[kind] / sumb[kind] - 1) * 100
        if (count["json "]) {
            r = sumc["json "] / sumb["json "]
            printf "one-shot diagnose (JSON totals) within %d %% of the baseline: %s\n", limit,
                r <= 1 + limit / 100 ? "yes" : "no"
        }
        if (evalb) printf "evaluate (one process) within %d %% of the baseline: %s (ratio %.3f)\n", limit, \
            evalc / evalb <= 1 + limit / 100 ? "yes" : "no", evalc / evalb
    }' "$raw"

if [ -n "$baseline" ] && [ "$instructions" != 0 ] && command -v valgrind >/dev/null && command -v strip >/dev/null; then
    echo "== instructions (valgrind cachegrind on strip -g copies; JSON calls, start-up and evaluate)"
    copies="$(mktemp -d)"
    trap 'rm -f "$raw"; rm -rf "$copies"' EXIT
    cp "$current" "$copies/current"; cp "$baseline" "$copies/baseline"
    strip -g "$copies/current" "$copies/baseline"
    irefs() { # binary arguments… → instructions executed
        valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null "$@" 2>&1 >/dev/null \
            | awk '/I *refs:/ { gsub(",", "", $NF); print $NF }'
    }
    printf "%-72s %9s %9s %7s\n" call "current" "baseline" ratio
    totals=(0 0)
    for c in "${usable[@]}"; do
        case "$c" in "text "*) continue ;; esac
        args_of "$c"
        ic="$(irefs "$copies/current" "${args[@]}")"; ib="$(irefs "$copies/baseline" "${args[@]}")"
        [ -n "$ic" ] && [ -n "$ib" ] || { echo "   valgrind gave no count for: ${c%%$'\t'*}"; continue; }
        label="${c%%$'\t'*}"; [ "${#label}" -le 72 ] || label="${label:0:69}..."
        awk -v l="$label" -v c="$ic" -v b="$ib" \
            'BEGIN { printf "%-72s %8.1fM %8.1fM %7.3f\n", l, c / 1e6, b / 1e6, c / b }'
        case "$c" in "json "*) totals=($((totals[0] + ic)) $((totals[1] + ib))) ;; esac
    done
    awk -v c="${totals[0]}" -v b="${totals[1]}" -v limit="$limit" 'BEGIN { if (b > 0) {
        printf "\none-shot diagnose, JSON calls: current %.1fM, baseline %.1fM instructions, ratio %.3f (%+.1f %%)\n",
            c / 1e6, b / 1e6, c / b, (c / b - 1) * 100
        printf "one-shot diagnose (JSON instructions) within %d %% of the baseline: %s\n", limit,
            c / b <= 1 + limit / 100 ? "yes" : "no" } }'
fi
