// Round 67, helper ggh (issue 10): counted summaries read wrong — a heading's month over 本月, groups with their own count
// inside 其中, 我 as a pair's doer or the one talked with, a deed after the pairs with no 另, and the count notes of signings.
// Findings (t70a on main 3fdbc41e, its clock Tue 2026-12-08): 胡军「11月份党风廉政建设工作小结：本月共开展谈心谈话15人次，其中张伟
// 书记与班子成员谈话4人次，王建国副理事长与分管科室负责人谈话2人次；组织警示教育1次，参加38人。」 was a card of 17 items — 15
// dateless 谈心谈话 of no one, 王建国 a counterpart of an untyped talk, the 警示教育 his, 本月 read as December (F1); now 张伟's
// 谈心谈话 with the four 班子成员 and 王建国's with 李明、孙丽 (the groups expanded, each group's own count weighed against its
// people), the 警示教育 38人 its own, every day asked in November (the heading's 11月份 over the body's 本月), 「…15人次」与列出
// 的6人不一致 said (pairedTallyLead + headingPeriod + groupPairsWeighed). 周涛「11月以来，组联部共开展谈心谈话6次，其中我和张颖谈
// 了2次，刘芳副理事长和我谈了1次。」 was turned down as a running total (M18); now 周涛's two talks with 张颖 (two days asked) and
// 刘芳's one with 周涛, 6 against 3 said. 孙丽「…其中我和王强11月24日谈了1次，和李娟11月25日谈了1次，王建国副理事长和我谈了1次」
// was three talks of 王建国's; now 孙丽's two on their days and 王建国's with her. 杨帆's 全体党员签订…共12人 note said
// 「宣文部登记了杨帆共1人」 (F4); now 「登记了王磊、杨帆共2人，王磊是记录的活动人…」. 孙丽「11.28 财务科 签订廉政责任书 5份」 (F6)
// still asks 和谁 (a 责任书 is a pair), its note now weighing the 5份 against 财务科's 孙丽、王强、李娟 (signedCopiesAgainstUnit).
// Before → after: 33 of these 53 rows read differently on main (the F4 and F6 rows differ only in their notes).
// Left as today: doerless pairs of several times (其中与张颖谈心2次，与刘洋谈心1次: the third asked), one person more than 5 times
// (我和张颖谈了8次: one record, the rest said), a pair with its day (我和张颖11月24日谈了2次: one talk that day, the rest
// said — never two of one day), a bare total (本月共开展谈心谈话15人次), a deed after the pairs the older readers
// give to the clerk's head (胡军's 警示教育 李明's, on the card for the member to confirm).
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const SIXTY_SEVEN_H_ROWS: CorpusRow[] = [
  ["胡军","11月份党风廉政建设工作小结：本月共开展谈心谈话15人次，其中张伟书记与班子成员谈话4人次，王建国副理事长与分管科室负责人谈话2人次；组织警示教育1次，参加38人。","谈心 ? 张伟>王建国 ?missing_date | 谈心 ? 张伟>刘芳 ?missing_date | 谈心 ? 张伟>陈志强 ?missing_date | 谈心 ? 张伟>赵敏 ?missing_date | 谈心 ? 王建国>李明 ?missing_date | 谈心 ? 王建国>孙丽 ?missing_date | 警示 ? > #38 ?missing_date,missing_actor"],
  ["胡军","11月份工作小结：本月共开展谈心谈话6人次 其中张伟书记与班子成员谈话4人次 王建国副理事长与分管科室负责人谈话2人次 组织警示教育1次 参加38人","谈心 ? 张伟>王建国 ?missing_date | 谈心 ? 张伟>刘芳 ?missing_date | 谈心 ? 张伟>陈志强 ?missing_date | 谈心 ? 张伟>赵敏 ?missing_date | 谈心 ? 王建国>李明 ?missing_date | 谈心 ? 王建国>孙丽 ?missing_date | 警示 ? > #38 ?missing_date,missing_actor"],
  ["王芳","10月份党风廉政建设工作小结：本月共开展谈心谈话6人次，其中张伟书记15号与班子成员谈话4人次，王建国副理事长20号与分管科室负责人谈话2人次。","!谈心 10-15 张伟>王建国 | 谈心 10-15 张伟>刘芳 | 谈心 10-15 张伟>陈志强 | 谈心 10-15 张伟>赵敏 | 谈心 10-20 王建国>李明 | 谈心 10-20 王建国>孙丽"],
  ["王芳","10月份工作总结：本月共开展谈心谈话6人次，其中张伟书记与班子成员谈话4人次，王建国副理事长与分管科室负责人谈话2人次。","谈心 ? 张伟>王建国 ?missing_date | 谈心 ? 张伟>刘芳 ?missing_date | 谈心 ? 张伟>陈志强 ?missing_date | 谈心 ? 张伟>赵敏 ?missing_date | 谈心 ? 王建国>李明 ?missing_date | 谈心 ? 王建国>孙丽 ?missing_date"],
  ["林晓","上月工作小结：本月共开展廉政谈话3人次，其中黄志刚书记12号与王强谈话1次，14号与李娟、刘洋各谈话1次。","!廉谈 10-12 黄志刚>王强 | 廉谈 10-14 黄志刚>李娟 | 廉谈 10-14 黄志刚>刘洋"],
  ["胡军","10月份工作小结：共开展廉政谈话2人次，其中张伟书记28号与王建国谈话1次，30号与刘芳谈话1次。","!廉谈 10-28 张伟>王建国 | 廉谈 10-30 张伟>刘芳"],
  ["杨帆","10月份宣文部工作小结：本月共开展廉政谈话2人次，其中赵敏书记8号与王磊谈话1次，王磊部长9号与杨帆谈话1次。","!廉谈 10-08 赵敏>王磊 | 廉谈 10-09 王磊>杨帆"],
  ["郑华","上月工作总结：本月共开展谈心谈话2次，其中陈志强副理事长与我谈了1次，我和陈静谈了1次。","谈心 ? 陈志强>郑华 ?missing_date | 谈心 ? >陈静 ?missing_date"],
  ["林晓","11月份工作小结：本月共开展廉政谈话2人次，其中黄志刚书记上周三与王强谈话1次，前天与李娟谈话1次。","!廉谈 11-25 黄志刚>王强 | 廉谈 11-28 黄志刚>李娟"],
  ["王芳","11月份工作小结：本月共开展廉政谈话2人次，其中张伟书记11.26与王建国谈话1次，11.27与刘芳谈话1次。","!廉谈 11-26 张伟>王建国 | 廉谈 11-27 张伟>刘芳"],
  ["王芳","本月共开展廉政谈话6人次，其中张伟书记与党组成员谈话4人次，刘芳副理事长与分管科室负责人谈话2人次。","廉谈 ? 张伟>王建国 ?missing_date | 廉谈 ? 张伟>刘芳 ?missing_date | 廉谈 ? 张伟>陈志强 ?missing_date | 廉谈 ? 张伟>赵敏 ?missing_date | 廉谈 ? 刘芳>周涛 ?missing_date | 廉谈 ? 刘芳>吴静 ?missing_date"],
  ["林晓","11月份机关纪委共开展廉政谈话10人次，其中黄志刚书记与各科室负责人谈话8人次；组织警示教育1次，参加40人。","廉谈 ? 黄志刚>李明 ?missing_date | 廉谈 ? 黄志刚>孙丽 ?missing_date | 廉谈 ? 黄志刚>周涛 ?missing_date | 廉谈 ? 黄志刚>吴静 ?missing_date | 廉谈 ? 黄志刚>郑华 ?missing_date | 廉谈 ? 黄志刚>王磊 ?missing_date | 廉谈 ? 黄志刚>冯雪 ?missing_date | 廉谈 ? 黄志刚>何平 ?missing_date | 警示 ? > #40 ?missing_date"],
  ["胡军","本月共开展谈心谈话9人次，其中张伟书记与班子成员谈话5人次，陈志强副理事长与分管科室负责人谈话2人次。","谈心 ? 张伟>王建国 ?missing_date | 谈心 ? 张伟>刘芳 ?missing_date | 谈心 ? 张伟>陈志强 ?missing_date | 谈心 ? 张伟>赵敏 ?missing_date | 谈心 ? 陈志强>郑华 ?missing_date | 谈心 ? 陈志强>冯雪 ?missing_date"],
  ["胡军","11月份工作小结：本月共开展谈心谈话6人次，其中张伟书记与班子成员谈话4人次，王建国副理事长与分管科室负责人谈话2人次；召开专题会议1次。","谈心 ? 张伟>王建国 ?missing_date | 谈心 ? 张伟>刘芳 ?missing_date | 谈心 ? 张伟>陈志强 ?missing_date | 谈心 ? 张伟>赵敏 ?missing_date | 谈心 ? 王建国>李明 ?missing_date | 谈心 ? 王建国>孙丽 ?missing_date | 专题 ? > ?missing_date,missing_actor"],
  ["王芳","11月份工作小结：本月共开展廉政谈话6人次，其中张伟书记与班子成员谈话4人次，陈志强副理事长与分管科室负责人谈话2人次；组织观看警示教育片1次，参加36人。","廉谈 ? 张伟>王建国 ?missing_date | 廉谈 ? 张伟>刘芳 ?missing_date | 廉谈 ? 张伟>陈志强 ?missing_date | 廉谈 ? 张伟>赵敏 ?missing_date | 廉谈 ? 陈志强>郑华 ?missing_date | 廉谈 ? 陈志强>冯雪 ?missing_date | 警示 ? > #36 ?missing_date,missing_actor"],
  ["孙杰","11月份工作小結：本月共開展談心談話3人次，其中趙敏書記與何平談話1人次，何平主任與徐輝、孫傑分別談話；組織警示教育1次，參加12人。","谈心 ? 赵敏>何平 ?missing_date | 谈心 ? 何平>徐辉 ?missing_date | 谈心 ? 何平>孙杰 ?missing_date | 警示 ? 何平> #12 ?missing_date"],
  ["李娟","11月份财务科工作小结：本月共开展谈心谈话3人次，其中孙丽科长与王强、李娟分别谈话，王建国副理事长与孙丽谈话1次；组织观看警示教育片1次，参加3人。","谈心 ? 孙丽>王强 ?missing_date | 谈心 ? 孙丽>李娟 ?missing_date | 谈心 ? 王建国>孙丽 ?missing_date | 警示 ? 孙丽> #3 ?missing_date"],
  ["胡军","本月共开展谈心谈话15人次","-"],
  ["胡军","党风廉政建设工作小结：本月共开展谈心谈话2人次，其中张伟书记与王建国、刘芳分别谈话。","谈心 ? 张伟>王建国 ?missing_date | 谈心 ? 张伟>刘芳 ?missing_date"],
  ["王芳","11月份工作小结：本月共开展廉政谈话4人次，其中张伟书记与班子成员谈话。","廉谈 ? 张伟>王建国 ?missing_date | 廉谈 ? 张伟>刘芳 ?missing_date | 廉谈 ? 张伟>陈志强 ?missing_date | 廉谈 ? 张伟>赵敏 ?missing_date"],
  ["周涛","11月以来，组联部共开展谈心谈话6次，其中我和张颖谈了2次，刘芳副理事长和我谈了1次。","谈心 ? >张颖 ?missing_date | 谈心 ? >张颖 ?missing_date | 谈心 ? 刘芳>周涛 ?missing_date"],
  ["孙丽","11月以来，财务科共开展谈心谈话5次，其中我和王强谈了2次，王建国副理事长和我谈了1次。","谈心 ? >王强 ?missing_date | 谈心 ? >王强 ?missing_date | 谈心 ? 王建国>孙丽 ?missing_date"],
  ["吴静","本月康复部共开展廉政谈话3次，其中我与刘洋谈了2次，刘芳副理事长与我谈了1次。","廉谈 ? >刘洋 ?missing_date | 廉谈 ? >刘洋 ?missing_date | 廉谈 ? 刘芳>吴静 ?missing_date"],
  ["冯雪","11月以来 维权部 共开展谈心谈话4次 其中 我和赵磊 谈了2次 陈志强副理事长 和我谈了1次","谈心 ? >赵磊 ?missing_date | 谈心 ? >赵磊 ?missing_date | 谈心 ? 陈志强>冯雪 ?missing_date"],
  ["郑华","11月以来，教就部共开展谈心谈话3次，其中我和陈静谈了2次，陈志强副理事长和我谈了1次。","谈心 ? >陈静 ?missing_date | 谈心 ? >陈静 ?missing_date | 谈心 ? 陈志强>郑华 ?missing_date"],
  ["何平","11月以來，中心共開展談心談話4次，其中我和孫傑談了2次，趙敏書記和我談了1次。","谈心 ? >孙杰 ?missing_date | 谈心 ? >孙杰 ?missing_date | 谈心 ? 赵敏>何平 ?missing_date"],
  ["王磊","11月以来，宣文部共开展谈心谈话3次，其中我和杨帆谈了3次。","谈心 ? >杨帆 ?missing_date | 谈心 ? >杨帆 ?missing_date | 谈心 ? >杨帆 ?missing_date"],
  ["孙丽","本月共开展谈心谈话3次，其中我和王强11月24日谈了1次，和李娟11月25日谈了1次，王建国副理事长和我谈了1次。","谈心 11-24 >王强 | 谈心 11-25 >李娟 | 谈心 ? 王建国>孙丽 ?missing_date"],
  ["周涛","11月以来，组联部共开展谈心谈话3次，其中我和张颖谈了1次，刘芳副理事长和我谈了2次。","谈心 ? >张颖 ?missing_date | 谈心 ? 刘芳>周涛 ?missing_date | 谈心 ? 刘芳>周涛 ?missing_date"],
  ["何平","11月以来中心共开展谈心谈话3次，其中我和徐辉谈了1次，和孙杰谈了2次","谈心 ? >徐辉 ?missing_date | 谈心 ? >孙杰 ?missing_date | 谈心 ? >孙杰 ?missing_date"],
  ["李明","本月办公室共开展谈心谈话3次，其中我与胡军、王芳各谈了1次，王建国副理事长与我谈了1次。","谈心 ? >胡军 ?missing_date | 谈心 ? >王芳 ?missing_date | 谈心 ? 王建国>李明 ?missing_date"],
  ["张颖","11月以来组联部共开展谈心谈话3次，其中周涛部长和我谈了2次，刘芳副理事长和周涛部长谈了1次。","谈心 ? 周涛>张颖 ?missing_date | 谈心 ? 周涛>张颖 ?missing_date | 谈心 ? 刘芳>周涛 ?missing_date"],
  ["刘洋","本月康复部共开展谈心谈话2次，其中吴静部长和我谈了2次。","谈心 ? 吴静>刘洋 ?missing_date | 谈心 ? 吴静>刘洋 ?missing_date"],
  ["冯雪","本月维权部共开展廉政谈话2次，其中我和赵磊上周三谈了1次，陈志强副理事长前天和我谈了1次。","!廉谈 11-25 >赵磊 | 廉谈 11-28 陈志强>冯雪"],
  ["周涛","11月以来，组联部共开展谈心谈话8次，其中我和张颖谈了8次。","谈心 ? >张颖 ?missing_date"],
  ["周涛","本月开展谈心谈话3次，其中与张颖谈心2次，与刘洋谈心1次","谈心 ? >张颖 ?missing_date | 谈心 ? >刘洋 ?missing_date | 谈心 ? > ?missing_counterpart,missing_date"],
  ["杨帆","近日，宣文部召开支部党员大会，传达学习中央八项规定精神。会上，王磊部长领学了《中国共产党纪律处分条例》；会后，全体党员签订了廉洁自律承诺书，共12人。","廉教 ? 王磊> 《中国共产党纪律处分条例》 ?missing_date | 签责 ? 王磊> #12 ?missing_date"],
  ["赵磊","11月25日，维权部召开支部党员大会，会上冯雪部长领学了《廉洁自律准则》；会后，全体党员签订了廉洁自律承诺书，共9人。","!廉教 11-25 冯雪> 《廉洁自律准则》 | 签责 11-25 冯雪> #9"],
  ["胡军","上周三，办公室召开支部党员大会，会上李明主任领学了《中国共产党纪律处分条例》；会后，全体党员签订了廉洁自律承诺书，共10人。","!廉教 11-25 李明> 《中国共产党纪律处分条例》 | 签责 11-25 李明> #10"],
  ["孙丽","11.28 财务科 签订廉政责任书 5份","签责 11-28 > ?missing_counterpart"],
  ["孙丽","11.28财务科签订廉政责任书5份","签责 11-28 > ?missing_counterpart"],
  ["吴静","11月27号康复部签订廉政责任书4份","签责 11-27 > ?missing_counterpart"],
  ["郑华","前天 教就部 签订廉政责任书 6份","签责 11-28 > ?missing_counterpart"],
  ["冯雪","上周三维权部签订廉政责任书5份","签责 11-25 > ?missing_counterpart"],
  ["李明","11月26日办公室签订廉政责任书8份","签责 11-26 > ?missing_counterpart"],
  ["孙丽","11月28日财务科签订了廉政责任书2份","签责 11-28 > ?missing_counterpart"],
  ["何平","11.26 中心 签订廉政责任书 7份","签责 11-26 > ?missing_counterpart"],
  ["黄志刚","11月份机关纪委工作小结：本月共开展廉政谈话4人次，其中我与孙丽、王强、李娟分别谈话，与何平进行了提醒谈话。","廉谈 ? >孙丽 ?missing_date | 廉谈 ? >王强 ?missing_date | 廉谈 ? >李娟 ?missing_date | 廉谈 ? >何平 ?missing_date"],
  ["王建国","本月共开展廉政谈话3人次，其中张伟书记和我谈了1次，我与分管科室负责人谈话2人次。","廉谈 ? 张伟>王建国 ?missing_date | 廉谈 ? >李明 ?missing_date | 廉谈 ? >孙丽 ?missing_date"],
  ["刘芳","10月份工作小结：本月共开展谈心谈话2人次，其中我与分管科室负责人谈话2人次。","谈心 ? >周涛 ?missing_date | 谈心 ? >吴静 ?missing_date"],
  ["陈志强","10月份工作小结：本月共开展谈心谈话3人次，其中我与分管科室负责人谈话3人次。","谈心 ? >郑华 ?missing_date | 谈心 ? >冯雪 ?missing_date"],
  ["周涛", "本月组联部共开展谈心谈话2次，其中我和张颖11月24日谈了2次。", "!谈心 11-24 >张颖"],
  ["林晓", "本月共开展廉政谈话3人次，其中黄志刚书记与王强谈话2次，与李娟谈话1次；组织观看警示教育片1次，参加30人。", "廉谈 ? 黄志刚>王强 ?missing_date | 廉谈 ? 黄志刚>王强 ?missing_date | 廉谈 ? 黄志刚>李娟 ?missing_date | 警示 ? > #30 ?missing_date"],
];
