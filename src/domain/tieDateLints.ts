// The dating lints: a leads or member-of tie its quote dates ("former", "since 2019") but the relation does not, and a
// relation whose end or date is only the publication date of the document it cites.
import { isJudged, judgementHint } from './judgements';
import type { JsonPath } from './jsonPointer';
import { say, type ProblemText } from './problemMessages';
import { itemsOf, stringField, type RawObject } from './rawAccess';
import { findTieDatingCues, type TieDating } from './tieDatingCues';
import type { ProblemCollector } from './validationContext';

const TIE_TYPES = new Set(['leads', 'member-of']);

const has = (item: RawObject, key: string) => stringField(item, key) !== undefined;

/** Whether the relation's dates say what the words say: an end for "former", a start for "since 2019"… */
function dated(relation: RawObject, dating: TieDating): boolean {
  if (has(relation, 'date')) return true;
  switch (dating) {
    case 'ended':
      return has(relation, 'end');
    case 'began':
      return has(relation, 'start');
    case 'span':
      return has(relation, 'start') && has(relation, 'end');
    case 'held':
      return has(relation, 'start') || has(relation, 'end');
  }
}

/** What to write, given the cited document's publication date (when known), and the judgement that answers it. */
function fix(dating: TieDating, published: string | undefined): ProblemText {
  const judgement = judgementHint('undated-tie', say('validation.judgement.why.undatedTie'));
  switch (dating) {
    case 'ended':
      return published === undefined
        ? say('validation.tie.fix.ended', { judgement })
        : say('validation.tie.fix.endedBy', { date: published, judgement });
    case 'began':
      return say('validation.tie.fix.began', { judgement });
    case 'span':
      return say('validation.tie.fix.span', { judgement });
    case 'held':
      return say('validation.tie.fix.held', { judgement });
  }
}

/** The documents' publication dates, by id, and the set of them: most relation dates are none of them. */
export interface PublicationDates {
  byDocument: ReadonlyMap<string, string>;
  dates: ReadonlySet<string>;
}

export function publicationDatesByDocument(root: unknown): PublicationDates {
  const byDocument = new Map<string, string>();
  for (const [, document] of itemsOf(root, 'documents')) {
    const id = stringField(document, 'id');
    const date = stringField(document, 'published');
    if (id !== undefined && date !== undefined) byDocument.set(id, date);
  }
  return { byDocument, dates: new Set(byDocument.values()) };
}

/** A leads or member-of tie whose quote dates it ("former", "since 2019") but whose relation lacks that date. */
export function lintUndatedTie(
  relation: RawObject,
  evidence: RawObject,
  quote: string,
  published: PublicationDates,
  at: JsonPath,
  report: ProblemCollector,
): void {
  if (!TIE_TYPES.has(stringField(relation, 'type') ?? '')) return;
  const cue = findTieDatingCues(quote).find((match) => !dated(relation, match.cue.dating));
  if (cue === undefined || isJudged(evidence, 'undated-tie')) return;
  const date = published.byDocument.get(stringField(evidence, 'document') ?? '');
  report.warning(
    'undated-tie',
    at,
    say('validation.tie.undated', { cue: cue.text, missing: cue.cue.dating }),
    fix(cue.cue.dating, date),
  );
}

/** A relation whose end or date is exactly the publication date of a document its evidence cites. */
export function lintPublicationDates(
  relation: RawObject,
  relationIndex: number,
  published: PublicationDates,
  report: ProblemCollector,
): void {
  for (const field of ['end', 'date'] as const) {
    const value = stringField(relation, field);
    if (value === undefined || !published.dates.has(value)) continue;
    const documentId = itemsOf(relation, 'evidence')
      .map(([, evidence]) => stringField(evidence, 'document'))
      .find((id) => id !== undefined && published.byDocument.get(id) === value);
    if (documentId === undefined || isJudged(relation, 'dated-by-publication')) continue;
    report.warning(
      'dated-by-publication',
      ['relations', relationIndex, field],
      say(field === 'end' ? 'validation.publication.end' : 'validation.publication.date', {
        value,
        document: documentId,
      }),
      field === 'end'
        ? say('validation.publication.end.hint', {
            value,
            judgement: judgementHint('dated-by-publication', say('validation.judgement.why.endedThatDay')),
          })
        : say('validation.publication.date.hint', {
            value,
            judgement: judgementHint('dated-by-publication', say('validation.judgement.why.happenedThatDay')),
          }),
    );
  }
}
