"""A synthetic inbox of Dutch municipal correspondence, with a truth file for tests.

    python -m eval.inbox.generate OUT_DIR [--documents N] [--seed S]

writes ``OUT_DIR/inbox/`` and ``OUT_DIR/truth.json``. The inbox mixes council letters (PDF with
a text layer, DOCX), e-mail threads (.eml with quoted replies and PDF/DOCX attachments, one
forwarded e-mail attached as .eml), Outlook .msg files, case notes of a refugee-support team
(.txt), one letter scanned to PDF (no text layer: read by OCR), and the bad inputs every inbox has: a
corrupt PDF, an empty file, a file type we do not read and a password-protected DOCX.

The truth file lists per inbox file the personal values that must not be published ("redact")
and the values that must stay ("keep": officials in their role, functional mailboxes,
organisations), plus how many documents and which failure codes ingest should report.
All people are invented (dev-set name pools, never the held-out ones); file names may contain
a person's surname, as real inbox file names do.
"""

from __future__ import annotations

import argparse
import datetime
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

from eval import identifiers as ids
from eval.builder import Person
from eval.cast import FUNCTIONAL_MAILBOXES, ORGS, SWITCHBOARD, Ctx, Roster, make_roster
from eval.inbox.formats import docx_bytes, eml_bytes, eml_message, pdf_bytes
from eval.inbox.msg import Msg, MsgAttachment, build_encrypted_docx, build_msg
from eval.inbox.scans import Spoil, draw_page, jpeg_bytes, page_lines, scan_pdf, spoil, tiff_bytes

MIN_DOCUMENTS = 10
BODY = "Gemeente Dordrecht"
GRIFFIE = "raadsgriffie@dordrecht.nl"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "inbox"
DORDRECHT_LETTER = EXAMPLES / "raadsbrief-dordrecht-met-persoonsgegevens.txt"

# Codes of redaction.ingest.errors, repeated here so the truth file needs no import of the product.
CORRUPT, EMPTY, UNSUPPORTED, ENCRYPTED = "W404", "W402", "W401", "W405"

TOPICS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("bezuinigingen op het sociaal domein", (
        "Met zorg lees ik in de voorjaarsnota dat de gemeente fors wil bezuinigen op het sociaal domein.",
        "Voor veel gezinnen in onze wijk is de Dordtpas het verschil tussen meedoen en thuis blijven.",
        "Ik vraag u de Meedoenregeling niet te versoberen voordat de gevolgen in kaart zijn gebracht.",
    )),
    ("huisvesting statushouders", (
        "Sinds het voorjaar wonen er in onze straat drie gezinnen die recent een status hebben gekregen.",
        "De begeleiding door Vluchtelingenwerk Dordrecht loopt goed, maar de woningen zijn te klein.",
        "Graag zou ik willen weten hoe de gemeente de taakstelling voor dit jaar denkt te halen.",
    )),
    ("overlast bij het Sumatraplein", (
        "Al maanden is er 's avonds overlast van jongeren bij het Sumatraplein.",
        "Meldingen bij de gemeente en de wijkagent hebben tot nu toe weinig opgeleverd.",
        "Wij vragen de raad om extra inzet van boa's en om verlichting op het plein.",
    )),
    ("parkeervergunning voor mantelzorgers", (
        "Ik zorg dagelijks voor mijn moeder, die in de binnenstad woont.",
        "Een mantelzorgvergunning wordt alleen verleend bij een indicatie, die zij niet heeft.",
        "Ik verzoek u de regeling zo aan te passen dat ook mantelzorgers zonder indicatie in aanmerking komen.",
    )),
    ("onderhoud van het groen in Krispijn", (
        "Het groen in Krispijn wordt nauwelijks nog onderhouden sinds de aanbesteding.",
        "Bewoners hebben zelf een plan gemaakt om de perken te adopteren.",
        "Wij nodigen de raad uit om het plan ter plaatse te komen bekijken.",
    )),
)
FILLER: tuple[str, ...] = (
    "Ik begrijp dat de gemeente keuzes moet maken, maar ik hoop dat u oog houdt voor de mensen om wie het gaat.",
    "In de bijlage vindt u een overzicht van de gesprekken die wij de afgelopen maanden hebben gevoerd.",
    "Op de informatieavond in het Energiehuis zijn deze zorgen ook door andere bewoners genoemd.",
    "Graag ontvang ik binnen de wettelijke termijn een reactie op deze brief.",
    "Het is voor ons niet duidelijk welke afdeling van de gemeente hiervoor verantwoordelijk is.",
    "Wij zijn graag bereid om een toelichting te geven in een commissievergadering.",
)


