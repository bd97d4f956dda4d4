import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

interface Service {
  image?: string;
  build?: unknown;
  ports?: string[];
  expose?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test: string[] | string };
  depends_on?: Record<string, { condition: string }>;
  volumes?: string[];
}

const root = join(__dirname, '..', '..');
const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, Service>;
};
const services = compose.services;

describe('docker-compose.yml', () => {
  it('runs two app replicas behind a proxy, PostgreSQL 16 and Redis', () => {
    expect(Object.keys(services).sort()).toEqual(['app1', 'app2', 'postgres', 'proxy', 'redis']);
    expect(services.postgres.image).toMatch(/^postgres:16/);
    expect(services.redis.image).toMatch(/^redis:7/);
  });

  it('gives every service a health check', () => {
    for (const [name, service] of Object.entries(services)) {
      expect({ name, test: service.healthcheck?.test }).toEqual({ name, test: expect.anything() });
    }
  });

  it('points the app replicas at the postgres and redis services and requires a JWT secret', () => {
    for (const name of ['app1', 'app2']) {
      const app = services[name];
      expect(app.build).toBeDefined();
      expect(app.environment?.NODE_ENV).toBe('production');
      expect(app.environment?.DATABASE_URL).toMatch(/^postgres:\/\/[^@]+@postgres:5432\//);
      expect(app.environment?.REDIS_URL).toBe('redis://redis:6379');
      expect(app.environment?.JWT_SECRET).toMatch(/^\$\{JWT_SECRET:\?/);
      expect(app.depends_on?.postgres.condition).toBe('service_healthy');
      expect(app.depends_on?.redis.condition).toBe('service_healthy');
      expect(app.healthcheck?.test.toString()).toContain('/health/ready');
    }
  });

  it('publishes the proxy on 3000 with a config that balances both replicas with sticky sessions', () => {
    expect(services.proxy.ports).toEqual(['3000:80']);
    const mount = services.proxy.volumes?.[0] ?? '';
    const conf = readFileSync(join(root, mount.split(':')[0]), 'utf8');
    expect(conf).toContain('ip_hash');
    expect(conf).toMatch(/server app1:3000/);
    expect(conf).toMatch(/server app2:3000/);
    expect(conf).toContain('proxy_set_header Upgrade $http_upgrade');
  });

  it('matches the app port with the Dockerfile, which runs as a non-root user', () => {
    const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^EXPOSE 3000$/m);
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(2);
    expect(services.app1.expose).toEqual(['3000']);
  });
});
