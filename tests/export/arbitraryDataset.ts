// fast-check arbitrary of valid datasets for export properties: synthetic graphs dressed with hostile text and references.
import fc from 'fast-check';
import { syntheticDataset } from '../../bench/synthetic';
import type { Dataset } from '../../src/domain/model';
import { RELATION_CATEGORIES } from '../../src/domain/relationTypes';
import { CERTAINTIES } from '../../src/domain/schema';

/** How a curator judged a quote: either field may be absent, and present with its default value too. */
const judgement = fc.record(
  { certainty: fc.constantFrom(...CERTAINTIES), negated: fc.boolean() },
  { requiredKeys: [] },
);

/** Text a spreadsheet, an XML parser or a CSV reader could trip on. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ minLength: 1, maxLength: 30 }),
  fc.string({ minLength: 1, maxLength: 20, unit: 'binary' }),
  fc.constantFrom(
    '=HYPERLINK("http://x")',
    '+1',
    '-2',
    '@SUM(A1)',
    'a,b',
    'say "hi"',
    'line\nbreak',
    'cr\rlf\r\n',
    '<b>&amp;</b>',
    "it's",
    'tab\there',
    '\u0000nul',
    'Ḥamās',
  ),
);

export interface GeneratedDataset {
  dataset: Dataset;
  files: Map<string, string>;
}

export const arbitraryDataset: fc.Arbitrary<GeneratedDataset> = fc
  .record({
    actors: fc.integer({ min: 2, max: 12 }),
    relations: fc.integer({ min: 1, max: 24 }),
    documents: fc.integer({ min: 1, max: 4 }),
    seed: fc.integer({ min: 1, max: 1_000_000 }),
    textFiles: fc.boolean(),
  })
  .chain((size) => {
    const base = syntheticDataset({ ...size, documentSize: 300 });
    const actorCount = base.dataset.actors.length;
    return fc
      .record({
        names: fc.array(fc.option(hostileText, { nil: undefined }), { minLength: actorCount, maxLength: actorCount }),
        descriptions: fc.array(fc.option(hostileText, { nil: undefined }), {
          minLength: actorCount,
          maxLength: actorCount,
        }),
        affiliations: fc.array(fc.option(fc.nat(), { nil: undefined }), {
          minLength: actorCount,
          maxLength: actorCount,
        }),
        attributions: fc.array(fc.option(fc.nat({ max: actorCount - 1 }), { nil: undefined }), {
          minLength: base.dataset.relations.length,
          maxLength: base.dataset.relations.length,
        }),
        summaries: fc.array(fc.option(hostileText, { nil: undefined }), {
          minLength: base.dataset.relations.length,
          maxLength: base.dataset.relations.length,
        }),
        judgements: fc.array(judgement, {
          minLength: base.dataset.relations.length,
          maxLength: base.dataset.relations.length,
        }),
        custom: fc.option(
          fc.record({
            label: hostileText,
            directed: fc.boolean(),
            category: fc.constantFrom(...RELATION_CATEGORIES),
            every: fc.integer({ min: 1, max: 4 }),
          }),
          { nil: undefined },
        ),
        title: hostileText,
      })
      .map((dress): GeneratedDataset => {
        const dataset = structuredClone(base.dataset);
        dataset.title = dress.title;
        dataset.actors.forEach((actor, index) => {
          const name = dress.names[index];
          if (name !== undefined) actor.name = name;
          const description = dress.descriptions[index];
          if (description !== undefined) actor.description = description;
          const affiliation = dress.affiliations[index];
          // Only towards earlier actors, so affiliations never loop.
          if (affiliation !== undefined && index > 0) actor.affiliation = `actor-${affiliation % index}`;
        });
        dataset.relations.forEach((relation, index) => {
          const attributedTo = dress.attributions[index];
          if (attributedTo !== undefined) relation.evidence[0]!.attributedTo = `actor-${attributedTo}`;
          const summary = dress.summaries[index];
          if (summary !== undefined) relation.summary = summary;
          Object.assign(relation.evidence[0]!, dress.judgements[index]);
        });
        if (dress.custom) {
          const { label, directed, category, every } = dress.custom;
          dataset.relationTypes = [{ id: 'custom-link', label, directed, category }];
          dataset.relations.forEach((relation, index) => {
            if (index % every === 0) relation.type = 'custom-link';
          });
        }
        return { dataset, files: base.files };
      });
  });

/** A random visible subset: some relations, and actors covering at least their ends (as the explorer's filters give). */
export const arbitrarySubset = (dataset: Dataset) =>
  fc
    .record({
      relationMask: fc.array(fc.boolean(), {
        minLength: dataset.relations.length,
        maxLength: dataset.relations.length,
      }),
      actorMask: fc.array(fc.boolean(), { minLength: dataset.actors.length, maxLength: dataset.actors.length }),
    })
    .map(({ relationMask, actorMask }) => {
      const relationIndices = dataset.relations.flatMap((_, index) => (relationMask[index] ? [index] : []));
      const actorIds = new Set(dataset.actors.filter((_, index) => actorMask[index]).map((actor) => actor.id));
      for (const index of relationIndices) {
        const relation = dataset.relations[index]!;
        actorIds.add(relation.source).add(relation.target);
      }
      return {
        actorIds,
        relationIds: new Set(relationIndices.map((index) => dataset.relations[index]!.id)),
        relationIndices,
      };
    });
