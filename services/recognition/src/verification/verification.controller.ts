import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { LimitedPerAddress, Public } from '@tandem/platform';
import { VerifyCredentialDto } from './dto/verify.dto';
import { RecognisedHere } from './recognised-here';
import { VerificationReport } from './verification-report';
import { VerifyCredential } from './verify-credential';

/** Anyone may verify, without an account: an employer, a school, the holder. Limited per client address. */
@ApiTags('verification')
@Public()
@LimitedPerAddress('RECOGNITION_VERIFY_LIMIT_PER_MINUTE')
@Controller('verifications')
export class VerificationController {
  constructor(
    private readonly verifyCredential: VerifyCredential,
    private readonly recognisedHere: RecognisedHere,
  ) {}

  @Post()
  @HttpCode(200)
  @ApiOkResponse({ type: VerificationReport, description: 'A report for anything given, however broken; `verdict` says whether to trust it.' })
  @ApiTooManyRequestsResponse({ description: 'Too many verifications from this address; try again in a minute.' })
  async verify(@Body() body: VerifyCredentialDto): Promise<VerificationReport> {
    // A compact JWS holds no whitespace: one copied from a printed page or a PDF, line breaks and all, is the same credential.
    const report = await this.verifyCredential.execute(body.credential.replace(/\s+/g, ''), body.holderCode);
    const recognised = report.verdict === 'valid' ? await this.recognisedHere.of(report) : undefined;
    return recognised ? Object.assign(report, { recognisedHere: recognised }) : report;
  }
}
