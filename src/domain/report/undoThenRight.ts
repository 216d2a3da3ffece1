// 「刚才那条撤销，应该是昨天下午谈的」「刚才那条记错了，是周二不是周三」 (round 21u #10: 没看懂, the wrong record left
// standing): an undo or a slip followed by the right value is a correction of the latest record, in the words the
// correction reader knows.
import { LATEST_RECORD } from './latestRecordWords.js';

/** 刚才那条撤销， · 撤回上一条， · 上一条作废了，: the latest withdrawn, then more. */
const UNDONE = new RegExp(`^(?:请|麻烦)?(?:(?:撤销|撤回|删除|删掉|作废)${LATEST_RECORD}|${LATEST_RECORD}(?:请|要|帮我)?(?:撤销|撤回|删除|删掉|作废|不算|不要了|不作数)(?:掉|了|吧|一下)*)[,，;；。\\s]+`);
/** 应该是… · 应为… · 其实是… · 是…: the right value follows. */
const RIGHT = /^(?:应该|应|其实|实际上?|正确的)?(?:是|为)/;
/** 刚才那条记错了， · 上一条写错了，: a slip owned, then more. */
const SLIP = new RegExp(`^(${LATEST_RECORD})(?:记|写|报|填|说|搞|弄)?错了[,，;；。\\s]*`);
/** 是周二不是周三 · 是李娟，不是孙丽: the right value first. */
const RIGHT_THEN_WRONG = /^是([^,，;；。\s]{1,12}?)[,，\s]*(?:而)?不是([^,，;；。\s]{1,12}?)[。!！]*$/;

/**
 * `text` as a plain correction of the latest record (刚才那条错了，应该是… · 刚才那条不是Y，是X), or undefined when it
 * is not an undo or slip followed by the right value. A full report after the undo (撤回上一条，重新报：…) is not read here.
 */
export function undoThenRight(text: string): string | undefined {
  const t = text.trim();
  const undone = UNDONE.exec(t);
  if (undone) {
    const rest = t.slice(undone[0].length);
    return RIGHT.test(rest) ? `刚才那条错了，${rest}` : undefined;
  }
  const slip = SLIP.exec(t);
  const swapped = slip ? RIGHT_THEN_WRONG.exec(t.slice(slip[0].length)) : null;
  return swapped ? `刚才那条不是${swapped[2]}，是${swapped[1]}` : undefined;
}
