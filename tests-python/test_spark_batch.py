"""scripts/spark_batch.py: Spark (local mode) pipes JSON Lines through `drift batch`.

Run with tests-python/run.sh (DRIFT_BIN names the drift binary).
"""
import json
import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
import spark_batch  # noqa: E402

DRIFT = os.environ.get("DRIFT_BIN", os.path.join(ROOT, ".build", "release", "drift"))
SAMPLES = os.path.join(ROOT, "samples")


def pairs():
    """24 lines: sample pairs by relative path, inline texts, and failing lines."""
    out = []
    for i in range(24):
        k = i % 4
        if k == 0:
            out.append({"id": i, "original": "cnn-putin-negotiations.original.txt", "copy": "cnn-putin-negotiations.blog-repost.txt"})
        elif k == 1:
            out.append({"id": f"t{i}", "original": {"text": f"Talks ended without a deal. The envoy left after {i} hours."},
                        "copy": {"text": f"Talks ended without any deal. The envoy left after {i + 1} hours.", "path": "c.txt"}})
        elif k == 2:
            out.append({"id": i, "original": "no-such-file.txt", "copy": "cnn-putin-negotiations.blog-repost.txt"})
        else:
            out.append({"id": i, "original": "cnn-putin-negotiations.original.txt", "copy": "cnn-putin-negotiations.inosmi-retranslation.txt"})
    return [json.dumps(p) for p in out]


@pytest.fixture(scope="module")
def input_file(tmp_path_factory):
    if not os.access(DRIFT, os.X_OK):
        pytest.fail(f"no drift binary at {DRIFT}; set DRIFT_BIN")
    d = tmp_path_factory.mktemp("spark")
    p = d / "pairs.jsonl"
    p.write_text("\n".join(pairs()) + "\n", encoding="utf-8")
    return p


def test_spark_output_equals_drift_batch(input_file, tmp_path):
    out = tmp_path / "reports.jsonl"
    n, secs = spark_batch.run(str(input_file), str(out), DRIFT, partitions=3, base=SAMPLES)
    assert n == 24
    got = out.read_text(encoding="utf-8").splitlines()
    # The same lines, in the same order, as drift batch run directly.
    want = subprocess.run([DRIFT, "batch", "--base", SAMPLES], input=input_file.read_bytes(),
                          stdout=subprocess.PIPE, check=True).stdout.decode("utf-8").splitlines()
    assert got == want
    for i, line in enumerate(got):
        obj = json.loads(line)
        k = i % 4
        if k == 2:
            assert obj["id"] == i and obj["error"].endswith("no-such-file.txt: no such file")
        else:
            assert obj["schema"] == "drift.report/3"
            assert obj["id"] == (f"t{i}" if k == 1 else i)
            assert len(obj["copies"]) == 1


def test_cli_reports_missing_binary(input_file, tmp_path, capsys):
    assert spark_batch.main([str(input_file), str(tmp_path / "o.jsonl"), "--drift", "/no/such/drift"]) == 2
    assert "no drift binary" in capsys.readouterr().err
