"""Security of the review cockpit over HTTP (FastAPI TestClient): login, CSRF, roles, escaping, limits."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from fastapi import FastAPI
from starlette.routing import Route

from redaction.review import NewDocument
from tests.web.conftest import BATCH, PASSWORD, Cockpit, csrf_of, login, make_cockpit

JSON = {"Accept": "application/json"}


def post_paths(cockpit: Cockpit) -> list[str]:
    """Every POST route of the app with its parameters filled in, so no new route escapes the tests."""
    values = {"doc_id": cockpit.doc_id, "span_id": str(cockpit.span("Lotte Brandsma")), "username": "beoordelaar-b",
              "batch_id": BATCH, "box_id": "1", "number": "1"}  # fmt: skip
    paths = []
    for route in all_routes(cockpit.app):
        if "POST" in (route.methods or set()):
            paths.append(re.sub(r"\{(\w+)(?::\w+)?\}", lambda m: values[m.group(1)], route.path))
    return paths


def all_routes(app: FastAPI) -> list[Any]:
    """Every route of the app, also those of included routers (FastAPI >= 0.16x keeps an included
    router as one entry of ``app.routes``)."""
    try:
        from fastapi.routing import iter_route_contexts
    except ImportError:  # older FastAPI copies the routes into the app
        return [r for r in app.routes if isinstance(r, Route)]
    return [r for r in iter_route_contexts(app.routes) if r.path is not None and hasattr(r, "dependant")]


def audit_rows(cockpit: Cockpit) -> int:
    return len(cockpit.store.audit_csv(BATCH).splitlines())


def test_anonymous_pages_redirect_to_login_and_api_calls_get_401(cockpit: Cockpit) -> None:
    client = cockpit.client()
    for path in ("/", f"/batches/{BATCH}", f"/batches/{BATCH}/audit.csv", "/documents/d0001",
                 "/documents/d0001/voorbeeld", "/documents/d0001/publicatie/pdf", "/gebruikers",
                 "/gebruikers/audit.csv"):  # fmt: skip
        response = client.get(path, follow_redirects=False)
        assert response.status_code == 303, path
        assert response.headers["location"].startswith("/login?next=/"), path
        assert "Lotte" not in response.text and "111222333" not in response.text
        assert client.get(path, headers=JSON, follow_redirects=False).status_code == 401, path
    paths = post_paths(cockpit)
    assert len(paths) >= 10  # login, logout, batch details, span, add, review done, approve, reopen, two user routes
    for path in paths:
        if path == "/login":
            continue
        response = client.post(path, data={"action": "accept", "version": "1"}, follow_redirects=False)
        assert response.status_code == 401, path
    assert cockpit.store.document(cockpit.doc_id).status == "in_review"


def test_every_post_without_csrf_token_is_refused_and_changes_nothing(cockpit: Cockpit) -> None:
    client = cockpit.client("beheer")  # the admin may do everything, so only the token can stop it
    before = audit_rows(cockpit)
    for path in post_paths(cockpit):
        form = {"action": "accept", "version": "1", "start": "0", "end": "7", "ground": "5.1.2e", "category": "naam",
                "username": "indringer", "role": "admin", "password": "x" * 12, "active": "nee"}  # fmt: skip
        for headers in ({}, {"X-CSRF-Token": "vervalst"}):
            response = client.post(path, data=form, headers=headers, follow_redirects=False)
            assert response.status_code == 403, (path, headers)
            assert "Het formulier is verlopen" in response.text
    assert audit_rows(cockpit) == before
    assert cockpit.store.user("indringer") is None
    assert cockpit.store.document(cockpit.doc_id).status == "in_review"
    assert all(sp.state == "proposed" for sp in cockpit.store.document(cockpit.doc_id).spans)


def test_token_of_one_session_is_useless_in_another(cockpit: Cockpit) -> None:
    victim, attacker = cockpit.client("beoordelaar-a"), cockpit.client("beoordelaar-b")
    stolen = csrf_of(attacker, "/")
    span = cockpit.span("Kees Overdijk")
    response = victim.post(
        f"/documents/d0001/spans/{span}",
        data={"action": "decide", "choice": "keep", "version": "1", "csrf_token": stolen},
        follow_redirects=False,
    )
    assert response.status_code == 403
    assert cockpit.store.document(cockpit.doc_id).spans[2].state == "proposed"


def test_reviewer_acts_on_spans_but_cannot_approve(cockpit: Cockpit) -> None:
    client = cockpit.client("beoordelaar-a")
    token = csrf_of(client, "/")
    span = cockpit.span("Kees Overdijk")
    ok = client.post(f"/documents/d0001/spans/{span}", data={"action": "decide", "choice": "keep", "version": "1"},
                     headers={**JSON, "X-CSRF-Token": token})  # fmt: skip
    assert ok.status_code == 200 and ok.json()["ok"] is True
    page = client.get("/documents/d0001").text
    assert "Alleen een goedkeurder kan dit document goedkeuren." in page and 'id="approve"' not in page
    refused = client.post("/documents/d0001/approve", headers={**JSON, "X-CSRF-Token": token})
    assert refused.status_code == 403
    assert refused.json()["message"] == "U heeft hiervoor niet de juiste rol."
    assert client.get("/gebruikers", follow_redirects=False).status_code == 403
    assert cockpit.store.document(cockpit.doc_id).status == "in_review"


def test_four_eyes_refuses_the_approver_who_reviewed_in_dutch(cockpit: Cockpit) -> None:
    approver = cockpit.client("goedkeurder")
    token = csrf_of(approver, "/")
    span = cockpit.span("Lotte Brandsma")
    approver.post(f"/documents/d0001/spans/{span}", data={"action": "accept", "version": "1"},
                  headers={**JSON, "X-CSRF-Token": token})  # fmt: skip
    page = approver.get("/documents/d0001").text
    assert "U heeft dit document beoordeeld; een andere goedkeurder moet het goedkeuren." in page
    # As a plain form (no JavaScript): back to the document with the message on top.
    refused = approver.post("/documents/d0001/approve", data={"csrf_token": token},
                            headers={"Referer": "http://testserver/documents/d0001"})  # fmt: skip
    assert refused.status_code == 200
    assert "Vier-ogenprincipe: u heeft dit document zelf beoordeeld." in refused.text
    assert cockpit.store.document(cockpit.doc_id).status == "in_review"
    other = cockpit.client("goedkeurder-2")
    approved = other.post("/documents/d0001/approve", data={"csrf_token": csrf_of(other, "/")})
    assert approved.status_code == 200 and "is goedgekeurd" in approved.text
    assert cockpit.store.document(cockpit.doc_id).status == "approved"
    assert cockpit.store.document(cockpit.doc_id).approved_by == "goedkeurder-2"


def test_without_four_eyes_the_reviewing_approver_may_approve(cockpit_factory: Callable[..., Cockpit]) -> None:
    cockpit = cockpit_factory(four_eyes=False)
    approver = cockpit.client("goedkeurder")
    token = csrf_of(approver, "/")
    approver.post(f"/documents/d0001/spans/{cockpit.span('Lotte Brandsma')}", data={"action": "accept", "version": "1"},
                  headers={**JSON, "X-CSRF-Token": token})  # fmt: skip
    response = approver.post("/documents/d0001/approve", headers={**JSON, "X-CSRF-Token": token})
    assert response.status_code == 200, response.text
    assert cockpit.store.document(cockpit.doc_id).status == "approved"


def test_html_and_sql_in_text_and_number_are_shown_as_text(cockpit: Cockpit) -> None:
    evil_text = "Beste <script>alert('xss')</script> Robin'; DROP TABLE documents; -- <b onmouseover=x>vet</b>\n"
    evil_number = '<img src=x onerror="alert(1)">'
    cockpit.store.add_document(BATCH, NewDocument(id="d0666", number=evil_number, kind="<i>eml</i>", text=evil_text),
                               [])  # fmt: skip
    client = cockpit.client("beoordelaar-a")
    queue = client.get(f"/batches/{BATCH}").text
    document = client.get("/documents/d0666").text
    preview = client.get("/documents/d0666/voorbeeld").text
    for page in (queue, document, preview):
        assert "<img src=x" not in page and "<i>eml" not in page
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in queue
    for page in (document, preview):
        assert "<script>alert" not in page and "<b onmouseover" not in page
        assert "&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;" in page
        assert "Robin&#39;; DROP TABLE documents; --" in page
    assert cockpit.store.document("d0666").text == evil_text  # the table is still there, text unchanged
    assert len(cockpit.store.queue(BATCH)) == 2


def test_failed_logins_are_limited_per_user_and_client_across_workers(cockpit_factory: Callable[..., Cockpit]) -> None:
    cockpit = cockpit_factory(max_failed_logins=3, lockout_seconds=600)
    client = cockpit.client()
    for _ in range(3):
        token = csrf_of(client)
        wrong = client.post("/login", data={"username": "beoordelaar-a", "password": "fout-wachtwoord-1",
                                            "csrf_token": token}, follow_redirects=False)  # fmt: skip
        assert wrong.status_code == 401
        assert "Onbekende gebruikersnaam of onjuist wachtwoord." in wrong.text
    token = csrf_of(client)
    locked = client.post("/login", data={"username": "beoordelaar-a", "password": PASSWORD, "csrf_token": token},
                         follow_redirects=False)  # fmt: skip
    assert locked.status_code == 429
    assert "Te veel mislukte inlogpogingen. Probeer het over 10 minuten opnieuw." in locked.text
    # A second worker on the same store sees the same count: the limit is in the store, not in memory.
    from redaction.review.web import create_app

    second = create_app(cockpit.url, str(cockpit.policy), session_secret="test-secret-" + "x" * 32, max_failed_logins=3)
    from fastapi.testclient import TestClient

    other_worker = TestClient(second)
    token = csrf_of(other_worker)
    again = other_worker.post("/login", data={"username": "beoordelaar-a", "password": PASSWORD,
                                              "csrf_token": token}, follow_redirects=False)  # fmt: skip
    assert again.status_code == 429
    second.state.store.close()
    # Another account from the same client is not locked out.
    assert login(client, "beoordelaar-b").status_code == 303  # type: ignore[attr-defined]


def test_session_cookie_is_httponly_samesite_and_secure_over_https(cockpit_factory: Callable[..., Cockpit]) -> None:
    plain = cockpit_factory()
    response = login(plain.client(), "beoordelaar-a")
    cookie = response.headers["set-cookie"].lower()  # type: ignore[attr-defined]
    assert cookie.startswith("woo_sessie=") and "httponly" in cookie and "samesite=lax" in cookie
    assert "secure" not in cookie
    tls = cockpit_factory(secure_cookies=True)
    client = tls.client()
    client.base_url = "https://testserver"  # type: ignore[assignment]
    token = csrf_of(client)
    response = client.post("/login", data={"username": "beoordelaar-a", "password": PASSWORD, "csrf_token": token},
                           follow_redirects=False)  # fmt: skip
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie and "; secure" in cookie


def test_login_never_redirects_off_site_and_logout_ends_the_session(cockpit: Cockpit) -> None:
    client = cockpit.client()
    token = csrf_of(client)
    response = client.post("/login", data={"username": "beoordelaar-a", "password": PASSWORD, "csrf_token": token,
                                           "next": "//evil.example/"}, follow_redirects=False)  # fmt: skip
    assert response.headers["location"] == "/"
    token = csrf_of(client, "/")
    assert client.post("/logout", data={"csrf_token": token}, follow_redirects=False).status_code == 303
    assert client.get("/", follow_redirects=False).status_code == 303


def test_a_deactivated_account_is_out_at_once_and_admin_manages_users(cockpit: Cockpit) -> None:
    reviewer = cockpit.client("beoordelaar-b")
    admin = cockpit.client("beheer")
    token = csrf_of(admin, "/gebruikers")
    response = admin.post("/gebruikers/beoordelaar-b", data={"csrf_token": token, "role": "reviewer", "active": "nee"})
    assert "Gebruiker bijgewerkt." in response.text
    assert reviewer.get("/", follow_redirects=False).status_code == 303
    response = admin.post("/gebruikers", data={"csrf_token": token, "username": "nieuwe-collega", "role": "approver",
                                               "password": "lang-genoeg-wachtwoord"})  # fmt: skip
    assert "Gebruiker aangemaakt." in response.text
    newcomer = cockpit.store.user_credentials("nieuwe-collega")
    assert newcomer is not None and newcomer[0].role == "approver" and newcomer[1].startswith("$argon2id$")
    short = admin.post("/gebruikers", data={"csrf_token": token, "username": "kort", "role": "reviewer",
                                            "password": "kort"})  # fmt: skip
    assert "minstens 10 tekens" in short.text and cockpit.store.user("kort") is None


def test_audit_csv_export_has_who_what_where_but_no_text(cockpit: Cockpit) -> None:
    client = cockpit.client("beoordelaar-a")
    token = csrf_of(client, "/")
    client.post(f"/documents/d0001/spans/{cockpit.span('Kees Overdijk')}",
                data={"action": "decide", "choice": "keep", "version": "1"},
                headers={**JSON, "X-CSRF-Token": token})  # fmt: skip
    response = client.get(f"/batches/{BATCH}/audit.csv")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    lines = response.text.splitlines()
    assert lines[0].startswith("id,tijdstip,wie,actie")
    assert any(",beoordelaar-a,voorstel niet gevolgd," in line and "weglakken 5.1.2e,behouden" in line
               for line in lines)
    assert "Overdijk" not in response.text and "Brandsma" not in response.text


def test_unknown_document_is_a_dutch_404(cockpit: Cockpit) -> None:
    response = cockpit.client("beoordelaar-a").get("/documents/bestaat-niet")
    assert response.status_code == 404 and "Niet gevonden." in response.text


@pytest.mark.parametrize("secret_from_env", [True, False])
def test_session_secret_from_env_or_a_private_file(tmp_path: object, monkeypatch: pytest.MonkeyPatch,
                                                   secret_from_env: bool) -> None:  # fmt: skip
    from pathlib import Path

    from redaction.review.web.security import session_secret

    folder = Path(str(tmp_path)) / "restricted"
    if secret_from_env:
        monkeypatch.setenv("WOO_SESSION_SECRET", "uit-de-omgeving")
        assert session_secret(folder) == "uit-de-omgeving"
        assert not (folder / "session_secret").exists()
    else:
        monkeypatch.delenv("WOO_SESSION_SECRET", raising=False)
        first = session_secret(folder)
        assert len(first) >= 40 and session_secret(folder) == first
        assert (folder / "session_secret").stat().st_mode & 0o777 == 0o600


def test_make_cockpit_is_isolated(tmp_path: object) -> None:
    from pathlib import Path

    built = make_cockpit(Path(str(tmp_path)))
    assert [u.username for u in built.store.users()] == sorted(
        ["beoordelaar-a", "beoordelaar-b", "beheer", "goedkeurder", "goedkeurder-2"]
    )
    built.store.close()
    built.app.state.store.close()
