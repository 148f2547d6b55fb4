// The one table of colours, shapes and line styles: read by the Cytoscape stylesheet AND the legend.
import type { ActorKind } from '../domain/model';
import type { RelationCategory, RelationTypeInfo } from '../domain/relationTypes';

export type NodeShape = 'ellipse' | 'round-rectangle' | 'hexagon' | 'diamond' | 'triangle';
export type LineStyle = 'solid' | 'dashed' | 'dotted';
export type ArrowShape = 'none' | 'triangle' | 'vee' | 'tee' | 'diamond' | 'circle' | 'square';

export interface ActorKindStyle {
  shape: NodeShape;
  color: string;
  size: number;
}

export interface RelationStyle {
  color: string;
  lineStyle: LineStyle;
  /** Dash and gap lengths for dashed lines: different patterns tell types apart in greyscale. */
  dashPattern?: readonly number[];
  width: number;
  /** Drawn at the target end of directed types only. */
  arrow: ArrowShape;
}

/** Actor kinds differ by shape as well as colour, so they read in greyscale. Colours from the Tableau 10 palette. */
export const ACTOR_KIND_STYLES: Record<ActorKind, ActorKindStyle> = {
  person: { shape: 'ellipse', color: '#4e79a7', size: 26 },
  state: { shape: 'round-rectangle', color: '#59a14f', size: 38 },
  organization: { shape: 'hexagon', color: '#b07aa1', size: 34 },
  'armed-group': { shape: 'diamond', color: '#f28e2b', size: 34 },
  place: { shape: 'triangle', color: '#9c755f', size: 30 },
};

/**
 * Built-in relation types: colour AND line style, width and arrowhead differ, so two types never share all of them
 * (greyscale- and colour-blind-safe), and within a category line style and arrowhead alone tell types apart. Colour
 * families follow the category: cooperation green, teal and blue, conflict red, orange, magenta and purple; mediation
 * brown; the structural ties (membership, leadership) grey.
 */
export const RELATION_TYPE_STYLES: Readonly<Record<string, RelationStyle>> = {
  ally: { color: '#1b7837', lineStyle: 'solid', width: 5, arrow: 'none' },
  partner: { color: '#5aae61', lineStyle: 'solid', width: 2.5, arrow: 'none' },
  endorses: { color: '#556611', lineStyle: 'dashed', dashPattern: [2, 2], width: 2, arrow: 'vee' },
  cooperates: { color: '#4d9221', lineStyle: 'dashed', dashPattern: [10, 4], width: 3, arrow: 'none' },
  supports: { color: '#2166ac', lineStyle: 'solid', width: 3, arrow: 'triangle' },
  'member-of': { color: '#6b6b6b', lineStyle: 'dotted', width: 2, arrow: 'circle' },
  leads: { color: '#2d2d2d', lineStyle: 'solid', width: 3.5, arrow: 'square' },
  meets: { color: '#35978f', lineStyle: 'dashed', dashPattern: [4, 4], width: 2, arrow: 'none' },
  visits: { color: '#4393c3', lineStyle: 'dashed', dashPattern: [8, 3], width: 2.5, arrow: 'triangle' },
  negotiates: { color: '#01665e', lineStyle: 'dashed', dashPattern: [12, 3, 3, 3], width: 3, arrow: 'none' },
  mediator: { color: '#8c510a', lineStyle: 'dashed', dashPattern: [2, 5], width: 3.5, arrow: 'diamond' },
  agrees: { color: '#13bf14', lineStyle: 'solid', width: 2, arrow: 'triangle' },
  concedes: { color: '#13bf9a', lineStyle: 'dotted', width: 2.5, arrow: 'circle' },
  retreats: { color: '#092259', lineStyle: 'dashed', dashPattern: [6, 2], width: 2.5, arrow: 'tee' },
  requests: { color: '#cc4c02', lineStyle: 'dashed', dashPattern: [3, 3], width: 2, arrow: 'vee' },
  rival: { color: '#c51b7d', lineStyle: 'dashed', dashPattern: [14, 6], width: 4, arrow: 'none' },
  distrusts: { color: '#9e0142', lineStyle: 'dotted', width: 3, arrow: 'vee' },
  accuses: { color: '#de77ae', lineStyle: 'dashed', dashPattern: [2, 3], width: 2.5, arrow: 'triangle' },
  opposes: { color: '#e08214', lineStyle: 'dashed', dashPattern: [8, 4], width: 3, arrow: 'tee' },
  threatens: { color: '#d6604d', lineStyle: 'dashed', dashPattern: [6, 3, 2, 3], width: 3, arrow: 'vee' },
  investigates: { color: '#bfb213', lineStyle: 'dotted', width: 2, arrow: 'diamond' },
  protests: { color: '#bf9d69', lineStyle: 'dashed', dashPattern: [3, 2], width: 2.5, arrow: 'vee' },
  mobilizes: { color: '#4a13bf', lineStyle: 'dashed', dashPattern: [10, 3, 2, 3], width: 3.5, arrow: 'diamond' },
  coerces: { color: '#590943', lineStyle: 'dotted', width: 4, arrow: 'tee' },
  sanctions: { color: '#5e3c99', lineStyle: 'solid', width: 3, arrow: 'tee' },
  'deploys-in': { color: '#543005', lineStyle: 'dashed', dashPattern: [12, 4], width: 4, arrow: 'square' },
  strikes: { color: '#b2182b', lineStyle: 'solid', width: 5, arrow: 'triangle' },
};

/** Dataset-defined types take their category's line style and their own colour (or the category's). */
export const CATEGORY_FALLBACK_STYLES: Record<RelationCategory, RelationStyle> = {
  'verbal-cooperation': { color: '#74add1', lineStyle: 'dashed', dashPattern: [6, 3], width: 2, arrow: 'triangle' },
  'material-cooperation': { color: '#4575b4', lineStyle: 'solid', width: 2, arrow: 'triangle' },
  'verbal-conflict': { color: '#f46d43', lineStyle: 'dotted', width: 2, arrow: 'vee' },
  'material-conflict': { color: '#a50026', lineStyle: 'solid', width: 4, arrow: 'vee' },
};

/** How a relation type is drawn; undirected types never get an arrowhead. */
export function relationStyle(type: RelationTypeInfo): RelationStyle {
  const builtIn = type.color === undefined ? RELATION_TYPE_STYLES[type.id] : undefined;
  const base = builtIn ?? { ...CATEGORY_FALLBACK_STYLES[type.category], ...(type.color ? { color: type.color } : {}) };
  return type.directed
    ? { ...base, arrow: base.arrow === 'none' ? 'triangle' : base.arrow }
    : { ...base, arrow: 'none' };
}

/** Colours of the selection highlight and labels. */
export const HIGHLIGHT = {
  selected: '#ffd400',
  neighbour: '#ffe97a',
  label: '#1a1a1a',
  labelOutline: '#ffffff',
  /** The ring around actors gathered to be dragged together; also the page's accent and focus colour. */
  gathered: '#0b57d0',
  /** Relation types written along edges: quieter than actors' names. */
  edgeLabel: '#333333',
  /** A bundle of several relations: neutral, since it holds several types. */
  bundle: '#5c5c5c',
  /** The paths between two actors (the paths view). */
  path: '#f28c28',
} as const;
