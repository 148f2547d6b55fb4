// The one message catalogue: every word the panels and the figure show, in ICU MessageFormat, ids grouped by feature.
// Plurals are ICU plurals ({count, plural, one {# actor} other {# actors}}); numbers in a message are `{n, number}` or
// `#`, so they follow the reader's locale. Values are plain text: markup in a value is shown, never parsed.

export const en = {
  // The page around the explorer.
  'app.title': 'Geopolitical relations explorer',
  'app.region.explorer': 'the explorer',
  'ui.crash.heading': 'Something went wrong while showing {what}',
  'ui.crash.hint': 'Your edits are saved in this browser. Open another dataset, or reload the page.',

  // Shared by the panels.
  'common.count': '({count, number})',
  'common.labelWithCount': '{label} ({count, number})',
  'relation.sentence': '{source} {type} {target}',
  'relation.select': 'Select relation: {sentence}',
  'relation.dates.span': '{start} – {end}',
  'relation.dates.from': 'from {start}',
  'relation.dates.until': 'until {end}',

  // The graph canvas.
  'canvas.label': 'Relation graph. The table of relations below offers the same content by keyboard.',
  'canvas.layout.progress': 'Layout in progress',
  'canvas.layout.status': 'Laying out {actors, plural, one {# actor} other {# actors}}… {seconds, number} s',
  'canvas.layout.stop': 'Stop layout',
  'canvas.tooltip.actor': '{name} ({kind})',
  'canvas.tooltip.datedRelation': '{sentence}, {date}',

  // The explorer's controls and notices.
  'explorer.summary':
    'Showing {actors, number} of {totalActors, plural, one {# actor} other {# actors}} and {relations, number} of {totalRelations, plural, one {# relation} other {# relations}}',
  'explorer.notice.noActors': 'This dataset has no actors yet, so there is nothing to draw.',
  'explorer.notice.noRelations': 'This dataset has no relations yet: only its actors are shown.',
  'explorer.notice.focusEmpty': 'The focused actor has no visible relation.',
  'explorer.notice.allHidden': 'The current filters hide every actor and relation.',
  'explorer.notice.relationsHidden': 'The current filters hide every relation.',
  'explorer.notice.wholeGraph': 'Show the whole graph',
  'explorer.toolbar.label': 'View',
  'explorer.toolbar.focus': 'Focus',
  'explorer.toolbar.focus.none': 'whole graph',
  'explorer.toolbar.focus.one': 'selection and neighbours (1 hop)',
  'explorer.toolbar.focus.two': 'selection within 2 hops',
  'explorer.toolbar.focusHint': 'Select an actor to focus on it.',
  'explorer.toolbar.group': 'Group people by affiliation',
  'explorer.toolbar.relayout': 'Re-run layout',
  'explorer.toolbar.fit': 'Fit graph',
  'explorer.toolbar.table': 'Show table',

  // The details panel.
  'details.label': 'Details',
  'details.clear': 'Clear selection',
  'details.empty': 'Click an actor or a relation in the graph or the table to read the evidence for it.',
  'details.actor.hidden': 'This actor is hidden by the current filters or focus.',
  'details.actor.aliases': 'Also known as: {aliases}',
  'details.actor.affiliation': 'Affiliation: {actor}',
  'details.actor.relations': 'Relations',
  'details.actor.noRelation': 'No visible relation.',
  'details.actor.hiddenRelations':
    '{count, plural, one {# more relation is} other {# more relations are}} hidden by the current filters.',
  'details.relation.type': '{label}: {description}',
  'details.relation.select': 'select',
  'details.evidence.accordingTo': 'according to {actor}',
  'details.evidence.moreContext': 'more context',
  'details.evidence.lessContext': 'less context',

  // Search.
  'search.label': 'Find an actor',
  'search.placeholder': 'name or alias',
  'search.matches': 'Matching actors',
  'search.alias': '({alias})',
  'search.none': 'No actor matches “{query}”.',

  // The relations table.
  'table.label': 'Relations table',
  'table.heading': 'Relations',
  'table.shown': '({count, number} shown)',
  'table.listing': 'Listing the relations…',
  'table.empty': 'No relation to list: the filters hide them all.',
  'table.column.source': 'Source',
  'table.column.type': 'Type',
  'table.column.target': 'Target',
  'table.column.date': 'Date',
  'table.column.quote': 'Quote',
  'table.column.outlet': 'Outlet',
  'table.showAll': 'Show all {count, plural, one {# relation} other {# relations}}',

  // The legend.
  'legend.label': 'Legend',
  'legend.actors': 'Actors',
  'legend.relations': 'Relations (shown)',
  'legend.directed': '(directed)',

  // The filters.
  'filters.reset': 'Reset filters',
} satisfies Record<string, string>;

export type MessageId = keyof typeof en;
/** A catalogue for another language: every id of the English one. */
export type Catalogue = Readonly<Record<MessageId, string>>;
