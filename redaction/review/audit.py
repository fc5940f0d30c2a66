"""The audit log of the review process as a Dutch CSV: who did what, when, where; never span text.

Rows are written by the review and accounts parts of the store (append-only); this module reads
and exports them. Actions and values are stored as stable codes ("reject", "redact 5.1.2e") and
exported in Dutch ("voorstel niet gevolgd", "weglakken 5.1.2e"). Times are stored in UTC and
written as ISO 8601 with the offset of Dutch local time (Europe/Amsterdam), so a reader sees the
hour the team worked and a machine still knows the exact moment.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select

from redaction.review.db import StoreBase, aware
from redaction.review.models import AuditRow, DocumentRow

DUTCH_TIME = ZoneInfo("Europe/Amsterdam")

ACTION_NL: Mapping[str, str] = {
    "queued": "in wachtrij gezet",
    "accept": "voorstel gevolgd",
    "reject": "voorstel niet gevolgd",
    "change_ground": "grond gewijzigd",
    "decide": "besluit gewijzigd",
    "motivate": "motivering vastgelegd",
    "add": "weglakking toegevoegd",
    "review_done": "beoordeling afgerond",
    "page_box": "vlak getekend op pagina",
    "page_box_removed": "getekend vlak verwijderd",
    "page_seen": "pagina bekeken",
    "approve": "goedgekeurd",
    "reopen": "goedkeuring ingetrokken",
    "publish": "gepubliceerd",
    "publication_blocked": "publicatie tegengehouden",
    "batch_info": "batchgegevens gewijzigd",
    "user_add": "account aangemaakt",
    "user_role": "rol gewijzigd",
    "user_activate": "account geactiveerd",
    "user_deactivate": "account gedeactiveerd",
    "user_password": "wachtwoord opnieuw ingesteld",
    "user_change": "account gewijzigd",  # written by earlier versions
}
_VALUE_NL: Mapping[str, str] = {
    "redact": "weglakken", "keep": "behouden", "approved": "goedgekeurd", "in_review": "te beoordelen",
    "published": "gepubliceerd", "reviewer": "beoordelaar", "approver": "goedkeurder", "admin": "beheerder",
}  # fmt: skip
# Earlier versions wrote these actors; in Dutch they are the system and the policy.
_ACTOR_NL: Mapping[str, str] = {"pipeline": "systeem", "beleid:auto": "beleid (automatisch)"}


def iso_local(moment: datetime) -> str:
    """ISO 8601 with offset, in Dutch local time: ``2026-12-06T13:47:02+01:00``."""
    return aware(moment).astimezone(DUTCH_TIME).isoformat(timespec="seconds")


def shown_time(moment: datetime | None) -> str:
    """A moment as a Dutch reader expects it on a page: ``6-12-2026 13:47`` (Dutch local time)."""
    if moment is None:
        return ""
    local = aware(moment).astimezone(DUTCH_TIME)
    return f"{local.day}-{local.month}-{local.year} {local:%H:%M}"


def value_nl(value: str | None) -> str:
    """A stored before/after value in Dutch: the first word translated, the rest (a ground code,
    a count) kept."""
    if not value:
        return ""
    head, _, rest = value.partition(" ")
    return " ".join(part for part in (_VALUE_NL.get(head, head), rest) if part)


def action_nl(action: str) -> str:
    return ACTION_NL.get(action, action)


def actor_nl(actor: str) -> str:
    return _ACTOR_NL.get(actor, actor)


def _blank(value: int | None) -> str | int:
    return "" if value is None else value


class AuditStore(StoreBase):
    """Exports of the audit log."""

    def audit_csv(self, batch_id: str) -> str:
        """The audit log of one batch as CSV: who, what, when, where — never the span text."""
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["id", "tijdstip", "wie", "actie", "document", "detectie", "begin", "eind", "voor", "na"])
        with self.session() as s:
            query = select(DocumentRow.id, DocumentRow.number).where(DocumentRow.batch_id == batch_id)
            numbers = {doc_id: number for doc_id, number in s.execute(query)}
            rows = s.scalars(select(AuditRow).where(AuditRow.batch_id == batch_id).order_by(AuditRow.id))
            for r in rows:
                writer.writerow([r.id, iso_local(r.at), actor_nl(r.actor), action_nl(r.action),
                                 numbers.get(r.document_id or "", ""), r.span_id or "", _blank(r.start),
                                 _blank(r.end), value_nl(r.before), value_nl(r.after)])  # fmt: skip
        return out.getvalue()

    def accounts_audit_csv(self) -> str:
        """Every change to an account as CSV: who changed which account, what and when. No passwords."""
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["id", "tijdstip", "wie", "actie", "account", "voor", "na"])
        with self.session() as s:
            rows = s.scalars(select(AuditRow).where(AuditRow.action.like("user_%")).order_by(AuditRow.id))
            for r in rows:
                writer.writerow([r.id, iso_local(r.at), actor_nl(r.actor), action_nl(r.action), r.account or "",
                                 value_nl(r.before), value_nl(r.after)])  # fmt: skip
        return out.getvalue()
