// 共有まわりの文言（日本語）：「共有とデータ」、埋め込みダイアログ、埋め込みで開けないリンクの案内、印刷版。
import type { PartMessages } from '../en.ts';

export const share: PartMessages['share'] = {
  downloads: {
    group: '表示中の内容をダウンロード',
    csv: 'CSVをダウンロード',
    json: 'JSONをダウンロード',
  },
  image: {
    group: '画像をダウンロード',
    svg: '画像をダウンロード（SVG）',
    png: '画像をダウンロード（PNG）',
    making: '画像を作成中…',
    saved: (name: string) => `画像を${name}として保存しました。`,
    failed: (reason: string | null) => `画像を作成できませんでした${reason === null ? '' : `（${reason}）`}。別の形式か、別のブラウザでお試しください。`,
    reasons: {
      'no-canvas': 'このブラウザには描画用のキャンバスがありません',
      'not-drawn': 'ブラウザが画像を描画できませんでした',
      'not-encoded': 'ブラウザがPNGに変換できませんでした',
      'no-size': 'グラフの大きさが分かりません',
      'no-glyph': '凡例の記号を描画できませんでした',
    },
    legendItem: (label: string, n: string) => `${label}（${n}）`,
    source: (title: string, version: string, license: string | null) => `データ：${title} v${version}${license === null ? '' : `、${license}`}`,
    highlighted: (launch: string) => `強調表示：${launch}`,
    zoomed: (window: string) => `拡大範囲：${window}`,
    noteSeparator: '・',
  },
  cite: {
    button: '引用',
    apa: 'APAスタイル',
    plain: '1行',
    copyApa: 'APA形式の引用をコピー',
    copyPlain: '1行の引用をコピー',
    copied: '引用をコピーしました。',
    selected: '引用が選択されています。Ctrl+C（Macでは⌘C）でコピーしてください。',
    noYear: '年不明',
    apaText: (publisher: string, year: string, title: string, version: string, url: string, retrieved: string | null) =>
      `${publisher}. (${year}). ${title}（バージョン${version}）[データセット]. ${retrieved === null ? url : `${retrieved}閲覧, ${url}`}`,
    plainText: (publisher: string, title: string, version: string, url: string, accessed: string | null) =>
      `「${title}」、${publisher}、バージョン${version}、${url}${accessed === null ? '' : `（${accessed}閲覧）`}`,
  },
  embed: {
    button: '埋め込み',
    heading: 'この年表を埋め込む',
    intro:
      'このコードをページのHTMLに貼り付けてください。いま表示している状態（開いている打ち上げ、フィルター、表示形式、テーマ）がそのまま表示されます。スクリプトがなくても初期の高さで動作し、スクリプトがあれば内容に合わせて高さが変わります。',
    code: '埋め込みコード',
    copy: 'コードをコピー',
    copied: 'コードをコピーしました。',
    selected: 'コードが選択されています。Ctrl+C（Macでは⌘C）でコピーしてください。',
    language: '埋め込みの言語',
    widths: 'プレビューの幅',
    phone: (px: number) => `スマートフォン（${px}px）`,
    desktop: 'デスクトップ',
    note: (px: number) => `スクリプトのないページと同じく、埋め込みの初期の高さ${px}pxでプレビューしています。`,
    previewTitle: (frameTitle: string) => `プレビュー：${frameTitle}`,
    close: '閉じる',
  },
  print: {
    region: '印刷用の打ち上げ一覧',
    printedFrom: (url: string, version: string, updated: string, license: string | null) =>
      `印刷元：${url}・データのバージョン${version}（${updated}更新）${license === null ? '' : `・${license}`}`,
    timeGivenBy: '・時刻の出典：{who}。',
    assessed: '評価された結果：',
    claimed: '北朝鮮の主張：',
    claims: { success: '成功', failure: '失敗', none: '主張なし' },
    labelSeparator: '：',
    fullStop: '。',
    responses: '対応',
    sources: '出典',
    headline: (title: string) => `“${title}”`,
    descriptiveTitle: '（説明的な題名）',
  },
};
