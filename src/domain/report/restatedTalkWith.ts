// 「是和李娟廉政谈话」 · 「应该是跟李娟谈心谈话」 · 「刚才说的是和李娟的廉政谈话」 right after a talk with 李娟 was stored as the
// other talk type (round 55, fhd: the day asked as for a NEW talk, one tap from a second record): the person and the talk
// type restated together — the type is the change (the person already right is passed over), or the person is.
import type { ActivityTypeCode } from '../activityTypes.js';
import { parseKind } from './parseKind.js';
import { normalizeText } from './parseNormalize.js';

/** The two values said: the person's words (2–4 characters) and the talk type. */
export interface RestatedTalkWith {
  person: string;
  type: Extract<ActivityTypeCode, 'talk_integrity' | 'talk_heart'>;
  /** 刚才 said: the correction points at the latest record, not bound to the terse window. */
  pointed: boolean;
}

/** [不对，] [刚才(说的|报的|那条)] [应该|其实]是 和<person>[同志][进行的|的] <talk type>[的], nothing else. */
const RESTATED = /^(?:(?:不对|错了|哦|噢)[,;\s]*)?((?:刚才|刚刚)(?:说的|报的|那条|那个)?)?[,;\s]*(?:应该?|其实|实际上?)?是(?:和|跟|与|同)([\u4e00-\u9fa5]{2,4}?)(?:同志)?(?:进行的|开展的|的)?((?:廉政|廉洁)(?:谈话|约谈|谈心)|谈心谈话|谈心|提醒谈话)(?:的)?$/;

/** The person and talk type `text` restates, or undefined. */
export function restatedTalkWith(text: string): RestatedTalkWith | undefined {
  const m = RESTATED.exec(normalizeText(text).trim().replace(/[。.!！\s]+$/, ''));
  if (!m) return undefined;
  const code = parseKind(m[3]!).kind?.code;
  if (code !== 'talk_integrity' && code !== 'talk_heart') return undefined;
  return { person: m[2]!, type: code, pointed: m[1] !== undefined };
}
