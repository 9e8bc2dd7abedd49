import type { KafkaRecord } from '@tandem/contracts';
import { CompactSign, importJWK, type JWK, type KeyLike } from 'jose';
import type { Federation } from './federation';
import {
  asPrivateSigningJwk,
  InvalidSigningKeyError,
  type PrivateSigningJwk,
  readPrivateJwk,
  SIGNING_ALGORITHM,
} from './node-keys';
import { DESTINATION_HEADER, SENDER_HEADER, SIGNATURE_HEADER, SIGNATURE_TYPE, signingInput } from './signed-content';

export interface MessageSignerOptions {
  /** The sending node's municipality id, e.g. `de-goerlitz`. */
  municipality: string;
  /** Path to the node's private JWK file, or the JWK itself. */
  privateKey: string | JWK;
  /** When given, the signer refuses to start unless its key is listed for its municipality. */
  federation?: Federation;
}

/** Signs a node's outgoing cross-border records so the destination can prove who sent them, unaltered. */
export class MessageSigner {
  private constructor(
    readonly municipality: string,
    readonly keyId: string,
    private readonly key: KeyLike | Uint8Array,
  ) {}

  static async create(options: MessageSignerOptions): Promise<MessageSigner> {
    const jwk =
      typeof options.privateKey === 'string'
        ? await readPrivateJwk(options.privateKey)
        : asPrivateSigningJwk(options.privateKey, 'the private key');
    if (options.federation) assertListed(options.federation, options.municipality, jwk);
    return new MessageSigner(options.municipality, jwk.kid, await importJWK(jwk, SIGNING_ALGORITHM));
  }

  /** A compact JWS over `payload` with this node's key, e.g. a credential (`typ: vc+jwt`) the node issues. */
  signCompact(payload: string, header: { typ: string; cty?: string }): Promise<string> {
    return new CompactSign(new TextEncoder().encode(payload)).setProtectedHeader({ alg: SIGNING_ALGORITHM, kid: this.keyId, ...header }).sign(this.key);
  }

  /**
   * The record with `xb_sender`, `xb_destination` and a detached JWS in `xb_signature` that covers
   * sender, destination, key, every ce_* header, traceparent and the data. Other headers stay as they
   * are and are not covered.
   */
  async sign(record: KafkaRecord, destination: string): Promise<KafkaRecord> {
    const headers: Record<string, string> = { ...record.headers };
    delete headers[SIGNATURE_HEADER];
    headers[SENDER_HEADER] = this.municipality;
    headers[DESTINATION_HEADER] = destination;
    const { bytes } = signingInput(record, this.municipality, destination);
    const jws = await new CompactSign(bytes)
      .setProtectedHeader({ alg: SIGNING_ALGORITHM, kid: this.keyId, typ: SIGNATURE_TYPE })
      .sign(this.key);
    const [protectedHeader, , signature] = jws.split('.');
    headers[SIGNATURE_HEADER] = `${protectedHeader}..${signature}`;
    return { key: record.key, value: record.value, headers };
  }
}

/** A node whose key is missing from the federation file would have every message rejected: fail at start. */
function assertListed(federation: Federation, municipality: string, jwk: PrivateSigningJwk): void {
  if (!federation.has(municipality)) {
    throw new InvalidSigningKeyError(`municipality ${municipality} is not in the federation file`);
  }
  const listed = federation.publicKeys(municipality).find((key) => key.kid === jwk.kid);
  if (!listed || listed.x !== jwk.x) {
    throw new InvalidSigningKeyError(
      `the private key (kid ${jwk.kid}) is not listed for ${municipality} in the federation file; add its public part first`,
    );
  }
}
