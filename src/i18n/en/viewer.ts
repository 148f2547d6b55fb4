// Messages of the catalogue: the shared view, the self-contained HTML file of a view (src/viewer; ICU MessageFormat;
// see ../en.ts).

export const viewerMessages = {
  'viewer.graph': 'Graph of the actors and relations shown; click an actor or a relation to read its quotes',
  'viewer.stamp':
    'Made with the geopolitical graph explorer on {createdAt} from the dataset “{dataset}” ({datasetId}) · content hash {hash}',
  'viewer.hash.verified': 'the data matches it',
  'viewer.hash.changed': 'the data has been changed since the file was made',
  'viewer.asOf': 'As reported by {date}',
  'viewer.filters': 'Filters',
  'viewer.filters.types': 'Relation types',
  'viewer.filters.statuses': 'Claim status',
  'viewer.filters.all': 'all',
  'viewer.filters.none': 'none',
  'viewer.filters.count': '{label} ({count, number})',
  'viewer.search': 'Find an actor',
  'viewer.search.none': 'No actor matches “{query}”.',
  'viewer.search.results': 'Matching actors',
  'viewer.legend': 'Legend',
  'viewer.details': 'Details',
  'viewer.details.empty': 'Click an actor or a relation in the graph to read the quotes behind it.',
  'viewer.details.close': 'Clear the selection',
  'viewer.details.kind': 'Kind: {kind}',
  'viewer.details.relationDate': 'Date: {date}',
  'viewer.details.quotes': '{count, plural, one {# quote} other {# quotes}}',
  'viewer.details.laterQuote': 'Published after the view’s “as reported by” date.',
  'viewer.details.hiddenRelation': 'Hidden by the filters',
  'viewer.sources': 'Sources',
  'viewer.fit': 'Fit the graph',
  'viewer.shown':
    '{actors, plural, one {# actor} other {# actors}}, {relations, plural, one {# relation} other {# relations}} shown',
  'viewer.print.figure': 'The graph as shown when printed',
  'viewer.broken':
    'This file’s data could not be read: {reason} Open the file in the explorer to see every problem with its line and column.',
  'viewer.broken.missing': 'its data block is missing or is not JSON.',
  'viewer.broken.invalid':
    '{count, plural, one {# problem} other {# problems}} in the data, the first at line {line, number}, column {column, number}: {message}.',
} satisfies Record<string, string>;
