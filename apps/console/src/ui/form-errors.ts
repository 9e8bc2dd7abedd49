import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-client';

/** A failed save: the general message, and per field what the service said was wrong. */
export interface SaveError {
  message: string;
  fields: Record<string, string[]>;
}

export function useSaveError(): (error: unknown) => SaveError {
  const { t } = useTranslation();
  return (error) => {
    if (error instanceof ApiError && Object.keys(error.fields).length > 0) return { message: t('common.fieldErrors'), fields: error.fields };
    return { message: t('common.saveFailed', { message: error instanceof Error ? error.message : String(error) }), fields: {} };
  };
}

/** Props that tie an input to its error message, for assistive technology. */
export function describedBy(error: SaveError | undefined, field: string, id: string) {
  const wrong = error?.fields[field];
  return wrong ? { 'aria-invalid': true, 'aria-describedby': `${id}-error` } : {};
}
