"""Valid (and deliberately invalid) Dutch identifiers for the synthetic development set.

Everything here is pure stdlib and driven by a caller-supplied ``random.Random`` so that the
dev set is reproducible byte for byte. The validators are the ground truth of the generator's
self-check: every gold ``NL_BSN`` must pass the 11-proef and every gold ``IBAN_CODE`` must pass
mod-97, while the hard negatives (case numbers, IBAN look-alikes) must fail them. That is what
lets the dev set tell a checksum-aware recognizer from a "nine digits" regex.
"""

from __future__ import annotations

import random
import string
import unicodedata

# --------------------------------------------------------------------------- checksums


def bsn_checksum_ok(digits: str) -> bool:
    """The 11-proef of the BSN: sum(d_i * w_i) with w = 9..2, -1 is divisible by 11."""
    if len(digits) != 9 or not digits.isdigit():
        return False
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    total = sum(int(d) * w for d, w in zip(digits, weights, strict=True))
    return total % 11 == 0 and total != 0


def iban_checksum_ok(iban: str) -> bool:
    """ISO 13616 mod-97 on a compact IBAN; Dutch IBANs are also exactly 18 characters."""
    compact = iban.replace(" ", "").upper()
    if compact.startswith("NL") and len(compact) != 18:
        return False
    if len(compact) < 5 or not compact.isalnum():
        return False
    rearranged = compact[4:] + compact[:4]
    number = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(number) % 97 == 1


# --------------------------------------------------------------------------- BSN


def make_bsn(rng: random.Random) -> str:
    """Nine digits passing the 11-proef (the first digit is never 0, like issued BSNs)."""
    while True:
        digits = [rng.randint(1, 6)] + [rng.randint(0, 9) for _ in range(7)]
        partial = sum(d * w for d, w in zip(digits, (9, 8, 7, 6, 5, 4, 3, 2), strict=True))
        last = partial % 11
        if last <= 9:
            candidate = "".join(map(str, digits)) + str(last)
            if bsn_checksum_ok(candidate):
                return candidate


def format_bsn(bsn: str, rng: random.Random) -> str:
    """Plain, dotted (1234.56.782) or spaced writing, as BSNs appear in letters and notes."""
    style = rng.choice(("plain", "plain", "dotted", "spaced4", "spaced3"))
    if style == "dotted":
        return f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}"
    if style == "spaced4":
        return f"{bsn[:4]} {bsn[4:6]} {bsn[6:]}"
    if style == "spaced3":
        return f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}"
    return bsn


def make_non_bsn_number(rng: random.Random) -> str:
    """Nine digits that FAIL the 11-proef: zaaknummers and the like, a hard negative."""
    while True:
        candidate = str(rng.randint(100_000_000, 999_999_999))
        if not bsn_checksum_ok(candidate):
            return candidate


# --------------------------------------------------------------------------- IBAN

BANK_CODES: tuple[str, ...] = ("ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ")


def _iban_check_digits(country: str, bban: str) -> str:
    rearranged = bban + country + "00"
    number = int("".join(str(int(ch, 36)) for ch in rearranged))
    return f"{98 - number % 97:02d}"


def make_iban(rng: random.Random) -> str:
    """A compact Dutch IBAN with correct mod-97 check digits and an invented account number."""
    bank = rng.choice(BANK_CODES)
    account = f"{rng.randint(0, 9_999_999_999):010d}"
    bban = bank + account
    return "NL" + _iban_check_digits("NL", bban) + bban


def format_iban(iban: str, rng: random.Random) -> str:
    """Unspaced or in groups of four, the two ways IBANs are written by hand."""
    if rng.random() < 0.5:
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return iban


def make_invalid_iban_like(rng: random.Random) -> str:
    """An IBAN look-alike that fails validation (wrong check digits or wrong length)."""
    iban = make_iban(rng)
    if rng.random() < 0.5:
        wrong = f"{(int(iban[2:4]) + rng.randint(1, 96)) % 97:02d}"
        candidate = iban[:2] + wrong + iban[4:]
    else:
        candidate = iban[:-1] if rng.random() < 0.5 else iban + str(rng.randint(0, 9))
    if iban_checksum_ok(candidate):
        return make_invalid_iban_like(rng)
    return candidate


# --------------------------------------------------------------------------- phone numbers


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def make_mobile(rng: random.Random) -> str:
    """A Dutch mobile number in one of the spellings seen in real mail."""
    rest = str(rng.randint(1, 9)) + _digits(rng, 7)
    style = rng.choice(("dash", "plain", "space4", "pairs", "intl", "intl_plain", "intl_paren"))
    if style == "dash":
        return f"06-{rest}"
    if style == "plain":
        return f"06{rest}"
    if style == "space4":
        return f"06 {rest[:4]} {rest[4:]}"
    if style == "pairs":
        return "06 " + " ".join(rest[i : i + 2] for i in range(0, 8, 2))
    if style == "intl":
        return f"+31 6 {rest[:4]} {rest[4:]}"
    if style == "intl_plain":
        return f"+316{rest}"
    return f"+31 (0)6 {rest[:4]} {rest[4:]}"


