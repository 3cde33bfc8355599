#!/usr/bin/env node
// Serves the repository root on loopback (bench/serve.mjs) and prints the example page's address.
// Usage: npm run build && node examples/serve.mjs     (Ctrl+C to stop)
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../bench/serve.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(root, 'dist', 'bodywork-elements.js'))) {
  console.error('dist/bodywork-elements.js is missing: run npm run build first.');
  process.exit(1);
}
const server = await serve(root);
console.log(`Example clinic page: ${server.url}/examples/clinic.html  (Ctrl+C to stop)`);
