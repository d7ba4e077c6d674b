"""Match results, scorers, legs and two-legged ties read from an article.

Each result comes from one sentence: a score, the words around it that say who won ("beat",
"were beaten", "a 2-0 win against"), the clubs named there, and hints at the venue ("at Highbury",
"away to"). Team sheets add scorers. Aggregates make a missing leg certain; ties are computed from
their legs and checked against what the text says ("on away goals", "on penalties").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import combinations
from datetime import date, timedelta
from functools import cached_property

from ..model import Match, Scorer, Tie
from .lexicon import DESCRIPTOR_HEADS, NAME_RUN, NOT_NAME_WORDS, fold
from .names import NameBook, name_tokens
from .patterns import whole_words, word_list
from .quotes import quoted_ranges, unquoted
from .teams import Mention, Teams, grounds
from .text import SENTENCE_END, paragraphs, sentence_starts

SCORE = re.compile(r"(?<![\d,.:/£$€-])(\d{1,2}) ?[-–] ?(\d{1,2})(?![\d/]|-\d| ?(?:mins?|minutes|years?|months?|weeks?)\b)"
                   r"|\b(?P<nil>(?:goalless|scoreless)(?= (?:draw|stalemate|first leg|first-leg|second leg|second-leg)\b)"
                   r"|(?:(?<=finished )|(?<=ended ))(?:goalless|scoreless))")
# "a goalless draw", "a goalless first leg", "the match finished goalless": a 0-0
_TEAM_NAME = r"[A-Z][\w.'’&-]*(?: (?:of |de |del |la )?[A-Z&][\w.'’&-]*){0,3}"
_DIGITS_DASH = re.compile(r"[0-9] ?[-–] ?[0-9]")  # opens with a digit class: re scans straight to digits
# "Hereford 1-1 Doncaster", also with a standfirst after it ("City 2-1 United: late header settles derby")
_HEADLINE = re.compile(rf"^(?:(?P<home>{_TEAM_NAME}) (?P<hs>\d{{1,2}}) ?[-–—] ?(?P<as>\d{{1,2}}) (?P<away>{_TEAM_NAME})"
                       # a score line as wires write it: "Sheffield Wednesday 2 Southampton 1", "Sounders 3, Galaxy 1"
                       rf"|(?P<home2>{_TEAM_NAME}) (?P<hs2>\d{{1,2}}),? (?P<away2>{_TEAM_NAME}) (?P<as2>\d{{1,2}}))"
                       r"(?:\s+\((?P<aside>[^()]{1,80})\))?(?:\.?$|:\s+\S|\s+[-–—|]\s+\S)")  # "(aet, 4-3 on pens)"
# "…: Accrington Stanley 1 Salford City 1; Barrow 2 Tranmere Rovers 0." (an item opens the sentence or
# follows a colon or semicolon, and ends one or the list)
_WIRE_ITEM = re.compile(rf"(?:^|[:;]\s+|,\s+)(?P<home>{_TEAM_NAME}) (?P<hs>\d{{1,2}}),? (?P<away>{_TEAM_NAME}) (?P<as>\d{{1,2}})(?=\s*(?:[;.,(]|$))")
_BRACKETED_SCORERS = re.compile(r"\s*\((?P<names>[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)?(?: \d{1,3})?"
                                r"(?:, [A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)?(?: \d{1,3})?)*)\)")  # "(Kinsella, Vaughan 78)"
_LIVE_MOMENT = re.compile(r"(?:\bGOAL\b!?|\bHALF-TIME\b:?|\b[Hh]alf-time:|\bHT:?|\d{1,3}(?:\+\d{1,2})?(?:'| ?mins?\b):?)\s*$")
_STANDINGS = re.compile(r"\b(?:pts|points|standings|[Tt]able)\b")
_WIRE_ITEM_HINT = re.compile(r"(?<=[A-Za-z] )\d{1,2},? [A-Z][^;]{0,60}? \d{1,2}\s*(?:[;.,(]|$)")  # opens with a digit: scans fast


_FEW = 50  # results of one side looked through for the match a sentence tells; more than that, it cannot be told
_FEW_CLUBS = 6


def _two_at_most(groups) -> list:
    """Up to two distinct results from groups of them (read no further): is the match a sentence tells one?"""
    seen: dict[int, object] = {}
    for group in groups:
        for f in group:
            seen.setdefault(id(f), f)
            if len(seen) > 1:
                return list(seen.values())
    return list(seen.values())


def _may_list_wire_items(text: str) -> bool:
    """A cheap test before reading wire items: a list follows a colon or is cut by semicolons; a table's
    list counts points ("Standings: Netherlands 12 pts, France 11, Ireland 9"), not goals."""
    return (":" in text or ";" in text) and _WIRE_ITEM_HINT.search(text) is not None and _STANDINGS.search(text) is None


def _tells_kicks(text: str) -> bool:
    """Whether a sentence tells a shoot-out's kicks (a cheap test before the pattern)."""
    lowered = text.lower()
    return ("kick" in lowered or "shoot" in lowered or "sudden" in lowered or "penalt" in lowered) \
        and _SHOOTOUT_TOLD.search(text) is not None


def _may_hold_score(text: str) -> bool:
    """A cheap test before the exact SCORE pattern."""
    return _DIGITS_DASH.search(text) is not None or "goalless" in text or "scoreless" in text


_OFF = r"saw off|see off|sees off|seeing off|knocked out|knocking out|dumped out"  # a win that makes the side after it an object
_PAST = r"(?:edge|edges|edging|ease|eases|eased|easing|cruise|cruises|cruised|cruising|swept|sweep|sweeps|sweeping|brushed|brush|breezed|strolled) (?:past|aside|by)"
_WIN = (r"(?:had|have|has|having) beaten|won|win|wins|winners|winning|beat|beats|beating|victory|victories|triumph|thrashed|thrashing|crushed|hammered|"
        r"routed|edged|edging|edges|defeated|defeating|defeat of(?=\s+(?-i:[A-Z]))|overcame|claimed|clinched|clinch|" + _OFF + r"|"
        r"eliminated|went through|" + _PAST)  # "Brighton's 3-0 defeat of Southampton" is a win
_LOSE = (r"lost|lose|loses|losing|defeat|beaten|loss|went down|going down|slumped|fell|succumbed|went out|crashed out|"
         r"bowed out")
_DRAW = r"drew|draw|draws|drawing|drawn|stalemate|goalless|tied|tie(?=\s+(?:the\s+)?(?-i:[A-Z]))"  # American: "tied 2-2", "rallied to tie the Seattle Sounders 2-2"
_POLARITY = re.compile(rf"\b(?:(?P<lose_passive>(?:(?:were|was|been|being|got|get|gets|are|is) (?:\w+ )?|(?:side|team|men|XI) )(?:beaten|defeated|thrashed|crushed|hammered|routed|humiliated|edged out|overcome|knocked out|dumped out|eliminated|swept aside|brushed aside)"
                       rf"|(?<=, )(?:beaten|overcome|(?:defeated|thrashed|crushed|hammered|routed|humiliated|edged out|knocked out|dumped out|eliminated)(?!\s+(?-i:[A-Z])))"
                       rf"|(?:thrashing|hammering|drubbing|beating|mauling|battering)(?=\s+(?:by|from|at the hands of)\s))|(?P<win>{_WIN})|(?P<lose>{_LOSE})|(?P<draw>{_DRAW}))\b", re.I)
_TRANSITIVE = re.compile(r"\b(?:(?:had|have|has|having) beaten|beat|beats|beating|defeated|defeating|thrashed|thrashing|crushed|hammered|routed|edged(?: out)?|edging(?: out)?|edges|overcame|" + _OFF + "|" + _PAST +
                         r"|eliminated)\s+(?:the\s+)?(?-i:(?:[a-z][\w\-]*\s+){0,2}?)"  # "thrashed fifth-tier Homburg"
                         r"(?-i:(?:[A-Z][\w\-]*\s+){0,2}[A-Z][\w\-]*(?:'s|’s)\s+)?$", re.I)
_OBJECT_CONTEXT = re.compile(
    r"(?:\b" + word_list("at to against with by v vs over from in on behind above below than".split())
    + r"\s+(?:the\s+)?(?:leaders\s+)?|\b" + word_list(
        "face faces facing faced play plays playing played meet meets met held hold holds holding beat beats beating beaten defeated defeating "
        "thrashed thrashing crushed hammered routed edged edging edges overcame eliminated stunned stunning shocked "
        "humbled humbling embarrassed upset sank sunk denied tie tied".split() + _OFF.split("|") + ["edged out", "edging out"])
    + r"\s+(?-i:[a-z][\w\-]*\s+){0,3}|\b(?:knocked|dumped|sent)\s+(?:[\w\-]+\s+){0,3})$", re.I)  # "beat a very tough Everton", "knocked Ligue 1 side Lens out"
_BEAT_UNKNOWN = re.compile(  # a side the table does not know, beaten just before the score
    r"\b(?:beat|beats|beating|(?:had|have|has|having) beaten|defeated|defeating|thrashed|thrashing|crushed|hammered|routed|edged|overcame)"
    r"\s+(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})\s*$")
_BEAT_THEM = re.compile(  # a named winner, then a pronoun for the loser the text has been about
    r"(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})(?:,[^,]{1,40},)?\s+(?:who\s+)?(?:beat|defeated|thrashed|hammered|"
    r"knocked out|dumped out|eliminated)\s+(?:them|us)\s+$")
_DESCRIBED_SIDE = re.compile(  # a side the table does not know, described by its result
    r"(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2}),\s+(?:who\s+(?:were|was)\s+)?"
    r"(?:beaten|defeated|thrashed|hammered|held|winners|victors)\s+$")
_ROLE_AFTER = re.compile(r"(?:'s|’s)?\s+" + word_list(
    "coach manager boss chairman chief director president owner striker defender midfielder goalkeeper keeper "
    "winger forward captain skipper player players legend fans supporters".split()) + r"\b")
_CAME_FROM = re.compile(r"\b(?:joined|signed|signing|moved|arrived|bought|recruited)\b[^.]{0,40}\bfrom\s+"
                        r"(?:[A-Za-z]+\s+)?(?:club\s+|side\s+)?$")
_PLAYER_OF = re.compile(r"(?:'s|’s) [A-Z][a-z]+ [A-Z]")
_IN_BRACKETS = re.compile(r"\([^()]*$")  # an open bracket before this point: "(Egypt won 4-0 on Wednesday)"
# "at Leeds", "at city rivals Betis" (not "at home to", "at the hands of")
_HOME_OF_NEXT = re.compile(r"(?:^|\s)(?:(?:at|in|away to|away at|away from home at)\s+(?:the\s+)?|"
                           r"(?:at|away to|away at)\s+(?:the\s+)?(?-i:[a-z][\w\-]*\s+){0,2}(?:side|club|outfit|team|minnows)\s+|at\s+(?:the\s+)?(?:(?!(?:home|hands|"
                           r"expense|against|with|over|of|to|by|in|on|for|from|the)\b)(?-i:[a-z]+)\s+){1,2})$", re.I)
_TO_WINNER = re.compile(r"\s+to\s+(?:the\s+)?[A-Z]")
_FIRST_LEG_RESULT = re.compile(r"\s+(?:[A-Z][\w'’]*\s+){0,3}first-leg\s+(?:lead|advantage|win|victory|(?P<lost>defeat|deficit))", re.I)
_LEG_LEAD = re.compile(r"\s*(?:lead|advantage)\s+(?:from|into|in)\s+(?:the\s+)?(?:\w+['’]s\s+)?(?:first|second|1st|2nd)\s+leg", re.I)
_FROM_FIRST_LEG = re.compile(r"\s*from\s+(?:the\s+)?(?:[\w\-]+\s+)?(?:\w+['’]s\s+)?(?:first|1st)\s+leg", re.I)
_DOWN_BEFORE = re.compile(r"\b(?:down|trailing|behind)\s+(?:by\s+)?$", re.I)  # "Down 1-0 from the first leg": a deficit
_SHOOTOUT_BEFORE = re.compile(r"\b(?:shoot-?out|spot-kicks|penalties)\s+(?:\w+\s+){0,2}$", re.I)
# "Chelsea's 1-0 defeat", "the Bluebirds' 1-0 loss": the owner of the result, right before the score
_OWNER_OF_RESULT = re.compile(r"(?P<name>[A-Z][\w.&\-]*(?:\s+[A-Z&][\w.&\-]*){0,3})(?:'s|’s|'|’)\s+(?:[a-z\-]+\s+){0,2}$")
_OPPONENT_SLOT = re.compile(r"\s+(?:(?:[A-Z][\w\-]+\s+){0,2}(?:win|victory|defeat|loss|draw|triumph|success)\s+)?"
                            r"(?:over|against|by|to|with|v|vs\.?)\s+(?:the\s+)?")
_NATION_OWNS = re.compile(r"(?:'s|’s)\s+(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})")
# ", who …"; "Barcelona in the semi-finals, the holders having …"
_WHO_OPENS = re.compile(r",\s+who\s|(?:\s+[a-z][\w\-]*){0,4},\s+the\s+[a-z\-]+\s+having\s")
_WHO_REACH = 120  # characters from "who" to the score it tells
_THEY = re.compile(r"\s*(?:They|Their)\b")
_GOALS_LIST = re.compile(r"\b(?:[Gg]oals|[Ss]trikes)\s+(?:[a-z\-]+\s+){0,3}?from\s+(?P<names>[A-Z][^.;]{0,80}?\s+and\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)*)")
_TIMES = re.compile(r"\b(?:twice|brace|double|two goals|hat-trick)\b", re.I)
_ANOTHER_UNNAMED = re.compile(r",?\s+(?:plus|as well as|and)\s+(?:an?|the)\s+(?:[\w\-]+\s+)?(?:penalty|own goal|own-goal|strike|goal)\b")
# a match other than the one reported: "in midweek", "when the sides last met"
_ELSEWHEN = re.compile(r"\b(?:in midweek|last (?:meeting|season|week|month|year|time)|last met|earlier (?:this|in the) "
                       r"(?:season|week|month)|previous (?:meeting|match|game|round)|for the reserves)\b", re.I)
# a hope or a forecast, not a result: "favourites to beat Celtic", "set to face"
# (_HYPOTHETICAL reads "can beat", "hoping to beat"; these are the forecasts a report's opening adds)
_HOPE = re.compile(r"\b(?:favourites|favorites|expected|set|tipped|likely|will|bid|bidding|looking|trying|"
                   r"need|needs|hope|hoping|want|wants|aim|aiming)\s+(?:\w+\s+){0,4}$", re.I)
_LONE_GOAL = re.compile(r"\b(?:only goal|lone goal|solitary goal|single goal|proved enough|was enough|decisive goal|matchwinner)\b", re.I)
_EQUALISED = re.compile(r"\b(?:equalis\w*|levell\w*|level terms)\b", re.I)
# what a report says when the beaten side scored: its goals cannot be counted from names
_LOSER_SCORED = re.compile(r"\b(?:consolation|pulled (?:one|a goal) back|reduced the deficit|halved the deficit|own goal)\b|"
                           + _EQUALISED.pattern, re.I)
_NIL = re.compile(r"\b(?:goalless|scoreless|nil-nil)\b", re.I)
_AND_BEFORE = re.compile(r",?\s+and\s+(?:the\s+)?$")  # "… and Chelsea": a new clause opening on a club
_POSSESSIVE_GAP = re.compile(r"(?:'s|’s|')\s+")
_SQUAD = re.compile(r"\s+(?:Women|Ladies|Reserves|U\d\ds?|Under-\d\ds)$")
_CLAUSE_OR_SCORE = re.compile(r"[,;]|\d ?[-–] ?\d")
_MADE_IT = re.compile(r"\b(?:make|made|makes|making)\s+it\s+$", re.I)
_LAST_DAY = re.compile(r"\blast (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|weekend)\b")
_AFTER_THE = re.compile(r"\bafter\s+(?:the|a|their|its)\s+(?:[a-z\-]+\s+)?$", re.I)
_EARLIER = re.compile(r"\b(?:ago|last week|last month|earlier|previous|first leg|first meeting)\b", re.I)
_LEG_OR_TIE = re.compile(r"\bleg\b|\baggregate\b|\bthe tie\b|\bagg\b", re.I)
_OF_A_TIE = re.compile(r"\baggregate\b|\b(?:second|return) leg\b|\bthe tie\b", re.I)
_CLAUSE_OPENS = re.compile(r"(?:[,;]\s+|\b(?:while|whereas|and|but)\s+)$")  # what stands before a clause's subject
_LEVEL_AT_END = re.compile(r"\b(?:finished|held|pegged back)\s+(?:at\s+|to\s+)?$", re.I)  # "were held to 1-1", "pegged back to 2-2"
_IN_GAME = re.compile(r"\s*(?:until|before|when|for|going|with|at half|at the break|in the first)\b", re.I)  # not yet final
_GROUND_WORDS = frozenset("estadio estadi stadio stade stadion stadium arena park".split())
_AGG_IN_ASIDE = re.compile(r"\bagg(?:regate)?\.?\s*$", re.I)
# "we" the speaker's side, just before the result: "we lost 1-0", "we beat Luton 5-0", "they beat us 5-0"
_WE_WORD = re.compile(r"\b(?:we|us)\b", re.I)
_OWN_RESULT_OPENING = re.compile(r"[\"“]?\s*(?:Losing|Beating|Drawing|Winning)\s+$")
_WE_BEFORE = re.compile(r"\b(?:we\s+(?:(?:[a-z]+|[A-Z][\w'’\-]+)\s+){1,8}|us\s+)$", re.I)  # "we went to Swansea on Tuesday and won 1-0"
_HIS_SIDE = re.compile(r"\b(?:his|her)\s+(?:side|team|men|club)(?:'s|’s|')\s+(?:[a-z\-]+\s+){0,2}$")  # "his side's 3-2 win"
_CLUB_THEN_ROLE = re.compile(r"(?:'s|’s)?\s+(?:caretaker\s+|head\s+)?")  # "Chelsea boss", "Celtic's caretaker manager"
_UNNAMED_OWNER = re.compile(r"\b[a-z]+(?:'s|’s|s'|s’)\s+(?:[a-z\-]+\s+){0,2}$")  # any owner not named: "the hosts' 3-2 win"
_ACTS_NEXT = re.compile(r"\s+(?:[a-z]+ed|won|lost|drew|beat|were|was|are|is|have|has|had|will|came|went|held|fell|face|faces|"
                        r"host|hosts|sit|sits|stay|stays|remain|remains)\b")  # a verb right after a club: it acts
