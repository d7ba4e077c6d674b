"""Direct quotations and who said them.

Segmentation works on quote-mark events, not on pairing: an opening mark starts speech, a closing
mark or the end of a paragraph pauses it, and an opening mark met while speech is running ends the
running stretch and starts a new one (BBC style reopens `"` at every sentence and never closes the
earlier one). A stretch with no attribution of its own takes the speaker of the stretch it continues.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property

from ..model import Quote
from .clubs import fullest_form, resolve_club
from .lexicon import DESCRIPTOR_HEADS, NAME_RUN, ORGANISATION_NAMES, ORGANISATIONS, PRONOUNS, ROLE_WORDS, SPEECH_VERBS, fold
from .lexicon import UPPER, strip_possessive
from .names import NameBook, name_tokens
from .patterns import word_list
from .teams import grounds
from .text import paragraphs, sentence_starts

_MARKS = re.compile(r"[\"“”«»]")
_MARKS_WITH_PAIRS = re.compile(r"''|[\"“”«»]")  # two apostrophes stand for a double mark in some copy
_VERB = word_list(SPEECH_VERBS)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# "… — FOX Sports Asia (@FOXSportsAsia) January 25, 2018": an embedded post, not speech.
_POST_TAIL = re.compile(rf"\((?P<handle>@\w+)\)\s*(?:{_MONTHS})\s+\d{{1,2}},\s+\d{{4}}\s*$")
_POST_BYLINE = re.compile(r"\s*[—–-]{1,2}\s*(?P<name>[^—–()]{1,80}?)\s*$")
_URL = re.compile(r"\s*(?:https?://\S+|pic\.twitter\.com/\S+)")

# Attribution after a quote: `," Zidane said.`, `," said Wenger.`, `," the Frenchman added.`
# the titles a person is introduced by, before the name ("City boss Kevin Keegan", "Dortmund's coach, Matthias Kehl")
_TITLE = (r"(?:boss|manager|coach|chairman|captain|striker|defender|midfielder|goalkeeper|keeper|winger|forward"
          r"|chief executive|chief|director|president|spokesman|spokeswoman)")
_AFTER_VERB_FIRST = re.compile(  # `," said Wenger`, `," said Dortmund's coach, Matthias Kehl, who …`
    rf"^\s*[,;]?\s*(?P<verb>{_VERB}|according to)\s+(?P<who>[^.,;:!?\"“”]{{0,60}}?\b{_TITLE}"
    rf",\s+(?-i:[{UPPER}][\w'’\-]+(?:\s+[{UPPER}][\w'’\-]+){{0,3}})|[^.,;:!?\"“”]{{1,80}})", re.I)
_AFTER_WHO_FIRST = re.compile(  # `," Wenger said`, `," the Southampton manager, Russell Martinez-Hope, said`
    rf"^\s*[,;]?\s*(?P<who>(?:[\w'’\-]+\s+){{0,6}}?[\w'’\-]+(?:,\s+(?-i:[{UPPER}][\w'’\-]+(?:\s+[{UPPER}][\w'’\-]+){{0,3}}),)?)"
    rf"\s+(?:\w+ly\s+)?(?P<verb>{_VERB})\b", re.I)
# Attribution before a quote: `Wenger said: "`, `He told BBC Five Live: "`, `- Bolton boss Sam Allardyce "`
# A sentence that introduces a quote with a colon ("Gunners boss Arsene Wenger said: "), from its start.
_UNCLOSED_INTRO = re.compile(
    rf"(?=[A-Z])(?<=[.!?] )[^.!?\"“”]{{0,120}}\b(?i:{_VERB})\b[^.!?\"“”:]{{0,60}}:\s*$")
_VERB_WORD = re.compile(rf"\b{_VERB}\b", re.I)
_COLON_TAIL = re.compile(r"[^:\"“”.!?]{0,60}:\s*")
_BEFORE_DASH = re.compile(r"^\s*[-–—•*]\s*(?P<who>[^\"“”:]{2,120}?):?\s*$")
_BEFORE_INLINE = re.compile(rf"(?P<verb>\b{_VERB}\b)[^\"“”.!?]{{0,80}}$", re.I)
_ORG_NAME = r"[A-Z][\w&'’\-]*(?:\s+(?:of\s+|de\s+)?[A-Z][\w&'’\-]*){0,3}"  # "Football Association of Ireland"
_ORG = re.compile(  # "an FA spokesman", "a statement from Chelsea", "the Premier League's statement"
    rf"\b(?:[Aa]n?|[Tt]he)\s+(?P<org>{_ORG_NAME})\s+(?:spokesman|spokeswoman|spokesperson|statement|official|source|insider)\b"
    rf"|\b(?:statement|spokesman|spokeswoman|spokesperson)\s+(?:from|by|issued by|for)\s+(?:the\s+)?(?P<source>{_ORG_NAME})"
    rf"|\bstatement\s+on\s+(?:the\s+)?(?P<site>{_ORG_NAME}?)(?:'s|’s)?\s+(?:official\s+)?(?:website|site|account|channels?)\b"
    rf"|(?P<owner>{_ORG_NAME})(?:'s|’s)\s+(?:\w+\s+)?statement\b"
    rf"|(?P<issuer>{_ORG_NAME})\s+(?:(?:has|had|have)\s+)?(?:also\s+|later\s+|then\s+|quickly\s+|swiftly\s+)?(?:issued|released|published|put\s+out|posted)"
    rf"\s+(?:a|an|its|their)\s+(?:[\w\-]+\s+){{0,2}}?statement\b")  # "Sevilla FC had issued a statement"
_NAMED_AS = re.compile(r"\b(?:so-called|dubbed|nicknamed|known as|branded|labelled|labeled)\s+$", re.I)
_OPENING_NAME = re.compile(r"[A-Z][\w&'’\-]*(?:\.[A-Z][\w&'’\-]*)*\.?(?:\s+(?:of\s+)?[A-Z][\w&'’\-]*){0,3}")  # "U.S. Soccer"
_CLUB_SUFFIX = re.compile(r"\s+(?:Football Club|Club de Fútbol|FC|AFC|CF|SC|CP)$")  # "Valencia CF"
_BODY_WORDS = frozenset("FA Association Federation Soccer Confederation League".split())
# bodies named in their own language open on what they are: "Ligue de Football Professionnel", "Lega Serie A"
_BODY_FIRST_WORDS = frozenset("Ligue Liga Lega Federación Fédération Federazione Federação".split())
_RELATIVE_ASIDE = re.compile(r",\s+(?:who|whose)\s[^,.;:!?\"“”]{1,120},")
_OWN_ATTRIBUTION = 60  # characters: a description this close before a quote, in its sentence, is its attribution
_SENTENCE_ENDS = re.compile(r"[.!?]\s")
_RELATIVE_WORDS = frozenset("who whom whose which".split())
_ORG_HINT = re.compile(r"spokes|statement|official|source|insider")  # a cheap test before _ORG
_INTRODUCED_AT_END = re.compile(  # "… from City boss Kevin Keegan." ends a sentence by introducing someone
    rf"\b{_TITLE}\s+(?P<name>{NAME_RUN.pattern})[.!?]?$")
# "the club said", "a club spokesperson", and a spokesman no body is named for: the club in view
_THE_CLUB = re.compile(r"(?:^|,\s+|\band\s+)(?:(?:a|the)\s+(?:club|(?:[A-Z][\w\-]*\s+){1,2}(?:club|side|outfit))(?:['’]s)?(?:\s+(?:spokesman|spokeswoman|spokesperson|statement|official|source))?"
                       r"|an?\s+(?:spokesman|spokeswoman|spokesperson)"
                       r"|an?\s+statement\s+on\s+the\s+club['’]s\s+(?:official\s+)?(?:website|site))$", re.I)
# "the league said": the league, federation or association the text has named
_THE_LEAGUE = re.compile(r"(?:^|,\s+)(?:the|a)\s+(?P<noun>league|federation|association|governing body)(?:['’]s)?(?:\s+(?:spokesman|spokeswoman|"
                         r"spokesperson|statement))?(?:\s+(?:later|also|then|subsequently))?$", re.I)
_BODY_NAME = re.compile(r"(?:[A-Z][\w'’\-]*\s+){0,4}(?:League|Federation|Association)(?:\s+Soccer)?\b")
_COMPETITION_WORDS = re.compile(r"\b(?:Champions|Europa|Conference|Nations|Cup)\b")
_OBJECT_BEFORE = re.compile(r"\b(?:from|against|to|at|v|vs|over|with|by|of|for|leave|leaves|left|leaving|joins|joined|former|ex-)"
                            r"\s*(?:the\s+)?$", re.I)
_LOOK_BACK = 600  # characters of each paragraph looked back over for who a statement or a pronoun stands for
_CLUB_STATEMENT = re.compile(r"\b(?:the club\b[^.!?]{0,60}|a club(?:['’]s)?\s+)statement\b"  # "a club statement backed him"
                             r"|\bstatement\b[^.!?]{0,40}\bthe club (?:said|says|added)\b", re.I)  # "In a statement, the club said"
_STATEMENT_COLON = re.compile(r"\bstatement\b[^.!?\"“”]{0,40}:\s*$", re.I)  # "The club's statement was short:"
_THE_STATEMENT = re.compile(r"^(?:it|the statement)$", re.I)  # "It read:" after the statement was named
_DESCRIPTOR = re.compile(r"(?:^|\s)(?:the|this)\s+(?P<body>[\w'’\- ]{1,40})$", re.I)  # ends the phrase
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:er|man|ian|ite|ese|i|an)")  # "Dubliner", "Mancunian", "Brazilian"
_SENTENCE_TAIL = re.compile(r"[.!?;:]\s+|\s+(?:and|but|while|as)\s+(?=[A-Z]|he\b|she\b)")
_APPOSITION = re.compile(r",[^,]{1,120},\s*$")  # "Parry, speaking to BBC Sport, said:"
_DESCRIBED = ""  # a clause about someone described, not named: the speaker already in view
_VERB_NEXT = re.compile(  # what a description acting as a subject is followed by: a verb, maybe after an adverb
    r"\s+(?:(?:\w+ly|now|then|also|still|never|always|later|soon)\s+)?"
    r"(?:was|is|has|had|have|will|would|could|can|did|does|were|may|might|must|should|told|said|made|gave|took|"
    r"went|came|saw|felt|knew|left|kept|thought|brought|spoke|won|lost|met|led|got|put|sent|held|began|became|"
    r"ran|hit|paid|stood|wrote|broke|[a-z]+ed|[a-z]+s)\b")
_VERB_FORM = re.compile(r"[a-z]+(?:ed|s)")  # "criticised", "blames": a verb before a phrase makes it an object
# `"…?" Albornoz said through an interpreter.`: how or where the words were said, to the sentence's end
_MANNER_TO_END = re.compile(r"\s+(?:through|after|afterwards|later|on|in|at|to|with|via|during|before|from)\b"
                            r"(?![^.!?\"“]*\bthat\b)[^.!?\"“]{0,60}[.!?]")
_SAID_OF_IT = re.compile(r"\s+(?:he|she|they)\s+(?:had|has|have)\s+(?:seen|heard|read|noticed|watched)\b", re.I)
_ATTRIBUTION_END = re.compile(r"\s*(?:[:,\"“]|$)")  # a speech verb right before its quote, not "added that …"
_DESCRIPTION_AT_END = re.compile(r"\bthe\s+(?P<body>[\w'’\-]+(?:\s+[\w'’\-]+){0,2})[.!?]\s*$")
_DESCRIBED_AS = "\x00"  # + a role: a clause whose subject is a description ("The Scot …"): someone named before
_COORDINATED = re.compile(r"\s(?:and|but)(?:\s+(?:\w+ly|then|also))?$")  # a speech verb sharing its clause's subject
_WORD_IN_QUOTE = re.compile(r"[A-Z][\w'’\-]*")  # the names a quote speaks of
_THE_BEFORE = re.compile(r"\bthe\s+(?:[\w\-]+\s+){0,2}$", re.I)
_SPEAKS = re.compile(rf"\s+(?:\w+ly\s+)?{_VERB}\b", re.I)
_AFTER_PREPOSITION = re.compile(r"\babout\s+$")  # "Asked about Ridd, the Basque was …": Ridd is spoken of
_PREPOSITIONS = frozenset("to for with by from at in on of against about towards alongside".split())
_CONJUNCTION = re.compile(r"^(?:and|but|so|yet|then|however|meanwhile|now|while|although|though)\s+", re.I)
_NAME_APPOSED = re.compile(r",\s*(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,2}),\s*")
_RELATIVE_SPEAKER = re.compile(r",\s+who\s*$")
_IT_IS = re.compile(r"(?:That|It|This)(?:'s|’s| is| was)\s", re.I)  # a clause about no one: a person it names is in view
_WRITTEN_BY = re.compile(rf"(?P<name>{NAME_RUN.pattern}),?\s+(?:writing|writes)\b")
_QUESTION = re.compile(r"\s*(?:Q|Question)\s*[:.]\s")  # an interview's question, its answer the paragraph after
_WHO_BETWEEN = re.compile(r",\s+who\s")
_ROLE_THEN_NAME = re.compile(r"(?:\s+[a-z][\w'’\-]*){1,6},\s+(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,2}),")
_PLACE_AFTER = re.compile(r"\s+(?:training ground|training centre|training complex|stadium|ground|arena|academy)\b")
_NEXT_WORD = re.compile(r"\s+([a-z][\w\-]*)")
_IN_RELATIVE = re.compile(r",\s+(?:where|which|who|whom|whose)\b[^,.;:!?]*$", re.I)
_JOINED = re.compile(r"\s(?:and|but|while|although|though|whereas)\s+$")
_ACTS_AT_ONCE = re.compile(  # a verb, not "… and Dennis Bergkamp among those unavailable"
    r"\s+(?!(?:and|or|of|who|which|among|with|for|from|in|at|on|to|by|as|after|before|during|under|over)\b)[a-z]")
_ACTS = re.compile(r",|\s+(?!and\b|or\b|of\b)[a-z]|\s+[-–—]\s")  # a subject is followed by its verb or an apposition
_JOINING = r"(?:and|but|while|although|though|whereas)\s+"
_CLAUSE_BREAK = re.compile(  # opens with a character set so re scans to it; the break ends where the clause starts
    rf"[.!?,;\s](?:(?<=[.!?])[\"”]?\s+|(?<=,)\s+{_JOINING}|(?<=\s)\s*{_JOINING}|(?<=;)\s+|(?<=\s)[-–—]\s+"
    rf"|(?<=,)\s+(?=[{UPPER}][^\W\d_]+(?:\s+[{UPPER}][^\W\d_]+)?\s+[a-z]))")  # ", Prinz turned it down", ", Echeverría made"
_INNER_QUOTE = re.compile(r"[^\"“”\s][^\"“”]{0,30}?[\w!?][\"”](?=\s+[a-z])")  # a word or three, then the sentence goes on
_WORD_END = frozenset("abcdefghijklmnopqrstuvwxyz,")
_SHORT_WORDS = 4
_VERB_REACH = 80  # how far before a colon its speech verb may stand ("told BBC Radio Five Live:")
_SENTENCE_REACH = 400  # enough of the text before a quote to hold the sentence it sits in
_TITLE_SMALL_WORDS = {"of", "the", "and", "in", "on", "a", "de", "del", "for", "to"}
_MAX_BACK_PARAGRAPHS = 3
_SUBJECTS_IN_VIEW = 12  # how many of a paragraph's latest subjects a pronoun looks back over


@dataclass
class _Span:
    para: int
    start: int  # offset of the first quoted character
    end: int  # offset just past the last quoted character
    open_at: int  # offset of the opening mark
    close_at: int | None  # offset of the closing mark's last character, None when the paragraph ended it or a reopening did
    reopened: bool = False  # ended by a new opening mark
    speaker: str | None = None
    attributed: bool = False  # the speaker comes from an attribution of its own
    continues: bool = False  # continues the previous stretch (same speaker unless told otherwise)


def _mark_kind(par: str, mark: re.Match, inside: bool) -> str:
    """"open" or "close" for a mark; straight quotes are judged by their neighbours."""
    ch = mark.group(0)
    if ch in "“«":
        return "open"
    if ch in "”»":
        return "close"
    i, j = mark.start(), mark.end()
    before = par[i - 1] if i > 0 else " "
    after = par[j] if j < len(par) else " "
    if before.isspace() or before in "([{—–-/":
        return "close" if inside and (after.isspace() or after in ".,;:!?)") else "open"
    if after.isspace() or after in ".,;:!?)]—–-":
        return "close"
    return "close" if inside else "open"


def _spans(par_index: int, par: str) -> list[_Span]:
    spans: list[_Span] = []
    current: _Span | None = None
    inner_until = -1  # the end of a quote within the running quote
    for m in (_MARKS_WITH_PAIRS if "''" in par else _MARKS).finditer(par):  # the plain set scans faster
        i = m.start()
        if i < inner_until:
            continue
        kind = _mark_kind(par, m, current is not None)
        if kind == "open":
            if current is not None and i >= 2 and par[i - 2] in _WORD_END and par[i - 1] == " " and (
                    inner := _INNER_QUOTE.match(par, m.end())):
                inner_until = inner.end()  # `… he was going to "fake" an injury …`: the outer quote goes on
                continue
            if current is not None:
                window = max(current.start, i - 200)  # an introduction ends in a colon: test that first
                intro = _UNCLOSED_INTRO.search(par, window, i) if par[window:i].rstrip().endswith(":") else None
                if intro and intro.start() > current.start:
                    # `"… two seconds. Gunners boss Arsene Wenger said: "…`: the earlier quote lost its
                    # closing mark; it ended before the sentence that introduces the new one.
                    current.end, current.close_at = intro.start(), None
                else:
                    current.end, current.reopened = i, True
                spans.append(current)
            current = _Span(par_index, m.end(), len(par), i, None)
        elif current is not None:
            current.end, current.close_at = i, m.end() - 1
            spans.append(current)
            current = None
    if current is not None:
        spans.append(current)
    return spans


def _clean(text: str) -> str:
    return text.strip().strip("\"“”").strip()


class _Resolver:
    """Turns an attribution phrase ("he", "the Frenchman", "Bolton boss Sam Allardyce") into a name."""

    def __init__(self, paras: list[str], book: NameBook, article_clubs: dict, posts: set[int]):
        self.paras = paras
        self.book = book
        self.clubs = article_clubs
        self.posts = posts
        self._subjects_of: dict[int, list[tuple[int, str]]] = {}  # filled on demand: most paragraphs never ask
        self._pronoun_of: dict[str, str] = {}  # speaker -> "he" or "she", as the article has called them
        self._spelt: dict[str, bool] = {}  # a body's full name -> whether the article spells it out

    @cached_property
    def writer(self) -> str | None:
        """Who writes a column, as its standfirst says ("Wigan manager Paul Jewell, writing exclusively …")."""
        by = _WRITTEN_BY.search(self.paras[0]) if self.paras else None
        return self.book.canonical(" ".join(name_tokens(by["name"]))) if by and self.book.is_person(by["name"]) else None

    def subjects(self, para: int) -> list[tuple[int, str]]:
        if para not in self._subjects_of:
            # People named in an embedded post are not in view of the article's own sentences.
            self._subjects_of[para] = [] if para in self.posts else self._subjects(self.paras[para])
        return self._subjects_of[para]

    def _subjects(self, par: str) -> list[tuple[int, str]]:
        """(offset, person) for the person a clause is about: the first one named, not as an owner
        ("Fowler's double strike"), within its first words, outside quotes."""
        quoted = quoted_ranges(par)
        starts = [a for a, _ in quoted]

        def inside(pos: int) -> bool:
            k = bisect_right(starts, pos) - 1
            return k >= 0 and pos < quoted[k][1]

        found = []
        clauses = _clauses(par)
        for s, e in clauses:
            if inside(s):
                continue
            lead = _CONJUNCTION.sub("", par[s:e].lstrip("\"“ ,;"))
            first_word = fold(lead.split(" ", 1)[0])
            # A clause split off at "and"/"but" has a subject of its own only when it opens with a name
            # that acts at once ("and Keegan sympathised"); otherwise it goes on listing objects
            # ("… praised Downing and strikers Viduka", "particularly Rooney and Ronaldo, are …").
            joined = _JOINED.search(par, max(0, s - 12), s) is not None
            if joined and _IN_RELATIVE.search(par, max(0, s - 100), s) and "," in par[s:e]:
                continue  # ", where McNeil and Turay scored, …": the relative clause goes on, its names are not subjects
            if first_word in PRONOUNS or first_word in _RELATIVE_WORDS:
                continue  # "He said…" keeps the subject already in play, and so does ", who left Real Sociedad's B team"
            if first_word in _PREPOSITIONS:
                continue  # "… and to Arsenal's Robert Pires": an object, not a subject
            org = _ORG.search(par, s, e) if _ORG_HINT.search(par, s, e) else None
            lead_words = par[s : org.start()].split() if org else []
            if org and len(lead_words) <= 3 and not any(_VERB_FORM.fullmatch(w) for w in lead_words) \
                    and (name := self.org(org.group(0))):  # not "The Scot criticised the FA spokesman"
                found.append((org.start(), name))  # "But a Premier League spokesman said …"
                continue
            if head := self._described_subject(lead):
                found.append((s, _DESCRIBED_AS + head))  # "The Scot initially defended Beattie": not Beattie
                continue
            club_acts = False
            for m in NAME_RUN.finditer(par, s, e):
                if inside(m.start()):
                    continue
                if len(par[s : m.start()].split()) > 5:
                    # past the clause's first words, only a name that speaks is its subject
                    # ("Fifa World Player of the Year Ronaldinho says …")
                    if not _SPEAKS.match(par, m.end()):
                        continue
                run = m.group(0)
                if lead.startswith(run) and run != strip_possessive(run) and (role := _ROLE_THEN_NAME.match(par, m.end())) \
                        and self.book.is_person(role.group("name")):
                    found.append((role.start("name"), self.book.canonical(role.group("name"))))
                    break  # "The FA's head of women's football, Kay Marsden, said …": she is its subject
                if par.endswith(" of ", max(s, m.start() - 4), m.start()) and len(name_tokens(run)) < 2:
                    continue  # "chief executive of Safa - …": part of a title ("chairman of Leeds Peter Ridsdale" is not)
                next_word = _NEXT_WORD.match(par, m.end())
                if next_word and fold(next_word.group(1)) in ROLE_WORDS:
                    continue  # "Brentford striker Ruud Verhoef": a qualifier, the name follows
                if _PLACE_AFTER.match(par, m.end()):
                    continue  # "the club's Bodymoor Heath training ground": a place, nobody speaking
                if _AFTER_PREPOSITION.search(par, max(s, m.start() - 12), m.start()):
                    continue  # not the subject
                if resolve_club(run, self.clubs) and _ACTS_AT_ONCE.match(par, m.end()):
                    club_acts = True  # "Chelsea face Scunthorpe …": what follows is an object …
                    continue
                tokens = name_tokens(run)
                if not tokens or (len(tokens) == 1 and not self.book.could_be_name(tokens[0])
                                  and not _SPEAKS.match(par, m.end()) and not _RELATIVE_ASIDE.match(par, m.end())):
                    continue  # "During his sentencing, …", "Fifa World Player of …": not a person; "Manolo, who …" is
                if club_acts and len(tokens) == 1 and fold(tokens[0]) not in self.book.by_surname:
                    break  # … in view only if surely a person ("Norwich have signed Graham Stuart")
                named = len(tokens) > 1 and self.book.is_person(" ".join(tokens))  # "The Hammers boss Graham Tait"
                if (run.startswith(tokens[0]) and not named and _THE_BEFORE.search(par, max(s, m.start() - 40), m.start())) or (
                        len(tokens) == 1 and run.startswith(("The ", "the ")) and self.is_description(tokens[0])):
                    found.append((m.start(), _DESCRIBED))  # "the 25-year-old Dubliner", "The Croatian": someone in view
                    break
                if run != strip_possessive(run):
                    if (lead.startswith(run) or (_IT_IS.match(lead) and len(tokens) > 1)) and self.book.is_person(" ".join(tokens)):
                        found.append((m.start(), self.book.canonical(" ".join(tokens))))  # "Savage's future …", "That's not Martin Keogh's way"
                    break
                acts_at = m.end()
                if aside := _RELATIVE_ASIDE.match(par, acts_at):
                    acts_at = aside.end()  # "Asante, who sat beside his manager, echoed the message"
                if not (_ACTS_AT_ONCE if joined else _ACTS).match(par, acts_at):
                    break
                if joined and not lead[:1].isupper() and not _SPEAKS.match(par, m.end()):
                    break  # "… and assistant boss Steve Clarke says …" has a subject of its own
                if not grounds_include(" ".join(tokens)):
                    found.append((m.start(), self.book.canonical(" ".join(tokens))))
                    break
        return self._described_at_ends(par, clauses, found, inside)

    def _described_at_ends(self, par: str, clauses, found: list[tuple[int, str]], inside) -> list[tuple[int, str]]:
        """A sentence about no one that ends on a description ("The affair still rankles with the
        Dutchman.") keeps the person described, the speaker in view, in view."""
        k, extra = 0, []
        for s, e in clauses:
            while k < len(found) and found[k][0] < s:
                k += 1
            tail = par[max(s, e - 60) : e].rstrip()
            if not tail.endswith((".", "!", "?")) or "the " not in tail:
                continue  # cheap tests first: it must end a sentence on "the …"
            whole_sentence = par[max(0, s - 3) : s].strip()[-1:] in ("", ".", "!", "?")
            if (k < len(found) and found[k][0] < e) or inside(s) or not whole_sentence:
                continue  # the sentence has a subject of its own ("Prutton apologised to Pires, who …")
            d = _DESCRIPTION_AT_END.search(par, max(s, e - 60), e)
            # a nationality fits the speaker in view; a role ("… a good day for the manager") may be anyone's
            if d and self.is_description(d.group("body")) and d.group("body").split()[-1].lower() not in ROLE_WORDS:
                extra.append((d.start(), _DESCRIBED))
        return sorted(found + extra) if extra else found

    def _described_subject(self, lead: str) -> str | None:
        """The head of a description opening a clause and acting there ("The former Scotland
        international added that …" gives "international"); "the striker said:" is an attribution."""
        words = lead.split(" ", 5)
        if words[0] not in ("The", "the") or len(words) < 3:
            return None
        for k in range(2, len(words)):  # the description is at most four words long
            body = " ".join(words[1:k])
            if body.endswith(",") and words[k] in _RELATIVE_WORDS and self.is_description(body[:-1]):
                return body[:-1].split()[-1].lower()  # "The 46-year-old, who left Real Sociedad's B team, was …"
            if self.is_description(body):
                rest = " " + " ".join(words[k:])
                if not _VERB_NEXT.match(rest):
                    return None  # "The international break came …": an adjective, not someone
                speaks = _SPEAKS.match(rest)
                return None if speaks and _ATTRIBUTION_END.match(rest, speaks.end()) else body.split()[-1].lower()
        return None

    def recent_subject(self, para: int, offset: int, since: tuple[int, int] | None = None,
                       described: str | None = None, avoid: frozenset[str] = frozenset()) -> str | None:
        """The person most recently made the subject before (para, offset), and after `since`. A clause
        whose subject is a description ("the 25-year-old Dubliner") stands for `described`."""
        for p in range(para, max(-1, para - _MAX_BACK_PARAGRAPHS - 1), -1):
            subjects = self.subjects(p)
            # only those before the offset, newest first: a bisection, so a huge paragraph stays linear
            k = bisect_left(subjects, (offset,)) if p == para else len(subjects)
            for pos, name in reversed(subjects[max(0, k - _SUBJECTS_IN_VIEW) : k]):
                if since is not None and (p, pos) <= since:
                    return None
                if name in avoid:
                    continue
                if name.startswith(_DESCRIBED_AS):  # someone named earlier, who fits the description
                    avoid = avoid | frozenset(self.book.in_other_role(name[1:]))
                    continue
                if name == _DESCRIBED:
                    if described and not (p == para and offset - pos <= _OWN_ATTRIBUTION
                                          and not _SENTENCE_ENDS.search(self.paras[para], pos, offset)):
                        return described  # (not the attribution's own clause: "The Ghanaian said: "…")
                    continue
                return name
        return None

    def pronoun(self, para: int, offset: int, last: tuple[str, int, int] | None, word: str = "",
                quote: str = "", unlike: str = "") -> str | None:
        """"he said": whoever was last in view, a new subject or the last speaker; not someone the
        article already called "she" (or "he" for "she said"), nor someone the quote speaks of
        ("He (Bridge) has no chance …" is not Bridge's, "I said to Harry …" not Harry Redknapp's)."""
        spoken_of = {fold(w) for w in _WORD_IN_QUOTE.findall(quote)} if quote else set()
        named = [n for w in spoken_of for n in self.book.by_word.get(w, ())]  # looked up by word: linear
        if last and self.book.is_person(last[0]) and {fold(last[0].split()[0]), fold(last[0].split()[-1])} & spoken_of:
            named.append(last[0])
        avoid = frozenset([n for n, w in self._pronoun_of.items() if word and w != word] + named
                          + (self.book.in_other_role(unlike) if unlike else []))
        introduced = self.introduced_before(para, offset) if word else None
        if introduced and introduced not in avoid:
            found = introduced  # `… from City boss Kevin Keegan. "I still think …," he said.`
        elif last and last[0] not in avoid:
            name, lpara, lpos = last
            found = self.recent_subject(para, offset, since=(lpara, lpos), described=name, avoid=avoid) or name
        else:
            found = self.recent_subject(para, offset, avoid=avoid) or (
                self.last_named(para, offset, avoid) if word else None)
        if found and word:
            self._pronoun_of.setdefault(found, word)
        return found

    def last_named(self, para: int, offset: int, avoid: frozenset[str]) -> str | None:
        """With no subject in view and no one quoted yet, the person the narrative last named, nearby:
        "For Nathan Bramall it came at 5.40pm … "I'm not going to stand here…," he said." """
        for text in self.narrative_before(para, offset, paragraphs=2):
            people = [self.book.canonical(" ".join(tokens)) for run in NAME_RUN.finditer(text)
                      if run.group(0) == strip_possessive(run.group(0))  # not "Sir Alex Ferguson's side"
                      and (tokens := name_tokens(run.group(0))) and self.book.is_person(" ".join(tokens))]
            people = [person for person in people if person not in avoid]
            if people:
                return people[-1]
        return None

    def reported_by(self, para: int, offset: int, last: tuple[str, int, int] | None) -> str | None:
        """Who an unattributed quote goes on from: the speaker of the reported speech just before it
        (`And he added that Johnson would play. "Johnson was not in my plans …"`), or the person that
        sentence ends by introducing (`… found support from City boss Kevin Keegan. "I still think …"`)."""
        sentence = self._sentence_before(para, offset)
        if _MARKS.search(sentence):
            return None
        verb = _VERB_WORD.search(sentence)
        if verb is not None:
            return self.who(sentence[: verb.start()], para, offset, last, before=True)
        return self.introduced_before(para, offset)

    def introduced_before(self, para: int, offset: int) -> str | None:
        """The person the sentence before a quote ends by introducing ("… from City boss Kevin Keegan."),
        unless that sentence reports someone's speech ("Robben claims he was felled by Aaron Mokoena.")."""
        sentence = self._sentence_before(para, offset)
        if _VERB_WORD.search(sentence) or self._opens_with_person(sentence):
            return None  # the sentence is about someone else ("Santini left amid tensions with director …")
        introduced = _INTRODUCED_AT_END.search(sentence)
        tokens = name_tokens(introduced.group("name")) if introduced else ()
        return self.book.canonical(" ".join(tokens)) if len(tokens) >= 2 else None

    def _opens_with_person(self, sentence: str) -> bool:
        first = NAME_RUN.match(sentence.lstrip("\"“ "))
        tokens = name_tokens(first.group(0)) if first else ()
        return bool(tokens) and self.book.is_person(" ".join(tokens))

    def _sentence_before(self, para: int, offset: int) -> str:
        par = self.paras[para] if offset else (self.paras[para - 1] if para else "")
        tail = (par[max(0, offset - _SENTENCE_REACH) : offset] if offset else par[-_SENTENCE_REACH:]).rstrip()
        return tail[sentence_starts(tail)[-1] :] if tail else ""

    def is_description(self, body: str) -> bool:
        """"Dutchman", "Chelsea boss", "36-year-old", "Dubliner": words that stand for a person."""
        return (body.split()[-1].lower() in DESCRIPTOR_HEADS or body.lower().endswith("year-old")
                or (_DEMONYM.fullmatch(body) is not None and not resolve_club(body, self.clubs)))

    def person(self, phrase: str, first: bool = False) -> str | None:
        """A name from a phrase whose last (or `first`) name run is the speaker."""
        found = [m.group(0) for m in NAME_RUN.finditer(phrase)]
        owners = [run for run in found if run != strip_possessive(run)]
        if owners and len(owners) < len(found):  # "said Alex McLeish of Novo's ban": an owner is spoken of
            found = [run for run in found if run not in owners]
        runs = [r for r in map(name_tokens, found) if r and (len(r) > 1 or self.book.could_be_name(r[0]))]
        if not runs:
            return None
        return self.book.canonical(" ".join(runs[0 if first else -1]))

    def org(self, phrase: str) -> str | None:
        m = _ORG.search(phrase)
        return self._org_name(m.group("org") or m.group("source") or m.group("site") or m.group("owner") or m.group("issuer")) if m else None

    def _org_name(self, name: str) -> str | None:
        name = re.sub(r"^The\s+", "", strip_possessive(name))
        club = resolve_club(name, self.clubs) or resolve_club(_CLUB_SUFFIX.sub("", name), self.clubs)  # "Millwall Football Club"
        if club:
            return self.club_shown(club)
        if (len(name) > 1 and name.isupper()) or fold(name) in ORGANISATIONS or (
                " " in name and (name.split()[-1] in _BODY_WORDS or name.split()[0] in _BODY_FIRST_WORDS | {"Football"})):  # "Football Australia"
            # not the article "A"; "Scottish FA", "U.S. Soccer", "Ligue de Football Professionnel"
            full = ORGANISATION_NAMES.get(fold(name))
            if full and self.spelt_out(full):
                return full  # "an SFA spokesman" in an article that names the Scottish Football Association
            return f"The {name}" if name.isupper() else name
        return None

    def statement_in_view(self, para: int, offset: int, last: tuple[str, int, int] | None = None) -> str | None:
        """Whose statement "It read:" quotes: the last one named in this paragraph or the one before; a
        club's statement named as "the club's" is the club quoted last, if a club or a body was ("In a
        statement, the club said: "…" The statement continued: "…"")."""
        for text in self.narrative_before(para, offset, paragraphs=2):
            orgs = [self.org(m.group(0)) for m in _ORG.finditer(text)]
            if orgs and orgs[-1]:
                return orgs[-1]
            if _CLUB_STATEMENT.search(text):  # "The club released a brief statement. "…," it read."
                if last and not self.book.is_person(last[0]) and para - last[1] <= 2:
                    return last[0]
                return self.club_in_view(para, offset)
        return None

    def spelt_out(self, full: str) -> bool:
        """Whether the article spells a body's name out on its own (asked once per name)."""
        if full not in self._spelt:
            self._spelt[full] = _spelt_out(full, self.book.text)
        return self._spelt[full]

    def narrative_before(self, para: int, offset: int, paragraphs: int = _MAX_BACK_PARAGRAPHS + 1):
        """The reporter's own words just before (para, offset), newest paragraph first: a bounded stretch
        of each (quotes blanked), so looking back stays linear however long a paragraph is."""
        for p in range(para, max(-1, para - paragraphs), -1):
            end = offset if p == para else len(self.paras[p])
            yield unquoted(self.paras[p][max(0, end - _LOOK_BACK) : end])

    def club_in_view(self, para: int, offset: int) -> str | None:
        """Which club "the club said" or "a club spokesperson" speaks for: the subject of the latest
        sentence before that names a club other than as an object ("… signed Sterling, who leaves
        Liverpool" is City's)."""
        for text in self.narrative_before(para, offset):
            cuts = sentence_starts(text) + [len(text)]
            for a, b in reversed(list(zip(cuts, cuts[1:]))):
                for run in NAME_RUN.finditer(text, a, b):
                    name = strip_possessive(run.group(0))
                    club = resolve_club(name, self.clubs) or (  # "Then Argyle and Cardiff drew 0-0"
                        " " in name and resolve_club(name.split(" ", 1)[1], self.clubs))
                    if club and not _OBJECT_BEFORE.search(text, max(a, run.start() - 16), run.start()):
                        return self.club_shown(club)
        return None

    def body_in_view(self, para: int, offset: int, noun: str) -> str | None:
        """Which body "the league said" (or "the federation", "the association") speaks for: the last one
        named before, nearby, whose name ends in that noun; never a competition ("Champions League")."""
        for text in self.narrative_before(para, offset):
            named = [m.group(0) for m in _BODY_NAME.finditer(text) if (noun == "governing body" or noun in fold(m.group(0)).split())
                     and not _COMPETITION_WORDS.search(m.group(0))]
            if named:
                return named[-1]
        return None

    def club_shown(self, club: str) -> str:
        """A club as the article names it at its fullest ("Wolves" where it never writes "Wolverhampton
        Wanderers"), as people are."""
        return fullest_form(club, self.clubs.get(club, set()))

    def named_org(self, phrase: str, before: bool) -> str | None:
        """An organisation that speaks for itself, right by the verb: "Uefa explained that …",
        `"…," Arsenal said.` ("the Gunners have asked … claims that" is not Arsenal speaking)."""
        runs = list(NAME_RUN.finditer(phrase))
        run = runs[-1 if before else 0] if runs else None
        # right by the verb: `," Arsenal said`, `," the FA said`
        if run is None or (run.end() != len(phrase) if before else not (
                run.start() == 0 or (phrase[: run.start()].lower() == "the " and run.end() == len(phrase)))):
            return None  # `," the FA said`, but not `," the Arsenal boss said`
        return self._org_name(run.group(0))

    def who(self, phrase: str, para: int, offset: int, last: tuple[str, int, int] | None,
            before: bool = False, quote: str = "", verb: str = "") -> str | None:
        """The speaker a phrase names; `before` phrases end at the speech verb ("Zidane" in "Zidane said:")."""
        if before:
            # a relative aside goes first: its "and" ("…, who managed Lincoln and Oxford United, also thanked …")
            # joins names, it does not open the speaker's clause
            phrase = _SENTENCE_TAIL.split(_RELATIVE_ASIDE.sub("", phrase))[-1]
            if (ap := _APPOSITION.search(phrase)) and (named := _NAME_APPOSED.fullmatch(ap.group(0))) \
                    and self.book.is_person(named["name"]) and fold((phrase[: ap.start()].split() or [""])[-1]) in ROLE_WORDS:
                return self.book.canonical(named["name"])  # "Their coach, Milos Jankovic, said": the name is the speaker
            phrase = _APPOSITION.sub("", phrase)
            phrase = _RELATIVE_ASIDE.sub("", phrase)  # "My father, who has been going to Mestalla since …, rang me"
        after_comma = phrase.rstrip().endswith(",")  # "…, adding:": the clause's subject adds
        phrase = phrase.strip(" ,")
        if not phrase:
            return None
        if org := self.org(phrase):
            named = _ORG.search(phrase)
            after = phrase[named.end() :] if named else ""
            if before and after.startswith(",") and (person := self.person(after)) and self.book.is_person(person):
                return person  # "in a statement on Spurs' website, Jol said:" is Jol's
            return org
        statement, club, body = _THE_STATEMENT.match(phrase), _THE_CLUB.search(phrase), _THE_LEAGUE.search(phrase)
        issued = "statement" in phrase and not any(self.book.is_person(" ".join(name_tokens(r.group(0))))
                                                   for r in NAME_RUN.finditer(phrase))
        if statement or club or body or issued:  # issued: "The federation had issued a statement, saying: "…"
            # a statement that names its club or body first speaks for it ("'Leeds United can confirm …,' a
            # club spokesperson said", "It read: 'The Scottish FA shares …'"); else the one the narrative is about
            opening = _OPENING_NAME.match(quote.lstrip("\"“‘' "))
            if opening and (named := self._org_name(opening.group(0))):
                return named
            if statement:
                return self.statement_in_view(para, offset, last)
            if club or (issued and _CLUB_STATEMENT.search(phrase)):  # "the club said", "the Eredivisie club said"
                return self.club_in_view(para, offset)
            if body:
                return self.body_in_view(para, offset, body.group("noun").lower())
        words = fold(phrase).split()
        if not words:
            return None  # only odd spaces (a no-break space, a tab) between the marks and the verb
        participle = verb.endswith("ing") and (after_comma or not phrase.split()[-1][:1].isupper())  # not "with Hughes claiming"
        if before and (_COORDINATED.search(phrase) or participle):
            # "Owen has discussed it with coach Sven Eriksson and admitted:": the clause's subject speaks;
            # so does "… after claiming the Welshman was"
            return self.pronoun(para, offset, last, words[0], quote) if words[0] in PRONOUNS else self.person(phrase, first=True)
        if (words[-1] if before else words[0]) == "i" and self.writer:
            return self.writer  # a column's "I said to the lads:": its writer
        if (word := words[-1] if before else words[0]) in PRONOUNS:
            return self.pronoun(para, offset, last, word, quote)
        d = _DESCRIPTOR.search(phrase)
        if d and self.is_description(d.group("body")):
            body = d.group("body").split()
            # "the Dutchman", "the 36-year-old", "the Dubliner"; "the former Scotland international" is
            # not the club director named since
            # a past role ("the former Espanyol defender") may fit a man now in another (the coach)
            past = body[0].lower() in ("former", "ex-") or body[0].lower().startswith("ex-")
            in_view = self.pronoun(para, offset, last, quote=quote, unlike="" if past else body[-1].lower())
            holders = self.book.with_role(body[-1]) if len(body) == 1 else set()  # not "the Chelsea boss"
            if in_view not in holders and len(holders) == 1:
                return next(iter(holders))  # "the striker": the one the article called its striker
            return in_view
        body = self.named_org(phrase, before)
        if body and body.split()[0] in _BODY_FIRST_WORDS:
            return body  # not "de Football Professionnel", a person's name run without its first word
        return self.person(phrase) or body


def _clauses(par: str) -> list[tuple[int, int]]:
    cuts = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(par)] + [len(par)]
    return list(zip(cuts, cuts[1:]))


