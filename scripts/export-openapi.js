#!/usr/bin/env node
// Writes the OpenAPI document of the BUILT app to a file (default `openapi.json`): `npm run build` first. Only
// `nest build` runs the @nestjs/swagger CLI plugin, so only dist/ carries the DTO schemas and descriptions.
// The app boots on an in-memory database and never listens.
'use strict';
const { writeFileSync } = require('node:fs');
const { join, resolve } = require('node:path');

const root = resolve(__dirname, '..');

async function exportOpenApi(outFile) {
  require('reflect-metadata');
  const { createApp } = require(join(root, 'dist/src/bootstrap.js'));
  const { buildOpenApiDocument } = require(join(root, 'dist/src/api-docs/openapi-document.js'));
  const { loadConfig } = require(join(root, 'dist/src/config/app-config.js'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: 'pglite://memory',
    JWT_SECRET: 'openapi-export-only-secret-0123456789abcdef',
    LOG_LEVEL: 'silent',
  });
  const app = await createApp(config);
  try {
    await app.init();
    const document = buildOpenApiDocument(app);
    writeFileSync(outFile, `${JSON.stringify(document, null, 2)}\n`);
    return Object.keys(document.paths).length;
  } finally {
    await app.close();
  }
}

const outFile = resolve(process.argv[2] ?? 'openapi.json');
exportOpenApi(outFile).then(
  (paths) => process.stdout.write(`OpenAPI document with ${paths} paths written to ${outFile}\n`),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
