"""Which spaCy pipeline reads an article, by the article's language.

English articles (and articles whose language is unknown: the pipeline's first language)
go through `nlp.spacy_model`.  Another language goes through the pipeline
`nlp.pipelines` names for it, when that package is installed: its parser gives sentences
and its NER gives names, with no English rule on top.  A language with no pipeline gets a
blank spaCy `Language` of its own with a rule-based sentence splitter: sentences only.
Which article stages then run is decided from the Doc (`pipeline.Stage.runs_on`): the
English rules never see another language's text.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from typing import TYPE_CHECKING

from wirewatch.model import Mention
from wirewatch.nlp.spacy_pipeline import load_pipeline

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from wirewatch.model import Article
    from wirewatch.settings import Settings

ENGLISH = "en"
# spaCy's NER labels of the non-English news pipelines (PER, LOC, ORG, MISC) in the labels
# the rest of wirewatch reads; MISC (events, works, nationalities at once) is left out.
NER_LABELS = {"PER": "PERSON", "PERSON": "PERSON", "ORG": "ORG", "LOC": "LOC", "GPE": "GPE"}


def article_language(article: Article) -> str:
    """The article's language code; unknown counts as English, the default pipeline's."""
    return (article.language or ENGLISH).lower()


def pipeline_name(language: str, settings: Settings) -> str | None:
    """The installed pipeline `nlp.pipelines` gives `language`, else None."""
    name = settings.nlp.pipelines.get(language)
    return name if name and importlib.util.find_spec(name) is not None else None


def pipeline_for(language: str, settings: Settings) -> Language:
    """The spaCy pipeline that reads articles in `language`."""
    if language == ENGLISH:
        return load_pipeline(settings.nlp.spacy_model)
    name = pipeline_name(language, settings)
    return load_pipeline(name) if name else sentence_splitter(language)


@lru_cache(maxsize=16)
def sentence_splitter(language: str) -> Language:
    """A blank pipeline of `language` (its tokenizer) with spaCy's rule-based sentencizer;
    the multi-language one when spaCy has no such language or it needs an extra package."""
    import spacy

    try:
        nlp = spacy.blank(language)
    except (ImportError, KeyError, ValueError):  # unknown code, or e.g. ja without sudachi
        nlp = spacy.blank("xx")
    nlp.add_pipe("sentencizer")
    return nlp


def capitalised_names(doc: Doc) -> list[Mention]:
    """Runs of capitalised words not opening a sentence, labelled NAME: the names of a text
    no NER reads (scripts with capitals write proper names so; German writes its nouns so
    too, which only adds weak terms).  They feed event linking, never entities."""
    mentions: list[Mention] = []
    run: list[int] = []
    for token in [*doc, None]:
        if token is not None and token.is_alpha and token.text[0].isupper():
            if run and token.is_sent_start:
                flush_name(doc, run, mentions)
                run = []
            run.append(token.i)
            continue
        flush_name(doc, run, mentions)
        run = []
    return mentions


def flush_name(doc: Doc, run: list[int], mentions: list[Mention]) -> None:
    """Keep a run of capitalised words as a name, unless it is one word opening a sentence."""
    if not run or (len(run) == 1 and doc[run[0]].is_sent_start):
        return
    last = doc[run[-1]]
    mentions.append(Mention(doc[run[0]].idx, last.idx + len(last), "NAME"))


def ner_mentions(doc: Doc) -> list[Mention]:
    """The names a non-English pipeline's NER finds, labelled as wirewatch reads them.  No
    country is tied: the country table and the role descriptors are English words."""
    return [
        Mention(entity.start_char, entity.end_char, NER_LABELS[entity.label_])
        for entity in doc.ents
        if entity.label_ in NER_LABELS
    ]
