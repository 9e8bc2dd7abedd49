import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_CONTRACTS, renderEventCatalog } from './index';

describe('docs/events.md', () => {
  it('matches the contracts (run `npm run docs:events` after changing one)', () => {
    const committed = readFileSync(join(__dirname, '../../../docs/events.md'), 'utf8');
    expect(committed).toBe(renderEventCatalog(ALL_CONTRACTS));
  });
});
