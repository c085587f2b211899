#!/usr/bin/env bash
# The Python tests (scripts/spark_batch.py on Spark local mode). Needs Java 17+ and a built drift:
#   swift build -c release --product drift && bash tests-python/run.sh
# DRIFT_BIN overrides the binary (default .build/release/drift). Installs pyspark and pytest
# from PyPI when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
export DRIFT_BIN="${DRIFT_BIN:-$PWD/.build/release/drift}"
python3 -c 'import pyspark, pytest' 2>/dev/null || python3 -m pip install -q pyspark pytest
exec python3 -m pytest -q tests-python "$@"
