/**
 * Tab-separated text as spreadsheets put it on the clipboard: rows end in CRLF (Excel) or LF,
 * cells are split by tabs, and a cell holding a tab, a newline or a quote is wrapped in quotes
 * with its quotes doubled. Pure: both the grids (copy) and the line editors (paste) use it.
 */

/** A cell of user text that Excel would read as a formula when pasted: `=`, `+`, `@`, or `-` before a non-number. */
function readsAsFormula(text: string): boolean {
  return /^[=+@]/.test(text) || /^-(?![\d.,\s]*$)/.test(text);
}

function encodeCell(text: string, isUserText: boolean): string {
  // A leading apostrophe makes Excel keep the cell as text, as it does when typed.
  const safe = isUserText && readsAsFormula(text) ? `'${text}` : text;
  return /[\t\r\n"]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Rows of cells as clipboard text, each row ending in CRLF as Excel writes it. `textColumns`
 * names the columns of free text, whose cells are kept from turning into formulas.
 */
export function toTabText(rows: string[][], textColumns: ReadonlySet<number> = new Set()): string {
  return rows.map((row) => `${row.map((cell, column) => encodeCell(cell, textColumns.has(column))).join('\t')}\r\n`).join('');
}

/**
 * Clipboard text as rows of cells. The newline that ends the last row is not an extra row, and
 * fully empty rows at the end (Excel adds one when a block ends in blank cells) are dropped.
 */
export function parseTabText(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let at = 0;
  let isCellStart = true;
  while (at < text.length) {
    const char = text[at];
    if (isCellStart && char === '"') {
      // A quoted cell: up to the closing quote; doubled quotes are one quote.
      let end = at + 1;
      let quoted = '';
      while (end < text.length) {
        if (text[end] === '"' && text[end + 1] === '"') {
          quoted += '"';
          end += 2;
        } else if (text[end] === '"') {
          break;
        } else {
          quoted += text[end];
          end += 1;
        }
      }
      if (end < text.length && (end + 1 === text.length || /[\t\r\n]/.test(text[end + 1]))) {
        cell = quoted;
        at = end + 1;
        isCellStart = false;
        continue;
      }
      // An unclosed quote is an ordinary character, as Excel takes it.
    }
    isCellStart = false;
    if (char === '\t') {
      row.push(cell);
      cell = '';
      isCellStart = true;
    } else if (char === '\r' || char === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      isCellStart = true;
      if (char === '\r' && text[at + 1] === '\n') at += 1;
    } else {
      cell += char;
    }
    at += 1;
  }
  if (!isCellStart || cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  while (rows.length > 0 && rows[rows.length - 1].every((value) => value.trim() === '')) rows.pop();
  return rows;
}

/** True when pasted text is more than one cell: a block the line editor spreads over rows. */
export function isBlock(text: string): boolean {
  const rows = parseTabText(text);
  return rows.length > 1 || (rows[0]?.length ?? 0) > 1;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\r?\n/g, '<br>');
}

/**
 * The same rows as an HTML table, which Excel and LibreOffice prefer when pasting: the free-text
 * columns are marked as text (`mso-number-format:"\@"`), so a phone `0812…` or a code `0045`
 * keeps its leading zero and a long number its last digits, which plain text would lose.
 */
export function toHtmlTable(rows: string[][], textColumns: ReadonlySet<number> = new Set()): string {
  const body = rows
    .map((row) => `<tr>${row.map((cell, column) => (textColumns.has(column) ? `<td style="mso-number-format:'\\@'">${escapeHtml(cell)}</td>` : `<td>${escapeHtml(cell)}</td>`)).join('')}</tr>`)
    .join('');
  return `<table>${body}</table>`;
}
