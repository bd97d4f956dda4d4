import { loadConfig } from '../config/app-config';
import { describeDatabase, serviceUrls, startBanner } from './start-banner';

const SECRET = 'a-secret-that-is-long-enough-for-hs256-0123';

describe('the start banner', () => {
  it('names the API, Swagger UI, the OpenAPI and AsyncAPI documents, the socket namespace and health', () => {
    const config = loadConfig({ JWT_SECRET: SECRET, DATABASE_URL: 'pglite://memory', NODE_ENV: 'development' });
    const banner = startBanner(config, serviceUrls(config, 3000));
    for (const url of [
      'http://localhost:3000/api/v1',
      'http://localhost:3000/docs',
      'http://localhost:3000/docs-json',
      'http://localhost:3000/docs/asyncapi.json',
      'http://localhost:3000/notifications',
      'http://localhost:3000/health/ready',
    ]) {
      expect(banner).toContain(url);
    }
    expect(banner).toContain('embedded PGlite in memory');
    expect(banner).toContain('npm run seed');
  });

  it('leaves the documents out when they are switched off, and uses the bound host and port', () => {
    const config = loadConfig({
      JWT_SECRET: SECRET,
      DATABASE_URL: 'pglite://memory',
      DOCS_ENABLED: 'false',
      HOST: '127.0.0.1',
    });
    const urls = serviceUrls(config, 8080);
    expect(urls.docs).toBeNull();
    expect(urls.api).toBe('http://127.0.0.1:8080/api/v1');
    expect(startBanner(config, urls)).not.toContain('/docs');
  });

  it('describes PostgreSQL without its credentials', () => {
    expect(describeDatabase({ kind: 'postgres', url: 'postgres://clinic:s3cret@db.internal:5432/clinic' })).toBe(
      'PostgreSQL db.internal:5432/clinic',
    );
  });
});
