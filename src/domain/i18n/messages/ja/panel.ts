// 打ち上げの詳細パネル、一覧表示、年表の解説の日本語の文言。
import type { Messages } from '../en.ts';
import { formatClock } from '../../dates.ts';
import { plural } from '../../plural.ts';

export const panel: Messages['panel'] = {
  region: '打ち上げの詳細',
  eyebrow: '打ち上げの詳細',
  close: '詳細を閉じる',
  previous: '前へ',
  next: '次へ',
  previousTo: '前へ：',
  nextTo: '次へ：',
  opened: (payload: string, day: string) => `詳細を表示：${payload}、${day}`,
  loading: '事実・対応・出典を読み込んでいます…',
  howWeKnow: 'どう確認したか',
  howWeKnowAfter: '：何を打ち上げの試みとみなすか、表示の意味、未解明の点',

  labelSeparator: '：',
  parenthesised: (text: string) => `（${text}）`,

  time: {
    // 韓国標準時（UTC+9）は日本時間と同じ。
    kst: (day: string, time: string, approximate: boolean) => `${day} ${formatClock(time, 'ja')}${approximate ? '頃' : ''}（日本時間・韓国時間）`,
    utc: (day: string, time: string, approximate: boolean) => `${day} ${formatClock(time, 'ja')}${approximate ? '頃' : ''}（UTC）`,
    pyongyang: (time: string, day: string | null, approximate: boolean) =>
      `平壌時間 ${day === null ? '' : `${day} `}${formatClock(time, 'ja')}${approximate ? '頃' : ''}`,
    pyongyangOpen: '（',
    pyongyangClose: '）',
    separator: '· ',
    givenBy: '時刻の出典：',
  },

  details: {
    vehicle: 'ロケット',
    payload: '搭載物',
    site: '発射場',
    also: (names: string) => `（別名：${names}）`,
    north: (degrees: string) => `北緯${degrees}°`,
    south: (degrees: string) => `南緯${degrees}°`,
    east: (degrees: string) => `東経${degrees}°`,
    west: (degrees: string) => `西経${degrees}°`,
    coordinates: (latitude: string, longitude: string) => `${latitude}、${longitude}`,
    coordinatesSeparator: '、',
    assessedOutcome: '評価結果',
    northKoreaClaimed: '北朝鮮の主張',
    differs: '評価と異なる',
    orbit: '軌道',
    altitudes: (perigee: string, apogee: string) => `高度${perigee}～${apogee}km`,
    inclination: (degrees: string) => `軌道傾斜角${degrees}°`,
    decayed: { before: '', after: 'に大気圏再突入' },
    facts: '主な事実',
  },

  responses: {
    heading: '関連する非難・対応',
    none: 'この打ち上げへの対応はデータに記録されていません。',
    qualifierSpace: '',
  },

  sources: {
    heading: '出典',
    missing: (id: string) => `出典「${id}」がデータファイルにありません。`,
    dateSeparator: '、',
    inLanguage: (name: string) => ` · 言語：${name}`,
  },

  corrected: {
    on: { before: '', after: '訂正' },
    count: (n: number) => plural(n, 'ja', { other: '（訂正#件）' }),
    hint: '。訂正の記録は「どう確認したか」にあります',
  },

  table: {
    caption: '人工衛星の打ち上げの試みの一覧。搭載物を選ぶと詳細を表示します',
    date: '日付（日本・韓国時間）',
    sorted: (ascending: boolean) => `、${ascending ? '古い順' : '新しい順'}に並べ替え済み。押すと逆順になります`,
    payload: '搭載物',
    vehicle: 'ロケット',
    outcome: '結果',
    claimed: '北朝鮮の主張',
    responses: '対応',
  },

  story: {
    heading: '年表の解説',
    sources: '出典',
  },
};
