// Pure: the visible subgraph as dataset JSON text that the validator accepts and the explorer re-opens.
import { datasetFileText } from '../domain/datasetFileText';
import type { CheckedDataset } from '../domain/model';
import type { Visibility } from '../domain/query';
import { visibleSubgraph } from './visibleSubgraph';

export function visibleDatasetJson(checked: CheckedDataset, visible: Visibility): string {
  return datasetFileText(visibleSubgraph(checked, visible));
}
