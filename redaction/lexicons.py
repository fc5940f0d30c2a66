"""The shipped lexicons (models/lexicons): names of people, particles, common words, organisations.

Loaded once per process. Lookups go through `name_key`, which folds case and diacritics, so
"Yılmaz", "Yilmaz" and "YILMAZ" are one entry.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from redaction.errors import LexiconError
from redaction.paths import lexicons_dir

# Letters that NFKD does not decompose to an ASCII base.
_FOLD_EXTRA = str.maketrans({"ı": "i", "ø": "o", "æ": "ae", "ß": "ss", "ł": "l", "đ": "d", "’": "'"})


@lru_cache(maxsize=262_144)
def name_key(value: str) -> str:
    """Case- and accent-insensitive key: 'Öztürk' -> 'ozturk', 'El-Amrani' -> 'el-amrani'."""
    if value.isascii():  # nothing to fold or decompose (99 % of the lexicons' words, most of a text's)
        return value.lower()
    folded = unicodedata.normalize("NFKD", value.lower().translate(_FOLD_EXTRA))
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


# National parties (local parties are recognised by their words, in the policy's evidence): their
# abbreviations stand in tables and brackets beside names and are no one's initials.
NATIONAL_PARTIES = (
    "VVD", "CDA", "PvdA", "D66", "SP", "GroenLinks", "GL", "GroenLinks-PvdA", "GL-PvdA", "GL/PvdA", "PVV",
    "ChristenUnie", "CU", "SGP", "CU-SGP", "CU/SGP", "ChristenUnie-SGP", "PvdD", "Partij voor de Dieren", "JA21",
    "FvD", "Forum voor Democratie", "BBB", "BoerBurgerBeweging", "Volt", "DENK", "50PLUS", "NSC",
    "Nieuw Sociaal Contract", "BIJ1", "Piratenpartij", "OSF", "FNP", "Fryske Nasjonale Partij",
    # water-board parties, beside the national ones in the general boards of every water board
    "Water Natuurlijk", "AWP", "Algemene Waterschapspartij", "Waterschapspartij", "Waterbelang",
    # (as older minutes spell it)
    "Groen Links",
)
# As older minutes write them, and the parties of their time (archives fall under the Woo too). Not
# in PARTY_KEYS: "GPV" or "PSP" in a case log of today is more likely a staff member's initials.
HISTORICAL_PARTIES = (
    "P.v.d.A.", "V.V.D.", "C.D.A.", "D'66", "S.G.P.", "G.P.V.", "P.P.R.", "P.S.P.", "C.P.N.", "KVP", "K.V.P.",
    "ARP", "A.R.P.", "CHU", "C.H.U.", "PPR", "PSP", "CPN", "GPV", "RPF", "R.P.F.", "DS'70", "Boerenpartij",
)
# A national party's name glued to the initials after it, as a PDF's table of members comes out
# flattened ("PvdAM.M.M. Moester", "D66G.I. Timmer", "GroenLinksI Kleinrensink"): the party column
# ran into the name column. Longest first ("GroenLinks-PvdA" before "GroenLinks").
# A local party's one-word name glued so ("BurgerbelangP.I. Ackermans", "StadspartijM Wesselink"):
# a word ending in -belang(en) or -partij with a capital right after it is no word of running text.
GLUED_LOCAL_PARTY = r"[A-Z][a-z]+(?:belangen|belang|partij)"
GLUED_PARTY = re.compile(
    r"(?:" + "|".join(re.escape(p) for p in sorted((p for p in NATIONAL_PARTIES if " " not in p), key=len,
                                                   reverse=True))
    + "|" + GLUED_LOCAL_PARTY + r")(?=[A-Z](?:\.|[ ][A-Z]))"
)
# ... and a party glued to the end of the name before it, the party column after the name column
# ("Koen NijhofGL Ingrid Oude GrooteCDA Mustafa ÖztürkPvdA"): a small letter, then the party.
GLUED_PARTY_AFTER = re.compile(
    r"(?<=[a-zà-ÿ])(?:" + "|".join(re.escape(p) for p in sorted((p for p in NATIONAL_PARTIES if " " not in p),
                                                               key=len, reverse=True))
    + r")(?=[ \t\r\n,;]|$)"
)
PARTY_KEYS = frozenset(name_key(p.replace("-", "").replace("/", "")) for p in NATIONAL_PARTIES if " " not in p)

def ends_compound(key: str, endings: Iterable[str]) -> bool:
    """Whether ``key`` is a compound ending in one of ``endings`` with three letters or more before
    it ("soesterkwartier", "forumvoorzitter"): "kwal" or "dijk" alone are no compounds."""
    if not isinstance(endings, (tuple, frozenset)):
        return any(key.endswith(ending) and len(key) > len(ending) + 2 for ending in endings)
    # The same fixed endings are asked about for thousands of words per document (one of them the
    # whole organisation-word list): a set look-up per ending length instead of an ``endswith`` per
    # ending; the answer is the same.
    size = len(key)
    for length, same_length in _endings_by_length(endings):
        if size <= length + 2:
            return False  # ascending lengths: no longer ending leaves three letters before it
        if length == 0 or key[size - length:] in same_length:
            return True
    return False


@lru_cache(maxsize=64)
def _endings_by_length(endings: tuple[str, ...] | frozenset[str]) -> tuple[tuple[int, frozenset[str]], ...]:
    """``endings`` grouped by length, shortest first (immutable collections only, so a cached
    grouping never goes stale)."""
    by_length: dict[int, set[str]] = {}
    for ending in endings:
        by_length.setdefault(len(ending), set()).add(ending)
    return tuple((length, frozenset(group)) for length, group in sorted(by_length.items()))


def _read_lines(path: Path) -> list[str]:
    """The file's lines, stripped, without blank lines and comments (a "#" first)."""
    if not path.is_file():
        raise LexiconError(f"lexicon missing: {path.name} (expected in {path.parent})")
    text = path.read_text("utf-8")
    # map and filter run in C: a loop in Python over the 355,000 lines of the Dutch word list took
    # a twentieth of `woo analyze`'s cold start. Comments are looked for only up to the last line
    # with a "#" (the lists have their comments on top).
    last = text.rfind("#")
    cut = 0 if last < 0 else text.find("\n", last)
    cut = len(text) if cut < 0 else cut
    head = filter(None, map(str.strip, text[:cut].splitlines()))
    lines = [line for line in head if not line.startswith("#")]
    lines.extend(filter(None, map(str.strip, text[cut:].splitlines())))
    return lines


