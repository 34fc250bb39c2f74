import { describe, expect, it } from 'vitest';
import { highlight } from './highlight.js';

describe('highlight', () => {
  it('marks every occurrence, whatever the case, and escapes the rest', () => {
    expect(highlight('Menlu <b>menlu</b> & MENLU', 'menlu')).toBe('<mark>Menlu</mark> &lt;b&gt;<mark>menlu</mark>&lt;/b&gt; &amp; <mark>MENLU</mark>');
  });

  it('escapes a query that looks like markup', () => {
    expect(highlight('a <script> b', '<script>')).toBe('a <mark>&lt;script&gt;</mark> b');
  });

  it('returns the escaped text for an empty query', () => {
    expect(highlight('"x" & y', ' ')).toBe('&quot;x&quot; &amp; y');
  });
});
