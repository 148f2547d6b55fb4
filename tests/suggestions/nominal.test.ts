// Events and ties a noun states (src/suggestions/nominal.ts) and names that join actors or say who backs them
// (splitCompounds, compoundTie), read through the engine as the reader and the command read them.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/domain/model';
import { suggestRelations } from '../../src/suggestions/engine';

const actor = (id: string, name: string, kind: Actor['kind'], aliases?: string[]): Actor =>
  ({ id, name, kind, ...(aliases && { aliases }) }) as Actor;

const ACTORS: Actor[] = [
  actor('russia', 'Russia', 'state', ['Moscow']),
  actor('iran', 'Iran', 'state', ['Tehran']),
  actor('israel', 'Israel', 'state', ['The Jewish State']),
  actor('united-states', 'United States', 'state', ['US', 'Washington']),
  actor('syria', 'Syria', 'state'),
  actor('militias', 'Iran-backed militias', 'armed-group'),
  actor('hamas', 'Hamas', 'armed-group'),
  actor('netanyahu', 'Benjamin Netanyahu', 'person', ['Netanyahu']),
  actor('putin', 'Vladimir Putin', 'person', ['Putin']),
  actor('bennett', 'Naftali Bennett', 'person', ['Bennett']),
  actor('khamenei', 'Ali Khamenei', 'person', ['Ayatollah Ali Khamenei']),
];

const run = (text: string) => suggestRelations({ dataset: { actors: ACTORS, relations: [] }, text });
const brief = (text: string) =>
  run(text).suggestions.map(
    (s) => `${s.source.id ?? s.source.name} ${s.type} ${s.target.id ?? s.target.name}${s.negated ? ' (denied)' : ''}`,
  );

describe('nominal events', () => {
  it('reads the owner of an event noun as its doer and the receiver after its preposition', () => {
    expect(brief('Israeli airstrikes on Syria continued.')).toEqual(['israel strikes syria']);
    expect(brief('Washington’s support to Israel was criticised.')).toEqual(['united-states supports israel']);
    expect(brief('Russia’s sanctions against Iran were lifted.')).toEqual(['russia sanctions iran']);
  });

  it('pairs those a mutual noun names together, after “between” or before it', () => {
    expect(brief('Tensions between Israel and Iran rose.')).toEqual(['israel rival iran']);
    expect(brief('The talks between Russia and Iran ended.')).toEqual(['russia negotiates iran']);
  });

  it('reads a light verb before an event noun as the noun’s doer, not as an event of its own', () => {
    expect(brief('Israel would conduct air strikes on Iranian targets.')).toEqual(['israel strikes iran']);
    expect(brief('Russia held talks with Iran.')).toEqual(['russia negotiates iran']);
    expect(brief('Russia held drills near Israel.')).toEqual(['russia mobilizes israel']);
  });

  it('takes “his” back to the nearest person before it', () => {
    expect(brief('Netanyahu traveled to Moscow for his fourth meeting with Putin.')).toContain('netanyahu meets putin');
  });

  it('reads a tie noun through a copula, and a denial before it', () => {
    expect(brief('The Jewish State will remain Washington’s major regional ally.')).toEqual([
      'israel ally united-states',
    ]);
    expect(brief('Officially, Russia and Israel are neither allies nor friends.')).toEqual([
      'russia ally israel (denied)',
    ]);
  });

  it('leaves a noun the tagger reads as a verb, and a noun with nobody on one side', () => {
    expect(brief('Israel strikes Syria.')).toEqual(['israel strikes syria']);
    expect(brief('The attack on Syria was condemned by nobody.')).toEqual([]);
  });
});

