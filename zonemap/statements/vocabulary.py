"""The words and patterns zonemap reads statements with: one place to extend them.

Each pattern is written for the uneven English translations of the Astana statements and of
the news reports about them ("de-escalation areas", "tension-reduction zones", "East Gut",
"Idleb"). The reading steps in this package apply them.
"""

from __future__ import annotations

import calendar
import re

from ..records import RoundKind

ZONE_TERM = re.compile(
    r"\b(?P<kind>de-?\s?escalation|tension[-\s]reduction|security|safe|demilitari[sz]ed|buffer)"
    r"\s+(?:zones?|areas?|belt|corridor)\b|\bzones?\s+of\s+de-?escalation\b|"
    r"\b(?P<corridor>security\s+corridor)\b",
    re.IGNORECASE,
)
ZONE_WORD = re.compile(r"\b(?:zones?|areas?|corridor|DMZ)\b", re.IGNORECASE)
ALL_FOUR = re.compile(
    r"\ball\s+(?:the\s+)?(?:four\s+|4\s+)?(?:de-?\s?escalation|tension[-\s]reduction)\s+"
    r"(?:zones|areas)\b|\b(?:the\s+)?four\s+(?:de-?\s?escalation|tension[-\s]reduction)\s+"
    r"(?:zones|areas)\b",
    re.IGNORECASE,
)
# Sentences about these are not about where a zone lies, even when they name one.
OFF_TOPIC = {
    "humanitarian access or aid": re.compile(
        r"\b(?:humanitarian|aid|relief|convoys?|besieged|evacuat\w*|access)\b", re.IGNORECASE
    ),
    "fighting": re.compile(
        r"\b(?:offensive|battles?|fighting|shelling|air\s?strikes?|bombard\w*|assault|"
        r"recaptur\w*|retook|retaken|seized|captured)\b",
        re.IGNORECASE,
    ),
}
VENUE = re.compile(
    r"\b(?:held|hosted|hosting|meeting|meet|met|talks|summit|gathered|convened)\s+(?:\w+\s+){0,3}in\s*$",
    re.IGNORECASE,
)
ACTIONS = (
    (
        "restated",
        re.compile(
            r"\b(?:reaffirm\w*|restat\w*|again|recall\w*|continue\w* (?:to )?implement\w*)\b",
            re.IGNORECASE,
        ),
    ),
    ("extended", re.compile(r"\b(?:extend\w*|extension|prolong\w*|renew\w*)\b", re.IGNORECASE)),
    ("ended", re.compile(r"\b(?:terminat\w*|dissolv\w*|abolish\w*|cease to exist)\b", re.I)),
    (
        "delimited",
        re.compile(
            r"\b(?:maps?|delimit\w*|delineat\w*|demarcat\w*|boundar\w*|control forces)\b", re.I
        ),
    ),
    (
        "established",
        re.compile(r"\b(?:creat\w*|establish\w*|set\s+up|agree[ds]? on)\b", re.IGNORECASE),
    ),
)
EARLIER_MEMORANDUM = re.compile(r"\bMemorandum\b[^.;]{0,120}?\b(?:4|May)\b", re.IGNORECASE)

MONTHS = {name.lower(): n for n, name in enumerate(calendar.month_name) if name}
MONTH = "(?:" + "|".join(calendar.month_name[1:]) + ")"
DAY_MONTH_YEAR = re.compile(
    rf"\b(?P<d1>\d{{1,2}})(?:\s*[-–]\s*(?P<d2>\d{{1,2}}))?\s+(?P<m>{MONTH}),?\s+(?P<y>\d{{4}})\b"
)
MONTH_DAY_YEAR = re.compile(
    rf"\b(?P<m>{MONTH})\s+(?P<d1>\d{{1,2}})(?:\s*[-–]\s*(?P<d2>\d{{1,2}}))?\b"
    r"(?:,?\s+(?P<y>\d{4})\b)?"
)
MEETING_WORDS = re.compile(
    r"\b(?:held|meeting|talks|round|summit|session|met|gathered|convened|adopted)\b", re.I
)
NOT_THE_MEETING = re.compile(
    r"(?:\bMemorandum\b|\bagreed\b|\bCongress\b|\bsince\b|\bsigned\b|\bresolution\b|"
    r"\bof\s*$|^\s*On\s*$|\bnext\b|\bwill\b)",
    re.IGNORECASE,
)
WEEKDAY = re.compile(r"\bon\s+(" + "|".join(calendar.day_name) + r")\b")

