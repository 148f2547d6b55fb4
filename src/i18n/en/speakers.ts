// Messages of the catalogue: who says so — the claims attributed to an actor, and the speaker filter (ICU
// MessageFormat; see ../en.ts).

export const speakersMessages = {
  'speakers.claims.title': 'Claims attributed to {actor}',
  'speakers.claims.count': '{count, plural, one {# piece of evidence} other {# pieces of evidence}}',
  'speakers.claims.none': 'No evidence is attributed to {actor}.',
  'speakers.claims.later':
    '{count, plural, one {# more is} other {# more are}} published after the “as reported by” date.',
  'speakers.filter.legend': 'Who says so',
  'speakers.filter.hint':
    'Only relations some quote attributes to the speakers ticked; none ticked shows every relation.',
  'speakers.outletVoice': 'the outlet’s own voice',
  'speakers.filter.count': '{count, plural, one {# relation} other {# relations}}',
  'speakers.filter.clear': 'Every speaker',
  'speakers.figure.shown': 'according to {speakers}',
} satisfies Record<string, string>;
