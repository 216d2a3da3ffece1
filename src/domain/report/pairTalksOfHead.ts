// 孙丽 (财务科科长) 「王强和李娟的廉政谈话都谈完了，12月1日谈的」 (round 58, fdd; t60a F7: a card of 王强→李娟, as if her deputy
// had talked with the clerk): 「A和B的<谈话>都…」 from one above both in the chain (their head, their 分管领导, or any leader
// over them) is the sender's talk with each — written as 「A、B的<谈话>都…」, which the readers already take so. From anyone
// else the pair stays as it reads (A's talk with B, shown on a card as a third person's deed).
import type { Directory } from '../organization.js';
import { isSuperiorOf } from './superiorInChain.js';

/** 廉政谈话 · 谈心谈话 · 谈话 · 谈心 · 集体廉政谈话: the talk noun after 的. */
const TALK = '(?:集体)?(?:廉政谈话|谈心谈话|廉政谈心|谈话|谈心)';
/** A和B的<谈话>, then 都 · 均 · 也都 · 全都 · 全部 (the talks of both said done). */
const PAIR = new RegExp(`(^|[,;。，；\\s])([\\u4e00-\\u9fa5]{2,3}?)(?:同志)?(?:和|与|跟|及)([\\u4e00-\\u9fa5]{2,3}?)(?:同志)?(?:两人|两位|俩人|他俩|她俩|二人)?的(${TALK})(?=[,，\\s]*(?:都|均|也都|全都|全部))`, 'g');

/**
 * `text` with 「A和B的<谈话>都」 written 「A、B的<谈话>都」 when the sender `senderId` is above both A and B (isSuperiorOf); `text`
 * itself otherwise. A and B are read only as whole names of the directory.
 */
export function withPairTalksOfHead(text: string, directory: Directory, senderId: string): string {
  if (!/的/.test(text)) return text;
  const id = (name: string) => directory.org.people.find((p) => p.name === name)?.id;
  return text.replace(PAIR, (whole, pre: string, a: string, b: string, talk: string) => {
    const [x, y] = [id(a), id(b)];
    if (x === undefined || y === undefined || x === y || x === senderId || y === senderId) return whole;
    if (!isSuperiorOf(directory, senderId, x) || !isSuperiorOf(directory, senderId, y)) return whole;
    return `${pre}${a}、${b}的${talk}`;
  });
}
