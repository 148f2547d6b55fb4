// The curation session: opening datasets (file, drop, URL) with their autosaved edits, resuming and forgetting drafts, and autosave itself.
import type { DraftStorage } from './draftStorage';
import { readerFormatter } from '../i18n/readerFormatter';
import { sourceKey, sourceLabel } from '../io/datasetSource';
import { openDatasetFiles, openDatasetUrl, type PickedFile } from '../io/openDataset';
import type { Validate } from '../io/validateOffThread';
import { listOtherDrafts, restoreDraftFor, resumeDraft, startAutosave } from './autosave';
import type { ExplorerStore } from '../store/store';
import { openDatasetInto } from './openDatasetInto';

export interface CurationSession {
  openFiles(files: readonly PickedFile[]): Promise<void>;
  openUrl(url: string): Promise<void>;
  resumeDraft(key: string): Promise<void>;
  forgetDraft(key: string): Promise<void>;
  /** Back to the dataset as opened; the autosaved draft is deleted at once. */
  discardChanges(): Promise<void>;
  /** Saves pending edits now. */
  flush(): Promise<void>;
  /** Starts autosave (a store subscription and a pagehide listener); again after a stop, as an effect does on remount. */
  start(): void;
  stop(): void;
}

export interface CurationSessionOptions {
  validate?: Validate;
  autosaveDelayMs?: number;
}

/**
 * A session that does nothing until `start()`: creating one has no effect, so React may create it while rendering (a
 * useState initializer, run twice in StrictMode) and start and stop it in an effect.
 */
export function createCurationSession(
  store: ExplorerStore,
  storage: DraftStorage,
  options: CurationSessionOptions = {},
): CurationSession {
  let running: ReturnType<typeof startAutosave> | null = null;
  const autosave = {
    flush: () => running?.flush() ?? Promise.resolve(),
  };
  const afterOpen = async (opened: boolean) => {
    if (opened) await restoreDraftFor(store, storage);
    await listOtherDrafts(store, storage);
  };
  return {
    async openFiles(files) {
      const name =
        files.find((file) => /\.json$/i.test(file.name))?.name ??
        files[0]?.name ??
        readerFormatter().t('import.refusal.unnamed');
      await autosave.flush();
      const outcome = await openDatasetInto(store, name, (open) => openDatasetFiles(files, open), options.validate);
      if (outcome) await afterOpen(outcome.ok);
    },
    async openUrl(url) {
      await autosave.flush();
      const outcome = await openDatasetInto(
        store,
        sourceLabel({ kind: 'url', url }),
        (open) => openDatasetUrl(url, open),
        options.validate,
      );
      if (outcome) await afterOpen(outcome.ok);
    },
    async resumeDraft(key) {
      await autosave.flush();
      await resumeDraft(store, storage, key);
      await listOtherDrafts(store, storage);
    },
    async forgetDraft(key) {
      await storage.delete(key).catch(() => undefined);
      await listOtherDrafts(store, storage);
    },
    async discardChanges() {
      const { source } = store.getState();
      store.getState().discardChanges();
      await autosave.flush();
      if (source) await storage.delete(sourceKey(source)).catch(() => undefined);
    },
    flush: autosave.flush,
    start() {
      running ??= startAutosave(
        store,
        storage,
        options.autosaveDelayMs !== undefined ? { delayMs: options.autosaveDelayMs } : {},
      );
    },
    stop() {
      running?.stop();
      running = null;
    },
  };
}

/** A session started at once, for callers outside React (tests, scripts). */
export function startCurationSession(
  store: ExplorerStore,
  storage: DraftStorage,
  options: CurationSessionOptions = {},
): CurationSession {
  const session = createCurationSession(store, storage, options);
  session.start();
  return session;
}
