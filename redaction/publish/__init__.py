"""Publication artefacts beside the redacted documents: the inventory list and DiWoo metadata.

Both are renderings of the decisions (and of neutral document facts the caller passes); both are
checked with the independent leak scanner before they are written, so a personal e-mail address
or phone number that slipped into a field stops the publication instead of going out.
"""

from __future__ import annotations

from redaction.errors import WooError


class PublishError(WooError):
    """A publication artefact would hold personal data or an invalid value."""

    code = "W520"