def grounds_include(name: str) -> bool:
    """Whether a name is a ground's ("Anfield", and "Den" of "The Den"), never a speaker."""
    table = grounds()[0]
    return fold(name) in table or "the " + fold(name) in table


# A paragraph's quoted stretches, asked for by quotes and by matches: read once per article, and
# emptied by `forget_paragraphs` when the article is done.
_RANGES: dict[str, tuple[tuple[int, int], ...]] = {}


def _ranges_of(spans: list[_Span]) -> tuple[tuple[int, int], ...]:
    return tuple((s.open_at, s.end if s.close_at is None else s.close_at + 1) for s in spans)


def quoted_ranges(par: str) -> tuple[tuple[int, int], ...]:
    found = _RANGES.get(par)
    if found is None:
        found = _RANGES[par] = _ranges_of(_spans(0, par))
    return found


def forget_paragraphs() -> None:
    """Drop the paragraphs cached while one article was read, so none outlives it (a 10 MB one would)."""
    _RANGES.clear()


def unquoted(par: str) -> str:
    """The paragraph with every quoted stretch blanked out (offsets kept): the reporter's own words.

    Uses the same quote-mark events as quote extraction, so BBC's never-closed quotes are blanked too."""
    out, last = [], 0
    for a, b in quoted_ranges(par):
        out.append(par[last:a])
        out.append(" " * (min(b, len(par)) - a))
        last = min(b, len(par))
    out.append(par[last:])
    return "".join(out)


