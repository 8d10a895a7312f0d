// The panel in the Korean and Japanese editions: the interface in the edition's words, dates and
// times as its readers write them, and English runs in translated text marked as English.
import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { parseDataset } from '../../data/parseDataset.ts';
import type { Dataset } from '../../data/schema.ts';
import { en } from '../../domain/i18n/messages/en.ts';
import { ja, jaParts } from '../../domain/i18n/messages/ja.ts';
import { ko, koParts } from '../../domain/i18n/messages/ko.ts';
import type { Locale } from '../../domain/i18n/locale.ts';
import { EditionProvider, type Edition } from '../../ui/i18n.tsx';
import { citeAll, makeDataset } from '../../../tests/fixtures/dataset.ts';
import { LaunchPanel } from './LaunchPanel.tsx';

const EDITIONS: Record<Exclude<Locale, 'en'>, Edition> = { ko: { locale: 'ko', m: ko, parts: koParts }, ja: { locale: 'ja', m: ja, parts: jaParts } };

/** The fixture as a translated edition reads it: its own names and sentences, one quotation kept in English. */
function loadDataset(locale: 'ko' | 'ja'): Dataset {
  const raw = makeDataset();
  const local = (koText: string, jaText: string) => (locale === 'ko' ? koText : jaText);
  const launches = raw.launches.map((l, i) => ({
    ...l,
    payload: local(`위성 ${i}`, `衛星${i}`),
    vehicle: local(`로켓 ${i}`, `ロケット${i}`),
    site: { ...l.site, name: local('서해 발사장', '西海発射場') },
    outcomeSummary: local('요약', '要約'),
    summary: local('북한은 {{en|“an earth observation satellite”}}라고 밝혔다.', '北朝鮮は{{en|“an earth observation satellite”}}と発表した。'),
    facts: l.facts.map((f, j) => ({ ...f, text: local(`사실 ${j}`, `事実${j}`) })),
  }));
  const dataset = {
    ...raw,
    launches: [
      ...launches,
      {
        id: '2016-02-07-sat-d',
        launchedAt: '2016-02-07T00:30:00Z',
        timePrecision: 'approximate',
        pyongyangUtcOffset: '+08:30',
        vehicle: local('로켓 D', 'ロケットD'),
        vehicleAliases: ['Alias D'],
        payload: local('위성 D', '衛星D'),
        site: { name: local('서해 발사장', '西海発射場'), lat: 39.66, lon: 124.705 },
        outcome: 'success',
        outcomeSummary: local('궤도 진입', '軌道到達'),
        northKoreaClaimed: 'success',
        orbit: { cospar: '2016-009A', perigeeKm: 465, apogeeKm: 502, inclinationDeg: 97.5, decayedOn: '2023-06-30', sourceIds: ['src-news'] },
        timeSource: local('조선중앙통신', '朝鮮中央通信'),
        summary: local('서술 D.', '記述D。'),
        citations: citeAll(['src-news']),
        facts: [{ text: local('논란 D1', '異論D1'), sourceIds: ['src-news'], status: 'disputed' }],
      },
    ],
    condemnations: raw.condemnations.map((c) => ({ ...c, by: local('유엔 안전보장이사회', '国連安全保障理事会'), summary: local('규탄했다.', '非難した。') })),
  };
  const result = parseDataset(dataset);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dataset;
}

async function setup(locale: 'ko' | 'ja', launchId: string) {
  const dataset = loadDataset(locale);
  const index = dataset.launches.findIndex((l) => l.id === launchId);
  const launch = dataset.launches[index];
  if (!launch) throw new Error(`no launch ${launchId}`);
  render(
    <EditionProvider edition={EDITIONS[locale]}>
      <LaunchPanel
        dataset={dataset}
        launch={launch}
        previous={dataset.launches[index - 1] ?? null}
        next={dataset.launches[index + 1] ?? null}
        onNavigate={vi.fn()}
        onClose={vi.fn()}
        onShowMethodology={vi.fn()}
      />
    </EditionProvider>,
  );
  const panel = screen.getByRole('region', { name: EDITIONS[locale].m.panel.region });
  await waitFor(() => expect(within(panel).queryByText(EDITIONS[locale].m.panel.loading)).toBeNull());
  return panel;
}

