// Messages of the catalogue: The details panel (ICU MessageFormat; see ../en.ts).

export const detailsMessages = {
  // The details panel.
  'details.label': 'Details',
  'details.clear': 'Clear selection',
  'details.empty': 'Click an actor or a relation in the graph or the table to read the evidence for it.',
  'details.actor.hidden': 'This actor is hidden by the current filters or focus.',
  'details.actor.aliases': 'Also known as: {aliases}',
  'details.actor.searchNames': 'Found by search also as: {names} (names the sources do not use)',
  'details.actor.affiliation': 'Affiliation: {actor}',
  'details.actor.relations': 'Relations',
  'details.actor.noRelation': 'No visible relation.',
  'details.actor.hiddenRelations':
    '{count, plural, one {# more relation is} other {# more relations are}} hidden by the current filters.',
  'details.relation.type': '{label}: {description}',
  'details.relation.select': 'select',
  'details.relation.claim': 'Claim: <badge>{status}</badge> ({meaning})',
  'details.evidence.accordingTo': 'according to {actor}',
  'details.evidence.moreContext': 'more context',
  'details.evidence.lessContext': 'less context',
} satisfies Record<string, string>;
