// The 修改 form of a waiting 确认 card: every record the card lists, each with every field the card shows, prefilled.
import { ACTIVITY_TYPES, type ActivityTypeCode } from '../../domain/activityTypes.js';
import { button, buttonRow, card, markdown } from './cardParts.js';
import { WAITING_FORM } from './stampCardId.js';

/** One record of the waiting card as the form shows it (open ids, since Feishu's person pickers answer them). */
export interface WaitingEditRecord {
  /** The record's line on the card (describePending), shown above its fields. */
  shown: string;
  type?: ActivityTypeCode;
  /** YYYY-MM-DD. */
  date?: string;
  /** Who did it; the member's own open id when the record is theirs. */
  doerOpenId?: string;
  counterpartOpenIds: string[];
  title?: string;
  attendees?: number;
  /** Where a check went or whose 科室 a meeting was (department ids, the first the record's own); undefined for a talk or a signing, which gets no such field. */
  departmentIds?: string[];
}

/** The value of 「保留」 / 「不要这一条」 in each record's `keep_N` choice. */
export const KEEP = 'keep';
export const DROP = 'drop';

/** The form's field names for record `n` (1-based, as the card numbers them): unique across the card, as Feishu requires. */
export const formField = (field: 'type' | 'date' | 'doer' | 'people' | 'departments' | 'title' | 'count' | 'keep', n: number): string => `${field}_${n}`;

const text = (content: string) => ({ tag: 'plain_text', content });

/**
 * The form card. `departments`: the organisation's (id, name), offered for a record's 检查的科室 / 会议所在科室 (none: no
 * such field). `people`: the open ids the doer and counterpart pickers offer (Feishu's select_person offers only the
 * chat's members when given no options, which in a private chat is the member alone); each record's own people are
 * added to it. `cardId`: the waiting card the form changes (its submit carries it, so a form of a card since confirmed
 * or replaced changes nothing, and the number of records it holds: `more` records of the card after them are left out
 * of a form that would pass Feishu's 30 KB, said, and kept as they are on save). Buttons outside the form confirm or
 * cancel the card as it is, so the form never hides the card's own 确认 / 取消.
 */
export function waitingEditCard(opts: { records: WaitingEditRecord[]; people: string[]; departments?: { id: string; name: string }[]; cardId?: string; more?: number }): object {
  const departments = opts.departments ?? [];
  const more = opts.more ?? 0;
  const many = opts.records.length + more > 1;
  const fields = opts.records.flatMap((r, i) => {
    const n = i + 1;
    const offered = [...new Set([...(r.doerOpenId ? [r.doerOpenId] : []), ...r.counterpartOpenIds, ...opts.people])];
    const options = offered.map((value) => ({ value }));
    return [
      markdown(`**${many ? `第${n}条` : '这一条'}**　<font color='grey'>${r.shown}</font>`),
      {
        tag: 'select_static',
        name: formField('type', n),
        width: 'fill',
        placeholder: text('活动类型'),
        ...(r.type ? { initial_option: r.type } : {}),
        options: ACTIVITY_TYPES.map((t) => ({ text: text(t.name), value: t.code })),
      },
      { tag: 'date_picker', name: formField('date', n), width: 'fill', placeholder: text('活动日期'), ...(r.date ? { initial_date: r.date } : {}) },
      {
        tag: 'select_person',
        name: formField('doer', n),
        width: 'fill',
        placeholder: text('活动人（谁开展的）'),
        ...(r.doerOpenId ? { initial_option: r.doerOpenId } : {}),
        options,
      },
      {
        tag: 'multi_select_person',
        name: formField('people', n),
        width: 'fill',
        placeholder: text('谈话或签订对象（谈话类必填）'),
        ...(r.counterpartOpenIds.length > 0 ? { selected_values: r.counterpartOpenIds } : {}),
        options,
      },
      // Only a record that can be at departments (not a talk nor a signing: waitingEditForm gives those none).
      ...(departments.length > 0 && r.departmentIds !== undefined
        ? [
            {
              tag: 'multi_select_static',
              name: formField('departments', n),
              width: 'fill',
              placeholder: text('检查的科室 / 会议所在科室（谈话类不填）'),
              ...(r.departmentIds?.length ? { selected_values: r.departmentIds } : {}),
              options: departments.map((d) => ({ text: text(d.name), value: d.id })),
            },
          ]
        : []),
      {
        tag: 'input',
        name: formField('title', n),
        width: 'fill',
        placeholder: text('题目（如《贪毁人生》，没有可不填）'),
        ...(r.title ? { default_value: r.title } : {}),
      },
      {
        tag: 'input',
        name: formField('count', n),
        input_type: 'number',
        width: 'fill',
        placeholder: text('参加人数（没有可不填）'),
        ...(r.attendees !== undefined ? { default_value: String(r.attendees) } : {}),
      },
      {
        tag: 'select_static',
        name: formField('keep', n),
        width: 'fill',
        placeholder: text('保留这一条'),
        initial_option: KEEP,
        options: [
          { text: text('保留这一条'), value: KEEP },
          { text: text('不要这一条'), value: DROP },
        ],
      },
    ];
  });
  const answer = (said: string) => ({ action: 'answer', text: said, ...(opts.cardId ? { card: opts.cardId } : {}) });
  const form = {
    tag: 'form',
    name: 'waiting_edit',
    elements: [
      ...fields,
      {
        tag: 'button',
        name: 'submit',
        text: text('保存修改'),
        type: 'primary_filled',
        form_action_type: 'submit',
        behaviors: [{ type: 'callback', value: { action: WAITING_FORM, ...(opts.cardId ? { card: opts.cardId } : {}), records: opts.records.length } }],
      },
    ],
  };
  const rest = opts.records.length + 1;
  const beyond = more > 0 ? `卡片上的记录太多，表单只放得下前 ${opts.records.length} 条；第${rest}条起保存后不变，要改或不要请直接回复，如「第${rest}条活动人是赵敏」「第${rest}条不要」。` : '';
  return card('修改待确认的记录', 'blue', [
    markdown(
      `改好后点「保存修改」：卡片按改后的内容重新给您确认，确认前不记录。${many ? '不要某一条，请在该条选「不要这一条」。' : ''}也可以直接回复要改的地方，如「${many ? '第2条' : ''}活动人是赵敏」。${beyond}`,
    ),
    form,
    buttonRow([button('不修改，直接确认', answer('确认'), 'primary'), button('取消', answer('取消'), 'danger')]),
  ]);
}
