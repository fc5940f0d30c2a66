"""Generate the labelled synthetic development set ``eval/devset/devset.jsonl`` (and its README).

Run ``.venv/bin/python -m eval.generate_devset``. Deterministic: a fixed seed and the standard
library only, so the same commit always writes the same bytes and a change in the scores means a
change in the engine, not in the data.

Why synthetic: real Woo correspondence cannot be put in a public repository, and published
documents have their personal data already blanked. Why hand-written templates rather than one
letter with swapped names: the engine must cope with the variety of real mail (headers, quoted
replies, signatures, informal case notes), and a single template would let it overfit a layout.

Every document kind (letter, email, email_thread, case_note, complaint, memo) has its own
builders with several wordings; names come from ``eval/names.py`` and identifiers from
``eval/identifiers.py``. Gold offsets are recorded at insertion time by ``eval.builder.Doc`` and
verified by its self-check. Label conventions are documented in ``eval/devset/README.md``, which
this script rewrites together with the counts.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import string
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eval import identifiers as ids
from eval.builder import Doc, Ent, Person
from eval.cast import (
    BODY_NAME,
    BODY_PO_BOX,
    BODY_VISIT_ADDRESS,
    CIVIL_SERVANT_FUNCTIONS,
    COMPANIES,
    NAMED_ORGS,
    ORG_FUNCTIONS,
    ORGS,
    PLACES,
    PROGRAMMES,
    SCHOOLS,
    Ctx,
    Roster,
    make_roster,
    org,
)
from eval.names import WORD_SURNAMES

SEED = 20250527
DEVSET_DIR = Path(__file__).resolve().parent / "devset"
KIND_COUNTS: dict[str, int] = {
    "letter": 22,
    "email": 26,
    "email_thread": 16,
    "case_note": 24,
    "complaint": 20,
    "memo": 18,
}

# --------------------------------------------------------------------------- shared pieces


def header_date(rng: random.Random, english: bool = False) -> str:
    """"dinsdag 27 mei 2025 14:16", the Outlook 'Verzonden:' form (a date that stays)."""
    when = dt.datetime(*ids.make_doc_date(rng), rng.randint(7, 21), rng.randint(0, 59))
    if english:
        return f"{when:%A}, {when:%B} {when.day}, {when.year} {when.hour % 12 or 12}:{when:%M} {when:%p}"
    return outlook_date(when)


def outlook_date(when: dt.datetime) -> str:
    weekday = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")[when.weekday()]
    return f"{weekday} {when.day} {ids.MONTHS[when.month - 1]} {when.year} {when:%H:%M}"


def short_date(rng: random.Random, year: int | None = None) -> str:
    """dd-mm-yyyy for case-note entries: looks like a date of birth but must stay."""
    y, m, d = ids.make_doc_date(rng)
    return f"{d:02d}-{m:02d}-{year or y}"


def distractor(ctx: Ctx, doc: Doc) -> None:
    """One unlabelled sentence that a naive detector would redact: none of it is personal data."""
    rng = ctx.rng
    pick = rng.randrange(16)
    if pick == 0:
        doc.put("De raadsvergadering van {d} is verplaatst naar de Burgerzaal. ", d=ctx.date())
    elif pick == 1:
        doc.put("Zaaknummer {n} (graag vermelden bij correspondentie). ", n=ctx.case_number())
    elif pick == 2:
        doc.put("In {m} is er weer een informatiebijeenkomst over {p}. ",
                m=ctx.choice(ids.MONTHS), p=ctx.choice(PROGRAMMES))
    elif pick == 3:
        doc.put("De werkzaamheden aan de {s} duren langer dan gepland. ",
                s=ctx.choice(ids.PERSON_STREETS))
    elif pick == 4:
        doc.put("Het wijkteam houdt voortaan spreekuur op het SamenWerkplein. ")
    elif pick == 5:
        doc.put("Het oude referentienummer {r} is niet meer in gebruik. ", r=ctx.bad_iban())
    elif pick == 6:
        doc.put("Zie ook www.dordrecht.nl/{p}. ", p=ctx.choice(("woo", "raad", "afval", "parkeren")))
    elif pick == 7:
        doc.put("Mei is traditioneel een drukke maand voor het wijkteam. ")
    elif pick == 8:
        doc.put("Klantnummer {n}. ", n=ctx.case_number())
    elif pick == 9:
        doc.put("De teamleider en de casemanager zijn hierover geïnformeerd. ")
    elif pick == 10:
        doc.put("Augustus is de rustigste maand, dan ligt {p} stil. ", p=ctx.choice(PROGRAMMES))
    elif pick == 11:
        doc.put("Dossiernummer {n} staat bovenaan de brief. ", n=ctx.case_number())
    elif pick == 12:
        doc.put("Wij verwijzen ook naar {o}. ", o=org(ctx.choice(NAMED_ORGS)))
    elif pick == 13:
        doc.put("Bij de {s} is een nieuwe oversteekplaats aangelegd. ", s=ctx.choice(ids.PERSON_STREETS))
    elif pick == 14:
        doc.put("De familie komt oorspronkelijk uit {p} en woonde eerder in {q}. ",
                p=ctx.choice(PLACES[7:]), q=ctx.choice(PLACES[1:7]))
    else:
        doc.put("De regeling {p} loopt tot en met {m} door. ",
                p=ctx.choice(PROGRAMMES), m=ctx.choice(ids.MONTHS))


def word_surname_distractor(doc: Doc, persons: list[Person]) -> None:
    """If someone is called Bakker/Groen/Visser..., write the word as a word as well."""
    for p in persons:
        key = p.surname if p.surname in WORD_SURNAMES else p.core
        if key in WORD_SURNAMES:
            doc.put(doc.rng.choice(WORD_SURNAMES[key]).rstrip(".") + ". ")
            return


def body_letterhead(ctx: Ctx, doc: Doc) -> None:
    street, pc = BODY_VISIT_ADDRESS
    box, box_pc = BODY_PO_BOX
    if ctx.rng.random() < 0.5:
        doc.put("{o}\n{a}\n{pc} Dordrecht\nPostbus: {b}, {bpc} Dordrecht\nTelefoon {t}\nwww.dordrecht.nl\n\n",
                o=org(BODY_NAME), a=Ent(street, "ADDRESS", "keep"), pc=Ent(pc, "POSTCODE", "keep"),
                b=Ent(box, "ADDRESS", "keep"), bpc=Ent(box_pc, "POSTCODE", "keep"), t=ctx.switchboard())
    else:
        doc.put("{o} | {b} | {bpc} Dordrecht | T {t} | {m}\n\n",
                o=org(BODY_NAME), b=Ent(box, "ADDRESS", "keep"), bpc=Ent(box_pc, "POSTCODE", "keep"),
                t=ctx.switchboard(), m=ctx.mailbox("info@dordrecht.nl"))


def body_footer(ctx: Ctx, doc: Doc) -> None:
    street, pc = BODY_VISIT_ADDRESS
    doc.put("\n\n---\nBezoekadres: Stadskantoor, {a}, {pc} Dordrecht. Bereikbaar via {t} "
            "(maandag t/m vrijdag 8.30-17.00 uur) of {m}.\n",
            a=Ent(street, "ADDRESS", "keep"), pc=Ent(pc, "POSTCODE", "keep"), t=ctx.switchboard(),
            m=ctx.mailbox(ctx.choice(("info@dordrecht.nl", "postbus@dordrecht.nl"))))


def resident_block(ctx: Ctx, doc: Doc, p: Person, phone: bool = True, mail: bool = True) -> None:
    """Sender block of a resident: name, street + number, postcode, contact lines."""
    form = ctx.choice(("full", "full", "ini", "t_ini"))
    doc.put("{p:" + form + "}\n{a}\n{pc}  Dordrecht\n", p=p, a=ctx.address(), pc=ctx.postcode())
    if phone:
        doc.put(ctx.choice(("Tel. {t}\n", "Telefoon: {t}\n", "{t}\n")), t=ctx.phone())
    if mail:
        doc.put(ctx.choice(("E-mail: {e}\n", "{e}\n", "Mail: {e}\n")), e=ctx.email(p))


def servant_signature(ctx: Ctx, doc: Doc, p: Person, org_name: str = BODY_NAME,
                      function: str | None = None, domain: str | None = None) -> None:
    """Signature of an ordinary civil servant or staff member: name, function, direct line, mail."""
    function = function or ctx.choice(CIVIL_SERVANT_FUNCTIONS if org_name == BODY_NAME else ORG_FUNCTIONS)
    closing = ctx.choice(("Met vriendelijke groet,", "Met vriendelijke groeten,", "Vriendelijke groet,",
                          "Hartelijke groet,", "Groet,"))
    doc.put("\n" + closing + "\n\n{p:" + ctx.choice(("full", "full", "ini")) + "}\n{f}\n{o}\n",
            p=p, f=function, o=org(org_name))
    mail = ctx.work_email(p) if org_name == BODY_NAME else ctx.email(p, domain or ORGS.get(org_name))
    style = ctx.rng.randrange(4)
    if style == 0:
        doc.put("T {t} | E {e}\n", t=ctx.phone(), e=mail)
    elif style == 1:
        doc.put("Telefoon: {t}\nMobiel: {m}\nE-mail: {e}\n", t=ctx.switchboard() if org_name == BODY_NAME
                else ctx.landline(), m=ctx.mobile(), e=mail)
    elif style == 2:
        doc.put("{t}\n{e}\nAanwezig op ma, di en do\n", t=ctx.mobile(), e=mail)
    else:
        doc.put("M: {t}\n", t=ctx.mobile())
        if ctx.rng.random() < 0.5:
            doc.put("{u}\n", u=ctx.url(p))


def email_header(ctx: Ctx, doc: Doc, sender: Any, sender_mail: Ent, to: list[tuple[Any, Ent]],
                 subject: str | Doc, cc: list[tuple[Any, Ent]] | None = None, english: bool = False,
                 sent: str | None = None) -> None:
    """Outlook-style header; names are Person or organisation Ent, addresses Ent."""
    labels = ("From", "Sent", "To", "Cc", "Subject") if english else (
        "Van", "Verzonden", "Aan", "CC", "Onderwerp")

    def who(name: Any, mail: Ent) -> None:
        style = ctx.rng.randrange(6)
        if name is None or style == 5:
            doc.add(mail)
        elif style == 4 and isinstance(name, Person):
            doc.put("'{n:rev}' <{m}>", n=name, m=mail)
        elif style == 3:
            doc.put("{n} [mailto:{m}]", n=name, m=mail)
        else:
            doc.put("{n} <{m}>", n=name, m=mail)

    doc.text(f"{labels[0]}: ")
    who(sender, sender_mail)
    doc.text(f"\n{labels[1]}: {sent or header_date(ctx.rng, english)}\n{labels[2]}: ")
    for i, (name, mail) in enumerate(to):
        if i:
            doc.text("; ")
        who(name, mail)
    if cc:
        doc.text(f"\n{labels[3]}: ")
        for i, (name, mail) in enumerate(cc):
            if i:
                doc.text("; ")
            who(name, mail)
    doc.text(f"\n{labels[4]}: ")
    doc.add(subject)
    doc.text("\n\n")


def quote_intro(ctx: Ctx, doc: Doc, sender: Any, mail: Ent, when_dt: dt.datetime | None = None) -> None:
    """The line above a quoted reply: 'Op 3 mei 2025 om 14:12 schreef X <addr>:'."""
    if when_dt is None:
        when_dt = dt.datetime(*ids.make_doc_date(ctx.rng), ctx.rng.randint(7, 21), ctx.rng.randint(0, 59))
    y, m, d = when_dt.year, when_dt.month, when_dt.day
    when = f"{d} {ids.MONTHS[m - 1]} {y}"
    if ctx.rng.random() < 0.75:
        doc.put("Op {w} om {t} schreef {n} <{m}>:\n", w=when, t=f"{when_dt.hour:02d}:{when_dt.minute:02d}",
                n=sender, m=mail)
    else:
        doc.put("Op {w} schreef {n} het volgende:\n", w=f"{d:02d}-{m:02d}-{y}", n=sender)


# --------------------------------------------------------------------------- topics
# Each topic writes a few paragraphs of running text with persons in it. ``a`` is the author,
# ``n`` another private person (neighbour, relative), ``c`` a civil servant.


def topic_speeltuin(ctx: Ctx, doc: Doc, a: Person, n: Person, c: Person) -> None:
    w = ctx.wethouder()
    doc.put("Sinds {m} is de speeltuin aan de {s} afgesloten. Volgens de gemeente is het toestel "
            "afgekeurd, maar niemand weet wanneer er iets nieuws komt. Een buurtbewoner, {n:t_full}, "
            "heeft er in {m2} al over gebeld met {c:t_sur} van de gemeente, maar ook dat leverde geen "
            "datum op.\n\n", m=ctx.choice(ids.MONTHS), s=ctx.choice(ids.PERSON_STREETS), n=n, c=c,
            m2=ctx.choice(ids.MONTHS))
    doc.put("Tijdens de wijkschouw heeft wethouder {w:full} toegezegd dat er dit jaar geld voor is. "
            "Wij vragen de raad om daar op toe te zien. {n:poss} kinderen en die van mij spelen nu op "
            "straat. ", w=w, n=n)
    distractor(ctx, doc)
    doc.text("\n\n")


def topic_bomen(ctx: Ctx, doc: Doc, a: Person, n: Person, c: Person) -> None:
    doc.put("Met grote zorg lezen wij dat de gemeente twaalf iepen wil kappen langs de {s}. Het groen "
            "in de wijk is juist de reden dat wij hier zijn komen wonen. {n:full}, die al dertig jaar "
            "op nummer {no} woont, heeft foto's van de bomen uit 1985.\n\n",
            s=ctx.choice(ids.STREETS), n=n, no=str(ctx.rng.randint(2, 80)))
    doc.put("In het gesprek met {c:t_sur} ({f}) kregen wij te horen dat de bomen ziek zijn. Wij "
            "willen graag het rapport van {o} zien. ",
            c=c, f=ctx.choice(("projectleider Groen", "de boomdeskundige", "wijkregisseur")),
            o=org(ctx.choice(COMPANIES)))
    distractor(ctx, doc)
    doc.text("\n\n")


def topic_parkeren(ctx: Ctx, doc: Doc, a: Person, n: Person, c: Person) -> None:
    doc.put("Op {d} is mijn auto met kenteken {k} weggesleept van de {s}, terwijl ik een geldige "
            "vergunning heb. Bij het depot van {o} moest ik € 385,00 betalen voordat ik de auto kon "
            "meenemen. Mijn huisgenoot {n:first} heeft de bon en de vergunning bewaard.\n\n",
            d=ctx.date(), k=ctx.plate(), s=ctx.choice(ids.STREETS), o=org("Parkeerbeheer Drechtsteden"),
            n=n)
    doc.put("De medewerker aan de telefoon, {c:t_sur}, zei dat de vergunning op kenteken {k2} staat, "
            "het kenteken van mijn vorige auto. ", c=c, k2=ctx.plate())
    distractor(ctx, doc)
    doc.text("\n\n")


def topic_overlast(ctx: Ctx, doc: Doc, a: Person, n: Person, c: Person) -> None:
    doc.put("Al sinds {m} hebben wij last van de bewoners van {ad}. Er wordt tot diep in de nacht "
            "muziek gedraaid en er staan scooters in de portiek. Wij hebben dit gemeld bij {o} en bij "
            "de wijkagent.\n\n", m=ctx.choice(ids.MONTHS), ad=ctx.address(),
            o=org(ctx.choice(("Woonbron", "Trivire", "Woonkracht10"))))
    doc.put("Ook {n:t_sur} van de bovenwoning durft 's avonds niet meer naar buiten. {c:full} van het "
            "wijkteam heeft beloofd een buurtbemiddelingsgesprek te organiseren, maar {c:later} is "
            "daarna niet meer teruggekomen. ", n=n, c=c)
    if ctx.rng.random() < 0.5:
        doc.put("Een van de bewoners rijdt in een auto met kenteken {k}, die regelmatig op de stoep "
                "staat. ", k=ctx.plate())
    doc.text("\n\n")


def topic_afval(ctx: Ctx, doc: Doc, a: Person, n: Person, c: Person) -> None:
    doc.put("De ondergrondse container bij de {s} is al drie weken vol. Vuilniszakken staan ernaast "
            "en er lopen ratten. Ik heb {x} keer een melding gedaan via {t}. ",
            s=ctx.choice(ids.PERSON_STREETS), x=ctx.choice(("vier", "vijf", "zes")), t=ctx.switchboard())
    doc.put("Buurtbewoner {n:first} heeft zelfs foto's gestuurd naar {m}. Volgens {c:t_sur} van "
            "Stadsbeheer wordt er in {mo} een nieuwe container geplaatst.\n\n",
            n=n, m=ctx.mailbox("info@dordrecht.nl"), c=c, mo=ctx.choice(ids.MONTHS))


def topic_bezuiniging(ctx: Ctx, doc: Doc, a: Person, n: Person, c: Person) -> None:
    o = ctx.choice(("Stichting Wijkwerk Krispijn", "Humanitas Drechtsteden", "Voedselbank Dordrecht"))
    doc.put("Ik schrijf u omdat de bezuinigingen op het sociaal domein het buurthuis raken. Elke "
            "woensdag kookt de kok van het buurthuis voor dertig mensen, en {o} organiseert er het "
            "taalcafé. Zonder subsidie stopt dat per {m}.\n\n", o=org(o), m=ctx.choice(ids.MONTHS))
    doc.put("Ik wil u vragen om bij de behandeling van de begroting op {d} hieraan te denken. "
            "Raadslid {r:full} ({pa}) heeft het buurthuis vorig jaar bezocht en sprak toen met "
            "vrijwilliger {n:full}. ", d=ctx.date(), r=(r := ctx.raadslid()), pa=org(r.extra), n=n)
    distractor(ctx, doc)
    doc.text("\n\n")


def topic_verkeer(ctx: Ctx, doc: Doc, a: Person, n: Person, c: Person) -> None:
    doc.put("Op de {s} wordt veel te hard gereden. Vorige maand is het zoontje van {n:t_sur} bijna "
            "aangereden bij de oversteek naar {sc}. Een bestelbus met kenteken {k} reed door.\n\n",
            s=ctx.choice(ids.STREETS), n=n, sc=org(ctx.choice(SCHOOLS)), k=ctx.plate())
    doc.put("Wij vragen om drempels. {c:full}, de verkeerskundige, vond dat een goed idee maar "
            "zegt dat het aan de wethouder is. ", c=c)
    distractor(ctx, doc)
    doc.text("\n\n")


def topic_wmo(ctx: Ctx, doc: Doc, a: Person, n: Person, c: Person) -> None:
    parent, sub, pos = ("moeder", "zij", "haar") if n.gender == "f" else ("vader", "hij", "zijn")
    doc.put(ctx.choice((
        "Mijn {r}, {n:t_full} (geboren {dob}), krijgt sinds {m} nog maar twee uur huishoudelijke hulp "
        "per week. {S} woont alleen op {ad} en kan sinds {p} heupoperatie niet meer stofzuigen.\n\n",
        "Ik schrijf namens mijn {r}, {n:t_full}, geb. {dob}. Sinds {m} is {p} huishoudelijke hulp "
        "gehalveerd, terwijl {s} na een beroerte nauwelijks nog iets kan. {S} woont op {ad}.\n\n",
    )), r=parent, n=n, dob=ctx.dob(), m=ctx.choice(ids.MONTHS), ad=ctx.address(), s=sub, S=sub.title(),
        p=pos)
    doc.put("De Wmo-consulent, {c:t_sur}, kwam één keer langs en sprak vooral met mij, niet met {n:sur}. "
            "Het BSN van {n:poss_sur} dossier ({b}) staat op elke brief, maar niemand belt terug. ",
            c=c, n=n, b=ctx.bsn())
    distractor(ctx, doc)
    doc.text("\n\n")


def topic_bouw(ctx: Ctx, doc: Doc, a: Person, n: Person, c: Person) -> None:
    doc.put("Onze achterburen op {ad} bouwen sinds {m} een uitbouw van drie verdiepingen. Wij hebben "
            "daar nooit een vergunning voor zien langskomen. Het bouwbedrijf, {o}, zet elke ochtend om "
            "zeven uur een bestelbus ({k}) voor onze deur.\n\n",
            ad=ctx.address(), m=ctx.choice(ids.MONTHS), o=org(ctx.choice(COMPANIES)), k=ctx.plate())
    doc.put("Toen ik {c:full} van Vergunningen belde, zei {c:later} dat het 'vergunningvrij' is. Mijn "
            "buren {n:full} en {n2:full} zijn het daar niet mee eens. ", c=c, n=n, n2=ctx.person())
    distractor(ctx, doc)
    doc.text("\n\n")


def topic_inburgering(ctx: Ctx, doc: Doc, a: Person, n: Person, c: Person) -> None:
    doc.put("Ik ben {a:first}, ik woon twee jaar in Dordrecht en ik kom uit {p}. Ik wil graag werken, "
            "maar de taalcursus is vol tot {m}. Mijn consulent {c:first} zegt ik moet wachten. Mijn partner "
            "{n:low} heeft diploma als verpleegkundige, maar ook {s} mag nog niet werken.\n\n",
            a=a, p=ctx.choice(PLACES[7:]), m=ctx.choice(ids.MONTHS), c=c, n=n,
            s="zij" if n.gender == "f" else "hij")
    doc.put("Bij {o} hebben wij hulp gekregen van {v:full}. Ik vraag de raad: maak meer plek bij "
            "{pr}. ", o=org("Vluchtelingenwerk Dordrecht"), v=ctx.person(), pr="Taalmaatjes")
    distractor(ctx, doc)
    doc.text("\n\n")


RESIDENT_TOPICS: tuple[Callable[[Ctx, Doc, Person, Person, Person], None], ...] = (
    topic_speeltuin, topic_bomen, topic_parkeren, topic_overlast, topic_afval, topic_bezuiniging,
    topic_verkeer, topic_wmo, topic_bouw, topic_inburgering,
)
TOPIC_SUBJECTS: dict[str, str] = {
    "topic_speeltuin": "speeltuin in onze straat",
    "topic_bomen": "kap van de iepen",
    "topic_parkeren": "wegslepen van mijn auto",
    "topic_overlast": "overlast in de portiek",
    "topic_afval": "volle containers",
    "topic_bezuiniging": "bezuinigingen buurthuis",
    "topic_verkeer": "verkeersveiligheid",
    "topic_wmo": "huishoudelijke hulp",
    "topic_bouw": "uitbouw zonder vergunning",
    "topic_inburgering": "wachtlijst taalcursus",
}

# --------------------------------------------------------------------------- letters


def make_resident_letter(ctx: Ctx) -> Doc:
    rng = ctx.rng
    doc = Doc(rng)
    topic = rng.choice(RESIDENT_TOPICS)
    a = ctx.newcomer() if topic is topic_inburgering else ctx.person()
    n, c = ctx.person(), ctx.person()
    subject = TOPIC_SUBJECTS[topic.__name__]
    if rng.random() < 0.4:
        email_header(ctx, doc, a, ctx.email(a), [(org("Raadsgriffie Dordrecht"),
                     ctx.mailbox("raadsgriffie@dordrecht.nl"))], f"Raadsbrief {subject}")
        doc.put(rng.choice(("Geachte raadsleden,\n\n", "Beste raadsleden,\n\n",
                            "Geachte leden van de gemeenteraad,\n\n")))
    else:
        resident_block(ctx, doc, a, phone=rng.random() < 0.7, mail=rng.random() < 0.6)
        doc.put("\nAan de gemeenteraad van Dordrecht\nt.a.v. de griffie\n{b}\n{bpc}  DORDRECHT\n\n",
                b=Ent(BODY_PO_BOX[0], "ADDRESS", "keep"), bpc=Ent(BODY_PO_BOX[1], "POSTCODE", "keep"))
        doc.put("Dordrecht, {d}\n\nBetreft: {s}\n\n", d=ctx.date(), s=subject)
        doc.put(rng.choice(("Geachte leden van de raad,\n\n", "Geachte dames en heren,\n\n",
                            "Geachte griffier, geachte raadsleden,\n\n")))
    topic(ctx, doc, a, n, c)
    word_surname_distractor(doc, [a, n, c])
    if rng.random() < 0.5:
        topic2 = rng.choice([t for t in RESIDENT_TOPICS if t not in (topic, topic_inburgering)])
        doc.text("Daarnaast wil ik nog iets anders onder uw aandacht brengen. ")
        topic2(ctx, doc, a, ctx.person(), c)
    doc.put(rng.choice((
        "Ik hoop dat u dit punt meeneemt in de commissie. U kunt mij bereiken op {t}.\n\n",
        "Graag hoor ik van u. Mijn telefoonnummer is {t}.\n\n",
        "Voor vragen ben ik bereikbaar via {t}, ook 's avonds.\n\n",
    )), t=ctx.phone())
    doc.put("Met vriendelijke groet,\n\n{a:" + rng.choice(("full", "ini", "full")) + "}\n", a=a)
    if rng.random() < 0.35:
        m1, m2 = ctx.person(), ctx.person()
        doc.put("\nMede namens: {m1:full} ({a1}) en {m2:t_sur} ({a2})\n",
                m1=m1, a1=ctx.address(), m2=m2, a2=ctx.address())
    if rng.random() < 0.2:
        doc.put("Meer over mij: {u}\n", u=ctx.url(a))
    return doc


def make_org_letter(ctx: Ctx) -> Doc:
    """A raadsbrief of an organisation, modelled on the published Dordrecht example."""
    rng = ctx.rng
    doc = Doc(rng)
    org_name = rng.choice(("Vluchtelingenwerk Dordrecht", "Stichting Present Dordrecht",
                           "Humanitas Drechtsteden", "Voedselbank Dordrecht", "Stichting MEE"))
    domain = ORGS[org_name]
    staff = ctx.person()
    vol1, vol2 = ctx.person(), ctx.newcomer()
    r1, r2 = rng.sample(ctx.roster.raadsleden, 2)
    w = ctx.wethouder()
    email_header(ctx, doc, staff, ctx.email(staff, domain),
                 [(org("Raadsgriffie Dordrecht"), ctx.mailbox("raadsgriffie@dordrecht.nl"))],
                 Doc(rng).put("raadsbrief van {o}", o=org(org_name)),
                 cc=[(None, ctx.mailbox(f"info@{domain}"))] if rng.random() < 0.5 else None)
    doc.put(rng.choice(("Beste mensen\n\n", "Geachte raadsleden,\n\n", "Beste leden van de raad,\n\n")))
    doc.put("Graag maken we met deze raadsbrief gebruik van de mogelijkheid om ons standpunt over de "
            "komende bezuinigingen aan de raad voor te leggen. Op {d} waren raadsleden {r1:full} "
            "({p1}) en {r2:full} ({p2}) op werkbezoek bij {o}. Uw interesse in ons werk doet ons goed.\n\n",
            d=ctx.date(), r1=r1, p1=org(r1.extra), r2=r2, p2=org(r2.extra), o=org(org_name))
    doc.put("Alleen al in {m} zijn {x} statushouders verwelkomd in Dordrecht. Tijdens {pr} betaalt "
            "{sd} de vaste lasten gedurende de eerste zes maanden; wij werken in die tijd aan de "
            "financiële zelfredzaamheid. Zoals bekend werkt {o} met vrijwilligers, onder wie "
            "ervaringsdeskundigen uit de eigen doelgroep.\n\n",
            m=ctx.choice(ids.MONTHS), x=str(rng.randint(8, 30)), pr="Financieel Ontzorgen",
            sd=org("Sociale Dienst Drechtsteden"), o=org(org_name))
    doc.put("Een voorbeeld: {v2:full} kwam twee jaar geleden via {coa} naar Dordrecht en is nu zelf "
            "tolk bij ons spreekuur op het SamenWerkplein. {v2:poss} verhaal staat in het boekje "
            "Sociale kaart Dordrecht. Onze vrijwilliger {v1:first} begeleidt inmiddels zes gezinnen.\n\n",
            v2=vol2, coa=org("COA"), v1=vol1)
    doc.put("Wethouder {w:sur} heeft in de commissie gezegd dat de basis op orde moet blijven. Wij "
            "hopen u te overtuigen 'zuinig te bezuinigen' en verwijzen naar de nota {v}. ",
            w=w, v="Visie sociaal domein 2030")
    distractor(ctx, doc)
    doc.put("\n\nAltijd welkom bij ons als u meer over ons werk wilt horen!\n\nHartelijke groet,\n\n"
            "{s:full}\n{f} {o}\naandachtsfunctionaris Huiselijk geweld/Kindermishandeling\n",
            s=staff, f=rng.choice(("teamleider", "coördinator", "directeur")), o=org(org_name))
    if rng.random() < 0.6:
        doc.put("{t}\n{m}\n", t=ctx.mobile(), m=ctx.mailbox(f"info@{domain}"))
    return doc


# --------------------------------------------------------------------------- e-mails


def body_reply_to_resident(ctx: Ctx, doc: Doc, c: Person, a: Person, subject: str) -> None:
    rng = ctx.rng
    doc.put("Geachte {a:hon},\n\n", a=a)
    doc.put(rng.choice((
        "Dank voor uw bericht over {s}. Ik heb uw melding doorgezet naar mijn collega {k:full}, "
        "die de wijk in beheer heeft. {k:later} neemt uiterlijk vrijdag contact met u op.",
        "Hartelijk dank voor uw e-mail. Uw vraag over {s} is bij mij terechtgekomen. Ik heb overlegd "
        "met {k:t_sur} van team Stadsbeheer; die kijkt deze week ter plaatse.",
        "Naar aanleiding van uw bericht over {s} heb ik contact gehad met {k:full}. Helaas kan ik u "
        "nog geen datum noemen.",
    )), s=subject, k=ctx.person())
    doc.put(" Wilt u bij verdere correspondentie zaaknummer {z} vermelden?\n\n"
            "Wethouder {w:full} is van uw zorgen op de hoogte. ", z=ctx.case_number(), w=ctx.wethouder())
    if rng.random() < 0.5:
        doc.put("Voor spoedeisende zaken kunt u {t} bellen. ", t=ctx.switchboard())
    distractor(ctx, doc)
    doc.text("\n")
    servant_signature(ctx, doc, c)


def body_resident_mail(ctx: Ctx, doc: Doc, a: Person, topic: Callable[..., None]) -> None:
    rng = ctx.rng
    n, c = ctx.person(), ctx.person()
    doc.put(rng.choice(("Beste meneer/mevrouw,\n\n", "Goedemiddag,\n\n", "Geachte heer, mevrouw,\n\n")))
    topic(ctx, doc, a, n, c)
    doc.put(rng.choice((
        "Ik woon op {ad}, {pc}. Bel me gerust op {t}.\n\n",
        "Mijn adres is {ad} ({pc}), telefoon {t}.\n\n",
        "Groet vanaf {ad}, {pc} Dordrecht. Tel {t}\n\n",
    )), ad=ctx.address(), pc=ctx.postcode(), t=ctx.phone())
    doc.put(rng.choice(("Met vriendelijke groet,\n{a:full}\n", "Groeten,\n{a:first}\n",
                        "Mvg\n{a:ini}\n", "Vriendelijke groet,\n{a:low_full}\n")), a=a)


def make_email(ctx: Ctx) -> Doc:
    rng = ctx.rng
    doc = Doc(rng)
    variant = rng.randrange(4)
    english = rng.random() < 0.2
    if variant == 0:
        # Civil servant answers a resident; the resident's mail is quoted below.
        a, c = ctx.person(), ctx.person()
        topic = rng.choice([t for t in RESIDENT_TOPICS if t is not topic_inburgering])
        subject = TOPIC_SUBJECTS[topic.__name__]
        a_mail, c_mail = ctx.email(a), ctx.work_email(c)
        asked = dt.datetime(*ids.make_doc_date(rng), rng.randint(7, 21), rng.randint(0, 59))
        answered = asked + dt.timedelta(minutes=rng.randint(60, 9 * 24 * 60))
        email_header(ctx, doc, c, c_mail, [(a, a_mail)], f"RE: {subject}",
                     cc=[(None, ctx.mailbox(rng.choice(("klachten@dordrecht.nl", "info@dordrecht.nl"))))],
                     english=english, sent=None if english else outlook_date(answered))
        body_reply_to_resident(ctx, doc, c, a, subject)
        original = Doc(rng)
        body_resident_mail(ctx, original, a, topic)
        doc.text("\n")
        quote_intro(ctx, doc, a, a_mail, asked)
        doc.extend(original, prefix="> ")
    elif variant == 1:
        # Casework between the municipality and an organisation about a client.
        c, s, cl = ctx.person(), ctx.person(), ctx.newcomer()
        org_name = rng.choice(("Vluchtelingenwerk Dordrecht", "Sociale Dienst Drechtsteden", "Stichting MEE"))
        s_mail = ctx.email(s, ORGS[org_name])
        subject = Doc(rng).put("Cliënt {cl:sur} - {t}", cl=cl,
                               t=rng.choice(("huisvesting", "inburgering", "toeslagen")))
        email_header(ctx, doc, s, s_mail, [(c, ctx.work_email(c))], subject,
                     cc=[(org(org_name), ctx.mailbox(f"secretariaat@{ORGS[org_name]}"))], english=english)
        doc.put("Hoi {c:first},\n\nZoals besproken stuur ik je de gegevens van {cl:t_full}, "
                "geboren {dob}. Het BSN is {b}. {cl:later} woont sinds {m} op {ad}, {pc} Dordrecht.\n\n",
                c=c, cl=cl, dob=ctx.dob(), b=ctx.bsn(), m=ctx.choice(ids.MONTHS), ad=ctx.address(),
                pc=ctx.postcode())
        doc.put("De uitkering moet worden overgemaakt op {i} (t.n.v. {cl:ini}). Het oude nummer "
                "{bad} klopt niet meer. {cl:poss} partner {p:first} is nog in {pl}; de aanvraag bij de "
                "{ind} loopt onder zaaknummer {z}.\n\n",
                i=ctx.iban(), cl=cl, bad=ctx.bad_iban(), p=ctx.newcomer(), pl=ctx.choice(PLACES[7:]),
                ind=org("IND"), z=ctx.case_number())
        doc.put("Kun je bevestigen dat {pr} is gestart?\n", pr="Financieel Ontzorgen")
        servant_signature(ctx, doc, s, org_name)
    elif variant == 2:
        # A resident mails the Woo mailbox; an auto-reply-like answer by a named official.
        a = ctx.person()
        a_mail = ctx.email(a)
        email_header(ctx, doc, a, a_mail, [(None, ctx.mailbox("woo@dordrecht.nl"))],
                     "Woo-verzoek stukken "
                     + rng.choice(("bomenkap", "parkeerbeleid", "opvang statushouders")),
                     english=english)
        doc.put("Geachte heer/mevrouw,\n\nOp grond van de Wet open overheid verzoek ik u om alle "
                "documenten over {t} vanaf {m} 2023, inclusief de e-mails tussen wethouder {w:full} en "
                "de {o}. Ik vraag u ook de verslagen van het overleg met {cs:t_full} van uw afdeling.\n\n",
                t=rng.choice(("de kap van bomen in Sterrenburg", "het parkeerbeleid",
                              "de opvang in het hotel")),
                m=ctx.choice(ids.MONTHS), w=ctx.wethouder(), o=org("COA"), cs=ctx.person())
        doc.put("Mijn gegevens: {a:full}, {ad}, {pc} Dordrecht, geboortedatum {dob}. U kunt mij "
                "bereiken op {t}.\n\n",
                a=a, ad=ctx.address(), pc=ctx.postcode(), dob=ctx.dob(), t=ctx.phone())
        doc.put("Met vriendelijke groet,\n{a:full}\n", a=a)
        if rng.random() < 0.5:
            doc.put("{u}\n", u=ctx.url(a))
    else:
        # Internal mail between civil servants, an official in CC, the griffie involved.
        c1, c2 = ctx.person(), ctx.person()
        w = ctx.wethouder()
        email_header(ctx, doc, c1, ctx.work_email(c1), [(c2, ctx.work_email(c2))],
                     "Raadsvragen " + rng.choice(("wachtlijst schuldhulp", "huisvesting statushouders",
                                                  "handhaving parkeren")),
                     cc=[(org("Raadsgriffie Dordrecht"), ctx.mailbox("raadsgriffie@dordrecht.nl"))],
                     english=english)
        r = ctx.raadslid()
        doc.put("Hoi {c2:first},\n\nRaadslid {r:full} ({p}) heeft schriftelijke vragen gesteld. "
                "De griffie wil het antwoord voor {d} hebben. Wethouder {w:sur} wil het concept "
                "eerst zelf zien; kun jij het bij {sec:t_sur} van het secretariaat neerleggen?\n\n",
                c2=c2, r=r, p=org(r.extra), d=ctx.date(), w=w, sec=ctx.person())
        doc.put("Voor de cijfers kun je bij {o} terecht, vraag naar {k:first} ({t}). ",
                o=org("Sociale Dienst Drechtsteden"), k=ctx.person(), t=ctx.mobile())
        word_surname_distractor(doc, [c1, c2])
        distractor(ctx, doc)
        doc.put("\n\nGroet,\n{c1:first}\n", c1=c1)
    return doc


# --------------------------------------------------------------------------- e-mail threads


@dataclass
class Message:
    """One message of a thread: who sends it to whom, and a function writing its body."""

    sender: Any
    sender_mail: Ent
    to: list[tuple[Any, Ent]]
    subject: str
    body: Callable[[Doc], None]
    cc: list[tuple[Any, Ent]] | None = None


def thread_housing(ctx: Ctx) -> list[Message]:
    """An organisation asks the municipality for an urgent house for a family reunification."""
    rng = ctx.rng
    cl, a, c, k = ctx.newcomer(), ctx.person(), ctx.person(), ctx.person()
    org_name = rng.choice(("Vluchtelingenwerk Dordrecht", "Woonbron", "Trivire", "Stichting MEE"))
    a_mail, c_mail, k_mail = ctx.email(a, ORGS[org_name]), ctx.work_email(c), ctx.work_email(k)
    w = ctx.wethouder()
    subject = rng.choice(("Huisvesting gezin", "Gezinshereniging en woning", "Urgentie woning cliënt"))

    def m1(doc: Doc) -> None:
        doc.put("Beste {c:first},\n\nIk begeleid {cl:t_full} (geb. {dob}). {cl:poss_sur} gezin komt via "
                "gezinshereniging over; de {ind} heeft positief beslist. De huidige woning aan de {ad} is "
                "te klein voor vijf personen. Kunnen we met {o} kijken naar een urgentieverklaring?\n\n"
                "BSN van cliënt: {b}\nTel. cliënt: {t}\n",
                c=c, cl=cl, dob=ctx.dob(), ind=org("IND"), ad=ctx.address(), o=org(org_name), b=ctx.bsn(),
                t=ctx.phone())
        servant_signature(ctx, doc, a, org_name)

    def m2(doc: Doc) -> None:
        doc.put("Hallo {a:first},\n\nDank je. Ik zet {k:full} erop, die doet de urgenties. Stuur het BSN "
                "voortaan liever via het beveiligde portaal.\n", a=a, k=k)
        servant_signature(ctx, doc, c)

    def m3(doc: Doc) -> None:
        doc.put("Beste {a:first}, {c:first},\n\nIk heb het dossier van {cl:t_sur} bekeken. Een urgentie "
                "kan, maar dan moet {cl:first} zich eerst inschrijven als woningzoekende. In {m} bespreek ik "
                "het met wethouder {w:full}. Kenmerk: {z}.\n", a=a, c=c, cl=cl, m=ctx.choice(ids.MONTHS),
                w=w, z=ctx.case_number())
        word_surname_distractor(doc, [cl, a, c, k])
        doc.put("\nGroet,\n{k:full}\nteam Wonen, {o}\n{t}\n",
                k=k, o=org("gemeente Dordrecht"), t=ctx.mobile())

    def m4(doc: Doc) -> None:
        doc.put("Top, dank jullie wel! Ik heb {cl:low} vanochtend gesproken, erg opgelucht. Ik laat {o} "
                "weten dat de aanvraag loopt.\n\n{a:first}\n", cl=cl, o=org(org_name), a=a)

    return [
        Message(a, a_mail, [(c, c_mail)], subject, m1,
                [(org(org_name), ctx.mailbox(f"info@{ORGS[org_name]}"))]),
        Message(c, c_mail, [(a, a_mail)], "RE: " + subject, m2, [(k, k_mail)]),
        Message(k, k_mail, [(a, a_mail), (c, c_mail)], "RE: " + subject, m3),
        Message(a, a_mail, [(k, k_mail)], "RE: " + subject, m4, [(c, c_mail)]),
    ]


def thread_woo(ctx: Ctx) -> list[Message]:
    """A Woo request travels from the requester via the Woo desk to a department and back."""
    rng = ctx.rng
    a, c, k, j = ctx.person(), ctx.person(), ctx.person(), ctx.person()
    a_mail, c_mail, k_mail = ctx.email(a), ctx.work_email(c), ctx.work_email(k)
    w, r = ctx.wethouder(), ctx.raadslid()
    topic = rng.choice(("de opvang in het Postillion-hotel", "het parkeerbeleid in Stadspolders",
                        "de sloop van de flats aan de Vrieseweg"))
    woo = ctx.mailbox("woo@dordrecht.nl")
    z = ctx.case_number()

    def m1(doc: Doc) -> None:
        doc.put("Geachte heer/mevrouw,\n\nOp grond van de Wet open overheid verzoek ik om openbaarmaking "
                "van alle documenten over {t} vanaf {m} 2024, ook de berichten van en aan wethouder "
                "{w:full}.\n\nMijn adres: {ad}, {pc} Dordrecht. Telefoon {tel}.\n\n"
                "Met vriendelijke groet,\n{a:full}\n",
                t=topic, m=ctx.choice(ids.MONTHS), w=w, ad=ctx.address(), pc=ctx.postcode(),
                tel=ctx.phone(), a=a)

    def m2(doc: Doc) -> None:
        doc.put("Hoi {k:first},\n\nHieronder een Woo-verzoek van {a:t_full} over {t}. Kun jij de stukken "
                "verzamelen? Het gaat ook om mails tussen wethouder {w:sur} en {o}. Zaaknummer {z}, de "
                "termijn loopt over vier weken af.\n\nGroet,\n{c:first}\nWoo-coördinator\n",
                k=k, a=a, t=topic, w=w,
                o=org(rng.choice(("COA", "Woonbron", "Veiligheidsregio Zuid-Holland Zuid"))),
                z=z, c=c)

    def m3(doc: Doc) -> None:
        doc.put("Hoi {c:first},\n\nIk heb 23 documenten gevonden. In een aantal staan namen en BSN's van "
                "bewoners, die moeten eruit. De namen van wethouder {w:sur} en raadslid {r:full} mogen "
                "blijven staan. {j:first} van Juridische Zaken kijkt mee; {j:poss} telefoon is {t}.\n",
                c=c, w=w, r=r, j=j, t=ctx.mobile())
        distractor(ctx, doc)
        doc.put("\n\n{k:ini}\n{f}\n", k=k, f=ctx.choice(CIVIL_SERVANT_FUNCTIONS))

    def m4(doc: Doc) -> None:
        doc.put("Geachte {a:hon},\n\nWij hebben uw verzoek ontvangen en geregistreerd onder "
                "zaaknummer {z}. Wij verdagen de beslistermijn met twee weken, omdat derden om hun "
                "zienswijze wordt gevraagd. Vragen? Mail naar {m} of bel {t}.\n",
                a=a, z=z, m=ctx.mailbox("woo@dordrecht.nl"), t=ctx.switchboard())
        servant_signature(ctx, doc, c, function="Woo-coördinator")

    return [
        Message(a, a_mail, [(None, woo)], "Woo-verzoek " + topic, m1),
        Message(c, c_mail, [(k, k_mail)], "FW: Woo-verzoek " + topic, m2, [(None, woo)]),
        Message(k, k_mail, [(c, c_mail)], "RE: Woo-verzoek " + topic, m3),
        Message(c, c_mail, [(a, a_mail)], "Ontvangstbevestiging Woo-verzoek", m4, [(None, woo)]),
    ]


def thread_visit(ctx: Ctx) -> list[Message]:
    """The college secretariat plans a wethouder's working visit to an organisation."""
    rng = ctx.rng
    sec, a, v, dr, k = ctx.person(), ctx.person(), ctx.newcomer(), ctx.person(), ctx.person()
    org_name = rng.choice(("Vluchtelingenwerk Dordrecht", "Voedselbank Dordrecht",
                           "Stichting Wijkwerk Krispijn", "Humanitas Drechtsteden"))
    domain = ORGS[org_name]
    sec_box = ctx.mailbox("secretariaat.college@dordrecht.nl")
    a_mail, k_mail = ctx.email(a, domain), ctx.email(k, domain)
    w = ctx.wethouder()
    when = ctx.date()

    def m1(doc: Doc) -> None:
        doc.put("Beste {a:t_sur},\n\nWethouder {w:full} ({p}) komt graag op werkbezoek bij {o}, bij voorkeur "
                "op {d} in de middag. Kunt u aangeven of dat past?\n\nMet vriendelijke groet,\n\n{s:full}\n"
                "Secretariaat college van B&W\n{g}\n", a=a, w=w, p=w.extra, o=org(org_name), d=when, s=sec,
                g=org(BODY_NAME))

    def m2(doc: Doc) -> None:
        doc.put("Beste {s:first},\n\nWat leuk! {d} past goed. Wij stellen voor dat de wethouder spreekt met "
                "onze vrijwilliger {v:full}, die zelf twee jaar geleden als statushouder in Dordrecht kwam, "
                "en met {n:t_sur} van het taalcafé. Parkeren kan achter het gebouw aan de {st}.\n",
                s=sec, d=when, v=v, n=ctx.person(), st=ctx.choice(ids.PERSON_STREETS))
        servant_signature(ctx, doc, a, org_name)

    def m3(doc: Doc) -> None:
        doc.put("Dank u. Wethouder {w:sur} komt met de bode, {dr:full}; die belt bij aankomst vanaf "
                "{t}. Kunt u {v:first} vragen of een foto voor de website goed is?\n\n{s:first}\n",
                w=w, dr=dr, t=ctx.mobile(), v=v, s=sec)

    def m4(doc: Doc) -> None:
        doc.put("Bevestigd. {v:first} vindt een foto prima. Mijn collega {k:full} ({t}) vangt jullie op "
                "bij de ingang.\n\nGroet, {a:first}\n", v=v, k=k, t=ctx.mobile(), a=a)

    return [
        Message(sec, sec_box, [(a, a_mail)], "Werkbezoek wethouder", m1),
        Message(a, a_mail, [(org("Secretariaat college"), sec_box)], "RE: Werkbezoek wethouder", m2),
        Message(sec, sec_box, [(a, a_mail)], "RE: Werkbezoek wethouder", m3),
        Message(a, a_mail, [(org("Secretariaat college"), sec_box)], "RE: Werkbezoek wethouder", m4,
                [(k, k_mail)]),
    ]


