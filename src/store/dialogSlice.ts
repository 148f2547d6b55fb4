// Store slice: the one modal dialog open over the page — starting a dataset, adding or editing a source, downloading.
import type { SliceCreator } from './types';

export type DialogContent =
  | { kind: 'new-dataset' }
  /** `file`: one dropped on the page, to read at once. */
  | { kind: 'add-source'; file?: File }
  | { kind: 'edit-source'; documentId: string }
  | { kind: 'download' };

export interface DialogSlice {
  dialog: DialogContent | null;
  openDialog(dialog: DialogContent): void;
  closeDialog(): void;
}

export const createDialogSlice: SliceCreator<DialogSlice> = (set) => ({
  dialog: null,
  openDialog: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: null }),
});
