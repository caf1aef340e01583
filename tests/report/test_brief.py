"""wirewatch.report.brief: briefs in Markdown and HTML, every line cited."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import wirewatch
from wirewatch.model import Action, Article, Corpus, DateRange, Event, Party, SummarySentence
from wirewatch.report import EXPORTERS
from wirewatch.report.brief import build_brief, render_html, render_markdown
from wirewatch.settings import Settings

DEMO = Path(__file__).resolve().parents[2] / "examples" / "demo"


@pytest.fixture(scope="module")
def demo_corpus() -> Corpus:
    return wirewatch.analyze([DEMO], settings=Settings(jobs=1)).corpus


def test_brief_exporters_are_registered() -> None:
    assert {"json", "markdown", "html"} <= set(EXPORTERS)


def test_brief_names_every_event_and_cites_real_sources(demo_corpus) -> None:
    markdown = render_markdown(demo_corpus)
    for event in demo_corpus.events:
        assert event.title.replace("\n", " ").strip() in markdown
    brief = build_brief(demo_corpus)
    numbers = {source.number for source in brief.sources}
    assert len(numbers) == len(demo_corpus.articles)
    cited = {int(n) for group in re.findall(r"\[([\d, ]+)\]", markdown) for n in group.split(",")}
    assert cited and cited <= numbers


def test_brief_quotes_are_the_cited_articles_words(demo_corpus) -> None:
    brief = build_brief(demo_corpus)
    articles = {source.number: demo_corpus.article(source.article) for source in brief.sources}
    quotes = [quote for event in brief.timeline for quote in event.quotes]
    assert quotes
    for quote in quotes:
        assert quote.who
        assert any(quote.text.removesuffix(" ...") in articles[n].text for n in quote.sources)


def test_brief_shows_disagreements_and_relations(demo_corpus) -> None:
    markdown = render_markdown(demo_corpus)
    assert "Where sources disagree" in markdown and "412 tonnes" in markdown
    assert "## Relations between countries" in markdown and "Iceland - Norway" in markdown


def test_brief_html_escapes_the_articles_text() -> None:
    title = "Minister says <script>alert(1)</script> & more"
    article = Article(id="a1", source="a1.txt", text=title + ". Body.", title=title, event="e1")
    event = Event(
        "e1", title, ["a1"], date=DateRange("2026-01-02", "2026-01-02"),
        summary=[SummarySentence(title + ".", ["a1"])],
    )  # fmt: skip
    html = render_html(Corpus(articles=[article], events=[event]))
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html
    assert 'href="#source-1"' in html and 'id="source-1"' in html
    assert "Other events" in html  # an event outside any storyline is still shown


def test_brief_written_beside_the_export(tmp_path) -> None:
    result = wirewatch.analyze([DEMO / "13_andes_herald_lithium.txt"], out=tmp_path)
    assert [path.name for path in result.brief_paths] == ["brief.md", "brief.html"]
    assert (tmp_path / "brief.md").read_text(encoding="utf-8").startswith("# wirewatch brief")


def test_brief_markdown_keeps_scraped_markup_inert() -> None:
    from markdown_it import MarkdownIt

    title = 'Talks <script>alert(1)</script> go on <img src=x onerror="alert(2)"> [x](javascript:y)'
    article = Article(
        id="a1", source="a1.txt", text=title + ". Body.", title=title, outlet="<b>Wire</b>",
        event="e1",
    )
    event = Event("e1", title, ["a1"], summary=[SummarySentence(title + ".", ["a1"])])
    markdown = render_markdown(Corpus(articles=[article], events=[event]))
    html = MarkdownIt("commonmark").render(markdown)
    assert "<script" not in html and "<img" not in html and "<b>" not in html
    assert 'href="javascript' not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html  # shown as the text it was


def test_brief_names_an_international_body_by_its_code() -> None:
    # the UN has no country: the brief shows its code, never "None"
    article = Article(id="a1", source="a1.txt", text="The UN urged Zimbabwe to show restraint.")
    article.event = "e1"
    event = Event("e1", "Zimbabwe", ["a1"], summary=[SummarySentence(article.text, ["a1"])])
    un = Party("org:united-nations", "The UN", None, code="UN", sector="IGO")
    action = Action("x1", un, Party("gpe:zimbabwe", "Zimbabwe", "ZWE"), "REQUEST", ["a1"], "e1")
    markdown = render_markdown(Corpus(articles=[article], events=[event], actions=[action]))
    assert "The UN (UN) REQUEST Zimbabwe (ZWE)" in markdown
    assert "(None)" not in markdown
