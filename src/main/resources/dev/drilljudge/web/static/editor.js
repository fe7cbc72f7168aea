// The code editor. Plain by default, as in the interview's shared document: a monospace textarea with no
// autocomplete and no highlighting. On request it becomes CodeMirror 5 with Java highlighting (served from the
// org.webjars:codemirror jar, loaded on first use, never from the internet). Only the colours differ: both keep the
// same text, the same keys (Tab inserts four spaces, Enter a bare newline; no bracket closing, no completion, no
// auto-indent) and the same markers at the lines that compile diagnostics and readability findings name.
"use strict";

const CODEMIRROR_FILES = {
  css: "/static/codemirror/lib/codemirror.css",
  scripts: ["/static/codemirror/lib/codemirror.js", "/static/codemirror/mode/clike/clike.js"],
};
const FOUR_SPACES = "    ";

/** Both editors' markers: [{line, kind: "error" | "finding", text}] grouped by line, errors first. */
function marksByLine(markers) {
  const byLine = new Map();
  for (const marker of markers) {
    if (!marker.line || marker.line < 1) continue;
    if (!byLine.has(marker.line)) byLine.set(marker.line, []);
    byLine.get(marker.line).push(marker);
  }
  return byLine;
}

function markClass(here) {
  return here.some(m => m.kind === "error") ? "mark-error" : "mark-finding";
}

/** The interview's editor: a textarea beside a gutter of line numbers, a marked line's number coloured. */
function PlainEditor(host, onInput) {
  const box = document.createElement("div");
  box.className = "plain-editor";
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
  box.append(gutter, area);
  host.append(box);

  let marks = new Map();

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
        row.classList.add(markClass(here));
        row.title = here.map(m => m.text).join("\n");
      }
      rows.push(row);
    }
    gutter.replaceChildren(...rows);
    gutter.scrollTop = area.scrollTop;
  }

  area.addEventListener("input", () => { renderGutter(); onInput(); });
  area.addEventListener("scroll", () => { gutter.scrollTop = area.scrollTop; });
  area.addEventListener("keydown", event => {
    if (event.key === "Tab" && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      area.setRangeText(FOUR_SPACES, area.selectionStart, area.selectionEnd, "end");
      area.dispatchEvent(new Event("input"));
    }
  });

  return {
    get value() { return area.value; },
    set value(text) { area.value = text; renderGutter(); },
    setMarks(markers) { marks = marksByLine(markers); renderGutter(); },
    hasFocus() { return document.activeElement === area; },
    focus() { area.focus(); },
    goToLine(line) {
      const lines = area.value.split("\n");
      let offset = 0;
      for (let i = 0; i < Math.min(line - 1, lines.length); i++) offset += lines[i].length + 1;
      area.focus();
      area.setSelectionRange(offset, offset);
      const lineHeight = parseFloat(getComputedStyle(area).lineHeight) || 18;
      area.scrollTop = Math.max(0, (line - 5) * lineHeight);
    },
    destroy() { box.remove(); },
  };
}

