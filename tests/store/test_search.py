"""Tests of wirewatch.store.search and Store.search: query syntax, ranking, snippets."""

from __future__ import annotations

import pytest

from wirewatch.model import Article
from wirewatch.store import QueryRefused, SearchAbandoned, SearchFilters, Store, StoreSettings
from wirewatch.store.search import fold_for_search, match_expression, search_statement

NEWS = {
    "ferry": ("Ferry strike", "Ferry crews walked out in Helsinki. The strike stopped ferries."),
    "border": ("Border closed", "Finland shut its border crossings with Russia on Friday."),
    "cafe": ("Café reopens", "The café near the crossing reopened after the border closure."),
    "market": ("Market news", "Shares rose. Border worries eased and the ferry line gained."),
}


@pytest.fixture
def news_store(store: Store) -> Store:
    store.add_articles(
        Article(id=key, source=key, text=text, title=title) for key, (title, text) in NEWS.items()
    )
    return store


def hit_ids(store: Store, query: str) -> list[str]:
    return [hit.article for hit in store.search(query)]


def test_search_ranks_by_bm25_title_first(news_store):
    hits = news_store.search("border")
    assert hits[0].article == "border"  # the word is in its headline, weighted up
    assert {hit.article for hit in hits[1:]} == {"cafe", "market"}
    assert hit_ids(news_store, "ferry") == ["ferry", "market"]
    assert [hit.score for hit in hits] == sorted((hit.score for hit in hits), reverse=True)


def test_search_snippet_marks_matches(news_store):
    (hit,) = news_store.search("crossings")
    assert "[crossings]" in hit.snippet
    (hit,) = news_store.search("crossings", markers=("<mark>", "</mark>"))
    assert "<mark>crossings</mark>" in hit.snippet
    assert (hit.title, hit.outlet, hit.published) == ("Border closed", None, None)


def test_search_folds_case_and_diacritics(news_store):
    assert hit_ids(news_store, "CAFE") == ["cafe"]
    assert hit_ids(news_store, "café") == ["cafe"]


def test_search_phrase_prefix_or_and_exclusion(news_store):
    assert hit_ids(news_store, '"border closure"') == ["cafe"]
    assert set(hit_ids(news_store, "ferr*")) == {"ferry", "market"}
    assert set(hit_ids(news_store, "helsinki OR crossing")) == {"ferry", "cafe"}  # no stemming
    assert set(hit_ids(news_store, "border -café")) == {"border", "market"}
    assert set(hit_ids(news_store, "border NOT shares")) == {"border", "cafe"}


@pytest.mark.parametrize("query", [
    '"unbalanced', "(border", "border)", "AND", "OR border", "border OR", "NOT", "-", "*",
    'a"b"c', "col:umn", "^border", "NEAR(border ferry)", "'; DROP TABLE articles; --",
    "border AND AND", "{title}: x", "", "   ", "¿qué?", "😀",
])
def test_search_weird_queries_never_crash(news_store, query):
    assert isinstance(news_store.search(query), list)
    assert news_store.counts()["articles"] == 4


def test_search_keywords_in_brackets_are_searched_as_words(news_store):
    assert hit_ids(news_store, "(border") != []
    assert hit_ids(news_store, "(border ferry)") == ["market"]
    assert hit_ids(news_store, "NEAR(border ferry)") == []  # "near" is a word to find


def test_search_limit(news_store):
    assert len(news_store.search("border", limit=1)) == 1


def test_search_match_expression_quotes_every_term():
    assert match_expression('say "hi there" -no') == '("say") AND ("hi there") NOT ("no")'
    assert match_expression("a OR b c") == '("a" OR "b") AND ("c")'
    assert match_expression('x"y') == '("x""y")'
    assert match_expression("pre*") == '("pre"*)'
    assert match_expression("-only") == ""
    assert match_expression("!!! ???") == ""


def test_search_settings_size_the_snippet():
    with Store(":memory:", StoreSettings(snippet_tokens=3)) as small:
        small.add_articles([Article("a", "a", "one two three four five six seven border eight")])
        (hit,) = small.search("border")
        assert len(hit.snippet.split()) <= 4


