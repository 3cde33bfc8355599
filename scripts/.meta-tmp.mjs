import { build } from 'esbuild';
const entry = process.argv[2];
const r = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', write: false, metafile: true, outfile: '/tmp/x.js' });
const out = Object.values(r.metafile.outputs)[0];
const rows = Object.entries(out.inputs).map(([k, v]) => [v.bytesInOutput, k]).sort((a, b) => b[0] - a[0]);
let t=0; for (const [b,k] of rows) { t+=b; if (b>800) console.log(String(b).padStart(7), k); }
console.log('total', t);
