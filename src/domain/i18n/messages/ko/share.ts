// 공유 관련 문구(한국어): "공유 및 데이터", 임베드 대화상자, 임베드에서 열 수 없는 링크 안내, 인쇄본.
import type { PartMessages } from '../en.ts';

export const share: PartMessages['share'] = {
  downloads: {
    group: '표시된 내용 내려받기',
    csv: 'CSV 내려받기',
    json: 'JSON 내려받기',
  },
  image: {
    group: '이미지 내려받기',
    svg: '이미지 내려받기(SVG)',
    png: '이미지 내려받기(PNG)',
    making: '이미지를 만드는 중…',
    saved: (name: string) => `이미지를 ${name}(으)로 저장했습니다.`,
    failed: (reason: string | null) => `이미지를 만들 수 없습니다${reason === null ? '' : `: ${reason}`}. 다른 형식이나 다른 브라우저로 시도해 보세요.`,
    reasons: {
      'no-canvas': '이 브라우저에는 그림을 그릴 캔버스가 없습니다',
      'not-drawn': '브라우저가 그림을 그리지 못했습니다',
      'not-encoded': '브라우저가 PNG로 변환하지 못했습니다',
      'no-size': '차트의 크기를 알 수 없습니다',
      'no-glyph': '범례의 기호를 그리지 못했습니다',
    },
    legendItem: (label: string, n: string) => `${label}(${n})`,
    source: (title: string, version: string, license: string | null) => `데이터: ${title} v${version}${license === null ? '' : `, ${license}`}`,
    highlighted: (launch: string) => `강조: ${launch}`,
    zoomed: (window: string) => `확대 범위: ${window}`,
    noteSeparator: ' · ',
  },
  cite: {
    button: '인용하기',
    apa: 'APA 양식',
    plain: '한 줄',
    copyApa: 'APA 인용 복사',
    copyPlain: '한 줄 인용 복사',
    copied: '인용문을 복사했습니다.',
    selected: '인용문이 선택되었습니다. Ctrl+C(Mac에서는 ⌘C)를 눌러 복사하세요.',
    noYear: '연도 미상',
    apaText: (publisher: string, year: string, title: string, version: string, url: string, retrieved: string | null) =>
      `${publisher}. (${year}). ${title} (버전 ${version}) [데이터 세트]. ${retrieved === null ? url : `${retrieved} 검색, ${url}`}`,
    plainText: (publisher: string, title: string, version: string, url: string, accessed: string | null) =>
      `“${title}”, ${publisher}, 버전 ${version}, ${url}${accessed === null ? '' : ` (${accessed} 접속).`}`,
  },
  embed: {
    button: '임베드',
    heading: '이 연표 임베드하기',
    intro:
      '이 코드를 웹페이지의 HTML에 붙여 넣으세요. 지금 보고 있는 화면(열어 둔 발사, 필터, 보기 방식, 테마)이 그대로 표시됩니다. 스크립트가 없어도 처음 높이로 작동하며, 스크립트를 함께 넣으면 내용에 맞춰 높이가 조절됩니다.',
    code: '임베드 코드',
    copy: '코드 복사',
    copied: '코드를 복사했습니다.',
    selected: '코드가 선택되었습니다. Ctrl+C(Mac에서는 ⌘C)를 눌러 복사하세요.',
    language: '임베드 언어',
    widths: '미리 보기 너비',
    phone: (px: number) => `휴대전화(${px}px)`,
    desktop: '데스크톱',
    note: (px: number) => `스크립트가 없는 페이지에서처럼, 임베드의 처음 높이인 ${px}px로 미리 보여 줍니다.`,
    previewTitle: (frameTitle: string) => `미리 보기: ${frameTitle}`,
    close: '닫기',
  },
  print: {
    region: '인쇄용 발사 목록',
    printedFrom: (url: string, version: string, updated: string, license: string | null) =>
      `인쇄한 페이지: ${url} · 데이터 버전 ${version}, ${updated} 갱신${license === null ? '' : ` · ${license}`}`,
    timeGivenBy: ' · 시각 출처: {who}.',
    assessed: '평가된 결과: ',
    claimed: '북한의 주장: ',
    claims: { success: '성공', failure: '실패', none: '주장 없음' },
    labelSeparator: ': ',
    fullStop: '.',
    responses: '대응',
    sources: '출처',
    headline: (title: string) => `“${title}”`,
    descriptiveTitle: ' (설명용 제목)',
  },
};
