"""Composition root of the Dagster code location (`dagster dev -m pipelines.definitions`).

One folder per domain under `pipelines/defs/`; this file only wires them together.
Environment: WOO_POLICY (the municipality's policy file), WOO_REVIEW_DB (review store URL),
WOO_INBOX / WOO_RESTRICTED / WOO_PUBLIC (storage areas: folders, or object-store URLs such as
s3://bucket/prefix for the document job), WOO_WORKERS (worker processes per batch, 0 or unset: every
core, 1: in the step's process), WOO_CASE_RECORDS (the client register export),
WOO_PSEUDONYM_KEY (the pseudonym secret; WOO_ALLOW_DEMO_KEY=1 lets `make demo`/`make ui` use the
marked demo key instead).
"""

from __future__ import annotations

import os

from dagster import AssetSelection, Definitions, define_asset_job

from pipelines.defs.batches import PUBLICATION_JOB, REPUBLISH_JOB, approval_sensor, inbox_sensor
from pipelines.defs.checks import DOCUMENT_CHECKS
from pipelines.defs.datasets import DATASET_ASSETS, DATASET_CHECKS, case_records_job, dataset_resources
from pipelines.defs.documents import (
    DOCUMENT_ASSETS,
    inventory_list,
    published_documents,
    redacted_documents,
    reviewed_decisions,
)
from pipelines.defs.resources import RedactionEngine, StorageAreas, document_resources

publication_job = define_asset_job(
    PUBLICATION_JOB,
    selection=AssetSelection.assets(*DOCUMENT_ASSETS),
    description="A new inbox batch: ingest, detect and decide, queue for review, publish what is approved.",
)
republish_job = define_asset_job(
    REPUBLISH_JOB,
    selection=AssetSelection.assets(reviewed_decisions, redacted_documents, published_documents, inventory_list),
    description="Publish the documents a person approved since the last run of their batch.",
)


def storage_areas() -> StorageAreas:
    return StorageAreas(
        inbox=os.environ.get("WOO_INBOX", "var/inbox"),
        restricted=os.environ.get("WOO_RESTRICTED", "var/restricted"),
        public=os.environ.get("WOO_PUBLIC", "var/public"),
    )


def resources() -> dict[str, object]:
    return {
        **document_resources(
            RedactionEngine(policy_path=os.environ.get("WOO_POLICY")), storage_areas(), os.environ.get("WOO_REVIEW_DB"),
            processes=int(os.environ.get("WOO_WORKERS") or 0),
        ),
        **dataset_resources(
            os.environ.get("WOO_CASE_RECORDS", "var/restricted/caserecords/register.csv"),
            allow_demo_key=os.environ.get("WOO_ALLOW_DEMO_KEY") == "1",
        ),
    }


defs = Definitions(
    assets=[*DOCUMENT_ASSETS, *DATASET_ASSETS],
    asset_checks=[*DOCUMENT_CHECKS, *DATASET_CHECKS],
    jobs=[publication_job, republish_job, case_records_job],
    sensors=[inbox_sensor, approval_sensor],
    resources=resources(),
)
