// Pure: the visible subgraph as dataset JSON text that the validator accepts and the explorer re-opens.
import { datasetJson } from '../domain/datasetJson';
import type { CheckedDataset } from '../domain/model';
import type { Visibility } from '../domain/query';
import { visibleSubgraph } from './visibleSubgraph';

export function visibleDatasetJson(checked: CheckedDataset, visible: Visibility): string {
  return datasetJson(visibleSubgraph(checked, visible));
}
