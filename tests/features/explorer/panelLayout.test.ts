// Which panels show around the graph, and which key press toggles which: pure rules.
import { describe, expect, it } from 'vitest';
import { panelOfShortcut, shortcutOf, shownPanels } from '../../../src/features/explorer/panelLayout';
import { AUTO_PANELS } from '../../../src/store/viewSlice';

const key = (init: Partial<KeyboardEvent>) => ({
  altKey: false,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  key: '',
  code: '',
  ...init,
});

describe('shown panels', () => {
  it('leaves the filters to the screen, the details to the selection, and the table closed', () => {
    expect(shownPanels(AUTO_PANELS, { wide: true, hasSelection: false })).toEqual({
      filters: true,
      details: false,
      table: false,
    });
    expect(shownPanels(AUTO_PANELS, { wide: false, hasSelection: true })).toEqual({
      filters: false,
      details: true,
      table: false,
    });
  });

  it('does what the user set, whatever the screen and the selection', () => {
    const set = { filters: 'closed', details: 'open', table: 'open' } as const;
    for (const wide of [true, false])
      for (const hasSelection of [true, false])
        expect(shownPanels(set, { wide, hasSelection })).toEqual({ filters: false, details: true, table: true });
  });
});

describe('panel shortcuts', () => {
  it('are Alt+Shift and a letter, read from the key or, where Option changes the key, from its place', () => {
    expect(shortcutOf('table')).toBe('Alt+Shift+R');
    expect(panelOfShortcut(key({ altKey: true, shiftKey: true, key: 'F', code: 'KeyF' }))).toBe('filters');
    expect(panelOfShortcut(key({ altKey: true, shiftKey: true, key: 'Î', code: 'KeyD' }))).toBe('details');
    expect(panelOfShortcut(key({ altKey: true, shiftKey: true, key: 'r', code: 'KeyR' }))).toBe('table');
  });

  it('are nothing without both modifiers, or with another', () => {
    expect(panelOfShortcut(key({ shiftKey: true, key: 'F', code: 'KeyF' }))).toBeNull();
    expect(panelOfShortcut(key({ altKey: true, key: 'f', code: 'KeyF' }))).toBeNull();
    expect(panelOfShortcut(key({ altKey: true, shiftKey: true, ctrlKey: true, key: 'F', code: 'KeyF' }))).toBeNull();
    expect(panelOfShortcut(key({ altKey: true, shiftKey: true, key: 'X', code: 'KeyX' }))).toBeNull();
  });
});
