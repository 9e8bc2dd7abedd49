import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_CONTRACTS, renderEventCatalog } from '../libs/contracts/src';

// Rewrites docs/events.md from the contracts; a unit test fails while it is stale.
writeFileSync(join(__dirname, '..', 'docs', 'events.md'), renderEventCatalog(ALL_CONTRACTS));
