"""The words of page furniture, in the languages of the pages we read: data only.

A line made mostly of these words ("Share on Facebook", "Teilen mit: WhatsApp", "Mehr lesen")
is a control of the page, not a sentence of the article.  Words are lower case and whole;
a few stems (ending in `*`) cover a verb's forms ("abonn*": abonnieren, abonnez, abonne).
"""

from __future__ import annotations

import re

SOCIAL_NETWORKS = (
    "facebook twitter x linkedin whatsapp telegram reddit pinterest instagram youtube tiktok "
    "threads mastodon bluesky flipboard xing vk messenger snapchat signal rss e-mail email mail"
)

# Calls to action and the links around an article: share, follow, subscribe, read more, print.
LINK_WORDS = (
    # English
    "share shares shared tweet pin follow subscribe subscribed login log sign register print "
    "read more next previous back top comment comments reply copy link links click tap here "
    "download app newsletter continue reading watch listen related see also view all show "
    "hide close menu search home like save bookmark send "
    # German
    "teilen teile folgen folge abonnieren anmelden einloggen registrieren drucken lesen lies "
    "mehr weiter weiterlesen zurück nach oben kommentar kommentare kommentieren antworten "
    "link kopieren hier klicken herunterladen ansehen anzeigen schließen merken speichern "
    "gelesen auch weitere empfohlene verwandte themen artikel beiträge "
    # French, Spanish, Italian, Portuguese, Polish, Dutch
    "partager partagez suivre suivez lire lisez aussi plus imprimer commentaires "
    "compartir comparte seguir síguenos leer lea lee vea mira mire más también relacionadas "
    "relacionados notas comentarios imprimir condividi segui leggi anche altro commenti stampa "
    "compartilhe siga leia mais também comentários udostępnij czytaj też więcej komentarze "
    "delen volg lees meer reacties "
    # consent banners, whose buttons a scraper keeps as lines ("Manage settings")
    "accept reject manage settings preferences cookies consent agree privacy akzeptieren "
    "ablehnen einstellungen zustimmen datenschutz accepter refuser paramètres aceptar "
    "rechazar configuración accetta rifiuta impostazioni"
)
LINK_STEMS = ("abonn", "suscrib", "subskryb", "assin", "inscri", "iscriv", "newsletter")

FURNITURE_WORDS = frozenset((SOCIAL_NETWORKS + " " + LINK_WORDS).split())

# The words a cross-reference opens with: "Lea también:", "Auch lesen:", "Czytaj też",
# "VEA TAMBIÉN:", "Schon gelesen?", "Read more:" (a cue, then a colon or question mark).
CROSS_REFERENCE_CUE_WORDS = (
    "read see watch listen also more related lesen lies gelesen auch schon mehr weitere "
    "siehe lire voir aussi lea lee leer vea ver mire mira también más relacionadas "
    "relacionados notas leggi vedi anche leia veja também mais czytaj zobacz też "
    "lees ook meer"
)
CROSS_REFERENCE_CUES = frozenset(CROSS_REFERENCE_CUE_WORDS.split())
CROSS_REFERENCE = re.compile(r"^\W*(?P<cue>[^\W\d_]+(?:\s+[^\W\d_]+){0,2})\s*[:?»>]+(?:\s|$)")


def is_furniture_word(word: str) -> bool:
    lowered = word.lower()
    return lowered in FURNITURE_WORDS or lowered.startswith(LINK_STEMS)
