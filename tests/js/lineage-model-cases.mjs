// Cases for server/static/widget/lineage-model.js, the widget's pure logic (no DOM).
//
// The same cases run twice: under Node's test runner (lineage-model.test.mjs, when `node` is
// installed) and inside Chromium (tests/test_widget.py imports this file and the model as served
// by a live server). Each case is `(model, check, types) => void` and throws on failure; `check` is
// defined here so that both runs compare values the same way. `types` is the server's edge-type
// table (graph/edge_types.py as GET /api/edge-types answers it, read by model.edgeTypeTable): the
// harness passes the real one, so the widget's words come from the one table, not from here.

const ID = "https://w3id.org/lexgraph/id/";

function show(value) {
  return JSON.stringify(value, (_k, v) => (v instanceof Map ? { Map: [...v] } : v instanceof Set ? { Set: [...v] } : v));
}

function same(a, b) {
  if (Object.is(a, b)) return true;
  if (a instanceof Map || b instanceof Map || a instanceof Set || b instanceof Set) return show(a) === show(b);
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.prototype.hasOwnProperty.call(b, k) && same(a[k], b[k]));
}

export const check = {
  eq(actual, expected, what = "value") {
    if (!same(actual, expected)) throw new Error(`${what}: expected ${show(expected)}, got ${show(actual)}`);
  },
  ok(value, what = "condition") {
    if (!value) throw new Error(`${what}: expected a true value, got ${show(value)}`);
  },
};

// A lineage shaped like /api/lineage?id=EO 14060 answers (ids, labels, types, dates, sections).
const N = {
  strategy: { id: ID + "strategy/2011-toc", label: "2011 Strategy to Combat Transnational Organized Crime", type: "Strategy", date: "2011-07-25", citation: "Strategy to Combat Transnational Organized Crime (July 25, 2011)" },
  tmwg: { id: ID + "org/tmwg", label: "Threat Mitigation Working Group", type: "WorkingGroup", date: "2011-07-25", status: "replaced" },
  eo13773: { id: ID + "eo/13773", label: "EO 13773", plain: "Executive Order 13773", type: "ExecutiveOrder", date: "2017-02-09", status: "partially_revoked", citation: "Exec. Order No. 13,773, 82 Fed. Reg. 10,691 (Feb. 9, 2017)" },
  eo14060: { id: ID + "eo/14060", label: "EO 14060", plain: "Executive Order 14060", type: "ExecutiveOrder", date: "2021-12-15", status: "in_force", citation: "Exec. Order No. 14,060, 86 Fed. Reg. 71,793 (Dec. 15, 2021)" },
  usctoc: { id: ID + "org/usctoc", label: "United States Council on Transnational Organized Crime", type: "Council", date: "2021-12-15", status: "active" },
  eo14148: { id: ID + "eo/14148", label: "EO 14148", plain: "Executive Order 14148", type: "ExecutiveOrder", date: "2025-01-20", status: "not_yet_issued" },
};
const PARTIAL = { source: N.eo14060.id, target: N.eo13773.id, type: "revokes_in_part", stated_type: "revokes", section: "3(a)(i)", target_section: "3", instrument: N.eo14060.id, date: "2021-12-15" };
const REPLACES = { source: N.usctoc.id, target: N.tmwg.id, type: "replaces", section: "3(a)(i)", instrument: N.eo14060.id, date: "2021-12-15" };
const byId = (...nodes) => new Map(nodes.map((n) => [n.id, n]));
const ALL = byId(...Object.values(N));

