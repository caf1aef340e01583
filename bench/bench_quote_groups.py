"""Quote groups across wording and languages, on a benchmark written for wirewatch.

    .venv/bin/python bench/bench_quote_groups.py [--split dev|test|both] [--meaning-similarity X]

`bench/data/quote_groups.json`: 10 fictional speakers, 30 statements, each rendered by three
English outlets in their own words and by outlets in two of German, French, Spanish, Russian
and Italian, plus 30 near misses (the same speaker, another statement on the same story).
Each speaker is one story told by five outlets (three English, two others): an outlet's
article carries its renderings of the speaker's statements but leaves one out on three of
the five outlets (so a statement often has no counterpart in an article and its closest
quote there is another statement), and each English article also carries one near miss.
`group_quotes` runs over the quotes as given (extraction is measured elsewhere); scored
are pairs of quotes of different articles, as `../shared/eval/score.py` scores quote
groups.  Thresholds are chosen on dev (speakers 1-5) and reported on test (6-10).

    .venv/bin/python bench/bench_quote_groups.py --speed OUT/wirewatch.db

Cost on a real corpus: `group_quotes` over a store `wirewatch analyze` wrote, with the
embedding and without, against the spaCy pass over the same article texts.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from itertools import combinations
from pathlib import Path

from wirewatch.model import Article, Corpus, Event, Quote
from wirewatch.quotes.groups import group_quotes
from wirewatch.quotes.meaning import e5_encoder
from wirewatch.settings import Settings

DATA = Path(__file__).resolve().parent / "data" / "quote_groups.json"


def story(speaker: dict, number: int) -> tuple[list[Article], dict[str, str], dict[str, str]]:
    """The articles of one speaker's story; statement and language of each quote id."""
    outlets: dict[int, list[tuple[str, str, str]]] = {}
    for index, statement in enumerate(speaker["statements"]):
        for outlet, rendering in enumerate(statement["renderings"]):
            if (outlet + index) % 5 == 4:  # outlets 2, 3 and 4 leave one statement out
                continue
            outlets.setdefault(outlet, []).append(
                (statement["id"], rendering["lang"], rendering["text"])
            )
    for outlet, miss in enumerate(speaker["near_misses"]):
        outlets[outlet].append((f"miss-{number}-{outlet}", miss["lang"], miss["text"]))
    articles, statement_of, language_of = [], {}, {}
    for outlet, said in sorted(outlets.items()):
        article = Article(id=f"story{number}-outlet{outlet}", source="bench", text="",
                          event=f"story{number}")
        for statement, language, text in said:
            start = len(article.text)
            article.text += text + "\n"
            quote = Quote(id=f"{article.id}:q{len(article.quotes) + 1}", article=article.id,
                          start=start, end=start + len(text), kind="direct",
                          speaker_name=speaker["speaker"])
            article.quotes.append(quote)
            statement_of[quote.id], language_of[quote.id] = statement, language
        articles.append(article)
    return articles, statement_of, language_of


def corpus_of(speakers: list[dict]) -> tuple[Corpus, dict[str, str], dict[str, str]]:
    corpus, statement_of, language_of = Corpus(), {}, {}
    for number, speaker in enumerate(speakers, start=1):
        articles, statements, languages = story(speaker, number)
        corpus.articles += articles
        corpus.events.append(Event(id=f"story{number}", title=speaker["speaker"],
                                   articles=[article.id for article in articles]))
        statement_of |= statements
        language_of |= languages
    return corpus, statement_of, language_of


def score(corpus: Corpus, statement_of: dict[str, str], language_of: dict[str, str]) -> dict:
    """Pairwise precision and recall over quotes of different articles; recall by languages."""
    counts: Counter[str] = Counter()
    for first, second in combinations(corpus.quotes, 2):
        if first.article == second.article:
            continue
        gold = statement_of[first.id] == statement_of[second.id]
        found = first.group is not None and first.group == second.group
        languages = "-".join(sorted({language_of[first.id], language_of[second.id]}))
        counts["tp"] += gold and found
        counts["fp"] += found and not gold
        counts["fn"] += gold and not found
        if gold:
            counts[f"gold {languages}"] += 1
            counts[f"found {languages}"] += found
    precision = counts["tp"] / max(1, counts["tp"] + counts["fp"])
    recall = counts["tp"] / max(1, counts["tp"] + counts["fn"])
    by_languages = {
        key[5:]: counts[f"found {key[5:]}"] / counts[key]
        for key in sorted(counts) if key.startswith("gold ")
    }
    return {"precision": precision, "recall": recall, "tp": counts["tp"], "fp": counts["fp"],
            "fn": counts["fn"], "recall_by_languages": by_languages}


def run(split: str, settings: Settings) -> dict:
    speakers = json.loads(DATA.read_text(encoding="utf-8"))["speakers"]
    chosen = [s for s in speakers if split == "both" or s["split"] == split]
    corpus, statement_of, language_of = corpus_of(chosen)
    e5_encoder()  # loading the model is not grouping
    started = time.perf_counter()
    group_quotes(corpus, settings)
    seconds = time.perf_counter() - started
    result = score(corpus, statement_of, language_of)
    result["seconds"] = seconds
    result["quotes"] = len(corpus.quotes)
    return result


def speed(db: Path) -> None:
    """Seconds of quote grouping with and without the embedding, and of the spaCy pass."""
    from wirewatch.nlp.languages import pipeline_for
    from wirewatch.store.store import Store

    corpus = Store(db).load_corpus()
    e5_encoder()
    timings = {}
    default = Settings().quotes.meaning_similarity
    for name, bar in (("wording only", 1.0), ("wording + meaning", default)):
        settings = Settings()
        settings.quotes.meaning_similarity = bar
        started = time.perf_counter()
        group_quotes(corpus, settings)
        timings[name] = time.perf_counter() - started
    grouped = sum(quote.group is not None for quote in corpus.quotes)
    nlp = pipeline_for("en", Settings())
    started = time.perf_counter()
    for _doc in nlp.pipe((article.text for article in corpus.articles), batch_size=32):
        pass
    spacy_seconds = time.perf_counter() - started
    added = timings["wording + meaning"] - timings["wording only"]
    print(f"{len(corpus.articles)} articles, {len(corpus.quotes)} quotes ({grouped} grouped)")
    for name, seconds in timings.items():
        print(f"quote groups, {name:18} {seconds:7.2f} s")
    print(f"spaCy pass (English pipeline)    {spacy_seconds:7.2f} s")
    print(f"embedding adds {added:.2f} s = {added / spacy_seconds:.1%} of the spaCy pass")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "test", "both"], default="both")
    parser.add_argument("--meaning-similarity", type=float, default=None)
    parser.add_argument("--speed", type=Path, help="a wirewatch.db: time the embedding there")
    args = parser.parse_args()
    if args.speed:
        speed(args.speed)
        return
    settings = Settings()
    if args.meaning_similarity is not None:
        settings.quotes.meaning_similarity = args.meaning_similarity
    splits = ["dev", "test"] if args.split == "both" else [args.split]
    for split in splits:
        result = run(split, settings)
        print(f"{split}: P {result['precision']:.3f}  R {result['recall']:.3f}  "
              f"(tp {result['tp']}, fp {result['fp']}, fn {result['fn']}; "
              f"{result['quotes']} quotes, grouped in {result['seconds']:.2f} s)")
        for languages, recall in result["recall_by_languages"].items():
            print(f"    recall {languages:6} {recall:.3f}")


if __name__ == "__main__":
    main()
