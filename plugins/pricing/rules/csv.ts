/**
 * CSV as RFC 4180 writes it (comma separated, fields with commas, quotes or line breaks in double quotes, a quote
 * inside doubled), pure. Every cell stays text: a SKU "1.10" or a price "1.50" is never turned into a number (the
 * pitfall FACTS notes in Payload's import plugin).
 */

/** A data record and the line of the file it starts on (the header is line 1, as a spreadsheet numbers rows). */
export type CsvRecord = { row: number; cells: string[] }

export type ParsedCsv = { header: string[]; records: CsvRecord[] }

/** Splits `text` into records; blank lines are skipped, a byte-order mark is dropped. */
export function parseCsv(text: string): ParsedCsv {
  const records: CsvRecord[] = []
  let cells: string[] = []
  let cell = ''
  let quoted = false
  let line = 1
  let recordLine = 1
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const endRecord = () => {
    cells.push(cell)
    if (cells.length > 1 || cells[0].trim() !== '') records.push({ row: recordLine, cells })
    cells = []
    cell = ''
  }
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index]
    if (quoted) {
      if (char === '"' && source[index + 1] === '"') {
        cell += '"'
        index += 1
      } else if (char === '"') quoted = false
      else {
        if (char === '\n') line += 1
        cell += char
      }
    } else if (char === '"') quoted = true
    else if (char === ',') {
      cells.push(cell)
      cell = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[index + 1] === '\n') index += 1
      endRecord()
      line += 1
      recordLine = line
    } else cell += char
  }
  if (cell !== '' || cells.length) endRecord()
  const [first, ...rest] = records
  return { header: (first?.cells ?? []).map((name) => name.trim()), records: rest }
}

/** One CSV line (no line break) from cells, quoting only the cells that need it. */
export function csvLine(cells: readonly string[]): string {
  return cells.map((cell) => (/[",\r\n]/.test(cell) || cell !== cell.trim() ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',')
}
