// The one table of how a relation's claim status is drawn: read by the element builder, the stylesheet AND the legend.
import { CLAIM_STATUSES, type ClaimStatus } from '../domain/claims';

/** Shapes Cytoscape draws at the middle of an edge (mid-target-arrow-shape); the legends draw the same. */
export type StatusMarker = 'none' | 'tee' | 'diamond';

export interface ClaimMark {
  /** Opacity of the line and its arrowheads, over the type's colour. */
  lineOpacity: number;
  /** The type's width is multiplied by this. */
  widthScale: number;
  /** A mark at the middle of the edge, so the status reads without colour or opacity. */
  marker: StatusMarker;
  /** A hollow marker is drawn in outline. */
  markerFill: 'filled' | 'hollow';
  markerColor: string;
}

const PLAIN: ClaimMark = {
  lineOpacity: 1,
  widthScale: 1,
  marker: 'none',
  markerFill: 'filled',
  markerColor: '#1a1a1a',
};

/**
 * Hedged relations are lighter and thinner the weaker the evidence; a contested relation carries a hollow diamond
 * (evidence on both sides); a denied one, shown only when the user asks, is faded and struck through by a bar.
 */
export const CLAIM_MARKS: Readonly<Record<ClaimStatus, ClaimMark>> = {
  asserted: PLAIN,
  probable: { ...PLAIN, lineOpacity: 0.6, widthScale: 0.7 },
  possible: { ...PLAIN, lineOpacity: 0.35, widthScale: 0.5 },
  contested: { ...PLAIN, marker: 'diamond', markerFill: 'hollow' },
  denied: { ...PLAIN, lineOpacity: 0.45, marker: 'tee' },
};

/** Statuses drawn differently from an asserted relation: the ones the legend explains and the edges mark. */
export const MARKED_STATUSES: readonly ClaimStatus[] = CLAIM_STATUSES.filter((status) => CLAIM_MARKS[status] !== PLAIN);
