import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../core/errors.js';
import { readHtmlArticle, stripSiteSuffix } from './html-article.js';
import { decodeHtmlEntities } from './html-entities.js';
import { readArticle } from './read-article.js';

const newsPage = readFileSync(new URL('./__fixtures__/news-page.html', import.meta.url), 'utf8');

function paragraphsOf(html: string): string[] {
  return readHtmlArticle(html).text.split('\n\n');
}

function refusal(run: () => unknown): InvalidInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidInputError) return error;
    throw error;
  }
  throw new Error('expected the input to be refused');
}

describe('readHtmlArticle on a saved news page', () => {
  const article = readHtmlArticle(newsPage);
  const paragraphs = article.text.split('\n\n');

  it('takes the <h1> inside the article as title, not the logo <h1> in the page header', () => {
    expect(article.title).toBe('China-Rusia Perkuat Kerja Sama Strategis');
    expect(paragraphs[0]).toBe('China-Rusia Perkuat Kerja Sama Strategis');
  });

  it('keeps the article text in order, headings and the caption as their own paragraphs', () => {
    expect(paragraphs).toEqual([
      'China-Rusia Perkuat Kerja Sama Strategis',
      'Tim detikNews - detikNews',
      'Selasa, 09 Apr 2024 15:30 WIB',
      'Menlu Rusia Sergei Lavrov bertemu mitra Wang Yi (Foto: Reuters/Pool)',
      'Beijing – Diplomat utama Tiongkok mengatakan pada Selasa (9/4) bahwa Beijing akan memperkuat kerja sama strategis dengan Moskow dan bahwa keduanya harus berdiri di sisi “keadilan”.',
      'Lavrov tiba di Tiongkok untuk kunjungan resmi dua hari pada hari Senin, dengan kedua negara berupaya memperkuat hubungan diplomatik.',
      'Nilai perdagangan mencapai Rp 1.500.000,50 triliun & terus tumbuh — kata pejabat…',
      'Dukungan untuk Putin',
      'Dan dalam pertemuan itu, Wang Yi berjanji: “Tiongkok akan mendukung pembangunan stabil Rusia.”',
      'Baca juga: Putin Kunjungi Beijing',
      '‘Kami saling mendukung,’ kata Wang.',
      'Pertemuan berlangsung 2×, suhu 30°C, pukul 10·00 © Reuters ® «catatan» • &unknown; 😀',
      'Kerja sama energi',
      'Kerja sama pertahanan',
      'Kerja sama perdagangan',
      '(nvc/nvc)',
    ]);
  });

  it.each([
    ['navigation', 'Internasional'],
    ['the breadcrumb', 'Home'],
    ['share buttons', 'Bagikan'],
    ['a button', 'Salin tautan'],
    ['ads', 'ADVERTISEMENT'],
    ['tags', 'rusia'],
    ['related links', 'Putin Kunjungi Beijing Pekan Depan'],
    ['comments', 'Belum ada komentar'],
    ['the sidebar', 'Terpopuler'],
    ['the page footer', 'Copyright'],
    ['markup inside a script string', 'Ini string di dalam skrip'],
    ['JSON-LD', 'Bukan teks artikel'],
    ['a <noscript> fallback', 'Aktifkan JavaScript'],
    ['an HTML comment', 'komentar</p>'],
  ])('leaves out %s', (_, junk) => {
    expect(article.text).not.toContain(junk);
  });

  it('leaves out the logo heading in the page header', () => {
    expect(paragraphs).not.toContain('detikNews');
  });

  it('is what readArticle returns for a .html file', () => {
    expect(readArticle(Buffer.from(newsPage), { fileName: 'berita.html' })).toEqual({ ...article, format: 'html' });
  });
});

