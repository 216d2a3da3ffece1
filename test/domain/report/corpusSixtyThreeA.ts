// Round 63, fixer gca (issue 10): corrections of STORED records in a clerk's or a leader's words — relayed doer and people,
// direction, person swaps, a kind alone (t65a Part B and last round's left-alone: new records stored, or wrong today).
// Findings before → after (clock of the dialog tests Mon 2026-12-07; 上周三 = 12-02):
// 1. (t65a B-F2) 胡军「上周三财务科那次，孙丽说那两份承诺书是她和王强签的，不是王副理事长签的」 after 王建国's two signings (王建国–孙丽,
// 王建国–王强) was a card of two NEW signings of 胡军's. Now (doerClaimWords reads the naming words before the relay and the
// stored doer denied by name; claimedDoerChange through referredRecords) the stored pair, found by day + department + kind
// whoever reported it, becomes ONE signing 孙丽–王强 on a 请确认修改 card (the other withdrawn as the same deed), changed on
// 确认 with 王建国 kept as the reporter and 胡军 in the audit. Only a relay of a party of the deed is taken.
// 2. (gbb left, direction) 陈志强「刚才那次是郑华找我谈的 不是我找他」 was a new talk asked its kind: now doer and person swap on
// 请确认修改. 郑华「陈副理事长说刚才那次是他跟我谈的，不是我找他」 about 陈志强's talk: said to be so already, nothing changed.
// 3. (gbb left) 「和王强那条换成李娟吧」 was 「没能识别「那条换成」」 (a query): now the person change as 「和王强那条改成李娟」.
// 4. (gbd left) 「算专项资金检查吧」 alone after a stored check was a completion query: now the latest report's one check changes
// kind on 请确认修改 (the parser reads it as before: a report asking its day, when nothing is stored).
// 5. (gbj left) 「维权部那次算作风纪律检查吧」 was a new check asked its day (算作 + 风纪律检查): now that record's kind.
// 6. (gbd left) 「还有李明也参加了」 after a stored education was 没看懂: now 李明 added (count +1, 「李明参加」 in the note) on a card.
// Before → after: 29 of these 78 messages read differently before (all were read as new records or asked as new); the
// others are bot-level changes the parser already left alone ('-') and near-misses read as before.
// Left as today: 孙丽「上周三那两份承诺书其实是我和王强签的 不是王副理事长」 (the member herself the new doer of another's
// records) is a card of two new signings; 郑华「陈副理事长说下周要找我谈话」 (a plan) asks a talk's kind and day.
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const SIXTY_THREE_A_ROWS: CorpusRow[] = [
  // 1. t65a B-F2: a third person relaying (X说 · 听X说) that records of another's (found by day + department + kind) were the speaker's with the people said, the stored doer denied (不是王副理事长签的): no report (claimedDoerChange makes them ONE record on 请确认修改, the other withdrawn on 确认). With 不是我 the reporter's own.
  ["胡军", "上周三财务科那次，孙丽说那两份承诺书是她和王强签的，不是王副理事长签的", "-"],
  ["胡军", "上周三财务科那次 孙丽说那两份承诺书是她和王强签的 不是王副理事长签的", "-"],
  ["胡军", "孙丽说上周三财务科那两份承诺书是她和王强签的，不是王副理事长签的", "-"],
  ["李娟", "上周三财务科那次，孙科长说那两份承诺书是她跟王强签的，不是王副理事长签的", "-"],
  ["李娟", "孙科长说那两份承诺书其实是她和王强签的 不是王副理事长", "-"],
  ["胡军", "上周三财务科那次，孙丽说那两份承诺书是她和王强签的，不是王建国签的。", "-"],
  ["王芳", "11月24日办公室那次，李主任说那两份承诺书是他和胡军签的，不是王副理事长签的", "-"],
  ["杨帆", "上周二宣文部那次，王部长说那两份承诺书是他和杨帆签的，不是赵书记签的", "-"],
  ["孙杰", "11.24康复中心那次，徐主任说那两份承诺书是他跟孙杰签的，不是赵书记签的", "-"],
  ["胡军", "上周三财务科那次 孙丽说 那两份承诺书是她和王强签的 不是王副理事长签的", "-"],
  ["胡军", "上周三财务科那次，孙丽说：那两份承诺书是她和王强签的，不是王副理事长签的。", "-"],
  ["胡军", "听孙丽说上周三财务科那两份承诺书是她和王强签的 不是王副理事长签的", "-"],
  ["王建国", "孙丽说那两份承诺书是她和王强签的 不是我", "-"],
  ["王建国", "上周三财务科那次，孙丽说那两份承诺书是她和王强签的，不是我签的", "-"],
  ["赵磊", "上周四维权部那次，冯部长说那两份承诺书是她和赵磊签的，不是陈副理事长签的", "-"],
  ["刘洋", "昨天康复部那次，吴部长说那两份责任书是她跟刘洋签的，不是刘副理事长签的", "-"],
  ["胡军", "上周三财务科那次，孙科长说那两份承诺书是她跟王强副科长签的，不是王副理事长签的", "-"],
  ["胡军", "孙丽说那两份承诺书是她和王强签的，不是王副理事长签的，麻烦改一下", "-"],
  // 2. gbb's left-alone, the direction: 是X找我谈的 不是我找他 (the sender's own) or X说…是他跟我谈的 不是我找他 (relayed): no report (the stored talk's doer and person swapped on 请确认修改; a record already so is said).
  ["陈志强", "刚才那次是郑华找我谈的 不是我找他", "-"],
  ["陈志强", "刚才那次是郑华找我谈的，不是我找他。", "-"],
  ["陈志强", "刚才那次其实是郑部长找我谈的 不是我找的他", "-"],
  ["郑华", "陈副理事长说刚才那次是他跟我谈的，不是我找他", "-"],
  ["郑华", "陈副理事长说刚才那次是他找我谈的 不是我找他", "-"],
  ["王建国", "刚才那次是李明找我谈的 不是我找他", "-"],
  ["刘芳", "刚才那次谈话是吴静来找我谈的，不是我找她", "-"],
  ["赵敏", "刚才那条是何平找我谈的 不是我找他", "-"],
  ["吴静", "刘副理事长说刚才那次是她跟我谈的 不是我找她", "-"],
  ["张伟", "刚才那次是王建国找我谈的不是我找他", "-"],
  // 3. gbb's left-alone: 和王强那条换成李娟吧 (换成/换为 … 吧/就行 as 改成): no report (the person change on 请确认修改).
  ["王建国", "和王强那条换成李娟吧", "-"],
  ["王建国", "王强那条换成李娟吧", "-"],
  ["王建国", "和王强那次换成李娟", "-"],
  ["孙丽", "和王强那条换成李娟就行", "-"],
  ["黄志刚", "和孙杰那条换成徐辉吧", "-"],
  ["李明", "跟胡军那条换成王芳吧", "-"],
  ["周涛", "和张颖那次换为李娟吧", "-"],
  ["王建国", "王强那条换成12月3日吧", "-"],
  ["赵敏", "和杨帆那条换成王磊吧", "-"],
  // 4. gbd's and gbj's left-alone: <place>那次算<kind>吧 (算作风纪律检查 read as 算 + 作风纪律检查, not 算作 + 风纪律检查): no report (that record's kind on 请确认修改). A bare 算<kind>吧 alone is still read as a report asking its day here; in the dialog it changes the latest report's one record of that family (correctLatest).
  ["黄志刚", "算专项资金检查吧", "资金 ? > ?missing_date"],
  ["林晓", "应该算专项资金检查", "-"],
  ["黄志刚", "算是专项资金检查吧", "资金 ? > ?missing_date"],
  ["林晓", "就算作风纪律检查吧", "作风 ? > ?missing_date"],
  ["黄志刚", "算专项检查吧", "-"],
  ["黄志刚", "维权部那次算作风纪律检查吧", "-"],
  ["林晓", "维权部那次算作风纪律检查吧", "-"],
  ["黄志刚", "维权部那次应该算作风纪律检查", "-"],
  ["黄志刚", "财务科那次算作风纪律检查吧", "-"],
  ["冯雪", "维权部那次算警示教育吧", "-"],
  ["林晓", "上周五维权部那次算作风纪律检查吧", "-"],
  ["黄志刚", "维权部那次其实是作风纪律检查", "-"],
  ["黄志刚", "维权部那次算作风检查吧", "-"],
  ["黄志刚", "康复中心那次算作风纪律检查吧", "-"],
  ["林晓", "上周五去维权部那次算作风纪律检查吧", "-"],
  // 5. gbd's left-alone: 还有李明也参加了 after a stored education or meeting: no report (attendeeAddedToLatest: attendee and count +1 on 请确认修改; after a talk or signing it is addPersonToLatest's one more pair).
  ["周涛", "还有李明也参加了", "-"],
  ["王磊", "还有杨帆也参加了", "-"],
  ["赵敏", "还有何平也参加了", "-"],
  ["吴静", "刘洋也参加了", "-"],
  ["郑华", "还有陈静也在场", "-"],
  ["王磊", "另外杨帆也参加了", "-"],
  ["周涛", "还有张颖也参加了。", "-"],
  ["周涛", "还有李明同志也参加了", "-"],
  // 6. Near-misses that keep today's reading: a new report naming a stored person, a plan, a remark on a record, a relayed report of someone's deed, a hedge with what was checked.
  ["周涛", "今天李明也参加了警示教育", "!警示 11-30 >"],
  ["王建国", "今天又和王强谈了一次", "? 11-30 >王强 ?missing_type"],
  ["胡军", "孙丽说明天要和王强签承诺书", "-"],
  ["陈志强", "刚才那次谈话很成功", "-"],
  ["王建国", "今天和王强签了廉政承诺书", "签责 11-30 >王强"],
  ["胡军", "孙丽说上周三和王强签了承诺书", "!签责 11-25 孙丽>王强"],
  ["陈志强", "今天郑华找我谈了心", "!谈心 11-30 郑华>陈志强"],
  ["黄志刚", "今天到维权部开展了作风纪律检查", "作风 11-30 >"],
  ["黄志刚", "算了，不改了", "-"],
  ["陈志强", "上周二找郑华谈了话 是廉政谈话", "廉谈 11-24 >郑华"],
  ["胡军", "孙丽说明天和王强签承诺书", "-"],
  ["陈志强", "刚才那次谈得不错", "-"],
  ["黄志刚", "维权部那次检查发现了两个问题", "-"],
  ["孙丽", "上周三和王强签了廉政承诺书", "签责 11-25 >王强"],
  ["黄志刚", "算专项资金检查吧 查的是公务用车", "-"],
  ["王建国", "今天和王强、李娟签了廉政承诺书", "签责 11-30 >王强 | 签责 11-30 >李娟"],
  ["胡军", "上周三王副理事长到财务科和孙丽、王强签了廉政承诺书", "!签责 11-25 王建国>孙丽 | 签责 11-25 王建国>王强"],
  ["郑华", "今天陈副理事长找我谈了廉政谈话", "!廉谈 11-30 陈志强>郑华"],
];
