"""`python -m eval.caserecords --clients 5000 --seed 1 --out var/restricted/caserecords/register.csv`"""

from __future__ import annotations

import argparse
import sys

from eval.caserecords.generate import generate_case_register, write_case_register


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write a synthetic client register (all persons invented).")
    parser.add_argument("--clients", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=20250527)
    parser.add_argument("--no-malformed", action="store_true", help="leave out the injected malformed records")
    parser.add_argument("--out", required=True, help="a .csv, .xlsx or .parquet path")
    args = parser.parse_args(argv)
    register = generate_case_register(args.clients, args.seed, malformed=not args.no_malformed)
    path = write_case_register(register, args.out)
    print(f"{len(register.frame)} records, {len(register.malformed_rows)} malformed on purpose -> {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
