/**
 * Reads a media file's duration from its header, without a decoder: the `mvhd` box of an MP4, the
 * Segment Info `Duration` of a WebM (Matroska), or the sum of the segments of a complete HLS media
 * playlist (`#EXTINF`, ended by `#EXT-X-ENDLIST`). Used by the content checker to verify that
 * chapters cover the whole media. Returns undefined when the bytes are not such a file.
 */
export function mediaDuration(bytes: Uint8Array, type: string): number | undefined {
  if (type.endsWith('/mp4')) return mp4Duration(bytes);
  if (type.endsWith('/webm')) return webmDuration(bytes);
  if (/mpegurl$/i.test(type)) return hlsDuration(new TextDecoder().decode(bytes));
  return undefined;
}

/** A VOD media playlist's length; undefined for a live one (no end) or a master playlist (variants only). */
function hlsDuration(text: string): number | undefined {
  if (!text.startsWith('#EXTM3U') || !/^#EXT-X-ENDLIST\s*$/m.test(text)) return undefined;
  const segments = [...text.matchAll(/^#EXTINF:\s*([\d.]+)/gm)].map((match) => Number(match[1]));
  if (segments.length === 0 || segments.some((seconds) => !Number.isFinite(seconds))) return undefined;
  return segments.reduce((sum, seconds) => sum + seconds, 0);
}

function mp4Duration(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const typeAt = (offset: number) => String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
  const search = (start: number, end: number): number | undefined => {
    let offset = start;
    while (offset + 8 <= end) {
      let size = view.getUint32(offset);
      let header = 8;
      if (size === 1) {
        if (offset + 16 > end) return undefined;
        size = Number(view.getBigUint64(offset + 8));
        header = 16;
      } else if (size === 0) {
        size = end - offset;
      }
      if (size < header || offset + size > end) return undefined;
      const type = typeAt(offset);
      if (type === 'moov') return search(offset + header, offset + size);
      if (type === 'mvhd') {
        const body = offset + header;
        const version = bytes[body];
        if (version === 1 && body + 32 <= end) {
          const timescale = view.getUint32(body + 20);
          const duration = Number(view.getBigUint64(body + 24));
          return timescale > 0 ? duration / timescale : undefined;
        }
        if (body + 20 > end) return undefined;
        const timescale = view.getUint32(body + 12);
        return timescale > 0 ? view.getUint32(body + 16) / timescale : undefined;
      }
      offset += size;
    }
    return undefined;
  };
  return search(0, bytes.length);
}

const EBML_HEADER = 0x1a45dfa3;
const SEGMENT = 0x18538067;
const INFO = 0x1549a966;
const TIMECODE_SCALE = 0x2ad7b1;
const DURATION = 0x4489;

/** An EBML variable-length integer at `offset`: its value and length; ids keep their marker bits. */
function readVint(bytes: Uint8Array, offset: number, keepMarker: boolean): { value: number; length: number } | undefined {
  const first = bytes[offset];
  if (first === undefined || first === 0) return undefined;
  const length = Math.clz32(first) - 23;
  if (length > 8 || offset + length > bytes.length) return undefined;
  let value = keepMarker ? first : first & (0xff >> length);
  let allOnes = value === 0xff >> length;
  for (let i = 1; i < length; i++) {
    value = value * 256 + bytes[offset + i]!;
    if (bytes[offset + i] !== 0xff) allOnes = false;
  }
  // An all-ones size means "unknown size" (live streams): treat it as "to the end".
  return { value: !keepMarker && allOnes ? Number.POSITIVE_INFINITY : value, length };
}

function webmDuration(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const element = (offset: number) => {
    const id = readVint(bytes, offset, true);
    if (!id) return undefined;
    const size = readVint(bytes, offset + id.length, false);
    if (!size) return undefined;
    const body = offset + id.length + size.length;
    return { id: id.value, body, end: Math.min(bytes.length, body + size.value) };
  };
  const header = element(0);
  if (!header || header.id !== EBML_HEADER) return undefined;
  const segment = element(header.end);
  if (!segment || segment.id !== SEGMENT) return undefined;
  for (let offset = segment.body; offset < segment.end; ) {
    const child = element(offset);
    if (!child) return undefined;
    if (child.id === INFO) {
      let scale = 1_000_000;
      let duration: number | undefined;
      for (let inner = child.body; inner < child.end; ) {
        const field = element(inner);
        if (!field) break;
        const length = field.end - field.body;
        if (field.id === TIMECODE_SCALE) {
          scale = 0;
          for (let i = field.body; i < field.end; i++) scale = scale * 256 + bytes[i]!;
        } else if (field.id === DURATION) {
          duration = length === 4 ? view.getFloat32(field.body) : length === 8 ? view.getFloat64(field.body) : undefined;
        }
        inner = field.end;
      }
      return duration === undefined ? undefined : (duration * scale) / 1e9;
    }
    if (!Number.isFinite(child.end)) return undefined;
    offset = child.end;
  }
  return undefined;
}
