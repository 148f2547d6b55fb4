// Autosave: edits reach the draft storage after a pause, come back after a "reload", and discarding deletes them.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { putActor } from '../../src/curation/actorTransitions';
import { AUTOSAVE_DELAY_MS } from '../../src/session/autosave';
import { memoryDraftStorage } from '../../src/session/draftStorage';
import { validateInPage } from '../../src/io/validateOffThread';
import { startCurationSession } from '../../src/session/curationSession';
import { checkedOf, createCuratedTestStore, sampleDataset } from '../curation/sample';

const fileOf = (name: string, text: string) => new File([text], name);

function session(storage = memoryDraftStorage()) {
  const store = createCuratedTestStore();
  return {
    store,
    storage,
    session: startCurationSession(store, storage, { validate: validateInPage }),
  };
}

describe('autosave and drafts', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves edits after a pause and restores them when the same file is opened again', async () => {
    const first = session();
    await first.session.openFiles([fileOf('sample.json', JSON.stringify(sampleDataset()))]);
    // Only the debounce runs on fake time: opening above needed the real timers.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    expect(first.store.getState().applyEdit(putActor({ id: 'iran', name: 'Iran', kind: 'state' }))?.ok).toBe(true);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 1);
    expect(first.storage.records.size).toBe(0);
    // Another edit within the pause starts the pause again.
    const rename = (name: string) =>
      first.store.getState().applyEdit(putActor({ id: 'iran', name, kind: 'state' }, 'iran'));
    expect(rename('Islamic Republic of Iran')?.ok).toBe(true);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 1);
    expect(first.storage.records.size).toBe(0);
    expect(rename('Iran')?.ok).toBe(true);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect([...first.storage.records.keys()]).toEqual(['file:sample.json']);
    vi.useRealTimers();
    expect(first.store.getState().autosave).toMatchObject({ savedAt: expect.any(Number) });
    first.session.stop();

    const second = session(first.storage);
    await second.session.openFiles([fileOf('sample.json', JSON.stringify(sampleDataset()))]);
    expect(second.store.getState().checked?.actorsById.get('iran')?.name).toBe('Iran');
    expect(second.store.getState().pristine?.actorsById.has('iran')).toBe(false);
    expect(second.store.getState().restoredAt).toEqual(expect.any(Number));

    await second.session.discardChanges();
    expect(second.store.getState().checked?.actorsById.has('iran')).toBe(false);
    expect(first.storage.records.size).toBe(0);
    second.session.stop();
  });

  it('offers drafts of other datasets and resumes one without its file', async () => {
    const first = session();
    await first.session.openFiles([fileOf('sample.json', JSON.stringify(sampleDataset()))]);
    first.store.getState().applyEdit(putActor({ id: 'iran', name: 'Iran', kind: 'state' }));
    await first.session.flush();
    first.session.stop();

    const second = session(first.storage);
    const other = { ...sampleDataset(), id: 'other', title: 'Other' };
    await second.session.openFiles([fileOf('other.json', JSON.stringify(other))]);
    expect(second.store.getState().otherDrafts).toMatchObject([{ key: 'file:sample.json', label: 'sample.json' }]);
    await second.session.resumeDraft('file:sample.json');
    expect(second.store.getState()).toMatchObject({ source: { kind: 'file', name: 'sample.json' }, otherDrafts: [] });
    expect(second.store.getState().checked?.actorsById.has('iran')).toBe(true);
    await second.session.discardChanges();
    expect(second.store.getState().checked?.dataset.id).toBe('sample');
    expect(second.store.getState().checked?.actorsById.has('iran')).toBe(false);
    second.session.stop();
  });

  it('ignores a damaged record and does not save an unedited dataset', async () => {
    const storage = memoryDraftStorage();
    storage.records.set('file:sample.json', { version: 99, junk: true });
    const { store, session: s } = session(storage);
    await s.openFiles([fileOf('sample.json', JSON.stringify(sampleDataset()))]);
    expect(store.getState().checked?.dataset.id).toBe('sample');
    expect(store.getState().restoredAt).toBeNull();
    store.getState().select({ kind: 'actor', id: 'russia' });
    await s.flush();
    expect(storage.records.get('file:sample.json')).toEqual({ version: 99, junk: true });
    s.stop();
  });

  it('keeps rejected suggestions without edits, brings them back with the file, and forgets them on discard', async () => {
    const first = session();
    await first.session.openFiles([fileOf('sample.json', JSON.stringify(sampleDataset()))]);
    first.store.getState().rejectSuggestion('wire', 'wire:12:russia>israel:meet');
    first.store.getState().rejectSuggestion('wire', 'wire:12:russia>israel:meet');
    await first.session.flush();
    expect(first.storage.records.get('file:sample.json')).toMatchObject({
      rejectedSuggestions: [['wire', ['wire:12:russia>israel:meet']]],
    });
    first.session.stop();

    const second = session(first.storage);
    await second.session.openFiles([fileOf('sample.json', JSON.stringify(sampleDataset()))]);
    expect(second.store.getState().rejectedSuggestions).toEqual({ wire: ['wire:12:russia>israel:meet'] });
    // Nothing of the dataset was edited, so no edits are said to be restored.
    expect(second.store.getState().restoredAt).toBeNull();
    expect(second.store.getState().checked).toBe(second.store.getState().pristine);

    second.store.getState().unrejectSuggestion('wire', 'wire:12:russia>israel:meet');
    await second.session.flush();
    expect(second.storage.records.size).toBe(0);
    second.store.getState().rejectSuggestion('wire', 'other');
    await second.session.flush();
    expect(second.storage.records.size).toBe(1);
    await second.session.discardChanges();
    expect(second.store.getState().rejectedSuggestions).toEqual({});
    expect(second.storage.records.size).toBe(0);
    second.session.stop();
  });

  it('does not offer a draft of rejected suggestions alone as edits to resume, and still brings them back', async () => {
    const first = session();
    await first.session.openFiles([fileOf('sample.json', JSON.stringify(sampleDataset()))]);
    first.store.getState().rejectSuggestion('wire', 'wire:12:russia>israel:meet');
    await first.session.flush();
    first.session.stop();

    // The next visit opens another dataset first: nothing is announced, and the rejections stay stored.
    const second = session(first.storage);
    await second.session.openFiles([fileOf('other.json', JSON.stringify({ ...sampleDataset(), id: 'other' }))]);
    expect(second.store.getState().otherDrafts).toEqual([]);
    expect([...second.storage.records.keys()]).toEqual(['file:sample.json']);
    // A draft with an edit beside it is still offered.
    second.store.getState().applyEdit(putActor({ id: 'iran', name: 'Iran', kind: 'state' }));
    await second.session.flush();
    await second.session.openFiles([fileOf('third.json', JSON.stringify({ ...sampleDataset(), id: 'third' }))]);
    expect(second.store.getState().otherDrafts.map((draft) => draft.key)).toEqual(['file:other.json']);

    await second.session.openFiles([fileOf('sample.json', JSON.stringify(sampleDataset()))]);
    expect(second.store.getState().rejectedSuggestions).toEqual({ wire: ['wire:12:russia>israel:meet'] });
    expect(second.store.getState().restoredAt).toBeNull();
    second.session.stop();
  });

  it('refuses an invalid file and keeps the dataset on screen', async () => {
    const { store, session: s } = session();
    await s.openFiles([fileOf('sample.json', JSON.stringify(sampleDataset()))]);
    const before = store.getState().checked;
    await s.openFiles([fileOf('bad.json', '{"formatVersion": 1,')]);
    expect(store.getState().checked).toBe(before);
    expect(store.getState().importStatus).toMatchObject({
      phase: 'refused',
      name: 'bad.json',
      problems: [{ code: 'json-syntax' }],
    });
    expect(checkedOf().dataset.id).toBe('sample');
    s.stop();
  });
});
