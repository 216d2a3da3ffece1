// Found by r30 (issue 10) while making one list of the written days the reader knows: a sentence or a ；-entry that
// opens with a bare weekday (周五 · 星期四 · 这周一) was not taken as opening with its day, as one opening with 11月27日,
// 11.27 or 上周五 was. After a dated meeting's 会后 talks, 「。周五和孙杰廉政谈话」 ran on into them and put them on its
// own day (the 会后 talk with 何平 on 11-27; 谈了廉政 then read as 谈心 of 11-26); after 「周二与孙丽…；」 the next
// entry of the same kind was asked its day, where after 「上周二…；」 it took it.
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_R_ROWS: CorpusRow[] = [
  // A sentence opening with a bare weekday after a dated meeting's 会后 talks starts an entry of its own.
  ["赵敏", "11月18日到康复中心开分管科室廉政会议，何平、徐辉参加；会后和何平进行了谈心谈话。周五和孙杰廉政谈话。", "!分管会 11-18 > | 谈心 11-18 >何平 | 廉谈 11-27 >孙杰"],
  ["陈志强", "11月11日到维权部召开分管科室党风廉政建设会议，冯雪和部门同志参加；会后与冯雪进行了廉政谈话。周三又到维权部和赵磊谈了一次心。", "!分管会 11-11 > | 廉谈 11-11 >冯雪 | 谈心 11-25 >赵磊"],
  ["刘芳", "11月12日到组联部召开分管科室廉政工作会议；会后分别和周涛、张颖谈了廉政。星期四到康复部和吴静谈心谈话。", "!分管会 11-12 > | 廉谈 11-12 >周涛 | 廉谈 11-12 >张颖 | 谈心 11-26 >吴静"],
  // A line whose first entry opens with a bare weekday lends it to the next entry of the same kind.
  ["王建国", "周二与孙丽进行了廉政谈话；与李明进行了廉政谈话", "!廉谈 11-24 >孙丽 | 廉谈 11-24 >李明"],
  ["吴静", "星期五组织康复部观看警示教育片《底线》；观看警示教育片《迷途》", "!警示 11-27 > 《底线》 | 警示 11-27 > 《迷途》"],
  ["王建国", "这周一和孙丽签订了党风廉政建设责任书；和李明签订了党风廉政建设责任书", "!签责 11-30 >孙丽 | 签责 11-30 >李明"],
  // Near-misses, read as before: 上周五 and 11.25 already opened a sentence; a sentence with no day stays on the meeting's;
  // an entry of another kind is still asked its day; a day in the second entry only is that entry's.
  ["赵敏", "11月18日到康复中心开分管科室廉政会议，何平、徐辉参加；会后和何平进行了谈心谈话。上周五和孙杰廉政谈话。", "!分管会 11-18 > | 谈心 11-18 >何平 | 廉谈 11-27 >孙杰"],
  ["陈志强", "11月11日到维权部召开分管科室党风廉政建设会议，冯雪和部门同志参加；会后与冯雪进行了廉政谈话。11.25，又到维权部和赵磊谈了一次心。", "!分管会 11-11 > | 廉谈 11-11 >冯雪 | 谈心 11-25 >赵磊"],
  ["赵敏", "11月18日到康复中心开分管科室廉政会议，何平、徐辉参加；会后和何平进行了谈心谈话。又和孙杰进行了廉政谈话。", "!分管会 11-18 > | 谈心 11-18 >何平 | 廉谈 11-18 >孙杰"],
  ["王建国", "周二与孙丽进行了廉政谈话；组织财务科学习《中国共产党纪律处分条例》", "!廉谈 11-24 >孙丽 | 廉教 ? > 《中国共产党纪律处分条例》 ?missing_date"],
  ["王建国", "11.24与孙丽进行了廉政谈话；组织财务科学习《中国共产党纪律处分条例》", "!廉谈 11-24 >孙丽 | 廉教 ? > 《中国共产党纪律处分条例》 ?missing_date"],
  ["王建国", "与孙丽进行了廉政谈话；周二与李明进行了廉政谈话", "!廉谈 ? >孙丽 ?missing_date | 廉谈 11-24 >李明"],
  // The lone day after a clause: the forms DAY_IN_CLAUSE leaves out keep their reading (王建国's talk with the sender).
  ["孙丽", "王建国副理事长11.16到财务科走访慰问，11月17日，与孙丽开展廉政谈话", "!廉谈 11-17 王建国>孙丽"],
  ["孙丽", "王建国副理事长上周一到财务科走访慰问；11月17日，与孙丽开展廉政谈话", "!廉谈 11-17 王建国>孙丽"],
];
