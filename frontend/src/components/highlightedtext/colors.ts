/** Colours for HighlightedText: categories get a colour each, scores a red/blue intensity. */
export type Kind = string | number | null;

const PALETTE = ["#f97316", "#22c55e", "#3b82f6", "#a855f7", "#eab308", "#ec4899", "#14b8a6", "#ef4444", "#6366f1", "#84cc16"];

/** One colour per category, in order of first appearance; `colorMap` wins where given. */
export function categoryColors(kinds: Kind[], colorMap: Record<string, string> | null | undefined): Map<string, string> {
  const colors = new Map<string, string>();
  const taken = new Set(Object.values(colorMap ?? {}).map((c) => c.toLowerCase()));
  let next = 0;
  for (const kind of kinds) {
    if (typeof kind !== "string" || colors.has(kind)) continue;
    const given = colorMap?.[kind];
    if (given) {
      colors.set(kind, given);
      continue;
    }
    // The next palette colour no color_map entry uses (wrapping round if all are).
    let tries = 0;
    while (taken.has(PALETTE[next % PALETTE.length]!) && tries++ < PALETTE.length) next++;
    const color = PALETTE[next++ % PALETTE.length]!;
    taken.add(color);
    colors.set(kind, color);
  }
  return colors;
}

export function isScoreMode(kinds: Kind[]): boolean {
  return kinds.some((kind) => typeof kind === "number");
}

/** Positive scores red, negative blue, stronger the further from 0 (clamped to [-1, 1]). */
export function scoreColor(score: number): string {
  const strength = Math.min(1, Math.abs(score));
  return score >= 0 ? `rgba(220, 38, 38, ${strength.toFixed(3)})` : `rgba(37, 99, 235, ${strength.toFixed(3)})`;
}

/** A category colour as a translucent background (the text stays readable in both themes). */
export function tint(color: string, alpha = 0.28): string {
  const hex = /^#([0-9a-f]{6})$/i.exec(color.trim());
  if (!hex) return `color-mix(in srgb, ${color} ${Math.round(alpha * 100)}%, transparent)`;
  const n = parseInt(hex[1]!, 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}
