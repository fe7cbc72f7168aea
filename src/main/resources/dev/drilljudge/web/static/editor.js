// A plain monospace editor, as in the interview's shared document: no autocomplete, no highlighting.
// Line numbers in a gutter, and markers at the lines that compile diagnostics and readability findings name.
"use strict";

function PlainEditor(host) {
  const gutter = document.createElement("div");
  gutter.className = "gutter";
  gutter.setAttribute("aria-hidden", "true");
  const area = document.createElement("textarea");
  area.id = "editor";
  area.className = "code";
  area.spellcheck = false;
  area.setAttribute("autocomplete", "off");
  area.setAttribute("autocorrect", "off");
  area.setAttribute("autocapitalize", "off");
  area.setAttribute("aria-label", "Your code");
  area.wrap = "off";
  host.classList.add("editor");
  host.append(gutter, area);

  let marks = new Map(); // line -> [{kind, text}]

  function renderGutter() {
    const lines = area.value.split("\n").length;
    const rows = [];
    for (let line = 1; line <= lines; line++) {
      const row = document.createElement("div");
      row.className = "line-number";
      row.dataset.line = String(line);
      row.textContent = String(line);
      const here = marks.get(line);
      if (here) {
        row.classList.add(here.some(m => m.kind === "error") ? "mark-error" : "mark-finding");
        row.title = here.map(m => m.text).join("\n");
      }
      rows.push(row);
    }
    gutter.replaceChildren(...rows);
    gutter.scrollTop = area.scrollTop;
  }

  area.addEventListener("input", renderGutter);
  area.addEventListener("scroll", () => { gutter.scrollTop = area.scrollTop; });
  area.addEventListener("keydown", event => {
    if (event.key === "Tab" && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      area.setRangeText("    ", area.selectionStart, area.selectionEnd, "end");
      area.dispatchEvent(new Event("input"));
    }
  });

  return {
    element: area,
    get value() { return area.value; },
    set value(text) { area.value = text; renderGutter(); },
    /** markers: [{line, kind: "error" | "finding", text}] */
    setMarks(markers) {
      marks = new Map();
      for (const marker of markers) {
        if (!marker.line || marker.line < 1) continue;
        if (!marks.has(marker.line)) marks.set(marker.line, []);
        marks.get(marker.line).push(marker);
      }
      renderGutter();
    },
    goToLine(line) {
      const lines = area.value.split("\n");
      let offset = 0;
      for (let i = 0; i < Math.min(line - 1, lines.length); i++) offset += lines[i].length + 1;
      area.focus();
      area.setSelectionRange(offset, offset);
      const lineHeight = parseFloat(getComputedStyle(area).lineHeight) || 18;
      area.scrollTop = Math.max(0, (line - 5) * lineHeight);
    },
  };
}
