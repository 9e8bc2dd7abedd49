import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { CurrentPrincipal, type Principal, Roles } from '@tandem/platform';
import { EvidenceView, UploadEvidenceDto, UploadEvidenceForm } from './dto/evidence.dto';
import { EVIDENCE_MEDIA_TYPES, FILE_EXTENSIONS, MAX_EVIDENCE_BYTES } from './evidence';
import { missingFile, withRuleErrors } from './profile-errors';
import { ReadEvidence } from './read-evidence';
import { UploadEvidence, type UploadedDocument } from './upload-evidence';

const uuid = new ParseUUIDPipe({ version: '4' });

interface HeaderSink {
  setHeader(name: string, value: string): unknown;
}

/** Multer stops reading past the limit and answers 413; only one file part is accepted. */
const upload = FileInterceptor('file', { limits: { fileSize: MAX_EVIDENCE_BYTES, files: 1, fields: 10, fieldSize: 1024 } });

@ApiTags('participant profile')
@ApiBearerAuth()
@ApiNotFoundResponse({ description: 'No participant of this node that the caller may reach, or no such document' })
@Roles('caseworker', 'admin')
@Controller('participants')
export class EvidenceController {
  constructor(
    private readonly uploadEvidence: UploadEvidence,
    private readonly readEvidence: ReadEvidence,
  ) {}

  @Post(':id/evidence')
  @UseInterceptors(upload)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadEvidenceForm })
  @ApiCreatedResponse({ type: EvidenceView })
  @ApiBadRequestResponse({ description: 'Invalid fields or no file; `fields` names each. Nothing was written.' })
  @ApiPayloadTooLargeResponse({ description: `The file is larger than ${MAX_EVIDENCE_BYTES} bytes. Nothing was written.` })
  @ApiUnsupportedMediaTypeResponse({ description: 'The bytes are not a PDF, PNG or JPEG. Nothing was written.' })
  async upload(
    @Param('id', uuid) id: string,
    @Body() body: UploadEvidenceDto,
    @UploadedFile() file: UploadedDocument | undefined,
    @CurrentPrincipal() actor: Principal,
  ): Promise<EvidenceView> {
    if (!file) throw missingFile();
    return EvidenceView.of(await withRuleErrors(() => this.uploadEvidence.execute(id, body, file, actor)));
  }

  @Get(':id/evidence')
  @ApiOkResponse({ type: [EvidenceView], description: 'Metadata of every document, oldest first' })
  async list(@Param('id', uuid) id: string, @CurrentPrincipal() actor: Principal): Promise<EvidenceView[]> {
    return (await this.readEvidence.list(id, actor)).map(EvidenceView.of);
  }

  @Get(':id/evidence/:evidenceId/content')
  @ApiProduces(...EVIDENCE_MEDIA_TYPES)
  @ApiOkResponse({ description: 'The stored bytes, with the media type detected at upload' })
  async content(
    @Param('id', uuid) id: string,
    @Param('evidenceId', uuid) evidenceId: string,
    @CurrentPrincipal() actor: Principal,
    @Res({ passthrough: true }) response: HeaderSink,
  ): Promise<StreamableFile> {
    const document = await this.readEvidence.content(id, evidenceId, actor);
    // Personal documents: never cached, never reinterpreted by the browser, downloaded not rendered.
    response.setHeader('Cache-Control', 'no-store');
    response.setHeader('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(document.content, {
      type: document.mediaType,
      length: document.sizeBytes,
      disposition: `attachment; filename="evidence-${document.id}.${FILE_EXTENSIONS[document.mediaType]}"`,
    });
  }
}
