// Pure: how well each relation is sourced — how many distinct documents and distinct speakers state it.
import type { CheckedDataset } from './model';
import { perDataset } from './perDataset';
import { OUTLET_VOICE, speakerOf } from './speakers';

export interface Support {
  /** Distinct documents citing the relation. */
  documents: number;
  /**
   * Distinct voices: each actor evidence is attributed to, and each outlet speaking in its own voice (two articles of
   * one outlet are one voice).
   */
  speakers: number;
}

/**
 * Per relation (index-aligned), its support, counted over all its evidence: a quote that denies the relation is part
 * of how well the claim about it is sourced, and its status says which way it goes.
 */
export const supportOf = perDataset((checked: CheckedDataset): readonly Support[] =>
  checked.dataset.relations.map((relation) => {
    const documents = new Set<string>();
    const speakers = new Set<string>();
    for (const evidence of relation.evidence) {
      documents.add(evidence.document);
      const speaker = speakerOf(evidence);
      speakers.add(
        speaker === OUTLET_VOICE
          ? `${OUTLET_VOICE}:${checked.documentsById.get(evidence.document)?.outlet ?? evidence.document}`
          : speaker,
      );
    }
    return { documents: documents.size, speakers: speakers.size };
  }),
);
