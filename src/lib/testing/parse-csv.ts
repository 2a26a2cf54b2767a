// A small, strict RFC 4180 reader for tests: checks the CSV writer and the export against the
// format itself rather than against the writer's own code.
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const next = text[i + 1];
    i += 1;
    if (quoted) {
      if (ch === '"' && next === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') {
        quoted = false;
      } else {
        cell += ch;
      }
      continue;
    }
    if (ch === '"') {
      if (cell !== "") throw new Error(`A quote inside an unquoted field at ${i}`);
      quoted = true;
    } else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\r" && next === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i += 1;
    } else if (ch === "\n" || ch === "\r") {
      throw new Error(`A bare line break outside quotes at ${i}`);
    } else {
      cell += ch;
    }
  }
  if (quoted) throw new Error("An unterminated quoted field");
  if (cell !== "" || row.length) throw new Error("The last record does not end with CRLF");
  return rows;
}
