// Round 62, fixer gbh (issue 10): pasted tables — a header of 主持/谈话人 and rows without a header of day · doer · whom ·
// kind · count — read wrong on a card (t65a).
// Findings: 1. 张颖「日期⇥活动类型⇥主持/谈话人⇥对象⇥人数⏎11月16日⇥谈心谈话⇥周涛⇥张颖⇥1⏎11月23日⇥警示教育⇥周涛⇥组联部全体⇥6⏎
// 11.30⇥廉政谈话⇥刘芳⇥周涛⇥1」: the header word 主持/谈话人 was no column tableAsSentences knew, so the table was read as prose —
// row 2 the sender's with its 6 unused, row 3 刘芳 with 张颖 and a made-up 周涛–张颖 talk. Now 主持/谈话人 · 谈话人/主持人 ·
// 主持（谈话）人 (LEAD_OR_TALKER) is the doer column, and a unit's whole in the 对象 column of an education (组联部全体) is whom
// the doer organised it for (组织组联部全体人员…), the count kept. 2. 孙杰「11.30⇥何平⇥康复中心全体人员⇥廉政党课⇥15⏎12.1⇥何平⇥
// 徐辉⇥谈心谈话⏎12月3日⇥徐辉⇥孙杰⇥谈心谈话」 asked who lectured, left 15 unused and read row 3 as 孙杰's: headerlessRowColumns
// (gba) now takes a 序号 first and a head count last, and a row of person to person is read under the same header whenever
// another row of the paste is of its shape, a row has a count, or the 对象 is the sender.
// Before → after: the rows marked // was … read differently before; the others are near-misses and variants read as before.
import type { CorpusRow } from './corpusRow.js';