THREADS: tuple[Callable[[Ctx], list[Message]], ...] = (thread_housing, thread_woo, thread_visit)


def make_email_thread(ctx: Ctx) -> Doc:
    """3-4 messages, newest first; older ones below an Outlook separator or quoted with '>'."""
    rng = ctx.rng
    messages = rng.choice(THREADS)(ctx)
    if rng.random() < 0.4:
        messages = messages[:3]
    start = dt.datetime(*ids.make_doc_date(rng), rng.randint(8, 11), rng.randint(0, 59))
    sent = [start]
    for _ in messages[1:]:
        sent.append(sent[-1] + dt.timedelta(minutes=rng.randint(25, 3 * 24 * 60)))
    nested = rng.random() < 0.4
    doc = Doc(rng)
    for depth, index in enumerate(reversed(range(len(messages)))):
        msg = messages[index]
        header = Doc(rng)
        email_header(ctx, header, msg.sender, msg.sender_mail, msg.to, msg.subject, cc=msg.cc,
                     sent=outlook_date(sent[index]))
        body = Doc(rng)
        msg.body(body)
        if depth == 0:
            doc.extend(header)
            doc.extend(body)
        elif nested:
            intro = Doc(rng)
            quote_intro(ctx, intro, msg.sender, msg.sender_mail, sent[index])
            doc.text("\n")
            doc.extend(intro, prefix="> " * (depth - 1))
            doc.extend(body, prefix="> " * depth)
        else:
            doc.text("\n" + rng.choice(("-----Oorspronkelijk bericht-----\n", "_" * 32 + "\n")))
            doc.extend(header)
            doc.extend(body)
    return doc


