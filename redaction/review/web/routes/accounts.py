"""Accounts, for admins only: create, change role, (de)activate, set a new password, and the
export of every account change. Each change is audited naming the account."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, Response
from starlette.datastructures import FormData

from redaction.review.store import AccountError, UserView
from redaction.review.web import security
from redaction.review.web.deps import HttpProblem, cockpit_of, csrf_form, done, page, require

router = APIRouter(prefix="/gebruikers", tags=["accounts"], dependencies=[Depends(require("admin"))])
ADMIN = Depends(require("admin"))


def _password_hash(form: FormData) -> str:
    try:
        return security.hash_password(str(form.get("password", "")))
    except ValueError:
        raise HttpProblem(400, f"Een wachtwoord heeft minstens {security.MIN_PASSWORD_LENGTH} tekens.") from None


@router.get("", response_class=HTMLResponse)
async def users_page(request: Request, user: Annotated[UserView, ADMIN]) -> Response:
    return page(request, "users.html", {"user": user, "users": cockpit_of(request).store.users()})


@router.get("/audit.csv")
async def accounts_audit(request: Request) -> Response:
    return PlainTextResponse(
        cockpit_of(request).store.accounts_audit_csv(), media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="audit-accounts.csv"'},
    )  # fmt: skip


@router.post("")
async def add_user(
    request: Request, user: Annotated[UserView, ADMIN], form: Annotated[FormData, Depends(csrf_form)]
) -> Response:
    username, role = str(form.get("username", "")).strip(), str(form.get("role", ""))
    password_hash = _password_hash(form)
    try:
        cockpit_of(request).store.add_user(username, password_hash, role, actor=user.username)
    except AccountError:
        raise HttpProblem(400, "Deze gebruikersnaam bestaat al of de rol is onbekend.", "W603") from None
    return done(request, "Gebruiker aangemaakt.", "/gebruikers")


@router.post("/{username}")
async def change_user(
    request: Request, username: str, user: Annotated[UserView, ADMIN], form: Annotated[FormData, Depends(csrf_form)]
) -> Response:
    role = str(form.get("role", "")) or None
    active = {"ja": True, "nee": False}.get(str(form.get("active", "")))
    if username == user.username and (active is False or (role and role != "admin")):
        raise HttpProblem(400, "U kunt uw eigen beheerdersaccount niet uitschakelen.", "W603")
    password_hash = _password_hash(form) if form.get("password") else None
    try:
        cockpit_of(request).store.update_user(username, user.username, role=role, active=active,
                                              password_hash=password_hash)  # fmt: skip
    except AccountError:
        raise HttpProblem(400, "Onbekende gebruiker of rol.", "W603") from None
    message = "Gebruiker bijgewerkt." + (" Het nieuwe wachtwoord geldt meteen; oude sessies zijn beëindigd."
                                         if password_hash else "")  # fmt: skip
    return done(request, message, "/gebruikers")
