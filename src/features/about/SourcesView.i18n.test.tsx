import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { parseDataset } from '../../data/parseDataset.ts';
import { ja, jaParts } from '../../domain/i18n/messages/ja.ts';
import { ko, koParts } from '../../domain/i18n/messages/ko.ts';
import { EditionProvider, type Edition } from '../../ui/i18n.tsx';
import { makeDataset } from '../../../tests/fixtures/dataset.ts';
import { SourcesView } from './SourcesView.tsx';

/** The fixture plus a copy read elsewhere, in Japanese, cited by a response known only by a latest day. */
function dataset() {
  const raw = makeDataset();
  raw.sources.push({
    id: 'src-copy',
    publisher: 'KCNA',
    publisherType: 'north-korea-state-media',
    title: '朝鮮中央通信の報道',
    language: 'ja',
    url: 'https://aggregator.example/1998/09/21',
    published: '1998-09',
    provenance: 'republication',
    via: 'FAS',
  });
  const [, a] = raw.launches;
  if (!a) throw new Error('fixture');
  raw.condemnations.push({ id: 'press-1998', date: '1998-09-17', dateQualifier: 'on-or-before', by: 'UN Security Council', actorType: 'un-security-council', kind: 'press-statement', summary: 'Text not available.', launchIds: [a.id], sourceIds: ['src-copy'] });
  const result = parseDataset(raw);
  if (!result.ok) throw new Error('fixture');
  return result.dataset;
}

function renderIn(edition: Edition) {
  render(
    <EditionProvider edition={edition}>
      <SourcesView dataset={dataset()} onOpenLaunch={vi.fn()} onClose={vi.fn()} />
    </EditionProvider>,
  );
}

const entry = (title: string) => {
  const item = screen.getAllByRole('listitem').find((li) => li.classList.contains('source-entry') && li.textContent?.includes(title));
  if (!item) throw new Error(`no entry for ${title}`);
  return item;
};

describe('SourcesView in Korean', () => {
  it('groups, dates and describes the sources in Korean, keeping their titles as published', () => {
    renderIn({ locale: 'ko', m: ko, parts: koParts });
    expect(screen.getByRole('heading', { level: 2, name: '출처' })).toHaveFocus();
    expect(screen.getByText(/^데이터가 인용하는 출처 \d+건을/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: '북한 관영 매체 (1)' })).toBeInTheDocument();
    const copy = entry('朝鮮中央通信の報道');
    expect(copy).toHaveTextContent('KCNA: 朝鮮中央通信の報道');
    expect(copy).toHaveTextContent('1998년 9월 · 언어: 일본어 · FAS 경유(재게재)');
    const [response] = within(copy).getAllByRole('listitem');
    expect(response).toHaveTextContent('늦어도 1998년 9월 17일 · UN Security Council · 언론성명, 대상 발사: Sat A, 1998년 8월 31일');
  });
});

describe('SourcesView in Japanese', () => {
  it('groups, dates and describes the sources in Japanese', () => {
    renderIn({ locale: 'ja', m: ja, parts: jaParts });
    expect(screen.getByRole('heading', { level: 3, name: '北朝鮮の国営メディア （1）' })).toBeInTheDocument();
    expect(entry('朝鮮中央通信の報道')).toHaveTextContent('1998年9月 · 言語：日本語 · FAS経由（転載）');
  });
});