# --------------------------------------------------------------------------- case notes


def make_case_note(ctx: Ctx) -> Doc:
    """Informal log of a refugee-support team: abbreviations, lower-case slips, short lines."""
    rng = ctx.rng
    doc = Doc(rng)
    cl = ctx.newcomer()
    partner = ctx.newcomer(gender="f" if cl.gender == "m" else "m")
    child = ctx.newcomer()
    tolk, vw, cm = ctx.newcomer(), ctx.person(), ctx.person()
    year = rng.choice((2024, 2025))
    cl_dob, cl_bsn = ctx.dob(), ctx.bsn()
    org_name = rng.choice(("Vluchtelingenwerk Dordrecht", "Vluchtelingenwerk Dordrecht", "Stichting MEE"))
    if rng.random() < 0.6:
        doc.put("Logboek maatschappelijke begeleiding - {o}\nDossier: {z}\nCliënt: {cl:rev} (geb. {dob})\n"
                "BSN: {b}\nAdres: {ad}, {pc} Dordrecht\nTel: {t}\nBegeleider: vw. {vw:first}\n\n",
                o=org(org_name), z=ctx.case_number(), cl=cl, dob=cl_dob, b=cl_bsn, ad=ctx.address(),
                pc=ctx.postcode(), t=ctx.phone(), vw=vw)
    else:
        doc.put("Notities {cl:caps} - team statushouders\n\n", cl=cl)
    entries: list[Callable[[str], None]] = [
        lambda d: doc.put("{d} {cl:cl} belt over gezinshereniging, {t:t_sur} (tolk) aanwezig. Formulieren "
                          "{ind} doorgenomen.\n", d=d, cl=cl, t=tolk, ind=org("IND")),
        lambda d: doc.put("{d} huisbezoek. {cl:first} maakt zich zorgen om broer in {p}. Afgesproken dat "
                          "vw. {vw:first} meegaat naar de {g}.\n", d=d, cl=cl, p=ctx.choice(PLACES[7:]),
                          vw=vw, g=org("GGD Zuid-Holland Zuid")),
        lambda d: doc.put("{d} {pa:first} (partner) heeft brief {bd} meegenomen, toeslagen lopen nog niet. "
                          "IBAN cl. {i} doorgegeven aan {sd}.\n", d=d, pa=partner, bd=org("Belastingdienst"),
                          i=ctx.iban(), sd=org("Sociale Dienst Drechtsteden")),
        lambda d: doc.put("{d} tel. contact met {cm:t_sur} ({sd}), {pr} loopt tot eind {m}. Belt cl. "
                          "terug op {t}.\n", d=d, cm=cm, sd=org("Sociale Dienst Drechtsteden"),
                          pr="Financieel Ontzorgen", m=ctx.choice(ids.MONTHS), t=ctx.phone()),
        lambda d: doc.put("{d} {cl:low} niet verschenen op afspraak, gebeld, geen gehoor. Volgende week "
                          "opnieuw.\n", d=d, cl=cl),
        lambda d: doc.put("{d} {cl:poss} kind {k:first} (geb. {dob}) start na de zomer op {sc}.\n",
                          d=d, cl=cl, k=child, dob=ctx.dob(child=True), sc=org(ctx.choice(SCHOOLS))),
        lambda d: doc.put("{d} {cl:t_sur} geb. {dob}, BSN {b}, gemeld bij {coa} ivm verhuizing naar {ad}.\n",
                          d=d, cl=cl, dob=cl_dob, b=cl_bsn, coa=org("COA"), ad=ctx.address()),
        lambda d: doc.put("{d} Zaaknr. {z} bij {ind}, beslistermijn verlengd. Cl. gefrustreerd, "
                          "uitleg gegeven.\n", d=d, z=ctx.case_number(), ind=org("IND")),
        lambda d: doc.put("{d} cl. heeft nieuw tel.nr: {t}. Oude nr. vervalt per {m}.\n",
                          d=d, t=ctx.phone(), m=ctx.choice(ids.MONTHS)),
        lambda d: doc.put("{d} In mei start de taalcursus (Taalmaatjes). {cl:first} en {pa:low} "
                          "ingeschreven.\n", d=d, cl=cl, pa=partner),
        lambda d: doc.put("{d} gesprek met {cm:full} (klantmanager) en {tl:t_sur} (tolk Tigrinya/Arabisch). "
                          "Schulden bij {o}: € 640,-. Aflossing via {pr}.\n", d=d, cm=cm, tl=tolk,
                          o=org(ctx.choice(COMPANIES)), pr="Schuldhulpmaatje"),
        lambda d: doc.put("{d} cl. zoekt familie via social media, profiel neef: {u}. Uitgelegd wat wel/niet "
                          "te delen.\n", d=d, u=ctx.url(ctx.newcomer())),
        lambda d: doc.put("{d} {cl:sur} heeft brommer gekocht, kenteken {k}. Verzekering nog regelen!\n",
                          d=d, cl=cl, k=ctx.plate()),
        lambda d: doc.put("{d} overdracht: dossier {cl:cl} naar {n:first}, ik ben vanaf {m} weg.\n",
                          d=d, cl=cl, n=ctx.person(), m=ctx.choice(ids.MONTHS)),
        lambda d: doc.put("{d} voogd {v:full} ({o}) gebeld over {k:first}.\n",
                          d=d, v=ctx.person(), k=child, o=org("Nidos")),
        lambda d: doc.put("{d} mail van {e} ontvangen, doorgestuurd naar {f}.\n",
                          d=d, e=ctx.email(cl), f=ctx.mailbox("servicedesk@dordrecht.nl")),
    ]
    chosen = rng.sample(entries, k=rng.randint(6, 9))
    for entry in chosen:
        entry(short_date(rng, year) if rng.random() < 0.85 else short_date(rng, year)[:5])
        if rng.random() < 0.15:
            distractor(ctx, doc)
            doc.text("\n")
    word_surname_distractor(doc, [vw, cm])
    doc.put("\n-- {vw:first} ({f})\n", vw=vw, f=ctx.choice(("vw.", "vrijwilliger", "mb")))
    return doc


