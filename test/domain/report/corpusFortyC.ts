// Found by testers t39a/t39b on the round 39 merge and fixed by round 40's fmc (issue 10). Read on Mon 2026-11-30 10:00 +08:00.
// 1. 「刘芳副理事长一行到组联部检查指导党风廉政建设工作，查阅了廉政台账，并与周涛部长进行了廉政谈话」 (t39b F6): the check was
//    neither recorded nor named. A 检查指导 visit that looked through the place's papers (查阅/查看/翻阅/调阅 …台账/资料/凭证/记录)
//    checked it: a check of the visitor's, asked its type, beside the talk. A visit that only 检查指导工作 or 调研 stays one talk.
// 2. 台账 line 「11月12日 对教育就业部开展专项检查，由黄志刚书记带队」 under a 作风纪律检查 line (t39b F11) took that type: a written
//    专项检查 names a check of its own and is asked its type, never carried; a bare 检查 or 抽查 still carries the line above's.
// 3. 「黄书记今天上午带我去组联部抽查了考勤，下午又去了维权部」 (t39a F29): one check at both places. A later clause that only goes
//    again to another place (下午/随后/接着 + 又去了/又到了 + place) repeats the check of the clause before there: two checks.
import type { CorpusRow } from './corpusRow.js';

export const FORTY_C_ROWS: CorpusRow[] = [
  // 1. A 检查指导 visit that looked through papers, then a talk: the check asked its type, the talk kept.
  ["张颖", "11月20日，刘芳副理事长一行到组联部检查指导党风廉政建设工作，查阅了廉政台账，并与周涛部长进行了廉政谈话，张颖参加。", "? 11-20 刘芳> ?missing_type | 廉谈 11-20 刘芳>周涛"],
  ["赵磊", "11月25日，陈志强副理事长到维权部检查指导党风廉政建设工作，查阅了有关台账资料，并与冯雪部长进行了廉政谈话。", "? 11-25 陈志强> ?missing_type | 廉谈 11-25 陈志强>冯雪"],
  ["胡军", "11月24日，王建国副理事长到办公室检查指导工作，查看了公务接待台账，随后与李明主任进行了廉政谈话。", "? 11-24 王建国> ?missing_type | 廉谈 11-24 王建国>李明"],
  ["孙丽", "11月18日王建国副理事长来财务科检查指导工作，翻阅了报销凭证，并与我进行了廉政提醒谈话", "!资金 11-18 王建国> | 廉谈 11-18 王建国>孙丽"],
  ["徐辉", "11月19日，赵敏书记一行到康复中心检查指导党风廉政建设工作，调阅了会议记录，并与何平主任进行了谈心谈话。", "? 11-19 赵敏> ?missing_type | 谈心 11-19 赵敏>何平"],
  // 1. Near-misses: a visit that looked at no papers stays one talk (a 调研 that 查阅了台账 is a check too since round 41, t40b F10).
  ["刘芳", "上周三到康复部检查指导党风廉政建设工作，并和吴静开展了廉政提醒谈话", "!廉谈 11-25 >吴静"],
  ["赵磊", "11月20日，陈志强副理事长到维权部检查指导工作，并与冯雪部长进行了廉政谈话。", "!廉谈 11-20 陈志强>冯雪"],
  ["张颖", "11月20日，刘芳副理事长到组联部调研，查阅了廉政台账，并与周涛部长进行了廉政谈话。", "? 11-20 刘芳> @组联部 ?missing_type | 廉谈 11-20 刘芳>周涛"],
  // 2. A written 专项检查 after a typed check: asked its type, not carried.
  ["林晓", "机关纪委11月工作台账\n11月5日 对康复中心开展作风纪律检查\n11月12日 对教育就业部开展专项检查，由黄志刚书记带队\n11月19日 黄书记与王强同志进行提醒谈话\n11月27日 向党组报送廉政信息1篇", "作风 11-05 > ?missing_actor | ? 11-12 黄志刚> ?missing_type | 廉谈 11-19 黄志刚>王强 | 信息 11-27 > ?missing_actor"],
  ["黄志刚", "11月10日对组联部开展作风纪律检查；11月17日对宣文部开展专项检查", "作风 11-10 > | ? 11-17 > ?missing_type"],
  // 2. Near-misses: a 专项 check that names its kind keeps it; a bare 检查/抽查 still carries the kind above.
  ["黄志刚", "11月3日对财务科开展专项资金检查，11月13日对办公室开展专项督查", "!资金 11-03 > | 作风 11-13 >"],
  ["黄志刚", "上周二到组联部检查了作风纪律，周四到康复部检查", "!作风 11-24 > | 作风 11-26 >"],
  ["黄志刚", "11月10日对组联部开展作风纪律检查；11月17日对宣文部开展公务用车专项检查", "!作风 11-10 > | 作风 11-17 >"],
  ["黄志刚", "11月10日对组联部开展作风纪律检查；11月17日对宣文部进行了抽查", "!作风 11-10 > | 作风 11-17 >"],
  // 3. 下午/随后/接着 + 又去了 + another place: the check repeated there.
  ["林晓", "11月26日上午黄书记带我去组联部抽查了考勤，下午又去了维权部", "!作风 11-26 黄志刚> @组联部 | 作风 11-26 黄志刚> @维权部"],
  ["黄志刚", "11月26日上午去组联部抽查了考勤，下午又去了维权部", "!作风 11-26 > @组联部 | 作风 11-26 > @维权部"],
  ["黄志刚", "11月25日上午到宣文部开展作风纪律检查，下午又去了康复中心", "!作风 11-25 > | 作风 11-25 >"],
  ["林晓", "11月27日上午黄书记到教育就业部暗访了在岗情况，接着又去了组联部", "!作风 11-27 黄志刚> | 作风 11-27 黄志刚>"],
  // 3. Near-misses: a 调研 gone on elsewhere is no check; the second place said with its own check, or 分别, as before.
  ["黄志刚", "11月25日到财务科调研，下午又去了办公室", "-"],
  ["林晓", "昨天去组联部抽查了在岗情况，又去了康复部", "!作风 11-29 >"],
  ["黄志刚", "11月26日上午去组联部抽查了考勤，下午去维权部检查了公务用车", "!作风 11-26 > | 作风 11-26 >"],
  ["黄志刚", "11月26日上午和下午分别去组联部、维权部抽查了考勤", "!作风 11-26 > | 作风 11-26 >"],
];
