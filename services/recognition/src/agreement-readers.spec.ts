import 'reflect-metadata';
import { ROLES_KEY } from '@tandem/platform';
import { AgreementsController } from './agreements/agreements.controller';

/** The roles each route of a controller names: its own @Roles, else the controller's. */
function routeRoles(controller: new (...args: never[]) => object): Record<string, string[]> {
  const prototype = controller.prototype as Record<string, unknown>;
  return Object.fromEntries(
    Object.getOwnPropertyNames(prototype)
      .filter((name) => name !== 'constructor')
      .map((name) => [name, (Reflect.getMetadata(ROLES_KEY, prototype[name] as object) ?? Reflect.getMetadata(ROLES_KEY, controller) ?? []) as string[]]),
  );
}

describe('who reads recognition agreements', () => {
  it.each([AgreementsController])('lets no integrator token call any route of %p, while caseworkers read', (controller) => {
    const roles = routeRoles(controller);
    expect(Object.entries(roles).filter(([, allowed]) => allowed.includes('integrator'))).toEqual([]);
    expect(Object.values(roles).some((allowed) => allowed.includes('caseworker'))).toBe(true);
  });
});
