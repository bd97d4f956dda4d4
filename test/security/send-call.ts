import request from 'supertest';
import type { RouteCall } from './authorization-matrix';
import type { HttpMethod } from './route-inventory';

/** `/api/v1/patients/:id` + `{ id }` → `/api/v1/patients/<id>`; a placeholder without a value is a bug in the row. */
export function fillPath(path: string, params: Record<string, string> = {}): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) {
      throw new Error(`no value for :${name} of ${path}`);
    }
    return encodeURIComponent(value);
  });
}

/** Sends one call of a route over HTTP. */
export function sendCall(
  baseUrl: string,
  route: { method: HttpMethod; path: string },
  call: RouteCall,
  headers: Record<string, string>,
): request.Test {
  const agent = request(baseUrl);
  const url = fillPath(route.path, call.params);
  const methods = {
    GET: () => agent.get(url),
    POST: () => agent.post(url),
    PUT: () => agent.put(url),
    PATCH: () => agent.patch(url),
    DELETE: () => agent.delete(url),
  } satisfies Record<HttpMethod, () => request.Test>;
  const req = methods[route.method]().set(headers);
  if (call.query) {
    void req.query(call.query);
  }
  return call.body === undefined ? req : req.send(call.body);
}
