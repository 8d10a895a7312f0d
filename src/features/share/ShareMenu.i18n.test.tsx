import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { enParts } from '../../domain/i18n/messages/enParts.ts';
import { ja, jaParts } from '../../domain/i18n/messages/ja.ts';
import { ko, koParts } from '../../domain/i18n/messages/ko.ts';
import { EditionProvider, type Edition } from '../../ui/i18n.tsx';
import { CiteThis } from './CiteThis.tsx';
import { CopyLinkButton } from './CopyLinkButton.tsx';
import { DownloadButtons } from './DownloadButtons.tsx';
import { DownloadImageButtons } from './DownloadImageButtons.tsx';
import { ShareMenu } from './ShareMenu.tsx';

const URL = 'https://news.example/timeline/?launch=2016-02-07-kwangmyongsong-4&lang=ko';
const TITLE = '광명성 4호, 2016년 2월 7일 — 북한의 위성 발사 시도, 1998~2023년';
// 23:30 UTC on 5 March 2027: 6 March in Seoul.
const NOW = new Date('2027-03-05T23:30:00Z');
const file = () => ({ name: 'f', text: '' });

function renderMenu(edition: Edition) {
  const { container } = render(
    <EditionProvider edition={edition}>
      <ShareMenu>
        <DownloadButtons makeCsv={file} makeJson={file} />
        <DownloadImageButtons prepare={() => Promise.reject(new Error('not in this test'))} />
        <CopyLinkButton url={URL} />
        <CiteThis title={TITLE} version="1.0.0" updated="2026-11-25" url={URL} accessed={NOW} timeZone="Asia/Seoul" />
      </ShareMenu>
    </EditionProvider>,
  );
  return { container, user: userEvent.setup() };
}

/** Every string of an English catalog area that reads as English words. */
function englishStrings(area: unknown): string[] {
  if (typeof area === 'string') return /[A-Za-z]{3}/.test(area) ? [area.trim()] : [];
  if (area === null || typeof area !== 'object') return [];
  return Object.values(area).flatMap(englishStrings);
}

function pageText(container: HTMLElement): string {
  const labels = [...container.querySelectorAll('[aria-label]')].map((el) => el.getAttribute('aria-label') ?? '');
  const values = [...container.querySelectorAll('textarea')].map((el) => el.value);
  return [container.textContent ?? '', ...labels, ...values].join('\n');
}

describe('Share & data in Korean', () => {
  it('names the menu and everything in it in Korean, and cites the view in Korean', async () => {
    const { container, user } = renderMenu({ locale: 'ko', m: ko, parts: koParts });
    await user.click(screen.getByRole('button', { name: '공유 및 데이터' }));
    expect(screen.getByRole('group', { name: '표시된 내용 내려받기' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'CSV 내려받기' })).toBeVisible();
    expect(screen.getByRole('group', { name: '이미지 내려받기' })).toBeVisible();
    expect(screen.getByRole('button', { name: '이미지 내려받기(PNG)' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: '링크 복사' }));
    expect(screen.getByText('링크를 복사했습니다')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '인용하기' }));
    const oneLine = screen.getByRole('textbox', { name: '한 줄' }) as HTMLTextAreaElement;
    expect(oneLine.value).toBe(`“${TITLE}”, nk-satellite-timeline, 버전 1.0.0, ${URL} (2027년 3월 6일 접속).`);
    expect((screen.getByRole('textbox', { name: 'APA 양식' }) as HTMLTextAreaElement).value).toContain('(버전 1.0.0) [데이터 세트]. 2027년 3월 6일 검색, https://');
    await user.click(screen.getByRole('button', { name: '한 줄 인용 복사' }));
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain('인용문을 복사했습니다.');
    const text = pageText(container);
    for (const english of englishStrings(enParts.share)) expect(text, english).not.toContain(english);
  });

  it('says why the picture could not be made, in Korean', async () => {
    const { user } = renderMenu({ locale: 'ko', m: ko, parts: koParts });
    await user.click(screen.getByRole('button', { name: '공유 및 데이터' }));
    await user.click(screen.getByRole('button', { name: '이미지 내려받기(SVG)' }));
    expect(await screen.findByText('이미지를 만들 수 없습니다. 다른 형식이나 다른 브라우저로 시도해 보세요.')).toHaveAttribute('role', 'status');
  });
});

describe('Share & data in Japanese', () => {
  it('names the menu and everything in it in Japanese', async () => {
    const { container, user } = renderMenu({ locale: 'ja', m: ja, parts: jaParts });
    await user.click(screen.getByRole('button', { name: '共有とデータ' }));
    expect(screen.getByRole('button', { name: 'リンクをコピー' })).toBeVisible();
    expect(screen.getByRole('button', { name: '画像をダウンロード（SVG）' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: '引用' }));
    expect((screen.getByRole('textbox', { name: '1行' }) as HTMLTextAreaElement).value).toBe(`「${TITLE}」、nk-satellite-timeline、バージョン1.0.0、${URL}（2027年3月6日閲覧）`);
    const text = pageText(container);
    for (const english of englishStrings(enParts.share)) expect(text, english).not.toContain(english);
  });
});
