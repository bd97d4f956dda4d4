import Fastify from 'fastify';

/**
 * The HTTP ceiling: a bare Fastify server answering a fixed small JSON body, run as its own process like the app,
 * so "GET /appointments/:id" is compared with what Fastify alone can do on the same cores at the same concurrency.
 */
const server = Fastify({ logger: false });
const body = { id: '00000000-0000-4000-8000-000000000000', status: 'confirmed', durationMinutes: 30 };
server.get('/', async () => body);

server.listen({ port: Number(process.env.PORT), host: '127.0.0.1' }).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
process.on('SIGTERM', () => {
  void server.close().then(() => process.exit(0));
});
