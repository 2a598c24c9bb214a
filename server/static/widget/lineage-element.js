// <lexgraph-lineage>: the lineage of an instrument or body on a time axis.
// Attributes in (node, endpoint, on, view); bubbling CustomEvents out (lexgraph-navigate,
// lexgraph-load, lexgraph-error). This module defines the class only; lexgraph-lineage.js
// registers it. Every string from the API is inserted as text, never parsed as HTML.

import {
  GEOMETRY, KINDS, STATUS, VIEW_LABELS, VIEWS, edgeCategory, edgeLabel, edgeSentence, edgeTypeTable,
  formatDate, isChain, isIsoDate, kindOf, layout, nodeName, pinpoint, pinpointCitation, shortId, statusOf,
  statusText, todayIso, wrap,
} from "./lineage-model.js";

const SVG_NS = "http://www.w3.org/2000/svg";
const DEFAULT_ENDPOINT = new URL("..", import.meta.url).href.replace(/\/$/, "");
let instances = 0;
const edgeTypeTables = new Map(); // endpoint -> Promise<Map>: the table is fetched once per endpoint

/** The server's edge-type table (GET /api/edge-types); an empty table if it cannot be read. */
function edgeTypesOf(endpoint, signal) {
  if (!edgeTypeTables.has(endpoint)) {
    const loaded = fetch(`${endpoint}/api/edge-types`, { signal, headers: { Accept: "application/json" } })
      .then((r) => (r.ok ? r.json() : null))
      .then(edgeTypeTable)
      .catch((error) => {
        edgeTypeTables.delete(endpoint);
        if (error?.name === "AbortError") throw error;
        return new Map();
      });
    edgeTypeTables.set(endpoint, loaded);
  }
  return edgeTypeTables.get(endpoint);
}

/** An HTML element; string children become text nodes. */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null && v !== false) el.setAttribute(k, v);
  el.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return el;
}

/** An SVG element; string children become text nodes. */
function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null && v !== false) el.setAttribute(k, v);
  el.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== false));
  return el;
}

