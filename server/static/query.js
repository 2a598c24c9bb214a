// The query page: runs the query against this endpoint and renders results as text (never HTML).
const form = document.getElementById("form");
const textarea = document.getElementById("query");
const status = document.getElementById("status");
const results = document.getElementById("results");
const examples = document.getElementById("examples");
const help = document.getElementById("examples-help");

const params = new URLSearchParams(location.search);
if (params.get("query")) textarea.value = params.get("query");

function show(message, isError = false) {
  status.textContent = message;
  status.className = isError ? "error" : "";
}

function render(data) {
  results.replaceChildren();
  if ("boolean" in data) {
    results.textContent = data.boolean ? "true" : "false";
    return;
  }
  const table = document.createElement("table");
  const head = table.createTHead().insertRow();
  for (const name of data.head.vars) {
    const th = document.createElement("th");
    th.textContent = name;
    head.appendChild(th);
  }
  const body = table.createTBody();
  for (const binding of data.results.bindings) {
    const row = body.insertRow();
    for (const name of data.head.vars) row.insertCell().textContent = binding[name]?.value ?? "";
  }
  results.appendChild(table);
  show(`${data.results.bindings.length} row(s)`);
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  show("running…");
  results.replaceChildren(); // never leave an earlier answer under a new query
  try {
    const response = await fetch("sparql", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/sparql-results+json, text/turtle;q=0.5" },
      body: new URLSearchParams({ query: textarea.value }),
    });
    const type = response.headers.get("content-type") || "";
    if (!response.ok) {
      const problem = type.includes("json") ? (await response.json()).error?.message : await response.text();
      show(`${response.status}: ${problem}`, true);
      return;
    }
    if (type.includes("json")) render(await response.json());
    else {
      const pre = document.createElement("pre");
      pre.textContent = await response.text();
      results.replaceChildren(pre);
      show("graph result");
    }
  } catch (error) {
    show(`request failed: ${error.message}`, true);
  }
});

async function loadExamples() {
  try {
    const list = await (await fetch("api/queries")).json();
    for (const q of list) {
      const option = document.createElement("option");
      option.value = q.name;
      option.textContent = q.title;
      examples.appendChild(option);
    }
    examples.addEventListener("change", async () => {
      const chosen = list.find((q) => q.name === examples.value);
      if (!chosen) return;
      const detail = await (await fetch(`api/queries/${encodeURIComponent(chosen.name)}/sparql`)).json();
      textarea.value = detail.sparql;
      help.textContent = chosen.params.length
        ? `Parameters (${chosen.params.map((p) => "?" + p.name).join(", ")}) are bound by the API; here, replace them with values.`
        : chosen.description;
    });
  } catch {
    help.textContent = "(examples unavailable)";
  }
}
loadExamples();
