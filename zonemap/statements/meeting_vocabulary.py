"""The words and patterns the meeting is read with: dates, cities, kinds, rounds, parties.

Written for the uneven English of news reports and translated statements ("Sept. 16, 2017",
"19 July2022", "the Kazakh capital", "the 8th High Level Astana Meeting"). The zones' and the
validity's words are in :mod:`.vocabulary`.
"""

from __future__ import annotations

import calendar
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..records import RoundKind

MONTHS = {name.lower(): n for n, name in enumerate(calendar.month_name) if name}
MONTHS |= {name.lower(): n for n, name in enumerate(calendar.month_abbr) if name}
MONTHS["sept"] = 9
# Month names in full or short ("Sept."), any case: "signed in Astana on may 4" is a date.
MONTH = (
    r"(?i:(?:" + "|".join(calendar.month_name[1:]) + r")(?![a-z])"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)"
)
DAY = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
TO = r"\s*(?:[-–—]|\band\b|\bto\b)\s*"  # between the days of a range
# "14-15 September 2017", "21 and 22 December", "19 July2022" (a space lost in copying).
DAY_MONTH_YEAR = re.compile(
    rf"\b(?P<d1>{DAY})(?:{TO}(?P<d2>{DAY}))?\s+(?P<m>{MONTH})(?:,?\s*(?P<y>(?:19|20)\d\d)\b)?"
)
# "September 14-15, 2017", "November 11-12, 2024", "Sept. 16, 2017", "December 21-22".
MONTH_DAY_YEAR = re.compile(
    rf"\b(?P<m>{MONTH})\s*(?P<d1>{DAY})\b(?:{TO}(?P<d2>{DAY})\b)?(?:,?\s*(?P<y>(?:19|20)\d\d)\b)?"
)
MONTH_YEAR = re.compile(rf"\b{MONTH}\s+(?P<y>(?:19|20)\d\d)\b")  # "February 2020": a year named
NUMERIC_DATE = re.compile(
    r"\b(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)\b"
)  # 23.04.2020
ISO_DATE = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")
# Verbs and nouns of a meeting taking place, past, present or announced.
MEETING_HELD = re.compile(
    r"\b(?:held|hold|holding|took place|take place|taking place|kicked off|opened|began|"
    r"started|gathered|met|meet|meeting|convened|hosted|hosts|concluded|closed|ended|agreed|"
    r"wrapped up|sat down|"
    r"attends?|attended|summit|talks|round|session|teleconference|videoconference|"
    r"signed|adopted|released|issued)\b",
    re.I,
)
# Words before a date that point at another meeting or event than the one reported.
OTHER_EVENT = re.compile(
    r"\b(?:next|upcoming|following|previous|last|earlier|former|since|quadrilateral|"
    r"resolution|congress|ceasefire|cease-fire|phone|call|deal|memorandum of|as of|dated|"
    r"starting from|from 00:01|until|by|before|latest|most recent)\b[^.;:]{0,60}$",
    re.I,
)
NEXT_MEETING = re.compile(
    r"\b(?:next|upcoming|future)\b[^.;]{0,60}\b(?:meeting|round|summit|talks|session)\b"
    r"|\b(?:another|the following)\s+(?:\S+\s+){0,3}(?:meeting|round|summit|session)\b"
    r"|\b(?:meeting|round|summit|session)s?\s+(?:will|would|is to|are to|to)\s+be\s+"
    r"(?:held|convened)\b"
    r"|\bagreed\s+(?:to\s+(?:hold|convene)|that\s+the\s+\w+\s+(?:round|meeting)\s+be\s+held)\b",
    re.I,
)
TODAY = re.compile(r"\b(?:today|this morning|this evening|tonight|on the final day)\b", re.I)
YESTERDAY = re.compile(r"\byesterday\b", re.I)
# Dated things in a statement that are not the meeting: patrols, ceasefires, deadlines.
# An earlier instrument named by when and where it was signed: "the Additional Protocol signed
# in Moscow on 5 March", "maps agreed on September 8 in Ankara" recall it; the date and city
# are the report's only when the text is the instrument's own.
RECALLED_INSTRUMENT = re.compile(
    r"\b(?:protocol|memorandum|agreement|deal|map)s?\s+(?:signed|reached|concluded|agreed|"
    r"approved)\b[^.;:]{0,30}$",
    re.IGNORECASE,
)
NOT_A_MEETING = re.compile(
    r"\b(?:patrol\w*|will begin|begins|deadline|ceasefire|withdraw\w*)\b", re.I
)
# A run of spaces is tried from its first character only (``(?<!\s)``), so that a search
# through a long run stays linear; the same holds for the other patterns that start with spaces.
DATELINE_CITY = re.compile(r"(?<!\s)\s*[A-Z][A-Za-z.'’ -]{1,30},\s*")  # "SOCHI, " before a date
FUTURE = re.compile(r"\b(?:will|shall|is to|are to|to be held|due to|expected to|set to)\b", re.I)
WEEKDAY = re.compile(r"\b[Oo]n\s+(" + "|".join(calendar.day_name) + r")\b")
CITIES = ("Astana", "Nur-Sultan", "Sochi", "Ankara", "Tehran", "Moscow", "Istanbul", "Doha")
CITY = "(?P<city>" + "|".join(re.escape(c) for c in CITIES) + ")"
CITY_NAMES = re.compile(rf"(?i:\b{CITY}\b)")
KAZAKH_CAPITAL = re.compile(r"\bKazakh(?:stan['’]s)? capital\b(?:,?\s+(?=Astana|Nur))?", re.I)
REMOTE = re.compile(r"\b(?:video ?conference|teleconference|video link|virtual(?:ly)?)\b", re.I)
# "held ... in", "summit in", "gathered in": the meeting took place in the city after it.
HELD_IN = re.compile(
    r"\b(?:held|hold|hosted|hosting|took place|take place|kicked off|opened|gather(?:ed)?|met|"
    r"meet|convened|signed|agreed|wrapped up|concluded|meeting|meetings|talks|round|summit|"
    r"session|agreement|consultations)\b[^.;:\n]{0,60}\bin\s+(?:the\s+)?"
    r"(?:[\w'’-]+,?\s+){0,4}?(?:of\s+)?$",
    re.I,
)
HOSTED = re.compile(
    r"^\s+(?:hosted|hosts|will host|is hosting|was hosting)\b", re.I
)  # "Astana hosted"
FORMAT_NAME = re.compile(r"^\s*(?:Syria\s+)?(?:talks|format|process|peace process|track)\b", re.I)
# Before a city: a meeting other than the one reported, an earlier one or a coming one.
ELSEWHERE = re.compile(
    r"\b(?:last|latest|most recent|previous|earlier|former|quadrilateral|working group)\b|"
    r"\bthe first\s+(?:took|was|were|had|met)\b",  # "the first took place in Sochi"
    re.I,
)
UPCOMING = re.compile(r"\b(?:next|upcoming|future)\b", re.I)

