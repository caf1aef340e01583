"""Words and tables that claim extraction and alignment read: patterns as data.

Grouped by concept, so a unit, a marker or a synonym is added in one place.
"""

from __future__ import annotations

# The subject of a measured thing names the dimension: "length of border".
DIMENSION_NOUNS: dict[str, str] = {
    "length": "length",
    "area": "area",
    "mass": "weight",
    "share": "share",
    "share change": "change",
    "money": "amount",
    "duration": "duration",
    "age": "age",
    "clock": "time of day",
    "frequency": "times",
    "calibre": "calibre",
    "speed": "speed",
    "count": "number",
    "volume": "volume",
}

# ---------------------------------------------------------------- subjects
# Nouns a number counts that are spans of time or repeats, not things: dates handle those.
NOT_COUNTED = frozenset(
    {
        "year",
        "month",
        "week",
        "day",
        "hour",
        "minute",
        "second",
        "decade",
        "century",
        "time",
        "page",
        "point",
        "percent",
        "one",
        "morning",
        "afternoon",
        "evening",
        "night",
    }
)
# Verbs whose object is the size of their subject: "the border stretches 1,300 km".
MEASURING_VERBS = frozenset(
    {"be", "stretch", "span", "run", "measure", "extend", "total", "reach", "stand", "cover"}
)
# Adjectives of size or value: "the border is 1,340 km long", "a deal worth $5m".
MEASURE_ADJECTIVES = frozenset(
    {"long", "wide", "deep", "high", "tall", "thick", "large", "big", "worth"}
)
# Dashes that close a dateline: "HALIFAX (Meridian Post) — Canada and ...".
DATELINE_DASHES = frozenset({"\u2014", "\u2013", "--"})
DATELINE_MAX_TOKENS = 12

# Nouns that name a happening, as the verb that names it: "NATO membership" = "join NATO".
EVENT_NOUNS: dict[str, str] = {
    "membership": "join",
    "accession": "join",
    "entry": "join",
    "invasion": "invade",
    "closure": "close",
    "election": "elect",
    "annexation": "annex",
    "withdrawal": "withdraw",
    "attack": "attack",
    "death": "die",
    "arrest": "arrest",
    "launch": "launch",
    "signing": "sign",
    "independence": "independence",
}
# Nouns that name the same counted thing: "fired 11 shots" = "fired 11 rounds".
THING_SYNONYMS: dict[str, str] = {
    "round": "shot",
    "gunshot": "shot",
    "person": "people",
    "fatality": "death",
    "casualty": "death",
    "film": "movie",
}
# Verbs that say the same happening: "shut the crossings" = "close the crossings".
VERB_SYNONYMS: dict[str, str] = {
    "shut": "close",
    "seal": "close",
    "enter": "join",
    "die": "kill",  # "30 people died" states the same toll as "killed 30 people"
    "wound": "injure",
    "hurt": "injure",
    "wed": "marry",
    "jail": "sentence",
    "imprison": "sentence",
}
# Verbs that say what befell the people or things counted: a count with one of them counts
# only those it befell ("four boys were freed" of "12 boys"; "two injured" beside "five killed").
OUTCOME_VERBS = frozenset(
    {
        "kill",
        "injure",
        "shoot",
        "stab",
        "arrest",
        "detain",
        "rescue",
        "free",
        "evacuate",
        "hospitalize",
        "release",
        "charge",
        "convict",
        "sentence",
        "displace",
        "trap",
        "save",
    }
)
# Modifiers that make a count relative to a group named elsewhere in the sentence ("100 other
# workers", "an additional 162 animals", "its next 23 games"): two such counts are two
# leftovers or stretches, not one fact.
RESIDUAL_MODIFIERS = frozenset(
    {
        "other",
        "additional",
        "another",
        "further",
        "remaining",
        "extra",
        "next",
        "previous",
        "first",
        "last",
        "final",
    }
)
# Words that open a clause placed in time against the main one ("married three weeks before
# he was murdered"): the span before them belongs to the main clause's verb.
TEMPORAL_MARKS = frozenset({"before", "after", "since", "until"})
# Spans of time that place a clause against the main one ("came just weeks after a driver
# shot eight people"): what that clause tells is another happening.
DISTANCE_NOUNS = frozenset({"minute", "hour", "day", "week", "month", "year", "decade"})
# Pronouns that stand for one person named just before ("she'd worked for 15 years").
PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her"})
# Auxiliaries of what may or would happen ("would return in the next two days", "no boy
# would emerge before 9pm"): a forecast or a hope, not a fact that happened.  "Will" is left
# out: "Kazakhstan will build a 38 km rail spur" states the plan itself, which two outlets
# can tell differently.
MODAL_WORDS = frozenset({"would", "could", "might", "may", "should", "must"})
# Words that open a condition: what follows did not (or not yet) happen.
CONDITIONAL_MARKS = frozenset({"if", "unless"})
# Verbs of speaking: the date of speaking is not a fact told, and "said" is no predicate
# of the number it reports.
REPORTING_VERBS = frozenset(
    {"say", "tell", "state", "add", "note", "claim", "write", "report", "comment", "speak"}
)
# Dependency labels that open a new clause: its entities are not about our number.
CLAUSE_LABELS = frozenset({"conj", "ccomp", "advcl", "relcl", "parataxis", "xcomp", "csubj"})
# Entity labels that name the parties a fact is about.
PARTY_LABELS = frozenset({"GPE", "LOC", "ORG", "PERSON", "FAC", "EVENT", "PRODUCT"})

# ---------------------------------------------------------------- quotes
QUOTED_KINDS = frozenset({"direct", "partial"})  # quotes in the speaker's own words
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "who"})
OPENING_QUOTES = "“«„"
CLOSING_QUOTES = "”»"
STRAIGHT_QUOTES = '"'

# Dimensions of facts that hold across the events of a storyline (a border's length),
# unlike counts or money that each happening has its own of (dates: see `is_background`).
BACKGROUND_DIMENSIONS = frozenset({"length", "area"})
