"""Where the shipped data lives.

`models/` (the spaCy pipeline and the lexicons) is data, not a Python package. It sits beside
`redaction/` in the repository; an installation elsewhere points `WOO_MODELS_DIR` at a copy.
"""

from __future__ import annotations

import os
from pathlib import Path

REPOSITORY_ROOT = Path(__file__).resolve().parent.parent


def models_dir() -> Path:
    configured = os.environ.get("WOO_MODELS_DIR")
    return Path(configured) if configured else REPOSITORY_ROOT / "models"


def lexicons_dir() -> Path:
    return models_dir() / "lexicons"


def ner_pipeline_dir() -> Path:
    return models_dir() / "nl_woo"
