// The one definition of the dataset format: the validator checks shapes with it and schema/dataset.schema.json is generated from it.
import { z } from 'zod';
import {
  ACTOR_KINDS,
  CERTAINTIES,
  PARTIAL_DATE_PATTERN,
  PLOVER_EVENT_TYPES,
  type EvidenceJudgement,
  type RelationJudgement,
} from './formatValues';
import type { FormatRule } from './problemMessages';
import { RELATION_DATE_PATTERN } from './relationDates';
import { BUILT_IN_RELATION_TYPES, RELATION_CATEGORIES } from './relationTypes';

export const FORMAT_VERSION = 1;
const SLUG_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
export { ACTOR_KINDS, CERTAINTIES, PARTIAL_DATE_PATTERN } from './formatValues';

/** A format's error, as zod carries it: the id of the rule's message, which shapeProblems.ts says (never shown as is). */
const rule = (id: FormatRule) => id;

const slug = (what: string) =>
  z
    .string()
    .regex(new RegExp(SLUG_PATTERN), { error: rule('validation.rule.slug') })
    .meta({ description: `${what}: lowercase letters, digits and single hyphens, e.g. "vladimir-putin".` });
const identifier = (what: string) =>
  z
    .string()
    .min(1)
    .meta({ description: `${what}: unique within its collection.` });
const partialDate = (what: string) =>
  z
    .string()
    .regex(new RegExp(PARTIAL_DATE_PATTERN), { error: rule('validation.rule.date') })
    .meta({ description: `${what}: ISO 8601 date, YYYY, YYYY-MM or YYYY-MM-DD.` });
const relationDate = (what: string) =>
  z
    .string()
    .regex(new RegExp(RELATION_DATE_PATTERN), { error: rule('validation.rule.relationDate') })
    .meta({ description: what });
const text = (what: string) => z.string().meta({ description: what });
const reason = (what: string) =>
  z
    .string()
    .regex(/\S/, { error: rule('validation.rule.judgement') })
    .meta({ description: what })
    .optional();

const evidenceJudgementsSchema = z
  .strictObject({
    'forecast-marked-certain': reason(
      'Why the quote states the relation as certain although it speaks of the future ("will", "is expected to").',
    ),
    'undated-tie': reason('Why the dating words of the quote ("former", "since 2019") do not date this tie.'),
    'unattributed-frame': reason(
      'Why the claim is the outlet\'s own although the quote stands inside someone\'s reporting frame ("X said that …").',
    ),
    'attribution-outside-frame': reason(
      'Why the claim is attributed to the actor although the quote stands outside any reporting frame of theirs.',
    ),
  } satisfies Record<EvidenceJudgement, unknown>)
  .meta({
    description:
      "The curator's written answer to a warning of the validator about this evidence, keyed by the warning's code: it records that the quote was read and the warning does not apply, and silences it.",
  });

const relationJudgementsSchema = z
  .strictObject({
    'dated-by-publication': reason(
      'Why the end or date is the publication date of a cited document all the same (the text says it ended or happened that day).',
    ),
  } satisfies Record<RelationJudgement, unknown>)
  .meta({
    description:
      "The curator's written answer to a warning of the validator about this relation's dates, keyed by the warning's code.",
  });

/** A well-formed BCP 47 language tag (RFC 5646, without the grandfathered irregular tags): "en", "ar-EG", "zh-Hant-TW". */
const LANGUAGE_TAG_PATTERN =
  '^(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?$';

/** Whether Intl takes the tag: it also refuses what the pattern cannot see, such as a variant given twice. */
function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

const languageTag = (what: string) =>
  z
    .string()
    .regex(new RegExp(LANGUAGE_TAG_PATTERN), { error: rule('validation.rule.languageTag'), abort: true })
    .refine(isLanguageTag, { error: rule('validation.rule.languageTag') })
    .meta({ description: `${what}: a BCP 47 language tag, e.g. "en", "ar", "he", "fa-IR".` });

export const positionSchema = z
  .strictObject({ x: z.number(), y: z.number() })
  .meta({ description: 'A saved layout position in graph coordinates; the layout keeps it.' });

export const documentSchema = z
  .strictObject({
    id: identifier('Document id, cited by evidence'),
    title: z.string().min(1).meta({ description: 'Title of the article or document.' }),
    outlet: z.string().min(1).meta({ description: 'Publication, site or publisher.' }),
    author: text('Author or byline, if known.').optional(),
    published: partialDate('Publication date'),
    url: z
      .string()
      .regex(/^https?:\/\/\S+$/i, { error: rule('validation.rule.url') })
      .meta({ description: 'Where it was published: an http or https URL.' })
      .optional(),
    language: languageTag(
      'Language of the archived text; the explorer shows it in that language and direction',
    ).optional(),
    text: text('The full archived text, inline. Exactly one of text or textFile.').optional(),
    textFile: z
      .string()
      .min(1)
      .meta({
        description: 'Path of the archived UTF-8 text, relative to the dataset file. Exactly one of text or textFile.',
      })
      .optional(),
  })
  .meta({ description: 'A published source whose archived text the quotes are checked against.' });