def _attribution_after(par: str, span: _Span, nxt: _Span | None) -> tuple[str, str] | None:
    if span.close_at is None:
        return None
    stop = nxt.open_at if nxt and nxt.para == span.para else len(par)
    tail = par[span.close_at + 1 : stop]
    ended_sentence = par[span.start : span.end].rstrip()[-1:] in (".", "?", "!")
    for pattern in (_AFTER_VERB_FIRST, _AFTER_WHO_FIRST):
        m = pattern.match(tail)
        if not m:
            continue
        rest = tail[m.end():]
        if re.match(r"[^.!?\"“”]{0,60}:", rest) or (nxt is not None and nxt.para == span.para and not rest.strip()):
            return None  # `X said: "` (or `X said "`) introduces the next quote
        if _SAID_OF_IT.match(rest):
            return None  # `"tired and scared," a comment Ferrante said he had seen`: words about the quote
        if ended_sentence and not re.match(r"\s*[^\w\s]*\s*$|\s*[.!?]", rest) and not _MANNER_TO_END.match(rest):
            return None  # a new sentence about something else
        return m.group("who"), m.group("verb")
    return None


def _attribution_before(par: str, span: _Span, prev: _Span | None) -> tuple[str, str] | None:
    begin = (prev.end if prev.close_at is None else prev.close_at + 1) if prev and prev.para == span.para else 0
    head = par[begin : span.open_at]
    colon = None
    if head.rstrip().endswith(":"):
        # The speech verb nearest the colon names the speaker; it stands within the last 60 characters.
        for m in _VERB_WORD.finditer(head, max(0, len(head) - _VERB_REACH)):
            if _COLON_TAIL.fullmatch(head, m.end()):
                colon = m
    if colon:
        return head[: colon.start()], colon.group(0)
    if head.rstrip().endswith(":") and (statement := _STATEMENT_COLON.search(head)):
        return head[: statement.end()].rstrip(" :"), "read"
    m = _BEFORE_DASH.match(head) if len(head) < 200 else None
    if m:  # "- Newcastle manager Graeme Souness on his hopes for Alan Shearer:" names the speaker first
        runs = [r for r in (name_tokens(x.group(0)) for x in NAME_RUN.finditer(m.group("who"))) if r]
        return (" ".join(runs[0]) if runs else m.group("who")), "said"
    # A partial quote inside a reported sentence: `Wenger said his side were "not good enough"`.
    tail = head[-_SENTENCE_REACH:]
    sentence = tail[sentence_starts(tail)[-1] :] if tail else ""
    m = _BEFORE_INLINE.search(sentence)
    if m and span.close_at is not None:
        # a speaker a relative clause brings in after the first verb: "asked about comments from Steve Parrish,
        # who said that …"
        nearer = [v for v in _VERB_WORD.finditer(sentence, m.end("verb"))
                  if _WHO_BETWEEN.search(sentence, m.end("verb"), v.start())]
        verb = nearer[-1] if nearer else m
        return sentence[: verb.start()], verb.group(0) if nearer else m.group("verb")
    return None


