// Small builders for card JSON 2.0 pieces used across cards.

export type ButtonType = 'default' | 'primary' | 'danger' | 'primary_filled' | 'danger_filled' | 'text';

export function button(text: string, value: Record<string, unknown>, type: ButtonType = 'default'): object {
  return { tag: 'button', text: { tag: 'plain_text', content: text }, type, size: 'small', behaviors: [{ type: 'callback', value }] };
}

/** Buttons side by side. */
export function buttonRow(buttons: object[]): object {
  return {
    tag: 'column_set',
    horizontal_spacing: '8px',
    columns: buttons.map((b) => ({ tag: 'column', width: 'auto', elements: [b] })),
  };
}

export function markdown(content: string): object {
  return { tag: 'markdown', content };
}

export function card(title: string, template: string, elements: object[], subtitle?: string): object {
  return {
    schema: '2.0',
    header: {
      title: { tag: 'plain_text', content: title },
      ...(subtitle ? { subtitle: { tag: 'plain_text', content: subtitle } } : {}),
      template,
    },
    body: { elements },
  };
}
