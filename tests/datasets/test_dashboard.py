"""The dashboard page: self-contained, Dutch, and every chart renders in headless Chromium."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from eval.caserecords import CaseRegister
from redaction.datasets import (
    DatasetConfig,
)
from tests.datasets.conftest import publish_register


@pytest.fixture(scope="module")
def dashboard_file(register: CaseRegister, config: DatasetConfig, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("dashboard")
    publish_register(register, config, folder)
    return folder / "dashboard.html"


def test_page_is_self_contained_and_dutch(dashboard_file: Path, config: DatasetConfig) -> None:
    page = dashboard_file.read_text(encoding="utf-8")
    assert '<html lang="nl">' in page and "in cijfers" in page and "Verantwoording" in page
    # Plotly inlined: no script or stylesheet is loaded from anywhere (the browser test below also
    # blocks and records every request that is not file://).
    assert not re.search(r"<script[^>]*\ssrc=", page) and not re.search(r"<link[^>]*href=[\"']?https?:", page)
    assert page.count("plotly.js v") >= 1  # the library's own banner: the bundle itself is in the page
    assert page.count("class='grafiek'") == len(config.marts)
    # One mark for every hidden cell, explained once; no "<5" in any table or chart text.
    assert "Een <strong>x</strong> is een afgeschermd aantal" in page
    assert "<td>&lt;5</td>" not in page and '"&lt;5"' not in page and '"<5"' not in page
    assert "Dreigingsmodel" in page and "Verwachte heridentificaties" in page


def test_every_chart_renders_from_file_url_offline(
    dashboard_file: Path, config: DatasetConfig, browser: object, artifacts_dir: Path
) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    outside: list[str] = []

    def only_local(route: object) -> None:
        url = route.request.url  # type: ignore[attr-defined]
        if url.startswith(("file:", "data:", "blob:", "about:")):
            route.continue_()  # type: ignore[attr-defined]
        else:
            outside.append(url)
            route.abort()  # type: ignore[attr-defined]

    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.route("**/*", only_local)
    try:
        page.goto(dashboard_file.as_uri())
        charts = len(config.marts)
        page.wait_for_function(
            "n => document.querySelectorAll('.grafiek .js-plotly-plot .main-svg').length >= n", arg=charts,
            timeout=30_000)
        rendered = page.eval_on_selector_all(
            ".grafiek",
            "nodes => nodes.map(n => ({mart: n.dataset.mart,"
            " traces: n.querySelectorAll('.trace').length,"
            " marks: n.querySelectorAll('.trace path').length,"
            " title: (n.querySelector('.gtitle') || {}).textContent || ''}))",
        )
        page.screenshot(path=str(artifacts_dir / "dashboard-casusregistratie.png"), full_page=True)
    finally:
        page.close()
    assert [chart["mart"] for chart in rendered] == [spec.name for spec in config.marts]
    for chart, spec in zip(rendered, config.marts, strict=True):
        assert chart["traces"] >= 1 and chart["marks"] >= 1, chart["mart"]
        assert chart["title"] == spec.title
    assert not errors and not outside
    assert (artifacts_dir / "dashboard-casusregistratie.png").stat().st_size > 10_000
