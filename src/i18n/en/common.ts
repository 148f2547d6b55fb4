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
  // The forms of a relation's dates (docs/dataset-format.md, "Dates").
  'relation.dates.begun': 'begun {when}',
  'relation.dates.endedBy': 'ended by {date}',
  'relation.dates.endedBetween': 'ended between {from} and {to}',
  'relation.dates.heldAt': 'as of {date}',
  'relation.dates.stillAsOf': 'still as of {date}',
  'relation.dates.ongoing': 'ongoing',
  'relation.dates.openStart': '…',
  'date.approximate': 'about {date}',
  'date.uncertain': '{date} (uncertain)',
  'date.uncertainApproximate': 'about {date} (uncertain)',
  'date.onOrBefore': 'by {date}',
  'date.onOrAfter': '{date} or later',
  'date.between': 'between {from} and {to}',
} satisfies Record<string, string>;
