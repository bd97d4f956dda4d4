import type { FastifyCorsOptions, OriginFunction } from '@fastify/cors';

/** Every method the API answers to (API.md, Conventions): a preflight for any of them must succeed. */
export const CORS_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
/** Every request header a browser client sends on purpose; `X-API-Key` is the integrations' header. */
export const CORS_REQUEST_HEADERS = ['Authorization', 'Content-Type', 'Idempotency-Key', 'X-API-Key', 'X-Request-Id'];
/** Response headers a script on another origin may read (browsers hide all but a few simple ones otherwise). */
export const CORS_EXPOSED_HEADERS = ['X-Request-Id', 'Retry-After', 'Location'];
/** How long a browser may reuse a preflight answer (Chromium caps it at 2 h). */
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/**
 * CORS for the REST API. An origin in `CORS_ORIGINS` (any origin in development: `true` reflects it) gets the
 * preflight for every method and header above; any other origin gets no `Access-Control-*` header at all, so its
 * browser refuses to hand the answer to the page. No credentials: tokens travel in headers, never in cookies.
 */
export function corsOptions(origins: string[] | true): FastifyCorsOptions {
  const listed = origins === true ? null : new Set(origins);
  // A function, not the list itself: with a list, @fastify/cors still answers an unlisted origin's preflight with
  // its methods, headers and exposed headers (only Allow-Origin is left out). `false` sends no CORS header at all.
  const origin: OriginFunction = (requestOrigin, callback) =>
    callback(
      null,
      requestOrigin !== undefined && (listed === null || listed.has(requestOrigin)) ? requestOrigin : false,
    );
  return {
    origin,
    methods: [...CORS_METHODS],
    allowedHeaders: CORS_REQUEST_HEADERS,
    exposedHeaders: CORS_EXPOSED_HEADERS,
    credentials: false,
    maxAge: PREFLIGHT_MAX_AGE_SECONDS,
    strictPreflight: true,
  };
}
