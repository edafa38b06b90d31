import { minify } from 'terser';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
const src = readFileSync(process.argv[2], 'utf8');
const variants = {
  base: { module: true, ecma: 2022, compress: { passes: 3 }, format: { comments: false } },
  unsafe: { module: true, ecma: 2022, compress: { passes: 3, unsafe: true, unsafe_arrows: true, unsafe_methods: true, pure_getters: true, unsafe_comps: true }, format: { comments: false } },
  props: { module: true, ecma: 2022, compress: { passes: 3, pure_getters: true }, format: { comments: false } },
  p5: { module: true, ecma: 2022, compress: { passes: 5, unsafe_arrows: true, pure_getters: true, unsafe_methods: true }, format: { comments: false } },
};
for (const [name, opts] of Object.entries(variants)) {
  const out = (await minify(src, opts)).code;
  console.log(name, out.length, gzipSync(out, { level: 9 }).length);
}
