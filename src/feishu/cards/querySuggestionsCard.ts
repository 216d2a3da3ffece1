// When part of a question could not be placed: what was understood, what was not, and the nearest questions as buttons.
import { buttonFlow, callbackButton, frame, markdown, note } from './completionParts.js';

export interface SuggestionsInput {
  understood: string;
  /** The words that matched nothing (a department or a name the directory does not have). */
  unplaced: readonly string[];
  /** Each becomes a button that asks it (card action `ask_question`). */
  questions: readonly string[];
}

const MAX_LABEL = 18;

export function askValue(question: string): Record<string, unknown> {
  return { action: 'ask_question', text: question };
}

export function querySuggestionsCard(input: SuggestionsInput): object {
  const words = input.unplaced.map((w) => `「${w}」`).join('、');
  const elements: object[] = [
    markdown(`没能识别${words}，所以还不能回答。\n我理解的是：${input.understood}`),
  ];
  if (input.questions.length > 0) {
    elements.push(markdown('**您是不是想问：**'));
    const label = (q: string) => (q.length > MAX_LABEL ? `${q.slice(0, MAX_LABEL)}…` : q);
    elements.push(buttonFlow(input.questions.map((q) => callbackButton(label(q), askValue(q)))));
  }
  elements.push(note('科室请用通讯录中的名称或简称，人员请用姓名；时间可以说「本季度」「上半年」「今年」「10月」。'));
  return frame('没有完全听懂', '完成情况查询', 'grey', elements);
}
