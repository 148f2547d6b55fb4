// The dating lints: a leads or member-of tie its quote dates ("former", "since 2019") but the relation does not, and a
// relation whose end or date is only the publication date of the document it cites.
import { isJudged, judgementHint } from './judgements';
import type { JsonPath } from './jsonPointer';
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

const MISSING: Record<TieDating, string> = {
  ended: 'no "end"',
  began: 'no "start"',
  span: 'no "start" and "end"',
  held: 'no date',
};

/** What to write, given the cited document's publication date (when known). */
function fix(dating: TieDating, published: string | undefined): string {
  const by = published ?? 'D';
  switch (dating) {
    case 'ended':
      return `the words say the tie had ended by the time the text was written: set "end": "[..${by}]" (ended by ${published === undefined ? 'the publication date D' : by}), or the end the text gives`;
    case 'began':
      return 'the words say when the tie began: set "start" to that date';
    case 'span':
      return 'the words give the span: set "start" and "end"';
    case 'held':
      return 'the words say the tie held at the time of the events told: set "start": "[..D]" and "end": "[D..]" for their date D';
  }
}

/** The documents' publication dates, by id, and the set of them: most relation dates are none of them. */
export interface PublicationDates {
  byDocument: ReadonlyMap<string, string>;
  dates: ReadonlySet<string>;
}

export function publicationDates(root: unknown): PublicationDates {
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
    `the quote dates this tie ("${cue.text}") but the relation has ${MISSING[cue.cue.dating]}`,
    `${fix(cue.cue.dating, date)}; ${judgementHint('undated-tie', 'why the words do not date this tie')}`,
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
      field === 'end'
        ? `"end" ${value} is the publication date of "${documentId}": when the article was written, not when the tie ended`
        : `"date" ${value} is the publication date of "${documentId}": when the article was written, not when the relation happened or held`,
      field === 'end'
        ? `if the text says only that the tie had ended by then ("former"), write "end": "[..${value}]"; if it still held then ("presently"), "end": "[${value}..]"; ${judgementHint('dated-by-publication', 'where the text says it ended that day')}`
        : `if the text says a tie held then ("presently"), write "end": "[${value}..]" instead; if it had ended by then ("former"), "end": "[..${value}]"; ${judgementHint('dated-by-publication', 'where the text says it happened that day')}`,
    );
  }
}
