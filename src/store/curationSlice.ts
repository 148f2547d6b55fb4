// Store slice: curation. Edits are pure dataset transitions, re-validated before they land; undo, redo and discard walk the history.
import type { CheckedDataset } from '../domain/model';
import type { Problem } from '../domain/problems';
import type { ValidationResult } from '../domain/validate';
import { moveActors, type DatasetEdit, type PositionChanges } from '../curation/actorTransitions';
import { applyPositionChanges } from '../curation/positionEdit';
import type { ActorForm, RelationForm } from '../curation/forms';
import {
  mergedContext,
  revalidationContext,
  withTexts,
  type RevalidationContext,
} from '../curation/revalidationContext';
import { loadedRevalidator, loadRevalidator } from './revalidator';
import { sourceKey, sourceLabel, type DatasetSource } from '../io/datasetSource';
import { historyOf } from './history';
import { selectionIn } from './datasetSlice';
import type { Selection } from '../domain/selection';
import type { SliceCreator } from './types';

export interface CurationSlice {
  /** Where the dataset on screen came from; autosave keys drafts by it. */
  source: DatasetSource | null;
  /** The dataset as opened: "Discard changes" returns to it. Edited when `checked !== pristine`. */
  pristine: CheckedDataset | null;
  /** The textFiles and file name every edit is re-validated with. */
  revalidation: RevalidationContext | null;
  /** When the edits on screen were restored from an autosave (ms since epoch), for the notice. */
  restoredAt: number | null;
  /** When the edits were last saved in this browser, or why saving failed. */
  autosave: { savedAt: number } | { error: string } | null;
  /** Autosaved edits to other datasets, newest first, offered for resuming. */
  otherDrafts: DraftSummary[];
  /** The editor or source reader open in the curation drawer. */
  drawer: DrawerContent | null;
  /** The dataset as last downloaded (zip or JSON), so that starting anew knows whether edits would only be in this browser. */
  downloaded: CheckedDataset | null;
  datasetDownloaded(checked: CheckedDataset): void;
  openDrawer(content: DrawerContent): void;
  closeDrawer(): void;
  /** Leaves an editor, saved or not: back to what opened it (the source reader), else the drawer closes. */
  leaveEditor(): void;
  autosaved(outcome: { savedAt: number } | { error: string } | null): void;
  draftsListed(drafts: DraftSummary[]): void;
  /** Puts a freshly opened dataset on screen: the history starts again. */
  datasetOpened(source: DatasetSource, checked: CheckedDataset, warnings: Problem[]): void;
  /** Puts autosaved edits on screen over the dataset they were made to. */
  draftRestored(
    source: DatasetSource,
    pristine: CheckedDataset,
    current: CheckedDataset,
    warnings: Problem[],
    savedAt: number,
  ): void;
  /**
   * Validates what an edit would give, without applying it (for checking a form as the user types). `texts` are the
   * files, by path, of sources the edit adds.
   */
  previewEdit(edit: DatasetEdit, texts?: ReadonlyMap<string, string>): ValidationResult | null;
  /**
   * Applies an edit when the result is valid; returns the validation either way. The texts of sources it adds are kept
   * for the rest of the session, so undo and redo find them.
   */
  applyEdit(edit: DatasetEdit, select?: Selection, texts?: ReadonlyMap<string, string>): ValidationResult | null;
  /**
   * Saves where the curator put actors, or unpins them (null): an undoable edit like any other, checked by the one rule
   * the validator has for positions instead of a full re-validation (see curation/positionEdit.ts).
   */
  arrangeActors(changes: PositionChanges): ValidationResult | null;
  undo(): void;
  redo(): void;
  discardChanges(): void;
}

/** What the curation drawer shows: an actor or relation editor (null id = new), or a source text to quote from. */
export type DrawerContent =
  | { kind: 'actor'; actorId: string | null; prefill?: Partial<ActorForm>; returnTo?: DrawerContent }
  | { kind: 'relation'; relationId: string | null; prefill?: Partial<RelationForm>; returnTo?: DrawerContent }
  | { kind: 'reader'; documentId: string | null };

