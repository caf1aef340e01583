"""Who said a quoted segment: its cue verb and speaker, from the parse and the paragraph.

In order of trust, a quote's cue is:
1. a cue verb above the quote in the parse, within its paragraph, the outermost one whose
   speaker is known ("Stubb said Finland must 'prepare'"; in nested reported speech the
   outer speaker, the source the article cites),
2. a cue verb outside quotes in the sentences the quote touches, or the ones just before
   and after it in the paragraph ('"...," said Peskov.' split off by the sentencer),
3. the verb of a previous paragraph ending with a colon ('Peskov said:' then the quote).
Without a cue, a speaker can still be written beside the quote (a dash byline
'"..." ― Martha Aguilar', a transcript label '"PENCE: ..."'), or be the person the
sentence before the quote was about.  Last, `borrow_from_neighbours` hands attributions
to quotes of the same paragraph and across multi-paragraph quotes.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from wirewatch.quotes.cues import ACCORDING, DASH_BYLINE, PERSON, TRANSCRIPT_LABEL
from wirewatch.quotes.people import SUBJECT_DEPS
from wirewatch.quotes.scan import MARKS, QuotedSegment
from wirewatch.quotes.speakers import Speaker, SpeakerIndex
from wirewatch.quotes.subjects import is_cue, own_subject, owner_of, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

DIRECT, PARTIAL = "direct", "partial"
MAX_HEAD_HOPS = 8
INTRODUCING_PUNCT = (":", ",")
MAX_NAME_WORDS = 5
QUOTE_MARKS = frozenset(MARKS)


@dataclass
class Reading:
    """One parsed article, as attribution reads it."""

    doc: Doc
    index: SpeakerIndex
    paragraphs: list[tuple[int, int]]
    inside: list[bool]  # per token: between quote marks?

    @property
    def text(self) -> str:
        return self.index.text


@dataclass(frozen=True)
class Attribution:
    segment: QuotedSegment
    paragraph: int
    kind: str
    cue: Token | None = None
    speaker: Speaker | None = None
    fills_paragraph: bool = False
    opens_sentence: bool = False

    @property
    def attributed(self) -> bool:
        return self.cue is not None or self.speaker is not None


def quoted_tokens(doc: Doc, segments: list[QuotedSegment]) -> list[bool]:
    """For every token: does it lie between a pair of quote marks (marks included)?"""
    inside = [False] * len(doc)
    for segment in segments:
        close = segment.close_mark if segment.close_mark is not None else segment.end
        span = doc.char_span(segment.open_mark, close + 1, alignment_mode="expand")
        for token in span or ():
            inside[token.i] = True
    return inside


def closes_adverbial(verb: Token, inside: list[bool]) -> bool:
    """A verb of an adverbial clause with a subject of its own ('as Trump went on about
    "the system"', Melanie said): the quote is in that clause, not in what the verb above
    reports, so the cues above it are not the quote's."""
    if verb.dep_ != "advcl" or is_cue(verb):
        return False
    return any(c.dep_ in SUBJECT_DEPS and not inside[c.i] for c in verb.children)


def in_adverbial_clause(span: Span, inside: list[bool]) -> bool:
    """Does the quote sit in an adverbial clause with its own subject, below any cue?"""
    for hops, head in enumerate(span.root.ancestors):
        if hops >= MAX_HEAD_HOPS or inside[head.i] or is_cue(head):
            return False
        if closes_adverbial(head, inside):
            return True
    return False


def governing_cues(span: Span, inside: list[bool], bounds: tuple[int, int]) -> list[Token]:
    """The cue verbs above the quote in the parse, outside every quote and within its
    paragraph (a parse may run across paragraphs), nearest first ("X said a majority
    believe 'Y'": believe, then said)."""
    cues: list[Token] = []
    for token in span:
        head, hops = token.head, 0
        if span.start <= head.i < span.end:
            continue
        while hops < MAX_HEAD_HOPS and not inside[head.i] and bounds[0] <= head.idx < bounds[1]:
            if is_cue(head) and head not in cues:
                cues.append(head)
            if head.head is head or closes_adverbial(head, inside):
                break
            head, hops = head.head, hops + 1
        if cues:
            return cues
    return cues


def neighbours(text: str, start: int, end: int, bounds: tuple[int, int]) -> tuple[int, int]:
    """Where an attribution split off by the sentencer would sit: the first character after
    `end` that is not a space or mark, and the last one before `start` when it introduces
    the quote (`Pinho said, "..."`, `Peskov said: "..."`); within `bounds`."""
    before, after = start - 1, end
    while before > bounds[0] and (text[before].isspace() or text[before] in QUOTE_MARKS):
        before -= 1
    while after < bounds[1] - 1 and (text[after].isspace() or text[after] in QUOTE_MARKS):
        after += 1
    introduces = before >= bounds[0] and text[before] in INTRODUCING_PUNCT
    return (max(before, bounds[0]) if introduces else start), min(after, bounds[1] - 1)


def nearest_cue(reading: Reading, start: int, end: int, bounds: tuple[int, int]):
    """The cue verb outside quotes nearest to `start:end`, in the sentences it touches and
    the sentences just before and after it in the paragraph."""
    before, after = neighbours(reading.text, start, end, bounds)
    reach = reading.doc.char_span(min(before, start), max(after + 1, end), alignment_mode="expand")
    if reach is None:
        return None
    first, last = reading.index.sentence_of(reach[0]), reading.index.sentence_of(reach[-1])
    candidates = [
        t
        for t in reading.doc[first.start : last.end]
        if bounds[0] <= t.idx < bounds[1] and not reading.inside[t.i] and is_cue(t)
    ]
    return min(candidates, key=lambda t: min(abs(t.idx - start), abs(t.idx - end)), default=None)


def colon_cue(reading: Reading, number: int) -> Token | None:
    """The verb of a previous paragraph that ends with a colon and so introduces the quote:
    its cue ("Peskov said:"), else its main verb ("Sanders made the following comment:")."""
    if number == 0:
        return None
    start, end = reading.paragraphs[number - 1]
    if not reading.text[start:end].rstrip().endswith(":"):
        return None
    cue = nearest_cue(reading, end - 1, end, (start, end))
    last = reading.doc.char_span(start, end, alignment_mode="expand")
    return cue or (reading.index.sentence_of(last[-1]).root if last is not None else None)


def speaker_at(reading: Reading, cue: Token) -> Speaker | None:
    """The speaker of a cue: its subject (a speech noun's owner), the object of "according
    to", or a name beside it."""
    if cue.lower_ == ACCORDING[0]:
        to = next(c for c in cue.children if c.lower_ == ACCORDING[1])
        objects = [c for c in to.children if c.dep_ == "pobj"]
        return reading.index.speaker_of(objects[0]) if objects else None
    subject = owner_of(cue) if cue.pos_ == "NOUN" else subject_of(cue, reading.inside)
    if subject is None:
        return reading.index.beside(cue)
    return reading.index.speaker_of(subject)


def first_speaking(reading: Reading, cues: list[Token]) -> tuple[Token | None, Speaker | None]:
    """The outermost cue whose speaker is known, with that speaker; else the nearest cue.
    In nested reported speech the outer speaker is the source the article quotes ('Flynn
    said Trump was right when he said "the generals ..."' is Flynn's attribution)."""
    for cue in reversed(cues):
        speaker = speaker_at(reading, cue)
        if speaker is not None:
            return cue, speaker
    return (cues[0] if cues else None), None


def previous_subject(reading: Reading, attribution: Attribution) -> Speaker | None:
    """The person the sentence before a quote is about ('Sanders spoke. "..."'): news
    prose hands the next quote to the subject just named."""
    para_start = reading.paragraphs[attribution.paragraph][0]
    segment = attribution.segment
    if segment.open_mark <= para_start:
        return None
    before = reading.doc.char_span(para_start, segment.open_mark, alignment_mode="contract")
    if before is None or not len(before):
        return None
    subject = own_subject(reading.index.sentence_of(before[-1]).root, reading.inside)
    speaker = reading.index.speaker_of(subject) if subject is not None else None
    return speaker if speaker is not None and speaker.label == PERSON else None


def looks_like_name(words: str) -> bool:
    names = words.split()
    return 0 < len(names) <= MAX_NAME_WORDS and all(w[0].isupper() for w in names)


def byline_speaker(reading: Reading, segment: QuotedSegment, para_end: int) -> Speaker | None:
    """A name after a dash closing the paragraph: '"..." ― Martha Aguilar'."""
    if segment.close_mark is None:
        return None
    match = DASH_BYLINE.match(reading.text, segment.close_mark + 1, para_end)
    if match is None or not looks_like_name(match.group("name")):
        return None
    return reading.index.written(match.group("name"), match.start("name"), match.end("name"))


def labelled(reading: Reading, segment: QuotedSegment, number: int) -> Attribution | None:
    """A transcript line '"PENCE: Well, ..."': the label speaks, and is not quoted."""
    label = TRANSCRIPT_LABEL.match(reading.text, segment.start, segment.end)
    if label is None:
        return None
    name = label.group("name").title()
    speaker = reading.index.written(name, label.start(), label.end("name"))
    return Attribution(replace(segment, start=label.end()), number, DIRECT, None, speaker)


def kind_of(text: str, segment: QuotedSegment, sentence_start: int, para_start: int) -> str:
    """Direct when the quote opens its sentence or follows an introducing colon or comma."""
    lead_in = text[max(sentence_start, para_start) : segment.open_mark].strip()
    if segment.continues or not lead_in or lead_in.endswith(INTRODUCING_PUNCT):
        return DIRECT
    return PARTIAL


def own_attribution(reading: Reading, segment: QuotedSegment, number: int) -> Attribution:
    """The quote's kind, cue and speaker from its own sentence and paragraph."""
    transcript = labelled(reading, segment, number)
    if transcript is not None:
        return transcript
    para_start, para_end = reading.paragraphs[number]
    span = reading.doc.char_span(segment.start, segment.end, alignment_mode="expand")
    sentence = reading.index.sentence_of(span[0]).start_char if span else para_start
    kind = kind_of(reading.text, segment, sentence, para_start)
    byline = byline_speaker(reading, segment, para_end)
    if byline is not None:
        return Attribution(segment, number, kind, None, byline)
    cue, speaker = first_speaking(
        reading, governing_cues(span, reading.inside, (para_start, para_end)) if span else []
    )
    if cue is None and not (span and in_adverbial_clause(span, reading.inside)):
        cue = nearest_cue(reading, segment.start, segment.end, (para_start, para_end))
    opens_paragraph = segment.open_mark == para_start
    if cue is None and opens_paragraph:
        cue = colon_cue(reading, number)
    if speaker is None and cue is not None:
        speaker = speaker_at(reading, cue)
    rest = reading.text[(segment.close_mark or para_end) + 1 : para_end]
    fills = opens_paragraph and not rest.strip()
    return Attribution(segment, number, kind, cue, speaker, fills, segment.open_mark == sentence)


def needs_speaker(attribution: Attribution) -> bool:
    return not attribution.attributed and attribution.kind == DIRECT


def hands_forward(before: Attribution, current: Attribution) -> bool:
    """Does `before`'s attribution carry on to `current`, the next quote?"""
    if before.paragraph == current.paragraph or current.segment.continues:
        return True
    return current.fills_paragraph and before.paragraph == current.paragraph - 1


def hands_back(after: Attribution, current: Attribution) -> bool:
    """Does `after`'s attribution reach back to `current`, the quote before it?"""
    return after.paragraph == current.paragraph or after.segment.continues


def borrow_from_neighbours(reading: Reading, found: list[Attribution]) -> list[Attribution]:
    """Unattributed direct quotes take the attribution of the quote beside them in the
    paragraph, of the quote they continue or that continues them (multi-paragraph), or
    of the quote just before when they stand alone as the next paragraph; failing that,
    a quote opening its sentence goes to the person the sentence before was about."""
    result = list(found)
    for i in range(1, len(result)):
        before, current = result[i - 1], result[i]
        if needs_speaker(current) and before.attributed and hands_forward(before, current):
            result[i] = replace(current, cue=before.cue, speaker=before.speaker)
    for i in range(len(result) - 2, -1, -1):
        current, after = result[i], result[i + 1]
        if needs_speaker(current) and after.attributed and hands_back(after, current):
            result[i] = replace(current, cue=after.cue, speaker=after.speaker)
    for i, current in enumerate(result):
        if needs_speaker(current) and current.opens_sentence:
            result[i] = replace(current, speaker=previous_subject(reading, current))
    return result
