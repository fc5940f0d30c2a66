"""Two reviewers on the same batch: no decision is ever lost, a stale one is refused in Dutch."""

from __future__ import annotations

import threading

from tests.web.conftest import BATCH, Cockpit, csrf_of

JSON = {"Accept": "application/json"}


def test_a_stale_decision_is_refused_with_a_dutch_message_and_the_first_one_stays(cockpit: Cockpit) -> None:
    anna, bram = cockpit.client("beoordelaar-a"), cockpit.client("beoordelaar-b")
    token_a, token_b = csrf_of(anna, "/documents/d0001"), csrf_of(bram, "/documents/d0001")
    span = cockpit.span("Lotte Brandsma")  # both pages show version 1
    first = anna.post(f"/documents/d0001/spans/{span}", data={"action": "accept", "version": "1"},
                      headers={**JSON, "X-CSRF-Token": token_a})  # fmt: skip
    assert first.status_code == 200
    stale = bram.post(f"/documents/d0001/spans/{span}", data={"action": "decide", "choice": "keep", "version": "1"},
                      headers={**JSON, "X-CSRF-Token": token_b})  # fmt: skip
    assert stale.status_code == 409
    assert stale.json() == {"ok": False, "code": "W601", "message": (
        "Iemand anders heeft deze detectie zojuist gewijzigd. Er is niets verloren gegaan: "
        "laad de pagina opnieuw en beslis opnieuw.")}  # fmt: skip
    # Without JavaScript the same refusal comes back on the document page.
    form = bram.post(f"/documents/d0001/spans/{span}", data={"action": "decide", "choice": "keep", "version": "1",
                                                                 "csrf_token": token_b},
                     headers={"Referer": "http://testserver/documents/d0001"})  # fmt: skip
    assert "Iemand anders heeft deze detectie zojuist gewijzigd." in form.text
    view = next(sp for sp in cockpit.store.document(cockpit.doc_id).spans if sp.id == span)
    assert (view.state, view.decision, view.reviewed_by) == ("accepted", "redact", "beoordelaar-a")
    # A value-wide action from a stale page is refused too, instead of overwriting the newer choice.
    stale_value = bram.post(f"/documents/d0001/spans/{span}", data={"action": "decide", "choice": "keep",
                                                                     "version": "1", "scope": "batch"},
                            headers={**JSON, "X-CSRF-Token": token_b})  # fmt: skip
    assert stale_value.status_code == 409
    # Bram reloads, sees Anna's decision and the new version, and can decide on it.
    assert "voorstel overgenomen door beoordelaar-a" in bram.get("/documents/d0001").text
    again = bram.post(f"/documents/d0001/spans/{span}",
                      data={"action": "decide", "choice": "keep", "version": str(view.version)},
                      headers={**JSON, "X-CSRF-Token": token_b})  # fmt: skip
    assert again.status_code == 200
    audit = cockpit.store.audit_csv(BATCH)
    assert ",beoordelaar-a,voorstel gevolgd," in audit and ",beoordelaar-b,voorstel niet gevolgd," in audit


def test_two_reviewers_deciding_at_the_same_time_lose_nothing(cockpit: Cockpit) -> None:
    spans = [sp for sp in cockpit.store.document(cockpit.doc_id).spans]
    clients = {name: cockpit.client(name) for name in ("beoordelaar-a", "beoordelaar-b")}
    tokens = {name: csrf_of(client, "/") for name, client in clients.items()}
    results: list[int] = []
    barrier = threading.Barrier(len(spans))

    def decide(index: int) -> None:
        name = "beoordelaar-a" if index % 2 else "beoordelaar-b"
        span = spans[index]
        action = "accept" if index % 3 else "decide"
        barrier.wait()
        response = clients[name].post(f"/documents/d0001/spans/{span.id}",
                                      data={"action": action, "choice": "keep", "version": "1"},
                                      headers={**JSON, "X-CSRF-Token": tokens[name]})  # fmt: skip
        results.append(response.status_code)

    threads = [threading.Thread(target=decide, args=(i,)) for i in range(len(spans))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(results) == [200] * len(spans)
    after = cockpit.store.document(cockpit.doc_id).spans
    assert all(sp.state != "proposed" for sp in after)
    assert {sp.reviewed_by for sp in after} == {"beoordelaar-a", "beoordelaar-b"}
    decided = [line for line in cockpit.store.audit_csv(BATCH).splitlines() if ",voorstel " in line]
    assert len(decided) == len(spans)
