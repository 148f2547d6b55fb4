// Messages of the catalogue: how well sourced — support in panels and table, the "at least N documents" filter, and
// the sources view (ICU MessageFormat; see ../en.ts).

export const sourcesMessages = {
  'sources.support':
    'Stated by {documents, plural, one {# document} other {# documents}} and {speakers, plural, one {# voice} other {# voices}}',
  'sources.support.single': 'single source',
  'sources.column': 'Documents',
  'sources.filter.legend': 'How well sourced',
  'sources.filter.minimum': 'Stated by at least',
  'sources.filter.unit': '{count, plural, one {document} other {documents}}',
  'sources.filter.hint': 'Lines are wider the more documents state them: the thinnest rest on a single source.',
  'sources.view.title': 'Sources',
  'sources.view.label': 'Sources: the documents, and how many relations each states',
  'sources.view.entry': '{outlet} · {published}',
  'sources.view.relations': '{count, plural, one {# relation} other {# relations}}',
  'sources.view.choose': ': show only what it states, and read it',
  'sources.view.chosen': 'Only what this document states is shown.',
  'sources.view.showAll': 'Show every document',
  'sources.figure.minimum': 'stated by at least {count, plural, one {# document} other {# documents}}',
} satisfies Record<string, string>;
