// 「…，周四又和我进行了谈心谈话，另外陈志强副理事长周三到我们部检查了廉政风险防控台账」 from 赵磊 (round 52, fwb; t54b F4: the
// check given to the sender, its type asked as his): 另外 · 此外 · 还有 · 除此之外 opening a clause whose subject is a person
// (陈志强副理事长 · 黄书记 · 林晓) only join that clause to the one before; the person is the clause's subject and the
// deed theirs, as the same clause after a bare comma reads. Written away before any reader, so every reader sees the
// subject opening its clause. A clause with no person of its own after 另外 (另外周三检查了…) keeps the doer before it.
import type { Directory } from '../organization.js';
import { oncePer } from './oncePer.js';
import { ADDRESS_TITLES } from './parseDirectoryIndex.js';

/**
 * The joining word at a clause's start (group 1 what goes, the day after it kept) before a person: a directory name (its
 * title or 同志 after it or not) or a surname of the directory with a title (黄书记 · 冯部长), then — within the clause — a
 * deed of their own: a visit (到 · 来 · 去 · 赴 · 深入), a check, leading, chairing, lecturing, organising or a talk.
 * Not before 也/都/还/没/未/请假 (还有李娟也参加了 · 另外王强请假了: who was there or not, no deed of theirs), nor when the
 * clause is a leader's 调研 / 检查工作 / 视察 visit (另外陈志强副理事长20日来部里调研: no duty of the sender's, read as today).
 * Nor before a talk 和我/与我 (此外赵敏书记11月24日和我进行了廉政谈话: the talk readers already give the sender).
 * A spoken filler (哦 · 对了 · 不好意思) before the joining word, or alone before the day and person, goes with it.
 */
/**
 * The joining words a clause may open with (t58b F6: 另外今天上午赵书记和李明主任进行了谈心谈话 from a clerk was read with 另外 as
 * part of the subject, the talk put on the clerk): 另外 · 此外 · 还有(就是) · 再有 · 再就是 · 同时 · 然后 · 并且 · 补充(一下) ·
 * 另 (not 另一/另行/另有) · 除此之外/以外. None is a person; read the clause as if it were absent.
 */
const CONNECTIVE = '另外|此外|还有就是|还有|再有|再就是|同时|然后|并且|补充一下|补充|除此之外|除此以外|另(?![外一行有])';
/** A spoken filler before them (哦 另外 今天上午… · 不好意思，…), no part of the subject either. */
const FILLER = '哦|噢|啊|嗯|呃|额|对了|不好意思';
/** A part of the day after the day (今天上午 · 周四下午) or alone (上午赵书记…). */
const PART_OF_DAY = '(?:上午|下午|中午|晚上|早上|傍晚)';

const besidesSubject = oncePer((directory: Directory): RegExp => {
  const names = directory.org.people.map((p) => p.name).sort((a, b) => b.length - a.length).join('|');
  const surnames = [...new Set(directory.org.people.map((p) => p.name[0]!))].join('');
  const titles = `(?:副|常务)?(?:${ADDRESS_TITLES.join('|')})`;
  const day = `(?:(?:(?:上|这|本)?(?:周|星期|礼拜)[一二三四五六日天]|大?前天|昨天|今天|\\d{1,2}月\\d{1,2}[日号]|\\d{1,2}[日号])[\\s]*${PART_OF_DAY}?|${PART_OF_DAY})?`;
  const person = `(?:(?:${names})(?:同志)?(?:${titles})?(?:同志)?|[${surnames}]${titles})`;
  return new RegExp(
    `(?<=(?:^|[,;。!?:，；！？：\\n])[\\s]*)((?:${FILLER})[\\s,，]*(?:${CONNECTIVE})?|${CONNECTIVE})[\\s,，:：]*(?=${day}[\\s]*${person}(?![也都还没未]|请假)(?![^,;。!?，；！？\\n]*?(?:调研|[检视]察|(?:检查|指导|督导)工作|[和与跟同]我))[^,;。!?，；！？\\n]{0,16}?` +
      `(?:到|来|去|赴|深入|带队|带领|检查|查|督查|抽查|主持|召开|讲|主讲|讲授|组织|开展|进行|和|与|跟|同|找|约))`,
    'g',
  );
});

/**
 * 另外 · 此外 (a day after it or not) before 还/又/也/再 and a deed of no one named (…，另外周三还检查了廉政风险防控台账): the clause
 * goes on with the doer before it, as 「，周三还检查了…」 reads (it was the sender's): only before a duty's deed (a check, a
 * study, a meeting, a visit…). Not before a talk (另外还和李娟谈了话: a talk in words of its own, asked its kind, as round 30
 * reads it) nor other work (此外还做了年终决算: set apart as not recorded, separateWork).
 */
const besidesGoingOn = new RegExp(
  `(?<=(?:^|[,;。!?:，；！？：\\n])[\\s]*)(?:另外|此外)[\\s,，]*(?=(?:(?:上|这|本)?(?:周|星期|礼拜)[一二三四五六日天]|大?前天|昨天|今天|\\d{1,2}月\\d{1,2}[日号]|\\d{1,2}[日号])?[\\s]*(?:还|又|也|再)(?:检查|查|督查|抽查|组织|开展|召开|主持|讲|学习|观看|签|报送|深入|到|去|来|赴|对))`,
  'g',
);

/** `text` with 另外/此外/还有 before a clause's own person subject, or 另外/此外 before 还/又 and a deed of no one, written away; `text` itself when there is none. */
export function withBesidesBeforeSubject(text: string, directory: Directory): string {
  if (!/另|此外|还有|再有|再就是|同时|然后|并且|补充|除此|哦|噢|啊|嗯|呃|额|对了|不好意思/.test(text)) return text;
  return text.replace(besidesSubject(directory), '').replace(besidesGoingOn, '');
}
