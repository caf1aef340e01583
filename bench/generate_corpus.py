"""Synthetic news corpus for speed and scale benchmarks.

    .venv/bin/python bench/generate_corpus.py N --out DIR [--seed S] [--format txt|jsonl]
        [--gold FILE]

Writes N template-built English news articles about invented happenings between real
countries: about N/6 events over one year, each reported 2-10 times by different outlets
with different headlines, wording, quotes and noise lines (share bars, comment prompts,
copyright lines). `jsonl` writes `DIR/articles.jsonl` (records `id, url, outlet, published,
title, text`); `txt` writes `DIR/ID.txt` (headline on the first line) with a sidecar
`DIR/ID.meta.json`. `--gold FILE` also writes the gold events in the format of
`shared/eval/score.py`, so clustering quality can be scored at scale.

Importable: `generate_articles(n, seed)` yields the same articles as dicts, each with its
gold event id in `event`. It streams: memory stays flat however large N is.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path


@dataclass(frozen=True)
class Country:
    name: str
    adjective: str
    cities: tuple[str, ...]  # the capital first


@dataclass(frozen=True)
class EventKind:
    """Templates for one kind of happening; `{a}` acts, `{b}` is the other party."""

    headlines: tuple[str, ...]
    leads: tuple[str, ...]
    facts: tuple[str, ...]
    quotes: tuple[str, ...]


COUNTRIES = tuple(Country(*row) for row in (
    ("Norway", "Norwegian", ("Oslo", "Bergen", "Tromsø")),
    ("Iceland", "Icelandic", ("Reykjavik", "Akureyri")),
    ("Kazakhstan", "Kazakh", ("Astana", "Almaty", "Aktau")),
    ("Azerbaijan", "Azerbaijani", ("Baku", "Ganja")),
    ("Georgia", "Georgian", ("Tbilisi", "Batumi", "Poti")),
    ("Chile", "Chilean", ("Santiago", "Valparaiso", "Antofagasta")),
    ("Peru", "Peruvian", ("Lima", "Arequipa")),
    ("Portugal", "Portuguese", ("Lisbon", "Porto")),
    ("Morocco", "Moroccan", ("Rabat", "Casablanca", "Tangier")),
    ("Kenya", "Kenyan", ("Nairobi", "Mombasa")),
    ("Tanzania", "Tanzanian", ("Dodoma", "Dar es Salaam")),
    ("Ghana", "Ghanaian", ("Accra", "Kumasi")),
    ("Vietnam", "Vietnamese", ("Hanoi", "Ho Chi Minh City", "Da Nang")),
    ("Philippines", "Philippine", ("Manila", "Cebu")),
    ("Indonesia", "Indonesian", ("Jakarta", "Surabaya")),
    ("Poland", "Polish", ("Warsaw", "Gdansk", "Krakow")),
    ("Lithuania", "Lithuanian", ("Vilnius", "Klaipeda")),
    ("Romania", "Romanian", ("Bucharest", "Constanta")),
    ("Moldova", "Moldovan", ("Chisinau", "Balti")),
    ("Egypt", "Egyptian", ("Cairo", "Alexandria")),
    ("Jordan", "Jordanian", ("Amman", "Aqaba")),
    ("Canada", "Canadian", ("Ottawa", "Halifax", "Vancouver")),
    ("Mexico", "Mexican", ("Mexico City", "Monterrey")),
    ("Brazil", "Brazilian", ("Brasilia", "Sao Paulo", "Santos")),
    ("Japan", "Japanese", ("Tokyo", "Osaka")),
    ("Australia", "Australian", ("Canberra", "Perth", "Darwin")),
))
FIRST_NAMES = (
    "Ingrid", "Bjarki", "Aidos", "Rauf", "Nino", "Tomas", "Helena", "Amina", "Kofi", "Linh",
    "Marisol", "Pieter", "Agnieszka", "Dace", "Mihai", "Yusuf", "Layla", "Camille", "Rafael",
    "Keiko", "Declan", "Ayesha", "Mateus", "Saule", "Emeka", "Hana", "Oskar", "Leila", "Viktor",
    "Daria", "Joao", "Farida", "Arman", "Elif", "Niamh", "Tariq",
)
SURNAMES = (
    "Solvang", "Arnarsson", "Zhaksybekov", "Mammadli", "Beridze", "Echeverria", "Cardoso",
    "Odhiambo", "Mensah", "Nguyen-Thanh", "Quispe", "Vandermeer", "Kowalczyk", "Balode",
    "Ionescu", "Haddad", "Benali", "Lefort", "Okafor", "Tanabe", "Whitcombe", "Moravec",
    "Seitkali", "Petrakis", "Lindqvist", "Ramires", "Okonjo", "Vasquez-Lira", "Demir", "Hollis",
    "Castellan", "Sorensen", "Abenov", "Kuznets", "Maalouf", "Tavares",
)
ROLES = (
    "Foreign Minister", "Trade Minister", "Prime Minister", "President", "Energy Minister",
    "Defence Minister", "Agriculture Minister", "Deputy Foreign Minister",
)
TOPICS = (
    "fishing rights", "gas supplies", "grain exports", "water sharing", "a new rail link",
    "migration", "port access", "electricity trade", "a disputed island", "customs rules",
    "mining licences", "air traffic rights", "a river border", "visa rules", "debt relief",
)
KINDS = tuple(EventKind(*templates) for templates in (
    (  # talks
        ("{a} and {b} hold talks on {topic} in {city}",
         "{a_adj} and {b_adj} ministers meet over {topic}",
         "Talks in {city} seek to ease {a}-{b} row over {topic}"),
        ("{a} and {b} opened talks on {topic} in {city} on {weekday}, the first meeting of"
         " ministers from the two countries in more than a year.",
         "Ministers from {a} and {b} met in {city} on {date} to discuss {topic}."),
        ("The talks involved {count} officials from both sides, according to the organisers.",
         "{role} {speaker} led the {a_adj} delegation.",
         "The {b_adj} side was led by {other}.",
         "No joint statement was issued after the meeting.",
         "A second round is planned in {a_capital} next month."),
        ("We came to listen, and we have listened", "The door remains open",
         "Nobody expects a solution in one day"),
    ),
    (  # deal
        ("{a} and {b} sign {amount} million dollar deal on {topic}",
         "{a_adj}-{b_adj} pact on {topic} signed in {city}",
         "{b} agrees {topic} deal with {a}"),
        ("{a} and {b} signed an agreement on {topic} in {city} on {weekday}, worth {amount}"
         " million dollars over five years.",
         "A {amount} million dollar agreement on {topic} was signed by {a} and {b} in {city}"
         " on {date}."),
        ("The agreement is worth {amount} million dollars, according to the {a_adj} government.",
         "{role} {speaker} signed for {a}.",
         "{other} signed on behalf of {b}.",
         "The deal still has to be ratified by both parliaments.",
         "The agreement covers {count} separate projects."),
        ("This agreement shows what neighbours can do together",
         "It is a good day for both our peoples", "We have waited for this moment for years"),
    ),
    (  # dispute
        ("{a} accuses {b} of breaking agreement on {topic}",
         "Row between {a} and {b} deepens over {topic}",
         "{a} summons {b_adj} ambassador over {topic}"),
        ("{a} summoned the {b_adj} ambassador on {weekday}, accusing {b} of breaking an"
         " agreement on {topic}.",
         "The government of {a} accused {b} on {date} of violating their accord on {topic}."),
        ("{role} {speaker} said {a} had evidence of {count} violations.",
         "{b} rejected the accusation, and {other} called it unfounded.",
         "The ambassador was received at the ministry in {a_capital}.",
         "Observers said the dispute could delay other talks between the two countries."),
        ("We will not accept this behaviour", "The facts speak for themselves",
         "Our patience has limits"),
    ),
    (  # aid
        ("{a} pledges {amount} million dollars in aid to {b}",
         "{a_adj} aid package for {b} announced in {city}",
         "{b} to receive {a_adj} support after talks on {topic}"),
        ("{a} promised {b} aid worth {amount} million dollars on {weekday}, after talks in"
         " {city} on {topic}.",
         "On {date}, {a} announced a {amount} million dollar aid package for {b}."),
        ("The package totals {amount} million dollars, the {a_adj} ministry said.",
         "{role} {speaker} announced the package at a news conference.",
         "{other} thanked {a} for its support.",
         "The money will be paid in {count} instalments."),
        ("Friends help each other when it matters", "This support comes without conditions",
         "We will check that every dollar reaches the people who need it"),
    ),
))
QUOTE_FORMS = (
    '"{quote}," {role} {speaker} said.',
    '"{quote}," said {surname}.',
    '{surname} told reporters: "{quote}."',
    '{role} {speaker} said, "{quote}."',
    '"{quote}," {surname} said, adding that more work was needed.',
    "“{quote},” {other} said.",
    "{surname} called it a moment when “{quote}”.",
)
BACKGROUND = (
    "Relations between {a} and {b} have been uneven in recent years.",
    "Trade between the two countries has grown steadily since 2020.",
    "The issue of {topic} has divided the region for more than a decade.",
    "Opposition politicians in {a} criticised the government's handling of the matter.",
    "Analysts said the outcome would be watched closely by neighbouring states.",
    "{b} has not commented publicly on the details.",
    "The two governments last met at this level two years ago.",
    "Diplomats in {a_capital} said privately that expectations were low.",
    "The {a_adj} parliament is due to debate {topic} later this year.",
    "Business groups in both countries have called for a quick settlement.",
    "Earlier attempts to settle the question of {topic} failed in 2019 and again in 2022.",
    "Newspapers in {b} gave the story prominent coverage.",
    "{a} is one of the largest investors in {b}, according to official figures.",
    "Several rights groups have asked both governments to publish the full texts.",
    "The European Union and the United Nations have urged both sides to keep talking.",
)
OUTLETS = (
    "Nordwire", "Caspian Dispatch", "Eurasia Ledger", "Arctic Observer", "Andes Herald",
    "Lisbon Letter", "Coastal Times", "Harbour Gazette", "Continental Wire", "Morning Ledger",
    "Global Desk", "Meridian Post", "Capital Chronicle", "Border Report", "Daily Compass",
    "Pacific Record", "Savanna Star", "Atlas News", "The Evening Bulletin", "Union Press",
)
NOISE_LINES = (
    "Share this article: Facebook | X | Email",
    "Read more: {title}",
    "Leave a comment",
    'Post a Comment for "{title}"',
    "© {year} {outlet}. All rights reserved.",
    "Sign up for the {outlet} newsletter and get the day's news in your inbox.",
    "We use cookies to improve your experience. By continuing you accept our cookie policy.",
    "Source: {outlet}",
)

FIRST_DAY = date(2025, 1, 6)
DAYS_COVERED = 365
OPEN_EVENTS = 12  # events reported side by side, so an event's reports are spread out in the stream
REPORTS_PER_EVENT = (2, 10)
REPORT_DELAY_DAYS = 3  # a report appears on the day of its event or up to 2 days after
MISREPORTED_SHARE = 0.1  # reports giving the event's amount 10% off: contradictions to find


@dataclass
class Happening:
    """One synthetic event: who, where, what, and how many reports it still gets."""

    event_id: str
    kind: EventKind
    day: date
    actor: Country
    partner: Country
    city: str
    topic: str
    speaker: str
    speaker_role: str
    other_speaker: str
    amount: int
    count: int
    reports_left: int
    facts: dict[str, str] = field(default_factory=dict)  # template values, filled once


def generate_articles(n: int, seed: int = 0) -> Iterator[dict]:
    """Yield `n` synthetic articles; each carries its gold event id in `event`."""
    rng = random.Random(seed)
    open_events: list[Happening] = []
    events_opened = 0
    for index in range(n):
        while len(open_events) < OPEN_EVENTS:
            day = FIRST_DAY + timedelta(days=DAYS_COVERED * index // max(n, 1))
            open_events.append(new_happening(rng, events_opened, day))
            events_opened += 1
        slot = rng.randrange(len(open_events))
        happening = open_events[slot]
        yield report(rng, happening, f"syn{index:07d}")
        happening.reports_left -= 1
        if not happening.reports_left:
            open_events[slot] = open_events[-1]
            open_events.pop()


def new_happening(rng: random.Random, number: int, day: date) -> Happening:
    """Draw the facts every report of one event will share."""
    actor, partner = rng.sample(COUNTRIES, 2)
    happening = Happening(
        event_id=f"ev{number:06d}",
        kind=rng.choice(KINDS),
        day=day,
        actor=actor,
        partner=partner,
        city=rng.choice(actor.cities + partner.cities),
        topic=rng.choice(TOPICS),
        speaker=invented_person(rng),
        speaker_role=rng.choice(ROLES),
        other_speaker=invented_person(rng),
        amount=rng.randrange(5, 950) * 10,
        count=rng.randrange(2, 60),
        reports_left=rng.randint(*REPORTS_PER_EVENT),
    )
    happening.facts = fact_fields(happening)
    return happening


def invented_person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"


def report(rng: random.Random, happening: Happening, article_id: str) -> dict:
    """One outlet's article about a happening: own headline, wording, quotes and noise."""
    outlet = rng.choice(OUTLETS)
    published = happening.day + timedelta(days=rng.randrange(REPORT_DELAY_DAYS))
    facts = happening.facts
    if rng.random() < MISREPORTED_SHARE:
        facts = facts | {"amount": misreported_amount(rng, happening.amount)}
    title = rng.choice(happening.kind.headlines).format(**facts)
    paragraphs = [f"{happening.city.upper()} ({outlet}) — " + rng.choice(
        happening.kind.leads).format(**facts)]
    paragraphs.extend(body_paragraphs(rng, happening, facts))
    paragraphs.extend(line.format(outlet=outlet, title=title, year=published.year)
                      for line in rng.sample(NOISE_LINES, rng.randrange(4)))
    slug = title.lower().replace(" ", "-")[:60]
    return {
        "id": article_id,
        "url": f"https://{outlet.lower().replace(' ', '')}.example/{published:%Y/%m/%d}/{slug}",
        "outlet": outlet,
        "published": published.isoformat(),
        "title": title,
        "text": "\n\n".join(paragraphs),
        "event": happening.event_id,
    }


