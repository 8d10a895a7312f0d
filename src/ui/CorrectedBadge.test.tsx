import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Correction } from '../data/schema.ts';
import { ja, jaParts } from '../domain/i18n/messages/ja.ts';
import { ko, koParts } from '../domain/i18n/messages/ko.ts';
import { CorrectedBadge } from './CorrectedBadge.tsx';
import { EditionProvider, type Edition } from './i18n.tsx';

const FIX = { summary: 'Fixed a date.', reason: 'A better source.' };
const log: Correction[] = [
  { id: 'a', date: '2027-01-10', recordId: 'x', ...FIX },
  { id: 'b', date: '2027-03-02', recordId: 'x', ...FIX },
  { id: 'c', date: '2027-02-01', recordId: 'y', ...FIX },
];

const inEdition = (edition: Edition, recordId: string) =>
  render(
    <EditionProvider edition={edition}>
      <CorrectedBadge recordId={recordId} corrections={log} />
    </EditionProvider>,
  ).container;

describe('CorrectedBadge', () => {
  it('reads English without an edition', () => {
    const { container } = render(<CorrectedBadge recordId="x" corrections={log} />);
    expect(container).toHaveTextContent('Corrected 2 March 2027 (2 corrections); see the corrections log in How we know');
  });

  it('dates the correction in Korean and Japanese, the date first', () => {
    const korean = inEdition({ locale: 'ko', m: ko, parts: koParts }, 'x');
    expect(korean).toHaveTextContent(/^2027년 3월 2일 정정 \(정정 2회\)/);
    expect(korean.querySelector('time')).toHaveAttribute('datetime', '2027-03-02');
    expect(inEdition({ locale: 'ja', m: ja, parts: jaParts }, 'y')).toHaveTextContent(/^2027年2月1日訂正。/);
  });
});