# --------------------------------------------------------------------------- complaints


def make_complaint(ctx: Ctx) -> Doc:
    rng = ctx.rng
    doc = Doc(rng)
    a, c, n = ctx.person(), ctx.person(), ctx.person(gender="f")
    resident_block(ctx, doc, a, phone=True, mail=rng.random() < 0.7)
    doc.put("\n{o}\nt.a.v. de klachtencoördinator\n{b}\n{bpc} Dordrecht\n\n{pl}, {d}\n\n",
            o=org(BODY_NAME), b=Ent(BODY_PO_BOX[0], "ADDRESS", "keep"),
            bpc=Ent(BODY_PO_BOX[1], "POSTCODE", "keep"), pl=ctx.choice(("Dordrecht", "Zwijndrecht")),
            d=ctx.date())
    kind = rng.randrange(4)
    amount = ("95,00", "95,00", "1.240,00", "68,50")[kind]
    if kind == 0:
        doc.put("Betreft: klacht over naheffingsaanslag parkeren, kenmerk {z}\n\nGeachte heer, mevrouw,\n\n",
                z=ctx.case_number())
        doc.put("Op {d} kreeg ik een naheffingsaanslag voor mijn auto ({k}) op de {s}. Ik had een "
                "bezoekersvergunning geregistreerd voor het kenteken van mijn moeder, {n:t_full}, die "
                "bij mij op bezoek was in haar auto met kenteken {k2}.\n\n",
                d=ctx.date(), k=ctx.plate(), s=ctx.choice(ids.STREETS), n=n, k2=ctx.plate())
        doc.put("Toen ik belde, zei {c:t_sur} dat ik bezwaar moest maken. Dat heb ik gedaan, maar ik "
                "heb nooit een reactie ontvangen. ", c=c)
    elif kind == 1:
        doc.put("Betreft: klacht bejegening bij Publiekszaken\n\nGeachte klachtencoördinator,\n\n")
        doc.put("Op {d} had ik een afspraak voor een nieuw paspoort voor mijn dochter {n:first} "
                "(geboren {dob}). De medewerker, {c:t_ini}, weigerde ons te helpen omdat de "
                "geboorteakte uit {p} niet gelegaliseerd was, en was daarbij erg kortaf. Mijn BSN is "
                "{b}, dat van mijn dochter {b2}.\n\n", d=ctx.date(), n=n, dob=ctx.dob(child=True), c=c,
                p=ctx.choice(PLACES[7:]), b=ctx.bsn(), b2=ctx.bsn())
        doc.put("Ik heb daarna contact opgenomen via {t}, maar werd drie keer doorverbonden. ",
                t=ctx.switchboard())
    elif kind == 2:
        doc.put("Betreft: terugbetaling leges omgevingsvergunning\n\nGeachte heer/mevrouw,\n\n")
        doc.put("Voor de aanvraag van een dakkapel op {ad} heb ik € 1.240,00 leges betaald. De "
                "aanvraag is ingetrokken na overleg met {c:full} van team Vergunningen. {c:later} "
                "zegde toe dat de leges zouden worden terugbetaald, maar dat is na vier maanden nog "
                "steeds niet gebeurd.\n\n", ad=ctx.address(), c=c)
        doc.put("Mijn buurvrouw {n:full} had hetzelfde probleem en kreeg haar geld wel terug. ", n=n)
    else:
        doc.put("Betreft: klacht over afhandeling bijzondere bijstand\n\nGeachte heer, mevrouw,\n\n")
        doc.put("In {m} heb ik bij {sd} bijzondere bijstand aangevraagd voor een wasmachine. Mijn "
                "klantmanager, {c:t_sur}, heeft de aanvraag kwijtgeraakt. Ik heb zelf een kopie "
                "gestuurd naar {e}, maar ook daarop kwam geen reactie.\n\n",
                m=ctx.choice(ids.MONTHS), sd=org("Sociale Dienst Drechtsteden"),
                e=ctx.work_email(c) if rng.random() < 0.5 else ctx.mailbox("servicedesk@dordrecht.nl"), c=c)
        doc.put("Ook mijn schuldhulpverlener {n:full} van {h} heeft meerdere keren gebeld. ",
                n=n, h=org("Humanitas Drechtsteden"))
    word_surname_distractor(doc, [a, c, n])
    distractor(ctx, doc)
    doc.put("\n\n" + rng.choice((
        "Ik verzoek u het bedrag van € {x} terug te storten op rekening {i} t.n.v. {a:ini}.",
        "Graag ontvang ik de € {x} retour op mijn rekening {i} ten name van {a:full}.",
        "Mijn IBAN is {i}; ik verwacht het bedrag van € {x} binnen 14 dagen terug.",
    )), x=amount, i=ctx.iban(), a=a)
    if rng.random() < 0.4:
        doc.put(" Let op: het nummer {bad} op uw brief is niet mijn rekeningnummer.", bad=ctx.bad_iban())
    doc.put("\n\nIk ga ervan uit dat u mijn klacht binnen de wettelijke termijn van zes weken behandelt. "
            "Een kopie van deze brief stuur ik naar raadslid {r:full}.\n\n", r=ctx.raadslid())
    doc.put("Hoogachtend,\n\n{a:" + rng.choice(("full", "ini")) + "}\n", a=a)
    if rng.random() < 0.3:
        doc.put("(geboortedatum {dob}, voor uw administratie)\n", dob=ctx.dob())
    if rng.random() < 0.25:
        doc.put("Mijn bericht hierover staat ook op {u}\n", u=ctx.url(a))
    return doc


