// Round 56, the merge (coordinator; issue 10). fgf's left-alone (stored wrong at once): 王建国 「原定周三的廉政谈话提前到周二进行了，
// 和李明谈的」 was stored at once on the Wednesday — 提前到 + a day now moves the deed to that day as 推迟到 does (parseReport's
// RESCHEDULED; 提前到达 moves nothing). t59a F4 (refused): 刘洋 「部长前天找我谈话了」 was 「没有读出…活动」 while 部长前天找我谈了心
// was read — a day between a bare title and 找我 no longer hides the sender's own head (ownLeaders.ts BARE_HEAD). fgb's
// left-alone: 「上周三没和吴静签责任书，只和周涛签了」 with nothing stored was 没看懂 — a signing after a denied one, naming no
// paper, signed the paper the denial named (deniedApart.ts). 取消了两个不合规的报销事项，并和李娟… (fgf's left-alone, dropped) is a deed told, as
// with 撤销 (parseGate.ts). Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const FIFTY_SIX_M_ROWS: CorpusRow[] = [
  // 提前到 + a day gone by: held that day (the day first meant named as a leftover, on a card).
  ["王建国", "原定周三的廉政谈话提前到周二进行了，和李明谈的", "!廉谈 11-24 >李明"],
  ["王建国", "原定11月27日和李明的廉政谈话提前到11月25日谈了", "!廉谈 11-25 >李明"],
  ["黄志刚", "原定下周对财务科的检查提前到昨天进行了，查了考勤", "!作风 11-29 > @财务科"],
  ["张伟", "原定12月的廉政党课提前至11月26日举行了，全体党员参加", "党课 11-26 >"],
  // Near-misses: 提前到达 · 提前到 + a place is no day moved.
  ["林晓", "今天提前到达财务科开展了作风纪律检查", "作风 11-30 > @财务科"],
  ["林晓", "11月27日提前到康复中心，开展了作风纪律检查", "作风 11-27 > @残疾人康复中心"],
  // A bare title, a day, then 找我: the sender's own head; its type asked when none is written.
  ["刘洋", "部长前天找我谈话了", "? 11-28 吴静>刘洋 ?missing_type"],
  ["王芳", "主任昨天找我谈话了", "? 11-29 李明>王芳 ?missing_type"],
  ["李娟", "科长上周三找我谈了话", "? 11-25 孙丽>李娟 ?missing_type"],
  ["刘洋", "部长 前天 找我谈话了 主要是廉政方面的", "!廉谈 11-28 吴静>刘洋"],
  ["杨帆", "部长11月20日找我谈心谈话", "!谈心 11-20 王磊>杨帆"],
  // A denied signing, then the one held naming no paper: the paper the denial named.
  // (「上周三没和吴静签责任书，只和周涛签了」 itself is corpusFiftySixB's row, its label changed.)
  ["刘芳", "上周三没有和吴静签订廉政承诺书，只跟周涛签了", "签责 11-25 >周涛"],
  ["王建国", "11月25日没和孙丽签责任书，只和李明签了。", "签责 11-25 >李明"],
  // Near-misses: the denial alone is no report; a talk typed after its denial keeps its own type.
  ["刘芳", "上周三没和吴静签责任书", "-"],
  ["孙丽", "昨天没和王强谈，只和李娟谈了心", "谈心 11-29 >李娟"],
  // 取消 + a thing of the work (事项 · 资格 · 项目) is a deed told, as 撤销 + one is (round 53): the talk after it is kept (fgf's
  // left-alone: the whole report dropped as a command).
  ["孙丽", "取消了两个不合规的报销事项，并和李娟进行了廉政谈话", "廉谈 ? >李娟 ?missing_date"],
  ["孙丽", "今天取消了王强的年度评优资格，并和他进行了提醒谈话", "!廉谈 11-30 >王强"],
  // Near-misses: 取消 of a record or of the deed itself keeps its reading.
  ["孙丽", "取消上午报的那个检查", "-"],
  ["孙丽", "昨天的廉政谈话取消了", "-"],
];
