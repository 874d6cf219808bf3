import { describe, expect, it } from 'vitest';
import { htmlPageUrl, isPrintRequestAllowed, MAX_PAGE_URL_CHARS, printPdf } from '../../src/main/print-pdf';
import { fakePrinter } from './main-test-kit';

describe('printPdf', () => {
  it('hands the HTML to the printer and answers its PDF', async () => {
    const printer = fakePrinter();
    const html = '<!doctype html><meta charset="utf-8"><p>£2.7m – €4,000 “quoted” 児童</p>';
    const bytes = await printPdf({ html }, printer);
    expect(printer.printed).toEqual([html]);
    expect(new TextDecoder().decode(bytes)).toMatch(/^%PDF-1\.7/);
  });

  it('refuses an answer that is not a PDF', async () => {
    const printer = fakePrinter(new TextEncoder().encode('<html>error page</html>'));
    await expect(printPdf({ html: '<p>x</p>' }, printer)).rejects.toThrow('did not produce a PDF');
  });

  it('refuses a page too long for a page URL before printing anything', async () => {
    const printer = fakePrinter();
    const html = `<p>${'£'.repeat(MAX_PAGE_URL_CHARS / 2)}</p>`;
    await expect(printPdf({ html }, printer)).rejects.toThrow(/too long to print here; export it as HTML/);
    expect(printer.printed).toEqual([]);
  });
});

describe('the print page', () => {
  it('is a data: URL that carries every character of the HTML', () => {
    const html = '<p>£ € “ ” – — 児童 <script>x</script></p>';
    const url = htmlPageUrl(html);
    expect(url.startsWith('data:text/html;charset=utf-8;base64,')).toBe(true);
    expect(Buffer.from(url.split(',')[1] ?? '', 'base64').toString('utf8')).toBe(html);
  });

  it('may load itself and nothing else', () => {
    expect(isPrintRequestAllowed(htmlPageUrl('<p>x</p>'))).toBe(true);
    for (const url of [
      'https://example.com/x.png',
      'file:///etc/passwd',
      'evidence://source/a#1-2',
      'blob:x',
    ]) {
      expect(isPrintRequestAllowed(url), url).toBe(false);
    }
  });
});
