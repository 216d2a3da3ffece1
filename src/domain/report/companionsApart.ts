// 昨天跟孙杰谈心谈话，何主任也一起 · 是跟刘理事长一起谈的 · 王强陪我找李娟谈了心: who only came along is no one talked to.
import { seniority } from './seniority.js';
import type { ParseContext } from './draft.js';
import { namedPeople } from './namedPeople.js';
import { withSpacedBystanderBreak } from './spacedBystander.js';
import { soundAlikePerson, TITLE_AFTER } from './soundAlikePerson.js';

/** Words taken out of a message before it is read, and what the card must say of them. */
export interface Apart {
  text: string;
  /** For the card: what was taken out and why (never silently). */
  remarks: string[];
  /** People who only came along: never anyone's counterpart. */
  companions: string[];
  /** A companion of higher rank than the sender came along in a way that may make them the one who held it: for a tap. */
  mayLead: string[];
  /** People named only to be denied (不是和X): never anyone's counterpart. */
  denied: string[];
  /** A companion read by sound, or one who came 一起 and may have been talked to too (round 63, gcc): shown for a tap. */
  unsure?: true;
  /** The message corrects itself (王芳那个其实是廉政谈话): shown for a tap. */
  corrected?: true;
}

/**
 * What follows a companion in a clause of their own: 也一起 · 一块儿 · 陪同 (together), or 也在 · 在场 · 也参加了 · 列席 ·
 * 也在旁边 · 在边上 · 在一旁做记录 (round 41, t41b F4: the bystander made a second person talked to) · 都在场 · 作为分管领导参加
 * (round 44, fqd kind 2) (there). A bare 参加/出席 is not: 开展了集体廉政谈话，李明、孙丽参加 names those talked to. Nor is 也一起谈了 (talked to too).
 */
// 吴静部长只是在场 · 孙科长只是旁听 (round 66, gfc; t68b Part B: 吴静 made the one talked to in 刘副理事长找我谈心's place):
// only there is there, as 也在场 is.
// 冯雪也来了 · 孙丽后来也到了 (round 50 fxc, t52a F6's remark read as a report: a second signing with 冯雪, or 孙丽 made the
// talk's doer): who came is there, as 也在场 is.
const TAIL = /^(?:同志)?(?:(?:也|还|都)?(一起|一块儿?|一同|一道|陪同|陪着|陪着?我|同去|同行)|(?:也|还|全程|都|就)?(?:在旁边|在边上|在一旁|在旁)(?:做记录|记录|旁听|听着?|陪着)?|(?:也|还|全程|都)(?:在场|参加|参与|出席|列席|旁听|在)|(?:在场|列席|旁听)|(?:只是|就是|只|仅|仅仅是?|也只是)(?:在场|陪同|陪着|旁听|列席|在旁边|在边上|在一旁|做记录|记录)(?:听着?|看着|坐着)?(?:一下|而已)?|(?:后来|中途)?(?:也|还|都)(?:后来|中途)?(?:来|到|过来|赶来|赶到|到场)|作为[^,，;；。]{1,10}?(?:参加|出席|列席|在场|旁听))(?:参加|参与|在场|去|过来|听)?(?:了|的)?(?:谈话|这次谈话)?[。!.~]*$/;
/**
 * 参加人：刘洋 · 在场人员：李明 · 陪同人员刘洋 after a talk with someone named (round 44, fqd kind 2: a talk record form's
 * line made a second talk): group 1 those present. After a talk with no one named (开展廉政谈话，参加人员：…) or a 集体
 * talk they are those talked to, and the clause is left.
 */
const PRESENT_LABEL = /^(?:参加人员?|在场人员?|陪同人员?|列席人员?)[:：]?\s*([^:：]+?)[。.!！~]*$/;
/** The talk before a labelled line names its one talked to: 与徐辉进行了谈心谈话 · 找徐辉谈了心. */
const TALK_WITH = /(?:与|和|同|跟|对|找)[^,，;；。]{1,16}?(?:谈|签)/;

