import { randomUUID } from 'node:crypto';
import { ConflictException, Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog, CLOCK, type Clock, type Principal } from '@tandem/platform';
import { RECOGNITION } from '../credentials/credential-access';
import { CredentialDefinitionEntity } from './credential-definition.entity';
import type { CreateCredentialDefinitionDto } from './dto/credential-definition.dto';

@Injectable()
export class CreateDefinition {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(input: CreateCredentialDefinitionDto, actor: Principal): Promise<CredentialDefinitionEntity> {
    return this.dataSource.transaction(async (manager) => {
      const trainingId = input.trainingId ?? null;
      if (trainingId && (await manager.existsBy(CredentialDefinitionEntity, { kind: input.kind, trainingId }))) {
        throw new ConflictException(`the ${input.kind} ${trainingId} already has a credential definition`);
      }
      const definition = manager.create(CredentialDefinitionEntity, {
        creditHours: null,
        ecvetPoints: null,
        validityMonths: null,
        ...input,
        trainingId,
        id: randomUUID(),
        createdBy: actor.subject,
        createdAt: this.clock(),
      });
      await manager.insert(CredentialDefinitionEntity, definition);
      await this.audit.record(manager, { actor, action: 'create', resourceType: 'credential-definition', resourceId: definition.id, purpose: RECOGNITION });
      return definition;
    });
  }
}
