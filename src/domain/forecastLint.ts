// The forecast lint: a warning when evidence that counts as certain quotes a forecast ("will remain", "is expected to").
import { findForecastCues } from './forecastCues';
import { firstHedgeCue } from './hedges';
import { isJudged, judgementHint } from './judgements';
import type { JsonPath } from './jsonPointer';
import { stringField, type RawObject } from './rawAccess';
import type { ProblemCollector } from './validationContext';

const has = (item: object, key: string) => Object.prototype.hasOwnProperty.call(item, key);
/** A threat or a request speaks of the future by nature: its "will" is what it threatens or asks, not a forecast. */
const ACTS_ON_THE_FUTURE = new Set(['threatens', 'requests']);

/**
 * Evidence is certain when it says so or sets no certainty. Unjudged evidence whose quote hedges is the hedge lint's
 * to report (one warning per quote), so this one speaks of evidence judged certain, and of unjudged quotes whose
 * forecast the hedge cues miss ("is set to").
 */
export function lintForecast(
  type: string | undefined,
  evidence: RawObject,
  quote: string,
  at: JsonPath,
  report: ProblemCollector,
): void {
  if (ACTS_ON_THE_FUTURE.has(type ?? '')) return;
  const certainty = stringField(evidence, 'certainty');
  if (certainty !== undefined && certainty !== 'certain') return;
  const [forecast] = findForecastCues(quote);
  if (forecast === undefined || isJudged(evidence, 'forecast-marked-certain')) return;
  const unjudged = certainty === undefined && !has(evidence, 'negated');
  if (unjudged && firstHedgeCue(quote) !== null) return;
  report.warning(
    'forecast-marked-certain',
    at,
    certainty === 'certain'
      ? `quote forecasts ("${forecast.text}") but the evidence is marked "certainty": "certain"`
      : `quote forecasts ("${forecast.text}") but the evidence counts as certain (it sets no "certainty")`,
    `a forecast is not a fact: set "certainty": "probable" (or "possible" for what only could be), or cite a sentence that states the relation as it is; ${judgementHint('forecast-marked-certain', 'why the quote states the relation as a fact')}`,
  );
}
