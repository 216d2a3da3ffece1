// 我被王理事长约谈了 · 被张书记叫去进行了廉政谈话 · 接受了赵敏书记的廉政谈话 · 受到陈志强副理事长的提醒谈话 (round 23, F1: the
// sender stored at once as the doer, the leader as the one talked to): a talk said in the passive is the other's, held
// with the sender, written here in the active shape the reader knows (X与我进行了…谈话), so it goes on a card as X's.

/** Who held it: a name and title, short, before the passive's verb. */
const WHO = '([\\u4e00-\\u9fa5]{2,10}?)';
/** 约谈 / 叫去谈话 / 叫去进行了廉政谈话 / 找去谈心 / 叫到纪委办公室进行了… (round 55, fhe), after 被X. */
const BY = new RegExp(`被${WHO}(?:约谈|(?:叫|找|喊|请)(?:去|到[\\u4e00-\\u9fa5]{0,6}?办公室|过去)?(?:进行了?|开展了?|做了?)?((?:廉政|提醒|警示|任前)?)谈(?:了|过)?(话|心)?)(?:了)?`, 'g');
/** 接受了X的廉政谈话 · 受到X的提醒谈话 · 接受X的约谈. */
const RECEIVED = new RegExp(`(?:接受|受到)了?${WHO}的((?:廉政|提醒|警示|任前|集体)?(?:谈话|约谈)|谈心谈话)`, 'g');

/**
 * 接受张伟书记廉政谈话 (round 29 t29f A26: 和谁 asked, 「和我」 not understood): the same without 的, the holder ending on a
 * title so no other words are taken for a name.
 */
const RECEIVED_BARE = new RegExp(`(?:接受|受到)了?([\\u4e00-\\u9fa5]{1,6}?(?:书记|副?理事长|副?主任|副?部长|副?科长|同志))((?:廉政|提醒|警示|任前|集体)?(?:谈话|约谈)|谈心谈话)`, 'g');
/**
 * 把王强叫到纪委办公室进行了提醒谈话 · 把王芳叫来谈了谈心 · 把我喊到办公室谈了话 (round 55, fhe: 王强 read as the doer, asked 和谁):
 * the one 把…叫到/叫来/喊到/请到 before a talk in the same sentence is the one talked to, written as the 找X到/找X来 the reader
 * knows. Group 1 the one called, 2 where to (到 · 来 · 去 · 过来 · 进). Several called, or 我 among them (把王强和我叫到办公室，
 * 与我们俩分别谈心谈话), are left to the readers that already read them.
 */
const CALLED_IN = /把((?:(?!和|与|及|跟|我)[\u4e00-\u9fa5]){1,8}?)(?:叫|喊|请|招呼)(到|来|去|过来|进)(?=[^。!?;！？；\n]*?谈)/g;
/** 王建国副理事长约谈了我 (t29f A26): the holder's 约谈 with the sender, said actively with 我 as the object. */
const TALKED_TO_ME = /约谈了我(?!们)/g;

/**
 * `text` with each passive talk written actively (被王理事长约谈了 → 王理事长与我进行了约谈); `text` itself when none. The
 * type word said stays (约谈, 提醒谈话, 谈心); a bare 谈话 is asked its type as any untyped talk is.
 */
export function withActiveTalk(text: string): string {
  if (!/被|接受|受到|约谈了我|把/.test(text)) return text;
  const active = text
    .replace(CALLED_IN, (_whole, who: string, to: string) => `找${who}${to === '过来' ? '来' : to}`)
    .replace(BY, (whole, who: string, kind: string | undefined, tail: string | undefined) =>
      whole.includes('约谈') ? `${who}与我进行了约谈` : `${who}与我进行了${tail === '心' ? '谈心谈话' : `${kind ?? ''}谈话`}`,
    )
    .replace(RECEIVED, (_whole, who: string, kind: string) => `${who}与我进行了${kind}`)
    .replace(RECEIVED_BARE, (_whole, who: string, kind: string) => `${who}与我进行了${kind}`)
    .replace(TALKED_TO_ME, '与我进行了约谈');
  if (!/被|接受|受到|约谈了我/.test(text)) return active;
  // 我昨天被…: the sender who opened the clause is now the one talked to, said after 与.
  return active === text ? text : active.replace(/(^|[，,。；;！!？?\s])我(?=[^，,。；;]{0,8}?[\u4e00-\u9fa5]{2,10}?与我进行了)/g, '$1');
}
