// Registers <lexgraph-lineage>. Safe to load twice (two script tags, two bundles): the second
// registration is skipped. Embed with:
//   <script type="module" src="https://HOST/widget/lexgraph-lineage.js"></script>
//   <lexgraph-lineage node="EO 14060" endpoint="https://HOST"></lexgraph-lineage>
import { LexgraphLineageElement } from "./lineage-element.js";

const NAME = "lexgraph-lineage";

if (!customElements.get(NAME)) {
  customElements.define(NAME, LexgraphLineageElement);
}
if (!("LexgraphLineageElement" in window)) {
  window.LexgraphLineageElement = LexgraphLineageElement;
}

export { LexgraphLineageElement };
export default LexgraphLineageElement;
