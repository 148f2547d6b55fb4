// Opens a dataset into the store: one open at a time (a new one cancels the last), progress throttled, and a refusal leaves the dataset on screen.
import { sourceLabel } from '../io/datasetSource';
import type { OpenOptions, OpenOutcome, OpenProgress } from '../io/openDataset';
import type { ExplorerStore } from '../store/store';

const pendingOpens = new WeakMap<object, AbortController>();

/** Progress repaints at most this often: a 50 MB file arrives in hundreds of chunks. */
const PROGRESS_INTERVAL_MS = 50;

export async function openDatasetInto(
  store: ExplorerStore,
  name: string,
  open: (options: OpenOptions) => Promise<OpenOutcome>,
  validate?: OpenOptions['validate'],
): Promise<OpenOutcome | null> {
  pendingOpens.get(store)?.abort();
  const controller = new AbortController();
  pendingOpens.set(store, controller);
  store.getState().openingStarted(name);
  let lastProgressAt = 0;
  const onProgress = (progress: OpenProgress) => {
    const now = Date.now();
    if (progress.phase === 'reading' && now - lastProgressAt < PROGRESS_INTERVAL_MS) return;
    lastProgressAt = now;
    store.getState().openingProgressed(progress);
  };
  const outcome = await open({ signal: controller.signal, onProgress, ...(validate && { validate }) });
  // A later open took over: this one's outcome no longer matters.
  if (controller.signal.aborted) return null;
  pendingOpens.delete(store);
  if (outcome.ok) {
    // The benchmark (npm run bench) times the first frame from here.
    performance.mark('explorer:dataset-ready');
    store.getState().datasetOpened(outcome.source, outcome.checked, outcome.warnings);
  } else store.getState().openingRefused(sourceLabel(outcome.source), outcome.problems);
  return outcome;
}
