// 「第1条是检查」「第1条改成专项检查」「第1条不是谈话，是检查」 while a 确认 card waits (round 55, fha; t57b F4: 「这条消息没有记录」
// or 「没有在通讯录或活动类型里找到「谈话」「检查」」): a record made a check of no named kind is a change of that card; the
// kind of check is asked (three kinds count apart), the card left as it is until the member says which.
import type { CardCorrection } from './cardCorrection.js';
import { parseKind } from './parseKind.js';
import { normalizeText } from './parseNormalize.js';

/** The record named (第1条 · 第一条 · 最后一条 · 和王强那条), optional words, then 是/改成… a check of no kind, nothing after. */
const SAID = /^(?:请|麻烦)?(?:把|将)?(第(?:[1-9]\d?|[一二三四五六七八九十])条|最后一条|(?:和|与|跟)[\u4e00-\u9fa5]{2,4}?(?:那|的)条?)(?:的)?(?:类型)?[,，\s]*(?:不是[\u4e00-\u9fa5]{1,8}[,，\s]*)?(?:应该?是|应为|是|改成|改为|换成)(?:一次|一个)?((?:专项|日常|联合|现场)?检查)(?:活动)?$/;

/**
 * For `text` that makes a waiting card's record a check of no named kind: an `unfit` answer asking which kind (the card
 * unchanged), naming the record as the member did. Undefined for anything else, and for a check whose kind the words
 * name (作风纪律检查 · 专项资金检查 · 监督检查 are read as they are).
 */
export function cardCheckKindAsked(text: string): CardCorrection | undefined {
  const t = normalizeText(text).trim().replace(/[\s。.!！~～哦啊呀吧]+$/g, '').replace(/^(?:(?:不好意思|抱歉|哦|啊|嗯|麻烦(?:您|你)?|请)[,，\s]*)*(?:(?:修改|更正|改一下|改下)[,，:：\s]*)?/, '');
  const m = SAID.exec(t);
  if (!m) return undefined;
  const kind = parseKind(m[2]!);
  if (kind.kind && kind.rest.replace(/[\s\u0000]/g, '').length === 0) return undefined;
  const item = m[1]!.startsWith('第') || m[1] === '最后一条' ? m[1]! : '第几条';
  return {
    kind: 'unfit',
    text: `「${m[2]}」是哪一类检查？请说「${item}是作风纪律检查」「${item}是专项资金检查」或「${item}是责任书检查」，卡片没有改动。`,
  };
}