export const cases = {
  "the module exports what these cases cover": (m, t) => {
    t.eq(Object.keys(m).sort(), ["GEOMETRY", "KINDS", "STATUS", "VIEWS", "VIEW_LABELS", "edgeCategory",
      "edgeLabel", "edgeSentence", "edgeTypeTable", "formatDate", "isChain", "isIsoDate", "kindOf", "layout", "nodeName", "pinpoint",
      "pinpointCitation", "shortId", "statusOf", "statusText", "todayIso", "wrap"], "exports");
  },

  "three reader views, each with a label": (m, t) => {
    t.eq(m.VIEWS, ["litigator", "researcher", "general"], "VIEWS");
    t.eq(Object.keys(m.VIEW_LABELS), m.VIEWS, "VIEW_LABELS keys");
    t.eq(m.VIEW_LABELS.general, "General reader", "general label");
  },

  "every status has words and colours; only not-yet states are dashed": (m, t) => {
    for (const [key, s] of Object.entries(m.STATUS)) {
      t.ok(s.label && s.plain, `${key} words`);
      t.ok(/^#[0-9a-f]{6}$/.test(s.fill) && /^#[0-9a-f]{6}$/.test(s.stroke), `${key} colours`);
      t.eq(Boolean(s.dash), key.startsWith("not_yet_"), `${key} dashed`);
    }
    t.ok("unknown" in m.STATUS && "not_tracked" in m.STATUS, "fallback statuses");
  },

  "statusOf keeps a known status and falls back to unknown": (m, t) => {
    for (const key of Object.keys(m.STATUS)) t.eq(m.statusOf({ status: key }), key, key);
    t.eq(m.statusOf({ status: "abolished" }), "unknown", "unknown status");
    t.eq(m.statusOf({}), "unknown", "no status");
  },

  "statusText speaks each view's language": (m, t) => {
    t.eq(m.statusText(N.eo13773, "litigator"), "partially revoked", "litigator");
    t.eq(m.statusText(N.eo13773, "researcher"), "partially revoked", "researcher");
    t.eq(m.statusText(N.eo13773, "general"), "partly revoked", "general");
    t.eq(m.statusText({ status: "basis_revoked" }, "general"), "the order behind it was revoked", "basis revoked");
    t.eq(m.statusText({ status: "nonsense" }, "litigator"), "status unknown", "fallback");
  },

  "kindOf sorts node types into four drawn kinds": (m, t) => {
    const kinds = { ExecutiveOrder: "order", Strategy: "strategy", Statute: "statute", USCodeSection: "statute",
      Constitution: "statute", ConstitutionalProvision: "statute", WorkingGroup: "body", Council: "body",
      Division: "body", TaskForce: "body", Program: "body", InteragencyBody: "body", undefined: "body" };
    for (const [type, kind] of Object.entries(kinds)) t.eq(m.kindOf(type === "undefined" ? undefined : type), kind, type);
    for (const kind of new Set(Object.values(kinds))) t.ok(m.KINDS[kind].label && m.KINDS[kind].badge, `${kind} badge`);
    t.eq(m.KINDS.order.badge, "ORDER", "order badge");
  },

  "isIsoDate accepts YYYY-MM-DD only": (m, t) => {
    t.ok(m.isIsoDate("2021-12-15"), "a date");
    for (const bad of ["2021-12-1", "2021/12/15", " 2021-12-15", "2021-12-15T00:00", "", undefined, null, 20211215]) {
      t.eq(m.isIsoDate(bad), false, show(bad));
    }
  },

  "formatDate per view, without time zones": (m, t) => {
    t.eq(m.formatDate("2021-12-15", "litigator"), "Dec. 15, 2021", "litigator (Bluebook)");
    t.eq(m.formatDate("2021-12-15"), "Dec. 15, 2021", "no view: Bluebook");
    t.eq(m.formatDate("2021-12-15", "researcher"), "2021-12-15", "researcher (ISO)");
    t.eq(m.formatDate("2021-12-15", "general"), "December 15, 2021", "general");
    t.eq(m.formatDate("2017-09-05", "litigator"), "Sept. 5, 2017", "Sept., no leading zero");
    t.eq(m.formatDate("2020-05-01", "litigator"), "May 1, 2020", "May");
    t.eq(m.formatDate("2020-06-30", "litigator"), "June 30, 2020", "June");
    t.eq(m.formatDate("2025-01-01", "general"), "January 1, 2025", "New Year's Day stays on its day");
    t.eq(m.formatDate("2021-13-01", "general"), "2021-13-01", "impossible month: as given");
    t.eq(m.formatDate("soon", "litigator"), "soon", "not a date: as given");
    t.eq(m.formatDate(undefined, "general"), "undated", "no date");
    t.eq(m.formatDate("", "litigator"), "undated", "empty date");
  },

  // Both runners use a time zone other than UTC (see their callers), so a day taken from the
  // UTC clock instead of the local one shows up in one of these two.
  "todayIso is the local calendar day": (m, t) => {
    t.eq(m.todayIso(new Date(2024, 11, 31, 23, 30)), "2024-12-31", "late on New Year's Eve");
    t.eq(m.todayIso(new Date(2025, 0, 1, 0, 15)), "2025-01-01", "just after midnight");
    t.eq(m.todayIso(new Date(2024, 1, 29, 12, 0)), "2024-02-29", "a leap day");
    t.ok(m.isIsoDate(m.todayIso()), "today");
  },

  "shortId and nodeName": (m, t) => {
    t.eq(m.shortId(ID + "eo/13773/sec/3"), "eo/13773/sec/3", "a lexgraph IRI");
    t.eq(m.shortId("urn:example:x"), "urn:example:x", "another IRI");
    t.eq(m.shortId(undefined), "", "nothing");
    t.eq(m.nodeName(N.eo14060, "litigator"), "EO 14060", "litigator");
    t.eq(m.nodeName(N.eo14060, "researcher"), "EO 14060", "researcher");
    t.eq(m.nodeName(N.eo14060, "general"), "Executive Order 14060", "general: the plain name");
    t.eq(m.nodeName(N.tmwg, "general"), "Threat Mitigation Working Group", "general without a plain name");
    t.eq(m.nodeName({ id: ID + "org/x" }, "litigator"), "org/x", "no label: the short id");
    t.eq(m.nodeName(undefined, "general"), "", "no node");
  },

  "edgeLabel for litigators": (m, t, T) => {
    t.eq(m.edgeLabel(PARTIAL, "litigator", T), "revokes § 3", "partial, with the section");
    t.eq(m.edgeLabel({ type: "revokes_in_part" }, "litigator", T), "revokes in part", "partial, no section");
    t.eq(m.edgeLabel({ type: "revokes", target_section: "2(h)" }, "litigator", T), "revokes § 2(h)", "a section revoked");
    t.eq(m.edgeLabel({ type: "revokes" }, undefined, T), "revokes", "whole, no view");
    for (const type of ["establishes", "replaces", "supersedes", "directs", "amends"]) t.eq(m.edgeLabel({ type }, "litigator", T), type, type);
    t.eq(m.edgeLabel({ type: "abolishes_in_part" }, "litigator", T), "abolishes in part", "unknown type: words");
  },

  "edgeLabel for researchers names the ontology property, never a snake-case name": (m, t, T) => {
    t.eq(m.edgeLabel(PARTIAL, "researcher", T), "lex:revokes § 3", "partial: the direct triple revokes the section");
    t.eq(m.edgeLabel({ type: "revokes_in_part" }, "researcher", T), "lex:revokesInPart", "partial, no section");
    t.eq(m.edgeLabel(REPLACES, "researcher", T), "lex:replaces", "replaces");
    t.eq(m.edgeLabel({ type: "abolishes_in_part" }, "researcher", T), "abolishes_in_part", "unknown type as is");
  },

  "edgeLabel for general readers is in the past tense": (m, t, T) => {
    t.eq(m.edgeLabel(PARTIAL, "general", T), "revoked section 3", "partial: no dangling 'of' beside the edge");
    t.eq(m.edgeLabel({ type: "revokes_in_part" }, "general", T), "revoked part", "partial, no section");
    t.eq(m.edgeLabel({ type: "revokes", target_section: "2(h)" }, "general", T), "revoked section 2(h)", "a section");
    const past = { establishes: "established", revokes: "revoked", replaces: "replaced", supersedes: "superseded", directs: "directed", amends: "amended" };
    for (const [type, words] of Object.entries(past)) t.eq(m.edgeLabel({ type }, "general", T), words, type);
    t.eq(m.edgeLabel({ type: "abolishes_in_part" }, "general", T), "abolishes in part", "unknown type: words");
  },

  "pinpoint names the instrument that makes the edge": (m, t) => {
    t.eq(m.pinpoint(PARTIAL, ALL, "litigator"), "EO 14060 § 3(a)(i)", "litigator");
    t.eq(m.pinpoint(PARTIAL, ALL, "general"), "Executive Order 14060, section 3(a)(i)", "general");
    t.eq(m.pinpoint(REPLACES, ALL, "litigator"), "EO 14060 § 3(a)(i)", "made by EO 14060, not by its subject");
    t.eq(m.pinpoint({ ...PARTIAL, section: "preamble" }, ALL, "litigator"), "EO 14060, pmbl.", "preamble");
    t.eq(m.pinpoint({ ...PARTIAL, section: "preamble" }, ALL, "general"), "Executive Order 14060, preamble", "preamble, general");
    t.eq(m.pinpoint({ ...PARTIAL, section: undefined }, ALL, "litigator"), "EO 14060", "no section");
    t.eq(m.pinpoint({ source: ID + "eo/1", instrument: ID + "eo/2", section: "1" }, ALL, "litigator"), "eo/2 § 1", "an instrument not drawn");
    t.eq(m.pinpoint({ source: N.tmwg.id, section: "2" }, ALL, "litigator"), "Threat Mitigation Working Group § 2", "no instrument: the source");
  },

  "pinpointCitation prefers the server's Bluebook cite": (m, t) => {
    t.eq(m.pinpointCitation({ ...PARTIAL, citation: "Exec. Order No. 14,060, § 3(a)(i), 86 Fed. Reg. 71,793 (Dec. 15, 2021)" }, ALL),
      "Exec. Order No. 14,060, § 3(a)(i), 86 Fed. Reg. 71,793 (Dec. 15, 2021)", "server cite");
    t.eq(m.pinpointCitation(PARTIAL, ALL), "Exec. Order No. 14,060, 86 Fed. Reg. 71,793 (Dec. 15, 2021), § 3(a)(i)", "built from the node");
    t.eq(m.pinpointCitation({ ...PARTIAL, section: "preamble" }, ALL), N.eo14060.citation, "preamble: no section");
    t.eq(m.pinpointCitation({ source: N.eo14148.id, section: "2(ss)" }, ALL), "EO 14148, § 2(ss)", "no citation: the label");
    t.eq(m.pinpointCitation({ source: ID + "eo/1", section: "1" }, ALL), "", "nothing known");
  },

  "edgeSentence reads as a sentence in each view": (m, t, T) => {
    t.eq(m.edgeSentence(PARTIAL, ALL, "litigator", T), "EO 14060 revokes § 3 of EO 13773", "litigator");
    t.eq(m.edgeSentence(PARTIAL, ALL, "researcher", T), "EO 14060 lex:revokes § 3 of EO 13773", "researcher");
    t.eq(m.edgeSentence(PARTIAL, ALL, "general", T), "Executive Order 14060 revoked section 3 of Executive Order 13773", "general");
    t.eq(m.edgeSentence(REPLACES, ALL, "litigator", T), "United States Council on Transnational Organized Crime replaces Threat Mitigation Working Group", "replaces");
    t.eq(m.edgeSentence({ source: ID + "eo/1", target: ID + "eo/2", type: "revokes" }, ALL, "litigator", T), "eo/1 revokes eo/2", "nodes not drawn");
  },

  "chain types are the edges that end or change something": (m, t, T) => {
    for (const type of ["amends", "replaces", "revokes", "revokes_in_part", "supersedes", "suspends"]) t.ok(m.isChain(type, T), type);
    t.ok(!m.isChain("establishes", T) && !m.isChain("directs", T), "creating edges are not chain edges");
    t.ok(!m.isChain("abolishes", T), "an unknown type is not");
    const categories = { revokes: "revokes", revokes_in_part: "revokes-in-part", replaces: "replaces", supersedes: "replaces",
      amends: "amends", establishes: "creates", directs: "creates", cites: "related", suspends: "suspends", abolishes: "creates" };
    for (const [type, category] of Object.entries(categories)) t.eq(m.edgeCategory(type, T), category, type);
  },

  "edgeTypeTable reads the API's answer and tolerates a broken one": (m, t, T) => {
    t.ok(T.size >= 15 && T.get("co_chairs").present === "co-chairs", "the real table");
    t.eq(m.edgeTypeTable(null).size, 0, "no answer");
    t.eq(m.edgeTypeTable({ edge_types: [{ name: "x" }, null, { nope: 1 }] }).size, 1, "rows without a name are skipped");
    t.eq(m.edgeLabel({ type: "authorized_by" }, "litigator", T), "rests on", "words from the table, not the name");
    t.eq(m.edgeLabel({ type: "authorized_by" }, "litigator", new Map()), "authorized by", "without a table: the name as words");
  },

  "wrap breaks on words, caps the lines and marks what is cut": (m, t) => {
    t.eq(m.wrap("Threat Mitigation Working Group"), ["Threat Mitigation", "Working Group"], "two lines");
    t.eq(m.wrap("United States Council on Transnational Organized Crime", 21, 2), ["United States Council", "on Transnational…"], "a third line is cut");
    t.eq(m.wrap("Supercalifragilisticexpialidocious", 10), ["Supercali…"], "a long word");
    t.eq(m.wrap("aaaaa bbbbb ccccc", 5, 2), ["aaaaa", "bbbb…"], "a full last line is shortened for the mark");
    t.eq(m.wrap("  EO   14060 "), ["EO 14060"], "spaces collapse");
    t.eq(m.wrap(""), [], "nothing");
    t.eq(m.wrap(14060), ["14060"], "not a string");
    const label = "2011 Strategy to Combat Transnational Organized Crime";
    for (const [width, lines] of [[8, 1], [12, 2], [19, 2], [21, 3]]) {
      const out = m.wrap(label, width, lines);
      t.ok(out.length <= lines && out.every((l) => l.length <= width), `width ${width}: ${show(out)}`);
    }
  },

  "layout puts nodes in date columns, left to right, undated last": (m, t) => {
    const nodes = [N.eo14060, N.strategy, { id: ID + "org/x", label: "Undated", type: "Program" }, N.eo13773, N.usctoc, N.tmwg];
    const lay = m.layout(nodes, []);
    t.eq(lay.columns.map((c) => c.date), ["2011-07-25", "2017-02-09", "2021-12-15", null], "column dates");
    t.eq(lay.columns.map((c) => c.nodes.map((n) => n.label)), [
      [N.strategy.label, N.tmwg.label], ["EO 13773"], ["EO 14060", N.usctoc.label], ["Undated"]], "columns keep input order");
    const box = (n) => lay.boxes.get(n.id);
    t.ok(box(N.strategy).x < box(N.eo13773).x && box(N.eo13773).x < box(N.eo14060).x, "x grows with the date");
    t.eq(box(N.eo14060).x, box(N.usctoc).x, "same date, same column");
    t.ok(box(N.eo14060).y < box(N.usctoc).y, "rows in input order");
    t.eq([box(N.strategy).col, box(N.tmwg).row], [0, 1], "col and row");
    const g = m.GEOMETRY;
    t.eq(lay.width, g.padX * 2 + 4 * g.nodeW + 3 * g.colGap + 60, "width");
    for (const b of lay.boxes.values()) t.ok(b.x + b.w <= lay.width && b.y + b.h <= lay.height && b.y >= lay.top, "inside the drawing");
    t.eq(lay.columns[1].x, box(N.eo13773).x + g.nodeW / 2, "the axis label sits over its column");
  },

  "layout routes each edge by how far it goes": (m, t) => {
    const a = { id: "a", date: "2001-01-01" }, b = { id: "b", date: "2001-01-01" }, c = { id: "c", date: "2001-01-01" };
    const d = { id: "d", date: "2002-01-01" }, e = { id: "e", date: "2003-01-01" }, f = { id: "f", date: "2004-01-01" };
    const edges = [
      { source: "a", target: "b", type: "directs" },     // neighbours in one column
      { source: "a", target: "c", type: "directs" },     // same column, one row between
      { source: "a", target: "d", type: "establishes" }, // next column
      { source: "a", target: "e", type: "revokes" },     // two columns on: a lane below
      { source: "d", target: "f", type: "revokes" },     // another lane
      { source: "a", target: "nowhere", type: "revokes" },
    ];
    const lay = m.layout([a, b, c, d, e, f], edges);
    t.eq(lay.edges.map((r) => r.edge.target), ["b", "c", "d", "e", "f"], "an edge to a node not drawn is left out");
    const [down, bulge, next, lane1, lane2] = lay.edges;
    t.ok(/^M[\d.]+,[\d.]+ L[\d.]+,[\d.]+$/.test(down.d), `a straight link: ${down.d}`);
    t.ok(bulge.d.includes(" C") && next.d.includes(" C"), "curves");
    const bottom = Math.max(...[...lay.boxes.values()].map((bx) => bx.y + bx.h));
    t.ok(lane1.mid.y > bottom && lane2.mid.y > lane1.mid.y, "long edges run on their own lanes below the nodes");
    t.ok(lay.height > lane2.mid.y, "the drawing is tall enough for its lanes");
    t.ok(m.layout([a, b, c, d, e, f], edges.slice(0, 3)).height < lay.height, "lanes add height");
    const box = lay.boxes.get("b");
    t.eq(down.mid, { x: box.x + box.w / 2, y: (lay.boxes.get("a").y + lay.boxes.get("a").h + box.y) / 2 }, "label between neighbours");
  },
};
