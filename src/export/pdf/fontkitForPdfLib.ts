// fontkit 2 for pdf-lib. pdf-lib's own fork of fontkit (@pdf-lib/fontkit 1.1) subsets a TrueType font into a short
// loca table without padding its glyphs, which loses most letters of Noto Sans (checked with pdftoppm); fontkit 2
// keeps the font's loca format. pdf-lib reads a subset through the stream API fontkit 1 had: this gives it that.
import * as fontkit from 'fontkit';
import type { Font } from 'fontkit';
import type { PDFDocument } from 'pdf-lib';

type Handler = (value?: unknown) => void;

/** The one-shot stream pdf-lib listens to ('data', 'end', 'error'): it emits the whole subset once all are attached. */
function subsetStream(encode: () => Uint8Array) {
  const handlers: Partial<Record<'data' | 'end' | 'error', Handler>> = {};
  let started = false;
  const stream = {
    on(event: 'data' | 'end' | 'error', handler: Handler) {
      handlers[event] = handler;
      if (!started) {
        started = true;
        queueMicrotask(() => {
          try {
            handlers.data?.(encode());
            handlers.end?.();
          } catch (error) {
            handlers.error?.(error);
          }
        });
      }
      return stream;
    },
  };
  return stream;
}

/** Fonts already read, by their file's bytes: pdf-lib reads the same font again when it embeds it. */
const read = new WeakMap<Uint8Array, Font>();

/** A TrueType or OpenType font file as a fontkit font (the PDF's fonts are single files, never collections). */
export function createFont(bytes: Uint8Array): Font {
  const known = read.get(bytes);
  if (known) return known;
  const created = fontkit.create(bytes as Buffer);
  const font = 'fonts' in created ? created.fonts[0]! : created;
  read.set(bytes, font);
  return font;
}

const forPdfLib = {
  create(bytes: Uint8Array) {
    const font = createFont(bytes);
    const createSubset = font.createSubset.bind(font);
    return Object.assign(font, {
      createSubset() {
        const subset = createSubset() as ReturnType<typeof createSubset> & { encode(): Uint8Array };
        return Object.assign(subset, { encodeStream: () => subsetStream(() => subset.encode()) });
      },
    });
  },
};

export function registerFontkit(document: PDFDocument): void {
  document.registerFontkit(forPdfLib as unknown as Parameters<PDFDocument['registerFontkit']>[0]);
}