def _is_speech(text: str, attributed: bool) -> bool:
    """Scare quotes and titles (a "fake" injury, "Match of the Day") are not speech."""
    words = text.split()
    if not words:
        return False
    if attributed:
        return True
    if all(w[0].isupper() or w in _TITLE_SMALL_WORDS for w in words) and text.rstrip()[-1:].isalnum():
        return False  # a title or nickname ("Battle of Old Trafford")
    return len(words) >= _SHORT_WORDS or text.rstrip()[-1:] in ".!?,…"


def extract_posts(paras: list[str]) -> tuple[list[Quote], set[int]]:
    """Embedded social-media posts, and the paragraphs they occupy."""
    posts, taken = [], set()
    for i, par in enumerate(paras):
        tail = _POST_TAIL.search(par)
        if not tail:
            continue
        head = par[: tail.start()]
        byline = _POST_BYLINE.search(head, max(0, len(head) - 100))
        if not byline:
            continue
        text = _URL.sub("", head[: byline.start()]).strip()
        if text:
            posts.append(Quote(speaker=byline.group("name").strip(), text=text, kind="post"))
        taken.add(i)
    return posts, taken


def extract_quotes(text: str, book: NameBook, article_clubs: dict, shown: str | None = None) -> list[Quote]:
    """The quotes in `text`; their words are taken from `shown` (the original, where `text` has had its
    single marks made double) at the same offsets."""
    paras = paragraphs(text)
    shown_paras = paras if shown is None else paragraphs(shown)
    posts, post_paras = extract_posts(paras)
    resolver = _Resolver(paras, book, article_clubs, post_paras)
    spans: list[_Span] = []
    for i, par in enumerate(paras):
        if i not in post_paras:
            found = _spans(i, par)
            if par not in _RANGES:
                _RANGES[par] = _ranges_of(found)  # matches will ask for them too
            spans.extend(found)

    last: tuple[str, int, int] | None = None  # last attributed speaker and where
    kept: list[_Span] = []
    for k, span in enumerate(spans):
        par = paras[span.para]
        prev = spans[k - 1] if k else None
        nxt = spans[k + 1] if k + 1 < len(spans) else None
        body = par[span.start : span.end]
        if not body.strip():
            continue
        span.continues = prev is not None and (
            (prev.para == span.para and (prev.reopened or _only_attribution_between(par, prev, span)))
            or (prev.para == span.para - 1 and span.open_at == 0
                and (prev.close_at is None or prev.close_at >= len(paras[prev.para]) - 2
                     or _only_attribution_after(paras[prev.para], prev)))
        )
        after = _attribution_after(par, span, nxt)
        found = after or _attribution_before(par, span, prev)
        if found:
            who = resolver.who(found[0], span.para, span.open_at, last, before=after is None, quote=body,
                               verb=found[1].lower())
            if who:
                span.speaker, span.attributed = who, True
                if after is None or (prev is not None and prev.close_at is not None):
                    # `X said: "…` introduces a new speaker's quote, and a closed quote's words are not
                    # given to the attribution of the next one; a quote left open goes on to it
                    span.continues = False
        if not _is_speech(body, span.attributed or span.continues) or _NAMED_AS.search(par, max(0, span.open_at - 20), span.open_at):
            continue  # a scare quote, a title, or what something is called ("the so-called "Selhurst factor"")
        kept.append(span)
        if span.attributed and not (found and _RELATIVE_SPEAKER.search(found[0])):
            last = (span.speaker, span.para, span.open_at)  # not "…, who said that …": the sentence's subject stays in view

    _share_speakers(kept, resolver, paras)
    for span in kept:
        if span.close_at is None and span.speaker and book.is_person(span.speaker):
            span.end = _end_before_speaker_named(paras[span.para], span, span.speaker)
    quotes = [Quote(speaker=s.speaker, text=_clean(shown_paras[s.para][s.start : s.end])) for s in kept]
    return [q for q in quotes if q.text] + posts