describe('readHtmlArticle finds the main content', () => {
  it('reads a bare page with paragraphs only', () => {
    expect(readHtmlArticle('<html><body><p>Satu.</p><p>Dua.</p></body></html>')).toEqual({ title: null, text: 'Satu.\n\nDua.' });
  });

  it('reads a fragment without <html> or <body>', () => {
    expect(readHtmlArticle('Halo <b>dunia</b>!')).toEqual({ title: null, text: 'Halo dunia!' });
  });

  it('uses a content class when there is no <article>, and puts the headline from og:title first', () => {
    const html = `<html><head><title>Judul Berita Halaman all - Kompas.com</title><meta property="og:title" content="Judul Berita"></head><body>
      <div class="read__header"><h1 class="read__title">Judul Berita</h1></div>
      <div class="col-bs10-7"><div class="read__content"><div class="clearfix">
        <p>JAKARTA, KOMPAS.com - Paragraf pertama yang cukup panjang untuk dihitung sebagai isi berita.</p>
        <p>Paragraf kedua.</p></div></div>
      <div class="most"><div class="most__list"><a href="/1">Berita lain yang panjang sekali judulnya di daftar terpopuler</a></div></div></div>
    </body></html>`;
    expect(readHtmlArticle(html)).toEqual({
      title: 'Judul Berita',
      text: 'Judul Berita\n\nJAKARTA, KOMPAS.com - Paragraf pertama yang cukup panjang untuk dihitung sebagai isi berita.\n\nParagraf kedua.',
    });
  });

  it('picks the block with the most paragraph text when nothing is marked as content', () => {
    const html = `<body>
      <div id="top"><p><a href="/a">Tautan yang sangat panjang sekali di menu atas halaman ini dan itu</a></p></div>
      <div id="x1"><p>Isi pertama berita ini.</p><p>Isi kedua berita ini.</p></div>
      <div id="x2"><p>Pendek.</p></div>
    </body>`;
    expect(readHtmlArticle(html).text).toBe('Isi pertama berita ini.\n\nIsi kedua berita ini.');
  });

  it('splits text without <p> at <br><br> but not at a single <br>', () => {
    const html = '<div class="post-content">Jakarta (ANTARA) - Kalimat satu.<br>Kalimat dua.<br/><br />Paragraf baru.<br>\n<br>Lagi.</div>';
    expect(paragraphsOf(html)).toEqual(['Jakarta (ANTARA) - Kalimat satu. Kalimat dua.', 'Paragraf baru.', 'Lagi.']);
  });

  it('keeps an article header and footer but drops the page header and footer', () => {
    const html = `<header>Situs</header><article><header><h1>Judul</h1></header><p>Isi.</p><footer>Penulis: A</footer></article><footer>Hak cipta</footer>`;
    expect(readHtmlArticle(html)).toEqual({ title: 'Judul', text: 'Judul\n\nIsi.\n\nPenulis: A' });
  });

  it('takes the outermost <article> around the text, so nested ones stay in', () => {
    const html = '<article><h1>Judul</h1><p>Isi utama yang panjang sekali di sini.</p><article><p>Kutipan.</p></article></article>';
    expect(paragraphsOf(html)).toEqual(['Judul', 'Isi utama yang panjang sekali di sini.', 'Kutipan.']);
  });

  it('drops hidden elements and menus marked by role', () => {
    const html = '<p>Terlihat.</p><p hidden>Tersembunyi.</p><div style="display: none">Juga.</div><div aria-hidden="true">Ikon</div><ul role="menu"><li>Menu</li></ul>';
    expect(readHtmlArticle(html).text).toBe('Terlihat.');
  });

  it('keeps a WordPress article whose classes name its tags and a body with a sidebar class', () => {
    const html = `<body class="single has-sidebar comments-open"><div id="post-9" class="post-9 post type-post hentry category-news tag-politik">
      <h1 class="entry-title">Judul</h1><div class="entry-content"><p>Isi berita.</p></div></div><div class="sidebar">Iklan samping</div></body>`;
    expect(readHtmlArticle(html)).toEqual({ title: 'Judul', text: 'Judul\n\nIsi berita.' });
  });

  it('keeps elements hidden only on small screens by a utility class', () => {
    expect(readHtmlArticle('<div class="hidden md:block overflow-hidden"><p>Isi.</p></div>').text).toBe('Isi.');
  });

  it('leaves out link lists and breadcrumbs inside the article that carry no telling class', () => {
    const html = `<article><div><a href="/">Home</a> » <a href="/berita">Berita</a></div><p>Isi berita yang panjang.</p>
      <ul><li><a href="/1">Berita satu</a></li><li><a href="/2">Berita dua</a></li></ul>
      <p>Baca juga: <a href="/3">Berita tiga</a></p><ul><li>Poin <a href="/4">satu</a> penting</li><li>Poin dua</li></ul></article>`;
    expect(paragraphsOf(html)).toEqual(['Isi berita yang panjang.', 'Baca juga: Berita tiga', 'Poin satu penting', 'Poin dua']);
  });

  it('keeps table cells as paragraphs', () => {
    expect(paragraphsOf('<table><tr><td>Provinsi</td><td>Jumlah</td><tr><td>Aceh<td>12</table>')).toEqual(['Provinsi', 'Jumlah', 'Aceh', '12']);
  });
});

describe('readHtmlArticle titles', () => {
  it('strips the site name from <title> when there is no <h1> or og:title', () => {
    expect(readHtmlArticle('<title>Harga BBM Naik | Tempo.co</title><p>Isi.</p>')).toEqual({ title: 'Harga BBM Naik', text: 'Harga BBM Naik\n\nIsi.' });
  });

  it.each([
    ['Harga BBM Naik - Kompas.com', null, 'Harga BBM Naik'],
    ['Harga BBM Naik | Tempo', null, 'Harga BBM Naik'],
    ['Harga BBM Naik - detikNews', 'detikNews', 'Harga BBM Naik'],
    ['Harga BBM Naik — ANTARA News', 'ANTARA', 'Harga BBM Naik'],
    ['Harga BBM Naik - Ini Daftarnya', null, 'Harga BBM Naik - Ini Daftarnya'],
    ['China-Rusia Bertemu', null, 'China-Rusia Bertemu'],
  ])('%j with site name %j is %j', (title, siteName, expected) => {
    expect(stripSiteSuffix(title, siteName)).toBe(expected);
  });

  it('has no title for a headline longer than 200 characters', () => {
    expect(readHtmlArticle(`<h1>${'kata '.repeat(50)}</h1><p>Isi.</p>`).title).toBeNull();
  });

  it('collapses whitespace and decodes references in the title', () => {
    expect(readHtmlArticle('<title>\n  Kopi &amp;\tTeh  </title><p>Isi.</p>').title).toBe('Kopi & Teh');
  });
});

