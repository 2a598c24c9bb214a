// Progressive enhancements of lexgraph's pages (server/templates/base.html). Every page works
// without this script: the search box is a plain form, the cite is plain text.
//  - live, ranked suggestions under the search box, from /search (JSON) as you type;
//  - a "Copy" button beside a Bluebook cite.
"use strict";

(() => {
  const input = document.getElementById("q");
  const list = document.getElementById("suggestions");
  if (input && list) {
    let timer = 0;
    let controller = null;
    const show = (results) => {
      list.replaceChildren(...results.map((r) => {
        const li = document.createElement("li");
        const a = document.createElement("a");
        a.href = r.href;
        const label = document.createElement("strong");
        label.textContent = r.label;
        a.append(label);
        if (r.title) a.append(" — " + r.title);
        const what = document.createElement("span");
        what.className = "what";
        what.textContent = ` (${r.type}${r.date ? ", " + r.date : ""})`;
        a.append(what);
        li.append(a);
        return li;
      }));
    };
    const lookup = async () => {
      const q = input.value.trim();
      if (controller) controller.abort();
      if (q.length < 2) { show([]); return; }
      controller = new AbortController();
      try {
        const response = await fetch(`/search?q=${encodeURIComponent(q)}`,
          { headers: { Accept: "application/json" }, signal: controller.signal });
        if (!response.ok) return;
        const body = await response.json();
        if (body.q === input.value.trim() || body.q === q) show(body.results.slice(0, 8));
      } catch (err) {
        if (err.name !== "AbortError") show([]);
      }
    };
    input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(lookup, 150); });
    input.addEventListener("keydown", (event) => {
      if (event.key === "ArrowDown" && list.firstElementChild) {
        event.preventDefault();
        list.querySelector("a").focus();
      }
    });
    list.addEventListener("keydown", (event) => {
      const item = event.target.closest("li");
      if (!item) return;
      if (event.key === "ArrowDown" && item.nextElementSibling) {
        event.preventDefault();
        item.nextElementSibling.querySelector("a").focus();
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        (item.previousElementSibling ? item.previousElementSibling.querySelector("a") : input).focus();
      } else if (event.key === "Escape") {
        input.focus();
        show([]);
      }
    });
  }

  for (const button of document.querySelectorAll("button[data-copy]")) {
    button.hidden = false;
    button.addEventListener("click", async () => {
      const text = document.getElementById(button.dataset.copy).textContent.trim();
      const status = document.getElementById(button.dataset.copy + "-status");
      try {
        await navigator.clipboard.writeText(text);
        status.textContent = "Copied.";
      } catch {
        const range = document.createRange();  // clipboard refused (plain http): select it instead
        range.selectNodeContents(document.getElementById(button.dataset.copy));
        getSelection().removeAllRanges();
        getSelection().addRange(range);
        status.textContent = "Selected: press Ctrl+C to copy.";
      }
    });
  }
})();
