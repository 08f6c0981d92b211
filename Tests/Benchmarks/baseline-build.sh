#!/usr/bin/env bash
# Builds an earlier commit of this repository in release, for the benchmarks' same-run comparisons, and
# prints the path of its leddiag binary (the only thing written to standard output).
#
#   Tests/Benchmarks/baseline-build.sh REF        # e.g. c5efcaf, HEAD~1, a tag or a branch
#
# The commit is exported with `git archive REF | tar -x` (no checkout: the work tree is untouched) into
# .build-baseline/<commit>/src and built with its own scratch path, .build-baseline/<commit>/build.
# <commit> is REF's abbreviated commit id, so a moving ref (a branch) never reuses a stale export.
# Both are kept: the next run skips the export and the build is incremental. `make clean` removes them
# (.build-*), and .gitignore keeps them out of the repository.
set -euo pipefail
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/release-build.sh"

ref="${1:-}"
[ -n "$ref" ] || { echo "baseline-build: usage: baseline-build.sh REF" >&2; exit 2; }
for tool in git tar swift; do
    command -v "$tool" >/dev/null || { echo "baseline-build: $tool is needed" >&2; exit 2; }
done
here="$(cd "$(dirname "$0")/../.." && pwd)"
commit="$(git -C "$here" rev-parse --verify --quiet --short=7 "$ref^{commit}")" \
    || { echo "baseline-build: '$ref' is not a commit of $here" >&2; exit 2; }
root="$here/.build-baseline/$commit"
src="$root/src"

if [ ! -f "$src/Package.swift" ]; then
    echo "   exporting $ref ($commit) into ${src#"$here"/}" >&2
    rm -rf "$src" "$src.partial"
    mkdir -p "$src.partial"
    git -C "$here" archive "$commit" | tar -x -C "$src.partial"
    mv "$src.partial" "$src"
fi
echo "   building $ref ($commit) in release (${root#"$here"/}/build; output in ${root#"$here"/}/build.log)" >&2
if ! release_build "$root/build" "$src" >"$root/build.log" 2>&1; then
    tail -n 30 "$root/build.log" >&2
    echo "baseline-build: the build of $ref ($commit) failed (the whole output: $root/build.log)" >&2
    exit 1
fi
bin="$root/build/release/leddiag"
[ -x "$bin" ] || { echo "baseline-build: no binary at $bin after the build" >&2; exit 1; }
echo "$bin"
