"""Numbers, units and approximation markers: the one table every stage reads.

`nlp.quantities` reads numbers with these words; `compare` aligns and compares them;
`nlp.amounts` keeps the ones with a unit.  Patterns are data: a unit, a number word or a
marker is added here, once.
"""

from __future__ import annotations

DAY = 1.0  # durations are compared in days

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
    "lb": ("t", 0.000453592, "mass"),
    "lbs": ("t", 0.000453592, "mass"),
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
    "pound": ("GBP", 1.0, "money"),
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
    "knots": ("kn", 1.0, "speed"),
    "knot": ("kn", 1.0, "speed"),
    "mph": ("km/h", 1.609344, "speed"),
    "caliber": ("calibre", 1.0, "calibre"),
    "calibre": ("calibre", 1.0, "calibre"),
    "minute": ("d", DAY / 1440, "duration"),
    "minutes": ("d", DAY / 1440, "duration"),
    "hour": ("d", DAY / 24, "duration"),
    "hours": ("d", DAY / 24, "duration"),
    "day": ("d", DAY, "duration"),
    "days": ("d", DAY, "duration"),
    "week": ("d", 7 * DAY, "duration"),
    "weeks": ("d", 7 * DAY, "duration"),
    "month": ("d", 30.44 * DAY, "duration"),
    "months": ("d", 30.44 * DAY, "duration"),
    "year": ("d", 365.25 * DAY, "duration"),
    "years": ("d", 365.25 * DAY, "duration"),
    "times": ("times", 1.0, "frequency"),
}
# "pounds" weigh a body and pay a fine: a weighing word (or a body's height) in the
# sentence makes them mass.
WEIGHT_UNITS: dict[str, tuple[str, float, str]] = {
    "pound": ("t", 0.000453592, "mass"),
    "pounds": ("t", 0.000453592, "mass"),
}
WEIGHING_WORDS = frozenset(
    {"weigh", "weighing", "weight", "heavy", "weighed", "weighs", "foot", "feet", "tall"}
)
# "an 8-year-old girl": the number is an age, not a duration.
AGE_SUFFIX = "old"
# Words that say a number is one of several times something happened ("twice").
TIMES_WORDS: dict[str, float] = {"twice": 2.0, "thrice": 3.0}

MULTIPLIERS: dict[str, float] = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "mln": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "trillion": 1e12,
    "dozen": 12.0,
}

SMALL_NUMBERS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
)
TENS = "twenty thirty forty fifty sixty seventy eighty ninety"
NUMBER_WORDS: dict[str, float] = (
    {word: float(value) for value, word in enumerate(SMALL_NUMBERS.split(" "))}
    | {word: float(10 * (value + 2)) for value, word in enumerate(TENS.split(" "))}
    | {"hundred": 100.0, "dozen": 12.0}
)

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
    "estimated": "around",
    "nearly": "just below",
    "almost": "just below",
    "close to": "just below",
    "shortly before": "just below",
    "up to": "below",
    "less than": "below",
    "fewer than": "below",
    "under": "below",
    "more than": "above",
    "over": "above",
    "at least": "above",
    "upwards of": "above",
    "shortly after": "just above",
    "just after": "just above",
    "just over": "just above",
    "just under": "just below",
}
# Words between the two ends of a range: "60 to 100", "40 or 50", "between 60 and 100".
RANGE_WORDS = frozenset({"to", "and", "or", "-", "\u2013"})
FIRST_YEAR, LAST_YEAR = 1800, 2100
