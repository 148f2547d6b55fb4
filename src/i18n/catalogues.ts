// The catalogues there are, by language: adding a locale is one file beside en.ts and one row here.
import { en, type Catalogue } from './en';

export const CATALOGUES = { en } as const satisfies Record<string, Catalogue>;

export type Language = keyof typeof CATALOGUES;
