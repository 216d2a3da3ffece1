// Round 62, fixer gbb (issue 10): corrections of stored records that name the doer or a person — relayed, 漏了我,
// 是X和Y签的 (t64a Part B: new records or refused).
// Findings before → after:
// 1. 何平「赵书记说今天承诺书那两份是她跟徐辉 孙杰签的 不是我」 (his two signings of today stored) was a card of two NEW signings
// of 赵敏's beside his. Now (doerClaimWords, claimedDoerChange) the stored records pointed at (那两份 · 今天承诺书 · 和孙杰那份)
// take the doer said — 他/她 the one whose words are passed on (X说/讲/告诉我) — on one 请确认修改 card; no report.
// 2. 林晓「刚才那次是王磊谈的不是我」 was a new talk with 王磊 asked its kind; 「黄书记说那次检查是他带队的」 was 「没有在通讯录里找到
// 「他带队」」. Now the latest report's record takes the doer (two that fit: 找到 2 条, which asked).
// 3. 张颖「12月3日周涛部长签承诺书那条漏了我，是和我签的」 was a new signing read from the words (stored at once, or the card
// not naming the deed). Now (leftOutMeWords, leftOutMeAdd) the stored deed (whoever reported it) is found and a record like it
// with the member is offered on a 确认 card; the member already in it, none or several found is said.
// 4. 「第2条是周涛部长和组联部全体人员签的」 after a receipt was refused. Now (numberedSidesWords, numberedSidesChange) record 2
// takes the doer and the people (a group expanded as a report expands it; more than one: new records beside it) on 确认.
// 5. 「和王强那条改成李娟」 was 没看懂: now the person change on the 请确认修改 card (namedRecordCorrection: a bare 改成<name>).
// 「王强那条撤销 他没谈」 offered first while 「王强那条撤销」 withdrew at once: now both withdraw at once when the record is of
// the latest report (the README's undo promise), the reason said back; an older one is still offered.
// Left as today: 「今天又和徐辉谈了一次」 (a new talk, its kind asked), 「赵书记说今天也要和徐辉签承诺书」 (a plan),
// 「12月3日周涛部长和我签了承诺书，上次漏了我」 (a report of its own, read as one).
// Read on Mon 2026-11-30 10:00 +08:00.
import type { CorpusRow } from './corpusRow.js';

