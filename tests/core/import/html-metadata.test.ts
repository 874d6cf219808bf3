import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseCslDate, readHtmlMetadata } from '../../../src/core/import/html-metadata';

const metadataOf = (html: string) => readHtmlMetadata(parseHTML(html).document);

describe('readHtmlMetadata', () => {
  it('reads citation metadata from Open Graph, article and link tags', () => {
    const { titles, metadata } = metadataOf(`<html><head>
      <title>Tab title | Site</title>
      <meta property="og:title" content="Councils plan outsourcing">
      <meta name="author" content="Jane Smith">
      <meta property="article:author" content="https://example.org/people/jane">
      <meta property="og:site_name" content="Local Government Chronicle">
      <meta property="article:published_time" content="2014-10-07T09:00:00+01:00">
      <meta property="og:url" content="https://example.org/og">
      <link rel="canonical" href="https://example.org/story">
      </head><body><p>x</p></body></html>`);
    expect(titles).toEqual(['Councils plan outsourcing', null, 'Tab title | Site']);
    expect(metadata).toEqual({
      type: 'webpage',
      author: [{ literal: 'Jane Smith' }],
      publisher: 'Local Government Chronicle',
      issued: { 'date-parts': [[2014, 10, 7]] },
      URL: 'https://example.org/story',
    });
  });

  it('falls back to og:url, meta date and Dublin Core when the main tags are missing', () => {
    const { metadata } = metadataOf(`<head><meta property="og:url" content="https://e.org/a">
      <meta name="DC.date" content="2017-12"><meta property="article:author" content="A. Writer"></head><p>x</p>`);
    expect(metadata.URL).toBe('https://e.org/a');
    expect(metadata.issued).toEqual({ 'date-parts': [[2017, 12]] });
    expect(metadata.author).toEqual([{ literal: 'A. Writer' }]);
    expect(metadata.publisher).toBeUndefined();
  });

  it('returns no title when the page states none', () => {
    expect(metadataOf('<body><p>Only text</p></body>').titles).toEqual([null, null, null]);
  });
});

describe('parseCslDate', () => {
  it('keeps dates it cannot read as raw text instead of guessing', () => {
    expect(parseCslDate('2015')).toEqual({ 'date-parts': [[2015]] });
    expect(parseCslDate('12th December 2017')).toEqual({ raw: '12th December 2017' });
  });
});
