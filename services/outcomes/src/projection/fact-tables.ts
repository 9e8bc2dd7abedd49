/** A value of a read model row as PostgreSQL takes it from an array parameter. */
export type Value = string | number | boolean | null;
export type Row = Record<string, Value>;

/**
 * One projection table: its columns with their SQL types, the natural key, and how a second fact about
 * the same key combines with the first. `merge` does in memory what `onConflict` does in the database,
 * so folding a batch first and then writing gives what writing event by event gives.
 */
export interface FactTable {
  name: string;
  columns: Record<string, string>;
  key: string[];
  onConflict: string;
  merge(earlier: Row, later: Row): Row;
}

/** The first value known wins: each event fills the columns it knows, in any order, any number of times. */
function firstKnown(table: string, columns: Record<string, string>, key: string[]): FactTable {
  const filled = Object.keys(columns).filter((column) => !key.includes(column));
  return {
    name: table,
    columns,
    key,
    onConflict: `DO UPDATE SET ${filled.map((column) => `${column} = COALESCE(${table}.${column}, excluded.${column})`).join(', ')}`,
    merge: (earlier, later) => Object.fromEntries(Object.keys(columns).map((column) => [column, earlier[column] ?? later[column] ?? null])),
  };
}

/** The newest statement about a participant wins, by the time of its event. */
function newest(table: string, columns: Record<string, string>): FactTable {
  const values = Object.keys(columns).filter((column) => column !== 'participant_id');
  return {
    name: table,
    columns,
    key: ['participant_id'],
    onConflict: `DO UPDATE SET ${values.map((column) => `${column} = excluded.${column}`).join(', ')} WHERE excluded.noted_at >= ${table}.noted_at`,
    merge: (earlier, later) => ((later['noted_at'] as string) >= (earlier['noted_at'] as string) ? later : earlier),
  };
}

/** The last value recorded for the key wins. */
function lastRecorded(table: string, columns: Record<string, string>, key: string[]): FactTable {
  const values = Object.keys(columns).filter((column) => !key.includes(column));
  return { name: table, columns, key, onConflict: `DO UPDATE SET ${values.map((column) => `${column} = excluded.${column}`).join(', ')}`, merge: (_earlier, later) => later };
}

export const DEMOGRAPHICS = newest('participant_demographics', { participant_id: 'uuid', gender: 'text', age_band: 'text', noted_at: 'timestamptz' });
export const GROUPS = newest('participant_groups', { participant_id: 'uuid', status_group: 'text', noted_at: 'timestamptz' });
export const ENROLLMENTS = firstKnown(
  'enrollments',
  {
    enrollment_id: 'uuid',
    program_id: 'uuid',
    participant_id: 'uuid',
    cross_border: 'boolean',
    confirmed_on: 'date',
    completed_on: 'date',
    dropped_on: 'date',
    drop_reason: 'text',
  },
  ['enrollment_id'],
);
export const PLACEMENTS = firstKnown('placements', { placement_id: 'uuid', participant_id: 'uuid', started_on: 'date', ended_on: 'date' }, ['placement_id']);
export const CHECKPOINTS = lastRecorded('retention_checkpoints', { placement_id: 'uuid', checkpoint_days: 'int', still_employed: 'boolean' }, [
  'placement_id',
  'checkpoint_days',
]);
export const WAGES = lastRecorded(
  'wages',
  { placement_id: 'uuid', effective_on: 'date', amount_minor: 'bigint', currency: 'text', period: 'text' },
  ['placement_id', 'effective_on'],
);
/** A fact that never changes once it happened: its id is the key, and a second copy adds nothing. */
function once(table: string, columns: Record<string, string>, key: string): FactTable {
  return { name: table, columns, key: [key], onConflict: 'DO NOTHING', merge: (earlier) => earlier };
}

export const SUPPORT_COSTS = once(
  'support_costs',
  { delivery_id: 'uuid', participant_id: 'uuid', delivered_on: 'date', amount_minor: 'bigint', currency: 'text' },
  'delivery_id',
);
export const SURVEY_ANSWERS = once(
  'survey_answers',
  { survey_id: 'uuid', enrollment_id: 'uuid', wave: 'text', quality: 'int', language_support: 'int', fairness: 'int', usefulness: 'int' },
  'survey_id',
);

/** Every table of the read model, in the order a rebuild empties and fills them. */
export const FACT_TABLES: readonly FactTable[] = [DEMOGRAPHICS, GROUPS, ENROLLMENTS, PLACEMENTS, CHECKPOINTS, WAGES, SUPPORT_COSTS, SURVEY_ANSWERS];
