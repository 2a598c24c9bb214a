// Pure functions behind <lexgraph-lineage>: words for each reader view, dates, and the layout of
// a lineage on a time axis. No DOM here, so every string that reaches the page is decided in one
// place and inserted by the element as text.

export const VIEWS = ["litigator", "researcher", "general"];

export const VIEW_LABELS = { litigator: "Litigator", researcher: "Researcher", general: "General reader" };

// Status on the chosen date -> words and colours. Dashed outlines mark "not yet" states so the
// legend does not rely on colour alone; the status is also written inside each node.
export const STATUS = {
  in_force: { label: "in force", plain: "in force", fill: "#e7f5ea", stroke: "#1b6e2d" },
  partially_revoked: { label: "partially revoked", plain: "partly revoked", fill: "#fff3d1", stroke: "#8a4b00" },
  revoked: { label: "revoked", plain: "revoked", fill: "#fde3e1", stroke: "#a8201a" },
  superseded: { label: "superseded", plain: "replaced by a later order", fill: "#fde3e1", stroke: "#a8201a" },
  partially_superseded: {
    label: "partially superseded", plain: "partly replaced by a later order", fill: "#fff3d1", stroke: "#8a4b00",
  },
  suspended: { label: "suspended", plain: "suspended for now", fill: "#fff3d1", stroke: "#8a4b00" },
  not_yet_issued: { label: "not yet issued", plain: "not issued yet", fill: "#f2f3f5", stroke: "#5b6270", dash: true },
  active: { label: "active", plain: "active", fill: "#e4effc", stroke: "#1b4f91" },
  replaced: { label: "replaced", plain: "replaced", fill: "#efe7fa", stroke: "#5e3596" },
  basis_revoked: {
    label: "basis revoked", plain: "the order behind it was revoked", fill: "#fce8dc", stroke: "#9c3a10",
  },
  not_yet_established: {
    label: "not yet established", plain: "not created yet", fill: "#f2f3f5", stroke: "#5b6270", dash: true,
  },
  not_tracked: { label: "status not tracked", plain: "status not tracked here", fill: "#ffffff", stroke: "#5b6270" },
  unknown: { label: "status unknown", plain: "status unknown", fill: "#ffffff", stroke: "#5b6270" },
};

export function statusOf(node) {
  return STATUS[node.status] ? node.status : "unknown";
}

// Node kinds: each gets its own shape and badge.
export const KINDS = {
  order: { label: "Executive order", badge: "ORDER" },
  strategy: { label: "Strategy", badge: "STRATEGY" },
  body: { label: "Interagency body", badge: "BODY" },
  statute: { label: "Statute or law", badge: "STATUTE" },
};

const STATUTE_TYPES = new Set(["Statute", "USCodeSection", "Constitution", "ConstitutionalProvision"]);

export function kindOf(type) {
  if (type === "ExecutiveOrder") return "order";
  if (type === "Strategy") return "strategy";
  if (STATUTE_TYPES.has(type)) return "statute";
  return "body"; // WorkingGroup, Council, Division, TaskForce, Program, InteragencyBody, ...
}

// ---------------------------------------------------------------- dates (no Date parsing: no TZ)

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December"];
const BLUEBOOK_MONTHS = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.",
  "Nov.", "Dec."];

export function isIsoDate(value) {
  return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value);
}

export function formatDate(iso, view) {
  if (!isIsoDate(iso)) return iso || "undated";
  const [y, m, d] = iso.split("-").map(Number);
  if (view === "researcher" || m < 1 || m > 12) return iso;
  if (view === "general") return `${MONTHS[m - 1]} ${d}, ${y}`;
  return `${BLUEBOOK_MONTHS[m - 1]} ${d}, ${y}`;
}

export function todayIso(now = new Date()) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

// ---------------------------------------------------------------- words

export function nodeName(node, view) {
  if (!node) return "";
  if (view === "general") return node.plain || node.label || shortId(node.id);
  return node.label || shortId(node.id);
}

export function shortId(iri) {
  const m = /\/id\/(.+)$/.exec(iri || "");
  return m ? m[1] : iri || "";
}

export function statusText(node, view) {
  const s = STATUS[statusOf(node)];
  return view === "general" ? s.plain : s.label;
}

// Edge types come from the server (GET /api/edge-types, graph/edge_types.py): one table for the
// words, the drawing style and whether an edge is part of what happened to an instrument.

/** name -> row, from the API's {"edge_types": [...]} answer. */
export function edgeTypeTable(body) {
  const rows = Array.isArray(body?.edge_types) ? body.edge_types : [];
  return new Map(rows.filter((r) => r && typeof r.name === "string").map((r) => [r.name, r]));
}