export const SIXTY_TWO_H_ROWS: CorpusRow[] = [
  // F1 and its variants: a header with 主持/谈话人.
  ["张颖", "日期\t活动类型\t主持/谈话人\t对象\t人数\n11月16日\t谈心谈话\t周涛\t张颖\t1\n11月23日\t警示教育\t周涛\t组联部全体\t6\n11.27\t廉政谈话\t刘芳\t周涛\t1", "!谈心 11-16 周涛>张颖 | 警示 11-23 周涛> #6 @组联部 | 廉谈 11-27 刘芳>周涛"],  // was 谈心 11-16 周涛>张颖 | 警示 11-23 > | 廉谈 11-27 刘芳>张颖 | 廉谈 11-27 周涛>张颖
  ["张颖", "日期  活动类型  主持/谈话人  对象  人数\n11月16日  谈心谈话  周涛  张颖  1\n11月23日  警示教育  周涛  组联部全体  6\n11.27  廉政谈话  刘芳  周涛  1", "!谈心 11-16 周涛>张颖 | 警示 11-23 周涛> #6 @组联部 | 廉谈 11-27 刘芳>周涛"],  // was (prose reading)
  ["张颖", "序号\t日期\t活动类型\t主持/谈话人\t对象\t人数\n1\t11月16日\t谈心谈话\t周涛\t张颖\t1\n2\t11月23日\t警示教育\t周涛\t组联部全体\t6\n3\t2026-11-27\t廉政谈话\t刘芳\t周涛\t1", "!谈心 11-16 周涛>张颖 | 警示 11-23 周涛> #6 @组联部 | 廉谈 11-27 刘芳>周涛"],  // was (prose reading)
  ["张颖", "日期\t形式\t主持/谈话人\t对象\t人数\t备注\n11月16日\t谈心谈话\t周涛\t张颖\t1\t\n11月23日\t警示教育\t周涛\t组联部全体\t6\t观看警示片", "!谈心 11-16 周涛>张颖 | 警示 11-23 周涛> #6 @组联部"],  // was (prose reading)
  ["张颖", "日期\t内容\t谈话人/主持人\t对象\t人数\n11月23日\t警示教育\t周涛\t组联部全体人员\t6", "!警示 11-23 周涛> #6 @组联部"],  // was (prose reading)
  ["张颖", "日期\t类型\t主持/谈话人\t参加人员\t参加人数\n11月23日\t警示教育\t周涛\t组联部全体\t6", "!警示 11-23 周涛> #6"],  // was (prose reading)
  ["王芳", "日期\t活动类型\t主持/谈话人\t对象\t人数\n11月20日\t警示教育\t李明\t办公室全体\t3", "!警示 11-20 李明> #3 @办公室"],  // was (prose reading)
  ["王芳", "日期\t活动类型\t主持/谈话人\t对象\n11月20日\t廉政谈话\t王建国\t李明", "!廉谈 11-20 王建国>李明 @办公室"],
  ["王芳", "日期\t活动类型\t主持（谈话）人\t对象\n11月20日\t廉政谈话\t王建国\t李明", "!廉谈 11-20 王建国>李明 @办公室"],
  ["张颖", "日期\t活动类型\t主持/谈话人\t对象\n11月16日\t谈心谈话\t周涛\t张颖", "!谈心 11-16 周涛>张颖"],
  ["张颖", "日期\t活动类型\t谈话人/主持人\t对象\t人数\n11.27\t廉政谈话\t刘芳\t周涛\t1", "!廉谈 11-27 刘芳>周涛"],
  // Near-misses: a signing's 全体 stays the signing reader's (one record per person); an older header still reads as before.
  ["王芳", "日期\t活动类型\t主持/谈话人\t对象\t人数\n11月27日\t签订责任书\t周涛\t组联部全体\t2", "!签责 11-27 周涛>张颖"],
  ["吴静", "日期\t谈话人\t谈话对象\t形式\t参加人数\n11月9日\t吴静\t刘洋\t廉政谈话\t2\n11月23日\t刘芳\t吴静\t廉政谈话\t2", "!廉谈 11-09 >刘洋 | 廉谈 11-23 刘芳>吴静"],
  ["刘洋", "日期\t谈话人\t谈话对象\t形式\n11月9日\t吴静\t刘洋\t廉政谈话\n11月23日\t刘芳\t吴静\t廉政谈话", "!廉谈 11-09 吴静>刘洋 | 廉谈 11-23 刘芳>吴静"],
  // F3 and its variants: rows without a header, a count last, the sender in the 对象 column.
  ["孙杰", "11.27\t何平\t康复中心全体人员\t廉政党课\t15\n11.25\t何平\t徐辉\t谈心谈话\n11月26日\t徐辉\t孙杰\t谈心谈话", "!党课 11-27 何平> #15 @残疾人康复中心 | 谈心 11-25 何平>徐辉 | 谈心 11-26 徐辉>孙杰"],  // was 党课 11-27 > ?missing_actor | 谈心 11-25 何平>徐辉 | 谈心 11-26 >徐辉
  ["孙杰", "11.27  何平  康复中心全体人员  廉政党课  15\n11.25  何平  徐辉  谈心谈话\n11月26日  徐辉  孙杰  谈心谈话", "!党课 11-27 何平> #15 @残疾人康复中心 | 谈心 11-25 何平>徐辉 | 谈心 11-26 徐辉>孙杰"],  // was (as above)
  ["孙杰", "1\t11.27\t何平\t康复中心全体人员\t廉政党课\t15\n2\t11.25\t何平\t徐辉\t谈心谈话\n3\t11月26日\t徐辉\t孙杰\t谈心谈话", "!党课 11-27 何平> #15 @残疾人康复中心 | 谈心 11-25 何平>徐辉 | 谈心 11-26 徐辉>孙杰"],  // was (prose reading)
  ["孙杰", "2026-11-27\t何平\t康复中心全体人员\t廉政党课\t15人", "!党课 11-27 何平> #15 @残疾人康复中心"],  // was 党课 11-27 > ?missing_actor
  ["孙杰", "11月27日\t何平\t全体人员\t廉政党课\t15", "!党课 11-27 何平> #15 @残疾人康复中心"],  // was 党课 11-27 > ?missing_actor
  ["孙杰", "11月26日\t徐辉\t孙杰\t谈心谈话", "!谈心 11-26 徐辉>孙杰"],  // was 谈心 11-26 >徐辉
  ["孙杰", "11月26日  徐辉  孙杰  谈心谈话", "!谈心 11-26 徐辉>孙杰"],  // was 谈心 11-26 >徐辉
  ["孙杰", "11.25\t何平\t徐辉\t谈心谈话\n11月26日\t徐辉\t孙杰\t谈心谈话", "!谈心 11-25 何平>徐辉 | 谈心 11-26 徐辉>孙杰"],  // was 谈心 11-25 何平>徐辉 | 谈心 11-26 >徐辉
  ["孙杰", "11月26日\t徐辉\t孙杰\t谈心谈话\t1", "!谈心 11-26 徐辉>孙杰"],
  ["胡军", "11月3日\t王建国\t李明\t廉政谈话\t1", "!廉谈 11-03 王建国>李明 @办公室"],
  // Near-misses: the sender as the doer, gba's rows, a lone row of two others, a sentence with a tab.
  ["徐辉", "11月26日\t徐辉\t孙杰\t谈心谈话", "!谈心 11-26 >孙杰"],
  ["胡军", "11月3日\t周涛\t全体人员\t警示教育", "警示 11-03 > ?missing_actor"],
  ["胡军", "11月3日\t周涛\t全体人员\t签订廉政承诺书", "!签责 11-03 周涛>张颖"],
  ["胡军", "11月3日\t王建国\t李明、孙丽\t签订责任书", "!签责 11-03 王建国>李明 | 签责 11-03 王建国>孙丽"],
  ["胡军", "11月3日\t周涛\t组联部\t8", "-"],
  ["林晓", "11月3日\t王建国\t李明\t廉政谈话\n11月5日\t刘芳\t吴静\t谈心谈话", "!廉谈 11-03 王建国>李明 @办公室 | 谈心 11-05 刘芳>吴静 @康复部"],
  ["王芳", "11月24日\t王建国\t孙丽\t廉政谈话", "!廉谈 11-24 王建国>孙丽 @财务科"],
  ["孙杰", "11月26日 徐辉找我 谈心谈话\t很好", "!谈心 11-26 徐辉>孙杰"],
  ["孙杰", "11月26日徐辉\t和孙杰谈心谈话", "!谈心 11-26 徐辉>孙杰"],
];
