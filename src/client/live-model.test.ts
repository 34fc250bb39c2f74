import { describe, expect, it } from 'vitest';
import { colourSlot, fill, initialsOf, peopleBySegment, planRowUpdate, typistIn, type PersonDto } from './live-model.js';

const person = (username: string, segmentId: number | null, typing = false): PersonDto => ({ username, name: username, segmentId, typing });

describe('planRowUpdate', () => {
  it('takes a teammate\'s newer version into a row with nothing unsent', () => {
    expect(planRowUpdate({ rowVersion: 3, eventVersion: 4, rowHasUnsentText: false, fromMe: false })).toBe('apply');
  });

  it('ignores a version the row has already (e.g. the person\'s own save coming back)', () => {
    expect(planRowUpdate({ rowVersion: 4, eventVersion: 4, rowHasUnsentText: false, fromMe: true })).toBe('ignore');
    expect(planRowUpdate({ rowVersion: 5, eventVersion: 4, rowHasUnsentText: true, fromMe: false })).toBe('ignore');
  });

  it('never replaces unsent text: it warns when a teammate saved meanwhile', () => {
    expect(planRowUpdate({ rowVersion: 3, eventVersion: 4, rowHasUnsentText: true, fromMe: false })).toBe('warn');
  });

  it('keeps unsent text quietly when the newer version is the person\'s own save still on its way back', () => {
    expect(planRowUpdate({ rowVersion: 3, eventVersion: 4, rowHasUnsentText: true, fromMe: true })).toBe('keep');
  });
});

describe('initialsOf', () => {
  it.each([
    ['Ayu Lestari', 'AL'], ['Siti Nur Aisyah', 'SA'], ['translator', 'TR'], ['  wayan  ', 'WA'], ['Ö', 'Ö'], ['', '?'],
  ])('makes "%s" into %s', (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });
});

describe('colourSlot', () => {
  it('gives the same person the same slot, within range, whatever the case of the name', () => {
    expect(colourSlot('Ayu', 6)).toBe(colourSlot('ayu', 6));
    for (const name of ['ayu', 'budi', 'citra', 'dewi', 'eko']) expect(colourSlot(name, 6)).toBeLessThan(6);
  });
});

describe('peopleBySegment and typistIn', () => {
  const people = [person('ayu', 7, true), person('budi', 7), person('citra', null), person('dewi', 9)];

  it('groups teammates by their segment and leaves out those on none', () => {
    const grouped = peopleBySegment(people);
    expect([...grouped.keys()]).toEqual([7, 9]);
    expect(grouped.get(7)!.map((p) => p.username)).toEqual(['ayu', 'budi']);
  });

  it('finds who is typing in a segment, and nobody where people only look', () => {
    expect(typistIn(people, 7)?.username).toBe('ayu');
    expect(typistIn(people, 9)).toBeNull();
  });
});

describe('fill', () => {
  it('fills placeholders, leaves unknown ones, and takes "$" in names literally', () => {
    expect(fill('{{name}} confirmed segment {{number}} {{other}}', { name: 'A$&b', number: '12' })).toBe('A$&b confirmed segment 12 {{other}}');
  });
});