KIND_PATTERNS: tuple[tuple[RoundKind, int, re.Pattern[str]], ...] = (
    (
        "astana-round",
        3,
        re.compile(r"\bInternational (?:High[-\s]Level )?Meeting on Syria\b", re.I),
    ),
    (
        "astana-round",
        3,
        re.compile(
            r"\bround of (?:the )?(?:Astana|Nur-Sultan)\b|\b(?:Astana|Nur-Sultan)[-\s](?:talks|"
            r"process|format) round\b|\bAstana-\d{1,2}\b|\bAstana (?:Syria )?talks\b[^.\n]{0,20}"
            r"\bround\b|\b(?:Astana|Nur-Sultan) (?:meeting|round)\b|\bround of (?:the )?talks\b",
            re.I,
        ),
    ),
    (
        "astana-round",
        2,
        re.compile(
            r"\bAstana (?:peace )?talks\b|\bpeace talks in Astana\b"
            r"|\bround of (?:\w+\s+){0,2}talks\b|\b(?:in|of) the Astana format\b",
            re.I,
        ),
    ),
    (
        "astana-round",
        2,
        re.compile(
            r"\bhigh[-\s]level (?:international |Astana )?meeting\b|\bsenior experts\b", re.I
        ),
    ),
    (
        "ministerial-meeting",
        3,
        re.compile(
            r"(?<!deputy )\bforeign ministers\b(?! on)|\bministers of foreign affairs\b|"
            r"\btop diplomats\b|\bforeign ministerial meeting\b",
            re.I,
        ),
    ),
    (
        # the guarantors' foreign ministers of 2017-2024, each name one more vote
        "ministerial-meeting",
        1,
        re.compile(
            r"\b(?:Lavrov|Zarif|Amir-?Abdollahian|Araghchi|[CÇ]avu[sş]o[gğ]lu|Fidan)\b", re.I
        ),
    ),
    (
        "trilateral-summit",
        3,
        re.compile(
            # no \b after "summit": pages run words together ("Tripartite Summitwithin")
            r"\bsummit|\bheads of state\b|\bpresidents of (?:Iran|Russia|Turkey)|"
            r"^[ \t]*The Presidents:|\bJoint Statement by the Presidents?\b",
            re.I | re.M,
        ),
    ),
    (
        # counted only when the text names no Iran: Russia and Turkey alone sign these
        "bilateral-memorandum",
        3,
        re.compile(
            r"\b(?:agreed|signed)\b[^.]{0,60}\b(?:on|to)\s+an?\s+(?:additional\s+)?"
            r"(?:protocol|memorandum)\b|\bsigned\s+(?:an?\s+|the\s+)?(?:additional\s+)?"
            r"(?:protocol|memorandum)\b",
            re.I,
        ),
    ),
    (
        "bilateral-memorandum",
        3,
        # the Russia-Turkey instruments by name; counted only when the text names no Iran
        re.compile(
            r"\badditional protocol\b|\bmemorandum on (?:the )?stabili[sz]ation\b|"
            r"\b(?:memorandum|protocol)\s+(?:they|the two (?:sides|leaders|presidents))\s+signed\b|"
            r"\b(?:Putin and (?:Recep Tayyip )?Erdo[gğ]an|(?:Recep Tayyip )?Erdo[gğ]an and "
            r"(?:Vladimir )?Putin)\b",
            re.I,
        ),
    ),
    (
        "bilateral-memorandum",
        6,
        re.compile(
            r"\bhereinafter referred to as the Parties\b|\bHave agreed as follows\b|"
            r"^[ \t]*(?:Memorandum on Stabili[sz]ation|Additional Protocol to the Memorandum)\b",
            re.I | re.M,
        ),
    ),
)

