// Bytes -> text. Contracts must be UTF-8: a Latin-1 or UTF-16 file would otherwise parse into
// silently wrong strings (mojibake in enum values, titles, patterns).

import type { Finding } from '../core/finding.js';
import { defineRules, finding } from '../core/rule.js';

export const textRules = defineRules({
  fileEncoding: {
    id: 'file-encoding',
    raisedBy: () => decodeText,
    test: 'test/contracts/hazards-file.test.ts',
    severity: 'error',
    summary: 'The file is not valid UTF-8.',
    doc:
      'Contract files are read as UTF-8, as YAML 1.2 and JSON require. A byte sequence that is not ' +
      'valid UTF-8 (a file saved as Latin-1/Windows-1252 or UTF-16, or a truncated multi-byte ' +
      'character) would turn into replacement characters, so enum values, titles and patterns ' +
      'would silently differ from what the author wrote. The file is not checked further.',
    fix: 'Re-save the file as UTF-8 (without a byte order mark) and replace the character at the reported position.',
  },
  fileBom: {
    id: 'file-bom',
    raisedBy: () => decodeText,
    test: 'test/contracts/hazards-file.test.ts',
    severity: 'warning',
    summary: 'The file starts with a UTF-8 byte order mark.',
    doc:
      'A UTF-8 byte order mark (EF BB BF) is invisible in most editors but is not part of the ' +
      'content. Some tools treat it as the first character of the first key, so `title` becomes ' +
      '`\\uFEFFtitle` and the key is lost. The file is still parsed (the mark is skipped).',
    fix: 'Re-save the file as UTF-8 without BOM (in VS Code: "Save with Encoding" -> "UTF-8").',
  },
});

const decoder = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

export interface DecodeResult {
  text?: string;
  findings: Finding[];
}

export function decodeText(file: string, bytes: Uint8Array): DecodeResult {
  const findings: Finding[] = [];
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (bom) {
    findings.push(
      finding(textRules.fileBom, {
        file,
        line: 1,
        column: 1,
        message: 'file starts with a UTF-8 byte order mark (EF BB BF)',
      }),
    );
  }
  try {
    // The decoder drops a leading BOM itself (ignoreBOM defaults to false).
    return { text: decoder.decode(bytes), findings };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const at = bad < 0 ? 0 : bad;
    findings.push(
      finding(textRules.fileEncoding, { file, ...bytePosition(bytes, at), message: encodingMessage(bytes, at) }),
    );
    return { findings };
  }
}

function encodingMessage(bytes: Uint8Array, at: number): string {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    return 'file is UTF-16 encoded (it starts with a UTF-16 byte order mark); contracts must be UTF-8';
  }
  const hex = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  return `invalid UTF-8 byte 0x${hex} at byte offset ${at}; the file is probably not saved as UTF-8`;
}

/** 1-based line and column (in characters) of byte `at`; the prefix before it is valid UTF-8. */
function bytePosition(bytes: Uint8Array, at: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const prefix = lenient.decode(bytes.subarray(lineStart, at));
  let chars = 0;
  for (const _ of prefix) chars++;
  return { line, column: chars + 1 };
}

/** Index of the first byte that starts an invalid UTF-8 sequence, or -1 (WHATWG decoder rules). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0; // overlong
      if (b === 0xed) hi = 0x9f; // surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90; // overlong
      if (b === 0xf4) hi = 0x8f; // > U+10FFFF
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}
