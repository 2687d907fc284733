/** The rows of a CSV text as a reader sees them: quoted cells unquoted (`""` as `"`), CRLF or LF line ends. */
export const parseCsv = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
};

/** A CSV export as a list of rows by its header (`User ID` read as `user_id`), so that rows pair and normalise as lists do. */
export const csvRows = (text: string): Record<string, string>[] | undefined => {
  const [header, ...rows] = parseCsv(text);
  if (header?.[0] !== 'ID') return undefined;
  const names = header.map((name) => name.toLowerCase().replaceAll(' ', '_'));
  return rows.map((row) => Object.fromEntries(row.map((cell, i) => [names[i] ?? `#${i}`, cell])));
};
