// Messages of the catalogue: the paths view — how two actors connect (ICU MessageFormat; see ../en.ts).

export const pathsMessages = {
  'paths.label': 'Paths',
  'paths.title': 'How {from} connects to {to}',
  'paths.connectTo': 'Connect to…',
  'paths.connectTo.placeholder': 'Type an actor’s name',
  'paths.from': 'From',
  'paths.to': 'To',
  'paths.matches': 'Actors',
  'paths.none.match': 'No actor matches “{query}”.',
  'paths.directed': 'Follow the direction of directed relations',
  'paths.close': 'Close paths',
  'paths.found':
    '{count, plural, one {# shortest path} other {# shortest paths}} through the shown relations (up to {maxPaths, number}, each at most {maxHops, number} hops).',
  'paths.path': 'Path {index, number}: {hops, plural, one {# hop} other {# hops}}',
  'paths.hop.more': '+{count, number} more {count, plural, one {quote} other {quotes}}',
  'paths.hop.select': 'Read the relation',
  'paths.noConnection': 'No connection.',
  'paths.reason.not-shown': 'One of the two actors is not shown: a filter or the focus hides it.',
  'paths.reason.filtered': 'They connect in the dataset, but not through what the filters and the focus show.',
  'paths.reason.direction':
    'They connect only against the direction of a directed relation: untick “Follow the direction” to see how.',
  'paths.reason.too-far': 'They connect only through more than {maxHops, number} hops.',
  'paths.reason.unconnected': 'Nothing joins them in this dataset, even with every relation shown.',
  'paths.csv': 'Download hops (CSV)',
  'paths.figure.shown': 'paths from {from} to {to}',
} satisfies Record<string, string>;
