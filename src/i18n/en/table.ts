// Messages of the catalogue: The relations table (ICU MessageFormat; see ../en.ts).

export const tableMessages = {
  // The relations table.
  'table.label': 'Relations table',
  'table.heading': 'Relations',
  'table.shown': '({count, number} shown)',
  'table.listing': 'Listing the relations…',
  'table.empty': 'No relation to list: the filters hide them all.',
  'table.column.source': 'Source',
  'table.column.type': 'Type',
  'table.column.target': 'Target',
  'table.column.status': 'Claim status',
  'table.column.date': 'Date',
  'table.column.quote': 'Quote',
  'table.column.outlet': 'Outlet',
  'table.showAll': 'Show all {count, plural, one {# relation} other {# relations}}',
} satisfies Record<string, string>;
