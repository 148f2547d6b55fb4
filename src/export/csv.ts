// Pure: RFC 4180 CSV text, with cells that a spreadsheet would run as a formula defused.

/** Characters that make Excel, LibreOffice or Google Sheets read a cell as a formula (OWASP's list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell: numbers as they are; text with a leading formula character gets a single quote in front (the quote shows, the formula never runs);
 * cells holding a comma, a double quote, CR or LF are quoted, with double quotes doubled.
 */
export function csvCell(value: string | number | undefined): string {
  if (typeof value === 'number') return String(value);
  let text = value ?? '';
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows joined with CRLF, as RFC 4180 says, ending with a line break. */
export function csvText(header: readonly string[], rows: Iterable<readonly (string | number | undefined)[]>): string {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
