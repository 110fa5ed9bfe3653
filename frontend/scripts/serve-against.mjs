// Dev helper: serve the built frontend (src/podium/static) with the config of a running
// Gradio-protocol backend inlined, proxying API calls to it — e.g. to compare against a
// reference app.   node scripts/serve-against.mjs http://127.0.0.1:7861 5180
import { createServer, request } from "node:http";
import { readFileSync, existsSync, statSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const backend = new URL(process.argv[2] ?? "http://127.0.0.1:7860");
const port = Number(process.argv[3] ?? 5180);
const staticDir = fileURLToPath(new URL("../../src/podium/static/", import.meta.url));
const types = { ".js": "text/javascript", ".css": "text/css", ".html": "text/html; charset=utf-8", ".svg": "image/svg+xml" };

function proxy(req, res) {
  const up = request(
    { hostname: backend.hostname, port: backend.port, path: req.url, method: req.method, headers: { ...req.headers, host: backend.host } },
    (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    },
  );
  up.on("error", (e) => {
    res.writeHead(502);
    res.end(String(e));
  });
  req.pipe(up);
}

async function page(res) {
  const config = await (await fetch(new URL("/config", backend))).json();
  delete config.root;
  const json = JSON.stringify(config).replace(/</g, "\\u003c");
  const title = String(config.title ?? "Podium").replace(/</g, "&lt;");
  const html = readFileSync(join(staticDir, "index.html"), "utf8").replace(
    "<!--PODIUM_HEAD-->",
    `<title>${title}</title><script>window.gradio_config = ${json};</script>`,
  );
  res.writeHead(200, { "content-type": types[".html"] });
  res.end(html);
}

createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://x");
  if (url.pathname.startsWith("/gradio_api") || url.pathname === "/config") return proxy(req, res);
  if (url.pathname === "/" || url.pathname === "/index.html") return void page(res).catch((e) => { res.writeHead(500); res.end(String(e)); });
  const file = normalize(join(staticDir, url.pathname));
  if (!file.startsWith(staticDir) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404);
    return res.end("not found");
  }
  res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
  res.end(readFileSync(file));
}).listen(port, "127.0.0.1", () => console.log(`serving on http://127.0.0.1:${port} against ${backend.href}`));
