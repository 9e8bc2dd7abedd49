import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import { AuditLog, CLOCK, type Clock, type Principal } from '@tandem/platform';
import { findReadableCredential, RECOGNITION } from '../credentials/credential-access';
import { CredentialEntity } from '../credentials/credential.entity';
import { CredentialView } from '../credentials/dto/credential.view';
import { NodeIssuer } from '../credentials/node-issuer';
import { CredentialShareEntity } from './credential-share.entity';
import type { ShareView } from './dto/share.dto';

const DAY_MS = 86_400_000;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Links the holder (through their caseworker) hands to an employer: they open one credential until they
 * expire or are withdrawn, without an account. Every opening is audited under the link's id.
 */
@Injectable()
export class ShareCredentials {
  constructor(
    private readonly dataSource: DataSource,
    private readonly issuer: NodeIssuer,
    private readonly audit: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async share(credentialId: string, days: number, actor: Principal): Promise<ShareView> {
    return this.dataSource.transaction(async (manager) => {
      const credential = await findReadableCredential(manager, credentialId, actor);
      if (credential.revokedAt) throw new ConflictException(`credential ${credentialId} is revoked: there is nothing to share`);
      const token = randomBytes(32).toString('base64url');
      const now = this.clock();
      const share = manager.create(CredentialShareEntity, {
        id: randomUUID(),
        credentialId,
        tokenHash: hashOf(token),
        expiresAt: new Date(now.getTime() + days * DAY_MS),
        createdBy: actor.subject,
        createdAt: now,
        withdrawnAt: null,
      });
      await manager.insert(CredentialShareEntity, share);
      await this.audit.record(manager, { actor, action: 'share', resourceType: 'credential', resourceId: credentialId, purpose: RECOGNITION });
      return { id: share.id, url: `${this.issuer.id}/shared-credentials/${token}`, expiresAt: share.expiresAt };
    });
  }

  async withdraw(credentialId: string, shareId: string, actor: Principal): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await findReadableCredential(manager, credentialId, actor);
      const withdrawn = await manager.update(CredentialShareEntity, { id: shareId, credentialId, withdrawnAt: IsNull() }, { withdrawnAt: this.clock() });
      if (!withdrawn.affected) throw new NotFoundException(`share ${shareId} not found`);
      await this.audit.record(manager, { actor, action: 'withdraw-share', resourceType: 'credential', resourceId: credentialId, purpose: RECOGNITION });
    });
  }

  /** The credential a live link opens; an unknown, expired or withdrawn link is simply not found. */
  async open(token: string): Promise<CredentialView> {
    const gone = new NotFoundException('this link has expired or was withdrawn; ask the holder for a new one');
    if (!TOKEN.test(token)) throw gone;
    return this.dataSource.transaction(async (manager) => {
      const now = this.clock();
      const share = await manager.findOneBy(CredentialShareEntity, { tokenHash: hashOf(token), withdrawnAt: IsNull(), expiresAt: MoreThan(now) });
      if (!share) throw gone;
      const credential = await manager.findOneByOrFail(CredentialEntity, { id: share.credentialId });
      const opener: Principal = { subject: `share:${share.id}`, municipality: this.issuer.municipality, roles: [] };
      await this.audit.record(manager, { actor: opener, action: 'open-shared', resourceType: 'credential', resourceId: credential.id, purpose: RECOGNITION });
      return CredentialView.of(credential, now);
    });
  }
}
