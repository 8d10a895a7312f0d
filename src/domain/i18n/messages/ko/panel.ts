// 발사 상세 패널, 목록 보기, 타임라인 해설의 한국어 문구.
import type { Messages } from '../en.ts';
import { formatClock } from '../../dates.ts';
import { plural } from '../../plural.ts';

/** "00:49" → "0시 49분", "21:27" → "21시 27분". */
function clock24(time: string): string {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  return match ? `${Number(match[1])}시 ${Number(match[2])}분` : time;
}

export const panel: Messages['panel'] = {
  region: '발사 상세',
  eyebrow: '발사 상세',
  close: '상세 닫기',
  previous: '이전',
  next: '다음',
  previousTo: '이전: ',
  nextTo: '다음: ',
  opened: (payload: string, day: string) => `상세 정보 열림: ${payload}, ${day}`,
  loading: '사실 관계, 대응, 출처를 불러오는 중…',
  howWeKnow: '어떻게 확인했나',
  howWeKnowAfter: ': 무엇을 발사 시도로 보는지, 각 표시가 무슨 뜻인지, 아직 밝혀지지 않은 점',

  labelSeparator: ': ',
  parenthesised: (text: string) => ` (${text})`,

  time: {
    // Korean time with 오전/오후, as newspapers write it; UTC, a reference clock, on 24 hours ("0시 49분").
    kst: (day: string, time: string, approximate: boolean) => `${day} ${approximate ? '약 ' : ''}${formatClock(time, 'ko')}(한국 시간)`,
    utc: (day: string, time: string, approximate: boolean) => `${day} ${approximate ? '약 ' : ''}${clock24(time)}(UTC)`,
    pyongyang: (time: string, day: string | null, approximate: boolean) =>
      `평양시 ${day === null ? '' : `${day} `}${approximate ? '약 ' : ''}${formatClock(time, 'ko')}`,
    pyongyangOpen: ' (',
    pyongyangClose: ')',
    separator: ' · ',
    givenBy: '시각 출처: ',
  },

  details: {
    vehicle: '발사체',
    payload: '탑재체',
    site: '발사장',
    also: (names: string) => ` (다른 이름: ${names})`,
    north: (degrees: string) => `북위 ${degrees}°`,
    south: (degrees: string) => `남위 ${degrees}°`,
    east: (degrees: string) => `동경 ${degrees}°`,
    west: (degrees: string) => `서경 ${degrees}°`,
    coordinates: (latitude: string, longitude: string) => `${latitude}, ${longitude}`,
    coordinatesSeparator: ', ',
    assessedOutcome: '평가 결과',
    northKoreaClaimed: '북한 주장',
    differs: '평가와 다름',
    orbit: '궤도',
    altitudes: (perigee: string, apogee: string) => `고도 ${perigee}~${apogee}km`,
    inclination: (degrees: string) => `궤도 경사각 ${degrees}°`,
    decayed: { before: '', after: ' 대기권 재진입' },
    facts: '주요 사실',
  },

  responses: {
    heading: '관련 규탄·대응',
    none: '이 발사에 대한 대응은 데이터에 기록되어 있지 않습니다.',
    qualifierSpace: ' ',
  },

  sources: {
    heading: '출처',
    missing: (id: string) => `데이터 파일에 없는 출처: “${id}”`,
    dateSeparator: ', ',
    inLanguage: (name: string) => ` · 언어: ${name}`,
  },

  corrected: {
    on: { before: '', after: ' 정정' },
    count: (n: number) => plural(n, 'ko', { other: ' (정정 #회)' }),
    hint: '. 정정 기록은 ‘어떻게 확인했나’에서 볼 수 있습니다',
  },

  table: {
    caption: '인공위성 발사 시도 목록. 탑재체를 선택하면 상세 정보가 열립니다',
    date: '날짜(한국 시간)',
    sorted: (ascending: boolean) => `, ${ascending ? '오래된 순' : '최신순'}으로 정렬됨. 누르면 순서가 바뀝니다`,
    payload: '탑재체',
    vehicle: '발사체',
    outcome: '결과',
    claimed: '북한 주장',
    responses: '대응',
  },

  story: {
    heading: '타임라인 해설',
    sources: '출처',
  },
};
