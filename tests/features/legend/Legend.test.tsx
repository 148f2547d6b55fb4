// @vitest-environment jsdom
// The legend: drawn from the palette, with each relation type's count of visible relations.
import { act, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { Legend } from '../../../src/features/legend/Legend';
import type { CheckedDataset } from '../../../src/domain/model';
import { ACTOR_KIND_STYLES, relationStyle } from '../../../src/graph/palette';
import { CLAIM_MARKS } from '../../../src/graph/claimMarks';
import { edgeSwatch, markSwatch } from '../../../src/graph/legendSwatches';
import { loadSmallFixture, withClaimStatuses } from '../../graph/fixture';
import { renderWithStore } from '../../support/renderWithStore';
import { allShown, toggled } from '../../../src/store/filterTransitions';

let checked: CheckedDataset;
/** The fixture with a relation of every claim status (see tests/graph/fixture.ts). */
let judged: CheckedDataset;
beforeAll(async () => {
  checked = await loadSmallFixture();
  judged = await loadSmallFixture(withClaimStatuses);
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
    act(() => store.getState().setFilter('hiddenKinds', allShown(['person'], false)));
    expect(within(memberOf).getByText('0')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Legend' })).toBeInTheDocument();
  });

  it('draws the swatches the figure draws, from the same shapes', () => {
    const { container } = renderWithStore(<Legend />, checked);
    const line = container.querySelector('[data-type="strikes"] line');
    const [shape] = edgeSwatch(relationStyle(checked.relationTypes.get('strikes')!));
    if (shape?.kind !== 'line') throw new Error('an edge swatch starts with its line');
    expect([line?.getAttribute('x1'), line?.getAttribute('x2'), line?.getAttribute('stroke-width')]).toEqual([
      String(shape.x1),
      String(shape.x2),
      String(shape.width),
    ]);
  });

  it('explains each claim mark the dataset has, with its visible count', () => {
    const { store, container } = renderWithStore(<Legend />, judged);
    const marks = [...container.querySelectorAll('[data-status]')];
    expect(marks.map((item) => item.textContent)).toEqual([
      'probable 1only forecasts or beliefs state it',
      'possible 1the quotes only say it could be',
      'contested 1some quotes state it, others deny it',
      'denied 0the quotes say it does not hold',
    ]);
    expect(screen.getByRole('heading', { level: 3, name: 'Claims (shown)' })).toBeInTheDocument();
    const denied = container.querySelector('[data-status="denied"]') as HTMLElement;
    expect(denied.querySelector('line')?.getAttribute('stroke-opacity')).toBe(String(CLAIM_MARKS.denied.lineOpacity));
    const [, bar] = markSwatch(CLAIM_MARKS.denied);
    if (bar?.kind !== 'rect') throw new Error('the denied mark is a bar');
    expect(denied.querySelector('rect')?.getAttribute('height')).toBe(String(bar.height));
    expect(denied.querySelector('rect')?.getAttribute('opacity')).toBe(String(CLAIM_MARKS.denied.lineOpacity));
    expect(container.querySelector('[data-status="contested"] polygon')?.getAttribute('fill')).toBe('#ffffff');
    act(() => store.getState().setFilter('hiddenStatuses', (hidden) => toggled(hidden, 'denied')));
    expect(within(denied).getByText('1')).toBeInTheDocument();
  });

  it('has no claims section when every relation is asserted', () => {
    renderWithStore(<Legend />, checked);
    expect(screen.queryByRole('heading', { name: 'Claims (shown)' })).toBeNull();
  });
});
