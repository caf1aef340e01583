"""Derive the cooperation-conflict intensity of each PLOVER type and mode from the ontology tables.

    .venv/bin/python bench/derive_intensity.py [--out PATH]

Reads `../shared/benchmarks/actions/ontology/CAMEO2PLOVER-2021.txt` (CAMEO code -> PLOVER
event and mode) and `cameo-codes.csv` (CAMEO code -> Goldstein score, MIT) and writes
`src/wirewatch/actions/intensity.tsv`: for each PLOVER type, and each (type, mode) the table
gives, the mean Goldstein score of the CAMEO codes that map to it (-10 conflict ... +10
cooperation) and how many codes that mean is over.  Only these numbers are written.
"""

from __future__ import annotations

import argparse
import csv
import re
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT.parent / "shared" / "benchmarks" / "actions" / "ontology"
OUT = ROOT / "src" / "wirewatch" / "actions" / "intensity.tsv"
MAPPING_LINE = re.compile(r"\s*(\d{2,4}):\s*([A-Z]+)\s*,\s*([\w-]*)\s*,")


def goldstein_scores() -> dict[str, float]:
    with (ONTOLOGY / "cameo-codes.csv").open(encoding="utf-8", errors="replace") as rows:
        return {
            row["code"]: float(row["goldstein"])
            for row in csv.DictReader(rows)
            if row["goldstein"] not in ("", "NA")
        }


def plover_of_cameo() -> dict[str, tuple[str, str]]:
    text = (ONTOLOGY / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8", errors="replace")
    return {
        match.group(1): (match.group(2), match.group(3))
        for match in map(MAPPING_LINE.match, text.splitlines())
        if match
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    scores = goldstein_scores()
    by_key: dict[tuple[str, str], list[float]] = defaultdict(list)
    for code, (kind, mode) in plover_of_cameo().items():
        if code in scores:
            by_key[(kind, "")].append(scores[code])
            if mode:
                by_key[(kind, mode)].append(scores[code])
    lines = [
        "# Mean Goldstein score of the CAMEO codes mapped to each PLOVER type (and mode), derived",
        "# by bench/derive_intensity.py from the ontology tables (-10 conflict, +10 cooperation).",
        "type\tmode\tintensity\tcodes",
    ]
    for (kind, mode), values in sorted(by_key.items()):
        lines.append(f"{kind}\t{mode}\t{sum(values) / len(values):.1f}\t{len(values)}")
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(by_key)} rows -> {args.out}")


if __name__ == "__main__":
    main()
