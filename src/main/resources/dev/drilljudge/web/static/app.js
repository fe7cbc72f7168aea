// The practice page. It uses only the JSON API under /api/ (the documents the CLI prints with --format json),
// and puts every text that comes from code, tests or files into the page as text, never as HTML.
"use strict";

const view = document.getElementById("view");
let cleanup = [];            // timers of the current view, cleared when the route changes
let clockOffsetMs = 0;       // server time - browser time, from /api/status "now"

// ---- small helpers -------------------------------------------------------------------------------------------

/** el("td", {class: "x"}, "text", child): strings become text nodes, so nothing here is parsed as HTML. */
function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

async function api(method, path, body) {
  const options = {method, headers: {"Accept": "application/json"}, credentials: "same-origin"};
  if (body !== undefined) {
    options.headers["Content-Type"] = "application/json";
    options.body = JSON.stringify(body);
  }
  const response = await fetch(path, options);
  const json = await response.json().catch(() => ({error: "the server sent no JSON (HTTP " + response.status + ")"}));
  if (!response.ok) {
    const failure = new Error(json.error || ("HTTP " + response.status));
    failure.status = response.status;
    throw failure;
  }
  return json;
}

function clock(seconds) {
  const sign = seconds < 0 ? "-" : "";
  const s = Math.abs(Math.trunc(seconds));
  const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), r = s % 60;
  const mm = String(m).padStart(h ? 2 : 1, "0"), ss = String(r).padStart(2, "0");
  return sign + (h ? h + ":" : "") + mm + ":" + ss;
}

function every(ms, task) {
  const id = setInterval(task, ms);
  cleanup.push(() => clearInterval(id));
}

function showError(where, error) {
  where.replaceChildren(el("p", {class: "error", role: "alert"}, error.message || String(error)));
}

function serverNow() {
  return Date.now() + clockOffsetMs;
}

async function status() {
  const doc = await api("GET", "/api/status");
  clockOffsetMs = Date.parse(doc.now) - Date.now();
  return doc;
}

// ---- routing -------------------------------------------------------------------------------------------------

