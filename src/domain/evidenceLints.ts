// The evidence lints in one pass over the relations: a forecast marked certain, a tie its quote dates but the relation
// does not, a date that is only the publication date, a quote inside (or outside) a speaker's words.
import { FrameReader, lintAttribution } from './attributionLint';
import { lintForecast } from './forecastLint';
import type { TextAnchor } from './model';
import { itemsOf, stringField } from './rawAccess';
import { lintPublicationDates, lintUndatedTie, publicationDates } from './tieDateLints';
import type { ProblemCollector } from './validationContext';

export function checkEvidenceLints(
  root: unknown,
  texts: ReadonlyMap<string, string>,
  anchors: ReadonlyArray<ReadonlyArray<TextAnchor | undefined> | undefined>,
  report: ProblemCollector,
): void {
  const published = publicationDates(root);
  const frames = new FrameReader(root, texts);
  for (const [relationIndex, relation] of itemsOf(root, 'relations')) {
    lintPublicationDates(relation, relationIndex, published, report);
    const type = stringField(relation, 'type');
    for (const [evidenceIndex, evidence] of itemsOf(relation, 'evidence')) {
      const quote = stringField(evidence, 'quote');
      if (quote === undefined) continue;
      const at = ['relations', relationIndex, 'evidence', evidenceIndex];
      lintForecast(type, evidence, quote, at, report);
      lintUndatedTie(relation, evidence, quote, published, at, report);
      lintAttribution(frames, evidence, anchors[relationIndex]?.[evidenceIndex], at, report);
    }
  }
}
