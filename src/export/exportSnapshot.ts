// Pure: what every export reads: the checked dataset, what is visible, and words and slug for the active filters.
import type { CheckedDataset } from '../domain/model';
import type { Visibility } from '../domain/query';
import { figureContent, type FigureContent } from './figure/figureContent';
import { filterSummary, type FilterSummary, type ViewFilters } from './filterSummary';

export interface ExportSnapshot {
  checked: CheckedDataset;
  visible: Visibility;
  summary: FilterSummary;
}

export function exportSnapshot(checked: CheckedDataset, visible: Visibility, view: ViewFilters): ExportSnapshot {
  return { checked, visible, summary: filterSummary(checked, view) };
}

export function snapshotFigure(snapshot: ExportSnapshot): FigureContent {
  return figureContent(snapshot.checked, snapshot.visible, snapshot.summary);
}