_MAIN_SUBJECT = re.compile(rf"[^,;.]*,\s+(?P<name>{NAME_RUN.pattern})\s+(?:was|is|has|had|said|says|admitted|insisted|"
                           r"conceded|believes|felt|feels)\b")  # the person a sentence opening on a clause is about
_THEIR_PLACE = re.compile(r"\b(?:their (?:place|ground|patch|stadium)|against them|to them|beat them|there)\b")
_AWAY_AT_THEIRS = re.compile(r"\bat their (?:place|ground|patch|stadium)\b")
_AT_HOME_TO = re.compile(r"[\"“]?\s*(?:At|at) home to\b")
_HERE = re.compile(r"\s+here\b")  # "We beat Brentford 2-0 here": at the speaker's own ground
_QUALIFIERS = re.compile(r"\bqualif(?:ier|iers|ying|ication)\b", re.I)
_SHOOTOUT_TOLD = re.compile(  # the kicks of a shoot-out, not the goals before it ("to force a shoot-out")
    r"\b(?:in the (?:penalty )?shoot-?out|sudden death|spot-kicks|(?<!-)kicks"
    r"|(?:first|second|third|fourth|fifth|opening|decisive|winning|final) (?:kick|penalty|spot-kick) (?!of the (?:game|match|night))"
    r"|decisive (?:kick|penalty|spot-kick))\b", re.I)
_PERSONS_SIDE = re.compile(rf"(?P<name>{NAME_RUN.pattern})(?:'s|’s)\s+(?:side|team|men|women|squad)\b")
_WHERE = re.compile(r",\s+where\b")  # a clause about what happened at a ground
_AT_SCORE = re.compile(r"\bat\s+$")
_LEAD_AFTER = re.compile(r"\s+(?:up|down|ahead|in front)\b(?!\s+(?:at|to|in|of|north|the road)\b)")  # not "3-1 in front of our fans"
_THEN_NEXT = re.compile(r",\s+(?:before|after|then|and then)\s+[a-z]+ing\b")  # a clause telling the next result
_LEFT_BY_IT = re.compile(r",?\s+(?:which|that)\s+(?:has\s+|have\s+)?(?:left|leaves|kept|keeps|lifted|lifts|sent|sends|took|takes|"
                         r"moved|moves|dropped|drops|put|puts)\s+(?:the\s+)?(?=[A-Z])")  # "…, which left Newcastle 11th"
_WRITER = re.compile(r"\bI(?:'m|’m|'ve|’ve|'d|’d)?\b")  # the writer in his own words: a column
_WRITER_ROLE = re.compile(r"(?:'s|’s)?\s+(?:captain|skipper|manager|boss|coach|striker|defender|midfielder|goalkeeper|keeper|winger|forward)\b")
_ANTECEDENT_ACTS = re.compile(r"(?:\s+(?:fans|supporters|players|side|team))?\s+(?:did|[a-z]+ed|won|lost|drew|beat|were|was|had|came|went)\b")
_THEY_BEAT_US = re.compile(r"\bthey\s+(?:beat|thrashed|hammered|defeated|battered)\s+us\s+$")
_THEM_TOLD = re.compile(r"\b(?:them|they)\b")
_WE_TOLD = re.compile(r"\b[Ww]e\b[^,;]{0,50}$")  # "we went there in the top flight and lost 2-0"
_SAME_SCORE = re.compile(r"\bby (?:an? |the )?(?:same|identical) (?:score|scoreline)\b")  # "beaten by the same score"
_OPENING_PLACE = re.compile(r"\s*(?:[A-Z][a-z]+\s+)?[Ii]n\s+(?:the\s+)?")  # a sentence opening on where: "In France, "
_LIST_JOIN = re.compile(r"(?:,\s*|\s+and\s+|,\s+and\s+)(?:the\s+)?")
_QUOTED_OPEN = re.compile(r"[\"“][^\"“”]*[\"”]?")
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
# the same where two apostrophes stand for a double mark (''We beat Chelsea 3-0 last year'')
_QUOTED_OPEN_PAIRS = re.compile(r"(?:[\"“]|'')(?:[^\"“”']|'(?!'))*(?:[\"”]|'')?")
_QUOTED_PAIRS = re.compile(r"(?:[\"“]|'')(?:[^\"“”']|'(?!'))*(?:[\"”]|'')")
_AGGREGATE = re.compile(r"^\s*(?:(?:win|victory|success|triumph|defeat|loss)\s+)?(?:on |in )?agg(?:regate)?\b|^\s*aggregate", re.I)
_AGG_BEFORE = re.compile(r"\baggregate (?:score |lead )?(?:of )?$", re.I)
_LEAD = re.compile(r"\b(?:lead|leading|led|ahead|up|trailing|trail|behind)\s+(?:by\s+)?$", re.I)
_HALFTIME = re.compile(r"^\s*(?:(?:up|down|ahead|behind)\s+)?(?:(?:at|by) (?:half-time|the break|the interval)|"
                       r"(?:at|by|after|in) (?:90 min|normal time|regulation|regular time))", re.I)  # extra time followed
_PENS = re.compile(r"^\s*(?:(?:win|victory|success|defeat|loss)\s+)?(?:on|in) (?:the |a )?(?:penalties|pens|spot-kicks|(?:penalty )?shoot-?out)\b", re.I)
_COMPETITIONS = [
    "Champions League", "Uefa Cup", "UEFA Cup", "Europa League", "FA Cup", "League Cup", "Carling Cup",
    "Copa del Rey", "Premiership", "Premier League", "Championship", "La Liga", "Serie A",
    "Bundesliga", "Ligue 1", "Scottish Cup", "CIS Insurance Cup", "Scottish Premier League", "SPL",
    "World Cup", "Euro 2004", "Euro 2008", "European Championship", "Division One", "Division Two",
    "League One", "League Two", "Cup Winners' Cup", "Community Shield", "Intertoto Cup", "friendly",
    "Coupe de France", "Coppa Italia", "DFB-Pokal", "Copa America", "Africa Cup of Nations", "Nations League",
    "Conference League", "Europa Conference League", "EFL Cup", "Carabao Cup", "Scottish Premiership",
    "Eredivisie", "MLS", "A-League", "Primeira Liga", "Super Lig", "Women's Super League", "National League",
    "Euro 2012", "Euro 2016", "Euro 2020", "Euro 2024", "Euro 2028",
]
_COMPETITION = re.compile(word_list(_COMPETITIONS, word_start=True) + r"\b")
_SIDE_OF = re.compile(r"\s+(?:side|sides|club|clubs|outfit|team|leaders|champions|strugglers|new boys|newcomers|opposition|opponents)\b")
_EXTRA_TIME = re.compile(r"\bextra[- ]time\b|\baet\b|\ba\.e\.t\.", re.I)
_UNFINISHED = re.compile(  # words that say a tie is still being played
    r"\baggregate (?:lead|advantage|deficit)\b|\b(?:need|needs|needing|overturn|trail|trails|trailing|lead|leads|"
    r"leading|hold|holds|take|takes|carry|carries|face|faces|will|ahead of|second leg|return leg|next week|tonight|"
    r"poised)\b", re.I)