const STYLE = `
:host { display: block; max-width: 100%; min-width: 0; }
:host([hidden]) { display: none; }
.root { all: initial; display: block; box-sizing: border-box; max-width: 100%; min-width: 0;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2430;
  background: #fff; border: 1px solid #cfd4dc; border-radius: 8px; padding: 12px; overflow: hidden; }
.root *, .root *::before, .root *::after { box-sizing: border-box; }
header { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: flex-end; justify-content: space-between; }
h2 { font-size: 1.15em; margin: 0; line-height: 1.3; overflow-wrap: anywhere; }
.subtitle { margin: 2px 0 0; color: #4a5060; font-size: .9em; overflow-wrap: anywhere; }
.controls { display: flex; flex-wrap: wrap; gap: 8px 14px; align-items: center; }
fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 2px; }
legend.sr, .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.views label { display: inline-block; padding: 3px 9px; border: 1px solid #9aa1ad; border-radius: 14px;
  cursor: pointer; font-size: .85em; }
.views input { position: absolute; opacity: 0; width: 1px; height: 1px; }
.views input:checked + span { font-weight: 600; }
.views label:has(input:checked) { background: #1b4f91; border-color: #1b4f91; color: #fff; }
.views label:has(input:focus-visible) { outline: 3px solid #e8a317; outline-offset: 2px; }
.date { font-size: .85em; display: inline-flex; gap: 6px; align-items: center; }
input[type=date] { font: inherit; padding: 2px 4px; border: 1px solid #9aa1ad; border-radius: 4px; }
input[type=date]:focus-visible, button:focus-visible, a:focus-visible { outline: 3px solid #e8a317; outline-offset: 2px; }
button { font: inherit; font-size: .9em; padding: 3px 10px; border: 1px solid #1b4f91; color: #1b4f91;
  background: #fff; border-radius: 4px; cursor: pointer; }
a { color: #1b4f91; }
.message { margin: 12px 0; padding: 10px 12px; border-radius: 6px; background: #f2f3f5; }
.message.error { background: #fde3e1; color: #6e1510; border: 1px solid #e4a29d; }
.message ul { margin: 6px 0 0; padding-left: 18px; }
.message li { margin: 3px 0; }
.scroller { overflow-x: auto; overflow-y: hidden; max-width: 100%; margin-top: 10px; border-radius: 6px;
  background: #fbfbfc; -webkit-overflow-scrolling: touch; }
.scroller:focus-visible { outline: 3px solid #e8a317; }
svg.graph { display: block; font-family: inherit; }
.axis line { stroke: #c5cad3; }
.axis text { fill: #4a5060; font-size: 12px; }
.node { cursor: pointer; }
.node:focus { outline: none; }
.node .focus-ring { fill: none; stroke: #e8a317; stroke-width: 3; visibility: hidden; }
.node:focus-visible .focus-ring, .node:hover .focus-ring { visibility: visible; }
.node:hover .focus-ring { stroke: #9aa1ad; }
.node:focus-visible .focus-ring { stroke: #e8a317; }
.node .shape { stroke-width: 1.6; }
.node.centre .shape { stroke-width: 3.2; }
.node .badge { font-size: 10px; letter-spacing: .06em; font-weight: 600; }
.node .name { font-size: 13px; fill: #1f2430; }
.node.centre .name { font-weight: 700; }
.node .date-label { font-size: 10px; fill: #4a5060; }
.node .status { font-size: 11px; font-weight: 600; }
.edge-line { fill: none; stroke-width: 1.8; }
.edge-line.creates { stroke: #5b6270; }
.edge-line.revokes { stroke: #a8201a; stroke-width: 2.4; }
.edge-line.revokes-in-part { stroke: #a8201a; stroke-dasharray: 7 4; stroke-width: 2.2; }
.edge-line.replaces { stroke: #5e3596; stroke-width: 2.2; }
.edge-line.amends { stroke: #0f6b6b; }
.edge-line.suspends { stroke: #8a4b00; stroke-dasharray: 3 3; }
.edge-line.related { stroke: #5b6270; stroke-dasharray: 2 4; }
.edge-line.active { stroke-width: 4; }
.edge { cursor: help; }
.edge:focus { outline: none; }
.edge .hit { fill: none; stroke: transparent; stroke-width: 14; pointer-events: stroke; }
.edge .label-bg { fill: #fff; stroke: #c5cad3; }
.edge .label { font-size: 11.5px; fill: #1f2430; }
.edge:hover .label-bg, .edge.active .label-bg { stroke: #1b4f91; stroke-width: 1.5; }
.edge:focus-visible .label-bg { stroke: #e8a317; stroke-width: 3; }
.evidence { margin-top: 10px; padding: 8px 12px; border-left: 4px solid #1b4f91; background: #f4f7fb;
  min-height: 2.6em; overflow-wrap: anywhere; }
.evidence p { margin: 0 0 4px; }
.evidence blockquote { margin: 4px 0; font-style: italic; }
.evidence .muted, .muted { color: #4a5060; }
.key { display: flex; flex-wrap: wrap; gap: 4px 14px; margin: 10px 0 0; padding: 0; list-style: none; font-size: .82em; }
.key li { display: inline-flex; align-items: center; gap: 5px; }
.details { margin-top: 12px; overflow-x: auto; }
.details h3 { font-size: 1em; margin: 10px 0 4px; }
.details ol, .details ul { margin: 0; padding-left: 20px; }
.details li { margin: 3px 0; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; min-width: 30em; font-size: .88em; }
th, td { text-align: left; vertical-align: top; padding: 4px 6px; border-bottom: 1px solid #e3e6eb; overflow-wrap: break-word; }
code { font: .92em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; overflow-wrap: anywhere; }
.cite { font-style: normal; }
`;

export class LexgraphLineageElement extends HTMLElement {
  static observedAttributes = ["node", "endpoint", "on", "view"];

