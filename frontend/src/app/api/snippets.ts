/** Code snippets for calling an endpoint from Python, JavaScript and the shell. */

export interface ApiParameter {
  label?: string | null;
  parameter_name?: string | null;
  parameter_has_default?: boolean;
  parameter_default?: unknown;
  type?: unknown;
  python_type?: { type?: string; description?: string };
  component?: string;
  example_input?: unknown;
}

export interface ApiEndpoint {
  parameters: ApiParameter[];
  returns: ApiParameter[];
  description?: string;
  show_api?: boolean;
  api_visibility?: string;
}

function pyLiteral(v: unknown): string {
  if (v === null || v === undefined) return "None";
  if (v === true) return "True";
  if (v === false) return "False";
  if (typeof v === "number") return String(v);
  if (typeof v === "string") return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(pyLiteral).join(", ")}]`;
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (o.meta && (o.meta as Record<string, unknown>)._type === "gradio.FileData" && typeof o.path === "string") {
      return `handle_file(${JSON.stringify(o.url ?? o.path)})`;
    }
    return `{${Object.entries(o).map(([k, x]) => `${JSON.stringify(k)}: ${pyLiteral(x)}`).join(", ")}}`;
  }
  return JSON.stringify(v);
}

function example(p: ApiParameter): unknown {
  return p.parameter_has_default ? p.parameter_default : p.example_input ?? null;
}

function pyName(p: ApiParameter, i: number): string {
  const n = p.parameter_name ?? `param_${i}`;
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(n) ? n : `param_${i}`;
}

/** Python snippet for `gradio_client` or Podium's own `podium_client` (same calls). */
export function pythonSnippet(root: string, name: string, ep: ApiEndpoint, module = "gradio_client"): string {
  const usesFiles = ep.parameters.some((p) => pyLiteral(example(p)).startsWith("handle_file("));
  const args = ep.parameters.map((p, i) => `    ${pyName(p, i)}=${pyLiteral(example(p))},\n`).join("");
  return (
    `from ${module} import Client${usesFiles ? ", handle_file" : ""}\n\n` +
    `client = Client(${JSON.stringify(root)})\n` +
    `result = client.predict(\n${args}    api_name=${JSON.stringify(name)},\n)\nprint(result)`
  );
}

export function jsSnippet(root: string, name: string, ep: ApiEndpoint): string {
  const data = JSON.stringify(ep.parameters.map(example));
  return (
    `import { Client } from "@podium/client";\n\n` +
    `const client = await Client.connect(${JSON.stringify(root)});\n` +
    `const result = await client.predict(${JSON.stringify(name)}, ${data});\n` +
    `console.log(result);`
  );
}

export function curlSnippet(root: string, apiPrefix: string, name: string, ep: ApiEndpoint): string {
  const base = `${root.replace(/\/+$/, "")}${apiPrefix}/call${name}`;
  const body = JSON.stringify({ data: ep.parameters.map(example) }).replace(/'/g, "'\\''");
  return (
    `EVENT_ID=$(curl -s -X POST ${base} \\\n` +
    `  -H "Content-Type: application/json" \\\n` +
    `  -d '${body}' | sed -E 's/.*"event_id":"([^"]+)".*/\\1/')\n` +
    `curl -N ${base}/$EVENT_ID`
  );
}

export function typeLabel(p: ApiParameter): string {
  return p.python_type?.type ?? (typeof p.type === "object" && p.type && "type" in p.type ? String((p.type as { type: unknown }).type) : "Any");
}

/** An MCP client's configuration for this app's MCP server. */
export function mcpConfigSnippet(mcpUrl: string, name = "podium"): string {
  return JSON.stringify({ mcpServers: { [name]: { url: mcpUrl } } }, null, 2);
}