function typeRow(types, name) {
  const row = types?.get?.(name);
  if (row) return row;
  const words = String(name || "").replaceAll("_", " ");
  return { name, label: words, present: words, past: words, style: "creates", chain: false };
}

/** The label drawn on an edge: "revokes § 3" (litigator), "revoked section 3" (general),
 *  "lex:revokes § 3" (researcher: the ontology property of the direct triple, as a SPARQL query
 *  names it; an edge type the table does not know is shown as the API names it). A label stands
 *  beside its edge, so it never ends in "of": the sentence (edgeSentence) adds it. */
export function edgeLabel(edge, view, types) {
  const part = edge.target_section;
  const shown = typeRow(types, edge.type);
  const stated = typeRow(types, edge.stated_type || edge.type);
  if (view === "researcher") {
    const row = part ? stated : shown;
    const term = row.prop ? `lex:${row.prop}` : row.name;
    return part ? `${term} § ${part}` : term;
  }
  if (view === "general") return part ? `${stated.past} section ${part}` : shown.past.replace(/ of$/, "");
  return part ? `${stated.present} § ${part}` : shown.present;
}

/** "EO 14060 § 3(a)(i)" / "Executive Order 14060, section 3(a)(i)": where the edge is made. */
export function pinpoint(edge, nodesById, view) {
  const actor = nodesById.get(edge.instrument) || nodesById.get(edge.source);
  const name = actor ? nodeName(actor, view) : shortId(edge.instrument || edge.source);
  if (!edge.section) return name;
  if (edge.section === "preamble") return view === "general" ? `${name}, preamble` : `${name}, pmbl.`;
  return view === "general" ? `${name}, section ${edge.section}` : `${name} § ${edge.section}`;
}

/** The Bluebook cite with the pinpoint: "Exec. Order No. 14,060, § 3(a)(i), 86 Fed. Reg. 71,793 (Dec. 15, 2021)". */
export function pinpointCitation(edge, nodesById) {
  if (edge.citation) return edge.citation; // the server's Bluebook cite, pinpoint before the reporter
  const actor = nodesById.get(edge.instrument) || nodesById.get(edge.source);
  const cite = actor && (actor.citation || actor.label);
  if (!cite) return "";
  return edge.section && edge.section !== "preamble" ? `${cite}, § ${edge.section}` : cite;
}

export function edgeSentence(edge, nodesById, view, types) {
  const src = nodeName(nodesById.get(edge.source), view) || shortId(edge.source);
  const tgt = nodeName(nodesById.get(edge.target), view) || shortId(edge.target);
  const label = edgeLabel(edge, view, types);
  const words = view === "general" ? typeRow(types, edge.type).past : "";
  const of = edge.target_section || (words.endsWith(" of") && !label.endsWith(" of")) ? " of" : "";
  return `${src} ${label}${of} ${tgt}`;
}

/** Part of what happened to an instrument (revoked, amended, replaced ...), not what it did. */
export function isChain(type, types) {
  return Boolean(typeRow(types, type).chain);
}

/** How an edge is drawn: a CSS class of the element (revokes, replaces, amends, creates ...). */
export function edgeCategory(type, types) {
  return typeRow(types, type).style || "creates";
}

// ---------------------------------------------------------------- layout

export const GEOMETRY = { nodeW: 176, nodeH: 84, colGap: 120, rowGap: 46, padX: 24, axisH: 36, laneGap: 30 };