export const SIXTY_TWO_B_ROWS: CorpusRow[] = [
  // 1. t64a G1: a relayed doer change of stored records (X说/讲/告诉我 … 那两份/那次 … 是她/他(跟Y)签的/谈的/带队的 (不是我)), counts, people listed with 、 or voice spaces, a request tail: no report (claimedDoerChange changes the stored records on one 请确认修改 card).
  ["何平", "赵书记说今天承诺书那两份是她跟徐辉 孙杰签的 不是我", "-"],
  ["何平", "赵书记说，今天承诺书那两份是她跟徐辉、孙杰签的，不是我。", "-"],
  ["何平", "赵书记告诉我 那两份承诺书其实是她签的", "-"],
  ["何平", "赵书记讲今天那两份承诺书是她跟徐辉孙杰签的", "-"],
  ["何平", "刚才报的两条承诺书都是赵书记签的 不是我", "-"],
  ["何平", "刚才报的两条承诺书都是赵敏书记签的，不是我", "-"],
  ["何平", "赵书记说今天和孙杰那份是她签的 不是我", "-"],
  ["何平", "赵书记说那两份承诺书是她签的，麻烦改一下", "-"],
  ["何平", "赵书记跟我说 今天那两份是她和徐辉 孙杰签的 不是我签的", "-"],
  ["何平", "那两份承诺书是赵书记跟徐辉、孙杰签的", "-"],
  ["何平", "那两份承诺书其实是赵书记签的 不是我", "-"],
  ["何平", "赵书记说今天承诺书那两份是她跟徐辉 孙杰签的 不是我 改一下", "-"],
  ["徐辉", "何主任说刚才那次是他谈的 不是我", "-"],
  ["徐辉", "何主任说刚才那次谈心是他谈的，不是我", "-"],
  ["孙杰", "何主任告诉我那次谈话是他谈的", "-"],
  ["林晓", "黄书记说那次检查是他带队的", "-"],
  ["林晓", "黄书记讲 那次检查是他带队的", "-"],
  ["林晓", "黄书记说，那次检查是他带队的，不是我", "-"],
  ["林晓", "听黄书记说那次检查是他带的队", "-"],
  ["林晓", "黄书记告诉我刚才那条检查是他带队的", "-"],
  ["王芳", "李主任说刚才那次是他谈的不是我", "-"],
  ["胡军", "李主任说那次谈话是他跟王芳谈的 不是我", "-"],
  ["郑华", "陈副理事长说那次是他跟陈静谈的，不是我", "-"],
  ["吴静", "刘副理事长说刚才那次是她跟刘洋谈的 不是我", "-"],
  ["孙丽", "王副理事长说那次承诺书是他跟王强签的 不是我", "-"],
  ["杨帆", "王部长说刚才那次是他带队的 不是我", "-"],
  ["赵磊", "冯部长说刚才那条是她谈的不是我", "-"],
  ["陈静", "郑部长说那次是他谈的", "-"],
  // 2. gaf's left-alone: 刚才那次/那条 + the doer said, the member denied: no report (the latest report's record, claimedDoerChange).
  ["林晓", "刚才那次是王磊谈的不是我", "-"],
  ["林晓", "刚才那次是王磊谈的，不是我。", "-"],
  ["林晓", "刚才那条不是我谈的，是王磊谈的", "-"],
  ["林晓", "刚才那条不是我谈的 是王部长谈的", "-"],
  ["林晓", "刚才那次其实是黄书记谈的 不是我", "-"],
  ["林晓", "刚才那次谈话是黄书记谈的", "-"],
  // 3. t64a G2: 那条/那次 … 漏了我 · 少了我 · 把我漏了 · 没有我 (是和我签的 · 我也签了 · 也和我谈了): no report (leftOutMeAdd adds the member to that stored deed on a 确认 card).
  ["张颖", "12月3日周涛部长签承诺书那条漏了我，是和我签的", "-"],
  ["张颖", "12月3日周涛部长签承诺书那条漏了我", "-"],
  ["张颖", "12月3日周涛部长签承诺书那条漏了我 是和我签的", "-"],
  ["张颖", "周部长签承诺书那次漏了我 我也签了", "-"],
  ["张颖", "周部长签承诺书那次把我漏了", "-"],
  ["张颖", "11月24日周部长签承诺书那条少了我", "-"],
  ["张颖", "11.24周涛部长那条承诺书漏了我，我也签了", "-"],
  ["张颖", "11月24号周部长签责任书那条漏掉我了", "-"],
  ["刘洋", "11月24日吴部长签承诺书那条漏了我，是和我签的", "-"],
  ["刘洋", "吴部长那次集体谈话漏了我，也和我谈了", "-"],
  ["王强", "11月20日孙科长签责任书那条漏了我", "-"],
  ["李娟", "孙科长上周签承诺书那次没有我 其实也有我", "-"],
  ["陈静", "郑部长签责任书那条漏了我 麻烦加上", "-"],
  ["王芳", "11月27日李主任谈话那次漏了我，也和我谈了", "-"],
  ["孙杰", "何主任那次集体谈话漏了我，也和我谈了", "-"],
  ["王芳", "李主任那次集体廉政谈话把我漏了", "-"],
  // 4. t64a G8: 第N条是X和Y签的/谈的 (a group word): no report (numberedSidesChange, after a receipt).
  ["林晓", "第2条是周涛部长和组联部全体人员签的", "-"],
  ["林晓", "第2条是周涛部长和组联部全体人员签的，不是我", "-"],
  ["林晓", "第二条是周涛部长和张颖签的", "-"],
  ["林晓", "第2条其实是王磊部长和杨帆谈的", "-"],
  ["林晓", "第2条不对，是李明主任和办公室全体人员签的", "-"],
  ["林晓", "第2条应该是吴静部长和康复部全体人员签的", "-"],
  ["林晓", "第1条是何平主任和孙杰谈的", "-"],
  ["林晓", "第2条是周涛和组联部所有人员签的", "-"],
  ["林晓", "第3条是黄书记和财务科全体人员谈的", "-"],
  // 5. gae's left-alones: 和王强那条改成李娟 (a person change named by person), 王强那条改成12月3日 (a day), 王强那条撤销 + a reason: no report.
  ["孙丽", "和王强那条改成李娟", "-"],
  ["孙丽", "王强那条改成李娟", "-"],
  ["孙丽", "和王强那次改为李娟", "-"],
  ["王建国", "和孙丽那条改成李明", "-"],
  ["孙丽", "王强那条撤销，他请假了", "-"],
  ["王建国", "跟孙丽那条撤销 她出差了 没谈成", "-"],
  ["孙丽", "王强那条改成12月3日", "-"],
  ["孙丽", "和王强那条改成11月26日", "-"],
  // 6. Near-misses that keep today's reading: a new report naming a stored person, a plan relayed, a leader present, a deed with its doer (one tap where the doer is another).
  ["何平", "赵书记说今天也要和徐辉签承诺书", "-"],
  ["何平", "赵书记说明天要和孙杰签承诺书", "-"],
  ["何平", "今天又和徐辉谈了一次", "? 11-30 >徐辉 ?missing_type"],
  ["何平", "今天和徐辉签订了廉政承诺书，赵书记也在", "!签责 11-30 >徐辉"],
  ["张颖", "今天周涛部长和我签订了廉政承诺书", "!签责 11-30 周涛>张颖"],
  ["林晓", "11月24日黄书记带队到财务科开展了作风纪律检查", "!作风 11-24 黄志刚>"],
  ["何平", "赵书记今天和徐辉、孙杰签订了廉政承诺书", "!签责 11-30 赵敏>徐辉 | 签责 11-30 赵敏>孙杰"],
  ["张颖", "12月3日周涛部长和我签了承诺书，上次漏了我", "签责 12-03 周涛>张颖 ?future_date"],
];
