import { beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, seedSampleDocument, type TestApp } from '../support/test-app.js';

let t: TestApp;
let documentId: number;

beforeEach(async () => {
  t = await createTestApp();
  const seeded = await seedSampleDocument(t.deps);
  documentId = seeded.document.id;
  await t.addUser('ayu', { projectId: seeded.project.id, role: 'translator' });
  await t.addUser('budi', { projectId: seeded.project.id, role: 'translator' });
});

const keymapOfEditor = (html: string) => JSON.parse((/data-keymap="([^"]*)"/.exec(html)?.[1] ?? '{}').replaceAll('&#34;', '"')) as Record<string, string[]>;
const save = (username: string, fields: Record<string, string>) => t.as(username).post('/account/keyboard').type('form').send(fields);

describe('the keyboard settings page', () => {
  it('lists every command with its keys and its default', async () => {
    const page = await t.as('ayu').get('/account/keyboard').expect(200);
    expect(page.text).toContain('Confirm the segment and go to the next unconfirmed one');
    expect(page.text).toMatch(/name="confirmAndNext" value="Ctrl\+Enter"/);
    expect(page.text).toMatch(/name="copySource" value="Ctrl\+Shift\+C, Ctrl\+Insert"/);
    expect(page.text).toMatch(/name="nextSegment" value="Alt\+↓"/);
    expect(page.text).toContain('You use the default keys.');
  });

  it('saves a person’s keys, which their editor then uses and lists, and leaves everyone else on the defaults', async () => {
    await save('ayu', { confirmAndNext: 'ctrl+shift+enter', nextSegment: 'Alt+↓', history: '' })
      .expect(303).expect('Location', '/account/keyboard?done=saved');
    const editor = await t.as('ayu').get(`/documents/${documentId}`).expect(200);
    const keymap = keymapOfEditor(editor.text);
    expect(keymap.confirmAndNext).toEqual(['Ctrl+Shift+Enter']);
    expect(keymap.nextSegment).toEqual(['Alt+ArrowDown']);
    expect(keymap.history).toEqual([]);
    expect(keymap.split).toEqual(['Ctrl+Shift+S']);
    expect(editor.text).toContain('<kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>Enter</kbd></dt><dd>Confirm the segment');
    expect(keymapOfEditor((await t.as('budi').get(`/documents/${documentId}`)).text).confirmAndNext).toEqual(['Ctrl+Enter']);
    expect((await t.as('ayu').get('/account/keyboard?done=saved')).text).toContain('You changed 2 commands.');
  });

  it('refuses reserved and clashing keys with a message under each command, keeps what was typed and stores nothing', async () => {
    const refused = await save('ayu', { history: 'Ctrl+W', split: 'Ctrl+Shift+M', merge: 'Shift+M', nextRejected: 'Ctrl+;' }).expect(400);
    expect(refused.text).toContain('Some keys could not be saved');
    expect(refused.text).toContain('Ctrl+W belongs to the browser');
    expect(refused.text).toContain('Shift+M would type into the translation');
    expect(refused.text).toContain('“Ctrl+;” is not a key combination');
    expect(refused.text).toMatch(/name="split" value="Ctrl\+Shift\+M"/);
    expect(refused.text).toMatch(/name="history" value="Ctrl\+W"[^>]*aria-invalid="true"/);
    expect(await t.deps.store.findPreference((await t.deps.store.findUserByName('ayu'))!.id, 'keymap')).toBeNull();
  });

  it('names the command that already has a key', async () => {
    const refused = await save('ayu', { split: 'Ctrl+Shift+H' }).expect(400);
    expect(refused.text).toContain('Ctrl+Shift+H is already the key of “Show the segment&#39;s history”');
  });

  it('puts every command back to its default keys on reset, keeping the way back to the editor', async () => {
    await save('ayu', { confirmAndNext: 'Ctrl+Shift+Enter' }).expect(303);
    await t.as('ayu').post('/account/keyboard/reset').type('form').send({ back: `/documents/${documentId}` })
      .expect(303).expect('Location', `/account/keyboard?done=reset&back=%2Fdocuments%2F${documentId}`);
    expect(keymapOfEditor((await t.as('ayu').get(`/documents/${documentId}`)).text).confirmAndNext).toEqual(['Ctrl+Enter']);
    const page = await t.as('ayu').get(`/account/keyboard?done=reset&back=%2Fdocuments%2F${documentId}`).expect(200);
    expect(page.text).toContain(`href="/documents/${documentId}">Back to the editor`);
  });

  it('never links back to another site', async () => {
    const page = await t.as('ayu').get('/account/keyboard?back=%2F%2Fevil.example').expect(200);
    expect(page.text).not.toContain('href="//evil.example"');
    expect(page.text).not.toContain('Back to the editor');
  });

  it('speaks Indonesian in the Indonesian UI', async () => {
    const page = await t.as('ayu').get('/account/keyboard').set('Cookie', 'jembatan_lang=id').expect(200);
    expect(page.text).toContain('Pintasan papan ketik');
    expect(page.text).toContain('Simpan pintasan');
  });
});
