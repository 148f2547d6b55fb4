// Messages of the catalogue: the line saying what a link left out, and why (ICU MessageFormat; see ../en.ts).

export const linkMessages = {
  'link.ignored': 'Left out of the link: {parts}.',
  'link.part': '{key}={value} ({reason})',
  'link.reason.date': 'not a date that exists',
  'link.reason.whole-number': 'not a whole number of at least 1',
  'link.reason.pair': 'not two actor ids separated by a comma',
  'link.reason.same-actor': 'a path needs two different actors',
  'link.reason.unknown-actor': 'no actor has this id',
  'link.reason.unknown-relation': 'no relation has this id',
  'link.dismiss': 'Dismiss',
} satisfies Record<string, string>;
