"""The page a browser gets at the MCP URL: what the URL is for, how to add it to an MCP
client, and the tools the app offers. (MCP clients ask for `text/event-stream` and never
see it.)"""

from __future__ import annotations

import json
import re
from html import escape

from podium.mcp.catalog import Catalog

_STYLE = """
:root { color-scheme: light dark; --fg: #1f2430; --muted: #5d6474; --bg: #f6f7f9; --card: #fff;
  --line: #dfe2e8; --accent: #4f46e5; --code: #f0f1f5; }
@media (prefers-color-scheme: dark) { :root { --fg: #e7e9ee; --muted: #a3a9b7; --bg: #14161b;
  --card: #1c1f26; --line: #2d313b; --accent: #8b85ff; --code: #232731; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 760px; margin: 0 auto; padding: 48px 24px; }
h1 { font-size: 26px; margin: 0 0 6px; }
p.lead { color: var(--muted); margin: 0 0 28px; }
section { background: var(--card); border: 1px solid var(--line); border-radius: 10px;
  padding: 18px 20px; margin-bottom: 18px; }
h2 { font-size: 13px; letter-spacing: .06em; text-transform: uppercase; color: var(--muted); margin: 0 0 12px; }
.row { display: flex; gap: 8px; align-items: center; }
code, pre { font: 13.5px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.url { flex: 1; background: var(--code); border-radius: 6px; padding: 9px 12px; overflow-x: auto; white-space: nowrap; }
pre { background: var(--code); border-radius: 6px; padding: 12px 14px; margin: 0; overflow-x: auto; }
button { font: inherit; font-size: 13px; border: 1px solid var(--line); background: var(--card); color: var(--fg);
  border-radius: 6px; padding: 7px 12px; cursor: pointer; }
button:hover { border-color: var(--accent); color: var(--accent); }
.note { color: var(--muted); font-size: 13.5px; margin: 10px 0 0; }
ul.tools { list-style: none; padding: 0; margin: 0; }
ul.tools li { padding: 9px 0; border-top: 1px solid var(--line); }
ul.tools li:first-child { border-top: 0; padding-top: 0; }
ul.tools code { color: var(--accent); font-weight: 600; }
ul.tools span { display: block; color: var(--muted); font-size: 14px; }
"""

_SCRIPT = """
document.querySelectorAll("button[data-copy]").forEach((button) => {
  button.addEventListener("click", async () => {
    const source = document.getElementById(button.dataset.copy);
    try {
      await navigator.clipboard.writeText(source.textContent);
    } catch {
      // No clipboard API outside secure contexts (plain http on another host): copy the selection.
      const range = document.createRange();
      range.selectNodeContents(source);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      document.execCommand("copy");
    }
    button.textContent = "Copied";
    setTimeout(() => (button.textContent = "Copy"), 1500);
  });
});
"""


def _server_key(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-") or "podium-app"


def landing_page(title: str, mcp_url: str, catalog: Catalog) -> str:
    config = json.dumps({"mcpServers": {_server_key(title): {"url": mcp_url}}}, indent=2)
    tools = "".join(
        f"<li><code>{escape(entry.name)}</code><span>{escape(entry.description or 'No description.')}</span></li>"
        for entry in catalog.of_kind("tool")
    ) or "<li><span>This app offers no tools.</span></li>"
    sse_url = mcp_url.rstrip("/") + "/sse"
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)} · MCP server</title><style>{_STYLE}</style></head>
<body><main>
<h1>{escape(title)} · MCP server</h1>
<p class="lead">This URL serves the app's functions as tools over the Model Context Protocol.
Add it to an MCP client (an AI assistant or agent); a browser has nothing more to show here.</p>
<section><h2>Server URL (Streamable HTTP)</h2>
<div class="row"><div class="url"><code id="url">{escape(mcp_url)}</code></div>
<button data-copy="url">Copy</button></div>
<p class="note">Clients that only speak the older SSE transport can use <code>{escape(sse_url)}</code>.</p></section>
<section><h2>Client configuration</h2>
<div class="row" style="align-items:flex-start"><pre id="config" style="flex:1">{escape(config)}</pre>
<button data-copy="config">Copy</button></div>
<p class="note">Most MCP clients read an <code>mcpServers</code> entry like this one.</p></section>
<section><h2>Tools</h2><ul class="tools">{tools}</ul></section>
</main><script>{_SCRIPT}</script></body></html>"""
