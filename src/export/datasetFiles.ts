// Pure: the dataset with its sources as one file to keep or share: a .zip of dataset.json and sources/<id>.txt, or one
// .json with every text inline. Both open again in the explorer and pass `npm run validate`.
import { strToU8, zipSync, type ZippableFile } from 'fflate';
import { datasetFileText } from '../domain/datasetFileText';
import type { CheckedDataset, Dataset, SourceDocument } from '../domain/model';
import { sourceTextPath } from '../domain/sourcePaths';

/** Zip entries carry a modification time; a constant one keeps the bytes the same from one download to the next. */
const FIXED_ENTRY_TIME = new Date(2000, 0, 1, 0, 0, 0);
/**
 * The dataset as an archive holds it, with the text of each file: documents that keep their text in a file keep its
 * path; an inline text moves to sources/<id>.txt (a path no other document uses, compared without case, as a Windows
 * or macOS folder would).
 */
export function archivedDataset(checked: CheckedDataset): { dataset: Dataset; texts: Map<string, string> } {
  const taken = new Set(
    checked.dataset.documents.flatMap((document) => (document.textFile ? [document.textFile.toLowerCase()] : [])),
  );
  const texts = new Map<string, string>();
  const documents = checked.dataset.documents.map((document): SourceDocument => {
    const text = checked.documentTexts.get(document.id) ?? '';
    if (document.textFile !== undefined) {
      texts.set(document.textFile, text);
      return document;
    }
    const path = sourceTextPath(document.id, taken);
    texts.set(path, text);
    const { text: _inline, ...rest } = document;
    return { ...rest, textFile: path };
  });
  return { dataset: { ...checked.dataset, documents }, texts };
}

/** dataset.json and the texts it names, in one zip. */
export function datasetZip(checked: CheckedDataset): Uint8Array {
  const { dataset, texts } = archivedDataset(checked);
  const entry = (text: string): ZippableFile => [strToU8(text), { mtime: FIXED_ENTRY_TIME }];
  const files: Record<string, ZippableFile> = { 'dataset.json': entry(datasetFileText(dataset)) };
  for (const [path, text] of texts) files[path] = entry(text);
  return zipSync(files, { level: 6 });
}

/** The dataset as one JSON file: every text inline, so nothing else needs to travel with it. */
export function datasetWithInlineTexts(checked: CheckedDataset): Dataset {
  const documents = checked.dataset.documents.map((document): SourceDocument => {
    const { textFile: _file, text: _text, ...rest } = document;
    return { ...rest, text: checked.documentTexts.get(document.id) ?? '' };
  });
  return { ...checked.dataset, documents };
}
