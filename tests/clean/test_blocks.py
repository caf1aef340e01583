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
