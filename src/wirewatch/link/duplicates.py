"""Near-duplicates: the same story republished with small edits.

Steps (each a function): shingle the clean text into overlapping word runs →
MinHash signature per article → LSH bands give candidate pairs (never all
pairs) → drop pairs whose signatures say they are far apart → keep pairs whose
shingle sets really overlap (Jaccard) →
group copies (union-find) and point every copy at the group's earliest article.
"""

from __future__ import annotations

from itertools import combinations
from typing import TYPE_CHECKING

import numpy as np

from wirewatch.link.groups import connected_groups
from wirewatch.link.timing import earliest_first
from wirewatch.model import Article, Corpus
from wirewatch.nlp.words import words

if TYPE_CHECKING:
    from wirewatch.settings import Settings


def shingles(text: str, size: int) -> set[str]:
    """Overlapping runs of `size` lower-cased words (the whole text when shorter)."""
    found = words(text)
    if len(found) <= size:
        return {" ".join(found)} if found else set()
    return {" ".join(found[i : i + size]) for i in range(len(found) - size + 1)}


def signature(article_shingles: set[str], permutations: int) -> np.ndarray:
    """The MinHash values of an article's shingles (one per permutation)."""
    from datasketch import MinHash

    minhash = MinHash(num_perm=permutations)
    minhash.update_batch([shingle.encode("utf-8") for shingle in article_shingles])
    return minhash.hashvalues


def band_layout(threshold: float, permutations: int) -> tuple[int, int]:
    """Bands and rows per band, as datasketch's LSH chooses them for the threshold.

    Tuned a little below the threshold, so the exact check decides, not LSH luck."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=max(threshold - 0.1, 0.1), num_perm=permutations)
    return lsh.b, lsh.r


def candidate_pairs(
    signatures: dict[str, np.ndarray], threshold: float, permutations: int
) -> set[tuple[str, str]]:
    """Pairs of articles (smaller id first) equal in every value of at least one band.

    One band at a time over a matrix of the signatures: sorting a band's rows puts equal
    ones side by side, so no index of every band of every article is held at once."""
    ids = sorted(signatures)
    pairs: set[tuple[str, str]] = set()
    if len(ids) < 2:
        return pairs
    matrix = np.stack([signatures[article_id] for article_id in ids])
    bands, rows = band_layout(threshold, permutations)
    for band in range(bands):
        block = matrix[:, band * rows : (band + 1) * rows]
        order = np.lexsort(block.T[::-1])
        ordered = block[order]
        differs = np.any(ordered[1:] != ordered[:-1], axis=1)
        starts = np.flatnonzero(np.concatenate(([True], differs, [True])))
        for run in np.flatnonzero(np.diff(starts) > 1):
            bucket = sorted(ids[index] for index in order[starts[run] : starts[run + 1]])
            pairs.update(combinations(bucket, 2))
    return pairs


# LSH bands also pair articles that share only stock phrases, more of them the denser the
# corpus (all of them false: 100,180 such pairs among 20,000 synthetic articles, none a copy).
# The signatures' own estimate of their Jaccard drops those before their shingles are read;
# at 128 permutations the estimate's deviation is .044 at .5, so a copy is dropped only
# when it falls 4.5 deviations short.
ESTIMATE_MARGIN = 0.2


def likely_pairs(
    candidates: set[tuple[str, str]], signatures: dict[str, np.ndarray], least: float
) -> set[tuple[str, str]]:
    """The candidate pairs whose MinHash values agree in at least a share `least - margin`."""
    if not candidates:
        return candidates
    agreeing = (least - ESTIMATE_MARGIN) * next(iter(signatures.values())).size
    return {
        (left, right)
        for left, right in candidates
        if np.count_nonzero(signatures[left] == signatures[right]) >= agreeing
    }


def jaccard(left: np.ndarray, right: np.ndarray) -> float:
    """Jaccard similarity of two sorted arrays of distinct shingle hashes."""
    if not (left.size and right.size):
        return 0.0
    both = np.intersect1d(left, right, assume_unique=True).size
    return both / (left.size + right.size - both)


def shingle_hashes(text: str, size: int) -> np.ndarray:
    """The article's shingles as sorted 64-bit hashes: an eighth of their memory as strings,
    and two texts' Jaccard is the same unless two of their shingles collide (about 1e-14)."""
    return np.unique(np.fromiter((hash(found) for found in shingles(text, size)), np.int64))


def mark_duplicates(corpus: Corpus, settings: Settings) -> None:
    """Set `Article.duplicate_of` to the earliest copy of each group of near-copies.

    Only the signatures are kept for the whole corpus while candidates are found, and the
    shingles only of articles in a candidate pair after that, as hashes: at 100,000
    articles every article's shingles as strings were most of the link's peak memory."""
    link = settings.link
    signatures = {}
    for article in corpus.articles:
        found = shingles(article.text, link.duplicate_shingle_words)
        if found:
            signatures[article.id] = signature(found, link.duplicate_permutations)
    candidates = candidate_pairs(signatures, link.duplicate_threshold, link.duplicate_permutations)
    candidates = likely_pairs(candidates, signatures, link.duplicate_threshold)
    del signatures
    involved = {article_id for pair in candidates for article_id in pair}
    hashed = {
        article.id: shingle_hashes(article.text, link.duplicate_shingle_words)
        for article in corpus.articles
        if article.id in involved
    }
    pairs = [
        (left, right)
        for left, right in sorted(candidates)
        if jaccard(hashed[left], hashed[right]) >= link.duplicate_threshold
    ]
    group_of = connected_groups(pairs)
    members: dict[str, list[Article]] = {}
    for article in corpus.articles:
        article.duplicate_of = None
        if article.id in group_of:
            members.setdefault(group_of[article.id], []).append(article)
    for group in members.values():
        root = min(group, key=earliest_first)
        for article in group:
            article.duplicate_of = None if article is root else root.id
