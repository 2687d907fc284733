/** A CSV cell: database strings, computed numbers, `null` for an empty column. */
export type CsvCell = string | number | null | undefined;

/**
 * Spreadsheets run a cell that starts with one of these as a formula (CSV formula injection): a
 * user's name such as `=HYPERLINK(...)` would execute when an agent opens the export. Such cells
 * get a leading `'`, which spreadsheets read as "this is text".
 */
const FORMULA_START = /^[=+\-@\t\r]/;

const cellText = (cell: CsvCell): string => {
  if (cell === null || cell === undefined) return '';
  const text = String(cell);
  return FORMULA_START.test(text) ? `'${text}` : text;
};

/** RFC 4180: a field holding a comma, a quote or a line break is quoted, its quotes doubled. */
const field = (cell: CsvCell): string => {
  const text = cellText(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** A CSV document (RFC 4180): a header row then the rows, each line ended by CRLF. */
export const toCsv = (header: readonly string[], rows: readonly (readonly CsvCell[])[]): string =>
  [header, ...rows].map((row) => `${row.map(field).join(',')}\r\n`).join('');
