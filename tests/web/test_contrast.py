"""Sufficient contrast, measured in the browser: every piece of text on the cockpit's pages against
the background it is drawn on reaches WCAG 2.1 AA (4.5:1, or 3:1 for large text)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.web.conftest import BATCH, Cockpit
from tests.web.test_browser import log_in, served

pytestmark = pytest.mark.slow

# For every element with its own visible text: its colour, the first opaque background up the
# tree, and whether the text is large (>= 24px, or >= 18.66px bold). Marks with a ground (white on
# black) and the quieter kept items are elements like any other here.
CONTRAST = """() => {
  const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => {
    const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const background = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0.99)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const failures = [];
  for (const el of document.querySelectorAll('body *')) {
    const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.data.trim());
    const style = getComputedStyle(el);
    if (!own || style.visibility === 'hidden' || style.display === 'none' || el.offsetParent === null) continue;
    const fg = lum(rgb(style.color).slice(0, 3)), bg = lum(background(el));
    const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
    const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight, 10) >= 700;
    const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
    if (ratio < needed) failures.push(`${el.tagName.toLowerCase()}.${el.className}: ${ratio.toFixed(2)} < ${needed}`);
  }
  return failures;
}"""


def test_every_text_on_the_cockpit_pages_has_enough_contrast(browser: Any, cockpit: Cockpit,
                                                            artifacts_dir: Path) -> None:  # fmt: skip
    with served(cockpit.app) as base:
        context = browser.new_context(viewport={"width": 1280, "height": 1000})
        page = context.new_page()
        page.set_default_timeout(15000)
        page.goto(base + "/login")
        assert page.evaluate(CONTRAST) == [], "login page"
        log_in(page, base, "goedkeurder")
        checked = 0
        for path in ("/documents/d0001", f"/batches/{BATCH}", "/", "/documents/d0001/voorbeeld"):
            page.goto(base + path)
            assert page.evaluate(CONTRAST) == [], path
            checked += 1
        context.close()
    assert checked == 4
