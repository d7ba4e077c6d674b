"""Where clubs are mentioned in an article, and the name to show for each."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .clubs import GENERIC_CLUB_WORDS, club_data, club_table, clubs_in_text, fullest_form
from .lexicon import DESCRIPTOR_HEADS, NOT_NAME_WORDS, fold
from .patterns import whole_words, word_list


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    club: str  # canonical


@lru_cache(maxsize=1)
def nations() -> frozenset[str]:
    return frozenset(club_data().get("nations", []))


@lru_cache(maxsize=1)
def grounds() -> tuple[dict[str, str], re.Pattern]:
    raw = club_data()
    table = {fold(k): v for k, v in raw.get("grounds", {}).items()}
    return table, re.compile(word_list(raw.get("grounds", {}), word_start=True) + r"\b")


# "Braga coach Paulo Vidigal", "Bournemouth boss": a name in front of a club role is a club.
_CLUB_ROLES = ("coach manager boss chairman goalkeeper keeper captain defender striker midfielder winger forward "
               "fans supporters players squad").split()
_NAME_BEFORE = re.compile(r"([A-Z](?<![\w'’].)[a-zà-ÿ]+(?: [A-Z][a-zà-ÿ]+){0,2})(?:'s|’s)? $")
_CLUB_SUFFIXES = ("United City Town Rovers Athletic Albion Wanderers County Argyle Orient Alexandra Borough Hotspur "
                  "Rangers Thistle Academicals XI").split()
_PLACE_BEFORE = re.compile(r"([A-Z](?<![\w'’].)[a-z]+)(?: [A-Z][a-z]+)? $")
_NATIONALITY = re.compile(r"[A-Z][a-z]+(?:ish|ese|ian|ean)|Dutch|French|Welsh|Swiss|Czech|Greek|Thai|Basque|Scots")
_NOT_CLUBS = frozenset({"former", "new", "assistant", "caretaker", "interim", "the", "his", "their", "our",
                        "england", "scotland", "wales", "ireland", "france", "spain", "italy", "germany",
                        "holland", "portugal", "brazil", "argentina", "under-21", "national", "club"})


def _clubs_by_role(text: str, known: dict[str, set[str]]) -> list[str]:
    """Clubs the table does not know, taught by the article's own phrasing: "Braga coach …", and
    names that end like an English club's ("Hinckley United", "Yeading Town")."""
    known_forms = {fold(f) for fs in known.values() for f in fs}
    by_first_word = {c.split()[0]: c for c in known if " " in c}  # "Sparta" → Sparta Prague
    last_words = [c.split()[-1] for c in known if " " in c]
    by_last_word = {c.split()[-1]: c for c in known if " " in c and last_words.count(c.split()[-1]) == 1
                    and fold(c.split()[-1]) not in GENERIC_CLUB_WORDS}  # "Victory" → Melbourne Victory
    found = []
    for start, suffix in whole_words(text, _CLUB_SUFFIXES):  # the rare suffix first, then the place before it
        m = _PLACE_BEFORE.search(text, max(0, start - 30), start)
        if m is None or (suffix == "XI" and fold(m.group(0).strip()) in known_forms):
            continue  # "a weakened Chelsea XI" is Chelsea
        if fold(m.group(1)) not in NOT_NAME_WORDS | _NOT_CLUBS or suffix == "XI":  # "a World XI" is a side; "Former Argyle" is not
            name = m.group(0) + suffix
            if fold(name) not in known_forms and name not in found:
                found.append(name)
    for start, _role in whole_words(text, _CLUB_ROLES):  # find the role word first, then look just before it
        m = _NAME_BEFORE.search(text, max(0, start - 40), start)
        if not m:
            continue
        name = m.group(1)
        words = name.split()
        if fold(words[0]) in _NOT_CLUBS | DESCRIPTOR_HEADS or fold(name) in known_forms or fold(words[0]) in NOT_NAME_WORDS \
                or _NATIONALITY.fullmatch(name):
            continue  # not "the Basque forward" either, nor "the Finnish midfielder"
        owners = club_table().by_alias.get(fold(name), ())
        if len(words) == 1 and (club := by_first_word.get(name) or by_last_word.get(name)
                                or next((c for c in owners if c in known), None)):
            known[club].add(name)  # "Sparta captain …" about Sparta Prague, "AC Milan midfielder … Milan coach"
            continue
        if len(words) == 1 and name not in found:
            found.append(name)
    return found


@lru_cache(maxsize=1)
def demonyms() -> tuple[dict[str, tuple[str, ...]], re.Pattern]:
    """Adjectives that stand for a national side when used as a noun, and a finder for them."""
    table = {fold(k): tuple(v) for k, v in club_data().get("demonyms", {}).items()}
    return table, re.compile(word_list(club_data().get("demonyms", {}), word_start=True) + r"\b")  # opens with literals


# what follows a demonym used as a noun: a verb ("The Dutch lost", "the Irish winning"), the end of a
# clause, a relative pronoun, or "at"/"against" ("led the Dutch at the World Cup"); the verbs are listed,
# since "-ed" and "-ing" words are as often adjectives ("the Dutch training camp", "the French sporting daily")
_FOLLOWS_AS_NOUN = re.compile(
    r"$|[.;:!?]|,\s+who\b|\s+(?:at|against|(?:(?:then|also|still|twice|\w+ly)\s+)?(?:were|was|are|is|have|had|has|"
    r"will|would|could|did|beat|beaten|won|drew|lost|led|took|went|came|got|made|need|needs|needed|face|faces|"
    r"faced|play|plays|played|reached|finished|qualified|failed|scored|conceded|trailed|equalised|thrashed|"
    r"defeated|edged|hammered|crushed|routed|overcame|recovered|struggled|winning|losing|drawing|beating|leading|"
    r"trailing|playing|facing|needing))\b")


