// Review cockpit: keyboard navigation, actions sent with fetch (CSRF token in a header), and adding
// a redaction from a text selection. Written for this project; no libraries.
"use strict";

(function () {
  const token = () => document.querySelector('meta[name="csrf-token"]').content;
  const textBox = () => document.getElementById("doc-text");
  // Python counts code points, JavaScript strings count UTF-16 units: count code points.
  const codePoints = (s) => Array.from(s).length;

  function showMessage(text, kind) {
    const box = document.getElementById("meldingen");
    const p = document.createElement("p");
    p.className = "melding " + (kind || "fout");
    p.setAttribute("role", "alert");
    p.textContent = text; // never innerHTML: messages are text
    box.replaceChildren(p);
  }

  // -- a point of a selection -> offset in the original document text -----------------------------
  // Every segment carries data-start (its offset in the document); counting happens only inside
  // one segment, never over the page's text.
  function pointOffset(node, offset) {
    const box = textBox();
    if (!box || !box.contains(node)) return null;
    if (node.nodeType === Node.TEXT_NODE) {
      const seg = node.parentElement.closest("[data-start]");
      if (!seg || !box.contains(seg)) return null;
      let before = 0;
      for (let n = seg.firstChild; n && n !== node; n = n.nextSibling) before += codePoints(n.textContent);
      return Number(seg.dataset.start) + before + codePoints(node.data.slice(0, offset));
    }
    if (node === box) {
      const child = box.childNodes[offset];
      if (!child) return Number(box.dataset.length);
      return child.dataset ? Number(child.dataset.start) : null;
    }
    const seg = node.closest("[data-start]");
    if (!seg || !box.contains(seg)) return null;
    if (offset === 0) return Number(seg.dataset.start);
    return Number(seg.dataset.start) + codePoints(seg.textContent);
  }

  // The line a person sees, instead of a character offset: count line breaks in the segments before.
  function lineOf(offset) {
    let line = 1;
    for (const seg of textBox().children) {
      const start = Number(seg.dataset.start);
      if (Number.isNaN(start) || start >= offset) break;
      const chars = Array.from(seg.textContent).slice(0, offset - start);
      line += chars.filter((c) => c === "\n").length;
    }
    return line;
  }

  function selectionOffsets() {
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
    const range = sel.getRangeAt(0);
    const start = pointOffset(range.startContainer, range.startOffset);
    const end = pointOffset(range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) return null;
    return { start: start, end: end, text: sel.toString() };
  }

  document.addEventListener("selectionchange", function () {
    const out = document.getElementById("selectie");
    if (!out) return;
    const found = selectionOffsets();
    if (!found) return; // keep the last selection: clicking the button may collapse it
    document.getElementById("add-start").value = String(found.start);
    document.getElementById("add-end").value = String(found.end);
    const shown = found.text.length > 80 ? found.text.slice(0, 80) + "…" : found.text;
    out.textContent = "“" + shown + "” (regel " + lineOf(found.start) + ")";
  });

  // -- actions with fetch ---------------------------------------------------------------------
  async function send(form, submitter) {
    if (form.id === "add-form" && !form.elements.start.value) {
      showMessage("Selecteer eerst een stuk tekst in het document.");
      return;
    }
    const body = new FormData(form, submitter || undefined);
    let response;
    try {
      // getAttribute: form.action would be the button named "action" (DOM named-property clobbering).
      response = await fetch(form.getAttribute("action"), {
        method: "POST", body: body, credentials: "same-origin",
        headers: { "X-CSRF-Token": token(), "Accept": "application/json" },
      });
    } catch (err) {
      showMessage("De server is niet bereikbaar. Uw keuze is niet opgeslagen.");
      return;
    }
    let data = {};
    try { data = await response.json(); } catch (err) { data = {}; }
    if (response.status === 401) {
      showMessage("U bent uitgelogd. Log opnieuw in; uw laatste keuze is niet opgeslagen.");
      return;
    }
    if (!response.ok || !data.ok) {
      showMessage(data.message || "Er ging iets mis (status " + response.status + ").");
      return;
    }
    if (form.dataset.span) {
      // Back to where the person was: the box on the page, or the mark in the text.
      const back = form.classList.contains("pagina-actie") ? "#pb" : "#s";
      history.replaceState(null, "", back + form.dataset.span);
    }
    window.location.reload(); // the server's page is the truth: marks, counts and preview together
  }

  document.addEventListener("submit", function (event) {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.classList.contains("js-action")) return;
    event.preventDefault();
    send(form, event.submitter);
  });

  // -- keyboard -------------------------------------------------------------------------------
  let current = -1;
  const marks = () => Array.from(document.querySelectorAll("#doc-text mark.det, #paginas a.pbox[data-span]"));

  function select(index) {
    const all = marks();
    if (all.length === 0) return;
    current = (index + all.length) % all.length;
    all[current].focus();
  }

  function markFocused(mark) {
    const all = marks();
    current = all.indexOf(mark);
    all.forEach((m) => m.classList.toggle("current", m === mark));
    document.querySelectorAll("tr.current, li.pagina-besluit.current").forEach((r) => r.classList.remove("current"));
    const row = document.getElementById("r" + mark.dataset.span);
    if (row) row.classList.add("current");
  }

  // A box on a page: its decision and reason in the line beside the page (hover and keyboard focus
  // alike; SVG has no ::after tooltip), and its entry in the page's list highlighted.
  function showBox(box) {
    const tip = document.getElementById("pagina-tip-" + box.dataset.page);
    if (tip) tip.textContent = box.dataset.tip;
    document.querySelectorAll("li.pagina-besluit.current").forEach((r) => r.classList.remove("current"));
    const item = box.dataset.span ? document.getElementById("pl" + box.dataset.span) : null;
    if (item) item.classList.add("current");
  }

  document.addEventListener("focusin", function (event) {
    const mark = event.target.closest && event.target.closest("#doc-text mark.det, #paginas a.pbox[data-span]");
    if (mark) markFocused(mark);
    const box = event.target.closest && event.target.closest("#paginas a.pbox");
    if (box) showBox(box);
  });

  document.addEventListener("mouseover", function (event) {
    const box = event.target.closest && event.target.closest("#paginas a.pbox");
    if (box) showBox(box);
  });

  // -- drawing a box on a page ------------------------------------------------------------------
  // A mouse drag over a page fills the form "Vlak weglakken" (page and corners in points); typing
  // in that form draws the same outline, so the keyboard does what the mouse does.
  let drawing = null;
  const round1 = (v) => Math.round(v * 10) / 10;

  function pointOn(svg, event) {
    const point = svg.createSVGPoint();
    point.x = event.clientX;
    point.y = event.clientY;
    const p = point.matrixTransform(svg.getScreenCTM().inverse());
    const view = svg.viewBox.baseVal;
    return { x: Math.min(Math.max(p.x, 0), view.width), y: Math.min(Math.max(p.y, 0), view.height) };
  }

  function outline(svg, x0, top, x1, bottom) {
    document.querySelectorAll("#paginas rect.concept").forEach((r) => r.classList.add("leeg"));
    const rect = svg && svg.querySelector("rect.concept");
    if (!rect || !(x1 > x0) || !(bottom > top)) return;
    rect.setAttribute("x", x0); rect.setAttribute("y", top);
    rect.setAttribute("width", x1 - x0); rect.setAttribute("height", bottom - top);
    rect.classList.remove("leeg");
  }

  function fillForm(page, x0, top, x1, bottom) {
    const form = document.getElementById("vlak-form");
    if (!form) return;
    form.elements.page.value = String(page);
    form.elements.x0.value = String(round1(x0));
    form.elements.top.value = String(round1(top));
    form.elements.x1.value = String(round1(x1));
    form.elements.bottom.value = String(round1(bottom));
    document.getElementById("vlak-getekend").textContent = "Vlak getekend op pagina " + page + ": links " +
      round1(x0) + ", boven " + round1(top) + ", rechts " + round1(x1) + ", onder " + round1(bottom) +
      " punten. Kies de grond en klik op Vlak weglakken.";
  }

  document.addEventListener("pointerdown", function (event) {
    const svg = event.target.closest && event.target.closest("#paginas svg.pagina-vlak");
    if (!svg || event.button !== 0 || event.target.closest("a.pbox") || !document.getElementById("vlak-form")) return;
    event.preventDefault(); // no image drag, no text selection
    drawing = { svg: svg, start: pointOn(svg, event) };
    svg.setPointerCapture(event.pointerId);
  });

  document.addEventListener("pointermove", function (event) {
    if (!drawing) return;
    const end = pointOn(drawing.svg, event), start = drawing.start;
    outline(drawing.svg, Math.min(start.x, end.x), Math.min(start.y, end.y), Math.max(start.x, end.x),
            Math.max(start.y, end.y));
  });

  document.addEventListener("pointerup", function (event) {
    if (!drawing) return;
    const svg = drawing.svg, start = drawing.start, end = pointOn(svg, event);
    drawing = null;
    const x0 = Math.min(start.x, end.x), x1 = Math.max(start.x, end.x);
    const top = Math.min(start.y, end.y), bottom = Math.max(start.y, end.y);
    if (x1 - x0 < 2 || bottom - top < 2) { outline(null); return; } // a click, not a box
    outline(svg, x0, top, x1, bottom);
    fillForm(svg.dataset.page, x0, top, x1, bottom);
  });

  document.addEventListener("input", function (event) {
    const form = event.target.form;
    if (!form || form.id !== "vlak-form") return;
    const v = (name) => parseFloat(String(form.elements[name].value).replace(",", "."));
    outline(document.getElementById("vlak-" + form.elements.page.value), v("x0"), v("top"), v("x1"), v("bottom"));
  });

  function act(action) {
    const all = marks();
    if (current < 0 || current >= all.length) {
      showMessage("Kies eerst een detectie met j of n.");
      return;
    }
    const form = document.querySelector('form.span-form[data-span="' + all[current].dataset.span + '"]');
    if (!form) return; // document not editable
    const choice = form.elements.choice;
    if (action === "ground") { choice.focus(); return; }
    if (action === "accept") {
      const accept = form.querySelector('button[value="accept"]');
      if (accept) form.requestSubmit(accept);
      else showMessage("Over deze detectie is al besloten; kies in de lijst om het besluit te veranderen.", "ok");
      return;
    }
    if (action === "keep") choice.value = "keep";
    if (action === "redact" && choice.value === "keep") {
      // Redact on the proposal's ground if it proposed one, else on personal privacy (5.1.2e).
      const proposed = form.dataset.proposedGround || "5.1.2e";
      choice.value = "redact:" + proposed;
    }
    form.requestSubmit(form.querySelector('button[value="decide"]'));
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const tag = (event.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "select" || tag === "textarea" || event.target.isContentEditable) return;
    if (!textBox() && !document.getElementById("paginas")) return;
    const key = event.key.toLowerCase();
    if (key === "j" || key === "n") { select(current + 1); event.preventDefault(); }
    else if (key === "k" || key === "p") { select(current - 1); event.preventDefault(); }
    else if (key === "a") { act("accept"); event.preventDefault(); }
    else if (key === "b") { act("keep"); event.preventDefault(); }
    else if (key === "w") { act("redact"); event.preventDefault(); }
    else if (key === "g") { act("ground"); event.preventDefault(); }
  });

  document.addEventListener("DOMContentLoaded", function () {
    const match = /^#s(\d+)$/.exec(window.location.hash);
    if (match) {
      const mark = document.getElementById("s" + match[1]);
      if (mark) mark.focus();
    }
    // In the page view a decision has boxes, no mark: the same span's first box takes the focus.
    const onPage = /^#pb(\d+)$/.exec(window.location.hash) || (match && !document.getElementById("s" + match[1])
      ? match : null);
    if (onPage) {
      const box = document.querySelector('#paginas a.pbox[data-span="' + onPage[1] + '"]');
      if (box) box.focus();
    }
  });
})();
