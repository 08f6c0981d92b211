#!/usr/bin/env bash
# Runs the GNU parallel recipe of docs/scale-out.md on a log and checks that the merged output is
# byte-for-byte the output of one process.
#
#   Tests/Benchmarks/scale-out-check.sh [LOG] [SHARDS]     (default: Samples/batch/fleet.plain.log, 4)
set -euo pipefail
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/release-build.sh"
here="$(cd "$(dirname "$0")/../.." && pwd)"
log="$(realpath "${1:-$here/Samples/batch/fleet.plain.log}")"
N="${2:-4}"
bin="${LEDDIAG:-$here/.build-batch-rel/release/leddiag}"
[ -x "$bin" ] || { release_build "$here/.build-batch-rel" "$here" >/dev/null; }
command -v parallel >/dev/null || { echo "GNU parallel is needed (apt-get install parallel)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
export PATH="$(dirname "$bin"):$PATH"

# 1. Shard by device, keeping line numbers.
awk -v n="$N" '
  { d = (NF >= 4 && $1 !~ /^#/) ? $2 : ""
    if (!(d in s)) s[d] = (d == "" ? 0 : k++ % n)
    for (i = 0; i < n; i++) print (i == s[d] ? $0 : "") > ("shard." i) }' "$log"

# 2. One batch per shard.
parallel -j "$N" 'leddiag batch --format jsonl --quiet < {} > {}.jsonl; test $? -le 3' ::: shard.[0-9]*

# 3. Merge by first line.
cat shard.*.jsonl \
  | sed -E 's/^(.*"source":\{"file":"[^"]*","lines?":\[?([0-9]+).*)$/\2\t\1/' \
  | sort -s -n -k1,1 | cut -f2- > episodes.jsonl

leddiag batch --format jsonl --quiet < "$log" > single.jsonl || [ $? -le 3 ]
if cmp single.jsonl episodes.jsonl; then
    echo "identical: $(wc -l < episodes.jsonl) records from $N shards of $(basename "$log")"
else
    echo "DIFFERENT" >&2
    exit 1
fi
