import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractHtmlText, selectContentRoot } from '../../../src/core/import/html-text';

const textOf = (html: string) => extractHtmlText(parseHTML(html).document);

describe('extractHtmlText', () => {
  it('separates blocks by a blank line, collapses inline whitespace and keeps <br> as a line break', () => {
    const html = `<body><h1>Title</h1>
      <p>One   <b>bold</b>\n word<i>s</i>.</p><div>Line<br>  next</div>
      <ul><li>First</li><li>Second <a href="#">link</a></li></ul></body>`;
    expect(textOf(html)).toBe('Title\n\nOne bold words.\n\nLine\nnext\n\nFirst\n\nSecond link');
  });

  it('keeps no-break spaces and typographic characters as they are', () => {
    expect(textOf('<p>more\u00a0than  good – “£30m”</p>')).toBe('more\u00a0than good – “£30m”');
  });

  it('drops scripts, styles, navigation, forms, footers and hidden elements', () => {
    const html = `<body><nav>Menu</nav><script>var x = 1</script><style>p{}</style><noscript>Enable JS</noscript>
      <template><p>T</p></template><iframe src="x"></iframe><form><label>Search</label></form>
      <p>Kept</p><p hidden>Hidden</p><p aria-hidden="true">Aria</p><p style="display: none">None</p>
      <span style="visibility:hidden">Invisible</span><footer>Footer</footer></body>`;
    expect(textOf(html)).toBe('Kept');
  });

  it('prefers the largest <article>, then <main>, over the rest of the page', () => {
    const html = `<body><p>Cookie banner</p><main><p>Main text</p>
      <article><p>Teaser</p></article><article><h1>Story</h1><p>The long article body.</p></article></main></body>`;
    expect(textOf(html)).toBe('Story\n\nThe long article body.');
    expect(textOf('<body><p>Banner</p><main><p>Main only</p></main></body>')).toBe('Main only');
    const root = selectContentRoot(parseHTML('<html><body><p>x</p></body></html>').document);
    expect(root.nodeName.toLowerCase()).toBe('body');
  });

  it('keeps preformatted text verbatim and puts table rows on their own lines, cells tab-separated', () => {
    const html =
      '<body><pre>a  b\n  c</pre><table><tr><td>x</td><td>1</td></tr><tr><th>y</th><td>2</td></tr></table></body>';
    expect(textOf(html)).toBe('a  b\n  c\n\nx\t1\ny\t2');
  });

  it('gives a fragment the same text as the full page (linkedom, unlike browsers, adds no html/body)', () => {
    const fragment = '<title>Tab</title><h2>A</h2><p>b <em>c</em></p>';
    expect(textOf(fragment)).toBe('A\n\nb c');
    expect(textOf(`<html><head><title>Tab</title></head><body>${fragment.slice(18)}</body></html>`)).toBe(
      'A\n\nb c',
    );
  });
});
