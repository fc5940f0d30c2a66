"""The cockpit's structure: one APIRouter per area, login/role/CSRF as dependencies on every route."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from redaction.review.web import deps
from redaction.review.web.routes import accounts, auth, batches, documents
from tests.web.conftest import Cockpit
from tests.web.test_security import all_routes


def _calls(dependant: Any) -> set[Any]:
    found = set()
    for sub in dependant.dependencies:
        found.add(sub.call)
        found |= _calls(sub)
    return found


def test_one_router_per_area() -> None:
    for area in (auth, batches, documents, accounts):
        assert isinstance(area.router, APIRouter)
    assert deps.current_user in {d.dependency for d in batches.router.dependencies}
    assert deps.current_user in {d.dependency for d in documents.router.dependencies}
    assert deps.require("admin") in {d.dependency for d in accounts.router.dependencies}


def test_every_route_declares_its_checks_as_dependencies(cockpit: Cockpit) -> None:
    logged_in = {deps.current_user, deps.require("reviewer"), deps.require("approver"), deps.require("admin")}
    public = {"/login", "/entities.css"}
    routes = all_routes(cockpit.app)
    assert len(routes) >= 18
    for route in routes:
        calls = _calls(route.dependant)
        if "POST" in route.methods:
            assert deps.csrf_form in calls, route.path
        if route.path not in public:
            assert calls & logged_in, route.path
