// The one message catalogue: every word the panels and the figure show, in ICU MessageFormat, ids grouped by feature.
// Plurals are ICU plurals ({count, plural, one {# actor} other {# actors}}); numbers in a message are `{n, number}` or
// `#`, so they follow the reader's locale. Values are plain text: markup in a value is shown, never parsed.

export const en = {
  // The page around the explorer.
  'app.title': 'Geopolitical relations explorer',
  'app.region.explorer': 'the explorer',
  'ui.crash.heading': 'Something went wrong while showing {what}',
  'ui.crash.hint': 'Your edits are saved in this browser. Open another dataset, or reload the page.',
} satisfies Record<string, string>;

export type MessageId = keyof typeof en;
/** A catalogue for another language: every id of the English one. */
export type Catalogue = Readonly<Record<MessageId, string>>;
