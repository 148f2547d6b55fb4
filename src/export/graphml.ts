// Pure: the visible subgraph as GraphML with declared actor and relation attributes (Gephi, Cytoscape desktop, networkx).
import type { CheckedDataset } from '../domain/model';
import type { Visibility } from '../domain/query';
import {
  ACTOR_ATTRIBUTES,
  attributeText,
  isDirected,
  RELATION_ATTRIBUTES,
  type AttributeColumn,
} from './graphAttributes';
import { visibleSubgraph } from './visibleSubgraph';
import { xmlAttributes, xmlText } from './xml';

const GRAPHML_TYPES = { string: 'string', boolean: 'boolean', int: 'int' } as const;

function keyLines<Row>(prefix: string, scope: 'node' | 'edge', columns: readonly AttributeColumn<Row>[]): string[] {
  return columns.map(
    (column, index) =>
      `  <key${xmlAttributes([
        ['id', `${prefix}${index}`],
        ['for', scope],
        ['attr.name', column.name],
        ['attr.type', GRAPHML_TYPES[column.type]],
      ])}/>`,
  );
}

function dataLines<Row>(
  prefix: string,
  columns: readonly AttributeColumn<Row>[],
  row: Row,
  checked: CheckedDataset,
): string[] {
  return columns.flatMap((column, index) => {
    const value = column.value(row, checked);
    return value === undefined ? [] : [`      <data key="${prefix}${index}">${xmlText(attributeText(value))}</data>`];
  });
}

/**
 * Edges of directed relation types say directed="true". A graph that holds any directed relation is directed by default;
 * undirected relations in it carry directed=false as data rather than directed="false", which networkx refuses.
 */
export function graphml(checked: CheckedDataset, visible: Visibility): string {
  const subgraph = visibleSubgraph(checked, visible);
  const anyDirected = subgraph.relations.some((relation) => isDirected(relation, checked));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    `  <key id="g0" for="graph" attr.name="title" attr.type="string"/>`,
    `  <key id="g1" for="graph" attr.name="dataset" attr.type="string"/>`,
    ...keyLines('n', 'node', ACTOR_ATTRIBUTES),
    ...keyLines('e', 'edge', RELATION_ATTRIBUTES),
    `  <graph${xmlAttributes([
      ['id', subgraph.id],
      ['edgedefault', anyDirected ? 'directed' : 'undirected'],
    ])}>`,
    `    <data key="g0">${xmlText(subgraph.title)}</data>`,
    `    <data key="g1">${xmlText(subgraph.id)}</data>`,
  ];
  for (const actor of subgraph.actors) {
    lines.push(
      `    <node${xmlAttributes([['id', actor.id]])}>`,
      ...dataLines('n', ACTOR_ATTRIBUTES, actor, checked),
      '    </node>',
    );
  }
  for (const relation of subgraph.relations) {
    const directed = isDirected(relation, checked) ? 'true' : undefined;
    lines.push(
      `    <edge${xmlAttributes([
        ['id', relation.id],
        ['source', relation.source],
        ['target', relation.target],
        ['directed', directed],
      ])}>`,
      ...dataLines('e', RELATION_ATTRIBUTES, relation, checked),
      '    </edge>',
    );
  }
  lines.push('  </graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}
