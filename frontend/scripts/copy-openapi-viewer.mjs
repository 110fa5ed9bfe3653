// Copies the self-hosted OpenAPI viewer (Swagger UI, from the swagger-ui-dist package)
// into the build, so /gradio_api/docs needs no CDN. Usage: node scripts/copy-openapi-viewer.mjs <build dir>
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";

const root = process.argv[2] ?? "../src/podium/static";
const target = join(root, "assets", "openapi");
mkdirSync(target, { recursive: true });
const dist = "node_modules/swagger-ui-dist";
for (const file of ["swagger-ui-bundle.js", "swagger-ui.css", "LICENSE", "NOTICE"]) {
  copyFileSync(join(dist, file), join(target, file));
}
copyFileSync("scripts/openapi-viewer.js", join(target, "viewer.js"));
console.log(`OpenAPI viewer copied to ${target}`);
