// Writes preload.json beside the build: for each component or layout type that is a
// separate chunk, the JS and CSS files it needs. The server adds <link rel=modulepreload>
// for the types an app uses, so those chunks download in parallel with the main script
// instead of one after another as the page discovers them.
// Usage: node scripts/preload-map.mjs <build dir>   (reads <build dir>/.vite/manifest.json)
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = process.argv[2] ?? "../src/podium/static";
const manifest = JSON.parse(readFileSync(join(root, ".vite", "manifest.json"), "utf8"));
const entry = Object.values(manifest).find((chunk) => chunk.isEntry);

function collect(key, js, css, seen) {
  if (seen.has(key)) return;
  seen.add(key);
  const chunk = manifest[key];
  if (!chunk || chunk === entry) return; // the main script is on the page already
  js.add(chunk.file);
  for (const file of chunk.css ?? []) css.add(file);
  for (const imported of chunk.imports ?? []) collect(imported, js, css, seen);
}

// Which config types load which module, read from the two registries' `type: () =>
// import("./x")` lines (several types may share a chunk: lineplot/scatterplot/barplot).
function registryTypes(file) {
  const source = readFileSync(new URL(file, import.meta.url), "utf8");
  const map = new Map();
  for (const [, type, target] of source.matchAll(/^\s*([a-z0-9_]+):\s*\(\)\s*=>\s*import\("\.\/([A-Za-z0-9_]+)(?:\.svelte)?"\)/gm)) {
    if (!map.has(target)) map.set(target, []);
    map.get(target).push(type);
  }
  return map;
}
const componentTypes = registryTypes("../src/components/registry.ts");
const layoutTypes = registryTypes("../src/app/layouts/registry.ts");

const types = {};
for (const [key, chunk] of Object.entries(manifest)) {
  if (!chunk.isDynamicEntry) continue;
  const component = /^src\/components\/([a-z0-9_]+)\/index\.ts$/.exec(chunk.src ?? key);
  const layout = /^src\/app\/layouts\/([A-Za-z]+)\.svelte$/.exec(chunk.src ?? key);
  const names = component ? componentTypes.get(component[1]) : layout ? layoutTypes.get(layout[1]) : undefined;
  if (!names) continue;
  const js = new Set();
  const css = new Set();
  collect(key, js, css, new Set());
  for (const type of names) types[type] = { js: [...js], css: [...css] };
}
writeFileSync(join(root, "preload.json"), JSON.stringify(types));
console.log(`preload map: ${Object.keys(types).length} lazily loaded types`);
