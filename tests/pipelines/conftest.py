"""A throw-away platform per test: inbox, restricted and public areas, review store, Dagster instance."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from dagster import DagsterInstance, ExecuteInProcessResult

from pipelines.definitions import defs
from pipelines.defs.batches import tick_inbox_sensor
from pipelines.defs.resources import RedactionEngine, StorageAreas, document_resources
from redaction.review import ReviewStore

REPOSITORY = Path(__file__).resolve().parents[2]
DORDRECHT_POLICY = REPOSITORY / "examples" / "policies" / "dordrecht.yaml"


@dataclass
class Platform:
    root: Path
    instance: DagsterInstance
    resources: dict[str, object]
    cursor: str | None = None

    @property
    def inbox(self) -> Path:
        return self.root / "inbox"

    @property
    def public(self) -> Path:
        return self.root / "public"

    @property
    def restricted(self) -> Path:
        return self.root / "restricted"

    @property
    def store(self) -> ReviewStore:
        return self.resources["review"].get()  # type: ignore[attr-defined]

    def tick(self) -> str | None:
        """One evaluation of the inbox sensor; registers the new batch's partition like the daemon does."""
        batch, self.cursor = tick_inbox_sensor(self.instance, self.resources, self.cursor)
        return batch

    def run(self, job: str, batch: str) -> ExecuteInProcessResult:
        return defs.resolve_job_def(job).execute_in_process(
            instance=self.instance, partition_key=batch, resources=self.resources, raise_on_error=False
        )


@pytest.fixture
def platform(tmp_path: Path, redactor_for_dordrecht: RedactionEngine) -> Iterator[Platform]:
    (tmp_path / "inbox").mkdir()
    resources = document_resources(
        redactor_for_dordrecht, StorageAreas.under(tmp_path), f"sqlite:///{tmp_path / 'restricted' / 'review.db'}"
    )
    with DagsterInstance.ephemeral() as instance:
        yield Platform(tmp_path, instance, resources)
    resources["review"].get().close()  # type: ignore[attr-defined]


@pytest.fixture(scope="session")
def redactor_for_dordrecht(tmp_path_factory: pytest.TempPathFactory) -> RedactionEngine:
    """Dordrecht's policy with a person approving every document (the demo auto-approves).

    Built once: loading the model and lexicons is the slow part of every run.
    """
    raw = yaml.safe_load(DORDRECHT_POLICY.read_text("utf-8"))
    raw["review"] = {"four_eyes": False, "auto_approve": {"enabled": False}}
    policy = tmp_path_factory.mktemp("policy") / "dordrecht-manual-review.yaml"
    policy.write_text(yaml.safe_dump(raw, allow_unicode=True), "utf-8")
    engine = RedactionEngine(policy_path=str(policy))
    engine.get()
    return engine