@dataclass
class _Entry:
    """Truth for one inbox file."""

    format: str
    documents: int = 1
    failures: list[str] = field(default_factory=list)
    redact: set[str] = field(default_factory=set)
    keep: set[str] = field(default_factory=set)
    thread: str | None = None
    family: list[str] = field(default_factory=list)
    date: str | None = None

    def as_json(self) -> dict[str, object]:
        return {
            "format": self.format, "documents": self.documents, "failures": self.failures,
            "redact": sorted(self.redact), "keep": sorted(self.keep), "thread": self.thread,
            "family": self.family, "date": self.date,
        }


class _Inbox:
    """Collects files and their truth; writes both at the end."""

    def __init__(self, rng: random.Random, roster: Roster, into: _Inbox | None = None) -> None:
        """``into``: add to that inbox's files, drawing from this inbox's own random stream."""
        self.rng = rng
        self.roster = roster
        self.files: dict[str, bytes] = into.files if into is not None else {}
        self.truth: dict[str, _Entry] = into.truth if into is not None else {}
        self.threads = 0

    def ctx(self) -> Ctx:
        return Ctx(self.rng, self.roster)

    def add(self, name: str, data: bytes, entry: _Entry) -> str:
        stem, dot, suffix = name.rpartition(".")
        unique, n = name, 1
        while unique in self.files:
            n += 1
            unique = f"{stem}-{n}{dot}{suffix}"
        self.files[unique] = data
        self.truth[unique] = entry
        return unique

    def when(self) -> datetime.datetime:
        y, m, d = ids.make_doc_date(self.rng)
        return datetime.datetime(y, m, d, self.rng.randint(8, 17), self.rng.randint(0, 59), tzinfo=datetime.UTC)

    def message_id(self, domain: str) -> str:
        return f"<{self.rng.randbytes(8).hex()}.{self.rng.randint(1000, 9999)}@{domain}>"


def _slug(value: str) -> str:
    return ids.ascii_fold(value).replace(" ", "-").replace("'", "")


def _date_nl(moment: datetime.date) -> str:
    return ids.long_date((moment.year, moment.month, moment.day))


# --------------------------------------------------------------------------- council letters


def _letter(
    box: _Inbox, *, pages: int = 1, origin: str | None = None
) -> tuple[list[str], str, _Entry, Person, datetime.date]:
    """A resident's letter to the council; the writer, a neighbour and their details are personal.
    ``origin`` "dutch" for scans: Tesseract's Dutch model reads no Turkish or Polish letters."""
    ctx = box.ctx()
    writer = ctx.person(origin=origin)
    neighbour = ctx.person(origin=origin)
    wethouder = ctx.wethouder()
    burgemeester = box.roster.burgemeester
    address, postcode = ctx.address().value, ctx.postcode().value
    phone, mail = ctx.phone().value, ctx.email(writer).value
    subject, sentences = box.rng.choice(TOPICS)
    moment = box.when().date()
    body = list(sentences)
    body.insert(1, f"Mijn buurman, {neighbour.full}, heeft hierover ook al eens gebeld met de gemeente.")
    body.append(
        f"In juni heb ik dit al voorgelegd aan wethouder {wethouder.full} ({wethouder.extra}) en aan "
        f"burgemeester {burgemeester.full}."
    )
    for _ in range(2 + (26 if pages > 1 else 0)):
        body.append(box.rng.choice(FILLER))
    lines = [
        writer.full, address, f"{postcode} Dordrecht", f"Telefoon: {phone}", f"E-mail: {mail}", "",
        "Aan de gemeenteraad van Dordrecht", "t.a.v. de griffie", "Postbus 8", "3300 AA Dordrecht", "",
        f"Dordrecht, {_date_nl(moment)}", "", f"Onderwerp: {subject}", "", "Geachte leden van de raad,", "",
        *[p for s in body for p in (s, "")],
        f"Een afschrift van deze brief stuur ik naar {GRIFFIE}.", "",
        "Met vriendelijke groet,", "", writer.full,
    ]
    entry = _Entry(
        format="", redact={writer.full, neighbour.full, address, postcode, phone, mail},
        keep={wethouder.full, burgemeester.full, GRIFFIE}, date=moment.isoformat(),
    )
    return lines, subject, entry, writer, moment


