// Test helper: a graph handle whose commands are recorded, for panels rendered without a canvas.
import { vi } from 'vitest';
import type { GraphHandle } from '../../src/canvas/GraphContext';

export function fakeGraph() {
  const commands = { centreOn: vi.fn(), fit: vi.fn(), relayout: vi.fn() };
  const notDrawn = () => {
    throw new Error('the fake graph draws nothing');
  };
  const handle: GraphHandle = {
    commands,
    painter: {
      area: notDrawn,
      drawnRelations: notDrawn,
      graphShape: () => null,
      paint: notDrawn,
      svg: notDrawn,
      nodePositions: () => new Map(),
    },
  };
  return { handle, commands };
}
