"""Word lists the annotators match against: patterns as data, grouped by concept."""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """A set of words written as one readable, space-separated block."""
    return frozenset(text.split())


# Nouns that name a role held by a person; multi-word roles end in one of these.
ROLE_WORDS = words(
    """
    president prime minister chancellor premier spokesman spokeswoman spokesperson
    secretary envoy ambassador king queen prince emperor pope leader chief head general
    commander chairman chairwoman chair director governor mayor senator lawmaker
    legislator congressman congresswoman representative official officer adviser advisor
    diplomat dictator monarch ruler ceo founder executive speaker mp deputy negotiator
    prosecutor judge justice attorney commissioner
    """
)

# Words that may sit inside a descriptor before the role noun ("chief", "press").
ROLE_MODIFIERS = words(
    """
    chief deputy former vice acting top senior foreign defence defense interior finance
    economy trade press presidential prime interim first new outgoing incoming of state
    general then
    """
)

# Titles the model sometimes keeps inside a PERSON span ("President Putin", "Mr. Smith").
TITLES = words(
    """
    mr mrs ms miss dr prof sir dame lord lady president prime minister chancellor king
    queen prince princess pope sen senator rep gov governor gen general col lt capt sgt
    adm secretary spokesman spokeswoman spokesperson
    """
)

# Nouns that make a bare number a count worth comparing ("300 troops").
COUNT_NOUNS = words(
    """
    people persons troops soldiers civilians refugees migrants casualties deaths victims
    children prisoners hostages drones missiles rockets tanks aircraft jets ships
    vessels votes seats jobs cases homes households workers residents ambassadors
    countries
    """
)

# Words that make a shared capital/bloc seat ("Brussels") stand for the bloc.
POLITICAL_CUES = words(
    """
    eu european europe bloc commission council parliament sanctions talks negotiations
    summit policy policies officials diplomats diplomatic member states leaders
    """
)

# Words that mark a name as an organisation's, even right after a title ("Prime Minister's
# Office"): such a span is never relabelled as a person.
ORGANISATION_WORDS = words(
    """
    ministry council party bank company group office agency union commission committee
    court university times news post inc ltd corp corporation association institute
    department government parliament senate assembly army forces guard service railways
    airlines foundation fund federation alliance front movement organisation organization
    administration authority board bureau centre center club league network press
    """
)
