import { describe, expect, it } from 'vitest';
import { sourceUrlProblems } from './sourceUrlRules.ts';

describe('sourceUrlProblems', () => {
  it.each([
    'https://thespacereview.com/article/4772/1',
    'https://www.nknews.org/2023/08/north-korea-launches-satellite-from-main-spaceport-rok-media/',
    // A bare WordPress "?p=" is a published post's plain permalink, not a preview.
    'https://agenparl.eu/?p=3871581',
    // Words that merely contain "preview", "cms" or "origin" are not named for them.
    'https://www.previewsworld.com/story',
    'https://cmsnews.example/a',
    'https://original-reporting.example/origins/2012',
    'http://www.un.org/press/en/2009/sc9634.doc.htm',
  ])('accepts %s', (url) => {
    expect(sourceUrlProblems(url)).toEqual([]);
  });

  it('rejects a host name ending in a dot and says how to write it', () => {
    expect(sourceUrlProblems('https://thespacereview.com./article/4772/1')).toEqual([
      'has a host name ending in a dot ("thespacereview.com."); write the host without it ("thespacereview.com")',
    ]);
  });

  it.each([
    ['a preview path on a CMS host', 'https://voa.pangea-cms.com/preview/en-US/a/south-korea/3184603.html', ['preview address', 'content-management']],
    ['a preview host', 'https://preview.www.huffpost.com/topic/norad', ['preview address']],
    ['a hyphenated preview host', 'https://news-preview.example.org/2023/story', ['preview address']],
    ['a WordPress draft', 'https://example.org/?p=123&preview=true', ['draft preview']],
    ['a preview_id draft', 'https://example.org/2023/11/story/?preview_id=99', ['draft preview']],
    ['a public-post-preview link', 'https://example.org/story/?_ppp=abc123', ['draft preview']],
    ['a cms. host', 'https://cms.example-news.com/articles/1', ['content-management']],
    ['a WordPress admin page', 'https://example.org/wp-admin/post.php?post=12&action=edit', ['content-management']],
    ['an origin server', 'https://ajw-origin.potaufeu.asahi.com/ajw/articles/14921266', ['origin server']],
    ['an origin- host', 'https://origin-www.example.com/news/1', ['origin server']],
  ])('rejects %s', (_name, url, expected) => {
    const problems = sourceUrlProblems(url);
    expect(problems).toHaveLength(expected.length);
    expected.forEach((fragment, i) => expect(problems[i]).toContain(fragment));
  });

  it('leaves addresses that are not http(s) URLs to the loader', () => {
    expect(sourceUrlProblems('javascript:alert(1)')).toEqual([]);
    expect(sourceUrlProblems('not a url')).toEqual([]);
  });
});
