// Pure: the disconnected parts of a graph, and a packing of their boxes into rows near a wanted aspect ratio.
import type { CentredBox } from './boxes';

/** Connected components of `count` items joined by `links` (index pairs): each item's component, numbered from 0. */
export function componentsOf(count: number, links: Iterable<readonly [number, number]>): number[] {
  const parent = Array.from({ length: count }, (_, index) => index);
  const find = (item: number): number => {
    let root = item;
    while (parent[root] !== root) root = parent[root]!;
    while (parent[item] !== root) {
      const next = parent[item]!;
      parent[item] = root;
      item = next;
    }
    return root;
  };
  for (const [a, b] of links) {
    if (a < 0 || b < 0 || a >= count || b >= count) continue;
    const rootA = find(a);
    const rootB = find(b);
    // The smaller index roots the merged set, so numbering does not depend on the order of the links.
    if (rootA !== rootB) parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
  }
  const numbers = new Map<number, number>();
  return parent.map((_, index) => {
    const root = find(index);
    let number = numbers.get(root);
    if (number === undefined) {
      number = numbers.size;
      numbers.set(root, number);
    }
    return number;
  });
}

/**
 * Shelf packing: boxes (by centre and size) go, tallest first, left to right into rows whose width is chosen so that
 * the whole is near `aspect` (width / height); rows are centred under each other. Returns each box's new centre,
 * index-aligned. n·log n (the sort); deterministic (ties by index).
 */
export function packBoxes(boxes: readonly CentredBox[], aspect: number, gap: number): { x: number; y: number }[] {
  if (boxes.length === 0) return [];
  const area = boxes.reduce((sum, box) => sum + (box.width + gap) * (box.height + gap), 0);
  const widest = Math.max(...boxes.map((box) => box.width));
  const rowWidth = Math.max(widest, Math.sqrt(area * Math.max(0.1, aspect)));
  const order = boxes.map((_, index) => index).sort((a, b) => boxes[b]!.height - boxes[a]!.height || a - b);
  const rows: { items: number[]; width: number; height: number }[] = [];
  for (const index of order) {
    const box = boxes[index]!;
    const row = rows.at(-1);
    if (row && row.width + gap + box.width <= rowWidth) {
      row.items.push(index);
      row.width += gap + box.width;
      row.height = Math.max(row.height, box.height);
    } else rows.push({ items: [index], width: box.width, height: box.height });
  }
  const centres: { x: number; y: number }[] = boxes.map(() => ({ x: 0, y: 0 }));
  let top = 0;
  for (const row of rows) {
    let left = -row.width / 2;
    for (const index of row.items) {
      const box = boxes[index]!;
      centres[index] = { x: left + box.width / 2, y: top + row.height / 2 };
      left += box.width + gap;
    }
    top += row.height + gap;
  }
  return centres;
}
