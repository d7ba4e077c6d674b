"""Word lists the extraction rules rely on: speech verbs, role words, and capitalised words that are
never people. Kept in one place so every rule agrees on what a name is."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Verbs that report speech ("Zidane said", "said Wenger", "he told BBC Sport", "insisting: …").
SPEECH_VERBS = frozenset(
    """said says say added adds told tells insisted insists admitted admits explained explains claimed
    claims revealed reveals stated states declared declares warned warns conceded concedes confirmed
    confirms argued argues believes believed reckons reckoned commented comments continued continues
    stressed stresses joked jokes urged urges promised promises suggested suggests noted notes asked
    asks replied replies maintained maintains acknowledged acknowledges vowed vows predicted predicts
    agreed agrees told said fumed raged protested protests complained complains remarked remarks
    observed observes announced announces wrote writes posted posted tweeted tweets reflected reflects
    lamented laments boasted boasts accepted accepts recalled recalls described describes summed sums
    countered counters hit hits blasted blasts read reads
    saying adding insisting admitting explaining claiming stating declaring warning conceding confirming
    arguing stressing joking urging promising suggesting noting asking replying maintaining
    acknowledging vowing predicting complaining remarking observing announcing reflecting lamenting
    boasting recalling describing""".split()
)  # participles too: "… he said, adding: …", "Hughes claiming it had been an "emotional time""

# Words that describe someone's job or standing and precede the name ("Defender Sergio Ramos").
ROLE_WORDS = frozenset(
    """defender striker midfielder keeper goalkeeper winger forward captain skipper manager boss coach
    chairman chief executive director president owner star veteran international former ex assistant
    full-back centre-back left-back right-back centre-half teenager youngster playmaker substitute
    midfield defence attack head legend frontman stopper player players team-mate teammate colleague
    striker's manager's coach's boss's spokesman spokeswoman spokesperson secretary general caretaker
    interim new old club referee ref official pundit chairwoman vice-chairman chief-executive fan
    supporter agent rival counterpart countryman compatriot summer signing signing loanee stand-in
    acting senior junior sporting technical first-team reserve youth academy goalscorer scorer matchwinner match-winner england france spain
    italy germany scotland wales ireland holland portugal brazil argentina""".split()
)

# Nationality nouns and descriptive heads used as "the Frenchman said", "the 36-year-old said".
DESCRIPTOR_HEADS = frozenset(
    """frenchman dutchman spaniard italian german portuguese brazilian argentine argentinian scot
    scotsman welshman irishman englishman englishman norwegian swede dane finn belgian swiss
    austrian czech pole russian ukrainian croat serb greek turk nigerian cameroonian ivorian
    senegalese ghanaian australian american american mexican colombian uruguayan chilean
    paraguayan japanese korean chinese egyptian moroccan algerian tunisian icelander
    manager boss coach striker defender midfielder keeper goalkeeper winger forward captain
    skipper chairman veteran youngster teenager player star international frontman stopper
    chief executive midfielder playmaker official referee president director spokesman
    spokeswoman spokesperson man basque slovak slovene kiwi aussie fleming walloon geordie scouser cockney
    brummie cypriot uzbek kazakh thai kosovar turkmen afghan bosniak""".split()
)

PRONOUNS = frozenset({"he", "she"})

# Bodies that issue statements in their own name ("Uefa explained that …"); clubs speak for themselves too.
ORGANISATIONS = frozenset(
    "uefa fifa fa sfa fai faw ifa pfa lma spl knvb concacaf conmebol caf ioc".split()
    + ["premier league", "football league", "football association", "scottish football association",
       "scottish premier league", "league managers association", "football association of ireland",
       "football association of wales", "irish football association", "professional footballers' association"]
)

# Bodies by their initials, with the full names an article may spell out instead.
ORGANISATION_NAMES = {
    "fa": "Football Association", "sfa": "Scottish Football Association", "fai": "Football Association of Ireland",
    "faw": "Football Association of Wales", "pfa": "Professional Footballers' Association",
    "lma": "League Managers Association", "spl": "Scottish Premier League",
}

# Capitalised words that start or fill a run but are never part of a person's name.
NOT_NAME_WORDS = frozenset(
    """the a an and but or so if when while after before he she it they we i you his her their our my
    its this that these those there here however although though with without for from in on at by to
    of as both last next first second third then now also meanwhile despite since until even yet still
    just only what who why how where which whose mr mrs ms dr monday tuesday wednesday thursday
    friday saturday sunday january february march april may june july august september october
    november december league cup premiership premier championship division champions uefa fifa fa bbc
    sport sports stadium park road lane ground arena england scotland wales ireland europe european
    world international national club fc afc cf gmt bst am pm one two three four five six seven eight
    nine ten no not all any some every each many much more most other another such nor let yes
    listen read click watch see full interview report reports radio live online website tv
    television news press times mail mirror sun guardian telegraph independent express star herald
    echo evening standard observer daily sunday weekly magazine channel sky itv espn fox asia
    goals goal booked att ref subs used not referee half time extra penalty penalties attendance
    african asian american south north east west central united kingdom britain british french
    spanish italian german dutch portuguese brazilian argentine scottish welsh irish english
    english greek danish swedish norwegian belgian russian turkish swiss austrian czech polish
    frenchman dutchman spaniard italian scot portuguese carling coca-cola cis insurance bank
    barclays nationwide conference trophy shield super round semi-final quarter-final final finals
    replay leg group stage season campaign tie match game derby friendly qualifier qualifiers
    christmas easter new year day boxing olympic olympics games copa del rey la liga serie bundesliga
    ligue primera had has have was were is are did does do will would could should can might must
    asked speaking having being following during whether early late despite although unless once
    qatar spain italy germany france portugal holland netherlands belgium brazil
    argentina russia turkey greece japan china korea usa america australia africa nigeria cameroon
    senegal ghana ivory coast egypt morocco tunisia algeria mexico croatia serbia poland ukraine
    sweden norway denmark finland iceland austria switzerland czech republic hungary romania
    bulgaria israel london manchester liverpool glasgow madrid barcelona rome paris munich
    lisbon amsterdam nobody everybody somebody anybody everyone someone anyone""".split()
)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case- and accent-insensitive key: "Leganés" and "leganes" fold alike."""
    if text.isascii():
        return text.casefold()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("\u2019", "'").casefold()


UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_NAME_TOKEN_TAIL = r"[\w'’\-]*"
NAME_TOKEN = rf"[{UPPER}]{_NAME_TOKEN_TAIL}"  # "McDermott", "O'Shea", "N'Gotty" start with a capital too
NAME_PARTICLES = r"(?:de|da|van|der|den|von|di|dos|du|le|la|del|de la|van der|van den|ten|ter|al|el|bin)"
# A run of capitalised tokens, allowing lowercase particles inside ("Ruud van Nistelrooy").
_NEXT_NAME_TOKEN = rf"[ \t]+(?:{NAME_PARTICLES}[ \t]+)?{NAME_TOKEN}"
# At a word start; the check stands after the capital so the scanner can jump from capital to capital.
NAME_RUN = re.compile(rf"[{UPPER}](?<!\w.){_NAME_TOKEN_TAIL}(?:{_NEXT_NAME_TOKEN})*")
MULTI_WORD_NAME_RUN = re.compile(rf"[{UPPER}](?<!\w.){_NAME_TOKEN_TAIL}(?:{_NEXT_NAME_TOKEN})+")


def strip_possessive(token: str) -> str:
    """"Wenger's" -> "Wenger"; "Jones'" -> "Jones"."""
    for suffix in ("'s", "’s", "'", "’"):
        if token.endswith(suffix):
            return token[: -len(suffix)]
    return token


def is_name_token(token: str) -> bool:
    if token[:2] in ("I'", "I’"):
        return False  # "I'll", "I'm", "I've"
    if len(token) > 1 and token.isupper():
        return False  # "Graz AK", "PSV": initials name clubs and bodies, not people
    return fold(strip_possessive(token)) not in NOT_NAME_WORDS
