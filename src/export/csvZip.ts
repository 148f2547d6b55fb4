// Pure: actors.csv and relations.csv in one zip, byte-identical for the same data (fixed entry dates).
import { strToU8, zipSync, type ZippableFile } from 'fflate';
import type { CheckedDataset } from '../domain/model';
import type { Visibility } from '../domain/query';
import { actorsCsv, relationsCsv } from './csvTables';

/** Zip entries carry a modification time; a constant one keeps the bytes the same from one export to the next. */
const FIXED_ENTRY_TIME = new Date(2000, 0, 1, 0, 0, 0);

export function csvZip(checked: CheckedDataset, visible: Visibility): Uint8Array {
  const entry = (text: string): ZippableFile => [strToU8(text), { mtime: FIXED_ENTRY_TIME }];
  return zipSync(
    { 'actors.csv': entry(actorsCsv(checked, visible)), 'relations.csv': entry(relationsCsv(checked, visible)) },
    { level: 6 },
  );
}
