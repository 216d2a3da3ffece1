// Kinds read wrong on the tester's round-11 unseen messages (issue 10), in messages of our own.
import type { CorpusRow } from './corpusRow.js';

export const ROUND_ELEVEN_ROWS: CorpusRow[] = [
  // A 党支部 as the doer: its own 书记 when the directory names them by title, otherwise asked whose, never the
  // sender's by default (round 11: a 科员 was recorded at once as the doer of her branch's visit).
  ["王芳", "11.18，机关第一党支部组织支部党员赴市廉政教育基地开展警示教育活动", "警示 11-18 > ?missing_actor"],
  ["王芳", "【机关第一党支部】11.18，机关第一党支部组织支部党员赴市廉政教育基地开展警示教育活动。党员们参观了展区，深刻感受到违纪违法的沉痛代价。大家纷纷表示，要以案为鉴。", "警示 11-18 > ?missing_actor"],
  // Round 44 fqe: from the head of the department the branch is named after it is the head's own (as a member's same words
  // were already the head's on a card): no longer asked whose.
  ["李明", "11月20日，办公室党支部组织党员观看警示教育片《围猎》", "警示 11-20 > 《围猎》 @办公室"],
  ["张颖", "昨天支部组织学习了《廉洁自律准则》", "廉教 11-29 > 《廉洁自律准则》 ?missing_actor"],
  ["刘洋", "11月12日，第三党支部组织党员观看警示教育片《蜕变》，参加12人", "警示 11-12 > 《蜕变》 #12 ?missing_actor"],
  // 分别与A、B…，时间分别是D1、D2: the second 分别 repeats the first; each person on their day, in order (round 11: both
  // people lost, then paired wrongly after the answer).
  ["王建国", "近期分别与李明、孙丽两位同志进行了廉政谈话，时间分别是11月2日、11月16日；11月23日主持召开了分管科室党风廉政建设工作会议。", "!廉谈 11-02 >李明 | 廉谈 11-16 >孙丽 | 分管会 11-23 >"],
  ["王建国", "分别与李明、孙丽进行了廉政谈话，时间分别为11月2日、11月16日", "廉谈 11-02 >李明 | 廉谈 11-16 >孙丽"],
  ["王建国", "分别与李明、孙丽签订了责任书，日期分别是11月2日和11月16日", "签责 11-02 >李明 | 签责 11-16 >孙丽"],
  ["刘芳", "分别和周涛、吴静谈心谈话，时间分别是11月5日、11月19日", "谈心 11-05 >周涛 | 谈心 11-19 >吴静"],
  // X暨Y部署会: one meeting, whose name joins two topics; the meeting is the record (round 11: a 廉政教育, the meeting lost).
  ["王芳", "为切实做好元旦春节期间党风廉政建设工作，11月30日，市残联召开节前廉政提醒暨作风建设部署会，党组书记张伟出席并讲话，党组成员、机关党委书记赵敏主持会议。会议通报了近期典型问题，对节日期间廉洁自律工作作出具体部署。", "!专题 11-30 张伟>"],
  ["王芳", "11月30日，市残联召开节前廉政提醒暨作风建设部署会，张伟书记主持会议并讲话", "!专题 11-30 张伟>"],
  // A news item's headline over the dated item it heads is its title, not a second activity of the sender's with its day
  // asked (round 11); a first line of another kind is still its own deed, asked its day.
  ["杨帆", "清风残联｜宣文部开展\"廉洁文化进机关\"主题学习活动\n11月26日下午，宣文部组织全体党员干部集中学习《中国共产党纪律处分条例》，部长王磊领学并结合工作实际谈体会。部里8名同志参加学习。", "!廉教 11-26 王磊> 《中国共产党纪律处分条例》 #8"],
  ["杨帆", "宣文部开展廉洁文化主题教育活动\n11月26日组织观看警示教育片《围猎》，参加8人", "!警示 11-26 王磊> 《围猎》 #8"],
  ["杨帆", "组织学习廉政知识\n11月26日与王磊进行了谈心谈话", "廉教 ? 王磊> ?missing_date | 谈心 11-26 王磊>杨帆"],
  // A title said outright after 题目是/题目为, unquoted (round 11: lost).
  ["刘洋", "刘芳副理事长11月13号来康复部给我们讲了一堂廉政党课,题目是廉洁从业 守护初心，全部门都参加了", "!党课 11-13 刘芳> 《廉洁从业 守护初心》"],
  ["张伟", "11月13日讲授廉政党课，题目为：守纪律 讲规矩", "党课 11-13 > 《守纪律 讲规矩》"],
  // A department's meeting that 组织学习了 cases: the study is the meeting's agenda, one record (round 11: two); the notice
  // studied is its title.
  ["张颖", "为扎实开展“以案促改”工作，10月28日，组联部召开专题会议，组织学习了市纪委通报的3起违纪违法典型案例，周涛部长主持，全部门7人参加。", "!警示 10-28 周涛> #7"],
];
