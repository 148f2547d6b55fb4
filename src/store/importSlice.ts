// Store slice: where opening a dataset stands (reading with progress, checking, refused with problems); the dataset on screen is untouched.
import type { Problem } from '../domain/problems';
import type { OpenProgress } from '../io/openDataset';
import type { ExplorerState } from './types';
import type { StateCreator } from 'zustand';

export type ImportStatus =
  | { phase: 'idle' }
  | { phase: 'opening'; name: string; progress: OpenProgress | null }
  | { phase: 'refused'; name: string; problems: Problem[] };

export interface ImportSlice {
  importStatus: ImportStatus;
  openingStarted(name: string): void;
  openingProgressed(progress: OpenProgress): void;
  openingRefused(name: string, problems: Problem[]): void;
  openingFinished(): void;
  dismissImportProblems(): void;
}

type State = ExplorerState & ImportSlice;

export const createImportSlice: StateCreator<State, [['temporal', unknown]], [], ImportSlice> = (set) => ({
  importStatus: { phase: 'idle' },
  openingStarted: (name) => set({ importStatus: { phase: 'opening', name, progress: null } }),
  openingProgressed: (progress) =>
    set((state) =>
      state.importStatus.phase === 'opening' ? { importStatus: { ...state.importStatus, progress } } : {},
    ),
  openingRefused: (name, problems) => set({ importStatus: { phase: 'refused', name, problems } }),
  openingFinished: () => set({ importStatus: { phase: 'idle' } }),
  dismissImportProblems: () => set({ importStatus: { phase: 'idle' } }),
});
