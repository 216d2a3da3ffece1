// 孙科长今天上午把我和王强叫到办公室，提醒我们年底财务报销不能打擦边球，算是一次廉政谈话吧 (round 22 #17: 没看懂, 提醒我们
// read as a request to be reminded): a leader's reminder the member counts as a talk is that leader's talk with the
// sender (and whoever the message names with them), written here in the shape the reader knows, so it goes on a card.

/** …，算是一次廉政谈话吧 · 这个应该算廉政谈话了 · 就当是一次提醒谈话: the member counting what they told as a talk. */
const COUNTED = /[,，;；]?\s*(?:这|这个|这次|也)?(?:应该|也)?(?:算是?|算作|就算|当作|当是|就当是?)(?:一次|一回|是一次)?((?:廉政|提醒|警示|集体|集中)?谈话|约谈|廉政提醒|谈心谈话?)(?:吧|了|啦|呢|哈)?\s*([。.!！]?)\s*$/;

/** 提醒我们 · 提醒了我和王强 · 提醒大家: the reminder given to the sender's group. */
const REMINDED = /提醒(?:了)?(我们|咱们|大家|我)/;

/** 把我和王强叫到办公室 · 把我们部里的人叫到一起: the people called in, who are those talked to. */
const CALLED_IN = /(把[^,，。;；]{1,16}?(?:叫|找|喊|请)(?:到|去|过去|过来)?[^,，。;；]{0,8}?)([,，]\s*)(?=提醒)/;

/** The kind the member counted it as: a talk of no named kind is asked its kind, as any untyped talk is. */
function kindOf(word: string): string {
  if (/谈心/.test(word)) return '谈心谈话';
  return word === '谈话' ? '谈话' : '廉政谈话';
}

/**
 * `text` with a reminder counted as a talk written as that talk (…把我和王强叫到办公室进行了廉政谈话，年底…; …和我们进行了
 * 廉政谈话，节前…); `text` itself when it counts nothing as a talk or names no reminder of the sender's group.
 */
export function reminderAsTalk(text: string): string {
  const counted = COUNTED.exec(text);
  if (!counted || !REMINDED.test(text)) return text;
  const kind = kindOf(counted[1]!);
  const told = text.slice(0, counted.index) + (counted[2] ?? '');
  // The reminder's words go with it: what was said is the talk's content, never a second deed (提醒 alone reads as one).
  if (CALLED_IN.test(told)) return told.replace(CALLED_IN, `$1进行了${kind}$2`).replace(REMINDED, '');
  return told.replace(REMINDED, (_w, who: string) => `和${who === '大家' || who === '咱们' ? '我们' : who}进行了${kind}，`).replace(/，[,，]/, '，');
}
