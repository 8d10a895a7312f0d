import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { enParts } from '../../domain/i18n/messages/enParts.ts';
import { ja, jaParts } from '../../domain/i18n/messages/ja.ts';
import { ko, koParts } from '../../domain/i18n/messages/ko.ts';
import { DEFAULT_URL_STATE, type UrlState } from '../../domain/urlState.ts';
import { EditionProvider, type Edition } from '../../ui/i18n.tsx';
import { EmbedDialog } from './EmbedDialog.tsx';
import { withDialogMethods } from '../../../tests/fixtures/dialog.ts';

withDialogMethods();

const BASE = 'https://news.example/timeline/';
const VIEW: UrlState = { ...DEFAULT_URL_STATE, launch: '2016-02-07-kwangmyongsong-4', theme: 'dark' };
const SRC = 'https://news.example/timeline/embed.html?launch=2016-02-07-kwangmyongsong-4&amp;theme=dark&amp;embed=1';
/** The same view in an edition's folder. */
const SRC_IN = (lang: 'ko' | 'ja') => SRC.replace('/timeline/embed.html', `/timeline/${lang}/embed.html`);

async function openDialog(edition: Edition | null, title = '북한의 위성 발사 시도, 1998~2023년') {
  const dialog = <EmbedDialog state={VIEW} title={title} baseUrl={BASE} />;
  const { container } = render(edition === null ? dialog : <EditionProvider edition={edition}>{dialog}</EditionProvider>);
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: edition === null ? 'Embed' : (edition.parts ?? enParts).share.embed.button }));
  return { user, container, dialog: screen.getByRole('dialog') };
}

const code = (dialog: HTMLElement, name: string) => (within(dialog).getByRole('textbox', { name }) as HTMLTextAreaElement).value;

/** Every string of an English catalog area that reads as English words. */
function englishStrings(area: unknown): string[] {
  if (typeof area === 'string') return /[A-Za-z]{3}/.test(area) ? [area.trim()] : [];
  if (area === null || typeof area !== 'object') return [];
  return Object.values(area).flatMap(englishStrings);
}

describe('EmbedDialog in Korean', () => {
  it('is in Korean, and its code embeds the Korean edition by default', async () => {
    const { dialog, container } = await openDialog({ locale: 'ko', m: ko, parts: koParts });
    expect(dialog).toHaveAccessibleName('이 연표 임베드하기');
    const language = within(dialog).getByRole('combobox', { name: '임베드 언어' });
    expect(language).toHaveValue('ko');
    expect(within(language).getAllByRole('option').map((o) => o.textContent)).toEqual(['English', '한국어', '日本語']);
    const snippet = code(dialog, '임베드 코드');
    expect(snippet).toContain(`src="${SRC_IN('ko')}"`);
    expect(snippet).toContain('title="인터랙티브 연표: 북한의 위성 발사 시도, 1998~2023년"');
    expect(within(dialog).getByRole('radio', { name: '휴대전화(375px)' })).toBeChecked();
    expect(within(dialog).getByRole('button', { name: '코드 복사' })).toBeInTheDocument();
    expect(within(dialog).getByTitle('미리 보기: 인터랙티브 연표: 북한의 위성 발사 시도, 1998~2023년')).toHaveAttribute(
      'src',
      'https://news.example/timeline/ko/embed.html?launch=2016-02-07-kwangmyongsong-4&theme=dark&embed=1',
    );
    const text = `${container.textContent ?? ''}\n${snippet}`;
    for (const english of englishStrings(enParts.share.embed)) expect(text, english).not.toContain(english);
  });

  it('changes the code with the language chosen: Japanese adds lang=ja, English none', async () => {
    const { user, dialog } = await openDialog({ locale: 'ko', m: ko, parts: koParts });
    const language = within(dialog).getByRole('combobox', { name: '임베드 언어' });
    await user.selectOptions(language, '日本語');
    expect(code(dialog, '임베드 코드')).toContain(`src="${SRC_IN('ja')}"`);
    await user.selectOptions(language, 'English');
    const snippet = code(dialog, '임베드 코드');
    expect(snippet).toContain(`src="${SRC}"`);
    expect(snippet).not.toContain('lang=');
  });
});

describe('EmbedDialog in Japanese', () => {
  it('is in Japanese, and embeds the Japanese edition by default', async () => {
    const { dialog } = await openDialog({ locale: 'ja', m: ja, parts: jaParts }, '北朝鮮の衛星打ち上げの試み');
    expect(dialog).toHaveAccessibleName('この年表を埋め込む');
    expect(within(dialog).getByRole('combobox', { name: '埋め込みの言語' })).toHaveValue('ja');
    expect(code(dialog, '埋め込みコード')).toContain(`src="${SRC_IN('ja')}"`);
  });
});

describe('EmbedDialog in English', () => {
  it('embeds English without a lang, and another edition on request', async () => {
    const { user, dialog } = await openDialog(null, 'Launches');
    const language = within(dialog).getByRole('combobox', { name: 'Language of the embed' });
    expect(language).toHaveValue('en');
    expect(code(dialog, 'Embed code')).toContain(`src="${SRC}"`);
    await user.selectOptions(language, '한국어');
    expect(code(dialog, 'Embed code')).toContain(`src="${SRC_IN('ko')}"`);
  });
});
