// Curation in the store: edits land only when valid, undo/redo walk them, discard returns to the dataset as opened.
import { describe, expect, it } from 'vitest';
import { deleteActor, putActor } from '../../src/curation/actorTransitions';
import { putRelation } from '../../src/curation/relationTransitions';
import { checkedOf, createCuratedTestStore } from '../curation/sample';
import { toggled } from '../../src/store/filterTransitions';
import { say } from '../../src/domain/problemMessages';

const source = { kind: 'file', name: 'sample.json' } as const;

function openedStore() {
  const store = createCuratedTestStore();
  const checked = checkedOf();
  store.getState().datasetOpened(source, checked, []);
  return { store, checked };
}

describe('curation slice', () => {
  it('opens a dataset with an empty history', () => {
    const { store, checked } = openedStore();
    expect(store.getState()).toMatchObject({
      checked,
      pristine: checked,
      source,
    });
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('applies a valid edit and refuses an invalid one, saying why', () => {
    const { store, checked } = openedStore();
    const result = store.getState().applyEdit(putActor({ id: 'iran', name: 'Iran', kind: 'state' }));
    expect(result?.ok).toBe(true);
    expect(store.getState().checked?.actorsById.get('iran')?.name).toBe('Iran');
    expect(store.getState().warnings).toMatchObject([{ code: 'unused-actor', pointer: '/actors/3' }]);

    const edited = store.getState().checked;
    const bad = store.getState().applyEdit(
      putRelation({
        id: 'r',
        type: 'strikes',
        source: 'iran',
        target: 'nobody',
        evidence: [{ document: 'wire', quote: 'not in the text' }],
      }),
    );
    expect(bad?.ok).toBe(false);
    expect(bad?.problems.map((problem) => problem.pointer)).toEqual(
      expect.arrayContaining(['/relations/2/target', '/relations/2/evidence/0/quote']),
    );
    expect(store.getState().checked).toBe(edited);
    expect(store.getState().checked).not.toBe(checked);
  });

  it('previews an edit without applying it', () => {
    const { store, checked } = openedStore();
    expect(store.getState().previewEdit(deleteActor('russia'))?.ok).toBe(true);
    expect(store.getState().checked).toBe(checked);
  });

  it('undoes and redoes edits, dropping a selection that no longer exists', () => {
    const { store, checked } = openedStore();
    store.getState().applyEdit(putActor({ id: 'iran', name: 'Iran', kind: 'state' }), { kind: 'actor', id: 'iran' });
    expect(store.getState().selection).toEqual({ kind: 'actor', id: 'iran' });
    store.getState().select({ kind: 'relation', id: 'russia-meets-israel' });
    store.getState().setFilter('hiddenTypes', (hidden) => toggled(hidden, 'strikes'));
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    store.getState().applyEdit(deleteActor('israel'));
    expect(store.getState().selection).toBeNull();
    store.getState().select({ kind: 'actor', id: 'iran' });
    store.getState().undo();
    expect(store.getState().checked?.actorsById.has('israel')).toBe(true);
    store.getState().undo();
    expect(store.getState().checked).toBe(checked);
    expect(store.getState().selection).toBeNull();
    expect(store.getState().filters.hiddenTypes).toEqual(['strikes']);
    store.getState().redo();
    store.getState().redo();
    expect(store.getState().checked?.actorsById.has('israel')).toBe(false);
    expect(store.getState().checked?.actorsById.has('iran')).toBe(true);
  });

  it('discards every change and forgets the history', () => {
    const { store, checked } = openedStore();
    store.getState().applyEdit(deleteActor('rebels'));
    store.getState().discardChanges();
    expect(store.getState().checked).toBe(checked);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('saves arranged positions as one undoable edit each, and lets the validator refuse what it must', () => {
    const { store, checked } = openedStore();
    store.getState().select({ kind: 'actor', id: 'israel' });
    const moved = store.getState().arrangeActors(
      new Map([
        ['russia', { x: 10, y: 20 }],
        ['israel', { x: -5.56, y: 0 }],
      ]),
    );
    expect(moved?.ok).toBe(true);
    const arranged = store.getState().checked;
    expect(arranged?.actorsById.get('israel')?.position).toEqual({ x: -5.6, y: 0 });
    expect(store.getState().selection).toEqual({ kind: 'actor', id: 'israel' });
    store.getState().arrangeActors(new Map([['russia', null]]));
    expect(store.getState().checked?.actorsById.get('russia')).not.toHaveProperty('position');
    expect(store.temporal.getState().pastStates).toHaveLength(2);

    // Moving nothing is no step; a coordinate JSON cannot hold goes to the validator, which refuses it.
    const unchanged = store.getState().checked;
    store.getState().arrangeActors(new Map([['israel', { x: -5.6, y: 0 }]]));
    expect(store.getState().checked).toBe(unchanged);
    const refused = store.getState().arrangeActors(new Map([['israel', { x: Number.NaN, y: 0 }]]));
    expect(refused?.ok).toBe(false);
    expect(refused?.problems.map((problem) => problem.pointer)).toContain('/actors/1/position/x');
    expect(store.getState().checked).toBe(unchanged);

    store.getState().undo();
    expect(store.getState().checked).toBe(arranged);
    store.getState().undo();
    expect(store.getState().checked).toBe(checked);
  });

  it('keeps the dataset on screen when an open is refused', () => {
    const { store, checked } = openedStore();
    store.getState().openingStarted('bad.json');
    store.getState().openingRefused('bad.json', [
      {
        severity: 'error',
        code: 'json-syntax',
        file: 'bad.json',
        line: 1,
        column: 1,
        pointer: '',
        message: say('validation.json.syntax', { error: 'InvalidSymbol' }),
      },
    ]);
    expect(store.getState().checked).toBe(checked);
    expect(store.getState().importStatus).toMatchObject({ phase: 'refused', name: 'bad.json' });
  });
});
