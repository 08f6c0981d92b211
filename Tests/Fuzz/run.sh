#!/bin/sh
# Runs fuzz targets one after the other, each for FUZZ_SECONDS, from the seed corpus (corpus.sh), and
# prints one line per target: executions, seconds, coverage, and whether it failed. Exit status 1 when
# any target crashed, leaked, timed out or broke an invariant (the input is kept in the artifacts folder).
#
#   Tests/Fuzz/run.sh [TARGET…]     (run from the repository root; `make fuzz` builds first, then runs this)
#
# Environment: FUZZ_SECONDS (60), FUZZ_DIR (.build-fuzz), FUZZ_FLAGS (more libFuzzer flags, e.g. -jobs=2),
# FUZZ_TARGETS (the default list). Logs: $FUZZ_DIR/logs/<target>.log; failing inputs: $FUZZ_DIR/artifacts/<target>/.
set -u
seconds=${FUZZ_SECONDS:-60}
dir=${FUZZ_DIR:-.build-fuzz}
flags=${FUZZ_FLAGS:-}
all="FuzzText FuzzCanonical FuzzCatalog FuzzPCRE2 FuzzTimeline FuzzBatchPlain FuzzBatchLogfmt FuzzBatchCSV FuzzBatchJSONL FuzzBatchTyped FuzzBatchDetect FuzzBatchOutputs"
targets=${*:-${FUZZ_TARGETS:-$all}}
bin="$dir/release"
[ -x "$bin/FuzzText" ] || { echo "run.sh: no fuzz binaries in $bin (make fuzz builds them)" >&2; exit 2; }

corpus_of() {
    case $1 in
        FuzzText) echo text ;; FuzzCanonical) echo canonical ;; FuzzCatalog) echo catalog ;; FuzzPCRE2) echo pcre2 ;;
        FuzzTimeline) echo timeline ;; FuzzBatchPlain) echo batch-plain ;; FuzzBatchLogfmt) echo batch-logfmt ;;
        FuzzBatchCSV) echo batch-csv ;; FuzzBatchJSONL) echo batch-jsonl ;; FuzzBatchTyped) echo batch-typed ;;
        FuzzBatchDetect) echo batch-detect ;; FuzzBatchOutputs) echo batch-outputs ;; *) echo "$1" ;;
    esac
}
# Inputs up to 4 KB (a catalog file up to 16 KB): long enough for every structure, short enough for
# many executions (the catalog and batch seeds are cut to this size when loaded).
max_len_of() {
    case $1 in FuzzCatalog) echo "-max_len=16384" ;; *) echo "-max_len=4096" ;; esac
}

sh Tests/Fuzz/corpus.sh "$dir/corpus" >/dev/null || exit 2
mkdir -p "$dir/logs"
status=0
for target in $targets; do
    corpus="$dir/corpus/$(corpus_of "$target")"
    artifacts="$dir/artifacts/$target/"
    log="$dir/logs/$target.log"
    mkdir -p "$corpus" "$artifacts"
    # SWIFT_BACKTRACE=enable=no: libFuzzer and ASan print the stack; Swift's backtracer would hang on it.
    SWIFT_BACKTRACE=enable=no ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}" \
        "$bin/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
        -artifact_prefix="$artifacts" $(max_len_of "$target") $flags "$corpus" >"$log" 2>&1
    code=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    took=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "$log" | tail -n 1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | sed 's/cov: //')
    corpus_size=$(ls "$corpus" | wc -l | tr -d ' ')
    if [ "$code" -eq 0 ]; then
        result=ok
    else
        result="FAILED (exit $code): $(grep -m 1 -o 'INVARIANT BROKEN.*\|ERROR: [A-Za-z]*Sanitizer: [a-z-]*\|ERROR: libFuzzer: [a-z-]*' "$log" | cut -c1-160); input in $artifacts"
        status=1
    fi
    disagreements=$(grep -c 'ENGINE DISAGREEMENT' "$log")
    [ "$disagreements" -gt 0 ] && result="$result; PCRE2 engine disagreements reported: $disagreements (see $log)"
    printf '%-16s %10s runs %6s s  cov %-6s corpus %-6s %s\n' "$target" "${runs:-?}" "${took:-$seconds}" "${cov:-?}" "$corpus_size" "$result"
done
exit $status
