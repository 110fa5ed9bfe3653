import { defineConfig } from "vitest/config";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { fileURLToPath } from "node:url";

const clientSrc = fileURLToPath(new URL("../clients/js/src/index.ts", import.meta.url));
// In `npm run dev`, API calls and /config go to a running app (PODIUM_DEV_BACKEND).
const backend = process.env.PODIUM_DEV_BACKEND ?? "http://127.0.0.1:7860";

export default defineConfig({
  base: "./",
  plugins: [svelte()],
  resolve: { alias: { "@podium/client": clientSrc } },
  build: {
    outDir: "../src/podium/static",
    emptyOutDir: true,
    target: "es2022",
    cssCodeSplit: true,
    modulePreload: { polyfill: false },
    reportCompressedSize: true,
    chunkSizeWarningLimit: 200,
    // Read by scripts/preload-map.mjs (the server preloads the chunks an app needs).
    manifest: true,
  },
  server: {
    fs: { allow: [".."] },
    proxy: {
      "/config": backend,
      "/gradio_api": { target: backend, changeOrigin: true },
    },
  },
  test: {
    include: ["src/**/*.test.ts"],
  },
});
