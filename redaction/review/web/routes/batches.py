"""The overview of batches, a batch's queue (with filter and search), what the batch answers and
its Woo deadline, and the batch's audit log."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, Response
from starlette.datastructures import FormData

from redaction.review.store import ReviewError, UserView
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

router = APIRouter(tags=["batches"], dependencies=[Depends(current_user)])
STATUS_FILTERS = ("in_review", "approved", "published", "not_processed")


def _known(request: Request, batch_id: str) -> None:
    if batch_id not in cockpit_of(request).store.batches():
        raise HttpProblem(404, MESSAGES["not_found"])


@router.get("/", response_class=HTMLResponse)
async def index(request: Request, user: Annotated[UserView, Depends(current_user)]) -> Response:
    store = cockpit_of(request).store
    overview = []
    for batch_id in reversed(store.batches()):
        queue = store.queue(batch_id)
        overview.append({
            "id": batch_id, "info": store.batch_info(batch_id), "documents": len(queue),
            "open": sum(q.status == "in_review" for q in queue), "reviewed": sum(q.reviewed for q in queue),
            "spans": sum(q.redactions + q.keeps for q in queue),
        })  # fmt: skip
    return page(request, "index.html", {"user": user, "batches": overview, "today": date.today()})


@router.get("/batches/{batch_id}", response_class=HTMLResponse)
async def batch_queue(
    request: Request, batch_id: str, user: Annotated[UserView, Depends(current_user)], q: str = "", status: str = ""
) -> Response:
    _known(request, batch_id)
    store = cockpit_of(request).store
    everything = store.queue(batch_id)
    shown = store.queue(batch_id, statuses=[status] if status in STATUS_FILTERS else None, search=q[:200] or None)
    totals = {"reviewed": sum(d.reviewed for d in everything), "spans": sum(d.redactions + d.keeps for d in everything)}
    return page(request, "queue.html", {
        "user": user, "batch_id": batch_id, "queue": shown, "total_documents": len(everything), "totals": totals,
        "leak_counts": store.leak_counts(batch_id), "held": store.held_documents(batch_id),
        "info": store.batch_info(batch_id), "q": q[:200],
        "status": status if status in STATUS_FILTERS else "", "status_filters": STATUS_FILTERS,
        "today": date.today(), "can_edit": view.at_least(user, "approver"),
    })  # fmt: skip


@router.post("/batches/{batch_id}/gegevens")
async def batch_details(
    request: Request,
    batch_id: str,
    user: Annotated[UserView, Depends(require("approver"))],
    form: Annotated[FormData, Depends(csrf_form)],
) -> Response:
    _known(request, batch_id)
    received = str(form.get("received_on", "")).strip()
    try:
        received_on = date.fromisoformat(received) if received else None
    except ValueError:
        raise HttpProblem(400, "Vul de datum van ontvangst in als dag-maand-jaar.") from None
    fields = {name: str(form.get(name, "")).strip()[:limit]
              for name, limit in (("subject", 300), ("sender", 200), ("request_ref", 80))}  # fmt: skip
    try:
        cockpit_of(request).store.set_batch_info(batch_id, user.username, received_on=received_on,
                                                 extended=form.get("extended") == "ja", **fields)  # fmt: skip
    except ReviewError:
        raise HttpProblem(400, MESSAGES["bad_request"]) from None
    return done(request, "Gegevens van de batch opgeslagen.", f"/batches/{batch_id}")


@router.get("/batches/{batch_id}/audit.csv")
async def audit_csv(request: Request, batch_id: str) -> Response:
    _known(request, batch_id)
    return PlainTextResponse(
        cockpit_of(request).store.audit_csv(batch_id), media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="audit-{batch_id}.csv"'},
    )  # fmt: skip
