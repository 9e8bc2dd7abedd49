import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MessageSigner } from '@tandem/federation';
import { CLOCK, type Clock } from '@tandem/platform';
import { NodeIssuer } from '../credentials/node-issuer';
import { CREDENTIAL_JWS_HEADER, type StatusPurpose, statusListUrl, VC_V2_CONTEXT } from '../credentials/open-badge';
import { encodeStatusList } from './bitstring';

const SET_COLUMN: Record<StatusPurpose, string> = { revocation: 'revoked_at', suspension: 'suspended_at' };

/** This node's status lists, built from its credentials at each request so they are never behind. */
@Injectable()
export class StatusLists {
  constructor(
    private readonly dataSource: DataSource,
    private readonly signer: MessageSigner,
    private readonly issuer: NodeIssuer,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Whether one entry's bit is set, as the signed list would say, without building the whole list. */
  async isSet(purpose: StatusPurpose, index: number): Promise<boolean> {
    const rows = await this.dataSource.query(`SELECT 1 FROM credentials WHERE status_index = $1 AND ${SET_COLUMN[purpose]} IS NOT NULL`, [index]);
    return rows.length > 0;
  }

  /** The indexes whose bit is set: revoked, or suspended now. */
  private async setIndexes(purpose: StatusPurpose): Promise<number[]> {
    const rows = await this.dataSource.query<Array<{ status_index: number }>>(
      `SELECT status_index FROM credentials WHERE ${SET_COLUMN[purpose]} IS NOT NULL`,
    );
    return rows.map((row) => row.status_index);
  }

  /** The `BitstringStatusListCredential`, signed like the credentials that point to it. */
  async signedList(purpose: StatusPurpose): Promise<string> {
    const url = statusListUrl(this.issuer.id, purpose);
    const list = {
      '@context': [VC_V2_CONTEXT],
      id: url,
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: this.issuer.id,
      validFrom: this.clock().toISOString(),
      credentialSubject: { id: `${url}#list`, type: 'BitstringStatusList', statusPurpose: purpose, encodedList: encodeStatusList(await this.setIndexes(purpose)) },
    };
    return this.signer.signCompact(JSON.stringify(list), CREDENTIAL_JWS_HEADER);
  }
}
