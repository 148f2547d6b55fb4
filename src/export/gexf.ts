// Pure: the visible subgraph as GEXF 1.2 (Gephi's own format) with actor and relation attributes, palette colours and positions.
import type { CheckedDataset } from '../domain/model';
import type { Visibility } from '../domain/query';
import { ACTOR_KIND_STYLES, relationStyle } from '../graph/palette';
import {
  ACTOR_ATTRIBUTES,
  attributeText,
  isDirected,
  RELATION_ATTRIBUTES,
  type AttributeColumn,
} from './graphAttributes';
import { visibleSubgraph } from './visibleSubgraph';
import { xmlAttributes, xmlText } from './xml';

const GEXF_TYPES = { string: 'string', boolean: 'boolean', int: 'integer' } as const;

/** GEXF gives nodes and edges a built-in label, so the `label` columns are not repeated as attributes. */
const nodeColumns = ACTOR_ATTRIBUTES.filter((column) => column.name !== 'label');
const edgeColumns = RELATION_ATTRIBUTES.filter((column) => column.name !== 'label');

function declarations<Row>(scope: 'node' | 'edge', columns: readonly AttributeColumn<Row>[]): string[] {
  return [
    `    <attributes class="${scope}" mode="static">`,
    ...columns.map(
      (column) =>
        `      <attribute${xmlAttributes([
          ['id', column.name],
          ['title', column.name],
          ['type', GEXF_TYPES[column.type]],
        ])}/>`,
    ),
    '    </attributes>',
  ];
}

function attributeValues<Row>(columns: readonly AttributeColumn<Row>[], row: Row, checked: CheckedDataset): string[] {
  const values = columns.flatMap((column) => {
    const value = column.value(row, checked);
    return value === undefined
      ? []
      : [
          `          <attvalue${xmlAttributes([
            ['for', column.name],
            ['value', attributeText(value)],
          ])}/>`,
        ];
  });
  return values.length === 0 ? [] : ['        <attvalues>', ...values, '        </attvalues>'];
}

function vizColor(hex: string): string {
  const channel = (at: number) => Number.parseInt(hex.slice(at, at + 2), 16);
  return `        <viz:color r="${channel(1)}" g="${channel(3)}" b="${channel(5)}"/>`;
}

/** Positions are rounded so that the same layout always writes the same bytes. */
const coordinate = (value: number) => String(Math.round(value * 100) / 100);

/**
 * Directed relation types get type="directed". A graph holding any of them is directed by default; undirected
 * relations in it carry directed=false as an attribute, since networkx refuses type="undirected" there.
 */
export function gexf(
  checked: CheckedDataset,
  visible: Visibility,
  positions?: ReadonlyMap<string, { x: number; y: number }>,
): string {
  const subgraph = visibleSubgraph(checked, visible);
  const anyDirected = subgraph.relations.some((relation) => isDirected(relation, checked));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">',
    '  <meta>',
    '    <creator>Geopolitical graph explorer</creator>',
    `    <description>${xmlText(`${subgraph.title} (dataset ${subgraph.id})`)}</description>`,
    '  </meta>',
    `  <graph mode="static" defaultedgetype="${anyDirected ? 'directed' : 'undirected'}">`,
    ...declarations('node', nodeColumns),
    ...declarations('edge', edgeColumns),
    '    <nodes>',
  ];
  for (const actor of subgraph.actors) {
    const position = positions?.get(actor.id);
    lines.push(
      `      <node${xmlAttributes([
        ['id', actor.id],
        ['label', actor.name],
      ])}>`,
      ...attributeValues(nodeColumns, actor, checked),
      vizColor(ACTOR_KIND_STYLES[actor.kind].color),
      ...(position
        ? [`        <viz:position x="${coordinate(position.x)}" y="${coordinate(-position.y)}" z="0"/>`]
        : []),
      '      </node>',
    );
  }
  lines.push('    </nodes>', '    <edges>');
  for (const relation of subgraph.relations) {
    const type = checked.relationTypes.get(relation.type);
    lines.push(
      `      <edge${xmlAttributes([
        ['id', relation.id],
        ['source', relation.source],
        ['target', relation.target],
        ['label', type?.label ?? relation.type],
        ['type', isDirected(relation, checked) ? 'directed' : undefined],
      ])}>`,
      ...attributeValues(edgeColumns, relation, checked),
      ...(type ? [vizColor(relationStyle(type).color)] : []),
      '      </edge>',
    );
  }
  lines.push('    </edges>', '  </graph>', '</gexf>');
  return `${lines.join('\n')}\n`;
}
