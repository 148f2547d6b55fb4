// Store slice: where opening a dataset stands (reading with progress, checking, refused with problems); the dataset on screen is untouched.
import type { Problem } from '../domain/problems';
import type { OpenProgress } from '../io/openDataset';
import type { SliceCreator } from './types';

export type ImportStatus =
  | { phase: 'idle' }
  | { phase: 'opening'; name: string; progress: OpenProgress | null }
  | { phase: 'refused'; name: string; problems: Problem[] };

export interface ImportSlice {
  importStatus: ImportStatus;
  openingStarted(name: string): void;
  openingProgressed(progress: OpenProgress): void;
  openingRefused(name: string, problems: Problem[]): void;
  dismissImportProblems(): void;
}

export const createImportSlice: SliceCreator<ImportSlice> = (set) => ({
  importStatus: { phase: 'idle' },
  openingStarted: (name) => set({ importStatus: { phase: 'opening', name, progress: null } }),
  openingProgressed: (progress) =>
    set((state) =>
      state.importStatus.phase === 'opening' ? { importStatus: { ...state.importStatus, progress } } : {},
    ),
  openingRefused: (name, problems) => set({ importStatus: { phase: 'refused', name, problems } }),
  dismissImportProblems: () => set({ importStatus: { phase: 'idle' } }),
});
