// Kinds read wrong on the tester's round-11 unseen messages (issue 10), in messages of our own.
import type { CorpusRow } from './corpusRow.js';

export const ROUND_ELEVEN_ROWS: CorpusRow[] = [
  // A 党支部 as the doer: its own 书记 when the directory names them by title, otherwise asked whose, never the
  // sender's by default (round 11: a 科员 was recorded at once as the doer of her branch's visit).
  ["王芳", "11.18，机关第一党支部组织支部党员赴市廉政教育基地开展警示教育活动", "警示 11-18 > ?missing_actor"],
  ["王芳", "【机关第一党支部】11.18，机关第一党支部组织支部党员赴市廉政教育基地开展警示教育活动。党员们参观了展区，深刻感受到违纪违法的沉痛代价。大家纷纷表示，要以案为鉴。", "警示 11-18 > ?missing_actor"],
  ["李明", "11月20日，办公室党支部组织党员观看警示教育片《围猎》", "警示 11-20 > 《围猎》 ?missing_actor"],
  ["张颖", "昨天支部组织学习了《廉洁自律准则》", "廉教 11-29 > 《廉洁自律准则》 ?missing_actor"],
  ["刘洋", "11月12日，第三党支部组织党员观看警示教育片《蜕变》，参加12人", "警示 11-12 > 《蜕变》 #12 ?missing_actor"],
  // 分别与A、B…，时间分别是D1、D2: the second 分别 repeats the first; each person on their day, in order (round 11: both
  // people lost, then paired wrongly after the answer).
  ["王建国", "近期分别与李明、孙丽两位同志进行了廉政谈话，时间分别是11月2日、11月16日；11月23日主持召开了分管科室党风廉政建设工作会议。", "!廉谈 11-02 >李明 | 廉谈 11-16 >孙丽 | 分管会 11-23 >"],
  ["王建国", "分别与李明、孙丽进行了廉政谈话，时间分别为11月2日、11月16日", "廉谈 11-02 >李明 | 廉谈 11-16 >孙丽"],
  ["王建国", "分别与李明、孙丽签订了责任书，日期分别是11月2日和11月16日", "签责 11-02 >李明 | 签责 11-16 >孙丽"],
  ["刘芳", "分别和周涛、吴静谈心谈话，时间分别是11月5日、11月19日", "谈心 11-05 >周涛 | 谈心 11-19 >吴静"],
];