_HEADLINE_QUOTE = re.compile(r"[\"“‘'](?P<text>[^\"“”‘’']{6,200})[\"”’']")
_HEADLINE_SPEAKER = re.compile(r"^\s*(?P<name>[^:\"“‘']{2,40}?):\s*$")  # "Ochotorena: "…""


def headline_quotes(title: str | None, quotes: list[Quote], book: NameBook) -> list[Quote]:
    """A headline's quoted words, when their speaker can be told: the name before a colon ("Ochotorena:
    "The derby is more than a final""), or whoever says the same words in the body ("'This stadium
    carried us': Marseille revel …"). A quoted headline phrase nobody is shown saying is left out."""
    found = []
    for m in _HEADLINE_QUOTE.finditer(title or ""):
        text = m.group("text").strip()
        said = re.sub(r"\W+", " ", fold(text)).strip()
        speaker = next((q.speaker for q in quotes if q.speaker and said in re.sub(r"\W+", " ", fold(q.text))), None)
        if speaker is None and (named := _HEADLINE_SPEAKER.match(title, 0, m.start())):
            runs = [name_tokens(r.group(0)) for r in NAME_RUN.finditer(named.group("name"))]
            speaker = book.canonical(" ".join(runs[-1])) if len(runs) == 1 and runs[-1] else None
        if speaker:
            found.append(Quote(speaker=speaker, text=text, kind="headline"))
    return found


