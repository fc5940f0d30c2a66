"""Features of a person-name candidate, for the scorer that decides whether it is a name.

Every feature is a number in a fixed order (``FEATURE_NAMES``); the scorer's weights are stored by
name, so adding a feature is one entry here and a retraining. The features describe what a reader
uses: which rule proposed the words, which lists know each word (first name, surname, ordinary
Dutch word, place, organisation word, English or German word, nationality, legal term),
capitals, the position in the sentence and line, the words around it, and what the rest of the
document says about the same words (the same name with a strong cue elsewhere, the word as an
e-mail domain).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from redaction.lexicons import Lexicons, ends_compound, name_key
from redaction.paths import lexicons_dir

# Words whose lexicon facts are kept between candidates: names and their neighbours recur. The facts
# are shared per pattern, so a word costs a cache slot; the bound keeps a long run flat.
_CACHE_WORDS = 50_000
WORD = re.compile(r"[^\W\d_](?:[\w'’.-]*\w)?\.?")
_MAIL_DOMAIN = re.compile(r"@([\w-]+)\.")
_MAIL_LOCAL = re.compile(r"([\w.+-]+)@")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Compiled once: asked of every word of every candidate ("J.", "A.B.").
_DOTTED_INITIALS = re.compile(r"(?:\w\.)+")

# Sources the person recognizer gives its results; anything else is "other".
SOURCES = ("ner", "lexicon", "title", "structure", "initials", "name", "staff_initials")
# The first letter of each line (after quote marks, bullets and numbering).
# One character at a time from two disjoint classes, so a line without letters ("12-03 09:20")
# fails in linear time (a nested quantifier over digits backtracked exponentially there).
_LINE_LETTER = re.compile(r"^(?:[^\w\n]|[\d_])*([^\W\d_])", re.MULTILINE)
# What OCR reads for what was printed, in names: "rn" for "m", a zero for "o", a one for "l" or "i".
OCR_CONFUSIONS = (("rn", "m"), ("0", "o"), ("1", "l"), ("1", "i"), ("5", "s"), ("vv", "w"))
# Sources whose cue alone makes a name (a title or salutation, a mail header, initials).
STRONG_SOURCES = frozenset({"title", "structure", "initials", "staff_initials"})
WORD_CLASSES = ("en", "de", "fy", "nationality", "legal", "pronoun")
# Context classes: the word before or after a candidate (also from word_classes.tsv).
CONTEXT_CLASSES = ("honorific", "role", "greeting", "preposition", "article", "topic")
# Endings of the names of districts, projects and plans, hardly of a person's name ("Soesterkwartier",
# "Waalfront", "Heekgebied", "Woonzorgmonitor"); "-hof", "-veld" and "-dijk" end surnames too.
PLACE_SUFFIXES = ("kwartier", "wijk", "buurt", "front", "gebied", "plein", "monitor", "visie", "plan", "polder",
                  "eiland", "centrum", "park", "haven", "markt", "dorp")
COMPASS_PARTS = frozenset({"noord", "oost", "zuid", "west", "midden", "centrum", "noordoost", "noordwest", "zuidoost",
                      "zuidwest", "binnenstad"})


# Classes the keep-policy reads and the scorer does not ("firm": a known company named like a
# person is decided by document evidence, evidence.known_firm, after the scorer found the name).
POLICY_ONLY_CLASSES = frozenset({"firm"})


@cache
def word_classes(directory: Path | None = None) -> dict[str, frozenset[str]]:
    """word key -> its classes, from ``models/lexicons/word_classes.tsv``."""
    path = (directory or lexicons_dir()) / "word_classes.tsv"
    classes: dict[str, set[str]] = {}
    if path.is_file():
        for raw in path.read_text("utf-8").splitlines():
            line = raw.strip()
            if not line or line.startswith("#") or "\t" not in line:
                continue
            word, cls = line.split("\t", 1)
            classes.setdefault(name_key(word), set()).add(cls.strip())
    return {k: frozenset(v) for k, v in classes.items()}


@cache
def words_of_class(name: str) -> frozenset[str]:
    """The word keys of one class of ``word_classes.tsv`` ("legal", "nationality", "en", ...)."""
    return frozenset(k for k, classes in word_classes().items() if name in classes)


def foreign_words(lexicons: Lexicons, name: str) -> frozenset[str]:
    """The words of a language class ("de", "en") that are no Dutch words ("und", "sie", not "die"):
    what makes a line or a text foreign."""
    return frozenset(k for k in words_of_class(name) if not lexicons.is_word(k))


def line_initials(text: str) -> list[str]:
    """The first letter of each line of ``text`` (after quote marks, bullets and numbering): whether
    a text writes its lines with capitals, and so its names too."""
    return [m.group(1) for m in _LINE_LETTER.finditer(text)]


# Words that hardly any German passage lacks and Dutch never writes: the cheap first test.
_GERMAN_HINT = re.compile(r"\b(?:und|nicht|für|ich|Sie|ist|auf|mit|wir|bitte)\b")
_TEXT_WORD = re.compile(r"[^\W\d_]+")
_LOCAL_PART_SEPARATOR = re.compile(r"[._+-]")
# A word written small, not inside an address or a longer word.
_LOWER_CASE_WORD = re.compile(r"(?<![\w@.])[a-zà-ÿ]{3,}(?![\w@])")


def mail_locals(text: str) -> list[str]:
    """What ``_MAIL_LOCAL.findall(text)`` gives: the run of local-part characters (``\\w``, ".",
    "+", "-") right before each "@" that has one, in order. Read back from each "@" instead: the
    pattern, tried at every position, ran each word of the text out to its end and back (a
    fiftieth of the engine's time on correspondence)."""
    locals_ = []
    at = text.find("@")
    while at != -1:
        start = at
        # re's \w is str.isalnum() or "_" (the same test in sre)
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_.+-"):
            start -= 1
        if start < at:
            locals_.append(text[start:at])
        at = text.find("@", at + 1)
    return locals_


@lru_cache(maxsize=8)
def _german_hint(text: str) -> bool:
    """Whether a German function word occurs in the text's first 20,000 characters. Asked for the
    same text by the person recognizer (twice) and by the mentions: a search through 20,000
    characters once per text, not once per asker."""
    return _GERMAN_HINT.search(text, 0, 20_000) is not None


@lru_cache(maxsize=8)
def german_text(text: str, german_words: frozenset[str],
                words_of: Callable[[str], list[str]] | None = None) -> bool:
    """Whether one word in twelve of the text's first 20,000 characters (``words_of`` splits them)
    is a German word that is no Dutch one ("und", "für", "Sie"): a German letter, or a long
    German passage, where every noun is capitalised.

    Kept for the last few texts: the person recognizer asks twice per text (its chains and the
    model's spans), and where the hint word is there the count runs over every word."""
    if not _german_hint(text):
        return False  # the common case, a Dutch text, without a word-by-word count
    words = (words_of or _TEXT_WORD.findall)(text[:20_000])
    if len(words) < 24:
        return False
    return sum(1 for w in words if name_key(w) in german_words) * 12 >= len(words)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A span some rule or the model proposed as a person's name."""

    start: int
    end: int
    score: float
    source: str  # "person:ner", "person:title", ...


def _bare(word: str) -> str:
    return word.strip(".'’-").removesuffix("'s").removesuffix("’s")


FEATURE_NAMES: tuple[str, ...] = (
    "bias",
    *(f"source.{s}" for s in SOURCES),
    "source.other",
    "rule_score",
    "words.1",
    "words.2",
    "words.3plus",
    "chars.log",
    "all_caps",
    "starts_lower",
    "particle_surname",
    "has_initial",
    "has_particle",
    "has_hyphen",
    "first.first_name",
    "first.surname",
    "first.word",
    "first.word_long",
    "first.compound",
    "first.place",
    "first.organisation_word",
    "first.unknown",
    "first.ocr_name",
    *(f"first.{c}" for c in WORD_CLASSES),
    "last.first_name",
    "last.surname",
    "last.word",
    "last.compound",
    "last.place",
    "last.organisation_word",
    "last.ocr_name",
    "last.unknown",
    *(f"last.{c}" for c in WORD_CLASSES),
    "all_words_ordinary",
    "any_name_word",
    "name_and_unknown",
    "first_and_surname",
    "multiword_unknown",
    "multiword_capitalised",
    "sentence_start",
    "line_start",
    "line_alone",
    "short_line",
    "after_colon",
    "prev.honorific",
    "prev.role",
    "prev.greeting",
    "prev.preposition",
    "prev.article",
    "prev.topic",
    "next.topic",
    "last.place_suffix",
    "compass_part",
    "prev.organisation_word",
    "prev.capitalised",
    "next.organisation_word",
    "next.paren",
    "next.comma",
    "next.colon",
    "next.capitalised",
    "next.email",
    "line.english",
    "line.german",
    "line.dutch_ratio",
    "doc.repeats",
    "doc.strong_elsewhere",
    "doc.mail_domain",
    "doc.mail_local",
    "doc.lower_elsewhere",
    "doc.lower_case",
    "doc.alone_repeated",
    "ner_single_word",
    "ner_x_ordinary",
    "ner_x_place",
    "ner_x_unknown",
    "ner_x_sentence_start",
)
INDEX = {name: i for i, name in enumerate(FEATURE_NAMES)}
# The features named after a fact of a candidate's first or last word ("first.surname"), by fact:
# looked up rather than formatted anew for every fact of every candidate.
_FACT_FEATURES = {prefix: {name.split(".", 1)[1]: name for name in FEATURE_NAMES if name.startswith(prefix + ".")}
                  for prefix in ("first", "last")}


class FeatureExtractor:
    """Turns candidates of one document into feature vectors (lists of floats)."""

    def __init__(self, lexicons: Lexicons) -> None:
        self.lexicons = lexicons
        # (without the classes only the policy reads: the scorer's features never see them)
        self.classes = {k: v - POLICY_ONLY_CLASSES for k, v in word_classes().items()}
        context = {c: words_of_class(c) for c in CONTEXT_CLASSES}
        self.honorifics, self.roles, self.greetings = context["honorific"], context["role"], context["greeting"]
        self.prepositions, self.articles = context["preposition"], context["article"]
        self.topics = context["topic"]
        self._word_cache: dict[str, dict[str, float]] = {}
        self._language_cache: dict[str, tuple[int, int, int]] = {}
        self._info_patterns: dict[tuple[float, ...], dict[str, float]] = {}

    def document(self, text: str, candidates: Sequence[Candidate]) -> list[list[float]]:
        """Dense vectors in ``FEATURE_NAMES`` order (for training)."""
        vectors = []
        for named in self.named_document(text, candidates):
            v = [0.0] * len(FEATURE_NAMES)
            for name, value in named.items():
                v[INDEX[name]] = value
            vectors.append(v)
        return vectors

    def named_document(self, text: str, candidates: Sequence[Candidate]) -> list[dict[str, float]]:
        """Each candidate's features by name (absent = 0): the scorer's fast path."""
        context = _DocumentContext.build(text, candidates, self)
        return [self.features(text, c, context) for c in candidates]

    # -- word classes ------------------------------------------------------------------------

    def word_info(self, word: str) -> dict[str, float]:
        # Pure in the word and asked for again and again (a name recurs, so do its neighbours).
        cached = self._word_cache.get(word)
        if cached is None:
            info = self._word_info(word)
            # Words share a handful of fact patterns: one dict per pattern, not one per word.
            cached = self._info_patterns.setdefault(tuple(info.values()), info)
            if len(self._word_cache) < _CACHE_WORDS:
                self._word_cache[word] = cached
        return cached

    def _word_info(self, word: str) -> dict[str, float]:
        lex = self.lexicons
        bare = _bare(word)
        key = name_key(bare)
        first = lex.is_first_name(bare) or lex.is_first_name(bare.split("-")[0])
        surname = lex.is_surname(bare)
        ordinary = lex.is_word(key)
        compound = not ordinary and len(key) >= 7 and lex.is_compound(key)
        place = key in lex.places
        org = key in lex.organisation_words
        classes = self.classes.get(key, frozenset())
        info = {
            "first_name": float(first),
            "surname": float(surname),
            "word": float(ordinary),
            "word_long": float(ordinary and len(key) >= 5),
            "compound": float(compound),
            "place": float(place),
            "organisation_word": float(org),
            "unknown": float(not (first or surname or ordinary or compound or place or org or classes)),
            "ocr_name": float(not (first or surname) and self._ocr_reading_is_name(bare)),
        }
        for c in WORD_CLASSES:
            info[c] = float(c in classes)
        return info

    def _ocr_reading_is_name(self, bare: str) -> bool:
        """Whether the word, read with OCR's usual confusions undone, is a listed name
        ("Moharnmad", "yi1maz", "Jans0n"): a scanned name is still a name."""
        if not any(seen in bare for seen, _ in OCR_CONFUSIONS):
            return False
        readings = {bare}
        for seen, meant in OCR_CONFUSIONS:
            readings |= {r.replace(seen, meant) for r in readings if seen in r}
        readings.discard(bare)
        lex = self.lexicons
        return any(lex.is_first_name(r) or lex.is_surname(r) for r in readings)

    def content_words(self, span: str) -> list[str]:
        words = [w for w in WORD.findall(span)]
        content = [w for w in words if not self.lexicons.is_particle(_bare(w)) and len(_bare(w)) > 1]
        return content or words

    # -- one candidate -------------------------------------------------------------------------

    def features(self, text: str, cand: Candidate, context: _DocumentContext) -> dict[str, float]:
        # A dict by name rather than a dense vector: a candidate has ~70 features set and the
        # scorer runs on every candidate of every document, so no index arithmetic per feature.
        v: dict[str, float] = {}

        span = text[cand.start:cand.end]
        v["bias"] = 1.0
        source = cand.source.split(":", 1)[-1]
        v[f"source.{source}" if source in SOURCES else "source.other"] = 1.0
        v["rule_score"] = float(cand.score)
        words = WORD.findall(span)
        n = len(words)
        v["words.1" if n <= 1 else "words.2" if n == 2 else "words.3plus"] = 1.0
        v["chars.log"] = float(min(len(span), 60) / 60)
        letters = [ch for ch in span if ch.isalpha()]
        v["all_caps"] = float(len(letters) >= 2 and all(ch.isupper() for ch in letters))
        # "van der Sluis", "de Jong": a surname with its particles written small is still a name;
        # lower case counts against a candidate only when its first word is no particle.
        leading = 0
        while leading < len(words) - 1 and self.lexicons.is_particle(_bare(words[leading])):
            leading += 1
        v["starts_lower"] = float(span[:1].islower() and leading == 0)
        v["particle_surname"] = float(leading > 0 and words[leading][:1].isupper()
                                      and self.lexicons.is_surname(_bare(" ".join(words[leading:]))))
        # A bare "I" is the English pronoun ("I came to ..."), not an initial.
        v["has_initial"] = float(any((len(_bare(w)) == 1 and w != "I") or _DOTTED_INITIALS.fullmatch(w)
                                     for w in words))
        v["has_particle"] = float(any(self.lexicons.is_particle(_bare(w)) for w in words[1:] or words))
        v["has_hyphen"] = float("-" in span)
        content = self.content_words(span)
        infos = [self.word_info(w) for w in content] or [self.word_info(span)]
        for prefix, info in (("first", infos[0]), ("last", infos[-1])):
            names = _FACT_FEATURES[prefix]
            for key, value in info.items():
                name = names.get(key)
                if name is not None:
                    v[name] = float(value)
        ordinary = all(i["word"] or i["compound"] or i["place"] or any(i[c] for c in WORD_CLASSES)
                       for i in infos)
        any_name = any(i["first_name"] or i["surname"] for i in infos)
        v["all_words_ordinary"] = float(ordinary)
        v["any_name_word"] = float(any_name)
        v["name_and_unknown"] = float(any_name and any(i["unknown"] for i in infos))
        v["first_and_surname"] = float(len(infos) >= 2 and infos[0]["first_name"] and infos[-1]["surname"])
        # "Yaovi Tchakpelou": two capitalised words no list knows, in the middle of a sentence.
        capitalised = len(content) >= 2 and all(w[:1].isupper() and not w.isupper() for w in content)
        v["multiword_unknown"] = float(capitalised and all(i["unknown"] or i["first_name"] or i["surname"]
                                                           for i in infos))
        v["multiword_capitalised"] = float(capitalised)

        line_start = text.rfind("\n", 0, cand.start) + 1
        line_end = text.find("\n", cand.end)
        line_end = len(text) if line_end == -1 else line_end
        before = text[line_start:cand.start]
        after = text[cand.end:line_end]
        stripped = before.rstrip()
        sentence_start = not stripped.strip("> \t-•*") or stripped[-1:] in ".!?:"
        v["sentence_start"] = float(sentence_start)
        v["line_start"] = float(not stripped.strip("> \t-•*"))
        v["line_alone"] = float(not stripped.strip("> \t-•*") and not after.strip(" \t,.;:"))
        n_line_words, english, german, dutch = context.line(text, line_start, line_end, self)
        v["short_line"] = float(n_line_words <= 4)
        v["after_colon"] = float(stripped.endswith(":"))
        prev_words = WORD.findall(before[-40:])
        prev = name_key(_bare(prev_words[-1])) if prev_words else ""
        if not prev_words and line_start > 1:
            # a form of address that ends the line above: "mevr.\nvan Lunteren" (a letter wrapped by
            # hand or by OCR) has its name in the same place as "mevr. van Lunteren"
            # (not after a comma: "Geachte heer,\nHierbij ..." closes the salutation)
            above_text = text[max(0, line_start - 41):line_start - 1].rstrip(" \t")
            above = WORD.findall(above_text) if above_text[-1:] not in (",", ";", ":", "!", "?") else []
            v["prev.honorific"] = float(bool(above) and name_key(_bare(above[-1])) in self.honorifics)
        else:
            v["prev.honorific"] = float(prev in self.honorifics)
        v["prev.role"] = float(prev in self.roles)
        v["prev.greeting"] = float(prev in self.greetings)
        v["prev.preposition"] = float(prev in self.prepositions)
        v["prev.article"] = float(prev in self.articles)
        v["prev.topic"] = float(prev in self.topics)
        v["prev.organisation_word"] = float(bool(prev) and prev in self.lexicons.organisation_words)
        v["prev.capitalised"] = float(bool(prev_words) and prev_words[-1][:1].isupper() and not sentence_start)
        next_words = WORD.findall(after[:40])
        nxt = name_key(_bare(next_words[0])) if next_words else ""
        v["next.topic"] = float(nxt in self.topics)
        v["next.organisation_word"] = float(bool(nxt) and nxt in self.lexicons.organisation_words)
        tail = after.lstrip(" \t")
        v["next.paren"] = float(tail.startswith("("))
        v["next.comma"] = float(tail.startswith(","))
        v["next.colon"] = float(tail.startswith(":"))
        v["next.capitalised"] = float(bool(next_words) and next_words[0][:1].isupper() and tail[:1].isalpha())
        v["next.email"] = float(bool(_EMAIL.match(tail.lstrip("<("))))
        v["line.english"] = float(english)
        v["line.german"] = float(german)
        v["line.dutch_ratio"] = float(dutch)
        key = name_key(" ".join(_bare(w) for w in content))
        v["doc.repeats"] = float(min(context.counts[key] - 1, 5) / 5)
        keys = [name_key(_bare(w)) for w in content]
        last_key = keys[-1] if keys else ""
        v["last.place_suffix"] = float(ends_compound(last_key, PLACE_SUFFIXES)
                                       and not self.lexicons.is_surname(_bare(content[-1])))
        v["compass_part"] = float(any(part in COMPASS_PARTS for k in keys for part in k.split("-")[1:]))
        # Another candidate with a strong cue (a title, a mail header, initials) holds the same word:
        # the candidate's own cue does not count, or every titled name would vouch for itself.
        own = 1 if source in STRONG_SOURCES else 0
        v["doc.strong_elsewhere"] = float(any(context.strong_words[k] > own for k in keys))
        v["doc.mail_domain"] = float(any(k in context.mail_domains for k in keys))
        v["doc.mail_local"] = float(any(k in context.mail_locals for k in keys))
        v["doc.lower_elsewhere"] = float(any(k in context.lower_words for k, w in zip(keys, content, strict=True)
                                             if w[:1].isupper()))
        v["doc.lower_case"] = context.lower_case
        # One word that recurs in the document but never beside a given name, initials or a title
        # ("Heijmans", "Wehkamp", "Trajekt" in a decision): a firm's name more often than a person's,
        # whom a document introduces once in full.
        v["doc.alone_repeated"] = float(len(keys) == 1 and context.counts[key] >= 2
                                        and keys[0] not in context.full_name_words
                                        and not context.strong_words[keys[0]])
        is_ner = source == "ner"
        v["ner_single_word"] = float(is_ner and n <= 1)
        v["ner_x_ordinary"] = float(is_ner and ordinary)
        v["ner_x_place"] = float(is_ner and any(i["place"] for i in infos))
        v["ner_x_unknown"] = float(is_ner and all(i["unknown"] for i in infos))
        v["ner_x_sentence_start"] = float(is_ner and sentence_start)
        return v


    def line_languages(self, line_words: list[str]) -> tuple[float, float, float]:
        """Shares of English, German and Dutch words on a line."""
        if not line_words:
            return (0.0, 0.0, 0.0)
        en = de = dutch = 0
        for word in line_words:
            e, g, d = self._word_language(word)
            en += e
            de += g
            dutch += d
        n = len(line_words)
        return (min(en / n * 3, 1.0), min(de / n * 3, 1.0), dutch / n)

    def _word_language(self, word: str) -> tuple[int, int, int]:
        """(English-only, German-only, Dutch) of one word; cached, as words recur on every line."""
        found = self._language_cache.get(word)
        if found is None:
            key = name_key(word)
            # Name particles are Dutch: "der" in "van der Sluis" is no German word.
            dutch = self.lexicons.is_word(key) or self.lexicons.is_particle(key)
            classes = self.classes.get(key, ())
            found = (int("en" in classes and not dutch), int("de" in classes and not dutch), int(dutch))
            if len(self._language_cache) < _CACHE_WORDS:
                self._language_cache[word] = found
        return found


@dataclass(frozen=True)
class _DocumentContext:
    counts: Counter[str]
    strong_words: Counter[str]  # word -> how many candidates with a strong cue hold it
    full_name_words: frozenset[str]  # words of candidates of two words or more
    mail_domains: frozenset[str]
    mail_locals: frozenset[str]
    lower_words: frozenset[str]
    # Share of lines that begin with a small letter: a letter typed all in lower case, or a scan
    # read that way, writes names small too, so "starts_lower" says less there.
    lower_case: float
    # line start -> (words on the line, English, German, Dutch share): candidates share lines.
    lines: dict[int, tuple[int, float, float, float]]

    def line(self, text: str, start: int, end: int, ex: FeatureExtractor) -> tuple[int, float, float, float]:
        found = self.lines.get(start)
        if found is None:
            words = WORD.findall(text, start, end)
            found = (len(words), *ex.line_languages(words))
            self.lines[start] = found
        return found

    @classmethod
    def build(cls, text: str, candidates: Sequence[Candidate], ex: FeatureExtractor) -> _DocumentContext:
        counts: Counter[str] = Counter()
        strong: Counter[str] = Counter()
        full: set[str] = set()
        for c in candidates:
            content = ex.content_words(text[c.start:c.end])
            counts[name_key(" ".join(_bare(w) for w in content))] += 1
            if len(content) >= 2:
                full.update(name_key(_bare(w)) for w in content)
            # By source only: the name model gives nearly every span a score of 0.85 or more, so a
            # score cut-off made every model candidate its own strong evidence.
            if c.source.split(":", 1)[-1] in STRONG_SOURCES:
                strong.update({name_key(_bare(w)) for w in content})
        domains = {name_key(d) for d in _MAIL_DOMAIN.findall(text)}
        locals_: set[str] = set()
        for local in mail_locals(text):
            locals_.update(name_key(p) for p in _LOCAL_PART_SEPARATOR.split(local) if len(p) > 2)
        # Words that occur written small somewhere: a capitalised word that is also typed in
        # lower case elsewhere is more likely an ordinary word than a name.
        # (each distinct word once; a word of ASCII small letters is its own key)
        lower = {w if w.isascii() else name_key(w) for w in set(_LOWER_CASE_WORD.findall(text))}
        initials = line_initials(text)
        lower_case = sum(ch.islower() for ch in initials) / len(initials) if initials else 0.0
        return cls(counts, strong, frozenset(full), frozenset(domains), frozenset(locals_), frozenset(lower),
                   lower_case, {})