/**
 * The English words of the panel catalog: every string, and the literal parts of every message
 * function (its arguments replaced by a marker). Names that every edition writes the same are left out.
 */
function englishWords(): string[] {
  const MARK = '§';
  const SAME_EVERYWHERE = new Set(['km', 'UTC']);
  const words: string[] = [];
  const visit = (value: unknown) => {
    if (typeof value === 'string') words.push(value);
    else if (typeof value === 'function') words.push(...String((value as (...args: string[]) => unknown)(MARK, MARK, MARK)).split(/§|NaN/));
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(en.panel);
  // Each run of English words on its own ("Pyongyang Time", "about"), so punctuation around it does not hide it.
  const phrases = words.flatMap((w) => w.match(/[A-Za-z][A-Za-z’' ]*[A-Za-z]/g) ?? []);
  return [...new Set(phrases.map((w) => w.trim()).filter((w) => w.length >= 3 && !SAME_EVERYWHERE.has(w)))];
}

describe('LaunchPanel in Korean', () => {
  it('names its parts in Korean', async () => {
    const panel = await setup('ko', '2012-12-12-sat-b');
    expect(screen.getByRole('button', { name: '상세 닫기' })).toBeInTheDocument();
    for (const heading of ['주요 사실', '관련 규탄·대응', '출처']) expect(within(panel).getByRole('heading', { level: 3, name: heading })).toBeInTheDocument();
    for (const term of ['발사체', '탑재체', '발사장', '평가 결과', '북한 주장', '궤도']) expect(within(panel).getByText(term, { selector: 'dt' })).toBeInTheDocument();
    expect(within(panel).getByText('평가 결과').closest('div')).toHaveTextContent('궤도 진입: 요약');
    expect(within(panel).getByText('발사장').closest('div')).toHaveTextContent('서해 발사장, 북위 39.660°, 동경 124.705°');
    expect(screen.getByRole('button', { name: '이전: 로켓 1, 1998년 8월 31일' })).toBeEnabled();
    expect(screen.getByRole('button', { name: '다음: 로켓 D, 2016년 2월 7일' })).toBeEnabled();
    expect(screen.getByRole('button', { name: '어떻게 확인했나' })).toBeInTheDocument();
  });

  it('gives the time in Korea with 오전/오후, and UTC beside it', async () => {
    const panel = await setup('ko', '2012-12-12-sat-b');
    const kst = within(panel).getByText('2012년 12월 12일 오전 9시 49분(한국 시간)');
    expect(kst.tagName).toBe('TIME');
    expect(kst).toHaveAttribute('datetime', '2012-12-12T09:49+09:00');
    expect(kst.closest('p')).toHaveTextContent('2012년 12월 12일 오전 9시 49분(한국 시간) · 2012년 12월 12일 0시 49분(UTC)');
  });

  it('gives each reading its own date when KST and UTC fall on different days', async () => {
    const panel = await setup('ko', '2023-05-31-sat-c');
    expect(within(panel).getByText('2023년 5월 31일 오전 6시 27분(한국 시간)')).toBeInTheDocument();
    expect(within(panel).getByText('2023년 5월 30일 21시 27분(UTC)')).toBeInTheDocument();
  });

  it('adds Pyongyang Time (평양시) in 2016, "약" for approximate times, and the orbit in Korean', async () => {
    const panel = await setup('ko', '2016-02-07-sat-d');
    expect(within(panel).getByText(/한국 시간/).closest('p')).toHaveTextContent(
      '2016년 2월 7일 약 오전 9시 30분(한국 시간) (평양시 약 오전 9시) · 2016년 2월 7일 약 0시 30분(UTC)',
    );
    expect(within(panel).getByText(/^시각 출처/)).toHaveTextContent('시각 출처: 조선중앙통신');
    expect(within(panel).getByText('궤도').closest('div')).toHaveTextContent(
      'COSPAR 2016-009A · 고도 465~502km · 궤도 경사각 97.5° · 2023년 6월 30일 대기권 재진입',
    );
    expect(within(panel).getByText('발사체').closest('div')).toHaveTextContent('로켓 D (다른 이름: Alias D)');
    expect(within(panel).getByText('논란 D1').closest('li')).toHaveTextContent(/^논란 있음/);
  });

  it('dates responses and sources in Korean', async () => {
    const panel = await setup('ko', '2012-12-12-sat-b');
    const section = within(panel).getByRole('region', { name: '관련 규탄·대응' });
    expect(within(section).getByRole('listitem')).toHaveTextContent(/^!결의2013년 1월 22일 · 유엔 안전보장이사회 · S\/RES\/2087 \(2013\)규탄했다\./);
    const sources = within(panel).getByRole('region', { name: '출처' });
    expect(within(sources).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^A newspaper: A news page.*, 2012년 12월$/),
      expect.stringMatching(/^United Nations: A UN page.*, 2013년 1월 22일$/),
    ]);
  });

  it('announces the opened launch in Korean', async () => {
    await setup('ko', '2012-12-12-sat-b');
    await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^상세 정보 열림: 위성 0, 2012년 12월 12일$/));
  });

  it('shows no English of the interface', async () => {
    expect(englishWords()).toEqual(expect.arrayContaining(['Launch details', 'KST', 'about', 'Pyongyang Time', 'Time given by', 'Related condemnations', 'decayed', 'also']));
    const panel = await setup('ko', '2016-02-07-sat-d');
    const text = panel.textContent ?? '';
    const labels = [...panel.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label')).join(' ');
    for (const word of englishWords()) {
      expect(text, word).not.toContain(word);
      expect(labels, word).not.toContain(word);
    }
  });

  it('marks an English quotation in a translated summary as English, without its braces', async () => {
    const panel = await setup('ko', '2012-12-12-sat-b');
    const quote = within(panel).getByText('“an earth observation satellite”');
    expect(quote.tagName).toBe('SPAN');
    expect(quote).toHaveAttribute('lang', 'en');
    expect(quote.closest('p')).toHaveTextContent('북한은 “an earth observation satellite”라고 밝혔다.');
    expect(panel.textContent).not.toMatch(/\{\{|\}\}/);
  });
});

describe('LaunchPanel in Japanese', () => {
  it('names its parts in Japanese', async () => {
    const panel = await setup('ja', '2012-12-12-sat-b');
    expect(screen.getByRole('button', { name: '詳細を閉じる' })).toBeInTheDocument();
    for (const heading of ['主な事実', '関連する非難・対応', '出典']) expect(within(panel).getByRole('heading', { level: 3, name: heading })).toBeInTheDocument();
    expect(within(panel).getByText('発射場').closest('div')).toHaveTextContent('西海発射場、北緯39.660°、東経124.705°');
    expect(within(panel).getByText('評価結果').closest('div')).toHaveTextContent('軌道到達：要約');
    expect(screen.getByRole('button', { name: '前へ：ロケット1、1998年8月31日' })).toBeEnabled();
  });

  it('gives Japan time (the same as Korea’s) first and UTC beside it', async () => {
    const panel = await setup('ja', '2012-12-12-sat-b');
    expect(within(panel).getByText(/日本時間/).closest('p')).toHaveTextContent('2012年12月12日 9時49分（日本時間・韓国時間）· 2012年12月12日 0時49分（UTC）');
  });

  it('adds Pyongyang Time (平壌時間) in 2016 and "頃" for approximate times', async () => {
    const panel = await setup('ja', '2016-02-07-sat-d');
    expect(within(panel).getByText(/日本時間/).closest('p')).toHaveTextContent(
      '2016年2月7日 9時30分頃（日本時間・韓国時間）（平壌時間 9時頃）· 2016年2月7日 0時30分頃（UTC）',
    );
  });

  it('shows no English of the interface, and announces the launch in Japanese', async () => {
    const panel = await setup('ja', '2016-02-07-sat-d');
    const text = panel.textContent ?? '';
    for (const word of englishWords()) expect(text, word).not.toContain(word);
    await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/^詳細を表示：衛星D、2016年2月7日$/));
  });

  it('marks the English quotation in a translated summary', async () => {
    const panel = await setup('ja', '2023-05-31-sat-c');
    expect(within(panel).getByText('“an earth observation satellite”')).toHaveAttribute('lang', 'en');
    expect(within(panel).getByText('2023年5月31日 6時27分（日本時間・韓国時間）')).toBeInTheDocument();
    expect(within(panel).getByText('2023年5月30日 21時27分（UTC）')).toBeInTheDocument();
  });
});
