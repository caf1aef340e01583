"""A whole `wirewatch analyze -j1` against spaCy's `nlp.pipe` alone, as whole processes, A/B.

    .venv/bin/python bench/bench_run_cost.py [--texts PATH.jsonl] [--limit 200] [--rounds 3]

A: a fresh Python process loads the same spaCy pipeline wirewatch loads and runs
`nlp.pipe` over the first `--limit` texts of `--texts` (EpiMine's stream by default).
B: a fresh `wirewatch analyze` process over the same records, `-j1`, `--fresh`: read,
clean, annotate, store, every corpus stage, export and brief.  The two alternate for
`--rounds` rounds (A B A B ...), so a change of machine load hits both; each process's
CPU time (user + system, from `wait4`) is the figure, wall time is printed as context.
Target (issue 14): B / A at most 1.25 (median over rounds).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_TEXTS = ROOT.parent / "shared/benchmarks/clustering/epimine/stream.jsonl"
TARGET = 1.25

SPACY_ALONE = """
import json, sys
from wirewatch.nlp.languages import ENGLISH, pipeline_for
from wirewatch.settings import Settings
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
nlp = pipeline_for(ENGLISH, Settings())
for doc in nlp.pipe(texts, batch_size=32):
    pass
"""


def first_records(path: Path, limit: int, into: Path) -> Path:
    """The first `limit` records of `path`, as a .jsonl both processes read."""
    lines = []
    with path.open(encoding="utf-8") as records:
        for line in records:
            if line.strip():
                lines.append(line)
            if len(lines) >= limit:
                break
    target = into / "texts.jsonl"
    target.write_text("".join(lines), encoding="utf-8")
    return target


def timed(command: list[str]) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one whole child process."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(command)} failed: {process.stderr.read().decode()[-2000:]}")
    return usage.ru_utime + usage.ru_stime, wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, default=DEFAULT_TEXTS)
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="wirewatch-cost-") as scratch:
        texts = first_records(args.texts, args.limit, Path(scratch))
        spacy_alone = [sys.executable, "-c", SPACY_ALONE, str(texts)]
        analyze = [sys.executable, "-m", "wirewatch.cli", "analyze", str(texts), "--out",
                   str(Path(scratch) / "out"), "--fresh", "-j1", "-q"]
        ratios = []
        for round_number in range(1, args.rounds + 1):
            spacy_cpu, spacy_wall = timed(spacy_alone)
            analyze_cpu, analyze_wall = timed(analyze)
            ratios.append(analyze_cpu / spacy_cpu)
            print(json.dumps({
                "round": round_number, "spacy_cpu_s": round(spacy_cpu, 2),
                "spacy_wall_s": round(spacy_wall, 2), "analyze_cpu_s": round(analyze_cpu, 2),
                "analyze_wall_s": round(analyze_wall, 2), "ratio": round(ratios[-1], 3),
            }), flush=True)
    median = statistics.median(ratios)
    verdict = "met" if median <= TARGET else "NOT met"
    print(f"analyze / nlp.pipe alone (CPU, median of {len(ratios)}): {median:.3f}x "
          f"(target <= {TARGET}: {verdict}); load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
