"""Ingest speed and decoding quality per input format, on the shared benchmark inputs.

Run: .venv/bin/python bench/bench_ingest_formats.py
Prints, per input: documents, skipped, seconds, documents/s, MB/s, and how many documents
show mojibake ("â€", "Ã©", U+FFFD): a sign of a wrong encoding guess.  Then a WARC built in a
temporary folder from the Zyte pages, and peak Python memory while streaming a synthetic
.jsonl (which must stay flat as the file grows).
"""

from __future__ import annotations

import gzip
import io
import json
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from wirewatch.ingest import read_inputs
from wirewatch.model import RawDocument

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "benchmarks"
INPUTS = {
    "html.gz (zyte-aeb)": SHARED / "extraction" / "zyte-aeb" / "html",
    "html.gz (fundus)": SHARED / "extraction" / "fundus" / "html",
    "jsonl (ecbplus dev)": SHARED / "clustering" / "ecbplus" / "dev.jsonl",
    "jsonl (epimine stream)": SHARED / "clustering" / "epimine" / "stream.jsonl",
}
MOJIBAKE = ("â€", "Ã©", "Ã¨", "\ufffd")


def measure(label: str, paths: list[Path]) -> None:
    size = sum(_size(path) for path in paths)
    started = time.perf_counter()
    results = list(read_inputs(paths))
    seconds = time.perf_counter() - started
    documents = [result for result in results if isinstance(result, RawDocument)]
    garbled = sum(any(mark in doc.content for mark in MOJIBAKE) for doc in documents)
    print(
        f"{label:26} {len(documents):6} docs {len(results) - len(documents):4} skipped "
        f"{seconds:7.2f} s {len(documents) / seconds:8.0f} docs/s "
        f"{size / 1e6 / seconds:7.1f} MB/s  mojibake {garbled}"
    )


def build_warc(pages: Path, target: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with target.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for page in sorted(pages.glob("*.html.gz")):
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1"
            )
            body = io.BytesIO(gzip.decompress(page.read_bytes()))
            uri = f"https://bench.invalid/{page.name}"
            writer.write_record(
                writer.create_warc_record(uri, "response", payload=body, http_headers=headers)
            )


def streaming_peak(folder: Path, records: int) -> float:
    """Peak traced memory (MB) while reading `records` synthetic lines without keeping them."""
    path = folder / f"synthetic_{records}.jsonl"
    with path.open("w") as stream:
        for number in range(records):
            text = f"Report {number}: the council met on Monday and voted on the budget. " * 20
            stream.write(json.dumps({"id": f"s{number}", "text": text}) + "\n")
    tracemalloc.start()
    count = sum(1 for _ in read_inputs([path]))
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    assert count == records
    return peak


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*")) if path.is_dir() else path.stat().st_size


def main() -> None:
    if not SHARED.is_dir():
        sys.exit(f"{SHARED} is missing: the benchmarks live beside the project in shared/")
    for label, path in INPUTS.items():
        measure(label, [path])
    with tempfile.TemporaryDirectory() as scratch:
        warc = Path(scratch) / "zyte.warc.gz"
        build_warc(INPUTS["html.gz (zyte-aeb)"], warc)
        measure("warc.gz (zyte-aeb pages)", [warc])
        small, large = streaming_peak(Path(scratch), 2_000), streaming_peak(Path(scratch), 20_000)
        print(
            f"streaming .jsonl peak memory: 2k records {small:.1f} MB, 20k records {large:.1f} MB"
        )


if __name__ == "__main__":
    main()