  #uid = ++instances;
  #root;
  #els = {};
  #state = { phase: "idle" };
  #pending = false;
  #needsFetch = true;
  #abort = null;
  #seq = 0;
  #activeEdge = null;
  #refocus = false;
  #onClick = (e) => this.#handleClick(e);
  #onKey = (e) => this.#handleKey(e);
  #onOver = (e) => this.#handleOver(e);

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: "open" });
  }

  // ------------------------------------------------------------ attributes as properties

  get node() { return this.getAttribute("node") || ""; }
  set node(v) { this.setAttribute("node", v); }
  get endpoint() { return (this.getAttribute("endpoint") || DEFAULT_ENDPOINT).replace(/\/+$/, ""); }
  set endpoint(v) { this.setAttribute("endpoint", v); }
  get on() { const v = this.getAttribute("on"); return isIsoDate(v) ? v : todayIso(); }
  set on(v) { this.setAttribute("on", v); }
  get view() { const v = this.getAttribute("view"); return VIEWS.includes(v) ? v : "litigator"; }
  set view(v) { this.setAttribute("view", v); }

  // ------------------------------------------------------------ lifecycle

  connectedCallback() {
    if (!this.#els.body) this.#buildShell();
    this.#root.addEventListener("click", this.#onClick);
    this.#root.addEventListener("keydown", this.#onKey);
    this.#root.addEventListener("pointerover", this.#onOver);
    this.#root.addEventListener("focusin", this.#onOver);
    this.#needsFetch = this.#needsFetch || this.#state.phase !== "ready";
    this.#schedule();
  }

  disconnectedCallback() {
    this.#abort?.abort();
    this.#abort = null;
    this.#seq += 1; // a response still on its way is ignored
    this.#root.removeEventListener("click", this.#onClick);
    this.#root.removeEventListener("keydown", this.#onKey);
    this.#root.removeEventListener("pointerover", this.#onOver);
    this.#root.removeEventListener("focusin", this.#onOver);
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue) return;
    if (name !== "view") this.#needsFetch = true;
    this.#schedule();
  }

  /** Several attribute changes in one task lead to one update (and at most one request). */
  #schedule() {
    if (this.#pending) return;
    this.#pending = true;
    queueMicrotask(() => {
      this.#pending = false;
      if (!this.isConnected) return;
      if (this.#needsFetch) {
        this.#needsFetch = false;
        this.#load();
      } else {
        this.#render();
      }
    });
  }

  // ------------------------------------------------------------ data

  async #load() {
    const id = this.node.trim();
    this.#abort?.abort();
    const token = ++this.#seq;
    if (!id) {
      this.#state = { phase: "error", message: "No node given: set the node attribute, e.g. node=\"EO 14060\"." };
      this.#render();
      return;
    }
    const controller = new AbortController();
    this.#abort = controller;
    this.#state = { phase: "loading", id };
    this.#render();
    const url = `${this.endpoint}/api/lineage?${new URLSearchParams({ id, on: this.on, sparql: "true" })}`;
    let state;
    try {
      const typesLoaded = edgeTypesOf(this.endpoint, controller.signal);
      const response = await fetch(url, { signal: controller.signal, headers: { Accept: "application/json" } });
      this.#types = await typesLoaded;
      let body = null;
      try {
        body = await response.json();
      } catch {
        body = null;
      }
      const problem = body?.error; // the server's one error shape: {error: {code, message, detail}}
      if (response.status === 404) {
        const candidates = problem?.detail?.candidates;
        state = { phase: "notfound", id, message: problem?.message, candidates: Array.isArray(candidates) ? candidates : [] };
      } else if (!response.ok || !body || !Array.isArray(body.nodes)) {
        state = { phase: "error", id, message: `The server answered ${response.status}${problem?.message ? `: ${problem.message}` : "."}` };
      } else {
        state = { phase: "ready", id, data: body };
      }
    } catch (error) {
      if (error?.name === "AbortError") return;
      state = { phase: "error", id, network: true,
        message: `Could not reach the lexgraph server at ${this.endpoint}. It may be down or unreachable.` };
    }
    if (token !== this.#seq) return; // superseded by a newer request
    this.#abort = null;
    this.#state = state;
    this.#activeEdge = null;
    this.#render();
    if (state.phase === "ready") {
      this.#emit("lexgraph-load", { node: state.data.node?.id, nodes: state.data.nodes.length, edges: state.data.edges.length, on: this.on });
    } else {
      this.#emit("lexgraph-error", { node: id, message: state.message || "", candidates: state.candidates || [] });
    }
  }

  #emit(type, detail, cancelable = false) {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
  }

  // ------------------------------------------------------------ shell (built once)

  #buildShell() {
    const name = `view-${this.#uid}`;
    const views = h("fieldset", { class: "views" }, h("legend", { class: "sr" }, "Reader view"),
      VIEWS.map((v) => h("label", {}, h("input", { type: "radio", name, value: v, "data-view": v }), h("span", {}, VIEW_LABELS[v]))));
    const date = h("input", { type: "date", "aria-label": "Status on date", "data-role": "date" });
    views.addEventListener("change", (e) => {
      if (e.target.matches("input[data-view]")) this.view = e.target.value;
    });
    date.addEventListener("change", () => {
      if (isIsoDate(date.value)) this.on = date.value;
    });
    const heading = h("h2", { id: `lx-h-${this.#uid}` });
    const subtitle = h("p", { class: "subtitle" });
    const body = h("div", { class: "body", "aria-live": "polite" });
    const root = h("section", { class: "root", part: "root", "aria-labelledby": `lx-h-${this.#uid}` },
      h("header", {}, h("div", {}, heading, subtitle),
        h("div", { class: "controls" }, views, h("label", { class: "date" }, h("span", {}, "Status on"), date))),
      body);
    this.#root.replaceChildren(h("style", {}, STYLE), root);
    this.#els = { heading, subtitle, body, date, views, root };
  }

  // ------------------------------------------------------------ render

  #render() {
    const { heading, subtitle, body, date, views } = this.#els;
    if (!body) return;
    const view = this.view;
    for (const input of views.querySelectorAll("input")) input.checked = input.value === view;
    if (date.value !== this.on) date.value = this.on;
    const st = this.#state;
    this.#els.root.setAttribute("aria-busy", String(st.phase === "loading"));
    this.#els.root.dataset.state = st.phase;
    if (st.phase === "ready") {
      const data = st.data;
      const centre = data.nodes.find((n) => n.id === data.node?.id) || data.node || {};
      heading.textContent = `Lineage of ${nodeName(centre, view)}`;
      subtitle.textContent = [data.node?.title, formatDate(data.node?.date, view)].filter(Boolean).join(" · ");
      body.replaceChildren(...this.#renderLineage(data, view));
      this.#afterRender(data);
      return;
    }
    heading.textContent = `Lineage of ${st.id || this.node || "…"}`;
    subtitle.textContent = "";
    if (st.phase === "loading" || st.phase === "idle") {
      body.replaceChildren(h("p", { class: "message loading", role: "status" }, `Loading the lineage of ${st.id || this.node}…`));
    } else if (st.phase === "notfound") {
      const list = st.candidates.length
        ? [h("p", {}, "Did you mean:"), h("ul", {}, st.candidates.map((c) =>
          h("li", {}, h("button", { type: "button", "data-candidate": c }, c))))]
        : [h("p", {}, "No similar names were found.")];
      body.replaceChildren(h("div", { class: "message error", role: "alert", "data-error": "notfound" },
        h("p", {}, h("strong", {}, `No node matches “${st.id}”.`)), ...list));
    } else {
      body.replaceChildren(h("div", { class: "message error", role: "alert", "data-error": st.network ? "network" : "server" },
        h("p", {}, st.message || "Something went wrong."),
        h("button", { type: "button", "data-retry": "" }, "Try again")));
    }
  }

  #afterRender(data) {
    const scroller = this.#els.body.querySelector(".scroller");
    const box = this.#layout?.boxes.get(data.node?.id);
    if (scroller && box) scroller.scrollLeft = Math.max(0, box.x + box.w / 2 - scroller.clientWidth / 2);
    if (this.#activeEdge !== null) this.#showEvidence(this.#activeEdge);
    if (this.#refocus) {
      this.#refocus = false;
      this.#els.body.querySelector(".node.centre")?.focus();
    }
  }

  #layout = null;

  #renderLineage(data, view) {
    const nodesById = new Map(data.nodes.map((n) => [n.id, n]));
    const lay = layout(data.nodes, data.edges);
    this.#layout = lay;
    const on = data.on || this.on;
    const svg = s("svg", {
      class: "graph", width: lay.width, height: lay.height, viewBox: `0 0 ${lay.width} ${lay.height}`,
      role: "group", "aria-label": `Lineage graph: ${data.nodes.length} nodes, ${data.edges.length} links, status on ${formatDate(on, view)}. Tab to a node, move between nodes with the arrow keys, press Enter to centre on one; focus a link to read its evidence.`,
    });
    svg.append(this.#markers());
    // time axis
    const axis = s("g", { class: "axis", "aria-hidden": "true" });
    axis.append(s("line", { x1: GEOMETRY.padX, x2: lay.width - GEOMETRY.padX, y1: GEOMETRY.axisH - 8, y2: GEOMETRY.axisH - 8 }));
    for (const col of lay.columns) {
      axis.append(s("line", { x1: col.x, x2: col.x, y1: GEOMETRY.axisH - 13, y2: GEOMETRY.axisH - 3 }),
        s("text", { x: col.x, y: GEOMETRY.axisH - 18, "text-anchor": "middle" }, col.date ? formatDate(col.date, view) : "undated"));
    }
    svg.append(axis);
    // visible edge lines under the nodes
    const lines = s("g", { class: "edge-lines", "aria-hidden": "true" });
    lay.edges.forEach(({ edge, d }, i) => {
      const cat = edgeCategory(edge.type, this.#types);
      lines.append(s("path", { class: `edge-line ${cat}`, d, "data-line": i, "marker-end": `url(#lx-arrow-${cat}-${this.#uid})` }));
    });
    svg.append(lines);
    // nodes
    const nodeLayer = s("g", { class: "nodes" });
    for (const node of data.nodes) nodeLayer.append(this.#nodeGroup(node, lay.boxes.get(node.id), node.id === data.node?.id, view, on));
    svg.append(nodeLayer);
    // edge labels and hit areas on top (focusable)
    const edgeLayer = s("g", { class: "edges" });
    lay.edges.forEach(({ edge, d, mid }, i) => edgeLayer.append(this.#edgeGroup(edge, d, mid, i, nodesById, view)));
    svg.append(edgeLayer);

    const scroller = h("div", { class: "scroller", "data-role": "scroller" }, svg);
    const evidence = h("div", { class: "evidence", "data-role": "evidence", role: "status", "aria-live": "polite" },
      h("p", { class: "muted" }, "Hover over or focus a link to see its evidence: the pinpoint and the quoted sentence."));
    this.#els.evidence = evidence;
    this.#edges = lay.edges.map((r) => r.edge);
    this.#nodesById = nodesById;
    return [scroller, this.#key(data.nodes, view), evidence, this.#details(data, nodesById, view, on)];
  }

  #edges = [];
  #nodesById = new Map();
  #types = new Map();

  #markers() {
    const defs = s("defs");
    const colours = { creates: "#5b6270", revokes: "#a8201a", "revokes-in-part": "#a8201a", replaces: "#5e3596", amends: "#0f6b6b",
      suspends: "#8a4b00", related: "#5b6270" };
    for (const [cat, colour] of Object.entries(colours)) {
      defs.append(s("marker", { id: `lx-arrow-${cat}-${this.#uid}`, viewBox: "0 0 10 10", refX: 9, refY: 5,
        markerWidth: 9, markerHeight: 9, markerUnits: "userSpaceOnUse", orient: "auto-start-reverse" }, s("path", { d: "M0,0 L10,5 L0,10 z", fill: colour })));
    }
    return defs;
  }

  #shape(kind, box, st) {
    const { x, y, w, h: ht } = box;
    const common = { class: "shape", fill: st.fill, stroke: st.stroke, "stroke-dasharray": st.dash ? "5 3" : null };
    if (kind === "body") return [s("rect", { ...common, x, y, width: w, height: ht, rx: 22 })];
    if (kind === "strategy") {
      const c = 14;
      return [s("path", { ...common, d: `M${x},${y} H${x + w - c} L${x + w},${y + c} V${y + ht} H${x} Z` }),
        s("path", { d: `M${x + w - c},${y} V${y + c} H${x + w}`, fill: "none", stroke: st.stroke, "stroke-width": 1.2 })];
    }
    if (kind === "statute") {
      return [s("rect", { ...common, x, y, width: w, height: ht, rx: 2 }),
        s("rect", { x: x + 4, y: y + 4, width: w - 8, height: ht - 8, fill: "none", stroke: st.stroke, "stroke-width": 1 })];
    }
    return [s("rect", { ...common, x, y, width: w, height: ht, rx: 3 })];
  }

  #nodeGroup(node, box, isCentre, view, on) {
    const kind = kindOf(node.type);
    const statusKey = statusOf(node);
    const st = STATUS[statusKey];
    const name = nodeName(node, view);
    const badge = view === "researcher" ? node.type || KINDS[kind].badge : KINDS[kind].badge;
    const label = `${name}, ${KINDS[kind].label.toLowerCase()}, ${formatDate(node.date, view)}, ${statusText(node, view)} on ${formatDate(on, view)}.`
      + (isCentre ? " Centre of this lineage." : " Press Enter to centre the lineage on it.");
    const g = s("g", { class: `node kind-${kind} status-${statusKey}${isCentre ? " centre" : ""}`, tabindex: 0,
      role: "button", "aria-label": label, "aria-current": isCentre ? "true" : null,
      "data-node": node.id, "data-status": statusKey, "data-kind": kind });
    g.append(s("title", {}, [node.label, node.citation && node.citation !== node.label ? node.citation : null, node.id].filter(Boolean).join("\n")));
    g.append(s("rect", { class: "focus-ring", x: box.x - 5, y: box.y - 5, width: box.w + 10, height: box.h + 10, rx: 8 }));
    g.append(...this.#shape(kind, box, st));
    g.append(s("text", { class: "badge", x: box.x + 12, y: box.y + 17, fill: st.stroke }, badge));
    g.append(s("text", { class: "date-label", x: box.x + box.w - (kind === "strategy" ? 20 : 10), y: box.y + 17, "text-anchor": "end" },
      (node.date || "").slice(0, 4))); // the full date is on the axis
    const lines = wrap(name, isCentre ? 19 : 21, 2); // bold centre label is wider
    const text = s("text", { class: "name", x: box.x + 12, y: box.y + (lines.length === 1 ? 43 : 36) });
    lines.forEach((line, i) => text.append(s("tspan", { x: box.x + 12, dy: i ? 16 : 0 }, line)));
    g.append(text);
    g.append(s("text", { class: "status", x: box.x + 12, y: box.y + box.h - 10, fill: st.stroke, "data-role": "status" }, statusText(node, view)));
    return g;
  }

  #edgeGroup(edge, d, mid, i, nodesById, view) {
    const text = edgeLabel(edge, view, this.#types);
    const width = Math.max(40, text.length * 6.3 + 14);
    const sentence = edgeSentence(edge, nodesById, view, this.#types);
    const where = pinpoint(edge, nodesById, view);
    const g = s("g", { class: "edge", tabindex: 0, role: "button", "data-edge": i, "data-type": edge.type,
      "aria-label": `${sentence}. ${view === "general" ? "Made by" : "By"} ${where}, ${formatDate(edge.date, view)}. Press Enter to show the quoted evidence.` });
    g.append(s("title", {}, edge.quote ? `${where}: “${edge.quote}”` : where));
    g.append(s("path", { class: "hit", d }));
    g.append(s("rect", { class: "label-bg", x: mid.x - width / 2, y: mid.y - 10, width, height: 20, rx: 10 }));
    g.append(s("text", { class: "label", x: mid.x, y: mid.y + 4, "text-anchor": "middle" }, text));
    return g;
  }

  #key(nodes, view) {
    const statuses = [...new Set(nodes.map(statusOf))];
    const kinds = [...new Set(nodes.map((n) => kindOf(n.type)))];
    const items = [];
    for (const key of statuses) {
      const st = STATUS[key];
      items.push(h("li", { "data-status": key }, this.#swatch("order", st), view === "general" ? st.plain : st.label));
    }
    for (const kind of kinds) {
      items.push(h("li", { "data-kind": kind }, this.#swatch(kind, STATUS.unknown), KINDS[kind].label));
    }
    return h("ul", { class: "key", "aria-label": "Legend" }, items);
  }

  #swatch(kind, st) {
    const svg = s("svg", { width: 26, height: 16, viewBox: "-1 -1 30 20", "aria-hidden": "true" });
    svg.append(...this.#shape(kind, { x: 0, y: 0, w: 28, h: 18 }, st).map((el) => {
      if (kind === "body") el.setAttribute("rx", 8);
      return el;
    }));
    return svg;
  }

  #details(data, nodesById, view, on) {
    const wrapEl = h("div", { class: "details", "data-role": "details", "data-view": view });
    const chain = data.edges.filter((e) => isChain(e.type, this.#types));
    if (view === "litigator") {
      if (chain.length) {
        wrapEl.append(h("h3", {}, "Revocation chain"), h("ol", { "data-role": "chain" }, chain.map((e) =>
          h("li", {}, `${edgeSentence(e, nodesById, view, this.#types)} — ${pinpoint(e, nodesById, view)} (${formatDate(e.date, view)})`,
            pinpointCitation(e, nodesById) ? [h("br"), h("cite", { class: "cite muted" }, pinpointCitation(e, nodesById))] : null))));
      }
      wrapEl.append(h("h3", {}, `Status on ${formatDate(on, view)}`), h("table", { "data-role": "nodes" },
        h("thead", {}, h("tr", {}, h("th", {}, "Instrument or body"), h("th", {}, "Status"), h("th", {}, "Citation"))),
        h("tbody", {}, data.nodes.map((n) => h("tr", { "data-node": n.id },
          h("td", {}, n.label || shortId(n.id)), h("td", {}, statusText(n, view)), h("td", {}, h("cite", { class: "cite" }, n.citation || "")))))));
    } else if (view === "researcher") {
      const link = this.#sparqlLink(data);
      wrapEl.append(h("h3", {}, "Nodes"), h("table", { "data-role": "nodes" },
        h("thead", {}, h("tr", {}, h("th", {}, "Label"), h("th", {}, "Type"), h("th", {}, "IRI"))),
        h("tbody", {}, data.nodes.map((n) => h("tr", { "data-node": n.id },
          h("td", {}, n.label || ""), h("td", {}, h("code", {}, n.type || "")), h("td", {}, h("code", { "data-role": "iri" }, n.id)))))));
      wrapEl.append(h("h3", {}, "Edges"), h("ul", { "data-role": "edges" }, data.edges.map((e) =>
        h("li", {}, h("code", {}, shortId(e.source)), " ", h("code", {}, e.type), " ", h("code", {}, shortId(e.target_part || e.target)),
          e.evidence ? [" — evidence ", h("code", {}, e.evidence)] : null))));
      if (link) wrapEl.append(h("p", {}, link));
    } else {
      wrapEl.append(h("h3", {}, "In plain words"), h("ul", { "data-role": "plain" }, data.edges.map((e) =>
        h("li", {}, `${edgeSentence(e, nodesById, view, this.#types)} on ${formatDate(e.date, view)}.`))));
      wrapEl.append(h("h3", {}, `Where things stood on ${formatDate(on, view)}`), h("ul", { "data-role": "nodes" },
        data.nodes.map((n) => h("li", { "data-node": n.id }, `${nodeName(n, view)}: ${statusText(n, view)}.`,
          typeof n.commentary === "string" && n.commentary ? [h("br"), h("span", { class: "muted" }, n.commentary)] : null))));
    }
    return wrapEl;
  }

  #sparqlLink(data) {
    if (typeof data.sparql !== "string" || !data.sparql || !/^https?:\/\//i.test(this.endpoint)) return null;
    // Only an http(s) IRI goes between < > in the query: never text that could close it.
    if (!/^https?:\/\/[^\s<>"{}|\\^`]+$/i.test(String(data.node?.id || ""))) return null;
    // The API sends the query already bound to this node (VALUES opening every WHERE group).
    const query = `${data.sparql.trimEnd()}\n`;
    // The query page (not /sparql itself, which answers results): the query filled in, ready to run.
    const href = `${this.endpoint}/query?query=${encodeURIComponent(query)}`;
    return h("a", { href, target: "_blank", rel: "noopener", "data-role": "sparql" }, "Show SPARQL");
  }

  // ------------------------------------------------------------ interaction

  #showEvidence(index) {
    const edge = this.#edges[index];
    const panel = this.#els.evidence;
    if (!edge || !panel) return;
    this.#activeEdge = index;
    const view = this.view;
    for (const el of this.#root.querySelectorAll(".edge-line.active, .edge.active")) el.classList.remove("active");
    this.#root.querySelector(`.edge-line[data-line="${index}"]`)?.classList.add("active");
    this.#root.querySelector(`.edge[data-edge="${index}"]`)?.classList.add("active");
    const nodesById = this.#nodesById;
    const parts = [h("p", {}, h("strong", {}, edgeSentence(edge, nodesById, view, this.#types)))];
    parts.push(h("p", { "data-role": "pinpoint" }, `${view === "general" ? "Made by" : "Pinpoint:"} ${pinpoint(edge, nodesById, view)}, ${formatDate(edge.date, view)}`));
    if (edge.quote) parts.push(h("blockquote", { "data-role": "quote" }, `“${edge.quote}”`));
    if (view === "litigator" && pinpointCitation(edge, nodesById)) parts.push(h("p", {}, h("cite", { class: "cite muted" }, pinpointCitation(edge, nodesById))));
    if (view === "researcher") {
      parts.push(h("p", { class: "muted" }, "type ", h("code", {}, edge.type), edge.evidence ? [" · source ", h("code", {}, edge.evidence)] : null,
        edge.qualified ? [" · edge ", h("code", {}, edge.qualified)] : null));
    }
    panel.replaceChildren(...parts);
  }

  #navigate(iri) {
    const node = this.#nodesById.get(iri);
    const state = this.#state;
    if (state.phase === "ready" && state.data.node?.id === iri) return;
    const ok = this.#emit("lexgraph-navigate", { node: iri, label: node?.label || shortId(iri), from: state.data?.node?.id || this.node }, true);
    if (!ok) return; // the host page handles navigation itself
    this.#refocus = this.#root.activeElement?.closest?.(".node") != null;
    this.node = iri;
  }

  #handleClick(e) {
    const target = e.composedPath()[0];
    if (!(target instanceof Element)) return;
    const node = target.closest("[data-node]");
    if (node && node.classList.contains("node")) {
      this.#navigate(node.getAttribute("data-node"));
      return;
    }
    const edge = target.closest(".edge");
    if (edge) {
      this.#showEvidence(Number(edge.getAttribute("data-edge")));
      return;
    }
    const candidate = target.closest("[data-candidate]");
    if (candidate) {
      this.node = candidate.getAttribute("data-candidate");
      return;
    }
    if (target.closest("[data-retry]")) {
      this.#needsFetch = true;
      this.#schedule();
    }
  }

  #handleKey(e) {
    const target = e.composedPath()[0];
    if (!(target instanceof Element)) return;
    if (target.classList.contains("node") && this.#moveFocus(target, e.key)) {
      e.preventDefault();
      return;
    }
    if (e.key !== "Enter" && e.key !== " ") return;
    if (target.classList.contains("node")) {
      e.preventDefault();
      this.#navigate(target.getAttribute("data-node"));
    } else if (target.classList.contains("edge")) {
      e.preventDefault();
      this.#showEvidence(Number(target.getAttribute("data-edge")));
    }
  }

  /** Arrow keys walk the nodes in date order; Home and End jump to the first and the last. */
  #moveFocus(from, key) {
    const nodes = [...this.#root.querySelectorAll(".node")];
    const i = nodes.indexOf(from);
    const next = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: nodes.length - 1 }[key];
    if (next === undefined || i < 0) return false;
    nodes[Math.max(0, Math.min(nodes.length - 1, next))].focus();
    return true;
  }

  #handleOver(e) {
    const target = e.composedPath()[0];
    if (!(target instanceof Element)) return;
    const edge = target.closest(".edge");
    if (edge) this.#showEvidence(Number(edge.getAttribute("data-edge")));
  }
}
