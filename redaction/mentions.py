"""Every mention of a person found once: surname alone, first name alone, possessive, lower case.

A name found anywhere in a document (header, salutation, signature, model) makes every other
occurrence of its parts a mention of the same person, with the same decision: a private person is
withheld everywhere, an official acting in their role stays readable everywhere.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

import regex

from redaction.decisions import Decision
from redaction.lexicons import Lexicons, name_key
from redaction.recognizers.person import _TITLE_KEYS, INITIALS, NOT_A_NAME

_WORD = regex.compile(r"[\p{L}\p{M}'’]+(?:-[\p{L}\p{M}'’]+)*")
_BOUNDARY_BEFORE = r"(?<![\p{L}\p{N}@._-])"
_BOUNDARY_AFTER = r"(?![\p{L}\p{N}@]|-\p{L}|\.\p{L})"
_POSSESSIVE = r"(?:['’]s|['’](?=\s)|s)?"


class MentionFinder:
    def __init__(self, lexicons: Lexicons) -> None:
        self.lexicons = lexicons

    def variants(self, name: str) -> set[str]:
        """The parts of a name that identify the person on their own."""
        lex = self.lexicons
        words = [w for w in _WORD.findall(name) if not regex.fullmatch(INITIALS, w + ".")]
        words = [regex.sub(r"['’]s?$", "", w) for w in words]
        out: set[str] = set()
        core = [w for w in words if not lex.is_particle(w) and name_key(w) not in _TITLE_KEYS]
        for word in core:
            out.add(word)
            if "-" in word:
                out.update(part for part in word.split("-") if len(part) > 1)
        if len(words) > 1:
            out.add(" ".join(words))
        # Surname with its particles, as it is written alone: "de Vries", "El Amrani".
        for i, word in enumerate(words):
            if lex.is_particle(word) and i + 1 < len(words):
                out.add(" ".join(words[i:]))
                break
        return {
            v for v in out
            if len(v) > 1
            and name_key(v) not in NOT_A_NAME
            and name_key(v) not in _TITLE_KEYS
            and name_key(v) not in lex.organisation_words
            and not lex.is_particle(v)
        }

    def propagate(self, text: str, decisions: list[Decision]) -> list[Decision]:
        persons = [d for d in decisions if d.entity == "PERSON" and self._is_anchor(d)]
        if not persons:
            return decisions
        variant_owner = self._variant_owners(persons)
        decisions = [self._align_with_cluster(d, variant_owner) for d in decisions]
        occupied = _SpanSet((d.start, d.end) for d in decisions)
        found: list[Decision] = []
        for pattern in self._patterns(variant_owner):
            for match in pattern.finditer(text):
                if occupied.overlaps(match.start(), match.end()):
                    continue
                owner = _owner(variant_owner, match.group())
                if owner is None:
                    continue
                found.append(self._mention(owner, match.start(), match.end(), match.group()))
                occupied.add(match.start(), match.end())
        return sorted([*decisions, *found], key=lambda d: (d.start, -d.end))

    def _is_anchor(self, person: Decision) -> bool:
        """Whether a found name is sure enough to look for its other mentions.

        A lone word only the model calls a name ("Kern", "Dordrecht") is withheld where it stands,
        but not searched for elsewhere: one wrong guess must not spread through the document.
        """
        if person.source != "person:ner" or len(_WORD.findall(person.text)) > 1:
            return True
        return self.lexicons.is_first_name(person.text) or self.lexicons.is_surname(person.text)

    def _variant_owners(self, persons: list[Decision]) -> dict[str, tuple[str, Decision]]:
        """variant key -> (variant, the decision that produced it).

        Full names (two or more words) define the people of the document; a redaction outranks a
        keep when two people share a name part (recall first). A lone surname or first name only
        adds a variant nobody else produced.
        """
        owners: dict[str, tuple[str, Decision]] = {}
        full = [p for p in persons if len(_WORD.findall(p.text)) > 1]
        single = [p for p in persons if len(_WORD.findall(p.text)) <= 1]
        for person in full:
            for variant in self.variants(person.text):
                key = name_key(variant)
                current = owners.get(key)
                if current is None or (current[1].decision == "keep" and person.decision == "redact"):
                    owners[key] = (variant, person)
        for person in single:
            for variant in self.variants(person.text):
                owners.setdefault(name_key(variant), (variant, person))
        return owners

    @staticmethod
    def _align_with_cluster(d: Decision, variant_owner: dict[str, tuple[str, Decision]]) -> Decision:
        """A name part of an official kept elsewhere in the document is that official here too."""
        if d.entity != "PERSON" or d.decision != "redact":
            return d
        owner = _owner(variant_owner, d.text)
        if owner is None or owner.decision != "keep":
            return d
        return owner.with_changes(start=d.start, end=d.end, text=d.text, source=d.source, score=d.score,
                                  reason="Zelfde publieke ambtsdrager als elders in dit document. " + owner.reason)

    @staticmethod
    def _mention(owner: Decision, start: int, end: int, matched: str) -> Decision:
        return owner.with_changes(
            start=start,
            end=end,
            text=matched,
            score=round(min(owner.score, 0.95), 4),
            source="person:mention",
            reason=owner.reason if owner.decision == "redact" or owner.reason.startswith("Zelfde") else (
                "Zelfde publieke ambtsdrager als elders in dit document. " + owner.reason
            ),
        )

    def _patterns(self, variant_owner: dict[str, tuple[str, Decision]]) -> Iterable[regex.Pattern[str]]:
        # Longest first, so "van der Berg" wins over "Berg"; one regex per case rule.
        strict, loose = [], []
        for variant, _owner in variant_owner.values():
            # "de Boer": if any word of the variant is an ordinary word, only its capitalised form
            # is a mention ("de boer op de hoek" is a farmer).
            common = any(self.lexicons.is_common(w) for w in variant.split())
            (strict if common else loose).append(variant)
        for variants, flags in ((loose, regex.IGNORECASE), (strict, 0)):
            if not variants:
                continue
            alternation = "|".join(
                regex.escape(v).replace(r"\ ", r"\s+")
                for v in sorted(set(variants), key=len, reverse=True)
            )
            yield regex.compile(
                rf"{_BOUNDARY_BEFORE}(?:{alternation}){_POSSESSIVE}{_BOUNDARY_AFTER}", flags
            )


def _owner(variant_owner: dict[str, tuple[str, Decision]], matched: str) -> Decision | None:
    key = name_key(" ".join(matched.split()))
    for candidate in (key, regex.sub(r"(?:'s?|s)$", "", key)):
        if candidate in variant_owner:
            return variant_owner[candidate][1]
    return None


class _SpanSet:
    """Occupied character ranges, for overlap tests in O(log n)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self._spans = sorted(spans)
        self._starts = [s for s, _ in self._spans]

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect.bisect_left(self._starts, end)
        # Spans are short; looking back a few entries is enough unless one is very long.
        return any(s < end and start < e for s, e in self._spans[max(0, index - 64) : index])

    def add(self, start: int, end: int) -> None:
        index = bisect.bisect_left(self._starts, start)
        self._starts.insert(index, start)
        self._spans.insert(index, (start, end))
