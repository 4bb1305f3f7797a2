/**
 * Dates are typed as DD.MM.YYYY in every language (the shared validation message says so) and sent as
 * "YYYY-MM-DD". "1.3.2026", "01/03/2026" and "2026-03-01" are understood too.
 */
export function parseTypedDate(text: string): string | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const dotted = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(trimmed);
  const parts = iso ? [iso[1], iso[2], iso[3]] : dotted ? [dotted[3], dotted[2], dotted[1]] : null;
  if (!parts) return null;
  const [year, month, day] = parts.map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return date.toISOString().slice(0, 10);
}

/** A stored date as it is typed: "2026-03-01" → "01.03.2026". */
export function toTypedDate(date: string): string {
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
}

/** What goes to the schema: the date when the text is one, else the text itself, which the schema refuses. */
export function typedDateInput(text: string): string {
  return parseTypedDate(text) ?? text.trim();
}
