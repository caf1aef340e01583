"""wirewatch.actions.count: one action per happening, sides and type; dyads."""

from __future__ import annotations

from wirewatch.actions.count import count_actions, intensity
from wirewatch.model import (
    ActionMention,
    Actor,
    Article,
    Corpus,
    DateRange,
    Entity,
    Event,
    Ref,
)
from wirewatch.settings import Settings

TEXT = "Norway detained an Icelandic trawler. Solvang praised Iceland."


def mention(article: str, kind: str, source: Actor, target: Actor | None) -> ActionMention:
    return ActionMention(article, 0, 37, kind, 7, 15, source, target)


def norway() -> Actor:
    return Actor("Norway", 0, 6, "NOR")


def trawler() -> Actor:
    return Actor("Icelandic trawler", 19, 36, "ISL")


def article(article_id: str, event: str | None, *actions: ActionMention) -> Article:
    return Article(id=article_id, source=article_id, text=TEXT, event=event, actions=list(actions))


def test_count_one_action_however_many_outlets_report_it() -> None:
    corpus = Corpus(
        articles=[
            article(outlet, "e1", mention(outlet, "COERCE", norway(), trawler()))
            for outlet in ("nordwire", "bergen", "reykjavik")
        ],
        events=[Event("e1", "Trawler held", ["nordwire", "bergen", "reykjavik"],
                      date=DateRange("2026-03-02", "2026-03-02"))],
    )  # fmt: skip
    count_actions(corpus, Settings())
    (action,) = corpus.actions
    assert (action.type, action.source.country, action.target.country) == ("COERCE", "NOR", "ISL")
    assert action.articles == ["bergen", "nordwire", "reykjavik"]
    assert action.event == "e1" and action.date == DateRange("2026-03-02", "2026-03-02")
    # evidence: each article's sentence, once
    assert [ref.article for ref in action.evidence] == ["nordwire", "bergen", "reykjavik"]
    assert {ref.text for ref in action.evidence} == {TEXT[:37]}


def test_count_other_happenings_are_other_actions() -> None:
    corpus = Corpus(
        articles=[
            article("a", "e1", mention("a", "COERCE", norway(), trawler())),
            article("b", "e2", mention("b", "COERCE", norway(), trawler())),
        ]
    )
    count_actions(corpus, Settings())
    assert len(corpus.actions) == 2
    assert len({action.id for action in corpus.actions}) == 2


def test_count_people_take_their_country_from_the_corpus_entities() -> None:
    solvang = Actor("Solvang", 38, 45, None)
    corpus = Corpus(
        articles=[article("a", None, mention("a", "SUPPORT", solvang, Actor("Iceland", 54, 61)))],
        entities=[
            Entity("person:ingrid-solvang", "Ingrid Solvang", "PERSON", country="NOR",
                   mentions=[Ref("a", 38, 45, "Solvang")]),
            Entity("gpe:iceland", "Iceland", "GPE", country="ISL",
                   mentions=[Ref("a", 54, 61, "Iceland")]),
        ],
    )  # fmt: skip
    count_actions(corpus, Settings())
    (action,) = corpus.actions
    assert action.source.entity == "person:ingrid-solvang"
    assert (action.source.country, action.target.country) == ("NOR", "ISL")


def test_count_one_sided_and_unplaced_actions_make_no_dyad() -> None:
    corpus = Corpus(
        articles=[
            article(
                "a",
                None,
                mention("a", "AGREE", norway(), None),
                mention("a", "ACCUSE", norway(), Actor("the trawler", 19, 30, None)),
                mention("a", "ACCUSE", norway(), Actor("Norway", 0, 6, "NOR")),
            )
        ]
    )
    count_actions(corpus, Settings())
    assert corpus.actions == [] and corpus.dyads == []


def test_count_dyads_add_up_a_pairs_actions_by_day() -> None:
    corpus = Corpus(
        articles=[
            article("a", "e1", mention("a", "COERCE", norway(), trawler())),
            article("b", "e1", mention("b", "ACCUSE", Actor("Iceland", 0, 7, "ISL"), norway())),
            article("c", "e2", mention("c", "AGREE", norway(), trawler())),
        ],
        events=[
            Event("e1", "Held", ["a", "b"], date=DateRange("2026-03-02", "2026-03-02")),
            Event("e2", "Deal", ["c"], date=DateRange("2026-03-24", "2026-03-24")),
        ],
    )
    count_actions(corpus, Settings())
    (dyad,) = corpus.dyads
    assert dyad.pair == ["ISL", "NOR"]
    assert [point.date for point in dyad.points] == ["2026-03-02", "2026-03-24"]
    first, second = dyad.points
    assert len(first.actions) == 2
    assert first.score == intensity("COERCE") + intensity("ACCUSE") < 0 < second.score
    assert {action.intensity for action in corpus.actions} == {
        intensity("COERCE"),
        intensity("ACCUSE"),
        intensity("AGREE"),
    }


def test_count_intensity_comes_from_the_ontology_table() -> None:
    assert intensity("ASSAULT") < intensity("COERCE") < intensity("ACCUSE") < 0
    assert 0 < intensity("CONSULT") < intensity("AGREE") < intensity("AID")
    assert intensity("SANCTION", "expel") != intensity("SANCTION")  # a mode has its own
    assert intensity("SANCTION", "no-such-mode") == intensity("SANCTION")


def test_count_an_organisation_is_a_side_of_its_own() -> None:
    union = Actor("the African Union", 0, 17, None, "AU", "IGO")
    corpus = Corpus(articles=[article("a", None, mention("a", "SUPPORT", union, norway()))])
    count_actions(corpus, Settings())
    (action,) = corpus.actions
    assert (action.source.code, action.source.sector, action.source.country) == ("AU", "IGO", None)
    assert corpus.dyads[0].pair == ["AU", "NOR"]
