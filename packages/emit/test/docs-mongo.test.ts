import { describe, expect, it } from 'vitest';
import { emitErdDoc } from '../src/docs/index.js';
import { withProvider } from './helpers/schemas.js';
import { recipeBoxSchema } from './helpers/recipe-box.js';

describe('erd.md on MongoDB', () => {
  it('says which tables are embedded documents or id lists, not collections', () => {
    const doc = emitErdDoc(recipeBoxSchema());
    expect(doc).toMatch(/\*\*Stored embedded:\*\* each `recipes` document holds a list of these/);
    expect(doc).toMatch(/\*\*Stored as id lists:\*\*/);
  });
  it('says nothing of the kind on a relational database', () => {
    expect(emitErdDoc(withProvider(recipeBoxSchema(), 'postgresql'))).not.toMatch(/\*\*Stored (embedded|as id lists)/);
  });
});
