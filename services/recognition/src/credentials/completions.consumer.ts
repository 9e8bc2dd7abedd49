import { Controller, Logger } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import type { Static } from '@sinclair/typebox';
import { ModuleCompletedV1, TrainingCompletedV1 } from '@tandem/contracts';
import { InboxEventContext } from '@tandem/platform';
import { CredentialDefinitionEntity } from '../definitions/credential-definition.entity';
import { IssueCredential } from './issue-credential';

/** Training's completions issue the credentials defined for them; a module or program without a definition issues none. */
@Controller()
export class CompletionsConsumer {
  private readonly logger = new Logger(CompletionsConsumer.name);

  constructor(private readonly issueCredential: IssueCredential) {}

  @EventPattern(ModuleCompletedV1.type)
  async moduleCompleted(@Payload() data: Static<typeof ModuleCompletedV1.schema>, @Ctx() context: InboxEventContext): Promise<void> {
    await this.issue(context, 'module', data.moduleId, data.trainee);
  }

  @EventPattern(TrainingCompletedV1.type)
  async trainingCompleted(@Payload() data: Static<typeof TrainingCompletedV1.schema>, @Ctx() context: InboxEventContext): Promise<void> {
    await this.issue(context, 'program', data.programId, data.trainee);
  }

  private async issue(
    context: InboxEventContext,
    kind: 'module' | 'program',
    trainingId: string,
    trainee: Static<typeof ModuleCompletedV1.schema>['trainee'],
  ): Promise<void> {
    const definition = await context.manager.findOneBy(CredentialDefinitionEntity, { kind, trainingId });
    if (!definition) {
      this.logger.log(`no credential is defined for ${kind} ${trainingId}; nothing issued`);
      return;
    }
    await this.issueCredential.execute(context.manager, { definition, trainee, basis: 'completion', issuedBy: 'training-completion' });
  }
}
