import { isEntityName } from './entity-name.js';

/** "`parent` contains `child`", read from an ASCII tree; `line` is the 0-based line of the child. */
export interface TreeEdge {
  readonly parent: string;
  readonly child: string;
  readonly line: number;
}

const BRANCH = /^([\s│|┃]*?)(?:├─+|└─+|┣━+|┗━+|\+--+|\|--+|`--+)\s*(.*)$/;

/**
 * Reads an ASCII containment tree (`Workspace` / `├── Project` / `│   └── Task`) into parent-child edges.
 * Nodes that are not entity names (`Each subject is assigned to a class`) are left out with their subtree.
 * Undefined when the text has no branches or looks like a file tree (paths, extensions).
 */
export function readContainmentTree(text: string): TreeEdge[] | undefined {
  const lines = text.split('\n');
  if (!lines.some((l) => BRANCH.test(l))) return undefined;
  const edges: TreeEdge[] = [];
  let stack: { column: number; name: string | undefined }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^[\s│|┃]*$/.test(line)) continue;
    const branch = BRANCH.exec(line);
    const column = branch ? branch[1]!.length : -1;
    const raw = (branch ? branch[2]! : line).trim();
    if (/[/\\]|\.[A-Za-z]{1,5}(?:\s|$)/.test(raw)) return undefined;
    const name = nodeName(raw);
    if (!branch) {
      stack = [{ column: -1, name }];
      continue;
    }
    // Hand-drawn trees drift by a column; a child sits at least two columns right of its parent. The root stays.
    while (stack.length > 1 && stack[stack.length - 1]!.column >= column - 1) stack.pop();
    const parent = stack[stack.length - 1];
    // A child of a skipped node is skipped too: its parent is unknown.
    const effective = parent?.name === undefined ? undefined : name;
    if (parent?.name !== undefined && effective !== undefined) edges.push({ parent: parent.name, child: effective, line: i });
    stack.push({ column, name: effective });
  }
  return edges.length > 0 ? edges : undefined;
}

function nodeName(raw: string): string | undefined {
  const name = raw
    .replace(/\s*[(（\[].*$/u, '')
    .replace(/\s+[—–-]\s+.*$/, '')
    .replace(/[*`]/g, '')
    .trim();
  if (!isEntityName(name)) return undefined;
  return name.split(/\s+/).every((w) => /^[A-Z]/.test(w)) || /_/.test(name) ? name : undefined;
}