export const actorSchema = z
  .strictObject({
    id: slug('Actor id'),
    name: z.string().min(1).meta({ description: 'Display name.' }),
    kind: z.enum(ACTOR_KINDS).meta({ description: 'What sort of actor this is.' }),
    aliases: z
      .array(z.string().min(1))
      .meta({
        description:
          'Other names the sources use for the actor (Moscow, the Kremlin, …), as they write them; search finds them.',
      })
      .optional(),
    searchNames: z
      .array(z.string().min(1))
      .meta({
        description:
          "Names readers search for that the sources do not use (Daesh, ISIL, Russian Federation): search finds them; they are not shown as the sources' names.",
      })
      .optional(),
    description: text('One or two sentences on who this is.').optional(),
    affiliation: slug('Id of the state or organisation this actor belongs to; the explorer can group them').optional(),
    position: positionSchema.optional(),
  })
  .meta({ description: 'A person, state, organisation, armed group or place.' });

export const evidenceSchema = z
  .strictObject({
    document: identifier('Id of the document quoted'),
    quote: z.string().meta({
      description:
        'Verbatim text of the document that states the relation. White space, typographic quotes, dashes and the ellipsis may be typed plainly.',
    }),
    prefix: text(
      'Text right before the quote, to pick one occurrence when the quote occurs more than once (W3C TextQuoteSelector).',
    ).optional(),
    suffix: text(
      'Text right after the quote, to pick one occurrence when the quote occurs more than once (W3C TextQuoteSelector).',
    ).optional(),
    attributedTo: slug('Id of the actor who makes the claim, e.g. an analyst the article quotes').optional(),
    certainty: z
      .enum(CERTAINTIES)
      .meta({
        description:
          'How firmly the quote states the relation: "certain" (the default: it happened or holds), "probable" (a forecast or belief: "is expected to", "will likely", "it is believed") or "possible" ("could", "may", "a potential …").',
      })
      .optional(),
    negated: z
      .boolean()
      .meta({
        description:
          'true when the quote states that the relation does NOT hold ("neither allies nor …", "does not recognize"). The relation is then denied, or contested when other evidence asserts it.',
      })
      .optional(),
    judgements: evidenceJudgementsSchema.optional(),
  })
  .meta({ description: 'A verbatim quote of a document that states (or, with negated, denies) the relation.' });

export const relationSchema = z
  .strictObject({
    id: identifier('Relation id'),
    type: z
      .string()
      .min(1)
      .meta({
        description: 'A relation type id: built in or declared in relationTypes.',
        examples: BUILT_IN_RELATION_TYPES.map((type) => type.id),
      }),
    source: slug('Actor id the relation goes from'),
    target: slug('Actor id the relation goes to'),
    date: relationDate(
      'When it happened (an event): ISO 8601 date YYYY, YYYY-MM or YYYY-MM-DD; "2015~" about, "2015?" perhaps, "2015%" perhaps about; "[..D]" on or before D, "[D..]" on or after, "[D1..D2]" between (EDTF). Use start/end for a tie instead.',
    ).optional(),
    start: relationDate(
      'When the tie began: a date as for "date", or ".." (open: before anything the sources date); absent when the sources do not say.',
    ).optional(),
    end: relationDate(
      'When the tie ended: a date as for "date"; "[..D]" ended by D (the text calls it former on D), "[D..]" still held at D ("presently"), "[D1..D2]" held at D1 and ended by D2, ".." still holding; absent when the sources do not say.',
    ).optional(),
    summary: text("One line in the curator's words.").optional(),
    judgements: relationJudgementsSchema.optional(),
    evidence: z.array(evidenceSchema).min(1).meta({ description: 'At least one quote that states the relation.' }),
  })
  .meta({ description: 'Who does what to whom, with the evidence.' });

export const relationTypeSchema = z
  .strictObject({
    id: slug('Relation type id'),
    label: z.string().min(1).meta({ description: 'Label shown in the legend and filters.' }),
    directed: z.boolean().meta({ description: 'Whether the relation reads source → target (arrowhead).' }),
    category: z.enum(RELATION_CATEGORIES).meta({ description: 'PLOVER quad class.' }),
    color: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, { error: rule('validation.rule.colour') })
      .meta({ description: 'Colour as #rrggbb.' })
      .optional(),
    plover: z
      .enum(PLOVER_EVENT_TYPES)
      .meta({ description: 'The PLOVER event type this type is a kind of, carried by the suggestions it gets.' })
      .optional(),
    cues: z
      .array(z.string().regex(/^\s*\S+(?:\s+\S+){0,4}\s*$/u, { error: rule('validation.rule.cueWords') }))
      .meta({
        description:
          'Words that state this relation in a text, for the suggestion engine, each of one to five words: a verb in its base form with the words that follow it ("trade with", "export to"), inflected ("trades with", "traded with"), or a noun phrase matched as written ("good relations with").',
        examples: [['trade with', 'export to']],
      })
      .optional(),
  })
  .meta({ description: 'A relation type this dataset adds to the built-in vocabulary.' });

export const datasetSchema = z
  .strictObject({
    $schema: z.string().meta({ description: 'Path or URL of this JSON Schema, for editors.' }).optional(),
    formatVersion: z.literal(FORMAT_VERSION).meta({ description: 'Version of the dataset format: 1.' }),
    id: slug('Dataset id, used in file names'),
    title: z.string().min(1).meta({ description: 'Dataset title, shown in the explorer and on exported figures.' }),
    description: text('What the dataset covers.').optional(),
    relationTypes: z
      .array(relationTypeSchema)
      .meta({ description: 'Relation types added to the built-in vocabulary.' })
      .optional(),
    documents: z.array(documentSchema),
    actors: z.array(actorSchema),
    relations: z.array(relationSchema),
  })
  .meta({
    title: 'Geopolitical relation dataset',
    description:
      'Actors, the relations between them, and the verbatim quotes of published documents that state each relation.',
  });
