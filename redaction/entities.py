"""Every entity the platform knows, declared once: recognizers, priority, Noot category, label, colour.

A new entity is its recognizer module in ``redaction/recognizers/`` plus one `EntitySpec` in
`ENTITY_SPECS`. Everything else derives from this table: the recognizers the engine registers
(`redaction.recognizers.registry`), the entities it asks Presidio for and which detection wins an
overlap (`redaction.engine`), the kind of data the Noot names when a policy has no rule for an
entity (`redaction.policy.model`), and the cockpit's labels, colours, legend and the kinds of data
a reviewer can pick (`redaction.review.web.view`).

What the policy decides (withhold or keep, on which ground, with which reason) stays data in the
policy YAML a privacy officer edits; `tests/test_entities.py` checks that the shipped policy and
this table agree.

Recognizers are named as ``"module:Class"`` and imported only when the engine is built, so the
review cockpit and the policy loader can read this table without loading Presidio or spaCy.
"""

from __future__ import annotations

import importlib
import inspect
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeAlias

if TYPE_CHECKING:
    from presidio_analyzer import EntityRecognizer

    from redaction.lexicons import Lexicons

# A recognizer: "package.module:ClassName", or the class (or any factory) itself. A constructor
# with a ``lexicons`` parameter gets the engine's shared lexicons; any other is called without
# arguments.
RecognizerRef: TypeAlias = "str | Callable[..., EntityRecognizer]"

# The neutral cockpit class (grey, in cockpit.css) for entities without a colour of their own and
# for anything the table does not know (a reviewer's manual additions).
NEUTRAL_CLASS = "other"
# Entity names as Presidio, the policy file and the review store spell them.
_NAME = re.compile(r"[A-Z][A-Z0-9_]*")
# Class and colour end up in a generated stylesheet: accept only what cannot break out of a rule.
_CSS_CLASS = re.compile(r"[a-z][a-z0-9-]*")
_COLOUR = re.compile(r"#(?:[0-9a-fA-F]{3}){1,2}")


@dataclass(frozen=True, slots=True)
class EntitySpec:
    """What the platform knows about one entity, apart from what the policy decides about it.

    ``name``: the Presidio entity name that decisions, the review store and the policy file use.
    ``label_nl``: how the cockpit names it ("telefoonnummer").
    ``recognizers``: what finds it; empty for an entity the policy knows but nothing detects yet
    (LOCATION: the name model's places are not registered).
    ``priority``: when one detection lies inside another of a different entity, the higher
    priority stands for the text (the more specific entity: an e-mail address beats the name in it).
    ``noot_category``: the kind of data the Noot names when it is withheld ("telefoonnummer"); the
    policy file may word it differently per body, the shipped policy uses this one. None for an
    entity that is no personal data (organisations, places): it has no line in the Noot.
    ``css_class`` / ``colour``: the cockpit's class ``ent-<css_class>`` and its background for a
    proposed redaction; without a colour the entity is shown in the neutral grey.
    ``ocr_digits``: a number entity; its recognizers also read the text with OCR's look-alike
    letters in numbers repaired ("06 2O4 17 553", see ``redaction.ocr_digits``).
    """

    name: str
    label_nl: str
    recognizers: tuple[RecognizerRef, ...]
    priority: int
    noot_category: str | None
    css_class: str = NEUTRAL_CLASS
    colour: str | None = None
    ocr_digits: bool = False

    def __post_init__(self) -> None:
        if not _NAME.fullmatch(self.name):
            raise ValueError(f"entity name {self.name!r}: upper-case letters, digits and _ only")
        if not _CSS_CLASS.fullmatch(self.css_class):
            raise ValueError(f"entity {self.name}: css_class {self.css_class!r} is not a plain class name")
        if (self.colour is None) != (self.css_class == NEUTRAL_CLASS):
            raise ValueError(f"entity {self.name}: a colour needs its own css_class, and a css_class its colour")
        if self.colour is not None and not _COLOUR.fullmatch(self.colour):
            raise ValueError(f"entity {self.name}: colour {self.colour!r} is not #rgb or #rrggbb")

    def factories(self) -> tuple[Callable[..., EntityRecognizer], ...]:
        """The recognizer classes (or factories), imported now."""
        return tuple(_resolve(ref) for ref in self.recognizers)

    def build_recognizers(self, lexicons: Lexicons | None) -> list[EntityRecognizer]:
        """A fresh instance of each of this entity's recognizers (each caches its own regexes)."""
        built = []
        for factory in self.factories():
            recognizer = factory(lexicons) if _takes_lexicons(factory) else factory()
            # A recognizer declared under the wrong entity would be asked for nothing it finds.
            if self.name not in recognizer.supported_entities:
                raise ValueError(f"entity {self.name}: {factory!r} finds {recognizer.supported_entities}")
            built.append(recognizer)
        return built


def _resolve(ref: RecognizerRef) -> Callable[..., EntityRecognizer]:
    if not isinstance(ref, str):
        return ref
    module, _, attribute = ref.partition(":")
    factory: Callable[..., EntityRecognizer] = getattr(importlib.import_module(module), attribute)
    return factory


def _takes_lexicons(factory: Callable[..., Any]) -> bool:
    return "lexicons" in inspect.signature(factory).parameters