AREA_CODES: tuple[str, ...] = ("078", "078", "078", "010", "0184", "0183", "070", "030")


def make_landline(rng: random.Random) -> str:
    """A (direct or private) landline, never the municipality's switchboard."""
    area = rng.choice(AREA_CODES)
    n_sub = 10 - len(area)
    while True:
        sub = str(rng.randint(2, 6)) + _digits(rng, n_sub - 1)
        if not sub.startswith("770"):
            break
    short = area[1:]
    style = rng.choice(("dash", "space", "intl_paren", "intl", "paren"))
    if style == "dash":
        return f"{area}-{sub}"
    if style == "space" and n_sub == 7:
        return f"{area} {sub[:3]} {sub[3:]}"
    if style == "intl_paren" and n_sub == 7:
        return f"+31 (0){short} {sub[:3]} {sub[3:]}"
    if style == "intl":
        return f"+31 {short} {sub}"
    return f"({area}) {sub}"


def make_phone(rng: random.Random) -> str:
    return make_mobile(rng) if rng.random() < 0.65 else make_landline(rng)


# --------------------------------------------------------------------------- postcode, address

_POSTCODE_LETTERS = "ABCDEGHJKLMNPRSTVWXZ"


def make_postcode(rng: random.Random, local: bool = True) -> str:
    """A Dutch postcode; mostly Dordrecht's 33xx range, with and without the space."""
    number = rng.randint(3311, 3319) if local and rng.random() < 0.75 else rng.randint(1011, 9999)
    while True:
        letters = rng.choice(_POSTCODE_LETTERS) + rng.choice(_POSTCODE_LETTERS)
        if letters not in ("SA", "SD", "SS"):
            break
    return f"{number} {letters}" if rng.random() < 0.75 else f"{number}{letters}"


# Street names; several carry a person's name, so a PERSON recognizer that fires inside an
# address is exposed (the address as a whole is still personal data when it is a resident's).
STREETS: tuple[str, ...] = (
    "Wilhelminastraat", "Voorstraat", "Nieuwstraat", "Vrieseweg", "Singel", "Spuiweg",
    "Dubbeldamseweg Zuid", "Krispijnseweg", "Brouwersdijk", "Sumatraplein", "Javastraat",
    "Laan van Nieuw Oost-Indië", "Reeweg Oost", "Patersweg", "Kasperstraat", "Zuidendijk",
    "Oranjelaan", "Bankastraat", "Blekersdijk", "Merwedestraat", "Lijnbaan", "Achterhakkers",
    "Willem de Zwijgerlaan", "Johan de Wittstraat", "Burgemeester de Raadtsingel",
    "Karel Doormanweg", "Admiraal de Ruyterweg", "Pieter Zeemanweg", "Jan Steenstraat",
    "Anne Frankstraat", "Marie Curiestraat", "Thorbeckeweg", "Van Oldenbarneveltlaan",
    "Nelson Mandelaplein", "Albert Cuypstraat", "Jacob Catsstraat", "Mauritsweg",
    "Hugo de Grootstraat", "Ary Schefferstraat", "Aert de Gelderstraat",
)

# Streets named after people, reused by the generator as "street without number" distractors.
PERSON_STREETS: tuple[str, ...] = (
    "Willem de Zwijgerlaan", "Johan de Wittstraat", "Burgemeester de Raadtsingel",
    "Karel Doormanweg", "Admiraal de Ruyterweg", "Pieter Zeemanweg", "Jan Steenstraat",
    "Anne Frankstraat", "Marie Curiestraat", "Hugo de Grootstraat", "Ary Schefferstraat",
)


def make_house_number(rng: random.Random) -> str:
    """House number with the additions Dutch addresses use: 12a, 12 A, 3-II, 14 bis, 7hs, 101-3."""
    number = str(rng.choice((rng.randint(1, 40), rng.randint(1, 40), rng.randint(41, 350))))
    style = rng.random()
    if style < 0.55:
        return number
    if style < 0.7:
        return number + rng.choice("abcd")
    if style < 0.77:
        return f"{number} {rng.choice('ABC')}"
    if style < 0.87:
        return f"{number}-{rng.choice(('I', 'II', 'III', '1', '2', '3'))}"
    if style < 0.92:
        return f"{number} bis"
    if style < 0.96:
        return f"{number}hs"
    return f"{number}-{rng.choice(('rood', 'zw'))}"


def make_address(rng: random.Random, street: str | None = None) -> str:
    return f"{street or rng.choice(STREETS)} {make_house_number(rng)}"


