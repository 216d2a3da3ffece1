// Our message shape to Feishu's msg_type + content, where content is a JSON *string*, not an object.
import type { OutgoingMessage } from './feishuTypes.js';

export interface WireMessage {
  msg_type: 'text' | 'interactive' | 'file';
  content: string;
}

export function toWireMessage(msg: OutgoingMessage): WireMessage {
  switch (msg.kind) {
    case 'text':
      return { msg_type: 'text', content: JSON.stringify({ text: msg.text }) };
    case 'card':
      return { msg_type: 'interactive', content: JSON.stringify(msg.card) };
    case 'file':
      return { msg_type: 'file', content: JSON.stringify({ file_key: msg.fileKey }) };
  }
}
