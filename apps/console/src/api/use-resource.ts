import { useCallback, useEffect, useRef, useState } from 'react';

export interface Resource<T> {
  data?: T;
  error?: Error;
  loading: boolean;
  reload(): void;
}

interface Loaded<T> {
  key: string;
  generation: number;
  data?: T;
  error?: Error;
}

/**
 * Loads once per `key`, and again on reload() while showing what it had. An answer for an old key
 * never overwrites a newer one, and data of another key is never shown.
 */
export function useResource<T>(key: string, load: () => Promise<T>): Resource<T> {
  const latest = useRef(load);
  const [generation, setGeneration] = useState(0);
  const [loaded, setLoaded] = useState<Loaded<T>>();

  useEffect(() => {
    latest.current = load;
  });

  useEffect(() => {
    let current = true;
    latest.current().then(
      (data) => current && setLoaded({ key, generation, data }),
      (error: unknown) => current && setLoaded({ key, generation, error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      current = false;
    };
  }, [key, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  const mine = loaded?.key === key ? loaded : undefined;
  return { data: mine?.data, error: mine?.error, loading: mine?.generation !== generation, reload };
}
