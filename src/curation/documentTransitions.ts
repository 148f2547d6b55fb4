// Pure edits of a dataset's documents, (args) => (dataset) => dataset: add a source with its archived text, edit its
// metadata (an id renamed in every quote that cites it), remove one no quote cites; and which source holds a text.
import type { CheckedDataset, Dataset, SourceDocument } from '../domain/model';
import { sourceTextPath } from '../domain/sourcePaths';
import type { DatasetEdit } from './actorTransitions';

/** Adds a document, or replaces the one with `previousId` in place; a changed id is renamed in the evidence citing it. */
export const putDocument =
  (document: SourceDocument, previousId?: string): DatasetEdit =>
  (dataset) => {
    if (previousId === undefined) return { ...dataset, documents: [...dataset.documents, document] };
    const documents = dataset.documents.map((existing) => (existing.id === previousId ? document : existing));
    if (document.id === previousId) return { ...dataset, documents };
    return {
      ...dataset,
      documents,
      relations: dataset.relations.map((relation) => ({
        ...relation,
        evidence: relation.evidence.map((evidence) =>
          evidence.document === previousId ? { ...evidence, document: document.id } : evidence,
        ),
      })),
    };
  };

/** Removes a document; the caller checks first that no quote cites it (the sources view counts them). */
export const deleteDocument =
  (documentId: string): DatasetEdit =>
  (dataset) => ({ ...dataset, documents: dataset.documents.filter((document) => document.id !== documentId) });

/** The document already holding this text, compared in Unicode NFC (the form quotes are matched in). */
export function documentWithText(checked: CheckedDataset, text: string): SourceDocument | undefined {
  const wanted = text.normalize('NFC');
  for (const document of checked.dataset.documents)
    if (checked.documentTexts.get(document.id)?.normalize('NFC') === wanted) return document;
  return undefined;
}

/**
 * The file a new source's text is kept in: sources/<id>.txt, or sources/<id>-2.txt… when that path is taken — by a
 * document, or by a text the session holds for an edit that undo or redo may bring back.
 */
export function newTextFilePath(dataset: Dataset, heldPaths: Iterable<string>, documentId: string): string {
  const taken = new Set([...heldPaths].map((path) => path.toLowerCase()));
  for (const document of dataset.documents) if (document.textFile) taken.add(document.textFile.toLowerCase());
  return sourceTextPath(documentId, taken);
}
