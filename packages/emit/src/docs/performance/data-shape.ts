import type { DatabaseProvider } from '@schemawright/ir';
import type { DocContext } from '../context.js';
import { firstSignal, type Recommendation } from './recommendation.js';
import { GEO_COLUMNS, nameMatches, TENANT_COLUMNS } from './words.js';

const TENANT_WHY: Readonly<Record<DatabaseProvider, string>> = {
  postgresql: 'every query filters by the tenant first, so it leads every composite index; row-level security policies on the tenant column make a missed filter fail closed.',
  cockroachdb: 'every query filters by the tenant first, so it leads every composite index; with regional tables it can also place each tenant\'s rows.',
  mysql: 'every query filters by the tenant first, so it leads every composite index; MySQL has no row-level security, so the filter belongs in one data-access layer.',
  sqlite: 'every query filters by the tenant first, so it leads every composite index.',
  sqlserver: 'every query filters by the tenant first, so it leads every composite index; security policies can enforce it.',
  mongodb: 'every query filters by the tenant first, so it leads every compound index.',
};

const JSON_WHY: Readonly<Record<DatabaseProvider, string>> = {
  postgresql: 'jsonb keeps flexible attributes next to relational data; a GIN index (jsonb_path_ops) serves containment queries on it, and any field queried often deserves a real column.',
  cockroachdb: 'JSONB with an inverted index serves containment queries; promote fields queried often to real columns.',
  mysql: 'JSON columns cannot be indexed directly: index a generated column per field that is queried.',
  sqlite: 'JSON is stored as text; index an expression (json_extract) per field that is queried.',
  sqlserver: 'JSON is stored as text; index a computed column per field that is queried.',
  mongodb: 'nested documents are native; index the paths that are queried.',
};

const GEO_WHY: Readonly<Record<DatabaseProvider, string>> = {
  postgresql: 'radius and nearest queries need PostGIS: a geography(Point) column with a GiST index (added in the migration SQL; Prisma maps it as Unsupported).',
  cockroachdb: 'a GEOGRAPHY column with an inverted index serves radius queries.',
  mysql: 'a POINT column with SRID 4326 and a SPATIAL index serves radius queries.',
  sqlite: 'index (latitude, longitude) and filter by a bounding box first; SpatiaLite for true distances.',
  sqlserver: 'a geography column with a spatial index serves radius queries.',
  mongodb: 'a GeoJSON point with a 2dsphere index serves $near queries.',
};

/** Advice that follows from the shape of the data: tenants, JSON documents, coordinates. */
export function dataShape(ctx: DocContext): Recommendation[] {
  const out: Recommendation[] = [];
  const tenantSignal = firstSignal(ctx.signals, ['multi-tenant']);
  const tenantTables = ctx.schema.tables.filter((t) => t.columns.some((c) => nameMatches(c.name, TENANT_COLUMNS, true)));
  if (tenantSignal || tenantTables.length > 0) {
    out.push({ what: `Tenant isolation${tenantTables.length > 0 ? ` (${tenantTables.map((t) => t.name).join(', ')})` : ''}`, why: TENANT_WHY[ctx.provider], ...(tenantSignal ? { source: tenantSignal } : {}) });
  }
  const jsonColumns = ctx.schema.tables.flatMap((t) => t.columns.filter((c) => c.type.kind === 'json').map((c) => `${t.name}.${c.name}`));
  const documentSignal = firstSignal(ctx.signals, ['document']);
  if (jsonColumns.length > 0 || documentSignal) {
    out.push({ what: `Flexible attributes${jsonColumns.length > 0 ? ` (${jsonColumns.join(', ')})` : ''}`, why: JSON_WHY[ctx.provider], ...(documentSignal ? { source: documentSignal } : {}) });
  }
  const geoColumns = ctx.schema.tables.flatMap((t) => t.columns.filter((c) => nameMatches(c.name, GEO_COLUMNS, true)).map((c) => `${t.name}.${c.name}`));
  const geoSignal = firstSignal(ctx.signals, ['geo']);
  if (geoColumns.length > 0 || geoSignal) {
    out.push({ what: `Locations${geoColumns.length > 0 ? ` (${geoColumns.join(', ')})` : ''}`, why: GEO_WHY[ctx.provider], ...(geoSignal ? { source: geoSignal } : {}) });
  }
  return out;
}
