"""Killed with SIGKILL at random points, then resumed: is the store what one run makes?

    .venv/bin/python bench/bench_resume.py [--runs 20] [--jobs 2] [--seed 0] [--corpus DIR]

One uninterrupted `wirewatch analyze CORPUS --fresh` makes the reference store.  Then,
`--runs` times: a fresh `analyze` is started, killed with SIGKILL after a random delay
(uniform over the reference run's duration), its worker processes are checked to be gone
within 5 s, and `analyze` is run again without `--fresh` to finish the job.  The resumed
store is compared with the reference: the articles (ids and clean text), the events (ids
and their articles) and the storylines.  Prints one JSON line per run and a summary.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from wirewatch import api

ROOT = Path(__file__).resolve().parents[1]


def analyze_command(corpus: Path, out: Path, jobs: int, fresh: bool) -> list[str]:
    command = [sys.executable, "-m", "wirewatch.cli", "analyze", str(corpus), "--out", str(out),
               "-j", str(jobs), "--set", "batch_size=2", "-q"]
    return [*command, "--fresh"] if fresh else command


def fingerprint(db: Path) -> dict[str, object]:
    corpus = api.load(db)
    return {
        "articles": {a.id: hashlib.sha256(a.text.encode()).hexdigest() for a in corpus.articles},
        "events": {e.id: sorted(e.articles) for e in corpus.events},
        "storylines": {s.id: sorted(s.events) for s in corpus.storylines},
    }


def children_of(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def differences(expected: dict[str, object], found: dict[str, object]) -> dict[str, int]:
    counts = {}
    for part, wanted in expected.items():
        got = found[part]
        counts[part] = sum(got.get(key) != value for key, value in wanted.items()) + len(
            set(got) - set(wanted)
        )
    return counts


def one_run(corpus: Path, out: Path, jobs: int, delay: float) -> dict[str, object]:
    process = subprocess.Popen(analyze_command(corpus, out, jobs, fresh=True),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    workers: set[int] = set()
    deadline = time.monotonic() + delay
    while time.monotonic() < deadline and process.poll() is None:
        workers.update(children_of(process.pid))
        time.sleep(0.05)
    finished_first = process.poll() is not None
    process.send_signal(signal.SIGKILL)
    process.wait()
    time.sleep(5)
    left = sorted(pid for pid in workers if alive(pid))
    for pid in left:  # leave the machine clean even when the check fails
        os.kill(pid, signal.SIGKILL)
    resumed = subprocess.run(analyze_command(corpus, out, jobs, fresh=False),
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return {"killed_after_s": round(delay, 2), "finished_before_kill": finished_first,
            "workers_seen": len(workers), "workers_left_alive": len(left),
            "resume_exit": resumed.returncode}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--corpus", type=Path, default=ROOT / "examples" / "demo")
    parser.add_argument("--work", type=Path, default=Path("/tmp/wirewatch-bench-resume"))
    args = parser.parse_args()
    rng = random.Random(args.seed)
    reference_dir = args.work / "reference"
    started = time.monotonic()
    subprocess.run(analyze_command(args.corpus, reference_dir, args.jobs, fresh=True), check=True,
                   stdout=subprocess.DEVNULL)
    reference_seconds = time.monotonic() - started
    expected = fingerprint(reference_dir / "wirewatch.db")
    print(json.dumps({"reference_seconds": round(reference_seconds, 1),
                      "articles": len(expected["articles"]), "events": len(expected["events"])}),
          flush=True)
    identical = left_alive = 0
    for run in range(1, args.runs + 1):
        out = args.work / f"run-{run}"
        result = one_run(args.corpus, out, args.jobs, rng.uniform(0.5, reference_seconds))
        result["differences"] = differences(expected, fingerprint(out / "wirewatch.db"))
        result["identical"] = not any(result["differences"].values())
        identical += result["identical"]
        left_alive += result["workers_left_alive"]
        print(json.dumps({"run": run, **result}), flush=True)
    print(json.dumps({"runs": args.runs, "identical_to_one_run": identical,
                      "workers_left_alive": left_alive}))


if __name__ == "__main__":
    main()