/** CodeMirror with Java highlighting; a marked line gets a dot in its own gutter and a tinted background. */
function HighlightingEditor(host, CodeMirror, onInput) {
  const box = document.createElement("div");
  box.className = "highlighting-editor";
  host.append(box);
  const insert = text => cm => cm.replaceSelection(text, "end", "+input");
  const cm = CodeMirror(box, {
    value: "",
    mode: "text/x-java",
    lineNumbers: true,
    gutters: ["marks", "CodeMirror-linenumbers"],
    indentUnit: 4,
    tabSize: 4,
    indentWithTabs: false,
    smartIndent: false,
    electricChars: false,
    spellcheck: false,
    autocorrect: false,
    autocapitalize: false,
    screenReaderLabel: "Your code",
    extraKeys: {"Tab": insert(FOUR_SPACES), "Shift-Tab": insert(FOUR_SPACES), "Enter": insert("\n")},
  });
  cm.on("change", (instance, change) => { if (change.origin !== "setValue") onInput(); });

  let marked = [];   // the line handles marked now, so the next setMarks clears exactly them

  function clearMarks() {
    for (const {handle, cls} of marked) {
      cm.setGutterMarker(handle, "marks", null);
      cm.removeLineClass(handle, "background", cls);
    }
    marked = [];
  }

  function applyMarks(byLine) {
    cm.operation(() => {
      clearMarks();
      for (const [line, here] of byLine) {
        if (line > cm.lineCount()) continue;
        const cls = markClass(here);
        const dot = document.createElement("div");
        dot.className = "gutter-mark " + cls;
        dot.dataset.line = String(line);
        dot.title = here.map(m => m.text).join("\n");
        dot.textContent = "●";
        const handle = cm.setGutterMarker(line - 1, "marks", dot);
        cm.addLineClass(handle, "background", "line-" + cls);
        marked.push({handle, cls: "line-" + cls});
      }
    });
  }

  let lastMarks = new Map();
  return {
    get value() { return cm.getValue(); },
    set value(text) {
      // A fresh document, as a textarea's value is: no undo back into the previous file; marks are re-placed.
      cm.setValue(text);
      cm.clearHistory();
      applyMarks(lastMarks);
    },
    setMarks(markers) { lastMarks = marksByLine(markers); applyMarks(lastMarks); },
    hasFocus() { return cm.hasFocus(); },
    focus() { cm.focus(); },
    goToLine(line) {
      const target = Math.max(0, Math.min(line - 1, cm.lineCount() - 1));
      cm.focus();
      cm.setCursor({line: target, ch: 0});
      cm.scrollIntoView({line: target, ch: 0}, 80);
    },
    refresh() { cm.refresh(); },
    destroy() { box.remove(); },
  };
}

let codeMirrorLoading = null;

/** Loads CodeMirror and its Java mode once, by plain script and link elements from this server. */
function loadCodeMirror() {
  if (!codeMirrorLoading) {
    codeMirrorLoading = (async () => {
      const style = document.createElement("link");
      style.rel = "stylesheet";
      style.href = CODEMIRROR_FILES.css;
      document.head.prepend(style); // before app.css, so the page's rules win
      for (const src of CODEMIRROR_FILES.scripts) {
        await new Promise((resolve, reject) => {
          const script = document.createElement("script");
          script.src = src;
          script.onload = resolve;
          script.onerror = () => reject(new Error("could not load " + src + " from the server"));
          document.head.append(script);
        });
      }
      if (!window.CodeMirror || !window.CodeMirror.mimeModes["text/x-java"]) {
        throw new Error("CodeMirror's Java mode did not load");
      }
      return window.CodeMirror;
    })();
    codeMirrorLoading.catch(() => { codeMirrorLoading = null; });
  }
  return codeMirrorLoading;
}

/**
 * The editor the page uses: plain, or highlighting after setHighlighting(true). The text, the markers and the
 * listeners carry over a switch; a programmatic `value = …` never counts as typing.
 */
function CodeEditor(host) {
  host.classList.add("editor");
  const listeners = [];
  const notify = () => listeners.forEach(listener => listener());
  let markers = [];
  let highlighting = false;
  let wanted = false;
  let active = PlainEditor(host, notify);

  function replace(next) {
    const text = active.value, focused = active.hasFocus();
    active.destroy();
    active = next;
    active.value = text;
    active.setMarks(markers);
    if (active.refresh) active.refresh();
    if (focused) active.focus();
  }

  return {
    get value() { return active.value; },
    set value(text) { active.value = text; },
    get highlighting() { return highlighting; },
    /** Called after every edit the candidate makes (typing, pasting, Tab), never after `value = …`. */
    onInput(listener) { listeners.push(listener); },
    setMarks(list) { markers = list; active.setMarks(markers); },
    goToLine(line) { active.goToLine(line); },
    /** Switches between the plain editor and highlighting; resolves once the editor shown is the one asked for. */
    async setHighlighting(on) {
      wanted = on;
      if (on === highlighting) return;
      if (on) {
        const CodeMirror = await loadCodeMirror();
        if (!wanted || highlighting) return; // switched back, or switched already, while it loaded
        replace(HighlightingEditor(host, CodeMirror, notify));
      } else {
        replace(PlainEditor(host, notify));
      }
      highlighting = on;
      host.classList.toggle("highlighting", on);
    },
  };
}
