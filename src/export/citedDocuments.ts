// The documents the shown relations cite, in the order a figure and a PDF list their sources: oldest first, then by
// outlet, title and id.
import type { CheckedDataset, SourceDocument } from '../domain/model';
import type { Visibility } from '../domain/query';

export function citedDocuments(checked: CheckedDataset, visible: Visibility): SourceDocument[] {
  const cited = new Set<string>();
  for (const index of visible.relationIndices)
    for (const evidence of checked.dataset.relations[index]?.evidence ?? []) cited.add(evidence.document);
  return checked.dataset.documents
    .filter((document) => cited.has(document.id))
    .sort(
      (a, b) =>
        a.published.localeCompare(b.published) ||
        a.outlet.localeCompare(b.outlet) ||
        a.title.localeCompare(b.title) ||
        a.id.localeCompare(b.id),
    );
}
