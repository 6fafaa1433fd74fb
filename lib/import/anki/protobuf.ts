/**
 * Just enough protobuf to read Anki's small config messages (template formats, note type kind, the
 * media map): fields by number, varints and length-delimited bytes. Unknown wire types stop reading.
 */

export type ProtoValue = { wire: 0; value: number } | { wire: 2; value: Uint8Array } | { wire: 1 | 5; value: Uint8Array };

/** The fields of a message, in order; a field repeated appears several times. Never throws. */
export function readProto(bytes: Uint8Array): { field: number; value: ProtoValue }[] {
  const out: { field: number; value: ProtoValue }[] = [];
  let at = 0;
  const varint = (): number | undefined => {
    let result = 0;
    let factor = 1;
    for (let i = 0; i < 10; i++) {
      const byte = bytes[at++];
      if (byte === undefined) return undefined;
      result += (byte & 0x7f) * factor;
      if ((byte & 0x80) === 0) return result;
      factor *= 128;
    }
    return undefined;
  };
  while (at < bytes.length) {
    const key = varint();
    if (key === undefined) break;
    const field = Math.floor(key / 8);
    const wire = key % 8;
    if (wire === 0) {
      const value = varint();
      if (value === undefined) break;
      out.push({ field, value: { wire: 0, value } });
    } else if (wire === 2) {
      const length = varint();
      if (length === undefined || at + length > bytes.length) break;
      out.push({ field, value: { wire: 2, value: bytes.subarray(at, at + length) } });
      at += length;
    } else if (wire === 1 || wire === 5) {
      const size = wire === 1 ? 8 : 4;
      if (at + size > bytes.length) break;
      out.push({ field, value: { wire, value: bytes.subarray(at, at + size) } });
      at += size;
    } else {
      break;
    }
  }
  return out;
}

const decoder = new TextDecoder();

/** The first string of field `n`, or undefined. */
export function protoString(fields: ReturnType<typeof readProto>, n: number): string | undefined {
  const found = fields.find((f) => f.field === n && f.value.wire === 2);
  return found ? decoder.decode(found.value.value as Uint8Array) : undefined;
}

/** The first varint of field `n`, or undefined. */
export function protoNumber(fields: ReturnType<typeof readProto>, n: number): number | undefined {
  const found = fields.find((f) => f.field === n && f.value.wire === 0);
  return found ? (found.value.value as number) : undefined;
}

/** Encodes a message of varint and string fields (tests build newer-schema fixtures with it). */
export function writeProto(fields: readonly { field: number; value: number | string | Uint8Array }[]): Uint8Array {
  const out: number[] = [];
  const varint = (n: number) => {
    let v = n;
    while (v >= 0x80) {
      out.push((v % 128) | 0x80);
      v = Math.floor(v / 128);
    }
    out.push(v);
  };
  for (const { field, value } of fields) {
    if (typeof value === 'number') {
      varint(field * 8);
      varint(value);
    } else {
      const bytes = typeof value === 'string' ? new TextEncoder().encode(value) : value;
      varint(field * 8 + 2);
      varint(bytes.length);
      out.push(...bytes);
    }
  }
  return Uint8Array.from(out);
}
