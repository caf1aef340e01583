"""A learned line rule for web text: how much a line looks like page furniture, not prose.

The named rules catch boilerplate by its words; web pages also carry furniture that has no
telling words (forum headers, table rows, link lists, lone labels).  This model reads the
shape of a line and of its neighbours (length, capitals, digits, punctuation, function
words, whether it ends a sentence, whether rules took the lines around it) and gives the
probability that the line is noise.  It is a logistic regression whose weights, scaling and
tuned threshold live in `line_model.json`, written by `bench/train_line_model.py` from the
TurkuNLP turku-en training split (numbers only).  It judges only lines no named rule decided,
and never a full sentence or a crosshead between two: those are prose, in any corpus.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from wirewatch.clean import metadata, patterns, repeats
from wirewatch.clean.logistic import LogisticModel, read_model
from wirewatch.clean.rules import word_count

REASON = "low_content_line"
MODEL_FILE = Path(__file__).with_name("line_model.json")
# Below this many words a line is "short": furniture comes in runs of such lines.
SHORT_WORDS = 8
# Opening quotes and brackets a sentence may start with, before its capital.
OPENING_QUOTES = "\"“‘'«(["
# A capitalised line of at least this many words that ends a sentence is prose, never judged
# (nor a crosshead between two such lines): on turku-en dev the model gains nothing from
# judging them, and news prose and headings stay safe.
SENTENCE_WORDS = 8


@dataclass(frozen=True)
class LineShape:
    """What one line looks like on its own."""

    words: int
    upper_share: float
    digit_share: float
    symbol_share: float
    title_share: float
    stop_share: float
    ends_sentence: bool
    ends_colon: bool
    starts_upper: bool
    starts_symbol: bool
    has_pipe: bool
    has_link: bool
    has_clock_or_year: bool


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _starts_upper(line: str) -> bool:
    return line.lstrip(OPENING_QUOTES)[:1].isupper()


@lru_cache(maxsize=8192)
def line_shape(line: str) -> LineShape:
    tokens = line.split()
    visible = len(line) - line.count(" ")
    spaces = sum(map(str.isspace, line))
    first = line[:1]
    return LineShape(
        words=word_count(line),
        upper_share=_share(sum(map(str.isupper, line)), sum(map(str.isalpha, line))),
        digit_share=_share(sum(map(str.isdigit, line)), visible),
        symbol_share=_share(len(line) - sum(map(str.isalnum, line)) - spaces, visible),
        title_share=_share(sum(token[:1].isupper() for token in tokens), len(tokens)),
        stop_share=_share(len(patterns.STOP_WORD.findall(line)), len(tokens)),
        ends_sentence=bool(patterns.SENTENCE_END.search(line)),
        ends_colon=line.endswith(":"),
        starts_upper=_starts_upper(line),
        starts_symbol=bool(first) and not first.isalnum(),
        has_pipe="|" in line,
        has_link=bool(patterns.LINK_OR_ADDRESS.search(line)),
        has_clock_or_year=bool(patterns.CLOCK_OR_YEAR.search(line)),
    )


def reads_as_sentence(line: str) -> bool:
    """A full sentence: capitalised, long enough and closed by sentence punctuation."""
    return (
        word_count(line) >= SENTENCE_WORDS
        and _starts_upper(line)
        and bool(patterns.SENTENCE_END.search(line))
    )


def heads_prose(lines: list[str], verdicts: list[str | None], index: int) -> bool:
    """A crosshead: a headline-like line between two kept full sentences."""
    if not metadata.looks_like_crosshead(lines[index]):
        return False
    around = (index - 1, index + 1)
    return all(
        0 <= other < len(lines) and verdicts[other] is None and reads_as_sentence(lines[other])
        for other in around
    )


def judged_by_model(lines: list[str], verdicts: list[str | None], index: int) -> bool:
    """The model judges a line no rule decided, unless it is prose: a sentence or a crosshead."""
    line = lines[index]
    return (
        verdicts[index] is None
        and bool(line)
        and not reads_as_sentence(line)
        and not heads_prose(lines, verdicts, index)
    )


def _own_features(shape: LineShape) -> list[float]:
    return [
        math.log1p(shape.words),
        float(shape.words < 3),
        float(shape.words < SHORT_WORDS),
        float(shape.words >= 20),
        shape.upper_share,
        shape.digit_share,
        shape.symbol_share,
        shape.title_share,
        shape.stop_share,
        float(shape.ends_sentence),
        float(shape.ends_colon),
        float(shape.starts_upper),
        float(shape.starts_symbol),
        float(shape.has_pipe),
        float(shape.has_link),
        float(shape.has_clock_or_year),
    ]


def _neighbour_features(line: str | None, ruled: bool) -> list[float]:
    """A neighbour's length, ending and verdict; a missing one (document edge) reads as zeros."""
    if line is None:
        return [0.0, 0.0, 0.0, 1.0]
    ends_sentence = bool(patterns.SENTENCE_END.search(line))
    return [math.log1p(word_count(line)), float(ends_sentence), float(ruled), 0.0]


