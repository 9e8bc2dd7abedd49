import type { IncomingMessage } from 'node:http';

/** The request as Express leaves it: the matched route's pattern, under the router's mount path. */
export interface RoutedRequest extends IncomingMessage {
  route?: { path?: string };
  baseUrl?: string;
}

/** The route pattern a request matched, e.g. `/participants/:id`, or `unmatched`: never the path itself. */
export function routeOf(request: RoutedRequest): string {
  const pattern = request.route?.path;
  return pattern ? `${request.baseUrl ?? ''}${pattern}` : 'unmatched';
}