def _read_optional(path: Path) -> list[str]:
    return _read_lines(path) if path.is_file() else []


def _first_column(lines: list[str]) -> list[str]:
    return [line.split("\t", 1)[0].strip() for line in lines]


# eq=False: a Lexicons is hashed by identity, so it can key caches without hashing 355,000 words.
@dataclass(frozen=True, eq=False)
class Lexicons:
    first_names: frozenset[str]
    surnames: frozenset[str]  # full forms as keys: 'de jong', 'el amrani', 'yilmaz'
    surname_cores: frozenset[str]  # last part without particles: 'jong', 'amrani'
    particles: frozenset[str]  # 'van', 'de', 'van der', "in 't", 'el', ...
    common_words: frozenset[str]
    organisations: tuple[str, ...]
    organisation_words: frozenset[str]
    dutch_words: frozenset[str] = frozenset()  # ordinary words: no reason to ask the name model
    places: frozenset[str] = frozenset()  # towns, regions, countries: no reason to ask the name model

    def is_first_name(self, word: str) -> bool:
        key = name_key(word)
        if key in self.first_names:
            return True
        # A double given name of two listed ones ("Gerrit-Jan", "Anne-Marije", "Kees-Jan"): the list
        # holds the established ones, people join any two.
        first, hyphen, second = key.partition("-")
        return bool(hyphen) and first in self.first_names and second in self.first_names

    def is_surname(self, word: str) -> bool:
        key = name_key(word)
        return key in self.surnames or key in self.surname_cores

    def is_name(self, word: str) -> bool:
        """A listed first name or surname."""
        return self.is_first_name(word) or self.is_surname(word)

    def is_common(self, word: str) -> bool:
        return name_key(word) in self.common_words

    def is_word(self, word: str) -> bool:
        """An ordinary word: in the Dutch word list or the list of common words."""
        return _in_word_list(self, name_key(word))

    def is_particle(self, word: str) -> bool:
        return name_key(word) in self.particles

    def is_compound(self, word: str) -> bool:
        """Whether a word is a compound of Dutch words ("raadsinformatiebrief", "klachtencoördinator").

        The word list cannot hold every compound Dutch makes; a joint "s" or "e" between the parts
        is allowed ("raad-s-brief"). Words that are also names ("raad", "wijk") are left out of the
        word list but count as words inside a compound.
        """
        return _compound(self, name_key(word), 0)


def _in_word_list(lex: Lexicons, key: str) -> bool:
    return key in lex.dutch_words or key in lex.common_words


@lru_cache(maxsize=131_072)
def _compound(lex: Lexicons, key: str, depth: int) -> bool:
    for cut in range(3, len(key) - 2):
        head, tail = key[:cut], key[cut:]
        if not (_in_word_list(lex, head) or (head[-1] in "se" and _in_word_list(lex, head[:-1]))):
            continue
        if _in_word_list(lex, tail) or (depth < 2 and _compound(lex, tail, depth + 1)):
            return True
    return False


def _surname_core(surname: str, particles: frozenset[str]) -> str:
    words = surname.split()
    while len(words) > 1 and name_key(words[0]) in particles:
        words = words[1:]
    return name_key(" ".join(words))


@cache
def load_lexicons(directory: Path | None = None) -> Lexicons:
    directory = directory or lexicons_dir()
    particles = frozenset(name_key(p) for p in _read_lines(directory / "tussenvoegsels.txt"))
    # Single particle words too, so "van der" also makes "van" and "der" particles.
    particles |= frozenset(w for p in particles for w in p.split())
    surnames_raw = _first_column(_read_lines(directory / "surnames.tsv"))
    return Lexicons(
        first_names=frozenset(name_key(n) for n in _first_column(_read_lines(directory / "first_names.tsv"))),
        surnames=frozenset(name_key(n) for n in surnames_raw),
        surname_cores=frozenset(_surname_core(n, particles) for n in surnames_raw),
        particles=particles,
        common_words=frozenset(name_key(w) for w in _read_lines(directory / "common_words.txt")),
        organisations=tuple(_read_lines(directory / "organisations.txt")),
        organisation_words=frozenset(
            name_key(w) for w in _read_lines(directory / "organisation_words.txt")
        ),
        dutch_words=frozenset(_read_lines(directory / "dutch_words.txt")),
        places=frozenset(name_key(p) for p in _read_optional(directory / "places.txt")),
    )