_OTHER_CLAUSE = re.compile(r"\s+(?:while|whereas)\b|;")  # a clause about other sides
_SETTLED_BY = re.compile(r"\baway goals?\b|(?P<pens>\bpenalties\b|\bshoot-?out\b|\bspot-kicks\b)", re.I)
_AT_HOME = re.compile(r"\bat home\b|\bhome (?:win|victory|defeat|draw|game|match|fixture)\b|\bon home soil\b", re.I)
_ANY_COMPETITION = re.compile(r"[A-Z](?<!\w.)[\w'’&-]*\s+(?:[A-Z][\w'’&-]*\s+){0,2}(?:Cup|League|Trophy|Shield)\b")
_LEG = re.compile(r"\b(first|second|1st|2nd) leg\b", re.I)
_WEEKDAY = re.compile(r"\b(?:last )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.I)
_SCORER_ROLE = (r"(?:\s+(?-i:[A-Z][\w'’\-]+))?(?:\s+(?:defender|midfielder|striker|forward|winger|keeper|goalkeeper|captain"
                r"|substitute|full-back|centre-back|center back))?")  # "through Brazilian forward Caio Ferraz"
_GOALS_GAP = r"(?:(?!(?:dried|were|was|they|he|she|it|suffered|had|have|are|is)\b)[\w\-]+ ){0,7}?"  # "goals in each half from"
_AHEAD_THROUGH = r"(?:led|lead|ahead|level|levelled|equalised|replied|up|reply|back)\s+(?:[\w\-]+\s+){0,4}?through"
_SCORER_BEFORE = re.compile(r"\b(?:through|(?:(?:(?:\d{1,3}(?:st|nd|rd|th)-minute|late|early|stoppage-time|injury-time|last-minute)\s+)"
                            r"(?:header|strike|penalty|volley|free-kick|finish|effort) from|own goal (?:by|from)(?:\s+the)?|goals? " + _GOALS_GAP + r"from|strikes? from|courtesy of"
                            r"|thanks to|penalty from|(?:winner|equaliser|opener|brace|double|hat-trick)s? from|" + _AHEAD_THROUGH + r"|(?:one|another|a goal|a penalty) (?:by|from))" + _SCORER_ROLE +
                            r"|(?:thanks to|courtesy of|through|after|with|via) (?:a|an) (?:[\w\-]+ )?(?:header|strike|effort|volley|shot) (?:by|from)"
                            r"|(?:was |were )?cancell?ed out by"
                            r"|(?:two|three|four|\d)-goal(?:\s+[a-z\-]+)?|hat-trick hero|goal-?scorer)\s+$", re.I)
_SCORER_VERB = re.compile(  # "Henry, along with Robert Pires, scored": an aside may stand before the verb
    r"(?:(?:,[^,.;]{1,60},|,(?=\s+scored)|,\s+who(?=\s))?\s+(?:himself\s+|herself\s+)?(?:had\s+|has\s+)?(?:also\s+|then\s+|later\s+|earlier\s+|twice\s+|briefly\s+)?(?:scored|netted"
    r"|struck(?=\s*[.,;]|\s+(?:twice|again|first|late|early|home|in|on|after|with|from|for|to\b|a (?:[\w\-]+ )?(?:goal|winner|equaliser|opener|brace)"
    r"|the (?:[\w\-]+ )?(?:winner|equaliser|opener|goal)))|headed (?:home|in)|volleyed (?:home|in)|fired (?:home|in)|slotted|finding the net|found the net|(?:was |were )?(?:also )?on (?:target|the scoresheet)|the (?:scorers|goalscorers|marksmen)\b|held (?:his|her) nerve (?:from the spot|from 12 yards|to (?:score|convert))|equalised|equalized|levelled|leveled|bundled|strike|header|double|brace|own goal"
    r"|pulled (?:one|a goal) back|(?:reduced|halved) the deficit"
    r"|(?:(?:[\w\-]+ ){1,8}?and )?(?:headed|fired|slotted|curled|chipped|lobbed|rifled|steered|poked|side-footed|drilled|tucked|stroked|placed|prodded|swept) (?:the ball )?past"
    r"|rose (?:highest )?to (?:head|nod|power|glance|steer) (?:the ball )?(?:home|in)\b|doubled (?:the|their|his side's) (?:lead|advantage)|opened the scoring"
    r"|(?:added|adding) (?:a|the|two|three|another|one|(?-i:[A-Z])[\w\-]*(?:'s|’s|'|’)) (?:\w+ )?(?:second|third|fourth|fifth|sixth|other goal|goal|more|penalty|header)\b"
    r"|put (?:\w+ ){1,3}(?:ahead|in front|two-up|(?:[\w\-]+ )?(?:goals? )?up\b|\d-\d up\b)"
    r"|(?:tapped|turned|nodded|smashed|swept|side-footed|converted|lashed|rifled|drilled|prodded|stabbed|glanced|tucked|steered"
    r"|poked) (?:home|in)\b"
    r"|(?:curled|whipped|bent|flicked) (?:home|in)\b(?! (?:a|the|his|her) (?:[\w\-]+ )?(?:cross|corner|ball|pass|delivery))"
    r"|(?:(?:[\w\-]+ ){1,8}?and )?(?:curled|whipped|bent|drilled|fired|lashed|rifled|smashed|chipped|lobbed|volleyed|headed|stroked|placed"
    r"|drove|slid|side-footed|curling|drilling|firing|lashing|rifling|smashing|chipping|volleying|heading|stroking|placing|driving)"
    r" (?:a|an|the|his|her) (?:[\w\-]+ ){0,2}?(?:shot|free-kick|free kick|effort|strike|volley|drive|header|penalty|finish)"
    r" (?:from (?:\d{1,2}|[\w\-]+) yards )?(?:into (?!the side netting|the stands|the crowd|the arms)|past (?!the post|the bar|the upright)|beyond|home|in\b|under"
    r"|inside the (?:far |near |left |right )?(?:post|corner)"
    r"|through|over the wall|over the keeper|over the goalkeeper)(?![^.;]{0,40}\b(?:but|and) (?:it|the ball) (?:hit|struck|was saved|came back))"
    r"|converted (?:a|the|his|her) (?:[\w\-]+ )?(?:penalty|spot-kick|rebound|cross|chance)|converted from the (?:penalty )?spot"
    r"|(?:(?:got|stepped) up (?:and|to) )?(?:sent|send|sending) (?:the )?(?:goalkeeper|keeper|(?-i:[A-Z][\w\-]+)) the wrong way"
    r"|had the final say|(?:[\w\-]+ ){1,5}?with the (?:winning|decisive|deciding|only) goal|reacted quickest|(?:[a-z]+ing|[a-z]+ed) the ball into the (?:roof of the |back of the |bottom of the )?net"
    r"|headed into the (?:[\w\-]+ )?(?:net|corner)|(?:was |is )?(?:again |once again |also )?the (?:man|woman|player) to (?:open the scoring|break the deadlock|score)"
    r"|(?:(?:[\w\-]+ ){1,8}?and )?(?:lifted|chipped|lobbed|clipped|dinked|slotted|tucked|rolled|placed|slid|drilled|fired|curled|stroked)"
    r" (?:it|the ball) (?:over|past|beyond|under|round) (?:the )?(?:[\w\-]+ )?(?:goalkeeper|keeper)\b"
    r"|(?:helped|helping) (?:himself|herself) to (?:a|another|his|her|two|three) (?:[\w\-]+ )?(?:hat-trick|brace|double|goals?)"
    r"|sealed (?:it|the win|victory|the victory|the points)(?!\s+with\s+(?:a|an|his)\s+(?:[\w\-]+\s+)?(?:substitution|change|save|tackle|block))"
    r"|won it(?!\s+back)|replied for"
    r"|cancell?ed out (?:[\w'’\-]+ ){0,3}?(?:opener|goal|lead|strike|header|penalty|effort|equaliser|double)"
    r"|(?:[\w\-]+ ){0,3}?(?:to )?(?:turn|turned|turning|put|putting|divert|diverted|diverting|deflect|deflected|slice|sliced"
    r"|head|headed|steer|steered) (?:[\w\-]+ ){0,6}(?:into (?:his|her) own net|past (?:his|her) own (?:keeper|goalkeeper))"
    r"|restored (?:the|their|his side's|[\w\-]+(?:'s|’s)) (?:lead|advantage)"
    r"|made it \d{1,2}-\d{1,2}|found the target|completed (?:his|a) hat-trick"
    r"|(?:got|added|scored|grabbed|netted|getting|adding|scoring|grabbing|netting) (?:the (?:others|other (?:one|goal|two|three)|rest)"
    r"|(?:one|a goal) (?:apiece|each))\b"  # "X and Y got the others"
    r"|rounded (?:things|it|the (?:scoring|win|victory)) off|rounded off the (?:scoring|win|victory|rout)|wrapped (?:it|things) up"
    r"|tied it\b|made sure\b"
    r"|(?:pulled|brought|hauled|dragged) (?:[\w\-]+ ){1,2}level|finished off (?:a|the) (?:[\w\-]+ ){0,3}(?:move|counter-?attack|counter|break|attack)"
    r"|completed (?:his|her|a) hat[- ]trick"
    r"|scoring|netting|equalising|equalizing|(?:heading|firing|volleying|tapping|slotting|nodding|curling|smashing|poking|turning|sweeping"
    r"|steering|prodding|stabbing|lashing|drilling|rifling) (?:home|in)\b(?! (?:a|the|his|her) (?:[\w\-]+ )?(?:cross|corner|ball|pass))"
    r"|(?:grabbed|snatched|bagged|poked|hit|got|grabbing|snatching|bagging|hitting|getting|headed|fired|volleyed|curled"
    r"|drilled|smashed|nodded|heading|firing|volleying|curling|drilling|smashing|nodding)"
    r" (?:a|an|the|his|two|three|another)(?: [\w\-]+){0,2}?"
    r" (?:goal|goals|equaliser|winner|opener|consolation|double|brace|hat-trick)(?![\w\-])"
    r"|(?:gave|given|give|gives|giving) (?!away\b)(?:[\w\-]+ ){1,3}?(?:the|an?) (?:[\w\-]+ )?lead"  # "Torres gave Atletico an early lead"
    r"|(?:gave|given) (?!away\b)(?:[\w\-]+ ){1,3}?(?:the|an?) (?:[\w\-]+ )?start with (?:a|an|his) (?:[\w\-]+ )?(?:goal|strike|header)"
    r"|(?:was|were) (?:on hand|in the right place|quickest to react|first to react|left unmarked) to "
    r"(?:score|convert|(?:head|tap|fire|slot|nod|poke|volley|turn|sweep|steer|side-foot|finish) (?:\w+ )?(?:home|in|into|past)))"
    # "Keane, with two goals in the 3-0 win", not "with a goal-line clearance" or "with his strike partner"
    r"|,?\s+with (?:a|an|his|two|three|four|\d) (?:[\w\-]+ )?(?:goal|goals|double|brace|hat-trick|header|strike)"
    r"(?![\w-])(?!\s+partner)"
    r"|(?:'s|’s|,\s+whose)\s+(?:[\w\-]+\s+){0,2}(?:own goal|strike|header|penalty|goal|brace|double|winner|equaliser|equalizer|leveller|opener|consolation"
    r"|curler|tap-in|thunderbolt|screamer)"
    r"|(?:'s|’s)\s+(?:[\w\-]+\s+){0,2}(?:free-kick|shot|drive|volley|effort|finish)\s+(?:rescued|sealed|secured|settled|decided"
    r"|flew in|found the (?:net|(?:[\w\-]+ )?corner)|went in|nestled|curled (?:over the wall|into|in\b|past)|dipped (?:in|under)"
    r"|(?:earned|won) (?:a|the) (?:point|points|draw|win|victory|game|match)"
    r"|(?:[\w\-]+ ){0,5}?gave (?:[\w\-]+ ){1,3}?(?:a|an|the) (?:[\w\-]+ )?(?:win|lead|victory|point|winner|equaliser))"
    r"|(?:'s|’s)\s+(?:[\w\-]+\s+){0,2}(?:finish|strike|header|goal|effort|volley|penalty)\s+(?:[\w\-]+\s+){0,10}?"
    r"(?:was enough|proved enough|proved decisive|settled it|decided it|separat\w+ the (?:sides|teams)|(?:was|proved) the difference))\b", re.I)
_SCORER_LEAD_INS = ("from", "courtesy", "thanks", "through", "by", "goal", "hero")  # in every _SCORER_BEFORE
_HE_OR_HIS = re.compile(r"[Hh](?<![\w].)(?:e|is)(?= )")  # opens with a character set: re scans straight to it
# "branded his own goal": a goal that is his for certain, not "his header was saved", "his strike partner",
# "his hat-trick hero Henry" or "his winner's medal"
_HIS_GOAL = re.compile(r"\s+(?:own goal|(?:[\w\-]+\s+)?(?:winner|equaliser|opener|brace|hat-trick)|(?:two|three|four) goals)"
                       r"(?![\w'’\-])(?!\s+(?:hero|heroes|medal|[A-Z]))")
_KEEPER_BEFORE = re.compile(r"\b(?:goalkeeper|keeper)\s+$", re.I)
_ROLE_BEFORE_NAME = r"(?:(?:substitute|captain|defender|midfielder|striker|winger|forward|teenager|youngster)\s+)?"  # "and substitute Fuentes"
_AND_ANOTHER = re.compile(rf"\s+and\s+(?:then\s+)?{_ROLE_BEFORE_NAME}{NAME_RUN.pattern}")
_ANOTHER_GOAL = re.compile(r"\b(?:and|with) (?:then )?another (?:(?:goal|strike|header|penalty) )?(?:in|against)\b"
                           r"|\b(?:a feat|which) (?:he|she) repeated\b|\brepeated the feat\b")
# "a late Dylan Hobbs tap-in", "with a Peter Kollar penalty": the goal named after its scorer
_A_GOAL_OF = re.compile(r"(?<!saved )(?<!missed )(?<!blocked )(?<!stopped )(?<!denied )\b(?:[Aa]n?)\s+(?:[a-z\-]+\s+)?$")
_GOAL_NOUN_AFTER = re.compile(r"\s+(?:tap-in|penalty|spot-kick|free-kick|volley|finish|header|strike|goal|winner|equaliser|opener|leveller)\b"
                              r"(?!\s+(?:appeal|claim|shout|miss|save|decision|decisions|award|call|hit|ruled|was (?:saved|missed|ruled|disallowed|blocked)))")
# "only for Nico Heller to equalise": a scorer named before his goal is told
_FOR_BEFORE = re.compile(r"\bonly for\s+(?:[A-Z][\w\-]*\s+)?(?:[a-z\-]+\s+)?$")
_TO_EQUALISE = re.compile(r"\s+to\s+(?:equalise|level|score|smash|fire|head|drill|slot|turn|poke|tap|volley|curl|lash|rifle|force"
                          r"|stab|nod|sweep|bundle|steer)\b")
_SCORER_TITLES = frozenset({"goalscorer", "goal-scorer", "scorer", "matchwinner", "match-winner"})  # "Goalscorer Jimmy Hasselbaink added: …"
# "Robbie Keane, skipper for the night and scorer of the second goal": an aside that says he scored
_SCORER_ASIDE = re.compile(r",[^,.;]{0,40}?\b(?:the\s+)?scorer of\b", re.I)
_GOALS_LINE = re.compile(r"^(?:[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*)*(?: \((?:og|pen)\))? \d{1,3}(?: ?(?:og|pen|\((?:og|pen)\)))?"
                         r"(?:, \d{1,3}(?: ?(?:og|pen|\((?:og|pen)\)))?)*(?:, |\.?$))+$")  # "Mulholland (og) 71", "Alves 67 pen"
# a team sheet's label: "Man Utd: Carroll, …", "Subs Not Used: …"; never across a full stop ("Tolley. Man Utd"),
# never from within another ("City: …" in "Man City: …")
_GOALS_LABEL = re.compile(r"^(?:Goals|Scorers|Goalscorers|Scorer)\s*:\s*")
_LABEL = r"[A-Z](?:[A-Za-z'’&]|\.(?! )| (?=[A-Za-z])){1,30}"
_SHEET_LABEL_START = re.compile(rf"(?:(?<=^ )|(?<=[^\sA-Za-z,]\s)|(?<=\n))(?={_LABEL}:\s)")  # where an item starts
_SHEET_LABEL = re.compile(rf"\s*({_LABEL}):\s(.*)", re.S)
_GOALS_ITEM = re.compile(r"([A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*)*)(?: \((?:og|pen)\))? (\d{1,3})( ?og)?")
_LOOKBACK = 120
_OPENING_REACH = 500  # characters: an article's first sentence ends within them, or it is read that far
_LONGEST_SENTENCE = 1500  # characters; longer "sentences" are read in pieces cut at clause breaks
_LISTED_SCORERS = re.compile(r"\b(?:goals? " + _GOALS_GAP + r"from|strikes? from|courtesy of|thanks to|penalty from|" + _AHEAD_THROUGH
                             + r")\s+(?:[\w'’\-]+(?: [\w'’\-]+){0,3}?(?:\s*\(\d\))?\s*(?:,|and|,? and a penalty from)\s+" + _ROLE_BEFORE_NAME
                             + r")*$", re.I)
_HYPOTHETICAL = re.compile(  # a result hoped for, not played ("could only draw 2-2" was played)
    r"\b(?:need|needs|needing|have|has) to\s+(?:\w+\s+){0,3}$|\b(?:must|could(?! only\b)|would|might|should|can|if|unless|"
    r"going to|hope to|hoping to|want to|wants to|bid to|aim to|aiming to)\s+(?:\w+\s+){0,4}$", re.I)
_THEY_ACT = re.compile(r"\b(?:even though|although|though|as|when|after|before|because|since)\s+they\s+(?:[a-z]+\s+){1,3}$")
_IN_THE_SAME = re.compile(r"\s+in\s+")
_AFTER_A_SCORE = re.compile(r"\d{1,2} ?[-–] ?\d{1,2}\s*(?:,\s*|\s+and\s+|,\s+and\s+)(?:the\s+)?$")  # "3-1 and "
_SCORE_NEXT = re.compile(r"\s+\d{1,2} ?[-–] ?\d")
_GROUND_WORD = re.compile(r"\b(?:Stadium|Park|Arena|Ground|Stadion|Stade|Estadio|Stadio)\b")
_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$")
_ABSOLUTE_AFTER = re.compile(r"\s+(?:(?:still|now|already|also|then|just)\s+)?(?!during\b|morning\b|evening\b)[a-z]+ing\b")
_FIXTURE_NOUN = r"(?:match|game|clash|meeting|encounter|derby|tie|fixture)"
_THAT_MEETING = re.compile(rf"\b(?:that|the same)\s+(?:[\w\-]+\s+)?{_FIXTURE_NOUN}\b", re.I)
_SHOOTOUT_WORD = re.compile(r"\b(?:penalties|shoot-?out|spot-kicks)\b", re.I)
_BOTH_LEGS = re.compile(r"\bboth (?:legs|games|matches|meetings) (?:ending|ended|finishing|finished)\s+(?:at\s+)?$", re.I)
_FIXTURE_WITH = re.compile(rf"\b{_FIXTURE_NOUN}\s+(?:with|against)\s+(?:the\s+)?")
_OWN_SIDE = re.compile(r"\b(?:we|us|our|I|my|me)\b", re.I)  # a speaker about his own side
_FORECAST = re.compile(r"\b(?:will|won't|would|could|might|predict|predicted|expect|hope|think|if|unless|can)\b", re.I)
_FIRST_PERSON = re.compile(r"\b(?:we|I|us|our)\b[^,;]{0,40}$", re.I)
_CLAUSE_END = re.compile(r",\s+(?:but|while|although|and|as|with)\b|;|\s+(?:but|while|whereas)\b|\d{1,2} ?[-–] ?\d{1,2}")
_VENUE_OF_MATCH = re.compile(r"(?:\b(?:leg|match|game|tie|draw|win|defeat|victory|loss)|\d ?[-–] ?\d)\s+in\s+$")
_IN_PLACE = re.compile(r"\bin\s+(?:[A-Z][\w'’\-]+,\s+)?$")  # "in Portugal", "in Sapporo, Japan"
_UNKNOWN_OPPONENT = re.compile(
    r"\s*(?:" + word_list(_COMPETITIONS) + r"\s+)?(?:(?-i:[a-z]+)\s+){0,2}?"  # "2-1 Uefa Cup win over"
    r"(?:at(?!\s+the\b)|against|over|to|with|by|v)\s+(?P<the>the\s+)?"  # "at the Ramon Sanchez Pizjuan": a ground
    r"(?P<side>(?-i:[a-z][\w\-]*\s+){0,2}(?:side|club|outfit|team|minnows)\s+|(?:[a-z]+-tier|non-league|amateur|part-time)\s+)?"  # "to amateur side Le Puy"
    r"(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})")
_FIRST_LEG_AT = re.compile(r"\bfirst leg (?:in|at)\s+(?:the\s+)?(?P<place>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})")
_FIRST_LINE = re.compile(r"\S[^\n]*")
_HEADLINE_WIN = re.compile(
    r"(?:'s?\s+)?\s*(?:\w+\s+)?(?:clinch|clinches|through|win|wins|beat|beats|edge|edges|ease|eases|cruise|cruises|"
    r"sink|sinks|stun|stuns|seal|seals|triumph|triumphs|progress|reach|reaches|into|hammer|hammers|rout|routs|"
    r"down|downs|see off|sees off|knock out|knocks out|advance|advances|beat|defeated|thrashed|brushed aside|swept aside"
    r"|overcame|saw off|knocked out|went through)\b", re.I)
_SENTENCE_ADVERBS = frozenset("earlier later yesterday today tonight meanwhile instead afterwards eventually".split())
_TIME_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december today yesterday tonight season
    year week month weekend""".split())
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@dataclass
class _Found(Match):
    """A result while the article is being read: clubs by canonical name, and whether the text told
    which side was at home (a later report of the same result may tell it)."""

    order_known: bool = True
    told_in: str = ""  # the sentence that told it, when one did
    told_at: int = 0  # where its score stands in that sentence
    subject: str | None = None  # the side the sentence told it about
    subject_won: bool = False


@dataclass
class _Aggregate:
    a: str
    b: str
    sa: int
    sb: int
    before_second_leg: bool
    first_leg_home: str | None = None  # "the first leg in Vancouver", when the text says where
    second_leg_date: str | None = None  # "… into Wednesday's second leg at Estadio BBVA"
    second_leg_venue: str | None = None
    extra_time: bool = False  # "the tie finished 3-3 on aggregate after extra time": the second leg went on
    finished: bool = False  # a verb says who went through, and nothing says the tie goes on
    winner: str | None = None  # who went through, when the text says so
    decided_by: str | None = None  # "on away goals", "on penalties", when the text says so
    competition: str | None = None
    told_in: str = ""  # the paragraph that told it
    sentence: str = ""  # and the sentence
    at: int = 0  # where its score stands in that sentence


def _weekday_date(name: str, published: str | None, last: bool = False) -> str | None:
    """The day a weekday names, counted back from publication ("last Saturday" is never today)."""
    if not published:
        return None
    d = date.fromisoformat(published)
    back = (d.weekday() - _WEEKDAYS.index(name)) % 7
    if back == 0 and last:
        back = 7
    return (d - timedelta(days=back)).isoformat()


def _ends_with(pattern: re.Pattern, text: str, end: int | None = None) -> re.Match | None:
    """`pattern` (anchored with `$`) at `end` of text, looking back a bounded window: linear, whatever
    the length of the sentence."""
    end = len(text) if end is None else end
    return pattern.search(text, max(0, end - _LOOKBACK), end)


def _competition(*texts: str) -> str | None:
    """A known competition named in the first text that names one; else a name ending in Cup, League
    or Trophy ("the CONCACAF Champions Cup")."""
    describing = None  # "Ligue 1 side Lens" tells a club's league: the match's only if nothing else is named
    for t in texts:
        for finder in (_COMPETITION, _ANY_COMPETITION):
            for m in finder.finditer(t):
                name = "Uefa Cup" if m.group(0) == "UEFA Cup" else m.group(0)
                if not _SIDE_OF.match(t, m.end()):
                    return name
                describing = describing or name
    return describing


def _actors(sentence: str, mentions, objects: dict[int, bool] | None = None) -> list:
    """Mentions that act in the sentence: not objects ("beat X", "against X"), nor the rest of a list
    that an object starts ("on Chelsea, Everton and Arsenal"). `objects` remembers, for one sentence,
    which mentions the words before them make objects: each result of a long sentence asks again."""
    actors, previous_object = [], None
    for mm in mentions:
        if _former_club(sentence, mm):
            continue  # "the former Porto coach … his side's 3-2 victory": a past club does not play
        is_object = objects.get(mm.start) if objects is not None else None
        if is_object is None:
            is_object = _ends_with(_OBJECT_CONTEXT, sentence, mm.start) is not None \
                or (_ends_with(_AFTER_A_SCORE, sentence, mm.start) is not None
                    and _SCORE_NEXT.match(sentence, mm.end) is not None)  # "beat Jamaica 3-1 and Trinidad 4-0"
            if objects is not None:
                objects[mm.start] = is_object
        if is_object and _WITH_BEFORE.search(sentence, max(0, mm.start - 12), mm.start) and _ABSOLUTE_AFTER.match(sentence, mm.end):
            is_object = False  # "with the Toffees still smarting from a 2-0 defeat": the club acts in its own clause
        if not is_object and previous_object is not None:  # "… with Osasuna and Molde lost 3-0": Molde acts
            is_object = _LIST_JOIN.fullmatch(sentence, previous_object.end, mm.start) is not None \
                and not _ACTS_NEXT.match(sentence, mm.end) \
                and not (_OPENING_PLACE.fullmatch(sentence, 0, previous_object.start)  # "In France, Lyon's lead …"
                         and sentence.startswith(",", previous_object.end))
        if is_object:
            previous_object = mm
        else:
            actors.append(mm)
    return actors


def _former_club(sentence: str, mm) -> bool:
    return _ROLE_AFTER.match(sentence, mm.end) is not None and sentence.endswith(("former ", "Former ", "ex-", "Ex-"), 0, mm.start)


def _owns(sentence: str, mm) -> bool:
    return sentence.startswith(("'s", "’s"), mm.end)


def _leg_named(sentence: str) -> int | None:
    m = _LEG.search(sentence) if "leg" in sentence or "Leg" in sentence else None  # the test is cheaper
    return None if m is None else (1 if m.group(1).lower() in ("first", "1st") else 2)


def _is_line_up(par: str) -> bool:
    """Many commas between short items ("Cech, Johnson, Terry, …"); a long quote has commas too."""
    items = par.split(",")
    return len(items) >= 9 and sum(len(item.split()) <= 4 for item in items) >= 0.8 * len(items)


def _unlabeled_sheets(paras: list[str]) -> list[tuple[list[str], list[str]]]:
    """(surnames, goal lines) of each line-up in a team sheet whose labels were lost."""
    sheets: list[tuple[list[str], list[str]]] = []
    for par in paras:
        if par.count(",") >= 8 and ("Subs" in par or "(" in par):
            names = re.sub(r"\([^)]*\)", "", par.split("Subs")[0]).split(",")
            sheets.append(([n.strip(" .").split()[-1] for n in names if n.strip(" .")], []))
        elif sheets and _GOALS_LINE.match(line := _GOALS_LABEL.sub("", par.lstrip(":- "))) \
                and not line.replace(",", "").replace(".", "").isdigit():
            sheets[-1][1].append(line)  # ": Varga 40, Thompson 48 pen" keeps a stray colon from its label; "Goals: …" its label
    return sheets


def _shared_sentences(prose: list[str], surnames: list[str], club: str, teams: Teams) -> int:
    """How many sentences name both the club and one of these players."""
    wanted = set(surnames)
    total = 0
    for par in prose:
        starts = sentence_starts(par) + [len(par)]
        for a, b in zip(starts, starts[1:]):
            sentence = par[a:b]
            if any(mm.club == club for mm in teams.mentions(sentence)) and wanted & set(re.findall(r"[\w'’\-]+", sentence)):
                total += 1
    return total


def mentions_clubs(mentions) -> set[str]:
    return {mm.club for mm in mentions}


def _scorers_near(sentence: str, book: NameBook, teams: Teams) -> list[Scorer]:
    found: list[Scorer] = []
    lowered = sentence.lower()
    lead_in = any(word in lowered for word in _SCORER_LEAD_INS)  # "goals from", "thanks to": worth looking back for
    people: list[tuple[re.Match, str]] = []  # the names the sentence gives, in order
    for m in NAME_RUN.finditer(sentence):
        tokens = name_tokens(m.group(0))
        if not tokens or teams.club_of(" ".join(tokens)) or (len(tokens) == 1 and fold(tokens[0]) in DESCRIPTOR_HEADS):
            continue  # a club, or a description ("the Swede scoring twice") that is nobody's name
        people.append((m, " ".join(tokens)))
        if (_scored_after(sentence, m.end() - 2 if m.group(0).endswith(("'s", "’s")) else m.end())
                or _SCORER_ASIDE.match(sentence, m.end()) or fold(m.group(0).split()[0]) in _SCORER_TITLES
                or (_GOAL_NOUN_AFTER.match(sentence, m.end()) and _ends_with(_A_GOAL_OF, sentence, m.start())
                    and book.is_person(" ".join(tokens)))
                or (_TO_EQUALISE.match(sentence, m.end()) and _ends_with(_FOR_BEFORE, sentence, m.start()))
                or lead_in and (_ends_with(_SCORER_BEFORE, sentence, m.start())
                                or _ends_with(_LISTED_SCORERS, sentence, m.start()))):
            found.append(Scorer(player=book.canonical(" ".join(tokens))))
    k, person = 0, None  # the latest person named before each "he", walked once in text order
    for he in _HE_OR_HIS.finditer(sentence):  # "Zairi was the hero as he scored a hat-trick": the person before
        if not (_HIS_GOAL if he.group(0).endswith("is") else _SCORER_VERB).match(sentence, he.end()):
            continue
        while k < len(people) and people[k][0].end() <= he.start():
            beaten = _ends_with(_KEEPER_BEFORE, sentence, people[k][0].start())  # "rounded the goalkeeper Oltmanns and …his"
            person = people[k][1] if book.is_person(people[k][1]) and not beaten else person
            k += 1
        if person:
            found.append(Scorer(player=book.canonical(person)))
    seen: set[str] = set()
    return [s for s in found if not (s.player in seen or seen.add(s.player))]  # each once, where first named


def _scored_after(sentence: str, end: int) -> bool:
    """A scoring verb right after a name, or after "and (then) <another name>" that has one
    ("Matthew Nolan and then Oran Kearney put the visitors in front")."""
    if _SCORER_VERB.match(sentence, end):
        return True
    pair = _AND_ANOTHER.match(sentence, end)
    return pair is not None and _SCORER_VERB.match(sentence, pair.end()) is not None


def _times_scored(sentence: str, player: str) -> int:
    """How many goals a sentence gives a scorer, told right after his name: "scored twice", "a hat-trick"."""
    at = sentence.find(player.split()[-1])
    after = sentence[at : at + 60] if at >= 0 else ""
    times = _TIMES.search(after)
    return 1 if times is None else 3 if times.group(0).lower() == "hat-trick" else 2


def _scoreline(sentence: str, m: re.Match, mentions) -> tuple[str, str, int, int] | None:
    """The two sides of a score written between them, home first ("Doncaster Rovers 1-0 Morecambe"), and
    where the line starts and ends."""
    if m.group("nil"):
        return None
    home = next((mm for mm in mentions if mm.end <= m.start() and sentence[mm.end : m.start()].isspace()), None)
    away = next((mm for mm in mentions if mm.start >= m.end() and sentence[m.end() : mm.start].isspace()), None)
    if home is None or away is None or home.club == away.club or _owns(sentence, away):
        return None
    return home.club, away.club, home.start, away.end


def _bracketed(named: re.Match) -> list[str]:
    """The scorers a bracket lists, each once, without their minutes."""
    return list(dict.fromkeys(item.rstrip("0123456789 ") for item in named["names"].split(", ")))


def _polarity_word(text: str) -> str | None:
    """Win, lose or draw: the last result word in a short text ("Arsenal win", "Bayern lose")."""
    words = list(_POLARITY.finditer(text))
    if not words:
        return None
    p = words[-1]
    return "lose" if p.group("lose_passive") or p.group("lose") else ("win" if p.group("win") else "draw")


def _relative_subject(before: str, before_mentions):
    """The club a relative clause leading up to the score is about: "leaders Barcelona, who snatched a late
    2-1 win", "the Mariners, who came through 3-1 on aggregate after winning 2-0 against …"; no other club
    named between, nor a sentence's or clause's end."""
    if not before_mentions:
        return None
    last = before_mentions[-1]
    if not _WHO_OPENS.match(before, last.end) or len(before) - last.end > _WHO_REACH or any(c in before[last.end :] for c in ";:!?"):
        return None
    return last


def _dated_earlier(sentence: str, at: int) -> bool:
    """Whether the result whose score stands at `at` is the earlier meeting: "after" leads to it, or a
    word of time past follows it within its own clause."""
    clause = sentence[at : at + 60]
    if cut := _CLAUSE_OR_SCORE.search(clause, 3):
        clause = clause[: cut.start()]
    return _ends_with(_AFTER_THE, sentence, at) is not None or _EARLIER.search(clause) is not None \
        or _LAST_DAY.search(clause) is not None


def _legs_add_up(legs: list["_Found"], agg: "_Aggregate") -> bool:
    """Whether two meetings of a tie's sides add up to its aggregate."""
    goals = {agg.a: 0, agg.b: 0}
    for f in legs:
        goals[f.home] = goals.get(f.home, 0) + f.home_score
        goals[f.away] = goals.get(f.away, 0) + f.away_score
    return goals == {agg.a: agg.sa, agg.b: agg.sb}


def _number_other_leg(meetings: list["_Found"]) -> None:
    """Of two meetings, one a named leg: the other is the other leg."""
    named = next(f for f in meetings if f.leg)
    next(f for f in meetings if not f.leg).leg = 3 - named.leg


def _result_break(sentence: str, first: re.Match, second: re.Match, mentions) -> int:
    """Where the telling of one result ends and the next begins: the last clause break between their
    scores ("drew 2-2, with Haaland scoring both, while Chelsea won 5-0"), or an "and" that opens on a
    club ("… from Henry and Pires and Chelsea won 3-1"), else right after the first score."""
    cut = first.end()
    for c in _CLAUSE_END.finditer(sentence, first.end(), second.start()):
        if c.group(0)[:1] in ",; " and not c.group(0).startswith(", with"):
            cut = c.start()
    if cut == first.end() and (then := _THEN_NEXT.search(sentence, first.end(), second.start())):
        cut = then.start()  # "beat Norwich 3-2, Ostrowski scoring twice, before holding Leeds to a 1-1 draw"
    for mm in mentions:
        if first.end() < mm.start < second.start() and (joined := _AND_BEFORE.search(sentence, first.end(), mm.start)):
            cut = max(cut, joined.start())
    return cut


class _Reader:
    def __init__(self, text: str, title: str | None, published: str | None, book: NameBook, teams: Teams,
                 speakers: list[tuple[str, str]] = ()):
        self.text, self.title, self.published, self.book = text, title, published, book
        self.teams = teams
        self.ground_table, self.ground_pattern = grounds()
        self.found: list[_Found] = []
        self._by_pair: dict[frozenset, list[_Found]] = {}  # the results kept for each pair of sides: a long text stays linear
        self._in_sentence: list[_Found] = []  # the results the sentence being read has told so far
        self._level_told: set[int] = set()  # paragraphs (by id) that told a level result or aggregate
        self.aggregates: list[_Aggregate] = []
        self._sides_of_qualifiers: dict[str, bool] = {}
        self._live_scorers: dict[frozenset, list[str]] = {}  # scorers a live report's goal lines name, per pair of sides
        self.shootouts: list[tuple[str, int, int, str]] = []  # winner, their kicks, the loser's, where told
        self.article_competition = _competition(title or "", text)
        self._last_subject: str | None = None
        self._pending: list[str] = []  # sentences read since the last subject was settled
        self._leg_story: tuple[frozenset, int, str] | None = None  # a leg the paragraph goes on telling
        self._story_scorers: dict[tuple[frozenset, int], list[Scorer]] = {}
        self._told_scorers: list[Scorer] = []  # the scorers of the result told before in the same sentence
        self.speakers = list(speakers)  # (quote text, speaker) of the article's quotes
        self._sentence_at = 0  # where the sentence being read stands in its paragraph
        self._read_scores: set[tuple[str, int]] = set()  # (paragraph, offset) of each score read as a result, an aggregate …
        self._just_found: tuple[_Found, str] | None = None  # the result the previous sentence reported, and where
        self._competitions: dict[str, str | None] = {}  # per paragraph, computed once
        self._counts: dict[str, dict[str, int]] = {}  # club mentions per paragraph, computed once
        self._objects_sentence: str | None = None
        self._objects: dict[int, bool] = {}

    @cached_property
    def whole(self) -> str:
        """Headline and text, for counting clubs across the article (asked only when a result needs it)."""
        return (self.title or "") + "\n" + self.text

    @cached_property
    def opening(self) -> str:
        """The article's first paragraph."""
        first_line = _FIRST_LINE.search(self.text)
        return first_line.group(0).strip() if first_line else ""

    def _qualifier_side(self, nation: str) -> bool:
        """In an article about qualifiers, where nations play at home and away, a nation it also names as a
        side, not only as a place: "a 3-0 win in Gibraltar" was played against Gibraltar (at a tournament,
        "in Portugal" is only where, and so is "in Sapporo, Japan")."""
        if nation not in self._sides_of_qualifiers:
            whole = self.whole
            self._sides_of_qualifiers[nation] = _QUALIFIERS.search(whole) is not None and any(
                mm.club == nation and not _ends_with(_IN_PLACE, whole, mm.start) for mm in self.teams.mentions(whole))
        return self._sides_of_qualifiers[nation]

    @property
    def reported_match(self) -> _Found | None:
        """The match an article of several results reports: the one its opening paragraph tells, when the
        headline names both its sides ("Wycombe hold their nerve to knock out Portsmouth")."""
        named = {mm.club for mm in self.teams.mentions(self.title or "")}
        told = [f for f in self.found if f.told_in and f.told_in in self.opening and {f.home, f.away} <= named]
        return told[0] if len(told) == 1 else None

    @cached_property
    def _lead_result(self) -> _Found | None:
        """The one result whose two sides the opening paragraph names: the match the article is about."""
        opening = {mm.club for mm in self.teams.mentions(self.opening)}
        told = [f for f in self.found if f.home in opening and f.away in opening]
        return told[0] if len(told) == 1 else None

    # -- results ---------------------------------------------------------------------------------
    def headline(self, line: str) -> _Found | None:
        m = _HEADLINE.match(line.strip())
        if not m:
            return None
        spaced = m["home"] is None
        if spaced and not (self.teams.club_of(m["home2"]) and self.teams.club_of(m["away2"])):
            return None  # "Ronaldo 9, Rooney 87" is a goals line: a wire's score line names two known clubs
        home = self._headline_side(m["home2"] if spaced else m["home"])
        away = self._headline_side(m["away2"] if spaced else m["away"])
        hs, as_ = (m["hs2"], m["as2"]) if spaced else (m["hs"], m["as"])
        found = _Found(home, away, int(hs), int(as_), competition=self.article_competition)
        if m["aside"]:  # "(aet, agg 2-2; Barrow win 4-3 on pens)": extra time, the aggregate, the shoot-out
            aside = m["aside"]
            found.extra_time = bool(_EXTRA_TIME.search(aside))
            for score in SCORE.finditer(aside):
                x, y = int(score.group(1)), int(score.group(2))
                if _PENS.match(aside[score.end() :]):
                    self.penalties(x, y, aside, self.teams.mentions(aside), score)
                elif _AGG_IN_ASIDE.search(aside, 0, score.start()):  # "agg 2-2": home side's goals first
                    self.aggregates.append(_Aggregate(home, away, x, y, before_second_leg=False,
                                                      competition=self.article_competition, told_in=line))
                elif _AGGREGATE.match(aside, score.end()):  # "Arsenal win 4-3 on agg": the side named before it
                    named = [mm.club for mm in self.teams.mentions(aside[: score.start()])]
                    first = named[-1] if named and named[-1] in (home, away) else home
                    other = away if first == home else home
                    hi, lo = max(x, y), min(x, y)
                    won = _polarity_word(aside[: score.start()]) != "lose"
                    self.aggregates.append(_Aggregate(first, other, hi if won else lo, lo if won else hi,
                                                      before_second_leg=False, finished=True,
                                                      winner=(first if won else other) if hi != lo else None,
                                                      decided_by="aggregate" if hi != lo else None,
                                                      competition=self.article_competition, told_in=line))
            found.told_in = line  # the headline told the result with its aggregate
        return found

    def _headline_side(self, name: str) -> str:
        """A headline's side: a club the article knows, also with its squad named ("Chelsea Women", as the
        text goes on to call it "Chelsea", so the headline's result and the text's are one; the store then
        files it under the club, not a separate women's or reserve side), else a club the headline teaches."""
        squad = _SQUAD.search(name)
        return (self.teams.club_of(name) or (squad and self.teams.club_of(name[: squad.start()]))
                or self.teams.add(name))

    def _follow_leg_story(self, sentence: str, paragraph: str) -> None:
        """After "X took a 1-0 lead into the second leg", the paragraph tells that leg: its scorers are
        kept for it until the legs are complete ("Reid put the visitors in front in the 71st")."""
        if self._leg_story is None:
            return
        pair, leg, where = self._leg_story
        if where is not paragraph:
            self._leg_story = None
            return
        named = _leg_named(sentence)
        if named is not None and named != leg:
            return  # a sentence about the other leg
        for scorer in _scorers_near(unquoted(sentence), self.book, self.teams):
            self._story_scorers.setdefault((pair, leg), []).append(scorer)

    def settle_story_scorers(self) -> None:
        for (pair, leg), found in self._story_scorers.items():
            match = next((f for f in self._by_pair.get(pair, ()) if f.leg == leg), None)
            for scorer in found if match else []:
                if not any(s.player == scorer.player for s in match.scorers):
                    match.scorers.append(scorer)

    def quiet_paragraph(self, paragraph: str) -> bool:
        """A paragraph with no score and nothing pending on the previous sentence needs no sentence-by-
        sentence reading now: it is kept whole, to be split only if a later result asks who "they" are."""
        if self._just_found is not None or self._leg_story is not None or _may_hold_score(paragraph) \
                or _may_list_wire_items(paragraph):
            return False
        self._pending.append(paragraph)
        return True

    def sentence_results(self, sentence: str, paragraph: str, at: int = 0) -> None:
        """The results one sentence tells; `at` is where it stands in its paragraph."""
        self._sentence_at = at
        self._in_sentence = []
        sentence = self._same_score_told(sentence, paragraph, at)
        self._follow_leg_story(sentence, paragraph)
        if _may_list_wire_items(sentence):
            self._wire_results(sentence, paragraph)  # "Other results: Accrington 1 Salford 1; Barrow 2 Tranmere 0."
        scores = [m for m in SCORE.finditer(sentence) if not _LEAD_AFTER.match(sentence, m.end())] \
            if _may_hold_score(sentence) else []  # "had put the Grecians 2-0 up": a lead on the way, its scorers the result's
        if not scores:
            self._pending.append(sentence)  # its subject is read only if a later sentence needs it
            if self._just_found is not None and self._just_found[1] is paragraph:
                match = self._just_found[0]  # "… beating Millwall 3-0. Van Nistelrooy struck twice …"
                named_leg = _LEG.search(sentence)
                if named_leg:  # "… won the first leg 3-1. But they collapsed in the second leg, …"
                    leg = 1 if named_leg.group(1).lower() in ("first", "1st") else 2
                    match = next((f for f in self._by_pair.get(frozenset((match.home, match.away)), ()) if f.leg == leg),
                                 None if match.leg != leg else match)
                if match and {mm.club for mm in self.teams.mentions(sentence)} - {match.home, match.away}:
                    match = None  # "… shortly after Owen had put them ahead against Portugal": another match
                if _tells_kicks(sentence):
                    match = None  # "… before Wihongi converted the decisive penalty": a kick, not a goal
                for scorer in (_scorers_near(unquoted(sentence), self.book, self.teams) if match else []):
                    if not any(s.player == scorer.player for s in match.scorers):
                        match.scorers.append(scorer)
            self._just_found = None
            return
        self._just_found = None
        quoted = [(a.start(), a.end())
                  for a in (_QUOTED_OPEN_PAIRS if "''" in sentence else _QUOTED_OPEN).finditer(sentence)]
        mentions = self.teams.mentions(sentence)
        if self.speakers and _WE_WORD.search(sentence):  # "…when we lost 1-0 at home," said Steve Bruce
            for m in scores:
                inside = next(((a - at, b - at) for a, b in quoted_ranges(paragraph) if a <= at + m.start() < b), None)
                if inside and not _IN_BRACKETS.search(sentence, 0, m.start()):
                    self._speakers_result(sentence, m, (max(0, inside[0]), inside[1]), mentions, paragraph[at + inside[0] :])
        told = [(m, kind) for m in scores if (kind := self._score_kind(sentence, m, quoted))]
        self._read_scores.update((paragraph, at + m.start()) for m, kind in told if kind != "quoted")
        results = [m for m, kind in told if kind in ("result", "first leg")]
        cuts = [0] + [_result_break(sentence, a, b, mentions) for a, b in zip(results, results[1:])] + [len(sentence)]
        parts = dict(zip((m.start() for m in results), zip(cuts, cuts[1:])))  # each result's own part of the sentence
        stretch = 0  # where the stretch of the sentence telling the next result begins
        self._told_scorers = []
        for m, kind in told:
            x, y = (0, 0) if m.group("nil") else (int(m.group(1)), int(m.group(2)))
            if kind == "result" and x != y and _SHOOTOUT_WORD.search(sentence, 0, m.start()) and self._level_before(paragraph):
                kind = "penalties"  # "… the away goals rule could not separate them. So it came down to penalties, and Ireland … won it 5-4"
            agg = self.aggregates[-1] if self.aggregates else None
            if kind == "result" and x == y and agg and agg.sentence == sentence and _BOTH_LEGS.search(sentence, 0, m.start()):
                # "The play-off had finished 2-2 on aggregate, both games ending 1-1": the two legs
                self.add(_Found(agg.a, agg.b, x, y, leg=1, order_known=False, competition=agg.competition))
                self.add(_Found(agg.b, agg.a, x, y, leg=2, order_known=False, competition=agg.competition))
                continue
            if kind == "aggregate":  # read again: a result before it may have taught a club ("drew 1-1 with Valerenga")
                self.aggregate(sentence, m, x, y, self.teams.mentions(sentence), paragraph=paragraph)
            elif kind == "penalties":
                self.penalties(x, y, sentence, mentions, m)
            elif kind == "quoted":
                self._quoted_result(sentence, paragraph, m, next((a, b) for a, b in quoted if a <= m.start() < b))
            elif kind == "leg lead":  # "took a 1-0 lead into the second leg", "a 2-1 lead from the first leg"
                self.aggregate(sentence, m, x, y, mentions, leg_lead=True, paragraph=paragraph)
            elif kind == "result" and (line := _scoreline(sentence, m, mentions)):
                home, away, start, end = line
                if not _LIVE_MOMENT.search(paragraph[max(0, at + start - 40) : at + start]):
                    self._scoreline_result(sentence, paragraph, m, home, away)  # "Results: Doncaster 1-0 Morecambe, …"
                elif named := _BRACKETED_SCORERS.match(sentence, end):
                    # "69 min: GOAL! Brighton 1-1 West Ham (Nishida)": a goal on the way, its scorer the match's
                    self._live_scorers.setdefault(frozenset((home, away)), []).extend(_bracketed(named))
                stretch = m.end()
            else:  # "a 2-1 Champions League first-leg lead": the first leg ended so
                self.result(sentence, paragraph, m, x, y, mentions, stretch, leg=1 if kind == "first leg" else None,
                            told=parts[m.start()])
                stretch = m.end()
        self._pending.append(sentence)

    @staticmethod
    def _same_score_told(sentence: str, paragraph: str, at: int) -> str:
        """The sentence with "by the same score" read as the score told last before it, in the sentence or
        its paragraph ("France were overcome 1-0 while the Czechs were beaten by the same score")."""
        same = _SAME_SCORE.search(sentence) if "same" in sentence or "identical" in sentence else None
        if same is None or '"' in sentence or "“" in sentence:
            return sentence
        told = list(SCORE.finditer(sentence, 0, same.start())) or list(SCORE.finditer(paragraph, 0, at))
        if not told or told[-1].group("nil"):
            return sentence
        return sentence[: same.start()] + told[-1].group(0) + sentence[same.end() :]

    def _speakers_result(self, sentence: str, m: re.Match, quote: tuple[int, int], mentions, said: str) -> None:
        """A result told in a quote as the speaker's own side's ("we lost 1-0", "they beat us 5-0"), when
        the article names the speaker manager of a club and the quote names the opponent. `said`: the
        quote's text from its opening mark."""
        a, b = quote
        before = sentence[a : m.start()]
        we = _WE_BEFORE.search(before) or _OWN_RESULT_OPENING.match(before)  # "Losing 3-0 in Vancouver hurt us"
        if we is None or _ends_with(_HYPOTHETICAL, before):
            return
        said = said.lstrip("\"“”' ")[:40]
        speaker = next((sp for text, sp in self.speakers if said and said in text), None)
        club = self._club_of_person(speaker) if speaker and self.book.is_person(speaker) else None
        others = [mm for mm in mentions if a <= mm.start < b and mm.club != club]
        if club is not None and not others and _THEIR_PLACE.search(sentence, a, b):
            # "We lost 2-0 at their place": the side the headline sets against the speaker's ("… against Derby")
            fixture = {mm.club for mm in self.teams.mentions(self.title or "")} - {club}
            others = [Mention(m.start(), m.start(), fixture.pop())] if len(fixture) == 1 else []
        if club is None or len(others) != 1 or self.teams.is_nation(others[0].club) != self.teams.is_nation(club):
            return
        polarity = self._polarity(sentence, m)
        if polarity is None or (polarity == "draw") != (m.group("nil") is not None or m.group(1) == m.group(2)):
            return
        x, y = (0, 0) if m.group("nil") else (int(m.group(1)), int(m.group(2)))
        won = (polarity == "win") != (we.group(0).lower().startswith("us"))  # "they beat us 5-0": we lost
        ours, theirs = (max(x, y), min(x, y)) if won or polarity == "draw" else (min(x, y), max(x, y))
        opponent = others[0].club
        at_home = _AT_HOME.search(sentence, m.end(), b) is not None or _HERE.match(sentence, m.end()) is not None \
            or _AT_HOME_TO.match(sentence, a)  # "At home to Oxford we drew 3-3"
        away = _HOME_OF_NEXT.search(sentence[a : others[0].start]) is not None or _AWAY_AT_THEIRS.search(sentence, a, b) is not None
        found = _Found(club, opponent, ours, theirs, order_known=at_home) if at_home else \
            _Found(opponent, club, theirs, ours, order_known=away)
        found.competition = self.article_competition
        found.told_in = sentence
        self.add(found)

    def _told_before(self, m: re.Match) -> _Found | None:
        """The last result this sentence told before the score `m`, with the side it was about."""
        return next((f for f in reversed(self._in_sentence) if f.told_at < m.start() and f.subject), None)

    def _level_before(self, paragraph: str) -> bool:
        """Whether this paragraph has told a level aggregate or a level result: a shoot-out may follow."""
        return id(paragraph) in self._level_told

    def _wire_results(self, sentence: str, paragraph: str) -> None:
        """Score lines as wires list them in a sentence, each side's goals after its name, items apart."""
        mentions = self.teams.mentions(sentence)
        spans = {(mm.start, mm.end): mm.club for mm in mentions}
        for w in _WIRE_ITEM.finditer(sentence):
            home, away = spans.get(w.span("home")), spans.get(w.span("away"))
            if home and away and home != away:
                found = _Found(home, away, int(w["hs"]), int(w["as"]))
                found.competition = _competition(sentence) or self._paragraph_competition(paragraph)
                found.told_in, found.told_at = sentence, w.start()
                if named := _BRACKETED_SCORERS.match(sentence, w.end()):  # "Morecambe 2 Accrington 0 (Kinsella, Vaughan)"
                    found.scorers = [Scorer(player=self.book.canonical(name)) for name in _bracketed(named)]
                self.add(found)

    def _scoreline_result(self, sentence: str, paragraph: str, m: re.Match, home: str, away: str) -> None:
        found = _Found(home, away, int(m.group(1)), int(m.group(2)))
        found.competition = _competition(sentence) or self._paragraph_competition(paragraph)
        found.told_in, found.told_at = sentence, m.start()
        self.add(found)

    def _quoted_result(self, sentence: str, paragraph: str, m: re.Match, quote: tuple[int, int]) -> None:
        """A result a speaker tells about two sides the quote names, in the third person ("England were
        criticised for the 0-0 draw against Holland"): read like the reporter's own, from the quoted clause
        alone. Never "we"/"I" (the speaker's own side, read elsewhere), a hope or a forecast."""
        a, b = quote
        start = max([a] + [a + s for s in sentence_starts(sentence[a : m.start()])])  # the quoted sentence
        clause = sentence[start:b]
        at = m.start() - start
        if _OWN_SIDE.search(clause, 0, at) or _FORECAST.search(clause, 0, at) or _ends_with(_HYPOTHETICAL, clause, at):
            return
        mentions = self.teams.mentions(clause)
        if not any(mm.end <= at for mm in mentions) or not any(mm.start >= at for mm in mentions):
            return  # both sides named, one before the score and one after
        self.result(clause, paragraph, SCORE.match(clause, at), *(
            (0, 0) if m.group("nil") else (int(m.group(1)), int(m.group(2)))), mentions)

    @staticmethod
    def _score_kind(sentence: str, m: re.Match, quoted: list[tuple[int, int]]) -> str | None:
        """What a score in a sentence tells: a result, a first leg, an aggregate, a lead taken into a
        second leg, a shoot-out, or nothing to read (a half-time score, a lead, a quote's own result)."""
        if any(a <= m.start() < b for a, b in quoted) and not _IN_BRACKETS.search(sentence, 0, m.start()):
            return "quoted"  # the speaker's words: read only when they name both sides, unless the reporter added it in brackets
        x, y = (0, 0) if m.group("nil") else (int(m.group(1)), int(m.group(2)))
        before, after = sentence[: m.start()], sentence[m.end() :]
        if _HALFTIME.match(after):
            return None
        if _AGGREGATE.match(after) or _ends_with(_AGG_BEFORE, before):
            return "aggregate"
        if (_ends_with(_LEAD, before) or _ends_with(_DOWN_BEFORE, before)) and _FROM_FIRST_LEG.match(after):
            return "leg lead"  # "Down 1-0 from last weekend's first leg", "1-0 up from the first leg"
        if _ends_with(_LEAD, before) or (_ends_with(_MADE_IT, before) and not _TO_WINNER.match(after)):
            return None  # a lead, or a score on the way ("to make it 4-2")
        if _ends_with(_AT_SCORE, before) and not _ends_with(_LEVEL_AT_END, before):
            return None  # "missing a penalty at 0-0", "with the score at 1-1": on the way
        if x != y and (_PENS.match(after) or _ends_with(_SHOOTOUT_BEFORE, before)):  # kicks are never level
            return "penalties"
        if _FIRST_LEG_RESULT.match(after):
            return "first leg"
        if _LEG_LEAD.match(after):
            return "leg lead"
        return "result"

    @property
    def last_subject(self) -> str | None:
        """The club the latest sentence naming one is about: "They beat Bolton 2-1" refers back to it."""
        while self._pending:
            sentence = self._pending.pop()
            starts = sentence_starts(sentence)
            if len(starts) > 1:  # a quiet paragraph kept whole: read its sentences from the last
                self._pending.extend(sentence[a:b] for a, b in zip(starts, starts[1:] + [len(sentence)]))
                continue
            sentence = unquoted(sentence)  # "“In the first half Germany were better,” he said": not the narrative's subject
            mentions = [mm for mm in self.teams.mentions(sentence)  # "arrived from Talleres": a club he left
                        if "from " not in sentence[max(0, mm.start - 30) : mm.start] or not _ends_with(_CAME_FROM, sentence, mm.start)]
            actors = _actors(sentence, mentions) if mentions else []
            if mentions and (actors or not _THEY.match(sentence)):
                # its first actor, else the club it last named ("… went to Middlesbrough."); a sentence
                # about "them" naming clubs only as objects ("Their win at City …") goes on about the one before
                self._pending.clear()
                acting = list(dict.fromkeys(a.club for a in actors))
                if len(acting) > 1:  # "when Armenia took the lead and Ireland spent the evening chasing": the one the article is about
                    counts, headline = self._club_counts(self.whole), self._club_counts(self.title or "")
                    acting.sort(key=lambda c: (c not in headline, -counts.get(c, 0)))  # stable: the first actor among equals
                self._last_subject = acting[0] if acting else mentions[-1].club
                break
        return self._last_subject

    def _polarity(self, sentence: str, m: re.Match) -> str | None:
        """Win, lose or draw: the result word nearest the score, within 60 characters before it or 30
        after (read in the whole sentence, so "…, knocked out 2-1 by Chelsea" sees its "by")."""
        best, best_dist = None, 10**6
        for p in _POLARITY.finditer(sentence, max(0, m.start() - 60)):
            if p.start() >= m.end() + 30:
                break
            if p.end() <= m.start():
                dist = m.start() - p.end()
            elif p.start() >= m.end() and p.end() <= m.end() + 30:
                dist = p.start() - m.end()
            else:
                continue
            if dist < best_dist:
                best = "lose" if p.group("lose_passive") or p.group("lose") else ("win" if p.group("win") else "draw")
                best_dist = dist
        return best

    def _subject(self, sentence: str, mentions, score_start: int) -> str | None:
        actors = _actors(sentence, [mm for mm in mentions if mm.end <= score_start], self._objects_in(sentence))
        return actors[-1].club if actors else None

    def _implicit_subject(self, sentence: str, mentions, m: re.Match) -> str | None:
        """No club before the score: "Despite leading 1-0, Madrid were beaten" names it after the
        opening clause; "They beat Bolton 2-1" refers back to the last sentence's subject."""
        opening = re.match(r"[^,]{0,120},", sentence[: m.start()]) is not None or re.match(r"[^,]*\d", sentence[: m.end()]) is not None
        later = [mm for mm in mentions if mm.start >= m.end() and not _ends_with(_OBJECT_CONTEXT, sentence, mm.start)]
        if later and opening and re.match(r"\s*(?:despite|after|having|leading|trailing|with|down|up|behind)\b", sentence, re.I):
            return later[0].club
        if (manager := _MAIN_SUBJECT.match(sentence, m.end())) and self.book.is_person(manager["name"]):
            # "Asked about the home game with Everton, which ended goalless, Mortensen was critical": his club
            return self._club_of_person(manager["name"]) or self.last_subject
        return self.last_subject

    def result(self, sentence: str, paragraph: str, m: re.Match, x: int, y: int, mentions, stretch: int = 0,
               leg: int | None = None, told: tuple[int, int] | None = None) -> None:
        """One result: `stretch` is where the sentence's part telling it begins (after the result before);
        `told` is the part that tells it alone, cut from its neighbours' at clause breaks, for its scorers."""
        before, after = sentence[: m.start()], sentence[m.end() :]
        first_leg = _FIRST_LEG_RESULT.match(after) if leg == 1 else None  # "overturned a 2-1 first-leg deficit"
        polarity = "draw" if m.group("nil") else ("lose" if first_leg["lost"] else "win") if first_leg else (
            self._polarity(sentence, m) or ("win" if _TO_WINNER.match(after) or leg else None)
            or ("draw" if x == y and _ends_with(_LEVEL_AT_END, before) and not _IN_GAME.match(after) else None))
        if polarity is None or _ends_with(_HYPOTHETICAL, before):
            return  # "they need to beat Bayern 2-0": not a result
        grounds = [g.span() for g in self.ground_pattern.finditer(sentence)] if _GROUND_WORD.search(sentence) else []
        if grounds:  # "at the Cardiff City Stadium" names a ground, not Cardiff City
            mentions = [mm for mm in mentions if not any(a <= mm.start < b for a, b in grounds)]
        before_mentions = [mm for mm in mentions if mm.end <= m.start()]
        clause_end = m.end() + (c.start() if (c := _CLAUSE_END.search(after)) else len(after))
        near = sentence[max(0, m.start() - 40) : m.end() + 40].lower()
        in_nation_is_host = "qualifier" in near or "qualifying" in near or "friendly" in near
        # a nation after "in" is where the match was played; right after the result of a qualifier or a
        # friendly, it is the side that played at home ("2-0 World Cup qualifying win in Belgium"). A club
        # after "in" ("lost 3-1 in Monaco") is the side played at its home.
        after_mentions = [mm for mm in mentions if m.end() <= mm.start < min(clause_end, m.end() + 80)
                          and not (self.teams.is_nation(mm.club) and _ends_with(_IN_PLACE, sentence, mm.start)
                                   and not ((in_nation_is_host or self._qualifier_side(mm.club))
                                            and len(sentence[m.end() : mm.start].split()) <= 6))]
        if after_mentions and self.teams.is_nation(after_mentions[0].club) \
                and _OPPONENT_SLOT.fullmatch(sentence, m.end(), after_mentions[0].start):
            after_mentions = self._club_of_nation(sentence, after_mentions)  # "a 3-2 win over Cameroon's Canon Yaounde"
        if not after_mentions and (unknown := _UNKNOWN_OPPONENT.match(after)):
            name = unknown.group("name")
            if (fold(name.split()[0]) not in NOT_NAME_WORDS and not _GROUND_WORDS & set(fold(name).split())
                    and fold(name) not in self.ground_table
                    and not self.ground_pattern.match(after, unknown.start("name"))  # "at Estadio do Dragao"
                    and not re.search(r"['’]s\b", name)  # "to Guy Roux's French side": whose, not which
                    and (unknown.group("the") or unknown.group("side") or not self.book.is_person(name))):  # "over the Soviet Union"
                club = self.teams.add(name)  # "a late 2-1 win at Albacete": a club the table does not know
                start = m.end() + unknown.start("name")
                after_mentions = [Mention(start, start + len(name), club)]
        beaten = _BEAT_UNKNOWN.search(before, max(0, len(before) - 60))
        if beaten and before_mentions and not any(mm.end > beaten.start("name") for mm in before_mentions) \
                and fold(beaten.group("name").split()[0]) not in NOT_NAME_WORDS \
                and not self.book.is_person(beaten.group("name")):  # "Real Madrid beat Osasuna 2-1"
            start = beaten.start("name")
            name = beaten.group("name")
            before_mentions.append(Mention(start, start + len(name), self.teams.add(name)))
        described = _DESCRIBED_SIDE.search(before, max(0, len(before) - 60))
        if described and not before_mentions and fold(described.group("name").split()[0]) not in NOT_NAME_WORDS \
                and fold(described.group("name").split()[0]) not in _TIME_WORDS | _SENTENCE_ADVERBS \
                and not self.book.is_person(described.group("name")):  # "Bangor, beaten 5-1 by Newry, …"
            start = described.start("name")
            name = described.group("name")
            before_mentions.append(Mention(start, start + len(name), self.teams.add(name)))
        subject = opponent = home = owner_club = writers_opponent = None
        order_known = True
        named_on_the_way = False  # the opponent is only a club the sentence named well before the score
        to_winner = _TO_WINNER.match(after)
        prior = self._told_before(m)
        also = before_mentions[-1] if before_mentions and prior and before[before_mentions[-1].end :].isspace() \
            and _AFTER_A_SCORE.fullmatch(sentence, prior.told_at, before_mentions[-1].start) else None
        if also and also.club != prior.subject:  # "the U.S. beat Jamaica 3-1 and Trinidad and Tobago 4-0"
            subject, opponent = prior.subject, also.club
            polarity = "win" if prior.subject_won else "lose"
        elif beaten := self._beat_them(before, before_mentions):  # "since Rotherham … beat them 2-1"
            (subject, opponent), polarity = beaten, "win"
        elif to_winner and after_mentions and after_mentions[0].start - m.end() <= 10:
            subject = after_mentions[0].club
            opponent = next((mm.club for mm in reversed(before_mentions) if mm.club != subject), None)
            polarity = "win"
        elif len(before_mentions) >= 2 and _ends_with(_TRANSITIVE, before, before_mentions[-1].start) \
                and len(before[before_mentions[-1].end :].split()) <= 4:
            # "X beat Y 2-0"; "Celtic beat Spain's Valencia 2-1": the owner of the beaten side is not the winner
            beaten = before_mentions[-1]
            winners = [mm for mm in before_mentions[:-1] if not _POSSESSIVE_GAP.fullmatch(before, mm.end, beaten.start)]
            subject, opponent = (winners or before_mentions[:-1])[-1].club, beaten.club
            polarity = "win"
        elif polarity == "draw" and len(acting := _actors(before, before_mentions, self._objects_in(sentence))) >= 2 \
                and re.fullmatch(
                r"\s+and\s+(?:the\s+)?", before[acting[-2].end : acting[-1].start]):
            subject, opponent = acting[-2].club, acting[-1].club  # "X and Y drew 2-2"
        else:
            owner = _OWNER_OF_RESULT.search(before, max(0, len(before) - 60))
            owner_name = owner.group("name").split() if owner else []
            while len(owner_name) > 1 and fold(owner_name[0]) in NOT_NAME_WORDS \
                    and not self.teams.club_of(" ".join(owner_name)):  # not "Serbia & Montenegro's 2-0 win"
                owner_name = owner_name[1:]  # "After Real's 3-0 win": the sentence opener is not the owner
            if owner and fold(owner_name[0]) in _TIME_WORDS:
                owner = None  # "Sunday's 2-2 draw" dates the result, it does not own it
            owner_club = self.teams.club_of(" ".join(owner_name)) if owner else None
            if owner and not owner_club and self.book.is_person(" ".join(owner_name)):
                owner_club = self._club_of_person(" ".join(owner_name))  # "Steve Bruce's side won 2-1"
            elif not owner and _ends_with(_HIS_SIDE, before):
                owner_club = self._club_of_his_side(paragraph, sentence, m.start())  # "his side's 3-2 win"
            if owner and not owner_club:
                return  # "Zeta Golubovci's 2-0 win": a result of a side we cannot name
            acting = _actors(before, before_mentions, self._objects_in(sentence))
            # a result told after another in the sentence is about a side its own stretch names, if one
            # acts there, or owns the clause's subject ("Arsenal won 2-0, while Tottenham's hopes took a blow
            # as they were beaten 3-1"; not "…, after Chelsea's slip, they won 3-1")
            in_stretch = [mm for mm in acting if mm.start >= stretch and (
                not _owns(before, mm) or _ends_with(_CLAUSE_OPENS, before, mm.start))]
            relative = _relative_subject(before, before_mentions)
            agg = self.aggregates[-1] if self.aggregates else None
            if agg and agg.sentence == sentence and agg.at < m.start() and relative is None \
                    and not any(mm.start > agg.at for mm in acting):
                # "… completed a 6-0 aggregate win over Juventus with a 4-0 victory in Turin": the tie's sides
                in_stretch = [mm for mm in before_mentions if mm.club == agg.a][-1:]
            acting = in_stretch or acting
            # An owner ("ended Palace's run") acts only when nobody else does ("United's … his side's 1-1 draw").
            actors = [mm for mm in acting if not _owns(before, mm)] or acting
            they = _THEY_ACT.search(before, max(0, len(before) - 40))
            owners = [mm for mm in before_mentions if they and _owns(before, mm) and (actors[-1].end if actors else 0) <= mm.start < they.start()]
            if owners:  # "… from Arsenal's display at Spurs, even though they ran out 5-4 winners": the owner
                actors = owners[-1:]
            if owner_club:  # "Chelsea's 1-0 defeat at St James' Park": the result's owner played it
                subject = owner_club
            elif relative:  # the result is told in a relative clause: its club is the subject
                subject = relative.club
            elif actors:
                subject = actors[-1].club
            elif left := self._left_by_result(sentence, m, mentions):
                subject = left
            elif _ends_with(_WE_TOLD, before) and self.is_column:
                subject, writers_opponent = self._writers_side(paragraph, before, _ends_with(_WE_TOLD, before).start(),
                                                               before_mentions, after_mentions)
                if subject is None:
                    return  # "we lost 3-0": a columnist's own side, which the text does not name
            elif _ends_with(_THEY_BEAT_US, before) and self.is_column:
                # a column's "they beat us 5-0": "they" the side its headline is about ("Highbury will be our
                # Cup final"), "us" the writer's side of the time, the club he named last
                them = self.headline_side
                us = self._club_named_last(paragraph, besides=them, reach=600) if them else None
                if us is None:
                    return
                subject, writers_opponent = them, us
            elif _ends_with(_FIRST_PERSON, before):
                return  # "we lost 3-0" in a quote-less aside: the side is not told
            else:
                # nobody acts and nothing came before: the club the sentence named on the way, even as an
                # object ("Owen revelled in his return to the Real Madrid line-up and inspired a 3-1 win")
                named = [mm for mm in before_mentions if not _former_club(sentence, mm)]
                agg = self.aggregates[-1] if self.aggregates else None
                if not mentions and agg and agg.told_in == paragraph and _LEG.search(sentence):
                    subject, opponent = agg.a, agg.b  # "… 3-1 on aggregate. The first leg in Gosford finished 1-1."
                    order_known = False
                elif not named and (ground := self.ground_pattern.search(before)) and _WHERE.match(before, ground.end()) \
                        and (host := self._home_of_ground(ground.group(0))):
                    subject = host  # "… at St James' Park, where fans unfurled a banner during the 2-2 draw with Villa"
                else:
                    subject = self._implicit_subject(sentence, mentions, m) or (
                        named[-1].club if named and not _ends_with(_UNNAMED_OWNER, before) else None)
            if after_mentions and subject == after_mentions[0].club:  # "… finished 1-1 after a late leveller for Wycombe"
                after_mentions = [mm for mm in after_mentions if mm.club != subject]
            if after_mentions:
                opponent = after_mentions[0].club
                there = _IN_THE_SAME.match(sentence, after_mentions[0].end)  # "against the Wellington Phoenix in Wellington"
                if _HOME_OF_NEXT.search(after[: after_mentions[0].start - m.end()]) or (
                        there and any(mm.start == there.end() and mm.club == opponent for mm in mentions)):
                    home = opponent
            elif owner_club:  # "Rosenborg's goal in Arsenal's 5-1 win": the one other side the sentence names
                nation = self.teams.is_nation(subject)
                others = {mm.club for mm in before_mentions if mm.club != subject and self.teams.is_nation(mm.club) == nation}
                opponent = others.pop() if len(others) == 1 else None
            else:  # a club named between the actor and the score ("X, level with Y, drew 1-1")
                start = actors[-1].end if actors else 0
                if actors and _WITH_BEFORE.search(sentence, max(0, actors[-1].start - 12), actors[-1].start):
                    start = 0  # "… have played China, with the Irish winning 1-0": the side named before it
                others = [mm for mm in before_mentions if mm.club != subject and mm.start >= start]
                opponent = others[-1].club if others else None
                if others and sentence.endswith((" at ", " at the "), 0, others[-1].start):
                    home = opponent  # "… display at Spurs, even though they ran out 5-4 winners"
                named_on_the_way = bool(others) and len(sentence[others[-1].end : m.start()].split()) > 8
        opponent = opponent or writers_opponent
        g = self.ground_pattern.search(sentence, max(stretch, told[0] if told else 0), clause_end)  # in this result's own part
        venue = None
        if g:
            venue = g.group(0)
            ground_club = self._home_of_ground(venue)
            # a ground named right after the result outweighs a club only named on the way to it
            # ("… the derby against Dundee … last weekend's 3-0 defeat at Pittodrie" was at Aberdeen)
            right_after = g.start() >= m.end() and len(sentence[m.end() : g.start()].split()) <= 3
            if ground_club and subject and ground_club != subject and (
                    opponent is None or opponent not in mentions_clubs(mentions) or (named_on_the_way and right_after)):
                opponent = ground_club
            if ground_club and ground_club in (subject, opponent):
                home = ground_club
        if subject and not opponent and (aside := _IN_BRACKETS.search(sentence, 0, m.start())):
            # "I saw them play against Belgium (Egypt won 4-0)": the side named just before the aside
            outside = [mm.club for mm in before_mentions if mm.end <= aside.start() and mm.club != subject]
            opponent = outside[-1] if outside else None
        if subject and not opponent:  # "… lost 1-0 at Hampden to a late goal from Finland's Ella Koskinen"
            nation = self.teams.is_nation(subject)
            later = [mm for mm in mentions if mm.start >= m.end() and mm.club != subject and self.teams.is_nation(mm.club) == nation
                     and (_owns(sentence, mm) or _ends_with(_OBJECT_CONTEXT, sentence, mm.start))
                     and not (self.teams.is_nation(mm.club) and _ends_with(_IN_PLACE, sentence, mm.start))  # "in Portugal": where
                     and not self._only_a_place(sentence, mm)]
            opponent = later[0].club if later else None
        if subject and not opponent:
            earlier = paragraph[: self._sentence_at]
            if _THAT_MEETING.search(sentence):  # "Bayern had won that Bundesliga meeting 3-2": a fixture told before
                earlier = self._text_before(paragraph) + "\n" + earlier
            opponent = self._other_club(subject, paragraph, earlier)
        if subject and opponent and self.teams.is_nation(opponent) and not self.teams.is_nation(subject) and not owner_club:
            # "Millwall's Darragh Foley, who started the 1-0 win over Armenia": a nation's result, the
            # nation the article is about
            subject = self._other_club(opponent, paragraph, paragraph[: self._sentence_at])
        if not subject or not opponent or subject == opponent or self.teams.is_nation(subject) != self.teams.is_nation(opponent):
            return  # a national side plays national sides, a club plays clubs
        if _AT_HOME.search(sentence) and home is None:
            home = subject
        high, low = max(x, y), min(x, y)
        if polarity == "win":
            s_score, o_score = high, low
        elif polarity == "lose":
            s_score, o_score = low, high
        else:
            if x != y:
                return
            s_score = o_score = x
        if home == opponent:
            found = _Found(opponent, subject, o_score, s_score)
        else:
            found = _Found(subject, opponent, s_score, o_score, order_known=home == subject and order_known)
        found.subject, found.subject_won = subject, polarity == "win"
        found.venue = venue
        found.competition = _competition(sentence) or self._paragraph_competition(paragraph)
        # the leg named nearest the score in its part, unless another score stands nearer to it ("Down 1-0
        # from the first leg, … a 2-0 win on the night")
        scores_at = [sc.start() for sc in SCORE.finditer(sentence)]
        legs_named = [g for g in _LEG.finditer(sentence, *(told or (0, len(sentence))))
                      if min(scores_at, key=lambda at: abs(g.start() - at)) == m.start()]
        named_leg = min(legs_named, key=lambda g: abs(g.start() - m.start()), default=None)
        if leg or named_leg:
            found.leg = leg or (1 if named_leg.group(1).lower() in ("first", "1st") else 2)
        wd = _WEEKDAY.search(sentence)
        if wd:
            found.date = _weekday_date(wd.group(1).capitalize(), self.published, last=wd.group(0).lower().startswith("last"))
        if _EXTRA_TIME.search(sentence):
            found.extra_time = True
        part = sentence[told[0] : told[1]] if told else sentence
        found.scorers = _scorers_near(part, self.book, self.teams)
        if not found.scorers and told and _ANOTHER_GOAL.search(part):  # "…, and another in the 2-1 win": his again
            found.scorers = list(self._told_scorers)
        self._told_scorers = found.scorers
        found.told_in, found.told_at = sentence, m.start()
        kept = self.add(found)
        if kept.told_in is sentence:
            self._in_sentence.append(kept)
        if kept.home_score == kept.away_score:
            self._level_told.add(id(paragraph))
        self._just_found = (kept, paragraph)

    @cached_property
    def is_column(self) -> bool:
        """Whether the writer tells the article in his own words ("I remember …"): a manager's or a
        player's column, where "we" outside quotes is the writer's side."""
        return len(_WRITER.findall(unquoted(self.text))) >= 3

    def _club_named_last(self, paragraph: str, besides: str, reach: int = 1200) -> str | None:
        """The club other than `besides` the narrative named last before the sentence being read, looking
        back `reach` characters before its paragraph."""
        earlier = unquoted(self._text_before(paragraph, reach) + "\n" + paragraph[: self._sentence_at])
        named = [mm.club for mm in self.teams.mentions(earlier) if mm.club != besides]
        return named[-1] if named else None

    @cached_property
    def headline_side(self) -> str | None:
        """The one club a headline names, or whose ground it names ("Highbury will be our Cup final")."""
        title = self.title or ""
        clubs = {mm.club for mm in self.teams.mentions(title)}
        clubs |= {host for g in self.ground_pattern.finditer(title) if (host := self._home_of_ground(g.group(0)))}
        return clubs.pop() if len(clubs) == 1 else None

    @cached_property
    def writers_club(self) -> str | None:
        """The club a column's writer plays for or manages, as its headline or standfirst introduces him:
        "the Sheffield Wednesday skipper writes …"."""
        top = (self.title or "") + "\n" + self.opening
        clubs = {mm.club for mm in self.teams.mentions(top) if _WRITER_ROLE.match(top, mm.end)}
        return clubs.pop() if len(clubs) == 1 else None

    def _writers_side(self, paragraph: str, before: str, we_at: int, before_mentions, after_mentions) -> tuple[str | None, str | None]:
        """A columnist's "we" (at `we_at` in `before`, the sentence up to the score) and the side "we" played:
        the opponent is the club named after "we" ("we went to Derby … and lost 2-0", "we lost 3-0 to
        Derby"), or for "we beat them 2-0" the club named last before; "we" is the club named nearest
        before it ("When I was at Stoke we …"), else the writer's club, else the sentence before that
        names clubs tells both: "we" the club that acts in it, named last, the opponent the one other club
        ("As a player, Scunthorpe did well at Newcastle once. … we lost 3-0")."""
        after_we = [mm.club for mm in before_mentions if mm.start > we_at] + [mm.club for mm in after_mentions]
        opponent = after_we[0] if after_we else None
        near = [mm.club for mm in before_mentions if mm.end <= we_at and mm.club != opponent]
        if near:
            return near[-1], None
        if self.writers_club and self.writers_club != opponent:
            if opponent is None and _THEM_TOLD.search(before, we_at):
                # "… in the end we beat them 2-0": the club last named before, the one "Derby came to us" tells of
                return self.writers_club, self._club_named_last(paragraph, besides=self.writers_club)
            return self.writers_club, None
        earlier = self._text_before(paragraph, 1200) + "\n" + paragraph[: self._sentence_at]
        for start in reversed(sentence_starts(earlier.rstrip())):
            told = unquoted(earlier[start:])
            mentions = [mm for mm in self.teams.mentions(told) if mm.club != opponent]
            if not mentions:
                earlier = earlier[:start]
                continue
            clubs = list(dict.fromkeys(mm.club for mm in mentions))
            actors = [mm.club for mm in _actors(told, mentions) if _ANTECEDENT_ACTS.match(told, mm.end)]
            if not actors or (opponent is None and len(clubs) != 2) or (opponent and len(clubs) != 1):
                return None, None
            we = actors[-1]
            return we, opponent or next(c for c in clubs if c != we)
        return None, None

    @staticmethod
    def _left_by_result(sentence: str, m: re.Match, mentions) -> str | None:
        """The side a result left somewhere in the table played it: "after Saturday's 1-0 defeat at
        Charlton, which left Newcastle 11th"."""
        left = _LEFT_BY_IT.search(sentence, m.end(), m.end() + 80)
        return next((mm.club for mm in mentions if left and mm.start == left.end()), None)

    def _club_of_nation(self, sentence: str, after_mentions: list[Mention]) -> list[Mention]:
        """A nation's club named right after it, where the opponent stands ("a 3-2 win over Cameroon's Canon
        Yaounde", "defeat by Spain's Valencia"), is the side meant, not the nation."""
        nation = after_mentions[0]
        own = _NATION_OWNS.match(sentence, nation.end)
        if own is None:
            return after_mentions
        rest = after_mentions[1:]
        if rest and rest[0].start == own.start("name"):
            return rest  # a club the table knows
        name = own.group("name")
        if fold(name.split()[0]) in NOT_NAME_WORDS | DESCRIPTOR_HEADS or any(ch.isdigit() for ch in name) \
                or self._named_as_person(name):
            return after_mentions  # "Brazil's Ramires", "Italy's Under-21s": not a club
        start = own.start("name")
        return [Mention(start, start + len(name), self.teams.add(name)), *rest]

    def _beat_them(self, before: str, before_mentions) -> tuple[str, str] | None:
        """(winner, loser) of "since Rotherham, from the second level, beat them": the named winner, and
        the side "them" stands for: one named earlier in the sentence, else the side the text is about."""
        m = _ends_with(_BEAT_THEM, before)
        if m is None:
            return None
        words = m.group("name").split()
        winner = next((club for k in range(len(words)) if (club := self.teams.club_of(" ".join(words[k:])))), None)
        if winner is None:  # a side the table does not know, after any opener ("In March Rotherham")
            while len(words) > 1 and fold(words[0]) in NOT_NAME_WORDS:
                words = words[1:]
            name = " ".join(words)
            if fold(words[0]) in NOT_NAME_WORDS or self.book.is_person(name):
                return None  # "… but Henry beat them 2-1": not a side
            winner = self.teams.add(name)
        earlier = [mm.club for mm in before_mentions if mm.start < m.start("name") and mm.club != winner]
        loser = earlier[-1] if earlier else self.last_subject
        return (winner, loser) if loser and loser != winner else None

    def _objects_in(self, sentence: str) -> dict[int, bool]:
        """The object memo for `sentence` (see `_actors`); a new sentence starts a new one."""
        if self._objects_sentence is not sentence:
            self._objects_sentence, self._objects = sentence, {}
        return self._objects

    def _paragraph_competition(self, paragraph: str) -> str | None:
        if paragraph not in self._competitions:
            self._competitions[paragraph] = _competition(paragraph) or self.article_competition
        return self._competitions[paragraph]

    def _club_counts(self, text: str) -> dict[str, int]:
        if text not in self._counts:
            counts: dict[str, int] = {}
            clean = (_QUOTED_PAIRS if "''" in text else _QUOTED).sub(" ", text)
            for mm in self.teams.mentions(clean):
                if _PLAYER_OF.match(clean, mm.end) or _ends_with(_CAME_FROM, clean, mm.start) \
                        or self._only_a_place(clean, mm):
                    continue  # "Manchester United's Peter Schmeichel", "joined from French club Rennes", "in Birmingham": not a side
                counts[mm.club] = counts.get(mm.club, 0) + 1
            self._counts[text] = counts
        return self._counts[text]

    def _named_as_person(self, name: str) -> bool:
        """A person, as the article shows: a name that could be one, whose last word it also uses alone
        ("Diego Maradona" … "Maradona"); a club is shortened by its first word ("Cotonsport")."""
        last = name.split()[-1]
        return self.book.is_person(name) and (len(name.split()) == 1 or self.text.count(last) > self.text.count(name))

    def _only_a_place(self, sentence: str, mm: Mention) -> bool:
        """A club named after "in" that the article never names as a side: a city ("in Cardiff")."""
        return bool(_ends_with(_IN_PLACE, sentence, mm.start)) and not _owns(sentence, mm) \
            and not _ends_with(_VENUE_OF_MATCH, sentence, mm.start) \
            and mm.club not in self._named_as_sides  # "in Tottenham's game", "the first leg in Lyon" name a side

    @cached_property
    def _named_as_sides(self) -> set[str]:
        """Clubs the article names somewhere other than after "in" (read only when a club follows "in")."""
        return {mm.club for mm in self.teams.mentions(self.whole)
                if not _ends_with(_IN_PLACE, self.whole, mm.start) or _owns(self.whole, mm)}

    def _club_of_person(self, person: str) -> str | None:
        """The club the article names a person as the manager of ("Chelsea boss Jose Mourinho"), not a
        former one ("former Chelsea boss"): found by his full name, or by a surname no one else in the
        article has."""
        full = self.book.canonical(person)
        if full in self._managers:
            return self._managers[full]
        surname = full.split()[-1]
        same_surname = [name for name in self._managers if name.split()[-1] == surname]
        alone = " " not in person.strip() and len(self.book.by_surname.get(fold(surname), ())) <= 1
        return self._managers[same_surname[0]] if len(same_surname) == 1 and alone else None

    @cached_property
    def _managers(self) -> dict[str, str]:
        """Person -> club, for each "<Club> boss|manager|coach <Name>" the article writes (one pass over it)."""
        found: dict[str, str] = {}
        for at, _role in whole_words(self.text, ("boss", "manager", "coach")):
            head = self.text[max(0, at - 50) : at]
            clubs = self.teams.mentions(head)
            name = NAME_RUN.match(self.text, at + len(_role) + 1)
            if not clubs or name is None or not _CLUB_THEN_ROLE.fullmatch(head, clubs[-1].end) or _former_club(head + _role, clubs[-1]):
                continue
            tokens = name_tokens(name.group(0))
            if tokens:
                found.setdefault(self.book.canonical(" ".join(tokens)), clubs[-1].club)
        return found

    def _club_of_his_side(self, paragraph: str, sentence: str, score_start: int) -> str | None:
        """Whose "his side's 3-2 win": the club of the person the sentence is about (the first it names),
        else of the last person named just before it in the paragraph."""
        people = [run.group(0) for run in NAME_RUN.finditer(sentence, 0, score_start) if self.book.is_person(run.group(0))]
        if not people:
            at = self._sentence_at
            told = paragraph[max(0, at - 600) : at]
            people = [run.group(0) for run in NAME_RUN.finditer(told) if self.book.is_person(run.group(0))][-1:]
        return self._club_of_person(people[0]) if people else None

    def _other_club(self, subject: str, paragraph: str, earlier: str = "") -> str | None:
        """The opponent a sentence leaves unnamed: a fixture `earlier` in the paragraph names ("a match
        with Arsenal"), the headline's club, the one club the sentence before names as its subject, or
        else the one this paragraph, or else the article, names most; in the article, a tie goes to the
        one club of them the opening paragraph names; else nobody."""
        nation = self.teams.is_nation(subject)  # a club's unnamed opponent is a club, not a country

        def fits(club: str) -> bool:
            return club != subject and self.teams.is_nation(club) == nation

        fixture = [mm for f in _FIXTURE_WITH.finditer(earlier) for mm in self.teams.mentions(earlier[f.end() : f.end() + 40])[:1]
                   if mm.start == 0 and fits(mm.club)]
        if fixture:  # "… a Premiership match with Arsenal on Saturday. … his side came back to draw 1-1."
            return fixture[-1].club
        if earlier.strip():  # "Ireland needed penalties to get past Belgium. Trailing 1-0 from the first leg, …"
            clubs = {mm.club for mm in self.teams.mentions(unquoted(earlier[sentence_starts(earlier.rstrip())[-1] :]))}
            if subject in clubs and len(others := [c for c in clubs if fits(c)]) == 1:
                return others[0]
        for where, text in enumerate((self.title or "", paragraph, self.whole)):
            counts = {c: n for c, n in self._club_counts(text).items() if fits(c)}
            if where == 1 and (before := self._subject_before(earlier)) and fits(before):
                return before  # "Southampton were last humbled by a third-tier side. Fulham … won 1-0"
            if counts:
                most = max(counts.values())
                tied = [c for c, n in counts.items() if n == most]
                if len(tied) > 1 and where == 2:  # the opening paragraph says what the article is about
                    tied = [c for c in tied if c in self._club_counts(self.opening)]
                if len(tied) == 1 or where == 2:
                    return tied[0] if len(tied) == 1 else None  # a guess would put a wrong result in the store
                if where == 0:  # the headline names two other sides: its match is another one
                    continue
                return None
        return None

    def _text_before(self, paragraph: str, reach: int = 1500) -> str:
        """The article's text before a paragraph, at most `reach` characters of it."""
        at = self.text.find(paragraph)
        return self.text[max(0, at - reach) : at] if at > 0 else ""

    def _subject_before(self, earlier: str) -> str | None:
        """The one club the sentence just before names, when it is that sentence's subject."""
        if not earlier.strip():
            return None
        sentence = earlier[sentence_starts(earlier.rstrip())[-1] :]
        mentions = self.teams.mentions(unquoted(sentence))
        clubs = {mm.club for mm in mentions}
        actors = _actors(sentence, mentions) if len(clubs) == 1 else []
        return actors[0].club if actors else None

    def aggregate(self, sentence: str, m: re.Match, x: int, y: int, mentions, leg_lead: bool = False,
                  paragraph: str = "") -> None:
        """An aggregate score, or a first-leg lead carried into the second leg (`leg_lead`)."""
        before = sentence[: m.start()]
        before_mentions = [mm for mm in mentions if mm.end <= m.start()]
        subject = (relative.club if (relative := _relative_subject(before, before_mentions)) else None) \
            or self._subject(sentence, mentions, m.start())
        prior = self._told_before(m)
        if not subject and prior:  # "…, who beat AZ 3-1 in north London to go through 4-2 on aggregate"
            subject = prior.subject
        if not subject and (side := _PERSONS_SIDE.search(before)) and self.book.is_person(side["name"]):
            subject = self._club_of_person(side["name"])  # "Lindgren's side knocked out Wolfsburg 3-2 on aggregate"
        subject = subject or self._implicit_subject(sentence, mentions, m)
        if not subject:
            return
        nation = self.teams.is_nation(subject)  # "from the trip to France": a place, not the opponent
        # an aggregate's opponent: never a club-city the article names only as a place ("booked their
        # place in Cardiff with a 2-0 win over Fulham, completing a 3-1 aggregate victory")
        others = [mm for mm in mentions if mm.club != subject and self.teams.is_nation(mm.club) == nation]
        others = [mm for mm in others if not self._only_a_place(sentence, mm)]
        # the side named after the subject's last mention before the score, else the first other named:
        # "…, while Hearts drew 1-1 with Plzen to go through 3-2 on aggregate" is Hearts against Plzen
        last_named = max((mm.start for mm in mentions if mm.club == subject and mm.start < m.start()), default=-1)
        after = [mm for mm in others if mm.start > last_named]
        opponent = (after or others)[0].club if others else self._other_club(subject, sentence, paragraph[: self._sentence_at])
        if not opponent:
            return
        polarity = self._polarity(sentence, m)
        lead = leg_lead or _ends_with(_LEAD, before) is not None
        high, low = max(x, y), min(x, y)
        if polarity == "lose" or _ends_with(_DOWN_BEFORE, before):
            sa, sb = low, high
        elif polarity == "win" or lead:
            sa, sb = high, low
        else:
            sa, sb = x, y
        where = _FIRST_LEG_AT.search(sentence)
        first_leg_home = self.teams.club_of(where.group("place")) or self._home_of_ground(where.group("place")) \
            if where else None
        before_second_leg = leg_lead or (lead and bool(re.search(r"second leg", sentence, re.I)))
        day = _WEEKDAY.search(sentence) if before_second_leg else None
        ground = self.ground_pattern.search(sentence) if before_second_leg else None
        # told whole only when a result verb says who went through, and nothing says the tie goes on
        own_from = relative.start if relative else 0  # "Arsenal will face Barcelona, the holders having completed …"
        next_clause = _OTHER_CLAUSE.search(sentence, m.end())  # "…, while West Ham went out after a goalless second leg"
        finished = polarity in ("win", "lose") and not lead and _UNFINISHED.search(
            sentence, own_from, next_clause.start() if next_clause else len(sentence)) is None
        winner = ((subject if sa > sb else opponent) if sa != sb
                  else {"win": subject, "lose": opponent}.get(polarity or "")) if finished else None
        settled = _SETTLED_BY.search(sentence)
        self.aggregates.append(_Aggregate(
            subject, opponent, sa, sb, before_second_leg=before_second_leg, finished=finished, winner=winner,
            decided_by=None if winner is None else "aggregate" if sa != sb else
            "penalties" if settled and settled.group("pens") else "away goals" if settled else None,
            competition=_competition(sentence) or self._paragraph_competition(paragraph),
            first_leg_home=first_leg_home if first_leg_home in (subject, opponent) else None,
            second_leg_date=_weekday_date(day.group(1).capitalize(), self.published) if day else None,
            second_leg_venue=ground.group(0) if ground else None,
            extra_time=bool(_EXTRA_TIME.search(sentence)), told_in=paragraph or sentence, sentence=sentence, at=m.start()))
        if sa == sb:
            self._level_told.add(id(paragraph))
        if before_second_leg:  # the narrative goes on with the second leg, a match not read yet
            self._leg_story = (frozenset((subject, opponent)), 2, paragraph)

    def penalties(self, x: int, y: int, sentence: str, mentions, m: re.Match) -> None:
        """A shoot-out: kept until every result is read, then given to the match it settled."""
        actors = [mm.club for mm in mentions if not _ends_with(_OBJECT_CONTEXT, sentence, mm.start)]
        winner = actors[0] if actors else self._implicit_subject(sentence, mentions, m)
        if winner and self._polarity(sentence, m) == "lose":
            # "West Ham, who were beaten 5-4 on penalties by Freiburg": the other side won the kicks
            winner = next((mm.club for mm in mentions if mm.club != winner), None)
        if winner:
            self.shootouts.append((winner, max(x, y), min(x, y), sentence))

    def settle_live_scorers(self) -> None:
        """A live report's goal lines name scorers of the one result told for their two sides."""
        for pair, names in self._live_scorers.items():
            told = self._by_pair.get(pair, [])
            if len(told) == 1:
                told[0].scorers += [Scorer(player=self.book.canonical(n)) for n in dict.fromkeys(names)
                                    if not any(s.player == self.book.canonical(n) for s in told[0].scorers)]

    def settle_shootouts(self) -> None:
        by_club = self._by_club()
        for winner, hi, lo, sentence in self.shootouts:
            candidates = [f for f in by_club.get(winner, ()) if f.penalties is None]
            level = [f for f in candidates if f.home_score == f.away_score]
            # the level result told with the kicks, else one that went to extra time, else a tie's second leg,
            # else the last level result told
            f = next((f for f in level if f.told_in == sentence), None) or next((f for f in level if f.extra_time), None) \
                or next((f for f in reversed(candidates) if f.leg == 2), None) or (level[-1] if level else None)
            if f:
                f.penalties = (hi, lo) if winner == f.home else (lo, hi)

    def add(self, found: _Found) -> _Found:
        """Keep a result once: a second report of it adds what it knows. Returns the kept one."""
        pair = frozenset((found.home, found.away))
        for f in self._by_pair.get(pair, ()):
            same = {f.home, f.away} == {found.home, found.away} and not (f.leg and found.leg and f.leg != found.leg) \
                and not (f.venue and found.venue and f.venue != found.venue)  # the same score at each ground
            if same and (f.home, f.home_score, f.away_score) in ((found.home, found.home_score, found.away_score), (found.away, found.away_score, found.home_score)):
                for s in found.scorers:
                    if not any(s.player == t.player for t in f.scorers):
                        f.scorers.append(s)
                f.leg = f.leg or found.leg
                f.date = f.date or found.date
                f.venue = f.venue or found.venue
                if not f.order_known and found.order_known:
                    f.home, f.away, f.home_score, f.away_score = found.home, found.away, found.home_score, found.away_score
                    f.order_known = True
                return f
        self.found.append(found)
        self._by_pair.setdefault(pair, []).append(found)
        return found

    def _by_club(self) -> dict[str, list[_Found]]:
        """The results each side played, in the order they were told (built once where many are asked for)."""
        by_club: dict[str, list[_Found]] = {}
        for f in self.found:
            by_club.setdefault(f.home, []).append(f)
            if f.away != f.home:
                by_club.setdefault(f.away, []).append(f)
        return by_club

    def _reindex(self) -> None:
        self._by_pair = {}
        for f in self.found:
            self._by_pair.setdefault(frozenset((f.home, f.away)), []).append(f)

    def report_scorers(self, paras: list[str], match: _Found) -> None:
        """A match report names its scorers in prose ("Cristiano Ronaldo scored the opener")."""
        nation = self.teams.is_nation(match.home)
        for par in paras:
            if _is_line_up(par):
                continue  # a line-up, not prose
            clean = unquoted(par)
            others_told = [f.told_in for f in self.found if f is not match and f.told_in and f.told_in in par]
            if others_told:
                named = {mm.club for mm in self.teams.mentions(clean) if self.teams.is_nation(mm.club) == nation
                         and not _ends_with(_IN_PLACE, clean, mm.start)}  # not "a flat night in Portugal"
                if named and not named & {match.home, match.away}:
                    continue  # "Elsewhere, Scotland drew 1-1 with Norway. Solbakk gave the hosts the lead …": another match
            starts = sentence_starts(clean) + [len(clean)]
            for a, b in zip(starts, starts[1:]):
                if _leg_named(clean[a:b]) not in (None, match.leg):
                    continue  # "… having won the first leg": another match of the tie
                if any(told in par[a:b] for told in others_told):
                    continue  # "… the original tie, which finished 1-1 after Coyle's leveller": another result
                if _tells_kicks(clean[a:b]):
                    break  # "In the shoot-out, both sides scored their first four kicks": kicks, not goals
                if {mm.club for mm in self.teams.mentions(clean[a:b]) if self.teams.is_nation(mm.club) == nation} \
                        - {match.home, match.away}:
                    continue  # "Sociedad levelled …": a sentence about another match ("the Finnish midfielder" is no side)
                for scorer in _scorers_near(clean[a:b], self.book, self.teams):
                    if not any(fold(s.player).split()[-1] == fold(scorer.player).split()[-1] for s in match.scorers):
                        match.scorers.append(scorer)

    def scorers_by_club(self, paras: list[str]) -> None:
        """In a review of several results, a sentence naming scorers and one side's club belongs to the
        one match that side played ("United went ahead through Alan Smith …")."""
        lead = self._lead_result  # until the text turns to another result, a paragraph naming no club tells this one
        block = None  # the match a wire's score line heads ("CREW 2, TORONTO FC 0"), told until the next one
        by_club = self._by_club()
        for par in paras:
            if line := _HEADLINE.match(par.strip()):
                sides = frozenset((self.teams.club_of(line["home"] or line["home2"]), self.teams.club_of(line["away"] or line["away2"])))
                block = next(iter(self._by_pair.get(sides, ())), None)
                continue
            clean = unquoted(par)
            starts = sentence_starts(clean) + [len(clean)]
            in_view = None  # the match this paragraph tells, once a sentence has named one of its sides
            named_yet = False  # whether the paragraph has named any club yet
            for a, b in zip(starts, starts[1:]):
                sentence = clean[a:b]
                clubs = {mm.club for mm in self.teams.mentions(sentence)}
                clubs |= {c for g in self.ground_pattern.finditer(sentence) if (c := self._home_of_ground(g.group(0)))}
                leg = _leg_named(sentence)
                played = _two_at_most(by_club.get(c, ()) for c in clubs)  # "At Parkhead, …" is Celtic's match
                if leg is not None:
                    played = _two_at_most([f for f in by_club.get(c, ())[:_FEW] if f.leg == leg] for c in clubs)
                if len(clubs) <= _FEW_CLUBS:  # "Portland answered through Ibarra … Kessie put Seattle back in front": their match
                    both = _two_at_most([f for f in self._by_pair.get(frozenset(p), ())[:_FEW] if leg in (None, f.leg)]
                                        for p in combinations(sorted(clubs), 2))
                    if len(both) == 1:
                        played = both
                if clubs:
                    in_view = played[0] if len(played) == 1 else None
                    named_yet = True
                    if any(f is not lead for f in played):
                        lead = None
                if any((par, a + sc.start()) in self._read_scores for sc in SCORE.finditer(sentence)):
                    continue  # its own result took its scorers already (a half-time score tells none)
                if _tells_kicks(sentence):
                    continue  # the kicks of a shoot-out are not goals
                found = _scorers_near(sentence, self.book, self.teams)
                # no club named: the sentence goes on about the match in view ("… before Raul bagged a brace")
                # nor has any sentence of the paragraph before it: the result the article opens with
                match = played[0] if len(played) == 1 else (
                    in_view if not clubs and in_view and leg in (None, in_view.leg) else None)
                if match is None and block is not None and not (clubs - {block.home, block.away}) and leg is None:
                    match = block  # "Diego Cárdenas scored in each half as Columbus moved two points clear"
                if match is None and not named_yet and leg is None and not _ELSEWHEN.search(sentence):
                    match = lead
                if not found or match is None:
                    continue  # no match, or several it could be (the two legs of a tie)
                for scorer in found:
                    if not any(fold(s.player).split()[-1] == fold(scorer.player).split()[-1] for s in match.scorers):
                        match.scorers.append(scorer)

    # -- team sheets ---------------------------------------------------------------------------
    def team_sheet(self, paras: list[str], headline: _Found | None) -> None:
        if not headline:
            return
        labeled = False
        current = None  # the club whose line-up was read last; its "Goals:" line may be a paragraph of its own
        for par in paras:
            scorers_block = False  # "Scorers: Leeds: Gale 12, 67; Hull: Pike 45 (pen)"
            for seg in _SHEET_LABEL_START.split(" " + par):
                lm = _SHEET_LABEL.match(seg)
                if not lm:
                    continue
                label, body = lm.group(1).strip(), lm.group(2)
                club = self.teams.club_of(label)
                if club in (headline.home, headline.away):
                    current = club
                    if scorers_block:
                        labeled = True
                        self._goal_items(body, club, headline)
                elif label in ("Scorers", "Goalscorers", "Goals") and not body.strip():
                    scorers_block = True
                elif label == "Goals" and current:
                    labeled = True
                    self._goal_items(body.split(". ")[0], current, headline)
        if labeled:
            return
        for (_players, lines), side in zip(_unlabeled_sheets(paras), (headline.home, headline.away)):
            for line in lines:  # BBC lists the home side's line-up first
                self._goal_items(line, side, headline)

    def sheet_result(self, paras: list[str]) -> None:
        """A report whose headline gives no score still ends with its team sheets: two line-ups, each
        followed by its goals ("Riise 1, Nunez 113."). The goals counted per side are the result; each
        line-up is matched to the club whose sentences name its players."""
        sheets = _unlabeled_sheets(paras)
        if len(sheets) != 2:
            return
        counts = self._club_counts(self.whole)
        clubs = sorted(counts, key=counts.get, reverse=True)[:2]
        goals = [sum(len(re.findall(r"\b\d{1,3}\b", line)) for line in lines) for _, lines in sheets]
        no_goals_lines = not any(lines for _, lines in sheets)  # 0-0, unless the text gave these sides a score
        if no_goals_lines and any(_GOALS_LABEL.match(p.lstrip(":- ")) for p in paras):
            return  # goals listed in a form not read: never a made-up 0-0
        if len(clubs) != 2 or any({f.home, f.away} == set(clubs) and (no_goals_lines or sorted((f.home_score, f.away_score)) == sorted(goals))
                                  for f in self.found):
            return
        winner = self._headline_winner()
        if goals[0] != goals[1] and winner in clubs:  # "Chelsea clinch cup": the side with more goals
            first = winner if goals[0] > goals[1] else next(c for c in clubs if c != winner)
        elif goals[0] == goals[1]:
            first = clubs[0]  # a draw reads the same either way round
        else:
            prose = [unquoted(p) for p in paras if not _is_line_up(p)]
            fit = [[_shared_sentences(prose, players, club, self.teams) for club in clubs] for players, _ in sheets]
            straight, crossed = fit[0][0] + fit[1][1], fit[0][1] + fit[1][0]
            if straight == crossed:
                return  # the text does not tell which line-up is which club
            first = clubs[0] if straight > crossed else clubs[1]
        home, away = first, next(c for c in clubs if c != first)
        found = _Found(home, away, goals[0], goals[1], competition=self.article_competition)
        found.extra_time = bool(_EXTRA_TIME.search((self.title or "") + self.text[:400]))
        for (players, lines), club in zip(sheets, (home, away)):
            for line in lines:
                self._goal_items(line, club, found)
        self.add(found)

    def prose_result(self, paras: list[str]) -> None:
        """A one-match report that never states its score may still make it certain: the opening says
        who won, or that it was drawn, and the prose names each goal ("Goals from Vignal and Novo gave
        Rangers victory at Celtic Park" is 2-0). A win is counted only from goals listed together, or
        from a lone goal, when nothing says the beaten side scored; a draw only as one goal and its
        equaliser."""
        first_end = SENTENCE_END.search(self.opening, 0, _OPENING_REACH)
        sentence = self.opening[: first_end.end() if first_end else _OPENING_REACH]  # no opening runs on for ever
        # "claimed" or "clinched" tells what was won only by its object: "claimed a draw"
        said = [p for p in _POLARITY.finditer(sentence) if p.group(0).lower() not in ("claimed", "clinched", "clinch")]
        kinds = {"draw" if p.group("draw") else "win" if p.group("win") else "lose" for p in said}
        if len(kinds) != 1 or _ends_with(_HOPE, sentence, said[0].start()) or _ends_with(_HYPOTHETICAL, sentence, said[0].start()):
            return  # "whose side lost last week, saw his team beat Celtic"; "favourites to beat Celtic"
        clubs = self._opening_clubs(sentence)
        if len(clubs) != 2 or _NIL.search(self.text):
            return
        kind = kinds.pop()
        if kind == "draw":
            first, second = clubs
            if not _EQUALISED.search(self.text):
                return
        else:
            acting = {mm.club for mm in _actors(sentence, self.teams.mentions(sentence))}
            if len(acting) != 1 or _LOSER_SCORED.search(self.text):
                return
            first = acting.pop()
            second = next(c for c in clubs if c != first)
        goals = self._prose_goals(paras, clubs)
        if kind == "draw":
            if len(goals) != 2 or max(goals.values()) != 1:
                return
            score = (1, 1)
        elif goals and (self._goals_listed(goals, clubs) or (list(goals.values()) == [1] and _LONE_GOAL.search(self.text))):
            score = (sum(goals.values()), 0) if kind == "win" else (0, sum(goals.values()))
        else:
            return
        home = self._ground_club(self.text)
        found = _Found(first, second, *score, competition=_competition(sentence) or self.article_competition,
                       order_known=home in clubs)
        if home == second:
            found = _Found(second, first, score[1], score[0], competition=found.competition)
        found.scorers = [Scorer(player=p) for p in goals]
        self.add(found)

    def _goals_listed(self, goals: dict[str, int], clubs: list[str]) -> bool:
        """Whether one sentence about these clubs lists every scorer together ("goals in each half from
        Fortune and Ronaldo"), and no goal besides ("…, plus a late penalty")."""
        for listed in _GOALS_LIST.finditer(self.text):
            around = self.text[max(0, listed.start() - 150) : listed.end() + 60]
            if {mm.club for mm in self.teams.mentions(around)} - set(clubs) or _ANOTHER_UNNAMED.match(self.text, listed.end()):
                continue
            names = {self.book.canonical(" ".join(name_tokens(run.group(0))))
                     for run in NAME_RUN.finditer(listed.group("names"))}
            if set(goals) <= names:
                return True
        return False

    def _prose_goals(self, paras: list[str], clubs: list[str]) -> dict[str, int]:
        """Scorer -> goals, from the report's own sentences about these two clubs and this match."""
        goals: dict[str, int] = {}
        for par in (unquoted(p) for p in paras if not _is_line_up(p)):
            starts = sentence_starts(par) + [len(par)]
            for a, b in zip(starts, starts[1:]):
                told = par[a:b]
                if _ELSEWHEN.search(told) or {mm.club for mm in self.teams.mentions(told)
                                               if not _ROLE_AFTER.match(par, a + mm.end)} - set(clubs):
                    continue  # "scored twice against Fulham", "in midweek": another match; not "the Tottenham striker"
                for scorer in _scorers_near(told, self.book, self.teams):
                    goals[scorer.player] = max(goals.get(scorer.player, 0), _times_scored(told, scorer.player))
        return goals

    def _opening_clubs(self, sentence: str) -> list[str]:
        """The clubs of the article's first sentence, with the club whose ground it names."""
        clubs = list(dict.fromkeys(mm.club for mm in self.teams.mentions(sentence)))
        club = self._ground_club(sentence)
        if club and club not in clubs:
            clubs.append(club)
        return clubs

    def _ground_club(self, text: str) -> str | None:
        """The home club of the first ground the text names."""
        ground = self.ground_pattern.search(text)
        return self._home_of_ground(ground.group(0)) if ground else None

    def _home_of_ground(self, ground: str) -> str | None:
        """The club a ground is the home of ("Pittodrie" → Aberdeen), if the table knows it."""
        return self.ground_table.get(fold(ground))

    def _headline_winner(self) -> str | None:
        """The club the headline, else the opening sentence, says won or went through ("Chelsea clinch cup",
        "Man Utd through", "… as Arsenal brushed aside struggling Norwich")."""
        starts = sentence_starts(self.opening)
        first = self.opening[: starts[1]] if len(starts) > 1 else self.opening
        for text in (self.title or "", first):
            for mm in self.teams.mentions(text):
                if _HEADLINE_WIN.match(text, mm.end, mm.end + 40):
                    return mm.club
        return None

    def _goal_items(self, body: str, club: str, match: _Found) -> None:
        for name, minute, og in _GOALS_ITEM.findall(body):
            player = self.book.canonical(name)
            team = club
            if og.strip():
                team = match.away if club == match.home else match.home
            named = [s for s in match.scorers if fold(s.player).split()[-1] == fold(player).split()[-1]]
            if named and named[0].minute is None:  # the sheet completes what the report already named
                named[0].team, named[0].minute = self.teams.display(team), int(minute)
            elif not named:
                match.scorers.append(Scorer(player=player, team=self.teams.display(team), minute=int(minute)))

    # -- legs and ties ---------------------------------------------------------------------------
    def complete_legs(self) -> None:
        """Legs the aggregates make certain: a lead carried into a second leg is the first leg's result;
        an aggregate and one leg give the other leg. New legs are placed beside the ones they complete once
        every aggregate is read, so a text with many stays linear."""
        before: dict[int, list[_Found]] = {}  # legs to place before (or after) a result, by its id
        after: dict[int, list[_Found]] = {}

        def place(new: _Found, anchor: _Found | None, ahead: bool) -> None:
            pair = self._by_pair.setdefault(frozenset((new.home, new.away)), [])
            if anchor is None:
                pair.append(new)
                self.found.append(new)
                return
            pair.insert(pair.index(anchor) + (0 if ahead else 1), new)  # a pair's few meetings, in the order played
            (before if ahead else after).setdefault(id(anchor), []).append(new)

        for agg in sorted(self.aggregates, key=lambda a: not a.before_second_leg):
            legs = list(self._by_pair.get(frozenset((agg.a, agg.b)), ()))
            if agg.before_second_leg and not legs:
                home = agg.first_leg_home or agg.b  # the leader usually carried an away lead home
                away = agg.a if home == agg.b else agg.b
                score = {agg.a: agg.sa, agg.b: agg.sb}
                place(_Found(home, away, score[home], score[away], leg=1, competition=self.article_competition,
                             order_known=agg.first_leg_home is not None), None, False)
            elif agg.before_second_leg and legs:
                second = legs[-1]
                second.leg = second.leg or 2
                first = _Found(second.away, second.home, 0, 0, competition=second.competition, leg=1)
                score = {agg.a: agg.sa, agg.b: agg.sb}
                first.home_score, first.away_score = score[first.home], score[first.away]
                place(first, second, True)  # legs in the order they were played
            elif not agg.before_second_leg and len(legs) == 2 and {f.leg for f in legs} in ({1, None}, {2, None}) \
                    and _legs_add_up(legs, agg):
                _number_other_leg(legs)  # "Bolton 1-1 Braga (agg 3-2)" and "had won the first leg 2-1"
            elif not agg.before_second_leg and len(legs) == 2 and {f.leg for f in legs} == {1, 2} \
                    and not _legs_add_up(legs, agg) and len(told := [f for f in legs if f.told_in == agg.sentence]) == 1 \
                    and told[0].home_score != told[0].away_score:
                # "… to win the second leg 1-0 and level the tie at 2-2 on aggregate": the leg told with the
                # aggregate was won by the side that makes it add up
                leg = told[0]
                leg.home_score, leg.away_score = leg.away_score, leg.home_score
                if not _legs_add_up(legs, agg):
                    leg.home_score, leg.away_score = leg.away_score, leg.home_score
            elif not agg.before_second_leg and len(legs) == 2 and not any(f.leg for f in legs):
                # both meetings told, neither named as a leg, adding up to the aggregate: the one its sentence
                # dates as earlier ("after the 1-1 draw at the Riverside a fortnight ago") is the first leg
                earlier = [f for f in legs if _EARLIER.search(f.told_in)]
                if legs[0].told_in == legs[1].told_in:  # told together: the one dated
                    earlier = [f for f in legs if _dated_earlier(f.told_in, f.told_at)]  # "… after the 1-1 draw in Galicia a fortnight ago"
                if _legs_add_up(legs, agg) and len(earlier) == 1:
                    earlier[0].leg = 1
                    next(f for f in legs if f is not earlier[0]).leg = 2
            elif not agg.before_second_leg and len(legs) == 1 and (legs[0].leg or _LEG_OR_TIE.search(legs[0].told_in)
                                                                    or legs[0].told_in in agg.told_in):
                # a meeting told as part of the tie, or beside its aggregate ("Sydney won the derby 4-1" in
                # one paragraph, "last season's semi-final, which Sydney won 4-2 on aggregate" in another)
                known = legs[0]
                goals = {known.home: known.home_score, known.away: known.away_score}
                total = {agg.a: agg.sa, agg.b: agg.sb}
                other = _Found(known.away, known.home, total[known.away] - goals[known.away],
                               total[known.home] - goals[known.home], competition=known.competition)
                if other.home_score < 0 or other.away_score < 0:
                    continue
                if known.leg == 1:
                    other.leg = 2
                else:
                    known.leg, other.leg = known.leg or 2, 1
                place(other, known, known.leg != 1)
        if before or after:
            placed: list[_Found] = []

            def emit(f: _Found) -> None:
                for b in before.get(id(f), ()):
                    emit(b)
                placed.append(f)
                for a in after.get(id(f), ()):
                    emit(a)

            for f in self.found:
                emit(f)
            self.found = placed
        self._reindex()
        for told in self._by_pair.values():  # two meetings, one a named leg, the other told with it or as part of
            # a tie ("… completing a 3-1 aggregate victory"): the other leg; not "when the teams met in December"
            if len(told) == 2 and {f.leg for f in told} in ({1, None}, {2, None}) and (
                    told[0].told_in and told[0].told_in == told[1].told_in
                    or _OF_A_TIE.search(next(f for f in told if not f.leg).told_in)):
                _number_other_leg(told)
            if len(told) == 2 and {f.leg for f in told} == {1, 2} and [f.order_known for f in told].count(True) == 1:
                known, other = sorted(told, key=lambda f: not f.order_known)  # each side was at home once
                if other.home == known.home:
                    other.home, other.away, other.home_score, other.away_score = other.away, other.home, other.away_score, other.home_score
        for agg in self.aggregates:  # what an aggregate's sentence said about the second leg
            for f in self._by_pair.get(frozenset((agg.a, agg.b)), ()):
                if f.leg == 2:
                    f.date = f.date or agg.second_leg_date
                    f.venue = f.venue or agg.second_leg_venue
                    f.extra_time = f.extra_time or agg.extra_time

    def ties(self) -> list[Tie]:
        ties = []
        used: set[int] = set()
        order = {id(f): k for k, f in enumerate(self.found)}
        for i, a in enumerate(self.found):
            for b in self._by_pair.get(frozenset((a.home, a.away)), ()):  # only the same two sides can make a tie
                j = order[id(b)]
                if j <= i or i in used or j in used:
                    continue
                if {a.leg, b.leg} != {1, 2}:
                    continue
                first, second = (a, b) if a.leg == 1 else (b, a)
                t1, t2 = first.home, first.away
                agg1 = first.home_score + (second.away_score if second.home == t2 else second.home_score)
                agg2 = first.away_score + (second.home_score if second.home == t2 else second.away_score)
                winner, how = None, None
                if agg1 != agg2:
                    winner, how = (t1 if agg1 > agg2 else t2), "aggregate"
                elif second.penalties:
                    home_won = second.penalties[0] > second.penalties[1]
                    winner, how = (second.home if home_won else second.away), "penalties"
                else:
                    away1 = second.away_score if second.away == t1 else second.home_score  # t1 away in second leg
                    away2 = first.away_score  # t2 away in first leg
                    if away1 != away2 and (first.order_known or second.order_known):
                        winner, how = (t1 if away1 > away2 else t2), "away goals"  # only if who was at home is told
                d = self.teams.display
                ties.append(Tie(teams=(d(t1), d(t2)), aggregate=(agg1, agg2), winner=d(winner) if winner else None,
                                decided_by=how, competition=first.competition or second.competition))
                used.update({i, j})
        return ties + self._ties_told_whole(ties)

    def _ties_told_whole(self, from_legs: list[Tie]) -> list[Tie]:
        """Ties the text gives only as a finished aggregate ("Barcelona knocked out Napoli 4-2 on
        aggregate"); one still being played ("lead 3-1 on aggregate", "need to overturn") is left out."""
        d = self.teams.display
        told = {frozenset(t.teams) for t in from_legs}
        ties = []
        for agg in self.aggregates:
            pair = frozenset((d(agg.a), d(agg.b)))
            if not agg.finished or agg.winner is None or pair in told:
                continue  # a tie still being played, one whose winner is not said, or one its legs gave
            told.add(pair)
            ties.append(Tie(teams=(d(agg.a), d(agg.b)), aggregate=(agg.sa, agg.sb), winner=d(agg.winner),
                            decided_by=agg.decided_by, competition=agg.competition or self.article_competition))
        return ties

    def to_matches(self) -> list[Match]:
        """The results, each with no more scorers than goals (those read first are the surest)."""
        d = self.teams.display
        return [Match(home=d(f.home), away=d(f.away), home_score=f.home_score, away_score=f.away_score,
                      competition=f.competition, date=f.date, venue=f.venue, leg=f.leg,
                      scorers=f.scorers[: f.home_score + f.away_score], extra_time=f.extra_time,
                      penalties=f.penalties) for f in self.found]


def _bounded(sentence: str, limit: int = _LONGEST_SENTENCE) -> list[str]:
    """A sentence no real report writes (thousands of characters, scores all through it) in pieces cut at
    clause breaks, so the work on each result stays bounded and a hostile text stays linear."""
    if len(sentence) <= limit:
        return [sentence]
    pieces, start = [], 0
    while len(sentence) - start > limit:
        cut = max(sentence.rfind("; ", start, start + limit - 1), sentence.rfind(", ", start, start + limit - 1)) + 2
        if cut <= start + 2:
            cut = sentence.rfind(" ", start, start + limit) + 1
        if cut <= start + 1:
            cut = start + limit  # no break at all: cut anywhere
        pieces.append(sentence[start:cut])
        start = cut
    return pieces + [sentence[start:]]


def extract_matches(text: str, title: str | None, published: str | None, book: NameBook,
                    teams: Teams, speakers: list[tuple[str, str]] = ()) -> tuple[list[Match], list[Tie]]:
    """`speakers`: (quote text, speaker) of the article's quotes, for results a speaker tells as "we"."""
    reader = _Reader(text, title, published, book, teams, speakers)
    paras = paragraphs(text)
    headline = reader.headline(title) if title else None
    if headline:
        if _EXTRA_TIME.search(text[:300]):
            headline.extra_time = True
        reader.add(headline)
    for par in paras:
        if _HEADLINE.match(par) and (f := reader.headline(par)) is not None:
            reader.add(f)
            continue
        if reader.quiet_paragraph(par):
            continue
        starts = sentence_starts(par)
        for k, s in enumerate(starts):
            e = starts[k + 1] if k + 1 < len(starts) else len(par)
            at = s
            for piece in _bounded(par[s:e]):
                reader.sentence_results(piece, par, at)
                at += len(piece)
    if not headline:
        reader.sheet_result(paras)
    if not reader.found:
        reader.prose_result(paras)
    reader.complete_legs()
    reader.settle_story_scorers()
    reader.settle_shootouts()
    reader.settle_live_scorers()
    reader.team_sheet(paras, headline)
    report = headline or (reader.found[0] if len(reader.found) == 1 else reader.reported_match)
    # a result keeps no more scorers than goals, so one that has them all needs no more reading
    wanting = [f for f in reader.found if len(f.scorers) < f.home_score + f.away_score]
    if report is not None:  # a one-match report: its prose names that match's scorers, unless its sheet did
        if report in wanting and not any(s.minute is not None for s in report.scorers):
            reader.report_scorers(paras, report)
    elif wanting:
        reader.scorers_by_club(paras)
    return reader.to_matches(), reader.ties()
