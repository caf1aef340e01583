"""Patterns of boilerplate, grouped by concept: data only, no logic.

Each pattern is written from the shape of a kind of boilerplate (a banner,
a prompt, a credit), never from one article's words.  The predicates in
`rules.py` and `blocks.py` combine them with length limits.
"""

from __future__ import annotations

import re

from wirewatch.nlp.time import MONTHS, WEEKDAYS

_I = re.IGNORECASE

# ---------------------------------------------------------------- credits (of photos and stories)

# News and photo agencies that sign captions and stories.
AGENCIES = (
    r"Reuters|AP|AFP|EPA(?:-EFE)?|EFE|ANSA|dpa|DPA|Getty Images|AP Photo|Associated Press|"
    r"Lehtikuva|LEHTIKUVA|Shutterstock|Alamy|TASS|Sputnik|RIA Novosti|Xinhua|Anadolu(?: Agency)?|"
    r"Bloomberg|PA(?: Media| Wire)?|NTB|TT|Ritzau|Scanpix|SIPA|Kyodo|Yonhap|UNIAN|Ukrinform|"
    r"IANS|PTI|ANI|WAM|SPA|KUNA|MENAFN|AAP|Bernama|Antara|CNA|NurPhoto|ZUMA(?: Press)?|"
    r"Wikimedia Commons|Kremlin\.ru|Handout|Pool|File photo|Reuters/[\w .-]+|[\w.-]+/Getty Images"
)

# The end of a caption: "... Photo by X/Getty Images", ". LEHTIKUVA", "(Photo: X)", "REUTERS/Name".
CAPTION_CREDIT = re.compile(
    r"(?:(?:^|[.!?)\]|]\s*)"
    r"(?:\(?\s*(?:(?:file )?photo|image|picture|foto|credit|photograph)s?\s*(?:by|:|credits?:)"
    r"\s*[^|()]{1,80}\)?)"
    r"|(?:[.!?)\]|/]\s*\(?(?:" + AGENCIES + r")(?:\s*/\s*[\w .'-]{1,40})?\)?))"
    r"\s*\|?\s*$",
    _I,
)
# A caption credit in all capitals must stay upper case ("LEHTIKUVA"), so it is matched apart;
# four letters at least, so that a time zone ("9 p.m. EST") is no credit.
UPPER_CREDIT = re.compile(r"[.!?]\s+\(?[A-Z][A-Z-]{3,}(?:\s*/\s*[\w .'-]{1,40})?\)?\s*\|?\s*$")

# "Source: www.example.com", "Source: Reuters", "(MENAFN)" alone, "HT", "-- AFP".
SOURCE_CREDIT = re.compile(
    r"^(?:(?:(?:sources?|credits?)\s*:|courtesy of\b"
    r"|(?:this (?:article|story|piece) (?:was |is )?)?originally (?:published|appeared)"
    r" (?:by|in|at|on)\b)\s*\S.{0,80}"
    r"|[-–—(\[]*\s*(?:" + AGENCIES + r")\s*[)\]]?)$",
    _I,
)
# An outlet's initials signing off the story on a line of their own ("HT", "(AFP)").
SIGNOFF = re.compile(r"^[-–—(\[]*\s*[A-Z]{2,5}\s*[)\]]?\.?$")
# "(MENAFN)", "(Reuters)" or "(AP)" opening the first paragraph.
LEADING_CREDIT = re.compile(r"^\((?P<credit>[A-Z][\w .&-]{1,30})\)\s*[-–—:]?\s*(?=[A-Z\"“‘'])")

# ---------------------------------------------------------------- banners and prompts

ERROR_BANNER = re.compile(
    r"^(?:(?:error\s*)?[45]\d\d(?:\s+[a-z ]{0,30})?[.!]*"
    r"|(?:(?:we['’]re |we are )?sorry|oops|whoops|uh[- ]oh)\b.{0,120}"
    r"|error!?(?:\s.{0,150})?"
    r"|(?:page|article|content|story) (?:not found|unavailable|(?:is )?no longer available).{0,80}"
    r"|.{0,80}\b(?:page|article|content|story)\b.{0,60}"
    r"\b(?:doesn['’]t|does not|no longer|could not|couldn['’]t|cannot|can['’]t)"
    r" (?:exist|be found|found|available).{0,40}"
    r"|access (?:denied|forbidden).{0,60}|forbidden|not found)$",
    _I,
)

