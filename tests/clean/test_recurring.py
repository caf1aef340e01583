"""Corpus-learned boilerplate: recurring lines of one outlet go, shared facts stay."""

from __future__ import annotations

from wirewatch.clean import strip_recurring_lines
from wirewatch.clean.recurring import pool_key
from wirewatch.clean.settings import CleanSettings
from wirewatch.model import Article, Paragraph

SIGN_OFF = (
    "Follow the Harbour Gazette on Telegram for the latest news from the coast and the islands."
)
FACT = "The port, built in 1902, handles about four million passengers a year on its ferry routes."


def _article(
    article_id: str,
    paragraphs: list[str],
    outlet: str | None = "Harbour Gazette",
    url: str | None = None,
) -> Article:
    spans, offset = [], 0
    for paragraph in paragraphs:
        spans.append(Paragraph(offset, offset + len(paragraph)))
        offset += len(paragraph) + 2
    return Article(
        id=article_id,
        source=article_id,
        text="\n\n".join(paragraphs),
        outlet=outlet,
        url=url,
        paragraphs=spans,
    )


def _story(number: int) -> list[str]:
    return [
        f"Story {number} opens with its own lead about event number {number} on the coast today.",
        f"A second paragraph of story {number} gives detail on what happened {number} times.",
        f"A third paragraph of story {number} quotes an official on the matter of item {number}.",
        f"A fourth paragraph of story {number} closes the report with background number {number}.",
    ]


def test_recurring_sign_off_removed_across_different_stories() -> None:
    articles = [_article(f"a{n}", [*_story(n), SIGN_OFF]) for n in range(4)]
    cleaned = strip_recurring_lines(articles, CleanSettings())
    for article in cleaned:
        assert SIGN_OFF not in article.text
        assert article.removed[-1].reason == "outlet_boilerplate"
        texts = [article.text[p.start : p.end] for p in article.paragraphs]
        assert "\n\n".join(texts) == article.text
    assert articles[0].text.endswith(SIGN_OFF)  # inputs are left as they were


def test_recurring_copies_of_one_story_keep_their_facts() -> None:
    copies = [_article(f"c{n}", [*_story(7), FACT]) for n in range(4)]
    cleaned = strip_recurring_lines(copies, CleanSettings())
    assert [article.text for article in cleaned] == [article.text for article in copies]


def test_recurring_long_fact_in_the_middle_is_kept() -> None:
    articles = []
    for n in range(4):
        story = _story(n)
        articles.append(
            _article(f"m{n}", [*story[:2], FACT, *story[2:], f"Ends here with item {n}."])
        )
    cleaned = strip_recurring_lines(articles, CleanSettings())
    assert all(FACT in article.text for article in cleaned)


def test_recurring_below_threshold_kept() -> None:
    articles = [_article(f"t{n}", [*_story(n), SIGN_OFF]) for n in range(2)]
    cleaned = strip_recurring_lines(articles, CleanSettings())
    assert all(SIGN_OFF in article.text for article in cleaned)


def test_recurring_articles_without_outlet_are_not_pooled() -> None:
    articles = [_article(f"n{n}", [*_story(n), SIGN_OFF], outlet=None) for n in range(4)]
    cleaned = strip_recurring_lines(articles, CleanSettings())
    assert all(SIGN_OFF in article.text for article in cleaned)
    assert pool_key(articles[0]) is None


def test_recurring_pools_by_url_host_when_outlet_unknown() -> None:
    articles = [
        _article(
            f"h{n}", [*_story(n), SIGN_OFF], outlet=None, url=f"https://news.gazette.example/{n}"
        )
        for n in range(3)
    ]
    cleaned = strip_recurring_lines(articles, CleanSettings())
    assert all(SIGN_OFF not in article.text for article in cleaned)


def test_recurring_learns_from_articles_seen_in_earlier_rounds() -> None:
    from wirewatch.clean.recurring import paragraph_texts

    earlier = [_article(f"e{n}", [*_story(n), SIGN_OFF]) for n in range(2)]
    seen = {pool_key(earlier[0]): [paragraph_texts(article) for article in earlier]}
    (late,) = strip_recurring_lines(
        [_article("late", [*_story(9), SIGN_OFF])], CleanSettings(), seen
    )
    assert SIGN_OFF not in late.text
    assert late.removed[-1].reason == "outlet_boilerplate"


def test_recurring_restripped_rebuilds_from_the_paragraphs_as_cleaned() -> None:
    from wirewatch.clean.recurring import paragraph_rows, restripped, stripped_text, without_lines
    from wirewatch.model import Removal

    cleaned = _article("r", [*_story(3), SIGN_OFF])
    cleaned.removed = [Removal("Share on Facebook", "link_words")]
    rows = paragraph_rows(cleaned)
    boilerplate = {repeats_fold(SIGN_OFF)}
    once = without_lines(cleaned, boilerplate)
    # Stripped once, then again with the same lines: the same article, no removal twice.
    again = restripped(once, rows, boilerplate)
    assert (again.text, again.paragraphs, again.removed) == (
        once.text,
        once.paragraphs,
        once.removed,
    )
    assert stripped_text(rows, boilerplate) == once.text
    # The sign-off stops being boilerplate: it comes back, and its removal goes.
    back = restripped(once, rows, set())
    assert back.text == cleaned.text and back.removed == cleaned.removed


def repeats_fold(text: str) -> str:
    from wirewatch.clean.repeats import fold

    return fold(text)
