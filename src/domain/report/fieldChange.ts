// 修改 活动人改成王建国 · 日期改为11月20日 · 主讲人应该是张伟 (round 32b F7: 「抱歉，没看懂」): a field of the record just made
// and its new value, said without 错了 — the 修改 of the card's button said in words.
import type { ActivityTypeCode } from '../activityTypes.js';
import { parseDay } from './parseDay.js';
import { parseKind } from './parseKind.js';
import { arabicizeNumerals } from './parseNumerals.js';

/** The change one field of the latest record takes, in the shapes correctionInWords returns. */
export type FieldChange =
  | { kind: 'person'; role: 'actor' | 'counterpart'; to: string }
  | { kind: 'day'; date: string; said: string }
  | { kind: 'type'; to: ActivityTypeCode; said: string };

/**
 * 修改 · 更正 · 改一下 · 把 · 刚才那条(的): what may open it; then the field, the word of change and the value. Who did it
 * has many names on a card and in speech (活动人 · 谈话人 · 主讲人 · 授课人 · 主持人); 对象 is whom it was held with.
 */
const FIELD_CHANGE =
  /^(?:(?:修改|更正|改一下|改下)(?:一下)?[,:;\s]*)?(?:把)?(?:刚才|刚刚|上一条|上条)?(?:那条|那一条)?(?:的)?(活动人|谈话人|主讲人|授课人|讲课人|主持人|组织人|负责人|带队人|带队的|带队领导|(?:谈话|签订)?对象|日期|时间|活动日期|(?:活动)?类型)\s*(?:改成|改为|换成|应该?改成|应该?改为|应该?是|应为)\s*(.+?)(?:同志)?[。.!！\s]*$/;

/** The sender as the value: 我 · 我本人 · 本人 · 我自己 (round 65, gei; t68a B2). */
const SELF = /^(?:我|我本人|本人|我自己)$/;

/** Characters a name does not hold: then the value is no person. */
const NOT_A_NAME = /[0-9一二三四五六七八九十两几次个人号日天周月年午晚早点半,;:、]/;

/**
 * The field change `text` (normalized, trimmed) asks of the latest record, or null when it is none: a person (`role`
 * actor for 活动人/谈话人/主讲人/授课人/主持人, counterpart for 对象; `to` the name as written, resolved by the caller), a
 * day (YYYY-MM-DD, never after `today`) or a type. A value that is not one of its field (日期改成下周, 类型改成开会) is null.
 */
export function fieldChange(text: string, today: string): FieldChange | null {
  const m = FIELD_CHANGE.exec(text);
  if (!m) return null;
  const field = m[1]!;
  const value = m[2]!.trim();
  if (/日期|时间/.test(field)) {
    const day = parseDay(arabicizeNumerals(value), today);
    const whole = /^[\s\u0000]*$/.test(day.rest);
    return day.date !== undefined && whole && day.date <= today ? { kind: 'day', date: day.date, said: value } : null;
  }
  if (/类型/.test(field)) {
    const kind = parseKind(value);
    return kind.kind && kind.rest.replace(/\u0000/g, '').trim() === '' ? { kind: 'type', to: kind.kind.code, said: kind.kind.text } : null;
  }
  // 刚才那条活动人改成我 (round 65, gei; t68a B2: 没看懂): the sender named as the doer; the caller reads 我 as the sender.
  // 对象改成我 (round 66, gfd; gei's leftover: 没看懂): the sender the other party — of a record someone else did; the caller
  // refuses it on the sender's own record (no talk of one person).
  if (SELF.test(value)) return { kind: 'person', role: /对象/.test(field) ? 'counterpart' : 'actor', to: '我' };
  if (value.length < 2 || value.length > 8 || NOT_A_NAME.test(value)) return null;
  return { kind: 'person', role: /对象/.test(field) ? 'counterpart' : 'actor', to: value };
}
