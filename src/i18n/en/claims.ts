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
} satisfies Record<string, string>;
