// Messages of the catalogue: The graph canvas (ICU MessageFormat; see ../en.ts).

export const canvasMessages = {
  // The graph canvas.
  'canvas.label': 'Relation graph. The table of relations below offers the same content by keyboard.',
  'canvas.layout.progress': 'Layout in progress',
  'canvas.layout.status': 'Laying out {actors, plural, one {# actor} other {# actors}}… {seconds, number} s',
  'canvas.layout.stop': 'Stop layout',
  'canvas.tooltip.actor': '{name} ({kind})',
  'canvas.tooltip.datedRelation': '{sentence}, {date}',
  // The toolbar's switch for the relation types written along edges (where there is room).
  'canvas.edgeLabels.toggle': 'Edge labels',
} satisfies Record<string, string>;
