// Pure: the sources view's entries — each document with its outlet, date, how many relations it states and how many
// quotes cite it — in
// publication order.
import { daySpan } from '../../domain/dates';
import type { CheckedDataset } from '../../domain/model';
import { perDataset } from '../../domain/perDataset';

export interface SourceEntry {
  id: string;
  title: string;
  outlet: string;
  published: string;
  /** Relations with at least one piece of evidence from the document. */
  relations: number;
  /** Pieces of evidence that quote the document. */
  quotes: number;
}

export const sourceEntries = perDataset((checked: CheckedDataset): readonly SourceEntry[] => {
  const relations = new Map<string, number>();
  const quotes = new Map<string, number>();
  for (const relation of checked.dataset.relations) {
    for (const documentId of new Set(relation.evidence.map((evidence) => evidence.document)))
      relations.set(documentId, (relations.get(documentId) ?? 0) + 1);
    for (const evidence of relation.evidence) quotes.set(evidence.document, (quotes.get(evidence.document) ?? 0) + 1);
  }
  const day = (published: string) => daySpan(published)?.low ?? published;
  return checked.dataset.documents
    .map((document) => ({
      id: document.id,
      title: document.title,
      outlet: document.outlet,
      published: document.published,
      relations: relations.get(document.id) ?? 0,
      quotes: quotes.get(document.id) ?? 0,
    }))
    .sort((a, b) => day(a.published).localeCompare(day(b.published)) || a.outlet.localeCompare(b.outlet));
});

/** The one document every other is hidden for, if the document filter shows exactly one. */
export function onlyDocument(checked: CheckedDataset, hiddenDocuments: readonly string[]): string | null {
  const hidden = new Set(hiddenDocuments);
  const shown = checked.dataset.documents.filter((document) => !hidden.has(document.id));
  return shown.length === 1 && checked.dataset.documents.length > 1 ? (shown[0]?.id ?? null) : null;
}
