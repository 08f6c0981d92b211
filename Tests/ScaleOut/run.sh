#!/usr/bin/env bash
# `make scale-out-check`: the scale-out recipes of docs/scale-out.md, run for real and checked against one
# process — GNU parallel (Tests/Benchmarks/scale-out-check.sh) and Spark in local mode
# (Tests/ScaleOut/spark-check.py) — on Samples/batch/fleet.plain.log and, for Spark, a generated log of
# SPARK_LINES lines (default 200000). Installs what it needs: GNU parallel and, when `java` is missing, a
# headless JRE from Debian (apt-get, as root); pyspark from PyPI in a virtual environment under
# .build-spark (ignored by git; reused by later runs).
#
#   LEDDIAG=path/to/leddiag Tests/ScaleOut/run.sh      (make scale-out-check passes the release build)
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
bin="$(realpath "${LEDDIAG:?set LEDDIAG to the leddiag binary}")"
venv="$here/.build-spark/venv"
sample="$here/Samples/batch/fleet.plain.log"

apt_install() { # packages…
    if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
        echo "scale-out-check: needs $*; install them with: sudo apt-get install -y $*" >&2
        exit 2
    fi
    echo "scale-out-check: installing $* with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y --no-install-recommends "$@" >/dev/null 2>&1 \
        || { apt-get update -qq && apt-get install -y --no-install-recommends "$@" >/dev/null; }
}
command -v parallel >/dev/null || apt_install parallel
command -v java >/dev/null || apt_install default-jre-headless
if ! "$venv/bin/python" -c "import pyspark" 2>/dev/null; then
    echo "scale-out-check: installing pyspark from PyPI into .build-spark/venv"
    python3 -m venv "$venv" 2>/dev/null || { apt_install python3-venv && python3 -m venv "$venv"; }
    "$venv/bin/pip" install --quiet --disable-pip-version-check pyspark
fi

start=$SECONDS
echo "== GNU parallel: 4 shards of fleet.plain.log (Tests/Benchmarks/scale-out-check.sh)"
LEDDIAG="$bin" bash "$here/Tests/Benchmarks/scale-out-check.sh" "$sample" 4

echo "== Spark: $(java -version 2>&1 | head -n 1)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
"$venv/bin/python" "$here/Tests/ScaleOut/spark-check.py" "$bin" "$sample" \
    --generate "${SPARK_LINES:-200000}" --devices 500 --out fleet-generated.log 2> spark.err \
    || { cat spark.err >&2; exit 1; }
echo "scale-out-check: passed in $((SECONDS - start)) s"
