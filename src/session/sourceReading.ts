// Reading a source to add, for the panels: a picked, dropped or pasted text through io/sourceFile.ts (the panels reach
// io through the session).
export { readSourceFile as readSource, sourceFromPaste as pastedSource } from '../io/sourceFile';
export type { SourceDraft, SourceFault } from '../io/sourceFile';
export { sourceFaultMessage } from '../io/sourceFaultWords';
export type { SourceMetadata } from '../io/pageMetadata';
export type { PickedFile } from '../io/openDataset';
