/** Choices arrive as [[display, value], ...]; tolerate bare values too. */
export interface Choice {
  label: string;
  value: unknown;
}

export function normalizeChoices(raw: unknown): Choice[] {
  if (!Array.isArray(raw)) return [];
  return raw.map((c) => {
    if (Array.isArray(c)) return { label: String(c[0] ?? ""), value: c.length > 1 ? c[1] : c[0] };
    return { label: String(c ?? ""), value: c };
  });
}

export function sameChoice(a: unknown, b: unknown): boolean {
  return a === b || (a !== null && b !== null && a !== undefined && b !== undefined && String(a) === String(b) && typeof a === typeof b);
}

export function indexOfChoice(choices: Choice[], value: unknown): number {
  return choices.findIndex((c) => sameChoice(c.value, value));
}
