"""Generate the labelled synthetic HELD-OUT set ``eval/heldout/heldout.jsonl`` (and its README).

Run ``.venv/bin/python -m eval.generate_heldout``. Deterministic: a fixed seed (not the dev set's)
and the standard library only, so the same commit always writes the same bytes.

Why a second set: the engine's developers read the misses on the development set while they
improved the engine, so the dev-set scores are optimistic. This set measures what the dev set
cannot: documents the engine was never tuned on. It therefore shares nothing with the dev set but
the label conventions, the municipality and the machinery that guarantees correct offsets
(``eval.builder``) and valid identifiers (``eval.identifiers``):

- its own document templates (other topics, wordings and layouts: a Woo request and its
  acknowledgement, a bezwaarschrift, a forwarded e-mail, a WhatsApp export, a meeting report,
  a school letter about a pupil, a handover note between volunteers, ...);
- its own name pools (``eval/heldout_names.py``), written without looking at the engine's
  lexicons or the dev set's pools;
- its own officials, streets, organisations and hard negatives.

Nobody tunes on this set: ``eval.evaluate --devset eval/heldout/heldout.jsonl`` may be run for the
summary table, never with ``--show-misses``. Label conventions: ``eval/devset/README.md``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eval import identifiers as ids
from eval.builder import Doc, Ent, Person
from eval.cast import (
    BODY_DOMAIN,
    BODY_NAME,
    BODY_PO_BOX,
    BODY_VISIT_ADDRESS,
    MINISTRIES,
    ORGS,
    PARTIES,
    PORTFOLIOS,
    Values,
)
from eval.heldout_names import (
    HOMONYM_SENTENCES,
    NEWCOMER_WEIGHTS,
    POOLS,
    RESIDENT_WEIGHTS,
    STAFF_WEIGHTS,
    gendered,
    split_particle,
)

SEED = 20251106  # the dev set uses 20250527
HELDOUT_DIR = Path(__file__).resolve().parent / "heldout"
KIND_COUNTS: dict[str, int] = {
    "letter": 14,
    "email": 14,
    "email_thread": 12,
    "case_note": 14,
    "complaint": 12,
    "memo": 12,
}

# --------------------------------------------------------------------------- the world of this set
# Functional mailboxes of the body (keep). Some are not in the dev set on purpose: a real
# municipality has more mailboxes than any list, and they are still not personal data.
MAILBOXES: tuple[str, ...] = (
    "info@dordrecht.nl", "woo@dordrecht.nl", "raadsgriffie@dordrecht.nl", "klachten@dordrecht.nl",
    "postbus@dordrecht.nl", "leerplicht@dordrecht.nl", "bezwaarschriften@dordrecht.nl",
    "evenementen@dordrecht.nl", "secretariaat.college@dordrecht.nl", "servicedesk@dordrecht.nl",
)

# Organisations of this set with invented mail domains; ORGS of the dev set's world are the same
# city's organisations, so some of them are reused.
HELD_ORGS: dict[str, str] = {
    "Vluchtelingenwerk Dordrecht": ORGS["Vluchtelingenwerk Dordrecht"],
    "Sociale Dienst Drechtsteden": ORGS["Sociale Dienst Drechtsteden"],
    "Voedselbank Dordrecht": ORGS["Voedselbank Dordrecht"],
    "Stichting Taalhuis Drechtsteden": "taalhuis-drechtsteden.example",
    "Stichting Samen Thuis Dordrecht": "samenthuis-dordt.example",
    "Het Juridisch Loket": "juridischloket.example",
    "Leger des Heils Dordrecht": "ldh-dordrecht.example",
    "Bibliotheek AanZet": "bibliotheek-aanzet.example",
    "Stichting Jacoba van Beieren": "jacobavanbeieren.example",
    "Zorgcentrum Johanna Naber": "johannanaber.example",
}
SUPPORT_ORGS: tuple[str, ...] = (
    "Vluchtelingenwerk Dordrecht", "Stichting Samen Thuis Dordrecht", "Stichting Taalhuis Drechtsteden",
    "Leger des Heils Dordrecht",
)
SCHOOLS: dict[str, str] = {
    "Titus Brandsma College": "titusbrandsma.example",
    "Kindcentrum Michiel de Ruyter": "kc-michielderuyter.example",
    "basisschool De Wilgenhoek": "wilgenhoek.example",
    "Merwe Lyceum": "merwelyceum.example",
    "Kindcentrum De Schakel": "kcdeschakel.example",
    "ISK Dordrecht": "isk-dordrecht.example",
}
COMPANIES: dict[str, str] = {
    "Bouwbedrijf Gebr. Stolk B.V.": "stolkbouw.example",
    "Taxi Drechtsteden B.V.": "taxidrechtsteden.example",
    "Evenementenbureau Riviervlucht": "riviervlucht.example",
    "Windpark Merwedekanaal B.V.": "windmerwede.example",
    "Beveiliging Zuidwaard B.V.": "zuidwaard-security.example",
    "Advocatenkantoor Verschoor & El Baghdadi": "verschoor-elbaghdadi.example",
    "Huisartsenpraktijk Kortekaas & Bennani": "hap-kortekaas.example",
    "Fysiotherapie Van Wijngaarden": "fysiovanwijngaarden.example",
}
LAW_FIRMS: tuple[str, ...] = ("Advocatenkantoor Verschoor & El Baghdadi", "Het Juridisch Loket")
NEWSPAPERS: tuple[str, ...] = ("Dordtse Stadskrant", "Merwebode", "Omroep Merwestreek")
ASSOCIATIONS: dict[str, str] = {
    "Bewonersvereniging Oud-Krispijn": "oudkrispijn.example",
    "Cultureel Centrum Anatolia": "anatolia-dordt.example",
    "Stichting Sranan Oso": "srananoso.example",
    "Ouderensoos Tante Truus": "tantetruus.example",
    "Eritrese Gemeenschap Drechtsteden": "eritrees-drechtsteden.example",
    "Voetbalvereniging Dordtse Boys": "dordtseboys.example",
}
# Streets of this set; several are named after people (hard negatives without a number, ADDRESS
# when a resident lives there).
PERSON_STREETS: tuple[str, ...] = (
    "Multatulistraat", "Frans Halsstraat", "Dr. Schaepmanstraat", "Anthony Fokkerweg", "Koningin Emmalaan",
    "Sweelinckstraat", "Rembrandtlaan", "Erasmusweg", "Titus Brandsmaplein", "Anton de Komplein",
)
STREETS: tuple[str, ...] = (
    *PERSON_STREETS, "Riedijk", "Stevensweg", "Talmastraat", "Fazantstraat", "Zeehavenlaan", "Kloksteeg",
    "Vriesestraat", "Nieuwe Haven", "Buiten Walevest", "Bosboomstraat", "Kloosterweg", "Marktweg", "Lange Breestraat",
    "Populierenlaan", "Merelstraat", "Noordendijk", "Polderstraat", "Twintighoevenweg",
)
NEAR_PLACES: tuple[str, ...] = ("Dordrecht", "Zwijndrecht", "Papendrecht", "Hendrik-Ido-Ambacht", "Sliedrecht")
FAR_PLACES: tuple[str, ...] = (
    "Idlib", "Homs", "Keren", "Herat", "Mosul", "Shiraz", "Hargeisa", "Dnipro", "Odesa", "Aden", "Khartoum",
    "Gondar", "Goma", "Diyarbakır",
)
TEAMS: tuple[str, ...] = (
    "team Bezwaar en Beroep", "het Klantcontactcentrum", "team Leerplicht", "team Vergunningen",
    "de afdeling Publiekszaken", "team Informatiebeheer", "het cluster Maatschappelijke Ontwikkeling",
)
PROGRAMMES: tuple[str, ...] = (
    "Dordtse Taalaanpak", "Thuis in Dordt", "Welkom in de Wijk", "Gezond in de Stad", "Kansrijke Wijken",
    "Sterk in je Wijk",
)
SERVANT_FUNCTIONS: tuple[str, ...] = (
    "leerplichtambtenaar", "medewerker Burgerzaken", "secretaris bezwaarcommissie", "vergunningverlener",
    "handhaver", "consulent schuldhulpverlening", "beleidsadviseur Onderwijs", "medewerker Klantcontactcentrum",
    "adviseur informatiebeheer", "Woo-adviseur", "projectleider opvang", "medewerker raadsgriffie",
    "juridisch medewerker", "casemanager Wmo", "consulent statushouders",
)
WOO_TOPICS: tuple[str, ...] = (
    "de tijdelijke opvang van ontheemden uit Oekraïne in het voormalige belastingkantoor",
    "de aanbesteding van het leerlingenvervoer voor het schooljaar 2025-2026",
    "de voorgenomen sluiting van het zwembad in Sterrenburg",
    "de plaatsing van windturbines langs het Merwedekanaal",
    "de verkoop van het oude stadsarchief aan een projectontwikkelaar",
    "de subsidie voor het Keti Koti-festival in het Weizigtpark",
    "de huisvesting van arbeidsmigranten op bedrijventerrein Dordtse Kil",
    "de verzelfstandiging van de kinderboerderij",
)
ENGLISH_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December")
DUTCH_DAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
DUTCH_MONTHS_SHORT = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


def the(street: str) -> str:
    """A street with its article: "de Riedijk", "het Anton de Komplein" (never labelled)."""
    return ("het " if street.endswith(("plein", "park")) else "de ") + street


def org(name: str) -> Ent:
    """Organisations are kept, including those named after people."""
    return Ent(name, "ORGANIZATION", "keep")


def body_address() -> tuple[Ent, Ent]:
    """The body's visiting address and postcode: public, so gold keep."""
    return Ent(BODY_VISIT_ADDRESS[0], "ADDRESS", "keep"), Ent(BODY_VISIT_ADDRESS[1], "POSTCODE", "keep")


def body_po_box() -> tuple[Ent, Ent]:
    """The body's PO box: public, so gold keep (a resident's address next to it is redact)."""
    return Ent(BODY_PO_BOX[0], "ADDRESS", "keep"), Ent(BODY_PO_BOX[1], "POSTCODE", "keep")


# Organisations named after people, mentioned in passing (keep; a name recognizer must not fire).
NAMED_ORGS: tuple[str, ...] = (
    "Zorgcentrum Johanna Naber", "Stichting Jacoba van Beieren", "Kindcentrum Michiel de Ruyter",
    "Stichting Anton de Kom", "Titus Brandsma College",
)
_PARTICLE_TOKENS = frozenset(("van", "de", "der", "den", "het", "el", "al", "ben", "bin", "da", "dos", "ter", "ten"))


def _tokens(value: str) -> list[str]:
    """Name tokens compared case-insensitively to keep first names and surnames unique per document.

    Particles ("van", "El", "Al") are skipped: two people may share "El" but not "Amrani".
    """
    parts = (t.casefold() for t in re.split(r"[\s\-'’]+", value) if t and t[0].isupper())
    return [t for t in parts if t not in _PARTICLE_TOKENS]


# Names inside organisation and street names must not also be somebody's name in this set.
RESERVED_TOKENS: frozenset[str] = frozenset(
    t for name in (*HELD_ORGS, *SCHOOLS, *COMPANIES, *ASSOCIATIONS, *STREETS, *NAMED_ORGS) for t in _tokens(name)
)

# --------------------------------------------------------------------------- persons


@dataclass(frozen=True, slots=True)
class HPerson(Person):
    """A person with the extra surface forms of this set (the dev set's forms are all kept).

    ``first_origin`` is the pool of the first name (``origin`` says "mixed" when the surname comes
    from another pool): relatives get first names of the same origin, and an interpreter's language
    follows it. ``group`` is the population the person was drawn from (resident, newcomer, staff).
    """

    first_origin: str = ""
    group: str = "resident"

    def mention(self, doc: Doc, form: str) -> None:
        """Extra forms: Exchange display name, one initial, "v.d.", capitals, sentence-initial titles."""
        if form in ("T_sur", "T_full"):  # at the start of a sentence: "De heer Koster vertelt ..."
            title = self.title(doc.rng)
            doc.text(title[0].upper() + title[1:] + " ")
            doc.ent(self.ent(self.full if form == "T_full" else self.surname_alone))
        elif form == "exch":  # "Linden, Marloes van der": how Exchange address books show Dutch names
            value = f"{self.core}, {self.first} {self.tussen}" if self.tussen else f"{self.surname_alone}, {self.first}"
            doc.ent(self.ent(value))
        elif form == "f_sur":
            doc.ent(self.ent(f"{self.first[0]}. {self.surname}"))
        elif form == "t_f_sur":
            doc.text(self.title(doc.rng) + " ")
            doc.ent(self.ent(f"{self.first[0]}. {self.surname}"))
        elif form == "vd":  # "Bram v.d. Pol"
            short = {"van der": "v.d.", "van den": "v.d.", "van de": "v.d.", "van": "v."}.get(self.tussen)
            doc.ent(self.ent(f"{self.first} {short} {self.core}" if short else self.full))
        elif form == "upper":
            doc.ent(self.ent(self.full.upper()))
        elif form == "core_caps":  # registers: "KAYA, Emre"
            doc.ent(self.ent(f"{self.surname_alone.upper()}, {self.first}"))
        else:
            Person.mention(self, doc, form)

    @property
    def he(self) -> str:
        return "hij" if self.gender == "m" else "zij"

    @property
    def his(self) -> str:
        return "zijn" if self.gender == "m" else "haar"

    @property
    def sir(self) -> str:
        """The formal address word after "Geachte": heer / mevrouw (outside the span)."""
        return "heer" if self.gender == "m" else "mevrouw"

    def noun(self, male: str, female: str) -> str:
        """A gendered noun next to the name: buurman/buurvrouw, zoon/dochter."""
        return male if self.gender == "m" else female

    @property
    def language(self) -> str:
        return LANGUAGES.get(self.first_origin, "Engels")


LANGUAGES: dict[str, str] = {
    "syrian": "Arabisch", "iraqi": "Arabisch", "yemeni": "Arabisch", "sudanese": "Arabisch", "moroccan": "Tarifit",
    "eritrean": "Tigrinya", "ethiopian": "Amhaars", "afghan": "Dari", "iranian": "Farsi", "somali": "Somalisch",
    "ukrainian": "Oekraïens", "kurdish": "Koerdisch", "turkish": "Turks", "congolese": "Lingala",
    "polish": "Pools", "romanian": "Roemeens", "bulgarian": "Bulgaars", "portuguese": "Portugees",
    "capeverdean": "Kaapverdisch Creools", "chinese": "Kantonees", "vietnamese": "Vietnamees",
}
GROUP_WEIGHTS: dict[str, dict[str, int]] = {
    "resident": RESIDENT_WEIGHTS, "newcomer": NEWCOMER_WEIGHTS, "staff": STAFF_WEIGHTS,
}


