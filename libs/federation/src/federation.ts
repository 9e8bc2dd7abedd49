import type { Municipality, PublicSigningJwk } from './federation-schema';

export class UnknownMunicipalityError extends Error {
  override readonly name = 'UnknownMunicipalityError';
  constructor(readonly municipality: string) {
    super(`municipality ${municipality} is not in the federation file`);
  }
}

/** The municipalities a node trusts, as read from a validated federation file. Immutable. */
export class Federation {
  private readonly byId: ReadonlyMap<string, Municipality>;

  /** Use loadFederation(): it guarantees the entries are valid, unique and hold public keys only. */
  constructor(
    readonly version: number,
    municipalities: readonly Municipality[],
  ) {
    this.byId = new Map(municipalities.map((entry) => [entry.id, structuredClone(entry)]));
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  municipality(id: string): Municipality {
    const entry = this.byId.get(id);
    if (!entry) throw new UnknownMunicipalityError(id);
    return structuredClone(entry);
  }

  municipalities(): Municipality[] {
    return [...this.byId.values()].map((entry) => structuredClone(entry));
  }

  inboxTopic(id: string): string {
    return this.municipality(id).inboxTopic;
  }

  /** Every key the municipality may sign with; several while a key is being rotated. */
  publicKeys(id: string): PublicSigningJwk[] {
    return this.municipality(id).jwks.keys;
  }
}
