#!/usr/bin/env python3
"""Run `drift batch` over a JSON Lines file with Spark, one `drift batch` process per partition.

    python3 scripts/spark_batch.py pairs.jsonl reports.jsonl --drift .build/release/drift

Each input line is a `drift batch` line ({"original": ..., "copy": ..., "id": ...}, see
docs/corpus.md); each output line is that pair's drift.report/3 JSON (or an error line), in
input order: `textFile` keeps the file's order across partitions, `RDD.pipe` keeps it within
one, and `toLocalIterator` reads the partitions in order. Relative paths in the input are
resolved against the input file's directory (or --base), wherever Spark runs the process.

Local mode by default (--master local[2]: the two cores here); any Spark master works if
every worker has the drift binary at the same path.
"""
import argparse
import os
import shlex
import sys
import time


def run(input_path, output_path, drift, partitions=4, master="local[2]", base=None):
    """Pipes `input_path` through `drift batch` on Spark; writes `output_path`; returns (lines, seconds)."""
    from pyspark import SparkConf, SparkContext

    drift = os.path.abspath(drift)
    base = os.path.abspath(base or os.path.dirname(os.path.abspath(input_path)))
    conf = (SparkConf().setMaster(master).setAppName("drift-batch")
            .set("spark.ui.enabled", "false")
            .set("spark.ui.showConsoleProgress", "false"))
    sc = SparkContext.getOrCreate(conf)
    sc.setLogLevel("ERROR")
    start = time.monotonic()
    try:
        lines = sc.textFile("file://" + os.path.abspath(input_path), minPartitions=partitions)
        reports = lines.pipe(shlex.join([drift, "batch", "--base", base]), checkCode=True)
        tmp = output_path + ".tmp"
        n = 0
        with open(tmp, "w", encoding="utf-8") as out:
            for line in reports.toLocalIterator():
                out.write(line + "\n")
                n += 1
        os.replace(tmp, output_path)
    finally:
        sc.stop()
    return n, time.monotonic() - start


def main(argv=None):
    ap = argparse.ArgumentParser(description="Run drift batch over a JSON Lines file with Spark (RDD.pipe).")
    ap.add_argument("input", help="JSON Lines: one {\"original\", \"copy\", \"id\"} per line")
    ap.add_argument("output", help="where to write one drift.report/3 JSON per line")
    ap.add_argument("--drift", default=os.environ.get("DRIFT_BIN", ".build/release/drift"), help="the drift binary")
    ap.add_argument("--partitions", type=int, default=4, help="input partitions (one drift batch process each)")
    ap.add_argument("--master", default="local[2]", help="Spark master (default local[2])")
    ap.add_argument("--base", help="directory relative paths are resolved against (default: the input's directory)")
    a = ap.parse_args(argv)
    if not os.access(a.drift, os.X_OK):
        print(f"spark_batch: error: {a.drift}: no drift binary (build it: swift build -c release --product drift)", file=sys.stderr)
        return 2
    n, secs = run(a.input, a.output, a.drift, a.partitions, a.master, a.base)
    print(f"spark_batch: {n} pairs in {secs:.2f} s ({n / secs:.1f} pairs/s) with {a.master}, {a.partitions} partitions", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