def _weighted(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _initials(rng: random.Random, first: str, many: bool) -> str:
    letters = [part[0].upper() for part in re.split(r"[\s\-]+", first) if part]
    if many and len(letters) == 1:
        letters += rng.sample("ACEFGHJMPTW", k=rng.choice((0, 1, 1, 2)))
    return "".join(f"{letter}." for letter in letters)


def regender(surname: str, gender: str) -> str:
    """The form of a two-form surname (``Kamiński|Kamińska``) that fits ``gender``."""
    for pool in POOLS.values():
        for entry in pool.surnames:
            if "|" in entry and surname in entry.split("|"):
                return gendered(entry, gender)
    return surname


def draw_person(rng: random.Random, group: str, avoid: set[str], gender: str | None = None,
                decision: str = "redact", role: str = "", extra: str = "", relative_of: HPerson | None = None,
                adult: bool = True, first_origin: str = "") -> HPerson:
    """A fresh person whose first name and surname tokens are not yet used in the document.

    8% combine a first name and a surname of different origins of the same population ("mixed"),
    and some adult Dutch women carry a partner's name before their own ("Yıldız-van der Pol"), as
    Dutch registers allow. A relative shares the surname (in the form for their gender) and gets
    a first name of the same origin as the person's.
    """
    weights = GROUP_WEIGHTS[group]
    for _ in range(500):
        g = gender or rng.choice("mf")
        origin_of_first = first_origin or (relative_of.first_origin if relative_of else _weighted(rng, weights))
        pool = POOLS[origin_of_first]
        first = rng.choice(pool.male if g == "m" else pool.female)
        if relative_of is not None:
            tussen, core = split_particle(regender(relative_of.surname, g))
            origin = relative_of.origin
        else:
            sur_origin = _weighted(rng, weights) if rng.random() < 0.08 else origin_of_first
            tussen, core = split_particle(gendered(rng.choice(POOLS[sur_origin].surnames), g))
            if adult and g == "f" and origin_of_first == "dutch" and decision == "redact" and rng.random() < 0.15:
                partner_origin = _weighted(rng, RESIDENT_WEIGHTS)
                partner = gendered(rng.choice(POOLS[partner_origin].surnames), "m")
                core = f"{partner}-{tussen + ' ' if tussen else ''}{core}"
                tussen = ""
                sur_origin = partner_origin
            origin = origin_of_first if sur_origin == origin_of_first else "mixed"
        tokens = _tokens(first) + (_tokens(core) if relative_of is None else [])
        if any(t in avoid or t in RESERVED_TOKENS for t in tokens):
            continue
        avoid.update(tokens)
        return HPerson(first, tussen, core, g, origin, _initials(rng, first, pool.multi_initials),
                       decision, role, extra, origin_of_first, relative_of.group if relative_of else group)
    raise RuntimeError("name pools exhausted")


@dataclass(frozen=True, slots=True)
class Roster:
    """The invented public officials of this set: gold keep when they act in their role."""

    burgemeester: HPerson
    wethouders: tuple[HPerson, ...]
    raadsleden: tuple[HPerson, ...]
    griffier: HPerson
    secretaris: HPerson
    kamerleden: tuple[HPerson, ...]
    ministers: tuple[HPerson, ...]

    def everyone(self) -> list[HPerson]:
        return [self.burgemeester, *self.wethouders, *self.raadsleden, self.griffier, self.secretaris,
                *self.kamerleden, *self.ministers]


def make_roster(rng: random.Random) -> Roster:
    """Draw the officials once per set: the same wethouder recurs across documents, as in reality."""
    avoid: set[str] = set()

    def official(role: str, extra: str = "") -> HPerson:
        return draw_person(rng, "resident", avoid, decision="keep", role=role, extra=extra)

    return Roster(
        burgemeester=official("burgemeester"),
        wethouders=tuple(official("wethouder", p) for p in PORTFOLIOS),
        raadsleden=tuple(official("raadslid", rng.choice(PARTIES)) for _ in range(8)),
        griffier=official("griffier"),
        secretaris=official("gemeentesecretaris"),
        kamerleden=tuple(official("Kamerlid", rng.choice(PARTIES)) for _ in range(3)),
        ministers=tuple(official("minister", m) for m in MINISTRIES),
    )


# --------------------------------------------------------------------------- per-document context

PRIVATE_DOMAINS: tuple[str, ...] = (
    "postduif.example", "mailkast.example", "inboxje.example", "thuisnet.example", "webpost.example",
    "voorbeeldmail.nl",
)


def _slug(value: str) -> str:
    return "".join(ch for ch in ids.ascii_fold(value).lower() if ch.isalnum())


@dataclass
class Ctx(Values):
    """Per-document helper: draws people and labelled values from the one seeded generator."""

    rng: random.Random
    roster: Roster
    avoid: set[str] = field(default_factory=set)
    mail: dict[tuple[str, str], Ent] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for p in self.roster.everyone():
            self.avoid.update(_tokens(p.first) + _tokens(p.core))

    # people -----------------------------------------------------------------
    def resident(self, gender: str | None = None, adult: bool = True) -> HPerson:
        return draw_person(self.rng, "resident", self.avoid, gender, adult=adult)

    def newcomer(self, gender: str | None = None) -> HPerson:
        return draw_person(self.rng, "newcomer", self.avoid, gender)

    def staff(self, gender: str | None = None) -> HPerson:
        return draw_person(self.rng, "staff", self.avoid, gender)

    def compatriot(self, p: HPerson, gender: str | None = None) -> HPerson:
        """Someone whose first name has the same origin (an interpreter who speaks p's language)."""
        return draw_person(self.rng, p.group, self.avoid, gender, first_origin=p.first_origin)

    def relative(self, p: HPerson, gender: str | None = None) -> HPerson:
        """A family member sharing the surname (first name still unique in the document)."""
        return draw_person(self.rng, p.group, self.avoid, gender, relative_of=p)

    def wethouder(self) -> HPerson:
        return self.rng.choice(self.roster.wethouders)

    def raadslid(self) -> HPerson:
        return self.rng.choice(self.roster.raadsleden)

    # values -----------------------------------------------------------------
    def direct_line(self) -> Ent:
        """A civil servant's direct line: it shares the switchboard's 770 prefix, but is personal."""
        while True:
            tail = f"{self.rng.randint(0, 9999):04d}"
            if tail != "4911":
                break
        style = self.rng.randrange(3)
        value = (f"078 770 {tail}", f"(078) 770 {tail[:2]} {tail[2:]}", f"078-770{tail}")[style]
        return Ent(value, "PHONE_NUMBER")

    def postcode(self, local: bool = True) -> Ent:
        return Ent(ids.make_postcode(self.rng, local), "POSTCODE")

    def address(self, street: str | None = None) -> Ent:
        return Ent(f"{street or self.rng.choice(STREETS)} {ids.make_house_number(self.rng)}", "ADDRESS")

    def email(self, p: Person, domain: str | None = None) -> Ent:
        """A private address (same person, same address within a document)."""
        key = (p.full, domain or "private")
        if key not in self.mail:
            chosen = domain or self.rng.choice(PRIVATE_DOMAINS)
            if domain is None and self.rng.random() < 0.25:
                local = f"{_slug(p.first)}{_slug(p.core)}{self.rng.randint(70, 99)}"
            else:
                local = ids.make_email_local(self.rng, p.first, p.tussen, p.core)
            self.mail[key] = Ent(f"{local}@{chosen}", "EMAIL_ADDRESS")
        return self.mail[key]

    def work_email(self, p: Person) -> Ent:
        """n.achternaam@dordrecht.nl: personal data although it is a work address."""
        key = (p.full, BODY_DOMAIN)
        if key not in self.mail:
            tussen, core = _slug(p.tussen), _slug(p.core)
            style = self.rng.random()
            if style < 0.7:
                local = f"{_slug(p.first)[0]}.{tussen}{core}"
            elif style < 0.9:
                local = f"{_slug(p.first)}.{tussen + '.' if tussen else ''}{core}"
            else:
                local = f"{_slug(p.first)[0]}{core}"
            self.mail[key] = Ent(f"{local}@{BODY_DOMAIN}", "EMAIL_ADDRESS")
        return self.mail[key]

    def org_email(self, p: Person, domain: str) -> Ent:
        """Staff of small organisations often use their first name only: still personal."""
        key = (p.full, domain)
        if key not in self.mail:
            if self.rng.random() < 0.4:
                local = _slug(p.first)
            else:
                local = ids.make_email_local(self.rng, p.first, p.tussen, p.core)
            self.mail[key] = Ent(f"{local}@{domain}", "EMAIL_ADDRESS")
        return self.mail[key]

    def mailbox(self, address: str | None = None) -> Ent:
        return Ent(address or self.rng.choice(MAILBOXES), "EMAIL_ADDRESS", "keep")

    def number(self) -> str:
        """A nine-digit kenmerk/zaak/factuurnummer that fails the 11-proef (a hard negative)."""
        return ids.make_non_bsn_number(self.rng)

    def when(self) -> dt.datetime:
        y, m, d = ids.make_doc_date(self.rng)
        return dt.datetime(y, m, d, self.rng.randint(7, 21), self.rng.randint(0, 59))

    def num_date(self) -> str:
        y, m, d = ids.make_doc_date(self.rng)
        return f"{d:02d}-{m:02d}-{y}"

    def month(self) -> str:
        return self.rng.choice(ids.MONTHS)


# --------------------------------------------------------------------------- date formats


def fmt_when(when: dt.datetime, style: str) -> str:
    """Header dates in the spellings of Outlook, Gmail and Apple Mail (dates that stay)."""
    wd, month = when.weekday(), when.month - 1
    hour12 = when.hour % 12 or 12
    ampm = "AM" if when.hour < 12 else "PM"
    if style == "nl":
        return f"{DUTCH_DAYS[wd]} {when.day} {ids.MONTHS[month]} {when.year} {when:%H:%M}"
    if style == "en":
        return f"{ENGLISH_DAYS[wd]}, {ENGLISH_MONTHS[month]} {when.day}, {when.year} {hour12}:{when:%M} {ampm}"
    if style == "gmail_nl":
        return f"{DUTCH_DAYS[wd][:2]} {when.day} {DUTCH_MONTHS_SHORT[month]} {when.year} om {when:%H:%M}"
    if style == "gmail_en":
        return (f"{ENGLISH_DAYS[wd][:3]}, {ENGLISH_MONTHS[month][:3]} {when.day}, {when.year} at "
                f"{hour12}:{when:%M} {ampm}")
    if style == "apple":
        short = DUTCH_MONTHS_SHORT[month] + ("" if month == 4 else ".")
        return f"{when.day} {short} {when.year} om {when:%H:%M}"
    return f"{when:%Y-%m-%d %H:%M}"


# --------------------------------------------------------------------------- shared pieces


def distractor(ctx: Ctx, doc: Doc) -> None:
    """One unlabelled sentence that a careless detector would redact; none of it is personal data."""
    rng = ctx.rng
    pick = rng.randrange(15)
    if pick == 0:
        doc.put("Uw brief is bij ons geregistreerd onder nummer {n}. ", n=ctx.number())
    elif pick == 1:
        doc.put("Factuurnummer {n}, te voldoen voor {d}. ", n=ctx.number(), d=ctx.date())
    elif pick == 2:
        doc.put("De oude betaalreferentie {r} is vervallen. ", r=ctx.bad_iban())
    elif pick == 3:
        doc.put("Dit onderwerp komt terug in de commissievergadering van {d}. ", d=ctx.date())
    elif pick == 4:
        month = ctx.month()
        doc.put("{m} is voor team Vergunningen altijd de drukste maand. ", m=month[0].upper() + month[1:])
    elif pick == 5:
        street = the(ctx.choice(PERSON_STREETS))
        doc.put("{s} is tot eind {m} afgesloten voor doorgaand verkeer. ", s=street[0].upper() + street[1:],
                m=ctx.month())
    elif pick == 6:
        doc.put("Het spreekuur in {o} gaat gewoon door. ", o=org(ctx.choice(NAMED_ORGS)))
    elif pick == 7:
        doc.put("Meer informatie staat op www.dordrecht.nl/{p}. ",
                p=ctx.choice(("woo", "bezwaar", "leerplicht", "evenementen", "opvang")))
    elif pick == 8:
        doc.put("Polisnummer {n} (niet wijzigen). ", n=ctx.number())
    elif pick == 9:
        doc.put("Het gesprek vond plaats in de Burgerzaal van het Stadskantoor. ")
    elif pick == 10:
        doc.put("De regeling {p} is verlengd tot {d}. ", p=ctx.choice(PROGRAMMES), d=ctx.date())
    elif pick == 11:
        doc.put("Volgens de leerplichtambtenaar en de wijkagent is er geen reden tot zorg. ")
    elif pick == 12:
        doc.put("Het gezin woonde eerder in {p} en daarvoor in {q}. ", p=ctx.choice(NEAR_PLACES[1:]),
                q=ctx.choice(FAR_PLACES))
    elif pick == 13:
        doc.put("Dossier {n} is op {d} gesloten. ", n=ctx.number(), d=ctx.num_date())
    else:
        doc.put("Juni en juli zijn vakantiemaanden; dan ligt {p} stil. ", p=ctx.choice(PROGRAMMES))


def homonym_distractor(doc: Doc, persons: list[HPerson]) -> None:
    """If someone is called Storm, Post or Merel, write that word as an ordinary word as well."""
    for p in persons:
        for key in (p.core, p.first):
            sentences = HOMONYM_SENTENCES.get(key)
            if sentences:
                doc.text(doc.rng.choice(sentences) + " ")
                return


def letterhead(ctx: Ctx, doc: Doc) -> None:
    """The body's letterhead in one of three layouts; address, PO box and switchboard are kept."""
    street, pc = body_address()
    box, box_pc = body_po_box()
    style = ctx.rng.randrange(3)
    if style == 0:
        doc.put("{o} · Stadskantoor · {a} · {pc} Dordrecht\nPostadres {b}, {bpc} Dordrecht · telefoon {t}\n\n",
                o=org(BODY_NAME), a=street, pc=pc, b=box, bpc=box_pc, t=ctx.switchboard())
    elif style == 1:
        doc.put("{o}\n\nRetouradres: {b}, {bpc} Dordrecht\n\n", o=org(BODY_NAME.upper()), b=box, bpc=box_pc)
    else:
        doc.put("{o}\nBezoekadres {a}\n{pc} Dordrecht\nwww.dordrecht.nl | {t} | {m}\n\n",
                o=org(BODY_NAME), a=street, pc=pc, t=ctx.switchboard(), m=ctx.mailbox("postbus@dordrecht.nl"))


def closing(ctx: Ctx) -> str:
    """A closing formula; varied so that no single wording cues the signature below it."""
    return ctx.choice(("Met vriendelijke groet,", "Met vriendelijke groeten,", "Hoogachtend,",
                       "Vriendelijke groeten,", "Met een hartelijke groet,"))


def who(ctx: Ctx, doc: Doc, person: HPerson | None, mail: Ent) -> None:
    """A correspondent in a header: several display-name styles of mail clients."""
    style = ctx.rng.randrange(8)
    if person is None or style == 6:
        doc.add(mail)
    elif style == 7:
        doc.put("'{p:rev_ini}' <{m}>", p=person, m=mail)
    elif style == 1:
        doc.put('"{p:exch}" <{m}>' if person.tussen else "'{p:rev}' <{m}>", p=person, m=mail)
    elif style == 2:
        doc.put("{p:f_sur} <{m}>", p=person, m=mail)
    elif style == 3:
        doc.put("{p} ({m})", p=person, m=mail)
    else:
        doc.put("{p} <{m}>", p=person, m=mail)


Who = tuple[HPerson | None, Ent]


def header(ctx: Ctx, doc: Doc, sender: Who, to: list[Who], subject: str, when: dt.datetime,
           style: str = "nl", cc: list[Who] | None = None) -> None:
    """An e-mail header; ``style`` chooses labels and date spelling."""
    if style == "en":
        labels = ("From", "Sent", "To", "Cc", "Subject")
    elif style in ("gmail_nl", "gmail_en"):
        labels = ("Van", "Date", "To", "Cc", "Subject") if style == "gmail_nl" else (
            "From", "Date", "To", "Cc", "Subject")
    else:
        labels = ("Van", "Verzonden", "Aan", "CC", "Onderwerp")
    doc.text(f"{labels[0]}: ")
    who(ctx, doc, *sender)
    doc.text(f"\n{labels[1]}: {fmt_when(when, style)}\n{labels[2]}: ")
    for i, entry in enumerate(to):
        doc.text("; " if i else "")
        who(ctx, doc, *entry)
    if cc:
        doc.text(f"\n{labels[3]}: ")
        for i, entry in enumerate(cc):
            doc.text("; " if i else "")
            who(ctx, doc, *entry)
    doc.text(f"\n{labels[4]}: {subject}\n\n")


def servant_sign(ctx: Ctx, doc: Doc, p: HPerson, function: str | None = None, form: str = "full") -> None:
    """Signature of a civil servant: name, function, body, direct line or mobile, work mail."""
    doc.put("{p:" + form + "}\n{f}\n{o}\n", p=p, f=function or ctx.choice(SERVANT_FUNCTIONS), o=org(BODY_NAME))
    style = ctx.rng.randrange(3)
    if style == 0:
        doc.put("T {t} | M {m}\n{e}\n", t=ctx.direct_line(), m=ctx.mobile(), e=ctx.work_email(p))
    elif style == 1:
        doc.put("Telefoon {t} (algemeen) of {d} (direct)\n", t=ctx.switchboard(), d=ctx.direct_line())
    else:
        doc.put("{e} | werkdagen ma-di-wo\n", e=ctx.work_email(p))


# --------------------------------------------------------------------------- letters


def letter_woo_request(ctx: Ctx) -> Doc:
    """A resident or journalist asks for documents under the Woo."""
    rng, doc = ctx.rng, Doc(ctx.rng)
    a, servant, weth = ctx.resident(), ctx.staff(), ctx.wethouder()
    journalist = rng.random() < 0.35
    place = ctx.choice(NEAR_PLACES)
    doc.put("{a:full}\n", a=a)
    if journalist:
        doc.put("redactie {o}\n", o=org(ctx.choice(NEWSPAPERS)))
    else:
        doc.put("{ad}\n{pc}  {pl}\n", ad=ctx.address(), pc=ctx.postcode(place == "Dordrecht"), pl=place)
    mail, tel = ctx.email(a), ctx.mobile()
    doc.put("{t}\n{e}\n\n", t=tel, e=mail)
    box, box_pc = body_po_box()
    doc.put("Aan het college van burgemeester en wethouders van Dordrecht\nt.a.v. de Woo-coördinator\n"
            "{b}\n{bpc}  DORDRECHT\n\n{pl}, {d}\n\nBetreft: verzoek om informatie op grond van de Wet open overheid\n\n"
            "Geacht college,\n\n", b=box, bpc=box_pc, pl=place, d=ctx.date())
    topic = ctx.choice(WOO_TOPICS)
    doc.put("Op grond van artikel 4.1 van de Wet open overheid verzoek ik u alle documenten openbaar te maken "
            "over {t}, vanaf {m} {y} tot de datum van dit verzoek. Ik denk daarbij aan e-mails, notities, "
            "verslagen, sms- en WhatsApp-berichten.\n\n", t=topic, m=ctx.month(), y=str(rng.choice((2022, 2023))))
    related = ctx.choice(tuple(COMPANIES)[:4])
    doc.put("Het gaat mij vooral om de contacten tussen wethouder {w:full} en {o}, en om wat de gemeenteraad "
            "daarover is verteld. In de raadsvergadering van {d} zei wethouder {w:sur} dat er ",
            w=weth, o=org(related), d=ctx.date())
    doc.text(rng.choice(("geen afspraken waren gemaakt. ", "nog niets was besloten. ",
                         "alleen verkennende gesprekken waren gevoerd. ")))
    doc.put("Ik vraag ook om de documenten die {s:t_full} van {team} daarover heeft opgesteld.\n\n",
            s=servant, team=ctx.choice(TEAMS))
    doc.put("Op {d} heb ik hierover gebeld met {s:t_sur}. {he} raadde mij aan dit verzoek schriftelijk in te "
            "dienen. ", d=ctx.date(), s=servant, he=servant.he.capitalize())
    if rng.random() < 0.5:
        distractor(ctx, doc)
    doc.put("U kunt mij bereiken op {t} of per e-mail ({e}).\n\n", t=tel, e=mail)
    if journalist:
        doc.put("Omdat ik hierover publiceer, vraag ik u het verzoek voortvarend te behandelen. Mijn eerdere "
                "publicaties vindt u via {u}.\n\n", u=ctx.url(a))
    doc.put(closing(ctx) + "\n\n{a:" + ctx.choice(("ini", "full", "f_sur")) + "}\n", a=a)
    return doc


def letter_woo_decision_meta(ctx: Ctx, doc: Doc, servant: HPerson, your_date: bool = True) -> None:
    """The meta block of a municipal letter: kenmerk, behandeld door, direct line."""
    doc.put("Datum            {d}\nOns kenmerk      {n}\n", d=ctx.date(), n=ctx.number())
    if your_date:
        doc.put("Uw brief van     {d}\n", d=ctx.date())
    doc.put("Behandeld door   {s:full}\nTelefoon         {t}\nE-mail           {m}\n",
            s=servant, t=ctx.direct_line() if ctx.rng.random() < 0.6 else ctx.switchboard(),
            m=ctx.mailbox("woo@dordrecht.nl") if ctx.rng.random() < 0.5 else ctx.work_email(servant))


def letter_woo_acknowledgement(ctx: Ctx) -> Doc:
    """The body acknowledges a Woo request, or decides on it (signed by officials)."""
    rng, doc = ctx.rng, Doc(ctx.rng)
    a, servant = ctx.resident(), ctx.staff()
    letterhead(ctx, doc)
    doc.text("De heer " if a.gender == "m" else "Mevrouw ")
    doc.put("{a:ini}\n{ad}\n{pc}  DORDRECHT\n\n", a=a, ad=ctx.address(), pc=ctx.postcode())
    decision = rng.random() < 0.4
    letter_woo_decision_meta(ctx, doc, servant)
    subject = "besluit op uw Woo-verzoek" if decision else "ontvangstbevestiging Woo-verzoek"
    doc.text(f"Onderwerp        {subject}\n\n")
    doc.put("Geachte {sir} {a:sur},\n\n", sir=a.sir, a=a)
    topic = ctx.choice(WOO_TOPICS)
    third = org(ctx.choice(tuple(COMPANIES)[:5]))
    if not decision:
        doc.put("Op {d} hebben wij uw verzoek ontvangen om openbaarmaking van documenten over {t}. Wij beslissen "
                "binnen vier weken. Lukt dat niet, dan kunnen wij de termijn met twee weken verdagen; u hoort dat "
                "dan van ons.\n\n", d=ctx.date(), t=topic)
        doc.put("In de documenten staan ook gegevens van derden, onder wie {o} en een bewoner van {s}. Voordat "
                "wij besluiten, vragen wij hun zienswijze (artikel 4.4 Woo).\n\n", o=third,
                s=the(ctx.choice(PERSON_STREETS)))
        doc.put("Heeft u vragen? Neem dan contact op met {s:t_sur} via {t} of via {m}, en vermeld ons kenmerk. ",
                s=servant, t=ctx.direct_line(), m=ctx.mailbox("woo@dordrecht.nl"))
        if rng.random() < 0.5:
            distractor(ctx, doc)
        doc.put("\n\n" + closing(ctx) + "\nnamens het college van burgemeester en wethouders van Dordrecht,\n\n"
                "{s:" + ctx.choice(("f_sur", "ini", "full")) + "}\nWoo-adviseur\n", s=servant)
    else:
        doc.put("U heeft op {d} gevraagd om documenten over {t}. Wij hebben 23 documenten gevonden. Wij maken "
                "15 documenten geheel en 6 gedeeltelijk openbaar; 2 documenten blijven geheel geheim. Namen, "
                "telefoonnummers en e-mailadressen van medewerkers en van {o} hebben wij weggelakt (artikel 5.1, "
                "tweede lid, onder e Woo).\n\n", d=ctx.date(), t=topic, o=third)
        doc.put("Tegen dit besluit kunt u binnen zes weken bezwaar maken bij ons college, via {m}. Met vragen kunt "
                "u terecht bij {s:t_full} ({t}).\n\n", m=ctx.mailbox("bezwaarschriften@dordrecht.nl"), s=servant,
                t=ctx.direct_line())
        sec, burg = ctx.roster.secretaris, ctx.roster.burgemeester
        doc.put("Burgemeester en wethouders van Dordrecht,\n\nde secretaris,                  de burgemeester,\n\n\n"
                "{s:full}                 {b:full}\n", s=sec, b=burg)
    return doc


def letter_school(ctx: Ctx) -> Doc:
    """A school writes to parents about a pupil's absence and reports it to leerplicht."""
    rng, doc = ctx.rng, Doc(ctx.rng)
    school = ctx.choice(tuple(SCHOOLS))
    pupil = ctx.resident(adult=False)
    mother = ctx.relative(pupil, "f") if rng.random() < 0.5 else ctx.resident("f")
    lpa, mentor, ib, director = ctx.staff(), ctx.staff(), ctx.staff("f"), ctx.staff()
    doc.put("{o}\nLeerlingenadministratie · {m}\n\n", o=org(school), m=ctx.mailbox(f"administratie@{SCHOOLS[school]}"))
    doc.put("Aan de ouder(s)/verzorger(s) van {p:full}\nt.a.v. mevrouw {mo:ini}\n{ad}\n{pc}  Dordrecht\n\n",
            p=pupil, mo=mother, ad=ctx.address(), pc=ctx.postcode())
    group = ctx.choice(("groep 6", "groep 7", "klas 2B", "klas 1C", "groep 8"))
    doc.put("Dordrecht, {d}\n\nBetreft: afwezigheid van {p:first} ({g})\n\nGeachte mevrouw {mo:sur},\n\n",
            d=ctx.date(), p=pupil, g=group, mo=mother)
    doc.put("Wij maken ons zorgen over {p:poss} aanwezigheid. Sinds {m} was {p:first} elf keer zonder geldige "
            "reden afwezig en kwam {p:first} regelmatig te laat. ", p=pupil, m=ctx.month())
    homonym_distractor(doc, [pupil, mother, mentor])
    doc.put("De Leerplichtwet verplicht ons dit te melden bij de leerplichtambtenaar van de gemeente. Dat hebben wij "
            "op {d} gedaan; uw contactpersoon daar is {l:t_full} ({e}, {t}).\n\n", d=ctx.date(), l=lpa,
            e=ctx.work_email(lpa), t=ctx.direct_line())
    doc.put("Wij nodigen u uit voor een gesprek op {wd} {d} om 8.30 uur met {me:t_sur}, de mentor van {p:first}, en "
            "met onze intern begeleider {ib:full}. Ook de jeugdarts van {g} is uitgenodigd.\n\n",
            wd=ctx.choice(DUTCH_DAYS[:5]), d=ctx.date(), me=mentor, p=pupil, ib=ib, g=org("Dienst Gezondheid & Jeugd"))
    doc.put("Gegevens leerling (voor de melding)\nNaam: {p:rev}\nGeboortedatum: {dob}\nBSN: {b}\nGroep/klas: {g}\n\n",
            p=pupil, dob=ctx.dob(child=True), b=ctx.bsn(), g=group)
    if rng.random() < 0.5:
        distractor(ctx, doc)
        doc.text("\n\n")
    doc.put(closing(ctx) + "\n\n{di:full}\ndirecteur {o}\n\nAfschrift: {i:f_sur} (intern begeleider); team Leerplicht "
            "({m})\n", di=director, o=org(school), i=ib, m=ctx.mailbox("leerplicht@dordrecht.nl"))
    return doc


def letter_association(ctx: Ctx) -> Doc:
    """An association writes to the council (an ingekomen stuk), naming councillors in their role."""
    rng, doc = ctx.rng, Doc(ctx.rng)
    assoc = ctx.choice(tuple(ASSOCIATIONS))
    chair, sec, v1, v2 = ctx.resident(), ctx.resident(), ctx.resident(), ctx.resident()
    r, w = ctx.raadslid(), ctx.wethouder()
    doc.put("{o}\nSecretariaat: {s:" + ctx.choice(("full", "t_ini", "vd")) + "}, {ad}, {pc} Dordrecht\n{m}\n\n",
            o=org(assoc), s=sec,
            ad=ctx.address(), pc=ctx.postcode(), m=Ent(f"bestuur@{ASSOCIATIONS[assoc]}", "EMAIL_ADDRESS", "keep"))
    doc.put("Aan de leden van de gemeenteraad van Dordrecht\nvia de griffie ({g})\n\nDordrecht, {d}\n\n",
            g=ctx.mailbox("raadsgriffie@dordrecht.nl"), d=ctx.date())
    doc.put("Onderwerp: voortbestaan van onze activiteiten na {y}\n\nGeachte raadsleden,\n\n",
            y=str(rng.choice((2025, 2026))))
    doc.put("Al achttien jaar biedt {o} een plek waar buurtbewoners elkaar ontmoeten. Met de voorgenomen korting "
            "op de subsidie ({p}) kunnen wij de huur van ons gebouw niet meer betalen. ", o=org(assoc),
            p=ctx.choice(PROGRAMMES))
    doc.put("In de commissie Sociaal Domein van {d} heeft raadslid {r:full} ({pa}) hier vragen over gesteld. "
            "Wethouder {w:sur} antwoordde toen dat er ruimte is voor maatwerk. Daar hebben wij sindsdien niets meer "
            "over gehoord.\n\n", d=ctx.date(), r=r, pa=org(r.extra), w=w)
    doc.put("Onze vrijwilligers, onder wie {a:full} en {b:full}, draaien elke week de inloop. {b:poss} kookclub "
            "trekt inmiddels veertig bezoekers. ", a=v1, b=v2)
    homonym_distractor(doc, [chair, sec, v1, v2])
    doc.put("Wij nodigen u van harte uit om een keer langs te komen; {a:first} leidt u graag rond.\n\n", a=v1)
    # An association's own account: the annotation guideline keeps an organisation's account.
    # (The mobile number is drawn first, as before, so the texts stay the same.)
    mobile = ctx.mobile()
    account = ctx.iban()
    doc.put("Namens het bestuur,\n\n{c:full}, voorzitter ({t})\n{s:ini}, secretaris\n\nRekeningnummer: {i} t.n.v. "
            "{o}\n", c=chair, t=mobile, s=sec, i=Ent(account.value, "IBAN_CODE", "keep"), o=org(assoc))
    return doc


def letter_zienswijze(ctx: Ctx) -> Doc:
    """A company gives its view (art. 4.4 Woo) on the publication of documents that concern it."""
    doc = Doc(ctx.rng)
    company = ctx.choice(tuple(COMPANIES)[:5])
    director, e1, e2, servant, w = ctx.resident(), ctx.staff(), ctx.resident(), ctx.staff(), ctx.wethouder()
    attn = ctx.choice(("t_full", "t_f_sur"))
    doc.put("{o}\nt.a.v. directie\n\nGemeente Dordrecht\nt.a.v. {s:" + attn + "}\n{b}\n{bpc} Dordrecht\n\n",
            o=org(company), s=servant, b=body_po_box()[0], bpc=body_po_box()[1])
    doc.put("Datum: {d}\nUw kenmerk: {n}\nBetreft: zienswijze over voorgenomen openbaarmaking\n\n"
            "Geachte {s:hon},\n\n", d=ctx.num_date(), n=ctx.number(), s=servant)
    doc.put("In uw brief van {d} vraagt u ons om een zienswijze over de openbaarmaking van documenten die over "
            "ons bedrijf gaan. Wij hebben de volgende opmerkingen.\n\n", d=ctx.date())
    doc.put("1. In de documenten staan de namen en telefoonnummers van onze medewerkers {a:full} en {b:full}, en het "
            "mobiele nummer {t} van {b:first}. Wij verzoeken u deze gegevens weg te lakken.\n",
            a=e1, b=e2, t=ctx.mobile())
    doc.text("2. De offerte in bijlage 4 bevat prijzen en marges; openbaarmaking schaadt onze concurrentiepositie.\n")
    doc.put("3. Tegen openbaarmaking van de gespreksverslagen met wethouder {w:full} hebben wij geen bezwaar.\n\n",
            w=w)
    doc.put("Onze projectleider, {a:t_sur}, is bereikbaar op {t} voor nadere toelichting.\n\n",
            a=e1, t=ctx.landline())
    doc.put(closing(ctx) + "\n\n{d:full}\ndirecteur-eigenaar\n{o}\n{e}\n", d=director, o=org(company),
            e=ctx.org_email(director, COMPANIES[company]))
    return doc


def letter_address_check(ctx: Ctx) -> Doc:
    """The BRP address investigation: a register extract with several people, DOBs and BSNs."""
    doc = Doc(ctx.rng)
    p1 = ctx.resident()
    p2 = ctx.relative(p1) if ctx.rng.random() < 0.5 else ctx.resident()
    p3 = ctx.resident()
    investigator, lead = ctx.staff(), ctx.staff()
    letterhead(ctx, doc)
    address = ctx.address()
    doc.put("Aan de bewoner(s) van\n{ad}\n{pc}  DORDRECHT\n\nDatum: {d}\nKenmerk: {n}\n"
            "Onderwerp: onderzoek naar uw inschrijving in de Basisregistratie Personen (BRP)\n\n"
            "Geachte heer, mevrouw,\n\nVolgens de BRP wonen op dit adres:\n", ad=address, pc=ctx.postcode(),
            d=ctx.date(), n=ctx.number())
    for p in (p1, p2, p3):
        doc.put("- {p:core_caps}, geboren {dob}, BSN {b}\n", p=p, dob=ctx.dob(), b=ctx.bsn())
    doc.put("\nWij hebben aanwijzingen dat {p:t_sur} niet meer op dit adres woont. Een adresonderzoeker, {i:t_full}, "
            "komt daarom op {wd} {d} tussen 9.00 en 12.00 uur bij u langs. Woont {p:first} ergens anders? Dan moet "
            "{p:first} dat binnen vijf dagen doorgeven via www.dordrecht.nl/verhuizen.\n\n",
            p=p3, i=investigator, wd=ctx.choice(DUTCH_DAYS[:5]), d=ctx.date())
    doc.put("Horen wij niets, dan kan de gemeente {p:full} uitschrijven ('vertrokken onbekend waarheen'). Dat kan "
            "gevolgen hebben voor toeslagen en uitkeringen.\n\nVragen? Bel {t} en vraag naar {i:t_sur}, of mail "
            "{e}.\n\n", p=p3, t=ctx.switchboard(), i=investigator, e=ctx.work_email(investigator))
    doc.put(closing(ctx) + "\n\n{l:ini}\nteamleider Burgerzaken\n", l=lead)
    return doc


# --------------------------------------------------------------------------- e-mails

RESIDENT_MAIL_TOPICS = ("rats", "festival", "landlord", "crossing")


def resident_mail_body(ctx: Ctx, doc: Doc, a: HPerson, servant: HPerson) -> str:
    """A resident's e-mail to the municipality; returns its subject."""
    topic = ctx.choice(RESIDENT_MAIL_TOPICS)
    n = ctx.resident()
    doc.text(ctx.choice(("Geachte heer/mevrouw,\n\n", "Goedemiddag,\n\n", "Beste gemeente,\n\n")))
    if topic == "rats":
        subject = "ratten in de brandgang"
        doc.put("Sinds {m} zien wij ratten in de brandgang achter {s}. Onze buurman, {n:t_full} ({ad}), voert "
                "elke dag de duiven en laat brood liggen. Ik heb al twee keer gebeld met {c:first} van uw "
                "klantcontactcentrum, maar er is niets gebeurd. ", m=ctx.month(), s=the(ctx.choice(STREETS)), n=n,
                ad=ctx.address(), c=servant)
    elif topic == "festival":
        subject = "geluidsoverlast festival " + ctx.choice(("Wantijpark", "Weizigtpark", "Merwekade"))
        doc.put("Afgelopen zaterdag stond de muziek tot half een 's nachts keihard aan. Volgens de vergunning moest "
                "het om elf uur stoppen. De organisator, {n:full} van {o}, nam niet op toen ik belde. Mijn "
                "dochter {d:first} heeft examens en kon niet slapen. ", n=n, o=org("Evenementenbureau Riviervlucht"),
                d=ctx.relative(a, "f"))
    elif topic == "landlord":
        subject = "kamerverhuur " + ctx.choice(STREETS)
        w1, w2 = ctx.resident(), ctx.resident()
        doc.put("In het pand naast ons wonen zeker tien mensen. De eigenaar, {n:t_full}, verhuurt de kamers per "
                "bed. Twee bewoners, {x:first} en {y:first}, vertelden mij dat ze 450 euro per maand betalen. De "
                "busjes staan op de stoep (kentekens {k1} en {k2}). ", n=n, x=w1, y=w2, k1=ctx.plate(), k2=ctx.plate())
    else:
        subject = "gevaarlijke oversteek bij de school"
        doc.put("Bij de oversteek voor {o} is het elke ochtend chaos. Vorige week werd mijn zoon {z:first} bijna "
                "aangereden. De verkeersbrigadier, {n:t_sur}, doet wat " + n.he + " kan, maar er moet een zebrapad "
                "komen. ", o=org(ctx.choice(tuple(SCHOOLS)[:5])), z=ctx.relative(a, "m"), n=n)
    homonym_distractor(doc, [n, a])
    doc.put("\n\nU kunt mij bellen op {t}.\n\n", t=ctx.phone())
    form = ctx.choice(("full", "first", "full", "low_full"))
    doc.put(ctx.choice(("Groet,", "Met vriendelijke groet,", "Alvast bedankt,")) + "\n{a:" + form + "}\n", a=a)
    if ctx.rng.random() < 0.4:
        doc.text("\nVerstuurd vanaf mijn iPhone\n")
    return subject


def email_forwarded(ctx: Ctx) -> Doc:
    """A KCC employee forwards a resident's mail ("Doorgestuurd bericht") to a colleague."""
    rng, doc = ctx.rng, Doc(ctx.rng)
    kcc, dept, a = ctx.staff(), ctx.staff(), ctx.resident()
    inner = Doc(rng)
    subject = resident_mail_body(ctx, inner, a, kcc)
    header(ctx, doc, (kcc, ctx.work_email(kcc)), [(dept, ctx.work_email(dept))], "FW: " + subject, ctx.when(),
           ctx.choice(("nl", "en")), cc=[(None, ctx.mailbox("klachten@dordrecht.nl"))])
    doc.put("Hoi {d:first},\n\nOnderstaande mail kwam binnen via {m}. {a:T_sur} wil graag teruggebeld worden. Kun "
            "jij dit oppakken, of moet het naar {t}?\n\nGroetjes,\n{k:first}\n{f} | {o}\n\n",
            d=dept, m=ctx.mailbox("info@dordrecht.nl"), a=a, t=ctx.choice(TEAMS), k=kcc,
            f="medewerker Klantcontactcentrum", o=org(BODY_NAME))
    english = rng.random() < 0.4
    when = ctx.when()
    if english:
        doc.put("---------- Forwarded message ---------\nFrom: {a} <{e}>\nDate: {w}\nSubject: {s}\nTo: <{i}>\n\n",
                a=a, e=ctx.email(a), w=fmt_when(when, "gmail_en"), s=subject, i=ctx.mailbox("info@dordrecht.nl"))
    else:
        doc.put("---------- Doorgestuurd bericht ---------\nVan: {a} <{e}>\nDate: {w}\nSubject: {s}\nTo: <{i}>\n\n",
                a=a, e=ctx.email(a), w=fmt_when(when, "gmail_nl"), s=subject, i=ctx.mailbox("info@dordrecht.nl"))
    doc.extend(inner)
    return doc


def email_woo_autoreply(ctx: Ctx) -> Doc:
    """The Woo mailbox's automatic reply with the original request below it."""
    rng, doc = ctx.rng, Doc(ctx.rng)
    req, servant, burg = ctx.resident(), ctx.staff(), ctx.roster.burgemeester
    topic = ctx.choice(WOO_TOPICS)
    req_mail = ctx.email(req)
    sent = ctx.when()
    header(ctx, doc, (None, ctx.mailbox("woo@dordrecht.nl")), [(req, req_mail)], "Automatisch antwoord: Woo-verzoek",
           sent + dt.timedelta(minutes=1), "nl")
    doc.put("Geachte heer/mevrouw,\n\nDank voor uw bericht aan het Woo-team van de gemeente Dordrecht. U ontvangt "
            "binnen vijf werkdagen een ontvangstbevestiging met een zaaknummer. Dit is een automatisch bericht.\n\n"
            "Algemene vragen? Bel {t} of kijk op www.dordrecht.nl/woo.\n\n-----Oorspronkelijk bericht-----\n",
            t=ctx.switchboard())
    header(ctx, doc, (req, req_mail), [(None, ctx.mailbox("woo@dordrecht.nl"))], "Woo-verzoek", sent, "nl")
    doc.put("Goedemiddag,\n\nHierbij verzoek ik om openbaarmaking van alle documenten over {t}. In het bijzonder "
            "vraag ik om de berichten van {s:t_full} (projectleider) aan {o}, en om de agenda van burgemeester "
            "{b:full} voor de week van {d}.\n\n", t=topic, s=servant, o=org(ctx.choice(tuple(COMPANIES)[:4])), b=burg,
            d=ctx.date())
    if rng.random() < 0.5:
        doc.put("Ik heb hierover eerder contact gehad met {s:first}; {s:poss} antwoord was dat ik een formeel verzoek "
                "moest indienen. ", s=servant)
    doc.put("Mijn postadres is {ad}, {pc} {pl}; telefonisch ben ik bereikbaar op {t}.\n\n" + closing(ctx) +
            "\n{r:" + ctx.choice(("full", "ini", "upper")) + "}\n", ad=ctx.address(), pc=ctx.postcode(False),
            pl=ctx.choice(NEAR_PLACES), t=ctx.phone(), r=req)
    return doc


def email_school_care(ctx: Ctx) -> Doc:
    """An intern begeleider mails the leerplichtambtenaar about a pupil (English client labels)."""
    rng, doc = ctx.rng, Doc(ctx.rng)
    school = ctx.choice(tuple(SCHOOLS))
    ib, lpa = ctx.staff("f"), ctx.staff()
    pupil = ctx.resident(adult=False)
    mother = ctx.relative(pupil, "f")
    father = ctx.resident("m") if rng.random() < 0.5 else ctx.relative(pupil, "m")
    sib, teacher = ctx.relative(pupil), ctx.staff("f")
    ib_mail = ctx.org_email(ib, SCHOOLS[school])
    doc.text("From: ")
    doc.put("{i:rev} <{m}>" if rng.random() < 0.6 else "{i:exch} <{m}>", i=ib, m=ib_mail)
    doc.put("\nSent: {w}\nTo: {l} <{e}>\nCc: {c}\nSubject: Zorgmelding leerling {g}\n\n",
            w=fmt_when(ctx.when(), "en"), l=lpa, e=ctx.work_email(lpa), c=ctx.mailbox("leerplicht@dordrecht.nl"),
            g=ctx.choice(("groep 5", "groep 3", "klas 1A", "klas 3")))
    doc.put("Beste {l:first},\n\nZoals vanochtend besproken de gegevens van de leerling over wie wij ons zorgen "
            "maken:\n\nNaam: {p:full}\nGeboortedatum: {dob}\nBSN: {b}\nAdres: {ad}, {pc} Dordrecht\n"
            "Ouders: {mo:full} ({t}) en {fa:full}\n\n", l=lpa, p=pupil, dob=ctx.dob(child=True), b=ctx.bsn(),
            ad=ctx.address(), pc=ctx.postcode(), mo=mother, t=ctx.mobile(), fa=father)
    doc.put("{p:first} komt sinds de herfstvakantie vaak te laat en zonder ontbijt. Moeder vertelde aan juf "
            "{j:first} dat vader sinds kort ergens anders woont. {p:poss} broertje {s:first} zit bij ons in groep 2 "
            "en lijkt het goed te doen. ", p=pupil, j=teacher, s=sib)
    homonym_distractor(doc, [pupil, mother, teacher])
    doc.put("\n\nWil jij contact opnemen met {mo:t_sur}? Ik heb haar verteld dat je belt. {p:low} weet van niets.\n\n"
            "Hartelijke groet,\n\n{i:full}\nIntern begeleider | {o}\nT {t} (ma/di/do)\n", mo=mother, p=pupil, i=ib,
            o=org(school), t=ctx.landline())
    return doc


def email_volunteer_update(ctx: Ctx) -> Doc:
    """A volunteer's informal update from a phone, with lower-case slips and a client's details."""
    rng, doc = ctx.rng, Doc(ctx.rng)
    support = ctx.choice(SUPPORT_ORGS)
    vol, coord = ctx.resident(), ctx.staff()
    cl = ctx.newcomer()
    partner = ctx.relative(cl, "f" if cl.gender == "m" else "m")
    kid, dr = ctx.relative(cl), ctx.resident()
    header(ctx, doc, (vol, ctx.email(vol)), [(coord, ctx.org_email(coord, HELD_ORGS[support]))],
           f"update {cl.first}", ctx.when(), ctx.choice(("nl", "gmail_nl")))
    doc.put("Hoi {c:first}!\n\nBen vandaag bij {cl:first} en {pa:low} geweest. Het gaat redelijk, maar {cl:first} "
            "slaapt slecht. Huisarts is dr. {dr:sur} ({o}); {cl:first} heeft daar {d} een afspraak.\n\n",
            c=coord, cl=cl, pa=partner, dr=dr, o=org("Huisartsenpraktijk Kortekaas & Bennani"), d=ctx.date())
    doc.put("Hun nieuwe adres is {ad} ({pc}), het nummer van {cl:poss} " + cl.noun("vrouw", "man") +
            " is veranderd: {t}. Hun " + kid.noun("zoontje", "dochtertje") + " {k:first} (geb. {dob}) kan na de "
            "zomer naar {s}.\n\n", ad=ctx.address(), pc=ctx.postcode(), cl=cl,
            t=ctx.mobile(), k=kid, dob=ctx.dob(child=True), s=org(ctx.choice(PRIMARY_SCHOOLS)))
    doc.put("{cl:low} vroeg of iemand mee kan naar {o} op {d}, ik kan zelf niet. ", cl=cl,
            o=org(ctx.choice(("IND", "COA", "UWV"))), d=ctx.date())
    if rng.random() < 0.5:
        distractor(ctx, doc)
    device = ctx.choice(("Verstuurd vanaf mijn Samsung Galaxy-smartphone.", "Verzonden vanaf Outlook voor Android",
                         "Sent from my iPhone"))
    doc.put("\n\nGroetjes,\n{v:first}\n\n" + device + "\n", v=vol)
    return doc


def email_griffie_invitation(ctx: Ctx) -> Doc:
    """The griffie invites councillors to an information evening: officials keep, staff redact."""
    doc = Doc(ctx.rng)
    w, r = ctx.wethouder(), ctx.raadslid()
    s1, s2, ext, staff = ctx.staff(), ctx.staff(), ctx.resident(), ctx.staff()
    griffier = ctx.roster.griffier
    topic = ctx.choice(WOO_TOPICS)
    header(ctx, doc, (None, ctx.mailbox("raadsgriffie@dordrecht.nl")),
           [(None, ctx.mailbox("raadsgriffie@dordrecht.nl"))], "Uitnodiging informatiebijeenkomst", ctx.when(),
           ctx.choice(("nl", "en")), cc=[(None, ctx.mailbox("secretariaat.college@dordrecht.nl")),
                                         (staff, ctx.work_email(staff))])
    ext_org = ctx.choice(tuple(HELD_ORGS)[3:])
    doc.put("Geachte raads- en commissieleden,\n\nOp {wd} {d} om 19.30 uur organiseert de griffie in de raadzaal een "
            "informatiebijeenkomst over {t}. Wethouder {w:full} ({pf}) opent de avond. Daarna lichten {a:full} "
            "(projectleider) en {b:full} (beleidsadviseur) de stand van zaken toe, en vertelt {x:full} van {o} over "
            "de ervaringen in de wijk.\n\n", wd=ctx.choice(DUTCH_DAYS[:4]), d=ctx.date(), t=topic, w=w, pf=w.extra,
            a=s1, b=s2, x=ext, o=org(ext_org))
    doc.put("Op verzoek van raadslid {r:full} ({p}) is er ook ruimte voor vragen over de planning. ", r=r,
            p=org(r.extra))
    if ctx.rng.random() < 0.5:
        distractor(ctx, doc)
    doc.put("\n\nAanmelden kan tot {d} via {m}. Inhoudelijke vragen kunt u stellen aan {a:first} ({e}).\n\n"
            "Met vriendelijke groet,\nnamens de griffie,\n\n{g:full}\ngriffier\n\nContactpersoon: {s:full}, "
            "medewerker raadsgriffie, {t}\n", d=ctx.date(), m=ctx.mailbox("raadsgriffie@dordrecht.nl"), a=s1,
            e=ctx.work_email(s1), g=griffier, s=staff, t=ctx.direct_line())
    return doc


def email_debt_case(ctx: Ctx) -> Doc:
    """An internal mail about a debt case, with Exchange display names and a BSN/IBAN."""
    doc = Doc(ctx.rng)
    consultant, km, colleague = ctx.staff(), ctx.staff(), ctx.staff()
    cl = ctx.resident()
    sdd = "Sociale Dienst Drechtsteden"
    header(ctx, doc, (consultant, ctx.work_email(consultant)),
           [(km, ctx.org_email(km, HELD_ORGS[sdd])), (colleague, ctx.work_email(colleague))],
           "betaling vaste lasten", ctx.when(), ctx.choice(("nl", "en")),
           cc=[(None, ctx.mailbox("servicedesk@dordrecht.nl"))])
    doc.put("Dag {k:first} en {c:first},\n\nVoor {cl:t_full} (BSN {b}) is de budgetbeheerregeling per {m} ingegaan. "
            "Kunnen jullie de huurtoeslag voortaan overmaken op {i}? Dat is de beheerrekening van {o}. De oude "
            "betaalreferentie {x} vervalt.\n\n", k=km, c=colleague, cl=cl, b=ctx.bsn(), m=ctx.month(), i=ctx.iban(),
            o=org(sdd), x=ctx.bad_iban())
    doc.put("{cl:sur} heeft nog een achterstand bij {o}; die regel ik zelf. {cl:first} is overdag bereikbaar op "
            "{t}.\n\n", cl=cl, o=org(ctx.choice(("Woonbron", "Trivire", "Belastingdienst"))), t=ctx.mobile())
    doc.text(closing(ctx) + "\n\n")
    servant_sign(ctx, doc, consultant, "consulent schuldhulpverlening", form=ctx.choice(("full", "f_sur")))
    return doc


# --------------------------------------------------------------------------- e-mail threads


@dataclass
class Message:
    """One message of a thread: correspondents, subject, time and body."""

    sender: Who
    to: list[Who]
    subject: str
    when: dt.datetime
    body: Doc
    cc: list[Who] = field(default_factory=list)


def quote_line(ctx: Ctx, doc: Doc, m: Message, style: str) -> None:
    """The line introducing a quoted older message, in the client's own wording."""
    person, mail = m.sender
    name: Any = person if person is not None else mail
    if style == "apple":
        doc.put("Op {w} heeft {n} <{m}> het volgende geschreven:\n\n" if person else
                "Op {w} heeft {n} het volgende geschreven:\n\n", w=fmt_when(m.when, "apple"), n=name, m=mail)
    elif style == "gmail_en":
        doc.put("On {w}, {n} <{m}> wrote:\n\n" if person else "On {w}, {n} wrote:\n\n",
                w=fmt_when(m.when, "gmail_en"), n=name, m=mail)
    else:
        doc.put("Op {w} schreef {n} <{m}>:\n\n" if person else "Op {w} schreef {n}:\n\n",
                w=fmt_when(m.when, "gmail_nl"), n=name, m=mail)


def render_thread(ctx: Ctx, msgs: list[Message], style: str, top: bool = True) -> Doc:
    """Newest message first; older ones under a separator (Outlook) or quoted with '> ' (others)."""
    doc = Doc(ctx.rng)
    newest = msgs[0]
    if top or style in ("outlook", "original"):
        header(ctx, doc, newest.sender, newest.to, newest.subject, newest.when,
               "en" if style == "gmail_en" else "nl", newest.cc)
    doc.extend(newest.body)
    if len(msgs) == 1:
        return doc
    if style == "outlook":
        doc.text("\n________________________________\n")
        doc.extend(render_thread(ctx, msgs[1:], style, top=False))
    elif style == "original":
        doc.text("\n-----Oorspronkelijk bericht-----\n")
        doc.extend(render_thread(ctx, msgs[1:], style, top=False))
    else:
        doc.text("\n")
        quote_line(ctx, doc, msgs[1], style)
        doc.extend(render_thread(ctx, msgs[1:], style, top=False), prefix="> ")
    return doc


def body(ctx: Ctx, template: str, **values: Any) -> Doc:
    """A message body as its own Doc, so that it can be re-emitted quoted with shifted offsets."""
    return Doc(ctx.rng).put(template, **values)


def thread_hearing(ctx: Ctx) -> list[Message]:
    """Scheduling the hearing of a bezwaarschrift: objector, commission secretary, lawyer."""
    sec, obj, lawyer = ctx.staff(), ctx.resident(), ctx.resident()
    daughter = ctx.relative(obj, "f")
    firm = ctx.choice(LAW_FIRMS)
    sec_m, obj_m = ctx.work_email(sec), ctx.email(obj)
    law_m = ctx.org_email(lawyer, HELD_ORGS.get(firm) or COMPANIES[firm])
    n = ctx.number()
    t0 = ctx.when()
    subj = f"Hoorzitting bezwaar kenmerk {n}"
    m1 = Message((sec, sec_m), [(obj, obj_m)], subj, t0, body(
        ctx, "Geachte {s} {o:sur},\n\nUw bezwaarschrift tegen het besluit van {d} is ontvangen. De hoorzitting is op "
        "{d2} om 14.00 uur in het Stadskantoor, {a}. U kunt iemand meenemen.\n\n" + closing(ctx) + "\n\n{c:full}\n"
        "secretaris bezwaarcommissie\n{t}\n", s=obj.sir, o=obj, d=ctx.date(), d2=ctx.date(), a=body_address()[0],
        c=sec, t=ctx.direct_line()))
    m2 = Message((obj, obj_m), [(sec, sec_m)], "RE: " + subj, t0 + dt.timedelta(days=2, hours=3), body(
        ctx, "Geachte {c:hon},\n\nOp die dag kan ik niet, mijn dochter {d:first} wordt dan geopereerd. Mijn "
        "advocaat, {l:t_full} van {f}, komt mee. Kan het een week later? Mijn mobiele nummer is {t}.\n\n"
        "Met vriendelijke groet,\n{o:full}\n", c=sec, d=daughter, l=lawyer, f=org(firm), t=ctx.mobile(), o=obj))
    m3 = Message((sec, sec_m), [(obj, obj_m)], "RE: " + subj, t0 + dt.timedelta(days=3, hours=1), body(
        ctx, "Geachte {s} {o:sur},\n\nDat is akkoord. Wilt u de machtiging voor {l:t_sur} sturen naar {m}?\n\n"
        "Met vriendelijke groet,\n{c:f_sur}\n", s=obj.sir, o=obj, l=lawyer,
        m=ctx.mailbox("bezwaarschriften@dordrecht.nl"), c=sec), cc=[(lawyer, law_m)])
    m4 = Message((lawyer, law_m), [(sec, sec_m), (None, ctx.mailbox("bezwaarschriften@dordrecht.nl"))],
                 "RE: " + subj, t0 + dt.timedelta(days=4, hours=2), body(
        ctx, "Geachte {c:hon},\n\nBijgaand de machtiging van cliënt. Ik verzoek u de stukken ook aan mij toe te "
        "zenden.\n\nMet vriendelijke groet,\n\n{l:full}\nadvocaat\n{f}\nT {t}\n", c=sec, l=lawyer, f=org(firm),
        t=ctx.landline()), cc=[(obj, obj_m)])
    return [m4, m3, m2, m1]


def thread_language_cafe(ctx: Ctx) -> list[Message]:
    """Volunteers of a language café pair up with newcomers."""
    support = "Stichting Taalhuis Drechtsteden"
    coord, va, vb = ctx.staff(), ctx.resident(), ctx.resident()
    n1, n2, n3 = ctx.newcomer(), ctx.newcomer(), ctx.newcomer()
    cousin = ctx.relative(n1, "m")
    coord_m, va_m, vb_m = ctx.org_email(coord, HELD_ORGS[support]), ctx.email(va), ctx.email(vb)
    t0 = ctx.when()
    subj = "Nieuwe deelnemers taalcafé"
    m1 = Message((coord, coord_m), [(va, va_m), (vb, vb_m)], subj, t0, body(
        ctx, "Beste vrijwilligers,\n\nVanaf {d} start het taalcafé weer in {o}. Nieuwe deelnemers: {a:full} "
        "(" + n1.language + "), {b:full} (" + n2.language + ") en {c:first} (" + n3.language + "). Wie kan "
        "{a:first} op dinsdag ophalen bij {ad}?\n\nGroet,\n{k:first}\ncoördinator vrijwilligers, {s}\n{u}\n",
        d=ctx.date(), o=org("Bibliotheek AanZet"), a=n1, b=n2,
        c=n3, ad=ctx.address(), k=coord, s=org(support), u=ctx.url(coord)))
    m2 = Message((va, va_m), [(coord, coord_m)], "Re: " + subj, t0 + dt.timedelta(hours=5), body(
        ctx, "Hoi {k:first},\n\nIk wil {a:first} wel koppelen. Ik ken {a:poss} neef {c:first} al van de voetbal.\n\n"
        "{v:first}\n", k=coord, a=n1, c=cousin, v=va))
    m3 = Message((vb, vb_m), [(coord, coord_m)], "Re: " + subj, t0 + dt.timedelta(days=1), body(
        ctx, "Dag {k:first}, ik neem {b:low} en {c:first}. {b:first} heeft mijn nummer al ({t}).\n\nGr. {v:full}\n",
        k=coord, b=n2, c=n3, t=ctx.mobile(), v=vb))
    m4 = Message((coord, coord_m), [(va, va_m), (vb, vb_m)], "Re: " + subj, t0 + dt.timedelta(days=1, hours=2), body(
        ctx, "Top! {a:first} neemt {x:first}, {b:first} neemt {y:first} en {z:first}. Ik zet het in het schema.\n\n"
        "{k:first}\n", a=va, x=n1, b=vb, y=n2, z=n3, k=coord))
    return [m4, m3, m2, m1]


def thread_event_permit(ctx: Ctx) -> list[Message]:
    """A street party's permit: organiser, the municipality's permit officer and the police officer."""
    organiser, contact, officer, agent = ctx.resident(), ctx.resident(), ctx.staff(), ctx.resident()
    org_m, off_m = ctx.email(organiser), ctx.work_email(officer)
    agent_m = Ent(f"{_slug(agent.first)}.{_slug(agent.tussen)}{_slug(agent.core)}@politie.example", "EMAIL_ADDRESS")
    street = ctx.choice(STREETS)
    event = ctx.choice(("Keti Koti-viering", "Suikerfeestmarkt", "straatfeest", "burendag", "Newroz-viering"))
    t0 = ctx.when()
    subj = f"Aanvraag {event} {street}"
    m1 = Message((organiser, org_m), [(None, ctx.mailbox("evenementen@dordrecht.nl"))], subj, t0, body(
        ctx, "Beste mensen,\n\nWij organiseren op {d} een {e} in {s}. Er komen ongeveer 150 bezoekers. "
        "Contactpersoon op de dag is {c:full}, bereikbaar op {t}. Er komt een foodtruck van {f} (kenteken {k}).\n\n"
        "Met vriendelijke groet,\n{o:full}\n{ad}\n", d=ctx.date(), e=event, s=the(street), c=contact, t=ctx.mobile(),
        f=org("Evenementenbureau Riviervlucht"), k=ctx.plate(), o=organiser, ad=ctx.address(street)))
    m2 = Message((officer, off_m), [(organiser, org_m)], "RE: " + subj, t0 + dt.timedelta(days=6), body(
        ctx, "Geachte {s} {o:sur},\n\nDank voor uw aanvraag. Wij hebben nog een situatieschets nodig. De wijkagent, "
        "{a:t_full}, komt vooraf kijken en neemt contact op met {c:t_sur}.\n\n" + closing(ctx) + "\n\n{f:full}\n"
        "vergunningverlener evenementen\n{t}\n", s=organiser.sir, o=organiser, a=agent, c=contact, f=officer,
        t=ctx.direct_line()), cc=[(agent, agent_m)])
    m3 = Message((agent, agent_m), [(officer, off_m), (organiser, org_m)], "RE: " + subj,
                 t0 + dt.timedelta(days=7, hours=4), body(
        ctx, "Goedemiddag,\n\nIk kom donderdag om 16.00 uur langs in {s}. {c:first} kan mij bereiken op {t}.\n\n"
        "{a:f_sur}\nwijkagent, {p}\n", s=the(street), c=contact, t=ctx.mobile(), a=agent, p=org("Politie")))
    m4 = Message((organiser, org_m), [(agent, agent_m)], "Re: " + subj, t0 + dt.timedelta(days=7, hours=6), body(
        ctx, "Dank u wel! {c:first} en ik zijn er allebei.\n\n{o:first}\n", c=contact, o=organiser),
        cc=[(officer, off_m)])
    return [m4, m3, m2, m1]


def thread_council_questions(ctx: Ctx) -> list[Message]:
    """Written questions of a councillor travel from the griffie to the civil servants who answer them."""
    r, w = ctx.raadslid(), ctx.wethouder()
    a, b, sec = ctx.staff(), ctx.staff(), ctx.staff()
    res = ctx.resident()
    a_m, b_m, sec_m = ctx.work_email(a), ctx.work_email(b), ctx.work_email(sec)
    topic = ctx.choice(WOO_TOPICS)
    t0 = ctx.when()
    subj = "Schriftelijke vragen art. 42"
    m1 = Message((None, ctx.mailbox("raadsgriffie@dordrecht.nl")), [(a, a_m)], subj, t0, body(
        ctx, "Beste {a:first},\n\nBijgaand de schriftelijke vragen van raadslid {r:full} ({p}) over {t}. De "
        "beantwoording moet binnen dertig dagen, uiterlijk {d}.\n\nVraag 1: Is het college bekend met het bericht in "
        "{n} van {d2}?\nVraag 2: Klopt het dat wethouder {w:sur} de bewoners pas achteraf heeft geïnformeerd?\n\n"
        "Met vriendelijke groet,\nde griffie\n", a=a, r=r, p=org(r.extra), t=topic, d=ctx.date(),
        n=org(ctx.choice(NEWSPAPERS)), d2=ctx.date(), w=w))
    m2 = Message((a, a_m), [(b, b_m)], "FW: " + subj, t0 + dt.timedelta(hours=20), body(
        ctx, "Hoi {b:first},\n\nKun jij vraag 2 voor je rekening nemen? De bewoner die in het artikel wordt "
        "genoemd, {x:t_full}, heeft ons vorige maand ook gemaild ({e}). {x:poss_sur} mail zit in het dossier.\n\n"
        "Groet,\n{a:first}\n", b=b, x=res, e=ctx.email(res), a=a))
    m3 = Message((b, b_m), [(a, a_m)], "RE: " + subj, t0 + dt.timedelta(days=3), body(
        ctx, "Conceptantwoord staat in de map. {s:first}, wil jij het voorleggen aan wethouder {w:full}?\n\n"
        "{b:first}\n", s=sec, w=w, b=b), cc=[(sec, sec_m), (None, ctx.mailbox("secretariaat.college@dordrecht.nl"))])
    m4 = Message((sec, sec_m), [(b, b_m), (a, a_m)], "RE: " + subj, t0 + dt.timedelta(days=5), body(
        ctx, "Wethouder {w:sur} is akkoord met de antwoorden, met één aanpassing bij vraag 2. Ik stuur het door "
        "naar de griffie.\n\nGroet,\n{s:full}\nbestuurssecretaris\n", w=w, s=sec))
    return [m4, m3, m2, m1]


THREADS: tuple[Callable[[Ctx], list[Message]], ...] = (
    thread_hearing, thread_language_cafe, thread_event_permit, thread_council_questions,
)


def email_thread(ctx: Ctx, variant: int) -> Doc:
    """Each scenario in turn, each time in another client's layout."""
    msgs = THREADS[variant % len(THREADS)](ctx)
    style = ("outlook", "apple", "original", "gmail_en", "gmail_nl")[(variant // len(THREADS) + variant) % 5]
    return render_thread(ctx, msgs, style)


# --------------------------------------------------------------------------- case notes


PRIMARY_SCHOOLS: tuple[str, ...] = (
    "Kindcentrum Michiel de Ruyter", "basisschool De Wilgenhoek", "Kindcentrum De Schakel",
)


def case_whatsapp(ctx: Ctx) -> Doc:
    """An exported WhatsApp chat of a buddy team: senders are names as saved, or bare numbers.

    The lines are drawn from a pool (in chat order), so two exports never read the same.
    """
    rng, doc = ctx.rng, Doc(ctx.rng)
    v1, v2, v3 = ctx.resident(), ctx.resident(), ctx.resident()
    cl = ctx.newcomer()
    partner = ctx.relative(cl, "f" if cl.gender == "m" else "m")
    kid = ctx.relative(cl)
    y, m, d = ids.make_doc_date(rng)
    ios = rng.random() < 0.5
    v3_number = ctx.mobile()
    v2_suffix = ctx.choice(("", "", " VWN", " 🌻", " (buddy)"))
    team = ctx.choice(("Buddyteam Krispijn", "Maatjes Wielwijk", "Team Crabbehof", "Welkom in de Wijk Noord",
                       "Vrijwilligers Staart"))
    if rng.random() < 0.7:
        doc.text(f"WhatsApp-chat met {team}\n\n")
    clock = dt.datetime(y, m, d, 8, rng.randint(0, 59), rng.randint(0, 59))

    def line(sender: Any, template: str, **values: Any) -> None:
        nonlocal clock
        clock += dt.timedelta(minutes=rng.randint(1, 90), seconds=rng.randint(0, 59))
        doc.text(f"[{clock:%d-%m-%y %H:%M:%S}] " if ios else f"{clock:%d-%m-%Y %H:%M} - ")
        if sender is v1:
            doc.add(v1, "full")
        elif sender is v2:
            doc.add(v2, "first").text(v2_suffix)
        else:
            doc.add(v3_number)
        doc.text(": ")
        doc.put(template + "\n", **values)

    hospital = org(ctx.choice(("Albert Schweitzer ziekenhuis", "Zorgcentrum Johanna Naber")))
    pool: list[Callable[[], None]] = [
        lambda: line(v1, ctx.choice(("Goedemorgen! Wie kan vandaag met {c:first} mee naar de huisarts?",
                                     "Wie heeft er vanmiddag tijd voor {c:first}? Afspraak bij de tandarts 14.10",
                                     "Hoi allen, {c:first} zoekt iemand voor de gemeentebalie morgen")), c=cl),
        lambda: line(v2, ctx.choice(("Ik kan na 13u 👍", "Ik kan wel, maar pas na het werk", "Lukt mij!"))),
        lambda: line(v1, "Top. Adres is {ad}, {pc}. Bel even aan bij {c:t_sur}, de bel doet het niet dus bel {t}",
                     ad=ctx.address(), pc=ctx.postcode(), c=cl, t=ctx.mobile()),
        lambda: line(v3_number, "Hoi allemaal, dit is {v:first}, mijn nieuwe nummer. Kunnen jullie me toevoegen?",
                     v=v3),
        lambda: line(v1, "<Media weggelaten>"),
        lambda: line(v1, "Brief van {o} over {c:poss} uitkering. BSN staat erop: {b}. Niet doorsturen aub!",
                     o=org("Sociale Dienst Drechtsteden"), c=cl, b=ctx.bsn()),
        lambda: line(v2, "{c:low} belde net, {p:first} ligt in het {o} 😟", c=cl, p=partner, o=hospital),
        lambda: line(v3_number, "Dit bericht is verwijderd"),
        lambda: line(v3_number, "Ik kan morgen. {p:first} is geboren op {dob} toch? Dat vragen ze bij de balie",
                     p=partner, dob=ctx.dob()),
        lambda: line(v1, "Klopt. En {c:first} heeft een nieuwe telefoon: {t}", c=cl, t=ctx.mobile()),
        lambda: line(v2, "Profiel van {c:first}: {u} (voor als je zoekt)", c=cl, u=ctx.url(cl)),
        lambda: line(v2, "Afspraak bij {o} verzet naar {d}", o=org(ctx.choice(("IND", "COA", "Nidos"))),
                     d=ctx.num_date()),
        lambda: line(v1, "{k:first} ({k_age} jaar) mag na de zomer naar {s}! Inschrijving geregeld met juf {j:first}",
                     k=kid, k_age=str(rng.randint(5, 11)), s=org(ctx.choice(PRIMARY_SCHOOLS)), j=ctx.staff("f")),
        lambda: line(v3_number, "Wie heeft het IBAN van {c:first}? Voor de teruggave: {i} klopt dat?", c=cl,
                     i=ctx.iban()),
        lambda: line(v2, "{p:low} vraagt of iemand Nederlands met " + partner.noun("hem", "haar") + " wil oefenen 🙏",
                     p=partner),
        lambda: line(v1, "Weet iemand of {c:poss} aanvraag bij {o} al loopt? Zaaknummer {n}",
                     c=cl, o=org("Voedselbank Dordrecht"), n=ctx.number()),
    ]
    chosen = [0, *sorted(rng.sample(range(1, len(pool)), k=rng.randint(8, 12)))]
    for index in chosen:
        pool[index]()
    doc.text("\n")
    if rng.random() < 0.5:
        distractor(ctx, doc)
        doc.text("\n")
    return doc


def case_handover(ctx: Ctx) -> Doc:
    """A handover note from one volunteer to the next: family, contacts, open matters, tips."""
    rng, doc = ctx.rng, Doc(ctx.rng)
    support = ctx.choice(SUPPORT_ORGS)
    v1, v2 = ctx.resident(), ctx.resident()
    cl = ctx.newcomer()
    pa = ctx.relative(cl, "f" if cl.gender == "m" else "m")
    k1, k2 = ctx.relative(cl), ctx.relative(cl)
    km, dr, teacher, tolk, brother, cousin = (ctx.staff(), ctx.resident(), ctx.staff("f"), ctx.compatriot(cl),
                                              ctx.relative(cl, "m"), ctx.newcomer("m"))
    title = ctx.choice(("OVERDRACHT gezin {c:caps}", "Overdracht {c:full} en gezin", "Warme overdracht fam. {c:sur}"))
    from_form, to_form = ctx.choice(("full", "vd")), ctx.choice(("full", "first"))
    doc.put(title + "\nVan: {a:" + from_form + "} (vrijwilliger {o})\nAan: {b:" + to_form + "}\nDatum: {d}\n\n",
            c=cl, a=v1, o=org(support), b=v2, d=ctx.date())
    doc.put("Gezin\n- {c:full}, geb. {dob}, BSN {b}\n- partner: {p:full}, geb. {dob2}\n- kinderen: {k1:first} "
            "({age} jaar, {s}) en {k2:first} (geb. {dob3})\n- adres: {ad}, {pc} Dordrecht (sinds {m})\n"
            "- tel. {c:first}: {t1}; {p:first}: {t2}\n\n", c=cl, dob=ctx.dob(), b=ctx.bsn(), p=pa, dob2=ctx.dob(),
            k1=k1, age=str(rng.randint(5, 11)), s=org(ctx.choice(PRIMARY_SCHOOLS)), k2=k2,
            dob3=ctx.dob(child=True), ad=ctx.address(), pc=ctx.postcode(), m=ctx.month(), t1=ctx.mobile(),
            t2=ctx.mobile())
    doc.put("Contacten\n- klantmanager {o}: {k:full}, {e}, {t}\n- huisarts: dr. {dr:sur}, {h}\n"
            "- school: juf {j:first}\n- tolk " + tolk.language + ": {tl:first} (via {org2})\n\n",
            o=org("Sociale Dienst Drechtsteden"), k=km, e=ctx.org_email(km, HELD_ORGS["Sociale Dienst Drechtsteden"]),
            t=ctx.landline(), dr=dr, h=org("Huisartsenpraktijk Kortekaas & Bennani"), j=teacher, tl=tolk,
            org2=org(support))
    matters: list[Callable[[], None]] = [
        lambda: doc.put("- Gezinshereniging: {c:poss} broer {br:first} zit nog in {pl}. IND-zaak {n}.\n",
                        c=cl, br=brother, pl=ctx.choice(FAR_PLACES), n=ctx.number()),
        lambda: doc.put("- Schulden bij {co} en {bd}; aflossing via rekening {i}.\n",
                        co=org("Taxi Drechtsteden B.V."), bd=org("Belastingdienst"), i=ctx.iban()),
        lambda: doc.put("- De auto van {p:first} ({k}) staat op naam van een neef, {ne:full}. Let op boetes!\n",
                        p=pa, k=ctx.plate(), ne=cousin),
        lambda: doc.put("- {p:low} wil graag een taalmaatje ({pr}).\n", p=pa, pr=ctx.choice(PROGRAMMES)),
        lambda: doc.put("- Huurachterstand bij {o} is opgelost; {c:first} betaalt nu zelf via {i}.\n",
                        o=org(ctx.choice(("Woonbron", "Trivire", "Woonkracht10"))), c=cl, i=ctx.iban()),
        lambda: doc.put("- {k:first} heeft een zwemdiploma-traject via {pr}; {c:first} brengt {k:first} zelf.\n",
                        k=k1, pr=ctx.choice(PROGRAMMES), c=cl),
    ]
    doc.text("Lopende zaken\n")
    for index in sorted(rng.sample(range(len(matters)), k=rng.randint(3, 5))):
        matters[index]()
    doc.put("\nTips\n- {c:first} belt liever dan dat " + cl.he + " appt.\n- Niet na 20.00 uur bellen, dan slaapt "
            "{k:first}.\n", c=cl, k=k2)
    if rng.random() < 0.5:
        doc.text("- ")
        distractor(ctx, doc)
        doc.text("\n")
    doc.text("- ")
    homonym_distractor(doc, [v1, v2, km, dr])
    doc.put("Verder niets bijzonders.\n\nSucces! {a:first}\n", a=v1)
    return doc


INTAKE_NEEDS: tuple[str, ...] = (
    "{c:first} wil graag werken in de zorg, {s:low} wil eerst de taal leren. {k:first} heeft moeite op school. ",
    "{c:first} zoekt een andere woning, de huidige is te klein voor het gezin. {s:first} heeft rugklachten. ",
    "Vooral hulp bij post en formulieren. {k:first} tolkt nu vaak voor {c:first}, dat willen we niet. ",
    "{c:first} wil een opleiding tot chauffeur. {s:low} wil vrijwilligerswerk bij de voedselbank. ",
)


def case_intake(ctx: Ctx) -> Doc:
    """A structured intake form with a family table and free text below."""
    rng, doc = ctx.rng, Doc(ctx.rng)
    support = ctx.choice(SUPPORT_ORGS)
    vw, ref = ctx.resident(), ctx.staff()
    cl = ctx.newcomer()
    sp = ctx.relative(cl, "f" if cl.gender == "m" else "m")
    kid, tolk = ctx.relative(cl), ctx.compatriot(cl)
    doc.put("INTAKEFORMULIER {o}\nDatum intake: {d}        Intaker: {v:f_sur}\n\n", o=org(support),
            d=ctx.num_date(), v=vw)
    doc.put("Achternaam: {c:sur}\nVoornaam: {c:first}\nGeboortedatum: {dob}\nGeboorteplaats: {pl}\nBSN: {b}\n"
            "Adres: {ad}\nPostcode/woonplaats: {pc} Dordrecht\nTelefoon: {t}\nE-mail: {e}\nIBAN: {i}\n"
            "Taal: " + cl.language + "\nTolk nodig: ja, {tl:full} (registratienummer {n})\n\n",
            c=cl, dob=ctx.dob(), pl=ctx.choice(FAR_PLACES), b=ctx.bsn(), ad=ctx.address(), pc=ctx.postcode(),
            t=ctx.mobile(), e=ctx.email(cl), i=ctx.iban(), tl=tolk, n=ctx.number())
    doc.put("Gezinsleden\n| naam | relatie | geboortedatum |\n| --- | --- | --- |\n| {s:full} | partner | {d1} |\n"
            "| {k:full} | kind | {d2} |\n\n", s=sp, d1=ctx.dob(), k=kid, d2=ctx.dob(child=True))
    doc.put("Hulpvraag (in eigen woorden)\n" + ctx.choice(INTAKE_NEEDS), c=cl, s=sp, k=kid)
    if rng.random() < 0.5:
        distractor(ctx, doc)
    doc.put("\n\nAfspraken\n- {v:first} belt {c:cl} op {wd}.\n- Doorverwijzing naar {o}, contactpersoon {r:full} "
            "({e}).\n", v=vw, c=cl, wd=ctx.choice(DUTCH_DAYS[:5]), o=org("Sociale Dienst Drechtsteden"), r=ref,
            e=ctx.org_email(ref, HELD_ORGS["Sociale Dienst Drechtsteden"]))
    return doc


def case_logbook(ctx: Ctx) -> Doc:
    """A week log of a municipal consultant in shorthand: times, arrows, lower-case names."""
    rng, doc = ctx.rng, Doc(ctx.rng)
    consultant, km, vw = ctx.staff(), ctx.staff(), ctx.resident()
    c1, c2 = ctx.newcomer(), ctx.newcomer()
    fam_mother = ctx.relative(c2, "f")
    daughter, tolk, neighbour = ctx.relative(c1, "f"), ctx.compatriot(c1), ctx.resident()
    doc.put("Logboek week {w} — consulent statushouders ({c:f_sur})\n\n", w=str(rng.randint(2, 50)), c=consultant)
    entries: list[Callable[[], None]] = [
        lambda: doc.put("ma 09.10  tel. {a:cl} -> vraagt naar stand aanvraag bijz. bijstand; doorgezet naar {k:first} "
                        "(SDD).\n", a=c1, k=km),
        lambda: doc.put("ma 11.30  huisbezoek fam. {b:sur} ({ad}). {m:low} erg moe, kinderen slapen slecht.\n",
                        b=c2, ad=ctx.address(), m=fam_mother),
        lambda: doc.put("di 14.00  overleg met {v:t_sur} ({o}) + tolk {t:first}. Afspraak: {v:first} gaat mee naar "
                        "{i}.\n", v=vw, o=org("Vluchtelingenwerk Dordrecht"), t=tolk, i=org("IND")),
        lambda: doc.put("wo ---   {a:sur} niet bereikbaar op {t}; sms gestuurd.\n", a=c1, t=ctx.mobile()),
        lambda: doc.put("do 10.15  {a:poss_sur} dochter {d:first}, geb {dob}, aangemeld bij {s}.\n", a=c1, d=daughter,
                        dob=ctx.dob(child=True), s=org("ISK Dordrecht")),
        lambda: doc.put("do 15.40  mail van {n:low_full} ({e}) over overlast bij {b:first} thuis -> doorgezet naar "
                        "wijkteam.\n", n=neighbour, e=ctx.email(neighbour), b=c2),
        lambda: doc.put("vr 08.50  {b:cl} gebeld: IBAN gewijzigd naar {i}, doorgeven aan SDD.\n", b=c2, i=ctx.iban()),
        lambda: doc.put("vr 11.00  {m:first} ({b:poss_sur} vrouw) vraagt om tolk " + fam_mother.language +
                        " bij gesprek {o}.\n", m=fam_mother, b=c2, o=org("Dienst Gezondheid & Jeugd")),
        lambda: doc.put("vr 16.45  overdracht: dossier {a:first} en dossier {b:first} gaan naar collega {k:full}.\n",
                        a=c1, b=c2, k=km),
    ]
    for index in sorted(rng.sample(range(len(entries)), k=rng.randint(6, 9))):
        entries[index]()
        if rng.random() < 0.12:
            doc.text("          ")
            distractor(ctx, doc)
            doc.text("\n")
    doc.put("\nBSN {a:first}: {b}\n", a=c1, b=ctx.bsn())
    return doc


# --------------------------------------------------------------------------- complaints

OBJECTIONS: tuple[tuple[str, str], ...] = (
    ("naheffingsaanslag parkeerbelasting", "Op het moment van de controle stond mijn auto ({k}) op de "
     "gehandicaptenparkeerplaats voor mijn eigen woning, met de kaart zichtbaar achter de voorruit."),
    ("terugvordering bijstand", "De gemeente vordert {bedrag} terug omdat ik inkomsten niet zou hebben gemeld. Die "
     "inkomsten waren een gift van mijn broer voor de begrafenis van onze moeder."),
    ("afwijzing scootmobiel (Wmo)", "Ik kan niet meer dan honderd meter lopen. Het keukentafelgesprek duurde tien "
     "minuten en mijn huisarts is niet geraadpleegd."),
    ("weigering omgevingsvergunning dakkapel", "Twee buren hebben precies zo'n dakkapel gekregen, op nummer 14 en 22."),
)


def complaint_objection(ctx: Ctx) -> Doc:
    """A bezwaarschrift written by the objector, with a BSN and an IBAN for costs."""
    rng, doc = ctx.rng, Doc(ctx.rng)
    a, staff, n = ctx.resident(), ctx.staff(), ctx.resident()
    subject, ground = ctx.choice(OBJECTIONS)
    doc.put("{a:full}\n{ad}\n{pc} Dordrecht\nBSN: {b}\n\nAan het college van burgemeester en wethouders\n"
            "{pb}\n{ppc} Dordrecht\n\nDordrecht, {d}\n\n", a=a, ad=ctx.address(), pc=ctx.postcode(), b=ctx.bsn(),
            pb=body_po_box()[0], ppc=body_po_box()[1], d=ctx.date())
    doc.put("Onderwerp: bezwaarschrift tegen uw besluit van {d} (kenmerk {n}), {s}\n\nGeachte heer, mevrouw,\n\n"
            "Hierbij maak ik bezwaar tegen uw besluit. Mijn gronden zijn:\n\n1. ", d=ctx.date(), n=ctx.number(),
            s=subject)
    doc.put(ground + "\n", k=ctx.plate(), bedrag=f"€ {rng.randint(300, 4800)},-")
    doc.put("2. Uw medewerker, {s:t_full}, heeft mij telefonisch toegezegd dat ik eerst gehoord zou worden. Dat is "
            "niet gebeurd.\n3. Mijn " + n.noun("buurman", "buurvrouw") + ", {n:t_sur}, kan bevestigen wat ik "
            "schrijf; " + n.he + " is bereikbaar op {t}.\n\n", s=staff, n=n, t=ctx.phone())
    if rng.random() < 0.5:
        distractor(ctx, doc)
        doc.text("\n\n")
    doc.put("Ik wil graag worden gehoord. De proceskosten verzoek ik over te maken op {i} t.n.v. {a:ini}.\n\n"
            "Hoogachtend,\n\n(handtekening)\n{a:" + ctx.choice(("full", "ini", "full")) + "}\n\nBijlagen: kopie "
            "besluit, kopie identiteitsbewijs\n", i=ctx.iban(), a=a)
    return doc


def complaint_lawyer(ctx: Ctx) -> Doc:
    """A bezwaarschrift submitted by a lawyer on behalf of a client."""
    doc = Doc(ctx.rng)
    firm = ctx.choice(LAW_FIRMS)
    lawyer, cl, servant = ctx.resident(), ctx.newcomer(), ctx.staff()
    domain = HELD_ORGS.get(firm) or COMPANIES[firm]
    doc.put("{o}\n\nAan het college van burgemeester en wethouders van Dordrecht\nper e-mail: {m}\n\n{d}\n\n",
            o=org(firm), m=ctx.mailbox("bezwaarschriften@dordrecht.nl"), d=ctx.date())
    doc.put("Betreft: pro-forma bezwaar {c:t_sur} / besluit van {d}\n\nGeacht college,\n\nNamens mijn cliënt, "
            "{c:t_full}, geboren op {dob}, wonende aan de {ad} te Dordrecht, BSN {b}, maak ik bezwaar tegen uw "
            "besluit van {d} waarbij de aanvraag bijzondere bijstand voor woninginrichting is afgewezen.\n\n",
            c=cl, d=ctx.date(), dob=ctx.dob(), ad=ctx.address(), b=ctx.bsn())
    doc.put("Uw klantmanager, {s:t_sur}, heeft niet onderzocht of {c:first} voor de inrichting een lening kon "
            "krijgen. De gronden vul ik binnen vier weken aan. Graag ontvang ik het dossier, inclusief de "
            "gespreksverslagen van {s:full}.\n\n", s=servant, c=cl)
    doc.put("Hoogachtend,\n\n{l:full}\nadvocaat\n{o}\nT {t} | {e}\n", l=lawyer, o=org(firm), t=ctx.landline(),
            e=ctx.org_email(lawyer, domain))
    if ctx.rng.random() < 0.6:
        doc.put("{u}\n", u=ctx.url(lawyer))
    return doc


def complaint_webform(ctx: Ctx) -> Doc:
    """A complaint submitted through the web form, exported field by field."""
    rng, doc = ctx.rng, Doc(ctx.rng)
    a, c, c2 = ctx.resident(), ctx.staff(), ctx.staff()
    son = ctx.relative(a, "m")
    when = ctx.when()
    doc.put("Formulier: Klacht indienen\nIngediend op: {w}\nReferentie: {n}\n\n--- Uw gegevens ---\nAanhef: {s}\n"
            "Naam: {a:" + ctx.choice(("full", "full", "upper", "low_full")) + "}\nStraat en huisnummer: {ad}\n"
            "Postcode: {pc}\nWoonplaats: Dordrecht\nTelefoonnummer: {t}\nE-mailadres: {e}\n\n--- Uw klacht ---\n"
            "Over welke afdeling gaat uw klacht? Publiekszaken\nDatum voorval: {d}\nOmschrijving:\n",
            w=fmt_when(when, "iso"), n=ctx.number(), s="Heer" if a.gender == "m" else "Mevrouw", a=a,
            ad=ctx.address(), pc=ctx.postcode(), t=ctx.phone(), e=ctx.email(a), d=ctx.num_date())
    doc.put("De medewerker aan balie 4, volgens het naambordje '{c:first}', weigerde de paspoortaanvraag voor mijn "
            "zoon {z:first} omdat de pasfoto niet goed zou zijn. De foto was gemaakt bij de fotograaf naast het "
            "Stadskantoor. Later belde {c2:t_sur} mij terug en zei dat de foto wel goed was. Ik moest opnieuw een "
            "afspraak maken en vrij nemen. {c:first} was bovendien onvriendelijk tegen {z:low}.\n\n", c=c, z=son, c2=c2)
    if rng.random() < 0.5:
        distractor(ctx, doc)
        doc.text("\n")
    doc.put("Wat wilt u bereiken? Excuses en vergoeding van de leges.\nIBAN voor terugbetaling: {i}\n"
            "Wilt u teruggebeld worden? Ja, op {t}\n", i=ctx.iban(), t=ctx.phone())
    return doc


def complaint_enforcement(ctx: Ctx) -> Doc:
    """A resident complains that enforcement ignores a neighbour's vehicles; names a wethouder in role."""
    doc = Doc(ctx.rng)
    a, boa, nb = ctx.resident(), ctx.staff(), ctx.resident()
    w = ctx.wethouder()
    street = ctx.choice(STREETS)
    doc.put("{a:full}\n{ad}\n{pc}  Dordrecht\n{e}\n\nAan: klachtencoördinator gemeente Dordrecht ({k})\n\n"
            "{d}\n\nKlacht over het uitblijven van handhaving\n\n", a=a, ad=ctx.address(street), pc=ctx.postcode(),
            e=ctx.email(a), k=ctx.mailbox("klachten@dordrecht.nl"), d=ctx.date())
    doc.put("Geachte klachtencoördinator,\n\nAl sinds {m} staan een caravan ({k1}) en een bestelbus ({k2}) van mijn "
            + nb.noun("overbuurman", "overbuurvrouw") + ", {n:t_full}, op de openbare weg in {s}. Ik heb dit "
            "vier keer gemeld. De handhaver die langskwam, {b:t_sur}, zei dat de gemeente 'er niets aan kan "
            "doen'. ", m=ctx.month(), k1=ctx.plate(),
            k2=ctx.plate(), n=nb, s=the(street), b=boa)
    homonym_distractor(doc, [a, nb, boa])
    doc.put("In de krant lees ik dat wethouder {w:full} juist strenger wil optreden tegen foutparkeren. Dat rijmt "
            "niet.\n\nIk verwacht binnen zes weken een reactie, zoals de Algemene wet bestuursrecht voorschrijft. "
            "Krijg ik die niet, dan stap ik naar de {o}.\n\n" + closing(ctx) + "\n{a:" +
            ctx.choice(("full", "ini", "first")) + "}\n{t}\n", w=w, o=org("Nationale ombudsman"), a=a, t=ctx.phone())
    return doc


# --------------------------------------------------------------------------- memos


def memo_minutes(ctx: Ctx) -> Doc:
    """A meeting report (verslag) naming attendees: officials keep, staff and residents redact."""
    rng, doc = ctx.rng, Doc(ctx.rng)
    w, r = ctx.wethouder(), ctx.raadslid()
    s1, s2, s3, s4 = ctx.staff(), ctx.staff(), ctx.staff(), ctx.staff()
    o1, o2, res = ctx.resident(), ctx.resident(), ctx.resident()
    org1, org2 = ctx.choice(SUPPORT_ORGS), ctx.choice(("Woonbron", "Trivire", "COA", "Voedselbank Dordrecht"))
    topic = ctx.choice(("opvang Oekraïense ontheemden", "wachtlijst schuldhulp", "huisvesting statushouders",
                        "veiligheid rond de Vrieseweg", "taalaanbod voor nieuwkomers"))
    street = body_address()[0]
    doc.put("VERSLAG overleg {t}\nDatum: {d}, 10.00-11.30 uur\nLocatie: Stadskantoor, {a}, kamer 4.12\n\n",
            t=topic, d=ctx.date(), a=street)
    doc.put("Aanwezig: wethouder {w:full} (voorzitter), {a:full} ({fa}), {b:ini} ({fb}), {c:full} ({o1}), {e:full} "
            "({o2}), raadslid {r:full} ({p}) als toehoorder\nAfwezig met bericht: {f:full}\nVerslag: {g:full}\n\n",
            w=w, a=s1, fa=ctx.choice(SERVANT_FUNCTIONS), b=s2, fb=ctx.choice(SERVANT_FUNCTIONS), c=o1, o1=org(org1),
            e=o2, o2=org(org2), r=r, p=org(r.extra), f=s3, g=s4)
    doc.put("1. Opening en mededelingen\nDe wethouder opent de vergadering. {a:first} meldt dat de subsidie voor "
            "{pr} is toegekend. ", a=s1, pr=ctx.choice(PROGRAMMES))
    if rng.random() < 0.6:
        distractor(ctx, doc)
    doc.put("\n\n2. Stand van zaken\n{c:T_sur} vertelt dat er nu 34 mensen op de wachtlijst staan. Een bewoner, "
            "{x:t_full}, heeft een klacht ingediend over de gang van zaken; {x:poss_sur} dossier ligt bij {b:f_sur}. "
            "{w:sur} vraagt om in de volgende vergadering met cijfers te komen. {e:first} vult aan dat {o} de "
            "wachttijden ook ziet oplopen.\n\n", c=o1, x=res, b=s2, w=w, e=o2, o=org(org2))
    doc.put("3. Rondvraag\nRaadslid {r:sur} vraagt of de raad wordt geïnformeerd. De wethouder zegt een "
            "raadsinformatiebrief toe.\n\nActiepunten\n| nr | actie | wie | wanneer |\n| --- | --- | --- | --- |\n"
            "| 1 | cijfers wachtlijst | {a:first} | {d1} |\n| 2 | contact met bewoner | {b:f_sur} | {d2} |\n"
            "| 3 | conceptbrief raad | {g:first} | {d3} |\n\nVolgend overleg: {d4}\n", r=r, a=s1, d1=ctx.num_date(),
            b=s2, d2=ctx.num_date(), g=s4, d3=ctx.num_date(), d4=ctx.date())
    return doc


def memo_college_advice(ctx: Ctx) -> Doc:
    """A college advice: portfolio holder keep, author and reviewers redact, national officials keep."""
    rng, doc = ctx.rng, Doc(ctx.rng)
    w, r = ctx.wethouder(), ctx.raadslid()
    author, lead, jur = ctx.staff(), ctx.staff(), ctx.staff()
    ext, res = ctx.resident(), ctx.resident()
    k, m = ctx.choice(ctx.roster.kamerleden), ctx.choice(ctx.roster.ministers)
    ext_org = ctx.choice(SUPPORT_ORGS)
    topic = ctx.choice(WOO_TOPICS)
    doc.put("COLLEGEADVIES\n\nOnderwerp: {t}\nPortefeuillehouder: {w:full}\nSteller: {a:full}, {f}\nTelefoon: {tel}\n"
            "E-mail: {e}\nParaaf teamleider: {l:ini}\nRegistratienummer: {n}\nBesproken met: {x:full} ({o}); "
            "{j:full} (Juridische Zaken)\n\n", t=topic, w=w, a=author, f=ctx.choice(SERVANT_FUNCTIONS),
            tel=ctx.direct_line(), e=ctx.work_email(author), l=lead, n=ctx.number(), x=ext, o=org(ext_org), j=jur)
    doc.text("Voorgesteld besluit\n1. Kennis te nemen van de evaluatie.\n2. De raad te informeren met bijgaande "
             "raadsinformatiebrief.\n\nInleiding\n")
    doc.put("Op verzoek van raadslid {r:full} ({p}) is onderzocht hoe het project is verlopen. Een inwoner, "
            "{x:t_full}, heeft hierover ook een Woo-verzoek ingediend. ", r=r, p=org(r.extra), x=res)
    doc.put("Tweede Kamerlid {k:full} ({kp}) stelde in {mo} vragen aan de minister van {mi}, {m:full}. De minister "
            "antwoordde dat gemeenten zelf verantwoordelijk zijn.\n\n", k=k, kp=org(k.extra), mo=ctx.month(),
            mi=m.extra, m=m)
    if rng.random() < 0.6:
        distractor(ctx, doc)
        doc.text("\n\n")
    doc.put("Afstemming\n{j:first} heeft de juridische paragraaf gecontroleerd. {x:T_sur} ({o}) kan zich vinden in "
            "de conclusies.\n", j=jur, x=ext, o=org(ext_org))
    return doc


def memo_handover(ctx: Ctx) -> Doc:
    """An internal handover note between civil servants about a reception location."""
    rng, doc = ctx.rng, Doc(ctx.rng)
    s1, s2, s3 = ctx.staff(), ctx.staff(), ctx.staff()
    mgr, guard = ctx.resident(), ctx.resident()
    r3 = ctx.newcomer()
    r1, r2 = ctx.compatriot(r3), ctx.newcomer()
    burg, k = ctx.roster.burgemeester, ctx.choice(ctx.roster.kamerleden)
    street = ctx.choice(STREETS)
    doc.put("Notitie\nAan: {a:full}\nVan: {b:full}\nCc: {c:exch}; {m}\nDatum: {d}\nBetreft: overdracht "
            "opvanglocatie {s}\n\n", a=s1, b=s2, c=s3, m=ctx.mailbox("servicedesk@dordrecht.nl"), d=ctx.date(),
            s=street)
    doc.put("{a:first},\n\nMet ingang van {d} neem jij de coördinatie van de opvanglocatie aan {s} van mij over. "
            "Hieronder de belangrijkste zaken.\n\n", a=s1, d=ctx.date(), s=the(street))
    doc.put("Contactpersonen\n- locatiemanager {o}: {g:full}, {t}, {e}\n- beveiliging ({b}): dienstdoend {h:first}, "
            "{t2}\n- bewonerscommissie: {x:full} en {y:full}\n- algemeen: {m}\n\n", o=org("COA"), g=mgr,
            t=ctx.mobile(), e=ctx.email(mgr, "coa.example"), b=org("Beveiliging Zuidwaard B.V."), h=guard,
            t2=ctx.mobile(), x=r1, y=r2, m=ctx.mailbox("servicedesk@dordrecht.nl"))
    doc.put("Aandachtspunten\n- {z:T_full} (kamer 12, geb. {dob}) heeft een medische indicatie voor een "
            "benedenkamer. {z:first} spreekt alleen " + r3.language + "; {x:first} tolkt.\n- Parkeervergunningen: {k1} "
            "({y:first}) en {k2} ({z:low}).\n- Burgemeester {bu:full} bezoekt de locatie op {d} samen met "
            "Kamerlid {k:full}.\n", z=r3, dob=ctx.dob(), x=r1, k1=ctx.plate(), y=r2, k2=ctx.plate(), bu=burg,
            d=ctx.date(), k=k)
    if rng.random() < 0.5:
        doc.text("- ")
        distractor(ctx, doc)
        doc.text("\n")
    doc.put("\nBel me gerust als er iets is: {t}.\n\n{b:first}\n", t=ctx.mobile(), b=s2)
    return doc


def memo_council_letter(ctx: Ctx) -> Doc:
    """A raadsinformatiebrief signed by the secretary and the mayor, naming national officials."""
    doc = Doc(ctx.rng)
    w, r = ctx.wethouder(), ctx.raadslid()
    contact = ctx.staff()
    k, m = ctx.choice(ctx.roster.kamerleden), ctx.choice(ctx.roster.ministers)
    sec, burg = ctx.roster.secretaris, ctx.roster.burgemeester
    topic = ctx.choice(WOO_TOPICS)
    doc.put("RAADSINFORMATIEBRIEF\n\nAan: de gemeenteraad van Dordrecht\nVan: het college van burgemeester en "
            "wethouders\nDatum: {d}\nPortefeuillehouder: wethouder {w:full}\nContactpersoon: {c:full}, {t}\n"
            "Onderwerp: {s}\n\nGeachte leden van de raad,\n\n", d=ctx.date(), w=w, c=contact, t=ctx.direct_line(),
            s=topic)
    doc.put("In uw vergadering van {d} heeft raadslid {r:full} ({p}) gevraagd naar de stand van zaken rond {s}. Met "
            "deze brief informeren wij u. ", d=ctx.date(), r=r, p=org(r.extra), s=topic)
    doc.put("Minister {m:full} heeft op {d} laten weten dat het Rijk de kosten vergoedt tot {d2}. Kamerlid {k:full} "
            "({kp}) heeft daarover een motie ingediend.\n\n", m=m, d=ctx.date(), d2=ctx.date(), k=k, kp=org(k.extra))
    distractor(ctx, doc)
    doc.put("\n\nWethouder {w:sur} is bereid dit toe te lichten in de commissie van {d}.\n\nHoogachtend,\n\n"
            "het college van burgemeester en wethouders van Dordrecht,\n\nde secretaris,                  "
            "de burgemeester,\n\n{s:full}                 {b:full}\n", w=w, d=ctx.date(), s=sec, b=burg)
    return doc


# --------------------------------------------------------------------------- driver

Builder = Callable[[Ctx], Doc]
BUILDERS: dict[str, tuple[Builder, ...]] = {
    "letter": (letter_woo_request, letter_woo_acknowledgement, letter_school, letter_association,
               letter_zienswijze, letter_address_check),
    "email": (email_forwarded, email_woo_autoreply, email_school_care, email_volunteer_update,
              email_griffie_invitation, email_debt_case),
    "case_note": (case_whatsapp, case_handover, case_intake, case_logbook),
    "complaint": (complaint_objection, complaint_lawyer, complaint_webform, complaint_enforcement),
    "memo": (memo_minutes, memo_college_advice, memo_handover, memo_council_letter),
}


def generate(seed: int = SEED) -> list[dict[str, Any]]:
    """All documents in a shuffled kind order; each kind cycles through all of its templates."""
    rng = random.Random(seed)
    roster = make_roster(rng)
    kinds = [kind for kind, count in KIND_COUNTS.items() for _ in range(count)]
    rng.shuffle(kinds)
    seen: Counter[str] = Counter()
    records = []
    for i, kind in enumerate(kinds, start=1):
        ctx = Ctx(rng, roster)
        variant = seen[kind]
        seen[kind] += 1
        if kind == "email_thread":
            doc = email_thread(ctx, variant)
        else:
            builders = BUILDERS[kind]
            doc = builders[variant % len(builders)](ctx)
        if kind == "memo" and rng.random() < 0.3:
            wrapped = Doc(rng)
            letterhead(ctx, wrapped)
            wrapped.extend(doc)
            doc = wrapped
        records.append(doc.finish(f"held-{i:03d}", kind))
    return records


def statistics(records: list[dict[str, Any]]) -> tuple[Counter[str], Counter[tuple[str, str]], Counter[str]]:
    """Documents per kind, spans per (entity, decision), PERSON redact spans per origin."""
    kinds: Counter[str] = Counter(r["kind"] for r in records)
    spans: Counter[tuple[str, str]] = Counter((s["entity"], s["decision"]) for r in records for s in r["spans"])
    origins: Counter[str] = Counter(
        s["origin"] for r in records for s in r["spans"]
        if s["entity"] == "PERSON" and s["decision"] == "redact" and "origin" in s
    )
    return kinds, spans, origins


README_HEAD = """# Held-out set: synthetic Dutch Woo documents that nobody tunes on

`heldout.jsonl` holds {n_docs} invented documents of the six kinds of the development set (letter, email,
email_thread, case_note, complaint, memo), labelled with the **same JSONL format and label conventions**
(see `eval/devset/README.md`). It exists because the dev set's misses were read while the engine was
improved, so dev-set scores are optimistic. This set measures generalisation.

**Rules.** Do not tune on this set. Run only the summary:

    .venv/bin/python -m eval.evaluate --devset eval/heldout/heldout.jsonl | grep -v '^  held-'

(the text report lists every keep violation by itself when there are any; the filter keeps only the
table and the counts; `--json` without `--show-misses` holds no findings either). Never use
`--show-misses`, and do not read the engine's misses here. When a
held-out score disappoints, write a new dev-set case that shows the problem, fix the engine on the dev
set, and come back here only to measure.

**Generated, do not edit by hand.** Regenerate with

    .venv/bin/python -m eval.generate_heldout

`eval/generate_heldout.py` is pure standard library with a fixed seed ({seed}, not the dev set's), so
the file is byte-for-byte reproducible; `tests/eval/test_heldout.py` checks that the file on disk is
what the generator writes and that the builder's self-check passes.

## How it differs from the development set

- **Own templates** (other topics, wordings and layouts), several per kind, each kind cycling through
  all of them:
  - letters: a Woo request by a resident or journalist; the body's acknowledgement (meta block with
    `Ons kenmerk`, `Behandeld door`, direct line) or decision signed by the gemeentesecretaris and the
    burgemeester; a school's letter to parents about a pupil's absence (pupil data block, leerplicht);
    an association's letter to the council naming councillors and a wethouder in their role; a
    company's zienswijze (art. 4.4 Woo); a BRP address investigation listing residents as
    `ACHTERNAAM, Voornaam` with dates of birth and BSNs;
  - e-mails: a forwarded resident mail under `---------- Doorgestuurd bericht ---------` (or the
    English Gmail `Forwarded message`) with `Date:`/`Subject:`/`To:` labels; the Woo mailbox's
    automatic reply above `-----Oorspronkelijk bericht-----`; a school's care report in an English
    Outlook header with `From: 'Achternaam, Voornaam'`; a volunteer's update "sent from my phone";
    the griffie's invitation to an information evening; a debt-support mail with Exchange display
    names (`"Linden, Marloes van der"`);
  - threads: hearing of a bezwaarschrift (objector, commission secretary, lawyer), a language café's
    volunteers, a street-party permit with the police officer, a councillor's written questions
    passed between civil servants; rendered as Outlook (`____` separator), `-----Oorspronkelijk
    bericht-----`, Apple Mail (`Op ... heeft X <adres> het volgende geschreven:`), Gmail Dutch or English
    (`On ..., X <adres> wrote:`) with nested `> > ` quotes;
  - case notes: a WhatsApp export (iOS `[dd-mm-jj uu:mm:ss] Naam:` and Android `dd-mm-jjjj uu:mm -
    Naam:`, senders saved as full name, first name or a bare phone number, `<Media weggelaten>`), a
    handover note between volunteers, an intake form with a family table, a consultant's week log in
    shorthand;
  - complaints: a bezwaarschrift by the objector (BSN, IBAN for costs), a pro-forma bezwaar by a
    lawyer for a client, a web-form export, a complaint about enforcement with licence plates;
  - memos: a meeting report (verslag) with `Aanwezig:`, `Afwezig met bericht:`, an action table, a
    collegeadvies (`Portefeuillehouder:`, `Steller:`, `Paraaf`), a handover note between civil
    servants about a reception location, a raadsinformatiebrief signed by secretary and mayor.
- **Own names** (`eval/heldout_names.py`), written without reading the engine's lexicons or the dev
  set's pools: Dutch (with tussenvoegsels and full initials `H.J.M.`), Frisian, Flemish (capital
  particles), Moroccan/Berber, Turkish, Kurdish, Surinamese Hindustani, Javanese and Creole,
  Antillean, Moluccan, Indonesian, Syrian, Iraqi, Afghan, Iranian, Somali, Eritrean, Ethiopian,
  Sudanese, Yemeni, Ukrainian, Polish, Romanian, Bulgarian, Portuguese, Cape Verdean, Chinese
  (including Cantonese), Vietnamese (`Van Hung Nguyen`), Ghanaian, Nigerian, Congolese. Gendered
  surnames (`Kamiński`/`Kamińska`, `Petrov`/`Petrova`), married double names (`Yıldız-van der Pol`),
  families sharing a surname, 8% mixed origins.
- **Own officials** (burgemeester, a wethouder per portfolio, raadsleden, griffier,
  gemeentesecretaris, Kamerleden, ministers), all invented and gold keep in their role, including
  surname-only mentions in a role context (`Wethouder Achternaam`, `Raadslid Achternaam`, the chair
  of a verslag referred to by surname alone).
- **Extra surface forms** besides all of the dev set's (full, first name, surname, initials, titles
  outside the span, possessives, lower-case slips, reversed names, capitals, names in headers and
  quoted replies): Exchange display names (`Linden, Marloes van der`), one initial (`B. van der Pol`),
  register style (`VAN DER POL, Bram`), all capitals (`BRAM VAN DER POL`), first names as WhatsApp
  senders, work addresses with only a first name (`voornaam@organisatie.example`).
- **Other identifiers and contacts**: direct lines that share the switchboard's prefix
  (`078 770 1234`, redact) next to the switchboard (keep); more functional mailboxes of the body
  (`leerplicht@`, `bezwaarschriften@`, `evenementen@`, keep) and of organisations (`bestuur@`,
  `administratie@`, keep); other private mail domains.
- **Own hard negatives**: surnames that are Dutch words written as words (`de koster`, `de post`,
  `Storm en regen`, `een merel`), streets and organisations named after people (`Anton de Komplein`,
  `Kindcentrum Michiel de Ruyter`, `Zorgcentrum Johanna Naber`, `Advocatenkantoor Verschoor & El
  Baghdadi`), nine-digit kenmerk-, factuur-, polis- and registratienummers failing the 11-proef,
  IBAN look-alikes with a wrong check, WhatsApp time stamps and letter/meeting dates in numeric form
  (`03-06-25`, `12-03-2025`) that look like dates of birth, capitalised month names.

## Counts
"""


def render_readme(records: list[dict[str, Any]]) -> str:
    """The README with its counts computed from the records (so it cannot go stale)."""
    kinds, spans, origins = statistics(records)
    lines = [README_HEAD.format(n_docs=len(records), seed=SEED)]
    lines.append("Documents per kind:\n\n| kind | documents |\n| --- | ---: |")
    lines += [f"| {k} | {kinds[k]} |" for k in KIND_COUNTS]
    lines.append(f"| **total** | **{len(records)}** |\n")
    lines.append("Spans per entity and decision:\n\n| entity | redact | keep |\n| --- | ---: | ---: |")
    for entity in sorted({e for e, _d in spans}):
        lines.append(f"| {entity} | {spans[(entity, 'redact')]} | {spans[(entity, 'keep')]} |")
    total_r = sum(v for (_e, d), v in spans.items() if d == "redact")
    total_k = sum(v for (_e, d), v in spans.items() if d == "keep")
    lines.append(f"| **total** | **{total_r}** | **{total_k}** |\n")
    lines.append("PERSON redact spans per origin:\n\n| origin | spans |\n| --- | ---: |")
    lines += [f"| {o} | {n} |" for o, n in sorted(origins.items())]
    return "\n".join(lines) + "\n"


def write(records: list[dict[str, Any]], out: Path) -> None:
    """One JSON object per line (UTF-8, not ASCII-escaped, so diffs stay readable) and the README."""
    out.mkdir(parents=True, exist_ok=True)
    with (out / "heldout.jsonl").open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    (out / "README.md").write_text(render_readme(records), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HELDOUT_DIR, help="output directory")
    args = parser.parse_args(argv)
    records = generate()
    write(records, args.out)
    kinds, spans, _origins = statistics(records)
    print(f"wrote {len(records)} documents, {sum(spans.values())} spans to {args.out}")
    for kind in KIND_COUNTS:
        print(f"  {kind:<13} {kinds[kind]}")
    for (entity, decision), count in sorted(spans.items()):
        print(f"  {entity:<14} {decision:<6} {count}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