def misreported_amount(rng: random.Random, amount: int) -> str:
    """The amount 10% too high or too low, as one outlet in ten gets it."""
    return f"{amount + rng.choice((-1, 1)) * amount // 10:,}"


def fact_fields(happening: Happening) -> dict[str, str]:
    """The values the templates may name, as text."""
    return {
        "a": happening.actor.name,
        "b": happening.partner.name,
        "a_adj": happening.actor.adjective,
        "b_adj": happening.partner.adjective,
        "a_capital": happening.actor.cities[0],
        "city": happening.city,
        "topic": happening.topic,
        "speaker": happening.speaker,
        "surname": happening.speaker.split()[-1],
        "role": happening.speaker_role,
        "other": happening.other_speaker,
        "amount": f"{happening.amount:,}",
        "count": str(happening.count),
        "weekday": f"{happening.day:%A}",
        "date": f"{happening.day:%B} {happening.day.day}",
    }


def body_paragraphs(rng: random.Random, happening: Happening, facts: dict[str, str]) -> list[str]:
    """Facts, quotes and background in this report's own order, 1-3 sentences a paragraph."""
    kind = happening.kind
    sentences = rng.sample(kind.facts, min(len(kind.facts), rng.randint(3, 5)))
    sentences += [rng.choice(QUOTE_FORMS).replace("{quote}", q)
                  for q in rng.sample(kind.quotes, rng.randint(1, min(2, len(kind.quotes))))]
    sentences += rng.sample(BACKGROUND, rng.randint(2, 6))
    rng.shuffle(sentences)
    paragraphs: list[str] = []
    while sentences:
        size = rng.randint(1, 3)
        chunk, sentences = sentences[:size], sentences[size:]
        paragraphs.append(" ".join(s.format(**facts) for s in chunk))
    return paragraphs


