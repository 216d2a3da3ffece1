// 「陈志强下午回来了」 alone (round 64, gdc; t66a B-F9's near-miss: 没看懂): someone back from away tells of no deed — the bot
// says nothing is recorded and how to report the talk made up with them, instead of not understanding.
import { normalizeText } from './parseNormalize.js';
import { toSimplified } from './toSimplified.js';

/**
 * The person, 2–7 characters, then a day or part of the day, maybe where from (出差 · 下乡 · 开会 · 学习 · 休假), then
 * back (回来了 · 赶回来了 · 已经回来了); nothing after but a closing particle.
 */
const CAME_BACK =
  /^((?![和跟与同给找我他她也又就]|今天|昨天|前天|上午|下午|中午|晚上|早上)[\u4e00-\u9fa5]{2,7}?)(?:同志)?((?:今天|今日|昨天|前天)?(?:上午|下午|中午|晚上|傍晚|早上|刚才|刚刚)?)(?:已经|已)?(?:出差|下乡|开会|学习|休假)?(?:赶)?回来了(?:啊|哈|呢|哦)?$/;

/** What cameBackWords reads: the person as written and when, '' when not said. */
export interface CameBack {
  who: string;
  when: string;
}

/**
 * 陈志强下午回来了 · 陈副理事长出差回来了 · 郑华今天已经回来了: the whole message says only that someone came back, or
 * undefined. No directory look-up: the caller resolves the person. Pure.
 */
export function cameBackWords(text: string): CameBack | undefined {
  if (!text.includes('回来了') && !text.includes('回來了')) return undefined;
  const m = CAME_BACK.exec(normalizeText(toSimplified(text)).trim().replace(/[。.!！~～\s]+$/, ''));
  return m ? { who: m[1]!, when: m[2]! } : undefined;
}
