// The 填报 form: kind, day, counterparts, departments, title, head count, note; submitted as one card callback.
import { ACTIVITY_TYPES, type ActivityTypeCode } from '../../domain/activityTypes.js';
import { card, markdown } from './cardParts.js';

export interface FormPrefill {
  type?: ActivityTypeCode;
  date?: string;
  counterpartOpenIds?: string[];
  /** Where a check went or whose 科室 a meeting was (ids of `FormOptions.departments`). */
  departmentIds?: string[];
  title?: string;
  attendees?: number;
  note?: string;
}

export interface FormOptions {
  prefill?: FormPrefill;
  /** Editing an existing record rather than creating one. */
  activityId?: string;
  /** The duty a prompt asked about, echoed back on submit. */
  dutyId?: string;
  /** Shown above the form, e.g. what is missing. */
  intro?: string;
  /** The latest day the picker should offer by default. */
  today: string;
  /** The organisation's departments, offered for 检查地点/科室 (id, name). */
  departments: { id: string; name: string }[];
  /** The open ids the 谈话对象 picker offers (formPeople); without them Feishu offers the chat's members only. */
  people?: string[];
}

const text = (content: string) => ({ tag: 'plain_text', content });

export function reportFormCard(opts: FormOptions): object {
  const p = opts.prefill ?? {};
  const input = (name: string, label: string, value?: string, inputType = 'text') => ({
    tag: 'input',
    name,
    input_type: inputType,
    width: 'fill',
    label: text(label),
    placeholder: text(label),
    ...(value ? { default_value: value } : {}),
  });
  const form = {
    tag: 'form',
    name: 'report',
    elements: [
      {
        tag: 'select_static',
        name: 'type',
        required: true,
        placeholder: text('活动类型'),
        ...(p.type ? { initial_option: p.type } : {}),
        options: ACTIVITY_TYPES.map((t) => ({ text: text(t.name), value: t.code })),
      },
      { tag: 'date_picker', name: 'date', required: true, placeholder: text('活动日期'), initial_date: p.date ?? opts.today },
      {
        tag: 'multi_select_person',
        name: 'counterparts',
        placeholder: text('谈话对象（谈话类必填）'),
        ...(p.counterpartOpenIds?.length ? { selected_values: p.counterpartOpenIds } : {}),
        ...(opts.people?.length ? { options: opts.people.map((value) => ({ value })) } : {}),
      },
      ...(opts.departments.length > 0
        ? [
            {
              tag: 'multi_select_static',
              name: 'departments',
              placeholder: text('检查的科室 / 会议所在科室（检查、科室会议填写）'),
              ...(p.departmentIds?.length ? { selected_values: p.departmentIds } : {}),
              options: opts.departments.map((d) => ({ text: text(d.name), value: d.id })),
            },
          ]
        : []),
      input('title', '题目（如《贪毁人生》）', p.title),
      input('attendees', '参加人数', p.attendees !== undefined ? String(p.attendees) : undefined, 'number'),
      input('note', '备注（不超过60字）', p.note),
      {
        tag: 'button',
        name: 'submit',
        text: text(opts.activityId ? '保存修改' : '提交'),
        type: 'primary_filled',
        form_action_type: 'submit',
        behaviors: [
          {
            type: 'callback',
            value: { action: 'report_form', ...(opts.activityId ? { id: opts.activityId } : {}), ...(opts.dutyId ? { dutyId: opts.dutyId } : {}) },
          },
        ],
      },
    ],
  };
  const elements: object[] = [];
  if (opts.intro) elements.push(markdown(opts.intro));
  elements.push(form);
  return card(opts.activityId ? '修改记录' : '填报活动', 'blue', elements);
}
