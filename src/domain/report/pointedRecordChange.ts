// 「黄书记11月13日查财务科那次其实是专项资金检查，麻烦改一下」「11月13日那次检查应该是专项资金检查」 (round 52, fwd; t54b B-F2:
// read as a new 专项资金检查 beside the 作风纪律检查 it meant, so one check was counted twice and 专项资金检查 showed 完成): a
// record told before, pointed at (那次 · 那条 · 那个) and changed beyond doubt (其实是 · 应该是 · 改成 · 不是…是… · 更正), is a
// correction of that record (correctLatest finds it, or says none was found), never a report of a second deed.
import { namedRecordCorrection } from './namedRecordCorrection.js';

/** 那次 · 那条 · 那个 · 那回 · 那场 in the naming words: a record already told is meant. */
const POINTED = /那(?:一)?(?:次|条|个|回|场)/;

/**
 * Whether `text` changes a record it points back at, beyond doubt (the naming words hold 那次/那条/那个 and the change is
 * said with 其实是/应该是/改成/不是… or after 更正一下). `today` is YYYY-MM-DD in Shanghai.
 */
export function pointedRecordChange(text: string, today: string): boolean {
  const read = namedRecordCorrection(text, today);
  return read !== null && read.firm && POINTED.test(read.about);
}
