"""Quote groups across wording and languages, on a benchmark written for wirewatch.

    .venv/bin/python bench/bench_quote_groups.py [--split dev|test|both] [--meaning-similarity X]

`bench/labels/quote_groups.json`: 10 fictional speakers, 30 statements, each rendered by four
English outlets in their own words (one of the first two statements of each speaker as a
partial quote inside its reporting sentence) and by outlets in two of German, French,
Spanish, Russian and Italian; 90 near misses (the same speaker, another statement): 30 on the
story and 60 on one statement's own point (shared words, numbers or topic), in English and
other languages.  Each speaker is one story told by six outlets: an outlet's article
carries its renderings of the speaker's statements but leaves one out on three of the six
outlets (so a statement often has no counterpart in an article, and its closest quote there
is a near miss on its own point), and near misses on a statement's point also stand beside
the true rendering in an outlet that carries it.
`group_quotes` runs over the quotes as given (extraction is measured elsewhere); scored
are pairs of quotes of different articles, as `../shared/eval/score.py` scores quote
groups.  Thresholds are chosen on dev (speakers 1-5) and reported on test (6-10).

    .venv/bin/python bench/bench_quote_groups.py --hand-check OUT/wirewatch.db LABELS

Real news: the meaning links on a stored run (`wirewatch analyze` of EpiMine articles)
against hand labels (`bench/labels/epimine_quote_pairs.tsv`, first 500 articles); a link
nobody judged is printed, to be judged and added.

    .venv/bin/python bench/bench_quote_groups.py --speed OUT/wirewatch.db

Cost on a real corpus: `group_quotes` over a store `wirewatch analyze` wrote, with the
embedding (from cold, then again with the vectors the first run cached) and without, against
the spaCy pass over the same article texts.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from collections import Counter
from itertools import combinations
from pathlib import Path

from wirewatch.model import Article, Corpus, Event, Quote
from wirewatch.quotes.groups import group_quotes
from wirewatch.quotes.meaning import e5_encoder
from wirewatch.settings import Settings

DATA = Path(__file__).resolve().parent / "labels" / "quote_groups.json"


def outlet_quotes(speaker: dict, number: int) -> dict[int, list[tuple[str, dict]]]:
    """What each outlet of one speaker's story quotes: (statement id, rendering) in order."""
    outlets: dict[int, list[tuple[str, dict]]] = {}
    for index, statement in enumerate(speaker["statements"]):
        for outlet, rendering in enumerate(statement["renderings"]):
            if (outlet + index) % 5 == 4:  # outlets 2, 3 and 4 leave one statement out, 5 none
                continue
            outlets.setdefault(outlet, []).append((statement["id"], rendering))
    for index, miss in enumerate(speaker["near_misses"]):
        outlets[miss["outlet"]].append((f"miss-{number}-{index}", miss))
    return outlets


def story(speaker: dict, number: int) -> tuple[list[Article], dict[str, str], dict[str, str]]:
    """The articles of one speaker's story; statement and language of each quote id.  A
    rendering with a `context` is a partial quote inside its reporting sentence."""
    articles, statement_of, language_of = [], {}, {}
    for outlet, said in sorted(outlet_quotes(speaker, number).items()):
        article = Article(id=f"story{number}-outlet{outlet}", source="bench", text="",
                          event=f"story{number}")
        for statement, rendering in said:
            before, _, after = rendering.get("context", "{q}").partition("{q}")
            start = len(article.text) + len(before)
            article.text += before + rendering["text"] + after + "\n"
            kind = "partial" if "context" in rendering else "direct"
            quote = Quote(id=f"{article.id}:q{len(article.quotes) + 1}", article=article.id,
                          start=start, end=start + len(rendering["text"]), kind=kind,
                          speaker_name=speaker["speaker"])
            article.quotes.append(quote)
            statement_of[quote.id], language_of[quote.id] = statement, rendering["lang"]
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


def explain(corpus: Corpus, statement_of: dict[str, str]) -> list[str]:
    """One line per missed or false pair: its verdict, cosine and the two quotes."""
    said = {q.id: a.text[q.start : q.end] for a in corpus.articles for q in a.quotes}
    ids = sorted(said)
    vectors = dict(zip(ids, e5_encoder()([said[i] for i in ids]), strict=True))
    lines = []
    for first, second in combinations(corpus.quotes, 2):
        gold = statement_of[first.id] == statement_of[second.id]
        found = first.group is not None and first.group == second.group
        if first.article != second.article and gold != found:
            cosine = float(vectors[first.id] @ vectors[second.id])
            verdict = "missed" if gold else "false "
            lines.append(f"{verdict} {cosine:.3f}  {said[first.id]!r} / {said[second.id]!r}")
    return lines


