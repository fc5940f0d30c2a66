"""Synthetic Dutch correspondence with gold PER/ORG/LOC character spans.

Generates council letters, e-mails (headers, quoted replies, signatures), case notes of a
refugee-support organisation, complaint letters and internal memos. Every document is built from
templates; the placeholders are filled with names and organisations, and the character offsets of
the inserted entities are recorded while the text is assembled.

Held-out evaluation material never leaks into training:

* templates: in every template category a deterministic 20 % (by SHA-1 of the template text, at
  least one per category) is held out; training documents use only the other templates;
* names: every first name and surname key (case-folded) is held out when its SHA-1 bucket is < 20,
  plus whole origins listed in ``HELDOUT_ORIGINS`` (only when that origin is small enough not to
  starve training). Training pools drop every entry that contains a held-out key as a token, so
  no held-out name can appear inside any training entity (PER, ORG or LOC).

Names are read from ``models/lexicons/`` (``first_names.tsv``, ``surnames.tsv``: ``name<TAB>origin``)
when those files exist; otherwise a small built-in list is used.

Usage as a script (writes JSONL, mainly for inspection)::

    .venv/bin/python models/training/synth.py --split train --n 5 --seed 1
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
LEXICON_DIR = REPO_ROOT / "models" / "lexicons"

HELDOUT_PERCENT = 20
HASH_SALT = "nl_woo-v1"
# Whole origins held out for evaluation, if present in the lexicon and small enough (see below).
HELDOUT_ORIGINS: tuple[str, ...] = ("er", "eritrean")  # lexicon code "er" = Eritrean (Tigrinya)
MAX_HELDOUT_ORIGIN_SHARE = 0.10
# Share of training first names / surnames replaced by generated pseudo-names (see NameMaker).
PSEUDO_NAME_RATE = 0.25

PARTICLES = {
    "van",
    "de",
    "der",
    "den",
    "het",
    "'t",
    "ter",
    "ten",
    "te",
    "in",
    "op",
    "'s",
    "d'",
    "du",
    "la",
    "le",
    "vd",
    "v.d.",
    "uit",
    "aan",
    "bij",
    "onder",
    "over",
    "voor",
    "tot",
    "von",
    "zu",
    "di",
    "da",
    "dos",
    # Arabic/Berber name particles
    "al",
    "el",
    "ait",
    "abu",
    "ibn",
    "bin",
}

# ----------------------------------------------------------------------------------------------
# Built-in fallback name lists (used only when the project lexicons are absent).
# ----------------------------------------------------------------------------------------------
_FALLBACK_FIRST: dict[str, str] = {
    "dutch": "Jan Piet Kees Henk Gerrit Willem Johan Pieter Bram Sander Thijs Daan Ruben Lars Joost "
    "Marieke Anneke Sanne Lotte Femke Ingrid Els Wilma Joke Lisa Eva Sophie Iris Noor Anouk Mirjam "
    "Hendrik Cornelis Jacobus Johanna Geertruida Maria Anna Bas Koen Wouter Roos Fleur Esther Marloes",
    "moroccan": "Mohamed Mohammed Ahmed Youssef Khalid Rachid Mustafa Hassan Said Karim Abdelkader "
    "Fatima Khadija Naima Samira Malika Nadia Houda Salma Imane Zineb Soufiane Bilal Ilias Yassine Hamza",
    "turkish": "Mehmet Ahmet Mustafa Hüseyin Murat Emre Burak Kemal Osman Serkan Ayşe Fatma Emine Zeynep "
    "Elif Hatice Büşra Merve Özlem Gül Şükrü Çağla Yusuf Ibrahim Cem",
    "surinamese": "Ravi Sunil Anand Radjesh Shanti Sharmila Priya Kishan Romano Clyde Errol Marlon "
    "Gracia Sherida Natasha Ricardo Dewi Soeresh Wendell Glenn",
    "antillean": "Jurgen Shurandy Rignald Giovanni Churandy Shanella Jusette Rudsel Jearl Shaquille",
    "indonesian": "Budi Wahyu Sri Dewi Agus Siti Bambang Ratna Indra Putri",
    "syrian": "Ammar Omar Rami Bashar Tarek Ziad Nour Rana Lina Dima Yara Hiba Ahmad Walid Khaled Mahmoud "
    "Rasha Aya Maher Fadi Hala Mazen",
    "eritrean": "Yonas Dawit Tesfay Samuel Filmon Merhawi Senait Helen Saba Selam Luwam Mebrat "
    "Yohannes Kidane Ruta Abrehet Biniam Feven",
    "somali": "Abdi Abdullahi Mohamud Farah Hodan Fadumo Amina Hawa Ayaan Idil Ismail Warsame Sahra",
    "afghan": "Ahmad Farid Hamid Jawad Mahmood Zahra Farzana Nargis Parwin Shabnam Wahid Habib Sediq",
    "polish": "Piotr Krzysztof Tomasz Paweł Marek Agnieszka Katarzyna Małgorzata Joanna Ewa Łukasz "
    "Grzegorz Magdalena Wojciech",
    "ukrainian": "Oleksandr Andriy Serhiy Dmytro Olena Iryna Tetiana Natalia Oksana Yulia Vitaliy Mykola Larysa Bohdan",
    "chinese": "Wei Li Ming Xiaoling Jian Hui Yan Chen Lei Mei-Ling",
    "ghanaian": "Kwame Kofi Kwabena Ama Akosua Abena Yaw Esi Kojo Adjoa",
}
_FALLBACK_SUR: dict[str, str] = {
    "dutch": "de Vries|Jansen|de Jong|van den Berg|van Dijk|Bakker|Visser|Smit|Meijer|de Boer|Mulder|"
    "de Groot|Bos|Vos|Peters|Hendriks|van Leeuwen|Dekker|Brouwer|de Wit|Dijkstra|Smits|de Graaf|"
    "van der Meer|van der Linden|Kok|Jacobs|de Haan|Vermeulen|van den Heuvel|van der Veen|"
    "van den Broek|de Bruijn|de Bruin|van der Heijden|Schouten|van Beek|Willems|van Vliet|"
    "van de Ven|Hoekstra|Maas|Verhoeven|Koster|van Dam|van der Wal|Prins|Blom|Huisman|Peeters|"
    "de Lange|Kuipers|van Wijk|Postma|Kramer|van 't Hof|ter Horst|ten Brink|Groen|Koning|Timmerman",
    "moroccan": "El Amrani|Bouzid|El Idrissi|Benali|Ouali|El Khatib|Amrani|Azzouzi|Boukhari|El Hamdaoui|"
    "Tahiri|Chaouch|Bennani|Ait Taleb|Ouazzani|Achahbar|El Ouardi|Zaoui",
    "turkish": "Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Öztürk|Aydın|Özdemir|Arslan|Doğan|Kılıç|Aslan|"
    "Çetin|Kara|Koç|Kurt|Özkan|Şimşek|Polat",
    "surinamese": "Ramdin|Sewnath|Pinas|Biharie|Doelwijt|Kromodikoro|Ramlal|Tjon A Fong|Sitaldin|"
    "Wongsodikromo|Lachmon|Brunings|Jagesar",
    "antillean": "Martina|Rosaria|Isenia|Winklaar|Coffie|Girigorie|Janga|Maduro",
    "indonesian": "Soetomo|Wibowo|Santoso|Pattinama|Latuheru|Tahitu|Sahetapy|Nanlohy",
    "syrian": "Al-Hassan|Haddad|Khoury|Al Shami|Mansour|Hamdan|Al-Ahmad|Darwish|Nassar|Kassab|"
    "Al Masri|Sabbagh|Othman|Halabi",
    "eritrean": "Tesfaye|Gebremedhin|Haile|Kidane|Tesfamariam|Ghebreyesus|Berhane|Woldemariam|"
    "Habte|Abraha|Mehari|Tekle",
    "somali": "Mohamud|Warsame|Farah|Hassan Ali|Abdi|Osman|Jama|Dirie|Egal|Nur",
    "afghan": "Haidari|Ahmadzai|Rahimi|Karimi|Popal|Noori|Sultani|Safi|Wardak|Stanikzai",
    "polish": "Nowak|Kowalski|Wiśniewski|Wójcik|Kowalczyk|Kamiński|Lewandowska|Zieliński|Szymańska",
    "ukrainian": "Shevchenko|Kovalenko|Bondarenko|Tkachenko|Kravchenko|Melnyk|Oliynyk|Boyko|Lysenko",
    "chinese": "Wang|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Lin",
    "ghanaian": "Mensah|Owusu|Boateng|Asante|Osei|Appiah|Agyeman|Ofori",
}

TRANSLIT_GROUPS: list[tuple[str, ...]] = [
    ("Mohamed", "Mohammed", "Muhammad", "Mohammad", "Mohamad", "Mohamud"),
    ("Youssef", "Yusuf", "Yousef", "Youssouf", "Joesoef"),
    ("Ahmed", "Ahmad", "Achmed"),
    ("Hussein", "Hossein", "Husein", "Hüseyin"),
    ("Abdelkader", "Abdul Kader", "Abdulkadir", "Abd al-Qadir"),
    ("Khadija", "Khadidja", "Hatice"),
    ("Fatima", "Fatma", "Fatiha", "Fadumo"),
    ("Oleksandr", "Aleksandr", "Olexander", "Alexander"),
    ("Yohannes", "Johannes", "Yohanes"),
    ("Tesfaye", "Tesfay", "Tesfai"),
    ("Ghebreyesus", "Gebreyesus", "Ghebreiesus"),
    ("Mustafa", "Mustapha", "Moustafa"),
]
_TRANSLIT: dict[str, tuple[str, ...]] = {n.casefold(): g for g in TRANSLIT_GROUPS for n in g}


def name_key(name: str) -> str:
    return unicodedata.normalize("NFC", name).casefold().strip()


def is_heldout_key(key: str) -> bool:
    digest = hashlib.sha1(f"{HASH_SALT}|{key}".encode()).hexdigest()
    return int(digest, 16) % 100 < HELDOUT_PERCENT


def strip_accents(text: str) -> str:
    norm = unicodedata.normalize("NFKD", text.replace("ı", "i").replace("ł", "l").replace("Ł", "L"))
    return "".join(ch for ch in norm if not unicodedata.combining(ch))


def name_tokens(text: str) -> list[str]:
    """Tokens of a name or entity string, case-folded, without particles and initials."""
    out = []
    for tok in re.split(r"[\s\-/&,]+", text):
        tok = tok.strip(".'’()\"")
        if len(tok) < 2 or tok.casefold() in PARTICLES:
            continue
        out.append(name_key(tok))
    return out


# ----------------------------------------------------------------------------------------------
# Lexicons and name pools
# ----------------------------------------------------------------------------------------------
def _read_tsv(path: Path) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        name = parts[0].strip()
        origin = parts[1].strip().casefold() if len(parts) > 1 and parts[1].strip() else "unknown"
        if name and any(ch.isalpha() for ch in name):
            rows.append((unicodedata.normalize("NFC", name), origin))
    return rows


def _read_list(path: Path) -> list[str]:
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf8").splitlines():
        line = line.split("\t")[0].strip()
        if line and not line.startswith("#"):
            out.append(unicodedata.normalize("NFC", line))
    return out


def load_names(lexicon_dir: Path = LEXICON_DIR) -> tuple[list[tuple[str, str]], list[tuple[str, str]], str]:
    """Return (first names, surnames, source description)."""
    first_p, sur_p = lexicon_dir / "first_names.tsv", lexicon_dir / "surnames.tsv"
    if first_p.exists() and sur_p.exists():
        first, sur = _read_tsv(first_p), _read_tsv(sur_p)
        if len(first) >= 50 and len(sur) >= 50:
            return first, sur, f"lexicons ({len(first)} first names, {len(sur)} surnames)"
    first = [(n, o) for o, names in _FALLBACK_FIRST.items() for n in names.split()]
    sur = [(n, o) for o, names in _FALLBACK_SUR.items() for n in names.split("|")]
    return first, sur, f"built-in fallback ({len(first)} first names, {len(sur)} surnames)"


def lexicon_fingerprint(lexicon_dir: Path = LEXICON_DIR) -> dict[str, str]:
    """SHA-1 (first 12 hex digits) of every lexicon file, recorded in the model meta."""
    if not lexicon_dir.exists():
        return {}
    return {
        p.name: hashlib.sha1(p.read_bytes()).hexdigest()[:12]
        for p in sorted(lexicon_dir.iterdir())
        if p.suffix in (".tsv", ".txt")
    }


@dataclass
class NameSplit:
    heldout_keys: set[str]
    heldout_origins: set[str]
    train_first: list[tuple[str, str]]
    train_sur: list[tuple[str, str]]
    test_first: list[tuple[str, str]]
    test_sur: list[tuple[str, str]]
    source: str

    @property
    def train_keys(self) -> set[str]:
        """Keys (and name tokens) of all training names."""
        if not hasattr(self, "_train_keys"):
            keys = {name_key(n) for n, _ in self.train_first + self.train_sur}
            keys |= {tok for k in list(keys) for tok in name_tokens(k)}
            self._train_keys = keys
        return self._train_keys

    def train_ok(self, text: str) -> bool:
        """True when no token of ``text`` is a held-out name key."""
        return not any(tok in self.heldout_keys for tok in name_tokens(text))


def split_names(first: list[tuple[str, str]], sur: list[tuple[str, str]], source: str = "") -> NameSplit:
    all_rows = first + sur
    counts: dict[str, int] = {}
    for _, origin in all_rows:
        counts[origin] = counts.get(origin, 0) + 1
    total = max(1, len(all_rows))
    held_origins = {o for o in HELDOUT_ORIGINS if o in counts and counts[o] / total <= MAX_HELDOUT_ORIGIN_SHARE}
    heldout_keys: set[str] = set()
    for name, origin in all_rows:
        key = name_key(name)
        if origin in held_origins or is_heldout_key(key):
            heldout_keys.add(key)
    split = NameSplit(heldout_keys, held_origins, [], [], [], [], source)
    seen: set[tuple[str, str]] = set()
    for rows, train_list, test_list in (
        (first, split.train_first, split.test_first),
        (sur, split.train_sur, split.test_sur),
    ):
        for name, origin in rows:
            if (name, origin) in seen:
                continue
            seen.add((name, origin))
            key = name_key(name)
            if key in heldout_keys:
                test_list.append((name, origin))
            elif split.train_ok(name):
                train_list.append((name, origin))
    # Held-out entries must be unseen as a whole and token by token ("Gangaram Panday" is dropped
    # from the held-out pool when "Panday" is a training surname).
    train_tokens = split.train_keys
    split.test_first[:] = [(n, o) for n, o in split.test_first if not set(name_tokens(n)) & train_tokens]
    split.test_sur[:] = [(n, o) for n, o in split.test_sur if not set(name_tokens(n)) & train_tokens]
    return split


# ----------------------------------------------------------------------------------------------
# Fixed pools
# ----------------------------------------------------------------------------------------------
CITIES = [
    "Amsterdam",
    "Rotterdam",
    "Den Haag",
    "Utrecht",
    "Eindhoven",
    "Groningen",
    "Tilburg",
    "Almere",
    "Breda",
    "Nijmegen",
    "Apeldoorn",
    "Haarlem",
    "Arnhem",
    "Enschede",
    "Amersfoort",
    "Zaanstad",
    "Haarlemmermeer",
    "'s-Hertogenbosch",
    "Zwolle",
    "Leiden",
    "Maastricht",
    "Dordrecht",
    "Zoetermeer",
    "Ede",
    "Delft",
    "Alkmaar",
    "Emmen",
    "Venlo",
    "Deventer",
    "Leeuwarden",
    "Helmond",
    "Hilversum",
    "Heerlen",
    "Oss",
    "Purmerend",
    "Assen",
    "Gouda",
    "Lelystad",
    "Schiedam",
    "Vlaardingen",
    "Capelle aan den IJssel",
    "Katwijk",
    "Súdwest-Fryslân",
    "Hoorn",
    "Roosendaal",
    "Middelburg",
    "Terneuzen",
    "Kampen",
    "Doetinchem",
    "Zutphen",
    "Den Helder",
    "Sittard-Geleen",
    "Ter Apel",
    "Budel",
    "Wageningen",
    "Harderwijk",
    "Veenendaal",
    "Woerden",
    "Bergen op Zoom",
    "Nieuwegein",
    "Houten",
    "Zeist",
]
FOREIGN = [
    "Asmara",
    "Damascus",
    "Aleppo",
    "Homs",
    "Kabul",
    "Herat",
    "Mogadishu",
    "Istanbul",
    "Ankara",
    "Casablanca",
    "Tanger",
    "Nador",
    "Paramaribo",
    "Willemstad",
    "Kyiv",
    "Kharkiv",
    "Odesa",
    "Warschau",
    "Krakau",
    "Addis Abeba",
    "Khartoem",
    "Bagdad",
    "Teheran",
    "Lagos",
    "Accra",
    "Jakarta",
    "Kinshasa",
    "Tripoli",
    "Athene",
    "Lesbos",
]
COUNTRIES = [
    "Syrië",
    "Eritrea",
    "Afghanistan",
    "Somalië",
    "Turkije",
    "Marokko",
    "Oekraïne",
    "Irak",
    "Iran",
    "Jemen",
    "Soedan",
    "Ethiopië",
    "Suriname",
    "Polen",
    "Nigeria",
    "Ghana",
    "Libië",
    "Griekenland",
    "Italië",
    "Duitsland",
    "België",
    "Congo",
]
STREETS = [
    "Kerkstraat",
    "Dorpsstraat",
    "Stationsweg",
    "Molenweg",
    "Julianalaan",
    "Beatrixstraat",
    "Oranjestraat",
    "Schoolstraat",
    "Lindenlaan",
    "Nieuwstraat",
    "Hoofdstraat",
    "Markt",
    "Prinsengracht",
    "Koningin Julianaplein",
    "Parallelweg",
    "Industrieweg",
    "Eikenlaan",
    "Sportlaan",
    "Populierenlaan",
    "Vondellaan",
    "Rembrandtlaan",
    "Spoorstraat",
    "Achterweg",
    "Wilhelminastraat",
    "Burgemeester Visserpark",
    "Van Goghstraat",
    "Thorbeckeplein",
    "Hogeweg",
    "Zuidsingel",
    "Vaartweg",
]
STREET_FAMOUS = [
    "Willem de Zwijgerlaan",
    "Anne Frankstraat",
    "Martin Luther Kingweg",
    "Johan de Wittlaan",
    "Nelson Mandelaplein",
    "Van Heutszstraat",
    "Pieter de Hoochstraat",
    "Karel Doormanstraat",
    "Jan Pietersz Coenstraat",
    "Marie Curiestraat",
    "Prins Hendrikkade",
    "Michiel de Ruyterweg",
    "Jacob van Lennepkade",
]
ORG_FAMOUS = [
    "Stichting Anne Frank",
    "Anne Frank Huis",
    "Prins Bernhard Cultuurfonds",
    "Van Gogh Museum",
    "Stichting Vincent van Gogh",
    "Johan Cruijff Foundation",
    "Erasmus MC",
    "Willem de Kooning Academie",
    "Radboudumc",
    "Stichting Dr. Hilda Verwey-Jonker",
    "Albert Heijn",
    "Hogeschool Rotterdam",
    "Rijksmuseum",
]
ORGS = [
    "Belastingdienst",
    "UWV",
    "IND",
    "COA",
    "VluchtelingenWerk Nederland",
    "VluchtelingenWerk Oost Nederland",
    "VluchtelingenWerk Midden-Nederland",
    "Nidos",
    "GGD Haaglanden",
    "GGD Hollands Midden",
    "Stichting Humanitas",
    "Leger des Heils",
    "Woonstad Rotterdam",
    "Ymere",
    "Vestia",
    "Portaal",
    "Stichting MEE",
    "Raad voor Rechtsbijstand",
    "Nationale ombudsman",
    "DUO",
    "SVB",
    "CAK",
    "Sociaal Wijkteam Centrum",
    "Voedselbank Utrecht",
    "Rode Kruis",
    "Stichting Vluchteling",
    "Politie Eenheid Amsterdam",
    "Rabobank",
    "ING",
    "Eneco",
    "Vitens",
    "Zilveren Kruis",
    "CZ",
    "Jeugdbescherming Regio Amsterdam",
    "Veilig Thuis",
    "ROC Midden Nederland",
    "Gemeentelijke Kredietbank",
    "Kadaster",
    "Rijkswaterstaat",
    "Justitiële Jeugdinrichting Den Hey-Acker",
    "Dienst Terugkeer en Vertrek",
    "Stichting Nederland Wordt Anders",
    "Woonbron",
    "Eigen Haard",
    "Stadsbank Oost Nederland",
    "Kinderbescherming",
    "Raad voor de Kinderbescherming",
    "Sociale Dienst Drechtsteden",
    "Werkplein Hart van West-Brabant",
    "Stichting Present",
    "Humanitas Thuisadministratie",
    "NS",
    "RET",
    "GVB",
    "Arriva",
    "Centraal Bureau Rijvaardigheidsbewijzen",
]
ORG_PATTERNS = [
    "Stichting {f} {s}",
    "{S} Advocaten",
    "Advocatenkantoor {S} & {S2}",
    "{f} {s} Fonds",
    "Huisartsenpraktijk {S}",
    "Bakkerij {S}",
    "Tandartspraktijk {f} {s}",
    "{S} Bouw B.V.",
    "Stichting {f} {s} Huis",
    "{S} & Partners",
    "Fysiotherapie {S}",
    "Rechtsbijstand {S} en {S2}",
]
STREET_PATTERNS = [
    "{f} {s}straat",
    "{f} {s}laan",
    "Burgemeester {s}laan",
    "{f} {s}plein",
    "Dokter {s}weg",
    "{f} {s}hof",
    "Wethouder {s}straat",
]
PROGRAMMES = [
    "Financieel Ontzorgen",
    "Vroeg Eropaf",
    "Schuldhulpverlening",
    "Bijzondere Bijstand",
    "Meedoenregeling",
    "Energietoeslag",
    "Kindpakket",
    "Jeugdfonds Sport",
    "Samen Sterk",
    "Thuis in de Wijk",
    "Werk Voorop",
    "Taalhuis",
    "Participatieverklaringstraject",
    "Wmo-maatwerk",
    "Individuele Inkomenstoeslag",
    "Veilig Thuis Aanpak",
    "Perspectief op Werk",
    "Startbaan",
    "Maatjesproject",
    "Nieuw Thuis",
]
ROLES = [
    "consulent inkomen",
    "beleidsmedewerker",
    "teamleider Publiekszaken",
    "wijkcoördinator",
    "maatschappelijk begeleider",
    "jurist bezwaar en beroep",
    "griffier",
    "wethouder Sociaal Domein",
    "klantmanager",
    "casemanager",
    "coördinator vrijwilligers",
    "medewerker Woo-verzoeken",
    "projectleider",
    "schuldhulpverlener",
    "consulent inburgering",
    "secretaris",
]
SUBJECTS = [
    "Aanvraag bijzondere bijstand",
    "Uw bezwaar",
    "Woo-verzoek",
    "Melding overlast",
    "Klacht behandeling",
    "Gezinshereniging",
    "Huisvesting statushouders",
    "Inburgering",
    "Kwijtschelding gemeentelijke belastingen",
    "Wmo-aanvraag",
    "Verslag overleg",
    "Planning",
    "Vervolgafspraak",
    "Uitnodiging gesprek",
    "Herinnering",
    "Dossieroverdracht",
]
MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
NOUN_NAMES = [
    "bakker",
    "visser",
    "smid",
    "kok",
    "boer",
    "koning",
    "schipper",
    "koster",
    "timmerman",
    "jager",
    "brouwer",
    "molenaar",
    "slager",
    "schilder",
    "metselaar",
    "dokter",
    "meester",
    "smit",
    "groot",
    "haan",
    "vos",
    "wit",
    "jong",
    "mulder",
]
TEAMS = [
    "Inkomen",
    "Jeugd",
    "Wonen",
    "Werk",
    "Publiekszaken",
    "Schuldhulp",
    "Wmo",
    "Statushouders",
    "Handhaving",
]
DOMAINS = [
    "gemeente.nl",
    "vluchtelingenwerk.nl",
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "ziggo.nl",
    "kpnmail.nl",
]


# ----------------------------------------------------------------------------------------------
# Templates. Placeholders: {P1.full} {P1.sur} {P1.first} {P1.init} {P1.any} {P1.poss} (PER spans);
# {P1.aanhef} {P1.titel} {P1.afk} {P1.email} (no entity); {ORG} {ORG_P} {GEM} (ORG);
# {CITY} {FOREIGN} {COUNTRY} {STREET} {STREET_P} {ADDR} (LOC); {DATE} {TIME} {KENMERK} {PROG}
# {ROLE} {SUBJECT} {PHONE} {NUM} {AGE} {MONTH} {WEEKDAY} {NOUN} {TEAM} (no entity).
# ----------------------------------------------------------------------------------------------
TEMPLATES: dict[str, list[str]] = {
    "letter_head": [
        "{GEM}\nPostbus {NUM}\n{POSTCODE} {CITY}\n\n{P1.afkcap} {P1.init}\n{ADDR}\n\n"
        "Datum: {DATE}\nOns kenmerk: {KENMERK}\nOnderwerp: {SUBJECT}\n",
        "Aan {P1.titel} {P1.full}\n{ADDR}\n\n{CITY}, {DATE}\nKenmerk: {KENMERK}\nBetreft: {SUBJECT}\n",
        "{ORG}\nT.a.v. {P1.titel} {P1.sur}\n{ADDR}\n\nDatum {DATE}\nUw kenmerk {KENMERK}\n",
        "Retouradres: Postbus {NUM}, {POSTCODE} {CITY}\n\nDe weledelgeboren {P1.titel} {P1.init}\n{ADDR}\n\n"
        "Verzenddatum: {DATE}\nZaaknummer: {KENMERK}\n",
        "{GEM}, team {TEAM}\n\nAan: {P1.full}\n{ADDR}\n\nDatum: {DATE}\nOnderwerp: {SUBJECT}\n",
        "Aangetekend\n\nFamilie {P1.sur}\n{ADDR}\n\n{CITY}, {DATE}\n",
        "{P1.init}\n{ADDR}\n\nAan het college van burgemeester en wethouders van {GEM}\nPostbus {NUM}\n"
        "{POSTCODE} {CITY}\n\n{CITY}, {DATE}\nBetreft: {SUBJECT}\n",
    ],
    "email_head": [
        "Van: {P2.full} <{P2.email}>\nVerzonden: {WEEKDAY} {DATE} {TIME}\nAan: {P1.full} <{P1.email}>\n"
        "CC: {P3.full} <{P3.email}>\nOnderwerp: {SUBJECT}\n",
        "Van: {P2.email}\nAan: {P1.email}; {P3.full}\nOnderwerp: RE: {SUBJECT}\n",
        "Van: {P2.sur}, {P2.first} <{P2.email}>\nDatum: {DATE} {TIME}\nAan: {P1.sur}, {P1.first}\n"
        "Onderwerp: FW: {SUBJECT}\n",
        "From: {P2.full} <{P2.email}>\nSent: {DATE} {TIME}\nTo: {P1.email}\nCc: {P3.first} {P3.sur2}\n"
        "Subject: {SUBJECT}\n",
        "Van: {P2.full}\nAan: {P1.full}; {P4.full}\nCC: {P3.init}\nOnderwerp: {SUBJECT} {P4.sur}\n",
        "Van: {ORG} <info@{DOMAIN}>\nAan: {P1.full} <{P1.email}>\nOnderwerp: {SUBJECT}\n",
        "Van: {P2.first} {P2.sur2} | {ORG}\nVerstuurd: {DATE}\nAan: team {TEAM}\nOnderwerp: {SUBJECT}\n",
    ],
    "greeting": [
        "Geachte {P1.aanhef} {P1.sur},",
        "Beste {P1.first},",
        "Geachte heer, mevrouw,",
        "Beste {P1.full},",
        "Geachte {P1.aanhef} {P1.init},",
        "Hoi {P1.first},",
        "Dag {P1.first},",
        "Geachte familie {P1.sur},",
        "Beste collega's,",
        "Hallo {P1.first} en {P4.first},",
        "Goedemorgen {P1.aanhef} {P1.sur},",
        "Geachte {P1.aanhef} {P1.full},",
        "Beste {P1.aanhef} {P1.sur},",
        "Hey {P1.first}!",
    ],
    "body_letter": [
        "Op {DATE} heeft u een aanvraag ingediend voor {PROG}. Uw aanvraag is behandeld door {P2.full} "
        "van team {TEAM}.",
        "Naar aanleiding van uw gesprek met onze consulent {P3.sur} op {DATE} laten wij u weten dat uw "
        "uitkering per {DATE} wordt aangepast.",
        "In uw brief van {DATE} schrijft u dat {P3.full} namens u mag optreden. Wij hebben dit in uw dossier "
        "vastgelegd.",
        "Uw buurman, de heer {P3.sur}, heeft op {DATE} een melding gedaan over geluidsoverlast aan de {STREET}.",
        "Wij hebben uw verzoek op grond van de Wet open overheid ontvangen. De documenten over {ORG_P} "
        "ontvangt u binnen vier weken.",
        "Het college heeft besloten uw bezwaar ongegrond te verklaren. Het advies van de commissie, "
        "voorgezeten door mr. {P3.init}, is bijgevoegd.",
        "Voor vragen kunt u contact opnemen met {P2.full} via telefoonnummer {PHONE}.",
        "Uw dossier is overgedragen aan {ORG}. Uw contactpersoon daar is {P3.titel} {P3.sur}.",
        "Tijdens het keukentafelgesprek waren ook uw dochter {P4.first} en {P3.titel} {P3.full} van {ORG} aanwezig.",
        "Wij verzoeken u de ontbrekende stukken vóór {DATE} te sturen naar {GEM}, t.a.v. {P2.init}, "
        "Postbus {NUM}, {POSTCODE} {CITY}.",
        "Het groen rond de speeltuin aan de {STREET_P} wordt in {MONTH} gesnoeid. Daarover heeft u eerder "
        "contact gehad met onze wijkbeheerder {P3.first}.",
        "De aanvraag voor {PROG} van {P1.full} is toegekend met ingang van {DATE}.",
        "Volgens de Basisregistratie Personen bent u op {DATE} verhuisd van {CITY} naar de {STREET} in {CITY}.",
        "Wij hebben {P1.poss} aanvraag zorgvuldig beoordeeld. Daarbij is ook het advies van {ORG} betrokken.",
        "U heeft recht op {PROG}. Het bedrag wordt elke maand op uw rekening gestort. Mevrouw {P3.sur} van "
        "{ORG} kan u helpen met uw administratie.",
        "Uit het onderzoek van de toezichthouder, {P3.titel} {P3.init}, blijkt dat u op het adres {ADDR1} "
        "woont samen met {P4.full}.",
        "Wij hebben geconstateerd dat de huur voor de woning aan de {STREET_P} sinds {MONTH} niet "
        "is betaald. "
        "{ORG} heeft ons hierover geïnformeerd.",
        "Zoals besproken met uw zoon {P4.first} ontvangt u hierbij het formulier. Wilt u het ondertekend terugsturen?",
        "De hoorzitting vindt plaats op {WEEKDAY} {DATE} om {TIME} in het stadhuis van {CITY}. Namens de "
        "gemeente zijn {P2.full} en {P3.full} aanwezig.",
        "Wij betreuren het dat u zich niet goed geholpen voelde door onze medewerker {P3.first} {P3.sur2}.",
        "U gaf aan dat u samen met uw partner {P4.full} en uw kinderen sinds {MONTH} in {CITY} woont.",
        "Deze beslissing is genomen door {P2.init}, {ROLE}, namens het college van burgemeester en wethouders.",
        "Financieel Ontzorgen is bedoeld voor inwoners met betalingsachterstanden. U kunt zich aanmelden bij {ORG}.",
    ],
    "body_email": [
        "Zoals besproken stuur ik je hierbij het verslag van het overleg met {P3.full}.",
        "{P3.first} belde net: ze kan morgen niet bij het overleg met {ORG} zijn. Kun jij het overnemen?",
        "Ik heb {P3.poss} dossier doorgestuurd naar {P4.full} van {ORG}.",
        "Kan iemand de {NOUN} bellen voor de lunch van vrijdag? {P3.first} regelt de zaal.",
        "Graag ontvang ik vóór {DATE} jullie reactie. Ik heb {P3.init} in de cc gezet.",
        "Dank voor je snelle reactie! Ik heb het met {P3.sur} afgestemd en we gaan akkoord.",
        "Even ter info: {P3.full} is vanaf {DATE} met verlof. Vragen over {PROG} graag naar {P4.first}.",
        "Bijgaand de stukken voor de raadsvergadering. Wethouder {P3.sur} wil ze uiterlijk {WEEKDAY} hebben.",
        "Ik was even bij de {NOUN} op de markt, daarom later. Het concept voor {ORG} staat in de map.",
        "Kunnen we {WEEKDAY} om {TIME} bellen over de casus {P4.sur}? Ik heb dan ook {P3.first} erbij.",
        "Mevrouw {P4.sur} heeft gisteren weer gebeld. Ze wil graag teruggebeld worden door {P3.first}.",
        "Kun je checken of {P4.full} al een uitnodiging van {ORG} heeft gehad?",
        "Het Woo-verzoek over {ORG_P} ligt nu bij {P3.init}. Deadline is {DATE}.",
        "ik heb {P3.first} net gesproken, zij pakt het op met {P4.first}.",
        "Nog een vraag: weet jij of {P3.sur} nog bij {ORG} werkt? Ik krijg geen antwoord op mijn mail.",
        "Top, dank je! Groetjes aan {P3.first}.",
        "Ter voorbereiding op het gesprek met {P4.titel} {P4.sur} stuur ik alvast de tijdlijn mee.",
        "De bewonersavond in {CITY} was druk. {P3.full} van {ORG} gaf een presentatie over {PROG}.",
        "Graag even afstemmen met {P3.first} {P3.sur2}, die heeft de vorige keer de klacht behandeld.",
        "Ik zit {WEEKDAY} op locatie {STREET}. Bel me gerust op {PHONE}.",
        "Klopt het dat de familie {P4.sur} inmiddels naar {CITY} is verhuisd?",
    ],
    "body_note": [
        "cl. belt over gezinshereniging. Dochter {P4.first} ({AGE}) zit nog in {FOREIGN}.",
        "Gesprek met {P1.afk} {P1.sur} en haar zoon {P4.first}. Brief van de IND doorgenomen.",
        "{P1.afkcap} {P1.sur} heeft uitnodiging van {ORG} ontvangen voor {DATE}. {P3.first} gaat mee als tolk.",
        "cl. heeft nog geen BSN. Contact opgenomen met {GEM}, {P3.first} belt terug.",
        "Huisbezoek met {P3.first}. {P1.first} maakt zich zorgen over haar broer {P4.full} in {COUNTRY}.",
        "{P1.full} ({AGE} jr) komt uit {COUNTRY}, sinds {MONTH} in azc {CITY}.",
        "cl. vraagt hulp bij aanvraag {PROG}. Doorverwezen naar {P3.sur} van het wijkteam.",
        "tel. contact met advocaat mr. {P3.init} over de zienswijze. Termijn loopt tot {DATE}.",
        "Afspraak verzet ivm ziekte {P1.first}. Nieuwe afspraak {WEEKDAY} {TIME}.",
        "{P1.afk} belt: huur niet betaald, {ORG} heeft aanmaning gestuurd. Samen met {P4.first} (maatje) "
        "budgetplan gemaakt.",
        "NB {P1.poss} vrouw {P4.first} is zwanger, uitgerekend in {MONTH}.",
        "{P3.first} (VWN) heeft formulier MVV ingevuld met cl. en {P4.full}.",
        "cl. geeft aan dat {P4.first} {P4.sur2} (neef) in {CITY} woont en kan helpen met vervoer.",
        "{DATE}: {P1.afk} {P1.sur} niet verschenen op afspraak. Gebeld, geen gehoor.",
        "Taalles via {ORG} loopt goed volgens {P3.first}. cl. wil graag werken als kapper.",
        "Overleg met {P3.sur} (COA) over woningtoewijzing {CITY}. Nog geen datum.",
        "{P1.first} komt langs met vriendin {P4.first}, vragen over school kinderen en {PROG}.",
        "gesprek cl. + echtgenoot {P4.full}. Spanningen thuis, doorverwezen naar {ORG}.",
        "IND-beslissing binnen: verblijfsvergunning asiel voor {P1.full} en kinderen. Felicitaties!",
        "cl. had vraag over brief van de {NOUN}? bleek brief van {ORG} te zijn. uitgelegd.",
        "mw. {P1.sur} vertelt dat haar man {P4.first} nog in {FOREIGN} vastzit. Contact met {ORG}.",
        "Maatje {P3.full} gekoppeld aan {P1.first}, eerste afspraak {WEEKDAY}.",
    ],
    "body_complaint": [
        "Hierbij dien ik een klacht in over de behandeling door uw medewerker {P3.titel} {P3.sur} op {DATE}.",
        "Ik, {P1.full}, wonende aan de {STREET} {NUM} te {CITY}, ben het niet eens met uw besluit van {DATE}.",
        "Mijn buurvrouw {P4.full} kan bevestigen dat de overlast al maanden duurt.",
        "Al drie keer heb ik gebeld met {ORG}, maar niemand, ook {P3.first} niet, heeft mij teruggebeld.",
        "Ik wil graag dat {P3.init} hierop wordt aangesproken.",
        "Een kopie van deze brief heb ik gestuurd naar de Nationale ombudsman en naar raadslid {P4.full}.",
        "Sinds {MONTH} woon ik met mijn twee kinderen in een te kleine woning van {ORG}.",
        "Uw medewerker zei letterlijk dat ik 'maar terug moest naar {COUNTRY}'. Dat vind ik onacceptabel.",
        "Ik verzoek u mij binnen zes weken schriftelijk te antwoorden. Mijn dochter {P4.first} helpt mij "
        "met het schrijven van deze brief.",
        "Op {DATE} heb ik een gesprek gehad met {P3.full} en mevrouw {P4.sur} van team {TEAM}.",
        "Het is niet de eerste keer: ook in {MONTH} ging het mis met {P1.poss} uitkering.",
        "De heer {P3.sur} heeft mijn dossier zonder toestemming gedeeld met {ORG_P}.",
        "Ik was met de {NOUN} in gesprek toen uw handhaver mij aansprak.",
    ],
    "body_memo": [
        "Het dossier van {P4.full} (kenmerk {KENMERK}) vraagt om een besluit vóór {DATE}.",
        "{P3.sur} adviseert om de subsidieaanvraag van {ORG_P} af te wijzen.",
        "Afgesproken is dat {P3.first} de contacten met {ORG} onderhoudt.",
        "Aanleiding: de raad heeft op {DATE} een motie aangenomen over {PROG}. Wethouder {P3.sur} wil de "
        "uitvoering in {MONTH} bespreken.",
        "Risico: de doorlooptijd bij {ORG} is lang. {P2.init} onderzoekt een alternatief.",
        "Besluitpunt: akkoord gaan met het voorstel van {P3.full} om {PROG} te verlengen.",
        "De klacht van {P4.titel} {P4.sur} over {ORG} is in behandeling bij {P3.first} {P3.sur2}.",
        "Naar verwachting worden in {MONTH} veertig statushouders gehuisvest in {CITY}, vooral uit {COUNTRY}.",
        "Voor de communicatie wordt {P3.full} betrokken; de pers wordt geïnformeerd door {P2.sur}.",
        "Juridisch advies van {ORG_P} is opgevraagd door {P3.init}.",
        "Overleg met {GEM} en {ORG} staat gepland op {DATE} om {TIME}.",
    ],
    "memo_head": [
        "MEMO\nAan: {P1.full}, {ROLE}\nVan: {P2.init}, {ROLE}\nCC: {P3.full}\nDatum: {DATE}\nBetreft: {SUBJECT}\n",
        "Interne notitie\n\nAan: team {TEAM}\nVan: {P2.full}\nDatum: {DATE}\nOnderwerp: {SUBJECT}\n",
        "Notitie voor het college\nOpsteller: {P2.first} {P2.sur2}\nPortefeuillehouder: wethouder {P1.sur}\n"
        "Datum: {DATE}\n",
        "Memo {GEM}\nVoor: {P1.init}\nVan: {P2.init}\nDatum: {DATE}\n",
    ],
    "note_head": [
        "{DATE} - {P3.first} ({ORG})",
        "Notitie {DATE}, {P3.init}",
        "{DATE} {TIME} | {P3.first}",
        "Contactmoment {DATE} (door {P3.first} {P3.sur2})",
        "[{DATE}] {P3.full}:",
        "Dossier {P1.full} - {DATE}",
        "Casus {KENMERK}, cl. {P1.sur}",
    ],
    "neg": [
        "Ik haal straks brood bij de {NOUN} op de hoek.",
        "Het groen in de wijk wordt in {MONTH} onderhouden.",
        "De {NOUN} heeft de hele ochtend op de kade gestaan.",
        "Zoals afgesproken sturen wij u de stukken na.",
        "Mei en juni zijn drukke maanden voor het team.",
        "{PROG} is een programma van de gemeente voor inwoners met schulden.",
        "De brug bij de {STREET_P} is tot en met {MONTH} gesloten.",
        "Volgens de {NOUN} is het hek al weken kapot.",
        "Groen licht voor het plan: de raad stemde in met {PROG}.",
        "Bij de ingang van {ORG_P} staat een nieuwe fietsenstalling.",
        "Het spreekuur op {WEEKDAY} vervalt in verband met de feestdagen.",
        "De Jong Talent-regeling valt onder {PROG}.",
        "Een roos, een tulp en wat groen: het bloemstuk voor de receptie is besteld.",
        "Met de {NOUN} en de {NOUN} is afgesproken dat de markt op {WEEKDAY} doorgaat.",
        "Hoop doet leven, zei de wethouder tijdens de raadsvergadering.",
        "De Koning bezoekt op {DATE} de gemeente {CITYW}.",
        "Het museum aan de {STREET_P} is op maandag gesloten.",
        "Wegens werkzaamheden aan de {STREET} rijdt de bus een andere route.",
        "Winter, zomer, lente: de {NOUN} is er altijd.",
        "Vanaf {MONTH} is het loket in {CITY} alleen op afspraak open.",
    ],
    "closing": [
        "Met vriendelijke groet,\n\n{P2.full}\n{ROLE}\n{GEM}\nT {PHONE}",
        "Groet,\n{P2.first}",
        "Namens het college,\n\n{P2.init}\nteamleider {TEAM}",
        "Hartelijke groet,\n{P2.full} | {ROLE} | {ORG}\n{PHONE}",
        "Mvg,\n{P2.first} {P2.sur2}",
        "Met vriendelijke groet,\n\nburgemeester en wethouders van {CITYW},\nnamens dezen,\n\n{P2.init}\n{ROLE}",
        "Groetjes, {P2.first}",
        "Hoogachtend,\n\n{P1.full}",
        "Vriendelijke groet,\n\n{P2.first} {P2.sur2}\n{ROLE} | {ORG}\n{ADDR}\n{PHONE}",
        "Met vriendelijke groeten,\n{P2.init}",
        "Alvast bedankt!\n\n{P2.first}\n\nVerstuurd vanaf mijn iPhone",
        "Gr. {P2.first}",
    ],
    "quote_intro": [
        "Op {DATE} om {TIME} schreef {P1.full} <{P1.email}>:",
        "Op {WEEKDAY} {DATE} {TIME} heeft {P1.full} het volgende geschreven:",
        "-----Oorspronkelijk bericht-----\nVan: {P1.full}\nVerzonden: {DATE}\nAan: {P2.email}\nOnderwerp: {SUBJECT}",
        "Op {DATE} {TIME} schreef {P1.email}:",
        "---- Op {DATE} schreef {P1.first} {P1.sur2} ----",
    ],
}


# More templates (same categories; the 20 % hold-out is computed over the full lists).
_MORE_TEMPLATES: dict[str, list[str]] = {
    "greeting": [
        "Beste {P1.first} {P1.sur2},",
        "Geachte mevrouw, geachte heer,",
        "Goedemiddag {P1.first},",
        "Geachte {P1.aanhef} {P1.sur} en mevrouw {P4.sur},",
        "Lieve {P1.first},",
        "Beste allen,",
    ],
    "body_letter": [
        "Bij afwezigheid van {P2.full} kunt u terecht bij haar collega {P3.full}.",
        "{P3.full}, casemanager bij {ORG}, heeft ons op {DATE} gevraagd uw situatie opnieuw te bekijken.",
        "Aanwezig bij het gesprek: {P1.full}, {P3.full} ({ROLE}) en {P4.init} (tolk).",
        "Namens {P1.full} heeft {P3.init} van {ORG_P} bezwaar gemaakt.",
        "U bent in {CITY} geboren en woont sinds {MONTH} aan de {STREET}. "
        "Uw dochter {P4.first} gaat naar school in {CITY}.",
        "Wij hebben contact gehad met uw bewindvoerder, {P3.titel} {P3.sur}. Zij is het eens met het plan.",
        "Het verslag is opgesteld door {P2.first} {P2.sur2} en gecontroleerd door {P3.init}.",
        "De zorgaanbieder, {ORG}, heeft laten weten dat {P4.first} vanaf {DATE} dagbesteding krijgt.",
        "{P3.sur} heeft de situatie op {DATE} ter plaatse bekeken.",
    ],
    "body_email": [
        "Volgens {P3.first} is de brief aan {P4.titel} {P4.sur} al verstuurd.",
        "Als {P3.first} niet kan, neem ik het over. Laat maar weten.",
        "Aanwezig: {P3.full}, {P4.full} en ik. Afwezig: {P2.first}.",
        "{P4.full}, {P3.full} en {P2.full} hebben gereageerd; de rest nog niet.",
        "Ik heb het telefoonnummer van {P3.titel} {P3.sur} niet, heb jij het?",
        "Hierbij de notulen. Actiepunt voor {P3.first}: contact opnemen met {P4.sur} over de huur.",
        "Sorry voor de late reactie, ik was ziek. {P3.first} heeft je vraag doorgezet naar {ORG}.",
        "fyi, {P3.sur} van {ORG} belt je morgen terug.",
    ],
    "body_note": [
        "cl. ({P1.first}) vertelt dat {P4.first} sinds {MONTH} niet meer naar school gaat.",
        "{P1.afk} {P1.sur} belt namens haar moeder. Moeder heeft brief van {ORG} niet begrepen.",
        "Samen met {P3.first} naar de gemeente geweest voor inschrijving. {P1.first} was erg zenuwachtig.",
        "Broer van cl., {P4.full}, is op {DATE} aangekomen op Schiphol.",
        "Volgende keer: {P3.first} neemt contact op met school van {P4.first}.",
        "cl. vraagt of {P3.first} kan helpen met de aangifte. Afgesproken {WEEKDAY}.",
    ],
    "body_complaint": [
        "Ik ben {P1.full} en ik woon al twintig jaar in {CITY}.",
        "Pas na drie weken belde {P3.full} mij terug, en toen was het te laat.",
        "De behandelaar, {P3.init}, heeft mijn stukken kwijtgemaakt.",
        "Namens mijn vader, {P4.full}, wil ik bezwaar maken tegen de beslissing.",
    ],
    "body_memo": [
        "Aanwezig: {P1.full} (voorzitter), {P3.full}, {P4.init}. Verslag: {P2.first}.",
        "Actie {P3.first}: conceptbesluit voorleggen aan {P1.sur} vóór {DATE}.",
        "{P4.full} heeft op {DATE} een Woo-verzoek ingediend over {PROG}.",
        "Volgens {P3.titel} {P3.sur} van {ORG} is de aanbesteding rechtmatig verlopen.",
    ],
    "closing": [
        "Met vriendelijke groet,\n{P2.full}\n\n{ORG} | {ADDR}",
        "Met collegiale groet,\n\n{P2.init}",
        "Met hartelijke groet,\n\n{P2.titel} {P2.full}\n{ROLE}",
    ],
    "neg": [
        "Meer informatie over {PROG} vindt u op de website van de gemeente.",
        "Het college van burgemeester en wethouders heeft het voorstel besproken.",
        "Wij hopen u hiermee voldoende te hebben geïnformeerd.",
        "Tegen dit besluit kunt u binnen zes weken bezwaar maken.",
        "In {MONTH} start de campagne {PROG} in alle wijken van {CITY}.",
    ],
    "note_head": ["{DATE} | {P3.first} {P3.sur2} | huisbezoek", "Tel. {DATE} ({P3.init})"],
}
for _cat, _extra in _MORE_TEMPLATES.items():
    TEMPLATES[_cat] = TEMPLATES[_cat] + _extra


# Short frames: one name in many syntactic positions (object of a preposition, subject, possessive).
# They are ordinary template categories, so 20 % of every frame list is held out as well.
_FRAME_PRE = [
    "Ik heb gesproken met {P}.",
    "Dit is besproken met {P}.",
    "Het verzoek kwam van {P}.",
    "De brief is ondertekend door {P}.",
    "Stuur het door naar {P}.",
    "De afspraak is verzet door {P}.",
    "Het dossier ligt bij {P}.",
    "Ik wacht nog op een reactie van {P}.",
    "Namens {P}, {ROLE}.",
    "In overleg met {P} is besloten de zaak aan te houden.",
    "Na overleg met {P} gaan we door.",
    "Samen met {P} naar {ORG} geweest.",
    "Op verzoek van {P} sturen wij u dit overzicht.",
    "Ter attentie van {P}",
    "t.a.v. {P}",
    "i.o.m. {P}",
    "cc: {P}",
    "Contactpersoon: {P}",
    "Behandelaar: {P}",
    "Gesproken met {P} over de huurachterstand.",
    "Terugbelverzoek van {P}.",
    "Vraag van {P} over {PROG}.",
    "Melding gedaan door {P} op {DATE}.",
    "Graag contact opnemen met {P}.",
    "Uitnodiging gestuurd aan {P}.",
    "De zoon van {P} belde.",
    "De moeder van {P} is ook aanwezig.",
    "De buurvrouw van {P} klaagt over lawaai.",
    "De advocaat van {P} heeft gereageerd.",
    "Zie ook de mail van {P} van {DATE}.",
    "Akkoord, groet {P}",
    "Ik heb dit nagevraagd bij {P}.",
    "Het formulier is ingevuld door {P}.",
    "Wie kan {P} terugbellen?",
    "Afspraak met {P} om {TIME}.",
    "Voor {P} is een tolk nodig.",
    "Klacht ingediend tegen {P}.",
    "Geen reactie ontvangen van {P}.",
    "Toestemming gegeven door {P}.",
    "Het huisbezoek bij {P} is afgezegd.",
    "De taalcoach van {P} meldt vooruitgang.",
    "Vandaag gebeld met {P}, geen gehoor.",
    "Ook {P} was aanwezig.",
    "Daarna sprak ik {P} nog kort.",
]
_FRAME_SUF = [
    "{P} belde vanochtend.",
    "{P} heeft de stukken ingeleverd.",
    "{P} is ziek gemeld.",
    "{P} komt morgen langs.",
    "{P} wil een nieuwe afspraak.",
    "{P} gaat akkoord met het voorstel.",
    "{P} heeft bezwaar gemaakt.",
    "{P} is verhuisd naar {CITY}.",
    "{P} werkt sinds {MONTH} bij {ORG}.",
    "{P} neemt contact op met {ORG}.",
    "{P} vraagt om uitstel van betaling.",
    "{P}, kun je mij terugbellen?",
    "{P} heeft nog geen BSN.",
    "{P} is niet verschenen.",
    "{P} heeft een uitkering aangevraagd.",
    "{P} en haar kinderen wonen nu in {CITY}.",
    "{P} (zie bijlage) heeft getekend.",
    "{P} zit vanaf {DATE} in de schuldhulp.",
    "{P} heeft het dossier overgenomen.",
    "{P} stuurt de notulen rond.",
    "{P} heeft laten weten dat het goed gaat.",
    "{P} spreekt alleen Tigrinya.",
    "{P} is op {DATE} geboren in {FOREIGN}.",
    "{P} schreef op {DATE} een brief aan de wethouder.",
    "{P} zal u hierover informeren.",
    "{P} is bereikbaar op {PHONE}.",
]
_FRAME_POSS = [
    "{Q} aanvraag is nog in behandeling.",
    "{Q} dossier is overgedragen.",
    "{Q} huur is niet betaald.",
    "Het ging mis met {Q} toeslag.",
    "{Q} dochter gaat naar de basisschool.",
    "{Q} broer woont in {FOREIGN}.",
    "Wij hebben {Q} verzoek ontvangen.",
    "{Q} advocaat heeft bezwaar gemaakt.",
    "Over {Q} situatie later meer.",
    "{Q} moeder is ernstig ziek.",
    "{Q} verblijfsvergunning verloopt in {MONTH}.",
]
_FRAME_FORMS = ("P3.any", "P4.any", "P1.any", "P4.first", "P3.sur", "P4.full")


def _frames(texts: list[str], slot: str) -> list[str]:
    out = []
    for i, text in enumerate(texts):
        form = "P4.poss" if slot == "Q" else _FRAME_FORMS[i % len(_FRAME_FORMS)]
        out.append(text.replace("{" + slot + "}", "{" + form + "}"))
    return out


TEMPLATES["frame_pre"] = _frames(_FRAME_PRE, "P")
TEMPLATES["frame_suf"] = _frames(_FRAME_SUF, "P")
TEMPLATES["frame_poss"] = _frames(_FRAME_POSS, "Q")
FRAME_RATE = 0.35


# Organisations in person-like positions (headers, senders, subjects) and sentence-initial
# capitalised ordinary words: both are frequent false-positive sources for PER.
_MORE_TEMPLATES_2: dict[str, list[str]] = {
    "frame_org": [
        "Afzender: {ORG}",
        "{ORG}\nAfdeling {TEAM}",
        "{ORG} belt u binnenkort terug.",
        "Contact: {ORG}",
        "Doorverwezen naar {ORG}.",
        "Brief ontvangen van {ORG}.",
        "{ORG} heeft gereageerd op de vragen.",
        "Overleg met {ORG} op {DATE}.",
        "Namens {ORG},\n{P2.full}",
        "Met vriendelijke groet,\n{ORG}",
        "{ORG} | {ADDR}",
        "{ORG}\nt.a.v. de directie",
        "Aan: {ORG}",
        "Van: {ORG_P}",
        "Gesproken met {ORG}.",
        "{ORG_P} heeft een subsidie aangevraagd.",
        "Melding van {ORG} over {P4.full}.",
        "Cc: {ORG}",
        "{ORG} (contactpersoon {P3.full})",
        "{ORG}, {CITY}",
    ],
    "neg": [
        "Graag ontvang ik uw reactie.",
        "Helaas is het niet gelukt om u te bereiken.",
        "Daarnaast vragen wij u een kopie van uw paspoort mee te nemen.",
        "Verder geen bijzonderheden.",
        "Bijgaand treft u het besluit aan.",
        "Hierbij ontvangt u de gevraagde informatie.",
        "Dank voor uw geduld.",
        "Groetjes en fijn weekend!",
        "Succes met de verhuizing!",
        "Akkoord, zo doen we het.",
        "Let op: de termijn loopt af op {DATE}.",
        "Toelichting: zie de bijlage.",
        "Conclusie: de aanvraag is volledig.",
        "Advies: het bezwaar gegrond verklaren.",
        "Morgen meer hierover.",
        "Pas daarna kunnen we een besluit nemen.",
        "Sorry, ik was het vergeten.",
        "Datum: {DATE}",
        "Betreft: {SUBJECT}",
        "Actiepunten: zie hieronder.",
        "Reactie volgt.",
        "Top, bedankt!",
        "Prima, dan zien we elkaar {WEEKDAY}.",
        "Gisteren was het spreekuur erg druk.",
        "Zomer en winter: de openingstijden blijven gelijk.",
        "Vrede en veiligheid zijn belangrijk voor iedereen.",
        "Roos, tulp en lelie staan in het bloemstuk.",
        "Mooi zo, dan is dat geregeld.",
    ],
}
for _cat, _extra in _MORE_TEMPLATES_2.items():
    TEMPLATES[_cat] = TEMPLATES.get(_cat, []) + _extra

GENRES = ("letter", "email", "note", "complaint", "memo")


def _template_id(category: str, text: str) -> str:
    return f"{category}:{hashlib.sha1(text.encode()).hexdigest()[:10]}"


def split_templates() -> tuple[dict[str, list[tuple[str, str]]], dict[str, list[tuple[str, str]]]]:
    """Return (train, heldout) templates per category as (id, text); 20 % held out per category."""
    train: dict[str, list[tuple[str, str]]] = {}
    held: dict[str, list[tuple[str, str]]] = {}
    for cat, texts in TEMPLATES.items():
        items = sorted(
            ((_template_id(cat, t), t) for t in texts),
            key=lambda it: hashlib.sha1(f"{HASH_SALT}|{it[1]}".encode()).hexdigest(),
        )
        n_held = max(1, round(len(items) * HELDOUT_PERCENT / 100))
        held[cat] = items[:n_held]
        train[cat] = items[n_held:]
    return train, held


# ----------------------------------------------------------------------------------------------
# Rendering
# ----------------------------------------------------------------------------------------------
Span = tuple[int, int, str]
# Internally every span also carries the exact string that was inserted (for offset checks).
TSpan = tuple[int, int, str, str]


@dataclass
class Person:
    first: str
    surname: str
    female: bool
    extra_initials: str
    double: str | None = None

    @property
    def sur_inline(self) -> str:
        return self.surname + (f"-{self.double}" if self.double else "")

    @property
    def sur_alone(self) -> str:
        s = self.sur_inline
        return s[0].upper() + s[1:] if s else s


@dataclass
class Doc:
    text: str
    spans: list[Span]
    genre: str
    split: str
    template_ids: list[str] = field(default_factory=list)
    names_used: list[str] = field(default_factory=list)
    entity_texts: list[str] = field(default_factory=list)  # inserted strings, parallel to spans

    def to_json(self) -> dict[str, object]:
        return {
            "text": self.text,
            "spans": [list(s) for s in self.spans],
            "entity_texts": self.entity_texts,
            "genre": self.genre,
            "split": self.split,
            "template_ids": self.template_ids,
            "names_used": self.names_used,
        }


class Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[TSpan] = []

    def add(self, text: str, label: str | None = None, inner: tuple[int, int] | None = None) -> None:
        if label:
            start, end = inner if inner else (0, len(text))
            self.spans.append((self.length + start, self.length + end, label, text[start:end]))
        self.parts.append(text)
        self.length += len(text)

    def add_block(self, text: str, spans: Iterable[TSpan]) -> None:
        for s, e, lab, ent in spans:
            self.spans.append((self.length + s, self.length + e, lab, ent))
        self.parts.append(text)
        self.length += len(text)

    def result(self) -> tuple[str, list[TSpan]]:
        return "".join(self.parts), sorted(self.spans)


_SLOT = re.compile(r"\{([A-Za-z_0-9]+)(?:\.([a-z0-9]+))?\}")


class NameMaker:
    """Character-trigram generator of plausible but non-existent names (training only).

    Pseudo-names stop the model from memorising a few hundred lexicon names: it has to use
    context and word shape, which is what finds names it has never seen.
    """

    def __init__(self, names: Iterable[str], rng: random.Random) -> None:
        self.rng = rng
        self.table: dict[str, list[str]] = {}
        self.known: set[str] = set()
        for name in names:
            for tok in name_tokens(name):
                if not tok.isalpha() or len(tok) < 3:
                    continue
                self.known.add(tok)
                padded = f"^^{tok}$"
                for i in range(2, len(padded)):
                    self.table.setdefault(padded[i - 2 : i], []).append(padded[i])

    def make(self) -> str | None:
        for _ in range(20):
            out = "^^"
            while len(out) < 16:
                nxt = self.rng.choice(self.table.get(out[-2:], ["$"]))
                if nxt == "$":
                    break
                out += nxt
            word = out[2:]
            if 4 <= len(word) <= 13 and word not in self.known and word not in PARTICLES:
                return word[0].upper() + word[1:]
        return None


class Generator:
    """Deterministic generator of synthetic documents for one split ("train" or "heldout")."""

    def __init__(self, split: str, seed: int, names: NameSplit | None = None) -> None:
        if split not in ("train", "dev", "heldout"):
            raise ValueError(split)
        self.split = split
        self.rng = random.Random(f"{split}|{seed}")
        self.names = names or split_names(*load_names())
        train_t, held_t = split_templates()
        self.templates = held_t if split == "heldout" else train_t
        ns = self.names
        if split == "heldout":
            self.first, self.sur = ns.test_first, ns.test_sur
            ok = lambda _t: True  # noqa: E731
        else:
            self.first, self.sur = ns.train_first, ns.train_sur
            ok = ns.train_ok
        self._ok = ok
        self.orgs = [o for o in ORGS + _read_list(LEXICON_DIR / "organisations.txt") if ok(o)]
        self.org_famous = [o for o in ORG_FAMOUS if ok(o)]
        self.street_famous = [s for s in STREET_FAMOUS if ok(s)]
        self.cities = [c for c in CITIES if ok(c)]
        self.foreign = [c for c in FOREIGN if ok(c)]
        self.countries = [c for c in COUNTRIES if ok(c)]
        self.streets = [s for s in STREETS if ok(s)]
        common = [w for w in _read_list(LEXICON_DIR / "common_words.txt") if w.isalpha() and w.islower() and len(w) > 3]
        self.nouns = NOUN_NAMES + [w for w in common if ok(w)]
        self.first_maker = None if split == "heldout" else NameMaker((n for n, _ in self.first), self.rng)
        self.sur_maker = None if split == "heldout" else NameMaker((n for n, _ in self.sur), self.rng)
        self.first_keys = {name_key(n) for n, _ in self.first}
        self.sur_keys = {name_key(n) for n, _ in self.sur}
        self._used: list[str] = []

    # --- names -------------------------------------------------------------------------------
    def _variant(self, name: str) -> str:
        """Transliteration / diacritic / hyphenation variant, never introducing a held-out key."""
        r = self.rng.random()
        cand = name
        group = _TRANSLIT.get(name.casefold())
        if group and r < 0.35:
            cand = self.rng.choice(group)
        elif r < 0.45:
            cand = strip_accents(name)
        elif r < 0.52 and re.match(r"^(El|Al|Ait|Abu|Ben|Bin|Abdel|Abdul)[ -]", name):
            p, rest = re.split(r"[ -]", name, maxsplit=1)
            cand = self.rng.choice([f"{p} {rest}", f"{p}-{rest}", f"{p}{rest.lower()}", f"{p.lower()}-{rest}"])
        if cand != name:
            if self.split != "heldout" and not self.names.train_ok(cand):
                return name
            if self.split == "heldout" and any(tok in self.names.train_keys for tok in name_tokens(cand)):
                return name
        return cand

    def _pseudo(self, maker: NameMaker | None) -> str | None:
        if maker is None or self.rng.random() >= PSEUDO_NAME_RATE:
            return None
        name = maker.make()
        if name is None or not self.names.train_ok(name) or name_key(name) in self.names.heldout_keys:
            return None
        return name

    def person(self) -> Person:
        first = self._pseudo(self.first_maker) or self._variant(self.rng.choice(self.first)[0])
        sur = self._pseudo(self.sur_maker) or self._variant(self.rng.choice(self.sur)[0])
        if sur[:1].isupper() and self.rng.random() < 0.15 and sur not in {n for n, _ in self.sur}:
            sur = self.rng.choice(["van ", "de ", "van der ", "van den ", "El ", "Al-"]) + sur
        double = None
        if self.rng.random() < 0.06:
            double = self.rng.choice(self.sur)[0]
            self._used.append(double)
        self._used.extend([first, sur])
        extra = "".join(f"{c}." for c in self.rng.sample("ABCDEFGHJKLMNPRSTW", self.rng.choice([0, 0, 1, 1, 2])))
        return Person(first, sur, self.rng.random() < 0.5, extra, double)

    def _case(self, text: str) -> str:
        r = self.rng.random()
        if r < 0.05:
            return text.lower()
        if r < 0.075:
            return text.upper()
        return text

    def person_form(self, p: Person, form: str) -> tuple[str, tuple[int, int] | None]:
        """Surface text for a person slot and the (start, end) of the PER span inside it."""
        rng = self.rng
        if form == "any":
            form = rng.choice(["full", "full", "sur", "first", "init", "init", "surtitle"])
        initials = f"{p.first[0].upper()}.{p.extra_initials}"
        if form == "full":
            text = f"{p.first} {p.sur_inline}"
        elif form == "sur":
            text = p.sur_alone
        elif form == "sur2":  # surname after an explicit first name in the template
            text = p.sur_inline
        elif form == "first":
            text = p.first
        elif form == "init":
            sep = rng.choice(["", "", " "]) if p.extra_initials else ""
            if sep:
                initials = " ".join(f"{c}." for c in initials.replace(".", ""))
            text = f"{initials} {p.sur_inline}"
        elif form == "surtitle":
            title = "mevrouw" if p.female else rng.choice(["meneer", "de heer"])
            text = self._case(p.sur_alone)
            return f"{title} {text}", (len(title) + 1, len(title) + 1 + len(text))
        elif form == "poss":
            base = self._case(rng.choice([p.first, p.first, p.sur_alone]))
            if base[-1].lower() in "sxz":
                return base + "'", (0, len(base))
            if base[-1].lower() in "aeiouy":
                return base + "'s", (0, len(base))
            return base + rng.choice(["s", "'s"]), (0, len(base))
        elif form == "aanhef":
            return ("mevrouw" if p.female else "heer"), None
        elif form == "titel":
            return ("mevrouw" if p.female else rng.choice(["de heer", "meneer"])), None
        elif form == "afk":
            return (rng.choice(["mw.", "mevr.", "mw"]) if p.female else rng.choice(["dhr.", "dhr", "hr."])), None
        elif form == "afkcap":
            return (rng.choice(["Mw.", "Mevr.", "Mevrouw"]) if p.female else rng.choice(["Dhr.", "De heer"])), None
        elif form == "email":
            local = rng.choice(
                [
                    f"{p.first}.{p.surname}",
                    f"{p.first[0]}.{p.surname}",
                    f"{p.first}{p.surname[:1]}",
                    f"{p.first[0]}{p.surname}",
                ]
            )
            local = re.sub(r"[^a-z0-9.]", "", strip_accents(local).lower())
            return f"{local}@{rng.choice(DOMAINS)}", None
        else:
            raise KeyError(form)
        text = self._case(text)
        return text, (0, len(text))

    # --- other slots ---------------------------------------------------------------------------
    def _name_pair(self) -> tuple[str, str, str]:
        first = self.rng.choice(self.first)[0]
        sur = self.rng.choice(self.sur)[0]
        self._used.extend([first, sur])
        return first, sur, sur[0].upper() + sur[1:]

    def org_p(self) -> str:
        if self.org_famous and self.rng.random() < 0.3:
            return self.rng.choice(self.org_famous)
        f, s, cap = self._name_pair()
        s2 = self.rng.choice(self.sur)[0]
        self._used.append(s2)
        pat = self.rng.choice(ORG_PATTERNS)
        return pat.format(f=f, s=s, S=cap, S2=s2[0].upper() + s2[1:])

    def street_p(self) -> str:
        if self.street_famous and self.rng.random() < 0.35:
            return self.rng.choice(self.street_famous)
        f, s, cap = self._name_pair()
        pat = self.rng.choice(STREET_PATTERNS)
        s_fused = s.replace(" ", " ") if " " in s else s
        return pat.format(f=f, s=s_fused if pat.startswith("{f}") else cap)

    def date(self) -> str:
        d, m, y = self.rng.randint(1, 28), self.rng.randint(1, 12), self.rng.choice([2023, 2024, 2025, 2026])
        return self.rng.choice(
            [
                f"{d} {MONTHS[m - 1]} {y}",
                f"{d}-{m}-{y}",
                f"{d:02d}-{m:02d}-{y}",
                f"{d}/{m}",
                f"{d} {MONTHS[m - 1]}",
            ]
        )

    def postcode(self) -> str:
        letters = self.rng.choice("ABCDEGHJKLMNPRSTVWXZ") + self.rng.choice("ABEHKLMNPRSTVWX")
        return f"{self.rng.randint(1000, 9999)} {letters}"

    def render(self, template: str, persons: dict[str, Person]) -> tuple[str, list[TSpan]]:
        b = Builder()
        pos = 0
        rng = self.rng
        for m in _SLOT.finditer(template):
            b.add(template[pos : m.start()])
            pos = m.end()
            slot, form = m.group(1), m.group(2)
            if slot.startswith("P") and slot[1:].isdigit():
                text, inner = self.person_form(persons[slot], form or "full")
                b.add(text, "PER" if inner else None, inner)
            elif slot == "ORG":
                b.add(rng.choice(self.orgs), "ORG")
            elif slot == "ORG_P":
                b.add(self.org_p(), "ORG")
            elif slot == "GEM":
                if rng.random() < 0.2:
                    b.add("de ")
                b.add(rng.choice(["gemeente ", "Gemeente "]) + rng.choice(self.cities), "ORG")
            elif slot in ("CITY", "CITYW"):
                b.add(rng.choice(self.cities), "LOC")
            elif slot == "FOREIGN":
                b.add(rng.choice(self.foreign), "LOC")
            elif slot == "COUNTRY":
                b.add(rng.choice(self.countries), "LOC")
            elif slot == "STREET":
                b.add(rng.choice(self.streets), "LOC")
            elif slot == "STREET_P":
                b.add(self.street_p(), "LOC")
            elif slot in ("ADDR", "ADDR1"):
                street = rng.choice(self.streets) if rng.random() < 0.7 else self.street_p()
                b.add(street, "LOC")
                b.add(f" {rng.randint(1, 250)}{rng.choice(['', '', 'a', '-2', ' bis'])}")
                b.add(", " if slot == "ADDR1" else "\n")
                b.add(self.postcode() + " ")
                b.add(rng.choice(self.cities), "LOC")
            elif slot == "DATE":
                b.add(self.date())
            elif slot == "TIME":
                b.add(f"{rng.randint(8, 21)}:{rng.choice(['00', '15', '30', '45', '12', '07'])}")
            elif slot == "KENMERK":
                b.add(rng.choice(["Z/", "ZK", "WOO-", "BZ-", ""]) + str(rng.randint(10000, 999999)))
            elif slot == "PROG":
                b.add(rng.choice(PROGRAMMES))
            elif slot == "ROLE":
                b.add(rng.choice(ROLES))
            elif slot == "SUBJECT":
                b.add(rng.choice(SUBJECTS))
            elif slot == "PHONE":
                b.add(rng.choice(["06-", "06 ", "010-", "+31 6 "]) + str(rng.randint(10000000, 99999999)))
            elif slot == "NUM":
                b.add(str(rng.randint(1, 9999)))
            elif slot == "POSTCODE":
                b.add(self.postcode())
            elif slot == "AGE":
                b.add(str(rng.randint(1, 17)))
            elif slot == "MONTH":
                b.add(rng.choice(MONTHS))
            elif slot == "WEEKDAY":
                b.add(rng.choice(WEEKDAYS))
            elif slot == "NOUN":
                b.add(rng.choice(self.nouns))
            elif slot == "TEAM":
                b.add(rng.choice(TEAMS))
            elif slot == "DOMAIN":
                b.add(rng.choice(DOMAINS))
            else:
                raise KeyError(slot)
        b.add(template[pos:])
        text, spans = b.result()
        return text, merge_adjacent(text, spans)

    # --- documents -----------------------------------------------------------------------------
    def _pick(self, cat: str, ids: list[str]) -> str:
        options = [t for t in self.templates[cat] if t[0] not in ids] or self.templates[cat]
        tid, text = self.rng.choice(options)
        ids.append(tid)
        return text

    def document(self) -> Doc:
        rng = self.rng
        self._used = []
        genre = rng.choice(GENRES)
        persons = {f"P{i}": self.person() for i in range(1, 5)}
        ids: list[str] = []
        pieces: list[str] = []
        n_body = rng.randint(2, 5)

        def bodies(cat: str, n: int) -> list[str]:
            out = []
            for _ in range(n):
                r = rng.random()
                if r < 0.15:
                    out.append(self._pick("neg", ids))
                elif r < 0.15 + FRAME_RATE:
                    frame = rng.choice(["frame_pre", "frame_pre", "frame_suf", "frame_poss", "frame_org"])
                    out.append(self._pick(frame, ids))
                else:
                    out.append(self._pick(cat, ids))
            return out

        quote: list[str] = []
        if genre == "letter":
            pieces = [self._pick("letter_head", ids), self._pick("greeting", ids)]
            pieces += [" ".join(bodies("body_letter", 2)) for _ in range(max(1, n_body // 2))]
            pieces.append(self._pick("closing", ids))
        elif genre == "email":
            pieces = [self._pick("email_head", ids), self._pick("greeting", ids)]
            pieces += bodies("body_email", n_body)
            pieces.append(self._pick("closing", ids))
            if rng.random() < 0.5:
                quote = [
                    self._pick("quote_intro", ids),
                    self._pick("greeting", ids),
                    *bodies("body_email", 2),
                ]
        elif genre == "note":
            pieces = [self._pick("note_head", ids), *bodies("body_note", n_body + 1)]
        elif genre == "complaint":
            pieces = [self._pick("letter_head", ids), self._pick("greeting", ids)]
            pieces += [" ".join(bodies("body_complaint", 2)) for _ in range(max(1, n_body // 2))]
            pieces.append(self._pick("closing", ids))
        else:
            pieces = [self._pick("memo_head", ids), *bodies("body_memo", n_body)]

        b = Builder()
        sep = "\n" if genre == "note" else "\n\n"
        for i, tmpl in enumerate(pieces):
            text, spans = self.render(tmpl, persons)
            if i:
                b.add(sep)
            b.add_block(text, spans)
        if quote:
            b.add("\n\n")
            for j, tmpl in enumerate(quote):
                text, spans = self.render(tmpl, persons)
                if j:
                    text, spans = quote_block(text, spans)
                b.add_block(text, spans)
                b.add("\n>\n" if j else "\n")
        text, tspans = b.result()
        return Doc(
            text,
            [(s, e, lab) for s, e, lab, _ in tspans],
            genre,
            self.split,
            ids,
            sorted(set(self._used)),
            [ent for *_, ent in tspans],
        )

    def documents(self, n: int) -> list[Doc]:
        return [self.document() for _ in range(n)]


def merge_adjacent(text: str, spans: list[TSpan]) -> list[TSpan]:
    """Merge PER spans separated by one space ("{P1.first} {P1.sur2}" is one name)."""
    out: list[TSpan] = []
    for span in spans:
        if out and out[-1][2] == span[2] == "PER" and text[out[-1][1] : span[0]] == " ":
            out[-1] = (out[-1][0], span[1], "PER", f"{out[-1][3]} {span[3]}")
        else:
            out.append(span)
    return out


def quote_block(text: str, spans: list[TSpan]) -> tuple[str, list[TSpan]]:
    """Prefix every line with "> " and shift the spans accordingly."""
    prefix = "> "

    def shift(pos: int) -> int:
        return pos + len(prefix) * (text.count("\n", 0, pos) + 1)

    new_text = "\n".join(prefix + line for line in text.split("\n"))
    return new_text, [(shift(s), shift(e), lab, ent) for s, e, lab, ent in spans]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=["train", "dev", "heldout"], default="train")
    ap.add_argument("--n", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    for doc in Generator(args.split, args.seed).documents(args.n):
        print(json.dumps(doc.to_json(), ensure_ascii=False))


if __name__ == "__main__":
    main()
