// Messages of the catalogue: Actor search (ICU MessageFormat; see ../en.ts).

export const searchMessages = {
  // Search.
  'search.label': 'Find an actor',
  'search.placeholder': 'name or alias',
  'search.matches': 'Matching actors',
  'search.alias': '({alias})',
  'search.none': 'No actor matches “{query}”.',
} satisfies Record<string, string>;
