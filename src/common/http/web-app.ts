import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Paths the web app never answers: the API, the probes, the API documents and Socket.IO keep their own 404s. */
const NOT_THE_APP = /^\/(api|health|docs|docs-json|socket\.io)(\/|$|\?)/;
/** A last path segment with an extension asks for a file: a missing one is a 404, not the app's page. */
const FILE_LIKE = /\/[^/?]*\.[A-Za-z0-9]+(\?|$)/;

/** Whether an answer to this URL is (or falls back to) the web app, so it gets the web app's headers. */
export function isWebAppPath(url: string): boolean {
  return !NOT_THE_APP.test(url);
}

/**
 * The web app's Content-Security-Policy: its own scripts, styles, images and connections (fetch and Socket.IO;
 * CSP 3 `'self'` covers `ws:`/`wss:` to the same host), nothing inline, no plug-ins, no framing.
 */
export const WEB_APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Serves the built web app (`npm run build` → `web/dist`) at `/`: its files as they are (hashed `assets/` cached
 * for a year, `index.html` revalidated every time), and `index.html` for any other GET that is not the API's, so
 * the app's own routes (`/appointments`, `/doctor/today`) load on a reload or a shared link.
 */
export async function serveWebApp(app: NestFastifyApplication, root: string): Promise<void> {
  await app.register(fastifyStatic, {
    root,
    // One route per file found now (the build is fixed), so the fallback below owns every other path.
    wildcard: false,
    index: 'index.html',
    setHeaders: (reply, path) => {
      void reply.header(
        'cache-control',
        path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/*', (request: FastifyRequest, reply: FastifyReply) => {
    if (!isWebAppPath(request.url) || FILE_LIKE.test(request.url)) {
      reply.callNotFound();
      return reply;
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
