// The built-in relation vocabulary: one table read by the validator, the stylesheet, the legend, the filters and the exports.

/** PLOVER's quad classes: who cooperates or conflicts, in word or in deed. */
export const RELATION_CATEGORIES = [
  'verbal-cooperation',
  'material-cooperation',
  'verbal-conflict',
  'material-conflict',
] as const;
export type RelationCategory = (typeof RELATION_CATEGORIES)[number];

export interface RelationTypeInfo {
  id: string;
  label: string;
  /** Directed types read "source → target" and get an arrowhead. */
  directed: boolean;
  category: RelationCategory;
  /** PLOVER event type, where one fits. */
  plover?: string;
  /** CAMEO code, where one fits. */
  cameo?: string;
  /** One line for the legend's tooltip and the docs. */
  description: string;
  /** Dataset-defined types may carry a colour (#rrggbb); built-ins take theirs from the palette. */
  color?: string;
  /** Dataset-defined types may name the words that state them, for the suggestion engine ("trade with"). */
  cues?: readonly string[];
}

export const BUILT_IN_RELATION_TYPES: readonly RelationTypeInfo[] = [
  {
    id: 'ally',
    label: 'ally',
    directed: false,
    category: 'material-cooperation',
    plover: 'COOPERATE',
    cameo: '06',
    description: 'Allied: they fight, act or stand together.',
  },
  {
    id: 'partner',
    label: 'partner',
    directed: false,
    category: 'verbal-cooperation',
    plover: 'COOPERATE',
    cameo: '05',
    description: 'Partners: declared cooperation short of alliance.',
  },
  {
    id: 'endorses',
    label: 'endorses',
    directed: true,
    category: 'verbal-cooperation',
    plover: 'SUPPORT',
    cameo: '05',
    description: 'Source praises, endorses or declares its support for target: words, not aid (that is supports).',
  },
  {
    id: 'cooperates',
    label: 'cooperates with',
    directed: false,
    category: 'material-cooperation',
    plover: 'COOPERATE',
    cameo: '06',
    description: 'Practical cooperation or coordination, e.g. military deconfliction.',
  },
  {
    id: 'supports',
    label: 'supports',
    directed: true,
    category: 'material-cooperation',
    plover: 'AID',
    cameo: '07',
    description: 'Source gives aid, arms, backing or protection to target.',
  },
  {
    id: 'member-of',
    label: 'member of',
    directed: true,
    category: 'material-cooperation',
    description: 'Source belongs to or serves target (a person in a government, a group in a coalition).',
  },
  {
    id: 'leads',
    label: 'leads',
    directed: true,
    category: 'material-cooperation',
    description: 'Source heads target: a person who leads a state, a government, an organisation or an armed group.',
  },
  {
    id: 'meets',
    label: 'meets',
    directed: false,
    category: 'verbal-cooperation',
    plover: 'CONSULT',
    cameo: '04',
    description: 'A meeting or talk between the two.',
  },
  {
    id: 'visits',
    label: 'visits',
    directed: true,
    category: 'verbal-cooperation',
    plover: 'CONSULT',
    cameo: '042',
    description: 'Source travels to target (a state, a place or its host) on an official visit.',
  },
  {
    id: 'negotiates',
    label: 'negotiates with',
    directed: false,
    category: 'verbal-cooperation',
    plover: 'CONSULT',
    cameo: '046',
    description: 'Negotiation or bargaining between the two.',
  },
  {
    id: 'mediator',
    label: 'mediates for',
    directed: true,
    category: 'verbal-cooperation',
    plover: 'CONSULT',
    cameo: '045',
    description: 'Source mediates in a dispute involving target.',
  },
  {
    id: 'agrees',
    label: 'agrees with',
    directed: true,
    category: 'verbal-cooperation',
    plover: 'AGREE',
    cameo: '03',
    description:
      'Source agrees, offers or promises to cooperate with target: a pledge, an accord reached, a promise to sign.',
  },
  {
    id: 'concedes',
    label: 'concedes to',
    directed: true,
    category: 'verbal-cooperation',
    plover: 'CONCEDE',
    cameo: '08',
    description:
      'Source yields to target in word: accedes to a demand, promises to ease restrictions, declares a ceasefire or a withdrawal.',
  },
  {
    id: 'retreats',
    label: 'retreats before',
    directed: true,
    category: 'material-cooperation',
    plover: 'RETREAT',
    cameo: '08',
    description:
      'Source yields to target in deed: releases prisoners, withdraws or disarms, eases sanctions, lets observers or aid in.',
  },
  {
    id: 'requests',
    label: 'requests',
    directed: true,
    category: 'verbal-conflict',
    plover: 'REQUEST',
    cameo: '02',
    description: 'Source asks target to act: an appeal, a request or a demand short of a threat.',
  },
  {
    id: 'rival',
    label: 'rival',
    directed: false,
    category: 'verbal-conflict',
    description: 'Rivals or adversaries: competing interests, hostility short of attack.',
  },
  {
    id: 'distrusts',
    label: 'distrusts',
    directed: true,
    category: 'verbal-conflict',
    plover: 'ACCUSE',
    cameo: '11',
    description: 'Source does not trust target.',
  },
  {
    id: 'accuses',
    label: 'accuses',
    directed: true,
    category: 'verbal-conflict',
    plover: 'ACCUSE',
    cameo: '112',
    description: 'Source accuses, criticises or condemns target.',
  },
  {
    id: 'opposes',
    label: 'opposes',
    directed: true,
    category: 'verbal-conflict',
    plover: 'REJECT',
    cameo: '12',
    description: 'Source opposes or rejects target or its presence.',
  },
  {
    id: 'threatens',
    label: 'threatens',
    directed: true,
    category: 'verbal-conflict',
    plover: 'THREATEN',
    cameo: '13',
    description: 'Source threatens target.',
  },
  {
    id: 'investigates',
    label: 'investigates',
    directed: true,
    category: 'verbal-conflict',
    plover: 'INVESTIGATE',
    cameo: '09',
    description: 'Source investigates target: an inquiry into crimes, abuses, military actions or war crimes.',
  },
  {
    id: 'protests',
    label: 'protests against',
    directed: true,
    category: 'material-conflict',
    plover: 'PROTEST',
    cameo: '14',
    description: 'Source demonstrates, strikes, boycotts, blocks or riots against target.',
  },
  {
    id: 'mobilizes',
    label: 'mobilizes against',
    directed: true,
    category: 'material-conflict',
    plover: 'MOBILIZE',
    cameo: '15',
    description: 'Source moves or raises armed forces or police against target, short of using force.',
  },
  {
    id: 'coerces',
    label: 'coerces',
    directed: true,
    category: 'material-conflict',
    plover: 'COERCE',
    cameo: '17',
    description: 'Source represses or coerces target short of violence: arrests, seizures, bans, curfews, blockades.',
  },
  {
    id: 'sanctions',
    label: 'sanctions',
    directed: true,
    category: 'material-conflict',
    plover: 'SANCTION',
    cameo: '163',
    description: 'Source imposes sanctions, an embargo or a boycott on target.',
  },
  {
    id: 'deploys-in',
    label: 'deploys in',
    directed: true,
    category: 'material-conflict',
    description: 'Source has troops, bases or positions in target (a state or a place).',
  },
  {
    id: 'strikes',
    label: 'strikes',
    directed: true,
    category: 'material-conflict',
    plover: 'ASSAULT',
    cameo: '19',
    description: 'Source attacks target by force: air strikes, shelling, raids.',
  },
];

const builtInById = new Map(BUILT_IN_RELATION_TYPES.map((type) => [type.id, type]));

export function builtInRelationType(id: string): RelationTypeInfo | undefined {
  return builtInById.get(id);
}

/** The vocabulary a dataset uses: the built-ins followed by its own types, in declaration order. */
export function relationVocabulary(custom: readonly RelationTypeInfo[] | undefined): Map<string, RelationTypeInfo> {
  const vocabulary = new Map(builtInById);
  for (const type of custom ?? []) vocabulary.set(type.id, type);
  return vocabulary;
}