PAYWALL = re.compile(
    r"^(?:.{0,60}\b(?:subscribe|subscription|subscriber)s?\b.{0,40}"
    r"\b(?:to (?:continue|read|unlock)|only|exclusive|required)\b.{0,80}"
    r"|.{0,40}(?:this (?:article|content|story) is (?:for|available to|reserved for)) "
    r"(?:subscribers|members|premium).{0,80}"
    r"|(?:for )?(?:subscribers?|members?|premium)(?: only| exclusive)\b[.!:]?.{0,160}"
    r"|.{0,60}\b(?:log|sign) ?in or (?:subscribe|register|sign up)\b.{0,160}"
    r"|.{0,60}\bsubscribe\b.{0,80}\bto (?:keep|continue) reading\b.{0,120}"
    r"|(?:already a (?:subscriber|member)\??.{0,60})"
    r"|(?:you have reached (?:your|the) .{0,40}limit.{0,80}))$",
    _I,
)

COMMENT_PROMPT = re.compile(
    r"^(?:(?:post|leave|add|write|submit|view|show|load|read|see|join)"
    r" (?:a |the |your |all |more )?"
    r"(?:comments?|reply|replies|response|discussion|conversation)\b.{0,200}"
    r"|comments?\s*(?:\(\d+\)|\d+)?\s*(?:no comments?(?: yet)?)?[.!:]?"
    r"|no comments?(?: yet)?\.?|be the first to comment.{0,40}"
    r"|your email address will not be published.{0,120}"
    r"|required fields are marked.{0,20}"
    r"|(?:\d+\s+)?(?:comments?|replies)(?: so far)?"
    r"|you must be logged in to (?:post|leave|write) a comment.{0,40}"
    r"|(?:what do you think|have your say)\??.{0,80}(?:comments?|below).{0,40}"
    r"|(?:log|sign) ?in to (?:comment|reply).{0,40}"
    r"|.{0,80}\bcomments powered by \w+.{0,20})$",
    _I,
)

SHARE_LINE = re.compile(
    r"^(?:(?:share|tweet|pin|email|print|follow)(?: (?:this|the) (?:article|story|page|post))?"
    r"(?: (?:on|via|with|to|us on))?\s*:?\s*(?:(?:facebook|twitter|x|linkedin|whatsapp|telegram|"
    r"reddit|email|e-mail|messenger|pinterest|instagram|youtube|tiktok|copy link|print|vk|"
    r"flipboard)[\s,|/•·]*)*"
    r"|(?:(?:facebook|twitter|linkedin|whatsapp|telegram|reddit|email|e-mail|messenger|pinterest|"
    r"instagram|youtube|tiktok|copy link|print|vk|flipboard)[\s,|/•·]*){2,}"
    r"|(?:follow|like|join) (?:us|\w+) on (?:\w+[\s,]*(?:and|or)?\s*){1,4}(?:for .{0,80})?[.!]?"
    r"|(?:share|like) this\s*:?"
    r"|join (?:us|our) (?:on )?\w+ (?:channel|group|community).{0,80}"
    r"|(?:click|tap) (?:here )?to share.{0,60}|share (?:this|the) (?:article|story).{0,60})$",
    _I,
)

RELATED_LINKS = re.compile(
    r"^(?:(?:read|see|watch|listen)(?: (?:more|also|next|the full story))?"
    r"\s*(?::|>>|»|-|–|—)\s*.{0,200}"
    r"|(?:read|see) more(?: (?:news|stories|articles))?(?: (?:about|on|from) .{0,60})?[.!>»]*"
    r"|(?:also read|related(?: (?:articles?|stories|news|content|coverage|reading|topics))?|"
    r"more (?:on|from|about) (?:this|[\w ]{1,30})|you (?:may|might) also (?:like|be interested in)|"
    r"recommended(?: for you)?|trending(?: now)?|most (?:read|popular)|further reading|"
    r"top stories|latest (?:news|stories))\s*[:>»]?[^.!?]{0,200}"
    r"|(?:[-*•]\s*)?\[[^\]]{1,200}\]\([^)]*\)\s*)$",
    _I,
)

