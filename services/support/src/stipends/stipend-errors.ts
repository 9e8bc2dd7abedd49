/** The entitlement or the month does not allow a stipend calculation now. */
export class StipendStateError extends Error {
  override readonly name = 'StipendStateError';
}