describe('readHtmlArticle tolerates malformed markup', () => {
  it.each<[string, string, string[]]>([
    ['unclosed <p> and <li>', '<p>Satu<p>Dua<ul><li>Tiga<li>Empat</ul>Lima', ['Satu', 'Dua', 'Tiga', 'Empat', 'Lima']],
    ['stray and crossed end tags', '</div></span><p>Satu <b><i>dua</b> tiga</i></p></p>', ['Satu dua tiga']],
    ['unquoted and valueless attributes', '<p class=lead data-x hidden-not=1>Satu</p>', ['Satu']],
    ['a bare < in text', '<p>a < b dan c <3 d</p>', ['a < b dan c <3 d']],
    ['an unterminated comment', '<p>Satu</p><!-- <p>Dua</p>', ['Satu']],
    ['a tag cut off at the end', '<p>Satu</p><p class="x', ['Satu']],
    ['an unclosed <script>', '<p>Satu</p><script>var p = "<p>Dua</p>";', ['Satu']],
    ['upper-case tags', '<P>Satu</P><DIV>Dua</DIV><SCRIPT>x</SCRIPT>', ['Satu', 'Dua']],
    ['a </br>', '<div>Satu</br></br>Dua</div>', ['Satu', 'Dua']],
    ['a CDATA section and a processing instruction', '<?xml version="1.0"?><p>Satu<![CDATA[x]]></p>', ['Satu']],
    ['a </script> look-alike inside a script', '<script>a = "</scripts>"; b = "<p>x</p>"</script><p>Satu</p>', ['Satu']],
    ['inline elements without spaces between them', '<p><span>Ke</span><span>pala</span> daerah</p>', ['Kepala daerah']],
  ])('%s', (_, html, expected) => {
    expect(paragraphsOf(html)).toEqual(expected);
  });

  it('refuses a page without text with import.empty', () => {
    expect(refusal(() => readHtmlArticle('<html><head><title>Judul</title></head><body><nav>Menu</nav><img src="a.png"></body></html>')).code).toBe('import.empty');
    expect(refusal(() => readArticle('<script>x</script>', { fileName: 'a.htm' })).code).toBe('import.empty');
  });
});

describe('readHtmlArticle on deep and large input', () => {
  it('reads text inside 100,000 nested divs without overflowing the stack', () => {
    const html = `${'<div>'.repeat(100_000)}<p>Teks dalam.</p>${'</div>'.repeat(100_000)}<p>Sesudah.</p>`;
    expect(readHtmlArticle(html).text).toContain('Teks dalam.');
  });

  it('reads 100,000 unclosed nested elements of different kinds', () => {
    const html = `${'<div><span><b>'.repeat(50_000)}Teks.`;
    expect(readHtmlArticle(html).text).toBe('Teks.');
  });

  it('reads many stray end tags and implied ends in linear time', () => {
    const html = `<p>${'<span>'.repeat(20_000)}${'<div>x</div></em>'.repeat(50_000)}`;
    const started = performance.now();
    expect(readHtmlArticle(html).text.split('\n\n')).toHaveLength(50_000);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('reads a 5 MB page in well under a few seconds', () => {
    const html = `<article>${'<p>Kalimat <a href="/x">tautan</a> &amp; teks&nbsp;lain.</p>\n'.repeat(100_000)}</article>`;
    const started = performance.now();
    expect(readHtmlArticle(html).text.length).toBeGreaterThan(2_000_000);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('decodeHtmlEntities', () => {
  it.each([
    ['&amp; &lt; &gt; &quot; &apos;', '& < > " \''],
    ['a&nbsp;b', 'a\u00A0b'],
    ['&ndash;&mdash;&hellip;&lsquo;&rsquo;&ldquo;&rdquo;&laquo;&raquo;', '–—…‘’“”«»'],
    ['&copy;&reg;&deg;&middot;&bull;&times;', '©®°·•×'],
    ['&#8220;&#x201D;&#X201d;', '“””'],
    ['&#128512;&#x1F600;', '😀😀'],
    ['&#150; &#151; &#146;', '– — ’'],
    ['&#0; &#xD800; &#x110000;', '\uFFFD \uFFFD \uFFFD'],
    ['&unknown; &Amp; &', '&unknown; &Amp; &'],
    ['AT&T &amp &nbsp.', 'AT&T & \u00A0.'],
    ['?a=1&copy=2&ampx', '?a=1&copy=2&ampx'],
    ['&eacute;t&eacute;', 'été'],
  ])('%j → %j', (text, decoded) => {
    expect(decodeHtmlEntities(text)).toBe(decoded);
  });
});
