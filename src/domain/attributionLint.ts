// The attribution lint: a quote inside a named actor's reporting frame ("Magen explained that …") with no
// `attributedTo`, and the reverse, a quote attributed to an actor but outside any frame of theirs.
import { isJudged, judgementHint } from './judgements';
import type { TextAnchor } from './model';
import type { JsonPath } from './jsonPointer';
import { itemsOf, stringField, type RawObject } from './rawAccess';
import { paragraphFrames, type ReportingFrame } from './reportingFrames';
import { paragraphsOf, sharesWords, type TextRange } from './sentences';
import { speakerIndex, type NamedActor, type SpeakerIndex } from './speakerNames';
import type { ProblemCollector } from './validationContext';

/** How many paragraphs back a "he" or "she" looks for the person it stands for. */
const PRONOUN_REACH = 4;

interface FramedQuote {
  frame: ReportingFrame;
  /** The actor the frame's speaker names, or null when the words name none of the dataset's actors. */
  actorId: string | null;
}

/** Reads the reporting frames around quotes, each paragraph once, and names the actors who speak in them. */
export class FrameReader {
  private readonly paragraphs = new Map<string, Map<number, ReportingFrame[]>>();
  private readonly lines = new Map<string, (index: number) => TextRange>();
  private index: SpeakerIndex | null = null;
  private readonly names = new Map<string, string>();

  constructor(
    private readonly root: unknown,
    private readonly texts: ReadonlyMap<string, string>,
  ) {}

  private speakers(): SpeakerIndex {
    if (this.index) return this.index;
    const actors: NamedActor[] = [];
    for (const [, actor] of itemsOf(this.root, 'actors')) {
      const id = stringField(actor, 'id');
      const name = stringField(actor, 'name');
      const kind = stringField(actor, 'kind') ?? '';
      if (id === undefined || name === undefined) continue;
      const aliases = Array.isArray(actor.aliases) ? actor.aliases.filter((alias) => typeof alias === 'string') : [];
      actors.push({ id, name, kind, aliases });
      this.names.set(id, name);
    }
    return (this.index = speakerIndex(actors));
  }

  private last: { documentId: string; paragraph: TextRange; frames: ReportingFrame[] } | null = null;

  private paragraphAt(documentId: string, text: string, index: number): TextRange {
    let paragraphs = this.lines.get(documentId);
    if (!paragraphs) this.lines.set(documentId, (paragraphs = paragraphsOf(text)));
    return paragraphs(index);
  }

  private framesOf(documentId: string, text: string, paragraph: TextRange): ReportingFrame[] {
    let byStart = this.paragraphs.get(documentId);
    if (!byStart) this.paragraphs.set(documentId, (byStart = new Map()));
    let frames = byStart.get(paragraph.start);
    if (!frames) byStart.set(paragraph.start, (frames = paragraphFrames(text, paragraph)));
    return frames;
  }

  /** An actor's display name, for messages. */
  nameOf(actorId: string): string {
    this.speakers();
    return this.names.get(actorId) ?? actorId;
  }

  /** "he wrote": the last person named as a speaker before it, in its paragraph or the few before. */
  private personBefore(documentId: string, text: string, paragraph: TextRange, at: number): string | null {
    const speakers = this.speakers();
    let current = paragraph;
    for (let step = 0; step < PRONOUN_REACH; step++) {
      const earlier = this.framesOf(documentId, text, current).filter((frame) => frame.at < at && !frame.pronoun);
      for (const frame of earlier.reverse()) {
        const actorId = speakers.actorOf(frame.speaker);
        if (actorId !== null && speakers.isPerson(actorId)) return actorId;
      }
      if (current.start === 0) break;
      current = this.paragraphAt(documentId, text, current.start - 1);
    }
    return null;
  }

  /** The frames whose speaker's words share words with the quote, each with the actor it names. */
  framesAround(documentId: string, anchor: TextAnchor): FramedQuote[] {
    const text = this.texts.get(documentId);
    if (text === undefined) return [];
    // Quotes of one paragraph tend to follow each other: the last paragraph read is looked at first.
    const last = this.last;
    const same =
      last !== null &&
      last.documentId === documentId &&
      anchor.start >= last.paragraph.start &&
      anchor.start <= last.paragraph.end;
    const paragraph = same ? last.paragraph : this.paragraphAt(documentId, text, anchor.start);
    const frames = same ? last.frames : this.framesOf(documentId, text, paragraph);
    if (!same) this.last = { documentId, paragraph, frames };
    if (frames.length === 0) return [];
    const covering = frames.filter((frame) => frame.inside.some((range) => sharesWords(text, range, anchor)));
    return covering.map((frame) => ({
      frame,
      actorId: frame.pronoun
        ? this.personBefore(documentId, text, paragraph, frame.at)
        : this.speakers().actorOf(frame.speaker),
    }));
  }
}

/** A quote inside a named actor's frame with no attributedTo, or attributed to an actor outside any frame of theirs. */
export function lintAttribution(
  reader: FrameReader,
  evidence: RawObject,
  anchor: TextAnchor | undefined,
  at: JsonPath,
  report: ProblemCollector,
): void {
  const documentId = stringField(evidence, 'document');
  if (anchor === undefined || documentId === undefined) return;
  const attributedTo = stringField(evidence, 'attributedTo');
  const framed = reader.framesAround(documentId, anchor);
  if (attributedTo === undefined) {
    const named = framed.find((entry) => entry.actorId !== null);
    if (!named || isJudged(evidence, 'unattributed-frame')) return;
    const name = reader.nameOf(named.actorId!);
    report.warning(
      'unattributed-frame',
      at,
      `quote is inside ${name}'s words ("${named.frame.words}") but the evidence has no "attributedTo"`,
      `set "attributedTo": "${named.actorId}" if the claim is theirs; ${judgementHint('unattributed-frame', 'why the outlet states it in its own voice')}`,
    );
    return;
  }
  if (framed.some((entry) => entry.actorId === attributedTo || entry.actorId === null)) return;
  if (isJudged(evidence, 'attribution-outside-frame')) return;
  const other = framed[0];
  const name = reader.nameOf(attributedTo);
  report.warning(
    'attribution-outside-frame',
    at,
    other
      ? `quote is attributed to ${name} but stands in ${reader.nameOf(other.actorId!)}'s words ("${other.frame.words}")`
      : `quote is attributed to ${name} but stands outside any reporting frame in the text ("… said", "according to …")`,
    `attribute it to whoever the text says speaks, or remove "attributedTo" if the outlet states it in its own voice; ${judgementHint('attribution-outside-frame', 'where the text gives the claim to them')}`,
  );
}
