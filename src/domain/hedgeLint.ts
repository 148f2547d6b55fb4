// The hedge lint: a warning when a quote hedges or negates but its evidence says neither how certain it is nor whether it denies.
import { firstHedgeCue, type CueKind } from './hedges';
import { itemsOf, stringField } from './rawAccess';
import type { ProblemCollector } from './validationContext';

const FIX: Record<CueKind, string> = {
  modal:
    'set "certainty": "probable" for a forecast, "possible" for what only could be, or "certain" if the quote states the relation all the same; or cite another sentence that states it',
  belief:
    'set "certainty": "probable" for a reported belief or expectation, or "certain" if the quote states the relation all the same; or cite another sentence that states it',
  negation:
    'set "negated": true if the quote says the relation does not hold, or "negated": false if the negation bears on something else; or cite another sentence that states it',
};

const has = (item: object, key: string) => Object.prototype.hasOwnProperty.call(item, key);

/** Evidence that sets neither certainty nor negated has not been judged yet: only then can a cue be a missed hedge. */
export function checkHedges(root: unknown, report: ProblemCollector): void {
  for (const [relationIndex, relation] of itemsOf(root, 'relations')) {
    for (const [evidenceIndex, evidence] of itemsOf(relation, 'evidence')) {
      if (has(evidence, 'certainty') || has(evidence, 'negated')) continue;
      const quote = stringField(evidence, 'quote');
      if (quote === undefined) continue;
      const cue = firstHedgeCue(quote);
      if (cue === null) continue;
      const what = cue.cue.kind === 'negation' ? 'negates' : cue.cue.kind === 'belief' ? 'reports a belief' : 'hedges';
      report.warning(
        'unmarked-hedge',
        ['relations', relationIndex, 'evidence', evidenceIndex],
        `quote ${what} ("${cue.text}") but the evidence sets neither "certainty" nor "negated"`,
        FIX[cue.cue.kind],
      );
    }
  }
}
