"""What every route of the cockpit shares: the app's state, the login, role and CSRF checks as
FastAPI dependencies, and the answers (page, flash message, redirect or JSON).

The checks are dependencies, declared once per router or route, never called by hand inside a
handler: each area's router requires a login for all its routes, a route that changes something
depends on `csrf_form`, and a test walks every route to prove it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.datastructures import FormData

from redaction.review.store import ReviewStore, UserView
from redaction.review.web import security
from redaction.review.web.pageview import PageModels
from redaction.review.web.view import ROLE_LEVEL

MESSAGES = {
    "login_failed": "Onbekende gebruikersnaam of onjuist wachtwoord.",
    "rate_limited": "Te veel mislukte inlogpogingen. Probeer het over {minutes} minuten opnieuw.",
    "csrf": "Het formulier is verlopen of komt niet van deze site. Laad de pagina opnieuw en probeer het nog eens.",
    "login_required": "U moet inloggen.",
    "forbidden": "U heeft hiervoor niet de juiste rol.",
    "conflict": "Iemand anders heeft deze detectie zojuist gewijzigd. Er is niets verloren gegaan: "
    "laad de pagina opnieuw en beslis opnieuw.",
    "four_eyes": "Vier-ogenprincipe: u heeft dit document zelf beoordeeld. Een andere goedkeurder moet het goedkeuren.",
    "four_eyes_unreviewed": "Vier-ogenprincipe: nog niemand heeft dit document beoordeeld. Een beoordelaar moet het "
    "eerst bekijken (en op 'Beoordeling afgerond' klikken) voordat u het kunt goedkeuren.",
    "not_editable": "Dit document is {status} en kan niet meer worden gewijzigd.",
    "not_found": "Niet gevonden.",
    "bad_request": "Ongeldige invoer.",
    "overlap": "Deze selectie overlapt een bestaande detectie; pas die detectie aan in de lijst.",
    "empty_selection": "Selecteer eerst een stuk tekst in het document.",
    "pages_unseen": "Pagina {pages} is gemarkeerd om te controleren (onzekere tekstherkenning, of inkt zonder tekst "
    "zoals een handtekening) en nog niet als bekeken aangemerkt. Bekijk de pagina in de paginaweergave en klik op "
    "'Pagina bekeken'.",
    "bad_box": "Teken een vlak binnen de pagina (breedte en hoogte minstens 2 punten), of vul de maten in.",
    "no_pages": "Dit document heeft geen pagina's om te tonen.",
}


class LoginRequired(Exception):
    """Raised by `current_user`; pages answer with a redirect to /login, API calls and POSTs with 401."""


class HttpProblem(Exception):
    """A refusal with a Dutch message, answered as a page, JSON or flash depending on the request."""

    def __init__(self, status: int, message: str, code: str = "W600") -> None:
        super().__init__(f"[{code}] http {status}")
        self.status, self.message, self.code = status, message, code


@dataclass(frozen=True, slots=True)
class Settings:
    """How this cockpit runs: the policy's four eyes, the limits and where published files are."""

    four_eyes: bool
    secret: str
    max_failed_logins: int
    max_failed_logins_per_client: int
    lockout_seconds: int
    idle_seconds: int
    max_session_seconds: int
    public_dir: Path


@dataclass(frozen=True, slots=True)
class Cockpit:
    """The app's state: one store, the templates and the settings (``app.state.cockpit``)."""

    store: ReviewStore
    templates: Jinja2Templates
    settings: Settings
    pages: PageModels


def cockpit_of(request: Request) -> Cockpit:
    return request.app.state.cockpit  # type: ignore[no-any-return]


# -- the checks, as dependencies -------------------------------------------------------------------


def current_user(request: Request) -> UserView:
    """The account of this request's live server-side session (FastAPI caches it per request)."""
    cockpit = cockpit_of(request)
    token = request.session.get("sid")
    account = None
    if isinstance(token, str) and token:
        settings = cockpit.settings
        account = cockpit.store.session_user(token, idle_seconds=settings.idle_seconds,
                                             max_seconds=settings.max_session_seconds)  # fmt: skip
    if account is None:
        request.session.pop("sid", None)
        raise LoginRequired
    return account


@cache
def require(role: str) -> Callable[..., UserView]:
    """A dependency that lets only accounts of at least ``role`` through (one callable per role, so
    FastAPI's per-request cache and the route walk in the tests recognise it)."""

    def check(account: Annotated[UserView, Depends(current_user)]) -> UserView:
        if ROLE_LEVEL.get(account.role, 0) < ROLE_LEVEL[role]:
            raise HttpProblem(403, MESSAGES["forbidden"])
        return account

    check.__name__ = f"require_{role}"
    return check


async def csrf_form(request: Request) -> FormData:
    """The POSTed form, after checking the session's CSRF token (form field or header)."""
    form = await request.form()
    given = request.headers.get(security.CSRF_HEADER) or form.get(security.CSRF_FIELD)
    if not security.csrf_matches(request.session.get("csrf"), given if isinstance(given, str) else None):
        raise HttpProblem(403, MESSAGES["csrf"], "W604")
    return form


# -- answers ---------------------------------------------------------------------------------------


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
    return cockpit_of(request).templates.TemplateResponse(request, name, full, status_code=status)


def flash(request: Request, kind: Literal["ok", "fout"], message: str) -> None:
    request.session.setdefault("flash", []).append([kind, message])


def wants_json(request: Request) -> bool:
    return "application/json" in request.headers.get("accept", "")


def done(request: Request, message: str, back: str) -> Response:
    flash(request, "ok", message)
    if wants_json(request):
        return JSONResponse({"ok": True, "message": message})
    return RedirectResponse(back, status_code=303)


