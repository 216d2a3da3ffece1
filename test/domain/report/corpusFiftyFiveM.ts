// Round 55, the merge (coordinator; issue 10). t58b F4: a voice-spaced 「并分别 谈了 心」 after a signing with two people named
// asked 和谁 for the talks — the space between 分别 and its deed parted them (voiceSpacesJoined.ts WORDS: 分别谈 · 分别进行 ·
// 分别签订 · 分别开展). t58b F1: 「不是导出，是报一下：」 over a check that names the 台账 it looked at was 没看懂 (replyLead.ts: 不是导出
// is a reply lead like 不是查询). fhe's left-alone (stored wrong at once): 林晓 「11月2日赵书记谈心谈话」 was stored at once as
// her talk with 赵敏 while 「11月2日赵敏谈心谈话」 was shown for a tap — a counterpart written as surname and title is now weighed
// where it stands like the name (unaccounted.ts). Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const FIFTY_FIVE_M_ROWS: CorpusRow[] = [
  ["郑华", "昨天和王强 李娟 两位同志签订了 廉政承诺书 并分别 谈了 心", "!签责 11-29 >王强 | 签责 11-29 >李娟 | 谈心 11-29 >王强 | 谈心 11-29 >李娟"],
  ["孙丽", "昨天 和王强 李娟 分别 进行了 廉政谈话", "廉谈 11-29 >王强 | 廉谈 11-29 >李娟"],
  ["周涛", "上周五 和 张颖 签订了 廉政承诺书 并 分别 谈了 心", "!签责 11-27 >张颖 | 谈心 11-27 >张颖"],
  // Near-miss: typed, no spaces.
  ["郑华", "昨天和王强、李娟两位同志签订了廉政承诺书并分别谈了心", "!签责 11-29 >王强 | 签责 11-29 >李娟 | 谈心 11-29 >王强 | 谈心 11-29 >李娟"],
  ["林晓", "不是导出，是报一下：黄书记上周五带队去财务科检查了考勤和公务卡报销台账", "!作风 11-27 黄志刚> @财务科"],
  ["林晓", "不是要台账，是上报：11月26日黄书记带队到办公室查了考勤", "!作风 11-26 黄志刚> @办公室"],
  // A counterpart written as surname + title in a terse line, from someone who holds no talks: shown for a tap, like the name.
  // (林晓 「11月2日赵书记谈心谈话」 itself is corpusFiftyFiveE's row, its label changed to a card.)
  ["林晓", "11月2日赵敏谈心谈话", "!谈心 11-02 >赵敏"],
  ["胡军", "11月20日何主任谈心谈话", "!谈心 11-20 >何平 @残疾人康复中心"],
  ["杨帆", "11月20日冯部长谈心谈话", "!谈心 11-20 >冯雪 @维权部"],
  // Near-misses: with 和/与 it is the one talked with, at once.
  ["林晓", "11月2日和赵书记谈心谈话", "谈心 11-02 >赵敏"],
  ["胡军", "11月20日与何主任进行了谈心谈话", "谈心 11-20 >何平 @残疾人康复中心"],
];
