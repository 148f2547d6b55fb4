// The reader's formatter for code outside React that speaks to the reader (opening a file, autosave, the figure's
// painter): the one App hands to the panels, made once, so every word on the page follows the same locale.
import { createFormatter, type Formatter } from './formatter';

let formatter: Formatter | null = null;

export function readerFormatter(): Formatter {
  return (formatter ??= createFormatter());
}