class EntityRegistry:
    """The declared entities in order, looked up by name; `added` registers one for a while (tests).

    ``priority`` is a plain dict kept in step with the entries, because the engine reads it for
    every pair of overlapping detections.
    """

    def __init__(self, specs: tuple[EntitySpec, ...]) -> None:
        self._specs: dict[str, EntitySpec] = {}
        self.priority: dict[str, int] = {}
        for spec in specs:
            self.register(spec)

    def register(self, spec: EntitySpec) -> None:
        if spec.name in self._specs:
            raise ValueError(f"entity {spec.name} is declared twice")
        for other in self._specs.values():
            if other.css_class == spec.css_class and other.colour != spec.colour:
                raise ValueError(f"entity {spec.name}: class ent-{spec.css_class} already has colour {other.colour}")
        self._specs[spec.name] = spec
        self.priority[spec.name] = spec.priority

    def unregister(self, name: str) -> EntitySpec:
        del self.priority[name]
        return self._specs.pop(name)

    @contextmanager
    def added(self, spec: EntitySpec) -> Iterator[EntitySpec]:
        """``spec`` registered inside the block only: a test declares an entity as a module would."""
        self.register(spec)
        try:
            yield spec
        finally:
            self.unregister(spec.name)

    def __iter__(self) -> Iterator[EntitySpec]:
        return iter(tuple(self._specs.values()))

    def __len__(self) -> int:
        return len(self._specs)

    def __contains__(self, name: object) -> bool:
        return name in self._specs

    def __getitem__(self, name: str) -> EntitySpec:
        return self._specs[name]

    def get(self, name: str) -> EntitySpec | None:
        return self._specs.get(name)

    def names(self) -> tuple[str, ...]:
        return tuple(self._specs)

    def ocr_digit_entities(self) -> tuple[str, ...]:
        """The number entities whose recognizers also read OCR-repaired text."""
        return tuple(spec.name for spec in self._specs.values() if spec.ocr_digits and spec.recognizers)

    def detected(self) -> tuple[str, ...]:
        """The entities something finds: what the engine asks Presidio for."""
        return tuple(spec.name for spec in self._specs.values() if spec.recognizers)

    def build_recognizers(self, lexicons: Lexicons) -> list[EntityRecognizer]:
        return [recognizer for spec in self for recognizer in spec.build_recognizers(lexicons)]

    def noot_category(self, name: str) -> str | None:
        spec = self._specs.get(name)
        return spec.noot_category if spec else None


_R = "redaction.recognizers"

# The one table. Order is the order of the Presidio request and of the cockpit's legend and
# pick list; priorities are what the engine's overlap resolution has always used.
ENTITY_SPECS: tuple[EntitySpec, ...] = (
    EntitySpec("PERSON", "persoon",
               (f"{_R}.person:DutchPersonRecognizer", f"{_R}.staff_initials:StaffInitialsRecognizer",
                f"{_R}.table_cells:TableNameRecognizer", f"{_R}.at_mention:AtMentionRecognizer"),
               priority=50, noot_category="naam", css_class="person", colour="#ffe08a"),
    EntitySpec("EMAIL_ADDRESS", "e-mailadres", (f"{_R}.email:EmailRecognizer",),
               priority=100, noot_category="e-mail", css_class="email", colour="#b9e3ff"),
    EntitySpec("PHONE_NUMBER", "telefoonnummer", (f"{_R}.phone:PhoneRecognizer",),
               priority=80, noot_category="telefoonnummer", css_class="phone", colour="#d7c9ff", ocr_digits=True),
    EntitySpec("NL_BSN", "BSN", (f"{_R}.bsn:BsnRecognizer",),
               priority=90, noot_category="BSN", css_class="bsn", colour="#ffb3b3", ocr_digits=True),
    EntitySpec("IBAN_CODE", "rekeningnummer", (f"{_R}.iban:IbanRecognizer",),
               priority=90, noot_category="rekeningnummer", css_class="iban", colour="#ffd1a8", ocr_digits=True),
    EntitySpec("ADDRESS", "adres",
               (f"{_R}.address:AddressRecognizer", f"{_R}.table_cells:TableAddressRecognizer",
                f"{_R}.address_lower_case:LowerCaseAddressRecognizer",
                f"{_R}.address_after_name:AddressAfterNameRecognizer"),
               priority=60, noot_category="adres", css_class="address", colour="#bff0c6", ocr_digits=True),
    # A postcode is part of an address: same Noot line, same colour.
    EntitySpec("POSTCODE", "postcode",
               (f"{_R}.postcode:PostcodeRecognizer", f"{_R}.postcode_after_address:PostcodeAfterAddressRecognizer",
                f"{_R}.table_cells:TablePostcodeRecognizer"),
               priority=60, noot_category="adres", css_class="address", colour="#bff0c6", ocr_digits=True),
    EntitySpec("DATE_OF_BIRTH", "geboortedatum",
               (f"{_R}.date_of_birth:DateOfBirthRecognizer", f"{_R}.table_cells:TableDateOfBirthRecognizer"),
               priority=75, noot_category="geboortedatum", css_class="dob", colour="#f7c6e8", ocr_digits=True),
    EntitySpec("LICENSE_PLATE", "kenteken",
               (f"{_R}.license_plate:LicensePlateRecognizer",
                f"{_R}.license_plate_abroad:LicensePlateAbroadRecognizer"),
               priority=70, noot_category="kenteken", css_class="plate", colour="#d9e8a0", ocr_digits=True),
    EntitySpec("URL", "link", (f"{_R}.url:ProfileUrlRecognizer", f"{_R}.web_address:WebAddressRecognizer"),
               priority=95, noot_category="profiel-link"),
    # Found so the policy can keep it readable; the lowest priority, so a name inside it stands.
    EntitySpec("ORGANIZATION", "organisatie", (f"{_R}.organization:DutchOrganizationRecognizer",),
               priority=40, noot_category=None),
    EntitySpec("LOCATION", "plaats", (), priority=0, noot_category=None),
)

ENTITY_REGISTRY = EntityRegistry(ENTITY_SPECS)
