/**
 * gr.BrowserState: values restored from localStorage before the app's load events run,
 * and saved back whenever they change (after an event's output, for example).
 */
import type { Runtime } from "./runtime.svelte";

export async function restoreBrowserState(runtime: Runtime): Promise<void> {
  const models = [...runtime.models.values()].filter((m) => m.type === "browserstate");
  if (!models.length) return;
  const { seal, unseal } = await import("./browser_state_crypto");
  for (const model of models) {
    const key = String(model.get("storage_key") ?? "");
    const secret = String(model.get("secret") ?? "");
    if (!key) continue;
    let stored: string | null = null;
    try {
      stored = localStorage.getItem(key);
    } catch {
      stored = null; // storage disabled (privacy mode): the default value stands
    }
    const restored = unseal(stored, secret);
    if (restored !== undefined) model.set("value", restored);
    model.on("change:value", (value) => {
      try {
        localStorage.setItem(key, seal(value, secret));
      } catch (err) {
        console.warn("BrowserState could not be saved:", err);
      }
    });
  }
}
