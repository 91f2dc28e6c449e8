import { compareStrings } from '@schemawright/ir';

/**
 * The strongly connected components of two or more nodes (the cycles) reachable from `nodes`, following
 * `next`. Tarjan's algorithm, iterative so a long chain of tables cannot overflow the stack; linear in
 * nodes and edges. Members come in no particular order.
 */
export function cyclicComponents(nodes: Iterable<string>, next: (node: string) => readonly string[]): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const out: string[][] = [];
  const work: { node: string; targets: readonly string[]; at: number }[] = [];
  const open = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    work.push({ node, targets: next(node), at: 0 });
  };
  for (const root of nodes) {
    if (index.has(root)) continue;
    open(root);
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      if (top.at < top.targets.length) {
        const m = top.targets[top.at++]!;
        if (!index.has(m)) open(m);
        else if (onStack.has(m)) low.set(top.node, Math.min(low.get(top.node)!, index.get(m)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(top.node)!));
      if (low.get(top.node) !== index.get(top.node)) continue;
      const component: string[] = [];
      for (let m = stack.pop(); m !== undefined; m = stack.pop()) {
        onStack.delete(m);
        component.push(m);
        if (m === top.node) break;
      }
      if (component.length > 1) out.push(component);
    }
  }
  return out;
}

/** Shortest path `from` … `to` (inclusive) over `edges` (table → target); neighbours in code-unit order. */
export function pathBetween(edges: readonly { readonly table: string; readonly target: string }[], from: string, to: string): string[] {
  const targets = new Map<string, Set<string>>();
  for (const e of edges) targets.set(e.table, (targets.get(e.table) ?? new Set<string>()).add(e.target));
  const previous = new Map<string, string>([[from, from]]);
  const queue = [from];
  for (let head = 0; head < queue.length && !previous.has(to); head++) {
    const node = queue[head]!;
    const next = [...(targets.get(node) ?? [])].sort(compareStrings);
    for (const n of next) if (!previous.has(n)) (previous.set(n, node), queue.push(n));
  }
  const path = [to];
  while (path[0] !== from) path.unshift(previous.get(path[0]!)!);
  return path;
}
