// Messages of the catalogue: Words the panels share (ICU MessageFormat; see ../en.ts).

export const commonMessages = {
  // Shared by the panels.
  'common.count': '({count, number})',
  'common.labelWithCount': '{label} ({count, number})',
  'common.datePlaceholder': 'YYYY-MM-DD',
  'ui.popover.close': 'Close {label}',
  'relation.sentence': '{source} {type} {target}',
  'relation.select': 'Select relation: {sentence}',
  'relation.dates.span': '{start} – {end}',
  'relation.dates.from': 'from {start}',
  'relation.dates.until': 'until {end}',
} satisfies Record<string, string>;
