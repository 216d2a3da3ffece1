// 召开部务会，传达了刘芳副理事长的讲话要求，并学习了廉洁自律准则 (round 36, from the head himself: asked whose the study was,
// 刘芳 or him): someone whose words a sitting passed on (传达/传达学习/学习/贯彻 X的讲话 · 要求 · 指示 · 精神) is what was
// passed on, no doer and no one left out of the records.

/** Just before the name: a verb that passes on or studies what someone said. */
const RELAYING = /(?:传达|传达学习|学习|学习贯彻|贯彻|贯彻落实|落实)了?[\s\u0000]*$/;
/** Just after the name: their title, then 的 and what they said (where or what about may stand between: 在…会议上的讲话 · 关于…的要求). */
const SAID_WORDS = /^(?:同志)?(?:副?(?:书记|理事长|主任|科长|部长|局长|主席))?(?:同志)?[\s\u0000]*(?:在[^,;。!?\n]{1,16}?上|关于[^,;。!?\n]{1,16}?)?的?[^,;。!?\n]{0,6}?(?:讲话|要求|指示|批示|部署|精神)/;

/**
 * Whether the person named at [start, end) of `text` stands as the one whose words were passed on: 传达了刘芳副理事长的讲话要求
 * · 学习了张书记在全市党风廉政建设会议上的讲话 · 贯彻落实王建国副理事长的指示精神.
 */
export function relaysWordsOf(text: string, start: number, end: number): boolean {
  return RELAYING.test(text.slice(0, start)) && SAID_WORDS.test(text.slice(end));
}
