"""The words quote attribution is built on, as data: cue verbs, speech nouns, bodies.

Titles and role nouns of people ("Mr.", "the spokesman said") come from `nlp/roles.py`.

Cue verbs are lemmas (spaCy `token.lemma_`).  SPEECH_CUES introduce what someone said
and also mark indirect speech ("Peskov noted that ..."); STANCE_CUES attribute a quoted
phrase ("calling it a 'significant shift'") but are too loose to make indirect speech.
"""

from __future__ import annotations

import re

from wirewatch.nlp.vocabulary import ORGANISATION_WORDS
from wirewatch.nlp.words import word_set

SPEECH_CUES = word_set(
    """
    say tell add state note claim assert declare announce explain insist argue stress
    emphasise emphasize warn write reply respond answer acknowledge admit concede confirm
    deny remark comment observe reiterate repeat recall suggest predict promise vow pledge
    urge ask demand complain lament tweet post recount continue conclude contend maintain
    allege report testify affirm caution counter quip joke shout yell whisper mutter
    proclaim boast brag concur agree disagree point mention
    """
)
STANCE_CUES = word_set(
    """
    call dub label term brand welcome praise criticize criticise condemn accuse blast slam
    describe hail decry dismiss reject question express voice highlight underline cite
    advocate propose hope fear believe think feel attack mock liken laud compare sing rate
    speak
    """
)
CUE_LEMMAS = SPEECH_CUES | STANCE_CUES

# nouns of speech whose owner is the speaker: "Trump's claim that there were 'thousands'"
SPEECH_NOUNS = word_set(
    """
    claim statement remark comment word message promise warning prediction tweet assertion
    argument admission accusation pledge vow demand appeal
    """
)

# "according to X": the cue is the pair, the speaker is the object of "to"
ACCORDING = ("according", "to")

# "a minister said" is someone not named yet: an indefinite role noun is nobody known
INDEFINITE = word_set("a an another one some any")

# a common noun naming a body that speaks as itself ("the national mining association
# said"); names that only make sense capitalised ("Times", "Post", "Inc") are left out
SPEAKING_BODIES = ORGANISATION_WORDS - word_set("times news post press inc ltd corp forces front")

# a written text speaks for its author: "vetoed the law with a letter that criticised ..."
DOCUMENT_NOUNS = word_set(
    """
    letter statement report ruling memo note document release communique declaration
    filing complaint editorial tweet post message op-ed column
    """
)

PERSON_PRONOUNS = frozenset({"he", "she"})

# entity labels that may speak
PERSON = "PERSON"
SPEAKING_ORGS = frozenset({"ORG", "NORP", "GPE"})

# speakers written beside a quote rather than in a sentence
DASH_BYLINE = re.compile(r"[^\S\n]*[―—–-][^\S\n]*(?P<name>[^\W\d][\w.'’ -]*?)[.\s]*$", re.M)
TRANSCRIPT_LABEL = re.compile(r"(?P<name>[A-Z][A-Z.'’ -]{1,30}):\s+")