COOKIE_NOTICE = re.compile(
    r"^.{0,200}\b(?:we|this (?:site|website)) uses? cookies\b.{0,300}$"
    r"|^.{0,120}\bcookie (?:policy|settings|preferences|consent)\b.{0,200}$"
    r"|^(?:accept|reject|manage) (?:all )?cookies.{0,40}$",
    _I,
)

COPYRIGHT = re.compile(
    r"^(?:©|\(c\)|copyright\b|all rights reserved).{0,200}$"
    r"|^.{0,120}\ball rights reserved\b.{0,80}$"
    r"|^.{0,120}\bmay not be (?:re)?published, broadcast, rewritten,? or redistributed\b.{0,80}$"
    r"|^.{0,120}\b(?:reproduction|republication|redistribution|reprinting)\b.{0,80}"
    r"\b(?:prohibited|forbidden|not (?:permitted|allowed))\b.{0,80}$",
    _I,
)

LEGAL_DISCLAIMER = re.compile(
    r"^(?:(?:legal )?disclaimer\s*:.{0,600}"
    r"|.{0,80}\bprovides? (?:the|this) (?:information|content)"
    r" [\"“']?as is[\"”']? without warranty.{0,600}"
    r"|.{0,200}\b(?:views|opinions) expressed (?:in this (?:article|piece|column) )?"
    r"are (?:those of the author|the author['’]s own).{0,200}"
    r"|.{0,80}\bdo(?:es)? not necessarily reflect the"
    r" (?:views|opinions|position|editorial policy) of\b.{0,200}"
    r"|this (?:article|story|content) (?:is|was) (?:for (?:general )?informational purposes only|"
    r"not (?:intended as )?(?:financial|investment|legal) advice).{0,300})$",
    _I,
)

DONATION_APPEAL = re.compile(
    r"^(?:.{0,200}\b(?:(?:please|consider|can you|would you|help us by)\s+(?:\w+\s+){0,2}"
    r"(?:donat\w*|contribut\w*|support\w*|a donation|a contribution)"
    r"|donate (?:now|today|here|to us)|make a (?:\w+ )?(?:donation|contribution)"
    r"|support (?:us|our (?:work|journalism|newsroom|reporting|mission))"
    r"|your (?:support|donation|contribution)s?\b.{0,40}\b(?:helps?|makes?|keeps?|matters?|allows?)"
    r"|become a (?:member|patron|supporter))\b.{0,300}"
    r"|(?:remind me later|maybe later|no,? thanks|not now)\.?)$",
    _I,
)

NEWSLETTER_APPEAL = re.compile(
    r"^(?:.{0,80}\b(?:sign up|subscribe|register)\b.{0,40}\b(?:newsletter|updates|alerts|inbox|"
    r"mailing list|digest|briefing)\b.{0,200}"
    r"|.{0,80}\bnewsletter\b.{0,40}\b(?:sign up|subscribe|delivered|inbox)\b.{0,150}"
    r"|.{0,100}\b(?:delivered|straight|direct(?:ly)?) (?:to|into) your inbox\b.{0,120}"
    r"|(?:get|receive|sign up for|subscribe to) (?:the|our) .{1,60}\b(?:briefing|newsletter|digest|"
    r"bulletin)s?\b.{0,80}"
    r"|enter your e-?mail(?: address)?.{0,80}"
    r"|by (?:signing up|subscribing|clicking).{0,40}\byou agree\b.{0,200}"
    r"|(?:(?:click|tap) here to )?(?:subscribe|sign up|register)"
    r"(?: now| today| here| for free)?[.!]?)$",
    _I,
)

ADVERTISEMENT = re.compile(
    r"^(?:advertisement|advert|ad|sponsored(?: content)?|paid (?:content|post)|promoted|"
    r"(?:story|article) continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?|"
    r"scroll (?:down )?to continue(?: reading)?|continue reading below)[.:]?$",
    _I,
)

