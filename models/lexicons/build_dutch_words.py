"""Build dutch_words.txt: ordinary Dutch words, from two openly licensed sources.

- the O-labelled tokens of the Europeana NL newspaper corpus (CC0 1.0);
- the lower-case entries of the OpenTaal word list (BSD licence; Debian package ``wdutch``,
  /usr/share/dict/dutch; see LICENSE-OpenTaal.txt beside this file).

The engine runs its statistical name model only on lines holding a capitalised word that nothing
else explains; a capitalised ordinary word ("Zoals", "Kopie") explains itself. Tokens the gold
labels mark as part of a person, place or organisation are never taken, and neither are words of
the shipped name lists (a name that is also a word stays a trigger). Rebuild:

    apt-get install wdutch   # once, for the OpenTaal list
    .venv/bin/python models/lexicons/build_dutch_words.py ../shared/data/europeana_nl/train.txt
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent


def fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def names() -> set[str]:
    out: set[str] = set()
    for file in ("first_names.tsv", "surnames.tsv"):
        for line in (HERE / file).read_text("utf-8").splitlines():
            if line and not line.startswith("#"):
                out.update(fold(part) for part in line.split("\t")[0].split())
    return out


def main(argv: list[str]) -> int:
    source = Path(argv[1]) if len(argv) > 1 else HERE.parents[2] / "shared" / "data" / "europeana_nl" / "train.txt"
    excluded = names()
    words: set[str] = set()
    for line in source.read_text("utf-8").splitlines():
        token, _, tag = line.partition("\t")
        if tag == "O" and token.isalpha() and len(token) > 1:
            key = fold(token)
            if key not in excluded:
                words.add(key)
    opentaal = Path("/usr/share/dict/dutch")
    if opentaal.is_file():
        for entry in opentaal.read_text("utf-8").splitlines():
            # Lower-case entries are ordinary words; capitalised ones are names of people and places.
            if entry.isalpha() and entry.islower() and len(entry) > 1:
                key = fold(entry)
                if key not in excluded:
                    words.add(key)
    else:
        print("OpenTaal list not found (apt-get install wdutch): Europeana words only", file=sys.stderr)
    header = (
        "# dutch_words.txt - ordinary Dutch words (lower case, accents folded), one per line.\n"
        "# Derived by build_dutch_words.py from the O-labelled tokens of the Europeana NL newspaper\n"
        "# corpus (CC0 1.0) and the lower-case entries of the OpenTaal word list (BSD licence,\n"
        "# (c) OpenTaal and contributors; see LICENSE-OpenTaal.txt). Words of the shipped name\n"
        "# lists are left out.\n"
    )
    (HERE / "dutch_words.txt").write_text(header + "\n".join(sorted(words)) + "\n", encoding="utf-8")
    print(f"wrote {len(words)} words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
