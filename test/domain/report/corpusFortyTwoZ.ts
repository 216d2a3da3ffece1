// Round 42, the coordinator's fixes (found by tester t42c on 40345c53). 「1月份跟郑华、冯雪两位部长签了责任书，记不清具体哪天了，
// 大概是中旬」 was answered 「这个问题我还回答不了」: a forgotten day said verb first (记不清具体哪天了 · 不记得是几号了 · 忘了是哪天),
// or not at the end, kept its question word. Read on Mon 2026-11-30 10:00 +08:00, as every row.
import type { CorpusRow } from './corpusRow.js';

export const FORTY_TWO_Z_ROWS: CorpusRow[] = [
  // 1. A forgotten day, verb first or mid-message, is no question: the report stands and its day is asked; near-misses:
  //    the day-word-first form (as before), a real question about a day, a reply that only says it is forgotten.
  ["陈志强", "1月份跟郑华、冯雪两位部长签了责任书，记不清具体哪天了，大概是中旬", "签责 ? >郑华 ?missing_date | 签责 ? >冯雪 ?missing_date"],
  ["何平", "上个月跟徐辉谈了心，不记得是几号了", "谈心 ? >徐辉 ?missing_date"],
  ["何平", "上个月跟徐辉谈了心，忘了是哪天", "谈心 ? >徐辉 ?missing_date"],
  ["何平", "上个月跟徐辉谈了心，忘了是哪天。", "谈心 ? >徐辉 ?missing_date"],
  ["刘芳", "10月份和周涛、吴静都签了责任书，我记不清是哪一天了", "签责 ? >周涛 ?missing_date | 签责 ? >吴静 ?missing_date"],
  ["王建国", "前阵子跟李明进行了廉政谈话，想不起来是哪天了，应该是月中", "廉谈 ? >李明 ?missing_date"],
  ["孙丽", "和王强谈过心了，记不得具体日子了", "谈心 ? >王强 ?missing_date"],
  ["吴静", "上个月组织科里学习了《廉洁自律准则》，忘记了具体哪天，5个人参加", "廉教 ? > 《廉洁自律准则》 #5 ?missing_date"],
  ["周涛", "和张颖谈心谈话了，不记得哪天了", "谈心 ? >张颖 ?missing_date"],
  ["刘芳", "上周和周涛吴静都谈了心，具体哪天忘了", "谈心 ? >周涛 ?missing_date | 谈心 ? >吴静 ?missing_date"],
  ["何平", "你还记得上个月跟徐辉谈心是哪天吗", "-"],
  ["何平", "和徐辉谈心是哪天？", "-"],
  ["陈志强", "记不清是哪天了", "-"],
  // 2. A lecture the sender gave, told with no subject and a 《title》 whose words look like a kind (以案为鉴), with the host
  //    who 主持 in a clause of its own (t42c F3's own sample; foh's reader had looked for kinds inside the title): the
  //    sender's, the host no doer; near-misses: the host named as lecturer, no title.
  ["赵敏", "11月27日到宣文部给全体党员讲了廉政党课《以案为鉴 守住底线》，王磊部长主持，参加15人，會後和杨帆谈了心", "!党课 11-27 > 《以案为鉴 守住底线》 #15 @宣文部 | 谈心 11-27 >杨帆 @宣文部"],
  ["赵敏", "11月27日到宣文部给全体党员讲了廉政党课《以案为鉴 守住底线》，王磊部长主持，参加15人", "!党课 11-27 > 《以案为鉴 守住底线》 #15 @宣文部"],
  ["赵敏", "11月26日到康复中心给中心党员讲了一次廉政党课《警钟长鸣》，何平主任主持，参加12人", "!党课 11-26 > 《警钟长鸣》 #12 @残疾人康复中心"],
  ["赵敏", "11月27日到宣文部给全体党员讲了廉政党课，王磊部长主持，会后和杨帆谈了心", "!党课 11-27 > @宣文部 | 谈心 11-27 >杨帆 @宣文部"],
  // 3. A line going on with the occasion of the dated line before (活动中 · 大家还 · 期间) that tells another deed of its own —
  //    a film after a 党课, a film beside a study with another title — is that occasion's: its day, doer, department and
  //    count, on a card (t42b F5: asked its day, then the clerk's); near-misses: a line with a day or a doer of its own, a
  //    film with the occasion's own title merged (occasionGoneOn), a line that opens with nothing going on.
  ["杨帆", "11月25日，宣文部党支部开展“清风廉韵”主题党日活动，支部书记王磊同志以《守住底线 不越红线》为题讲授廉政党课，分管领导赵敏同志到会指导，全体党员7人参加。\n活动中，大家还集中观看了警示教育片《失衡的天平》。", "!党课 11-25 王磊> 《守住底线 不越红线》 #7 | 警示 11-25 王磊> 《失衡的天平》 #7"],
  ["杨帆", "11月25日，王磊部长为宣文部全体党员讲授廉政党课，参加7人。\n期间，大家还观看了警示教育片《迷途》。", "!党课 11-25 王磊> #7 | 警示 11-25 王磊> 《迷途》 #7"],
  ["陈静", "11月19日，郑华部长组织部门党员学习了《中国共产党廉洁自律准则》，参加2人。\n活动中，大家还集中观看了警示教育片《贪欲之祸》。", "!廉教 11-19 郑华> 《中国共产党廉洁自律准则》 #2 | 警示 11-19 郑华> 《贪欲之祸》 #2"],
  ["陈静", "11月19日，郑华部长组织部门党员学习了《中国共产党廉洁自律准则》，参加2人。\n活动中，大家观看了警示教育片《贪欲之祸》。", "!廉教 11-19 郑华> 《中国共产党廉洁自律准则》 #2 | 警示 11-19 郑华> 《贪欲之祸》 #2"],
  ["陈静", "11月19日，郑华部长组织部门党员学习了《中国共产党廉洁自律准则》，参加2人。\n11月20日，大家还观看了警示教育片《贪欲之祸》。", "!廉教 11-19 郑华> 《中国共产党廉洁自律准则》 #2 | 警示 11-20 > 《贪欲之祸》 ?missing_actor"],
  ["陈静", "11月19日，郑华部长组织部门党员学习了《中国共产党廉洁自律准则》，参加2人。\n冯雪部长组织维权部观看了警示教育片《贪欲之祸》。", "!廉教 11-19 郑华> 《中国共产党廉洁自律准则》 #2 | 警示 ? 冯雪> 《贪欲之祸》 ?missing_date"],
  // 4. 查了下 (查了一下 said short) of funds or 账目 a check, beside a talk too (t42c F5: 「…谈心谈话，顺便查了下专项资金账目」 kept
  //    only the talk, the check dropped without a word); near-misses: 查了下 with no funds or place (no check), 查阅.
  ["胡军", "11月18号王理事长到财务科查了下专项资金账目", "!资金 11-18 王建国> @财务科"],
  ["胡军", "替王理事长补录一条：11月18号他到财务科和王强副科长进行了谈心谈话，顺便查了下专项资金账目", "!谈心 11-18 王建国>王强 | 资金 11-18 王建国> @财务科"],
  ["王建国", "昨天到财务科查了下账目", "!资金 11-29 > @财务科"],
  ["孙丽", "昨天查了下考勤，都在岗", "!作风 11-29 >"],
];
