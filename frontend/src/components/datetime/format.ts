/** The text forms a DateTime accepts (the server reads the same ones). */
const ABSOLUTE = /^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?$/;
const RELATIVE = /^\s*now\s*(?:[+-]\s*\d+(?:\.\d+)?\s*[smhdw])?\s*$/i;

export function isValidDate(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === "" || RELATIVE.test(trimmed)) return true;
  if (!ABSOLUTE.test(trimmed)) return false;
  return !Number.isNaN(new Date(trimmed.replace(" ", "T")).getTime());
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "YYYY-MM-DD HH:MM:SS" (or "YYYY-MM-DD") for a date in local time. */
export function formatDate(date: Date, includeTime: boolean): string {
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return includeTime ? `${day} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` : day;
}

/** The value for the native picker (`datetime-local` / `date`), or "" when the text is not a fixed date. */
export function pickerValue(text: string, includeTime: boolean): string {
  const trimmed = text.trim();
  if (!ABSOLUTE.test(trimmed)) return "";
  const [day, time = "00:00:00"] = trimmed.replace("T", " ").split(" ");
  return includeTime ? `${day}T${time.length === 5 ? `${time}:00` : time}` : day!;
}

/** The native picker's value back in the component's text form. */
export function fromPicker(value: string, includeTime: boolean): string {
  if (!value) return "";
  if (!includeTime) return value;
  const [day, time = "00:00"] = value.split("T");
  return `${day} ${time.length === 5 ? `${time}:00` : time}`;
}
