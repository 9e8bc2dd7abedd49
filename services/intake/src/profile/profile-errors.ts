import { BadRequestException, UnsupportedMediaTypeException } from '@nestjs/common';
import { IssuedInFutureError, UnsupportedEvidenceTypeError } from './evidence';
import { ProfileRuleError } from './profile';

function invalid(fields: Record<string, string[]>): BadRequestException {
  return new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'invalid input', fields });
}

/** Runs `work`, answering a broken profile rule the way the validation pipe answers a malformed field. */
export async function withRuleErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ProfileRuleError) throw invalid(error.fields);
    if (error instanceof IssuedInFutureError) throw invalid({ issuedOn: [error.message] });
    if (error instanceof UnsupportedEvidenceTypeError) throw new UnsupportedMediaTypeException(error.message);
    throw error;
  }
}

export function missingFile(): BadRequestException {
  return invalid({ file: ['file is required: a PDF, PNG or JPEG document in the multipart part named file'] });
}
