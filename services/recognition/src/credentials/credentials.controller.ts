import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Roles } from '@tandem/platform';
import { IssueCredentialDto, ParticipantQueryDto, RevokeCredentialDto } from './dto/credential.dto';
import { CredentialView, HolderCredentialsView } from './dto/credential.view';
import { ManageCredentials } from './manage-credentials';

const uuid = new ParseUUIDPipe({ version: '4' });
const OFFICERS = ['recognition_officer'] as const;

@ApiTags('credentials')
@ApiBearerAuth()
@ApiBadRequestResponse({ description: 'Invalid input; `fields` names each wrong field. Nothing was written.' })
@Controller('credentials')
export class CredentialsController {
  constructor(private readonly credentials: ManageCredentials) {}

  @Post()
  @Roles(...OFFICERS)
  @ApiCreatedResponse({ type: CredentialView, description: 'Signed and recorded; CredentialIssued announced.' })
  @ApiNotFoundResponse({ description: 'No such definition, or no such participant of this node.' })
  @ApiConflictResponse({ description: 'The participant already holds a live credential of this definition.' })
  issue(@Body() body: IssueCredentialDto, @CurrentPrincipal() actor: Principal): Promise<CredentialView> {
    return this.credentials.issue(body.definitionId, body.participantId, actor);
  }

  @Get()
  @Roles('recognition_officer', 'caseworker', 'admin')
  @ApiOkResponse({ type: HolderCredentialsView, description: "A participant's credentials and holder code, for their caseworker and officers." })
  @ApiNotFoundResponse()
  forParticipant(@Query() query: ParticipantQueryDto, @CurrentPrincipal() actor: Principal): Promise<HolderCredentialsView> {
    return this.credentials.forParticipant(query.participantId, actor);
  }

  @Get(':id')
  @Roles('recognition_officer', 'caseworker', 'admin')
  @ApiOkResponse({ type: CredentialView })
  @ApiNotFoundResponse()
  one(@Param('id', uuid) id: string, @CurrentPrincipal() actor: Principal): Promise<CredentialView> {
    return this.credentials.one(id, actor);
  }

  @Post(':id/revocation')
  @HttpCode(200)
  @Roles(...OFFICERS)
  @ApiOkResponse({ type: CredentialView, description: 'Revoked for good; its bit in the revocation list is set.' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'Already revoked.' })
  revoke(@Param('id', uuid) id: string, @Body() body: RevokeCredentialDto, @CurrentPrincipal() actor: Principal): Promise<CredentialView> {
    return this.credentials.revoke(id, body.reason, actor);
  }

  @Post(':id/suspension')
  @HttpCode(200)
  @Roles(...OFFICERS)
  @ApiOkResponse({ type: CredentialView })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'Revoked, or already suspended.' })
  suspend(@Param('id', uuid) id: string, @CurrentPrincipal() actor: Principal): Promise<CredentialView> {
    return this.credentials.setSuspended(id, true, actor);
  }

  @Post(':id/reinstatement')
  @HttpCode(200)
  @Roles(...OFFICERS)
  @ApiOkResponse({ type: CredentialView, description: 'A suspension lifted.' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'Revoked, or not suspended.' })
  reinstate(@Param('id', uuid) id: string, @CurrentPrincipal() actor: Principal): Promise<CredentialView> {
    return this.credentials.setSuspended(id, false, actor);
  }
}
