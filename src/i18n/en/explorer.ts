// Messages of the catalogue: The explorer's controls and notices (ICU MessageFormat; see ../en.ts).

export const explorerMessages = {
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
} satisfies Record<string, string>;
