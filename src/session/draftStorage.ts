// Where drafts are kept: IndexedDB in the browser (idb-keyval), a Map in tests; one record per dataset source.
import { createStore, del, get, set, values, type UseStore } from 'idb-keyval';
import type { DraftRecord } from './draftRecord';

/** A stored record checked before it is trusted; the check (zod) loads with the first draft read. */
const checked = async (values: readonly unknown[]) => {
  const { parseDraftRecord } = await import('./draftCheck');
  return values.map(parseDraftRecord);
};

export interface DraftStorage {
  get(key: string): Promise<DraftRecord | null>;
  put(record: DraftRecord): Promise<void>;
  delete(key: string): Promise<void>;
  /** Every stored draft, newest first. */
  list(): Promise<DraftRecord[]>;
}

const newestFirst = (records: Array<DraftRecord | null>) =>
  records.filter((record) => record !== null).sort((a, b) => b.savedAt - a.savedAt);

export function indexedDbDraftStorage(): DraftStorage {
  let database: UseStore | null = null;
  // Opened lazily: a browser without IndexedDB (or with it blocked) fails the calls, which callers catch.
  const db = () => (database ??= createStore('geopolitical-graph-explorer', 'drafts'));
  return {
    get: async (key) => (await checked([await get(key, db())]))[0] ?? null,
    put: (record) => set(record.key, record, db()),
    delete: (key) => del(key, db()),
    list: async () => newestFirst(await checked(await values(db()))),
  };
}

export function memoryDraftStorage(): DraftStorage & { records: Map<string, unknown> } {
  const records = new Map<string, unknown>();
  return {
    records,
    get: async (key) => (await checked([records.get(key)]))[0] ?? null,
    put: async (record) => void records.set(record.key, structuredClone(record)),
    delete: async (key) => void records.delete(key),
    list: async () => newestFirst(await checked([...records.values()])),
  };
}
