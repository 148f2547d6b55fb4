// What the curator does with a suggestion: accept it (through the store's validated edits, or into the editor when it
// needs a judgement), edit it first, reject it, accept a whole sentence, or add an actor the text names.
import { useState } from 'react';
import type { DatasetEdit } from '../../../curation/actorTransitions';
import { evidenceToForm } from '../../../curation/forms';
import { addEvidence, putRelation } from '../../../curation/relationTransitions';
import type { ActorKind, CheckedDataset, Relation } from '../../../domain/model';
import { useExplorer } from '../../../store/StoreProvider';
import type { DrawerContent } from '../../../store/curationSlice';
import {
  suggestedEvidence,
  suggestedRelation,
  suggestedRelationForm,
  type SentenceGroup,
  type SuggestionRow,
} from './suggestionView';

/** What the last action did, for the panel's status line. */
export type ActionOutcome =
  | { kind: 'relation'; relation: Relation }
  | { kind: 'evidence'; relation: Relation }
  | { kind: 'sentence'; count: number }
  | { kind: 'rejected'; key: string };

export function useSuggestionActions(checked: CheckedDataset, documentId: string) {
  const applyEdit = useExplorer((state) => state.applyEdit);
  const openDrawer = useExplorer((state) => state.openDrawer);
  const rejectSuggestion = useExplorer((state) => state.rejectSuggestion);
  const unrejectSuggestion = useExplorer((state) => state.unrejectSuggestion);
  const [outcome, setOutcome] = useState<ActionOutcome | null>(null);
  const reader: DrawerContent = { kind: 'reader', documentId };

  /** The relation editor, filled in from the suggestion, for the curator to judge and save; back to the reader after. */
  const edit = (row: SuggestionRow) => {
    const evidence = evidenceToForm(suggestedEvidence(row.suggestion, documentId, checked));
    if (row.addsTo)
      openDrawer({
        kind: 'relation',
        relationId: row.addsTo.id,
        prefill: { evidence: [...row.addsTo.evidence.map(evidenceToForm), evidence] },
        returnTo: reader,
      });
    else
      openDrawer({
        kind: 'relation',
        relationId: null,
        prefill: suggestedRelationForm(row, documentId, checked),
        returnTo: reader,
      });
  };

  /** Straight into the dataset when the validator accepts the result; otherwise into the editor, which says why. */
  const accept = (row: SuggestionRow) => {
    if (row.addsTo) {
      const relation = row.addsTo;
      const result = applyEdit(addEvidence(relation.id, suggestedEvidence(row.suggestion, documentId, checked)), {
        kind: 'relation',
        id: relation.id,
      });
      if (result?.ok) setOutcome({ kind: 'evidence', relation });
      else edit(row);
      return;
    }
    const relation = suggestedRelation(row, documentId, checked);
    const result = relation && applyEdit(putRelation(relation), { kind: 'relation', id: relation.id });
    if (relation && result?.ok) setOutcome({ kind: 'relation', relation });
    else edit(row);
  };

  /** The edit accepting a row makes, with ids not in `taken`; null while an end is not an actor of the dataset. */
  const acceptEdit = (row: SuggestionRow, taken: Set<string>): DatasetEdit | null => {
    if (row.addsTo) return addEvidence(row.addsTo.id, suggestedEvidence(row.suggestion, documentId, checked));
    const relation = suggestedRelation(row, documentId, checked, taken);
    if (!relation) return null;
    taken.add(relation.id);
    return putRelation(relation);
  };

  /**
   * Every suggestion of the sentence whose actors are in the dataset, as one edit (one step to undo). When the validator
   * refuses the whole, they go in one by one, and the first that needs a judgement opens in the editor.
   */
  const acceptSentence = (group: SentenceGroup) => {
    const taken = new Set(checked.relationIndexById.keys());
    const steps = group.rows.flatMap((row) => {
      const step = acceptEdit(row, taken);
      return step ? [{ row, step }] : [];
    });
    if (steps.length === 0) return;
    const all: DatasetEdit = (dataset) => steps.reduce((current, { step }) => step(current), dataset);
    if (applyEdit(all)?.ok) {
      setOutcome({ kind: 'sentence', count: steps.length });
      return;
    }
    let added = 0;
    for (const { row, step } of steps) {
      if (applyEdit(step)?.ok) added++;
      else {
        edit(row);
        return;
      }
    }
    setOutcome({ kind: 'sentence', count: added });
  };

  return {
    outcome,
    accept,
    edit,
    acceptSentence,
    reject: (row: SuggestionRow) => {
      rejectSuggestion(documentId, row.suggestion.key);
      setOutcome({ kind: 'rejected', key: row.suggestion.key });
    },
    unreject: (key: string) => {
      unrejectSuggestion(documentId, key);
      setOutcome(null);
    },
    /** The actor editor with the name and the guessed kind, editable before it is added; back to the reader after. */
    addActor: (name: string, kind: ActorKind | undefined) =>
      openDrawer({ kind: 'actor', actorId: null, prefill: { name, ...(kind && { kind }) }, returnTo: reader }),
  };
}
