// 「第2条改成作风纪律检查」 · 「第二条应该算作风纪律检查」 with nothing waiting (round 66, gfd; gea's leftover: a 请确认修改 card
// turning the latest batch's film into a check): record N of the latest report and the kind said of it. The bot decides
// whether the kind fits the record's family (kindFamilyUnfit); this only reads the words. Pure.
import type { ActivityTypeCode } from '../activityTypes.js';
import { findKinds } from './parseKind.js';
import { normalizeText } from './parseNormalize.js';
import { arabicizeNumerals } from './parseNumerals.js';
import { chineseNumber } from './chineseNumber.js';
import { withShortKindWhole } from './shortKindWord.js';

/** What numberedKindSaid reads. */
export interface NumberedKindSaid {
  /** The record's number as said (1-based). */
  n: number;
  kind: ActivityTypeCode;
  /** The kind as written (作风纪律检查). */
  said: string;
}

/** 第2条改成X · 第2条的类型应该是X · 第2条算X吧: the number, a change word, one kind written whole. */
const NUMBERED = /^(?:把)?第(\d{1,2}|[一二两三四五六七八九十]{1,3})[条项个](?:记录)?(?:的)?(?:类型)?[,;:\s]*(?:要|应该|得|其实)?(?:改成|改为|换成|换为|算作(?!风)|算成|算|记成|是)\s*([\u4e00-\u9fa5]{2,12}?)(?:吧|就行|就好|了|才对)?[。.!！~\s]*$/;

/** The number and kind `text` says, or undefined (no 第N条, or the words after it are not one kind whole). */
export function numberedKindSaid(text: string): NumberedKindSaid | undefined {
  if (!text.includes('第')) return undefined;
  const m = NUMBERED.exec(arabicizeNumerals(normalizeText(withShortKindWhole(text))).trim());
  if (!m) return undefined;
  const found = findKinds(m[2]!);
  if (found.length !== 1 || found[0]!.start !== 0 || found[0]!.end !== m[2]!.length) return undefined;
  const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : chineseNumber(m[1]!);
  if (n === undefined || n < 1) return undefined;
  return { n, kind: found[0]!.code, said: m[2]! };
}
