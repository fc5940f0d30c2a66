"""The review cockpit as a FastAPI app: server-rendered pages, a little JavaScript, one store.

Security in one place, applied on every route:
- `_user` (login), `_require` (role) and `_checked_form` (CSRF on every POST) are called first in
  each handler; a test walks every POST route to prove none forgot.
- Sessions are signed cookies (Starlette's SessionMiddleware: HttpOnly, SameSite=Lax, Secure over
  https) holding only the username and the CSRF token; the account is re-read from the store on
  every request, so a deactivated user is out at once.
- Failed logins are counted in the store per (username, client), so several workers share one limit.
- Templates autoescape; the Content-Security-Policy allows only our own script and style.
"""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable, Mapping
from importlib import resources
from typing import Any, Literal
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from starlette.datastructures import FormData
from starlette.middleware.sessions import SessionMiddleware

from redaction.policy.grounds import GROUNDS
from redaction.policy.model import load_policy
from redaction.render import render
from redaction.review.store import (
    ROLES,
    AccountError,
    FourEyesViolation,
    ReviewConflict,
    ReviewError,
    ReviewStore,
    UserView,
)
from redaction.review.web import security, view
from redaction.review.web.leaks import leak_panel

ROLE_LEVEL = {"reviewer": 1, "approver": 2, "admin": 3}
SESSION_COOKIE = "woo_sessie"
SESSION_MAX_AGE = 8 * 3600  # one working day
MESSAGES = {
    "login_failed": "Onbekende gebruikersnaam of onjuist wachtwoord.",
    "rate_limited": "Te veel mislukte inlogpogingen. Probeer het over {minutes} minuten opnieuw.",
    "csrf": "Het formulier is verlopen of komt niet van deze site. Laad de pagina opnieuw en probeer het nog eens.",
    "login_required": "U moet inloggen.",
    "forbidden": "U heeft hiervoor niet de juiste rol.",
    "conflict": "Iemand anders heeft deze detectie zojuist gewijzigd. Er is niets verloren gegaan: "
    "laad de pagina opnieuw en beslis opnieuw.",
    "four_eyes": "Vier-ogenprincipe: u heeft dit document zelf beoordeeld. Een andere goedkeurder moet het goedkeuren.",
    "not_editable": "Dit document is {status} en kan niet meer worden gewijzigd.",
    "not_found": "Niet gevonden.",
    "bad_request": "Ongeldige invoer.",
    "overlap": "Deze selectie overlapt een bestaande detectie; pas die detectie aan in de lijst.",
    "empty_selection": "Selecteer eerst een stuk tekst in het document.",
}
TEMPLATES_DIR = resources.files("redaction.review.web") / "templates"
STATIC_DIR = resources.files("redaction.review.web") / "static"


class LoginRequired(Exception):
    """Raised by `_user`; pages answer with a redirect to /login, API calls and POSTs with 401."""


class HttpProblem(Exception):
    """A refusal with a Dutch message, answered as a page, JSON or flash depending on the request."""

    def __init__(self, status: int, message: str, code: str = "W600") -> None:
        super().__init__(f"[{code}] http {status}")
        self.status, self.message, self.code = status, message, code


