import { randomBytes } from 'node:crypto';
import type { NodeClient } from '@tandem/devkit';
import { expectStatus } from './referral-api';

/** An officer defines a micro-credential for a training module, under a code of its own; resolves with its id and code. */
export async function defineModuleCredential(officer: NodeClient, moduleId: string): Promise<{ id: string; code: string }> {
  const code = `WLD-PL-${randomBytes(3).toString('hex')}`;
  const definition = {
    kind: 'module',
    trainingId: moduleId,
    code,
    name: { en: 'Workshop safety', pl: 'Bezpieczeństwo w warsztacie' },
    description: { en: 'Safe work in a welding workshop.' },
    criteria: 'Passed a practical test.',
    eqfLevel: 3,
    skills: ['http://data.europa.eu/esco/skill/4c831013-9027-4ec6-83de-c5c19e68d083'],
    occupations: ['7212'],
    assessmentMethod: 'practical',
    creditHours: 40,
  };
  const { id } = expectStatus(await officer.post<{ id: string }>('/credential-definitions', definition), 201, 'defining a module credential');
  return { id, code };
}
