// Round 58, fixer fdc (issue 10): 「第N条…」 and 「…那项」 edits typed on a waiting card or right after a receipt (t60b F3, F5,
// F6; t60a F11; fec's left-alone). Findings: on a waiting card 「第3、5、7条不要，谈话都是黄书记谈的…」 was not understood (only a
// bare 删除第3、5、7条 was); 「第2条不对，检查是吴部长带队的，活动人是吴静」 got 没看懂 (the reason and the label named one person
// in two ways and were counted as two doers); voice 「第1条 活动人 是 冯雪 对象 是 我」 set 活动人 and dropped 对象 silently;
// 「通报典型问题那项也要记，算张书记的警示教育」 on a card whose 注 named that clause as unmatched got 「这条消息没有记录」;
// 「第4条冯部长也在」 got 没看懂; 「12月2号是报送信息2篇」 on a card holding those two papers opened a second card of the same
// papers; after a receipt 「第3条题目改成《会计法》和财经纪律有关规定」 got 「您说的「第3条」没有对应的列表」 (false).
// What changed: several numbers with 不要/删了/不算/多了 and a reason after (or before) them leave those items out
// (cardItemChoice); one person named in two ways (吴部长 · 吴静) is one doer (doerCorrectionWords); a voice pause before a second
// field's label parts the two changes (spokenCardEdit); 「…那项/那条也要记(上)，算X的Y」 puts the left-out clause on the same
// card (leftOutClauseNamed, waitingCardLeftOut), its kind and doer as said, else its own kind and the card's doer and day, or
// asked; 也在/也来了 add the head's department (alsoDepartmentItem); what the card already holds, told again, is said to be on
// it (cardToldAgain); a title that runs on after 《》 (《会计法》和财经纪律有关规定) is the whole title, the law in 〈〉 (cardTitle),
// on a card and after a receipt alike. The dialog behaviour is tested in test/e2e/cardEditsFiftyEightC.test.ts and the readers
// in cardEditsFiftyEightC.test.ts; here every message as sent with nothing waiting: no report (as before), except that a drop
// of several with its reason (第1、3、5条多了，都是黄书记谈的 · 3和5不要了，…) is now no report either (it was asked the type of a
// talk with 黄志刚): numberedItemChange reads what cardItemChoice reads, the member told there is no list. Near-misses keep
// their reading: complete reports numbered 第一条：… · 1、… · 第3条，…; 「第2条：11月5日与王强谈话」 with nothing waiting stays a
// report whose type is asked (safe: the question shows 「我理解的是…」 and nothing is stored before the answer).
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const FIFTY_EIGHT_C_ROWS: CorpusRow[] = [
  ["林晓","第3、5、7条不要，谈话都是黄书记谈的，我没和黄书记谈","-"],
  ["林晓","第1、3、5条不要，谈话都是黄书记谈的，我没和黄书记谈","-"],
  ["林晓","第1、3、5条不要 谈话都是黄书记谈的","-"],
  ["林晓","第1 3 5条 不要 了 都是 黄书记 谈的","-"],
  ["林晓","1、3、5条删了，重复了","-"],
  ["林晓","第1和第3条删掉，多出来的","-"],
  ["林晓","第一、三、五条是多出来的，不要","-"],
  ["林晓","第1、3、5条都不算，我没和黄书记谈","-"],
  ["林晓","第二、四条不要了，那是上个月的","-"],
  ["林晓","第2和第4条删掉吧，已经报过了","-"],
  ["林晓","第3、5条去掉，黄书记是谈话人不是对象","-"],
  ["林晓","第1、2条不用记，是计划还没谈","-"],
  ["林晓","第2、3项不要，重复了","-"],
  ["林晓","3和5不要了，谈话人是黄书记","-"],
  ["林晓","第1、3、5条重复了，删掉","-"],
  ["林晓","第1、3、5条 不算 我没有和黄书记谈话","-"],
  ["林晓","第4、5条删除，这两条写重了","-"],
  ["林晓","第1条和第3条都不要，那是黄书记本人","-"],
  ["林晓","第三条、第五条不要，黄书记是主谈人","-"],
  ["林晓","第1、3、5条多了，都是黄书记谈的","-"],
  ["林晓","第2、4、6条不要，我没参加","-"],
  ["林晓","第一、第三条删了，重复的","-"],
  ["林晓","把第1、3、5条去掉，谈话人是黄书记","-"],
  ["林晓","第1、3、5条都删掉，对象写错了","-"],
  ["林晓","第1、3、5条都不要了。是黄书记和他们谈的","-"],
  ["林晓","删除第3、5、7条","-"],
  ["林晓","删除第2条","-"],
  ["刘洋","第2条不对，检查是吴部长带队的，活动人是吴静","-"],
  ["刘洋","第2条错了 检查是吴部长带队的 活动人是吴静","-"],
  ["刘洋","第二条不对，活动人是吴静，检查是吴部长带队的，不是我","-"],
  ["刘洋","第2条不对，检查是吴部长带队的，活动人应该是吴静","-"],
  ["刘洋","第2条不对，是吴部长带队的，活动人改成吴静","-"],
  ["刘洋","第2条有误，检查由吴部长带队，活动人是吴静","-"],
  ["刘洋","第2条不对，检查是吴静部长带队的，活动人是吴静","-"],
  ["刘洋","第2条不对，活动人是吴静，是吴部长带队的","-"],
  ["刘洋","第2条写错了，检查是吴部长带队的，带队的是吴静","-"],
  ["刘洋","第2条不对，检查是吴部长带队的，不是我，活动人是吴静","-"],
  ["刘洋","第2条不对，检查是吴部长带队的","-"],
  ["刘洋","第2条活动人是吴静","-"],
  ["刘洋","第2条不对 检查是吴部长带队的 活动人是吴静","-"],
  ["刘洋","第1条 活动人 是 冯雪 对象 是 我","-"],
  ["刘洋","第1条 对象 是 我 活动人 是 冯雪","-"],
  ["刘洋","第2条 活动人 是 冯雪 对象 是 我","-"],
  ["刘洋","第1条 谈话人 是 冯雪 对象 是 我","-"],
  ["孙丽","第3条题目改成《会计法》和财经纪律有关规定","-"],
  ["孙丽","第3条题目错了，应该是《会计法》和财经纪律有关规定","-"],
  ["孙丽","第三条的题目应该是《会计法》及财经纪律有关规定","-"],
  ["孙丽","第3项题目改为《会计法》和财经纪律有关规定","-"],
  ["孙丽","把第3条的题目改成《会计法》和财经纪律有关规定","-"],
  ["孙丽","修改第3条题目为《会计法》和财经纪律有关规定","-"],
  ["孙丽","第3条题目写错了，应该是《会计法》和《预算法》","-"],
  ["孙丽","第3条人数改成12人","-"],
  ["孙丽","第3条部门改成财务科","-"],
  ["孙丽","第4条部门是财务科和办公室","-"],
  ["孙丽","第3条 题目 改成 会计法和财经纪律有关规定","-"],
  ["孙丽","12月2日那次学习的题目改成《会计法》和财经纪律有关规定","-"],
  ["孙丽","第3条日期错了，应该是12月1日","-"],
  ["孙丽","第2条：11月5日与王强谈话","? 11-05 >王强 ?missing_type"],
  ["王芳","第2条：11月5日与王强谈话","? 11-05 >王强 ?missing_type"],
  ["王芳","通报典型问题那项也要记，算张书记的警示教育","-"],
  ["王芳","通报典型问题那项也要记","警示 ? > ?missing_date"],
  ["王芳","把通报典型问题也记上","-"],
  ["王芳","典型问题那条也要记录 算警示教育","-"],
  ["王芳","通报问题也算上，记成警示教育","-"],
  ["王芳","通报典型问题这项也要记，算警示教育","警示 ? > ?missing_date"],
  ["王芳","通报2起典型问题那条也得记上，算张书记的警示教育","-"],
  ["王芳","另外 通报典型问题那项 也要记","-"],
  ["郑华","第4条冯部长也在","-"],
  ["郑华","第4条冯部长也来了","-"],
  ["郑华","第4条 冯部长 也在","-"],
  ["郑华","第四条冯雪部长也在","-"],
  ["郑华","12月2号是报送信息2篇","-"],
  ["郑华","12月2号又报送信息2篇","-"],
  ["郑华","11月30号和陈静廉政谈话","廉谈 11-30 >陈静"],
  ["孙丽","第一，11月5日与王强进行了廉政谈话；第二，11月9日组织全科学习《会计法》，参加6人","廉谈 11-05 >王强 | ? 11-09 > 《会计法》 #6 ?missing_type"],
  ["孙丽","第一条：11月6日与陈志强进行廉政谈话","廉谈 11-06 >陈志强"],
  ["孙丽","1、11月23日和王强签订了廉政承诺书；2、11月25日组织全科学习《会计法》，参加8人","签责 11-23 >王强 | ? 11-25 > 《会计法》 #8 ?missing_type"],
  ["孙丽","第一条，11月24日与李娟进行了谈心谈话","谈心 11-24 >李娟"],
  ["孙丽","第二，11月26日和王强签订廉政承诺书","签责 11-26 >王强"],
  ["孙丽","第3条，11月27日组织全科观看警示教育片《蜕变》，参加6人","警示 11-27 > 《蜕变》 #6"],
  ["林晓","第1、3、5条不要","-"],
  ["林晓","第2条删掉","-"],
  ["林晓","第3条不要了，重复了","-"],
  ["刘洋","第2条是吴部长带队检查的","-"],
  ["孙丽","第3条片名改成《蜕变》","-"],
  ["孙丽","第3条 人数 改成 12人","-"],
  ["孙丽","第2条对象是李娟","-"],
];
