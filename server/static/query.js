// The query page: runs SPARQL against /sparql and renders the answer as text (never as HTML):
// IRIs shortened with the query's PREFIX lines and the project's prefixes and linked to their pages,
// CONSTRUCT/DESCRIBE answers as a subject/predicate/object table or as Turtle, canned queries with
// their parameters as required form fields, the query in the URL, Ctrl/Cmd+Enter to run.
const $ = (id) => document.getElementById(id);
const form = $("form");
const textarea = $("query");
const statusEl = $("status");
const results = $("results");
const examples = $("examples");
const help = $("examples-help");
const paramsBox = $("params");
const paramFields = $("param-fields");
const views = $("views");

const XSD = "http://www.w3.org/2001/XMLSchema#";
const RDF_LANG = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";
let project = { prefixes: {}, base: "", pages: "/id/" }; // from /api/prefixes
let canned = []; // from /api/queries
let chosen = null; // the canned query whose parameters are shown
let view = "auto"; // "auto" (table if it fits, else cards), "table", "cards" or "turtle" (graphs only)
let last = null; // the last answer, for switching views

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

function show(message, isError = false) {
  statusEl.textContent = message;
  statusEl.className = isError ? "q-status error" : "q-status";
}

// ------------------------------------------------------------------ prefixes and terms

/** PREFIX lines of the query, in order: {name: namespace}. */
export function queryPrefixes(text) {
  const found = {};
  const re = /^\s*PREFIX\s+([A-Za-z][\w.-]*)?:\s*<([^<>\s]*)>/gim;
  for (const m of text.matchAll(re)) found[m[1] || ""] = m[2];
  return found;
}

/** The table of prefixes a result is shortened with: the query's own first, then the project's. */
function prefixTable(text) {
  const table = new Map();
  for (const [name, ns] of Object.entries(queryPrefixes(text))) if (ns) table.set(ns, name);
  for (const [name, ns] of Object.entries(project.prefixes)) if (!table.has(ns) && ![...table.values()].includes(name)) table.set(ns, name);
  // longest namespace first, so id: (…/id/) beats a shorter one that also matches
  return [...table.entries()].sort((a, b) => b[0].length - a[0].length);
}

const LOCAL = /^[A-Za-z0-9_]([A-Za-z0-9_.\-/]*[A-Za-z0-9_\-])?$/;

function shorten(iri, prefixes) {
  for (const [ns, name] of prefixes) {
    if (iri.startsWith(ns) && iri.length > ns.length) {
      const local = iri.slice(ns.length);
      if (LOCAL.test(local)) return `${name}:${local}`;
    }
  }
  return null;
}

