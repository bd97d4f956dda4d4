import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from './generated/openapi';

/** The typed REST client: `clinic.GET('/api/v1/appointments/{id}', { params: { path: { id } } })`. */
export type ClinicClient = Client<paths>;

interface ClientSettings {
  /**
   * Where the service runs, e.g. `https://clinic.example.com`. The paths carry `/api/v1` themselves (and
   * `/health/*` lies outside it), so this is the origin, not `…/api/v1`.
   */
  baseUrl: string;
  /** Another `fetch` (tests, retries, tracing); defaults to the global one. */
  fetch?: (request: Request) => Promise<Response>;
}
interface FixedToken {
  /** The access token sent as `Authorization: Bearer`; none for the public routes (register, login). */
  token?: string;
  getToken?: never;
}
interface TokenGetter {
  token?: never;
  /** Asked before every request, so a login or a refresh takes effect at once; no token sends no header. */
  getToken: () => string | null | undefined | Promise<string | null | undefined>;
}
export type ClinicClientOptions = ClientSettings & (FixedToken | TokenGetter);

export function createClinicClient(options: ClinicClientOptions): ClinicClient {
  const client = createClient<paths>({ baseUrl: options.baseUrl.replace(/\/+$/, ''), fetch: options.fetch });
  const { token, getToken } = options;
  const bearer: Middleware = {
    async onRequest({ request }) {
      const current = getToken ? await getToken() : token;
      // A per-call `headers: { Authorization }` wins over the client's token.
      if (current && !request.headers.has('Authorization')) {
        request.headers.set('Authorization', `Bearer ${current}`);
      }
      return request;
    },
  };
  client.use(bearer);
  return client;
}
