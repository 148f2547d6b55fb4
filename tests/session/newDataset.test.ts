// A dataset started in the browser: kept before its first edit, its added sources' texts kept with it, and after a
// "reload" (a new store on the same storage) it opens by its key with everything needed to go on curating.
import { describe, expect, it } from 'vitest';
import { putActor } from '../../src/curation/actorTransitions';
import { putDocument } from '../../src/curation/documentTransitions';
import { putRelation } from '../../src/curation/relationTransitions';
import { sourceKey } from '../../src/io/datasetSource';
import { validateInPage } from '../../src/io/validateOffThread';
import { memoryDraftStorage } from '../../src/session/draftStorage';
import { startCurationSession } from '../../src/session/curationSession';
import { searchFor } from '../../src/session/sourceUrl';
import { createCuratedTestStore } from '../curation/sample';

const TEXT = 'Northmark and the Federation met in Velsen. Orla mediates the talks.';

function openSession(storage = memoryDraftStorage()) {
  const store = createCuratedTestStore();
  const session = startCurationSession(store, storage, { validate: validateInPage, autosaveDelayMs: 5 });
  return { store, storage, session };
}

describe('a new dataset', () => {
  it('survives a reload with its sources, and the texts it needs to validate further edits', async () => {
    const first = openSession();
    expect(await first.session.newDataset({ id: 'strait', title: 'Strait' })).toEqual([]);
    const source = first.store.getState().source!;
    const key = sourceKey(source);
    // Kept at once, before any edit: nothing else could open it again.
    expect(await first.storage.get(key)).not.toBeNull();

    const document = { id: 'wire', title: 'Wire', outlet: 'Wire', published: '2023', textFile: 'sources/wire.txt' };
    const added = first.store
      .getState()
      .applyEdit(putDocument(document), undefined, new Map([['sources/wire.txt', TEXT]]));
    expect(added?.ok).toBe(true);
    await first.session.flush();
    first.session.stop();

    const second = openSession(first.storage);
    expect(await second.session.openDraft(key)).toBe(true);
    const state = second.store.getState();
    expect(state.source).toEqual(source);
    expect(state.checked?.documentTexts.get('wire')).toBe(TEXT);
    expect(state.pristine?.dataset.documents).toEqual([]);
    // A relation quoting the restored source validates: its text came back with the draft.
    state.applyEdit(putActor({ id: 'northmark', name: 'Northmark', kind: 'state' }));
    state.applyEdit(putActor({ id: 'orla', name: 'Orla', kind: 'state' }));
    const relation = second.store.getState().applyEdit(
      putRelation({
        id: 'orla-mediator-northmark',
        type: 'mediator',
        source: 'orla',
        target: 'northmark',
        evidence: [{ document: 'wire', quote: 'Orla mediates the talks.' }],
      }),
    );
    expect(relation?.ok, JSON.stringify(relation?.problems)).toBe(true);
    second.session.stop();
  });

  it('is refused with the validator’s problems when its id is not a slug', async () => {
    const { session, store } = openSession();
    const problems = await session.newDataset({ id: 'Not a slug', title: 'x' });
    expect(problems.map((problem) => problem.pointer)).toEqual(['/id']);
    expect(store.getState().checked).toBeNull();
  });

  it('names itself in the address by its draft key, and the example by no ?data=', () => {
    const example = 'https://explorer.example/russia-israel-iran/dataset.json';
    const started = { kind: 'new', name: 'strait.json', createdAt: 7 } as const;
    expect(searchFor('?data=x.json&debug=', started, example)).toBe('?debug=&draft=new%3A7%3Astrait.json');
    expect(searchFor('?draft=new%3A7%3Astrait.json', { kind: 'url', url: example }, example)).toBe('');
    expect(searchFor('?draft=a&data=y.json', { kind: 'file', name: 'y.json' }, example)).toBe('?data=y.json');
  });

  it('says nothing is there when a link names a draft this browser does not hold', async () => {
    const { session } = openSession();
    expect(await session.openDraft('new:1:gone.json')).toBe(false);
  });
});
