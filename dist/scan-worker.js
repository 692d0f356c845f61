import { createRequire as __keyshiftCreateRequire } from 'node:module';
const require = __keyshiftCreateRequire(import.meta.url);

// src/scan-worker.ts
import { parentPort, workerData } from "node:worker_threads";

// src/read/read-blob.ts
import * as fs from "node:fs";

// src/read/lines.ts
function lineIndex(text) {
  const starts = [0];
  if (text.indexOf("\r") === -1) {
    let i = text.indexOf("\n");
    while (i !== -1) {
      starts.push(i + 1);
      i = text.indexOf("\n", i + 1);
    }
    return starts;
  }
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      starts.push(i + 1);
    } else if (c === 13) {
      if (i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

// src/read/sniff.ts
var ascii = (s) => Array.from(s, (c) => c.charCodeAt(0));
var MAGICS = [
  { name: "PNG image", offset: 0, bytes: [137, 80, 78, 71, 13, 10, 26, 10] },
  { name: "JPEG image", offset: 0, bytes: [255, 216, 255] },
  { name: "GIF image", offset: 0, bytes: ascii("GIF87a") },
  { name: "GIF image", offset: 0, bytes: ascii("GIF89a") },
  { name: "TIFF image", offset: 0, bytes: [73, 73, 42, 0] },
  { name: "TIFF image", offset: 0, bytes: [77, 77, 0, 42] },
  { name: "ICO image", offset: 0, bytes: [0, 0, 1, 0] },
  { name: "Photoshop image", offset: 0, bytes: ascii("8BPS") },
  { name: "PDF document", offset: 0, bytes: ascii("%PDF-") },
  { name: "ZIP archive", offset: 0, bytes: [80, 75, 3, 4] },
  { name: "ZIP archive", offset: 0, bytes: [80, 75, 5, 6] },
  { name: "ZIP archive", offset: 0, bytes: [80, 75, 7, 8] },
  { name: "gzip data", offset: 0, bytes: [31, 139, 8] },
  // "BZh" + block size digit, then the block header magic (the BCD digits of pi).
  { name: "bzip2 data", offset: 4, bytes: [49, 65, 89, 38, 83, 89] },
  { name: "xz data", offset: 0, bytes: [253, 55, 122, 88, 90, 0] },
  { name: "zstd data", offset: 0, bytes: [40, 181, 47, 253] },
  { name: "7-Zip archive", offset: 0, bytes: [55, 122, 188, 175, 39, 28] },
  { name: "RAR archive", offset: 0, bytes: [82, 97, 114, 33, 26, 7] },
  { name: "tar archive", offset: 257, bytes: ascii("ustar") },
  { name: "ELF executable", offset: 0, bytes: [127, 69, 76, 70] },
  { name: "Mach-O executable", offset: 0, bytes: [254, 237, 250, 206] },
  { name: "Mach-O executable", offset: 0, bytes: [254, 237, 250, 207] },
  { name: "Mach-O executable", offset: 0, bytes: [206, 250, 237, 254] },
  { name: "Mach-O executable", offset: 0, bytes: [207, 250, 237, 254] },
  // Shared by Mach-O universal binaries and Java class files.
  { name: "Mach-O universal binary or Java class", offset: 0, bytes: [202, 254, 186, 190] },
  { name: "PE executable", offset: 0, bytes: [77, 90, 144, 0] },
  { name: "WebAssembly module", offset: 0, bytes: [0, 97, 115, 109] },
  { name: "SQLite database", offset: 0, bytes: [...ascii("SQLite format 3"), 0] },
  { name: "RIFF media (WAV, AVI, WebP)", offset: 0, bytes: ascii("RIFF") },
  { name: "Ogg media", offset: 0, bytes: ascii("OggS") },
  { name: "FLAC audio", offset: 0, bytes: ascii("fLaC") },
  { name: "MP3 audio", offset: 0, bytes: [73, 68, 51, 3, 0] },
  { name: "MP3 audio", offset: 0, bytes: [73, 68, 51, 4, 0] },
  { name: "ISO media (MP4, MOV, HEIC)", offset: 4, bytes: ascii("ftyp") },
  { name: "WOFF font", offset: 0, bytes: ascii("wOFF") },
  { name: "WOFF2 font", offset: 0, bytes: ascii("wOF2") },
  { name: "TrueType font", offset: 0, bytes: [0, 1, 0, 0, 0] },
  { name: "OpenType font", offset: 0, bytes: [...ascii("OTTO"), 0] },
  { name: "Java serialized object", offset: 0, bytes: [172, 237, 0, 5] }
];
function magicName(bytes) {
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
  return void 0;
}
function guessUtf16(bytes, window = 4096) {
  const n = Math.min(bytes.length, window) & ~1;
  if (n < 2) return void 0;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul >= pairs * 0.5 && evenNul <= pairs * 0.05 && evenNul * 10 < oddNul + 1) return "utf-16le";
  if (evenNul >= pairs * 0.5 && oddNul <= pairs * 0.05 && oddNul * 10 < evenNul + 1) return "utf-16be";
  return void 0;
}
function binaryReason(bytes, window = 8192) {
  const n = Math.min(bytes.length, window);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b >= 32) continue;
    if (b === 0) return `NUL byte at offset ${i}`;
    if (b === 9 || b === 10 || b === 11 || b === 12 || b === 13 || b === 27) continue;
    control++;
  }
  if (n > 0 && control > n * 0.1) return `${control} control characters in the first ${n} bytes`;
  return void 0;
}
function controlShare(text, window = 2048) {
  const n = Math.min(text.length, window);
  if (n === 0) return 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13 && c !== 27) control++;
  }
  return control / n;
}

