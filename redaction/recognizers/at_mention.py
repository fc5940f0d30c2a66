"""PERSON: a person @-mentioned in a chat or a message ("@Fatima kun jij ...", "@Kim de Wit").

Rule ``person.at_mention``: an "@" that opens a word (at the start of a line or after a space or a
bracket, so no e-mail address's "@") followed by a capitalised given name, and the capitalised
name parts and particles that follow it, is how Teams, WhatsApp and Slack address a person; the
name is withheld, the "@" stays. Not an organisation's or a team's handle ("@Gemeente",
"@Team", "@Iedereen"), a handle in camel case or with digits ("@GemeenteUtrecht", "@wijk3"), or a
domain ("@Hotmail.com"). Whether the person is an official, kept in their role, is the policy's
question, as for any name.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.lexicons import Lexicons, load_lexicons, name_key
from redaction.recognizers.base import evidence_result

ENTITY = "PERSON"
SOURCE = "person:structure"
_PARTICLE = r"(?:van|de|der|den|ter|ten|te|el|al|'t|’t)"
_PART = r"\p{Lu}\p{Ll}[\p{Ll}\p{M}'’]*(?:-\p{Lu}\p{Ll}[\p{Ll}\p{M}'’]*)?"
# "@" opening a word, then a given name and up to three more name parts; what ends the handle is
# no letter, digit, underscore or the dot of a domain.
_MENTION = regex.compile(
    r"(?:^|(?<=[\s(\[>]))@(?P<name>" + _PART + r"(?:[ ](?:" + _PARTICLE + r"[ ]){0,2}" + _PART + r"){0,3})"
    r"(?![\p{L}\p{N}_@]|\.\p{L})",
    regex.MULTILINE,
)


class AtMentionRecognizer(EntityRecognizer):
    """Finds the people a chat or message addresses with "@"."""

    def __init__(self, lexicons: Lexicons | None = None) -> None:
        super().__init__(supported_entities=[ENTITY], name="AtMentionRecognizer", supported_language="nl")
        self.lexicons = lexicons

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        if ENTITY not in entities or "@" not in text:
            return []
        return list(self._mentions(text))

    def _mentions(self, text: str) -> Iterator[RecognizerResult]:
        lex = self.lexicons or load_lexicons()
        for match in _MENTION.finditer(text):
            words = match.group("name").split(" ")
            first = words[0]
            key = name_key(first)
            if key in lex.organisation_words or (lex.is_word(key) and not lex.is_first_name(key)):
                continue  # "@Gemeente", "@Team", "@Iedereen": an organisation, a group, a word
            # Later capitalised words are the name's only when no ordinary word ("@Kim Graag ...").
            keep = 1
            for i, word in enumerate(words[1:], start=1):
                if lex.is_particle(word):
                    continue
                if lex.is_word(name_key(word)) and not lex.is_name(word):
                    break
                keep = i + 1
            name = " ".join(words[:keep])
            start = match.start("name")
            yield evidence_result(self, ENTITY, start, start + len(name), 0.85, "at_mention", SOURCE)
