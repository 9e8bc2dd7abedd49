import type { SupportType } from '@tandem/contracts';
import type { SupportUnit } from './support-rules';

/** Only a stipend paid by the month depends on attendance: the month's rate is what prices it. */
export function takesAttendanceRule(kind: SupportType, unit: SupportUnit): boolean {
  return kind === 'stipend' && unit === 'month';
}
