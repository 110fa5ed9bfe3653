/** launch(js=...): the app author's JavaScript, run once when the page has loaded.
 *  As in Gradio it may be a function expression (`() => {...}`, `async () => {...}`,
 *  `function () {...}`), which is called, or plain statements, which are run. */

function compile(js: string): () => unknown {
  try {
    // An expression: a function to call, or a statement-like expression (`a = 1`).
    return new Function(`return (${js}\n);`) as () => unknown;
  } catch {
    // Not an expression (several statements, declarations...): run it as a body.
    return new Function(js) as () => unknown;
  }
}

export async function runAppJs(js: unknown): Promise<void> {
  if (typeof js !== "string" || !js.trim()) return;
  try {
    const value = compile(js)();
    if (typeof value === "function") await (value as () => unknown)();
  } catch (err) {
    console.error("The app's js failed:", err);
  }
}
