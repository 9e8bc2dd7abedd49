import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-client';
import type { Resource } from '../api/use-resource';

/** Loading and error states of a resource, then `children` with its data. */
export function LoadState<T>({ resource, children }: { resource: Resource<T>; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  if (resource.error) {
    const notFound = resource.error instanceof ApiError && resource.error.status === 404;
    return <p role="alert">{notFound ? t('common.notFound') : t('common.loadFailed', { message: resource.error.message })}</p>;
  }
  if (resource.data === undefined) return <p role="status">{t('common.loading')}</p>;
  return children(resource.data);
}
