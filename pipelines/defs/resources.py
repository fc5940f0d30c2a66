"""Resources: the redaction engine, the storage areas (restricted vs public) and the review store."""

from __future__ import annotations

from pathlib import Path

from dagster import ConfigurableResource
from pydantic import PrivateAttr

from redaction import Redactor
from redaction.policy.model import Policy, load_policy
from redaction.publication import ACTION_URIS, INGEKOMEN_STUKKEN_URI
from redaction.publish.diwoo import DiWooConfig
from redaction.review import ReviewStore
from redaction.storage import StorageArea


class RedactionEngine(ConfigurableResource):
    """The Dutch Woo redaction engine, built once per run (loading the pipeline takes a second)."""

    policy_path: str | None = None
    _redactor: Redactor | None = PrivateAttr(default=None)

    def get(self) -> Redactor:
        if self._redactor is None:
            self._redactor = Redactor(policy=self.policy_path)
        return self._redactor

    def policy(self) -> Policy:
        """The policy alone (review switches, the body's details) without loading the NLP pipeline."""
        if self._redactor is not None:
            return self._redactor.policy
        return load_policy(self.policy_path)


class StorageAreas(ConfigurableResource):
    """Where documents live. Unpublished text stays in ``restricted``; only publishing writes ``public``.

    Each area is a local folder or an object-store URL (``s3://bucket/prefix``, see
    `redaction.storage.StorageArea` and docs/deploy.md). The document job reads and writes through
    `StorageArea`; the dataset job and the inbox's hostile-input checks need local folders.
    """

    inbox: str = "var/inbox"
    restricted: str = "var/restricted"
    public: str = "var/public"

    def inbox_area(self) -> StorageArea:
        return StorageArea(self.inbox)

    def restricted_area(self) -> StorageArea:
        return StorageArea(self.restricted)

    def public_area(self, *parts: str) -> StorageArea:
        return StorageArea(self.public).sub(*parts)

    def batch_area(self, batch_id: str) -> StorageArea:
        """The restricted working area of one batch."""
        return self.restricted_area().sub("batches", batch_id)

    def restricted_path(self, *parts: str) -> Path:
        """A folder of a local restricted area (the dataset job's working files)."""
        path = Path(self.restricted, *parts)
        path.mkdir(parents=True, exist_ok=True)
        return path

    def public_path(self, *parts: str) -> Path:
        """A folder of a local public area (the dataset job's marts and dashboard)."""
        path = Path(self.public, *parts)
        path.mkdir(parents=True, exist_ok=True)
        return path

    @classmethod
    def under(cls, root: Path) -> StorageAreas:
        """The three areas as folders ``inbox``, ``restricted`` and ``public`` of one root."""
        return cls(inbox=str(root / "inbox"), restricted=str(root / "restricted"), public=str(root / "public"))


class ParallelWork(ConfigurableResource):
    """How many worker processes the per-document work of a batch runs in (extraction, analysis,
    rendering, leak check). 0: every core; 1: in the step's own process (debugging, tests)."""

    processes: int = 0

    def count(self) -> int | None:
        return self.processes or None


class ReviewStoreResource(ConfigurableResource):
    """The review store (SQLite in the restricted area by default, PostgreSQL by URL)."""

    url: str | None = None  # None: $WOO_REVIEW_DB, else sqlite in var/restricted
    _store: ReviewStore | None = PrivateAttr(default=None)

    def get(self) -> ReviewStore:
        if self._store is None:
            self._store = ReviewStore(self.url)
        return self._store


class PublicationSettings(ConfigurableResource):
    """What the publication says about its publisher (DiWoo) and where it will be found online."""

    publisher_tooi: str = "https://identifier.overheid.nl/tooi/id/gemeente/gm0505"
    publisher_name: str = "gemeente Dordrecht"
    information_category_uri: str = INGEKOMEN_STUKKEN_URI
    # Kinds of document action with a known TOOI URI; the others are written by label only.
    action_uris: dict[str, str] = ACTION_URIS
    public_base_url: str = "https://open.example.nl/woo"

    def diwoo(self) -> DiWooConfig:
        return DiWooConfig(
            publisher_uri=self.publisher_tooi,
            publisher_label=self.publisher_name,
            information_category_uri=self.information_category_uri,
            action_uris=dict(self.action_uris),
        )


def document_resources(
    engine: RedactionEngine, areas: StorageAreas, review_url: str | None, processes: int = 0
) -> dict[str, object]:
    """The resources the document jobs and sensors need: engine, storage areas, review store,
    settings, and the worker processes per batch (0: every core)."""
    return {
        "engine": engine,
        "areas": areas,
        "review": ReviewStoreResource(url=review_url),
        "settings": PublicationSettings(),
        "parallel": ParallelWork(processes=processes),
    }