def test_search_real_articles_found_by_their_first_line(store, shared_dir):
    seeds = sorted((shared_dir / "seeds").glob("*.txt"))
    articles = []
    for path in seeds:
        title, _, body = path.read_text(encoding="utf-8").partition("\n")
        articles.append(Article(path.stem, str(path), body, content_hash=path.stem, title=title))
    assert store.add_articles(articles).added == len(seeds) > 0
    assert store.add_articles(articles).unchanged == len(seeds)
    for article in articles:
        hits = store.search(f'"{article.title}"', limit=len(seeds))
        assert article.id in [hit.article for hit in hits]


def test_search_a_repeated_term_counts_once():
    assert match_expression("a* a* a* a*") == '("a"*)'
    assert match_expression("border " * 250) == '("border")'


@pytest.mark.parametrize(
    ("query", "reason"),
    [
        ("word " * 600, "Query too long"),
        (" ".join(f"w{n}" for n in range(40)), "Too many search terms"),
        ("a* b* c* d* e*", "Too many prefix terms"),
    ],
)
def test_search_refuses_a_query_larger_than_its_limits(news_store, query, reason):
    with pytest.raises(QueryRefused, match=reason):
        news_store.search(query)


def test_search_a_statement_over_its_time_limit_is_stopped(tmp_path):
    settings = StoreSettings(statement_timeout_seconds=0.0)
    with Store(tmp_path / "slow.db", settings) as store:
        store.add_articles(
            Article(id=f"a{n}", source="x", text=f"Border talks, round {n}.") for n in range(200)
        )
        with pytest.raises(QueryRefused, match="stopped after"):
            store.search("border")
        store.settings.statement_timeout_seconds = 5.0
        assert len(store.search("border", limit=300)) == 200  # the handler was removed


def test_search_pages_and_filters(news_store):
    assert hit_ids(news_store, "border") == [
        hit.article for n in range(3) for hit in news_store.search("border", limit=1, offset=n)
    ]
    with pytest.raises(QueryRefused, match="first 1000"):
        news_store.search("border", offset=995, limit=10)
    assert news_store.search("border", filters=SearchFilters(kind="copy")) == []
    assert len(news_store.search("border", filters=SearchFilters(kind="original"))) == 3
    assert news_store.search("border", filters=SearchFilters(since="2026-01-01")) == []
    with pytest.raises(QueryRefused, match="Not a date"):
        SearchFilters(until="soon")


def test_search_stops_when_its_asker_has_gone(tmp_path):
    settings = StoreSettings(statement_timeout_seconds=60.0)
    with Store(tmp_path / "left.db", settings) as store:
        store.add_articles(
            Article(id=f"a{n}", source="x", text=f"Border talks, round {n}.") for n in range(200)
        )
        with pytest.raises(SearchAbandoned):
            store.search("border", abandoned=lambda: True)
        assert len(store.search("border", limit=300, abandoned=lambda: False)) == 200


def test_search_filters_read_the_articles_table_only_when_set():
    assert "JOIN articles ON articles.doc = articles_fts.rowid" not in search_statement(
        SearchFilters()
    )
    outlet_only = search_statement(SearchFilters(outlet="Quay News"))
    assert ":outlet" in outlet_only and ":since" not in outlet_only


def test_search_hits_and_snippets_are_the_same_with_and_without_filters(news_store):
    # The page is ranked first and given snippets after: same hits, same order, same words.
    everything = news_store.search("border OR ferry", markers=("<", ">"))
    original = news_store.search(
        "border OR ferry", markers=("<", ">"), filters=SearchFilters(kind="original")
    )
    assert [(h.article, h.snippet) for h in everything] == [
        (h.article, h.snippet) for h in original
    ]
    assert all("<" in hit.snippet for hit in everything)


@pytest.mark.parametrize(
    ("text", "folded"),
    [("Łódź", "Lodz"), ("Straße", "Strasse"), ("ёлка", "елка"), ("Ελλάδα", "Ελλαδα"),
     ("naïve café — “so”", "naive cafe — “so”"), ("plain words", "plain words"), ("", "")],
)
def test_search_folding_removes_marks_of_every_script(text, folded):
    assert fold_for_search(text) == folded
