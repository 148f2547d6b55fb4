// The one legend model: kinds present, types used and claim marks present, each with its visible and total count.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckedDataset } from '../../src/domain/model';
import { applyFilters } from '../../src/domain/query';
import { DEFAULT_FILTERS } from '../../src/filters/filterTable';
import { CLAIM_MARKS } from '../../src/graph/claimMarks';
import { legendModel, visibleLegend } from '../../src/graph/legend';
import { edgeSwatch, markSwatch, nodeSwatch } from '../../src/graph/legendSwatches';
import { ACTOR_KIND_STYLES, relationStyle } from '../../src/graph/palette';
import { loadSmallFixture, withClaimStatuses } from './fixture';

let checked: CheckedDataset;
let plain: CheckedDataset;
beforeAll(async () => {
  checked = await loadSmallFixture(withClaimStatuses);
  plain = await loadSmallFixture();
});

const counts = <T extends { visible: number; total: number }>(entries: T[], key: (entry: T) => string) =>
  Object.fromEntries(entries.map((entry) => [key(entry), [entry.visible, entry.total]]));

describe('the legend model', () => {
  it('lists the kinds the actors have, in palette order, with visible and total counts', () => {
    const model = legendModel(checked, applyFilters(checked, { ...DEFAULT_FILTERS, hiddenKinds: ['person'] }));
    expect(model.kinds.map((entry) => entry.kind)).toEqual(['person', 'state', 'organization', 'armed-group', 'place']);
    expect(counts(model.kinds, (entry) => entry.kind)).toEqual({
      person: [0, 4],
      state: [3, 3],
      organization: [1, 1],
      'armed-group': [1, 1],
      place: [1, 1],
    });
    expect(model.kinds[0]?.style).toBe(ACTOR_KIND_STYLES.person);
  });

  it('lists the types the relations use, in vocabulary order, counting what the filters show', () => {
    const model = legendModel(checked, applyFilters(checked, DEFAULT_FILTERS));
    expect(model.relations.map((entry) => entry.id)).toEqual([
      'supports',
      'member-of',
      'meets',
      'mediator',
      'rival',
      'threatens',
      'strikes',
      'trades-with',
    ]);
    // r4, the only rivalry, is denied: hidden by default.
    expect(counts(model.relations, (entry) => entry.id)).toMatchObject({ rival: [0, 1], 'member-of': [3, 3] });
    const strikes = model.relations.find((entry) => entry.id === 'strikes');
    expect(strikes?.style).toEqual(relationStyle(checked.relationTypes.get('strikes')!));
    expect(strikes?.directed).toBe(true);
  });

  it('lists the claim marks of the statuses present, never the asserted one, with their table entry', () => {
    const model = legendModel(checked, applyFilters(checked, DEFAULT_FILTERS));
    expect(counts(model.marks, (entry) => entry.status)).toEqual({
      probable: [1, 1],
      possible: [1, 1],
      contested: [1, 1],
      denied: [0, 1],
    });
    expect(model.marks.every((entry) => entry.mark === CLAIM_MARKS[entry.status])).toBe(true);
    expect(legendModel(plain, applyFilters(plain, DEFAULT_FILTERS)).marks).toEqual([]);
  });

  it('keeps only what is shown for a figure', () => {
    const shown = visibleLegend(legendModel(checked, applyFilters(checked, DEFAULT_FILTERS)));
    expect(shown.marks.map((entry) => entry.status)).toEqual(['probable', 'possible', 'contested']);
    expect(shown.relations.map((entry) => entry.id)).not.toContain('rival');
  });
});

describe('the legend swatches', () => {
  it('draw a node in its kind’s shape and colour, an edge with its type’s line and arrowhead', () => {
    expect(nodeSwatch(ACTOR_KIND_STYLES.person)).toEqual([
      expect.objectContaining({ kind: 'circle', fill: ACTOR_KIND_STYLES.person.color }),
    ]);
    expect(nodeSwatch(ACTOR_KIND_STYLES.state, 10, 5)[0]).toMatchObject({ kind: 'rect', x: 13, y: 7, radius: 4 });
    const strikes = relationStyle(checked.relationTypes.get('strikes')!);
    const [line, head] = edgeSwatch(strikes);
    expect(line).toMatchObject({ kind: 'line', color: strikes.color, width: strikes.width, x2: 38 });
    expect(head).toMatchObject({ kind: 'polygon', fill: strikes.color });
    const meets = edgeSwatch(relationStyle(checked.relationTypes.get('meets')!));
    expect(meets).toHaveLength(1);
    expect(meets[0]).toMatchObject({ dash: [4, 4], x2: 48 });
  });

  it('draw a claim mark at the status’s opacity and width, with its mark in the middle', () => {
    const [probable, ...noMark] = markSwatch(CLAIM_MARKS.probable);
    expect(probable).toMatchObject({ kind: 'line', opacity: CLAIM_MARKS.probable.lineOpacity, width: 3 * 0.7 });
    expect(noMark).toEqual([]);
    const [contestedLine, diamond] = markSwatch(CLAIM_MARKS.contested);
    expect(contestedLine).not.toHaveProperty('opacity');
    expect(diamond).toMatchObject({ kind: 'polygon', fill: '#ffffff', stroke: CLAIM_MARKS.contested.markerColor });
    expect(diamond).not.toHaveProperty('opacity');
    const [, bar] = markSwatch(CLAIM_MARKS.denied, 100, 50);
    // Centred on the line's middle: the box is 50×20.
    expect(bar?.kind === 'rect' && [bar.x + bar.width / 2, bar.y + bar.height / 2]).toEqual([125, 60]);
    // The mark fades with its line, as on the canvas.
    expect(bar).toMatchObject({ opacity: CLAIM_MARKS.denied.lineOpacity });
  });
});
