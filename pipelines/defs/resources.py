"""Resources: the redaction engine and the storage areas (restricted vs public)."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path

from dagster import ConfigurableResource
from pydantic import PrivateAttr

from redaction import Redactor


class RedactionEngine(ConfigurableResource):
    """The Dutch Woo redaction engine, built once per run (loading the pipeline takes a second)."""

    policy_path: str | None = None
    _redactor: Redactor | None = PrivateAttr(default=None)

    def get(self) -> Redactor:
        if self._redactor is None:
            self._redactor = Redactor(policy=self.policy_path)
        return self._redactor


class StorageAreas(ConfigurableResource):
    """Where documents live. Only the publishing asset writes to ``public``."""

    inbox: str = "var/inbox"
    restricted: str = "var/restricted"
    public: str = "var/public"

    @cached_property
    def inbox_path(self) -> Path:
        return Path(self.inbox)

    def restricted_path(self, *parts: str) -> Path:
        path = Path(self.restricted, *parts)
        path.mkdir(parents=True, exist_ok=True)
        return path

    def public_path(self, *parts: str) -> Path:
        path = Path(self.public, *parts)
        path.mkdir(parents=True, exist_ok=True)
        return path
