// For a plain question the bot cannot answer as asked: what it can answer about the same type, or what a card's word means.
import { activityTypeName } from '../activityTypes.js';
import { LATE_MEANING } from '../completion/late.js';
import { STATUS_MEANING } from '../completion/status.js';
import { typesNamed } from './countAsked.js';

/** A message that asks something (a question mark, a question word or ending), whatever else it holds. */
const ASKS = /[?？]|吗|呢|什么|怎么|怎样|如何|哪|谁|几|多少|是否|能不能|可不可以|可以.{0,6}吗|有没有|区别|意思/;
/** 「补录是什么意思」「逾期怎么算」: the words every card uses, defined once (the cards' legend). */
const TERMS: [RegExp, string][] = [
  [/补录/, LATE_MEANING],
  ...STATUS_MEANING.replace(/。$/, '')
    .split('；')
    .map((d): [RegExp, string] => [new RegExp(d.split('＝')[0]!), `${d}。`]),
];
const MEANING = /什么意思|啥意思|是什么|指什么|怎么算|如何算|怎么定义|什么叫|何为/;

/** 「补录是什么意思」 → the definition the cards' legend gives; undefined when no such term is asked about. */
export function termMeaning(text: string): string | undefined {
  if (!MEANING.test(text)) return undefined;
  const said = TERMS.filter(([word]) => word.test(text)).map(([, d]) => d);
  return said.length > 0 ? said.join('\n') : undefined;
}

/**
 * What the bot can answer about the types a question names (its completion, its count, its requirement, how to
 * report it), in Chinese, or undefined when the text asks nothing or names no type. Never 没看懂 for a question
 * about the duties: the member learns which questions work.
 */
export function whatICanAnswer(text: string): string | undefined {
  const t = text.replace(/\s+/g, '');
  if (!ASKS.test(t)) return undefined;
  const types = typesNamed(t);
  if (types.length === 0) return undefined;
  const name = activityTypeName(types[0]!).split('/')[0]!;
  return [
    `这个问题我还回答不了。关于${name}，我可以回答：`,
    `· 「${name}完成情况」：谁完成了、谁还差`,
    `· 「${name}几次了」：台账中记录的次数和明细`,
    `· 「${name}有什么要求」：职责清单的规定（多久一次、和谁、几次）`,
    `· 「${name}怎么填」：怎样上报`,
    '也可以问「我的任务」，或发送「帮助」查看全部用法。',
  ].join('\n');
}