# --------------------------------------------------------------------------- memos


MEMO_TOPICS: dict[str, str] = {
    "Stand van zaken huisvesting statushouders": "de huisvesting van statushouders",
    "Wachtlijst schuldhulpverlening": "de wachtlijst bij de schuldhulpverlening",
    "Evaluatie Financieel Ontzorgen": "de resultaten van Financieel Ontzorgen",
    "Afhandeling Woo-verzoeken Q2": "de termijnen van Woo-verzoeken",
    "Voorbereiding werkbezoek minister": "het werkbezoek van de minister",
}
MEMO_FUNCTIONS: tuple[str, ...] = (
    "beleidsadviseur Sociaal Domein", "juridisch adviseur", "Woo-coördinator", "beleidsmedewerker Wonen",
    "accountmanager statushouders", "programmamanager", "bestuursadviseur",
)


def make_memo(ctx: Ctx) -> Doc:
    rng = ctx.rng
    doc = Doc(rng)
    w = ctx.wethouder()
    c1, c2, tl = ctx.person(), ctx.person(), ctx.person()
    sec = ctx.roster.secretaris
    bm = ctx.roster.burgemeester
    subject = rng.choice(list(MEMO_TOPICS))
    doc.put(rng.choice(("MEMO\n\n", "Interne memo\n\n", "Notitie\n\n")))
    doc.put("Aan: wethouder {w:full} ({pf})\nVan: {c1:full}, {f1}\nKopie: gemeentesecretaris {sec:full}; "
            "{tl:ini} (teamleider)\nDatum: {d}\nOnderwerp: {s}\n\n",
            w=w, pf=w.extra, c1=c1, f1=ctx.choice(MEMO_FUNCTIONS), sec=sec, tl=tl, d=ctx.date(), s=subject)
    doc.put("Aanleiding\nIn de raadsvergadering van {d} heeft raadslid {r:full} ({p}) gevraagd naar {s}. "
            "Burgemeester {bm:full} heeft toegezegd de raad voor {m} te informeren.\n\n",
            d=ctx.date(), r=(r := ctx.raadslid()), p=org(r.extra), s=MEMO_TOPICS[subject], bm=bm,
            m=ctx.choice(ids.MONTHS))
    doc.put("Kern\n")
    if "statushouders" in subject or "minister" in subject:
        mi = ctx.roster.ministers[0]
        doc.put("De taakstelling voor dit halfjaar is 64 statushouders; 41 zijn gehuisvest. {coa} meldt "
                "dat minister {mi:full} de taakstelling voor volgend jaar verhoogt. Kamerlid {k:full} "
                "heeft hierover vragen gesteld. Onze accountmanager, {c2:full}, heeft met {wb} en {tr} "
                "afspraken gemaakt over flexwoningen aan de {st}.\n\n",
                coa=org("COA"), mi=mi, k=rng.choice(ctx.roster.kamerleden), c2=c2, wb=org("Woonbron"),
                tr=org("Trivire"), st=ctx.choice(ids.PERSON_STREETS))
    elif "Woo" in subject:
        doc.put("In het tweede kwartaal kwamen 37 Woo-verzoeken binnen via {m}. Twaalf zijn te laat "
                "afgehandeld. {c2:t_sur} (juridisch adviseur) wijst erop dat namen van medewerkers "
                "consequent moeten worden gelakt, behalve die van de griffier, {g:full}. Het verzoek "
                "met zaaknummer {z} loopt al elf maanden.\n\n",
                m=ctx.mailbox("woo@dordrecht.nl"), c2=c2, g=ctx.roster.griffier, z=ctx.case_number())
    else:
        doc.put("De wachtlijst bij {sd} is opgelopen tot 212 huishoudens. {pr} helpt: 80% van de "
                "deelnemers heeft na zes maanden geen betalingsachterstand. {c2:full} van {sd2} merkt "
                "op dat vooral gezinnen met jonge kinderen lang wachten; {c2:poss} team kan dit jaar "
                "niet uitbreiden.\n\n",
                sd=org("Sociale Dienst Drechtsteden"), pr="Financieel Ontzorgen", c2=c2,
                sd2=org("Sociale Dienst Drechtsteden"))
    if rng.random() < 0.5:
        res = ctx.person()
        doc.put("Casus (geanonimiseerd voor de raad, niet voor dit memo): {res:t_full}, {ad}, "
                "BSN {b}, wacht sinds {m} op een woning. Contact via {t}.\n\n",
                res=res, ad=ctx.address(), b=ctx.bsn(), m=ctx.choice(ids.MONTHS), t=ctx.phone())
    word_surname_distractor(doc, [c1, c2, tl])
    doc.put("Advies\nWij adviseren u de raad te informeren via een raadsinformatiebrief. ")
    distractor(ctx, doc)
    doc.put("\n\nContactpersoon: {c1:full}, {t} / {e}\n", c1=c1, t=ctx.phone(), e=ctx.work_email(c1))
    if rng.random() < 0.5:
        body_footer(ctx, doc)
    return doc


