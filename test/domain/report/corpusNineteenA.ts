// Group faults of round 19 (a19, issue 10): a count word inside 分管的…负责人, a 责任书 signed with someone unread, 我 listed
// among those a leader talked to, a group of doers opening the sentence after a 分别 list.
import type { CorpusRow } from './corpusRow.js';

export const NINETEEN_A_ROWS: CorpusRow[] = [
  // 1. A count (两个/两位/2个/几位) between 分管的 and the group word keeps the group: one record per supervised head, for
  // 确认 (was: one 责任书 stored at once with nobody).
  ["赵敏", "今天下午跟分管的两个部门负责人签了廉政责任书", "!签责 11-30 >王磊 | 签责 11-30 >何平"],
  ["刘芳", "上周五和分管的两位部长都签订了党风廉政建设责任书", "!签责 11-27 >周涛 | 签责 11-27 >吴静"],
  ["陈志强", "11月20日与分管的2个科室负责人签了承诺书", "!签责 11-20 >郑华 | 签责 11-20 >冯雪"],
  ["王建国", "昨天和分管的几位负责人签了责任书", "!签责 11-29 >李明 | 签责 11-29 >孙丽"],
  ["刘芳", "今天上午和分管科室的两位负责同志谈了心", "!谈心 11-30 >周涛 | 谈心 11-30 >吴静"],
  // A 责任书 signed with someone the directory cannot tell is asked whom, never stored as one's own pledge.
  ["孙丽", "今天和单位签了廉洁承诺书", "签责 11-30 > ?missing_counterpart"],
  ["王建国", "今天跟几个科室负责人签了责任书", "签责 11-30 > ?missing_counterpart"],
  // 8. 我们几个 is no question, and 我 listed beside another after the talk is one of those talked to (was: 没看懂, or the
  // sender left off the card).
  ["冯雪", "陈副理事长昨天找我们几个谈心谈话，我、赵磊都谈了", "!谈心 11-29 陈志强>冯雪 | 谈心 11-29 陈志强>赵磊"],
  ["吴静", "刘副理事长昨天到部里和我们几个进行了谈心谈话，我和刘洋都谈了", "!谈心 11-29 刘芳>吴静 | 谈心 11-29 刘芳>刘洋"],
  ["周涛", "刘芳副理事长上周三和我们部里几个人谈了心，张颖和我都谈了", "!谈心 11-25 刘芳>周涛 | 谈心 11-25 刘芳>张颖"],
  ["郑华", "王副理事长上周来部里跟我们几个都谈了话，我、陈静都谈了，是廉政谈话", "!廉谈 ? 王建国>郑华 ?missing_date | 廉谈 ? 王建国>陈静 ?missing_date"],
  // 6. A group of doers opening the next sentence (当天下午，各位班子成员分别与分管…) does its own talks; it is never paired
  // with the names of the sentence before (was: 王建国 with 张伟, 刘芳 with 刘芳…, the afternoon's talks dropped).
  ["胡军", "11月27日上午，张伟书记分别与王建国、陈志强进行了廉政谈话。当天下午，各位班子成员分别与分管科室负责人进行了谈心谈话。", "!廉谈 11-27 张伟>王建国 | 廉谈 11-27 张伟>陈志强 | 谈心 11-27 王建国>李明 | 谈心 11-27 王建国>孙丽 | 谈心 11-27 刘芳>周涛 | 谈心 11-27 刘芳>吴静 | 谈心 11-27 陈志强>郑华 | 谈心 11-27 陈志强>冯雪 | 谈心 11-27 赵敏>王磊 | 谈心 11-27 赵敏>何平"],
  ["林晓", "11月25日，党组书记张伟分别与刘芳、赵敏开展廉政提醒谈话，强调要严守纪律。随后，党组成员分别与分管部门负责人开展了廉政谈话。", "!廉谈 11-25 张伟>刘芳 | 廉谈 11-25 张伟>赵敏 | 廉谈 11-25 王建国>李明 | 廉谈 11-25 王建国>孙丽 | 廉谈 11-25 刘芳>周涛 | 廉谈 11-25 刘芳>吴静 | 廉谈 11-25 陈志强>郑华 | 廉谈 11-25 陈志强>冯雪 | 廉谈 11-25 赵敏>王磊 | 廉谈 11-25 赵敏>何平"],
  ["王芳", "上周五张伟书记分别与4名班子成员进行了谈话提醒，同日下午，班子成员分别同分管部室负责人签订了党风廉政建设责任书", "!廉谈 11-27 张伟>王建国 | 廉谈 11-27 张伟>刘芳 | 廉谈 11-27 张伟>陈志强 | 廉谈 11-27 张伟>赵敏 | 签责 11-27 王建国>李明 | 签责 11-27 王建国>孙丽 | 签责 11-27 刘芳>周涛 | 签责 11-27 刘芳>吴静 | 签责 11-27 陈志强>郑华 | 签责 11-27 陈志强>冯雪 | 签责 11-27 赵敏>王磊 | 签责 11-27 赵敏>何平"],
];
