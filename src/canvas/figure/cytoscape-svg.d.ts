// Types for cytoscape-svg, which ships none: it adds cy.svg(options) when registered with cytoscape.use().
declare module 'cytoscape-svg' {
  import type { Ext } from 'cytoscape';
  const svg: Ext;
  export default svg;
}
