import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../paths.js';
import { loadResources } from './index.js';

const resources = loadResources();

function flatten(tree: Record<string, unknown>, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value as Record<string, unknown>, path)) out.set(k, v);
  }
  return out;
}

const keysOf = (locale: 'en' | 'id') => {
  const all = new Map<string, string>();
  for (const [ns, tree] of Object.entries(resources[locale])) for (const [k, v] of flatten(tree)) all.set(`${ns}:${k}`, v);
  return all;
};
const en = keysOf('en');
const id = keysOf('id');
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, pattern) : pattern.test(name) ? [path] : [];
  });
}

const sources = [
  ...filesUnder(join(PROJECT_ROOT, 'views'), /\.ejs$/),
  ...filesUnder(join(PROJECT_ROOT, 'src'), /\.ts$/).filter((file) => !file.endsWith('.test.ts')),
].map((file) => ({ file, text: readFileSync(file, 'utf8') }));

/** Whether `key` exists, directly, as a plural family, or (for a dynamic prefix) as a subtree. */
const exists = (key: string) =>
  en.has(key) || en.has(`${key}_other`) || [...en.keys()].some((known) => key.endsWith('.') && known.startsWith(key));

describe('locales', () => {
  it('has the same keys in English and Indonesian', () => {
    expect([...id.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('uses the same placeholders for each key in both languages', () => {
    const mismatched = [...en].filter(([key, text]) => placeholders(text).join() !== placeholders(id.get(key) ?? '').join());
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  it('has no empty strings', () => {
    expect([...en, ...id].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
  });

  it('defines every key that templates and code ask for', () => {
    const missing = sources.flatMap(({ file, text }) =>
      [...text.matchAll(/\bt\(\s*['`]([a-z]+:[\w.-]+)/g)].map((m) => m[1]!).filter((key) => !exists(key)).map((key) => `${file}: ${key}`));
    expect(missing).toEqual([]);
  });

  it('has a message for every error code the code can throw', () => {
    const server = sources.filter(({ file }) => !file.includes(`${join('src', 'client')}/`));
    const codes = server.flatMap(({ text }) => [...text.matchAll(/new \w+Error\('([\w.]+)'/g)].map((m) => m[1]!));
    expect(codes.length).toBeGreaterThan(10);
    expect(codes.filter((code) => !en.has(`errors:${code}`))).toEqual([]);
  });
});