/** A clause that says it was done together with someone: 是跟刘理事长一起谈的 · 和王书记一块儿去的. */
const TOGETHER = /^(?:我)?(?:也|都)?(?:是)?(?:跟|和|与|同)(.{1,12}?)(?:一起|一块儿?|一同|一道)(?:去)?(?:谈|签|找)?(?:的|了)?[。!.~]*$/;
/** A leader's title after a name or surname: 赵书记 · 刘芳副理事长 · 何主任 · 王部长 (the 班子 and the heads). */
const LEADER_TITLE = /书记|理事长|主任|部长|科长|处长|局长/;
/** 跟刘理事长一起和刘洋谈 · 和王强一块儿找李娟: a companion before the one talked to. */
const WITH_BEFORE = /(?:跟|和|与|同)([^,，;；。!?、\s\u0000]{1,8}?)(?:一起|一块儿?|一同|一道)(?=(?:去|到[^,，;；。]{1,8})?(?:和|跟|与|同|找|对)[^,，;；。]{1,24}?(?:谈|签|聊))/g;
/** 王强陪我找李娟 · 何主任陪着我和孙杰: the one who came along with the sender. */
const WITH_ME = /([^,，;；。!?、\s\u0000]{1,8}?)(?:陪同|陪着|陪)(?:我|本人)(?=(?:一起|一块儿?)?(?:去|到[^,，;；。]{1,8})?(?:和|跟|与|同|找|对)[^,，;；。]{1,12}?(?:谈|签|聊))/g;
// 在刘芳副理事长的见证下 · 在X监督下 (round 44, fqd kind 3: a signing of 刘芳's with the sender): a witness is there, no side.
/** 在何主任的陪同下 · 在刘芳副理事长陪同下 · 在刘芳副理事长的见证下. */
const ESCORTED = /在([^,，;；。!?\s\u0000]{1,10}?)(?:的)?(?:陪同|见证|监督)下[,，]?/g;

/** 党组成员、副理事长刘芳陪同。 · 王建国副理事长一同参加。: a sentence that only names who went along (group 1). */
const ESCORT_SENTENCE = /^([^,，;；。!！?？]{2,24}?)(?:同志)?(?:陪同|陪同调研|陪同参加|一同参加|一同前往|一同出席)[。！!]?$/;

/**
 * 党组成员、副理事长刘芳参加。 · 刘芳同志在场。 · 王建国列席 after a talk or signing with someone named (round 45, fre kind 6:
 * 孙杰｜…张伟与李明进行了廉政谈话。党组成员、副理事长刘芳参加。 made 刘芳 a second person talked to): those present (group 1).
 * After a talk naming no one (开展了廉政谈话，李明、孙丽参加) or a 集体 talk they are those talked to, and it is left.
 */
const PRESENT_ONLY = /^([^,，;；。!！?？]{2,24}?)(?:同志)?(?:也|还|全程)?(?:参加|出席|列席|在场|旁听)(?:了)?(?:谈话|这次谈话|签订仪式)?[。！!]?$/;
/** The talk or signing before names the one it was with (与李明进行了 · 和孙丽、王强签订), not a group. */
const NAMED_SIDE = (before: string, text: string) => TALK_WITH.test(before) && !/集体|全体|们|全部|所有/.test(text);

/** 也一起 · 一块儿 · 一同 · 一道 ending the companion's clause: came along, perhaps talked to too. */
const JOINED_IN = /^(?:同志)?(?:也|还|都)?(?:一起|一块儿?|一同|一道)(?:的|了)?[。!.~]*$/;

/** 小何 · 老何: a surname called by 小/老 (group 1 the surname), no name written. */
const NICKNAME = /^[小老]([\u4e00-\u9fa5])$/;

/** 我只是在场 · 本人仅陪同 · 我就是旁听 alone in a clause: the sender only there (senderOnlyPresent.ts asks who held it). */
const SENDER_ONLY_THERE = /^(?:我|本人)(?:只是|就是|只|仅|仅仅是?)(?:在场|陪同|陪着|旁听|列席|在旁边|在一旁|做记录|记录)(?:了|的|一下|而已)*$/;

/** A correction of a record (不对，…; 刚才那条…) is the dialog's, never read here. */
const CORRECTION = /不对|错了|有误|刚才|刚刚|上一条|上条|改成|改为|应该是|更正/;


/**
 * Whether `id` is senior to the sender: by `seniority`, or a 书记 (机关纪委书记, heading no department) beside a sender who
 * heads nothing and is no 书记 (round 31g: 林晓 「我和黄书记一起与孙丽进行了廉政谈话」 stored at once as 林晓's, while
 * 黄书记和我… goes to 黄志刚 for 确认).
 */
