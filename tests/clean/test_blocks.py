"""Block rules take a whole appeal or disclaimer, not only its first line."""

from __future__ import annotations

from wirewatch.clean import blocks

STORY = [
    "The harbour reopened on Monday after a week of repairs.",
    "Officials said the ferries would run on the winter timetable.",
]


def test_blocks_appeal_runs_from_opener_to_closer() -> None:
    appeal = [
        "A Message from The Harbour Gazette:",
        "Dear readers,",
        "Our newsroom is under pressure and we cannot report without you.",
        "Every contribution, however small, keeps us independent.",
        "Remind me later.",
    ]
    taken = blocks.appeal_blocks(STORY + appeal, blocks.rule_verdicts(STORY + appeal))
    assert sorted(taken) == [2, 3, 4, 5, 6]
    assert set(taken.values()) == {"donation_appeal"}


def test_blocks_appeal_stops_at_reported_prose() -> None:
    paragraphs = [
        "Support our journalism: make a donation today.",
        '"We will rebuild the pier," the mayor said on Tuesday.',
        *STORY,
    ]
    assert blocks.appeal_blocks(paragraphs, blocks.rule_verdicts(paragraphs)) == {
        0: "donation_appeal"
    }


def test_blocks_newsletter_block_takes_its_form_lines() -> None:
    paragraphs = [
        *STORY,
        "Sign up for our weekly newsletter.",
        "Enter your email address",
        "By signing up, you agree to our privacy policy.",
    ]
    assert blocks.appeal_blocks(paragraphs, blocks.rule_verdicts(paragraphs)) == {
        2: "newsletter_appeal",
        3: "newsletter_appeal",
        4: "newsletter_appeal",
    }


def test_blocks_disclaimer_heading_takes_next_paragraph() -> None:
    paragraphs = [*STORY, "Legal Disclaimer:", "The publisher accepts no liability for this text."]
    assert blocks.disclaimer_blocks(paragraphs, blocks.rule_verdicts(paragraphs)) == {
        2: "legal_disclaimer",
        3: "legal_disclaimer",
    }


def test_blocks_comment_form_at_the_end() -> None:
    paragraphs = [*STORY, *STORY, "Leave a Reply", "Name", "Email", "Save my details"]
    taken = blocks.block_reasons(paragraphs, blocks.rule_verdicts(paragraphs))
    assert sorted(taken) == [4, 5, 6, 7]


def test_blocks_story_alone_is_untouched() -> None:
    assert blocks.block_reasons(STORY, blocks.rule_verdicts(STORY)) == {}


def test_blocks_signoff_only_near_the_end() -> None:
    paragraphs = ["GPU", *STORY, *STORY, *STORY, "XY"]
    assert blocks.signoff_blocks(paragraphs, blocks.rule_verdicts(paragraphs)) == {
        7: "source_credit"
    }


def test_blocks_newsletter_heading_opens_a_newsletter_block() -> None:
    newsletter = [
        "Newsletter",
        "Get the Valley Tribune morning briefing",
        "The day's stories from the valley, sent straight to your inbox. It's free.",
        "Your email",
    ]
    paragraphs = STORY + newsletter
    taken = blocks.appeal_blocks(paragraphs, blocks.rule_verdicts(paragraphs))
    assert taken == dict.fromkeys([2, 3, 4, 5], "newsletter_appeal")


def test_blocks_comment_form_leaves_copyright_its_own_reason() -> None:
    paragraphs = [*STORY, *STORY, "Leave a Reply", "3", "© 2025 The Pine Gazette."]
    taken = blocks.block_reasons(paragraphs, blocks.rule_verdicts(paragraphs))
    assert 6 not in taken and taken[5] == "comment_prompt"


def test_blocks_tagline_at_an_edge() -> None:
    tail = [*STORY, *STORY, "Pine Gazette – trusted news for the valley since 1911"]
    assert blocks.tagline_blocks(tail, blocks.rule_verdicts(tail)) == {4: "outlet_tagline"}
    head = ["local journalism from the valley and the hills", *STORY, *STORY]
    assert blocks.tagline_blocks(head, blocks.rule_verdicts(head)) == {0: "outlet_tagline"}


def test_blocks_tagline_shape_is_no_headline_or_report() -> None:
    # A headline at the top, reported speech and capitalised prose at the end stay.
    assert not blocks.is_tagline("Analysis: news deserts spread across the valley", at_end=False)
    assert not blocks.is_tagline("News of the vote spread quickly.", at_end=True)
    assert not blocks.is_tagline("Mayor: news reports were wrong, she said", at_end=True)
    assert blocks.is_tagline("Pine Gazette | your source for local news", at_end=True)


def test_blocks_trailing_headlines_after_the_article() -> None:
    paragraphs = [
        "The harbour reopened on Monday after a week of repairs, the port said.",
        "Ferries will run on the winter timetable until March.",
        "Storm damage closes two piers in the north harbour",
        "New ferry line to the islands opens in spring next year",
        "City council approves budget for breakwater repairs",
    ]
    verdicts = blocks.rule_verdicts(paragraphs)
    taken = blocks.trailing_headline_blocks(paragraphs, verdicts)
    assert taken == dict.fromkeys([4, 3, 2], "trailing_headlines")


def test_blocks_one_cued_trailing_headline_and_short_lists_kept() -> None:
    cued = ["The harbour reopened on Monday.", "Related:", "Storm damage closes two piers again"]
    assert blocks.trailing_headline_blocks(cued, blocks.rule_verdicts(cued)) == {
        2: "trailing_headlines"
    }
    names = ["The cast of the play.", "Written by Tom Roe", "Directed by Ann Lee", "Music Jo Kim"]
    assert blocks.trailing_headline_blocks(names, blocks.rule_verdicts(names)) == {}


def test_blocks_a_closing_list_of_dates_is_the_article_s_own() -> None:
    paragraphs = [
        "The band announced a tour of the United States on Monday.",
        "Aug. 2 -- Music Theatre, Clarkston, Michigan",
        "Aug. 4 -- Riverbend Music Center, Cincinnati, Ohio",
        "September 5 -- White River Amphitheatre, Seattle, Washington",
    ]
    assert blocks.trailing_headline_blocks(paragraphs, blocks.rule_verdicts(paragraphs)) == {}


def test_blocks_headlines_listed_under_a_cue_inside_the_article() -> None:
    paragraphs = [
        "The harbour reopened on Monday after a week of repairs, the port said.",
        "Related:",
        "- Storm damage closes two piers in the north harbour",
        "- New ferry line to the islands opens next spring",
        "The authority said the breakwater would be rebuilt next year.",
    ]
    taken = blocks.cued_headline_blocks(paragraphs, blocks.rule_verdicts(paragraphs))
    assert taken == {2: "related_headlines", 3: "related_headlines"}
    one = [*paragraphs[:3], paragraphs[4]]
    assert blocks.cued_headline_blocks(one, blocks.rule_verdicts(one)) == {}
