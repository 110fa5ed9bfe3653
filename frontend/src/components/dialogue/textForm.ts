/**
 * The dialogue's text form. Apps that give `Dialogue(formatter=...)` or `unformatter=...`
 * have their own text format, which only Python knows: then the text is made (and read
 * back) by the component's server functions `format` and `unformat`. Otherwise the
 * browser uses Gradio's default "[speaker] text" form itself and sends no request.
 */
import type { Model } from "../../app/contract";
import { formatDialogue, parseDialogue, readLines, type Line } from "./lines";

export function formatsOnServer(model: Model): boolean {
  return model.get("server_format") === true && typeof model.server === "function";
}

export function unformatsOnServer(model: Model): boolean {
  return model.get("server_unformat") === true && typeof model.server === "function";
}

/** `lines` as one string, the way the app formats them. */
export async function formatLines(model: Model, lines: Line[], separator: string): Promise<string> {
  if (!formatsOnServer(model)) return formatDialogue(lines, separator);
  const text = await model.server!("format", lines);
  return typeof text === "string" ? text : "";
}

/** Text typed in the text view back into lines, the way the app reads them. */
export async function unformatText(model: Model, text: string, separator: string, defaultSpeaker: string): Promise<Line[]> {
  if (!unformatsOnServer(model)) return parseDialogue(text, separator, defaultSpeaker);
  return readLines(await model.server!("unformat", { text }), [], separator);
}
