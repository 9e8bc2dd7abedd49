import { type Static, Type } from '@sinclair/typebox';
import { MunicipalityId } from '@tandem/contracts';

/**
 * A node's public Ed25519 signing key as a JWK. Closed to extra members, so a private part or a
 * typo never slips into the trust file; a private `d` is refused earlier with its own message.
 */
export const PublicSigningJwkSchema = Type.Object(
  {
    kty: Type.Literal('OKP'),
    crv: Type.Literal('Ed25519'),
    // 32 bytes, base64url without padding.
    x: Type.String({ pattern: '^[A-Za-z0-9_-]{43}$' }),
    kid: Type.String({ minLength: 1, maxLength: 128 }),
    alg: Type.Literal('EdDSA'),
    use: Type.Literal('sig'),
  },
  { additionalProperties: false },
);
export type PublicSigningJwk = Static<typeof PublicSigningJwkSchema>;

export const MunicipalitySchema = Type.Object(
  {
    id: MunicipalityId,
    country: Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2' }),
    displayName: Type.String({ minLength: 1, maxLength: 200 }),
    languages: Type.Array(Type.String({ pattern: '^[a-z]{2,3}$', description: 'ISO 639' }), {
      minItems: 1,
      uniqueItems: true,
    }),
    inboxTopic: Type.String({ minLength: 1 }),
    url: Type.Optional(
      Type.String({
        pattern: '^https?://[^\\s/?#]+(/[^\\s?#]*)?$',
        maxLength: 300,
        description: "The node's public URL: the issuer id of its credentials, where its recognition service serves status lists",
      }),
    ),
    jwks: Type.Object(
      { keys: Type.Array(PublicSigningJwkSchema, { minItems: 1 }) },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
export type Municipality = Static<typeof MunicipalitySchema>;

export const FEDERATION_FILE_VERSION = 1;

export const FederationFileSchema = Type.Object(
  {
    version: Type.Literal(FEDERATION_FILE_VERSION),
    municipalities: Type.Array(MunicipalitySchema, { minItems: 1 }),
  },
  { additionalProperties: false },
);
export type FederationFile = Static<typeof FederationFileSchema>;

/** The one inbox a municipality reads cross-border messages from. */
export function inboxTopicOf(municipality: string): string {
  return `xb.${municipality}.inbox.v1`;
}
