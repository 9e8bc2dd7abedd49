import { Body, Controller, Delete, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiExtraModels, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Public, Roles } from '@tandem/platform';
import { CredentialView } from '../credentials/dto/credential.view';
import { credentialPage } from './credential-page';
import { credentialPdf } from './credential-pdf';
import { credentialSheet } from './credential-sheet';
import { ShareCredentialDto, ShareView } from './dto/share.dto';
import { ShareCredentials } from './share-credentials';

const uuid = new ParseUUIDPipe({ version: '4' });

interface PageSink {
  type(contentType: string): unknown;
  setHeader(name: string, value: string): unknown;
}

@ApiTags('credentials')
@Controller()
export class SharingController {
  constructor(private readonly shares: ShareCredentials) {}

  @Post('credentials/:id/shares')
  @ApiBearerAuth()
  @Roles('recognition_officer', 'caseworker', 'admin')
  @ApiCreatedResponse({ type: ShareView, description: 'A link that opens the credential without an account until it expires' })
  @ApiNotFoundResponse()
  @ApiConflictResponse({ description: 'The credential is revoked.' })
  share(@Param('id', uuid) id: string, @Body() body: ShareCredentialDto, @CurrentPrincipal() actor: Principal): Promise<ShareView> {
    return this.shares.share(id, body.days, actor);
  }

  @Delete('credentials/:id/shares/:shareId')
  @HttpCode(204)
  @ApiBearerAuth()
  @Roles('recognition_officer', 'caseworker', 'admin')
  @ApiNoContentResponse({ description: 'The link opens nothing any more.' })
  @ApiNotFoundResponse()
  async withdraw(@Param('id', uuid) id: string, @Param('shareId', uuid) shareId: string, @CurrentPrincipal() actor: Principal): Promise<void> {
    await this.shares.withdraw(id, shareId, actor);
  }

  /**
   * One resource in three formats, chosen by `Accept`: a printable page by default, `application/json` for the
   * credential and its JWS to verify, `application/pdf` for paper.
   */
  @Get('shared-credentials/:token')
  @Public()
  @ApiExtraModels(CredentialView)
  @ApiOkResponse({
    description: 'HTML by default; JSON or PDF as `Accept` asks',
    content: {
      'text/html': { schema: { type: 'string' } },
      'application/json': { schema: { $ref: getSchemaPath(CredentialView) } },
      'application/pdf': { schema: { type: 'string', format: 'binary' } },
    },
  })
  @ApiNotFoundResponse({ description: 'Unknown, expired or withdrawn link.' })
  async open(@Param('token') token: string, @Headers('accept') accept: string | undefined, @Res({ passthrough: true }) response: PageSink): Promise<CredentialView | StreamableFile | string> {
    const view = await this.opened(token, response);
    if (accept?.includes('application/json')) return view;
    if (accept?.includes('application/pdf')) return pdfOf(view);
    response.type('text/html');
    return credentialPage(credentialSheet(view.credential, view.jws, view.state));
  }

  /** The PDF as a plain link, for a browser that cannot be told to send `Accept: application/pdf`. */
  @Get('shared-credentials/:token/pdf')
  @Public()
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The credential as a PDF, with the same content as the printable page', schema: { type: 'string', format: 'binary' } })
  @ApiNotFoundResponse({ description: 'Unknown, expired or withdrawn link.' })
  async openPdf(@Param('token') token: string, @Res({ passthrough: true }) response: PageSink): Promise<StreamableFile> {
    return pdfOf(await this.opened(token, response));
  }

  /** Every format opens through here: one audited opening, and nothing cached or leaked by referrer. */
  private async opened(token: string, response: PageSink): Promise<CredentialView> {
    const view = await this.shares.open(token);
    response.setHeader('Cache-Control', 'no-store');
    response.setHeader('Referrer-Policy', 'no-referrer');
    return view;
  }
}

async function pdfOf(view: CredentialView): Promise<StreamableFile> {
  return new StreamableFile(await credentialPdf(view), { type: 'application/pdf', disposition: 'inline; filename="credential.pdf"' });
}
