"""People, organisations and the municipality's own data for the synthetic development set.

The ``Roster`` is the (invented) municipal administration: burgemeester, wethouders, raadsleden,
griffier, gemeentesecretaris, plus a few Kamerleden and ministers. Their names are gold *keep*
when they appear in their public role. ``Ctx`` hands out private persons per document and
keeps first names and surnames unique within a document, so that a surname standing alone
refers to exactly one person and its gold decision is unambiguous.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from eval import identifiers as ids
from eval.builder import Ent, Person
from eval.names import NEWCOMER_ORIGINS, ORIGIN_WEIGHTS, POOLS, TUSSENVOEGSELS

# --------------------------------------------------------------------------- the body

BODY_NAME = "Gemeente Dordrecht"
BODY_DOMAIN = "dordrecht.nl"
BODY_VISIT_ADDRESS = ("Spuiboulevard 300", "3311 GR")
BODY_PO_BOX = ("Postbus 8", "3300 AA")
SWITCHBOARD = ("14 078", "078 770 4911", "(078) 770 49 11", "+31 78 770 4911")

FUNCTIONAL_MAILBOXES: tuple[str, ...] = (
    "raadsgriffie@dordrecht.nl", "info@dordrecht.nl", "woo@dordrecht.nl", "postbus@dordrecht.nl",
    "klachten@dordrecht.nl", "secretariaat.college@dordrecht.nl", "servicedesk@dordrecht.nl",
)

# Organisations and their (invented) mail domains; staff of these have personal work addresses.
ORGS: dict[str, str] = {
    "Vluchtelingenwerk Dordrecht": "vwdordrecht.example",
    "Sociale Dienst Drechtsteden": "sddrechtsteden.example",
    "Stichting Present Dordrecht": "presentdordrecht.example",
    "Woonbron": "woonbron.example",
    "Trivire": "trivire.example",
    "Woonkracht10": "woonkracht10.example",
    "Voedselbank Dordrecht": "voedselbankdordrecht.example",
    "Humanitas Drechtsteden": "humanitas-drechtsteden.example",
    "Stichting MEE": "mee-zhz.example",
    "Dienst Gezondheid & Jeugd": "dgj.example",
    "Stichting Wijkwerk Krispijn": "wijkwerkkrispijn.example",
}
NATIONAL_ORGS: tuple[str, ...] = (
    "COA", "IND", "Nidos", "UWV", "Belastingdienst", "GGD Zuid-Holland Zuid",
    "Veiligheidsregio Zuid-Holland Zuid", "Raad voor de Kinderbescherming", "Nationale ombudsman",
)
SCHOOLS: tuple[str, ...] = (
    "Johan de Witt-gymnasium", "Da Vinci College", "Insula College", "ISK Dordrecht",
    "basisschool De Regenboog", "Annie M.G. Schmidtschool", "Willem van Oranjeschool",
)
# Organisations named after people: keep, and a name recognizer must not fire inside them.
NAMED_ORGS: tuple[str, ...] = (
    "Stichting Anne Frank", "Albert Schweitzer ziekenhuis", "Johan de Witt-gymnasium",
    "Annie M.G. Schmidtschool", "Willem van Oranjeschool", "Bakkerij Van Dongen",
    "Autobedrijf Van der Steen B.V.", "Stichting Aletta Jacobs Huis",
)
COMPANIES: tuple[str, ...] = (
    "Bakkerij Van Dongen", "Autobedrijf Van der Steen B.V.", "Hoveniersbedrijf Groenrijk",
    "Sloopbedrijf Merwede B.V.", "Parkeerbeheer Drechtsteden", "Installatietechniek Zuidhaven",
)
PARTIES: tuple[str, ...] = (
    "VVD", "GroenLinks-PvdA", "D66", "CDA", "Beter voor Dordt", "SP", "ChristenUnie-SGP", "PVV",
    "Partij voor de Dieren",
)
PORTFOLIOS: tuple[str, ...] = (
    "Sociaal Domein", "Wonen en Ruimtelijke Ordening", "Financiën", "Onderwijs en Jeugd",
    "Economie en Binnenstad",
)
MINISTRIES: tuple[str, ...] = ("Asiel en Migratie", "Binnenlandse Zaken en Koninkrijksrelaties")

PROGRAMMES: tuple[str, ...] = (
    "Financieel Ontzorgen", "SamenWerkplein", "Visie sociaal domein 2030", "Dordtpas",
    "Kansrijke Start", "Buurtpreventie", "Taalmaatjes", "Meedoenregeling",
)
PLACES: tuple[str, ...] = (
    "Dordrecht", "Zwijndrecht", "Papendrecht", "Sliedrecht", "Rotterdam", "Ter Apel", "Budel",
    "Kabul", "Asmara", "Aleppo", "Damascus", "Kharkiv", "Mogadishu", "Teheran", "Bagdad",
)
CIVIL_SERVANT_FUNCTIONS: tuple[str, ...] = (
    "beleidsadviseur Sociaal Domein", "consulent inburgering", "klantmanager", "casemanager",
    "medewerker Publiekszaken", "juridisch adviseur", "Woo-coördinator", "beleidsmedewerker Wonen",
    "wijkregisseur", "klachtencoördinator", "teamleider Publiekszaken", "communicatieadviseur",
    "medewerker Parkeren", "accountmanager statushouders", "projectleider Groen",
)
ORG_FUNCTIONS: tuple[str, ...] = (
    "maatschappelijk begeleider", "teamleider", "coördinator vrijwilligers",
    "juridisch medewerker gezinshereniging", "wijkconsulent", "coördinator", "jobcoach",
    "schuldhulpverlener", "huurconsulent",
)


def org(name: str) -> Ent:
    return Ent(name, "ORGANIZATION", "keep")


def mailbox(address: str) -> Ent:
    return Ent(address, "EMAIL_ADDRESS", "keep")


# --------------------------------------------------------------------------- people


def _split_tussen(surname: str) -> tuple[str, str]:
    for tussen in TUSSENVOEGSELS:
        if surname.startswith(tussen + " "):
            return tussen, surname[len(tussen) + 1 :]
    return "", surname


def _initial(name: str) -> str:
    return ".".join(part[0] for part in name.split("-")) + "."


def _feminine(surname: str) -> str:
    for masc, fem in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(masc):
            return surname[: -len(masc)] + fem
    return surname


def draw_person(
    rng: random.Random,
    origin: str | None = None,
    gender: str | None = None,
    avoid: set[str] | None = None,
    mixed_rate: float = 0.08,
) -> Person:
    """A random person; first name and surname are drawn independently, so no real combination."""
    avoid = avoid if avoid is not None else set()
    if origin is None:
        origin = rng.choices(list(ORIGIN_WEIGHTS), weights=list(ORIGIN_WEIGHTS.values()))[0]
    gender = gender or rng.choice("mf")
    for _ in range(200):
        label = origin
        first_pool = POOLS[origin]
        sur_pool = POOLS[origin]
        if rng.random() < mixed_rate:
            sur_pool = POOLS[rng.choice([o for o in POOLS if o != origin])]
            label = "mixed"
        first = rng.choice(first_pool.male if gender == "m" else first_pool.female)
        surname = rng.choice(sur_pool.surnames)
        if sur_pool is POOLS["polish"] and gender == "f":
            surname = _feminine(surname)
        tussen, core = _split_tussen(surname)
        if first in avoid or core in avoid or first == core:
            continue
        initials = _initial(first)
        if rng.random() < 0.35:
            extra = rng.choice(first_pool.male if gender == "m" else first_pool.female)
            initials += _initial(extra)
        avoid.update((first, core))
        return Person(first, tussen, core, gender, label, initials)
    raise RuntimeError("name pools exhausted")


@dataclass
class Roster:
    """The invented public officials; their names are kept when they act in their role."""

    burgemeester: Person
    wethouders: list[Person]
    raadsleden: list[Person]
    griffier: Person
    secretaris: Person
    kamerleden: list[Person]
    ministers: list[Person]

    def everyone(self) -> list[Person]:
        return [
            self.burgemeester, *self.wethouders, *self.raadsleden, self.griffier, self.secretaris,
            *self.kamerleden, *self.ministers,
        ]


def _official(rng: random.Random, avoid: set[str], role: str, extra: str = "") -> Person:
    origin = rng.choices(
        ("dutch", "moroccan", "turkish", "surinamese", "syrian", "polish"), weights=(14, 2, 2, 2, 1, 1)
    )[0]
    p = draw_person(rng, origin=origin, avoid=avoid, mixed_rate=0.0)
    return Person(p.first, p.tussen, p.core, p.gender, p.origin, p.initials, "keep", role, extra)


def make_roster(rng: random.Random) -> Roster:
    avoid: set[str] = set()
    return Roster(
        burgemeester=_official(rng, avoid, "burgemeester"),
        wethouders=[_official(rng, avoid, "wethouder", p) for p in PORTFOLIOS],
        raadsleden=[_official(rng, avoid, "raadslid", PARTIES[i % len(PARTIES)]) for i in range(12)],
        griffier=_official(rng, avoid, "griffier"),
        secretaris=_official(rng, avoid, "gemeentesecretaris"),
        kamerleden=[_official(rng, avoid, "Kamerlid", rng.choice(PARTIES)) for _ in range(3)],
        ministers=[_official(rng, avoid, "minister", m) for m in MINISTRIES],
    )


class Values:
    """Invented identifiers for a generator: the same for the dev and the held-out set, so both
    draw values the same way (needs ``self.rng``)."""

    rng: random.Random

    def choice(self, seq: Any) -> Any:
        return self.rng.choice(seq)

    def bsn(self) -> Ent:
        return Ent(ids.format_bsn(ids.make_bsn(self.rng), self.rng), "NL_BSN")

    def iban(self) -> Ent:
        return Ent(ids.format_iban(ids.make_iban(self.rng), self.rng), "IBAN_CODE")

    def phone(self) -> Ent:
        return Ent(ids.make_phone(self.rng), "PHONE_NUMBER")

    def mobile(self) -> Ent:
        return Ent(ids.make_mobile(self.rng), "PHONE_NUMBER")

    def landline(self) -> Ent:
        return Ent(ids.make_landline(self.rng), "PHONE_NUMBER")

    def dob(self, child: bool = False) -> Ent:
        return Ent(ids.make_birth_date(self.rng, child), "DATE_OF_BIRTH")

    def plate(self) -> Ent:
        return Ent(ids.make_plate(self.rng), "LICENSE_PLATE")

    def url(self, p: Person) -> Ent:
        return Ent(ids.make_profile_url(self.rng, p.first, p.tussen, p.core), "URL")

    def switchboard(self) -> Ent:
        return Ent(self.rng.choice(SWITCHBOARD), "PHONE_NUMBER", "keep")

    def bad_iban(self) -> str:
        return ids.make_invalid_iban_like(self.rng)

    def date(self) -> str:
        return ids.long_date(ids.make_doc_date(self.rng))



@dataclass
class Ctx(Values):
    """Per-document helper: draws people and labelled values from one seeded generator."""

    rng: random.Random
    roster: Roster
    avoid: set[str] = field(default_factory=set)
    mail: dict[tuple[str, str], Ent] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for p in self.roster.everyone():
            self.avoid.update((p.first, p.core))

    # people ---------------------------------------------------------------
    def person(self, origin: str | None = None, gender: str | None = None) -> Person:
        return draw_person(self.rng, origin=origin, gender=gender, avoid=self.avoid)

    def newcomer(self, gender: str | None = None) -> Person:
        return self.person(origin=self.rng.choice(NEWCOMER_ORIGINS), gender=gender)

    def wethouder(self) -> Person:
        return self.rng.choice(self.roster.wethouders)

    def raadslid(self) -> Person:
        return self.rng.choice(self.roster.raadsleden)

    # values ---------------------------------------------------------------
    def postcode(self) -> Ent:
        return Ent(ids.make_postcode(self.rng), "POSTCODE")

    def address(self, street: str | None = None) -> Ent:
        return Ent(ids.make_address(self.rng, street), "ADDRESS")

    def email(self, p: Person, domain: str | None = None) -> Ent:
        """A person's address; the same person keeps the same address within a document."""
        key = (p.full, domain or "private")
        if key not in self.mail:
            domain = domain or self.rng.choice(ids.PRIVATE_MAIL_DOMAINS)
            local = ids.make_email_local(self.rng, p.first, p.tussen, p.core)
            self.mail[key] = Ent(f"{local}@{domain}", "EMAIL_ADDRESS")
        return self.mail[key]

    def work_email(self, p: Person) -> Ent:
        """A civil servant's personal work address at the body's domain: still personal data."""
        return self.email(p, BODY_DOMAIN)

    def mailbox(self, address: str | None = None) -> Ent:
        return mailbox(address or self.rng.choice(FUNCTIONAL_MAILBOXES))

    def case_number(self) -> str:
        return ids.make_non_bsn_number(self.rng)