/** Wrap a label into at most `maxLines` lines of about `width` characters, ending with "…". */
export function wrap(text, width = 22, maxLines = 2) {
  const words = String(text).split(/\s+/).filter(Boolean);
  const lines = [];
  let line = "";
  for (const word of words) {
    if (!line) line = word;
    else if ((line + " " + word).length <= width) line += " " + word;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  const out = lines.slice(0, maxLines).map((l) => (l.length > width ? l.slice(0, width - 1) + "…" : l));
  if (lines.length > maxLines) {
    const last = out[maxLines - 1];
    out[maxLines - 1] = (last.length >= width ? last.slice(0, width - 1) : last) + "…";
  }
  return out;
}

function cubicMid(p0, p1, p2, p3) {
  return {
    x: (p0.x + 3 * p1.x + 3 * p2.x + p3.x) / 8,
    y: (p0.y + 3 * p1.y + 3 * p2.y + p3.y) / 8,
  };
}

/** Place nodes in date columns (left to right) and route edges between them. */
export function layout(nodes, edges) {
  const g = GEOMETRY;
  const dates = [...new Set(nodes.map((n) => (isIsoDate(n.date) ? n.date : "~")))].sort();
  const columns = dates.map((date) => ({ date: date === "~" ? null : date, nodes: [] }));
  const colOf = new Map(dates.map((d, i) => [d, i]));
  for (const n of nodes) columns[colOf.get(isIsoDate(n.date) ? n.date : "~")].nodes.push(n);
  const maxRows = Math.max(1, ...columns.map((c) => c.nodes.length));
  const rowH = g.nodeH + g.rowGap;
  const top = g.axisH + 16;
  const boxes = new Map();
  columns.forEach((col, ci) => {
    const x = g.padX + ci * (g.nodeW + g.colGap);
    col.x = x + g.nodeW / 2;
    const offset = ((maxRows - col.nodes.length) * rowH) / 2;
    col.nodes.forEach((n, ri) => {
      boxes.set(n.id, { x, y: top + offset + ri * rowH, w: g.nodeW, h: g.nodeH, col: ci, row: ri });
    });
  });
  const graphBottom = top + maxRows * rowH - g.rowGap;
  let lanes = 0;
  const sameColBulge = new Map();
  const routed = [];
  for (const edge of edges) {
    const a = boxes.get(edge.source);
    const b = boxes.get(edge.target);
    if (!a || !b) continue;
    let d;
    let mid;
    if (a.col === b.col && Math.abs(a.row - b.row) === 1) {
      // Neighbours in one column: a short vertical link, its label in the gap between them.
      const down = b.row > a.row;
      const x = a.x + a.w / 2;
      const p0 = { x, y: down ? a.y + a.h : a.y };
      const p3 = { x, y: down ? b.y : b.y + b.h };
      d = `M${p0.x},${p0.y} L${p3.x},${p3.y}`;
      mid = { x, y: (p0.y + p3.y) / 2 };
    } else if (a.col === b.col) {
      const key = a.col;
      const k = sameColBulge.get(key) || 0;
      sameColBulge.set(key, k + 1);
      const bulge = 44 + 22 * Math.abs(a.row - b.row) + 10 * k;
      const p0 = { x: a.x + a.w, y: a.y + a.h / 2 };
      const p3 = { x: b.x + b.w, y: b.y + b.h / 2 };
      const p1 = { x: p0.x + bulge, y: p0.y };
      const p2 = { x: p3.x + bulge, y: p3.y };
      d = `M${p0.x},${p0.y} C${p1.x},${p1.y} ${p2.x},${p2.y} ${p3.x},${p3.y}`;
      mid = cubicMid(p0, p1, p2, p3);
    } else if (Math.abs(a.col - b.col) === 1) {
      const forward = b.col > a.col;
      const p0 = { x: forward ? a.x + a.w : a.x, y: a.y + a.h / 2 };
      const p3 = { x: forward ? b.x : b.x + b.w, y: b.y + b.h / 2 };
      const dx = (p3.x - p0.x) / 2;
      const p1 = { x: p0.x + dx, y: p0.y };
      const p2 = { x: p3.x - dx, y: p3.y };
      d = `M${p0.x},${p0.y} C${p1.x},${p1.y} ${p2.x},${p2.y} ${p3.x},${p3.y}`;
      mid = cubicMid(p0, p1, p2, p3);
    } else {
      // Spans several columns: route below the graph on its own lane, so it crosses no node.
      const laneY = graphBottom + g.laneGap * (lanes + 1) + 10;
      lanes += 1;
      const p0 = { x: a.x + a.w / 2, y: a.y + a.h };
      const p3 = { x: b.x + b.w / 2, y: b.y + b.h };
      const r = 18;
      const dir = p3.x > p0.x ? 1 : -1;
      d = `M${p0.x},${p0.y} L${p0.x},${laneY - r} Q${p0.x},${laneY} ${p0.x + dir * r},${laneY} `
        + `L${p3.x - dir * r},${laneY} Q${p3.x},${laneY} ${p3.x},${laneY - r} L${p3.x},${p3.y}`;
      mid = { x: (p0.x + p3.x) / 2, y: laneY };
    }
    routed.push({ edge, d, mid });
  }
  const width = g.padX * 2 + columns.length * g.nodeW + Math.max(0, columns.length - 1) * g.colGap + 60;
  const height = graphBottom + (lanes ? g.laneGap * lanes + 34 : 24);
  return { columns, boxes, edges: routed, width, height, top };
}