function route() {
  cleanup.forEach(stop => stop());
  cleanup = [];
  const hash = location.hash || "#/";
  for (const link of document.querySelectorAll("header nav a")) {
    link.classList.toggle("active", hash === link.getAttribute("href")
        || (link.id === "nav-problems" && hash.startsWith("#/problem")));
  }
  const problem = hash.match(/^#\/problem\/([^/?]+)$/);
  if (problem) return problemPage(decodeURIComponent(problem[1]));
  if (hash.startsWith("#/mock")) return mockPage();
  if (hash.startsWith("#/progress")) return progressPage();
  return listPage();
}

window.addEventListener("hashchange", route);

// ---- the problem list ----------------------------------------------------------------------------------------

const listFilters = {tag: "", difficulty: "", style: "", unsolved: false};

async function listPage() {
  const tag = el("input", {id: "filter-tag", type: "search", placeholder: "tag", value: listFilters.tag});
  const difficulty = el("select", {id: "filter-difficulty"},
      ["", "easy", "medium", "hard"].map(d => el("option", {value: d, selected: d === listFilters.difficulty}, d || "any level")));
  const style = el("select", {id: "filter-style"},
      ["", "meta", "amazon", "pe"].map(s => el("option", {value: s, selected: s === listFilters.style}, s || "any style")));
  const unsolved = el("input", {id: "filter-unsolved", type: "checkbox", checked: listFilters.unsolved});
  const table = el("div", {id: "problem-list"}, el("p", {class: "muted"}, "Loading…"));
  const reload = async () => {
    Object.assign(listFilters, {tag: tag.value.trim(), difficulty: difficulty.value, style: style.value,
      unsolved: unsolved.checked});
    const query = new URLSearchParams();
    if (listFilters.tag) query.set("tag", listFilters.tag);
    if (listFilters.difficulty) query.set("difficulty", listFilters.difficulty);
    if (listFilters.style) query.set("style", listFilters.style);
    if (listFilters.unsolved) query.set("unsolved", "true");
    try {
      const doc = await api("GET", "/api/problems?" + query);
      table.replaceChildren(el("table", {class: "problems"},
          el("thead", {}, el("tr", {}, el("th", {}, ""), el("th", {}, "Problem"), el("th", {}, "Level"),
              el("th", {}, "Tags"), el("th", {}, "Target"))),
          el("tbody", {}, doc.problems.map(p => el("tr", {"data-problem": p.id},
              el("td", {class: "solved", title: p.solved ? "solved" : ""}, p.solved ? "✓" : ""),
              el("td", {}, el("a", {href: "#/problem/" + encodeURIComponent(p.id)}, p.title),
                  el("span", {class: "muted id"}, " " + p.id)),
              el("td", {class: "level " + p.difficulty}, p.difficulty),
              el("td", {class: "tags"}, p.tags.join(", ")),
              el("td", {}, p.targetMinutes + " min"))))),
          el("p", {class: "muted"}, doc.count + (doc.count === 1 ? " problem" : " problems")));
    } catch (error) {
      showError(table, error);
    }
  };
  for (const control of [difficulty, style, unsolved]) control.addEventListener("change", reload);
  tag.addEventListener("input", () => { clearTimeout(tag.pending); tag.pending = setTimeout(reload, 250); });
  view.replaceChildren(el("section", {class: "list-page"},
      el("h1", {}, "Problems"),
      el("div", {class: "filters"}, tag, difficulty, style, el("label", {}, unsolved, " unsolved only")),
      table));
  reload();
}

// ---- the problem page ----------------------------------------------------------------------------------------

async function problemPage(id) {
  const base = "/api/problems/" + encodeURIComponent(id);
  const statement = el("article", {class: "statement", id: "statement"}, el("p", {class: "muted"}, "Loading…"));
  const countdown = el("span", {id: "countdown", class: "countdown muted"}, "not timed");
  const startButton = el("button", {id: "start-drill", type: "button"}, "Start drill");
  const runButton = el("button", {id: "run", type: "button", title: "Ctrl+Enter"}, "Run");
  const submitButton = el("button", {id: "submit", type: "button", class: "primary", title: "Ctrl+Shift+Enter"},
      "Submit");
  const saved = el("span", {id: "saved", class: "muted"}, "");
  const tabs = el("div", {class: "tabs", id: "file-tabs"});
  const editorHost = el("div", {});
  const diskNotice = el("div", {id: "disk-notice", class: "notice", hidden: true});
  const results = el("section", {id: "results", class: "results"});
  const editor = CodeEditor(editorHost);
  const highlightToggle = el("input", {id: "highlighting", type: "checkbox"});
  const highlightLabel = el("label", {class: "toggle"}, highlightToggle, " Highlighting");
  const editorNote = el("span", {id: "editor-note", class: "muted"}, "");

  view.replaceChildren(el("div", {class: "problem-page"},
      el("div", {class: "pane left"}, statement),
      el("div", {class: "pane right"},
          el("div", {class: "toolbar"}, startButton, countdown, el("span", {class: "spacer"}), highlightLabel,
              runButton, submitButton),
          tabs, diskNotice, editorHost, el("div", {class: "status-line"}, saved, editorNote), results)));

  // The files: what submissions/<id>/ holds, or the starter before a drill copied it.
  let files = {};
  let current = "Solution.java";
  let exists = false;
  let knownModified = 0;
  let dirty = false;
  let busy = false;
  let generation = 0;   // bumped by every save, load and judgement: a poll that raced one of them is dropped

  function showTabs() {
    const names = Object.keys(files);
    tabs.replaceChildren(...names.map(name => el("button", {
      type: "button", class: name === current ? "tab active" : "tab",
      onclick: () => { files[current] = editor.value; current = name; editor.value = files[name]; showTabs(); }
    }, name)));
    tabs.hidden = names.length < 2;
  }

  function load(snapshot) {
    generation++;
    files = snapshot.files;
    exists = snapshot.exists;
    knownModified = snapshot.modifiedMs;
    if (!(current in files)) current = Object.keys(files)[0] || "Solution.java";
    if (!(current in files)) files[current] = "";
    editor.value = files[current];
    dirty = false;
    diskNotice.hidden = true;
    saved.textContent = exists ? "saved in " + snapshot.folder : "starter (not saved yet)";
    showTabs();
  }

  function currentFiles() {
    files[current] = editor.value;
    return Object.assign({}, files);
  }

  async function save() {
    if (!dirty) return;
    generation++;
    try {
      const snapshot = await api("PUT", base + "/files", {files: currentFiles()});
      knownModified = snapshot.modifiedMs;
      exists = snapshot.exists;
      dirty = false;
      saved.textContent = "saved in " + snapshot.folder;
    } catch (error) {
      saved.textContent = "not saved: " + error.message;
    }
  }

  editor.onInput(() => {
    dirty = true;
    saved.textContent = "editing…";
    clearTimeout(editor.pendingSave);
    editor.pendingSave = setTimeout(save, 800);
  });

  // A change on disk (another editor, `judge start --force`) shows in the page.
  every(1500, async () => {
    if (busy) return;
    const asked = generation;
    try {
      const snapshot = await api("GET", base + "/files");
      if (asked !== generation || busy) return;
      if (snapshot.modifiedMs === knownModified && snapshot.exists === exists) return;
      const same = JSON.stringify(snapshot.files) === JSON.stringify(currentFiles());
      if (same) { knownModified = snapshot.modifiedMs; exists = snapshot.exists; return; }
      if (!dirty) {
        load(snapshot);
        saved.textContent = "reloaded: the files changed on disk";
      } else {
        diskNotice.replaceChildren("The files changed on disk. ",
            el("button", {type: "button", onclick: () => load(snapshot)}, "Load them"),
            " or keep typing to overwrite them.");
        diskNotice.hidden = false;
        knownModified = snapshot.modifiedMs;
      }
    } catch (ignored) { /* the next poll tries again */ }
  });

  // The drill clock, counted here from the drill's start and target, red past the target.
  let drill = null;
  let inMockRound = null;   // null until /api/status answered: the plain editor until then
  // Only the latest refresh applies: under load, a periodic one that asked before a submit closed the drill can
  // answer after it, and would reopen the drill on the page.
  let drillRefreshes = 0;
  async function refreshDrill() {
    const refresh = ++drillRefreshes;
    try {
      const doc = await status();
      if (refresh !== drillRefreshes) return;
      drill = doc.drills.find(d => d.problem === id && d.open) || null;
      inMockRound = Boolean(doc.round && doc.round.problems.includes(id));
      if (drill) solvedText = null;
    } catch (ignored) {
      if (refresh !== drillRefreshes) return;
      drill = null;
    }
    tick();
    applyEditorMode();
  }

  // Highlighting is the candidate's choice, kept in this browser; a mock round is an interview: plain editor.
  async function applyEditorMode() {
    const interview = inMockRound !== false;
    highlightToggle.disabled = interview;
    highlightToggle.checked = !interview && editorPreference.highlighting;
    highlightLabel.title = interview && inMockRound
        ? "A mock round uses the plain editor, as in the interview: no highlighting, no completion"
        : "Syntax highlighting (only colours; no completion). The plain editor is the interview's.";
    editorNote.textContent = interview && inMockRound ? " · mock round: plain editor, as in the interview" : "";
    try {
      await editor.setHighlighting(highlightToggle.checked);
    } catch (error) {
      highlightToggle.checked = false;
      editorNote.textContent = " · highlighting unavailable: " + error.message;
    }
  }
  highlightToggle.addEventListener("change", () => {
    editorPreference.highlighting = highlightToggle.checked;
    applyEditorMode();
  });
  let solvedText = null;
  function tick() {
    if (!drill && solvedText) {
      countdown.textContent = solvedText;
      countdown.className = "countdown solved";
      startButton.textContent = "Start drill";
      return;
    }
    if (!drill) {
      countdown.textContent = "not timed";
      countdown.className = "countdown muted";
      startButton.textContent = "Start drill";
      return;
    }
    const elapsed = Math.max(0, Math.floor((serverNow() - Date.parse(drill.startedAt)) / 1000));
    const remaining = drill.targetSeconds - elapsed;
    countdown.textContent = remaining >= 0 ? clock(remaining) + " left" : clock(-remaining) + " over";
    countdown.className = remaining >= 0 ? "countdown" : "countdown over";
    countdown.title = "elapsed " + clock(elapsed) + " of " + clock(drill.targetSeconds)
        + (drill.round ? " (mock round)" : "");
    startButton.textContent = "Restart drill";
  }
  every(1000, tick);
  every(15000, refreshDrill);

  async function startDrill() {
    const body = {};
    if (exists || dirty) {
      if (!confirm("Start a new drill? Your code in submissions/" + id + "/ is moved to submissions/.judge/replaced/ "
          + "and the starter is copied in.")) return;
      body.force = true;
    }
    try {
      await api("POST", base + "/start", body);
      load(await api("GET", base + "/files"));
      results.replaceChildren();
      editor.setMarks([]);
      await refreshDrill();
    } catch (error) {
      showError(results, error);
    }
  }

  async function judge(action) {
    if (busy) return;
    busy = true;
    generation++;
    clearTimeout(editor.pendingSave);
    runButton.disabled = submitButton.disabled = true;
    results.replaceChildren(el("p", {class: "muted", id: "judging"},
        action === "run" ? "Running the sample tests…" : "Running the hidden tests…"));
    // Taken before judging: the 15-second refresh may see the drill closed by this very submit before we do.
    const timed = drill;
    try {
      const report = await api("POST", base + "/" + action, {files: currentFiles()});
      dirty = false;
      exists = true;
      diskNotice.hidden = true;
      const snapshot = await api("GET", base + "/files");
      generation++;
      knownModified = snapshot.modifiedMs;
      saved.textContent = "saved in " + snapshot.folder;
      showReport(report);
      if (action === "submit") {
        // An accepted submit closes the drill on the server; the refresh below sees that and the tick then shows
        // this line, whichever periodic refresh answers in between.
        if (timed && report.verdict === "ACCEPTED" && report.scores.meta.elapsedSeconds !== null) {
          solvedText = "solved in " + clock(report.scores.meta.elapsedSeconds) + " of "
              + clock(report.scores.meta.targetSeconds);
        }
        await refreshDrill();
      }
    } catch (error) {
      showError(results, error);
    } finally {
      busy = false;
      runButton.disabled = submitButton.disabled = false;
    }
  }

  function showReport(report) {
    const markers = [];
    for (const d of report.diagnostics) {
      if (d.line > 0 && (!d.file || d.file.endsWith(current))) markers.push({line: d.line, kind: "error", text: d.message});
    }
    const findings = report.readability ? report.readability.findings : [];
    for (const f of findings) {
      if (!f.file || f.file.endsWith(current)) markers.push({line: f.line, kind: "finding", text: f.rule + ": " + f.message});
    }
    editor.setMarks(markers);
    const where = item => item.line > 0 ? el("a", {href: "#", class: "line-link",
      onclick: event => { event.preventDefault(); editor.goToLine(item.line); }}, (item.file || "") + ":" + item.line) : "";
    results.replaceChildren(
        el("div", {class: "verdict-line"},
            el("span", {id: "verdict", class: "verdict " + report.verdict}, report.verdict),
            el("span", {id: "headline"}, report.headline),
            el("span", {class: "muted"}, report.mode === "sample" ? " (sample tests)" : " (hidden tests)"),
            el("span", {class: "muted timing"}, report.timings.totalMs + " ms")),
        report.scores ? scorecards(report) : null,
        report.diagnostics.length ? el("div", {id: "diagnostics"}, el("h3", {}, "Compiler"),
            el("ul", {}, report.diagnostics.map(d => el("li", {}, where(d), " ", d.message)))) : null,
        report.results.length ? el("div", {}, el("h3", {}, "Tests: " + report.tests.passed + "/" + report.tests.total + " passed"),
            el("table", {id: "results-table", class: "tests"},
                el("thead", {}, el("tr", {}, ["#", "Test", "Status", "ms", "Message"].map(h => el("th", {}, h)))),
                el("tbody", {}, report.results.map(t => el("tr", {class: "status-" + t.status},
                    el("td", {}, t.number), el("td", {}, t.displayName || t.name),
                    el("td", {class: "status"}, t.status), el("td", {}, t.timeMs),
                    el("td", {class: "message"}, t.message))))) ) : null,
        report.output ? el("div", {}, el("h3", {}, "Your output"), el("pre", {class: "output"}, report.output)) : null,
        findings.length ? el("div", {id: "findings"}, el("h3", {}, "Readability " + report.readability.score + "/100"),
            el("ul", {}, findings.map(f => el("li", {class: "finding " + f.severity}, where(f), " ",
                el("strong", {}, f.rule), " ", f.message, f.suggestion ? el("div", {class: "muted"}, f.suggestion) : null)))) : null);
  }

  function scorecards(report) {
    const meta = report.scores.meta, amazon = report.scores.amazon;
    const part = (label, value) => el("div", {class: "part"}, el("span", {class: "muted"}, label),
        el("span", {}, value === null ? "not timed" : String(value)));
    return el("div", {id: "scorecards", class: "scorecards"},
        el("div", {class: "card", id: "meta-card"}, el("h3", {}, "Meta ", el("span", {class: "total"}, meta.total)),
            part("correctness", meta.correctness), part("velocity", meta.velocity),
            part("first time right", meta.firstTimeRight), part("complexity", meta.complexity),
            part("elapsed", meta.elapsedSeconds === null ? null : clock(meta.elapsedSeconds) + " of " + clock(meta.targetSeconds)),
            el("p", {class: "debrief"}, report.debrief.meta)),
        el("div", {class: "card", id: "amazon-card"}, el("h3", {}, "Amazon ", el("span", {class: "total"}, amazon.total)),
            part("readability", amazon.readability), part("edge cases", amazon.edgeCases),
            part("correctness", amazon.correctness),
            el("p", {class: "debrief"}, report.debrief.amazon)),
        el("div", {class: "card overall"}, el("h3", {}, "Overall ", el("span", {class: "total"}, report.scores.overall))));
  }

  startButton.addEventListener("click", startDrill);
  runButton.addEventListener("click", () => judge("run"));
  submitButton.addEventListener("click", () => judge("submit"));
  const keys = event => {
    if ((event.ctrlKey || event.metaKey) && event.key === "Enter") {
      event.preventDefault();
      judge(event.shiftKey ? "submit" : "run");
    } else if ((event.ctrlKey || event.metaKey) && (event.key === "s" || event.key === "S")) {
      event.preventDefault();
      dirty = true;
      save();
    }
  };
  document.addEventListener("keydown", keys);
  cleanup.push(() => document.removeEventListener("keydown", keys));
  cleanup.push(() => { clearTimeout(editor.pendingSave); if (dirty) save(); });

  try {
    const problem = await api("GET", base);
    document.title = problem.title + " · Drill Judge";
    const body = el("div", {class: "markdown"});
    body.innerHTML = problem.statementHtml; // CommonMark on the server, raw HTML escaped, links sanitised
    statement.replaceChildren(
        el("h1", {}, problem.title, problem.solved ? el("span", {class: "solved", title: "solved"}, " ✓") : null),
        el("p", {class: "meta"}, el("span", {class: "level " + problem.difficulty}, problem.difficulty), " · ",
            problem.tags.join(", "), " · target " + problem.targetMinutes + " min"),
        body);
    load(await api("GET", base + "/files"));
    await refreshDrill();
  } catch (error) {
    showError(statement, error);
  }
}

// ---- the editor preference ----------------------------------------------------------------------------------

/** Whether the candidate turned highlighting on, kept in localStorage across reloads (plain when unset). */
const editorPreference = {
  key: "drill-judge.editor.highlighting",
  unsaved: null,   // the choice when the browser keeps no localStorage: until the next reload only
  get highlighting() {
    try { return (localStorage.getItem(this.key) || this.unsaved) === "on"; } catch (ignored) { return this.unsaved === "on"; }
  },
  set highlighting(on) {
    this.unsaved = on ? "on" : "off";
    try { localStorage.setItem(this.key, this.unsaved); } catch (ignored) { /* kept in this page only */ }
  },
};

// ---- mock rounds ---------------------------------------------------------------------------------------------

async function mockPage() {
  const body = el("div", {id: "mock"}, el("p", {class: "muted"}, "Loading…"));
  view.replaceChildren(el("section", {class: "list-page"}, el("h1", {}, "Mock round"), body));
  const seed = el("input", {id: "mock-seed", type: "number", placeholder: "seed (optional)"});
  async function start(style) {
    try {
      const request = {style};
      if (seed.value) request.seed = Number(seed.value);
      show(await api("POST", "/api/mock", request));
    } catch (error) {
      if (error.status === 400 && /already holds your work/.test(error.message)
          && confirm(error.message + "\n\nStart anyway (your old code is kept)?")) {
        const request = {style, force: true};
        if (seed.value) request.seed = Number(seed.value);
        show(await api("POST", "/api/mock", request));
      } else {
        showError(body, error);
      }
    }
  }
  function show(doc) {
    const round = doc.round;
    const parts = [];
    if (doc.roundJustClosed || doc.lastRound) {
      const summary = doc.roundJustClosed || doc.lastRound;
      parts.push(el("div", {class: "card"}, el("h3", {}, "Last round"), el("pre", {class: "summary"}, summary.text.join("\n"))));
    }
    if (round) {
      const left = el("span", {id: "round-clock", class: "countdown"});
      const tickRound = () => {
        const elapsed = Math.floor((serverNow() - Date.parse(round.startedAt)) / 1000);
        const remaining = round.durationSeconds - elapsed;
        left.textContent = remaining > 0 ? clock(remaining) + " left in the round" : "time is up";
        left.className = remaining > 0 ? "countdown" : "countdown over";
      };
      tickRound();
      every(1000, tickRound);
      parts.unshift(el("div", {class: "card"},
          el("h3", {}, "Open round: " + round.style + " (seed " + round.seed + ")"), left,
          round.compileErrorCounts ? el("p", {class: "muted"}, "Write as in a plain shared document: a COMPILE_ERROR counts as a rejected attempt.") : null,
          el("ol", {}, doc.drills.filter(d => d.round === round.id).map(d => el("li", {},
              el("a", {href: "#/problem/" + encodeURIComponent(d.problem)}, d.problem),
              " — due at " + clock(d.targetSeconds) + ", " + d.attempts + " attempt(s)",
              d.open ? "" : " — " + (d.outcome || "").toLowerCase())))));
    } else {
      parts.unshift(el("div", {class: "card"},
          el("p", {}, "45 minutes on one clock. Meta: two problems, no compiler help counted. Amazon: one problem, "
              + "edge cases and error handling weigh more."),
          el("div", {class: "filters"}, seed,
              el("button", {type: "button", id: "mock-meta", onclick: () => start("meta")}, "Start a Meta round"),
              el("button", {type: "button", id: "mock-amazon", onclick: () => start("amazon")}, "Start an Amazon round"))));
    }
    body.replaceChildren(...parts);
  }
  try { show(await status()); } catch (error) { showError(body, error); }
}

// ---- progress ------------------------------------------------------------------------------------------------

function progressPage() {
  view.replaceChildren(el("section", {class: "progress-page"},
      el("iframe", {id: "progress-frame", src: "/api/report.html", title: "Progress report (judge report --html)"})));
}

route();
