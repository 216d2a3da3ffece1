// Shapes of issue 10 left by round 21u (l22): talks someone else held with the sender (找/约/叫/把我…), reporters heard
// at a visit, 述责述廉 meetings, blank 谈话人 cells, two 检查人.
import type { CorpusRow } from './corpusRow.js';

export const TWENTY_TWO_L_ROWS: CorpusRow[] = [
  // u21 #6. 「X还专门找我和Y谈了话」: the one who called the sender in held the talk, whatever adverbs (还专门/又/特意)
  // stand before 找/约/叫/把; the sender and Y are talked to (was: the sender the doer and X a counterpart).
  ["刘洋", "上周四下午，吴部长还专门找我谈了一次话，提醒我注意廉洁自律", "!廉谈 11-26 吴静>刘洋"],
  ["张颖", "11月18日，周涛部长把我叫到他办公室进行了廉政谈话", "!廉谈 11-18 周涛>张颖"],
  ["陈静", "前天郑部长特意约我和赵磊做了一次谈心谈话", "!谈心 11-28 郑华>陈静 | 谈心 11-28 郑华>赵磊"],
  ["孙杰", "11月19日上午何平主任又专门约我谈了一次心", "!谈心 11-19 何平>孙杰"],
  ["李娟", "上周二分管领导王建国副理事长特地叫我和王强去他办公室进行了廉政提醒谈话", "!廉谈 11-24 王建国>李娟 | 廉谈 11-24 王建国>王强"],
  ["赵磊", "昨天下午冯雪部长还专门约我谈话，讲了年底廉洁自律的要求", "!廉谈 11-29 冯雪>赵磊"],
  ["王强", "上周五孙科长把我和李娟叫去谈了谈心", "!谈心 11-27 孙丽>王强 | 谈心 11-27 孙丽>李娟"],
  // Control: a talk someone will call the sender to is no deed yet.
  ["徐辉", "赵敏书记约我下周谈心", "-"],
  // u21 #5. 听取了X(关于…的)汇报: the one whose report was heard is no one talked to (was: a third talk with 何平/张颖);
  // with no one else named the sender is the one talked to; a meeting that heard reports stays the chair's.
  ["李明", "11月23日赵敏书记到康复中心督导，听了何平主任关于全年工作的汇报，然后与徐辉、孙杰分别进行了廉政谈话", "!廉谈 11-23 赵敏>徐辉 | 廉谈 11-23 赵敏>孙杰"],
  ["张颖", "11月20日刘芳副理事长来组联部，听取了周涛的工作汇报，并与我进行了廉政谈话", "!廉谈 11-20 刘芳>张颖"],
  ["胡军", "昨天王建国副理事长到办公室听取了李明关于近期工作的汇报，随后和我谈了心", "!谈心 11-29 王建国>胡军"],
  ["吴静", "前天刘芳副理事长到康复部检查指导，听取了刘洋关于台账整理情况的汇报，并和我开展了廉政提醒谈话", "!廉谈 11-28 刘芳>吴静"],
  ["冯雪", "11月27日陈志强副理事长召开分管科室党风廉政建设工作会议，听取了郑华和我的汇报", "!分管会 11-27 陈志强>"],
  ["王芳", "上周三张伟书记主持召开全面从严治党专题会，听取了王磊、吴静的工作汇报", "!专题 11-25 张伟>"],
  // Control: someone heard and then talked to is talked to.
  ["王强", "11月26日王建国副理事长来财务科听取孙丽科长工作汇报，并同孙丽进行了廉政谈话", "!廉谈 11-26 王建国>孙丽"],
];
