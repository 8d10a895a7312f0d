import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { parseDataset } from '../../data/parseDataset.ts';
import type { Correction } from '../../data/schema.ts';
import { coverageStatement } from '../../domain/methodology.ts';
import { enParts } from '../../domain/i18n/messages/enParts.ts';
import { ja, jaParts } from '../../domain/i18n/messages/ja.ts';
import { ko, koParts } from '../../domain/i18n/messages/ko.ts';
import type { Edition } from '../../ui/i18n.tsx';
import { EditionProvider } from '../../ui/i18n.tsx';
import { makeDataset } from '../../../tests/fixtures/dataset.ts';
import { MethodologyView } from './MethodologyView.tsx';

const KO: Edition = { locale: 'ko', m: ko, parts: koParts };
const JA: Edition = { locale: 'ja', m: ja, parts: jaParts };

function dataset(corrections: Correction[] = []) {
  const result = parseDataset({ ...makeDataset(), corrections });
  if (!result.ok) throw new Error('fixture');
  return result.dataset;
}

function renderIn(edition: Edition | null, corrections: Correction[] = []) {
  const view = <MethodologyView dataset={dataset(corrections)} onOpenLaunch={vi.fn()} onClose={vi.fn()} onOpenSources={vi.fn()} />;
  return render(edition === null ? view : <EditionProvider edition={edition}>{view}</EditionProvider>);
}

/** Every string of an English catalog area that reads as English words (not ": " or "(…)"). */
function englishStrings(area: unknown): string[] {
  if (typeof area === 'string') return /[A-Za-z]{3}/.test(area) ? [area.trim()] : [];
  if (area === null || typeof area !== 'object') return [];
  return Object.values(area).flatMap(englishStrings);
}

/** The page's text and its labels, for checking that no English interface string is left. */
function pageText(container: HTMLElement): string {
  const labels = [...container.querySelectorAll('[aria-label],[title]')].map((el) => `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}`);
  return `${container.textContent ?? ''}\n${labels.join('\n')}`;
}

describe('MethodologyView in Korean', () => {
  it('speaks Korean throughout, headings in order, with a note on how the edition was made', () => {
    const { container } = renderIn(KO);
    expect(screen.getByRole('heading', { level: 2, name: '어떻게 확인했나' })).toHaveFocus();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      '한국어판에 대하여',
      '무엇을 발사 시도로 보나',
      '‘성공’의 뜻',
      '북한의 주장과 독립적인 평가',
      '날짜, 시각, 시간대',
      '규탄, 그리고 규탄 거부',
      '출처',
      '풀리지 않은 문제',
      '정정',
    ]);
    const edition = screen.getByRole('region', { name: '한국어판에 대하여' });
    expect(edition).toHaveTextContent('기계 번역(AI 모델)');
    expect(edition).toHaveTextContent('한국어를 모국어로 하는 편집자의 검토를 거치지 않았습니다');
    expect(edition).toHaveTextContent('기준은 영어 원문');
    expect(edition).toHaveTextContent('정정 기록과 출처의 제목은 번역하지 않습니다');
    expect(screen.getByRole('button', { name: '연표로 돌아가기' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '모든 출처' })).toBeInTheDocument();
    expect(screen.getAllByRole('term').map((t) => t.textContent)).toContain('규탄 거부');
    const text = pageText(container);
    for (const english of englishStrings(enParts.about)) expect(text, english).not.toContain(english);
  });

  it('keeps quotations in English, marked as English, beside their translation', () => {
    renderIn(KO);
    const quote = screen.getByText('“third attempt”');
    expect(quote.tagName).toBe('SPAN');
    expect(quote).toHaveAttribute('lang', 'en');
    expect(quote.parentElement).toHaveTextContent('(‘세 번째 시도’)');
  });

  it('states the coverage and the dates in Korean', () => {
    const { container } = renderIn(KO);
    expect(container.querySelector('.about-view__coverage')).toHaveTextContent('2024년 5월 27일의 발사 실패와 그 이후의 발사는 이 범위에 들지 않습니다.');
    expect(screen.getByRole('region', { name: '정정' })).toHaveTextContent('아직 정정 사항이 없습니다. 현재 데이터는 버전 1.2.3(2026년 11월 25일 갱신)입니다.');
    expect(coverageStatement({ range: { start: '1998-01-01', end: '2024-12-31' }, reviewed: '2026-12-02', version: '1.2.0' }, koParts.about, 'ko')).toBe(
      '이 연표는 1998년부터 2024년까지의 발사 시도를 다룹니다. 데이터는 2026년 12월 2일에 마지막으로 출처와 대조했습니다(버전 1.2.0).',
    );
  });

  it('shows the corrections log untranslated, marked as English, under Korean labels', () => {
    renderIn(KO, [{ id: 'fix', date: '2027-01-10', recordId: '2012-12-12-sat-b', summary: 'Launch time changed.', reason: 'NORAD agrees.' }]);
    const [item] = within(screen.getByRole('region', { name: '정정' })).getAllByRole('listitem');
    if (!item) throw new Error('no entry');
    expect(item).toHaveTextContent('2027년 1월 10일 · 발사: Sat B(Rocket B), 2012년 12월 12일');
    expect(item).toHaveTextContent('변경 내용: Launch time changed.');
    expect(within(item).getByText('Launch time changed.')).toHaveAttribute('lang', 'en');
    expect(within(item).getByText('NORAD agrees.')).toHaveAttribute('lang', 'en');
    expect(within(item).getByRole('button', { name: 'Sat B(2012년 12월 12일) 열기' })).toBeInTheDocument();
  });
});

describe('MethodologyView in Japanese', () => {
  it('speaks Japanese throughout, with a note on how the edition was made', () => {
    const { container } = renderIn(JA);
    expect(screen.getByRole('heading', { level: 2, name: 'どう確認したか' })).toBeInTheDocument();
    const edition = screen.getByRole('region', { name: '日本語版について' });
    expect(edition).toHaveTextContent('機械翻訳（AIモデル）');
    expect(edition).toHaveTextContent('日本語を母語とする編集者の校閲を受けていません');
    expect(screen.getByRole('region', { name: '未解明の点' })).toBeInTheDocument();
    expect(container.querySelector('.about-view__coverage')).toHaveTextContent('この年表は1998年から2023年までの打ち上げの試みを収録しています。');
    const text = pageText(container);
    for (const english of englishStrings(enParts.about)) expect(text, english).not.toContain(english);
  });
});

describe('MethodologyView in English', () => {
  it('says nothing about a translation, and leaves the corrections unmarked', () => {
    renderIn(null, [{ id: 'fix', date: '2027-01-10', recordId: '2012-12-12-sat-b', summary: 'Launch time changed.', reason: 'NORAD agrees.' }]);
    expect(screen.queryByRole('region', { name: /edition/i })).toBeNull();
    expect(screen.getByText('Launch time changed.')).not.toHaveAttribute('lang');
  });
});
