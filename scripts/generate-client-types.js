#!/usr/bin/env node
// Writes libs/client/src/generated/openapi.ts, the types of @clinic-booking/client, from the built app's OpenAPI
// document (default dist/openapi.json). `--check` writes nothing and fails when the committed file is stale.
//
//   npm run build && npm run openapi:export && npm run client:types [-- --check] [-- path/to/openapi.json]
//
// The output is a pure function of the document and of the locked openapi-typescript and Prettier versions (no
// dates, no paths), so CI can regenerate it and compare.
'use strict';
const { existsSync, mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const { dirname, relative, resolve } = require('node:path');

const root = resolve(__dirname, '..');
const outFile = resolve(root, 'libs/client/src/generated/openapi.ts');
const HEADER = '// Generated from the OpenAPI document by `npm run client:types`: do not edit by hand.\n\n';

function fail(message) {
  console.error(`client:types: ${message}`);
  process.exit(1);
}

function parseArgs(argv) {
  const args = { check: false, input: resolve(root, 'dist/openapi.json') };
  for (const arg of argv) {
    if (arg === '--check') {
      args.check = true;
    } else if (arg.startsWith('-')) {
      fail(`unknown option ${arg} (usage: generate-client-types.js [--check] [openapi.json])`);
    } else {
      args.input = resolve(arg);
    }
  }
  return args;
}

function readDocument(input) {
  if (!existsSync(input)) {
    fail(`${relative(process.cwd(), input)} does not exist: run \`npm run build && npm run openapi:export\` first`);
  }
  try {
    return JSON.parse(readFileSync(input, 'utf8'));
  } catch (error) {
    return fail(`${relative(process.cwd(), input)} is not JSON (${error.message})`);
  }
}

async function generate(document) {
  // openapi-typescript is ESM-first; this script stays CommonJS like the rest of scripts/.
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const ast = await openapiTS(document);
  const prettier = require('prettier');
  const config = (await prettier.resolveConfig(outFile)) ?? {};
  return prettier.format(HEADER + astToString(ast), { ...config, filepath: outFile });
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const source = await generate(readDocument(args.input));
  const shown = relative(process.cwd(), outFile);
  if (args.check) {
    const committed = existsSync(outFile) ? readFileSync(outFile, 'utf8') : null;
    if (committed !== source) {
      fail(
        committed === null
          ? `${shown} is missing: run npm run client:types`
          : `types are stale: run npm run client:types (${shown} differs from what ${relative(process.cwd(), args.input)} generates)`,
      );
    }
    process.stdout.write(`client:types: ${shown} is up to date\n`);
    return;
  }
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, source);
  process.stdout.write(`client:types: wrote ${shown}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
