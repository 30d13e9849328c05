/**
 * `npm run eval`: runs every `*.eval.ts` in this folder and prints its figures.
 * Each module exports `evaluate(): Promise<void> | void` that prints a section.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const modules = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith('.eval.ts'))
    .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
    .sort();
  for (const file of modules) {
    const mod = (await import(path.join(__dirname, file))) as { evaluate: () => Promise<void> | void };
    console.log(`\n## ${file.replace(/\.eval\.ts$/, '')}`);
    await mod.evaluate();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
