/**
 * The editor's look. Every colour is a CSS custom property (defined in Code.svelte for
 * light and dark), so the editor follows the page theme without being rebuilt.
 */
import { EditorView } from "@codemirror/view";
import { HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { tags as t } from "@lezer/highlight";
import type { Extension } from "@codemirror/state";

const LINE_HEIGHT_EM = 1.5;
const FONT_SIZE_PX = 13.5;
/** One line's height in pixels, used to turn `lines` / `max_lines` into sizes. */
export const LINE_PX = FONT_SIZE_PX * LINE_HEIGHT_EM;
// The content's top + bottom padding, counted in the min/max heights.
const PAD_PX = 8;

const chrome = EditorView.theme({
  "&": {
    fontSize: `${FONT_SIZE_PX}px`,
    color: "var(--pd-code-text)",
    backgroundColor: "var(--pd-code-bg)",
    borderRadius: "var(--pd-radius-md)",
  },
  "&.cm-focused": { outline: "none" },
  ".cm-scroller": { fontFamily: "var(--pd-font-mono)", lineHeight: String(LINE_HEIGHT_EM), overflow: "auto" },
  ".cm-content": { padding: `${PAD_PX / 2}px 0`, caretColor: "var(--pd-code-caret)" },
  ".cm-line": { padding: "0 12px 0 8px" },
  ".cm-gutters": {
    backgroundColor: "var(--pd-code-gutter-bg)",
    color: "var(--pd-code-gutter-text)",
    border: "none",
    borderRight: "1px solid var(--pd-border)",
  },
  ".cm-lineNumbers .cm-gutterElement": { padding: "0 10px 0 12px", minWidth: "32px" },
  // The cursor line is marked only while the user is editing, not on a resting editor.
  "&.cm-focused .cm-activeLine": { backgroundColor: "var(--pd-code-active-line)" },
  "&.cm-focused .cm-activeLineGutter": { backgroundColor: "var(--pd-code-active-line)", color: "var(--pd-text-muted)" },
  ".cm-activeLine, .cm-activeLineGutter": { backgroundColor: "transparent" },
  "&.cm-focused .cm-cursor": { borderLeftColor: "var(--pd-code-caret)" },
  "&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, ::selection": {
    backgroundColor: "var(--pd-code-selection) !important",
  },
  ".cm-matchingBracket": { backgroundColor: "var(--pd-code-selection)", outline: "none" },
  ".cm-tooltip": { backgroundColor: "var(--pd-surface)", border: "1px solid var(--pd-border)", color: "var(--pd-text)" },
});

const colours = HighlightStyle.define([
  { tag: [t.keyword, t.controlKeyword, t.moduleKeyword, t.operatorKeyword, t.definitionKeyword], color: "var(--pd-code-keyword)" },
  { tag: [t.string, t.special(t.string), t.regexp, t.character], color: "var(--pd-code-string)" },
  { tag: [t.number, t.bool, t.null, t.atom], color: "var(--pd-code-number)" },
  { tag: [t.comment, t.lineComment, t.blockComment, t.docComment], color: "var(--pd-code-comment)", fontStyle: "italic" },
  { tag: [t.function(t.variableName), t.function(t.propertyName), t.definition(t.function(t.variableName))], color: "var(--pd-code-function)" },
  { tag: [t.className, t.typeName, t.namespace, t.definition(t.className)], color: "var(--pd-code-type)" },
  { tag: [t.propertyName, t.attributeName], color: "var(--pd-code-property)" },
  { tag: [t.tagName, t.heading], color: "var(--pd-code-tag)", fontWeight: "600" },
  { tag: [t.meta, t.annotation, t.processingInstruction], color: "var(--pd-code-meta)" },
  { tag: [t.operator, t.punctuation, t.bracket], color: "var(--pd-code-punctuation)" },
  { tag: [t.link, t.url], color: "var(--pd-code-string)", textDecoration: "underline" },
  { tag: t.strong, fontWeight: "700" },
  { tag: t.emphasis, fontStyle: "italic" },
  { tag: t.invalid, color: "var(--pd-danger)" },
]);

export const codeTheme: Extension = [chrome, syntaxHighlighting(colours)];

/** Height limits for `lines` (minimum) and `max_lines` (maximum, scrolling beyond it). */
export function sizing(lines: number, maxLines: number | null): Extension {
  const min = `${Math.round(lines * LINE_PX + PAD_PX)}px`;
  const rules: Record<string, Record<string, string>> = {
    ".cm-content, .cm-gutter": { minHeight: min },
  };
  if (maxLines !== null) rules["&"] = { maxHeight: `${Math.round(maxLines * LINE_PX + PAD_PX)}px` };
  return EditorView.theme(rules);
}
