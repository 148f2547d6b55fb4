// A dataset with nothing in it yet: what "New dataset" starts from.
import type { Dataset } from '../domain/model';

export function emptyDataset(id: string, title: string): Dataset {
  return { formatVersion: 1, id, title, documents: [], actors: [], relations: [] };
}
