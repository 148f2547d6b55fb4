// Summarises benchmark rounds: medians per dataset and page, the style's cost and the explorer's own, the printed tables.
import type { BenchDataset } from './datasets';
import type { PageKind, RunResult } from './measure';
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
  'asOf',
  'paths',
  'bypass',
  'frameP50',
  'frameP95',
  'png',
  'heapMB',
  'longestTask',
  'mainThreadLayout',
] as const;
export type Metric = (typeof METRICS)[number];
type Medians = Record<Metric, number | null>;

export interface DatasetSummary {
  dataset: string;
  actors: number;
  relations: number;
  positions: boolean;
  bytes: number;
  rounds: number;
  explorer: Medians;
  /** Bare Cytoscape with the explorer's elements and stylesheet. */
  styled: Medians;
  /** Bare Cytoscape with its default style. */
  bare: Medians;
  /** What the explorer's style costs: styled ÷ bare. */
  styleCost: Medians;
  /** What the explorer adds to its own style: explorer ÷ styled. */
  overhead: Medians;
  /** Each page's filter ÷ the bare styled page's style-bypass hiding of the same edges (the same graph, drawn the same). */
  filterOverBypass: { explorer: number | null; styled: number | null };
  tasksOver200: number;
  runs: RunResult[];
}

function medians(runs: readonly RunResult[]): Medians {
  return Object.fromEntries(METRICS.map((metric) => [metric, median(runs.map((run) => run[metric]))])) as Medians;
}

const ratios = (top: Medians, bottom: Medians): Medians =>
  Object.fromEntries(METRICS.map((metric) => [metric, ratio(top[metric], bottom[metric])])) as Medians;

export function summarise(dataset: BenchDataset, runs: RunResult[]): DatasetSummary {
  const of = (page: PageKind) => medians(runs.filter((run) => run.page === page));
  const explorer = of('explorer');
  const styled = of('styled');
  const bare = of('bare');
  return {
    dataset: dataset.name,
    actors: dataset.size.actors,
    relations: dataset.size.relations,
    positions: dataset.positions,
    bytes: dataset.bytes,
    rounds: runs.filter((run) => run.page === 'explorer').length,
    explorer,
    styled,
    bare,
    styleCost: ratios(styled, bare),
    overhead: ratios(explorer, styled),
    filterOverBypass: {
      explorer: ratio(explorer.filter, styled.bypass),
      styled: ratio(styled.filter, styled.bypass),
    },
    tasksOver200: runs.filter((run) => run.page === 'explorer').reduce((sum, run) => sum + run.tasksOver200, 0),
    runs: runs.map(({ positions: _positions, ...rest }) => rest),
  };
}

const ms = (value: number | null) =>
  value === null ? '–' : value >= 10_000 ? `${(value / 1000).toFixed(1)}s` : value.toFixed(0);
const times = (value: number | null) => (value === null ? '–' : `${value.toFixed(2)}×`);
const triple = (summary: DatasetSummary, metric: Metric) =>
  `${ms(summary.explorer[metric])} / ${ms(summary.styled[metric])} / ${ms(summary.bare[metric])}`;
const name = (summary: DatasetSummary) =>
  `${summary.actors}/${summary.relations} ${summary.positions ? 'saved pos.' : 'no pos.'}`;

interface Column {
  title: string;
  cell: (summary: DatasetSummary) => string;
}

const TIMES: Column[] = [
  { title: 'dataset', cell: name },
  { title: 'rounds', cell: (s) => String(s.rounds) },
  { title: 'load', cell: (s) => triple(s, 'load') },
  { title: 'data ready→first frame', cell: (s) => triple(s, 'firstFrame') },
  { title: 'navigation→first frame', cell: (s) => triple(s, 'firstFrameTotal') },
  {
    title: 'layout (explorer: worker; bare: main thread)',
    cell: (s) => `${ms(s.explorer.layout)} / ${ms(s.bare.mainThreadLayout)}`,
  },
  { title: 'click→panel', cell: (s) => triple(s, 'click') },
  { title: 'filter→repaint', cell: (s) => triple(s, 'filter') },
  { title: 'filter→next frame', cell: (s) => triple(s, 'filterSettled') },
  { title: 'bypass→repaint (styled)', cell: (s) => ms(s.styled.bypass) },
  { title: 'as-of marker→repaint (explorer)', cell: (s) => ms(s.explorer.asOf) },
  { title: 'paths→repaint (explorer)', cell: (s) => ms(s.explorer.paths) },
  { title: 'frame p95', cell: (s) => triple(s, 'frameP95') },
  { title: 'PNG export', cell: (s) => triple(s, 'png') },
  { title: 'heap MB', cell: (s) => triple(s, 'heapMB') },
  { title: 'longest task', cell: (s) => triple(s, 'longestTask') },
];

const RATIOS: Column[] = [
  { title: 'dataset', cell: name },
  {
    title: 'first frame: style / explorer',
    cell: (s) => `${times(s.styleCost.firstFrame)} / ${times(s.overhead.firstFrame)}`,
  },
  { title: 'click→panel: style / explorer', cell: (s) => `${times(s.styleCost.click)} / ${times(s.overhead.click)}` },
  {
    title: 'filter→repaint: style / explorer',
    cell: (s) => `${times(s.styleCost.filter)} / ${times(s.overhead.filter)}`,
  },
  {
    title: 'longest task: style / explorer',
    cell: (s) => `${times(s.styleCost.longestTask)} / ${times(s.overhead.longestTask)}`,
  },
  {
    title: 'filter ÷ bypass: explorer / styled',
    cell: (s) => `${times(s.filterOverBypass.explorer)} / ${times(s.filterOverBypass.styled)}`,
  },
  { title: 'frame p95: explorer ÷ bare', cell: (s) => times(ratio(s.explorer.frameP95, s.bare.frameP95)) },
  {
    title: 'as-of marker / paths ÷ filter (explorer)',
    cell: (s) =>
      `${times(ratio(s.explorer.asOf, s.explorer.filter))} / ${times(ratio(s.explorer.paths, s.explorer.filter))}`,
  },
];

function markdown(columns: readonly Column[], summaries: readonly DatasetSummary[]): string {
  const lines = [`| ${columns.map((column) => column.title).join(' | ')} |`, `|${columns.map(() => '---').join('|')}|`];
  for (const summary of summaries) lines.push(`| ${columns.map((column) => column.cell(summary)).join(' | ')} |`);
  return lines.join('\n');
}

/** Medians in milliseconds, each cell "explorer / bare styled / bare default". */
export function timesTable(summaries: readonly DatasetSummary[]): string {
  return markdown(TIMES, summaries);
}

/** Style cost (bare styled ÷ bare default) and the explorer's own overhead (explorer ÷ bare styled), per step. */
export function ratiosTable(summaries: readonly DatasetSummary[]): string {
  return markdown(RATIOS, summaries);
}