def _short_runs(counts: list[int]) -> list[int]:
    """For each line, the length of the run of consecutive short lines it sits in (0: long)."""
    runs = [0] * len(counts)
    start = 0
    for index in range(len(counts) + 1):
        if index < len(counts) and counts[index] < SHORT_WORDS:
            continue
        for member in range(start, index):
            runs[member] = index - start
        start = index + 1
    return runs


def _word_overlap(first: str, second: str) -> float:
    return repeats.jaccard(frozenset(first.lower().split()), frozenset(second.lower().split()))


FEATURE_NAMES: tuple[str, ...] = (
    "log_words",
    "under_3_words",
    "under_8_words",
    "20_words_or_more",
    "upper_share",
    "digit_share",
    "symbol_share",
    "title_case_share",
    "stop_word_share",
    "ends_sentence",
    "ends_colon",
    "starts_upper",
    "starts_symbol",
    "has_pipe",
    "has_link",
    "has_clock_or_year",
    *(
        f"{side}_{name}"
        for side in ("previous", "next")
        for name in ("log_words", "ends_sentence", "ruled", "missing")
    ),
    "position",
    "near_edge",
    "repeated_in_document",
    "log_short_run",
    "neighbour_word_overlap",
    "document_short_share",
    "log_words_over_median",
)


def document_features(
    lines: list[str], verdicts: list[str | None], indexes: list[int] | None = None
) -> list[list[float]]:
    """Feature rows (in `FEATURE_NAMES` order) of the lines at `indexes` (default: all),
    given the named rules' verdicts on every line of the document."""
    count = len(lines)
    counts = [word_count(line) for line in lines]
    # Copies among the lines still open: furniture recurs ("Back to top"); a paragraph whose
    # copy the repeat rule already took is no longer repeated.
    folded = Counter(
        repeats.fold(line) for line, verdict in zip(lines, verdicts, strict=True) if not verdict
    )
    runs = _short_runs(counts)
    short_share = _share(sum(words < SHORT_WORDS for words in counts), count)
    median = sorted(counts)[count // 2] if count else 0
    rows = []
    for index in range(count) if indexes is None else indexes:
        before, after = index - 1, index + 1
        # Like-worded open neighbours: menus and forum headers; a taken copy does not count.
        overlap = max(
            (
                _word_overlap(lines[index], lines[other])
                for other in (before, after)
                if 0 <= other < count and not verdicts[other]
            ),
            default=0.0,
        )
        rows.append(
            _own_features(line_shape(lines[index]))
            + _neighbour_features(
                lines[before] if before >= 0 else None,
                before >= 0 and verdicts[before] is not None,
            )
            + _neighbour_features(
                lines[after] if after < count else None,
                after < count and verdicts[after] is not None,
            )
            + [
                _share(index, count - 1) if count > 1 else 0.0,
                float(index < 2 or index >= count - 2),
                float(not verdicts[index] and folded[repeats.fold(lines[index])] > 1),
                math.log1p(runs[index]),
                overlap,
                short_share,
                math.log1p(counts[index]) - math.log1p(median),
            ]
        )
    return rows


@lru_cache(maxsize=1)
def load_line_model(path: Path = MODEL_FILE) -> LogisticModel:
    """The shipped model, with the threshold tuned on dev."""
    return read_model(path, FEATURE_NAMES, "bench/train_line_model.py")


def noise_probabilities(lines: list[str], verdicts: list[str | None]) -> list[float]:
    """The model's probability that each line is noise (lines rules took included)."""
    model = load_line_model()
    return [model.probability(row) for row in document_features(lines, verdicts)]


def low_content_lines(
    lines: list[str], verdicts: list[str | None], threshold: float | None = None
) -> list[int]:
    """Lines the model judges (see `judged_by_model`) whose noise probability reaches the
    threshold."""
    model = load_line_model()
    limit = model.threshold if threshold is None else threshold
    judged = [index for index in range(len(lines)) if judged_by_model(lines, verdicts, index)]
    rows = document_features(lines, verdicts, judged)
    return [
        index
        for index, row in zip(judged, rows, strict=True)
        if model.probability(row) >= limit
    ]
