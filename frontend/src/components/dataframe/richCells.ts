/**
 * Markdown and HTML cells, rendered through the shared sanitiser. The renderer (marked
 * and DOMPurify) is fetched only when a table has such columns, and each distinct text
 * is rendered once.
 */
type Render = (text: string) => string;

let loading: Promise<{ markdown: Render; html: Render }> | null = null;

export function loadRichCells(): Promise<{ markdown: Render; html: Render }> {
  loading ??= import("../markdown/render").then(({ renderMarkdown, sanitize }) => ({
    markdown: (text: string) => renderMarkdown(text),
    html: (text: string) => sanitize(text),
  }));
  return loading;
}

export class RichCache {
  private readonly cache = new Map<string, string>();
  constructor(private readonly render: Render) {}

  get(text: string): string {
    let html = this.cache.get(text);
    if (html === undefined) {
      html = this.render(text);
      if (this.cache.size > 5000) this.cache.clear(); // bounded: tables can be huge
      this.cache.set(text, html);
    }
    return html;
  }
}
