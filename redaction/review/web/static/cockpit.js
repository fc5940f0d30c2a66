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
    if (form.dataset.span) history.replaceState(null, "", "#s" + form.dataset.span);
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
  const marks = () => Array.from(document.querySelectorAll("#doc-text mark.det"));

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
    document.querySelectorAll("tr.current").forEach((r) => r.classList.remove("current"));
    const row = document.getElementById("r" + mark.dataset.span);
    if (row) row.classList.add("current");
  }

  document.addEventListener("focusin", function (event) {
    const mark = event.target.closest && event.target.closest("#doc-text mark.det");
    if (mark) markFocused(mark);
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
    if (!textBox()) return;
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
  });
})();
