/**
 * A binary min-heap under a comparison: the ready set of the topological sort, so picking the next table
 * costs log n instead of sorting every ready table again after each step.
 */
export class MinHeap<T> {
  private readonly items: T[] = [];

  constructor(private readonly compare: (a: T, b: T) => number) {}

  /** Number of items held. */
  get size(): number {
    return this.items.length;
  }

  /** Adds an item. */
  push(item: T): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (this.compare(items[i]!, items[up]!) >= 0) break;
      [items[i], items[up]] = [items[up]!, items[i]!];
      i = up;
    }
  }

  /** Removes and returns the smallest item, undefined when empty. */
  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    items[0] = last;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let least = i;
      if (l < items.length && this.compare(items[l]!, items[least]!) < 0) least = l;
      if (r < items.length && this.compare(items[r]!, items[least]!) < 0) least = r;
      if (least === i) break;
      [items[i], items[least]] = [items[least]!, items[i]!];
      i = least;
    }
    return top;
  }
}
