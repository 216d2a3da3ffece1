// 「补一下，签完责任书后还和她们分别谈了话」 right after the signings were recorded (round 59, fca; t61a F2: the stored signing
// was read again as a signing with no one, the talks never added): a follow-up that tells the talk held after the signing
// just recorded adds only that talk, on the signing's day, with the people signed with.
import type { ActivityTypeCode } from '../activityTypes.js';
import { normalizeText } from './parseNormalize.js';

/** 补一下 · 补充一下 · 还有 · 漏了一条 · 忘了说: the follow-up's lead. */
const LEAD = '(?:(?:补(?:一下|充(?:一下)?|报(?:一下)?|记(?:一下)?|个|一条)?|还有|另外|漏了(?:一条|一项|一个)?|忘了说|刚才忘了说|对了)[,:\\s]*)?';
/** 签完责任书后 · 签订承诺书之后 · 签字以后 · 签完以后: when the talk came, after the signing. */
const AFTER_SIGNING = '(?:刚才|那天|当天|当时)?(?:签(?:完|好|订完?|署完?|字)?了?(?:责任书|承诺书|廉政责任书|党风廉政建设责任书)?(?:后|之后|以后)|(?:责任书|承诺书)签(?:完|好)?(?:了)?(?:后|之后|以后)?)';
/** Those talked to, pointed back at: 她们 · 两人 · 两位部长 · 他 (one). */
const BACK = '(?:和|跟|与|同|对)(她们|他们|她俩|他俩|两人|二人|两位(?:部长|同志|科长|主任)?|三人|三位(?:部长|同志)?|大家|对方|他|她)';
/** 谈了话 · 谈了谈 · 进行了谈话 · 开展了廉政谈话 · 谈了心: the talk, its kind when named. */
const TALK = '(?:进行了?|开展了?|做了?)?(?:一次)?(?:(廉政谈话|谈心谈话|提醒谈话|诫勉谈话)|谈了?(?:一次)?话|谈了?谈|谈过话|谈了?心|聊了?聊)';
const WORDS = new RegExp(`^${LEAD}${AFTER_SIGNING}[,\\s]*(?:我)?(?:又|还|也)?(?:都|分别|一一|逐一)?${BACK}(?:都|分别|一一|逐一|也|又|还)*${TALK}(?:了)?$`);

/** What such a follow-up says: who was talked to, as pointed back at, and the talk's kind when named. */
export interface TalkAfterStoredSigning {
  /** How many were talked to: 1 for 他/她, 2 or 3 when a number says so, undefined for 她们/大家 (more than one). */
  count?: number;
  /** The talk's kind when its words name one (廉政谈话 · 谈心谈话 · 谈了心); undefined: to be asked. */
  type?: ActivityTypeCode;
}

const TYPES: Record<string, ActivityTypeCode> = { 廉政谈话: 'talk_integrity', 谈心谈话: 'talk_heart', 提醒谈话: 'talk_integrity', 诫勉谈话: 'talk_integrity' };

/**
 * Reads 「补一下，签完责任书后还和她们分别谈了话」: a talk after the signing just recorded, with the people signed with
 * referred back to; undefined when `text` is anything else (a talk with someone named, a day of its own, a plan). Pure.
 */
export function talkAfterStoredSigning(text: string): TalkAfterStoredSigning | undefined {
  if (!text.includes('签') || !text.includes('谈') && !text.includes('聊')) return undefined;
  // Voice input's spaces are no clause marks (补一下 签完承诺书以后 又跟他 谈了 话).
  const t = normalizeText(text).replace(/\s+/g, '').replace(/[。.!！~～]+$/g, '');
  const m = WORDS.exec(t);
  if (!m) return undefined;
  const who = m[1]!;
  const count = /^[他她]$|^对方$/.test(who) ? 1 : /[两二俩]/.test(who) ? 2 : /三/.test(who) ? 3 : undefined;
  const type = m[2] !== undefined ? TYPES[m[2]] : /谈了?心/.test(t.slice(m.index + m[0].length - 4)) ? 'talk_heart' : undefined;
  return { ...(count !== undefined ? { count } : {}), ...(type !== undefined ? { type } : {}) };
}
