/**
 * One sample's value from a Prometheus text exposition: the first line of metric `name` whose label
 * text contains `labels` (e.g. `inbox="exchange-inbox"`); undefined when there is none.
 */
export function metricSample(text: string, name: string, labels = ''): number | undefined {
  const line = text.split('\n').find((candidate) => (candidate.startsWith(`${name}{`) || candidate.startsWith(`${name} `)) && candidate.includes(labels));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}