def _end_before_speaker_named(par: str, span: _Span, speaker: str) -> int:
    """A quote never closed (or closed only by the next opening mark) may run on into the report; it ends
    before the first sentence that names its own speaker ("… play for him. But Benitez could turn to
    Anelka should Morientes be reluctant …")."""
    surname = re.compile(rf"\b{re.escape(speaker.split()[-1])}\b")
    starts = sentence_starts(par[span.start : span.end])
    for a, b in zip(starts[1:], starts[2:] + [span.end - span.start]):
        if surname.search(par, span.start + a, span.start + b):
            return span.start + a
    return span.end


def _only_attribution_after(par: str, prev: _Span) -> bool:
    """`"…," said Hoddle.` ends the paragraph: a paragraph opening with a quote goes on with Hoddle."""
    rest = par[prev.close_at + 1 :] if prev.close_at is not None else ""
    return len(rest.split()) <= 8 and _VERB_WORD.search(rest) is not None and not _MARKS.search(rest)


def _only_attribution_between(par: str, prev: _Span, span: _Span) -> bool:
    """`"…," Zidane said. "…"`: nothing but an attribution sentence (or no words at all, `"…". "…"`)
    separates the two stretches."""
    if prev.close_at is None:
        return False
    between = par[prev.close_at + 1 : span.open_at]
    if not any(c.isalnum() for c in between):
        return True
    return len(between.split()) <= 20 and _VERB_WORD.search(between) is not None