CITIES = ("Astana", "Nur-Sultan", "Sochi", "Ankara", "Tehran", "Moscow", "Istanbul", "Doha")
CITY = "(?P<city>" + "|".join(re.escape(c) for c in CITIES) + ")"
CITY_PATTERNS = (
    (3, re.compile(rf"\A\s*(?:[^\n]*\n+){{0,3}}\s*(?i:{CITY})\s*(?:,|–|—|-|\()")),
    (2, re.compile(rf"\bMeeting on Syria in {CITY}")),
    (
        2,
        re.compile(
            rf"\b(?:held|hosting|hosted|convened|met|gathered)\s+(?:\w+\s+){{0,3}}in\s+{CITY}"
        ),
    ),
    (
        2,
        re.compile(
            r"\b(?:meeting|talks|round|summit|session)\b[^.;\n]{0,60}?\bin\s+"
            rf"(?:Kazakhstan['’]s capital(?: of)?\s+)?{CITY}",
            re.IGNORECASE,
        ),
    ),
    (1, re.compile(rf"\b{CITY}\s+(?:talks|process|format|summit|meeting)\b")),
)

KIND_PATTERNS: tuple[tuple[RoundKind, int, re.Pattern[str]], ...] = (
    ("astana-round", 3, re.compile(r"\bInternational (?:High-Level )?Meeting on Syria\b", re.I)),
    (
        "astana-round",
        3,
        re.compile(
            r"\bround of (?:the )?(?:Astana|Nur-Sultan)\b|\b(?:Astana|Nur-Sultan) (?:talks|"
            r"process|format) round\b|\bAstana-\d{1,2}\b",
            re.I,
        ),
    ),
    ("astana-round", 1, re.compile(r"\bhigh-level (?:international )?meeting on Syria\b", re.I)),
    (
        "ministerial-meeting",
        3,
        re.compile(
            r"\bforeign ministers\b|\bministers of foreign affairs\b|\btop diplomats\b", re.I
        ),
    ),
    (
        "trilateral-summit",
        3,
        re.compile(r"\bsummit\b|\bheads of state\b|\bpresidents of (?:Iran|Russia|Turkey)", re.I),
    ),
    (
        "bilateral-memorandum",
        3,
        re.compile(
            r"\bMemorandum on (?:the )?Stabili[sz]ation\b|"
            r"\bAdditional Protocol to the Memorandum\b",
            re.I,
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
        rf"\b{ORDINAL}\s+(?:round|(?:high-level\s+)?(?:international\s+)?(?:high-level\s+)?"
        r"meeting on Syria)\b",
        re.IGNORECASE,
    ),
    re.compile(r"\bAstana-(?P<num>\d{1,2})\b|\bround\s+(?P<num2>\d{1,2})\b", re.IGNORECASE),
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
ATTENDANCE = re.compile(
    r"\b(?:observers?|attended|brought together|took part|participat\w*|high representatives|"
    r"delegations?)\b",
    re.IGNORECASE,
)

NUMBER_WORDS = {"three": 3, "six": 6, "twelve": 12, "3": 3, "6": 6, "12": 12}
VALIDITY = (
    (
        "initial_months",
        re.compile(
            r"\binitial(?:ly)?\s+(?:be\s+)?(?:for\s+|of\s+)?(?P<n>six|three|twelve|\d{1,2})\s+months\b|"
            r"\bduration of initially\s+(?P<n2>six|three|twelve|\d{1,2})\s+months\b|"
            r"\binitial (?:period|duration|term) of (?P<n3>six|three|twelve|\d{1,2})\s+months\b",
            re.IGNORECASE,
        ),
    ),
    (
        "extension",
        re.compile(
            r"\bautomatic(?:ally)?\s+(?:be\s+)?(?:extended|extension|renewed|prolonged)\b|"
            r"\b(?:extended|renewed|prolonged)\s+automatically\b",
            re.IGNORECASE,
        ),
    ),
    (
        "extension_months",
        re.compile(
            r"\b(?:for|by)\s+(?:another|a further|an additional)\s+(?P<n>six|three|twelve|\d{1,2})"
            r"\s+months\b",
            re.IGNORECASE,
        ),
    ),
    ("temporary", re.compile(r"\btemporary measure\b", re.IGNORECASE)),
    (
        "control_forces",
        re.compile(r"\b(?:de-?\s?escalation\s+)?control forces\b", re.IGNORECASE),
    ),
    (
        "coordination_centre",
        re.compile(r"\bjoint\b[\w\s-]{0,40}?\bcoordinati\w*\s+cent(?:re|er)\b", re.IGNORECASE),
    ),
)
REFERENCE = re.compile(
    rf"\b(?P<title>Memorandum|Sochi Memorandum|Additional Protocol)\b[^.;]{{0,120}}?"
    rf"(?:of|dated|on|signed on)\s+"
    rf"(?P<date>\d{{1,2}}\s+{MONTH},?\s+\d{{4}}|{MONTH}\s+\d{{1,2}},?\s+\d{{4}})"
)
MAPS = re.compile(
    rf"\bmaps?\s+agreed(?:\s+upon)?\s+(?:in\s+{CITY}\s+on\s+(?P<d1>[^.;,()]+?\d{{4}}|[^.;,()]+?\d{{1,2}})"
    rf"|on\s+(?P<d2>[^.;,()]+?)\s+in\s+(?P<city2>{'|'.join(CITIES)}))\b"
)
