"""HTML extraction benchmarks: Zyte article-extraction-benchmark and fundus-evaluation.

    .venv/bin/python bench/bench_extraction.py [--shared ../shared] [--only zyte|fundus]

Zyte (181 pages): the metric of its README, re-implemented here: `\\w+` tokens, multisets of
4-token shingles, per-page TP/FP/FN normalised by their sum, P and R averaged over pages.
Fundus (80 pages): ROUGE-LSum F1 per article, averaged; ROUGE-LSum implemented here after
Google's `rouge_score` (lower-cased `[a-z0-9]+` tokens, no stemming, union LCS per reference
line, token hits capped by counts).  Both metrics are first checked against the stored peer
outputs, whose figures the benchmark README gives.  Pages/s use process CPU time (one core).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from wirewatch.clean import clean_document
from wirewatch.clean.settings import CleanSettings
from wirewatch.model import RawDocument

ROOT = Path(__file__).resolve().parents[1]

# ---------------------------------------------------------------- Zyte shingle metric


def shingles(text: str, size: int = 4) -> Counter:
    words = re.findall(r"\w+", text or "")
    return Counter(tuple(words[i : i + size]) for i in range(max(1, len(words) - size + 1)))


def shingle_match(truth: str, predicted: str) -> tuple[float, float, float]:
    """TP, FP, FN of one page, normalised by their sum."""
    true_counts, predicted_counts = shingles(truth), shingles(predicted)
    tp = sum((true_counts & predicted_counts).values())
    fp = sum((predicted_counts - true_counts).values())
    fn = sum((true_counts - predicted_counts).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def zyte_score(truth: dict[str, str], predicted: dict[str, str]) -> dict[str, float]:
    precisions, recalls = [], []
    for page_id, true_text in truth.items():
        tp, fp, fn = shingle_match(true_text, predicted.get(page_id, ""))
        precisions.append(tp / (tp + fp) if tp + fp else 0.0)
        recalls.append(tp / (tp + fn) if tp + fn else 0.0)
    precision, recall = sum(precisions) / len(precisions), sum(recalls) / len(recalls)
    return {"p": precision, "r": recall, "f1": 2 * precision * recall / (precision + recall)}


# ---------------------------------------------------------------- ROUGE-LSum


def rouge_tokens(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def lcs_indexes(reference: list[str], candidate: list[str]) -> list[int]:
    """Indexes into `reference` of one longest common subsequence with `candidate`."""
    rows, cols = len(reference), len(candidate)
    table = [[0] * (cols + 1) for _ in range(rows + 1)]
    for i in range(1, rows + 1):
        row, above, word = table[i], table[i - 1], reference[i - 1]
        for j in range(1, cols + 1):
            row[j] = above[j - 1] + 1 if word == candidate[j - 1] else max(above[j], row[j - 1])
    found, i, j = [], rows, cols
    while i and j:
        if reference[i - 1] == candidate[j - 1]:
            found.append(i - 1)
            i, j = i - 1, j - 1
        elif table[i - 1][j] >= table[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return found


def rouge_lsum(reference: list[str], candidate: list[str]) -> tuple[float, float, float]:
    """ROUGE-LSum P, R, F1 of two texts given as lists of lines (paragraphs)."""
    reference_lines = [rouge_tokens(line) for line in reference if rouge_tokens(line)]
    candidate_lines = [rouge_tokens(line) for line in candidate if rouge_tokens(line)]
    reference_total = sum(map(len, reference_lines))
    candidate_total = sum(map(len, candidate_lines))
    if not reference_total or not candidate_total:
        return 0.0, 0.0, 0.0
    reference_left = Counter(word for line in reference_lines for word in line)
    candidate_left = Counter(word for line in candidate_lines for word in line)
    hits = 0
    for line in reference_lines:
        union = sorted({i for other in candidate_lines for i in lcs_indexes(line, other)})
        for word in (line[i] for i in union):
            if reference_left[word] > 0 and candidate_left[word] > 0:
                hits += 1
                reference_left[word] -= 1
                candidate_left[word] -= 1
    precision, recall = hits / candidate_total, hits / reference_total
    f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
    return precision, recall, f1


# ---------------------------------------------------------------- extractors


def trafilatura_alone(favor_precision: bool) -> Callable[[str, str | None], str]:
    def extract(html: str, url: str | None) -> str:
        import trafilatura

        return trafilatura.extract(html, url=url, favor_precision=favor_precision) or ""

    return extract


def wirewatch_html(settings: CleanSettings) -> Callable[[str, str | None], str]:
    def extract(html: str, url: str | None) -> str:
        raw = RawDocument(id="page", source=url or "page", content=html, format="html", url=url)
        return clean_document(raw, settings).text

    return extract


def extractors() -> dict[str, Callable[[str, str | None], str]]:
    return {
        "trafilatura 2.3.1": trafilatura_alone(False),
        "trafilatura 2.3.1 favor_precision": trafilatura_alone(True),
        "wirewatch html path (default)": wirewatch_html(CleanSettings()),
        "wirewatch html path, favor_precision": wirewatch_html(CleanSettings(favor_precision=True)),
    }


def run_pages(pages: dict[str, tuple[str, str | None]], extract: Callable) -> tuple[dict, float]:
    started = time.process_time()
    texts = {page_id: extract(html, url) for page_id, (html, url) in pages.items()}
    return texts, len(pages) / (time.process_time() - started)


# ---------------------------------------------------------------- the two benchmarks


def bench_zyte(folder: Path) -> None:
    truth_records = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    truth = {page_id: record["articleBody"] for page_id, record in truth_records.items()}
    stored = _read_json(folder / "output" / "trafilatura.json")["output"]
    stored_texts = {page_id: record.get("articleBody", "") for page_id, record in stored.items()}
    print(
        f"zyte-aeb ({len(truth)} pages); metric check on stored trafilatura 2.0.0 output:",
        _figures(zyte_score(truth, stored_texts)),
        "(README: F1 0.958)",
    )
    pages = {
        page_id: (read_page(folder / "html" / f"{page_id}.html.gz"), record.get("url"))
        for page_id, record in truth_records.items()
    }
    for name, extract in extractors().items():
        texts, rate = run_pages(pages, extract)
        print(f"  {name:38s} {_figures(zyte_score(truth, texts))}  {rate:5.1f} pages/s")


def bench_fundus(folder: Path) -> None:
    truth = json.loads((folder / "ground_truth.json").read_text(encoding="utf-8"))
    stored = json.loads((folder / "extractions" / "trafilatura.json").read_text(encoding="utf-8"))
    stored_bodies = {name: record.get("body", []) for name, record in stored.items()}
    stored_f1 = _mean_rouge(truth, stored_bodies)
    print(
        f"fundus ({len(truth)} pages); metric check on stored trafilatura output: "
        f"ROUGE-LSum F1 {stored_f1:.2f} (README: 93.62)"
    )
    pages = {
        name: (read_page(folder / "html" / name), record.get("url"))
        for name, record in truth.items()
    }
    for name, extract in extractors().items():
        texts, rate = run_pages(pages, extract)
        paragraphs = {page: text.split("\n") for page, text in texts.items()}
        figure = _mean_rouge(truth, paragraphs)
        print(f"  {name:38s} ROUGE-LSum F1 {figure:.2f}  {rate:5.1f} pages/s")


def _mean_rouge(truth: dict, candidates: dict[str, list[str]]) -> float:
    scores = [rouge_lsum(gold["body"], candidates.get(name, []))[2] for name, gold in truth.items()]
    return 100 * sum(scores) / len(scores)


def _read_json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def read_page(path: Path) -> str:
    """A gzipped page decoded the way wirewatch's ingest decodes HTML."""
    from wirewatch.ingest.encoding import decode_text

    with gzip.open(path) as page:
        return decode_text(page.read(), markup=True)


def _figures(score: dict[str, float]) -> str:
    return f"P {score['p']:.3f} R {score['r']:.3f} F1 {score['f1']:.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--only", choices=["zyte", "fundus"])
    args = parser.parse_args()
    extraction = args.shared / "benchmarks" / "extraction"
    if args.only in (None, "zyte"):
        bench_zyte(extraction / "zyte-aeb")
    if args.only in (None, "fundus"):
        bench_fundus(extraction / "fundus")


if __name__ == "__main__":
    main()
