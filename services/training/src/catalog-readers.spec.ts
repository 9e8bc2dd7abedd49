import 'reflect-metadata';
import { routeRoles } from '@tandem/platform';
import { ModulesController } from './catalog/modules.controller';
import { ProgramsController } from './catalog/programs.controller';
import { CohortsController } from './cohorts/cohorts.controller';

describe('who reads the training catalog', () => {
  it.each([ModulesController, ProgramsController, CohortsController])('lets no integrator token call any route of %p, while caseworkers read', (controller) => {
    const roles = routeRoles(controller);
    expect(Object.entries(roles).filter(([, allowed]) => allowed.includes('integrator'))).toEqual([]);
    expect(Object.values(roles).some((allowed) => allowed.includes('caseworker'))).toBe(true);
  });
});
