// Pure: the picture as reported on a date — which relations some document published by then states, and which of
// their evidence it is. A partial date ("2021-10", "2016") means its whole month or year, as in the date filter.
import { daySpan } from './dates';
import type { CheckedDataset } from './model';
import { perDataset } from './perDataset';

/** The last day an "as reported by" date covers (its whole month or year), or null when it is not a date. */
export function asOfCut(asOf: string): string | null {
  return daySpan(asOf)?.high ?? null;
}

/** The first day each document can have been published, by document id. */
const firstPublishedOf = perDataset(
  (checked) =>
    new Map(checked.dataset.documents.map((document) => [document.id, daySpan(document.published)?.low ?? ''])),
);

/** Per relation (index-aligned), the first day some document stating it can have been published. */
const firstReportedOf = perDataset((checked): readonly string[] => {
  const published = firstPublishedOf(checked);
  return checked.dataset.relations.map((relation) => {
    let first = '';
    for (const evidence of relation.evidence) {
      const day = published.get(evidence.document) ?? '';
      if (first === '' || day < first) first = day;
    }
    return first;
  });
});

/** Whether some document stating the relation can have been published by the cut (a YYYY-MM-DD day). */
export function reportedBy(checked: CheckedDataset, relationIndex: number, cut: string): boolean {
  const first = firstReportedOf(checked)[relationIndex];
  return first !== undefined && first !== '' && first <= cut;
}

/** Whether one piece of evidence's document can have been published by the cut. */
export function evidenceReportedBy(checked: CheckedDataset, documentId: string, cut: string): boolean {
  const day = firstPublishedOf(checked).get(documentId);
  return day !== undefined && day !== '' && day <= cut;
}

/** The documents' publication dates as written, distinct and in calendar order: the timeline's steps. */
export const publicationDates = perDataset((checked): readonly string[] =>
  [...new Set(checked.dataset.documents.map((document) => document.published))].sort(
    (a, b) => (daySpan(a)?.low ?? a).localeCompare(daySpan(b)?.low ?? b) || a.localeCompare(b),
  ),
);
