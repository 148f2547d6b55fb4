// A strict RFC 4180 CSV reader for the export tests (no leniency: a malformed file throws).

/** A strict RFC 4180 reader: records end with CRLF; quoted fields may hold anything, with "" for a quote. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let at = 0;
  while (at < text.length) {
    let field = '';
    if (text[at] === '"') {
      at++;
      for (;;) {
        const quote = text.indexOf('"', at);
        if (quote < 0) throw new Error('unterminated quoted field');
        field += text.slice(at, quote);
        if (text[quote + 1] === '"') {
          field += '"';
          at = quote + 2;
        } else {
          at = quote + 1;
          break;
        }
      }
    } else {
      const end = text.slice(at).search(/,|\r\n/);
      field = end < 0 ? text.slice(at) : text.slice(at, at + end);
      if (/["\r\n]/.test(field))
        throw new Error(`unquoted field holds a quote or line break: ${JSON.stringify(field)}`);
      at += field.length;
    }
    record.push(field);
    if (text.startsWith(',', at)) at += 1;
    else if (text.startsWith('\r\n', at)) {
      at += 2;
      records.push(record);
      record = [];
    } else if (at < text.length) throw new Error(`unexpected character at ${at}`);
  }
  if (record.length > 0) records.push(record);
  return records;
}
