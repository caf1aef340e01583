"""Words and tables that claim extraction and alignment read: patterns as data.

Grouped by concept, so a unit, a marker or a synonym is added in one place.
"""

from __future__ import annotations

# ---------------------------------------------------------------- units
# written unit (lower-case) -> (canonical unit, factor to it, dimension)
UNITS: dict[str, tuple[str, float, str]] = {
    "km": ("km", 1.0, "length"),
    "kilometre": ("km", 1.0, "length"),
    "kilometres": ("km", 1.0, "length"),
    "kilometer": ("km", 1.0, "length"),
    "kilometers": ("km", 1.0, "length"),
    "mile": ("km", 1.609344, "length"),
    "miles": ("km", 1.609344, "length"),
    "m": ("m", 1.0, "length"),
    "metre": ("m", 1.0, "length"),
    "metres": ("m", 1.0, "length"),
    "meter": ("m", 1.0, "length"),
    "meters": ("m", 1.0, "length"),
    "nautical miles": ("km", 1.852, "length"),
    "foot": ("m", 0.3048, "length"),
    "feet": ("m", 0.3048, "length"),
    "sq km": ("km2", 1.0, "area"),
    "square kilometres": ("km2", 1.0, "area"),
    "square kilometers": ("km2", 1.0, "area"),
    "square miles": ("km2", 2.589988, "area"),
    "hectares": ("km2", 0.01, "area"),
    "tonne": ("t", 1.0, "mass"),
    "tonnes": ("t", 1.0, "mass"),
    "ton": ("t", 1.0, "mass"),
    "tons": ("t", 1.0, "mass"),
    "kg": ("t", 0.001, "mass"),
    "kilograms": ("t", 0.001, "mass"),
    "%": ("%", 1.0, "share"),
    "percent": ("%", 1.0, "share"),
    "per cent": ("%", 1.0, "share"),
    "percentage points": ("pp", 1.0, "share change"),
    "$": ("USD", 1.0, "money"),
    "usd": ("USD", 1.0, "money"),
    "dollar": ("USD", 1.0, "money"),
    "dollars": ("USD", 1.0, "money"),
    "€": ("EUR", 1.0, "money"),
    "eur": ("EUR", 1.0, "money"),
    "euro": ("EUR", 1.0, "money"),
    "euros": ("EUR", 1.0, "money"),
    "£": ("GBP", 1.0, "money"),
    "pounds": ("GBP", 1.0, "money"),
    "rouble": ("RUB", 1.0, "money"),
    "roubles": ("RUB", 1.0, "money"),
    "ruble": ("RUB", 1.0, "money"),
    "rubles": ("RUB", 1.0, "money"),
    "kroner": ("kroner", 1.0, "money"),
    "krone": ("kroner", 1.0, "money"),
    "kronor": ("kronor", 1.0, "money"),
    "yen": ("JPY", 1.0, "money"),
    "yuan": ("CNY", 1.0, "money"),
    "rupees": ("INR", 1.0, "money"),
    "francs": ("CHF", 1.0, "money"),
    "hryvnias": ("UAH", 1.0, "money"),
    "barrels": ("barrel", 1.0, "volume"),
    "cubic metres": ("m3", 1.0, "volume"),
    "cubic meters": ("m3", 1.0, "volume"),
    "litres": ("m3", 0.001, "volume"),
    "liters": ("m3", 0.001, "volume"),
}

# The subject of a measured thing names the dimension: "length of border".
DIMENSION_NOUNS: dict[str, str] = {
    "length": "length",
    "area": "area",
    "mass": "weight",
    "share": "share",
    "share change": "change",
    "money": "amount",
    "volume": "volume",
}

MULTIPLIERS: dict[str, float] = {
    "thousand": 1e3,
    "million": 1e6,
    "mln": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "trillion": 1e12,
}

SMALL_NUMBERS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty"
)
NUMBER_WORDS: dict[str, float] = {
    word: float(value) for value, word in enumerate(SMALL_NUMBERS.split(" "))
} | {"thirty": 30.0, "forty": 40.0, "fifty": 50.0, "hundred": 100.0, "dozen": 12.0}

# ---------------------------------------------------------------- approximation markers
# marker before a number -> how it bounds the true value:
# "around" (either side), "just below" (a little under the number), "below" (at most the
# number), "above" (at least the number).
MARKERS: dict[str, str] = {
    "about": "around",
    "around": "around",
    "roughly": "around",
    "approximately": "around",
    "some": "around",
    "an estimated": "around",
    "nearly": "just below",
    "almost": "just below",
    "close to": "just below",
    "up to": "below",
    "less than": "below",
    "fewer than": "below",
    "under": "below",
    "more than": "above",
    "over": "above",
    "at least": "above",
    "upwards of": "above",
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
# Verbs that say the same happening: "shut the crossings" = "close the crossings".
VERB_SYNONYMS: dict[str, str] = {
    "shut": "close",
    "seal": "close",
    "enter": "join",
    "die": "kill",  # "30 people died" states the same toll as "killed 30 people"
    "wound": "injure",
    "hurt": "injure",
}
# Dates of speaking are the event's own date, not a checkable background fact.
REPORTING_VERBS = frozenset(
    {"say", "tell", "state", "add", "note", "claim", "write", "report", "comment", "speak"}
)
# Dependency labels that open a new clause: its entities are not about our number.
CLAUSE_LABELS = frozenset({"conj", "ccomp", "advcl", "relcl", "parataxis", "xcomp", "csubj"})
# Entity labels that name the parties a fact is about.
PARTY_LABELS = frozenset({"GPE", "LOC", "ORG", "PERSON", "FAC", "EVENT", "PRODUCT"})

# ---------------------------------------------------------------- dates
MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
# part of a year -> (first month, last month)
YEAR_PARTS: dict[str, tuple[int, int]] = {
    "early": (1, 4),
    "mid": (5, 8),
    "late": (9, 12),
    "spring": (3, 5),
    "summer": (6, 8),
    "autumn": (9, 11),
    "fall": (9, 11),
    "winter": (12, 12),
    "first half of": (1, 6),
    "second half of": (7, 12),
}
FIRST_YEAR, LAST_YEAR = 1800, 2100

# ---------------------------------------------------------------- quotes
QUOTED_KINDS = frozenset({"direct", "partial"})  # quotes in the speaker's own words
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "who"})
OPENING_QUOTES = "“«„"
CLOSING_QUOTES = "”»"
STRAIGHT_QUOTES = '"'

# Dimensions of facts that hold across the events of a storyline (a border's length),
# unlike counts or money that each happening has its own of (dates: see `is_background`).
BACKGROUND_DIMENSIONS = frozenset({"length", "area"})