def _letter_pdf(box: _Inbox) -> None:
    pages = 2 if box.rng.random() < 0.4 else 1
    lines, subject, entry, writer, moment = _letter(box, pages=pages)
    entry.format = "pdf"
    name = box.rng.choice((f"brief-aan-raad-fam-{_slug(writer.core)}.pdf", f"raadsbrief-{moment.isoformat()}.pdf"))
    box.add(name, pdf_bytes(lines, title=f"Brief aan de raad: {subject}", created=moment), entry)


def _letter_docx(box: _Inbox) -> None:
    lines, subject, entry, writer, moment = _letter(box)
    entry.format = "docx"
    data = docx_bytes(
        [line for line in lines if line], header=writer.full, footer="Brief aan de gemeenteraad van Dordrecht",
        title=subject, created=moment,
    )
    box.add(f"brief-{_slug(writer.core)}-{moment.isoformat()}.docx", data, entry)


# --------------------------------------------------------------------------- attachments


def _bezwaar_pdf(ctx: Ctx, person: Person, moment: datetime.date) -> tuple[bytes, set[str]]:
    bsn, iban, dob, address = ctx.bsn().value, ctx.iban().value, ctx.dob().value, ctx.address().value
    lines = [
        "Bezwaarschrift", "", f"Naam: {person.full}", f"Geboortedatum: {dob}", f"BSN: {bsn}",
        f"Adres: {address}, Dordrecht", f"Rekeningnummer: {iban}", "",
        f"Hierbij maak ik bezwaar tegen het besluit van de {BODY} van {_date_nl(moment)}.",
        "Ik verzoek u het bedrag terug te storten op bovenstaand rekeningnummer.", "", person.full,
    ]
    return pdf_bytes(lines, title="Bezwaarschrift", created=moment), {person.full, bsn, iban, dob, address}


def _household_docx(ctx: Ctx, moment: datetime.date) -> tuple[bytes, set[str]]:
    members = [ctx.newcomer() for _ in range(ctx.rng.randint(2, 4))]
    rows = [["Naam", "Geboortedatum", "Relatie"]]
    redact: set[str] = set()
    for i, member in enumerate(members):
        dob = ctx.dob(child=i > 1).value
        rows.append([member.full, dob, ("aanvrager", "partner", "kind", "kind")[i]])
        redact.update((member.full, dob))
    data = docx_bytes(
        ["Overzicht huishouden", "Dit overzicht hoort bij de aanvraag bijzondere bijstand."], table=rows,
        header=BODY, title="Overzicht huishouden", created=moment,
    )
    return data, redact


# --------------------------------------------------------------------------- e-mail


def _quote(text: str) -> str:
    return "\n".join("> " + line if line else ">" for line in text.splitlines())


