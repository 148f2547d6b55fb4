// Messages of the catalogue: the timeline strip and the "as reported by" date (ICU MessageFormat; see ../en.ts).

export const timelineMessages = {
  'timeline.label': 'Timeline: documents by publication date and dated relations',
  'timeline.asOf': 'As reported by',
  'timeline.asOf.all': 'every document',
  'timeline.asOf.date': 'As reported by {date}',
  'timeline.marker': 'As reported by (drag, or use the arrow keys)',
  'timeline.previous': 'Previous publication date',
  'timeline.next': 'Next publication date',
  'timeline.play': 'Play through the publication dates',
  'timeline.pause': 'Pause',
  'timeline.all': 'All dates',
  'timeline.all.hint': 'Show what every document states, whatever its date',
  'timeline.document': '{outlet}: “{title}”, {published}',
  'timeline.shown':
    '{documents, plural, one {# document} other {# documents}} published by then state {relations, plural, one {# shown relation} other {# shown relations}}',
  'timeline.undated': 'Nothing in this dataset is dated.',
  'timeline.figure.asOf': 'as reported by {date}',
} satisfies Record<string, string>;
