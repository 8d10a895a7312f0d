import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LaunchTable } from './LaunchTable.tsx';
import { LaunchActionsContext, type LaunchActions } from '../../ui/launchActions.ts';
import { createLaunchFocus, LaunchFocusContext, type LaunchFocus } from '../../ui/launchFocus.ts';
import { loadedFixture } from '../../../tests/fixtures/dataset.ts';
import { EditionProvider, type Edition } from '../../ui/i18n.tsx';
import { ja, jaParts } from '../../domain/i18n/messages/ja.ts';
import { ko, koParts } from '../../domain/i18n/messages/ko.ts';

const dataset = loadedFixture;

function renderTable({ actions = { select: vi.fn() }, focus = createLaunchFocus() }: { actions?: LaunchActions; focus?: LaunchFocus } = {}) {
  const d = dataset();
  return render(
    <LaunchActionsContext value={actions}>
      <LaunchFocusContext value={focus}>
        <LaunchTable launches={d.launches} condemnations={d.condemnations} selectedId={null} />
      </LaunchFocusContext>
    </LaunchActionsContext>,
  );
}

describe('LaunchTable', () => {
  it('lists every launch as a row with date (KST), payload, vehicle, outcome, claim and responses', () => {
    renderTable();
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]?.textContent)).toEqual(['31 August 1998', '12 December 2012', '31 May 2023']);
    const b = rows[1];
    if (!b) throw new Error('row');
    expect(within(b).getByRole('rowheader')).toHaveTextContent('Sat B');
    expect(b).toHaveTextContent('Rocket B');
    expect(b).toHaveTextContent('Reached orbit');
    expect(within(b).getAllByRole('cell').at(-1)).toHaveTextContent('1');
  });

  it('sorts by date both ways', async () => {
    renderTable();
    await userEvent.click(screen.getByRole('button', { name: /Date \(KST\)/ }));
    expect(screen.getByRole('columnheader', { name: /Date/ })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Sat C', 'Sat B', 'Sat A']);
  });

  it('opens a launch from its row', async () => {
    const select = vi.fn();
    renderTable({ actions: { select } });
    await userEvent.click(screen.getByRole('button', { name: 'Sat A' }));
    expect(select).toHaveBeenCalledWith('1998-08-31-sat-a');
  });

  it("gives focus back to a launch's row when the app asks for it, after a re-sort too", async () => {
    const focus = createLaunchFocus();
    renderTable({ focus });
    focus.focus('2012-12-12-sat-b');
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Sat B' })).toHaveFocus());
    await userEvent.click(screen.getByRole('button', { name: /Date \(KST\)/ }));
    focus.focus('2023-05-31-sat-c');
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Sat C' })).toHaveFocus());
  });
});

describe('LaunchTable in Korean and Japanese', () => {
  const renderIn = (edition: Edition) => {
    const d = dataset();
    // A translated payload with an English run, as an edition shows a name it has no translation for.
    const launches = d.launches.map((l, i) => (i === 0 ? { ...l, payload: '{{en|Sat A}}' } : l));
    return render(
      <EditionProvider edition={edition}>
        <LaunchActionsContext value={{ select: vi.fn() }}>
          <LaunchFocusContext value={createLaunchFocus()}>
            <LaunchTable launches={launches} condemnations={d.condemnations} selectedId={null} />
          </LaunchFocusContext>
        </LaunchActionsContext>
      </EditionProvider>,
    );
  };

  it('heads the columns and dates the rows in Korean', () => {
    renderIn({ locale: 'ko', m: ko, parts: koParts });
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      expect.stringMatching(/^날짜\(한국 시간\) ▲, 오래된 순으로 정렬됨/),
      '탑재체',
      '발사체',
      '결과',
      '북한 주장',
      '대응',
    ]);
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]?.textContent)).toEqual(['1998년 8월 31일', '2012년 12월 12일', '2023년 5월 31일']);
    expect(rows[1]).toHaveTextContent('궤도 진입');
    expect(rows[0]).toHaveTextContent('실패');
    expect(screen.getByRole('table')).toHaveAccessibleName('인공위성 발사 시도 목록. 탑재체를 선택하면 상세 정보가 열립니다');
    for (const english of ['Date (KST)', 'sorted', 'Payload', 'Vehicle', 'Outcome', 'North Korea claimed', 'Responses', 'No claim']) expect(document.body.textContent).not.toContain(english);
  });

  it('heads the columns and dates the rows in Japanese, the day in Japan being Korea’s', () => {
    renderIn({ locale: 'ja', m: ja, parts: jaParts });
    expect(screen.getByRole('columnheader', { name: /^日付（日本・韓国時間）/ })).toHaveAttribute('aria-sort', 'ascending');
    const rows = screen.getAllByRole('row').slice(1);
    // 30 May 2023 21:27 UTC is 31 May in Japan and Korea.
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]?.textContent)).toEqual(['1998年8月31日', '2012年12月12日', '2023年5月31日']);
    expect(rows[2]).toHaveTextContent('失敗');
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent).slice(1)).toEqual(['搭載物', 'ロケット', '結果', '北朝鮮の主張', '対応']);
  });

  it('marks an English run in a name as English, without its braces', () => {
    renderIn({ locale: 'ko', m: ko, parts: koParts });
    const name = screen.getByRole('button', { name: 'Sat A' });
    expect(name.querySelector('span[lang="en"]')).toHaveTextContent('Sat A');
    expect(name.textContent).toBe('Sat A');
  });
});