def _as_noun(text: str, start: int, end: int) -> bool:
    """A demonym at text[start:end] used as a noun: "the" before it, a verb or a clause's end after it."""
    return text.endswith(("the ", "The "), 0, start) and _FOLLOWS_AS_NOUN.match(text, end) is not None


_CUP_OF = ("Coupe de ", "Copa de ", "Copa do ", "Copa del ", "Coppa ", "Taça de ", "Taca de ", "Copa ")
_CAPITALISED_WORD = re.compile(r"[A-ZÀ-Þ](?<![\w'’].)[\w&\-]*(?:\.(?!\s|$)[\w&\-]*)*")  # a full stop ends it


def _used_alone(text: str, word: str) -> bool:
    """Whether the text uses a word on its own somewhere, not as part of a longer name: "… was United's
    first", not "Dundee United" or "the City Ground". Stops at the first such use."""
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            before = text[max(0, at - 30) : at].split()
            after = text[end : end + 30].split()
            if (not before or not before[-1][:1].isupper()) and not (after and after[0][:1].isupper()):
                return True  # not "Dundee United", nor "the City Ground"
        at = text.find(word, end)
    return False


class Teams:
    """The clubs one article names, with a finder for their mentions in any stretch of its text."""

    def __init__(self, text: str):
        self.forms = clubs_in_text(text)
        self._add_suffix_forms(text)  # first, so "City manager" is Glasgow City's, not a club of its own
        for name in _clubs_by_role(text, self.forms):
            self.forms.setdefault(name, set()).add(name)
        self._demonyms = self._demonyms_as_nouns(text)
        self._by_form: dict[str, str] = {}
        self._by_first_word: dict[str, list[tuple[int, str]]] = {}  # first word → (length, folded form)
        for club, forms in self.forms.items():
            for form in forms:
                self._index(form, club)

    def _add_suffix_forms(self, text: str) -> None:
        """"United" for Dundee United, "Rovers" for Raith Rovers: a club is called by the last word of its
        name when no other club the article names ends with it, and the text uses the word alone."""
        by_suffix: dict[str, list[str]] = {}
        for club, forms in self.forms.items():
            for name in {club, *forms}:
                last = name.split()[-1]
                if len(name.split()) > 1 and fold(last) in GENERIC_CLUB_WORDS:
                    by_suffix.setdefault(last, [])
                    if club not in by_suffix[last]:
                        by_suffix[last].append(club)
        for suffix, clubs in by_suffix.items():
            if len(clubs) == 1 and _used_alone(text, suffix):
                self.forms[clubs[0]].add(suffix)

    def _demonyms_as_nouns(self, text: str) -> dict[str, str]:
        """Folded demonym -> the national side it names as a noun here ("The Dutch lost 2-1"). Each such
        side joins the article's clubs (`self.forms`), which quotes read too."""
        table, finder = demonyms()
        found: dict[str, str] = {}
        for m in finder.finditer(text):
            key = fold(m.group(0))
            if key not in found and _as_noun(text, m.start(), m.end()):
                sides = table[key]
                found[key] = next((side for side in sides if side in self.forms), sides[0])
                self.forms.setdefault(found[key], {found[key]})  # shown by its own name, unless the article names it
        return found

    def _index(self, form: str, club: str) -> None:
        key = fold(form)
        self._by_form[key] = club
        candidates = self._by_first_word.setdefault(key.split()[0].rstrip("."), [])  # "D.C. United" under "d.c"
        if (len(form), key) not in candidates:
            candidates.append((len(form), key))
            candidates.sort(reverse=True)  # longest form first at any place

    def add(self, name: str) -> str:
        """Teach a club the table does not know (from a "Hereford 1-1 Doncaster" line)."""
        owners = club_table().by_alias.get(fold(name))
        club = owners[0] if owners and len(owners) == 1 else name
        self.forms.setdefault(club, set()).add(name)
        self._index(name, club)
        return club

    def mentions(self, text: str) -> list[Mention]:
        """Where the article's clubs are named in `text`: looked up from each capitalised word, case-
        and accent-insensitively ("BLACKBURN ROVERS", "Leganés"), the longest form first."""
        out = []
        end_of_last = 0
        for word in _CAPITALISED_WORD.finditer(text):
            start = word.start()
            if start < end_of_last:
                continue
            folded = fold(word.group(0))
            for length, key in self._by_first_word.get(folded.rstrip("."), ()):
                end = start + length
                if fold(text[start:end]) == key and (end == len(text) or not text[end].isalnum()):
                    if text.endswith(_CUP_OF, 0, start):
                        break  # "the Coupe de France" is a competition, not France
                    out.append(Mention(start, end, self._by_form[key]))
                    end_of_last = end
                    break
            else:
                if folded in self._demonyms and _as_noun(text, start, word.end()):
                    out.append(Mention(start, word.end(), self._demonyms[folded]))
        return out

    def is_nation(self, club: str) -> bool:
        """National sides double as places: "losing 2-0 in Portugal" names where, not whom."""
        return club in nations()

    def club_of(self, name: str) -> str | None:
        return self._by_form.get(fold(name))

    def display(self, club: str) -> str:
        """The club as this article names it at its fullest."""
        return fullest_form(club, self.forms.get(club, set()))