# Site furniture: previous/next links, breadcrumbs, tags, players, app promotions.
NAVIGATION = re.compile(
    r"^(?:(?:previous|next|older|newer) (?:article|story|post|page)s?.{0,80}"
    r"|back to (?:top|home).{0,20}|skip to (?:main )?content|loading\.{0,3}|embed"
    r"|listen to (?:this|the) (?:article|story).{0,40}|click to (?:enlarge|expand|play).{0,20}"
    r"|your browser does not support .{0,60}"
    r"|(?:download|get) (?:our|the) (?:free )?(?:\w+ )?app.{0,80}"
    r"|(?:tags|topics|categories|filed under|posted in)\s*:?\s+[^.!?]{1,120}"
    r"|\w[\w ]{0,30}(?:\s[»›>/|]\s\w[\w ]{0,30}){2,})$",
    _I,
)
# Abbreviations that open a written month or weekday ("Jan", "January", "Sept.", "Mon."),
# from the one month and weekday tables (`nlp.time`).
MONTH = "|".join(dict.fromkeys(name[:3] for name in MONTHS))
WEEKDAY = "|".join(day[:3] for day in WEEKDAYS)
# "Published: January 15, 2025", "Updated 10:02 GMT", "Last updated 3 hours ago".
TIMESTAMP = re.compile(
    r"^(?:first |last )?(?:published|posted|updated|modified)(?: on| at)?\s*:?\s+"
    r"(?=\d|(?:" + MONTH + "|" + WEEKDAY + r")[a-z]*\b"
    r"|.*\b(?:ago|yesterday|\d{1,2}[:.]\d\d)\b)[^!?]{1,60}$",
    _I,
)

# A line that is only a date, perhaps with a weekday and a time: "Monday, January 5, 2025 10:02".
DATE_LINE = re.compile(
    r"^(?:(?:" + WEEKDAY + r")[a-z]*\.?,? )?"
    r"(?:(?:19|20)\d\d-[01]\d-[0-3]\d|[0-3]?\d[./][01]?\d[./](?:19|20)?\d\d"
    r"|(?:" + MONTH + r")[a-z]*\.? [0-3]?\d(?:st|nd|rd|th)?,?"
    r" (?:19|20)\d\d"
    r"|[0-3]?\d(?:st|nd|rd|th)? (?:" + MONTH + r")[a-z]*\.?,?"
    r" (?:19|20)\d\d)"
    r"(?:,? (?:at )?\d{1,2}[:.]\d\d(?: ?[ap]\.?m\.?)?(?: [A-Z]{2,5})?)?\s*$",
    _I,
)

IMAGE_MARKDOWN = re.compile(
    r"^(?:!\[[^\]]*\]\([^)]*\)\s*)+(?:\|\s*)?$|^\[?(?:image|photo|video|img)\]?:?\s*$", _I
)

# Stray counters: "0", "12", "3 / 10", "5 min read", "1.2K views", "|".
COUNTER = re.compile(
    r"^(?:[\d.,]+[kKmM]?(?:\s*/\s*\d+)?|\d+\s*(?:min(?:ute)?s?|mins?) read|[\d.,]+[kKmM]?\s*"
    r"(?:views|shares|likes|reads)|[|•·*#>\-–—_=~]+)$",
    _I,
)

# ---------------------------------------------------------------- blocks

