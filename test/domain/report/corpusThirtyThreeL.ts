// Round 33c (tester t33c; fixed by helper w2, issue 10): doers written per occasion and checks done by another body. Read
// on Mon 2026-11-30 10:00 +08:00 (the tester's days restated). Kinds: ordinal doers (第一次由X带队，第二次由我带队) after a
// list of days gave every day the first doer; they pair with the days in order, 我 being the sender. A check done by 纪检
// on the sender's unit (纪检对我部… · 配合纪检对我部…) was the head's own 自查总结: a bare 纪检 is the body, so it is asked whose.
// A department's post with names right after it (办公室科员王芳、胡军) was taken for unnamed staff and asked which one, the
// head talked to in the clause before losing his place: it is those people.
import type { CorpusRow } from './corpusRow.js';

export const THIRTY_THREE_L_ROWS: CorpusRow[] = [
  // 1. 第一次由X…，第二次由Y…: one doer per day, in order; 我 is the sender; on a card (another's deed, a group).
  ["林晓", "11月18日、11月25日，机关纪委分两次对各部室考勤及上班纪律进行了明查暗访，第一次由黄志刚带队，第二次由我带队。", "!作风 11-18 黄志刚> | 作风 11-25 >"],
  ["林晓", "11月18日、11月25日，机关纪委分两次对各部室考勤进行了检查，第一次由黄志刚带队，第二次由林晓带队。", "!作风 11-18 黄志刚> | 作风 11-25 >"],
  ["黄志刚", "11月18日、25日，机关纪委分两次对各部室考勤进行了检查，第一次由我带队，第二次由林晓带队。", "!作风 11-18 > | 作风 11-25 林晓>"],
  ["林晓", "11月4日、11月11日、11月18日，机关纪委分三次对各部室午休纪律进行了抽查，第一次由黄志刚带队，第二次由我带队，第三次由黄志刚带队。", "!作风 11-04 黄志刚> | 作风 11-11 > | 作风 11-18 黄志刚>"],
  ["胡军", "11月4日、11月18日，机关党委分两次举办廉政党课，第一次由张伟主讲，第二次由王建国主讲。", "!党课 11-04 张伟> | 党课 11-18 王建国>"],
  // Near-misses: 分别由X、Y and 均由X as before; one ordinal clause alone is no pairing; 第一次 not naming a doer.
  ["林晓", "11月18日、11月25日分别由黄志刚、林晓带队对各部室考勤进行了检查。", "!作风 11-18 黄志刚> | 作风 11-25 >"],
  ["林晓", "11月18日，机关纪委对各部室考勤进行了检查，第一次由黄志刚带队。", "!作风 11-18 黄志刚>"],
  ["林晓", "11月18日、11月25日，机关纪委两次对各部室考勤进行了检查，均由黄志刚带队。", "!作风 11-18 黄志刚> | 作风 11-25 黄志刚>"],
  ["孙丽", "11月25日，我第一次与王强进行了廉政谈话，第二次准备下个月再谈。", "廉谈 11-25 >王强"],
  // 2. 纪检 (bare) doing the check on the sender's unit: the body's, asked whose and its type (x3: never shown as the unit's 自查总结).
  ["周涛", "11月20日配合纪检对我部进行了廉政风险点排查。", "!? 11-20 > ?missing_actor,missing_type"],
  ["周涛", "11月20日纪检对我部进行了廉政风险点排查。", "!? 11-20 > ?missing_actor,missing_type"],
  ["周涛", "上个月部里完成了三项工作：11月6日与张颖谈心谈话；11月13日组织部门人员学习《廉洁自律准则》，参加8人；11月20日配合纪检对我部进行了廉政风险点排查。", "!谈心 11-06 >张颖 | 廉教 11-13 > 《廉洁自律准则》 #8 | ? 11-20 > ?missing_actor,missing_type"],
  // Near-misses: the unit's own 自查/排查 stays the head's; 机关纪委 as before.
  ["何平", "11月下旬中心开展了廉政风险自查。", "自查 ? > ?missing_date"],
  ["周涛", "11月20日我部开展了廉政风险点排查。", "!自查 11-20 >"],
  ["周涛", "11月20日机关纪委对我部进行了廉政风险点排查。", "!? 11-20 > ?missing_actor,missing_type"],
  // 3. A post then names (办公室科员王芳、胡军) is those people, no one unnamed; the head talked to before keeps his record.
  ["李明", "上周三张书记与我进行了廉政谈话，上周五我又与办公室科员王芳、胡军逐一进行了谈心谈话。", "!廉谈 11-25 张伟>李明 | 谈心 11-27 >王芳 | 谈心 11-27 >胡军"],
  ["李明", "上周三张书记与我进行了廉政谈话，上周五我又与办公室科员王芳进行了谈心谈话。", "!廉谈 11-25 张伟>李明 | 谈心 11-27 >王芳"],
  ["周涛", "11月24日刘芳副理事长与我进行了廉政谈话，11月26日我与组联部科员张颖进行了谈心谈话。", "!廉谈 11-24 刘芳>周涛 | 谈心 11-26 >张颖"],
  // Near-misses: the clause alone as before; staff not named are still asked which one.
  ["李明", "上周五我又与办公室科员王芳、胡军逐一进行了谈心谈话。", "谈心 11-27 >王芳 | 谈心 11-27 >胡军"],
  ["李明", "上周五和办公室新来的同志谈心谈话。", "谈心 11-27 > ?ambiguous_counterpart"],
];