export interface DraftSummary {
  key: string;
  source: DatasetSource;
  label: string;
  savedAt: number;
}

export const createCurationSlice: SliceCreator<CurationSlice> = (set, get, api) => {
  const history = () => historyOf(api);
  const afterHistoryMove = () => {
    const { checked, selection } = get();
    if (checked && selectionIn(selection, checked) !== selection) set({ selection: null });
  };
  return {
    source: null,
    pristine: null,
    revalidation: null,
    restoredAt: null,
    autosave: null,
    otherDrafts: [],
    drawer: null,
    downloaded: null,
    datasetDownloaded: (downloaded) => set({ downloaded }),
    openDrawer: (drawer) => set({ drawer }),
    closeDrawer: () => set({ drawer: null }),
    leaveEditor: () =>
      set(({ drawer }) => ({ drawer: drawer && drawer.kind !== 'reader' ? (drawer.returnTo ?? null) : null })),
    autosaved: (autosave) => set({ autosave }),
    draftsListed: (otherDrafts) => set({ otherDrafts }),
    datasetOpened: (source, checked, warnings) => {
      // Edits are checked by the validator, which loads now, while the graph is laid out; a failed load is retried
      // when the next dataset opens.
      loadRevalidator().catch(() => undefined);
      get().datasetLoaded(checked, warnings);
      set({
        source,
        pristine: checked,
        revalidation: revalidationContext(checked, sourceLabel(source)),
        restoredAt: null,
        autosave: null,
        drawer: null,
        downloaded: null,
        importStatus: { phase: 'idle' },
        rejectedSuggestions: {},
      });
      history().getState().clear();
    },
    draftRestored: (source, pristine, current, warnings, savedAt) => {
      const sameSource = get().source !== null && sourceKey(get().source as DatasetSource) === sourceKey(source);
      if (!sameSource || get().pristine === null) get().datasetOpened(source, pristine, []);
      const revalidation = get().revalidation;
      set({
        checked: current,
        warnings,
        restoredAt: savedAt,
        ...(revalidation && {
          revalidation: mergedContext(revalidation, revalidationContext(current, revalidation.file)),
        }),
      });
      set((state) => ({ selection: selectionIn(state.selection, current) }));
      history().getState().clear();
    },
    previewEdit: (edit, texts) => {
      const { checked, revalidation } = get();
      const revalidate = loadedRevalidator();
      if (!checked || !revalidation || !revalidate) return null;
      return revalidate(edit(checked.dataset), withTexts(revalidation, texts));
    },
    applyEdit: (edit, select, texts) => {
      const result = get().previewEdit(edit, texts);
      if (result?.ok) {
        const revalidation = get().revalidation;
        set((state) => ({
          ...(revalidation && texts && texts.size > 0 && { revalidation: withTexts(revalidation, texts) }),
          checked: result.checked,
          warnings: result.problems,
          selection:
            select !== undefined ? selectionIn(select, result.checked) : selectionIn(state.selection, result.checked),
        }));
      }
      return result;
    },
    arrangeActors: (changes) => {
      const { checked, warnings, revalidation } = get();
      if (!checked || !revalidation) return null;
      const result = applyPositionChanges(checked, warnings, changes);
      // Not a change the shortcut vouches for: the validator judges it, and says what is wrong.
      if (result === null) return get().applyEdit(moveActors(changes));
      if (result.checked !== checked) set({ checked: result.checked, warnings: result.problems });
      return result;
    },
    undo: () => {
      history().getState().undo();
      afterHistoryMove();
    },
    redo: () => {
      history().getState().redo();
      afterHistoryMove();
    },
    discardChanges: () => {
      const { pristine } = get();
      if (!pristine) return;
      set((state) => ({
        checked: pristine,
        warnings: [],
        restoredAt: null,
        // Rejected suggestions are changes too: they come back with the dataset as opened.
        rejectedSuggestions: {},
        selection: selectionIn(state.selection, pristine),
      }));
      history().getState().clear();
    },
  };
};
