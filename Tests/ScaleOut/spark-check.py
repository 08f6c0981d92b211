#!/usr/bin/env python3
"""Runs the Spark recipe of docs/scale-out.md in local mode and checks it against one process.

    spark-check.py LEDDIAG LOG [LOG ...] [--partitions N] [--generate LINES --devices N --out FILE]

For each plain log: Spark (master local[2]) numbers the lines (zipWithIndex), keys each by its device,
partitions on the device, sorts each partition by line number (so every device's lines stay in order),
and pipes the partitions through `leddiag batch --line-numbers prefixed`, each line as `N<TAB>line`.
The records must be, as a set (multiset), byte for byte what one `leddiag batch` of the whole file
writes, and every episode's `source` lines must point at lines of its device in the original file.
Prints what it ran and the times; exits 1 when a check fails.
"""
import argparse
import json
import os
import random
import shlex
import subprocess
import sys
import time
from collections import Counter
from datetime import datetime, timedelta, timezone

MODELS = ["mini", "outdoor-4", "sync-module-2", "xt2", "doorbell"]
COLORS = {"mini": "rgb", "outdoor-4": "rgb", "sync-module-2": "rgb", "xt2": "rgb", "doorbell": "rb"}
COLOR_NAMES = {"r": "red", "g": "green", "b": "blue"}


def generate(path, lines, devices, seed=17):
    """A plain fleet log in time order: each device blinks a few times, stays dark 15 to 120 s, again."""
    rng = random.Random(seed)
    start = datetime(2026, 11, 20, 8, 0, 0, tzinfo=timezone.utc)
    nxt = [(rng.uniform(0, 60), d) for d in range(devices)]
    import heapq

    heapq.heapify(nxt)
    written = 0
    with open(path, "w") as out:
        out.write("# generated fleet log: %d devices\n" % devices)
        written += 1
        while written < lines:
            t, d = heapq.heappop(nxt)
            model = MODELS[d % len(MODELS)]
            color = COLOR_NAMES[rng.choice(COLORS[model])]
            pulses = rng.randint(1, 6)
            for _ in range(pulses):
                for state in ("on", "off"):
                    stamp = (start + timedelta(seconds=t)).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
                    out.write("%s cam%05d %s %s %s\n" % (stamp, d, model, color, state))
                    written += 1
                    t += rng.uniform(0.2, 0.8)
            heapq.heappush(nxt, (t + rng.uniform(15, 120), d))
    return written


def device_of(line):
    """The device of a plain line (field 2), or "" for comments, blank and short lines."""
    fields = line.split()
    return fields[1] if len(fields) >= 4 and not fields[0].startswith("#") else ""


def spark_records(sc, log, command, partitions):
    """The recipe: the records of `log`, piped partition by partition through `command`."""
    from pyspark.rdd import portable_hash

    lines = sc.textFile("file://" + os.path.abspath(log))
    numbered = lines.zipWithIndex().map(lambda pair: ((pair[1] + 1, device_of(pair[0])), pair[0]))
    grouped = numbered.repartitionAndSortWithinPartitions(
        numPartitions=partitions, partitionFunc=lambda key: portable_hash(key[1]))
    return grouped.map(lambda kv: "%d\t%s" % (kv[0][0], kv[1])).pipe(command, checkCode=True).collect()


def check_sources(records, log):
    """How many episode records name, at their first and last source line, a line of their device."""
    with open(log, encoding="utf-8", errors="replace") as handle:
        original = handle.read().split("\n")
    good = episodes = 0
    for text in records:
        record = json.loads(text)
        if "error" in record:
            continue
        episodes += 1
        first, last = record["source"]["lines"]
        if all(device_of(original[n - 1]) == record["device"] for n in (first, last)):
            good += 1
    return good, episodes


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("leddiag")
    parser.add_argument("logs", nargs="*")
    parser.add_argument("--partitions", type=int, default=4)
    parser.add_argument("--generate", type=int, default=0, help="also generate a log of this many lines")
    parser.add_argument("--devices", type=int, default=500)
    parser.add_argument("--out", default="generated.log")
    args = parser.parse_args()
    logs = list(args.logs)
    if args.generate:
        began = time.monotonic()
        count = generate(args.out, args.generate, args.devices)
        print("generated %s: %d lines, %d devices (%.1f s)" % (args.out, count, args.devices, time.monotonic() - began))
        logs.append(args.out)

    os.environ["PYSPARK_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession

    began = time.monotonic()
    spark = (SparkSession.builder.master("local[2]").appName("leddiag-scale-out-check")
             .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false").config("spark.log.level", "ERROR").getOrCreate())
    sc = spark.sparkContext
    startup = time.monotonic() - began
    print("spark %s: local[2] session started in %.1f s" % (spark.version, startup))
    failed = False
    for log in logs:
        name = os.path.basename(log)
        batch = "%s batch --line-numbers prefixed --format jsonl --quiet --stdin-name %s" % (
            shlex.quote(args.leddiag), shlex.quote(name))
        # Exit status 1 (no episode in a partition) and 3 (some lines rejected) are results, not failures.
        command = "sh -c %s" % shlex.quote(batch + "; test $? -le 3")
        print("%s: %d partitions by device, each sorted by line number, piped as N<TAB>line through" % (
            name, args.partitions))
        print("    leddiag batch --line-numbers prefixed --format jsonl --quiet --stdin-name %s" % name)
        began = time.monotonic()
        records = spark_records(sc, log, command, args.partitions)
        spark_seconds = time.monotonic() - began

        began = time.monotonic()
        with open(log, "rb") as handle:
            single = subprocess.run(
                [args.leddiag, "batch", "--format", "jsonl", "--quiet", "--stdin-name", name],
                stdin=handle, stdout=subprocess.PIPE, check=False)
        one_seconds = time.monotonic() - began
        if single.returncode > 3:
            print("    one process failed with status %d" % single.returncode)
            failed = True
            continue
        expected = single.stdout.decode("utf-8").splitlines()
        same = Counter(records) == Counter(expected)
        good, episodes = check_sources(records, log)
        errors = sum(1 for r in records if r.startswith('{"error"'))
        print("    records: %d from Spark, %d from one process: %s (%d episodes, %d error records)" % (
            len(records), len(expected), "the same set" if same else "DIFFERENT", episodes, errors))
        print("    source lines in the original file name the record's device: %d of %d episodes" % (good, episodes))
        print("    time: Spark %.2f s (plus %.1f s session start), one process %.2f s" % (
            spark_seconds, startup, one_seconds))
        if not same or good != episodes:
            failed = True
    spark.stop()
    print("spark check: %s" % ("FAILED" if failed else "passed"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
