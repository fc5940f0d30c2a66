"""A document: the page with its text, decisions and warnings; the decisions a person makes; the
review declared done; approval (with four eyes) and its withdrawal; the published files."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Request
from fastapi.responses import FileResponse, HTMLResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData

from redaction.pages import Box
from redaction.policy.grounds import GROUNDS
from redaction.render import render
from redaction.review.store import (
    DocumentView,
    FourEyesViolation,
    PagesUnseen,
    ReviewConflict,
    ReviewError,
    SpanView,
    UserView,
)
from redaction.review.web import view
from redaction.review.web.deps import (
    MESSAGES,
    HttpProblem,
    cockpit_of,
    csrf_form,
    current_user,
    done,
    page,
    require,
)
from redaction.review.web.leaks import leak_panel
from redaction.review.web.pageview import pages_shown

router = APIRouter(prefix="/documents", tags=["documents"], dependencies=[Depends(current_user)])
PUBLISHED_MEDIA = {"pdf": "application/pdf", "html": "text/html; charset=utf-8", "txt": "text/plain; charset=utf-8",
                   "xml": "application/xml"}  # fmt: skip


def _document(request: Request, doc_id: str) -> DocumentView:
    try:
        return cockpit_of(request).store.document(doc_id)
    except ReviewError:
        raise HttpProblem(404, MESSAGES["not_found"]) from None


def _editable(doc: DocumentView) -> None:
    if doc.status != "in_review":
        status = view.STATUS_NL.get(doc.status, doc.status)
        raise HttpProblem(409, MESSAGES["not_editable"].format(status=status))


def _approval_block(request: Request, doc: DocumentView, user: UserView) -> str | None:
    """Why this user cannot approve now: their role, or four eyes (own review / nobody reviewed)."""
    if not view.at_least(user, "approver"):
        return "role"
    cockpit = cockpit_of(request)
    if cockpit.settings.four_eyes:
        return cockpit.store.four_eyes_block(doc.id, user.username)
    return None


@router.get("/{doc_id}", response_class=HTMLResponse)
async def document_page(
    request: Request, doc_id: str, user: Annotated[UserView, Depends(current_user)], weergave: str = ""
) -> Response:
    """The document with its decisions: as text, or (a PDF or scan) as its pages (``weergave``
    ``tekst`` or ``paginas``; a scan opens on its pages, where its reviewer works)."""
    cockpit = cockpit_of(request)
    store = cockpit.store
    doc = _document(request, doc_id)
    layout = await run_in_threadpool(cockpit.pages.layout, doc) if doc.status != "not_processed" else None
    show_pages = layout is not None and (weergave == "paginas" or (weergave != "tekst" and layout.ocr_pages > 0))
    segs, hidden = view.segments(doc.text, doc.spans)
    mixed = view.inconsistencies(doc.text, doc.spans)
    context: dict[str, Any] = {
        "user": user, "doc": doc, "segments": segs, "hidden": hidden,
        "preview": render("text", doc.text, store.final_decisions(doc_id)),
        "counts": {"reviewed": sum(sp.state != "proposed" for sp in doc.spans), "spans": len(doc.spans)},
        "rows": [view.row(sp, doc.text) for sp in doc.spans], "choices": view.choices(),
        "mixed": mixed, "mixed_ids": {i for m in mixed for i in m.span_ids},
        "can_review": view.at_least(user, "reviewer"), "four_eyes": cockpit.settings.four_eyes,
        "approval_block": _approval_block(request, doc, user), "reviewers": sorted(store.reviewers_of(doc_id)),
        "leak_panel": leak_panel(store.leaks(doc_id), doc.status, doc.text),
        "held": doc.status == "approved" and doc_id in store.held_documents(doc.batch_id),
        "failure": view.failure_help(doc.failure_code) if doc.status == "not_processed" else None,
        "published_files": view.published_files(cockpit.settings.public_dir, doc),
        "has_pages": layout is not None, "show_pages": show_pages,
        "page_view": pages_shown(layout, doc, store.page_boxes(doc_id)) if layout is not None and show_pages else [],
        "unseen": doc.unseen_pages,
    }  # fmt: skip
    return page(request, "document.html", context)


@router.get("/{doc_id}/paginas/{number}/afbeelding")
async def page_image(
    request: Request, doc_id: str, number: int, _user: Annotated[UserView, Depends(require("reviewer"))]
) -> Response:
    """One page of a PDF or scan as PNG, rendered from the original in the restricted area. The
    path holds only the opaque document id and the page number; the answer is never cached by the
    browser (the middleware's no-store), since its pixels are unredacted."""
    doc = _document(request, doc_id)
    png = await run_in_threadpool(cockpit_of(request).pages.png, doc, number)
    if png is None:
        raise HttpProblem(404, MESSAGES["not_found"])
    return Response(png, media_type="image/png")


def _coordinate(form: FormData, name: str) -> float:
    try:
        value = float(str(form.get(name, "")).replace(",", "."))
    except ValueError:
        raise HttpProblem(400, MESSAGES["bad_box"]) from None
    if value != value or value in (float("inf"), float("-inf")):  # NaN or infinite
        raise HttpProblem(400, MESSAGES["bad_box"])
    return value


@router.post("/{doc_id}/vlakken")
async def add_page_box(
    request: Request,
    doc_id: str,
    user: Annotated[UserView, Depends(require("reviewer"))],
    form: Annotated[FormData, Depends(csrf_form)],
) -> Response:
    """A box drawn by hand (or typed in: page and corners in points from the top left) on a page,
    for what the text does not show; withheld on the chosen ground, with the reviewer's reason."""
    cockpit = cockpit_of(request)
    doc = _document(request, doc_id)
    _editable(doc)
    layout = await run_in_threadpool(cockpit.pages.layout, doc)
    if layout is None:
        raise HttpProblem(404, MESSAGES["no_pages"])
    try:
        number = int(str(form.get("page", "")))
    except ValueError:
        raise HttpProblem(400, MESSAGES["bad_box"]) from None
    if not 1 <= number <= len(layout.pages):
        raise HttpProblem(400, MESSAGES["bad_box"])
    page_model = layout.pages[number - 1]
    x0, top, x1, bottom = (_coordinate(form, name) for name in ("x0", "top", "x1", "bottom"))
    # Corners in either order (a drag may go up and to the left), kept on the page.
    x0, x1 = sorted((min(max(x0, 0.0), page_model.width), min(max(x1, 0.0), page_model.width)))
    top, bottom = sorted((min(max(top, 0.0), page_model.height), min(max(bottom, 0.0), page_model.height)))
    ground, category = str(form.get("ground", "5.1.2e")), str(form.get("category", "handtekening"))
    if x1 - x0 < 2 or bottom - top < 2 or ground not in GROUNDS or category not in view.categories():
        raise HttpProblem(400, MESSAGES["bad_box"])
    reason = str(form.get("reason", ""))[:2000]
    try:
        drawn = cockpit.store.add_page_box(doc_id, number, Box(round(x0, 1), round(top, 1), round(x1, 1),
                                                              round(bottom, 1)), user.username, ground=ground,
                                           category=category, reason=reason)  # fmt: skip
    except ReviewError:
        raise HttpProblem(409, MESSAGES["bad_request"]) from None
    return done(request, f"Vlak op pagina {number} weggelakt ({ground}, {category}).",
                f"/documents/{doc_id}?weergave=paginas#vl{drawn.id}")  # fmt: skip


@router.post("/{doc_id}/vlakken/{box_id}/verwijderen")
async def remove_page_box(
    request: Request,
    doc_id: str,
    box_id: int,
    user: Annotated[UserView, Depends(require("reviewer"))],
    _form: Annotated[FormData, Depends(csrf_form)],
) -> Response:
    doc = _document(request, doc_id)
    _editable(doc)
    try:
        removed = cockpit_of(request).store.remove_page_box(doc_id, box_id, user.username)
    except ReviewError:
        raise HttpProblem(404, MESSAGES["not_found"]) from None
    return done(request, f"Getekend vlak op pagina {removed.page} verwijderd.",
                f"/documents/{doc_id}?weergave=paginas#pagina-{removed.page}")  # fmt: skip


@router.post("/{doc_id}/paginas/{number}/bekeken")
async def page_seen(
    request: Request,
    doc_id: str,
    number: int,
    user: Annotated[UserView, Depends(require("reviewer"))],
    _form: Annotated[FormData, Depends(csrf_form)],
) -> Response:
    """The reviewer looked at a page flagged for a person (and boxed what needed it)."""
    doc = _document(request, doc_id)
    _editable(doc)
    if number not in doc.pages_to_review:
        raise HttpProblem(404, MESSAGES["not_found"])
    try:
        cockpit_of(request).store.mark_page_seen(doc_id, number, user.username)
    except ReviewError:
        raise HttpProblem(409, MESSAGES["bad_request"]) from None
    return done(request, f"Pagina {number} is als bekeken aangemerkt.",
                f"/documents/{doc_id}?weergave=paginas#pagina-{number}")  # fmt: skip


@router.get("/{doc_id}/voorbeeld", response_class=HTMLResponse)
async def preview_page(request: Request, doc_id: str, user: Annotated[UserView, Depends(current_user)]) -> Response:
    doc = _document(request, doc_id)
    preview = render("text", doc.text, cockpit_of(request).store.final_decisions(doc_id))
    return page(request, "preview.html", {"user": user, "doc": doc, "preview": preview})


@router.get("/{doc_id}/publicatie/{extension}")
async def published_file(request: Request, doc_id: str, extension: str) -> Response:
    """A published file of the document, from the public area (only after publication)."""
    doc = _document(request, doc_id)
    found = {ext: path for ext, path in view.published_files(cockpit_of(request).settings.public_dir, doc)}
    if extension not in PUBLISHED_MEDIA or extension not in found:
        raise HttpProblem(404, MESSAGES["not_found"])
    return FileResponse(found[extension], media_type=PUBLISHED_MEDIA[extension],
                        filename=f"{doc.number}.{extension}")  # fmt: skip


def _targets(request: Request, doc: DocumentView, span_id: int, scope: str, version: int) -> list[SpanView]:
    span = next((sp for sp in doc.spans if sp.id == span_id), None)
    if span is None:
        raise HttpProblem(404, MESSAGES["not_found"])
    if scope == "span":
        return [replace(span, version=version)]  # the version the person saw decides a conflict
    if span.version != version:
        raise ReviewConflict("stale version for a value-wide action")
    return cockpit_of(request).store.value_spans(doc.id, span.text, scope)  # type: ignore[arg-type]


@router.post("/{doc_id}/spans/{span_id}")
async def span_action(
    request: Request,
    doc_id: str,
    span_id: int,
    user: Annotated[UserView, Depends(require("reviewer"))],
    form: Annotated[FormData, Depends(csrf_form)],
) -> Response:
    """``action=accept``: take the proposal; ``action=decide`` with ``choice`` ``keep`` or
    ``redact:<ground>``: what is chosen is what happens. ``motivering``: the person's reason."""
    store = cockpit_of(request).store
    doc = _document(request, doc_id)
    _editable(doc)
    action, scope = str(form.get("action", "")), str(form.get("scope", "span"))
    choice = str(form.get("choice", ""))
    motivation = str(form.get("motivering", ""))[:2000] if "motivering" in form else None
    decision: Literal["redact", "keep"] | None = None
    ground: str | None = None
    if action == "decide":
        if choice == "keep":
            decision = "keep"
        elif choice.startswith("redact:") and choice.removeprefix("redact:") in GROUNDS:
            decision, ground = "redact", choice.removeprefix("redact:")
    if action not in ("accept", "decide") or (action == "decide" and decision is None) or scope not in (
        "span", "document", "batch"
    ):
        raise HttpProblem(400, MESSAGES["bad_request"])
    try:
        version = int(str(form.get("version", "")))
    except ValueError:
        raise HttpProblem(400, MESSAGES["bad_request"]) from None
    try:
        targets = _targets(request, doc, span_id, scope, version)
        for target in targets:
            chosen = decision or target.proposed_decision
            store.decide(target.id, chosen, user.username, ground=ground if decision else target.proposed_ground,
                         motivation=motivation, expected_version=target.version)  # fmt: skip
    except ReviewConflict:
        raise HttpProblem(409, MESSAGES["conflict"], "W601") from None
    except ReviewError:
        raise HttpProblem(409, MESSAGES["bad_request"]) from None
    n = len(targets)
    noun = "detectie" if n == 1 else "detecties"
    if decision is None:
        message = f"{n} {noun}: voorstel overgenomen."
    elif decision == "keep":
        message = f"{n} {noun} {'blijft' if n == 1 else 'blijven'} leesbaar (behouden)."
    else:
        message = f"{n} {noun} weggelakt op grond {ground}."
        if view.is_relative(ground) and not motivation and any(t.proposed_ground != ground for t in targets):
            # A relative ground needs a weighing of interests in the decision; remind, never block.
            message += " Leg bij deze grond uw afweging van belangen vast in het veld Motivering."
    return done(request, message, f"/documents/{doc_id}#s{span_id}")


@router.post("/{doc_id}/spans")
async def add_span(
    request: Request,
    doc_id: str,
    user: Annotated[UserView, Depends(require("reviewer"))],
    form: Annotated[FormData, Depends(csrf_form)],
) -> Response:
    store = cockpit_of(request).store
    doc = _document(request, doc_id)
    _editable(doc)
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


@router.post("/{doc_id}/beoordeeld")
async def review_done(
    request: Request,
    doc_id: str,
    user: Annotated[UserView, Depends(require("reviewer"))],
    _form: Annotated[FormData, Depends(csrf_form)],
) -> Response:
    doc = _document(request, doc_id)
    _editable(doc)
    cockpit_of(request).store.mark_reviewed(doc_id, user.username)
    return done(request, f"Beoordeling van document {doc.number} afgerond; een goedkeurder kan het nu goedkeuren.",
                f"/documents/{doc_id}")  # fmt: skip


@router.post("/{doc_id}/approve")
async def approve(
    request: Request,
    doc_id: str,
    user: Annotated[UserView, Depends(require("approver"))],
    _form: Annotated[FormData, Depends(csrf_form)],
) -> Response:
    cockpit = cockpit_of(request)
    doc = _document(request, doc_id)
    _editable(doc)
    try:
        cockpit.store.approve(doc_id, user.username, four_eyes=cockpit.settings.four_eyes)
    except PagesUnseen:
        pages = ", ".join(map(str, cockpit.store.document(doc_id).unseen_pages))
        raise HttpProblem(409, MESSAGES["pages_unseen"].format(pages=pages), "W605") from None
    except FourEyesViolation:
        block = cockpit.store.four_eyes_block(doc_id, user.username)
        message = MESSAGES["four_eyes_unreviewed" if block == "unreviewed" else "four_eyes"]
        raise HttpProblem(403, message, "W602") from None
    except ReviewError:
        raise HttpProblem(409, MESSAGES["bad_request"]) from None
    message = f"Document {doc.number} is goedgekeurd; het wordt nu automatisch gepubliceerd."
    return done(request, message, f"/batches/{doc.batch_id}")


@router.post("/{doc_id}/reopen")
async def reopen(
    request: Request,
    doc_id: str,
    user: Annotated[UserView, Depends(require("approver"))],
    _form: Annotated[FormData, Depends(csrf_form)],
) -> Response:
    _document(request, doc_id)
    try:
        cockpit_of(request).store.reopen(doc_id, user.username)
    except ReviewError:
        raise HttpProblem(409, MESSAGES["bad_request"]) from None
    return done(request, "Goedkeuring ingetrokken.", f"/documents/{doc_id}")
