import { useMemo } from 'react';
import { useSession } from '../auth/auth-context';
import { type Api, createApi } from './api-client';

export function useApi(): Api {
  const { accessToken } = useSession();
  return useMemo(() => createApi(accessToken), [accessToken]);
}
