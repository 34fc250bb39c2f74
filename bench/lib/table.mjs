// Printing a bench table: rows under headers, columns padded, numeric cells right-aligned.

export function printTable(title, headers, rows) {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => String(row[column]).length)));
  const isNumeric = (cell) => /^[\d.,×%/\s()–-]+$/u.test(String(cell));
  const line = (cells) =>
    cells.map((cell, column) => (column > 0 && isNumeric(cell) ? String(cell).padStart(widths[column]) : String(cell).padEnd(widths[column]))).join('  ');
  console.log(`\n${title}`);
  console.log(line(headers));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}
