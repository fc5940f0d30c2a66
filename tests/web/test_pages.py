"""The page view of the cockpit: page images only for a logged-in reviewer, boxes from the decision
records, boxes drawn by hand stored and audited, flagged pages seen before approval."""

from __future__ import annotations

import io
import re
from dataclasses import replace

from PIL import Image
from sqlalchemy import update

from redaction.review.models import UserRow
from redaction.review.web.pageview import DPI
from tests.web.conftest import BATCH, Cockpit, csrf_of
from tests.web.scanned import SCAN_ID, add_scan

JSON = {"Accept": "application/json"}


def test_a_page_image_is_only_for_a_logged_in_user_with_the_role(cockpit: Cockpit) -> None:
    scan = add_scan(cockpit)
    path = f"/documents/{SCAN_ID}/paginas/1/afbeelding"
    anonymous = cockpit.client()
    response = anonymous.get(path, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"].startswith("/login?next=/")
    assert anonymous.get(path, headers=JSON, follow_redirects=False).status_code == 401
    # An account whose role is none of the cockpit's (left from an older version, or typed into the
    # database): logged in, but not a reviewer.
    guest = cockpit.client("beoordelaar-b")
    with cockpit.store.session() as s:
        s.execute(update(UserRow).where(UserRow.username == "beoordelaar-b").values(role="lezer"))
    refused = guest.get(path, headers=JSON)
    assert refused.status_code == 403 and refused.headers["content-type"].startswith("application/json")
    reviewer = cockpit.client("beoordelaar-a")
    shown = reviewer.get(path)
    assert shown.status_code == 200 and shown.headers["content-type"] == "image/png"
    assert shown.headers["cache-control"] == "no-store"  # unredacted pixels stay out of caches
    image = Image.open(io.BytesIO(shown.content))
    page = scan.layout.pages[0]
    assert image.size == (round(page.width * DPI / 72), round(page.height * DPI / 72))
    assert reviewer.get(f"/documents/{SCAN_ID}/paginas/2/afbeelding", headers=JSON).status_code == 404
    assert reviewer.get("/documents/d0001/paginas/1/afbeelding", headers=JSON).status_code == 404  # text only


def test_the_page_view_draws_each_decision_record_as_a_box_with_its_tip(cockpit: Cockpit) -> None:
    scan = add_scan(cockpit)
    client = cockpit.client("beoordelaar-a")
    html = client.get(f"/documents/{SCAN_ID}").text  # a scan opens on its pages
    assert 'id="paginas"' in html and 'id="doc-text"' not in html
    kanterink = cockpit.span("Kanterink", SCAN_ID)
    box = re.search(rf'<a href="#pl{kanterink}" class="pbox det ent-person dec-redact state-proposed"[^>]*>', html)
    assert box and "5.1.2e" in box.group() and f'aria-describedby="tip-{kanterink}"' in box.group()
    start = scan.text.index("Kanterink")
    ((_page, word),) = scan.layout.boxes(start, start + len("Kanterink"))
    x0, top = word.x0, word.top
    assert f'x="{x0 - 1:.1f}" y="{top - 1:.1f}"' in html  # where the page model has the word
    dordrecht = cockpit.span("Dordrecht", SCAN_ID)
    assert f'<a href="#pl{dordrecht}" class="pbox det ent-other dec-keep state-proposed"' in html  # kept: quiet
    assert "Controleer deze pagina" in html and 'id="bekeken-1"' in html and 'class="inkt"' in html
    as_approver = cockpit.client("goedkeurder").get(f"/documents/{SCAN_ID}").text
    assert "Nog niet bekeken: pagina 1" in as_approver
    assert re.search(r'id="approve" class="approve" disabled', as_approver)  # the flagged page is unseen
    text_view = client.get(f"/documents/{SCAN_ID}?weergave=tekst").text
    assert 'id="doc-text"' in text_view and 'id="weergave-paginas"' in text_view
    plain = client.get("/documents/d0001").text
    assert 'id="doc-text"' in plain and "weergave-paginas" not in plain  # text only: no page view


def test_a_drawn_box_is_stored_audited_and_shown_after_reload(cockpit: Cockpit) -> None:
    add_scan(cockpit)
    client = cockpit.client("beoordelaar-a")
    token = csrf_of(client, f"/documents/{SCAN_ID}")
    form = {"csrf_token": token, "page": "1", "x0": "300", "top": "180", "x1": "60", "bottom": "150",
            "ground": "5.1.2e", "category": "handtekening", "reason": "Handtekening onder de brief"}  # fmt: skip
    response = client.post(f"/documents/{SCAN_ID}/vlakken", data=form, headers=JSON)
    assert response.status_code == 200 and response.json()["ok"], response.text
    (drawn,) = cockpit.store.page_boxes(SCAN_ID)
    assert (drawn.page, drawn.box.x0, drawn.box.top, drawn.box.x1, drawn.box.bottom) == (1, 60, 150, 300, 180)
    assert (drawn.ground, drawn.category, drawn.created_by) == ("5.1.2e", "handtekening", "beoordelaar-a")
    html = client.get(f"/documents/{SCAN_ID}").text
    assert f'id="vl{drawn.id}"' in html and 'class="pbox handmatig"' in html and "Handtekening onder de brief" in html
    audit = cockpit.store.audit_csv(BATCH)
    assert "vlak getekend op pagina" in audit and "Handtekening onder de brief" not in audit
    for bad in ({"x1": "301"}, {"page": "2"}, {"ground": "9.9"}, {"x0": "nan"}):
        refused = client.post(f"/documents/{SCAN_ID}/vlakken", data=form | {"x0": "300", "x1": "300"} | bad,
                              headers=JSON)  # fmt: skip
        assert refused.status_code == 400, bad
    removed = client.post(f"/documents/{SCAN_ID}/vlakken/{drawn.id}/verwijderen", data={"csrf_token": token},
                          headers=JSON)  # fmt: skip
    assert removed.status_code == 200 and cockpit.store.page_boxes(SCAN_ID) == []
    assert "getekend vlak verwijderd" in cockpit.store.audit_csv(BATCH)


def test_approve_is_refused_while_the_flagged_page_is_unseen(cockpit_factory: object) -> None:
    built = cockpit_factory(four_eyes=False)  # type: ignore[operator]
    add_scan(built)
    client = built.client("goedkeurder")
    token = csrf_of(client, f"/documents/{SCAN_ID}")
    refused = client.post(f"/documents/{SCAN_ID}/approve", data={"csrf_token": token}, headers=JSON)
    assert refused.status_code == 409 and refused.json()["code"] == "W605" and "Pagina 1" in refused.json()["message"]
    assert built.store.document(SCAN_ID).status == "in_review"
    assert client.post(f"/documents/{SCAN_ID}/paginas/2/bekeken", data={"csrf_token": token},
                       headers=JSON).status_code == 404  # fmt: skip  # page 2 was never flagged (nor exists)
    seen = client.post(f"/documents/{SCAN_ID}/paginas/1/bekeken", data={"csrf_token": token}, headers=JSON)
    assert seen.status_code == 200
    assert "pagina bekeken" in built.store.audit_csv(BATCH)
    html = client.get(f"/documents/{SCAN_ID}").text
    assert "Bekeken door goedkeurder" in html and not re.search(r'id="approve" class="approve" disabled', html)
    approved = client.post(f"/documents/{SCAN_ID}/approve", data={"csrf_token": token}, headers=JSON)
    assert approved.status_code == 200 and built.store.document(SCAN_ID).status == "approved"


def test_a_pdf_with_a_text_layer_opens_on_its_text_and_switches_to_its_pages(cockpit: Cockpit) -> None:
    scan = add_scan(cockpit)
    # The same document as if its words came from a PDF's text layer instead of OCR.
    typed = replace(scan.layout, pages=tuple(replace(p, ocr=False, marks=()) for p in scan.layout.pages))
    layout_file = cockpit.app.state.cockpit.pages.restricted / "batches" / BATCH / "texts" / f"{SCAN_ID}.pages.json"
    layout_file.write_text(typed.to_json(), encoding="utf-8")
    client = cockpit.client("beoordelaar-a")
    html = client.get(f"/documents/{SCAN_ID}").text
    assert 'id="doc-text"' in html and 'id="paginas"' not in html
    assert re.search(r'id="weergave-tekst" aria-current="page"', html)
    pages = client.get(f"/documents/{SCAN_ID}?weergave=paginas").text
    assert 'id="paginas"' in pages and re.search(r'id="weergave-paginas" aria-current="page"', pages)