// src/read/read-blob.ts
var MAX_REPLACEMENT_SHARE = 0.3;
var OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);
function readBlob(item, opts) {
  if (item.content) {
    if (item.content.length > opts.maxFileSize) return tooLarge(item.path, item.content.length, opts.maxFileSize);
    return decodeBytes(item.path, item.content);
  }
  if (!item.absPath) return skip(item.path, "unreadable", "no file path and no content");
  const abs = item.absPath;
  try {
    const st = fs.statSync(abs);
    if (!st.isFile()) return skip(item.path, "not-a-regular-file", fileKind(st));
    if (st.size > opts.maxFileSize) return tooLarge(item.path, st.size, opts.maxFileSize);
  } catch (err) {
    return skipForError(item.path, err);
  }
  let fd;
  try {
    fd = fs.openSync(abs, OPEN_FLAGS);
  } catch (err) {
    return skipForError(item.path, err);
  }
  let bytes;
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) return skip(item.path, "not-a-regular-file", fileKind(st));
    if (st.size > opts.maxFileSize) return tooLarge(item.path, st.size, opts.maxFileSize);
    bytes = readWhole(fd, st.size);
  } catch (err) {
    return skipForError(item.path, err);
  } finally {
    fs.closeSync(fd);
  }
  try {
    return decodeBytes(item.path, bytes);
  } catch (err) {
    return skip(item.path, "too-large", `could not decode: ${errorSummary(err)}`);
  }
}
function readWhole(fd, size) {
  const buf = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const n = fs.readSync(fd, buf, filled, size - filled, null);
    if (n === 0) break;
    filled += n;
  }
  return filled === size ? buf : buf.subarray(0, filled);
}
function decodeBytes(path, bytes) {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 239 && b1 === 187 && bytes[2] === 191) return finish(path, bytes, "utf-8", 3);
  if (b0 === 255 && b1 === 254) {
    if (!(bytes[2] === 0 && bytes[3] === 0)) return finish(path, bytes, "utf-16le", 2);
  } else if (b0 === 254 && b1 === 255) {
    return finish(path, bytes, "utf-16be", 2);
  }
  const magic = magicName(bytes);
  if (magic) return skip(path, "binary", magic);
  const utf16 = guessUtf16(bytes);
  if (utf16) {
    const blob = finish(path, bytes, utf16, 0);
    if ("text" in blob && controlShare(blob.text) > 0.1) return skip(path, "binary", "control characters");
    return blob;
  }
  const why = binaryReason(bytes);
  if (why) return skip(path, "binary", why);
  return finish(path, bytes, "utf-8", 0);
}
var UTF8 = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });
var UTF16LE = new TextDecoder("utf-16le", { fatal: false, ignoreBOM: true });
function finish(path, bytes, encoding, bom) {
  let body = bytes.subarray(bom);
  let text;
  if (encoding === "utf-8") {
    text = UTF8.decode(body);
  } else {
    if (encoding === "utf-16be") {
      const even = Buffer.from(body.subarray(0, body.length & ~1));
      body = even.swap16();
    }
    text = UTF16LE.decode(body);
  }
  const bad = countReplacements(text);
  if (bad > 0 && bad > text.length * MAX_REPLACEMENT_SHARE) {
    return skip(path, "invalid-encoding", `${bad} of ${text.length} characters are not valid ${encoding}`);
  }
  return { path, text, lineStarts: lineIndex(text), encoding, bytes: bytes.length };
}
function countReplacements(text) {
  let count = 0;
  let i = text.indexOf("\uFFFD");
  while (i !== -1) {
    count++;
    i = text.indexOf("\uFFFD", i + 1);
  }
  return count;
}
function skip(path, reason, detail) {
  return detail === void 0 ? { path, reason } : { path, reason, detail };
}
function tooLarge(path, size, max) {
  return skip(path, "too-large", `${size} bytes, over the limit of ${max} bytes (raise --max-file-size to scan it)`);
}
function fileKind(st) {
  if (st.isDirectory()) return "directory";
  if (st.isFIFO()) return "FIFO (named pipe)";
  if (st.isSocket()) return "socket";
  if (st.isCharacterDevice()) return "character device";
  if (st.isBlockDevice()) return "block device";
  return "not a regular file";
}
function skipForError(path, err) {
  const code = err?.code;
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return skip(path, "vanished", "deleted or moved during the scan");
    case "ELOOP":
      return skip(path, "symlink-loop", "too many levels of symbolic links");
    case "EISDIR":
      return skip(path, "not-a-regular-file", "directory");
    case "EACCES":
    case "EPERM":
      return skip(path, "unreadable", "permission denied");
    default:
      return skip(path, "unreadable", errorSummary(err));
  }
}
function errorSummary(err) {
  const e = err;
  if (e?.code) return `${e.code}${e.syscall ? ` (${e.syscall})` : ""}`;
  return e instanceof Error ? e.message.split("\n")[0] ?? "error" : String(err);
}

// src/model/errors.ts
var KeyshiftError = class extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = new.target.name;
  }
};
var ConfigError = class extends KeyshiftError {
  constructor(message, file, line, options) {
    super(file ? `${file}${line ? `:${line}` : ""}: ${message}` : message, options);
    this.file = file;
    this.line = line;
  }
  file;
  line;
};

// src/detect/aho-corasick.ts
function foldAscii(s) {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : s[i];
  }
  return out;
}
function buildAutomaton(input) {
  const keywords = [];
  const seen = /* @__PURE__ */ new Map();
  for (const k of input) {
    if (k.length === 0) throw new Error("buildAutomaton: empty keyword; every keyword needs at least one character");
    const f = foldAscii(k);
    if (!seen.has(f)) {
      seen.set(f, keywords.length);
      keywords.push(f);
    }
  }
  const asciiSymbol = new Uint8Array(128);
  let alphabet = 1;
  let otherSymbol = 0;
  for (const k of keywords) {
    for (let i = 0; i < k.length; i++) {
      const c = k.charCodeAt(i);
      if (c < 128) {
        if (asciiSymbol[c] === 0) asciiSymbol[c] = alphabet++;
      } else if (otherSymbol === 0) {
        otherSymbol = alphabet++;
      }
    }
  }
  const symbolOf = new Uint8Array(65536);
  for (let c = 0; c < 128; c++) {
    const folded = c >= 65 && c <= 90 ? c + 32 : c;
    symbolOf[c] = asciiSymbol[folded];
  }
  if (otherSymbol !== 0) symbolOf.fill(otherSymbol, 128);
  const rows = [new Int32Array(alphabet).fill(-1)];
  const own = [[]];
  keywords.forEach((k, ki) => {
    let s = 0;
    for (let i = 0; i < k.length; i++) {
      const c = k.charCodeAt(i);
      const a = c < 128 ? asciiSymbol[c] : otherSymbol;
      let next = rows[s][a];
      if (next === -1) {
        next = rows.length;
        rows.push(new Int32Array(alphabet).fill(-1));
        own.push([]);
        rows[s][a] = next;
      }
      s = next;
    }
    own[s].push(ki);
  });
  const n = rows.length;
  const fail = new Int32Array(n);
  const outputs = own.map((o) => o.slice());
  const order = [0];
  const root = rows[0];
  for (let a = 0; a < alphabet; a++) {
    const t = root[a];
    if (t === -1) root[a] = 0;
    else {
      fail[t] = 0;
      order.push(t);
    }
  }
  for (let qi = 1; qi < order.length; qi++) {
    const s = order[qi];
    const row = rows[s];
    const failRow = rows[fail[s]];
    const inherited = outputs[fail[s]];
    if (inherited.length > 0) outputs[s].push(...inherited);
    for (let a = 0; a < alphabet; a++) {
      const t = row[a];
      if (t === -1) row[a] = failRow[a];
      else {
        fail[t] = failRow[a];
        order.push(t);
      }
    }
  }
  const renum = new Int32Array(n);
  order.forEach((s, i) => {
    renum[s] = i;
  });
  const delta = new Int32Array(n * alphabet);
  const outStart = new Int32Array(n + 1);
  const outCounts = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    const base = renum[s] * alphabet;
    const row = rows[s];
    for (let a = 0; a < alphabet; a++) {
      const t = row[a];
      const target = renum[t] * alphabet;
      delta[base + a] = outputs[t].length > 0 ? -target : target;
    }
    outCounts[renum[s]] = outputs[s].length;
  }
  for (let s = 0; s < n; s++) outStart[s + 1] = outStart[s] + outCounts[s];
  const outList = new Int32Array(outStart[n]);
  for (let s = 0; s < n; s++) {
    const r = renum[s];
    const list = outputs[s];
    for (let i = 0; i < list.length; i++) outList[outStart[r] + i] = list[i];
  }
  return {
    keywords,
    lengths: Int32Array.from(keywords, (k) => k.length),
    symbolOf,
    alphabet,
    delta,
    outStart,
    outList
  };
}
var HitBuffer = class {
  count = 0;
  keyword = new Int32Array(64);
  start = new Int32Array(64);
  push(kw, start) {
    if (this.count === this.keyword.length) {
      const k2 = new Int32Array(this.count * 2);
      k2.set(this.keyword);
      this.keyword = k2;
      const s2 = new Int32Array(this.count * 2);
      s2.set(this.start);
      this.start = s2;
    }
    this.keyword[this.count] = kw;
    this.start[this.count] = start;
    this.count++;
  }
};
function emit(ac, st, endIncl, out) {
  const s = st / ac.alphabet | 0;
  const end = ac.outStart[s + 1];
  for (let o = ac.outStart[s]; o < end; o++) {
    const kw = ac.outList[o];
    out.push(kw, endIncl + 1 - ac.lengths[kw]);
  }
}
var SPLIT_MIN = 8192;
function findKeywords(ac, text) {
  const { delta, symbolOf } = ac;
  const n = text.length;
  const a = new HitBuffer();
  if (n < SPLIT_MIN) {
    let st = 0;
    for (let i = 0; i < n; i++) {
      st = delta[st + symbolOf[text.charCodeAt(i)]];
      if (st < 0) {
        st = -st;
        emit(ac, st, i, a);
      }
    }
    return a;
  }
  let maxLen = 1;
  for (let k = 0; k < ac.lengths.length; k++) if (ac.lengths[k] > maxLen) maxLen = ac.lengths[k];
  const mid = n >> 1;
  const bFrom = Math.max(0, mid - (maxLen - 1));
  const b = new HitBuffer();
  let sa = 0;
  let sb = 0;
  const steps = mid;
  let j = bFrom;
  for (let i = 0; i < steps; i++, j++) {
    sa = delta[sa + symbolOf[text.charCodeAt(i)]];
    sb = delta[sb + symbolOf[text.charCodeAt(j)]];
    if (sa < 0) {
      sa = -sa;
      emit(ac, sa, i, a);
    }
    if (sb < 0) {
      sb = -sb;
      if (j >= mid) emit(ac, sb, j, b);
    }
  }
  for (; j < n; j++) {
    sb = delta[sb + symbolOf[text.charCodeAt(j)]];
    if (sb < 0) {
      sb = -sb;
      if (j >= mid) emit(ac, sb, j, b);
    }
  }
  for (let k = 0; k < b.count; k++) a.push(b.keyword[k], b.start[k]);
  return a;
}

