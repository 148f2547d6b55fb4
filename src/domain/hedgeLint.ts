// The hedge lint: a warning when a quote hedges or negates but its evidence says neither how certain it is nor whether it denies.
import { firstHedgeCue, type CueKind } from './hedges';
import { say, type ProblemText } from './problemMessages';
import { itemsOf, stringField } from './rawAccess';
import type { ProblemCollector } from './validationContext';

const FIX: Record<CueKind, ProblemText> = {
  modal: say('validation.hedge.fix.modal'),
  belief: say('validation.hedge.fix.belief'),
  negation: say('validation.hedge.fix.negation'),
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
      report.warning(
        'unmarked-hedge',
        ['relations', relationIndex, 'evidence', evidenceIndex],
        say('validation.hedge.unmarked', { kind: cue.cue.kind, cue: cue.text }),
        FIX[cue.cue.kind],
      );
    }
  }
}
