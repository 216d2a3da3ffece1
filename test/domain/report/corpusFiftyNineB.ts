// Round 59, fixer fcb (issue 10): kinds of talk named by their form, and counted tallies (fdb's findings, fda's left-alone).
// Findings before → after: 1. 黄志刚「11月24日对孙杰进行了提醒谈话，对王强进行了函询谈话」 stored two 廉政谈话 at once: the message's
// one kind went to every person. Now (disciplinaryTalksAsked) a talk a clause calls 函询/诫勉/工作谈话/批评教育 is asked its type as
// that clause alone is, whichever path read it (a second clause, ；/。, a list item, 分别 paired in order, a voice-input space);
// 「对王强进行了函询」 · 「与王强进行了诫勉」 (没看懂 alone, a 廉政谈话 in a list) read as 函询谈话 / 诫勉谈话 (inquiryAsTalk).
// 2. 「…，对王强进行了函询谈话，王强那个函询不算」 kept 王强's talk on the card, the words dropped. Now 「X那个/那次/那条…不算/不用记/不记」
// naming a record of this very message takes it off the card, which says so; with 刚才/之前 it still speaks of an earlier record.
// 3. 林晓「黄书记本月共开展谈话3次，其中廉政谈话2次、谈心谈话1次」 made 黄志刚 林晓's counterpart. Now (tallyLeadDoer) the lead's person
// does every talk, the sender no counterpart, whom asked per record.
// 4. 「…其中廉政谈话2次、谈心谈话1次，分别是11月9日、11月16日」 gave both days to the 谈心谈话. Now fewer (or more) days than the
// tally go to no record: each asks its day, the card naming the days written (typeSplitDaysUnmatched).
// 5. 「本月开展廉政谈话4人次，具体为：11月9日与何平，11月16日与徐辉」 made a third, bare talk of the lead and never said 4 vs 2; now
// read as the lead's colon (breakdownWordAsColon) and 人次 counted: the card says 2 of 4 are written, the other 2 asked. Bare
// tallies 「本月开展检查3次，谈话5次」 stay no report (the bot now replies what each deed needs, not 没看懂: bareTallyReply).
// Left as today: 「约谈了孙杰，对王强开展了函询」 is one untyped talk with both (asked; round 61, gad: now two, only the 函询 asked); 「…其中廉政谈话2人次、谈心谈话1人次」 (人次 in
// a split tally) one record; 「这个月检查了三次 谈话五次」 asked its type; a clause naming one person with both a duty kind and
// 函询 (对徐辉进行了提醒函询) keeps the duty kind on a card.
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const FIFTY_NINE_B_ROWS: CorpusRow[] = [
  // 1. A clause of 函询/诫勉 (谈话) is asked its type in every path; near-misses: duty kinds in both clauses, a denial, a background 被函询.
  ["黄志刚", "11月24日对孙杰进行了提醒谈话，对王强进行了函询谈话", "廉谈 11-24 >孙杰 | ? 11-24 >王强 ?missing_type"],
  ["黄志刚", "11月24日对王强进行了函询谈话，对孙杰进行了提醒谈话", "? 11-24 >王强 ?missing_type | 廉谈 11-24 >孙杰"],
  ["黄志刚", "11月24日对孙杰进行了廉政谈话，对王强进行了诫勉谈话", "廉谈 11-24 >孙杰 | ? 11-24 >王强 ?missing_type"],
  ["林晓", "11.24对孙杰进行了提醒谈话，对王强进行了函询谈话", "廉谈 11-24 >孙杰 | ? 11-24 >王强 ?missing_type"],
  ["林晓", "24号对孙杰开展了提醒谈话，对王强开展了函询", "廉谈 11-24 >孙杰 | ? 11-24 >王强 ?missing_type"],
  ["黄志刚", "上周二对孙杰进行了提醒谈话，对王强开展了函询", "廉谈 11-24 >孙杰 | ? 11-24 >王强 ?missing_type"],
  ["黄志刚", "11月24日对孙杰进行了提醒谈话；对王强进行了函询谈话", "廉谈 11-24 >孙杰 | ? 11-24 >王强 ?missing_type"],
  ["黄志刚", "11月24日对孙杰进行了提醒谈话。对王强进行了函询谈话。", "廉谈 11-24 >孙杰 | ? 11-24 >王强 ?missing_type"],
  ["黄志刚", "11月24日与孙杰进行了提醒谈话，与王强进行诫勉谈话", "廉谈 11-24 >孙杰 | ? 11-24 >王强 ?missing_type"],
  ["黄志刚", "11月24日与徐辉进行了廉政谈话，与王强进行了诫勉谈话，与李娟进行了谈心谈话", "廉谈 11-24 >徐辉 | ? 11-24 >王强 ?missing_type | 谈心 11-24 >李娟"],
  ["黄志刚", "11月24日分别对孙杰、王强进行了提醒谈话和函询谈话", "廉谈 11-24 >孙杰 | ? 11-24 >王强 ?missing_type"],
  ["黄志刚", "11月24日分别对孙杰、王强进行了函询谈话和提醒谈话", "? 11-24 >孙杰 ?missing_type | 廉谈 11-24 >王强"],
  ["黄志刚", "11月24日分别与王副理事长、孙科长进行了诫勉谈话、廉政谈话", "? 11-24 >王建国 ?missing_type | 廉谈 11-24 >孙丽"],
  ["黄志刚", "11月24日对孙杰、王强进行了提醒谈话和函询谈话", "? 11-24 >孙杰 ?missing_type | ? 11-24 >王强 ?missing_type"],
  ["黄志刚", "11月24日对孙杰进行了提醒谈话 对王强进行了函询谈话", "廉谈 11-24 >孙杰 | ? 11-24 >王强 ?missing_type"],
  ["黄志刚", "11月24日对孙杰进行了提醒谈话，对王强同志进行了函询谈话", "廉谈 11-24 >孙杰 | ? 11-24 >王强 ?missing_type"],
  ["黄志刚", "11月24日对康复中心孙杰进行了提醒谈话，对财务科王强进行了函询谈话", "廉谈 11-24 >孙杰 | ? 11-24 >王强 ?missing_type"],
  ["林晓", "11月24日黄书记对孙杰进行了提醒谈话，对王强进行了函询谈话", "廉谈 11-24 黄志刚>孙杰 | ? 11-24 黄志刚>王强 ?missing_type"],
  ["王芳", "11月24日黄志刚书记对孙杰进行了提醒谈话，对王强进行了函询谈话", "廉谈 11-24 黄志刚>孙杰 | ? 11-24 黄志刚>王强 ?missing_type"],
  ["黄志刚", "1. 11月24日对孙杰进行了提醒谈话\n2. 11月24日对王强进行了函询谈话", "廉谈 11-24 >孙杰 | ? 11-24 >王强 ?missing_type"],
  ["黄志刚", "11月24日：\n1.对孙杰进行了提醒谈话\n2.对王强进行了函询谈话", "廉谈 11-24 >孙杰 | ? 11-24 >王强 ?missing_type"],
  ["黄志刚", "11月24日对王强进行了函询", "? 11-24 >王强 ?missing_type"],
  ["黄志刚", "11月24日对王强开展函询", "? 11-24 >王强 ?missing_type"],
  ["黄志刚", "11月24日对王强进行了书面函询", "? 11-24 >王强 ?missing_type"],
  ["黄志刚", "11月24日对王强进行了诫勉", "? 11-24 >王强 ?missing_type"],
  ["黄志刚", "昨天对孙科长进行了诫勉", "? 11-29 >孙丽 ?missing_type"],
  // Round 61 (gad): the 约谈 is 孙杰's 廉政谈话 (duties.md files 约谈 under it); only the 函询 of 王强 is asked.
  ["黄志刚", "11月24日约谈了孙杰，对王强开展了函询", "廉谈 11-24 >孙杰 | ? 11-24 >王强 ?missing_type"],
  ["黄志刚", "11月24日对孙杰进行了提醒谈话，约谈了王强，就报销问题进行了函询", "廉谈 11-24 >孙杰 | ? 11-24 >王强 ?missing_type"],
  ["黄志刚", "11月24日对孙杰进行了提醒谈话，与王强谈话，进行了函询", "廉谈 11-24 >孙杰 | ? 11-24 >王强 ?missing_type"],
  ["黄志刚", "11月24日与王强进行了廉政谈话，不是函询", "廉谈 11-24 >王强"],
  ["黄志刚", "11月24日对王强进行了提醒谈话，对孙杰进行了廉政谈话", "廉谈 11-24 >王强 | 廉谈 11-24 >孙杰"],
  ["黄志刚", "11月24日对孙杰进行了提醒谈话，对王强进行了谈心谈话", "!廉谈 11-24 >孙杰 | 谈心 11-24 >王强"],
  ["林晓", "11月24日对孙杰进行了提醒谈话，对王强进行了诫勉谈话", "廉谈 11-24 >孙杰 | ? 11-24 >王强 ?missing_type"],
  ["林晓", "11月20日与何平进行了廉政谈话，与徐辉进行了函询谈话", "廉谈 11-20 >何平 | ? 11-20 >徐辉 ?missing_type"],
  ["黄志刚", "11月20日，对何平进行了提醒谈话，对徐辉开展了函询。", "廉谈 11-20 >何平 | ? 11-20 >徐辉 ?missing_type"],
  ["黄志刚", "11月20日，对何平进行了提醒谈话，对徐辉开展了函询，对孙杰开展了诫勉谈话。", "廉谈 11-20 >何平 | ? 11-20 >徐辉 ?missing_type | ? 11-20 >孙杰 ?missing_type"],
  ["黄志刚", "11月24日对孙杰进行了提醒谈话，对王强进行了函询谈话，对李娟进行了提醒谈话", "廉谈 11-24 >孙杰 | ? 11-24 >王强 ?missing_type | 廉谈 11-24 >李娟"],
  ["黄志刚", "11月24日对孙杰进行了提醒谈话,对王强进行了函询谈话", "廉谈 11-24 >孙杰 | ? 11-24 >王强 ?missing_type"],
  ["黄志刚", "11月24日对孙杰进行了提醒谈话，对王强进行了函询淡话", "廉谈 11-24 >孙杰 | ? 11-24 >王强 ?missing_type"],
  ["黄志刚", "上周二对孙科长进行了提醒谈话，对王强进行了函询谈话", "廉谈 11-24 >孙丽 | ? 11-24 >王强 ?missing_type"],
  ["赵敏", "11月18日对王磊进行了廉政谈话，对杨帆进行了诫勉谈话", "廉谈 11-18 >王磊 | ? 11-18 >杨帆 ?missing_type"],
  ["赵敏", "11月18日对王磊进行了提醒谈话；11月19日对杨帆进行了诫勉谈话", "廉谈 11-18 >王磊 | ? 11-19 >杨帆 ?missing_type"],
  ["王芳", "11月24日黄书记对孙杰进行了提醒谈话，对王强开展了函询", "廉谈 11-24 黄志刚>孙杰 | ? 11-24 黄志刚>王强 ?missing_type"],
  ["林晓", "【纪检动态】11月24日，机关纪委书记黄志刚对康复中心孙杰进行了提醒谈话，对财务科王强进行了函询谈话。", "廉谈 11-24 黄志刚>孙杰 | ? 11-24 黄志刚>王强 ?missing_type"],
  ["黄志刚", "11月24日与孙杰进行了提醒谈话，11月25日与王强进行了诫勉谈话", "廉谈 11-24 >孙杰 | ? 11-25 >王强 ?missing_type"],
  ["黄志刚", "今天对王强进行了函询", "? 11-30 >王强 ?missing_type"],
  ["黄志刚", "今天对王强开展了函询谈话", "? 11-30 >王强 ?missing_type"],
  ["黄志刚", "11月24日与王强进行了诫勉", "? 11-24 >王强 ?missing_type"],
  ["林晓", "11月24日对冯雪部长进行了函询", "? 11-24 >冯雪 ?missing_type"],
  ["黄志刚", "11月24日与王强进行了廉政谈话，与孙杰进行了谈心谈话", "!廉谈 11-24 >王强 | 谈心 11-24 >孙杰"],
  ["黄志刚", "11月24日与王强进行了廉政谈话，王强此前被函询过", "廉谈 11-24 >王强"],
  // 2. 「X那个/那次…不算/不用记」 naming this message's record takes it off the card (said so); 刚才/之前, or a person of no record here, speaks of an earlier one.
  ["黄志刚", "11月24日对孙杰进行了提醒谈话，对王强进行了函询谈话，王强那个函询不算", "!廉谈 11-24 >孙杰"],
  ["黄志刚", "11月24日对孙杰进行了提醒谈话，对王强进行了函询谈话，王强那个不用记", "!廉谈 11-24 >孙杰"],
  ["黄志刚", "11月24日与孙杰、王强进行了廉政谈话，王强那次不算", "!廉谈 11-24 >孙杰"],
  ["黄志刚", "11月24日与孙杰、王强、李娟进行了廉政谈话，孙杰那次不算，王强那个也不用记", "!廉谈 11-24 >李娟"],
  ["黄志刚", "11月24日对孙杰进行了提醒谈话，对王强进行了函询谈话，王强的函询不算", "!廉谈 11-24 >孙杰"],
  ["黄志刚", "11月24日对孙杰进行了提醒谈话，对王强进行了函询谈话，和王强那次函询就不用记了", "!廉谈 11-24 >孙杰"],
  ["黄志刚", "11月24日与孙杰、王强进行了廉政谈话，孙杰那次不算，王强那个也不用记", "!廉谈 11-24 >孙杰 | 廉谈 11-24 >王强"],
  ["黄志刚", "今天和孙丽进行了廉政谈话，刚才那条警示教育不算", "!廉谈 11-30 >孙丽"],
  ["黄志刚", "11月24日对孙杰进行了提醒谈话，对王强进行了函询谈话，王强那次函询不用记", "!廉谈 11-24 >孙杰"],
  ["黄志刚", "11月24日对孙杰进行了提醒谈话，对王强进行了函询谈话，王强那条不记", "!廉谈 11-24 >孙杰"],
  ["黄志刚", "11月24日与孙杰、王强进行了廉政谈话，王强那个不算", "!廉谈 11-24 >孙杰"],
  ["林晓", "11月20日与何平、徐辉进行了廉政谈话，徐辉那次不用记", "!廉谈 11-20 >何平"],
  ["黄志刚", "11月24日对孙杰进行了提醒谈话，对王强进行了函询谈话，孙科长那次不算", "廉谈 11-24 >孙杰 | ? 11-24 >王强 ?missing_type"],
  // 3. A person leading a tally split by type does every talk; the sender is no counterpart (near-miss: 我 leading it).
  ["林晓", "黄书记本月共开展谈话3次，其中廉政谈话2次、谈心谈话1次", "廉谈 ? 黄志刚> ?missing_date,missing_counterpart | 廉谈 ? 黄志刚> ?missing_date,missing_counterpart | 谈心 ? 黄志刚> ?missing_date,missing_counterpart"],
  ["王芳", "本月黄志刚书记共开展谈话3次，其中廉政谈话2次、谈心谈话1次", "廉谈 ? 黄志刚> ?missing_date,missing_counterpart | 廉谈 ? 黄志刚> ?missing_date,missing_counterpart | 谈心 ? 黄志刚> ?missing_date,missing_counterpart"],
  ["王芳", "张书记本月共开展谈话3次，其中廉政谈话1次、谈心谈话2次", "廉谈 ? 张伟> ?missing_date,missing_counterpart | 谈心 ? 张伟> ?missing_date,missing_counterpart | 谈心 ? 张伟> ?missing_date,missing_counterpart"],
  ["胡军", "王副理事长本月共开展谈话4次，其中廉政谈话3次、谈心谈话1次", "廉谈 ? 王建国> ?missing_date,missing_counterpart | 廉谈 ? 王建国> ?missing_date,missing_counterpart | 廉谈 ? 王建国> ?missing_date,missing_counterpart | 谈心 ? 王建国> ?missing_date,missing_counterpart"],
  ["林晓", "黄书记11月共开展谈话3次，其中廉政谈话2次，谈心谈话1次", "廉谈 ? 黄志刚> ?missing_date,missing_counterpart | 廉谈 ? 黄志刚> ?missing_date,missing_counterpart | 谈心 ? 黄志刚> ?missing_date,missing_counterpart"],
  ["林晓", "本月共开展谈话3次，其中廉政谈话2次、谈心谈话1次，分别是11月9日、11月16日和11月23日", "廉谈 11-09 > ?missing_counterpart | 廉谈 11-16 > ?missing_counterpart | 谈心 11-23 > ?missing_counterpart"],
  ["林晓", "赵书记本月共开展谈话2次，其中廉政谈话1次、谈心谈话1次", "廉谈 ? 赵敏> ?missing_date,missing_counterpart | 谈心 ? 赵敏> ?missing_date,missing_counterpart"],
  ["王芳", "本月我共开展谈话3次，其中廉政谈话2次、谈心谈话1次", "廉谈 ? > ?missing_date,missing_counterpart | 廉谈 ? > ?missing_date,missing_counterpart | 谈心 ? > ?missing_date,missing_counterpart"],
  ["林晓", "我本月共开展谈话3次，其中廉政谈话2次、谈心谈话1次", "廉谈 ? > ?missing_date,missing_counterpart | 廉谈 ? > ?missing_date,missing_counterpart | 谈心 ? > ?missing_date,missing_counterpart"],
  // 4. Fewer or more days than the tally: no day guessed onto any record, each asked, the days named on the card (near-miss: as many days).
  ["林晓", "黄书记本月共开展谈话3次，其中廉政谈话2次、谈心谈话1次，分别是11月9日、11月16日和11月23日", "廉谈 11-09 黄志刚> ?missing_counterpart | 廉谈 11-16 黄志刚> ?missing_counterpart | 谈心 11-23 黄志刚> ?missing_counterpart"],
  ["林晓", "本月共开展谈话3次，其中廉政谈话2次、谈心谈话1次，分别是11月9日、11月16日", "廉谈 ? > ?missing_date,missing_counterpart | 廉谈 ? > ?missing_date,missing_counterpart | 谈心 ? > ?missing_date,missing_counterpart"],
  ["林晓", "黄书记本月共开展谈话3次，其中廉政谈话2次、谈心谈话1次，分别是11月9日、11月16日", "廉谈 ? 黄志刚> ?missing_date,missing_counterpart | 廉谈 ? 黄志刚> ?missing_date,missing_counterpart | 谈心 ? 黄志刚> ?missing_date,missing_counterpart"],
  ["林晓", "本月共开展谈话3次，其中廉政谈话2次、谈心谈话1次，分别是11月9日、11月16日、11月20日、11月23日", "廉谈 ? > ?missing_date,missing_counterpart | 廉谈 ? > ?missing_date,missing_counterpart | 谈心 ? > ?missing_date,missing_counterpart"],
  ["王芳", "本月共开展谈话3次，其中廉政谈话1次、谈心谈话2次，分别是11月9日", "廉谈 ? > ?missing_date,missing_counterpart | 谈心 ? > ?missing_date,missing_counterpart | 谈心 ? > ?missing_date,missing_counterpart"],
  ["林晓", "本月共开展谈话3次，其中廉政谈话2次、谈心谈话1次，分别是11月9日、11月16日。", "廉谈 ? > ?missing_date,missing_counterpart | 廉谈 ? > ?missing_date,missing_counterpart | 谈心 ? > ?missing_date,missing_counterpart"],
  ["王芳", "本月共开展谈话4次，其中廉政谈话2次、谈心谈话2次，分别为11月9日、11月16日、11月23日", "廉谈 ? > ?missing_date,missing_counterpart | 廉谈 ? > ?missing_date,missing_counterpart | 谈心 ? > ?missing_date,missing_counterpart | 谈心 ? > ?missing_date,missing_counterpart"],
  // 5. 「N人次，具体为：」 counted against its items; bare tallies stay no report (near-misses: a tally naming someone, a kind with its count).
  ["林晓", "本月开展廉政谈话4人次，具体为：11月9日与何平，11月16日与徐辉", "廉谈 11-09 >何平 | 廉谈 11-16 >徐辉 | 廉谈 ? > ?missing_counterpart,missing_date | 廉谈 ? > ?missing_counterpart,missing_date"],
  ["林晓", "本月开展廉政谈话4人次，分别是11月9日与何平，11月16日与徐辉", "廉谈 11-09 >何平 | 廉谈 11-16 >徐辉 | 廉谈 ? > ?missing_counterpart,missing_date | 廉谈 ? > ?missing_counterpart,missing_date"],
  ["林晓", "本月开展廉政谈话4人次：11月9日与何平，11月16日与徐辉", "廉谈 11-09 >何平 | 廉谈 11-16 >徐辉 | 廉谈 ? > ?missing_counterpart,missing_date | 廉谈 ? > ?missing_counterpart,missing_date"],
  ["林晓", "本月开展廉政谈话2人次，具体为：11月9日与何平，11月16日与徐辉", "!廉谈 11-09 >何平 | 廉谈 11-16 >徐辉"],
  ["王芳", "本月开展谈心谈话3人次，具体是：11月9日与胡军，11月16日与李明", "谈心 11-09 >胡军 | 谈心 11-16 李明>王芳 | 谈心 ? > ?missing_counterpart,missing_date"],
  ["林晓", "本月开展检查3次，谈话5次", "-"],
  ["林晓", "上周谈话2次", "-"],
  ["林晓", "本月开展廉政谈话3人次，具体为：11月9日与何平，11月16日与徐辉", "廉谈 11-09 >何平 | 廉谈 11-16 >徐辉 | 廉谈 ? > ?missing_counterpart,missing_date"],
  ["林晓", "本月开展廉政谈话3次，具体为：11月9日与何平，11月16日与徐辉，11月23日与孙杰", "!廉谈 11-09 >何平 | 廉谈 11-16 >徐辉 | 廉谈 11-23 >孙杰"],
  ["王芳", "本月开展廉政谈话4人次，具体如下：11月9日与何平，11月16日与徐辉", "廉谈 11-09 >何平 | 廉谈 11-16 >徐辉 | 廉谈 ? > ?missing_counterpart,missing_date | 廉谈 ? > ?missing_counterpart,missing_date"],
  ["林晓", "本月开展检查3次，谈话5次。", "-"],
  ["林晓", "本月共开展检查3次、谈话5次", "-"],
  // Round 61 (gab): the five talks are asked as their own record beside the check, no longer dropped (was one record).
  ["王芳", "这个月检查了三次 谈话五次", "? ? > ?missing_type,missing_date | ? ? > ?missing_type,missing_date,missing_counterpart"],
  ["林晓", "11月份开展作风纪律检查2次，廉政谈话4人次", "作风 ? > ?missing_date | 作风 ? > ?missing_date | 廉谈 ? > ?missing_date,missing_counterpart | 廉谈 ? > ?missing_date,missing_counterpart | 廉谈 ? > ?missing_date,missing_counterpart | 廉谈 ? > ?missing_date,missing_counterpart"],
  ["林晓", "本月学习两次", "-"],
  ["林晓", "本月和王强谈话2次", "? ? >王强 ?missing_type,missing_date"],
];