def create_app(
    store_url: str | None = None,
    policy_path: str | None = None,
    *,
    session_secret: str | None = None,
    secure_cookies: bool | None = None,
    max_failed_logins: int = 5,
    lockout_seconds: int = 900,
    restricted_dir: str | None = None,
) -> FastAPI:
    """The cockpit on the review store at ``store_url`` ($WOO_REVIEW_DB, else the default SQLite file).

    ``policy_path`` ($WOO_POLICY, else the shipped policy) decides four eyes. ``secure_cookies``
    marks the session cookie Secure; None reads $WOO_COOKIE_SECURE (set it behind an https proxy).
    """
    store = ReviewStore(store_url)
    four_eyes = load_policy(policy_path or os.environ.get("WOO_POLICY")).review.four_eyes
    secret = session_secret or security.session_secret(restricted_dir)
    if secure_cookies is None:
        secure_cookies = os.environ.get("WOO_COOKIE_SECURE", "").lower() in ("1", "true", "yes", "ja")

    app = FastAPI(title="Woo-beoordeling", docs_url=None, redoc_url=None, openapi_url=None)
    app.state.store = store
    app.state.four_eyes = four_eyes
    app.add_middleware(
        SessionMiddleware, secret_key=secret, session_cookie=SESSION_COOKIE, max_age=SESSION_MAX_AGE,
        same_site="lax", https_only=secure_cookies,
    )  # fmt: skip

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        response.headers.setdefault(
            "Content-Security-Policy",
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
            "base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
        )
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        if not request.url.path.startswith("/static/"):
            # Pages hold unredacted text: never keep them in a browser or proxy cache.
            response.headers.setdefault("Cache-Control", "no-store")
        return response

    environment = Environment(
        loader=FileSystemLoader(str(TEMPLATES_DIR)), autoescape=True, undefined=StrictUndefined, trim_blocks=True,
        lstrip_blocks=True,
    )  # fmt: skip
    environment.filters["exact"] = view.exact_text
    environment.globals.update(
        STATUS_NL=view.STATUS_NL, STATE_NL=view.STATE_NL, DECISION_NL=view.DECISION_NL, ROLE_NL=view.ROLE_NL,
        entity_class=view.entity_class, entity_label=view.entity_label, ground_label=view.ground_label,
        span_tip=view.span_tip, GROUNDS=GROUNDS, categories=view.categories, legend=view.legend, ROLES=ROLES,
        csrf_field=security.CSRF_FIELD,
    )  # fmt: skip
    templates = Jinja2Templates(env=environment)
    app.mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static")

    # -- helpers that every handler uses ---------------------------------------------------------

    def csrf_token(request: Request) -> str:
        token = request.session.get("csrf")
        if not token:
            token = security.new_csrf_token()
            request.session["csrf"] = token
        return str(token)

    def page(request: Request, name: str, context: Mapping[str, Any], status: int = 200) -> HTMLResponse:
        flashes = request.session.pop("flash", [])
        full = {"request": request, "csrf": csrf_token(request), "user": context.get("user"), "flashes": flashes,
                **context}  # fmt: skip
        return templates.TemplateResponse(request, name, full, status_code=status)

    def flash(request: Request, kind: Literal["ok", "fout"], message: str) -> None:
        request.session.setdefault("flash", []).append([kind, message])

    def _user(request: Request) -> UserView:
        username = request.session.get("user")
        account = store.user(username) if isinstance(username, str) else None
        if account is None or not account.active:
            raise LoginRequired
        return account

    def _require(request: Request, role: str) -> UserView:
        account = _user(request)
        if ROLE_LEVEL.get(account.role, 0) < ROLE_LEVEL[role]:
            raise HttpProblem(403, MESSAGES["forbidden"])
        return account

    async def _checked_form(request: Request) -> FormData:
        """The POSTed form, after checking the session's CSRF token (form field or header)."""
        form = await request.form()
        given = request.headers.get(security.CSRF_HEADER) or form.get(security.CSRF_FIELD)
        if not security.csrf_matches(request.session.get("csrf"), given if isinstance(given, str) else None):
            raise HttpProblem(403, MESSAGES["csrf"], "W604")
        return form

    def wants_json(request: Request) -> bool:
        return "application/json" in request.headers.get("accept", "")

    def done(request: Request, message: str, back: str) -> Response:
        flash(request, "ok", message)
        if wants_json(request):
            return JSONResponse({"ok": True, "message": message})
        return RedirectResponse(back, status_code=303)

    def editable(doc_status: str) -> None:
        if doc_status != "in_review":
            raise HttpProblem(409, MESSAGES["not_editable"].format(status=view.STATUS_NL.get(doc_status, doc_status)))

    def document_or_404(doc_id: str) -> Any:
        try:
            return store.document(doc_id)
        except ReviewError:
            raise HttpProblem(404, MESSAGES["not_found"]) from None

    # -- error answers ---------------------------------------------------------------------------

    @app.exception_handler(LoginRequired)
    async def login_required(request: Request, _exc: LoginRequired) -> Response:
        if request.method == "GET" and not wants_json(request):
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            return RedirectResponse(f"/login?next={quote(target, safe='/')}", status_code=303)
        return JSONResponse({"ok": False, "message": MESSAGES["login_required"]}, status_code=401)

    @app.exception_handler(HttpProblem)
    async def problem(request: Request, exc: HttpProblem) -> Response:
        if wants_json(request):
            return JSONResponse({"ok": False, "message": exc.message, "code": exc.code}, status_code=exc.status)
        if request.method == "POST" and exc.code != "W604" and exc.status in (400, 403, 409):
            # A refused form action: back to the page it came from, with the message on top.
            flash(request, "fout", exc.message)
            referer = request.headers.get("referer", "")
            back = referer if referer.startswith(str(request.base_url)) else "/"
            return RedirectResponse(back, status_code=303)
        return page(request, "problem.html", {"message": exc.message, "status": exc.status}, exc.status)

    # -- the colours of the entities -------------------------------------------------------------

    @app.get("/entities.css")
    async def entity_colours() -> Response:
        # No login: the colours per entity are the same for everyone and name no document.
        return PlainTextResponse(view.entity_stylesheet(), media_type="text/css")

    # -- login -----------------------------------------------------------------------------------

    @app.get("/login", response_class=HTMLResponse)
    async def login_page(request: Request, next: str = "/") -> Response:
        return page(request, "login.html", {"next": next, "error": None})

    @app.post("/login")
    async def login(request: Request) -> Response:
        form = await _checked_form(request)
        username = str(form.get("username", ""))[:80]
        password = str(form.get("password", ""))[:1024]
        target = str(form.get("next", "/"))
        if not target.startswith("/") or target.startswith("//") or "\\" in target:
            target = "/"  # never redirect to another site after login
        client = request.client.host if request.client else "?"
        key = security.login_key(username, client, secret)
        if store.login_failures(key, lockout_seconds) >= max_failed_logins:
            message = MESSAGES["rate_limited"].format(minutes=max(1, lockout_seconds // 60))
            return page(request, "login.html", {"next": target, "error": message}, 429)
        found = store.user_credentials(username)
        ok = security.verify_password(found[1] if found else None, password)
        if not ok or found is None or not found[0].active:
            store.record_login_failure(key)
            return page(request, "login.html", {"next": target, "error": MESSAGES["login_failed"]}, 401)
        store.clear_login_failures(key)
        request.session.clear()  # a fresh session (and CSRF token) at every login: no fixation
        request.session["user"] = found[0].username
        request.session["csrf"] = security.new_csrf_token()
        return RedirectResponse(target, status_code=303)

    @app.post("/logout")
    async def logout(request: Request) -> Response:
        _user(request)
        await _checked_form(request)
        request.session.clear()
        return RedirectResponse("/login", status_code=303)

    # -- pages -----------------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse)
    async def index(request: Request) -> Response:
        user = _user(request)
        overview = []
        for batch_id in reversed(store.batches()):
            queue = store.queue(batch_id)
            overview.append({
                "id": batch_id, "documents": len(queue), "open": sum(q.status == "in_review" for q in queue),
                "reviewed": sum(q.reviewed for q in queue), "spans": sum(q.redactions + q.keeps for q in queue),
            })  # fmt: skip
        return page(request, "index.html", {"user": user, "batches": overview})

    @app.get("/batches/{batch_id}", response_class=HTMLResponse)
    async def batch_queue(request: Request, batch_id: str) -> Response:
        user = _user(request)
        if batch_id not in store.batches():
            raise HttpProblem(404, MESSAGES["not_found"])
        queue = store.queue(batch_id)
        totals = {"reviewed": sum(q.reviewed for q in queue), "spans": sum(q.redactions + q.keeps for q in queue)}
        return page(request, "queue.html", {"user": user, "batch_id": batch_id, "queue": queue, "totals": totals,
                                            "leak_counts": store.leak_counts(batch_id)})  # fmt: skip

    @app.get("/batches/{batch_id}/audit.csv")
    async def audit_csv(request: Request, batch_id: str) -> Response:
        _user(request)
        if batch_id not in store.batches():
            raise HttpProblem(404, MESSAGES["not_found"])
        return PlainTextResponse(
            store.audit_csv(batch_id), media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="audit-{batch_id}.csv"'},
        )  # fmt: skip

    @app.get("/documents/{doc_id}", response_class=HTMLResponse)
    async def document_page(request: Request, doc_id: str) -> Response:
        user = _user(request)
        doc = document_or_404(doc_id)
        segs, hidden = view.segments(doc.text, doc.spans)
        preview = render("text", doc.text, store.final_decisions(doc_id))
        counts = {"reviewed": sum(sp.state != "proposed" for sp in doc.spans), "spans": len(doc.spans)}
        can_approve = ROLE_LEVEL[user.role] >= ROLE_LEVEL["approver"]
        reviewers = store.reviewers_of(doc_id)
        blocked_by_four_eyes = four_eyes and user.username in reviewers
        return page(request, "document.html", {
            "user": user, "doc": doc, "segments": segs, "hidden": hidden, "preview": preview, "counts": counts,
            "can_approve": can_approve, "four_eyes": four_eyes, "blocked_by_four_eyes": blocked_by_four_eyes,
            "leak_panel": leak_panel(store.leaks(doc_id), doc.status),
        })  # fmt: skip

    @app.get("/documents/{doc_id}/voorbeeld", response_class=HTMLResponse)
    async def preview_page(request: Request, doc_id: str) -> Response:
        user = _user(request)
        doc = document_or_404(doc_id)
        preview = render("text", doc.text, store.final_decisions(doc_id))
        return page(request, "preview.html", {"user": user, "doc": doc, "preview": preview})

    # -- actions ---------------------------------------------------------------------------------

    @app.post("/documents/{doc_id}/spans/{span_id}")
    async def span_action(request: Request, doc_id: str, span_id: int) -> Response:
        user = _require(request, "reviewer")
        form = await _checked_form(request)
        doc = document_or_404(doc_id)
        editable(doc.status)
        span = next((sp for sp in doc.spans if sp.id == span_id), None)
        if span is None:
            raise HttpProblem(404, MESSAGES["not_found"])
        action = str(form.get("action", ""))
        scope = str(form.get("scope", "span"))
        ground = str(form.get("ground", "")) or None
        if action not in ("accept", "reject", "ground") or scope not in ("span", "document", "batch"):
            raise HttpProblem(400, MESSAGES["bad_request"])
        if action == "ground" and ground not in GROUNDS:
            raise HttpProblem(400, MESSAGES["bad_request"])
        try:
            version = int(str(form.get("version", "")))
        except ValueError:
            raise HttpProblem(400, MESSAGES["bad_request"]) from None
        back = f"/documents/{doc_id}#s{span_id}"
        try:
            if scope == "span":
                if action == "ground":
                    store.set_ground(span_id, ground, user.username, expected_version=version)
                else:
                    store.set_span(span_id, action, user.username, expected_version=version)  # type: ignore[arg-type]
                changed = 1
            else:
                if span.version != version:
                    raise ReviewConflict("stale version for a value-wide action")
                if action == "ground":
                    matches = store.value_spans(doc_id, span.text, scope)  # type: ignore[arg-type]
                    for other in matches:
                        store.set_ground(other.id, ground, user.username, expected_version=other.version)
                    changed = len(matches)
                else:
                    changed = store.set_value(doc_id, span.text, action, user.username, scope=scope)  # type: ignore[arg-type]
        except ReviewConflict:
            raise HttpProblem(409, MESSAGES["conflict"], "W601") from None
        except ReviewError:
            raise HttpProblem(409, MESSAGES["bad_request"]) from None
        verbs = {"accept": "geaccepteerd", "reject": "afgewezen", "ground": f"naar grond {ground}"}
        noun = "detectie" if changed == 1 else "detecties"
        return done(request, f"{changed} {noun} {verbs[action]}.", back)

    @app.post("/documents/{doc_id}/spans")
    async def add_span(request: Request, doc_id: str) -> Response:
        user = _require(request, "reviewer")
        form = await _checked_form(request)
        doc = document_or_404(doc_id)
        editable(doc.status)
        try:
            start, end = int(str(form.get("start", ""))), int(str(form.get("end", "")))
        except ValueError:
            raise HttpProblem(400, MESSAGES["empty_selection"]) from None
        ground = str(form.get("ground", "5.1.2e"))
        category = str(form.get("category", "naam"))
        categories = view.categories()
        if ground not in GROUNDS or category not in categories:
            raise HttpProblem(400, MESSAGES["bad_request"])
        # A selection often catches a space or line break at either end: those are not redacted.
        while start < end and 0 <= start < len(doc.text) and doc.text[start].isspace():
            start += 1
        while end > start and 0 < end <= len(doc.text) and doc.text[end - 1].isspace():
            end -= 1
        if not 0 <= start < end <= len(doc.text):
            raise HttpProblem(400, MESSAGES["empty_selection"])
        if any(sp.start < end and start < sp.end for sp in doc.spans):
            raise HttpProblem(409, MESSAGES["overlap"])
        try:
            span = store.add_span(doc_id, start, end, user.username, entity=categories[category], ground=ground,
                                  category=category)  # fmt: skip
        except ReviewError:
            raise HttpProblem(409, MESSAGES["bad_request"]) from None
        return done(request, f"Weglakking toegevoegd ({ground}, {category}).", f"/documents/{doc_id}#s{span.id}")

    @app.post("/documents/{doc_id}/approve")
    async def approve(request: Request, doc_id: str) -> Response:
        user = _require(request, "approver")
        await _checked_form(request)
        doc = document_or_404(doc_id)
        editable(doc.status)
        try:
            store.approve(doc_id, user.username, four_eyes=four_eyes)
        except FourEyesViolation:
            raise HttpProblem(403, MESSAGES["four_eyes"], "W602") from None
        except ReviewError:
            raise HttpProblem(409, MESSAGES["bad_request"]) from None
        message = f"Document {doc.number} is goedgekeurd; de publicatie volgt via de pijplijn."
        return done(request, message, f"/batches/{doc.batch_id}")

    @app.post("/documents/{doc_id}/reopen")
    async def reopen(request: Request, doc_id: str) -> Response:
        user = _require(request, "approver")
        await _checked_form(request)
        document_or_404(doc_id)
        try:
            store.reopen(doc_id, user.username)
        except ReviewError:
            raise HttpProblem(409, MESSAGES["bad_request"]) from None
        return done(request, "Goedkeuring ingetrokken.", f"/documents/{doc_id}")

    # -- accounts (admin) ------------------------------------------------------------------------

    @app.get("/gebruikers", response_class=HTMLResponse)
    async def users_page(request: Request) -> Response:
        user = _require(request, "admin")
        return page(request, "users.html", {"user": user, "users": store.users()})

    @app.post("/gebruikers")
    async def add_user(request: Request) -> Response:
        user = _require(request, "admin")
        form = await _checked_form(request)
        username, role = str(form.get("username", "")).strip(), str(form.get("role", ""))
        try:
            password_hash = security.hash_password(str(form.get("password", "")))
            store.add_user(username, password_hash, role, actor=user.username)
        except ValueError:
            raise HttpProblem(400, f"Een wachtwoord heeft minstens {security.MIN_PASSWORD_LENGTH} tekens.") from None
        except AccountError:
            raise HttpProblem(400, "Deze gebruikersnaam bestaat al of de rol is onbekend.", "W603") from None
        return done(request, "Gebruiker aangemaakt.", "/gebruikers")

    @app.post("/gebruikers/{username}")
    async def change_user(request: Request, username: str) -> Response:
        user = _require(request, "admin")
        form = await _checked_form(request)
        role = str(form.get("role", "")) or None
        active = {"ja": True, "nee": False}.get(str(form.get("active", "")))
        if username == user.username and (active is False or (role and role != "admin")):
            raise HttpProblem(400, "U kunt uw eigen beheerdersaccount niet uitschakelen.", "W603")
        try:
            store.update_user(username, user.username, role=role, active=active)
        except AccountError:
            raise HttpProblem(400, "Onbekende gebruiker of rol.", "W603") from None
        return done(request, "Gebruiker bijgewerkt.", "/gebruikers")

    return app


def app_from_env() -> FastAPI:
    """Factory for `uvicorn --factory` with several workers: everything from the environment."""
    return create_app(os.environ.get("WOO_REVIEW_DB"), os.environ.get("WOO_POLICY"))
