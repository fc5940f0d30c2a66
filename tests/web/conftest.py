"""Fixtures of the review cockpit: a store with synthetic letters, accounts, a TestClient per user.

All names, numbers and addresses are invented.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from fastapi import FastAPI
from fastapi.testclient import TestClient

from redaction.decisions import Decision
from redaction.review import NewDocument, ReviewStore
from redaction.review.web import create_app
from redaction.review.web.security import hash_password

REPOSITORY = Path(__file__).resolve().parents[2]
PASSWORD = "correct-paard-batterij-7"
BATCH = "b0a1b2c3d4e5f"
# A council letter with an emoji before the names (code points vs UTF-16 units) and a CR LF line
# break (which an HTML parser would fold) to keep the selection offsets honest.
LETTER = (
    "Geachte raad,\r\n"
    "Bericht 😊 van mevrouw Lotte Brandsma (BSN 111222333) over de aanvraag.\n"
    "Haar buurman Kees Overdijk was ook aanwezig. Wethouder Anna Veldkamp reageerde.\n"
    "Bel de afdeling op 078-7654321 of mail info@gemeente.example.\n"
    "Ook Jeroen Kapteijn tekende de brief.\n"
    "Met vriendelijke groet,\nPieter Zwanenburg\n"
)


def found(text: str, value: str, entity: str, ground: str | None, category: str | None, *, score: float = 0.9,
          reason: str = "Synthetisch voorstel.") -> Decision:  # fmt: skip
    start = text.index(value)
    return Decision(start, start + len(value), value, entity, "redact" if ground else "keep", ground, category,
                    reason, score, "test")  # fmt: skip


def letter_decisions(text: str = LETTER) -> list[Decision]:
    return [
        found(text, "Lotte Brandsma", "PERSON", "5.1.2e", "naam", score=0.85),
        found(text, "111222333", "NL_BSN", "5.1.1e", "BSN", score=1.0),
        found(text, "Kees Overdijk", "PERSON", "5.1.2e", "naam", score=0.55),
        found(text, "Anna Veldkamp", "PERSON", None, None, reason="Wethouder in functie: naam blijft staan."),
        found(text, "078-7654321", "PHONE_NUMBER", "5.1.2e", "telefoonnummer", score=0.8),
        found(text, "info@gemeente.example", "EMAIL_ADDRESS", None, None, reason="Functionele mailbox."),
        found(text, "Pieter Zwanenburg", "PERSON", "5.1.2e", "naam", score=0.95),
    ]


@dataclass
class Cockpit:
    """One store, one app, and the ids of what the tests act on."""

    url: str
    store: ReviewStore
    app: FastAPI
    doc_id: str
    policy: Path

    def client(self, username: str | None = None) -> TestClient:
        client = TestClient(self.app, base_url="http://testserver")
        if username:
            login(client, username)
        return client

    def span(self, value: str, doc_id: str | None = None) -> int:
        return next(sp.id for sp in self.store.document(doc_id or self.doc_id).spans if sp.text == value)


def csrf_of(client: TestClient, path: str = "/login") -> str:
    page = client.get(path)
    match = re.search(r'name="csrf-token" content="([^"]+)"', page.text)
    assert match, f"no CSRF token on {path}"
    return match.group(1)


def login(client: TestClient, username: str, password: str = PASSWORD) -> object:
    token = csrf_of(client)
    response = client.post("/login", data={"username": username, "password": password, "csrf_token": token},
                           follow_redirects=False)  # fmt: skip
    assert response.status_code == 303, response.text
    return response


def write_policy(folder: Path, *, four_eyes: bool) -> Path:
    raw = yaml.safe_load((REPOSITORY / "examples" / "policies" / "dordrecht.yaml").read_text("utf-8"))
    raw["review"] = {"four_eyes": four_eyes, "auto_approve": {"enabled": False}}
    path = folder / f"policy-four-eyes-{four_eyes}.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True), "utf-8")
    return path


def make_cockpit(tmp_path: Path, *, four_eyes: bool = True, **options: object) -> Cockpit:
    url = f"sqlite:///{tmp_path / 'restricted' / 'review.db'}"
    store = ReviewStore(url)
    store.add_document(BATCH, NewDocument(id="d0001", number=f"{BATCH}-0001", kind="txt", text=LETTER),
                       letter_decisions())  # fmt: skip
    for name, role in (("beoordelaar-a", "reviewer"), ("beoordelaar-b", "reviewer"), ("goedkeurder", "approver"),
                       ("goedkeurder-2", "approver"), ("beheer", "admin")):  # fmt: skip
        store.add_user(name, hash_password(PASSWORD), role)
    policy = write_policy(tmp_path, four_eyes=four_eyes)
    app = create_app(url, str(policy), session_secret="test-secret-" + "x" * 32, restricted_dir=str(tmp_path),
                     **options)  # type: ignore[arg-type]  # fmt: skip
    return Cockpit(url, store, app, "d0001", policy)


@pytest.fixture
def cockpit(tmp_path: Path) -> Iterator[Cockpit]:
    built = make_cockpit(tmp_path)
    yield built
    built.app.state.store.close()
    built.store.close()


@pytest.fixture
def cockpit_factory(tmp_path: Path) -> Iterator[Callable[..., Cockpit]]:
    made: list[Cockpit] = []

    def build(**options: object) -> Cockpit:
        built = make_cockpit(tmp_path / f"c{len(made)}", **options)  # type: ignore[arg-type]
        made.append(built)
        return built

    yield build
    for built in made:
        built.app.state.store.close()
        built.store.close()
