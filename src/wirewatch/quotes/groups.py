"""Quote groups: one statement as rendered by different outlets (`group_quotes`).

Steps, each small and visible:
1. speakers: a quote's speaker entity, from the entity mention at its speaker span or by
   name among the corpus entities;
2. block: quotes of articles of one storyline (or one event when it has no storyline);
   with no events at all, the whole corpus is one block only while it is small;
3. compare, across articles only, different known speakers never linked:
   - wording: content-word overlap after spelling is folded (`wording.py`); exact where
     outlets share words, and the same speaker lowers the bar;
   - meaning: two quotes whose sentence embeddings (`meaning.py`, multilingual) are close,
     each being the other's closest quote in its article: a paraphrase or a translation;
4. cluster: links merge quotes, exact wording first, then by similarity; a group never holds
   two known speakers nor two quotes of one article (an outlet renders a statement once);
   groups that span two or more articles get deterministic ids `group-<n>`, the others none.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations
from typing import TYPE_CHECKING

from wirewatch.quotes.cues import PERSON, SPEAKING_ORGS
from wirewatch.quotes.meaning import CachedEncoder, StatementEncoder, e5_encoder
from wirewatch.quotes.renderings import (
    Link,
    Meaning,
    Statement,
    different_speakers,
    meaning_links,
)
from wirewatch.quotes.wording import content_words, similarity

if TYPE_CHECKING:
    from wirewatch.model import Article, Corpus, Entity, Quote
    from wirewatch.settings import Settings

GROUPED_KINDS = frozenset({"direct", "partial"})
SPEAKER_LABELS = SPEAKING_ORGS | {PERSON}


def entity_by_name(entities: list[Entity]) -> dict[str, str]:
    """Lower-cased names and aliases -> entity id, for names no mention gives."""
    index: dict[str, str] = {}
    for entity in entities:
        for name in (entity.name, *entity.aliases):
            index.setdefault(name.lower(), entity.id)
    return index


def speaker_entity(quote: Quote, article: Article, by_name: dict[str, str]) -> str | None:
    """The entity of the person or organisation mention at the speaker span, else the entity
    named like the speaker."""
    if quote.speaker_start is not None and quote.speaker_end is not None:
        for mention in article.mentions:
            overlaps = mention.start < quote.speaker_end and quote.speaker_start < mention.end
            if overlaps and mention.entity and mention.label in SPEAKER_LABELS:
                return mention.entity
    return by_name.get(quote.speaker_name.lower()) if quote.speaker_name else None


def set_speaker_entities(corpus: Corpus) -> None:
    by_name = entity_by_name(corpus.entities)
    for article in corpus.articles:
        for quote in article.quotes:
            quote.speaker_entity = speaker_entity(quote, article, by_name)


def blocks(corpus: Corpus, settings: Settings) -> list[list[Article]]:
    """Articles that may share statements: one storyline, or one event without storyline."""
    if not corpus.events:
        small = len(corpus.articles) <= settings.quotes.pool_max_articles
        return [corpus.articles] if small else []
    storyline_of = {event.id: event.storyline or event.id for event in corpus.events}
    by_block: dict[str, list[Article]] = defaultdict(list)
    for article in corpus.articles:
        if article.event is not None:
            by_block[storyline_of.get(article.event, article.event)].append(article)
    return [articles for _, articles in sorted(by_block.items())]


def statements(articles: list[Article], first: int) -> list[Statement]:
    found = []
    for article in articles:
        for quote in article.quotes:
            if quote.kind in GROUPED_KINDS:
                said = article.text[quote.start : quote.end]
                words = content_words(said, article.lemmas)
                found.append(Statement(quote, first + len(found), said, words, article.event))
    return found


def same_statement(first: Statement, second: Statement, settings: Settings) -> float:
    """How alike two quotes of different articles are in wording; 0 when they cannot be one
    statement by their words."""
    if first.quote.article == second.quote.article:
        return 0.0
    if different_speakers(first, second):
        return 0.0
    score = similarity(first.words, second.words, settings.quotes.min_contained_words)
    bar = settings.quotes.group_similarity
    if first.speaker is not None and first.speaker == second.speaker:
        bar -= settings.quotes.same_speaker_bonus
    return score if score >= bar else 0.0


def sharing_a_word(block: list[Statement]) -> set[tuple[int, int]]:
    """Pairs of statements with a content word in common: the only ones that can match, so a
    large storyline is not compared pair by pair."""
    holders: dict[str, list[int]] = defaultdict(list)
    for i, statement in enumerate(block):
        for word in statement.words:
            holders[word].append(i)
    return {pair for indices in holders.values() for pair in combinations(indices, 2)}


def wording_links(block: list[Statement], settings: Settings) -> list[Link]:
    """Every pair of statements of the block whose content words match."""
    found = []
    for i, j in sharing_a_word(block):
        score = same_statement(block[i], block[j], settings)
        if score > 0:
            found.append(Link(True, score, min(i, j), max(i, j)))
    return found


def links(
    block: list[Statement], settings: Settings, encode: StatementEncoder
) -> tuple[list[Link], Meaning | None]:
    """The links of the block, exact wording first, then the closest meaning first; and the
    meaning similarities, None when the embedding is off."""
    found = wording_links(block, settings)
    meaning = None
    if settings.quotes.meaning_similarity < 1.0:
        meaning = meaning_links(
            block, settings.quotes.meaning_similarity, encode, settings.quotes.meaning_margin
        )
        found += meaning.links
    ordered = sorted(found, key=lambda link: (not link.exact, -link.score, link.first, link.second))
    return ordered, meaning


def clusters(
    block: list[Statement], settings: Settings, encode: StatementEncoder
) -> list[list[Statement]]:
    """Links in order; two clusters merge unless they hold different known speakers or
    quotes of one article, or, joined by meaning, are not alike on average."""
    cluster_of = list(range(len(block)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(block))}
    speakers = {i: {s.speaker} if s.speaker else set() for i, s in enumerate(block)}
    articles = {i: {s.quote.article} for i, s in enumerate(block)}
    ordered, meaning = links(block, settings, encode)
    bar = settings.quotes.meaning_similarity
    for link in ordered:
        a, b = cluster_of[link.first], cluster_of[link.second]
        if a == b or len(speakers[a] | speakers[b]) > 1 or articles[a] & articles[b]:
            continue
        if meaning and not link.exact and not meaning.agrees(members[a], members[b], bar):
            continue
        for member in members[b]:
            cluster_of[member] = a
        members[a] += members.pop(b)
        speakers[a] |= speakers.pop(b)
        articles[a] |= articles.pop(b)
    return [[block[i] for i in sorted(group)] for group in members.values()]


def spans_articles(group: list[Statement]) -> bool:
    return len({statement.quote.article for statement in group}) > 1


def group_quotes(corpus: Corpus, settings: Settings) -> None:
    """Set `Quote.speaker_entity` and give quotes of one statement a shared `Quote.group`;
    statements embedded are added to `Corpus.statement_vectors`."""
    set_speaker_entities(corpus)
    encode = CachedEncoder(corpus.statement_vectors, e5_encoder)
    for quote in corpus.quotes:
        quote.group = None
    groups: list[list[Statement]] = []
    counted = 0
    for articles in blocks(corpus, settings):
        block = statements(articles, counted)
        counted += len(block)
        groups += [group for group in clusters(block, settings, encode) if spans_articles(group)]
    for number, group in enumerate(sorted(groups, key=lambda g: g[0].order), start=1):
        for statement in group:
            statement.quote.group = f"group-{number}"
