import { describe, expect, it } from 'vitest';
import { loadedFixture } from '../../tests/fixtures/dataset.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardFor, shareCardSvg } from './shareCard.ts';

const dataset = loadedFixture;

const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? '');

describe('cardFor', () => {
  it('marks the launch of a launch page, and only it, on the strip', () => {
    const card = cardFor(dataset(), { kind: 'launch', id: '1998-08-31-sat-a' });
    expect(card).toMatchObject({ heading: 'Sat A', subline: 'Rocket A rocket · 31 August 1998', badge: { outcome: 'failure', claim: 'North Korea claimed success' } });
    expect(card?.launches.filter((l) => l.marked)).toHaveLength(1);
    expect(card?.launches).toHaveLength(3);
  });

  it('marks every launch of an outcome page', () => {
    const card = cardFor(dataset(), { kind: 'outcome', outcome: 'failure' });
    expect(card?.heading).toBe('2 failures');
    expect(card?.launches.filter((l) => l.marked).map((l) => l.outcome)).toEqual(['failure', 'failure']);
  });

  it('is null for a launch the data does not have', () => {
    expect(cardFor(dataset(), { kind: 'launch', id: '2000-01-01-none' })).toBeNull();
  });
});

describe('shareCardSvg', () => {
  it('is a 1200 × 630 picture with the words of the card as text, the years of the span and the data line', () => {
    const card = cardFor(dataset(), { kind: 'launch', id: '1998-08-31-sat-a' });
    if (!card) throw new Error('fixture');
    const svg = shareCardSvg(card);
    expect(svg).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}"`));
    expect(texts(svg)).toEqual(expect.arrayContaining(['Fixture launches', 'Sat A', 'Rocket A rocket · 31 August 1998', 'Failed', 'North Korea claimed success', '1998', '2023', '2005', '2020', 'Data: Fixture launches v1.2.3, CC BY 4.0']));
  });

  it('escapes what the data says, and cuts a heading too long for two lines', () => {
    const card = cardFor(dataset(), null);
    if (!card) throw new Error('fixture');
    const svg = shareCardSvg({ ...card, heading: `<script>&${' word'.repeat(80)}` });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;&amp;');
    const heading = texts(svg).filter((t) => t.includes('word'));
    expect(heading).toHaveLength(2);
    expect(heading[1]?.endsWith('…')).toBe(true);
  });
});
