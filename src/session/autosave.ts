// Autosave: edits go to the draft storage shortly after each change (and when the page is hidden); drafts come back after a reload.
import { holdsEdits, makeDraftRecord, rejectionsOf, type DraftRecord } from './draftRecord';
import type { DraftStorage } from './draftStorage';
import { readerFormatter } from '../i18n/readerFormatter';
import { sourceKey, sourceLabel } from '../io/datasetSource';
import type { ExplorerStore } from '../store/store';
import type { ExplorerState } from '../store/types';

/** Short enough that a crash loses at most a moment of typing, long enough not to write on every keystroke. */
export const AUTOSAVE_DELAY_MS = 400;

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
/** What a refusal of autosaved edits is about: "your autosaved edits to dataset.json". */
const draftName = (name: string) => readerFormatter().t('import.refusal.draft', { name });

/** Saves edits (debounced) and forgets the draft when the dataset is back as opened. Returns flush and stop. */
export function startAutosave(
  store: ExplorerStore,
  storage: DraftStorage,
  options: { delayMs?: number; now?: () => number } = {},
) {
  const delayMs = options.delayMs ?? AUTOSAVE_DELAY_MS;
  const now = options.now ?? Date.now;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let dirty = false;

  const save = async () => {
    timer = null;
    if (!dirty) return;
    dirty = false;
    const { source, pristine, checked, rejectedSuggestions } = store.getState();
    if (!source || !pristine || !checked) return;
    try {
      // A dataset started here has no file to open again: it is kept even before its first edit; so is one whose
      // reader rejected suggestions.
      const rejections = Object.keys(rejectedSuggestions).length > 0;
      if (checked === pristine && !rejections && source.kind !== 'new') {
        await storage.delete(sourceKey(source));
        store.getState().autosaved(null);
      } else {
        const savedAt = now();
        await storage.put(makeDraftRecord(source, pristine, checked, savedAt, rejectedSuggestions));
        store.getState().autosaved({ savedAt });
      }
    } catch (error) {
      store
        .getState()
        .autosaved({ error: readerFormatter().t('curation.autosave.failed', { reason: message(error) }) });
    }
  };

  /** A change to keep: an edit of the dataset on screen, or a suggestion rejected (or taken back) in its reader. */
  const isEdit = (state: ExplorerState, previous: ExplorerState) =>
    (state.checked !== previous.checked || state.rejectedSuggestions !== previous.rejectedSuggestions) &&
    state.source === previous.source &&
    state.pristine === previous.pristine &&
    state.pristine !== null;

  const unsubscribe = store.subscribe((state, previous) => {
    if (!isEdit(state, previous)) return;
    dirty = true;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => void save(), delayMs);
  });
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    return save();
  };
  const onHide = () => void flush();
  globalThis.addEventListener?.('pagehide', onHide);
  return {
    flush,
    stop() {
      unsubscribe();
      globalThis.removeEventListener?.('pagehide', onHide);
      if (timer !== null) clearTimeout(timer);
    },
  };
}

/** After a dataset opened: puts back the edits autosaved for it, if any. */
export async function restoreDraftFor(store: ExplorerStore, storage: DraftStorage): Promise<boolean> {
  const { source, pristine } = store.getState();
  if (!source || !pristine) return false;
  let record: DraftRecord | null;
  try {
    record = await storage.get(sourceKey(source));
  } catch {
    return false;
  }
  if (!record) return false;
  const { restoreDraft } = await import('./draftCheck');
  const { current } = restoreDraft(record);
  if (!current.ok) {
    store.getState().openingRefused(draftName(sourceLabel(source)), current.problems);
    return false;
  }
  // A draft that only keeps rejected suggestions restores no edits, and says none were restored.
  if (holdsEdits(record))
    store.getState().draftRestored(source, pristine, current.checked, current.problems, record.savedAt);
  store.getState().rejectionsRestored(rejectionsOf(record));
  return true;
}

/** Opens autosaved edits to a dataset that is not on screen (a file picked in an earlier visit). */
export async function resumeDraft(store: ExplorerStore, storage: DraftStorage, key: string): Promise<boolean> {
  const record = await storage.get(key).catch(() => null);
  if (!record) return false;
  const { restoreDraft } = await import('./draftCheck');
  const { original, current } = restoreDraft(record);
  if (!original.ok || !current.ok) {
    store
      .getState()
      .openingRefused(draftName(sourceLabel(record.source)), original.ok ? current.problems : original.problems);
    return false;
  }
  store.getState().datasetOpened(record.source, original.checked, original.problems);
  store.getState().draftRestored(record.source, original.checked, current.checked, current.problems, record.savedAt);
  store.getState().rejectionsRestored(rejectionsOf(record));
  return true;
}

/**
 * Lists drafts of datasets other than the one on screen that hold edits, for the "resume" notice; drafts that only
 * remember rejected suggestions stay stored, unannounced, until their dataset is opened again.
 */
export async function listOtherDrafts(store: ExplorerStore, storage: DraftStorage): Promise<void> {
  const source = store.getState().source;
  const currentKey = source ? sourceKey(source) : null;
  try {
    const drafts = await storage.list();
    store.getState().draftsListed(
      drafts
        .filter((draft) => draft.key !== currentKey && holdsEdits(draft))
        .map((draft) => ({
          key: draft.key,
          source: draft.source,
          label: sourceLabel(draft.source),
          savedAt: draft.savedAt,
        })),
    );
  } catch {
    store.getState().draftsListed([]);
  }
}
