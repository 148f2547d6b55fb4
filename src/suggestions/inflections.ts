// A verb's regular forms, made as PETRARCH2 makes them (PETRreader.make_verb_forms) with consonant + y → -ies / -ied:
// the lexicon's generator reads its dictionary's verbs with it, and the engine a dataset's own cues ("trade with" →
// "trades with", "traded with", "trading with").

export function inflections(verb: string): string[] {
  const forms = [verb];
  forms.push(
    /(?:s|x|z|ch|sh)$/u.test(verb) ? `${verb}es` : /[^aeiou]y$/u.test(verb) ? `${verb.slice(0, -1)}ies` : `${verb}s`,
  );
  if (verb.endsWith('e')) forms.push(`${verb}d`, `${verb.slice(0, -1)}ing`);
  else forms.push(/[^aeiou]y$/u.test(verb) ? `${verb.slice(0, -1)}ied` : `${verb}ed`, `${verb}ing`);
  return forms;
}
