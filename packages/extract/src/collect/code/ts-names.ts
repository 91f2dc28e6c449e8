/**
 * Which declared types are entities. Data, not code: a name ending in a `skip` suffix is a UI, API or
 * configuration shape and yields nothing; a `weak` suffix is often computed or embedded and yields facts with
 * low confidence. Checked on the last word of the name.
 */
export const TYPE_NAME_SUFFIXES: Readonly<Record<string, 'skip' | 'weak'>> = {
  props: 'skip', request: 'skip', response: 'skip', input: 'skip', dto: 'skip', params: 'skip', args: 'skip',
  options: 'skip', config: 'skip', configuration: 'skip', payload: 'skip', state: 'skip', context: 'skip',
  store: 'skip', handler: 'skip', hook: 'skip', query: 'skip', filter: 'skip', filters: 'skip', body: 'skip',
  result: 'skip', error: 'skip', action: 'skip', actions: 'skip', validation: 'skip', interface: 'skip',
  requirements: 'skip', form: 'skip', values: 'skip', variables: 'skip', env: 'skip', theme: 'skip', styles: 'skip',
  metrics: 'weak', stats: 'weak', statistics: 'weak', summary: 'weak', settings: 'weak', preferences: 'weak',
  info: 'weak', details: 'weak', data: 'weak', report: 'weak', overview: 'weak', impact: 'weak', coverage: 'weak',
};

/** Leading verbs of input shapes (`CreateTaskSchema`, `UpdateUserInput`): yield nothing. Data. */
export const INPUT_PREFIXES: ReadonlySet<string> = new Set(['create', 'update', 'patch', 'delete', 'login', 'register', 'signup', 'signin', 'search', 'list', 'get', 'new', 'edit', 'upsert']);

/** Suffixes of an undeclared type name that make it an enum rather than an entity (`ProviderType`, `TaskStatus`). */
export const ENUM_NAME_SUFFIXES: ReadonlySet<string> = new Set(['type', 'status', 'role', 'kind', 'level', 'state', 'priority', 'mode', 'tier', 'stage', 'visibility', 'frequency', 'period', 'unit', 'severity']);
