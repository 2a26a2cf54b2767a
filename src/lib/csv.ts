// CSV writing by RFC 4180 (quoted fields, doubled quotes, CRLF line ends), with a guard against
// spreadsheet formula injection: a text cell that a spreadsheet would run as a formula (it starts
// with = + - @, or a tab or carriage return that some apps skip first) gets a leading apostrophe,
// which spreadsheets show as plain text. Numbers are written as numbers, so -1 stays a number.

export type CsvValue = string | number | boolean | null | undefined | Date;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  let text = value instanceof Date ? value.toISOString() : value;
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: ReadonlyArray<ReadonlyArray<CsvValue>>): string {
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
