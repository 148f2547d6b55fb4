// Which actor a reporting frame's speaker names: "Magen", "Zvi Magen — a senior research fellow", "the Kremlin",
// "Iran's military chief of staff General Mohammad Bagheri" → the actor whose name or alias heads the words.

export interface NamedActor {
  id: string;
  name: string;
  kind: string;
  aliases?: readonly string[];
}

/** Name particles a surname may carry or drop: "Bashar al-Assad" is also "Assad", "Mohammed bin Salman" "Salman". */
const PARTICLE =
  /^(?:al|el|ad|an|as|ash|at|az|bin|ibn|ben|bint|abu|de|del|della|di|da|dos|du|van|von|der|den|la|le|ter|zu)[-\s]/iu;
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*/gu;
const MAX_WORDS = 6;
/** Words after the head of a speaker's name that say how, not who: "Senator Dole actually", "Magen himself". */
const TRAILING_ADVERBS =
  /(?:\s+(?:\p{L}+ly|also|now|then|once|still|already|ever|never|today|himself|herself|themselves|itself|too))+$/u;
/** "a former Israeli ambassador to Moscow": a common noun heads the words, and the place after it is no speaker. */
const TRAILING_PLACE =
  /(?<=\p{Ll}[\p{L}'’-]*)\s+(?:to|of|at|in|for|from|with|on|near|by)\s+(?:the\s+)?(?:[\p{Lu}\p{N}][^\s]*\s*)+$/u;

const normalised = (name: string) => name.normalize('NFC').replace(/[’‘]/gu, "'").replace(/\s+/gu, ' ').trim();

function keysOf(actor: NamedActor): string[] {
  const keys = [actor.name, ...(actor.aliases ?? [])].map(normalised).filter((key) => key !== '');
  for (const key of [...keys]) if (/^the\s+\p{Lu}/u.test(key)) keys.push(key.slice(4));
  if (actor.kind === 'person') {
    const words = normalised(actor.name).split(' ');
    const surname = words.at(-1) ?? '';
    if (words.length > 1 && surname.length >= 3) {
      keys.push(surname);
      const bare = surname.replace(PARTICLE, '');
      if (bare !== surname && bare.length >= 3) keys.push(bare);
      const particle = words.at(-2);
      if (particle !== undefined && PARTICLE.test(`${particle} `)) keys.push(`${particle} ${surname}`);
    }
  }
  return keys;
}

/** The words that name a speaker, from the first to the head: a trailing place ("… to Moscow") and adverbs cut off. */
export function speakerHead(speaker: string): string {
  return normalised(speaker).replace(TRAILING_ADVERBS, '').replace(TRAILING_PLACE, '');
}

export interface SpeakerIndex {
  /** The actor a speaker's words name, or null: the name that ends last wins (the head of "Iran's … Bagheri"). */
  actorOf(speaker: string): string | null;
  isPerson(actorId: string): boolean;
}

/** Built once per dataset; a name two actors share names neither. */
export function speakerIndex(actors: readonly NamedActor[]): SpeakerIndex {
  const byKey = new Map<string, string | null>();
  const people = new Set<string>();
  for (const actor of actors) {
    if (actor.kind === 'person') people.add(actor.id);
    for (const key of new Set(keysOf(actor))) {
      const known = byKey.get(key);
      byKey.set(key, known === undefined || known === actor.id ? actor.id : null);
    }
  }
  return {
    isPerson: (actorId) => people.has(actorId),
    actorOf(speaker) {
      const text = speakerHead(speaker);
      const tokens = [...text.matchAll(TOKEN)].map((match) => ({
        word: match[0].replace(/['.]+$/u, '').replace(/'s$/u, ''),
        start: match.index,
        end: match.index + match[0].length,
      }));
      // Only a name that heads the words speaks: "Iran's chief of staff General Mohammad Bagheri" is Bagheri, while in
      // "cooperation of Congress in making an analysis" no name does.
      const headEnd = tokens.at(-1)?.end ?? 0;
      let best: { id: string; end: number; length: number } | null = null;
      for (let first = 0; first < tokens.length; first++) {
        for (let last = first; last < Math.min(tokens.length, first + MAX_WORDS); last++) {
          const words = tokens.slice(first, last + 1);
          const phrase =
            text.slice(words[0]!.start, words.at(-1)!.start) + (words.at(-1)!.word || text.slice(words.at(-1)!.start));
          const id = byKey.get(phrase);
          if (!id) continue;
          const end = words.at(-1)!.end;
          if (end !== headEnd) continue;
          const length = end - words[0]!.start;
          if (!best || end > best.end || (end === best.end && length > best.length)) best = { id, end, length };
        }
      }
      return best?.id ?? null;
    },
  };
}
