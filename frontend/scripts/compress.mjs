// Write .gz and .br siblings for every .js/.css/.html file >= 1 KB in the build output,
// so the server can serve them precompressed. Usage: node scripts/compress.mjs <dir>
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const root = process.argv[2] ?? "../src/podium/static";
const EXT = /\.(js|css|html|svg|json)$/;

function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) walk(path);
    else if (EXT.test(name) && st.size >= 1024) compress(path);
  }
}

let raw = 0, gz = 0, br = 0;
function compress(path) {
  const data = readFileSync(path);
  const g = gzipSync(data, { level: 9 });
  const b = brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
  writeFileSync(path + ".gz", g);
  writeFileSync(path + ".br", b);
  raw += data.length; gz += g.length; br += b.length;
}

walk(root);
console.log(`compressed assets: ${raw} B raw, ${gz} B gzip, ${br} B brotli`);
