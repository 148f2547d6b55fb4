// Messages of the catalogue: The page around the explorer, and words shared by every panel (ICU MessageFormat; see ../en.ts).

export const appMessages = {
  // The page around the explorer.
  'app.title': 'Geopolitical relations explorer',
  'app.region.explorer': 'the explorer',
  'app.region.dialog': 'this dialog',
  'ui.crash.heading': 'Something went wrong while showing {what}',
  'ui.crash.hint': 'Your edits are saved in this browser. Open another dataset, or reload the page.',
} satisfies Record<string, string>;