// src/detect/entropy.ts
var asciiCounts = new Uint32Array(128);
var used = new Uint8Array(128);
var LOG2_CACHE_SIZE = 1024;
function shannonEntropy(s) {
  const n = s.length;
  if (n <= 1) return 0;
  let other;
  let seen = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if (asciiCounts[c] === 0) used[seen++] = c;
      asciiCounts[c]++;
    } else {
      other ??= /* @__PURE__ */ new Map();
      other.set(c, (other.get(c) ?? 0) + 1);
    }
  }
  let h = 0;
  for (let k = 0; k < seen; k++) {
    const c = used[k];
    const p = asciiCounts[c] / n;
    h -= p * Math.log2(p);
    asciiCounts[c] = 0;
  }
  if (other) {
    for (const count of other.values()) {
      const p = count / n;
      h -= p * Math.log2(p);
    }
  }
  return h;
}
var log2Cache = new Float64Array(LOG2_CACHE_SIZE);
for (let i = 1; i < LOG2_CACHE_SIZE; i++) log2Cache[i] = Math.log2(i);
function entropyThreshold(min, length, alphabetBits2 = 6) {
  const limit = alphabetBits2 >= 6 ? min : min * alphabetBits2 / 6;
  if (length <= 1) return 0;
  const lg = length < LOG2_CACHE_SIZE ? log2Cache[length] : Math.log2(length);
  return Math.min(limit, 0.85 * lg);
}
function alphabetBits(s) {
  let digits = true;
  let hex = true;
  let b64 = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const isDigit = c >= 48 && c <= 57;
    if (isDigit) continue;
    digits = false;
    if (hex && !(c >= 97 && c <= 102 || c >= 65 && c <= 70)) hex = false;
    if (b64 && !(c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 43 || c === 47 || c === 45 || c === 95 || c === 61)) {
      b64 = false;
      break;
    }
  }
  if (digits) return Math.log2(10);
  if (hex) return 4;
  return 6;
}

