"""Language routing: which pipeline reads an article and which stages run on it."""

from __future__ import annotations

from wirewatch.model import Article
from wirewatch.nlp.languages import (
    article_language,
    capitalised_names,
    pipeline_for,
    sentence_splitter,
)
from wirewatch.pipeline import annotate_batch
from wirewatch.settings import Settings

RUSSIAN = (
    "Песков заявил журналистам: «Мы не видим никаких проблем в отношениях с Финляндией». "
    "По его словам, переговоры продолжатся в понедельник."
)
FRENCH = (
    "Le président Emmanuel Macron a déclaré jeudi à Paris : « Nous ne céderons pas ». "
    "Il a ajouté que 300 soldats seraient envoyés en Roumanie."
)
ENGLISH = "Kremlin spokesman Dmitry Peskov said: “We see no problem with Finland at all.”"


def article(article_id: str, text: str, language: str | None) -> Article:
    return Article(id=article_id, source="test", text=text, language=language)


def test_unknown_language_counts_as_english() -> None:
    assert article_language(article("a", ENGLISH, None)) == "en"
    assert article_language(article("a", RUSSIAN, "RU")) == "ru"


def test_no_english_rule_runs_on_a_language_without_pipeline() -> None:
    (russian,) = annotate_batch([article("r", RUSSIAN, "ru")], Settings())
    assert russian.stages == ["sentences", "mentions"]
    assert len(russian.sentences) == 2
    assert (russian.quotes, russian.claims, russian.actions) == ([], [], [])
    assert (russian.times, russian.amounts) == ([], [])
    # names for event linking, by capitals alone ("Мы" opens a quoted sentence the
    # rule-based splitter does not see): not "Песков", one word opening the text
    names = [(russian.text[m.start : m.end], m.label) for m in russian.mentions]
    assert names == [("Мы", "NAME"), ("Финляндией", "NAME")]


def test_a_language_with_a_genuine_pipeline_gets_its_names() -> None:
    (french,) = annotate_batch([article("f", FRENCH, "fr")], Settings())
    assert french.stages == ["sentences", "words", "mentions"]
    names = {(french.text[m.start : m.end], m.label) for m in french.mentions}
    assert ("Emmanuel Macron", "PERSON") in names
    assert all(m.country is None for m in french.mentions)  # no English country words
    assert (french.quotes, french.claims, french.amounts) == ([], [], [])


def test_english_articles_get_every_stage_in_a_mixed_batch() -> None:
    batch = [article("e", ENGLISH, "en"), article("r", RUSSIAN, "ru"), article("u", ENGLISH, None)]
    english, russian, unknown = annotate_batch(batch, Settings())
    assert [a.id for a in (english, russian, unknown)] == ["e", "r", "u"]
    assert english.stages == unknown.stages
    assert {"quotes", "claims", "actions", "times", "amounts"} <= set(english.stages)
    assert english.quotes and english.quotes[0].speaker_name == "Dmitry Peskov"
    assert russian.stages == ["sentences", "mentions"]


def test_a_pipeline_named_but_not_installed_leaves_sentences_only() -> None:
    settings = Settings()
    settings.nlp.pipelines = {"ru": "ru_core_news_not_installed"}
    assert pipeline_for("ru", settings) is sentence_splitter("ru")
    (russian,) = annotate_batch([article("r", RUSSIAN, "ru")], settings)
    assert russian.stages == ["sentences", "mentions"]
    assert {m.label for m in russian.mentions} == {"NAME"}


def test_a_language_spacy_cannot_tokenise_falls_back_to_the_multilingual_splitter() -> None:
    assert sentence_splitter("zz").lang == "xx"


def test_capitalised_names_skip_a_lone_word_opening_a_sentence() -> None:
    doc = sentence_splitter("it")(
        "Il premier Mario Draghi ha visto Roma. Oggi la NATO tace. Nuova Zelanda vince."
    )
    names = [doc.text[m.start : m.end] for m in capitalised_names(doc)]
    assert names == ["Mario Draghi", "Roma", "NATO", "Nuova Zelanda"]
