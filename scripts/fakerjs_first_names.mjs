// Print the first and middle names of every locale of @faker-js/faker (MIT), lower case,
// one per line: an extra source for scripts/build_given_names.py (--extra FILE).
// Build-time only:  npm pack @faker-js/faker && tar xzf faker-js-faker-*.tgz
//                   node scripts/fakerjs_first_names.mjs package > fakerjs-first-names.txt
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const pkg = process.argv[2] || 'package';
const { allLocales } = await import(pathToFileURL(path.resolve(pkg, 'dist', 'index.js')).href);
const out = new Set();
for (const loc of Object.values(allLocales)) {
  const person = loc.person;
  if (!person) continue;
  for (const key of ['first_name', 'middle_name']) {
    const lists = person[key];
    if (!lists) continue;
    for (const list of Array.isArray(lists) ? [lists] : Object.values(lists)) {
      for (const name of list) if (/^[A-Za-z]+$/.test(name)) out.add(name.toLowerCase());
    }
  }
}
console.log([...out].sort().join('\n'));
