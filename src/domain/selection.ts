// What a reader has selected in a drawn dataset, by dataset id: the explorer's store and the shared view both hold one.

/** An actor (node) or a relation (edge), or nothing. */
export type Selection = { kind: 'actor'; id: string } | { kind: 'relation'; id: string } | null;
