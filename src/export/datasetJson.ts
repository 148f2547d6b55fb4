// Pure: the visible subgraph as dataset JSON text that the validator accepts and the explorer re-opens.
import type { CheckedDataset } from '../domain/model';
import type { Visibility } from '../domain/query';
import { visibleSubgraph } from './visibleSubgraph';

export function datasetJson(checked: CheckedDataset, visible: Visibility): string {
  return `${JSON.stringify(visibleSubgraph(checked, visible), null, 2)}\n`;
}