# "sixth" → 6, up to "twenty-ninth": the rounds are numbered in words as often as in digits.
ORDINALS = {
    word: n
    for n, word in enumerate(
        [
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
            "sixteenth",
            "seventeenth",
            "eighteenth",
            "nineteenth",
            "twentieth",
        ],
        start=1,
    )
}
ORDINALS |= {f"twenty-{w}": 20 + n for w, n in list(ORDINALS.items())[:9]}
ORDINAL = (
    r"(?P<ord>" + "|".join(sorted(ORDINALS, key=len, reverse=True)) + r"|\d{1,2}(?:st|nd|rd|th))"
)
ROUND_NUMBER = (
    re.compile(
        rf"\b{ORDINAL}\s+(?:(?:Astana(?:[-\s](?:format|process|talks))?\s+)?round\b|(?:(?:Astana|International|High[-\s]Level)\s+)+"
        r"(?:meeting|talks)\b|meeting on Syria\b|meeting of (?:the )?senior\b)",
        re.IGNORECASE,
    ),
    re.compile(r"\bAstana-(?P<num>\d{1,2})\b|\bround\s+(?P<num2>\d{1,2})\b", re.IGNORECASE),
)
# A kind word that speaks of another meeting: "their next summit", "the first summit".
OTHER_KIND = re.compile(
    r"\b(?:next|upcoming|future|previous|last|latest|recent|another|followed|after|earlier)[\s,]+"
    r"(?:\w+\s+){0,2}$",
    re.I,
)

# A numbered round that is not the one reported: the next one, another body's.
OTHER_ROUND = re.compile(
    r"\bnext\b[^.;]{0,20}$|\bagreed\s+(?:that|to)\b[^.;]{0,30}$|\bconvene\s+(?:the\s+)?$|"
    r"\bupcoming\s+$|\bfollowing\s+$",
    re.IGNORECASE,
)
# ... or a count of another kind: "the first round since the capital took its new name".
OTHER_BODY = re.compile(
    r"^\s*(?:round|meeting)\s+of\s+the\s+Constitutional\b|"
    r"^\s*round\s+(?:since|without|after|in\s+which|last|earlier|before|held\s+outside)\b|"
    r"^\s*round\s+(?:of|this)\s+(?:the\s+)?year\b",
    re.IGNORECASE,
)

GUARANTORS = (
    ("Iran", re.compile(r"\bIran(?:ian)?\b|\bIslamic Republic of Iran\b")),
    ("Russia", re.compile(r"\bRussia(?:n Federation)?\b")),
    ("Turkey", re.compile(r"\bTurkey\b|\bT[üu]rkiye\b|\bRepublic of Turkey\b")),
)
SYRIAN_PARTIES = (
    (
        "Syrian government",
        re.compile(
            r"\bgovernment of (?:Syria|the Syrian Arab Republic)\b|\bSyrian government\b", re.I
        ),
    ),
    ("Syrian armed opposition", re.compile(r"\barmed opposition\b", re.IGNORECASE)),
)
OBSERVERS = (
    ("United Nations", re.compile(r"\bUnited Nations\b|\bUN\b|\bde Mistura\b|\bPedersen\b")),
    ("Jordan", re.compile(r"\bJordan\b")),
    ("United States", re.compile(r"\bUnited States\b|\bUS\b|\bU\.S\.")),
    ("Iraq", re.compile(r"\bIraq\b")),
    ("Lebanon", re.compile(r"\bLebanon\b")),
    ("ICRC", re.compile(r"\bICRC\b|\bRed Cross\b")),
)
# A sentence that says who attended; "delegations" names the parties, not the observers.
ATTENDANCE = re.compile(
    r"\b(?:observers?|attended|brought together|took part|participat\w*|high representatives)\b",
    re.IGNORECASE,
)
DELEGATIONS = re.compile(r"\bdelegations?\b", re.IGNORECASE)
