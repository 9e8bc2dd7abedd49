/** Nearest-rank percentile of `values` (need not be sorted); undefined for none. */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function roundedMs(value: number | undefined): number | null {
  return value === undefined ? null : Math.round(value);
}

/** "p50 12 ms, p90 30 ms, p99 55 ms, max 80 ms" for progress lines. */
export function describeLatencies(values: readonly number[]): string {
  if (values.length === 0) return 'none';
  const parts = [50, 90, 99].map((p) => `p${p} ${roundedMs(percentile(values, p))} ms`);
  return `${parts.join(', ')}, max ${roundedMs(Math.max(...values))} ms`;
}

/** Runs `work` over `items` with at most `limit` at a time; results keep the items' order. */
export async function mapConcurrent<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