# A line that opens an appeal block ("A Message from X:", "Dear readers,").
APPEAL_OPENER = re.compile(
    r"^(?:a (?:message|note|word|request) from .{1,60}[:.!]?"
    r"|dear (?:readers?|friends?|subscribers?)\b.{0,20}"
    r"|before you go.{0,60}|(?:we|i) have a (?:small )?(?:favour|favor) to ask.{0,60}"
    r"|support (?:independent|quality|our) journalism.{0,60}"
    r"|(?:you(?:'ve| have) read|thank you for reading).{0,80}"
    r"|help us (?:keep|continue).{0,80}"
    r"|(?:our |free |daily |weekly )?newsletters?[:.!]?)$",
    _I,
)
# Reported speech: an appeal speaks to the reader itself, it does not quote someone.
REPORTED_SPEECH = re.compile(r"\b(?:said|says|told|according to|stated|added)\b", _I)
# Words of an appeal: the reader addressed, the outlet's "we", money asked for.
APPEAL_WORDS = re.compile(
    r"\b(?:we|our|us|you|your|readers?|support\w*|donat\w*|contribut\w*|subscri\w*|journalis\w*|"
    r"independent|member\w*|thank)\b",
    _I,
)
# The last line of an appeal block.
APPEAL_CLOSER = re.compile(
    r"^(?:remind me later|maybe later|no,? thanks|not now|(?:support|donate|contribute|subscribe)"
    r"(?: now| today| here)?|continue reading|close)[.!]?$",
    _I,
)
# An outlet's tagline: "Harbour Gazette – independent news since 1901", "news from the coast".
# The motto opens with a word of the trade; with the outlet's name before it, after a separator.
OUTLET_TAGLINE = re.compile(
    r"^(?:(?P<name>(?:The )?[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,4})\s*(?:[–—|:•]|\s-)\s*)?"
    r"(?P<motto>(?:(?:your|the|independent|trusted|reliable|daily|latest|breaking|free|local|"
    r"quality)\s+){0,3}(?:news|journalism|reporting|voice|source)\b[^.!?]{0,80})[.!]?$",
    _I,
)
# A heading after which one paragraph of legalese follows ("Legal Disclaimer:").
DISCLAIMER_HEADING = re.compile(r"^(?:legal )?(?:disclaimer|notice|terms of use)\s*:?$", _I)

# ---------------------------------------------------------------- shapes of lines

TERMINAL_PUNCTUATION = re.compile(r"[.!?:;…\"”’')\]]$")

# ---------------------------------------------------------------- triggers

# Lower-case words without which a rule cannot match a longer line: a cheap substring test
# run before the rule's full pattern, so ordinary prose skips the costly patterns (those that
# may match anywhere in a line; patterns anchored on a line's first words fail fast alone).
TRIGGERS: dict[str, tuple[str, ...]] = {
    "error_banner": (
        "sorry",
        "oops",
        "whoops",
        "uh",
        "error",
        "found",
        "unavailable",
        "no longer",
        "exist",
        "denied",
        "forbidden",
    ),
    "paywall": ("subscri", "members", "premium", "limit", "log in", "login", "sign in"),
    "cookie_notice": ("cookie",),
    "legal_disclaimer": (
        "disclaimer",
        "as is",
        "views",
        "opinions",
        "reflect",
        "informational",
        "advice",
    ),
    "donation_appeal": (
        "donat",
        "contribut",
        "support",
        "patron",
        "member",
        "later",
        "thanks",
        "not now",
    ),
    "newsletter_appeal": (
        "sign up",
        "subscri",
        "register",
        "newsletter",
        "inbox",
        "mail",
        "you agree",
        "briefing",
        "digest",
        "bulletin",
    ),
    "copyright": (
        "©",
        "(c)",
        "copyright",
        "rights reserved",
        "may not be",
        "reproduc",
        "republica",
        "redistribut",
        "reprint",
    ),
}

# The same words as one compiled alternation per rule: one C-level search instead of a loop.
TRIGGER_PATTERNS: dict[str, re.Pattern[str]] = {
    reason: re.compile("|".join(map(re.escape, words))) for reason, words in TRIGGERS.items()
}

# ---------------------------------------------------------------- shapes the line model reads

# English function words: prose is full of them, page furniture ("Posts: 1354") has few.
STOP_WORD = re.compile(
    r"\b(?:a|an|the|and|or|but|if|of|in|on|at|to|for|from|by|with|about|as|into|than|then|that|"
    r"this|these|those|it|its|is|are|was|were|be|been|being|have|has|had|do|does|did|not|no|so|"
    r"we|you|he|she|they|i|me|my|our|your|his|her|their|them|there|here|what|which|who|when|"
    r"where|why|how|all|any|can|could|will|would|should|may|might|must|just|also|very)\b",
    _I,
)
SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*$")
LINK_OR_ADDRESS = re.compile(r"https?://|www\.|\S@\S|\.(?:com|org|net)\b", _I)
CLOCK_OR_YEAR = re.compile(r"\b\d{1,2}:\d{2}\b|\b(?:19|20)\d{2}\b")