def _thread(box: _Inbox, budget: int) -> int:
    """2 or 3 .eml files of one thread: a resident, a civil servant, a wethouder in CC or mentioned."""
    ctx = box.ctx()
    box.threads += 1
    thread = f"thread-{box.threads}"
    resident = ctx.person()
    servant = ctx.person()
    wethouder = ctx.wethouder()
    function = ctx.choice(("consulent inburgering", "klantmanager", "beleidsadviseur Sociaal Domein"))
    resident_mail = ctx.email(resident).value
    servant_mail = ctx.work_email(servant).value
    mailbox = ctx.choice(FUNCTIONAL_MAILBOXES)
    subject = ctx.choice(("Bezwaar terugvordering bijstand", "Aanvraag bijzondere bijstand", "Vraag over uw besluit"))
    phone = ctx.mobile().value
    count = min(budget, ctx.choice((2, 3)))
    first = box.when()
    root_id = box.message_id(resident_mail.split("@")[1])
    ids_so_far: list[str] = []
    previous_text = ""
    made = 0
    for n in range(count):
        moment = first + datetime.timedelta(days=n * 2, hours=n)
        from_resident = n % 2 == 0
        if from_resident:
            sender, to = (resident.full, resident_mail), [(f"{servant.full}", servant_mail)]
            body = (
                f"Geachte heer/mevrouw {servant.surname_alone},\n\n"
                + ("Hierbij stuur ik mijn bezwaar en het overzicht van mijn huishouden.\n"
                   if n == 0 else "Dank voor uw antwoord. Ik ben telefonisch bereikbaar.\n")
                + f"Mijn telefoonnummer is {phone}.\n\nMet vriendelijke groet,\n{resident.full}\n"
            )
        else:
            sender, to = (servant.full, servant_mail), [(resident.full, resident_mail)]
            body = (
                f"Beste {resident.first},\n\nDank voor uw bericht. Wethouder {wethouder.full} is op de hoogte "
                f"gebracht van uw situatie. U hoort binnen twee weken van ons.\n\nMet vriendelijke groet,\n\n"
                f"{servant.full}\n{function}\n{BODY}\nT {SWITCHBOARD[0]}\n"
            )
        if previous_text:
            body += f"\n-----Oorspronkelijk bericht-----\n{_quote(previous_text)}\n"
        message_id = root_id if n == 0 else box.message_id("dordrecht.nl")
        attachments: list[tuple[str, bytes]] = []
        entry = _Entry(format="eml", thread=thread, date=moment.date().isoformat())
        entry.redact.update((resident.full, resident_mail, servant.full, servant_mail, phone))
        entry.keep.update({mailbox} | ({wethouder.full} if not from_resident or n > 0 else set()))
        if n == 0:
            pdf, pdf_redact = _bezwaar_pdf(ctx, resident, moment.date())
            household, household_redact = _household_docx(ctx, moment.date())
            attachments = [(f"bezwaar-{_slug(resident.core)}.pdf", pdf), ("overzicht-huishouden.docx", household)]
            entry.redact |= pdf_redact | household_redact
            entry.documents = 3
            entry.family = [name for name, _ in attachments]
        msg = eml_message(
            sender=sender, to=to, cc=[("Gemeente Dordrecht", mailbox)], subject=("RE: " * n) + subject,
            body=body, sent=moment, message_id=message_id, in_reply_to=ids_so_far[-1] if ids_so_far else "",
            references=" ".join(ids_so_far), attachments=attachments, html=n == 1,
        )
        previous_text = f"Van: {sender[0]} <{sender[1]}>\nOnderwerp: {msg['Subject']}\n\n{body}"
        ids_so_far.append(message_id)
        prefix = "RE-" * n
        box.add(f"{prefix}{_slug(subject.lower())}-{moment.date().isoformat()}.eml",
                eml_bytes(msg, f"{box.threads}-{n}"), entry)
        made += 1
    return made


def _forward(box: _Inbox) -> None:
    """A civil servant forwards a resident's e-mail (with its PDF) as an attached .eml."""
    ctx = box.ctx()
    resident, servant, colleague = ctx.person(), ctx.person(), ctx.person()
    resident_mail, servant_mail, colleague_mail = (
        ctx.email(resident).value, ctx.work_email(servant).value, ctx.work_email(colleague).value,
    )
    moment = box.when()
    pdf, pdf_redact = _bezwaar_pdf(ctx, resident, moment.date())
    inner = eml_message(
        sender=(resident.full, resident_mail), to=[("Gemeente Dordrecht", "info@dordrecht.nl")],
        subject="Bezwaar", body=f"Geachte heer/mevrouw,\n\nZie bijlage.\n\n{resident.full}\n", sent=moment,
        message_id=box.message_id(resident_mail.split("@")[1]), attachments=[("bezwaar.pdf", pdf)],
    )
    outer = eml_message(
        sender=(servant.full, servant_mail), to=[(colleague.full, colleague_mail)], subject="FW: Bezwaar",
        body=f"Hoi {colleague.first},\n\nKun jij dit bezwaar oppakken?\n\nGroet,\n{servant.first}\n",
        sent=moment + datetime.timedelta(hours=3), message_id=box.message_id("dordrecht.nl"),
        forwarded=[("Bezwaar.eml", inner)],
    )
    entry = _Entry(
        format="eml", documents=3, family=["Bezwaar.eml", "bezwaar.pdf"], date=moment.date().isoformat(),
        redact={resident.full, resident_mail, servant.full, servant_mail, colleague.full, colleague_mail} | pdf_redact,
        keep={"info@dordrecht.nl"},
    )
    box.add(f"FW-bezwaar-{_slug(resident.core)}.eml", eml_bytes(outer, f"fw-{len(box.files)}"), entry)


