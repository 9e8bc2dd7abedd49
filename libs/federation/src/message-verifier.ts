import type { KafkaRecord } from '@tandem/contracts';
import { base64url, compactVerify, decodeProtectedHeader, importJWK, type KeyLike } from 'jose';
import { type Federation, UnknownMunicipalityError } from './federation';
import { MessageRejectedError } from './message-rejected-error';
import { SIGNING_ALGORITHM } from './node-keys';
import {
  coveredHeaders,
  DESTINATION_HEADER,
  SENDER_HEADER,
  SIGNATURE_HEADER,
  SIGNATURE_TYPE,
  signingInput,
  UnparsableDataError,
} from './signed-content';

/** A message whose sender, destination, key, covered headers and data the signature vouches for. */
export interface VerifiedMessage {
  sender: string;
  destination: string;
  keyId: string;
  /** Key, value and only the headers the signature covers: nothing unverified gets through. */
  record: KafkaRecord;
  /** The exact data that was verified; apply this rather than parsing the value again. */
  data: unknown;
}

const DETACHED_COMPACT_JWS = /^[A-Za-z0-9_-]+\.\.[A-Za-z0-9_-]+$/;

/**
 * Checks cross-border records arriving at one node's inbox against the federation file. A record
 * is returned only if a key the file lists for its sender signed exactly this content for this node.
 */
export class MessageVerifier {
  private readonly keys = new Map<string, Promise<KeyLike | Uint8Array>>();

  constructor(
    private readonly federation: Federation,
    readonly municipality: string,
  ) {
    if (!federation.has(municipality)) throw new UnknownMunicipalityError(municipality);
  }

  /** Throws MessageRejectedError with the reason; never returns an unverified message. */
  async verify(record: KafkaRecord): Promise<VerifiedMessage> {
    const { sender, destination, signature } = signatureHeaders(record.headers);
    if (!this.federation.has(sender)) {
      throw new MessageRejectedError('unknown-sender', `sender ${sender} is not in the federation file`);
    }
    const keyId = acceptableKeyId(signature);
    const key = await this.publicKey(sender, keyId);
    const { bytes, data } = contentOf(record, sender, destination);
    await verifyDetached(signature, bytes, key, sender);
    // Checked after the signature, so this reason means an authentic message reached the wrong inbox.
    if (destination !== this.municipality) {
      const misrouted = `message from ${sender} is addressed to ${destination}, not ${this.municipality}`;
      throw new MessageRejectedError('wrong-destination', misrouted);
    }
    const headers = { ...coveredHeaders(record.headers), [SENDER_HEADER]: sender, [DESTINATION_HEADER]: destination };
    return { sender, destination, keyId, record: { key: record.key, value: record.value, headers }, data };
  }

  private publicKey(sender: string, keyId: string): Promise<KeyLike | Uint8Array> {
    const jwk = this.federation.publicKeys(sender).find((key) => key.kid === keyId);
    if (!jwk) {
      const reason = `kid ${keyId} is not among ${sender}'s keys in the federation file`;
      return Promise.reject(new MessageRejectedError('bad-signature', reason));
    }
    const cacheKey = `${sender}\u0000${keyId}`;
    let key = this.keys.get(cacheKey);
    if (!key) {
      key = importJWK(jwk, SIGNING_ALGORITHM).catch((error: Error) => {
        throw new MessageRejectedError('bad-signature', `${sender}'s key ${keyId} cannot be used: ${error.message}`);
      });
      this.keys.set(cacheKey, key);
    }
    return key;
  }
}

function signatureHeaders(headers: Record<string, string>): { sender: string; destination: string; signature: string } {
  const signature = headers[SIGNATURE_HEADER];
  if (!signature) {
    const missing = `no ${SIGNATURE_HEADER} header: cross-border messages must be signed by their sender`;
    throw new MessageRejectedError('unsigned', missing);
  }
  const sender = headers[SENDER_HEADER];
  const destination = headers[DESTINATION_HEADER];
  if (!sender || !destination) {
    const missing = `a signed message needs both ${SENDER_HEADER} and ${DESTINATION_HEADER} headers`;
    throw new MessageRejectedError('malformed', missing);
  }
  return { sender, destination, signature };
}

/** Only our own signature type with EdDSA is acceptable; anything else (alg none, HS256, a JWT) is refused. */
function acceptableKeyId(signature: string): string {
  if (!DETACHED_COMPACT_JWS.test(signature)) {
    throw new MessageRejectedError('malformed', `${SIGNATURE_HEADER} is not a detached compact JWS`);
  }
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(signature);
  } catch (error) {
    const unreadable = `${SIGNATURE_HEADER} has an unreadable header: ${(error as Error).message}`;
    throw new MessageRejectedError('malformed', unreadable);
  }
  if (header.alg !== SIGNING_ALGORITHM || header.typ !== SIGNATURE_TYPE || typeof header.kid !== 'string') {
    const found = JSON.stringify({ alg: header.alg, typ: header.typ, kid: header.kid });
    const expected = `alg ${SIGNING_ALGORITHM}, typ ${SIGNATURE_TYPE} and a kid`;
    throw new MessageRejectedError('bad-signature', `signature header must have ${expected}; got ${found}`);
  }
  return header.kid;
}

function contentOf(record: KafkaRecord, sender: string, destination: string): ReturnType<typeof signingInput> {
  try {
    return signingInput(record, sender, destination);
  } catch (error) {
    if (error instanceof UnparsableDataError) throw new MessageRejectedError('malformed', error.message);
    throw error;
  }
}

/** The payload travels as the record itself; it is re-attached here, in the canonical form it was signed in. */
async function verifyDetached(signature: string, payload: Uint8Array, key: KeyLike | Uint8Array, sender: string): Promise<void> {
  const [protectedHeader, , signatureValue] = signature.split('.');
  const attached = `${protectedHeader}.${base64url.encode(payload)}.${signatureValue}`;
  try {
    await compactVerify(attached, key, { algorithms: [SIGNING_ALGORITHM] });
  } catch (error) {
    const failure = `signature does not verify with ${sender}'s key: ${(error as Error).message}`;
    throw new MessageRejectedError('bad-signature', failure);
  }
}
