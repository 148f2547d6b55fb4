// A size in megabytes for people: "5.0 MB" below ten, "20 MB" from there, in the reader's locale.
import type { Formatter } from './formatter';

const MEBIBYTE = 1024 * 1024;

export function megabytes(format: Formatter, bytes: number): string {
  const digits = bytes < 10 * MEBIBYTE ? 1 : 0;
  return format.number(bytes / MEBIBYTE, {
    style: 'unit',
    unit: 'megabyte',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}
