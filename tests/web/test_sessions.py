"""Sessions on the server, accounts audited, the login limit per client, four eyes, Dutch times.

All usernames are invented.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import timedelta

from fastapi.testclient import TestClient
from sqlalchemy import update

from redaction.review.audit import shown_time
from redaction.review.models import WebSessionRow, utcnow
from redaction.review.web.app import SESSION_COOKIE
from tests.web.conftest import PASSWORD, Cockpit, csrf_of

JSON = {"Accept": "application/json"}


def copy_of(cockpit: Cockpit, client: TestClient) -> TestClient:
    """Another browser holding a copy of the session cookie (stolen, or a second tab's export)."""
    thief = cockpit.client()
    thief.cookies.set(SESSION_COOKIE, client.cookies[SESSION_COOKIE])
    return thief


def test_a_copied_cookie_stops_working_after_logout(cockpit: Cockpit) -> None:
    client = cockpit.client("beoordelaar-a")
    thief = copy_of(cockpit, client)
    assert thief.get("/", follow_redirects=False).status_code == 200  # the copy works while logged in
    assert client.post("/logout", data={"csrf_token": csrf_of(client, "/")}, follow_redirects=False).status_code == 303
    assert thief.get("/", follow_redirects=False).status_code == 303
    assert thief.get("/documents/d0001", headers=JSON).status_code == 401


def test_a_new_password_and_deactivation_end_the_sessions(cockpit: Cockpit) -> None:
    reviewer = cockpit.client("beoordelaar-b")
    admin = cockpit.client("beheer")
    token = csrf_of(admin, "/gebruikers")
    response = admin.post("/gebruikers/beoordelaar-b", data={"csrf_token": token, "role": "reviewer", "active": "ja",
                                                             "password": "nieuw-wachtwoord-123"})  # fmt: skip
    assert "Het nieuwe wachtwoord geldt meteen" in response.text
    assert reviewer.get("/", follow_redirects=False).status_code == 303
    again = cockpit.client()
    from tests.web.conftest import login

    login(again, "beoordelaar-b", "nieuw-wachtwoord-123")
    admin.post("/gebruikers/beoordelaar-b", data={"csrf_token": token, "role": "reviewer", "active": "nee"})
    admin.post("/gebruikers/beoordelaar-b", data={"csrf_token": token, "role": "reviewer", "active": "ja"})
    assert again.get("/", follow_redirects=False).status_code == 303  # reactivated: still logged out


def test_an_idle_session_ends(cockpit: Cockpit) -> None:
    client = cockpit.client("beoordelaar-a")
    with cockpit.store.session() as s:
        s.execute(update(WebSessionRow).values(last_seen=utcnow() - timedelta(hours=1)))
    assert client.get("/", follow_redirects=False).status_code == 303


def test_account_changes_are_in_the_accounts_audit_export(cockpit: Cockpit) -> None:
    admin = cockpit.client("beheer")
    token = csrf_of(admin, "/gebruikers")
    admin.post("/gebruikers", data={"csrf_token": token, "username": "nieuwe-collega", "role": "approver",
                                    "password": "lang-genoeg-wachtwoord"})  # fmt: skip
    admin.post("/gebruikers/nieuwe-collega", data={"csrf_token": token, "role": "reviewer", "active": "nee"})
    response = admin.get("/gebruikers/audit.csv")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = [(r["wie"], r["actie"], r["account"]) for r in csv.DictReader(io.StringIO(response.text))
            if r["account"] == "nieuwe-collega"]  # fmt: skip
    assert rows == [("beheer", "account aangemaakt", "nieuwe-collega"), ("beheer", "rol gewijzigd", "nieuwe-collega"),
                    ("beheer", "account gedeactiveerd", "nieuwe-collega")]  # fmt: skip
    assert "lang-genoeg" not in response.text
    assert cockpit.client("goedkeurder").get("/gebruikers/audit.csv", follow_redirects=False).status_code == 403


def test_spraying_many_usernames_from_one_client_is_limited(cockpit_factory: Callable[..., Cockpit]) -> None:
    cockpit = cockpit_factory(max_failed_logins=3, max_failed_logins_per_client=5, lockout_seconds=600)
    client = cockpit.client()
    for n in range(5):  # one guess per username: the per-username limit never trips
        wrong = client.post("/login", data={"username": f"gok-{n}", "password": "Welkom01!",
                                            "csrf_token": csrf_of(client)}, follow_redirects=False)  # fmt: skip
        assert wrong.status_code == 401
    locked = client.post("/login", data={"username": "beoordelaar-a", "password": PASSWORD,
                                         "csrf_token": csrf_of(client)}, follow_redirects=False)  # fmt: skip
    assert locked.status_code == 429 and "Te veel mislukte inlogpogingen." in locked.text


def test_four_eyes_disables_approval_of_a_document_nobody_reviewed(cockpit: Cockpit) -> None:
    approver = cockpit.client("goedkeurder")
    page = approver.get("/documents/d0001").text
    assert "Nog niemand heeft dit document beoordeeld" in page
    assert '<button type="submit" id="approve" class="approve" disabled' in page
    refused = approver.post("/documents/d0001/approve", headers={**JSON, "X-CSRF-Token": csrf_of(approver, "/")})
    assert refused.status_code == 403 and "nog niemand heeft dit document beoordeeld" in refused.json()["message"]
    reviewer = cockpit.client("beoordelaar-a")
    reviewer.post("/documents/d0001/beoordeeld", data={"csrf_token": csrf_of(reviewer, "/")})
    page = approver.get("/documents/d0001").text
    assert 'id="approve" class="approve">' in page  # enabled now
    approved = approver.post("/documents/d0001/approve", headers={**JSON, "X-CSRF-Token": csrf_of(approver, "/")})
    assert approved.status_code == 200
    doc = cockpit.store.document("d0001")
    assert f"goedgekeurd door goedkeurder op {shown_time(doc.approved_at)}" in approver.get("/documents/d0001").text


def test_logging_in_again_ends_the_earlier_session_of_that_browser(cockpit: Cockpit) -> None:
    from tests.web.conftest import login

    client = cockpit.client("beoordelaar-a")
    earlier = copy_of(cockpit, client)
    login(client, "beoordelaar-b")
    assert earlier.get("/", follow_redirects=False).status_code == 303
    assert client.get("/", follow_redirects=False).status_code == 200
