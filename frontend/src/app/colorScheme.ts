/** Light / dark / system display choice, kept in the page URL as ?__theme= (as Gradio does),
 *  so a reload or a shared link keeps it. The inline script in index.html applies it. */

export type ColorSchemeChoice = "light" | "dark" | "system";

declare global {
  interface Window {
    __podiumApplyColorScheme?: () => void;
  }
}

export function currentChoice(search: string = location.search): ColorSchemeChoice {
  const forced = new URLSearchParams(search).get("__theme");
  return forced === "light" || forced === "dark" ? forced : "system";
}

/** The URL for a choice: `?__theme=` set, or removed for "system"; other parameters kept. */
export function urlForChoice(href: string, choice: ColorSchemeChoice): string {
  const url = new URL(href);
  if (choice === "system") url.searchParams.delete("__theme");
  else url.searchParams.set("__theme", choice);
  return url.href;
}

export function chooseColorScheme(choice: ColorSchemeChoice): void {
  history.replaceState(history.state, "", urlForChoice(location.href, choice));
  window.__podiumApplyColorScheme?.();
}