def _outlook(box: _Inbox) -> None:
    """An Outlook message from a civil servant to Vluchtelingenwerk about a client, with a DOCX."""
    ctx = box.ctx()
    servant, staff, client = ctx.person(), ctx.person(), ctx.newcomer()
    org = "Vluchtelingenwerk Dordrecht"
    servant_mail, staff_mail = ctx.work_email(servant).value, ctx.email(staff, ORGS[org]).value
    moment = box.when()
    household, household_redact = _household_docx(ctx, moment.date())
    bsn = ctx.bsn().value
    wethouder = ctx.wethouder().full
    body = (
        f"Beste {staff.first},\n\nZoals besproken stuur ik je het overzicht van het huishouden van "
        f"{client.full} (BSN {bsn}). Wethouder {wethouder} wil graag voor de raadsvergadering weten "
        f"hoe het met de huisvesting staat. Graag hoor ik hoe {org} dit ziet.\n\n"
        f"Met vriendelijke groet,\n{servant.full}\n{BODY}\nT {SWITCHBOARD[0]}\n"
    )
    message = Msg(
        subject=f"Overdracht {client.surname_alone}", sender_name=servant.full, sender_email=servant_mail,
        to=[(staff.full, staff_mail)], cc=[("Raadsgriffie", GRIFFIE)], body=body, sent=moment,
        message_id=box.message_id("dordrecht.nl"),
        attachments=[MsgAttachment("overzicht-huishouden.docx", household)], unicode=box.rng.random() < 0.8,
    )
    entry = _Entry(
        format="msg", documents=2, family=["overzicht-huishouden.docx"], date=moment.date().isoformat(),
        redact={servant.full, servant_mail, staff.full, staff_mail, client.full, bsn} | household_redact,
        keep={GRIFFIE, wethouder, org},
    )
    box.add(f"overdracht-{_slug(client.core)}.msg", build_msg(message), entry)


# --------------------------------------------------------------------------- case note and scan


def _case_note(box: _Inbox) -> None:
    ctx = box.ctx()
    client, partner, child, volunteer = ctx.newcomer(), ctx.newcomer(), ctx.newcomer(), ctx.person(origin="dutch")
    bsn, dob, iban = ctx.bsn().value, ctx.dob().value, ctx.iban().value
    phone, address = ctx.mobile().value, ctx.address().value
    wethouder = ctx.wethouder()
    place = ctx.choice(("Asmara", "Kabul", "Aleppo", "Mogadishu"))
    text = (
        "Casusnotitie maatschappelijke begeleiding - Vluchtelingenwerk Dordrecht\n\n"
        f"Cliënt: {client.full}, geboren {dob}, BSN {bsn}\n"
        f"Adres: {address}, Dordrecht. Telefoon: {phone}. IBAN: {iban}\n\n"
        f"{client.first} belde over de gezinshereniging. Partner {partner.full} en zoon {child.first} "
        f"verblijven nog in {place}. Vrijwilliger {volunteer.full} gaat mee naar de afspraak bij de "
        "Sociale Dienst Drechtsteden voor Financieel Ontzorgen.\n\n"
        f"Actie: {volunteer.first} belt het COA over de huisvesting. Wethouder {wethouder.full} komt op "
        f"werkbezoek; {client.first} wil graag zijn verhaal doen.\n"
    )
    entry = _Entry(
        format="txt", redact={client.full, client.first, partner.full, child.first, volunteer.full, bsn, dob, iban,
                              phone, address},
        keep={wethouder.full, "Vluchtelingenwerk Dordrecht", "Sociale Dienst Drechtsteden"},
    )
    box.add(f"casusnotitie-{_slug(client.core)}.txt", text.encode("utf-8"), entry)


