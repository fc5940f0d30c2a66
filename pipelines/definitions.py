"""Composition root of the Dagster code location (`dagster dev -m pipelines.definitions`)."""

from __future__ import annotations

import os

from dagster import Definitions, define_asset_job

from pipelines.defs.publication import document_decisions, published_documents
from pipelines.defs.resources import RedactionEngine, StorageAreas

publication_job = define_asset_job("woo_publication_job", selection=[document_decisions, published_documents])

defs = Definitions(
    assets=[document_decisions, published_documents],
    jobs=[publication_job],
    # WOO_POLICY: the municipality's policy file (default: the shipped default policy).
    resources={"engine": RedactionEngine(policy_path=os.environ.get("WOO_POLICY")), "areas": StorageAreas()},
)
