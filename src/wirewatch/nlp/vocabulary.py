"""Word lists the annotators match against: patterns as data, grouped by concept.

Roles and titles of people live in `nlp/roles.py` (table `nlp/roles.tsv`)."""

from __future__ import annotations

from wirewatch.nlp.words import word_set

# Words that make a shared capital/bloc seat ("Brussels") stand for the bloc.
POLITICAL_CUES = word_set(
    """
    eu european europe bloc commission council parliament sanctions talks negotiations
    summit policy policies officials diplomats diplomatic member states leaders
    """
)

# Words that mark a name as an organisation's, even right after a title ("Prime Minister's
# Office"): such a span is never relabelled as a person.
ORGANISATION_WORDS = word_set(
    """
    ministry council party bank company group office agency union commission committee
    court university times news post inc ltd corp corporation association institute
    department government parliament senate assembly army forces guard service railways
    airlines foundation fund federation alliance front movement organisation organization
    administration authority board bureau centre center club league network press
    """
)

# Nouns for ships and boats: a name right after one ("the trawler Hafdis", "the bulk
# carrier Caspian Star") names the vessel, never a person.
VESSEL_NOUNS = word_set(
    """
    ship vessel trawler tanker freighter ferry carrier yacht boat submarine frigate
    destroyer warship cruiser corvette barge tugboat liner schooner icebreaker dredger
    seiner longliner
    """
)
