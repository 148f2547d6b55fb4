// Pure: new values for the list filters (the hidden relation types, actor kinds, documents and claim statuses), each a
// function of the list as it is; the store keeps them with setFilter, as their rows say (filters/filterTable.ts).

/** Shows a hidden value or hides a shown one. */
export const toggled = <T extends string>(hidden: readonly T[], value: T): T[] =>
  hidden.includes(value) ? hidden.filter((v) => v !== value) : [...hidden, value];

/** Every value shown (none hidden), or every given value hidden. */
export const allShown = <T extends string>(all: readonly T[], shown: boolean): T[] => (shown ? [] : [...all]);

/** Shows or hides these values (the rows a narrowed list shows), leaving the list's other values as they are. */
export const shownAmong = <T extends string>(hidden: readonly T[], values: readonly T[], shown: boolean): T[] => {
  const chosen = new Set(values);
  return shown ? hidden.filter((value) => !chosen.has(value)) : [...hidden, ...values];
};

/** Only this value shown: every other one hidden. */
export const onlyShown = <T extends string>(all: readonly T[], value: T): T[] => all.filter((v) => v !== value);
