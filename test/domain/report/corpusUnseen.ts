// Kinds still read wrong on messages nobody had seen (issue 10, the round after the final acceptance), written fresh for each kind.
// Each row: sender, message, and what the bot must do with it (see corpusRow.ts for the notation); days are read on Monday 2026-11-30.
import type { CorpusRow } from './corpusRow.js';

export const UNSEEN_ROWS: CorpusRow[] = [
  // A second clause with a day of its own and no type word is another talk on that day, never on the first clause's day;
  // 也/又/还 gives it the type of the talk before, otherwise the type is asked.
  ["李明", "昨天和陈静谈心谈话了，前天和赵磊也谈了", "!谈心 11-29 >陈静 | 谈心 11-28 >赵磊"],
  ["郑华", "今天与陈静进行了谈心谈话，上周五和王芳也谈了一次", "!谈心 11-30 >陈静 | 谈心 11-27 >王芳"],
  ["孙丽", "11月20日和王强进行廉政谈话，11月25日又和李娟谈了", "!廉谈 11-20 >王强 | 廉谈 11-25 >李娟"],
  ["王建国", "上周三与李明廉政谈话，上周四同孙丽也进行了谈话", "!廉谈 11-25 >李明 | 廉谈 11-26 >孙丽"],
  ["何平", "昨天和徐辉谈心谈话，今天上午和孙杰又谈了一次", "!谈心 11-29 >徐辉 | 谈心 11-30 >孙杰"],
  ["周涛", "昨天找张颖谈心，前天和吴静聊了聊", "谈心 11-29 >张颖 | ? 11-28 >吴静 ?missing_type"],
  // A 提醒 given by talking to the people named is a 廉政谈话 with each (廉政提醒 in the catalogue), not a 廉政教育 that swallows them;
  // a talk beside a study or a meeting is its own activity, asked its type.
  ["赵敏", "昨天开展节前廉洁提醒，与何平、徐辉分别谈话", "!廉谈 11-29 >何平 | 廉谈 11-29 >徐辉"],
  ["赵敏", "11月27日开展节前廉政提醒，分别与王磊、何平谈话", "!廉谈 11-27 >王磊 | 廉谈 11-27 >何平"],
  ["张伟", "今天进行节前廉洁提醒，和王建国、刘芳逐一谈了话", "!廉谈 11-30 >王建国 | 廉谈 11-30 >刘芳"],
  ["李明", "开展节前廉洁提醒，与何平、徐辉分别谈话", "廉谈 ? >何平 ?missing_date | 廉谈 ? >徐辉 ?missing_date"],
  ["王建国", "昨天组织分管科室开展节前廉洁提醒教育，并与李明、孙丽分别谈话", "廉教 11-29 > | ? 11-29 >李明,孙丽 ?missing_type"],
  ["陈志强", "今天组织观看警示教育片《蜕变》，与郑华谈话", "警示 11-30 > 《蜕变》 | ? 11-30 >郑华 ?missing_type"],
  ["陈志强", "今天组织学习《廉洁自律准则》，并与冯雪、郑华分别谈了话", "廉教 11-30 > 《廉洁自律准则》 | ? 11-30 >冯雪,郑华 ?missing_type"],
  ["王建国", "和李明谈了", "? ? >李明 ?missing_type,missing_date"],
  // A body as the doer (机关纪委, 纪检组, 党组, 机关党委) is never the sender: whoever answers for it (duties.md), on the card,
  // or asked among several (the inspectors); an inspector reporting their own 纪委's check is its doer.
  ["胡军", "机关纪委11月20日到各部室开展明察暗访", "作风 11-20 > ?missing_actor"],
  ["杨帆", "11月23日，纪检组对康复中心开展作风纪律检查", "作风 11-23 > ?missing_actor"],
  ["王强", "11月19日，机关纪委到财务科检查专项资金使用情况", "资金 11-19 > ?missing_actor"],
  ["林晓", "11月20日，机关纪委对各部室开展明察暗访", "作风 11-20 > ?missing_actor"],
  ["王芳", "11月25日，党组召开专题会议研究党风廉政建设工作", "!专题 11-25 张伟>"],
  ["王建国", "11月25日，党组召开专题会议研究党风廉政建设工作", "!专题 11-25 张伟>"],
  ["张伟", "11月25日，党组召开专题会议研究党风廉政建设工作", "专题 11-25 >"],
  ["李明", "11月18日，市残联党组召开全面从严治党专题会议", "!专题 11-18 张伟>"],
  ["王芳", "11月25日党组组织全体干部观看警示教育片《迷途》", "!警示 11-25 张伟> 《迷途》"],
  ["李明", "11月12日，党组理论学习中心组集中学习《中国共产党纪律处分条例》", "!廉教 11-12 张伟> 《中国共产党纪律处分条例》"],
  ["李娟", "昨天机关党委组织全体党员开展廉政教育", "!廉教 11-29 赵敏>"],
  ["孙丽", "今天参加了机关纪委组织的廉政教育", "廉教 11-30 > ?missing_actor"],
  // The one who led a visit (带队) is the one who talked in its 并与… clause; going along with someone titled (跟黄书记去…), they led it.
  ["王芳", "11月27日上午，张伟书记带队到康复中心开展节前廉政检查，并与何平主任进行了廉政谈话", "!作风 11-27 张伟> | 廉谈 11-27 张伟>何平"],
  ["胡军", "11月26日，王建国副理事长率队到财务科开展节前廉洁检查，并与孙丽科长谈心谈话", "!作风 11-26 王建国> | 谈心 11-26 王建国>孙丽"],
  ["林晓", "昨天跟黄书记去了一趟维权部，检查了上班考勤", "!作风 11-29 黄志刚>"],
  ["王芳", "上周五跟着李主任到康复中心开展了作风纪律检查", "!作风 11-27 李明>"],
  // Sitting in on someone else's talk (参加了/列席了 A与B的…谈话) reports A's talk with B, never the sender's with A.
  ["王建国", "11月24日列席了张书记与班子成员的集体廉政谈话", "!廉谈 11-24 张伟>王建国 | 廉谈 11-24 张伟>刘芳 | 廉谈 11-24 张伟>陈志强 | 廉谈 11-24 张伟>赵敏"],
  ["孙丽", "昨天参加了王建国副理事长与李明主任的廉政谈话", "!廉谈 11-29 王建国>李明"],
  // A heading with a colon on the same line (补报10月份工作：) keeps each day with its own person.
  ["何平", "补报10月份工作：10月15日与徐辉、10月22日与孙杰进行了廉政谈话", "!廉谈 10-15 >徐辉 | 廉谈 10-22 >孙杰"],
  ["吴静", "上月情况汇报：10月12日和刘洋、10月26日和刘洋分别谈心谈话", "!谈心 10-12 >刘洋 | 谈心 10-26 >刘洋"],
  // Type words split by their object (对…廉洁自律进行提醒, …典型问题的通报, 公务用车…专项检查, 传达…廉洁自律有关要求): guessed, confirmed;
  // 有关要求 is no title; a department after 近日 is still the subject; a person by surname and title is no note.
  ["郑华", "11月27日召开部门会议，对元旦春节前廉洁自律进行提醒，参加9人", "!廉教 11-27 > #9"],
  ["杨帆", "据悉，近日宣文部召开部务会，传达学习了上级关于违反中央八项规定精神典型问题的通报。", "警示 ? 王磊> ?missing_date"],
  ["黄志刚", "11月30日上午，机关纪委对办公室、财务科公务用车使用情况进行了专项检查，未发现问题。", "!作风 11-30 >"],
  ["刘洋", "刚才吴部长在部门例会上传达了节前廉洁自律有关要求", "!廉教 11-30 吴静>"],
  ["李娟", "11月20日财务科开展专项资金自查，孙科长牵头", "!自查 11-20 孙丽>"],
  // A heading naming a person (张书记本月…工作：) gives its subjectless items that doer.
  ["王芳", "张书记本月党风廉政工作：\n1、11月2日主持党组专题会议研究党风廉政建设\n2、11月13日与赵敏谈话\n3、11月25日带队到康复中心检查作风纪律", "专题 11-02 张伟> | ? 11-13 张伟>赵敏 ?missing_type | 作风 11-25 张伟>"],
  ["胡军", "李明主任11月工作：\n1. 11月6日与胡军谈心谈话\n2. 11月20日组织办公室观看警示教育片《迷途》", "!谈心 11-06 李明>胡军 | 警示 11-20 李明> 《迷途》"],
  // Round 3: a check of the 责任书 is its check, not a signing; 我们科 and 参加了康复部的X are the department's, so its head's.
  ["张伟", "11月26日带队对各部室党风廉政建设责任书落实情况进行了检查", "!查责 11-26 >"],
  ["黄志刚", "11月19日对各科室责任书执行情况开展了督查", "!查责 11-19 >"],
  ["李娟", "我们科今天学习了廉政知识", "!廉教 11-30 孙丽>"],
  ["刘洋", "上周参加了康复部的警示教育", "警示 ? 吴静> ?missing_date"],
  ["王强", "今天参加了财务科的廉政教育", "!廉教 11-30 孙丽>"],
  // 分别 with as many people as talk types pairs them in order (round 3: both were given the first type).
  ["孙丽", "11月9日分别与王强、李娟进行了廉政谈话和谈心谈话", "!廉谈 11-09 >王强 | 谈心 11-09 >李娟"],
  ["刘芳", "昨天分别和周涛、吴静开展了谈心谈话和廉政谈话", "!谈心 11-29 >周涛 | 廉谈 11-29 >吴静"],
  // A department right before its deed (11月份财务科向党组书面报告了…) is the subject, so its head's; only a month: the day is asked.
  ["王强", "11月份财务科向党组书面报告了上半年全面从严治党工作情况", "报告 ? 孙丽> ?missing_date"],
];