// src/detect/filters.ts
var GENERIC_MIN_LENGTH = 8;
var GENERIC_MAX_LENGTH = 150;
var CONTEXT_CHARS = 80;
function contextBefore(c, max = CONTEXT_CHARS) {
  const from = Math.max(0, c.start - max);
  const s = c.text.slice(from, c.start);
  const nl = s.lastIndexOf("\n");
  return nl === -1 ? s : s.slice(nl + 1);
}
function checksumValid(c) {
  if (!c.validator) return false;
  c.checksumValid ??= c.validator(c.secret);
  return c.checksumValid;
}
function dropOrNote(c, reason) {
  if (checksumValid(c)) {
    c.notes.push(reason);
    return void 0;
  }
  return reason;
}
function lengthSanity(c) {
  const n = c.secret.length;
  if (n < 4) return "too-short";
  if (c.spec.generic && (n < GENERIC_MIN_LENGTH || n > GENERIC_MAX_LENGTH)) return "generic-length";
  return void 0;
}
function allowList(c) {
  for (const re of c.allow) {
    re.lastIndex = 0;
    if (re.test(c.secret)) return "allow-list";
  }
  return void 0;
}
var PLACEHOLDER_WORDS = /example|sample|dummy|fake|changeme|change_me|change-me|placeholder|your[_-]|replace[_-]?me|redacted|insert[_-]?your|\*{4}|\.\.\.|…|<[A-Za-z][\w -]*>/i;
var X_MASK = /xxx|XXXX/;
var REFERENCE_VALUE = /\$\{[^}]*\}|^\$[A-Za-z_][A-Za-z0-9_]*$|^%[A-Za-z_][A-Za-z0-9_]*%$|\{\{[^}]*\}\}|process\.env\.|os\.environ|getenv\(|^!Ref\b|^!Sub\b|^vault:|arn:aws:secretsmanager:|arn:aws:ssm:|^ENC\[|\$ANSIBLE_VAULT/;
var REFERENCE_BEFORE = /(?:\$\{\{?\s*|\{\{\s*|\$|%|process\.env\.|os\.environ\[\s*["']?|getenv\(\s*["']?|!Ref\s+|vault:)$/;
function placeholderReason(secret, before = "") {
  if (PLACEHOLDER_WORDS.test(secret) || X_MASK.test(secret)) return "placeholder";
  if (REFERENCE_VALUE.test(secret)) return "reference";
  if (before !== "" && REFERENCE_BEFORE.test(before)) return "reference";
  return void 0;
}
function documentationPlaceholder(c) {
  const reason = placeholderReason(c.secret, contextBefore(c, 24));
  return reason === void 0 ? void 0 : dropOrNote(c, reason === "reference" ? "reference" : "placeholder-like");
}
function isSequentialStep(a, b) {
  const la = a >= 65 && a <= 90 ? a + 32 : a;
  const lb = b >= 65 && b <= 90 ? b + 32 : b;
  const alnum = (x) => x >= 48 && x <= 57 || x >= 97 && x <= 122;
  if (!alnum(la) || !alnum(lb)) return false;
  if (la === 57 && lb === 97) return true;
  if (la === 97 && lb === 57) return true;
  return lb === la + 1 || lb === la - 1;
}
function longestRuns(s) {
  let repeated = s.length > 0 ? 1 : 0;
  let sequential = repeated;
  let rep = 1;
  let seq = 1;
  let dir = 0;
  for (let i = 1; i < s.length; i++) {
    const a = s.charCodeAt(i - 1);
    const b = s.charCodeAt(i);
    rep = a === b ? rep + 1 : 1;
    if (rep > repeated) repeated = rep;
    if (isSequentialStep(a, b)) {
      const d = b > a || a === 57 && (b === 97 || b === 65) ? 1 : -1;
      seq = d === dir || seq === 1 ? seq + 1 : 2;
      dir = d;
    } else {
      seq = 1;
      dir = 0;
    }
    if (seq > sequential) sequential = seq;
  }
  return { repeated, sequential };
}
function repeatedOrSequential(c) {
  const { repeated, sequential } = longestRuns(c.secret);
  const needed = Math.max(6, c.secret.length / 4);
  if (repeated >= needed) return dropOrNote(c, "repeated-chars");
  if (sequential >= needed) return dropOrNote(c, "sequential-chars");
  return void 0;
}
var ENCODED_BLOB = /^(?:iVBORw0KGgo|\/9j\/|R0lGOD|JVBERi0|d09GRg|d09GMg|AAAAB3NzaC1|AAAAC3NzaC1|AAAAE2VjZHNh)|^data:|;base64,/;
function encodedBlob(c) {
  return ENCODED_BLOB.test(c.secret) ? "encoded-blob" : void 0;
}
function lowEntropy(c) {
  const min = c.spec.minEntropy;
  c.entropy ??= shannonEntropy(c.secret);
  if (min === void 0) return void 0;
  const bits = c.spec.generic ? alphabetBits(c.secret) : 6;
  return c.entropy < entropyThreshold(min, c.secret.length, bits) ? "low-entropy" : void 0;
}
function checksum(c) {
  if (!c.validator) return void 0;
  return checksumValid(c) ? void 0 : "checksum-failed";
}
var HEX_HASH = /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128})$/i;
var HASH_PREFIX = /^(?:sha1|sha256|sha384|sha512|md5|h1)[:-]/i;
var HASH_CONTEXT = /sha1|sha-1|sha256|sha-256|sha512|md5|commit|\brev\b|revision|integrity|digest|checksum|hash|etag|\bh1:/i;
function hashWithContext(c) {
  if (!c.spec.generic) return void 0;
  if (HASH_PREFIX.test(c.secret)) return "hash";
  if (HEX_HASH.test(c.secret) && HASH_CONTEXT.test(contextBefore(c))) return "hash";
  return void 0;
}
var UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function uuidValue(c) {
  return c.spec.generic && UUID.test(c.secret) ? "uuid" : void 0;
}
var IDENTIFIER_SHAPES = [
  /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/,
  // dotted path: config.auth.token, this.password
  /^[A-Za-z_$][\w$.]*\(/,
  // call: getToken(), os.getenv("X")
  /^[a-z]+\d*(?:[A-Z][a-z]+\d*)+$/,
  // camelCase words: getAccessToken
  /^(?:[A-Z][a-z]+\d*){2,}$/,
  // PascalCase words: ApiKeyProvider
  /^[a-z]+(?:_[a-z]+\d*)+$/,
  // snake_case words: access_token_secret
  /^[A-Z]+(?:_[A-Z0-9]+)+$/,
  // environment variable names: GITHUB_TOKEN
  /^[a-z]+(?:-[a-z]+)+$/
  // kebab-case words: x-api-key
];
function codeIdentifier(c) {
  if (!c.spec.generic) return void 0;
  for (const re of IDENTIFIER_SHAPES) if (re.test(c.secret)) return "code-identifier";
  return void 0;
}
function encodedContext(c) {
  if (!c.spec.generic) return void 0;
  return /sourceMappingURL|sourcesContent|base64,/.test(contextBefore(c, 200)) ? "encoded-context" : void 0;
}
var VALUE_FILTERS = [
  lengthSanity,
  allowList,
  documentationPlaceholder,
  repeatedOrSequential,
  encodedBlob,
  lowEntropy,
  checksum,
  hashWithContext,
  uuidValue,
  codeIdentifier,
  encodedContext
];
function rejectReason(c) {
  for (const f of VALUE_FILTERS) {
    const reason = f(c);
    if (reason !== void 0) return reason;
  }
  return void 0;
}
var LOCKFILES = /* @__PURE__ */ new Set([
  "package-lock.json",
  "npm-shrinkwrap.json",
  "yarn.lock",
  "pnpm-lock.yaml",
  "bun.lock",
  "Cargo.lock",
  "poetry.lock",
  "Pipfile.lock",
  "go.sum",
  "composer.lock",
  "Gemfile.lock"
]);
function isLockfile(path) {
  const slash = path.lastIndexOf("/");
  return LOCKFILES.has(slash === -1 ? path : path.slice(slash + 1));
}
var MINIFIED_SAMPLE = 65536;
var MINIFIED_MIN_SAMPLE = 8192;
var MINIFIED_AVG_LINE = 500;
function isMinified(path, text, lineStarts) {
  if (/\.min\.(?:js|mjs|cjs|css)$/i.test(path)) return true;
  const n = Math.min(text.length, MINIFIED_SAMPLE);
  if (n < MINIFIED_MIN_SAMPLE) return false;
  let lines = 1;
  if (lineStarts && lineStarts.length > 0) {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >>> 1;
      if (lineStarts[mid] < n) lo = mid;
      else hi = mid - 1;
    }
    lines = lo + 1;
  } else {
    let i = text.indexOf("\n");
    while (i !== -1 && i < n) {
      lines++;
      i = text.indexOf("\n", i + 1);
    }
  }
  return n / lines > MINIFIED_AVG_LINE;
}

// src/detect/validators.ts
var CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();
function crc32(s) {
  const bytes = Buffer.from(s, "utf8");
  let c = 4294967295;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 255] ^ c >>> 8;
  return (c ^ 4294967295) >>> 0;
}
var BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
function base62(n, width) {
  let out = "";
  let v = n;
  do {
    out = BASE62[v % 62] + out;
    v = Math.floor(v / 62);
  } while (v > 0);
  return out.padStart(width, "0");
}
var hex8 = (n) => n.toString(16).padStart(8, "0");
function hex8LittleEndian(n) {
  const b = [n & 255, n >>> 8 & 255, n >>> 16 & 255, n >>> 24 & 255];
  return b.map((x) => x.toString(16).padStart(2, "0")).join("");
}
var B62_RE = /^[0-9A-Za-z]+$/;
function prefixedCrcBase62(secret, prefixRe) {
  const m = prefixRe.exec(secret);
  if (!m) return false;
  const rest = secret.slice(m[0].length);
  if (rest.length < 36 || rest.length > 251 || !B62_RE.test(rest)) return false;
  return base62(crc32(rest.slice(0, -6)), 6) === rest.slice(-6);
}
function validateGithubCrc32(secret) {
  return prefixedCrcBase62(secret, /^gh[pousr]_/);
}
function validateNpmCrc32(secret) {
  return prefixedCrcBase62(secret, /^npm_/);
}
var ROUTABLE_RE = /^([a-z]+-(?:t\d_)?)([A-Za-z0-9_-]{27,300})\.([0-9a-z]{2})\.([0-9a-z]{2})([0-9a-z]{7})$/;
function validateGitlabRoutable(secret) {
  const m = ROUTABLE_RE.exec(secret);
  if (!m) return false;
  const payload = m[2];
  if (parseInt(m[4], 36) !== payload.length) return false;
  const crc = crc32(secret.slice(0, -7)).toString(36).padStart(7, "0");
  return crc === m[5];
}
function validateAtlassianCrc32(secret) {
  const s = secret.replace(/\\=|%3[Dd]/g, "=");
  if (!/^AT[A-Z]{2}/.test(s) || s.length < 20) return false;
  const body = s.slice(0, -8);
  const check = s.slice(-8);
  if (!/^[0-9A-F]{8}$/.test(check)) return false;
  return hex8(crc32(body)).toUpperCase() === check;
}
function decodeBase64Loose(body) {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(body)) return void 0;
  const norm = body.replace(/-/g, "+").replace(/_/g, "/").replace(/=+$/, "");
  if (norm.length % 4 === 1) return void 0;
  return Buffer.from(norm, "base64");
}
function isJsonObject(bytes) {
  if (!bytes || bytes.length < 2) return false;
  try {
    const v = JSON.parse(bytes.toString("utf8"));
    return typeof v === "object" && v !== null && !Array.isArray(v);
  } catch {
    return false;
  }
}
function validateGrafana(secret) {
  if (secret.startsWith("glsa_")) {
    if (!/^glsa_[0-9A-Za-z]{32}_[0-9a-f]{8}$/.test(secret)) return false;
    return hex8LittleEndian(crc32(secret.slice(0, 37))) === secret.slice(38);
  }
  if (secret.startsWith("glc_")) return isJsonObject(decodeBase64Loose(secret.slice(4)));
  return false;
}
function validateCloudflare(secret) {
  const m = /^cf(?:ut|at|k)_([0-9A-Za-z]{40})([0-9a-f]{8})$/.exec(secret);
  if (!m) return false;
  return hex8(crc32(m[1])) === m[2];
}
var PYPI_LOCATIONS = /* @__PURE__ */ new Set(["pypi.org", "test.pypi.org"]);
function validatePypiMacaroon(secret) {
  if (!secret.startsWith("pypi-")) return false;
  const bytes = decodeBase64Loose(secret.slice(5));
  if (!bytes || bytes.length < 16) return false;
  if (bytes[0] !== 2 || bytes[1] !== 1) return false;
  const len = bytes[2];
  if (len === 0 || len > 127 || 3 + len >= bytes.length) return false;
  const location = bytes.subarray(3, 3 + len).toString("latin1");
  if (!PYPI_LOCATIONS.has(location)) return false;
  return bytes[3 + len] === 2;
}
var B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
function awsAccountIdFromKeyId(keyId) {
  if (!/^(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}$/.test(keyId)) return void 0;
  if (keyId[4] === "I" || keyId[4] === "J") return void 0;
  let bits = 0n;
  for (const ch of keyId.slice(4)) bits = bits << 5n | BigInt(B32.indexOf(ch));
  const first48 = bits >> 32n;
  const account = (first48 & 0x7fffffffff80n) >> 7n;
  return account.toString().padStart(12, "0");
}
function validateAwsAccessKeyId(secret) {
  if (!/^(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}$/.test(secret)) return false;
  const account = awsAccountIdFromKeyId(secret);
  return account === void 0 || account.length === 12;
}
var BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
function bech32Polymod(values) {
  const gen = [996825010, 642813549, 513874426, 1027748829, 705979059];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = (chk & 33554431) << 5 ^ v;
    for (let i = 0; i < 5; i++) if (top >>> i & 1) chk ^= gen[i];
  }
  return chk >>> 0;
}
function hrpExpand(hrp) {
  const out = [];
  for (const c of hrp) out.push(c.charCodeAt(0) >> 5);
  out.push(0);
  for (const c of hrp) out.push(c.charCodeAt(0) & 31);
  return out;
}
function validateAgeBech32(secret) {
  const lower = secret.toLowerCase();
  const sep = lower.lastIndexOf("1");
  if (sep < 1) return false;
  const hrp = lower.slice(0, sep);
  if (hrp !== "age-secret-key-") return false;
  const data = [];
  for (const c of lower.slice(sep + 1)) {
    const v = BECH32.indexOf(c);
    if (v < 0) return false;
    data.push(v);
  }
  if (data.length !== 58) return false;
  return bech32Polymod([...hrpExpand(hrp), ...data]) === 1;
}
function validateBase64Json(secret) {
  const us = secret.indexOf("_");
  if (us < 0) return false;
  return isJsonObject(decodeBase64Loose(secret.slice(us + 1)));
}
function validateSentryOrgToken(secret) {
  const m = /^sntrys_([A-Za-z0-9+/=]{20,})_([A-Za-z0-9+/]{43})$/.exec(secret);
  if (!m) return false;
  const bytes = decodeBase64Loose(m[1]);
  if (!isJsonObject(bytes)) return false;
  return bytes.toString("utf8").includes('"iat"');
}
var VALIDATORS = {
  "github-crc32": validateGithubCrc32,
  "npm-crc32": validateNpmCrc32,
  "gitlab-routable": validateGitlabRoutable,
  "atlassian-crc32": validateAtlassianCrc32,
  grafana: validateGrafana,
  cloudflare: validateCloudflare,
  "pypi-macaroon": validatePypiMacaroon,
  "aws-access-key-id": validateAwsAccessKeyId,
  "age-bech32": validateAgeBech32,
  "base64-json": validateBase64Json,
  "sentry-org-token": validateSentryOrgToken
};

// src/detect/engine.ts
var LONG_LINE = 4096;
var LONG_LINE_HALF = 2048;
var ACCEPTED_FLAGS = /* @__PURE__ */ new Set(["i", "m", "s"]);
function compileRegex(source, flags, where, field) {
  try {
    return new RegExp(source, flags);
  } catch (err) {
    throw new ConfigError(
      `pattern ${where}: ${field} does not compile (${err.message}); fix the regex`,
      void 0,
      void 0,
      { cause: err }
    );
  }
}
function compileCatalog(specs) {
  const patterns = [];
  const keywordOwners = /* @__PURE__ */ new Map();
  const unkeyed = [];
  specs.forEach((spec, index) => {
    for (const f of spec.flags) {
      if (!ACCEPTED_FLAGS.has(f)) {
        throw new ConfigError(`pattern ${spec.id}: flag '${f}' is not accepted; use only i, m and s`);
      }
    }
    const flags = "gd" + [...new Set(spec.flags)].join("");
    const regex = compileRegex(spec.regex, flags, spec.id, "regex");
    const groups = new RegExp(`${spec.regex}|`, spec.flags).exec("").length - 1;
    const allow = spec.allow.map((a, i) => compileRegex(a, "", spec.id, `allow[${i}]`));
    let validator;
    if (spec.validator !== void 0) {
      validator = VALIDATORS[spec.validator];
      if (!validator) {
        throw new ConfigError(
          `pattern ${spec.id}: validator '${spec.validator}' does not exist; use one of ${Object.keys(VALIDATORS).join(", ")}`
        );
      }
    }
    patterns.push({ spec, regex, group: groups >= 1 ? 1 : 0, allow, validator });
    const kws = new Set(spec.keywords.filter((k) => k.length > 0).map(foldAscii));
    if (kws.size === 0) unkeyed.push(index);
    for (const k of kws) {
      const owners = keywordOwners.get(k);
      if (owners) owners.push(index);
      else keywordOwners.set(k, [index]);
    }
  });
  const automaton = buildAutomaton([...keywordOwners.keys()]);
  const keywordPatterns = automaton.keywords.map((k) => Int32Array.from(keywordOwners.get(k)));
  return { patterns, automaton, keywordPatterns, unkeyed };
}
function computeLineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}
function lineAt(lineStarts, offset) {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >>> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
function buildWindows(compiled, text, lineStarts, skipGeneric) {
  const { patterns, keywordPatterns, automaton } = compiled;
  const windows = new Array(patterns.length);
  const hits = findKeywords(automaton, text);
  const lastLine = lineStarts.length - 1;
  let lineStart = -1;
  let lineEnd = -1;
  for (let h = 0; h < hits.count; h++) {
    const kw = hits.keyword[h];
    const hs = hits.start[h];
    const he = hs + automaton.lengths[kw];
    if (hs < lineStart || hs > lineEnd) {
      const li = lineAt(lineStarts, hs);
      lineStart = lineStarts[li];
      lineEnd = li < lastLine ? lineStarts[li + 1] - 1 : text.length;
      if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13 && text.charCodeAt(lineEnd) === 10) lineEnd--;
    }
    const long = lineEnd - lineStart > LONG_LINE;
    const lineWs = long ? Math.max(lineStart, hs - LONG_LINE_HALF) : lineStart;
    const lineWe = long ? Math.min(lineEnd, he + LONG_LINE_HALF) : lineEnd;
    const owners = keywordPatterns[kw];
    for (let o = 0; o < owners.length; o++) {
      const p = owners[o];
      const { spec } = patterns[p];
      if (skipGeneric && spec.generic) continue;
      const ws = spec.windowBefore === void 0 ? lineWs : Math.max(0, hs - spec.windowBefore);
      const we = spec.windowAfter === void 0 ? Math.max(lineWe, he) : Math.min(text.length, he + spec.windowAfter);
      let list = windows[p];
      if (!list) {
        windows[p] = [ws, we];
        continue;
      }
      const n = list.length;
      const lastWs = list[n - 2];
      const lastWe = list[n - 1];
      if (ws <= lastWe && we >= lastWs) {
        if (ws < lastWs) list[n - 2] = ws;
        if (we > lastWe) list[n - 1] = we;
      } else {
        list.push(ws, we);
      }
    }
  }
  for (const p of compiled.unkeyed) {
    if (!(skipGeneric && patterns[p].spec.generic)) windows[p] = [0, text.length];
  }
  return windows;
}
function detectMatches(blob, compiled, opts = {}) {
  const text = blob.text;
  const lineStarts = blob.lineStarts.length > 0 ? blob.lineStarts : computeLineStarts(text);
  const skipGeneric = (opts.lockfile ?? isLockfile(blob.path)) || (opts.minified ?? isMinified(blob.path, text, lineStarts));
  const windows = buildWindows(compiled, text, lineStarts, skipGeneric);
  const matches = [];
  const seen = /* @__PURE__ */ new Set();
  for (let p = 0; p < windows.length; p++) {
    const list = windows[p];
    if (!list) continue;
    const cp = compiled.patterns[p];
    const re = cp.regex;
    for (let w = 0; w < list.length; w += 2) {
      const ws = list[w];
      const sub = text.slice(ws, list[w + 1]);
      re.lastIndex = 0;
      let m;
      while ((m = re.exec(sub)) !== null) {
        if (m[0].length === 0) re.lastIndex++;
        const secret = m[cp.group];
        const span = m.indices?.[cp.group];
        if (secret === void 0 || span === void 0) continue;
        const start = ws + span[0];
        const end = ws + span[1];
        const key = `${cp.spec.id}\0${start}\0${end}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const match = toMatch(cp, text, lineStarts, secret, start, end);
        if (match) matches.push(match);
      }
    }
  }
  matches.sort((a, b) => a.start - b.start || (a.patternId < b.patternId ? -1 : a.patternId > b.patternId ? 1 : 0));
  return matches;
}
function toMatch(cp, text, lineStarts, secret, start, end) {
  const c = { spec: cp.spec, allow: cp.allow, validator: cp.validator, secret, text, start, end, notes: [] };
  if (rejectReason(c) !== void 0) return void 0;
  const li = lineAt(lineStarts, start);
  const le = lineAt(lineStarts, end);
  const match = {
    patternId: cp.spec.id,
    start,
    end,
    line: li + 1,
    column: start - lineStarts[li] + 1,
    endLine: le + 1,
    endColumn: end - lineStarts[le] + 1,
    secret,
    entropy: c.entropy ?? shannonEntropy(secret),
    checksum: cp.validator ? c.checksumValid ? "valid" : "invalid" : "none"
  };
  if (c.notes.length > 0) match.notes = c.notes;
  return match;
}

// src/detect/posture.ts
var POSTURE_CONTEXTS = /* @__PURE__ */ new Set(["github-workflow", "gitlab-ci"]);
function detectPosture(_blob, _context, _ids) {
  return [];
}

// src/classify/context.ts
var HEAD_BYTES = 4096;
var CODE_EXTS = /* @__PURE__ */ new Set([
  "js",
  "mjs",
  "cjs",
  "jsx",
  "ts",
  "mts",
  "cts",
  "tsx",
  "vue",
  "svelte",
  "astro",
  "py",
  "pyw",
  "ipynb",
  "rb",
  "go",
  "java",
  "kt",
  "kts",
  "scala",
  "groovy",
  "gradle",
  "clj",
  "cljs",
  "cs",
  "fs",
  "vb",
  "php",
  "rs",
  "swift",
  "m",
  "mm",
  "dart",
  "lua",
  "pl",
  "pm",
  "r",
  "ex",
  "exs",
  "erl",
  "hs",
  "c",
  "cc",
  "cpp",
  "cxx",
  "h",
  "hh",
  "hpp",
  "sql",
  "sh",
  "bash",
  "zsh",
  "fish",
  "ksh",
  "ps1",
  "psm1",
  "bat",
  "cmd"
]);
var CONFIG_EXTS = /* @__PURE__ */ new Set([
  "yaml",
  "yml",
  "json",
  "jsonc",
  "json5",
  "toml",
  "ini",
  "cfg",
  "conf",
  "properties",
  "xml",
  "plist",
  "config",
  "props"
]);
var DOC_EXTS = /* @__PURE__ */ new Set(["md", "markdown", "mdx", "rst", "adoc", "asciidoc"]);
var DOC_DIRS = /* @__PURE__ */ new Set(["docs", "doc", "documentation"]);
var CI_BASENAMES = /* @__PURE__ */ new Set([
  "jenkinsfile",
  "azure-pipelines.yml",
  "azure-pipelines.yaml",
  "bitbucket-pipelines.yml",
  ".travis.yml",
  ".drone.yml",
  ".drone.yaml",
  "cloudbuild.yaml",
  "cloudbuild.yml",
  "cloudbuild.json",
  ".woodpecker.yml",
  ".woodpecker.yaml",
  "buildspec.yml",
  "buildspec.yaml",
  "appveyor.yml",
  ".appveyor.yml",
  "buildkite.yml",
  "buildkite.yaml",
  "action.yml",
  "action.yaml",
  "codemagic.yaml",
  "bitrise.yml"
]);
var CI_DIRS = [
  [".github", "actions"],
  [".gitea", "workflows"],
  [".forgejo", "workflows"],
  [".circleci"],
  [".buildkite"],
  [".azure-pipelines"],
  [".woodpecker"]
];
var PACKAGE_CONFIG_BASENAMES = /* @__PURE__ */ new Set([
  ".npmrc",
  ".yarnrc",
  ".yarnrc.yml",
  ".yarnrc.yaml",
  ".pypirc",
  ".netrc",
  "_netrc",
  ".git-credentials",
  "pip.conf",
  "pip.ini",
  "settings.xml",
  "nuget.config",
  ".terraformrc",
  "terraform.rc",
  "gradle.properties"
]);
var PACKAGE_CONFIG_IN_DIR = [
  [".docker", "config.json"],
  [".gem", "credentials"],
  [".cargo", "credentials"],
  [".cargo", "credentials.toml"],
  [".composer", "auth.json"],
  [".bundle", "config"],
  [".pip", "pip.conf"]
];
var K8S_DIRS = /* @__PURE__ */ new Set(["k8s", "kubernetes", "kube", "manifests", "kustomize"]);
var HELM_DIRS = /* @__PURE__ */ new Set(["charts", "chart", "helm", "helm-charts"]);
var TEST_DIRS = /* @__PURE__ */ new Set([
  "test",
  "tests",
  "__tests__",
  "spec",
  "specs",
  "fixtures",
  "__fixtures__",
  "testdata",
  "test-data",
  "test_data",
  "__mocks__"
]);
var EXAMPLE_DIRS = /* @__PURE__ */ new Set(["examples", "example"]);
var VENDOR_DIRS = /* @__PURE__ */ new Set(["node_modules", "vendor", "third_party", "third-party", "bower_components"]);
var TEST_FILE_RES = [
  /\.(?:test|spec)\.[^.]+$/,
  /_test\.(?:go|py|rb|exs?)$/,
  /^test_[^/]+\.py$/,
  /_spec\.rb$/,
  /[a-z0-9]Tests?\.(?:java|kt|cs|scala|groovy)$/
];
function splitPath(path) {
  const segs = path.replace(/\\/g, "/").replace(/^(?:\.\/)+/, "").split("/").filter((s) => s !== "" && s !== ".");
  const base = segs.pop() ?? "";
  const lower = base.toLowerCase();
  const dot = lower.lastIndexOf(".");
  const ext = dot > 0 ? lower.slice(dot + 1) : "";
  return { dirs: segs.map((s) => s.toLowerCase()), base, lower, ext };
}
function hasDirRun(dirs, run) {
  for (let i = 0; i + run.length <= dirs.length; i++) {
    if (run.every((seg, j) => dirs[i + j] === seg)) return true;
  }
  return false;
}
var isYaml = (p) => p.ext === "yml" || p.ext === "yaml";
function isDockerfile(p) {
  return p.lower === "dockerfile" || p.lower.startsWith("dockerfile.") || p.ext === "dockerfile" || p.lower === "containerfile" || p.lower.startsWith("containerfile.");
}
function isDotenv(p) {
  if (p.lower === ".env" || p.lower === ".envrc") return true;
  if (p.lower.startsWith(".env.")) {
    return !CODE_EXTS.has(p.ext) && !CONFIG_EXTS.has(p.ext) && !DOC_EXTS.has(p.ext);
  }
  return p.ext === "env" && p.lower.length > 4;
}
function isPackageConfig(p, head) {
  if (PACKAGE_CONFIG_BASENAMES.has(p.lower)) return true;
  const parent = p.dirs[p.dirs.length - 1];
  if (PACKAGE_CONFIG_IN_DIR.some(([dir, base]) => parent === dir && p.lower === base)) return true;
  if (p.lower === "config.json" && /"(?:auths|credHelpers|credsStore)"\s*:/.test(head)) return true;
  if (p.lower === "auth.json" && /"(?:http-basic|github-oauth|gitlab-token|bearer)"\s*:/.test(head)) return true;
  return false;
}
function isHelmValues(p, head) {
  if (!isYaml(p) || !/^values(?:[-_.][\w.-]*)?\.ya?ml$|[-_.]values\.ya?ml$/.test(p.lower)) return false;
  if (p.dirs.some((d) => HELM_DIRS.has(d) || d.endsWith("-chart"))) return true;
  return /^replicaCount:/m.test(head) || /^image:[ \t]*\r?\n[ \t]+repository:/m.test(head);
}
function isKubernetes(p, head) {
  if (p.lower === "kubeconfig" || p.lower.startsWith("kubeconfig.") || p.dirs.at(-1) === ".kube" && p.lower === "config") {
    return true;
  }
  if (!isYaml(p)) return false;
  if (p.lower === "kustomization.yaml" || p.lower === "kustomization.yml") return true;
  if (p.dirs.some((d) => K8S_DIRS.has(d))) return true;
  const tIdx = p.dirs.lastIndexOf("templates");
  if (tIdx > 0 && p.dirs.slice(0, tIdx).some((d) => HELM_DIRS.has(d) || d.endsWith("-chart"))) return true;
  return /^apiVersion:[ \t]*\S/m.test(head) && /^kind:[ \t]*\S/m.test(head);
}
var RULES = [
  ["github-workflow", (p) => isYaml(p) && hasDirRun(p.dirs, [".github", "workflows"])],
  [
    "gitlab-ci",
    (p) => /(?:^|\.)gitlab-ci\.ya?ml$/.test(p.lower) || isYaml(p) && hasDirRun(p.dirs, [".gitlab", "ci"])
  ],
  [
    "other-ci",
    (p) => CI_BASENAMES.has(p.lower) || p.lower.startsWith("jenkinsfile.") || p.ext === "jenkinsfile" || /^azure-pipelines[-.][\w.-]*\.ya?ml$/.test(p.lower) || isYaml(p) && CI_DIRS.some((run) => hasDirRun(p.dirs, run))
  ],
  ["dockerfile", isDockerfile],
  ["compose", (p) => isYaml(p) && /^(?:docker-)?compose(?:[-_.][\w.-]*)?\.ya?ml$/.test(p.lower)],
  ["package-config", isPackageConfig],
  ["dotenv", isDotenv],
  ["terraform", (p) => ["tf", "tfvars", "hcl"].includes(p.ext) || /\.(?:tf|tfvars)\.json$/.test(p.lower)],
  ["helm-values", isHelmValues],
  ["kubernetes", isKubernetes],
  ["code", (p) => CODE_EXTS.has(p.ext)],
  ["docs", (p) => DOC_EXTS.has(p.ext) || p.ext === "txt" && p.dirs.some((d) => DOC_DIRS.has(d))],
  ["config", (p) => CONFIG_EXTS.has(p.ext)]
];
function detectPathRole(p) {
  if (p.dirs.some((d) => VENDOR_DIRS.has(d))) return "vendor";
  if (p.dirs.some((d) => TEST_DIRS.has(d)) || TEST_FILE_RES.some((re) => re.test(p.base))) return "test";
  if (p.dirs.some((d) => DOC_DIRS.has(d) || EXAMPLE_DIRS.has(d)) || DOC_EXTS.has(p.ext)) return "docs";
  return "source";
}
function detectContext(path, head) {
  const parts = splitPath(path);
  const text = head === void 0 ? "" : head.slice(0, HEAD_BYTES);
  const rule = RULES.find(([, test]) => test(parts, text));
  return { context: rule ? rule[0] : "other", pathRole: detectPathRole(parts) };
}

// src/suppress/directives.ts
var PROBES = ["keyshift:", "gitleaks:allow", "pragma:", "trufflehog:ignore", "secretlint-disable"];
var KEYSHIFT = /keyshift:(allow-next-line|allow)(?![\w-])([^\r\n]*)/y;
var PATTERN_ID = /^[A-Za-z0-9][\w-]*(?:\.[A-Za-z0-9][\w-]*)+/;
var PRAGMA = /pragma: ?(?:allow|white)list[ -](nextline[ -])?secret/y;
var SECRETLINT = /secretlint-disable-(next-line|line)(?![\w-])/y;
var GITLEAKS = /gitleaks:allow(?![\w-])/y;
var TRUFFLEHOG = /trufflehog:ignore(?![\w-])/y;
var REASON_TAIL = /[\s]*(?:\*\/|-->|--%>|%>|#\}|\*\)|-\}|["'`]\s*[;,)]*)?\s*$/;
function findDirectives(text, lineStarts) {
  const out = /* @__PURE__ */ new Map();
  let hits;
  for (const probe of PROBES) {
    for (let i = text.indexOf(probe); i !== -1; i = text.indexOf(probe, i + probe.length)) {
      (hits ??= []).push(i);
    }
  }
  if (!hits) return out;
  hits.sort((a, b) => a - b);
  for (const at of hits) {
    const d = parseAt(text, at);
    if (!d) continue;
    const line = lineAt2(lineStarts, at);
    const directive = { line, appliesTo: d.next ? line + 1 : line, form: d.form, used: false };
    if (d.patternId) directive.patternId = d.patternId;
    if (d.reason) directive.reason = d.reason;
    const list = out.get(directive.appliesTo);
    if (list) list.push(directive);
    else out.set(directive.appliesTo, [directive]);
  }
  return out;
}
function parseAt(text, at) {
  const ch = text.charCodeAt(at);
  if (ch === 107) {
    const m = exec(KEYSHIFT, text, at);
    if (!m) return void 0;
    return { form: `keyshift:${m[1]}`, next: m[1] === "allow-next-line", ...parseTail(m[2] ?? "") };
  }
  if (ch === 112) {
    const m = exec(PRAGMA, text, at);
    if (!m) return void 0;
    return m[1] ? { form: "pragma: allowlist nextline secret", next: true } : { form: "pragma: allowlist secret", next: false };
  }
  if (ch === 115) {
    const m = exec(SECRETLINT, text, at);
    if (!m) return void 0;
    return { form: `secretlint-disable-${m[1]}`, next: m[1] === "next-line" };
  }
  if (ch === 103) return exec(GITLEAKS, text, at) ? { form: "gitleaks:allow", next: false } : void 0;
  if (ch === 116) return exec(TRUFFLEHOG, text, at) ? { form: "trufflehog:ignore", next: false } : void 0;
  return void 0;
}
function parseTail(tail) {
  const out = {};
  let rest = tail;
  const lead = /^[ \t]+/.exec(rest);
  if (lead) {
    rest = rest.slice(lead[0].length);
    const id = rest.startsWith("--") ? null : PATTERN_ID.exec(rest);
    if (id) {
      out.patternId = id[0];
      rest = rest.slice(id[0].length);
    }
  }
  const dash = /(?:^|[ \t])--(?:[ \t]|$)/.exec(rest);
  if (dash) {
    const reason = rest.slice(dash.index + dash[0].length).replace(REASON_TAIL, "").trim();
    if (reason && !reason.startsWith(">")) out.reason = reason;
  }
  return out;
}
function exec(re, text, at) {
  re.lastIndex = at;
  return re.exec(text);
}
function lineAt2(lineStarts, offset) {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

// src/scan-worker.ts
function createFileProcessor(patterns, opts) {
  const compiled = compileCatalog(patterns.filter((p) => !isPostureId(p.id)));
  const postureIds = new Set(patterns.filter((p) => isPostureId(p.id)).map((p) => p.id));
  return (item) => processItem(item, compiled, postureIds, opts);
}
function isPostureId(id) {
  return id.startsWith("posture.");
}
function processItem(item, compiled, postureIds, opts) {
  const blobOrSkip = readBlob(item, { maxFileSize: opts.maxFileSize });
  if ("reason" in blobOrSkip) {
    const { context: context2, pathRole: pathRole2 } = detectContext(item.path);
    return { path: item.path, skip: blobOrSkip, bytes: 0, matches: [], context: context2, pathRole: pathRole2, directives: [], commit: item.commit };
  }
  const blob = blobOrSkip;
  const { context, pathRole } = detectContext(item.path, blob.text.slice(0, 4096));
  let matches = detectMatches(blob, compiled, {
    lockfile: isLockfile(item.path),
    minified: isMinified(item.path, blob.text)
  });
  if (postureIds.size > 0 && POSTURE_CONTEXTS.has(context)) {
    matches = [...matches, ...detectPosture(blob, context, postureIds)].sort((a, b) => a.start - b.start || (a.patternId < b.patternId ? -1 : 1));
  }
  if (item.addedLines) {
    const added = new Set(item.addedLines);
    matches = matches.filter((m) => added.has(m.line));
  }
  const directives = matches.length > 0 ? [...findDirectives(blob.text, blob.lineStarts).entries()] : [];
  return { path: item.path, bytes: blob.bytes, matches, context, pathRole, directives, commit: item.commit };
}
if (parentPort && workerData?.keyshiftWorker) {
  const port = parentPort;
  const process = createFileProcessor(workerData.patterns, workerData.options);
  port.on("message", (msg) => {
    const out = [];
    for (const item of msg.items) {
      try {
        out.push(process(item));
      } catch (err) {
        const { context, pathRole } = detectContext(item.path);
        out.push({
          path: item.path,
          skip: { path: item.path, reason: "unreadable", detail: err instanceof Error ? err.message : String(err) },
          bytes: 0,
          matches: [],
          context,
          pathRole,
          directives: []
        });
      }
    }
    port.postMessage({ batch: msg.batch, outcomes: out });
  });
}
export {
  createFileProcessor,
  isPostureId
};
