// Content sniffing for the reader: known binary magic numbers, UTF-16 without a BOM, control-char share.
// Looks only at a bounded prefix of the bytes; never decodes or reads files itself.

interface Magic {
  name: string;
  offset: number;
  bytes: number[];
}

const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));

/** File signatures of formats that never hold scannable text at the top level. */
const MAGICS: Magic[] = [
  { name: 'PNG image', offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'JPEG image', offset: 0, bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', offset: 0, bytes: ascii('GIF87a') },
  { name: 'GIF image', offset: 0, bytes: ascii('GIF89a') },
  { name: 'TIFF image', offset: 0, bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'TIFF image', offset: 0, bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: 'ICO image', offset: 0, bytes: [0x00, 0x00, 0x01, 0x00] },
  { name: 'Photoshop image', offset: 0, bytes: ascii('8BPS') },
  { name: 'PDF document', offset: 0, bytes: ascii('%PDF-') },
  { name: 'ZIP archive', offset: 0, bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'ZIP archive', offset: 0, bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'ZIP archive', offset: 0, bytes: [0x50, 0x4b, 0x07, 0x08] },
  { name: 'gzip data', offset: 0, bytes: [0x1f, 0x8b, 0x08] },
  // "BZh" + block size digit, then the block header magic (the BCD digits of pi).
  { name: 'bzip2 data', offset: 4, bytes: [0x31, 0x41, 0x59, 0x26, 0x53, 0x59] },
  { name: 'xz data', offset: 0, bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { name: 'zstd data', offset: 0, bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { name: '7-Zip archive', offset: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'RAR archive', offset: 0, bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { name: 'tar archive', offset: 257, bytes: ascii('ustar') },
  { name: 'ELF executable', offset: 0, bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'Mach-O executable', offset: 0, bytes: [0xfe, 0xed, 0xfa, 0xce] },
  { name: 'Mach-O executable', offset: 0, bytes: [0xfe, 0xed, 0xfa, 0xcf] },
  { name: 'Mach-O executable', offset: 0, bytes: [0xce, 0xfa, 0xed, 0xfe] },
  { name: 'Mach-O executable', offset: 0, bytes: [0xcf, 0xfa, 0xed, 0xfe] },
  // Shared by Mach-O universal binaries and Java class files.
  { name: 'Mach-O universal binary or Java class', offset: 0, bytes: [0xca, 0xfe, 0xba, 0xbe] },
  { name: 'PE executable', offset: 0, bytes: [0x4d, 0x5a, 0x90, 0x00] },
  { name: 'WebAssembly module', offset: 0, bytes: [0x00, 0x61, 0x73, 0x6d] },
  { name: 'SQLite database', offset: 0, bytes: [...ascii('SQLite format 3'), 0x00] },
  { name: 'RIFF media (WAV, AVI, WebP)', offset: 0, bytes: ascii('RIFF') },
  { name: 'Ogg media', offset: 0, bytes: ascii('OggS') },
  { name: 'FLAC audio', offset: 0, bytes: ascii('fLaC') },
  { name: 'MP3 audio', offset: 0, bytes: [0x49, 0x44, 0x33, 0x03, 0x00] },
  { name: 'MP3 audio', offset: 0, bytes: [0x49, 0x44, 0x33, 0x04, 0x00] },
  { name: 'ISO media (MP4, MOV, HEIC)', offset: 4, bytes: ascii('ftyp') },
  { name: 'WOFF font', offset: 0, bytes: ascii('wOFF') },
  { name: 'WOFF2 font', offset: 0, bytes: ascii('wOF2') },
  { name: 'TrueType font', offset: 0, bytes: [0x00, 0x01, 0x00, 0x00, 0x00] },
  { name: 'OpenType font', offset: 0, bytes: [...ascii('OTTO'), 0x00] },
  { name: 'Java serialized object', offset: 0, bytes: [0xac, 0xed, 0x00, 0x05] },
];

/** The name of a known binary format whose signature the bytes start with, if any. */
export function magicName(bytes: Uint8Array): string | undefined {
  for (const m of MAGICS) {
    if (bytes.length < m.offset + m.bytes.length) continue;
    let ok = true;
    for (let i = 0; i < m.bytes.length; i++) {
      if (bytes[m.offset + i] !== m.bytes[i]) {
        ok = false;
        break;
      }
    }
    if (ok) return m.name;
  }
  return undefined;
}

export type Utf16Guess = 'utf-16le' | 'utf-16be' | undefined;

/**
 * Mostly-ASCII UTF-16 without a BOM shows as NUL bytes at every odd position (LE) or every even
 * position (BE). Looks at the first `window` bytes; needs a clear majority on one side and almost
 * none on the other, so binary data with scattered NULs is not taken for text.
 */
export function guessUtf16(bytes: Uint8Array, window = 4096): Utf16Guess {
  const n = Math.min(bytes.length, window) & ~1;
  if (n < 2) return undefined;
  // Either guess needs NUL bytes; most files have none, and a native search says so without a byte loop.
  if (bytes.subarray(0, n).indexOf(0) === -1) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul >= pairs * 0.5 && evenNul <= pairs * 0.05 && evenNul * 10 < oddNul + 1) return 'utf-16le';
  if (evenNul >= pairs * 0.5 && oddNul <= pairs * 0.05 && oddNul * 10 < evenNul + 1) return 'utf-16be';
  return undefined;
}

/** 1 for the C0 control bytes that count against text (not tab, LF, VT, FF, CR or ESC; NUL is found apart). */
const CONTROL = new Uint8Array(256);
for (let b = 1; b < 0x20; b++) CONTROL[b] = b === 0x09 || b === 0x0a || b === 0x0b || b === 0x0c || b === 0x0d || b === 0x1b ? 0 : 1;

/**
 * Why the bytes look binary (a NUL byte, or too many C0 control characters) in the first
 * `window` bytes, or undefined when they look like text. Tab, LF, VT, FF, CR and ESC count as text.
 */
export function binaryReason(bytes: Uint8Array, window = 8192): string | undefined {
  const n = Math.min(bytes.length, window);
  const head = bytes.subarray(0, n);
  const nul = head.indexOf(0);
  if (nul !== -1) return `NUL byte at offset ${nul}`;
  let control = 0;
  for (let i = 0; i < n; i++) control += CONTROL[head[i] as number] as number;
  if (n > 0 && control > n * 0.1) return `${control} control characters in the first ${n} bytes`;
  return undefined;
}

/** Share of C0 control characters (other than whitespace and ESC) in the first `window` chars of text. */
export function controlShare(text: string, window = 2048): number {
  const n = Math.min(text.length, window);
  if (n === 0) return 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d && c !== 0x1b) control++;
  }
  return control / n;
}
