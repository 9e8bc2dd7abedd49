import { BadRequestException, Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Roles } from '@tandem/platform';
import { ConsentView, ParticipantView } from './dto/participant.view';
import { GrantConsentDto } from './dto/grant-consent.dto';
import { RegisterParticipantDto } from './dto/register-participant.dto';
import { GrantConsent } from './grant-consent';
import { BirthDateInFutureError } from './participant';
import { ReadParticipant } from './read-participant';
import { RegisterParticipant } from './register-participant';
import { WithdrawConsent } from './withdraw-consent';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('participants')
@ApiBearerAuth()
@ApiBadRequestResponse({ description: 'Invalid input; `fields` names each wrong field. Nothing was written.' })
@Roles('caseworker', 'admin')
@Controller('participants')
export class ParticipantsController {
  constructor(
    private readonly registerParticipant: RegisterParticipant,
    private readonly readParticipant: ReadParticipant,
    private readonly grantConsent: GrantConsent,
    private readonly withdrawConsent: WithdrawConsent,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: ParticipantView })
  @ApiPayloadTooLargeResponse()
  async register(@Body() body: RegisterParticipantDto, @CurrentPrincipal() actor: Principal): Promise<ParticipantView> {
    try {
      return ParticipantView.of(await this.registerParticipant.execute(body, actor), []);
    } catch (error) {
      if (error instanceof BirthDateInFutureError) {
        throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'invalid input', fields: { dateOfBirth: [error.message] } });
      }
      throw error;
    }
  }

  @Get(':id')
  @ApiOkResponse({ type: ParticipantView })
  @ApiNotFoundResponse()
  read(@Param('id', uuid) id: string, @CurrentPrincipal() actor: Principal): Promise<ParticipantView> {
    return this.readParticipant.execute(id, actor);
  }

  @Post(':id/consents')
  @ApiCreatedResponse({ type: ConsentView })
  @ApiNotFoundResponse()
  async grant(
    @Param('id', uuid) id: string,
    @Body() body: GrantConsentDto,
    @CurrentPrincipal() actor: Principal,
  ): Promise<ConsentView> {
    return ConsentView.of(await this.grantConsent.execute(id, body, actor));
  }

  @Post(':id/consents/:consentId/withdrawal')
  @HttpCode(200)
  @ApiOkResponse({ type: ConsentView })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The consent was already withdrawn.' })
  async withdraw(
    @Param('id', uuid) id: string,
    @Param('consentId', uuid) consentId: string,
    @CurrentPrincipal() actor: Principal,
  ): Promise<ConsentView> {
    return ConsentView.of(await this.withdrawConsent.execute(id, consentId, actor));
  }
}
