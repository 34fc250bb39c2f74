import { describe, expect, it, vi } from 'vitest';
import { createI18n, type Translate } from '../../i18n/index.js';
import { rememberingLookups } from './locale.js';

describe('rememberingLookups', () => {
  it('gives what i18next gives, for plain keys, values and plurals, in each language', async () => {
    const i18n = await createI18n();
    for (const locale of ['en', 'id'] as const) {
      const t = i18n.getFixedT(locale);
      const remembering = rememberingLookups(t);
      for (let round = 0; round < 2; round += 1) {
        expect(remembering('editor:row.history')).toBe(t('editor:row.history'));
        expect(remembering('editor:row.comments', { count: 1 })).toBe(t('editor:row.comments', { count: 1 }));
        expect(remembering('editor:row.comments', { count: 5 })).toBe(t('editor:row.comments', { count: 5 }));
        expect(remembering('editor:row.targetLabel', { number: 12 })).toBe(t('editor:row.targetLabel', { number: 12 }));
      }
    }
  });

  it('looks a key and its plain options up once, and passes anything else through every time', () => {
    const lookUp = vi.fn((key: string, options?: unknown) => (typeof options === 'object' && options !== null && 'returnObjects' in options ? { key } : `${key}!`));
    const remembering = rememberingLookups(lookUp as unknown as Translate);
    remembering('a');
    remembering('a');
    remembering('b', { count: 2 });
    remembering('b', { count: 2 });
    remembering('b', { count: 3 });
    expect(lookUp).toHaveBeenCalledTimes(3);
    remembering('c', { returnObjects: true });
    remembering('c', { returnObjects: true });
    remembering('d', { nested: { value: 1 } });
    remembering('d', { nested: { value: 1 } });
    expect(lookUp).toHaveBeenCalledTimes(7);
  });
});
