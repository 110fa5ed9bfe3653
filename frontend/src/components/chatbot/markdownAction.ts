/**
 * `use:markdown={{ text, options }}` — keeps an element's HTML in step with a message's
 * Markdown. While a reply streams, the text changes once per token: parsing waits for the
 * next animation frame, so a burst of tokens costs one parse per painted frame, and only
 * this message is parsed. Code blocks get a copy button.
 */
import { missingRenderers, renderMarkdown, type RenderOptions } from "../markdown/render";

export interface MarkdownParams {
  text: string;
  options: RenderOptions;
  /** Render as plain text (render_markdown=False). */
  plain?: boolean;
}

const COPY_ICON =
  '<svg viewBox="0 0 24 24" aria-hidden="true"><rect x="9" y="9" width="11" height="11" rx="2"/><path d="M5 15V6a2 2 0 0 1 2-2h9"/></svg>';

export function markdown(node: HTMLElement, initial: MarkdownParams) {
  let params = initial;
  let shown: string | null = null;
  let frame = 0;

  const draw = () => {
    frame = 0;
    const { text, options, plain } = params;
    if (text === shown) return;
    shown = text;
    if (plain) {
      node.textContent = text;
      return;
    }
    node.innerHTML = renderMarkdown(text, options);
    addCopyButtons(node);
    // Math or code needs a library not loaded yet: draw again once it has arrived.
    missingRenderers(text, options)?.then(() => {
      if (shown === text) {
        shown = null;
        schedule();
      }
    });
  };

  const schedule = () => {
    if (frame) return;
    frame = typeof requestAnimationFrame === "function" && shown !== null ? requestAnimationFrame(draw) : 0;
    if (!frame) draw();
  };

  const onClick = (e: MouseEvent) => {
    const button = (e.target as Element).closest?.("button.pd-code-copy");
    if (!button || !node.contains(button)) return;
    const code = button.parentElement?.querySelector("code")?.textContent ?? "";
    void navigator.clipboard?.writeText(code).catch(() => undefined);
    button.setAttribute("data-copied", "");
    button.setAttribute("aria-label", "Copied");
    setTimeout(() => {
      button.removeAttribute("data-copied");
      button.setAttribute("aria-label", "Copy code");
    }, 1500);
  };
  node.addEventListener("click", onClick);
  draw();

  return {
    update(next: MarkdownParams) {
      params = next;
      if (next.text !== shown) schedule();
    },
    destroy() {
      if (frame) cancelAnimationFrame(frame);
      node.removeEventListener("click", onClick);
    },
  };
}

function addCopyButtons(root: HTMLElement): void {
  for (const pre of root.querySelectorAll("pre")) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "pd-code-copy";
    button.setAttribute("aria-label", "Copy code");
    button.title = "Copy code";
    button.innerHTML = COPY_ICON;
    pre.append(button);
  }
}
