// 前天跟周涛廉政谈话，昨天跟吴静 · 上周二和孙丽谈了心，上周四和李明 (round 24b, #20: the second person was put on the first
// clause's day, on a card): a clause of only a day and a person after a talk or a signing repeats that deed on its own day.
// Written out (昨天跟吴静廉政谈话), each clause is read with its own day.

/** A day said on its own at a clause's start. */
const DAY = String.raw`(?:今天|昨天|前天|大前天|(?:上上|上|本|这)?(?:周|星期|礼拜)[一二三四五六日天]|\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号])(?:上午|下午|晚上)?`;
/** The deed ending the clause before: the words repeated. */
const DEED = /(廉政谈话|谈心谈话|提醒谈话|谈了心|谈心|谈了话|谈话|签订了[^，,。；;]{0,16}|签了[^，,。；;]{0,16})$/;
/** 昨天跟吴静 · 周四又和李明 · 25号同王强: a day, 跟/和/与/同 and a name or a titled person, nothing after. */
const ELIDED = new RegExp(String.raw`^(${DAY})(又|还)?(跟|和|与|同)((?:(?![谈签聊了过的见说讲学查开])[\u4e00-\u9fa5]){2,6}?)(也是|也)?$`);

/**
 * `text` with every elided clause (a day + 跟/和 + a person, alone between commas) given the previous clause's deed;
 * `text` itself when none. Only when the previous clause ends in a talk or a signing.
 */
export function withElidedDeed(text: string): string {
  if (!/[，,]/.test(text)) return text;
  const parts = text.split(/([，,。；;\n])/);
  let changed = false;
  for (let i = 2; i < parts.length; i += 2) {
    const sep = parts[i - 1];
    if (sep !== '，' && sep !== ',') continue;
    const m = ELIDED.exec(parts[i]!.trim());
    const deed = DEED.exec(parts[i - 2]!.trim())?.[1];
    if (!m || !deed) continue;
    parts[i] = `${m[1]}${m[2] ?? ''}${m[3]}${m[4]}${deed}`;
    changed = true;
  }
  return changed ? parts.join('') : text;
}
