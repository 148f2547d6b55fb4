// The one table of how a relation's support (distinct documents stating it) is drawn: a line widens with each further
// document, so a single-source claim is the thin one. Read by the element builder, the legend and the panels' words.

export interface SupportMark {
  /** At least this many distinct documents. */
  documents: number;
  /** The type's width (already scaled by the claim status) is multiplied by this. */
  widthScale: number;
}

/** From the most documents down; the first row a relation reaches is its mark. */
export const SUPPORT_MARKS: readonly SupportMark[] = [
  { documents: 3, widthScale: 2.2 },
  { documents: 2, widthScale: 1.6 },
  { documents: 1, widthScale: 1 },
];

export function supportMark(documents: number): SupportMark {
  return SUPPORT_MARKS.find((mark) => documents >= mark.documents) ?? (SUPPORT_MARKS.at(-1) as SupportMark);
}
