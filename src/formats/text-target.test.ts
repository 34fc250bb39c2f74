import { describe, expect, it } from 'vitest';
import { aDocument, aSegment, sampleDocument } from './__fixtures__/sample-document.js';
import { writeTargetText } from './text-target.js';

describe('writeTargetText', () => {
  it('glues segments with their glue and separates paragraphs with a blank line', () => {
    const doc = aDocument([
      aSegment({ id: 1, paragraph: 1, target: 'Title' }),
      aSegment({ id: 2, paragraph: 2, target: 'One.', glueAfter: ' ' }),
      aSegment({ id: 3, paragraph: 2, target: 'Two.', glueAfter: '  ' }),
      aSegment({ id: 4, paragraph: 2, target: 'Three.' }),
      aSegment({ id: 5, paragraph: 3, target: 'Four.' }),
    ]);
    expect(writeTargetText(doc)).toBe('Title\n\nOne. Two.  Three.\n\nFour.\n');
  });

  it('leaves boilerplate out entirely, with its paragraph', () => {
    const doc = aDocument([
      aSegment({ id: 1, paragraph: 1, target: 'One.' }),
      aSegment({ id: 2, paragraph: 2, kind: 'skip', source: 'Baca Juga : Lain', target: 'Read also' }),
      aSegment({ id: 3, paragraph: 3, target: 'Two.' }),
    ]);
    expect(writeTargetText(doc)).toBe('One.\n\nTwo.\n');
  });

  it('falls back to the source where nothing is translated, so the article is complete', () => {
    const doc = aDocument([
      aSegment({ id: 1, paragraph: 1, source: 'Satu.', target: 'One.', glueAfter: ' ' }),
      aSegment({ id: 2, paragraph: 1, source: 'Dua.', target: '' }),
    ]);
    expect(writeTargetText(doc)).toBe('One. Dua.\n');
  });

  it('does not end a paragraph with the glue of its last segment', () => {
    const doc = aDocument([aSegment({ id: 1, target: 'One.', glueAfter: ' ' })]);
    expect(writeTargetText(doc)).toBe('One.\n');
  });

  it('writes the sample article as three paragraphs plus the untranslated last one', () => {
    expect(writeTargetText(sampleDocument).split('\n\n')).toHaveLength(4);
  });
});
