import type { Messages } from '../en.ts';
import { plural } from '../../plural.ts';

export const common: Messages['common'] = {
  shareMenu: '공유 및 데이터',
  shareLink: {
    copy: '링크 복사',
    copied: '링크를 복사했습니다',
    manual: '이 링크를 복사하세요:',
  },
  blockedLink: {
    text: '이 사이트에서는 연표가 새 탭을 열 수 없습니다. 링크를 보려면 주소를 복사해 새 탭에 붙여 넣으세요:',
    address: '링크 주소',
    close: '닫기',
  },
  sources: {
    title: '출처',
    intro: (n: number) =>
      `데이터가 인용하는 출처 ${plural(n, 'ko', { other: '#건' })}을 모두 발행처 유형별로 모았습니다. 각 출처 아래에는 그것을 인용한 발사와 대응이 있으며, 발사를 선택하면 상세 정보가 열립니다.`,
    count: (n: string) => `(${n})`,
    inLanguage: (name: string) => ` · 언어: ${name}`,
    launches: '발사: ',
    responses: '대응:',
    context: '배경 사건: ',
    responseOn: (kind: string) => `${kind}, 대상 발사: {launches}`,
    notCited: '이 출처를 인용한 기록이 없습니다.',
    listSeparator: '; ',
    publisherTypes: {
      un: '유엔',
      government: '정부',
      'international-organisation': '국제기구',
      'north-korea-state-media': '북한 관영 매체',
      news: '언론',
      research: '연구',
      reference: '참고 자료',
    },
    provenance: { original: '원본', republication: '재게재', 'archive-copy': '아카이브 사본' },
    via: (site: string, provenance: string) => `${site} 경유(${provenance})`,
    viaUnnamed: (provenance: string) => provenance,
  },
};