def run(split: str, settings: Settings, show: bool = False) -> dict:
    speakers = json.loads(DATA.read_text(encoding="utf-8"))["speakers"]
    chosen = [s for s in speakers if split == "both" or s["split"] == split]
    corpus, statement_of, language_of = corpus_of(chosen)
    e5_encoder()  # loading the model is not grouping
    started = time.perf_counter()
    group_quotes(corpus, settings)
    seconds = time.perf_counter() - started
    result = score(corpus, statement_of, language_of)
    if show:
        result["explained"] = explain(corpus, statement_of)
    result["seconds"] = seconds
    result["quotes"] = len(corpus.quotes)
    return result


def speed(db: Path) -> None:
    """Seconds of quote grouping with and without the embedding, and of the spaCy pass."""
    from wirewatch.nlp.languages import pipeline_for
    from wirewatch.store.store import Store

    corpus = Store(db).load_corpus()
    corpus.statement_vectors.clear()  # measured from cold: nothing embedded yet
    e5_encoder()
    timings = {}
    default = Settings().quotes.meaning_similarity
    runs = (("wording only", 1.0), ("wording + meaning", default),
            ("wording + meaning, cached", default))
    for name, bar in runs:
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
        print(f"quote groups, {name:26} {seconds:7.2f} s")
    print(f"spaCy pass (English pipeline)            {spacy_seconds:7.2f} s")
    print(f"embedding adds {added:.2f} s = {added / spacy_seconds:.1%} of the spaCy pass")
    cached = timings["wording + meaning, cached"] - timings["wording only"]
    print(f"re-run with the stored vectors adds {cached:.2f} s = {cached / spacy_seconds:.1%}")


def quote_key(article: str, said: str) -> tuple[str, str]:
    return article, hashlib.sha1(said.encode()).hexdigest()[:12]


def hand_check(db: Path, labels: Path, settings: Settings, verbose: bool = False) -> None:
    """The meaning links `group_quotes` would make on a stored run, against hand labels."""
    from wirewatch.quotes.groups import blocks, set_speaker_entities, statements
    from wirewatch.quotes.meaning import CachedEncoder
    from wirewatch.quotes.renderings import meaning_links
    from wirewatch.store.store import Store

    judged = {}
    for line in labels.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith(("#", "article_a")):
            article_a, quote_a, article_b, quote_b, label = line.split("\t")
            judged[frozenset({(article_a, quote_a), (article_b, quote_b)})] = label
    corpus = Store(db).load_corpus()
    set_speaker_entities(corpus)
    encode = CachedEncoder(corpus.statement_vectors, e5_encoder)
    verdicts: Counter[str] = Counter()
    counted = 0
    for articles in blocks(corpus, settings):
        block = statements(articles, counted)
        counted += len(block)
        bar, margin = settings.quotes.meaning_similarity, settings.quotes.meaning_margin
        for link in meaning_links(block, bar, encode, margin).links:
            first, second = block[link.first], block[link.second]
            pair = frozenset({quote_key(first.quote.article, first.text),
                              quote_key(second.quote.article, second.text)})
            verdict = judged.get(pair, "not judged")
            verdicts[verdict] += 1
            if verdict == "not judged" or verbose:
                print(f"    {verdict} {link.score:.3f}  {first.text!r} / {second.text!r}")
                print("        " + "\t".join(name for key in pair for name in key))
    print("meaning links: " + ", ".join(f"{n} {v}" for v, n in sorted(verdicts.items())))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "test", "both"], default="both")
    parser.add_argument("--meaning-similarity", type=float, default=None)
    parser.add_argument("--explain", action="store_true",
                        help="list missed and false pairs (with --hand-check: every link)")
    parser.add_argument("--meaning-margin", type=float, default=None)
    parser.add_argument("--speed", type=Path, help="a wirewatch.db: time the embedding there")
    parser.add_argument("--hand-check", type=Path, nargs=2, metavar=("DB", "LABELS"),
                        help="a wirewatch.db and its hand labels: judge the meaning links")
    args = parser.parse_args()
    if args.speed:
        speed(args.speed)
        return
    settings = Settings()
    if args.meaning_similarity is not None:
        settings.quotes.meaning_similarity = args.meaning_similarity
    if args.meaning_margin is not None:
        settings.quotes.meaning_margin = args.meaning_margin
    if args.hand_check:
        hand_check(*args.hand_check, settings, args.explain)
        return
    splits = ["dev", "test"] if args.split == "both" else [args.split]
    for split in splits:
        result = run(split, settings, args.explain)
        print(f"{split}: P {result['precision']:.3f}  R {result['recall']:.3f}  "
              f"(tp {result['tp']}, fp {result['fp']}, fn {result['fn']}; "
              f"{result['quotes']} quotes, grouped in {result['seconds']:.2f} s)")
        for languages, recall in result["recall_by_languages"].items():
            print(f"    recall {languages:6} {recall:.3f}")
        for line in result.get("explained", []):
            print(f"    {line}")


if __name__ == "__main__":
    main()
