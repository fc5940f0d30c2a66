"""Logging in and out. The only routes without a login; POSTs still carry the CSRF token."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import FormData

from redaction.review.store import UserView
from redaction.review.web import security
from redaction.review.web.deps import MESSAGES, cockpit_of, csrf_form, current_user, page

router = APIRouter(tags=["login"])


@router.get("/login", response_class=HTMLResponse)
async def login_page(request: Request, next: str = "/") -> Response:
    return page(request, "login.html", {"next": next, "error": None})


@router.post("/login")
async def login(request: Request, form: Annotated[FormData, Depends(csrf_form)]) -> Response:
    cockpit = cockpit_of(request)
    store, settings = cockpit.store, cockpit.settings
    username = str(form.get("username", ""))[:80]
    password = str(form.get("password", ""))[:1024]
    target = str(form.get("next", "/"))
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        target = "/"  # never redirect to another site after login
    client = request.client.host if request.client else "?"
    key = security.login_key(username, client, settings.secret)
    client_key = security.client_key(client, settings.secret)
    # Per (username, client) against guessing one password; per client against spraying one
    # password over many usernames. The client limit is higher: colleagues may share an address.
    if (store.login_failures(key, settings.lockout_seconds) >= settings.max_failed_logins
            or store.login_failures(client_key, settings.lockout_seconds) >= settings.max_failed_logins_per_client):
        message = MESSAGES["rate_limited"].format(minutes=max(1, settings.lockout_seconds // 60))
        return page(request, "login.html", {"next": target, "error": message}, 429)
    found = store.user_credentials(username)
    ok = security.verify_password(found[1] if found else None, password)
    if not ok or found is None or not found[0].active:
        store.record_login_failure(key, client_key)
        return page(request, "login.html", {"next": target, "error": MESSAGES["login_failed"]}, 401)
    store.clear_login_failures(key)
    earlier = request.session.get("sid")
    if isinstance(earlier, str) and earlier:
        store.end_session(earlier)  # logging in again in this browser ends the session it had
    request.session.clear()  # a fresh session (and CSRF token) at every login: no fixation
    request.session["sid"] = store.start_session(found[0].username)
    request.session["csrf"] = security.new_csrf_token()
    return RedirectResponse(target, status_code=303)


@router.post("/logout")
async def logout(
    request: Request,
    _user: Annotated[UserView, Depends(current_user)],
    _form: Annotated[FormData, Depends(csrf_form)],
) -> Response:
    cockpit_of(request).store.end_session(str(request.session.get("sid", "")))
    request.session.clear()
    return RedirectResponse("/login", status_code=303)
