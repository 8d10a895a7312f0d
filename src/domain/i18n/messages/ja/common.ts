import type { Messages } from '../en.ts';
import { plural } from '../../plural.ts';

export const common: Messages['common'] = {
  shareMenu: '共有とデータ',
  shareLink: {
    copy: 'リンクをコピー',
    copied: 'リンクをコピーしました',
    manual: 'このリンクをコピーしてください：',
  },
  blockedLink: {
    text: 'このサイトでは、年表から新しいタブを開くことができません。リンク先を見るには、アドレスをコピーして新しいタブに貼り付けてください：',
    address: 'リンクのアドレス',
    close: '閉じる',
  },
  sources: {
    title: '出典',
    intro: (n: number) =>
      `データが引用している出典${plural(n, 'ja', { other: '#件' })}すべてを、発行元の種類別にまとめています。各出典の下に、それを引用している打ち上げと対応を示しています。打ち上げを選ぶと詳細が開きます。`,
    count: (n: string) => `（${n}）`,
    inLanguage: (name: string) => ` · 言語：${name}`,
    launches: '打ち上げ：',
    responses: '対応：',
    context: '関連する出来事：',
    responseOn: (kind: string) => `${kind}、対象の打ち上げ：{launches}`,
    notCited: 'どの記録からも引用されていません。',
    listSeparator: '、',
    publisherTypes: {
      un: '国連',
      government: '政府',
      'international-organisation': '国際機関',
      'north-korea-state-media': '北朝鮮の国営メディア',
      news: '報道',
      research: '研究',
      reference: '参考資料',
    },
    provenance: { original: '原本', republication: '転載', 'archive-copy': 'アーカイブの写し' },
    via: (site: string, provenance: string) => `${site}経由（${provenance}）`,
    viaUnnamed: (provenance: string) => provenance,
  },
};