def _share_speakers(spans: list[_Span], resolver: _Resolver, paras: list[str]) -> None:
    """Stretches of one running quote share the speaker its attribution names."""
    runs: list[list[_Span]] = []
    for s in spans:
        if runs and s.continues and not (s.attributed and runs[-1][-1].attributed):
            runs[-1].append(s)
        else:
            runs.append([s])
    last: tuple[str, int, int] | None = None
    answered: str | None = None  # who answers an interview's questions: the last speaker outside them
    for run in runs:
        named = [s.speaker for s in run if s.attributed]
        first = run[0]
        asked = first.para > 0 and _QUESTION.match(paras[first.para - 1]) is not None
        fallback = named[0] if named else (answered if asked and answered else None) or (
            resolver.reported_by(first.para, first.open_at, last)
            or resolver.recent_subject(first.para, first.open_at)
            or (last[0] if last else None))
        current = fallback
        for s in run:
            if s.attributed:
                current = s.speaker
            else:
                s.speaker = current
        if run[-1].speaker:
            last = (run[-1].speaker, run[-1].para, run[-1].open_at)
            if not _QUESTION.match(paras[run[-1].para]):  # "Q: Your manager said you were "the best …"?"
                answered = run[-1].speaker


def _spelt_out(full: str, text: str) -> bool:
    """The article names a body in full, on its own: "the Football Association", not as part of
    "the Scottish Football Association" or "the Football Association of Wales"."""
    at = text.find(full)
    while at != -1:
        before = text[max(0, at - 40) : at].rstrip().rsplit(None, 1)
        if (not before or not before[-1][:1].isupper() or before[-1] == "The") and not text.startswith(" of ", at + len(full)):
            return True  # not "the Football Association of Wales" either
        at = text.find(full, at + 1)
    return False