/** Where an IRI is shown: lexgraph IRIs on their /id/ page here, other http(s) IRIs as themselves. */
function hrefFor(iri) {
  if (project.base && iri.startsWith(project.base)) {
    const rest = iri.slice(project.base.length);
    if (/^[a-z0-9][a-z0-9./-]*$/.test(rest)) return { href: project.pages + rest, local: true };
  }
  if (/^https?:\/\/[^\s<>"{}|\\^`]+$/i.test(iri)) return { href: iri, local: false };
  return null;
}

/** Text with break opportunities after / # : . - _ (and before a capital inside a camelCase name),
 * so IRIs and long names wrap at natural points instead of widening their column or breaking anywhere. */
function breakable(text) {
  const parts = String(text).split(/(?<=[/#:.\-_?&=])|(?<=[a-z])(?=[A-Z])/);
  const out = [];
  parts.forEach((part, i) => {
    if (i) out.push(el("wbr"));
    out.push(part);
  });
  return out;
}

function renderTerm(term, prefixes) {
  if (!term) return el("span", { class: "q-term" });
  if (term.type === "uri") {
    const short = shorten(term.value, prefixes);
    const text = short || term.value;
    const target = hrefFor(term.value);
    const link = target
      ? el("a", { href: target.href, title: term.value, class: target.local ? "q-local" : "q-external",
        rel: target.local ? null : "noopener", "data-iri": term.value }, breakable(text))
      : el("code", { title: term.value }, breakable(text));
    return el("span", { class: "q-term" }, link);
  }
  if (term.type === "bnode") return el("span", { class: "q-term q-bnode" }, `_:${term.value}`);
  const parts = [el("span", { class: term.value.length <= 24 ? "q-literal q-short" : "q-literal" }, term.value)];
  const lang = term["xml:lang"] || term.lang;
  if (lang) parts.push(el("span", { class: "q-lang" }, `@${lang}`));
  else if (term.datatype && term.datatype !== `${XSD}string` && term.datatype !== RDF_LANG) {
    parts.push(el("span", { class: "q-dt", title: term.datatype }, breakable(`^^${shorten(term.datatype, prefixes) || term.datatype}`)));
  }
  return el("span", { class: "q-term" }, parts);
}

function table(headers, rows, prefixes) {
  const head = el("tr", {}, el("th", { scope: "col", class: "q-num" }, "#"), headers.map((h) => el("th", { scope: "col" }, breakable(h))));
  const body = rows.map((row, index) => el("tr", {},
    el("td", { class: "q-num", "data-label": "#" }, String(index + 1)),
    headers.map((h, i) => {
      const term = row[i];
      const long = term && term.type === "literal" && term.value.length > 80;
      return el("td", { "data-label": h, class: long ? "q-long" : term ? null : "q-unbound" }, renderTerm(term, prefixes));
    })));
  return el("div", { class: "q-table-wrap" }, el("table", { class: "q-table" }, el("thead", {}, head), el("tbody", {}, body)));
}

// ------------------------------------------------------------------ N-Triples and Turtle

function unescapeString(text) {
  return text.replace(/\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|[tbnrf"'\\])/g, (_, e) => {
    if (e[0] === "u" || e[0] === "U") return String.fromCodePoint(parseInt(e.slice(1), 16));
    return { t: "\t", b: "\b", n: "\n", r: "\r", f: "\f", '"': '"', "'": "'", "\\": "\\" }[e];
  });
}

const NT_TERM = /\s*(?:<([^>]*)>|_:(\S+)|"((?:[^"\\]|\\.)*)"(?:@([A-Za-z0-9-]+)|\^\^<([^>]*)>)?)/y;

/** N-Triples text -> [{s, p, o}] of SPARQL-JSON-like terms. */
export function parseNTriples(text) {
  const triples = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    NT_TERM.lastIndex = 0;
    const terms = [];
    for (let i = 0; i < 3; i++) {
      const m = NT_TERM.exec(line);
      if (!m) break;
      if (m[1] !== undefined) terms.push({ type: "uri", value: unescapeString(m[1]) });
      else if (m[2] !== undefined) terms.push({ type: "bnode", value: m[2] });
      else terms.push({ type: "literal", value: unescapeString(m[3]), "xml:lang": m[4], datatype: m[5] });
    }
    if (terms.length === 3) triples.push({ s: terms[0], p: terms[1], o: terms[2] });
  }
  return triples;
}

function turtleTerm(term, prefixes, used) {
  if (term.type === "uri") {
    const short = shorten(term.value, prefixes);
    if (short) { used.add(short.split(":")[0]); return short; }
    return `<${term.value}>`;
  }
  if (term.type === "bnode") return `_:${term.value}`;
  const quoted = JSON.stringify(term.value);
  if (term["xml:lang"]) return `${quoted}@${term["xml:lang"]}`;
  if (term.datatype && term.datatype !== `${XSD}string`) return `${quoted}^^${turtleTerm({ type: "uri", value: term.datatype }, prefixes, used)}`;
  return quoted;
}

/** Triples as Turtle: prefixes declared, one block per subject, predicates with `;`, objects with `,`. */
export function toTurtle(triples, prefixes) {
  const used = new Set();
  const bySubject = new Map();
  for (const t of triples) {
    const s = turtleTerm(t.s, prefixes, used);
    if (!bySubject.has(s)) bySubject.set(s, new Map());
    const preds = bySubject.get(s);
    const p = t.p.value === "http://www.w3.org/1999/02/22-rdf-syntax-ns#type" ? "a" : turtleTerm(t.p, prefixes, used);
    if (!preds.has(p)) preds.set(p, []);
    preds.get(p).push(turtleTerm(t.o, prefixes, used));
  }
  const head = prefixes.filter(([, name]) => used.has(name)).map(([ns, name]) => `PREFIX ${name}: <${ns}>`).sort();
  const blocks = [...bySubject].map(([s, preds]) =>
    `${s}\n${[...preds].map(([p, objs]) => `    ${p} ${objs.join(",\n        ")}`).join(" ;\n")} .`);
  return [head.join("\n"), ...blocks].filter(Boolean).join("\n\n") + "\n";
}

/** Show the last answer in the chosen view. "auto" is a table when it fits the page and cards
 * (one block of name/value lines per row) when it would not: no answer makes the page scroll sideways. */
function render() {
  if (!last) return;
  const { headers, rows, prefixes, triples } = last;
  views.hidden = false;
  views.querySelector("[data-view=turtle]").hidden = !triples;
  if (view === "turtle" && triples) {
    results.replaceChildren(el("pre", { class: "q-turtle", "data-role": "turtle" }, toTurtle(triples, prefixes)));
    press("turtle");
    return;
  }
  const wrap = table(headers, rows, prefixes);
  results.replaceChildren(wrap);
  let shown = view === "turtle" ? "auto" : view;
  if (shown === "auto") shown = wrap.scrollWidth > wrap.clientWidth + 1 ? "cards" : "table";
  wrap.classList.toggle("q-cards", shown === "cards");
  press(shown);
}

function press(shown) {
  for (const button of views.querySelectorAll("button")) button.setAttribute("aria-pressed", String(button.dataset.view === shown));
}

// ------------------------------------------------------------------ canned queries and parameters

const WHERE = /"""(?:[^"\\]|\\.|"(?!""))*"""|'''(?:[^'\\]|\\.|'(?!''))*'''|"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*'|<[^<>"{}|^`\\\x00-\x20]*>|#[^\n\r]*|(?<![?$\w:])WHERE\s*\{/gi;

/** Offset just inside the outermost WHERE group's brace (strings, IRIs and comments skipped), or -1. */
export function whereGroup(text) {
  for (const m of text.matchAll(WHERE)) if (/^WHERE/i.test(m[0])) return m.index + m[0].length;
  return -1;
}

function paramInput(param, value) {
  const id = `param-${param.name}`;
  const hint = {
    iri: "an IRI or an identifier such as “EO 13773”, “USCTOC”, “eo/14060”",
    date: "a date, YYYY-MM-DD",
    integer: "a whole number",
    string: "text",
  }[param.type] || param.type;
  const input = el("input", {
    id, name: id, required: true, value: value || "", autocomplete: "off",
    "aria-describedby": `${id}-help`, "data-param": param.name, "data-type": param.type,
    placeholder: param.type === "date" ? "YYYY-MM-DD" : param.type === "iri" ? "EO 13773" : "",
    pattern: param.type === "date" ? "\\d{4}-\\d{2}-\\d{2}" : param.type === "integer" ? "-?\\d+" : null,
  });
  input.addEventListener("input", () => input.removeAttribute("aria-invalid"));
  return el("div", { class: "q-param" },
    el("label", { for: id }, `?${param.name}`, el("span", { class: "q-param-help" }, ` (required; ${hint})`)),
    input,
    el("span", { class: "q-param-help", id: `${id}-help` }, param.description || ""));
}

function showParams(query, values = {}) {
  chosen = query;
  const params = query ? query.params : [];
  paramFields.replaceChildren(...params.map((p) => paramInput(p, values[p.name])));
  paramsBox.hidden = params.length === 0;
}

/** The parameters still used by the text in the editor (a canned query edited away drops them). */
function activeParams() {
  if (!chosen) return [];
  return chosen.params.filter((p) => new RegExp(`[?$]${p.name}\\b`).test(textarea.value));
}

function literal(value, type) {
  const quoted = JSON.stringify(value);
  if (type === "date") return `${quoted}^^<${XSD}date>`;
  if (type === "integer") return `${quoted}^^<${XSD}integer>`;
  return quoted;
}

/** Each active parameter's value as an RDF term: identifiers resolved by the server, the rest checked. */
async function boundTerms() {
  const terms = [];
  for (const param of activeParams()) {
    const input = paramFields.querySelector(`[data-param="${param.name}"]`);
    const value = input.value.trim();
    const fail = (message) => {
      input.setAttribute("aria-invalid", "true");
      input.focus();
      throw new Error(`?${param.name}: ${message}`);
    };
    if (!value) fail("required: a canned query run without its parameter would match every row");
    if (param.type === "iri") {
      const response = await fetch(`/api/resolve?${new URLSearchParams({ id: value })}`);
      const body = await response.json();
      if (!response.ok) fail(body.error?.message || `cannot resolve ${value}`);
      terms.push([param.name, `<${body.iri}>`]);
    } else if (param.type === "date") {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) fail(`not a date (YYYY-MM-DD): ${value}`);
      terms.push([param.name, literal(value, "date")]);
    } else if (param.type === "integer") {
      if (!/^-?\d+$/.test(value)) fail(`not a whole number: ${value}`);
      terms.push([param.name, literal(value, "integer")]);
    } else {
      terms.push([param.name, literal(value, "string")]);
    }
  }
  return terms;
}

/** The query with its parameters bound by a VALUES block at the start of its WHERE group. */
export function bind(text, terms) {
  if (!terms.length) return text;
  const values = `\n  VALUES (${terms.map(([n]) => `?${n}`).join(" ")}) { (${terms.map(([, t]) => t).join(" ")}) }\n`;
  const at = whereGroup(text);
  return at < 0 ? `${text.trimEnd()}\nVALUES (${terms.map(([n]) => `?${n}`).join(" ")}) { (${terms.map(([, t]) => t).join(" ")}) }\n`
    : text.slice(0, at) + values + text.slice(at);
}

// ------------------------------------------------------------------ the URL

function stateUrl() {
  const params = new URLSearchParams({ query: textarea.value });
  if (chosen) {
    params.set("name", chosen.name);
    for (const input of paramFields.querySelectorAll("input[data-param]")) {
      if (input.value.trim()) params.set(`param-${input.dataset.param}`, input.value.trim());
    }
  }
  return `/query?${params}`; // never /sparql?query=: that URL answers results, not this page
}

// ------------------------------------------------------------------ running

async function run() {
  results.replaceChildren(); // never leave an earlier answer under a new query
  views.hidden = true;
  last = null;
  history.replaceState(null, "", stateUrl());
  let terms;
  try {
    terms = await boundTerms();
  } catch (error) {
    show(error.message, true);
    return;
  }
  show("running…");
  const prefixes = prefixTable(textarea.value);
  const started = performance.now();
  try {
    const response = await fetch("/sparql", {
      method: "POST",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        Accept: "application/sparql-results+json, application/n-triples;q=0.9",
      },
      body: new URLSearchParams({ query: bind(textarea.value, terms) }),
    });
    const type = response.headers.get("content-type") || "";
    if (!response.ok) {
      const problem = type.includes("json") ? (await response.json()).error?.message : await response.text();
      show(`${response.status}: ${problem}`, true);
      return;
    }
    const ms = Math.round(performance.now() - started);
    if (type.includes("json")) {
      const data = await response.json();
      if ("boolean" in data) {
        results.replaceChildren(el("p", { class: "q-boolean", "data-role": "boolean" }, data.boolean ? "true" : "false"));
        show(`ASK answered in ${ms} ms`);
        return;
      }
      const vars = data.head.vars;
      const rows = data.results.bindings.map((b) => vars.map((v) => b[v]));
      last = { headers: vars, rows, prefixes, triples: null };
      render();
      show(`${rows.length} row${rows.length === 1 ? "" : "s"} in ${ms} ms`);
    } else {
      const triples = parseNTriples(await response.text());
      last = { headers: ["subject", "predicate", "object"], rows: triples.map((t) => [t.s, t.p, t.o]), prefixes, triples };
      render();
      show(`${triples.length} triple${triples.length === 1 ? "" : "s"} in ${ms} ms`);
    }
  } catch (error) {
    show(`request failed: ${error.message}`, true);
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  run();
});

document.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    run();
  }
});

textarea.addEventListener("input", () => {
  help.textContent = ""; // the chosen example's description no longer describes what is typed
  if (chosen) {
    const active = new Set(activeParams().map((p) => p.name));
    for (const box of paramFields.querySelectorAll(".q-param")) box.hidden = !active.has(box.querySelector("input").dataset.param);
    paramsBox.hidden = active.size === 0;
  }
});

views.addEventListener("click", (event) => {
  const button = event.target.closest("button[data-view]");
  if (!button) return;
  view = button.dataset.view;
  render();
});

$("share").addEventListener("click", async () => {
  const url = new URL(stateUrl(), location.href).href;
  history.replaceState(null, "", url);
  try {
    await navigator.clipboard.writeText(url);
    show("link copied");
  } catch {
    show("link in the address bar"); // no clipboard permission: the URL is there to copy
  }
});

async function choose(name, values = {}, keepText = false) {
  const query = canned.find((q) => q.name === name);
  if (!query) {
    showParams(null);
    help.textContent = "";
    return;
  }
  if (!keepText) {
    const detail = await (await fetch(`/api/queries/${encodeURIComponent(query.name)}/sparql`)).json();
    textarea.value = detail.sparql;
  }
  showParams(query, values);
  help.textContent = query.description;
}

async function start() {
  const params = new URLSearchParams(location.search);
  if (params.get("query")) textarea.value = params.get("query");
  try {
    project = await (await fetch("/api/prefixes")).json();
  } catch {
    // results are shown with full IRIs
  }
  try {
    canned = await (await fetch("/api/queries")).json();
    for (const q of canned) examples.append(el("option", { value: q.name }, q.title));
    examples.addEventListener("change", () => choose(examples.value));
    const name = params.get("name");
    if (name && canned.some((q) => q.name === name)) {
      examples.value = name;
      const values = {};
      for (const [key, value] of params) if (key.startsWith("param-")) values[key.slice(6)] = value;
      await choose(name, values, Boolean(params.get("query")));
    }
  } catch {
    help.textContent = "(canned queries unavailable)";
  }
  document.body.dataset.ready = "true";
}
start();
