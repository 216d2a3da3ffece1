// A waiting card's button label typed back instead of tapped (round 66, gfi; t69a F4): 张伟 typed 「是不是王建国？」, the label
// of the who-is-it question's button, and got 王建国's completion card (a query) while the question stayed open. What the
// card's answer buttons said is remembered when the card is sent, so a label typed back — or nearly (没有问号，是王建国，对 是王建国，
// 是他) — answers as the tap would, for every waiting question with buttons (who is it, which day, which kind, the
// duplicate question, the 修改 form's 不修改，直接确认), and never falls through to a query or a new report. The buttons are
// kept with their dialog in the store (createButtonMemory), so a restart between the card and the typed label changes nothing.

/** One answer button: what it shows and what a tap answers. */
export interface AnswerButton {
  label: string;
  text: string;
}

/** The answer buttons (`value.action === 'answer'`) of a card's JSON, in order. */
export function answerButtons(card: unknown): AnswerButton[] {
  const out: AnswerButton[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (o.tag === 'button') {
      const label = (o.text as { content?: unknown } | undefined)?.content;
      const behaviors = Array.isArray(o.behaviors) ? (o.behaviors as { value?: { action?: unknown; text?: unknown } }[]) : [];
      const value = behaviors.map((b) => b.value).find((v) => v?.action === 'answer' && typeof v.text === 'string');
      if (typeof label === 'string' && value) out.push({ label, text: value.text as string });
      return;
    }
    Object.values(o).forEach(walk);
  };
  walk(card);
  return out;
}

/** A label or typed reply without its white space, quotes and closing marks (是不是王建国？ · 「是不是王建国」 · 是不是王建国?). */
const BARE_MARKS = /[\s「」『』“”"'‘’]|[？?。.!！~～]+$/g;
const bare = (s: string): string => s.replace(BARE_MARKS, '').replace(/[？?。.!！~～]+$/, '');

/** 「是不是X？」: the who-is-it button offering one name (askFollowUp). Group 1 the name. */
const IS_IT = /^是不是(.+)$/;
/**
 * A yes to 「是不是X？」 said with the name (是王建国 · 对 是王建国 · 对的，就是王建国吧 · 是王建国同志): group 1 the name said.
 * 是他 · 是她 · 就是他 · 对，是他 (no name) are the yes to the one name offered.
 */
const YES_NAMED = /^(?:对|对的|是的|嗯|没错|对啊|嗯嗯)?[,，、]?(?:就是|应该是|是)(.+?)(?:同志|吧|啊|呀|的)?$/;
const YES_HIM = /^(?:对|对的|是的|嗯|没错)?[,，、]?(?:就)?是(?:他|她|这个人|这位)(?:吧|啊|呀|的)?$/;

/**
 * What a tap would answer for `typed` on a card whose answer buttons are `buttons`, or undefined when `typed` is no
 * label of them. Only where the typed words differ from what the tap answers: a typed 取消 · 确认 · 王建国 is already
 * the answer and goes the way it always went.
 */
export function typedButtonAnswer(typed: string, buttons: readonly AnswerButton[]): string | undefined {
  const said = bare(typed);
  if (said === '' || buttons.some((b) => bare(b.text) === said)) return undefined;
  const exact = buttons.find((b) => bare(b.label) === said);
  if (exact) return exact.text;
  // 是不是王建国？ offered: 是王建国 · 对 是王建国 · 是他 (one such button only for 是他) answer it.
  const offered = buttons.flatMap((b) => {
    const m = IS_IT.exec(bare(b.label));
    return m && m[1] === b.text ? [b.text] : [];
  });
  if (offered.length === 0) return undefined;
  if (offered.length === 1 && YES_HIM.test(said)) return offered[0];
  const named = YES_NAMED.exec(said)?.[1];
  return named !== undefined && offered.includes(named) ? named : undefined;
}
