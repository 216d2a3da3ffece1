// Doer faults of the tester's round 15 (issue 10), in messages of our own: no record under the wrong person.
import type { CorpusRow } from './corpusRow.js';

export const ROUND_FIFTEEN_B_ROWS: CorpusRow[] = [
  // 中心/部里 after a part of a month (11月上旬) is the sender's unit, so its head's deed, its day asked (round 15: the
  // head lost, the answer stored as the sender's).
  ["徐辉", "11月上旬中心开展了作风纪律自查", "!自查 ? 何平> ?missing_date"],
  ["杨帆", "11月中旬部里组织观看了警示教育片《围猎》", "!警示 ? 王磊> 《围猎》 ?missing_date"],
  ["刘洋", "11月下旬部里组织学习了《廉洁自律准则》", "!廉教 ? 吴静> 《廉洁自律准则》 ?missing_date"],
  ["孙杰", "10月底中心组织观看了警示片《蜕变》", "!警示 ? 何平> 《蜕变》 ?missing_date"],
  // 同日/当天/同一天 with a subject of its own before 与 (王部长同日与我…) is that subject's deed, even of the type before
  // (round 15: the first clause's doer kept, or the clause dropped from the card).
  ["杨帆", "11月10日赵敏书记与王磊部长进行了廉政谈话，同日王磊部长与杨帆进行了廉政谈话。", "!廉谈 11-10 赵敏>王磊 | 廉谈 11-10 王磊>杨帆"],
  ["杨帆", "赵书记10月22日与王部长签订了党风廉政建设责任书，王部长同日与我签订了廉政承诺书。", "!签责 10-22 赵敏>王磊 | 签责 10-22 王磊>杨帆"],
  ["杨帆", "赵敏书记11月5日与王磊部长签订了责任书，当天王部长与杨帆也签订了廉政承诺书", "!签责 11-05 赵敏>王磊 | 签责 11-05 王磊>杨帆"],
  ["胡军", "11月20日张书记和刘芳副理事长进行了廉政谈话，同一天刘副理事长和周涛部长也进行了廉政谈话", "!廉谈 11-20 张伟>刘芳 | 廉谈 11-20 刘芳>周涛"],
  ["孙杰", "何主任11月9日与徐辉签订了廉洁从业承诺书，徐主任当天和我签了承诺书", "!签责 11-09 何平>徐辉 | 签责 11-09 徐辉>孙杰"],
  // 补报中心9月份廉政工作： names the sender's unit: its items with no subject are its head's, and 全体职工签订… under it is
  // the head's signing with everyone else of the unit, for 确认; so is 中心全体职工签订… alone (k16: it was asked whom)
  // (round 15: 「通讯录里找不到「全体职工」」 as if a person, and the rest recorded as the sender's).
  ["徐辉", "补报中心9月份廉政工作：\n• 9月10日 全体职工签订廉洁从业承诺书\n• 9月24日 组织观看廉政微电影《初心》", "!签责 09-10 何平>徐辉 | 签责 09-10 何平>孙杰 | 廉教 09-24 何平> 《初心》"],
  ["徐辉", "补报中心9月份廉政工作：\n• 9月24日 组织观看廉政微电影《初心》", "!廉教 09-24 何平> 《初心》"],
  ["孙杰", "补录中心10月份工作：\n1. 10月15日 全体职工签订廉洁从业承诺书", "!签责 10-15 何平>徐辉 | 签责 10-15 何平>孙杰"],
  ["徐辉", "9月10日中心全体职工签订廉洁从业承诺书", "!签责 09-10 何平>徐辉 | 签责 09-10 何平>孙杰"],
  ["赵磊", "11月9日大家都签了廉政承诺书", "签责 11-09 > ?missing_counterpart"],
  // The sender talked to in one clause and someone else in the next (…与我谈心，同日又与王强…): both on the card, the
  // sender never dropped (found beside round 15's 同日 faults).
  ["李娟", "11月12日孙科长与我进行了谈心谈话，同日又与王强谈了心", "!谈心 11-12 孙丽>李娟 | 谈心 11-12 孙丽>王强"],
  ["李娟", "11月12日孙科长与我进行了谈心谈话，又与王强谈了心", "!谈心 11-12 孙丽>李娟 | 谈心 11-12 孙丽>王强"],
  ["杨帆", "王部长11月3日找我谈了廉政谈话，随后又找刘洋谈了", "!廉谈 11-03 王磊>杨帆 | 廉谈 11-03 王磊>刘洋"],
];
