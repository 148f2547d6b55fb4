// The words io's refusals are written in: the catalogue, through one formatter for the reader's language (the CLI's
// is the machine's), made on first use.
import { createFormatter, type Formatter } from '../i18n/formatter';

let words: Formatter | null = null;

export function ioWords(): Formatter {
  return (words ??= createFormatter());
}

const MEBIBYTE = 1024 * 1024;

/** "5.0 MB" below ten, "20 MB" from there, in the reader's locale. */
export function megabytes(format: Formatter, bytes: number): string {
  const digits = bytes < 10 * MEBIBYTE ? 1 : 0;
  return format.number(bytes / MEBIBYTE, {
    style: 'unit',
    unit: 'megabyte',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}
