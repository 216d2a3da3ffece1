// The shapes of the holiday calendar: festivals, official breaks (放假安排) and where a year's schedule came from.

/** The seven public holidays the State Council schedules every year. */
export type FestivalId = 'new_year' | 'spring' | 'qingming' | 'labour' | 'dragon_boat' | 'mid_autumn' | 'national';

export const FESTIVAL_IDS: readonly FestivalId[] = ['new_year', 'spring', 'qingming', 'labour', 'dragon_boat', 'mid_autumn', 'national'];

/** Short names, as the notices and people say them; a merged break joins them with ·. */
export const FESTIVAL_NAMES: Record<FestivalId, string> = {
  new_year: '元旦',
  spring: '春节',
  qingming: '清明',
  labour: '劳动节',
  dragon_boat: '端午',
  mid_autumn: '中秋',
  national: '国庆',
};

/**
 * - `official`: the library's copy of the State Council notice;
 * - `config`: an inspector typed the notice into config/reminders.yaml (wins over the library);
 * - `provisional`: no notice known yet, so only the festival dates themselves (lunar/solar).
 */
export type ScheduleSource = 'official' | 'config' | 'provisional';

/** One run of consecutive days off (a merged break such as 2025 国庆·中秋 is one). */
export interface HolidayBreak {
  /** The year the festival belongs to (元旦 2027 is 2027 even if its break starts on 2026-12-31). */
  year: number;
  festivals: FestivalId[];
  /** e.g. 春节, 国庆·中秋 */
  name: string;
  firstDay: string;
  lastDay: string;
  /** 调休: weekend days that are working days because of this break. */
  makeUpWorkdays: string[];
  source: ScheduleSource;
}

/** An official break as an inspector enters it in config (dates YYYY-MM-DD). */
export interface BreakOverride {
  festivals: FestivalId[];
  firstDay: string;
  lastDay: string;
  makeUpWorkdays: string[];
}

/** Official schedules typed into config, by year; a year listed here replaces the library's year whole. */
export type HolidayOverrides = Readonly<Record<number, readonly BreakOverride[]>>;

export function breakName(festivals: readonly FestivalId[]): string {
  return festivals.map((f) => FESTIVAL_NAMES[f]).join('·');
}

/** 元旦, 春节, 清明(节), 劳动节/五一, 端午(节), 中秋(节), 国庆(节) → id. */
export function festivalByName(name: string): FestivalId | undefined {
  const n = name.trim().replace(/节$/, '');
  const aliases: Record<string, FestivalId> = {
    元旦: 'new_year',
    新年: 'new_year',
    春: 'spring',
    春节: 'spring',
    清明: 'qingming',
    劳动: 'labour',
    五一: 'labour',
    端午: 'dragon_boat',
    中秋: 'mid_autumn',
    国庆: 'national',
  };
  const id = name.trim() as FestivalId;
  return aliases[n] ?? (FESTIVAL_IDS.includes(id) ? id : undefined);
}
