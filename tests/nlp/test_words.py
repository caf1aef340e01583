"""wirewatch.nlp.words: what a word is, and the lemmas annotation keeps for later stages."""

from __future__ import annotations

import ast
from pathlib import Path

import spacy
from spacy.tokens import Doc

import wirewatch
from wirewatch.model import Article
from wirewatch.nlp.words import (
    FUNCTION_WORDS,
    LETTER_WORD,
    TOKEN,
    add_lemmas,
    content_lemmas,
    lemma_table,
    stop_words,
    word_set,
    words,
)

ENGLISH = spacy.blank("en").vocab


def test_words_are_letters_with_inner_apostrophes_or_numbers() -> None:
    assert words("Russia's O'Brien fired 1,300 rounds at 7.3 km, Russian-backed") == [
        "russia",
        "o'brien",
        "fired",
        "1,300",
        "rounds",
        "at",
        "7.3",
        "km",
        "russian",
        "backed",
    ]


def test_words_lemma_table_keeps_forms_that_change_most_frequent_first() -> None:
    forms = ["news", "fires", "left", "left", "left", "species"]
    lemmas = ["news", "fire", "leave", "left", "leave", "species"]
    doc = Doc(ENGLISH, words=forms, lemmas=lemmas)
    assert lemma_table(doc) == {"fires": "fire", "left": "leave"}


def test_words_add_lemmas_fills_the_article() -> None:
    doc = Doc(ENGLISH, words=["Fires", "spread"], lemmas=["fire", "spread"])
    article = Article(id="a", source="a", text=doc.text)
    add_lemmas(article, doc)
    assert article.lemmas == {"fires": "fire"}


def test_words_content_lemmas_read_the_article_lemmas_and_drop_stop_words() -> None:
    lemmas = {"fires": "fire", "were": "be"}
    text = "The fires were set by a man, police said. News of species."
    assert content_lemmas(text, lemmas) == ["fire", "set", "man", "police", "news", "species"]
    # unseen forms stay as they are: no suffix guess turns "news" into "new"
    assert content_lemmas("the news", {}) == ["news"]


def test_words_function_words_are_narrower_than_stop_words() -> None:
    assert "never" in stop_words() and "never" not in FUNCTION_WORDS
    assert content_lemmas("we never said another word", {}, FUNCTION_WORDS) == [
        "never",
        "said",
        "another",
        "word",
    ]


def test_words_word_set_reads_a_block() -> None:
    assert word_set("""
        talks  summit
        talks""") == frozenset({"talks", "summit"})


def test_words_typographic_and_straight_apostrophes_are_one_word() -> None:
    assert words("You’re Russia’s") == words("you're Russia's") == ["you're", "russia"]
    doc = Doc(ENGLISH, words=["Cats’"], lemmas=["cat"])
    assert lemma_table(doc) == {}  # a trailing mark is no word


# A pattern that is, whole, a definition of a word: a run of word characters or of letters.
WORD_DEFINITIONS = frozenset({r"\w+", r"[^\W\d_]+", r"[a-z]+", r"[A-Za-z]+", r"[a-zA-Z]+"})


def test_words_no_module_defines_a_word_of_its_own() -> None:
    """Cleaning counts tokens, page furniture is letter words, comparison reads words: each
    kind is written once, in nlp/words.py, so two stages cannot drift apart on what a
    word is (issue 15: seven regexes and a hand lemmatiser)."""
    sources = Path(wirewatch.__file__).parent
    own = {}
    for path in sorted(sources.rglob("*.py")):
        module = path.relative_to(sources).as_posix()
        patterns = {
            node.value
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and node.value in WORD_DEFINITIONS
        }
        if patterns and module != "nlp/words.py":
            own[module] = sorted(patterns)
    assert not own, f"word patterns outside nlp/words.py: {own}"


def test_words_token_and_letter_word_kinds() -> None:
    assert TOKEN.findall("e-mail 3.5") == ["e", "mail", "3", "5"]
    assert LETTER_WORD.findall("Teilen per E-Mail 24/7") == ["Teilen", "per", "E-Mail"]
