// Reads the shared view's data blocks at the door: the dataset goes through the explorer's own validator, the view block
// is checked field by field, and the dataset's text is compared with the content hash it was stamped with.
import '../io/zodWithoutEval';
import type { CheckedDataset } from '../domain/model';
import {
  contentHash,
  DATASET_BLOCK_ID,
  readSharedViewMeta,
  VIEW_BLOCK_ID,
  type SharedViewMeta,
} from '../domain/sharedView';
import { validateDatasetText } from '../domain/validate';
import type { Formatter } from '../i18n/formatter';
import { problemText } from '../i18n/problemWords';

export type Embedded =
  { ok: true; checked: CheckedDataset; meta: SharedViewMeta; hashMatches: boolean } | { ok: false; reason: string };

const blockText = (id: string) => document.getElementById(id)?.textContent ?? null;

export function readEmbedded(format: Formatter): Embedded {
  const datasetText = blockText(DATASET_BLOCK_ID);
  const viewText = blockText(VIEW_BLOCK_ID);
  let meta: SharedViewMeta | null;
  try {
    meta = viewText === null ? null : readSharedViewMeta(JSON.parse(viewText));
  } catch {
    meta = null;
  }
  if (datasetText === null || meta === null) return { ok: false, reason: format.t('viewer.broken.missing') };
  // The evidence lints only warn, and the viewer says no warnings: they are left out (a third of the check's time).
  const result = validateDatasetText(datasetText, { file: DATASET_BLOCK_ID, lints: false });
  if (!result.ok) {
    const errors = result.problems.filter((problem) => problem.severity === 'error');
    const first = errors[0] ?? result.problems[0];
    return {
      ok: false,
      reason: format.t('viewer.broken.invalid', {
        count: errors.length,
        line: first?.line ?? 1,
        column: first?.column ?? 1,
        message: first === undefined ? '' : problemText(format, first.message),
      }),
    };
  }
  return { ok: true, checked: result.checked, meta, hashMatches: contentHash(datasetText) === meta.contentHash };
}
