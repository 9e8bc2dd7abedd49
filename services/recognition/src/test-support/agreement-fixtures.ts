import { randomUUID } from 'node:crypto';

export const today = () => new Date().toISOString().slice(0, 10);

/** An agreement of its own key whose one rule recognises the Polish qualification `code` as a German welder's. */
export function agreementBody(code: string, overrides: object = {}) {
  return {
    agreementKey: `pl-de-${randomUUID().slice(0, 8)}`,
    name: 'Polish-German agreement on welding qualifications',
    parties: ['PL', 'DE'],
    effectiveFrom: '2020-01-01',
    effectiveTo: null,
    scope: { occupations: ['7212'], eqfLevels: [] },
    rules: [
      {
        source: { kind: 'qualification', country: 'PL', code },
        target: { name: 'Schweißer/in (MAG)', occupation: '7212', eqfLevel: 3 },
        outcome: 'conditional',
        conditions: { modules: ['DE-SAFE-01'], language: { code: 'de', cefr: 'B1' } },
      },
    ],
    ...overrides,
  };
}
