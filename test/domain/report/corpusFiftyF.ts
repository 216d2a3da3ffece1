// Round 50, fixer F (fxf): clerks' and 纪检 officers' posts, fresh shapes written and probed by the fixer (issue 10).
// Tidy first: a 信息 taken up by an outlet (其中1篇被市纪委网站采用 · 已被…采用 · 均被…录用) is read by one reader now (rounds 49
// fvd and fvb had one each); the records stay as they were, the note is kept once (test/domain/report/adoptedPaperNoteFiftyF).
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const FIFTY_F_ROWS: CorpusRow[] = [
  // Tidy (no record changes): the edges of the 采用 clause.
  ["李明", "办公室11月份报送廉政信息3篇，其中2篇被省残联门户网站采用", "信息 ? > @办公室 ?missing_date"],
  ["王磊", "11月20日宣文部报送廉政信息两篇，均被市纪委网站录用", "!信息 11-20 > @宣文部 | 信息 11-20 > @宣文部"],
  ["王磊", "上周三和王强谈心谈话，他写的信息被市纪委网站采用", "谈心 11-25 >王强 @财务科"],
  // Kind 1 (fresh probe 31's kind): a checker leading a unit's person along (带领办公室李明对财务科… · 带领教就部郑华部长到
  // 维权部…) had the led person's unit read as a place checked (@办公室, the place checked lost or added to), after one tap.
  // Now the unit of the person led along is no place checked, as 带领办公室负责人对… already was (round 29a).
  ["王芳", "11月25日，王建国副理事长带领办公室李明对财务科开展作风纪律检查", "!作风 11-25 王建国> @财务科"],
  ["王芳", "11月25日，王建国副理事长带领办公室主任李明到财务科开展作风纪律检查", "!作风 11-25 王建国> @财务科"],
  ["林晓", "11月26日黄志刚书记带领办公室林晓对宣文部开展作风纪律检查", "!作风 11-26 黄志刚> @宣文部"],
  ["王芳", "11月24日，陈志强副理事长带领教就部郑华部长到维权部检查作风纪律", "!作风 11-24 陈志强> @维权部"],
  ["王芳", "11月20日，王建国副理事长带领财务科孙丽对办公室开展专项资金检查", "!资金 11-20 王建国> @办公室"],
  ["胡军", "【工作动态】11月27日上午，赵敏同志带领宣文部王磊部长深入康复中心，开展节前作风纪律明察暗访。", "!作风 11-27 赵敏> @残疾人康复中心"],
  ["王芳", "11月18日刘芳副理事长率领组联部周涛对康复部开展了专项资金检查，吴静陪同", "!资金 11-18 刘芳> @康复部"],
  ["王芳", "11月23日，张伟书记带领办公室副主任李明等人到组联部、康复部开展作风纪律检查", "!作风 11-23 张伟> @组联部、康复部"],
  ["王芳", "11月19日 王建国带领办公室 李明 对财务科开展专项资金检查", "!资金 11-19 王建国> @财务科"],
  ["李娟", "孙科长上周二带着我们科王强去宣文部抽查了经费报销", "? 11-24 孙丽> @宣文部 ?missing_type"],
  // Near-misses, as before: units led along to every department (各部室 is all of them); a unit led to its own 自查; a
  // place visited with someone there; a talk with a unit's person.
  ["王芳", "11月25日，王建国副理事长带领办公室、财务科负责人对各部室开展作风纪律检查", "!作风 11-25 王建国> @办公室、财务科、组联部、康复部、教育就业部、宣文部、维权部、残疾人康复中心"],
  ["王芳", "11月25日，王建国副理事长带领办公室开展自查", "!自查 11-25 王建国> @办公室"],
  ["王芳", "11月25日，王建国副理事长带领办公室李明、胡军开展作风纪律自查", "!自查 11-25 王建国> @办公室"],
  ["王芳", "11月25日，王建国副理事长到办公室检查，李明陪同", "? 11-25 王建国> @办公室 ?missing_type"],
  ["王芳", "11月25日，王建国副理事长和办公室李明谈心谈话", "!谈心 11-25 王建国>李明 @办公室"],
];
