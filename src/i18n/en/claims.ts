// Messages of the catalogue: a relation's claim status and a quote's marker, shared by the panels, the table, the
// legend and the figure (ICU MessageFormat; see ../en.ts).

export const claimsMessages = {
  // A relation's claim status (src/domain/claims.ts), and what it means.
  'claims.status.asserted': 'asserted',
  'claims.status.probable': 'probable',
  'claims.status.possible': 'possible',
  'claims.status.contested': 'contested',
  'claims.status.denied': 'denied',
  'claims.meaning.asserted': 'a quote states it as a fact',
  'claims.meaning.probable': 'only forecasts or beliefs state it',
  'claims.meaning.possible': 'the quotes only say it could be',
  'claims.meaning.contested': 'some quotes state it, others deny it',
  'claims.meaning.denied': 'the quotes say it does not hold',
  // What a quote does, shown next to it when it does not simply state the relation.
  'claims.marker.forecast': 'forecast',
  'claims.marker.speculation': 'speculation',
  'claims.marker.denies': 'denies',
  'claims.markerMeaning.forecast': 'This quote forecasts the relation or reports a belief in it.',
  'claims.markerMeaning.speculation': 'This quote only says the relation could be.',
  'claims.markerMeaning.denies': 'This quote says the relation does not hold.',
} satisfies Record<string, string>;