# --------------------------------------------------------------------------- dates of birth

MONTHS: tuple[str, ...] = (
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
    "oktober", "november", "december",
)


def make_birth_date(rng: random.Random, child: bool = False) -> str:
    """A date of birth (an adult's, or a child's) in one of the spellings of forms and notes."""
    year = rng.randint(2009, 2023) if child else rng.randint(1948, 2005)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    style = rng.choice(("dash", "dash", "slash", "long", "short_dash", "dot", "iso"))
    if style == "dash":
        return f"{day:02d}-{month:02d}-{year}"
    if style == "slash":
        return f"{day:02d}/{month:02d}/{year}"
    if style == "long":
        return f"{day} {MONTHS[month - 1]} {year}"
    if style == "short_dash":
        return f"{day}-{month}-{year}"
    if style == "dot":
        return f"{day:02d}.{month:02d}.{year}"
    return f"{year}-{month:02d}-{day:02d}"


WEEKDAYS: tuple[str, ...] = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag")


def make_doc_date(rng: random.Random) -> tuple[int, int, int]:
    """A date in 2024-2025 for letters, meetings and e-mail headers (never labelled)."""
    return rng.randint(2024, 2025), rng.randint(1, 12), rng.randint(1, 28)


def long_date(date: tuple[int, int, int]) -> str:
    year, month, day = date
    return f"{day} {MONTHS[month - 1]} {year}"


# --------------------------------------------------------------------------- licence plates

_PLATE_LETTERS = "BDFGHJKLNPRSTVXZ"
# Dutch sidecodes 1-14 (X = letter, 9 = digit).
SIDECODES: tuple[str, ...] = (
    "XX-99-99", "99-99-XX", "99-XX-99", "XX-99-XX", "XX-XX-99", "99-XX-XX", "99-XXX-9",
    "9-XXX-99", "XX-999-X", "X-999-XX", "XXX-99-X", "X-99-XXX", "9-XX-999", "999-XX-9",
)


def make_plate(rng: random.Random) -> str:
    pattern = rng.choice(SIDECODES)
    return "".join(
        rng.choice(_PLATE_LETTERS) if ch == "X" else str(rng.randint(0, 9)) if ch == "9" else ch
        for ch in pattern
    )


# --------------------------------------------------------------------------- e-mail, URLs

# Invented mail domains: no real webmail provider, so no address can belong to anyone.
PRIVATE_MAIL_DOMAINS: tuple[str, ...] = (
    "voorbeeldmail.nl", "postvak.example", "mijnpost.example", "briefbus.example",
    "thuismail.example", "netpost.example",
)

_TRANSLIT = str.maketrans({"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "ß": "ss", "'": ""})


def ascii_fold(value: str) -> str:
    """Strip accents the way people do when they type a name into an e-mail address."""
    value = value.translate(_TRANSLIT)
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).encode(
        "ascii", "ignore"
    ).decode("ascii")


def _slug(value: str) -> str:
    folded = ascii_fold(value).lower()
    return "".join(ch for ch in folded if ch in string.ascii_lowercase)


def make_email_local(rng: random.Random, first: str, tussen: str, surname: str) -> str:
    """A local part built from a person's name in one of the usual corporate/private patterns."""
    f, t, s = _slug(first), _slug(tussen), _slug(surname)
    style = rng.choice(("first.last", "f.last", "firstlast", "first_lastNN", "last.f", "flast"))
    if style == "first.last":
        return f"{f}.{t + '.' if t and rng.random() < 0.5 else t}{s}"
    if style == "f.last":
        return f"{f[0]}.{t}{s}"
    if style == "firstlast":
        return f"{f}{t}{s}"
    if style == "first_lastNN":
        return f"{f}_{s}{rng.randint(1, 99):02d}"
    if style == "last.f":
        return f"{t}{s}.{f[0]}"
    return f"{f[0]}{t[:1]}{s}"


def make_profile_url(rng: random.Random, first: str, tussen: str, surname: str) -> str:
    """A personal social-media profile link (LinkedIn, Facebook, Instagram)."""
    f, t, s = _slug(first), _slug(tussen), _slug(surname)
    site = rng.choice(("linkedin", "linkedin", "facebook", "instagram"))
    prefix = rng.choice(("https://www.", "https://", "www.", ""))
    if site == "linkedin":
        tail = f"{f}-{t + '-' if t else ''}{s}"
        if rng.random() < 0.6:
            tail += "-" + "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice((6, 8))))
        return f"{prefix}linkedin.com/in/{tail}"
    if site == "facebook":
        return f"{prefix}facebook.com/{f}.{t}{s}{rng.choice(('', '.' + str(rng.randint(1, 99))))}"
    return f"{prefix}instagram.com/{f}_{s}"
