// node --test tests/js/ : the lineage-model cases under Node's built-in test runner.
// The model is read from disk and imported from a data: URL, so no package.json "type" and no
// module-detection flag is needed, whatever the Node version.
import { readFileSync } from "node:fs";
import { test } from "node:test";

import { cases, check } from "./lineage-model-cases.mjs";

const source = readFileSync(new URL("../../server/static/widget/lineage-model.js", import.meta.url), "utf8");
const model = await import("data:text/javascript;charset=utf-8," + encodeURIComponent(source));

// The server's edge-type table, written by the Python harness (tests/test_widget_model.py).
const types = model.edgeTypeTable(JSON.parse(readFileSync(process.env.EDGE_TYPES_JSON, "utf8")));

for (const [name, run] of Object.entries(cases)) {
  test(name, () => run(model, check, types));
}