def write_jsonl(articles: Iterator[dict], out_dir: Path) -> int:
    written = 0
    with (out_dir / "articles.jsonl").open("w", encoding="utf-8") as records:
        for article in articles:
            public = {key: value for key, value in article.items() if key != "event"}
            records.write(json.dumps(public, ensure_ascii=False) + "\n")
            written += 1
    return written


def write_txt(articles: Iterator[dict], out_dir: Path) -> int:
    written = 0
    for article in articles:
        (out_dir / f"{article['id']}.txt").write_text(
            f"{article['title']}\n\n{article['text']}\n", encoding="utf-8")
        sidecar = {key: article[key] for key in ("url", "outlet", "published", "title")}
        (out_dir / f"{article['id']}.meta.json").write_text(json.dumps(sidecar), encoding="utf-8")
        written += 1
    return written


WRITERS = {"jsonl": write_jsonl, "txt": write_txt}


def with_gold_events(articles: Iterator[dict], events: dict[str, list[str]]) -> Iterator[dict]:
    """Pass articles through, noting each one's gold event (the only per-article state kept)."""
    for article in articles:
        events.setdefault(article["event"], []).append(article["id"])
        yield article


def write_gold(events: dict[str, list[str]], path: Path, corpus: str) -> None:
    gold = {
        "corpus": corpus,
        "about": "Gold events of a synthetic corpus from bench/generate_corpus.py.",
        "articles": {},
        "events": [{"id": event_id, "articles": ids} for event_id, ids in events.items()],
    }
    path.write_text(json.dumps(gold), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("--out", type=Path, required=True, help="output folder (created)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (same seed, same corpus)")
    parser.add_argument("--format", choices=sorted(WRITERS), default="jsonl")
    parser.add_argument("--gold", type=Path, help="also write gold events here (score.py format)")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    events: dict[str, list[str]] = {}
    articles = generate_articles(args.n, args.seed)
    if args.gold:
        articles = with_gold_events(articles, events)
    written = WRITERS[args.format](articles, args.out)
    if args.gold:
        write_gold(events, args.gold, f"synthetic-{args.n}-seed{args.seed}")
    seconds = time.perf_counter() - started
    print(f"{written} articles ({args.format}) in {args.out} in {seconds:.1f} s "
          f"({written / max(seconds, 1e-9):,.0f} articles/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
