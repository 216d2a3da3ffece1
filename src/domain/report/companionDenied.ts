// 「孙丽不算同行，她是被检查科室的」 · 「孙科长是被检查的，不是同行人」 (round 59, fcd; t61b F3: 没看懂 / 这条消息没有记录): the
// member saying someone read as going along on a check (「…检查…，孙科长陪同」) was not one of the checkers — of the side checked,
// or not there at all. Read as a change of the check: that person no longer its companion, and, when said to be of the side
// checked, their department the one checked.

/** The person's words: a name (孙丽) or a surname with a title (孙科长 · 孙丽科长), 同志 after it allowed. */
const WHO = '([\\u4e00-\\u9fa5]{2,6}?)(?:同志)?';
/** Going along with the check: 同行 · 陪同 · 随行 · 一起去的 · 检查组 (的人 · 人员 after it). */
const ALONG = '(?:同行|陪同|随行|随同|一起去的|一同去的|一块去的|同去的|检查组(?:成员)?|检查人员)(?:的)?(?:人员|人)?';
/** 不算 · 不是 · 并非 · 不属于: the denial before the going along. */
const NOT = '(?:不算|不是|并不是|并非|不属于|不能算)';
/** Of the side checked: 被检查科室的 · 被检查的 · 被查的 · 受检部门的(负责人). */
const CHECKED = '(?:是|属于)?(?:被检查|被查|受检|被检)(?:的)?(?:科室|部门|部室|单位|对象|方)?(?:的)?(?:人|负责人|科长|主任|部长)?(?:的)?';

/** 孙丽不算同行 · 孙科长不是陪同人员 (then anything: ，她是被检查科室的). */
const DENIED_FIRST = new RegExp(`^(?:不对|错了|更正|修改)?[,，\\s]*${WHO}${NOT}${ALONG}`);
/** 孙科长是被检查的，不是同行人 · 孙丽是被检查科室的负责人 不算陪同. */
const CHECKED_FIRST = new RegExp(`^(?:不对|错了|更正|修改)?[,，\\s]*${WHO}${CHECKED}[,，;；\\s]*(?:她|他)?(?:也)?${NOT}${ALONG}`);
/** 去掉同行孙丽 · 同行人员去掉孙丽 · 把孙丽从同行里去掉. */
const TAKEN_OFF = new RegExp(`^(?:不对|错了|更正|修改)?[,，\\s]*(?:(?:去掉|删掉|删除|拿掉|去除)(?:同行|陪同|随行)(?:人员|人)?(?:里的|中的)?${WHO}|(?:同行|陪同|随行)(?:人员|人)?(?:里|中)?(?:去掉|删掉|删除|拿掉)${WHO}|把${WHO}从(?:同行|陪同|随行)(?:人员)?(?:里|中)?(?:去掉|删掉|删除|拿掉))`);
/** 被检查科室 · 被检查的 · 受检部门: the person said to be of the side checked. */
const SIDE_CHECKED = /被检查|被查|受检|被检/;

/** What a denied companion's answer says: the words naming the person, and whether they were said of the side checked. */
export interface CompanionDenied {
  /** The person as written (孙丽 · 孙科长), for the directory's reading. */
  words: string;
  /** Said of the side checked (被检查科室的): their department becomes the one checked when the check has none. */
  checked: boolean;
}

/**
 * The companion `text` says was none (孙丽不算同行，她是被检查科室的 · 孙科长是被检查的，不是同行人 · 去掉同行孙丽), or undefined
 * when it says no such thing. Pure: the words are read by the caller against the directory.
 */
export function companionDenied(text: string): CompanionDenied | undefined {
  const t = text.trim();
  if (!/同行|陪同|随行|随同|一起去|一同去|一块去|同去|检查组|检查人员/.test(t)) return undefined;
  const m = CHECKED_FIRST.exec(t) ?? DENIED_FIRST.exec(t) ?? TAKEN_OFF.exec(t);
  if (m === null) return undefined;
  const words = m.slice(1).find((g) => g !== undefined);
  if (words === undefined) return undefined;
  return { words: words.replace(/同志$/, ''), checked: SIDE_CHECKED.test(t) };
}
