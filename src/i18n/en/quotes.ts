// Messages of the catalogue: the numbered quotes a PDF lists after its figure and a shared view prints after its graph
// (ICU MessageFormat; see ../en.ts).

export const quotesMessages = {
  'quotes.heading': 'The quotes behind each numbered relation',
  'quotes.relationMarked': '{sentence} ({status})',
  'quotes.number': '{number, number}.',
  'quotes.quote': '“{quote}”',
  'quotes.source': '{outlet}, {published}',
  'quotes.source.withAuthor': '{outlet}, {author}, {published}',
  'quotes.accordingTo': 'according to {speaker}',
  'quotes.separator': ' · ',
  'quotes.none': 'No quote of this relation was published by the view’s “as reported by” date.',
} satisfies Record<string, string>;
