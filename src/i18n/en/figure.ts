// Messages of the catalogue: The exported figure (ICU MessageFormat; see ../en.ts).

export const figureMessages = {
  // The exported figure: its subtitle (what is shown, under which filters), legend headings and sources.
  'figure.shown':
    '{actors, plural, one {# actor} other {# actors}}, {relations, plural, one {# relation} other {# relations}}',
  'figure.filter.none':
    '{list, select, hiddenTypes {no relation types} hiddenKinds {no actor kinds} other {no documents}}',
  'figure.filter.shown':
    '{list, select, hiddenTypes {relation types} hiddenKinds {actor kinds} other {documents}}: {values}',
  'figure.filter.allBut':
    '{list, select, hiddenTypes {relation types} hiddenKinds {actor kinds} other {documents}}: all but {values}',
  'figure.filter.noClaims': 'no claim statuses',
  'figure.filter.claims': 'claims: {statuses}',
  'figure.filter.claimsShown': '{statuses} claims shown',
  'figure.filter.dates': 'dates {from} – {to}',
  'figure.filter.from': 'from {from}',
  'figure.filter.until': 'until {to}',
  'figure.filter.datedOnly': 'dated relations only',
  'figure.filter.isolatedHidden': 'actors without a shown relation hidden',
  'figure.filter.focus': 'within {hops, plural, one {# hop} other {# hops}} of {actors}',
  'figure.legend.relations': 'Relations',
  'figure.legend.actors': 'Actors',
  'figure.legend.claims': 'Claims',
  'figure.legend.mark': '{status}: {meaning}',
  'figure.sources': '{count, plural, one {Source} other {Sources}}',
  'figure.sources.more': '… and {count, number} more: the data exports (JSON, CSV) list every source.',
  'figure.citation': '{outlet}, “{title}”, {published}',
  'figure.citation.withAuthor': '{outlet}, “{title}”, {author}, {published}',
  'figure.credit': 'Data: “{title}” ({id}). Every relation shown rests on a verbatim quote from the sources listed.',
  // A cited figure: each drawn relation numbered on its edge, and listed under the graph with its quotes.
  'figure.cited.heading': 'The quote behind each numbered relation',
  'figure.cited.relation': '{directed, select, no {{source} – {target}} other {{source} → {target}}}: {type}',
  'figure.cited.relationMarked':
    '{directed, select, no {{source} – {target}} other {{source} → {target}}}: {type} ({status})',
  'figure.cited.quote': '“{quote}” ({outlet}, {published})',
  'figure.cited.quoteAttributed': '“{quote}” ({outlet}, {published}, according to {speaker})',
  'figure.cited.entry':
    '{relation} {quote}{more, plural, =0 {} one { and # more quote in the data} other { and # more quotes in the data}}',
  'figure.cited.number': '{number, number}.',
  // The numbers on a line: runs of three or more as ranges, "3–5, 9".
  'figure.cited.range': '{from, number}–{to, number}',
  'figure.cited.separator': ', ',
  'figure.cited.unplaced':
    '{count, plural, one {Number {numbers} could not be placed on the graph; see the list.} other {Numbers {numbers} could not be placed on the graph; see the list.}}',
  // Why a figure cannot be drawn as asked, or was drawn smaller.
  'figure.nothingVisible': 'Nothing is shown, so there is nothing to export: change the filters or the focus first.',
  'figure.tooLarge':
    'This graph is too large to draw as a PNG even at a tenth of its size. Export it as SVG, or filter it first.',
  'figure.noCanvas': 'The browser could not create a canvas for the image.',
  'figure.noEncoding': 'The browser could not encode the image.',
  'figure.reducedScale':
    'At {requested, number}× the image would be {requestedWidth, number} × {requestedHeight, number} px, more than a browser can draw ({maxSide, number} px a side, {maxMegapixels, number} million pixels). Exported at {scale, number}× instead: {width, number} × {height, number} px.',
  'figure.lowered':
    'The browser could not allocate a {requestedWidth, number} px wide image; exported at {scale, number}× instead ({width, number} × {height, number} px).',
  'figure.noRoom':
    'the legend, the quotes and the sources leave too little room for the graph on this page. Choose a larger page or the whole graph, show fewer relations, or make a PDF: it sets the quotes on pages of their own.',
  'figure.listsFollow': 'The numbered quotes and the sources follow on the next pages.',
} satisfies Record<string, string>;
