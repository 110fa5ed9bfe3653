/**
 * Dialogue values: a list of {speaker, text} lines, or plain text. The text form uses
 * Gradio's default format, "[speaker] text" joined by the separator.
 */
export interface Line {
  speaker: string;
  text: string;
}

export function readLines(value: unknown, speakers: string[], separator: string): Line[] {
  if (typeof value === "string") return value.trim() ? parseDialogue(value, separator, speakers[0] ?? "Unknown") : [];
  if (!Array.isArray(value)) return [];
  return value
    .filter((l): l is Record<string, unknown> => !!l && typeof l === "object")
    .map((l) => ({ speaker: String(l.speaker ?? ""), text: String(l.text ?? "") }));
}

export function formatDialogue(lines: Line[], separator: string): string {
  return lines.map((l) => `[${l.speaker}] ${l.text}`).join(separator);
}

/** Text back into lines; a line without a "[speaker]" prefix goes to `defaultSpeaker`. */
export function parseDialogue(text: string, separator: string, defaultSpeaker: string): Line[] {
  const out: Line[] = [];
  for (const raw of text.split(separator)) {
    const line = raw.trim();
    if (!line) continue;
    const end = line.indexOf("]");
    if (line.startsWith("[") && end > 0) out.push({ speaker: line.slice(1, end), text: line.slice(end + 1).trim() });
    else out.push({ speaker: defaultSpeaker, text: line });
  }
  return out;
}

/** The ":partial" being typed right before the caret, if any (tags start with ":"). */
export function tagQuery(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const colon = before.lastIndexOf(":");
  if (colon < 0) return null;
  const query = before.slice(colon + 1);
  if (/\s/.test(query)) return null;
  return { start: colon, query };
}

export function matchingTags(tags: string[], query: string): string[] {
  const q = query.toLowerCase();
  return tags.filter((t) => t.toLowerCase().includes(q));
}

/** `text` with the ":partial" at `start..caret` replaced by `tag` (and a space). */
export function insertTag(text: string, start: number, caret: number, tag: string): { text: string; caret: number } {
  const next = `${text.slice(0, start)}${tag} ${text.slice(caret)}`;
  return { text: next, caret: start + tag.length + 1 };
}
