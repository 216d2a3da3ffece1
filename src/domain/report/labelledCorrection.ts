// 「刚才那条补充一下，谈话时间是前天不是昨天」 after a recorded talk (t46a F6, round 44: 「没有在通讯录或活动类型里找到「昨天」
// 「前天」」, nothing changed): a field named before 「是X不是Y」 / 「不是Y，是X」 says which field is put right; with the
// pointer (刚才那条), an opening (补充一下 · 更正一下) and the field's name taken off, what is left is the terse correction
// 「是前天不是昨天」 the day, person, type and count readers already take.
import { LATEST } from './latestCorrection.js';

/** 补充一下 · 更正一下 · 说明一下 · 改一下: the opening of a correction, said before what it is. */
const OPENING = /^(?:我)?(?:再)?(?:补充|更正|说明|纠正|修正|改)(?:一下)?[,;:：\s]*/;
/** 谈话时间 · 日期 · 谈话对象 · 活动人 · 类型 · 人数: the field the correction names before its value. */
const FIELD = /^(?:谈话|活动|会议|检查|学习)?(?:的)?(?:时间|日期|日子|对象|活动人|主持人|类型|人数|参加人数)(?:应该?|应当)?(?=是|不是)/;
/** What must follow: the right value first (是X不是Y · 应该是X，不是Y) or the wrong one (不是Y，是X). */
const VALUE = /^(?:应该?|应当)?(?:是|不是)/;

/**
 * `text` (normalised) without its pointer, opening and field name, when a field name is said before 是X不是Y / 不是Y是X
 * (谈话时间是前天不是昨天 → 是前天不是昨天), or after a pointer or opening alone (刚才那条是前天不是昨天); undefined
 * otherwise, so plain corrections read as before.
 */
export function withoutFieldLabel(text: string): string | undefined {
  const rest = text.replace(LATEST, '').replace(OPENING, '');
  // 刚才那条是前天不是昨天 · 刚才那条补充一下，不是昨天，是前天: the pointer or opening alone, no field named, reads so too.
  const field = FIELD.exec(rest) ?? (rest !== text ? /^/.exec(rest) : null);
  if (!field) return undefined;
  const value = rest.slice(field[0].length);
  return VALUE.test(value) ? value : undefined;
}
