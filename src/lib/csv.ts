/**
 * CSV as RFC 4180 writes it: comma-separated, CRLF line ends, a field in double quotes when it holds
 * a comma, a quote or a line break (quotes doubled), and a UTF-8 byte order mark in front. The
 * mark is what makes Excel read the file as UTF-8 ("Fryslân", "één"); without it Excel guesses
 * Windows-1252. Comma rather than semicolon: it is the standard every data tool reads without
 * settings (R, pandas, LibreOffice, Google Sheets, Excel's "Van tekst/CSV"), and numbers are
 * written with a decimal point, so no value ever contains the separator.
 */

/** The UTF-8 byte order mark. */
export const BOM = '\uFEFF';

/** A value in a CSV file: text, a number, or nothing (an empty field). */
export type CsvValue = string | number | null;

/**
 * One field. Text that a spreadsheet would run as a formula (starting with = + - @ or a tab or
 * carriage return) gets a leading apostrophe: sector names are typed by people (OWASP "CSV
 * injection"). Numbers are written as they are.
 */
export function csvField(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: the byte order mark, then one CRLF-terminated line per row. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<CsvValue>>): string {
  return BOM + rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
