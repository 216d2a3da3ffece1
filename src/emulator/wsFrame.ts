// The long-connection wire format: protobuf pbbp2.Frame, as node-sdk's WSClient encodes and decodes it.
import protobuf from 'protobufjs';

/**
 * One frame on the long connection. Field numbers follow pbbp2.proto of larksuite/node-sdk (ws-client/proto-buf):
 * 1 SeqID uint64, 2 LogID uint64, 3 service int32, 4 method int32 (0 control, 1 data), 5 headers {1 key, 2 value},
 * 6 payload_encoding, 7 payload_type, 8 payload bytes, 9 LogIDNew. 1–4 are `required`: the SDK's decoder throws without them.
 */
export interface WsFrame {
  SeqID: number;
  LogID: number;
  service: number;
  method: number;
  headers: { key: string; value: string }[];
  payloadEncoding?: string;
  payloadType?: string;
  payload?: Uint8Array;
  LogIDNew?: string;
}

export const FRAME_CONTROL = 0;
export const FRAME_DATA = 1;

// The SDK sets protobufjs's shared util.Long to undefined when it loads (its lib/index.js); do the same first, so
// uint64 fields are plain numbers whichever module loads first.
protobuf.util.Long = undefined as unknown as typeof protobuf.util.Long;
protobuf.configure();

const Header = new protobuf.Type('Header')
  .add(new protobuf.Field('key', 1, 'string', 'required'))
  .add(new protobuf.Field('value', 2, 'string', 'required'));

const Frame = new protobuf.Type('Frame')
  .add(new protobuf.Field('SeqID', 1, 'uint64', 'required'))
  .add(new protobuf.Field('LogID', 2, 'uint64', 'required'))
  .add(new protobuf.Field('service', 3, 'int32', 'required'))
  .add(new protobuf.Field('method', 4, 'int32', 'required'))
  .add(new protobuf.Field('headers', 5, 'Header', 'repeated'))
  .add(new protobuf.Field('payloadEncoding', 6, 'string'))
  .add(new protobuf.Field('payloadType', 7, 'string'))
  .add(new protobuf.Field('payload', 8, 'bytes'))
  .add(new protobuf.Field('LogIDNew', 9, 'string'));
new protobuf.Root().define('pbbp2').add(Header).add(Frame);

export function encodeFrame(frame: WsFrame): Uint8Array {
  return Frame.encode(Frame.fromObject(frame)).finish();
}

/** Throws (protobufjs ProtocolError) on bytes that are not a Frame or lack a required field. */
export function decodeFrame(bytes: Uint8Array): WsFrame {
  // Read the fields directly: protobufjs's toObject needs the optional `long` package for uint64 conversions.
  const m = Frame.decode(bytes) as unknown as WsFrame & { SeqID: number | { toString(): string }; LogID: number | { toString(): string } };
  return {
    SeqID: Number(m.SeqID.toString()),
    LogID: Number(m.LogID.toString()),
    service: m.service,
    method: m.method,
    headers: (m.headers ?? []).map((h) => ({ key: h.key, value: h.value })),
    payloadEncoding: m.payloadEncoding || undefined,
    payloadType: m.payloadType || undefined,
    payload: m.payload,
    LogIDNew: m.LogIDNew || undefined,
  };
}

/** The value of header `key`, or undefined. */
export function frameHeader(frame: WsFrame, key: string): string | undefined {
  return frame.headers?.find((h) => h.key === key)?.value;
}
