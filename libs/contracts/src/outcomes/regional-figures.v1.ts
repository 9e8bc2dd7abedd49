import { Type } from '@sinclair/typebox';
import { defineEvent } from '../event-contract';
import { MunicipalityId } from '../common-schemas';

const Cell = Type.Object(
  {
    category: Type.String({ maxLength: 100 }),
    /** People counted (or the base of a rate, a median, a cost per completer); null when suppressed. */
    n: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()]),
    value: Type.Union([Type.Number(), Type.Null()]),
    suppressed: Type.Boolean(),
  },
  { additionalProperties: false },
);

const Table = Type.Object(
  {
    figure: Type.String({ maxLength: 60 }),
    detail: Type.Union([Type.String({ maxLength: 60 }), Type.Null()]),
    breakdown: Type.String({ maxLength: 60 }),
    cells: Type.Array(Cell, { maxItems: 500 }),
  },
  { additionalProperties: false },
);

/**
 * A node's outcome figures as its partners may see them: aggregates only, every cell under the sending
 * node's threshold suppressed before it left. Each message replaces the sender's previous one.
 */
export const RegionalFiguresV1 = defineEvent({
  service: 'outcomes',
  family: 'regional-figures',
  name: 'regional-figures',
  version: 1,
  exchange: true,
  description:
    "A node's outcome figures for its partners: every figure by every breakdown, small cells already suppressed by the sender, " +
    'no id of any person, enrolment or placement. Sent signed to each partner, daily and when an operator asks; the newest replaces the older.',
  schema: Type.Object(
    {
      municipality: MunicipalityId,
      asOf: Type.String({ format: 'date' }),
      publishedAt: Type.String({ format: 'date-time' }),
      minCell: Type.Integer({ minimum: 1 }),
      tables: Type.Array(Table, { maxItems: 2000 }),
    },
    { additionalProperties: false },
  ),
  example: {
    municipality: 'pl-zgorzelec',
    asOf: '2027-03-01',
    publishedAt: '2027-03-01T02:00:00.000Z',
    minCell: 5,
    tables: [
      {
        figure: 'enrolments',
        detail: null,
        breakdown: 'gender',
        cells: [
          { category: 'female', n: 12, value: 12, suppressed: false },
          { category: 'male', n: 9, value: 9, suppressed: false },
          { category: 'diverse', n: null, value: null, suppressed: true },
          { category: 'unknown', n: null, value: null, suppressed: true },
        ],
      },
    ],
  },
});