def _scan(box: _Inbox) -> None:
    """A letter scanned to PDF, lying 1.5 degrees askew on the glass: read by OCR."""
    lines, _subject, entry, writer, _moment = _letter(box, origin="dutch")
    entry.format = "pdf"
    how = Spoil(rotate=1.5, blur=0.6, noise=0.002, seed=box.rng.randrange(1000))
    box.add(f"scan-brief-{_slug(writer.core)}.pdf", scan_pdf([spoil(draw_page(page_lines(lines)), how)]), entry)


def _scans(box: _Inbox) -> None:
    """The paper post of a municipality, as the demo shows it: a signed form (JPEG, a squiggle for
    the signature), a fax (TIFF, black and white, every other line lost) and a scanned letter with
    its enclosure (a TIFF of several pages, the last fed sideways). People are Dutch-named: the
    Dutch OCR model reads no letters other languages add."""
    ctx = box.ctx()
    person = ctx.person(origin="dutch")
    bsn, dob, address, phone = ctx.bsn().value, ctx.dob().value, ctx.address().value, ctx.mobile().value
    form = [
        "Gemeente Dordrecht - Aanvraagformulier bijzondere bijstand", "",
        f"Naam aanvrager: {person.full}", f"Adres: {address}, Dordrecht", f"Geboortedatum: {dob}",
        f"Burgerservicenummer: {bsn}", f"Telefoon: {phone}", "",
        "Ik verklaar dit formulier naar waarheid te hebben ingevuld.", "", "Handtekening:",
    ]  # fmt: skip
    page = spoil(draw_page(form, signature=True), Spoil(rotate=-0.8, blur=0.5, seed=box.rng.randrange(1000)))
    box.add(f"formulier-bijstand-{_slug(person.core)}.jpg", jpeg_bytes(page),
            _Entry(format="jpg", redact={person.full, address, dob, bsn, phone}))  # fmt: skip
    lines, _subject, entry, writer, _moment = _letter(box, origin="dutch")
    entry.format = "tif"
    fax = spoil(draw_page(page_lines(lines)), Spoil(fax=True, noise=0.0005, seed=box.rng.randrange(1000)))
    box.add(f"fax-{_slug(writer.core)}.tif", tiff_bytes([fax]), entry)
    lines, _subject, entry, writer, _moment = _letter(box, pages=2, origin="dutch")
    entry.format = "tif"
    wrapped = page_lines(lines)
    chunks = [wrapped[at : at + LINES_PER_PAGE] for at in range(0, len(wrapped), LINES_PER_PAGE)]
    pages = [spoil(draw_page(chunk), Spoil(rotate=0.6, blur=0.5, seed=box.rng.randrange(1000))) for chunk in chunks]
    pages[-1] = spoil(draw_page(chunks[-1]), Spoil(quarter_turns=1, blur=0.5, seed=box.rng.randrange(1000)))
    box.add(f"scan-brief-met-bijlage-{_slug(writer.core)}.tif", tiff_bytes(pages), entry)


LINES_PER_PAGE = 40  # typed lines that fit on an A4 page of draw_page


def _bad_inputs(box: _Inbox) -> None:
    corrupt = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + box.rng.randbytes(3000)
    box.add("raadsvoorstel-definitief.pdf", corrupt, _Entry(format="pdf", documents=0, failures=[CORRUPT]))
    box.add("aanvulling-bezwaar.docx", b"", _Entry(format="docx", documents=0, failures=[EMPTY]))
    person = box.ctx().person()
    box.add(f"foto-melding-{_slug(person.core)}.heic", box.rng.randbytes(2048),
            _Entry(format="heic", documents=0, failures=[UNSUPPORTED]))
    box.add(f"verslag-keukentafelgesprek-{_slug(box.ctx().person().core)}.docx", build_encrypted_docx(box.rng),
            _Entry(format="docx", documents=0, failures=[ENCRYPTED]))


