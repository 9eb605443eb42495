"""The words and patterns zones and their validity are read with: one place to extend them.

Each pattern is written for the uneven English translations of the Astana statements and of
the news reports about them ("de-escalation areas", "tension-reduction zones", "East Gut",
"Idleb"). The meeting's words (dates, cities, kinds) are in :mod:`.meeting_vocabulary`.
"""

from __future__ import annotations

import re

from .meeting_vocabulary import CITIES, CITY, MONTH

ZONE_TERM = re.compile(
    r"\b(?P<kind>de-?\s?escalation|tension[-\s]reduction|security|safe|demilitari[sz]ed|buffer)"
    r"\s+(?:zones?|areas?|belt|corridor|strip)\b|\bzones?\s+of\s+de-?escalation\b|"
    r"\b(?P<corridor>security\s+corridor)\b",
    re.IGNORECASE,
)
# Sentences that are about the zones without a zone term: a description of what the areas
# cover ("the areas cover the northwestern province of Idlib ..."), or the arrangements for a
# place that only a zone's instruments make ("all existing agreements on Idlib", "calm on the
# ground", the guarantors' words for the zone's regime).
DESCRIBES_ZONES = re.compile(
    r"\b(?:zones?|areas?)(?:[^.;,]{0,40},\s*which|,\s*which)?\s+(?:cover|covers|covering|"
    r"include|includes|comprise|"
    r"comprises|encompass|encompasses|takes?\s+in|stretch(?:es)?\s+over|spans?|"
    r"extends?\s+over)\b",
    re.IGNORECASE,
)
ARRANGEMENTS_FOR = re.compile(
    r"\b(?:agreements|arrangements)\s+(?:on|regarding|related\s+to|concerning)\b|"
    r"\bcalm\s+on\s+the\s+ground\b|"
    r"\bimplement(?:ation\s+of|ing)\s+(?:all\s+)?(?:the\s+)?(?:existing\s+)?"
    r"(?:agreements|arrangements)\b",
    re.IGNORECASE,
)
# "Ghouta zone"; a run of spaces is tried from its first character only, so searches stay linear.
ZONE_AFTER = re.compile(r"(?<!\s)\s+(?:de-?\s?escalation\s+)?zone\b", re.IGNORECASE)
ZONE_WORD = re.compile(r"\b(?:zones?|areas?|corridor|DMZ)\b", re.IGNORECASE)
ALL_FOUR = re.compile(
    r"\ball\s+(?:the\s+)?(?:four\s+|4\s+)?(?:de-?\s?escalation|tension[-\s]reduction)\s+"
    # "the four areas", but not "the last of the four areas", which speaks of one
    r"(?:zones|areas)\b|(?<!of )\b(?:the\s+)?(?<!of the )four\s+"
    r"(?:de-?\s?escalation|tension[-\s]reduction)\s+(?:zones|areas)\b|"
    r"\b(?:such|these|all four|all the four)\s+(?:zones|areas)\b",
    re.IGNORECASE,
)
# The zones in general: "the de-escalation zones", "de-escalation areas in Syria".
ZONES_IN_GENERAL = re.compile(
    r"\b(?:de-?\s?escalation|tension[-\s]reduction|security)\s+(?:zones|areas)\b", re.IGNORECASE
)
# An earlier instrument named by what it created: "the agreement on the creation of a
# demilitarized zone" recalls the instrument, it says nothing new of the zone.
CREATED_BY = re.compile(
    r"\b(?:memorandum|agreement)\b[^.;]{0,60}\bcreation of (?:an?\s+|the\s+)?$", re.IGNORECASE
)
# Sentences about these are not about where a zone lies, even when they name one.
OFF_TOPIC = {
    "humanitarian access or aid": re.compile(
        r"\b(?:humanitarian|aid|relief|convoys?|besieged|evacuat\w*|access)\b", re.IGNORECASE
    ),
    "fighting": re.compile(
        r"\b(?:offensive|battles?|shell(?:ing|ed)|air\s?strikes?|bombard\w*|assault|"
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
    (
        "ended",
        re.compile(
            r"\b(?:terminat\w*|dissolv\w*|abolish\w*|ceas(?:e|ed|es) to exist|no longer exists?)\b",
            re.I,
        ),
    ),
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

NUMBER_WORDS = {"three": 3, "six": 6, "twelve": 12, "3": 3, "6": 6, "12": 12}
VALIDITY = (
    (
        "initial_months",
        re.compile(
            r"\binitial(?:ly)?\s+(?:be\s+)?(?:for\s+|of\s+)?(?P<n>six|three|twelve|\d{1,2})\s+months\b|"
            r"\btemporary measure,?\s+(?:lasting|of|for|renewable after)\s+"
            r"(?P<n4>six|three|twelve|\d{1,2})\s+months\b|"
            r"\bduration of initially\s+(?P<n2>six|three|twelve|\d{1,2})\s+months\b|"
            r"\binitial (?:period|duration|term) of (?P<n3>six|three|twelve|\d{1,2})\s+months\b",
            re.IGNORECASE,
        ),
    ),
    (
        "extension",
        re.compile(
            r"\bautomatic(?:ally)?\s+(?:be\s+)?(?:extended|extension|renewed|renewal|prolonged|"
            r"prolongation)\b|"
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