describe('compound names', () => {
  it('splits a name that joins two actors by a hyphen, and proposes it no more', () => {
    const result = run('The Russia-Iran alliance in Syria holds.');
    expect(result.mentions.map((m) => m.actorId ?? m.text)).toEqual(['russia', 'iran', 'syria']);
    expect(result.proposedActors.map((p) => p.name)).not.toContain('Russia-Iran');
    expect(result.suggestions.map((s) => `${s.source.id} ${s.type} ${s.target.id}`)).toContain('russia ally iran');
  });

  it('reads who backs what a name names, even alone in its sentence', () => {
    const [tie] = run('Iran-backed militias moved south.').suggestions;
    expect(tie).toMatchObject({
      type: 'supports',
      source: { id: 'iran' },
      target: { id: 'militias' },
      rule: 'compound',
    });
  });
});

describe('joint subjects', () => {
  it('pairs every two of those who meet together, and no one with a receiver of a one-sided verb', () => {
    expect(brief('Russian, Israeli and American experts will meet in Geneva.').sort()).toEqual([
      'israel meets united-states',
      'russia meets israel',
      'russia meets united-states',
    ]);
    expect(brief('Russia and Iran supported Syria.').sort()).toEqual(['iran endorses syria', 'russia endorses syria']);
  });
});

describe('joint objects', () => {
  it('joins objects with their own words by a conjunction, when no verb stands between', () => {
    expect(brief('Israel kept striking Iranian positions in Syria, as well as Hamas sites in Gaza.')).toEqual([
      'iran deploys-in syria',
      'israel strikes iran',
      'israel strikes hamas',
    ]);
    expect(brief('Israel struck Iranian positions in Syria and later praised Hamas.')).not.toContain(
      'israel strikes hamas',
    );
  });
});

describe('what is not an actor of the event', () => {
  it('leaves out what is discussed, a person’s nationality, a visit with no owner and a place in a list', () => {
    expect(brief('Putin and Bennett discussed Iran’s nuclear programme.')).toEqual(['putin meets bennett']);
    expect(brief('Putin met with Iranian Ayatollah Ali Khamenei during a 2007 visit to Tehran.')).toEqual([
      'putin meets khamenei',
    ]);
    expect(brief('Russia won influence in Syria, and Putin met Netanyahu.')).not.toContain('syria meets netanyahu');
    expect(brief('Russia attacked Syria, and Israel condemned the strike.')).toEqual(['russia strikes syria']);
    expect(brief('Russia increased its positions in Israel’s neighbourhood.')).toEqual([]);
    expect(brief('Israel set up a hotline with Russia to coordinate flights over Syria.')).not.toContain(
      'russia endorses syria',
    );
    expect(
      brief('Israel, on the other hand, picks targets in Syria, and has established a hotline with Russia.'),
    ).not.toContain('syria cooperates russia');
  });
});

describe('pronoun subjects', () => {
  it('reads “they” as the last group named before it, and “he” as the previous subject', () => {
    expect(brief('The Russia-Iran alliance in Syria, where they are attacking Israel, holds.')).toEqual(
      expect.arrayContaining(['russia strikes israel', 'iran strikes israel']),
    );
    expect(brief('Netanyahu visited Moscow, where he met with Putin.')).toEqual([
      'netanyahu visits russia',
      'netanyahu meets putin',
    ]);
  });
});

describe('what did not happen', () => {
  it('marks an event asked, wanted, planned or meant, after “to”, as possible at most', () => {
    const certainty = (text: string, type: string) => run(text).suggestions.find((s) => s.type === type)?.certainty;
    expect(certainty('Russia asked Israel to encourage the United States.', 'requests')).toBe('certain');
    expect(certainty('Russia asked Israel to encourage the United States.', 'endorses')).toBe('possible');
    expect(certainty('Russia went to Syria to attack Israel.', 'strikes')).toBe('possible');
    expect(certainty('Israel continued to strike Syria.', 'strikes')).toBe('certain');
    const refused = run('Iran refuses to directly negotiate with the United States.').suggestions.filter(
      (s) => s.target.id === 'united-states' && s.cues.some((cue) => cue.startsWith('negotiate')),
    );
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((s) => s.negated)).toBe(true);
  });
});