# --------------------------------------------------------------------------- entry points

_ROTATION = ("letter_pdf", "thread", "letter_docx", "msg", "case_note", "letter_pdf", "forward", "letter_docx")


def generate_inbox(inbox: Path, truth: Path, *, documents: int = 36, seed: int = 0, scans: bool = False) -> None:
    """Write ``documents`` inbox files to ``inbox`` and their truth to ``truth`` (a JSON file);
    ``scans`` adds three more: a signed form, a fax and a two-page scan (the demo's paper post)."""
    if documents < MIN_DOCUMENTS:
        raise ValueError(f"documents must be at least {MIN_DOCUMENTS} (the fixed mix of special files)")
    rng = random.Random(seed)
    box = _Inbox(rng, make_roster(rng))
    # The files every inbox must have: the bad inputs, one scan, at least one .msg and one case note.
    _bad_inputs(box)
    _scan(box)
    _outlook(box)
    _case_note(box)
    step = 0
    if scans:
        # From a stream of their own, so the rest of the inbox is the same with or without them.
        _scans(_Inbox(random.Random(seed + 1), box.roster, into=box))
    while len(box.files) < documents + (3 if scans else 0):
        kind = _ROTATION[step % len(_ROTATION)]
        step += 1
        if kind == "thread":
            _thread(box, documents - len(box.files))
        else:
            {"letter_pdf": _letter_pdf, "letter_docx": _letter_docx, "msg": _outlook, "case_note": _case_note,
             "forward": _forward}[kind](box)
    inbox.mkdir(parents=True, exist_ok=True)
    for name, data in box.files.items():
        (inbox / name).write_bytes(data)
    truth.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "seed": seed,
        "body": BODY,
        "functional_mailboxes": list(FUNCTIONAL_MAILBOXES),
        "officials": sorted(p.full for p in box.roster.everyone()),
        "files": {name: entry.as_json() for name, entry in sorted(box.truth.items())},
    }
    truth.write_text(json.dumps(payload, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def dordrecht_eml(path: Path) -> None:
    """The Dordrecht example as it arrived: a short cover e-mail with the letter attached as PDF."""
    lines = DORDRECHT_LETTER.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip().startswith("Geachte raadsleden"))
    subject_line = next(i for i, line in enumerate(lines) if line.startswith("Onderwerp: "))
    header = dict(line.split(": ", 1) for line in lines[: subject_line + 1] if ": " in line)
    cover = "\n".join(lines[subject_line + 1 : start]).strip("\n") + "\n"
    letter = [line.rstrip() for line in lines[start:]]
    sender_name, sender_addr = header["Van"].rstrip(">").split(" <")
    to_name, to_addr = header["Aan"].rstrip(">").split(" <")
    sent = datetime.datetime(2025, 5, 27, 14, 16, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
    letter_pdf = pdf_bytes(letter, title="Raadsbrief Vluchtelingenwerk Dordrecht", created=sent.date())
    msg = eml_message(
        sender=(sender_name, sender_addr), to=[(to_name, to_addr)], subject=header["Onderwerp"], body=cover,
        sent=sent, message_id="<raadsbrief-vwd-20250527@vwdordrecht.example>",
        attachments=[("raadsbrief-vluchtelingenwerk-dordrecht.pdf", letter_pdf)],
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(eml_bytes(msg, "dordrecht"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.inbox.generate", description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path, help="writes OUT_DIR/inbox/ and OUT_DIR/truth.json")
    parser.add_argument("--documents", type=int, default=36, help="number of inbox files (default 36)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--scans", action="store_true", help="add a signed form, a fax and a two-page scan")
    args = parser.parse_args(argv)
    generate_inbox(args.out_dir / "inbox", args.out_dir / "truth.json", documents=args.documents, seed=args.seed,
                   scans=args.scans)  # fmt: skip
    count = sum(1 for _ in (args.out_dir / "inbox").iterdir())
    print(f"{count} files in {args.out_dir / 'inbox'}, truth in {args.out_dir / 'truth.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())


__all__ = ["dordrecht_eml", "generate_inbox", "main"]
