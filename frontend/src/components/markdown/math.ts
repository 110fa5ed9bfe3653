/**
 * LaTeX in Markdown: math between `latex_delimiters` is cut out before Markdown parsing
 * (so `_` and `\\` inside it are not read as Markdown) and replaced by KaTeX output after.
 * KaTeX and its fonts are a separate chunk, fetched the first time a message has math.
 */

export interface Delimiter {
  left: string;
  right: string;
  display: boolean;
}

export interface MathSegment {
  tex: string;
  display: boolean;
}

type Katex = typeof import("katex").default;
let katex: Katex | null = null;
let loading: Promise<void> | null = null;

/** Loads KaTeX (and its stylesheet) once; resolves when it is ready. */
export function loadKatex(): Promise<void> {
  loading ??= Promise.all([import("katex"), import("katex/dist/katex.min.css")]).then(([mod]) => {
    katex = mod.default;
  });
  return loading;
}

export function katexReady(): boolean {
  return katex !== null;
}

const nonce = Math.random().toString(36).slice(2, 8);
const placeholder = (i: number) => `pdmath${nonce}x${i}x`;
const placeholderPattern = new RegExp(`pdmath${nonce}x(\\d+)x`, "g");

/** Code (fenced blocks and inline spans) is never searched for math. */
const CODE = /(```[\s\S]*?(?:```|$)|~~~[\s\S]*?(?:~~~|$)|`[^`\n]*`)/g;

/**
 * Replaces each complete math span in `source` by a placeholder. An unclosed span (a
 * reply still streaming) is left as text until its closing delimiter arrives.
 */
export function extractMath(source: string, delimiters: readonly Delimiter[]): { text: string; math: MathSegment[] } {
  const math: MathSegment[] = [];
  if (!delimiters.length) return { text: source, math };
  const ordered = [...delimiters].sort((a, b) => b.left.length - a.left.length);
  const pieces = source.split(CODE);
  for (let p = 0; p < pieces.length; p += 2) {
    pieces[p] = replaceMath(pieces[p]!, ordered, math);
  }
  return { text: pieces.join(""), math };
}

function replaceMath(text: string, delimiters: readonly Delimiter[], math: MathSegment[]): string {
  let out = "";
  let i = 0;
  outer: while (i < text.length) {
    for (const d of delimiters) {
      if (!text.startsWith(d.left, i)) continue;
      // "$5 and $6" is money, not math: an inline single-$ span must not start with a space.
      if (d.left === "$" && /\s/.test(text[i + 1] ?? " ")) continue;
      const end = text.indexOf(d.right, i + d.left.length);
      if (end < 0) continue;
      const tex = text.slice(i + d.left.length, end);
      if (!tex.trim()) continue;
      // ...nor end with one ("costs $5 and $ 6").
      if (d.left === "$" && /\s$/.test(tex)) continue;
      out += placeholder(math.length);
      math.push({ tex, display: d.display });
      i = end + d.right.length;
      continue outer;
    }
    out += text[i];
    i += 1;
  }
  return out;
}

/** Puts KaTeX's rendering of each segment where its placeholder is (plain TeX until loaded). */
export function restoreMath(html: string, math: readonly MathSegment[]): string {
  if (!math.length) return html;
  return html.replace(placeholderPattern, (_, n: string) => {
    const seg = math[Number(n)];
    if (!seg) return "";
    if (!katex) return escapeHtml(seg.tex);
    // trust: false keeps \href, \url and friends from producing links or javascript: URLs.
    return katex.renderToString(seg.tex, { displayMode: seg.display, throwOnError: false, trust: false, output: "htmlAndMathml" });
  });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