export function outranks(id: string, ctx: ParseContext): boolean {
  const mine = seniority(ctx.senderId, ctx);
  if (seniority(id, ctx) > mine) return true;
  const title = (who: string) => ctx.directory.person(who)?.title ?? '';
  return mine === 0 && /书记/.test(title(id)) && !/书记/.test(title(ctx.senderId));
}

const nameOf = (id: string, ctx: ParseContext) => ctx.directory.person(id)?.name ?? id;

/** 与部门全体同志 · 同全科人员 · 和组联部全体干部: a whole department talked to, by a group word. */
const WHOLE_GROUP = /(?:与|和|同|跟|对)[^,，;；。!?]{0,8}?(?:全体|全部|所有)(?:同志|人员|干部|职工|党员)|(?:与|和|同|跟|对)(?:全科|全部门|全室|全中心)(?:同志|人员|干部)?/;

/**
 * Whether `id` belongs to the whole department `text` says was talked to (刘芳副理事长到组联部与部门全体同志进行集体廉政谈话，
 * 周涛部长陪同 — round 41, t40a F10: 周涛 dropped while the group's remark counted him): a head who went along with the
 * visitor is still one of 全体同志, talked to with the rest. Their department is named before the group, or is the sender's.
 */
function ofWholeGroupTalkedTo(id: string, text: string, ctx: ParseContext): boolean {
  const whole = WHOLE_GROUP.exec(text);
  if (!whole) return false;
  const dept = ctx.directory.department(ctx.directory.person(id)?.departmentId ?? '');
  if (!dept) return false;
  // The place gone to, named before the group (到组联部与部门全体同志); 办公室李明主任陪同 after it names a companion's own unit.
  const before = text.slice(0, whole.index + whole[0].length);
  return dept.id === ctx.directory.person(ctx.senderId)?.departmentId || [dept.name, ...(dept.aliases ?? [])].some((n) => before.includes(n));
}

/**
 * Whether `words` (赵书记 · 刘芳副理事长) name one person by a leader's title who belongs to none of the departments `text`
 * names: at a 集体谈话 of those departments such a leader was there, not talked to.
 */
function leaderOutsideGroup(words: string, text: string, ctx: ParseContext): boolean {
  if (!LEADER_TITLE.test(words)) return false;
  const ids = namedPeople(words, ctx);
  if (ids?.length !== 1) return false;
  const own = ctx.directory.person(ids[0]!)?.departmentId;
  const named = ctx.directory.org.departments.filter((d) => [d.name, ...(d.aliases ?? [])].some((n) => text.includes(n)));
  return named.length > 0 && !named.some((d) => d.id === own || d.headId === ids[0] || d.supervisorId === ids[0]);
}

/**
 * `text` without the people it names as only coming along to a talk or a signing (round 24b, A: 「昨天跟孙杰谈心谈话，何主任
 * 也一起」 stored at once as two talks, with 孙杰 and with 何平): a clause of a companion and 也一起/一块儿/也在/在场/参加,
 * 是跟X一起谈的, 跟X一起和Y谈, X陪我找Y, 在X陪同下. The sender stays the doer; one who outranks the sender and came
 * 一起 (perhaps holding it) puts the records on a card. Undefined when nothing was taken out. Lists joined by 一起 before
 * the deed (和冯雪、郑华一起谈了心) are those talked to, left as they are.
 */
