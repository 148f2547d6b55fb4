// The evidence lints in one pass over the relations: a forecast marked certain, a tie its quote dates but the relation
// does not, a date that is only the publication date, a quote inside (or outside) a speaker's words.
import { FrameReader, lintAttribution } from './attributionLint';
import { lintForecast } from './forecastLint';
import type { TextAnchor } from './model';
import { itemsOf, stringField, type RawObject } from './rawAccess';
import { lintPublicationDates, lintUndatedTie, publicationDatesByDocument } from './tieDateLints';
import type { ProblemCollector } from './validationContext';

export function checkEvidenceLints(
  root: unknown,
  texts: ReadonlyMap<string, string>,
  anchors: ReadonlyArray<ReadonlyArray<TextAnchor | undefined> | undefined>,
  report: ProblemCollector,
): void {
  const published = publicationDatesByDocument(root);
  const frames = new FrameReader(root, texts);
  // Over the raw evidence arrays, without itemsOf's pairs: this loop meets every quote of a large dataset.
  for (const [relationIndex, relation] of itemsOf(root, 'relations')) {
    lintPublicationDates(relation, relationIndex, published, report);
    const type = stringField(relation, 'type');
    const evidenceList = relation.evidence;
    if (!Array.isArray(evidenceList)) continue;
    for (let evidenceIndex = 0; evidenceIndex < evidenceList.length; evidenceIndex++) {
      const evidence: unknown = evidenceList[evidenceIndex];
      if (evidence === null || typeof evidence !== 'object' || Array.isArray(evidence)) continue;
      const item = evidence as RawObject;
      const quote = stringField(item, 'quote');
      if (quote === undefined) continue;
      const at = ['relations', relationIndex, 'evidence', evidenceIndex];
      lintForecast(type, item, quote, at, report);
      lintUndatedTie(relation, item, quote, published, at, report);
      lintAttribution(frames, item, anchors[relationIndex]?.[evidenceIndex], at, report);
    }
  }
}
