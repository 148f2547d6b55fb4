// Renderless: keeps dashed edges' patterns their on-screen size as the zoom changes (graph/dashes.ts).
import type { Core } from 'cytoscape';
import { useEffect } from 'react';
import { dashLevelFor } from '../../graph/dashes';
import { applyDashLevel } from '../elements/dashLevels';
import { onViewSettled } from './viewSettle';

export function DashController({ cy }: { cy: Core }) {
  useEffect(() => {
    const apply = () => applyDashLevel(cy, dashLevelFor(cy.zoom()));
    apply();
    return onViewSettled(cy, 'zoom', apply);
  }, [cy]);

  return null;
}
