import type { Result, Schema } from '@schemawright/ir';
import type { Fact } from '../facts.js';

/** Options of the resolve stage. */
export interface ResolveOptions {
  /** Product name, for `Schema.name`. */
  readonly name: string;
  /** Facts below this confidence are dropped (with an info diagnostic). Default 0.5. */
  readonly minConfidence?: number;
}

/** Facts → Schema: names, merging, relation linking, M-N lowering, type inference, defaults. */
export function resolveSchema(facts: readonly Fact[], options: ResolveOptions): Result<Schema> {
  throw new Error(`resolveSchema: not implemented yet (${facts.length} facts for ${options.name})`);
}
