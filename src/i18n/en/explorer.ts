// Messages of the catalogue: The explorer's controls and notices (ICU MessageFormat; see ../en.ts).

export const explorerMessages = {
  // The explorer's controls and notices.
  'explorer.summary':
    'Showing {actors, number} of {totalActors, plural, one {# actor} other {# actors}} and {relations, number} of {totalRelations, plural, one {# relation} other {# relations}}',
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
  'explorer.toolbar.group': 'Group by affiliation',
  'explorer.toolbar.relayout': 'Re-run layout',
  'explorer.toolbar.fit': 'Fit graph',
  'explorer.relayout.pinned':
    '{count, plural, one {# actor stays where you dragged it} other {# actors stay where you dragged them}} until you start afresh, which can be undone.',
  'explorer.relayout.keep': 'Keep {count, plural, one {it} other {them}} in place',
  'explorer.relayout.afresh': 'Start afresh',
  'explorer.tools': 'Tools',
  'explorer.bar': 'Controls',
  // The panels around the graph: the toggle's label, the frame's title, the toggle's tooltip and the frame's close button.
  'explorer.panel.filters': 'Filters',
  'explorer.panel.filters.title': 'Filters and legend',
  'explorer.panel.filters.hint': 'Show or hide the filters and the legend ({shortcut})',
  'explorer.panel.filters.hide': 'Hide the filters and the legend',
  'explorer.panel.details': 'Details',
  'explorer.panel.details.title': 'Details',
  'explorer.panel.details.hint': 'Show or hide the details of the selection ({shortcut})',
  'explorer.panel.details.hide': 'Hide the details',
  'explorer.panel.table': 'Table',
  'explorer.panel.table.title': 'Table of relations',
  'explorer.panel.table.hint': 'Show or hide the table of the visible relations ({shortcut})',
  'explorer.panel.table.hide': 'Hide the table',
} satisfies Record<string, string>;
