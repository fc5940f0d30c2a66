"""`make demo`: put the example inbox in place and run the publication job on the local instance.

Uses the real Dagster instance configured by dagster.yaml (SQLite, local files), so the run is
visible afterwards in the Dagster UI started on the same DAGSTER_HOME.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from dagster import DagsterInstance

from pipelines.definitions import defs
from redaction.paths import REPOSITORY_ROOT

EXAMPLE_INBOX = REPOSITORY_ROOT / "examples" / "inbox"


def main() -> int:
    os.environ.setdefault("DAGSTER_HOME", str(REPOSITORY_ROOT))
    os.chdir(REPOSITORY_ROOT)
    inbox = Path("var/inbox")
    inbox.mkdir(parents=True, exist_ok=True)
    for example in sorted(EXAMPLE_INBOX.glob("*.txt")):
        shutil.copy2(example, inbox / example.name)
    instance = DagsterInstance.get()
    result = defs.get_job_def("woo_publication_job").execute_in_process(instance=instance)
    if not result.success:
        print("demo: the publication job failed; see the Dagster UI (make ui)", file=sys.stderr)
        return 1
    public = Path("var/public/documents").resolve()
    print(f"demo: run {result.run_id} succeeded on the Dagster instance in {instance.root_directory}")
    print(f"demo: published documents: {public}")
    for path in sorted(public.glob("*.txt")):
        print(f"  {path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
