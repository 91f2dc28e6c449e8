/** Exhaustiveness check for switches over `kind`: a new kind breaks the build, not the output. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`unexpected ${what}: ${JSON.stringify(value)}`);
}
