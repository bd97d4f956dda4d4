// Lets a child process run the TypeScript sources directly (node -r ./test/support/register-ts.js src/main.ts),
// compiled on the fly by SWC with decorator metadata, with the `@app/contracts` alias resolved.
/* eslint-disable */
const Module = require('module');
const path = require('path');
const fs = require('fs');
const { transformSync } = require('@swc/core');

const root = path.resolve(__dirname, '..', '..');
const originalResolve = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  if (request === '@app/contracts' || request.startsWith('@app/contracts/')) {
    request = path.join(root, 'libs/contracts/src', request.slice('@app/contracts'.length));
  }
  return originalResolve.call(this, request, parent, ...rest);
};

require.extensions['.ts'] = function (module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const { code } = transformSync(source, {
    filename,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  });
  module._compile(code, filename);
};
