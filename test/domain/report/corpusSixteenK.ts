// Leftover report shapes of round 16 (k16, issue 10): whole-unit signings, checks of 各部室, foreign departments of a 分管科室会议.
import type { CorpusRow } from './corpusRow.js';

export const SIXTEEN_K_ROWS: CorpusRow[] = [
  // 中心全体职工签订… with no subject, from one of its staff: the unit's head signed with everyone else of it, for 确认
  // (was: 「和谁签订的？」, or the sender recorded as the doer with the head among those signed with).
  ["徐辉", "9月10日中心全体职工签订廉洁从业承诺书", "!签责 09-10 何平>徐辉 | 签责 09-10 何平>孙杰"],
  ["胡军", "11月5日办公室全体人员签订了承诺书", "!签责 11-05 李明>黄志刚 | 签责 11-05 李明>林晓 | 签责 11-05 李明>王芳 | 签责 11-05 李明>胡军"],
  ["王强", "11月3日科里全体人员都签了廉洁承诺书", "!签责 11-03 孙丽>王强 | 签责 11-03 孙丽>李娟"],
  ["刘洋", "3月2日部里全体职工签订了廉政承诺书", "!签责 03-02 吴静>刘洋"],
  ["林晓", "10月16日康复中心全体干部签订廉洁从业承诺书", "!签责 10-16 何平>徐辉 | 签责 10-16 何平>孙杰"],
  // The head's own message keeps its reading: their signing with the others.
  ["何平", "9月10日中心全体职工签订廉洁从业承诺书", "!签责 09-10 >徐辉 | 签责 09-10 >孙杰"],
  // A signing across the whole organisation names no one the directory can list: asked whom, never a record with no one.
  ["张伟", "3月5日全局干部职工层层签订责任书", "签责 03-05 > ?missing_counterpart"],
  ["赵敏", "2月26日全机关干部签订了廉洁从业承诺书", "签责 02-26 > ?missing_counterpart"],
  // A check of 各部室 / 各科室、中心 / 各直属单位: every department of that kind, named on the card.
  ["林晓", "11月20日对各部室进行了作风纪律检查", "!作风 11-20 >"],
  ["黄志刚", "11月25日，机关纪委对各直属单位开展作风纪律明查暗访", "!作风 11-25 >"],
  ["林晓", "上周四到各科室、中心进行了节前作风纪律检查", "!作风 11-26 >"],
  ["张伟", "11月10日对各部门专项资金使用情况进行了检查", "!资金 11-10 >"],
  // A 分管科室会议 naming a department the doer does not supervise: on the card, that department named once.
  ["刘芳", "11月18日召开分管科室党风廉政建设工作会议，组联部、康复部、维权部负责人参加", "!分管会 11-18 >"],
  ["刘芳", "11月18日召开分管科室党风廉政建设工作会议，教就部负责人参加", "!分管会 11-18 >"],
  ["陈志强", "11月5日召开分管科室党风廉政建设工作会议，维权部、宣传文化部、教育就业部参加", "!分管会 11-05 >"],
];
