import 'reflect-metadata';
import { routeRoles } from '@tandem/platform';
import { SupportTypesController } from './catalog/support-types.controller';

describe('who reads the support catalog', () => {
  it.each([SupportTypesController])('lets no integrator token call any route of %p, while caseworkers read', (controller) => {
    const roles = routeRoles(controller);
    expect(Object.entries(roles).filter(([, allowed]) => allowed.includes('integrator'))).toEqual([]);
    expect(Object.values(roles).some((allowed) => allowed.includes('caseworker'))).toBe(true);
  });
});
