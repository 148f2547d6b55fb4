// The words io's refusals are written in: the catalogue, through one formatter for the reader's language (the CLI's
// is the machine's), made on first use.
import { createFormatter, type Formatter } from '../i18n/formatter';

let words: Formatter | null = null;

export function ioWords(): Formatter {
  return (words ??= createFormatter());
}
