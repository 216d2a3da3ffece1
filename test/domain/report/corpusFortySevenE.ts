// Round 47, fse (fresh shapes found by the fixer: 50 members' own chat messages, /work/rounds/r47/fse-probes.txt).
// Kind 1: the last name of a list spaced or parted by 、 before 参加, at a talk whose clause turns to no one
// (「这周三办公室财务科集体廉政谈话 李明 孙丽 王强参加」), was taken for someone who only sat in: 王强 dropped silently and the
// rest stored at once; a 集体 talk's one or glued names (集体谈心 刘洋参加 · 集体廉政谈话郑华冯雪参加) were asked 和谁. Now the
// list's 参加 is said of all of it (glued names too), and at a 集体 talk a bare 参加 names those talked to (陪同 · 列席 still
// only sat in, as round 36's and 45's rows keep).
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const FORTY_SEVEN_E_ROWS: CorpusRow[] = [
  // Kind 1: a spaced or 、 list of those talked to, 参加 after the last.
  ["王建国", "上周三办公室财务科集体廉政谈话 李明 孙丽 王强参加", "廉谈 11-25 >李明 @办公室 | 廉谈 11-25 >孙丽 @财务科 | 廉谈 11-25 >王强 @财务科"],
  ["刘芳", "上周五组联部康复部集体廉政谈话 周涛 吴静 张颖参加", "!廉谈 11-27 >周涛 @组联部 | 廉谈 11-27 >吴静 @康复部 | 廉谈 11-27 >张颖 @组联部"],
  ["陈志强", "11月20日开展集体廉政谈话 郑华 冯雪 陈静参加", "廉谈 11-20 >郑华 @教育就业部 | 廉谈 11-20 >冯雪 @维权部 | 廉谈 11-20 >陈静 @教育就业部"],
  ["赵敏", "本周一集体廉政谈话，王磊 何平 徐辉同志参加", "廉谈 11-30 >王磊 @宣文部 | 廉谈 11-30 >何平 @残疾人康复中心 | 廉谈 11-30 >徐辉 @残疾人康复中心"],
  ["何平", "上周四中心集体谈心谈话 徐辉 孙杰参加", "谈心 11-26 >徐辉 @残疾人康复中心 | 谈心 11-26 >孙杰 @残疾人康复中心"],
  ["张伟", "11月18日班子成员集体廉政谈话 王建国 刘芳 陈志强 赵敏参加", "!廉谈 11-18 >王建国 @- | 廉谈 11-18 >刘芳 @- | 廉谈 11-18 >陈志强 @- | 廉谈 11-18 >赵敏 @-"],
  ["王建国", "11月25日对财务科开展集体廉政谈话 孙丽科长 王强 李娟参加", "廉谈 11-25 >孙丽 @财务科 | 廉谈 11-25 >王强 @财务科 | 廉谈 11-25 >李娟 @财务科"],
  ["赵敏", "上周三宣文部集体廉政谈话，王磊部长、杨帆参加", "廉谈 11-25 >王磊 @宣文部 | 廉谈 11-25 >杨帆 @宣文部"],
  ["王建国", "上周五集体廉政谈话 李明主任 孙丽科长参加 主要是年底廉洁提醒", "!廉谈 11-27 >李明 @办公室 | 廉谈 11-27 >孙丽 @财务科"],
  ["刘芳", "11月19日和组联部开展集体廉政谈话 周涛 张颖参加了", "廉谈 11-19 >周涛 @组联部 | 廉谈 11-19 >张颖 @组联部"],
  ["冯雪", "11月26日维权部集体廉政谈话 赵磊 冯雪参加", "廉谈 11-26 >赵磊 @维权部"],
  // Kind 1: at a 集体 talk the one or the glued names 参加 are those talked to (was: asked 和谁), on a card.
  ["陈志强", "前天集体廉政谈话郑华冯雪参加", "!廉谈 11-28 >郑华 @教育就业部 | 廉谈 11-28 >冯雪 @维权部"],
  ["吴静", "上周二部里集体谈心 刘洋参加", "!谈心 11-24 >刘洋 @康复部"],
  // Near-misses: one who sat in at a talk with someone named, alone in their clause or saying 也参加了 · 列席 (unchanged).
  ["王建国", "昨天和李明廉政谈话，王强参加", "廉谈 11-29 >李明 @办公室"],
  ["吴静", "昨天和刘洋谈心谈话，刘芳副理事长也参加了", "谈心 11-29 >刘洋 @康复部"],
  ["何平", "昨天和徐辉谈心谈话，孙杰列席", "谈心 11-29 >徐辉 @残疾人康复中心"],
  ["王建国", "上周三和李明廉政谈话，孙丽 王强也参加了", "廉谈 11-25 >李明 @办公室"],
  ["赵敏", "上周三宣文部组织廉政教育 王磊 杨帆参加", "!廉教 11-25 王磊> @宣文部"],
  ["王建国", "上周三集体廉政谈话 李明 王强参加 孙丽科长陪同", "!廉谈 11-25 >李明 @办公室 | 廉谈 11-25 >王强 @财务科"],
];
