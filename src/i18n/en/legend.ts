// Messages of the catalogue: The legend (ICU MessageFormat; see ../en.ts).

export const legendMessages = {
  // The legend.
  'legend.label': 'Legend',
  'legend.actors': 'Actors',
  'legend.relations': 'Relations (shown)',
  'legend.directed': '(directed)',
  'legend.claims': 'Claims (shown)',
} satisfies Record<string, string>;