def make_letter(ctx: Ctx) -> Doc:
    return make_org_letter(ctx) if ctx.rng.random() < 0.35 else make_resident_letter(ctx)



BUILDERS: dict[str, Callable[[Ctx], Doc]] = {
    "letter": make_letter,
    "email": make_email,
    "email_thread": make_email_thread,
    "case_note": make_case_note,
    "complaint": make_complaint,
    "memo": make_memo,
}


# --------------------------------------------------------------------------- driver


def generate(seed: int = SEED) -> list[dict[str, Any]]:
    """All documents, ids in order; the kinds are interleaved so that slices stay mixed."""
    rng = random.Random(seed)
    roster: Roster = make_roster(rng)
    kinds = [kind for kind, count in KIND_COUNTS.items() for _ in range(count)]
    rng.shuffle(kinds)
    records = []
    for i, kind in enumerate(kinds, start=1):
        ctx = Ctx(rng, roster)
        doc = BUILDERS[kind](ctx)
        if kind == "memo" and rng.random() < 0.4:
            wrapped = Doc(rng)
            body_letterhead(ctx, wrapped)
            wrapped.extend(doc)
            doc = wrapped
        records.append(doc.finish(f"dev-{i:03d}", kind))
    return records


def statistics(records: list[dict[str, Any]]) -> tuple[Counter[str], Counter[tuple[str, str]], Counter[str]]:
    kinds: Counter[str] = Counter(r["kind"] for r in records)
    spans: Counter[tuple[str, str]] = Counter(
        (s["entity"], s["decision"]) for r in records for s in r["spans"]
    )
    origins: Counter[str] = Counter(
        s["origin"] for r in records for s in r["spans"]
        if s["entity"] == "PERSON" and s["decision"] == "redact" and "origin" in s
    )
    return kinds, spans, origins


README_TEMPLATE = Path(__file__).resolve().parent / "devset_readme.md.in"


def render_readme(records: list[dict[str, Any]]) -> str:
    kinds, spans, origins = statistics(records)
    head = string.Template(README_TEMPLATE.read_text(encoding="utf-8"))
    lines = [head.substitute(n_docs=len(records), seed=SEED)]
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEVSET_DIR, help="output directory")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    records = generate(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    with (args.out / "devset.jsonl").open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    (args.out / "README.md").write_text(render_readme(records), encoding="utf-8")
    kinds, spans, _origins = statistics(records)
    print(f"wrote {len(records)} documents, {sum(spans.values())} spans to {args.out}")
    for kind in KIND_COUNTS:
        print(f"  {kind:<13} {kinds[kind]}")
    for (entity, decision), count in sorted(spans.items()):
        print(f"  {entity:<14} {decision:<6} {count}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
