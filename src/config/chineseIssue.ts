// What a zod issue asks for, in Chinese: operators of a 机关 read the refusal of a config file too, not only developers.
import type { z } from 'zod';

const KINDS: Record<string, string> = {
  boolean: 'true 或 false',
  number: '数字',
  string: '文字',
  array: '列表（- 开头的各行，或 [a, b]）',
  object: '字段（名称: 值）',
};

/**
 * The Chinese of `issue` for the common kinds of mistake (a wrong kind of value, out of range, an unknown field, a
 * value not among the choices), or '' when there is none (a custom message already says what it wants).
 */
export function chineseIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return KINDS[issue.expected] ? `应填 ${KINDS[issue.expected]}` : '';
    case 'too_small':
      if (issue.origin === 'number') return `不能小于 ${String(issue.minimum)}`;
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? '不能为空' : `至少 ${String(issue.minimum)} 个字`;
      if (issue.origin === 'array') return `至少 ${String(issue.minimum)} 项`;
      return '';
    case 'too_big':
      if (issue.origin === 'number') return `不能大于 ${String(issue.maximum)}`;
      if (issue.origin === 'array') return `最多 ${String(issue.maximum)} 项`;
      return '';
    case 'unrecognized_keys':
      return `不认识的字段 ${issue.keys.join('、')}（拼写有误，或放错了位置）`;
    case 'invalid_value':
      return `可选值：${issue.values.map((v) => String(v)).join('、')}`;
    default:
      return '';
  }
}
