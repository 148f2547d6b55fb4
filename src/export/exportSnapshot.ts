// Pure: what every export reads: the checked dataset, what is visible, and words and slug for the active filters.
import type { CheckedDataset } from '../domain/model';
import type { Visibility } from '../domain/query';
import type { Formatter } from '../i18n/formatter';
import { figureContent, type FigureContent, type FigureOptions } from './figure/figureContent';
import { filterSummary, type FilterSummary, type ViewFilters } from './filterSummary';

export interface ExportSnapshot {
  checked: CheckedDataset;
  visible: Visibility;
  summary: FilterSummary;
}

export function exportSnapshot(
  checked: CheckedDataset,
  visible: Visibility,
  view: ViewFilters,
  format: Formatter,
): ExportSnapshot {
  return { checked, visible, summary: filterSummary(checked, view, format) };
}

export function snapshotFigure(
  snapshot: ExportSnapshot,
  format: Formatter,
  options: FigureOptions = {},
): FigureContent {
  return figureContent(snapshot.checked, snapshot.visible, snapshot.summary, format, options);
}
