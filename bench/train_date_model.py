"""Train the publication-day chooser on trafilatura-eval dev, report it cross-validated, write it.

    .venv/bin/python bench/train_date_model.py [--shared ../shared] [--cache PATH] [--output PATH]

Each dev page with a gold date is read as the HTML path reads it (trafilatura's metadata for
htmldate's day, then `date_candidates.page_date_candidates`).  Rows are the page's distinct
candidate days (`date_model.day_features`), labelled by whether they are the gold day.  A
logistic regression (scikit-learn, used here only) is scored by page accuracy, the best-scored
day against the gold, in 5-fold cross-validation grouped by site (no site is in both a fold's
training and its test pages) for a few regularisation strengths; a page without candidates
counts as wrong.  The figures printed are those folds' (and the current rule's on the same
pages); the strength with the best cross-validated accuracy is then fitted on all of dev and
written as numbers only to `date_model.json`.
"""

from __future__ import annotations

import argparse
import gzip
import json
import pickle
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from wirewatch.clean.date_candidates import DateCandidate, page_date_candidates
from wirewatch.clean.date_model import FEATURE_NAMES, MODEL_FILE, day_features
from wirewatch.clean.html import publication_date
from wirewatch.clean.logistic import stored_fields
from wirewatch.clean.outlets import host_of
from wirewatch.ingest.encoding import decode_text

ROOT = Path(__file__).resolve().parents[1]
STRENGTHS = (0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
FOLDS = 5
Page = tuple[str, str, list[DateCandidate]]  # gold day, site, candidates


def read_pages(folder: Path) -> list[Page]:
    import trafilatura
    from trafilatura.utils import load_html

    gold = json.loads((folder / "dev.gold.json").read_text())["pages"]
    pages = []
    for page_id, page in sorted(gold.items()):
        if "date" not in page:
            continue
        with gzip.open(folder / "dev" / f"{page_id}.html.gz") as stored:
            html = decode_text(stored.read(), markup=True)
        tree = load_html(html)
        candidates: list[DateCandidate] = []
        if tree is not None:
            document = trafilatura.bare_extraction(
                tree, url=page["url"], with_metadata=True, include_comments=False
            )
            found = document.date if document is not None else None
            htmldate_day = found or publication_date(html, page["url"])
            candidates = page_date_candidates(tree, page["url"], htmldate_day)
        pages.append((page["date"], host_of(page["url"]) or page_id, candidates))
    return pages


def page_rows(pages: list[Page]) -> tuple[np.ndarray, np.ndarray, list[list[int]]]:
    """All candidate rows, their labels, and for each page the indexes of its rows."""
    rows, labels, members = [], [], []
    for gold, _site, candidates in pages:
        features = day_features(candidates)
        start = len(rows)
        for day in sorted(features):
            rows.append(features[day])
            labels.append(day == gold)
        members.append(list(range(start, len(rows))))
    return np.array(rows, dtype=float), np.array(labels), members


def fitted(rows: np.ndarray, labels: np.ndarray, strength: float):
    means = rows.mean(axis=0)
    scales = rows.std(axis=0)
    scales[scales == 0] = 1.0
    model = LogisticRegression(C=strength, max_iter=2000)
    model.fit((rows - means) / scales, labels)
    return model, means, scales


def page_hits(pages, rows, labels, members, train: list[int], test: list[int], strength):
    train_rows = [index for page in train for index in members[page]]
    model, means, scales = fitted(rows[train_rows], labels[train_rows], strength)
    hits = 0
    for page in test:
        if members[page]:
            scores = model.decision_function((rows[members[page]] - means) / scales)
            # ties go to the earlier day, as `date_model.chosen_day` does
            hits += bool(labels[members[page][int(np.argmax(scores))]])
    return hits


def cross_validated(pages, rows, labels, members, strength: float) -> float:
    sites = [site for _gold, site, _c in pages]
    folds = GroupKFold(n_splits=FOLDS)
    hits = sum(
        page_hits(pages, rows, labels, members, list(train), list(test), strength)
        for train, test in folds.split(np.zeros(len(pages)), groups=sites)
    )
    return hits / len(pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--cache", type=Path, help="read/write the harvested candidates here")
    parser.add_argument("--output", type=Path, default=MODEL_FILE)
    args = parser.parse_args()
    folder = args.shared / "benchmarks" / "extraction" / "trafilatura-eval"
    if args.cache and args.cache.exists():
        pages = pickle.loads(args.cache.read_bytes())
    else:
        pages = read_pages(folder)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(pages))
    rows, labels, members = page_rows(pages)
    covered = sum(any(labels[index] for index in member) for member in members)
    htmldate = sum(
        any(c.source == "htmldate" and c.day == gold for c in candidates)
        for gold, _site, candidates in pages
    )
    print(f"{len(pages)} dated pages, {len(rows)} candidate days")
    print(f"gold among the candidates: {covered / len(pages):.4f}")
    print(f"htmldate's day: {htmldate / len(pages):.4f}")
    scores = {
        strength: cross_validated(pages, rows, labels, members, strength) for strength in STRENGTHS
    }
    for strength, accuracy in scores.items():
        print(f"C={strength:<5} {FOLDS}-fold CV (grouped by site) page accuracy {accuracy:.4f}")
    best = max(scores, key=lambda strength: (scores[strength], -strength))
    model, means, scales = fitted(rows, labels, best)
    stored = {
        "trained_on": "trafilatura-eval dev (bench/train_date_model.py)",
        "strength": best,
        "cv_page_accuracy": round(scores[best], 4),
        **stored_fields(FEATURE_NAMES, means, scales, model.coef_[0], model.intercept_[0]),
    }
    args.output.write_text(json.dumps(stored, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.output} (C={best})")


if __name__ == "__main__":
    main()
