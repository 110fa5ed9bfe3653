/**
 * Pure table helpers for the Dataframe view: the order rows are shown in (sort and
 * search), cell text, TSV for the clipboard and column widths. No DOM, no Svelte, so
 * they are tested directly and run over 100,000-row arrays without reactive proxies.
 */

export type Cell = string | number | boolean | null;
export type Row = Cell[];
export type SortDirection = "ascending" | "descending";

export interface TableValue {
  headers: string[];
  data: Row[];
  metadata?: { display_value?: string[][] | null; styling?: string[][] | null } | null;
}

/** How a cell reads on screen and in the clipboard. */
export function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number" && Number.isNaN(cell)) return "";
  return String(cell);
}

type SortKey = number | string | null;

/** Numbers (and text that reads as a number) compare as numbers, the rest as text. */
function sortKey(cell: unknown): SortKey {
  if (cell === null || cell === undefined || cell === "") return null;
  if (typeof cell === "number") return Number.isNaN(cell) ? null : cell;
  if (typeof cell === "boolean") return cell ? 1 : 0;
  const text = String(cell);
  const trimmed = text.trim();
  if (trimmed !== "" && NUMBERISH.test(trimmed)) return Number(trimmed);
  return text.toLowerCase();
}
const NUMBERISH = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

function compareKeys(a: SortKey, b: SortKey): number {
  // Empty cells last whichever the direction (callers flip only non-empty comparisons).
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "number") return -1; // numbers before text
  if (typeof b === "number") return 1;
  return (a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0;
}

/**
 * The row indices of `rows` sorted by `column`: stable (equal cells keep their order),
 * numeric-aware, empty cells last. `among` limits it to those indices (e.g. search hits).
 */
export function sortOrder(rows: readonly Row[], column: number, direction: SortDirection, among?: readonly number[]): number[] {
  const indices = among ? [...among] : Array.from({ length: rows.length }, (_, i) => i);
  const keys: SortKey[] = new Array(rows.length);
  for (const i of indices) keys[i] = sortKey(rows[i]![column]);
  const sign = direction === "ascending" ? 1 : -1;
  indices.sort((i, j) => {
    const a = keys[i]!;
    const b = keys[j]!;
    if (a === null || b === null) return a === b ? i - j : a === null ? 1 : -1;
    return sign * compareKeys(a, b) || i - j;
  });
  return indices;
}

/** Lower-cased text of each row, built once per value so every keystroke is a cheap scan. */
export function searchIndex(rows: readonly Row[], display?: string[][] | null): string[] {
  const index = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const cells = display?.[i] ?? rows[i]!;
    index[i] = cells.map(cellText).join("\u0001").toLowerCase();
  }
  return index;
}

/** Indices of the rows containing `query` (case-insensitive) in any cell. */
export function searchRows(index: readonly string[], query: string): number[] {
  const needle = query.trim().toLowerCase();
  const hits: number[] = [];
  for (let i = 0; i < index.length; i++) if (!needle || index[i]!.includes(needle)) hits.push(i);
  return hits;
}

/**
 * Per-column filters: text must be contained in the cell; for numbers `>3`, `<=2.5`,
 * `=4` or `!=0` compare numerically. Returns indices of rows matching every filter.
 */
export function filterRows(rows: readonly Row[], filters: readonly string[], among?: readonly number[]): number[] {
  const tests = filters.map(cellTest);
  const indices = among ?? Array.from({ length: rows.length }, (_, i) => i);
  if (tests.every((t) => t === null)) return [...indices];
  return indices.filter((i) => tests.every((test, column) => test === null || test(rows[i]![column])));
}

const COMPARISON = /^(>=|<=|!=|>|<|=)\s*(.+)$/;

function cellTest(filter: string): ((cell: unknown) => boolean) | null {
  const text = filter.trim();
  if (!text) return null;
  const match = COMPARISON.exec(text);
  if (match && NUMBERISH.test(match[2]!.trim())) {
    const target = Number(match[2]);
    const op = match[1]!;
    return (cell) => {
      const key = sortKey(cell);
      if (typeof key !== "number") return false;
      switch (op) {
        case ">": return key > target;
        case "<": return key < target;
        case ">=": return key >= target;
        case "<=": return key <= target;
        case "!=": return key !== target;
        default: return key === target;
      }
    };
  }
  const needle = text.toLowerCase();
  return (cell) => cellText(cell).toLowerCase().includes(needle);
}

/** Tab-separated text (what spreadsheets paste) of the headers and the rows shown. */
export function toTsv(headers: readonly string[], rows: readonly Row[], order?: readonly number[] | null): string {
  const clean = (text: string) => text.replace(/[\t\r\n]+/g, " ");
  const lines = [headers.map((h) => clean(cellText(h))).join("\t")];
  const indices = order ?? rows.map((_, i) => i);
  for (const i of indices) lines.push(rows[i]!.map((c) => clean(cellText(c))).join("\t"));
  return lines.join("\n");
}

const CHAR_PX = 7.5;
const MIN_PX = 64;
const MAX_PX = 320;

/**
 * CSS width of each column: `column_widths` where given (numbers are pixels), else a
 * guess from the header and the first rows' text (measuring every row would cost a pass
 * over 100,000 rows before anything is shown).
 */
export function columnWidths(headers: readonly string[], rows: readonly Row[], given: readonly (string | number)[] | null | undefined, sample = 200): string[] {
  return headers.map((header, column) => {
    const fixed = given?.[column];
    if (typeof fixed === "number") return `${fixed}px`;
    if (typeof fixed === "string" && fixed.trim()) return fixed;
    let longest = cellText(header).length + 3; // room for the sort arrow
    const count = Math.min(rows.length, sample);
    for (let i = 0; i < count; i++) longest = Math.max(longest, cellText(rows[i]?.[column]).length);
    return `${Math.round(Math.min(MAX_PX, Math.max(MIN_PX, longest * CHAR_PX + 24)))}px`;
  });
}

/** The datatype of each column from `datatype` (one for all, or one per column). */
export function columnTypes(datatype: unknown, width: number): string[] {
  if (Array.isArray(datatype)) return Array.from({ length: width }, (_, i) => String(datatype[i] ?? "str"));
  const one = typeof datatype === "string" ? datatype : "str";
  return Array.from({ length: width }, () => one);
}

/** An edited cell's text as the column's type: numbers and booleans when they parse. */
export function parseCell(text: string, type: string): Cell | undefined {
  if (type === "number") {
    const trimmed = text.trim();
    if (trimmed === "") return null;
    return NUMBERISH.test(trimmed) ? Number(trimmed) : undefined; // undefined: not valid
  }
  if (type === "bool") return /^(true|1|yes)$/i.test(text.trim());
  return text;
}

export interface Limits {
  min: number | null;
  max: number | null;
}

/** Effective limits from `*_limits` and the older `(n, "fixed")` count. */
export function limits(given: unknown, count: unknown): Limits {
  if (Array.isArray(count) && count[1] === "fixed") return { min: Number(count[0]), max: Number(count[0]) };
  if (Array.isArray(given)) return { min: given[0] ?? null, max: given[1] ?? null };
  return { min: null, max: null };
}
