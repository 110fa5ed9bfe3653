/**
 * Syntax highlighting for fenced code blocks with highlight.js (core plus the languages
 * people paste into chats). A separate chunk, fetched the first time a code block shows.
 */
import type { HLJSApi } from "highlight.js";

let hljs: HLJSApi | null = null;
let loading: Promise<void> | null = null;

export function loadHighlighter(): Promise<void> {
  loading ??= import("./languages").then((mod) => {
    hljs = mod.createHighlighter();
  });
  return loading;
}

export function highlighterReady(): boolean {
  return hljs !== null;
}

/** Highlighted HTML for `code` (escaped by highlight.js), or null when not possible. */
export function highlight(code: string, lang: string | undefined): string | null {
  if (!hljs) return null;
  const language = (lang ?? "").trim().split(/\s+/)[0]?.toLowerCase() ?? "";
  if (!language || !hljs.getLanguage(language)) return null;
  return hljs.highlight(code, { language, ignoreIllegals: true }).value;
}
