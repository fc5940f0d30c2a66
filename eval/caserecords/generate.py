"""Synthetic client register: >= 5,000 invented clients, deterministic by seed.

Names come from the development-set name pools (``eval.names`` via ``eval.cast.draw_person``),
of every origin those pools cover, combined at random so no combination is a real person. The
identifiers come from ``eval.identifiers`` (BSNs pass the 11-proef, phone numbers and postcodes
have Dutch shapes). Notes mention the client, the volunteer and family members by name, the way
case workers write them. The held-out name pools (``eval.heldout_names``) are never used here.

A few malformed records are injected on purpose (missing values, unparsable dates, duplicate
client ids); ``CaseRegister.malformed`` says which rows, so tests can check that every one of
them is reported.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import pandas as pd

from eval import identifiers as ids
from eval.builder import Person
from eval.cast import draw_person
from eval.names import POOLS

COLUMNS: tuple[str, ...] = (
    "clientnummer", "naam", "email", "telefoon", "bsn", "geboortedatum", "nationaliteit",
    "gezinssamenstelling", "postcode", "aankomstdatum", "start_begeleiding", "einde_begeleiding",
    "uitkomst", "vrijwilliger", "tolk", "notities",
)
FIRST_RECORD_ROW = 2  # spreadsheet rows: the header is row 1

# Clients of a refugee-support team: mostly newcomers, but every origin of the pools occurs.
CLIENT_ORIGINS: dict[str, float] = {
    "syrian": 24, "eritrean": 18, "afghan": 10, "ukrainian": 9, "turkish": 7, "iranian": 5,
    "iraqi": 5, "somali": 6, "west_african": 3, "moroccan": 2, "chinese": 2, "polish": 2,
    "surinamese": 1, "antillean": 1, "dutch": 1,
}
NATIONALITY: dict[str, tuple[str, ...]] = {
    "syrian": ("Syrische",), "eritrean": ("Eritrese",), "afghan": ("Afghaanse",),
    "ukrainian": ("Oekraïense",), "turkish": ("Turkse",), "iranian": ("Iraanse",), "iraqi": ("Iraakse",),
    "somali": ("Somalische", "Ethiopische"), "west_african": ("Ghanese", "Nigeriaanse"),
    "moroccan": ("Marokkaanse",), "chinese": ("Chinese",), "polish": ("Poolse",),
    "surinamese": ("Surinaamse", "Nederlandse"), "antillean": ("Nederlandse",), "dutch": ("Nederlandse",),
}
LANGUAGE: dict[str, str] = {
    "syrian": "Arabisch", "iraqi": "Arabisch", "eritrean": "Tigrinya", "afghan": "Dari", "iranian": "Farsi",
    "ukrainian": "Oekraïens", "turkish": "Turks", "somali": "Somalisch", "chinese": "Mandarijn",
}
HOUSEHOLDS: tuple[tuple[str, float], ...] = (
    ("alleenstaand", 45), ("gezin met kinderen", 30), ("eenoudergezin", 12), ("echtpaar zonder kinderen", 13),
)
OUTCOMES: tuple[tuple[str, float], ...] = (
    ("zelfredzaam", 75), ("terug op het spreekuur", 15), ("warm overgedragen aan partners", 10),
)
ONGOING = "nog in begeleiding"
FIRST_ARRIVAL = date(2023, 1, 1)
LAST_ARRIVAL = date(2025, 6, 30)
EXPORT_DATE = date(2025, 9, 30)

NOTE_TEMPLATES: tuple[str, ...] = (
    "{first} kwam op het spreekuur met {vol_first}. Gesproken over de huurtoeslag en de energierekening.",
    "Intake met {title} {surname}. {pronoun} is bereikbaar op {phone}. Tolk geregeld via het COA.",
    "{full} (BSN {bsn}) heeft hulp nodig bij de aanvraag van de zorgtoeslag; {vol_full} helpt daarbij.",
    "Vrijwilliger {vol_full} begeleidt {first} bij de inburgering. Taalniveau gaat goed vooruit.",
    "{first} en {relation} {child} wonen sinds kort in Krispijn. {child} gaat naar de ISK Dordrecht.",
    "Mail van {first} ({email}) over een brief van de Belastingdienst; samen met {vol_first} beantwoord.",
    "{title} {surname} vraagt of {relation} {child} mee kan naar de Voedselbank Dordrecht.",
    "Afspraak verzet: {first} had een afspraak bij de huisarts. Nieuwe afspraak gemaakt met {vol_first}.",
    "Warme overdracht aan Humanitas Drechtsteden besproken met {full}.",
    "Gesprek over werk: {first} wil graag aan de slag in de zorg. Doorverwezen naar het SamenWerkplein.",
)


@dataclass
class CaseRegister:
    """The register and the rows (spreadsheet numbering) of the malformed records injected."""

    frame: pd.DataFrame
    malformed: dict[str, list[int]] = field(default_factory=dict)

    @property
    def malformed_rows(self) -> set[int]:
        return {row for rows in self.malformed.values() for row in rows}


def _dutch_date(value: date) -> str:
    return f"{value.day:02d}-{value.month:02d}-{value.year}"


def _random_date(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randint(0, (last - first).days))


def _add_months(value: date, months: int) -> date:
    year, month = divmod(value.month - 1 + months, 12)
    return date(value.year + year, month + 1, min(value.day, 28))


def _email(rng: random.Random, person: Person) -> str:
    local = ids.make_email_local(rng, person.first, person.tussen, person.core)
    return f"{local}@{rng.choice(ids.PRIVATE_MAIL_DOMAINS)}"


def _note(rng: random.Random, client: Person, volunteer: Person, values: dict[str, str]) -> str:
    child = draw_person(rng, origin=client.origin if client.origin in POOLS else None, avoid=set())
    parts = rng.sample(NOTE_TEMPLATES, k=rng.randint(1, 3))
    return " ".join(
        template.format(
            first=client.first, surname=client.surname_alone, full=client.full,
            title="dhr." if client.gender == "m" else "mw.", pronoun="Hij" if client.gender == "m" else "Zij",
            vol_first=volunteer.first, vol_full=volunteer.full, child=child.first,
            relation="zoon" if child.gender == "m" else "dochter",
            **values,
        )
        for template in parts
    )


def _client(rng: random.Random, number: int, volunteers: list[Person]) -> dict[str, str]:
    origin = rng.choices(list(CLIENT_ORIGINS), weights=list(CLIENT_ORIGINS.values()))[0]
    person = draw_person(rng, origin=origin, avoid=set())
    arrival = _random_date(rng, FIRST_ARRIVAL, LAST_ARRIVAL)
    born = _random_date(rng, date(arrival.year - 67, 1, 1), date(arrival.year - 18, 1, 1))
    start = arrival + timedelta(days=rng.randint(0, 60))
    duration = max(1, int(rng.lognormvariate(2.3, 0.6)))  # months; median about 10
    end = _add_months(start, duration)
    ongoing = end > EXPORT_DATE
    outcome = ONGOING if ongoing else rng.choices([o for o, _ in OUTCOMES], weights=[w for _, w in OUTCOMES])[0]
    volunteer = rng.choice(volunteers)
    values = {
        "phone": ids.make_mobile(rng),
        "bsn": ids.make_bsn(rng),
        "email": _email(rng, person),
    }
    language = LANGUAGE.get(origin)
    return {
        "clientnummer": f"CL-{number:06d}",
        "naam": person.full,
        "email": values["email"],
        "telefoon": values["phone"],
        "bsn": values["bsn"],
        "geboortedatum": _dutch_date(born),
        "nationaliteit": rng.choice(NATIONALITY[origin]),
        "gezinssamenstelling": rng.choices([h for h, _ in HOUSEHOLDS], weights=[w for _, w in HOUSEHOLDS])[0],
        "postcode": ids.make_postcode(rng),
        "aankomstdatum": _dutch_date(arrival),
        "start_begeleiding": _dutch_date(start),
        "einde_begeleiding": "" if ongoing else _dutch_date(end),
        "uitkomst": outcome,
        "vrijwilliger": volunteer.full,
        "tolk": language if language and rng.random() < 0.7 else "nee",
        "notities": _note(rng, person, volunteer, values),
    }


def _inject_malformed(rng: random.Random, records: list[dict[str, str]]) -> dict[str, list[int]]:
    """A handful of realistic mistakes, at rows spread over the file (indices stay distinct)."""
    n = len(records)
    count = max(1, n // 500)  # 10 per kind for 5,000 clients
    indices = rng.sample(range(1, n), k=min(n - 1, 4 * count))
    groups = [indices[i * count : (i + 1) * count] for i in range(4)]
    malformed: dict[str, list[int]] = {"missing_value": [], "unparsable_date": [], "duplicate_id": []}
    for index in groups[0]:
        records[index][rng.choice(("naam", "aankomstdatum", "nationaliteit", "geboortedatum"))] = ""
        malformed["missing_value"].append(index + FIRST_RECORD_ROW)
    for index in groups[1]:
        column = rng.choice(("geboortedatum", "aankomstdatum", "start_begeleiding"))
        records[index][column] = rng.choice(("31-02-2024", "onbekend", "2024-13-01", "15/15/2023", "ergens in mei"))
        malformed["unparsable_date"].append(index + FIRST_RECORD_ROW)
    for original, copy in zip(groups[2], groups[3], strict=True):
        records[copy]["clientnummer"] = records[original]["clientnummer"]  # typed twice, or merged badly
        malformed["duplicate_id"].extend((original + FIRST_RECORD_ROW, copy + FIRST_RECORD_ROW))
    return malformed


def generate_case_register(clients: int = 5000, seed: int = 20250527, malformed: bool = True) -> CaseRegister:
    """``clients`` invented clients; the same seed gives the same register, byte for byte."""
    rng = random.Random(seed)
    volunteers = [draw_person(rng, avoid=set()) for _ in range(max(10, clients // 15))]
    records = [_client(rng, number, volunteers) for number in range(1, clients + 1)]
    injected = _inject_malformed(rng, records) if malformed and clients >= 10 else {}
    return CaseRegister(frame=pd.DataFrame(records, columns=list(COLUMNS)), malformed=injected)


def write_case_register(register: CaseRegister, path: str | Path) -> Path:
    """CSV, XLSX or Parquet by the file's suffix; every column as text, as a register export has it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    frame = register.frame.astype(str)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        frame.to_csv(path, index=False, encoding="utf-8")
    elif suffix == ".xlsx":
        frame.to_excel(path, index=False, engine="openpyxl")
    elif suffix == ".parquet":
        frame.to_parquet(path, index=False)
    else:
        raise ValueError(f"unknown format {suffix}; use .csv, .xlsx or .parquet")
    return path
