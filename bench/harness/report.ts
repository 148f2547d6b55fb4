// Summarises benchmark rounds: medians per dataset and page, explorer/bare ratios, the printed table and results.json.
import type { BenchDataset } from './datasets';
import type { RunResult } from './measure';
import { median, ratio } from './stats';

export const METRICS = [
  'load',
  'firstFrame',
  'firstFrameTotal',
  'layout',
  'click',
  'clickCanvas',
  'filter',
  'filterSettled',
  'frameP50',
  'frameP95',
  'png',
  'heapMB',
  'longestTask',
  'mainThreadLayout',
] as const;
export type Metric = (typeof METRICS)[number];

export interface DatasetSummary {
  dataset: string;
  actors: number;
  relations: number;
  positions: boolean;
  bytes: number;
  rounds: number;
  explorer: Record<Metric, number | null>;
  bare: Record<Metric, number | null>;
  ratio: Record<Metric, number | null>;
  tasksOver200: number;
  runs: RunResult[];
}

function medians(runs: RunResult[]): Record<Metric, number | null> {
  return Object.fromEntries(METRICS.map((metric) => [metric, median(runs.map((run) => run[metric]))])) as Record<
    Metric,
    number | null
  >;
}

export function summarise(dataset: BenchDataset, runs: RunResult[]): DatasetSummary {
  const explorerRuns = runs.filter((run) => run.page === 'explorer');
  const bareRuns = runs.filter((run) => run.page === 'bare');
  const explorer = medians(explorerRuns);
  const bare = medians(bareRuns);
  const ratios = Object.fromEntries(METRICS.map((metric) => [metric, ratio(explorer[metric], bare[metric])])) as Record<
    Metric,
    number | null
  >;
  return {
    dataset: dataset.name,
    actors: dataset.size.actors,
    relations: dataset.size.relations,
    positions: dataset.positions,
    bytes: dataset.bytes,
    rounds: explorerRuns.length,
    explorer,
    bare,
    ratio: ratios,
    tasksOver200: explorerRuns.reduce((sum, run) => sum + run.tasksOver200, 0),
    runs: runs.map(({ positions: _positions, ...rest }) => rest),
  };
}

const ms = (value: number | null) =>
  value === null ? '–' : value >= 10_000 ? `${(value / 1000).toFixed(1)}s` : value.toFixed(0);
const times = (value: number | null) => (value === null ? '' : ` (${value.toFixed(2)}×)`);
const pair = (summary: DatasetSummary, metric: Metric) =>
  `${ms(summary.explorer[metric])} / ${ms(summary.bare[metric])}${times(summary.ratio[metric])}`;

const COLUMNS: { title: string; cell: (summary: DatasetSummary) => string }[] = [
  { title: 'dataset', cell: (s) => `${s.actors}/${s.relations} ${s.positions ? 'saved pos.' : 'no pos.'}` },
  { title: 'load+validate', cell: (s) => `${ms(s.explorer.load)} / ${ms(s.bare.load)}` },
  { title: 'data ready→first frame', cell: (s) => pair(s, 'firstFrame') },
  { title: 'navigation→first frame', cell: (s) => pair(s, 'firstFrameTotal') },
  { title: 'layout (bare: main thread)', cell: (s) => `${ms(s.explorer.layout)} / ${ms(s.bare.mainThreadLayout)}` },
  { title: 'click→panel', cell: (s) => pair(s, 'click') },
  { title: 'filter→repaint', cell: (s) => pair(s, 'filter') },
  { title: 'filter→next frame', cell: (s) => pair(s, 'filterSettled') },
  { title: 'frame p50', cell: (s) => pair(s, 'frameP50') },
  { title: 'frame p95', cell: (s) => pair(s, 'frameP95') },
  { title: 'PNG export', cell: (s) => pair(s, 'png') },
  { title: 'heap MB', cell: (s) => `${ms(s.explorer.heapMB)} / ${ms(s.bare.heapMB)}` },
  { title: 'longest task', cell: (s) => `${ms(s.explorer.longestTask)} / ${ms(s.bare.longestTask)}` },
];

/** A Markdown table: each cell "explorer / bare (ratio×)", medians in milliseconds. */
export function markdownTable(summaries: readonly DatasetSummary[]): string {
  const lines = [`| ${COLUMNS.map((column) => column.title).join(' | ')} |`, `|${COLUMNS.map(() => '---').join('|')}|`];
  for (const summary of summaries) lines.push(`| ${COLUMNS.map((column) => column.cell(summary)).join(' | ')} |`);
  return lines.join('\n');
}