export function withoutCompanions(text: string, ctx: ParseContext): Apart | undefined {
  if (!/谈|签|聊/.test(text) || CORRECTION.test(text)) return undefined;
  const companions: string[] = [];
  const mayLead: string[] = [];
  const said: string[] = [];
  /** Names read by their sound (周滔 → 周涛), said on the card. */
  const guessed: string[] = [];
  /** 小何 · 老何 read as the one person of that surname: said as a guess, for a tap. */
  const nicknamed: string[] = [];
  /** Who came 一起 (也一起 · 一块儿 · 一同): maybe talked to as well, so the record waits for a tap. */
  const joinedIn: string[] = [];
  const take = (said: string, together: boolean): string[] | undefined => {
    // 找徐辉谈了心，我和刘洋都在场 (round 44, fqd kind 2: a second talk, with 刘洋): the sender beside the others present is
    // the one who held it; the others are companions. Not after a 我们/我俩 turned to (找我们几个…，我和X都在: both talked to).
    // 还有李娟也在 · 另外还有王强在场 (round 52, fwdd; left by fwd/fwb: 李娟 made a second person talked to on a card): 还有
    // opens the bystander's clause as 另外 does; who 也在 at a talk was there, no one talked to.
    const words = said.replace(/^(?:当时|当天|另外|同时|此外)?(?:还有|另外|当时|当天)?(?:就是)?/, '');
    const beside = /^(?:我|本人)(?:和|与|跟|同|、)|(?:和|与|跟|同|、)(?:我|本人)(?=都|也|还|全程|在|一起|一同|$)/.exec(words);
    if (beside && /我们|咱们|我俩|俩/.test(text)) return undefined;
    const who = beside ? words.replace(beside[0], '') : words;
    // 周滔也在 (round 63, gcc): a name off by its sound is the one person it can be, said on the card, never dropped.
    // 康复部吴晶也一起 (round 63, gch; t66a F2: 吴晶 (吴静) dropped without a word, 「康复部」 matched nothing): the unit named
    // before the name is taken off before the name is read by its sound, and the one it sounds like must be of that unit.
    const unit = ctx.directory.org.departments.find((d) => [d.name, ...(d.aliases ?? [])].some((n) => who.startsWith(n) && who.length > n.length));
    const bare = unit ? who.slice([unit.name, ...(unit.aliases ?? [])].find((n) => who.startsWith(n))!.length) : who;
    const heard = namedPeople(who, ctx) === undefined ? soundAlikePerson(bare, text, ctx) : undefined;
    const alike = heard && (!unit || ctx.directory.person(heard)?.departmentId === unit.id) ? heard : undefined;
    if (alike) guessed.push(`「${bare.replace(TITLE_AFTER, '')}」按${nameOf(alike, ctx)}记`);
    const ids = alike ? [alike] : namedPeople(who, ctx);
    if (!ids || ids.includes(ctx.senderId)) return undefined;
    // 今天和周涛谈了谈心 小何也在 (round 65, gec): 小何 fits 何平 only as the one 何 of the directory — a guess, said as one
    // on the card, never stored at once as if the member had written 何平.
    const nick = NICKNAME.exec(bare.replace(TITLE_AFTER, ''));
    // 和何平谈心 小何也在 (round 64 gda's row): the one written by name beside it keeps today's reading, no guess said.
    if (nick && ids.length === 1 && !alike && !text.includes(nameOf(ids[0]!, ctx))) nicknamed.push(`「${nick[0]}」应是${nameOf(ids[0]!, ctx)}（通讯录里姓${nick[1]}的只有这一位），不是的请点「修改」`);
    if (ids.every((id) => ofWholeGroupTalkedTo(id, text, ctx))) return undefined;
    for (const id of ids) {
      if (!companions.includes(id)) companions.push(id);
      if (together && outranks(id, ctx) && !mayLead.includes(id)) mayLead.push(id);
    }
    return ids;
  };
  // …进行了集体廉政谈话。张伟强调，…。党组成员、副理事长刘芳陪同。 (t46b F1: a 工作动态's closing 陪同 sentence, the leader's
  // titles before her name, made her a third person talked to): a sentence of its own naming only who went along, after a
  // talk or signing told before it, goes whole.
  const sentences = text.split(/(?<=[。！!])/);
  const escorts = sentences.filter((sentence, i) => {
    const before = sentences.slice(0, i).join('');
    const escort = ESCORT_SENTENCE.exec(sentence.trim()) ?? (NAMED_SIDE(before, text) ? PRESENT_ONLY.exec(sentence.trim()) : null);
    if (i === 0 || !escort || !/谈|签|聊/.test(before)) return false;
    if (!take(escort[1]!, ESCORT_SENTENCE.test(sentence.trim()))) return false;
    said.push(sentence.trim().replace(/[。！!]$/, ''));
    return true;
  });
  // 和李明廉政谈话 孙丽、王强也参加了 (r47 fse kind 4): a bystanders' clause after a space only is one as after a comma.
  const read = withSpacedBystanderBreak(escorts.length > 0 ? sentences.filter((s) => !escorts.includes(s)).join('') : text);
  // Clause by clause: a clause of the companion alone goes, with the comma before it.
  const clauses = read.split(/(?<=[,，;；])/);
  const kept: string[] = [];
  clauses.forEach((clause, i) => {
    const body = clause.replace(/[,，;；\s]+$/, '');
    // Only right after the talk or signing it goes with: 何平、徐辉参加 after a meeting are those who attended it. The
    // sender's own 我只是在场 between them (吴静「…跟刘洋谈了心 我只是在场 孙丽也一起」, round 65 t68a F4: 孙丽 made a
    // second person talked to) is no clause of its own here: the talk before it is the one the companion went with.
    const last = [...kept].reverse().find((k) => !SENDER_ONLY_THERE.test(k.replace(/[,，;；\s]+$/, ''))) ?? '';
    if (i > 0 && /谈|签|聊/.test(last)) {
      const labelled = PRESENT_LABEL.exec(body);
      if (labelled && TALK_WITH.test(last) && !/集体|全体|们/.test(text) && take(labelled[1]!, false)) {
        said.push(body);
        return;
      }
      // 张伟与李明进行了廉政谈话，刘芳参加 (round 45, fre kind 6): present at a talk with someone named, no one talked to.
      const present = NAMED_SIDE(last, text) ? PRESENT_ONLY.exec(body) : null;
      if (present && take(present[1]!, LEADER_TITLE.test(present[1]!))) {
        said.push(body.replace(/[。！!]$/, ''));
        return;
      }
      const together = TOGETHER.exec(body);
      if (together && take(together[1]!, true)) {
        said.push(body);
        return;
      }
      for (let cut = 1; cut <= Math.min(12, body.length - 1); cut++) {
        const tail = TAIL.exec(body.slice(cut));
        if (!tail) continue;
        // At a 集体谈话 everyone there was talked to: only one who came along 一起 is a companion — or a leader by title who is
        // of none of the departments talked to (办公室 财务科两个部门全体人员集体廉政谈话 赵书记也在: round 61, the merge; t64a
        // F2, 赵敏 offered as a ninth person talked to).
        if (tail[1] === undefined && /集体/.test(text) && !leaderOutsideGroup(body.slice(0, cut), text, ctx)) continue;
        // 和杨帆谈了话 赵书记也在 (round 61, gad; t63b: stored at once): a leader named by a leader's title (赵书记 · 刘芳副理事长)
        // who was there may have held the talk as much as one who came 一起: above the sender, it puts the record on a card.
        const taken = take(body.slice(0, cut), tail[1] !== undefined || LEADER_TITLE.test(body.slice(0, cut)));
        if (taken) {
          // 和李明谈了心，孙丽也一起 (round 63, gcc; gbe's left-alone: stored at once, 孙丽 only on the receipt): 一起 may
          // mean talked to together, so whether 孙丽 was talked to is left to the card.
          if (JOINED_IN.test(body.slice(cut))) joinedIn.push(...taken.filter((id) => !mayLead.includes(id)));
          said.push(body);
          return;
        }
      }
    }
    kept.push(clause);
  });
  let out = kept.length < clauses.length ? kept.join('').replace(/[,，;；\s]+$/, '') : read;
  out = out.replace(WITH_BEFORE, (m, who: string) => (take(who, true) ? (said.push(m), '') : m));
  // 昨天王强陪我…: the words before the companion (a day) stay; the shortest tail of them that names someone is the companion.
  out = out.replace(WITH_ME, (m, words: string) => {
    for (let at = 0; at < words.length; at++) {
      if (!take(words.slice(at), true)) continue;
      said.push(m.slice(at));
      return `${words.slice(0, at)}我`;
    }
    return m;
  });
  out = out.replace(ESCORTED, (m, who: string) => (take(who, true) ? (said.push(m.replace(/[,，]$/, '')), '') : m));
  if (companions.length === 0) return undefined;
  const names = companions.map((id) => nameOf(id, ctx)).join('、');
  const remarks = [`「${said.join('」「')}」：${names}是一同参加的，未记为对象`];
  if (guessed.length > 0) remarks.push(`${guessed.join('，')}（通讯录里没有这个名字，按读音最接近的人）`);
  remarks.push(...nicknamed);
  if (joinedIn.length > 0) remarks.push(`如也和${joinedIn.map((id) => nameOf(id, ctx)).join('、')}谈了，请点「修改」加上；只是在场的，确认即可`);
  if (mayLead.length > 0) remarks.push(`按您主谈记录；如是${mayLead.map((id) => nameOf(id, ctx)).join('、')}主谈，请点「修改」改活动人`);
  return { text: out, remarks, companions, mayLead, denied: [], ...(guessed.length > 0 || joinedIn.length > 0 || nicknamed.length > 0 ? { unsure: true as const } : {}) };
}
