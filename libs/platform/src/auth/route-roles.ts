import { ROLES_KEY } from './auth.decorators';

/** The roles each route of a controller names, by handler: its own @Roles, else the controller's (none: closed). */
export function routeRoles(controller: new (...args: never[]) => object): Record<string, string[]> {
  const prototype = controller.prototype as Record<string, unknown>;
  return Object.fromEntries(
    Object.getOwnPropertyNames(prototype)
      .filter((name) => name !== 'constructor')
      .map((name) => [name, (Reflect.getMetadata(ROLES_KEY, prototype[name] as object) ?? Reflect.getMetadata(ROLES_KEY, controller) ?? []) as string[]]),
  );
}
