// 「刚才那条撤销，应该是前天观看了警示教育片《贪毁人生》，参加23人」「上一条记错了，应该是…」: the latest record taken back
// and a whole report given in its place, title and head-count included (d24 leftover: only one field was read, or none).
import { LATEST_RECORD } from './latestRecordWords.js';

/** 刚才那条撤销， · 撤回上一条， · 上一条作废了， · 刚才那条记错了，: the latest withdrawn or owned as a slip. */
const TAKEN_BACK = new RegExp(
  `^(?:请|麻烦)?(?:(?:撤销|撤回|删除|删掉|作废)${LATEST_RECORD}|${LATEST_RECORD}(?:请|要|帮我)?(?:撤销|撤回|删除|删掉|作废|不算|不要了|不作数|(?:记|写|报|填|说|搞|弄)?错了|不对)(?:掉|了|吧|一下)*)[,，;；。\\s]+`,
);
/** 应该是 · 应为 · 正确的是 · 其实是: the words before the report that replaces it. */
const RIGHT = /^(?:应该|应|其实|实际上?|正确的)(?:是|为)[:：,，\s]*/;

/**
 * The report written after the latest record is taken back (「刚才那条撤销，应该是<report>」), or undefined. The caller
 * takes it only when it reads as one whole record; a single value (应该是昨天) is the plain correction's.
 */
export function replacementReport(text: string): string | undefined {
  const t = text.trim();
  const back = TAKEN_BACK.exec(t);
  if (!back) return undefined;
  const rest = t.slice(back[0].length);
  const right = RIGHT.exec(rest);
  return right ? rest.slice(right[0].length).trim() || undefined : undefined;
}
