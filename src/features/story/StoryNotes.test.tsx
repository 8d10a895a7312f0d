import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Source } from '../../data/schema.ts';
import { ko, koParts } from '../../domain/i18n/messages/ko.ts';
import { EditionProvider } from '../../ui/i18n.tsx';
import { StoryNotes } from './StoryNotes.tsx';

const COPY: Source = {
  id: 'kcna-fas',
  publisher: 'KCNA',
  publisherType: 'government',
  title: 'KCNA on Successful Launch of First Satellite in DPRK',
  url: 'https://fas.org/news/dprk/1998/dprk-980904a.htm',
  rawUrl: 'https://fas.org/news/dprk/1998/dprk-980904a.htm',
  provenance: 'republication',
  via: 'FAS',
};
const ORIGINAL: Source = { id: 'un', publisher: 'United Nations', publisherType: 'un', title: 'A UN page', url: 'https://press.un.org/x', rawUrl: 'https://press.un.org/x', provenance: 'original' };

describe('StoryNotes', () => {
  it('says where a copy of a source was read, as the other source lists do, and nothing for an original', () => {
    render(<StoryNotes standfirst={{ text: 'A standfirst.', sourceIds: ['kcna-fas', 'un'] }} annotations={[]} sources={[COPY, ORIGINAL]} />);
    const items = within(screen.getByRole('list', { name: 'Sources' })).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(/^KCNA: KCNA on Successful Launch of First Satellite in DPRK.* · via FAS \(republication\)$/);
    expect(items[1]).not.toHaveTextContent('via');
  });
});

describe('StoryNotes in Korean', () => {
  it('names its heading and source lists in Korean, and marks English runs in the notes as English', () => {
    render(
      <EditionProvider edition={{ locale: 'ko', m: ko, parts: koParts }}>
        <StoryNotes standfirst={{ text: '북한은 {{en|“a satellite”}}라고 밝혔다.', sourceIds: ['kcna-fas', 'missing'] }} annotations={[]} sources={[COPY, ORIGINAL]} />
      </EditionProvider>,
    );
    expect(screen.getByRole('heading', { level: 2, name: '타임라인 해설' })).toBeInTheDocument();
    const items = within(screen.getByRole('list', { name: '출처' })).getAllByRole('listitem');
    expect(items[1]).toHaveTextContent('데이터 파일에 없는 출처: “missing”');
    const quote = screen.getByText('“a satellite”');
    expect(quote).toHaveAttribute('lang', 'en');
    expect(quote.closest('p')).toHaveTextContent('북한은 “a satellite”라고 밝혔다.');
  });
});
