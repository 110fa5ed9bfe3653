/** Markdown → sanitised HTML (marked + DOMPurify); lives only in lazy chunks. */
import { Marked, type Tokens } from "marked";
import DOMPurify from "dompurify";
import { highlight, highlighterReady, loadHighlighter } from "./highlight";
import { extractMath, katexReady, loadKatex, restoreMath, type Delimiter } from "./math";

const instances = new Map<string, Marked>();

function parser(breaks: boolean): Marked {
  const key = String(breaks);
  let m = instances.get(key);
  if (!m) {
    m = new Marked({ gfm: true, breaks, async: false });
    m.use({
      renderer: {
        code({ text, lang }: Tokens.Code): string | false {
          const html = highlight(text, lang);
          if (html === null) return false; // marked's own (escaped) rendering
          const language = (lang ?? "").trim().split(/\s+/)[0]!.replace(/[^\w-]/g, "");
          return `<pre><code class="hljs language-${language}">${html}</code></pre>\n`;
        },
      },
    });
    instances.set(key, m);
  }
  return m;
}

export interface RenderOptions {
  breaks?: boolean;
  sanitize?: boolean;
  /** Math between these delimiters is typeset with KaTeX. */
  latexDelimiters?: readonly Delimiter[];
}

export function renderMarkdown(source: string, opts: RenderOptions = {}): string {
  const { text, math } = extractMath(source, opts.latexDelimiters ?? []);
  const html = restoreMath(parser(opts.breaks ?? false).parse(text) as string, math);
  return opts.sanitize === false ? html : sanitize(html);
}

const FENCE = /^\s*(```|~~~)\s*\w/m;

/**
 * The libraries `source` needs that are not loaded yet (KaTeX for math, highlight.js for
 * fenced code with a language), as one promise; null when rendering now is complete.
 */
export function missingRenderers(source: string, opts: RenderOptions = {}): Promise<void> | null {
  const waits: Promise<void>[] = [];
  if (!highlighterReady() && FENCE.test(source)) waits.push(loadHighlighter());
  if (!katexReady() && opts.latexDelimiters?.length && extractMath(source, opts.latexDelimiters).math.length) {
    waits.push(loadKatex());
  }
  return waits.length ? Promise.all(waits).then(() => undefined) : null;
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
