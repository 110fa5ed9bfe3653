/** Markdown → sanitised HTML (marked + DOMPurify); lives only in lazy chunks. */
import { Marked } from "marked";
import DOMPurify from "dompurify";

const instances = new Map<string, Marked>();

function parser(breaks: boolean): Marked {
  const key = String(breaks);
  let m = instances.get(key);
  if (!m) {
    m = new Marked({ gfm: true, breaks, async: false });
    instances.set(key, m);
  }
  return m;
}

export function renderMarkdown(source: string, opts: { breaks?: boolean; sanitize?: boolean } = {}): string {
  const html = parser(opts.breaks ?? false).parse(source) as string;
  return opts.sanitize === false ? html : sanitize(html);
}

let hooked = false;
export function sanitize(html: string): string {
  if (!hooked) {
    hooked = true;
    // Links open in a new tab, safely.
    DOMPurify.addHook("afterSanitizeAttributes", (node) => {
      if (node.tagName === "A" && node.getAttribute("href") && !node.getAttribute("href")!.startsWith("#")) {
        node.setAttribute("target", "_blank");
        node.setAttribute("rel", "noopener noreferrer");
      }
    });
  }
  return DOMPurify.sanitize(html, { ADD_ATTR: ["target"] });
}
