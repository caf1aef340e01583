"""Near-duplicates: the same story republished with small edits.

Steps (each a function): shingle the clean text into overlapping word runs →
MinHash signature per article → LSH buckets give candidate pairs (never all
pairs) → drop pairs whose signatures say they are far apart → keep pairs whose shingle
sets really overlap (exact Jaccard) →
group copies (union-find) and point every copy at the group's earliest article.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wirewatch.link.groups import connected_groups
from wirewatch.link.timing import earliest_first
from wirewatch.model import Article, Corpus
from wirewatch.nlp.words import words

if TYPE_CHECKING:
    from datasketch import MinHash

    from wirewatch.settings import Settings


def shingles(text: str, size: int) -> set[str]:
    """Overlapping runs of `size` lower-cased words (the whole text when shorter)."""
    found = words(text)
    if len(found) <= size:
        return {" ".join(found)} if found else set()
    return {" ".join(found[i : i + size]) for i in range(len(found) - size + 1)}


def signature(article_shingles: set[str], permutations: int) -> MinHash:
    from datasketch import MinHash

    minhash = MinHash(num_perm=permutations)
    minhash.update_batch([shingle.encode("utf-8") for shingle in article_shingles])
    return minhash


def candidate_pairs(
    signatures: dict[str, MinHash], threshold: float, permutations: int
) -> set[tuple[str, str]]:
    """Pairs of articles sharing an LSH bucket."""
    from datasketch import MinHashLSH

    # Bands tuned a little below the threshold, so the exact check decides, not LSH luck.
    lsh = MinHashLSH(threshold=max(threshold - 0.1, 0.1), num_perm=permutations)
    pairs: set[tuple[str, str]] = set()
    for article_id, minhash in signatures.items():
        for other in lsh.query(minhash):
            pairs.add((other, article_id))
        lsh.insert(article_id, minhash)
    return pairs


# LSH buckets also pair articles that share only stock phrases, more of them the denser the
# corpus (all of them false: 100,180 such pairs among 20,000 synthetic articles, none a copy).
# The signatures' own estimate of their Jaccard drops those before the exact check reads the
# shingle sets; at 128 permutations the estimate's deviation is .044 at .5, so a copy is
# dropped only when it falls 4.5 deviations short.
ESTIMATE_MARGIN = 0.2


def jaccard(left: set[str], right: set[str]) -> float:
    return len(left & right) / len(left | right) if left and right else 0.0


def mark_duplicates(corpus: Corpus, settings: Settings) -> None:
    """Set `Article.duplicate_of` to the earliest copy of each group of near-copies."""
    link = settings.link
    article_shingles = {
        article.id: shingles(article.text, link.duplicate_shingle_words)
        for article in corpus.articles
    }
    signatures = {
        article_id: signature(found, link.duplicate_permutations)
        for article_id, found in article_shingles.items()
        if found
    }
    least_estimate = link.duplicate_threshold - ESTIMATE_MARGIN
    pairs = [
        (left, right)
        for left, right in candidate_pairs(
            signatures, link.duplicate_threshold, link.duplicate_permutations
        )
        if signatures[left].jaccard(signatures[right]) >= least_estimate
        and jaccard(article_shingles[left], article_shingles[right]) >= link.duplicate_threshold
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
