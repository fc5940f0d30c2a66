"""Build dutch_words.txt: ordinary Dutch words, from the O-labelled tokens of Europeana NL (CC0).

The engine runs its statistical name model only on lines holding a capitalised word that nothing
else explains; a capitalised ordinary word ("Zoals", "Kopie") explains itself. Tokens the gold
labels mark as part of a person, place or organisation are never taken, and neither are words of
the shipped name lists (a name that is also a word stays a trigger). Rebuild:

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
    header = (
        "# dutch_words.txt - ordinary Dutch words (lower case, accents folded), one per line.\n"
        "# Derived from the O-labelled tokens of the Europeana NL newspaper corpus (CC0 1.0) by\n"
        "# build_dutch_words.py; words of the shipped name lists are left out. Licence: CC0 1.0.\n"
    )
    (HERE / "dutch_words.txt").write_text(header + "\n".join(sorted(words)) + "\n", encoding="utf-8")
    print(f"wrote {len(words)} words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
