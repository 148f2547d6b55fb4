// The curation session: opening datasets (file, drop, URL) with their autosaved edits, resuming and forgetting drafts, and autosave itself.
import type { DraftStorage } from './draftStorage';
import { readerFormatter } from '../i18n/readerFormatter';
import { sourceKey, sourceLabel } from '../io/datasetSource';
import { openDatasetFiles, openDatasetUrl, type PickedFile } from '../io/openDataset';
import type { Validate } from '../io/validateOffThread';
import { listOtherDrafts, restoreDraftFor, resumeDraft, startAutosave } from './autosave';
import type { ExplorerStore } from '../store/store';
import { openDatasetInto } from './openDatasetInto';
import { makeDraftRecord } from './draftRecord';
import { emptyDataset } from '../curation/emptyDataset';
import { loadRevalidator } from '../store/revalidator';
import type { Problem } from '../domain/problems';

export interface CurationSession {
  openFiles(files: readonly PickedFile[]): Promise<void>;
  openUrl(url: string): Promise<void>;
  /** What the validator says of an empty dataset with this id and title (the new-dataset form shows it as typed). */
  checkNewDataset(fields: { id: string; title: string }): Promise<Problem[]>;
  /** Starts an empty dataset in this browser; refused (with the validator's problems) when the id or title is not valid. */
  newDataset(fields: { id: string; title: string }): Promise<Problem[]>;
  /** Opens the autosaved draft a link names (?draft=); false when this browser does not hold it. */
  openDraft(key: string): Promise<boolean>;
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
  /** The clock a new dataset's creation and first save are stamped with. */
  now?: () => number;
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
  const now = options.now ?? Date.now;
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
    // The validator loads with the first use, as for edits (store/revalidator.ts).
    async checkNewDataset({ id, title }) {
      const revalidate = await loadRevalidator();
      return revalidate(emptyDataset(id, title), { file: `${id}.json`, textFiles: new Map() }).problems;
    },
    async newDataset({ id, title }) {
      await autosave.flush();
      const source = { kind: 'new', name: `${id}.json`, createdAt: now() } as const;
      const revalidate = await loadRevalidator();
      const result = revalidate(emptyDataset(id, title), { file: source.name, textFiles: new Map() });
      if (!result.ok) return result.problems;
      store.getState().datasetOpened(source, result.checked, result.problems);
      const savedAt = now();
      try {
        await storage.put(makeDraftRecord(source, result.checked, result.checked, savedAt));
        store.getState().autosaved({ savedAt });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        store.getState().autosaved({ error: readerFormatter().t('workbench.notSaved', { reason }) });
      }
      await listOtherDrafts(store, storage);
      return [];
    },
    async openDraft(key) {
      await autosave.flush();
      const opened = await resumeDraft(store, storage, key);
      await listOtherDrafts(store, storage);
      return opened;
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
