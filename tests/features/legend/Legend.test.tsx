// @vitest-environment jsdom
// The legend: drawn from the palette, with each relation type's count of visible relations.
import { act, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { Legend } from '../../../src/features/legend/Legend';
import type { CheckedDataset } from '../../../src/domain/model';
import { ACTOR_KIND_STYLES, relationStyle } from '../../../src/graph/palette';
import { loadSmallFixture } from '../../graph/fixture';
import { renderWithStore } from '../../support/renderWithStore';

let checked: CheckedDataset;
beforeAll(async () => {
  checked = await loadSmallFixture();
});

describe('Legend', () => {
  it('draws each actor kind and relation type with the palette colours and line styles', () => {
    const { container } = renderWithStore(<Legend />, checked);
    const strikes = container.querySelector('[data-type="strikes"]');
    const style = relationStyle(checked.relationTypes.get('strikes')!);
    expect(strikes?.querySelector('line')?.getAttribute('stroke')).toBe(style.color);
    expect(strikes?.querySelector('polygon')?.getAttribute('fill')).toBe(style.color);
    const meets = container.querySelector('[data-type="meets"] line');
    expect(meets?.getAttribute('stroke-dasharray')).toBe('4 4');
    // Undirected types have no arrowhead.
    expect(container.querySelector('[data-type="meets"] polygon')).toBeNull();
    expect(container.querySelector('[data-type="trades-with"] line')?.getAttribute('stroke')).toBe('#123456');
    expect(container.querySelector('[data-kind="person"] circle')?.getAttribute('fill')).toBe(
      ACTOR_KIND_STYLES.person.color,
    );
    expect(container.querySelector('[data-kind="armed-group"] polygon')?.getAttribute('fill')).toBe(
      ACTOR_KIND_STYLES['armed-group'].color,
    );
  });

  it('lists only the types the dataset uses, with visible counts that follow the filters', () => {
    const { store, container } = renderWithStore(<Legend />, checked);
    const types = [...container.querySelectorAll('[data-type]')].map((item) => item.getAttribute('data-type'));
    expect(types).toEqual([
      'supports',
      'member-of',
      'meets',
      'mediator',
      'rival',
      'threatens',
      'strikes',
      'trades-with',
    ]);
    const memberOf = container.querySelector('[data-type="member-of"]') as HTMLElement;
    expect(within(memberOf).getByText('3')).toBeInTheDocument();
    act(() => store.getState().setAllShown('hiddenKinds', ['person'], false));
    expect(within(memberOf).getByText('0')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Legend' })).toBeInTheDocument();
  });
});
