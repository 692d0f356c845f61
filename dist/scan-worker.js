import { createRequire as __keyshiftCreateRequire } from 'node:module';
const require = __keyshiftCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/tar/dist/commonjs/index.min.js
var require_index_min = __commonJS({
  "node_modules/tar/dist/commonjs/index.min.js"(exports) {
    "use strict";
    var d = (s, e) => () => (e || s((e = { exports: {} }).exports, e), e.exports);
    var We = d((F) => {
      "use strict";
      var Do = F && F.__importDefault || function(s) {
        return s && s.__esModule ? s : { default: s };
      };
      Object.defineProperty(F, "__esModule", { value: true });
      F.Minipass = F.isWritable = F.isReadable = F.isStream = void 0;
      var kr = typeof process == "object" && process ? process : { stdout: null, stderr: null }, ss = __require("node:events"), qr = Do(__require("node:stream")), Po = __require("node:string_decoder"), No = (s) => !!s && typeof s == "object" && (s instanceof Zt || s instanceof qr.default || (0, F.isReadable)(s) || (0, F.isWritable)(s));
      F.isStream = No;
      var Mo = (s) => !!s && typeof s == "object" && s instanceof ss.EventEmitter && typeof s.pipe == "function" && s.pipe !== qr.default.Writable.prototype.pipe;
      F.isReadable = Mo;
      var Lo = (s) => !!s && typeof s == "object" && s instanceof ss.EventEmitter && typeof s.write == "function" && typeof s.end == "function";
      F.isWritable = Lo;
      var ce = /* @__PURE__ */ Symbol("EOF"), ue = /* @__PURE__ */ Symbol("maybeEmitEnd"), we = /* @__PURE__ */ Symbol("emittedEnd"), jt = /* @__PURE__ */ Symbol("emittingEnd"), dt = /* @__PURE__ */ Symbol("emittedError"), Ut = /* @__PURE__ */ Symbol("closed"), xr = /* @__PURE__ */ Symbol("read"), qt = /* @__PURE__ */ Symbol("flush"), jr = /* @__PURE__ */ Symbol("flushChunk"), K = /* @__PURE__ */ Symbol("encoding"), Ue = /* @__PURE__ */ Symbol("decoder"), R = /* @__PURE__ */ Symbol("flowing"), mt = /* @__PURE__ */ Symbol("paused"), qe = /* @__PURE__ */ Symbol("resume"), O = /* @__PURE__ */ Symbol("buffer"), I = /* @__PURE__ */ Symbol("pipes"), v = /* @__PURE__ */ Symbol("bufferLength"), Xi = /* @__PURE__ */ Symbol("bufferPush"), Wt = /* @__PURE__ */ Symbol("bufferShift"), N = /* @__PURE__ */ Symbol("objectMode"), E = /* @__PURE__ */ Symbol("destroyed"), Qi = /* @__PURE__ */ Symbol("error"), Ji = /* @__PURE__ */ Symbol("emitData"), Ur = /* @__PURE__ */ Symbol("emitEnd"), es = /* @__PURE__ */ Symbol("emitEnd2"), J = /* @__PURE__ */ Symbol("async"), ts = /* @__PURE__ */ Symbol("abort"), Ht = /* @__PURE__ */ Symbol("aborted"), pt = /* @__PURE__ */ Symbol("signal"), Ne = /* @__PURE__ */ Symbol("dataListeners"), x = /* @__PURE__ */ Symbol("discarded"), _t = (s) => Promise.resolve().then(s), Ao = (s) => s(), Io = (s) => s === "end" || s === "finish" || s === "prefinish", Fo = (s) => s instanceof ArrayBuffer || !!s && typeof s == "object" && s.constructor && s.constructor.name === "ArrayBuffer" && s.byteLength >= 0, Co = (s) => !Buffer.isBuffer(s) && ArrayBuffer.isView(s), Gt = class {
        src;
        dest;
        opts;
        ondrain;
        constructor(e, t, i) {
          this.src = e, this.dest = t, this.opts = i, this.ondrain = () => e[qe](), this.dest.on("drain", this.ondrain);
        }
        unpipe() {
          this.dest.removeListener("drain", this.ondrain);
        }
        proxyErrors(e) {
        }
        end() {
          this.unpipe(), this.opts.end && this.dest.end();
        }
      }, is = class extends Gt {
        unpipe() {
          this.src.removeListener("error", this.proxyErrors), super.unpipe();
        }
        constructor(e, t, i) {
          super(e, t, i), this.proxyErrors = (r) => this.dest.emit("error", r), e.on("error", this.proxyErrors);
        }
      }, Bo = (s) => !!s.objectMode, zo = (s) => !s.objectMode && !!s.encoding && s.encoding !== "buffer", Zt = class extends ss.EventEmitter {
        [R] = false;
        [mt] = false;
        [I] = [];
        [O] = [];
        [N];
        [K];
        [J];
        [Ue];
        [ce] = false;
        [we] = false;
        [jt] = false;
        [Ut] = false;
        [dt] = null;
        [v] = 0;
        [E] = false;
        [pt];
        [Ht] = false;
        [Ne] = 0;
        [x] = false;
        writable = true;
        readable = true;
        constructor(...e) {
          let t = e[0] || {};
          if (super(), t.objectMode && typeof t.encoding == "string") throw new TypeError("Encoding and objectMode may not be used together");
          Bo(t) ? (this[N] = true, this[K] = null) : zo(t) ? (this[K] = t.encoding, this[N] = false) : (this[N] = false, this[K] = null), this[J] = !!t.async, this[Ue] = this[K] ? new Po.StringDecoder(this[K]) : null, t && t.debugExposeBuffer === true && Object.defineProperty(this, "buffer", { get: () => this[O] }), t && t.debugExposePipes === true && Object.defineProperty(this, "pipes", { get: () => this[I] });
          let { signal: i } = t;
          i && (this[pt] = i, i.aborted ? this[ts]() : i.addEventListener("abort", () => this[ts]()));
        }
        get bufferLength() {
          return this[v];
        }
        get encoding() {
          return this[K];
        }
        set encoding(e) {
          throw new Error("Encoding must be set at instantiation time");
        }
        setEncoding(e) {
          throw new Error("Encoding must be set at instantiation time");
        }
        get objectMode() {
          return this[N];
        }
        set objectMode(e) {
          throw new Error("objectMode must be set at instantiation time");
        }
        get async() {
          return this[J];
        }
        set async(e) {
          this[J] = this[J] || !!e;
        }
        [ts]() {
          this[Ht] = true, this.emit("abort", this[pt]?.reason), this.destroy(this[pt]?.reason);
        }
        get aborted() {
          return this[Ht];
        }
        set aborted(e) {
        }
        write(e, t, i) {
          if (this[Ht]) return false;
          if (this[ce]) throw new Error("write after end");
          if (this[E]) return this.emit("error", Object.assign(new Error("Cannot call write after a stream was destroyed"), { code: "ERR_STREAM_DESTROYED" })), true;
          typeof t == "function" && (i = t, t = "utf8"), t || (t = "utf8");
          let r = this[J] ? _t : Ao;
          if (!this[N] && !Buffer.isBuffer(e)) {
            if (Co(e)) e = Buffer.from(e.buffer, e.byteOffset, e.byteLength);
            else if (Fo(e)) e = Buffer.from(e);
            else if (typeof e != "string") throw new Error("Non-contiguous data written to non-objectMode stream");
          }
          return this[N] ? (this[R] && this[v] !== 0 && this[qt](true), this[R] ? this.emit("data", e) : this[Xi](e), this[v] !== 0 && this.emit("readable"), i && r(i), this[R]) : e.length ? (typeof e == "string" && !(t === this[K] && !this[Ue]?.lastNeed) && (e = Buffer.from(e, t)), Buffer.isBuffer(e) && this[K] && (e = this[Ue].write(e)), this[R] && this[v] !== 0 && this[qt](true), this[R] ? this.emit("data", e) : this[Xi](e), this[v] !== 0 && this.emit("readable"), i && r(i), this[R]) : (this[v] !== 0 && this.emit("readable"), i && r(i), this[R]);
        }
        read(e) {
          if (this[E]) return null;
          if (this[x] = false, this[v] === 0 || e === 0 || e && e > this[v]) return this[ue](), null;
          this[N] && (e = null), this[O].length > 1 && !this[N] && (this[O] = [this[K] ? this[O].join("") : Buffer.concat(this[O], this[v])]);
          let t = this[xr](e || null, this[O][0]);
          return this[ue](), t;
        }
        [xr](e, t) {
          if (this[N]) this[Wt]();
          else {
            let i = t;
            e === i.length || e === null ? this[Wt]() : typeof i == "string" ? (this[O][0] = i.slice(e), t = i.slice(0, e), this[v] -= e) : (this[O][0] = i.subarray(e), t = i.subarray(0, e), this[v] -= e);
          }
          return this.emit("data", t), !this[O].length && !this[ce] && this.emit("drain"), t;
        }
        end(e, t, i) {
          return typeof e == "function" && (i = e, e = void 0), typeof t == "function" && (i = t, t = "utf8"), e !== void 0 && this.write(e, t), i && this.once("end", i), this[ce] = true, this.writable = false, (this[R] || !this[mt]) && this[ue](), this;
        }
        [qe]() {
          this[E] || (!this[Ne] && !this[I].length && (this[x] = true), this[mt] = false, this[R] = true, this.emit("resume"), this[O].length ? this[qt]() : this[ce] ? this[ue]() : this.emit("drain"));
        }
        resume() {
          return this[qe]();
        }
        pause() {
          this[R] = false, this[mt] = true, this[x] = false;
        }
        get destroyed() {
          return this[E];
        }
        get flowing() {
          return this[R];
        }
        get paused() {
          return this[mt];
        }
        [Xi](e) {
          this[N] ? this[v] += 1 : this[v] += e.length, this[O].push(e);
        }
        [Wt]() {
          return this[N] ? this[v] -= 1 : this[v] -= this[O][0].length, this[O].shift();
        }
        [qt](e = false) {
          do
            ;
          while (this[jr](this[Wt]()) && this[O].length);
          !e && !this[O].length && !this[ce] && this.emit("drain");
        }
        [jr](e) {
          return this.emit("data", e), this[R];
        }
        pipe(e, t) {
          if (this[E]) return e;
          this[x] = false;
          let i = this[we];
          return t = t || {}, e === kr.stdout || e === kr.stderr ? t.end = false : t.end = t.end !== false, t.proxyErrors = !!t.proxyErrors, i ? t.end && e.end() : (this[I].push(t.proxyErrors ? new is(this, e, t) : new Gt(this, e, t)), this[J] ? _t(() => this[qe]()) : this[qe]()), e;
        }
        unpipe(e) {
          let t = this[I].find((i) => i.dest === e);
          t && (this[I].length === 1 ? (this[R] && this[Ne] === 0 && (this[R] = false), this[I] = []) : this[I].splice(this[I].indexOf(t), 1), t.unpipe());
        }
        addListener(e, t) {
          return this.on(e, t);
        }
        on(e, t) {
          let i = super.on(e, t);
          if (e === "data") this[x] = false, this[Ne]++, !this[I].length && !this[R] && this[qe]();
          else if (e === "readable" && this[v] !== 0) super.emit("readable");
          else if (Io(e) && this[we]) super.emit(e), this.removeAllListeners(e);
          else if (e === "error" && this[dt]) {
            let r = t;
            this[J] ? _t(() => r.call(this, this[dt])) : r.call(this, this[dt]);
          }
          return i;
        }
        removeListener(e, t) {
          return this.off(e, t);
        }
        off(e, t) {
          let i = super.off(e, t);
          return e === "data" && (this[Ne] = this.listeners("data").length, this[Ne] === 0 && !this[x] && !this[I].length && (this[R] = false)), i;
        }
        removeAllListeners(e) {
          let t = super.removeAllListeners(e);
          return (e === "data" || e === void 0) && (this[Ne] = 0, !this[x] && !this[I].length && (this[R] = false)), t;
        }
        get emittedEnd() {
          return this[we];
        }
        [ue]() {
          !this[jt] && !this[we] && !this[E] && this[O].length === 0 && this[ce] && (this[jt] = true, this.emit("end"), this.emit("prefinish"), this.emit("finish"), this[Ut] && this.emit("close"), this[jt] = false);
        }
        emit(e, ...t) {
          let i = t[0];
          if (e !== "error" && e !== "close" && e !== E && this[E]) return false;
          if (e === "data") return !this[N] && !i ? false : this[J] ? (_t(() => this[Ji](i)), true) : this[Ji](i);
          if (e === "end") return this[Ur]();
          if (e === "close") {
            if (this[Ut] = true, !this[we] && !this[E]) return false;
            let n = super.emit("close");
            return this.removeAllListeners("close"), n;
          } else if (e === "error") {
            this[dt] = i, super.emit(Qi, i);
            let n = !this[pt] || this.listeners("error").length ? super.emit("error", i) : false;
            return this[ue](), n;
          } else if (e === "resume") {
            let n = super.emit("resume");
            return this[ue](), n;
          } else if (e === "finish" || e === "prefinish") {
            let n = super.emit(e);
            return this.removeAllListeners(e), n;
          }
          let r = super.emit(e, ...t);
          return this[ue](), r;
        }
        [Ji](e) {
          for (let i of this[I]) i.dest.write(e) === false && this.pause();
          let t = this[x] ? false : super.emit("data", e);
          return this[ue](), t;
        }
        [Ur]() {
          return this[we] ? false : (this[we] = true, this.readable = false, this[J] ? (_t(() => this[es]()), true) : this[es]());
        }
        [es]() {
          if (this[Ue]) {
            let t = this[Ue].end();
            if (t) {
              for (let i of this[I]) i.dest.write(t);
              this[x] || super.emit("data", t);
            }
          }
          for (let t of this[I]) t.end();
          let e = super.emit("end");
          return this.removeAllListeners("end"), e;
        }
        async collect() {
          let e = Object.assign([], { dataLength: 0 });
          this[N] || (e.dataLength = 0);
          let t = this.promise();
          return this.on("data", (i) => {
            e.push(i), this[N] || (e.dataLength += i.length);
          }), await t, e;
        }
        async concat() {
          if (this[N]) throw new Error("cannot concat in objectMode");
          let e = await this.collect();
          return this[K] ? e.join("") : Buffer.concat(e, e.dataLength);
        }
        async promise() {
          return new Promise((e, t) => {
            this.on(E, () => t(new Error("stream destroyed"))), this.on("error", (i) => t(i)), this.on("end", () => e());
          });
        }
        [Symbol.asyncIterator]() {
          this[x] = false;
          let e = false, t = async () => (this.pause(), e = true, { value: void 0, done: true });
          return { next: () => {
            if (e) return t();
            let r = this.read();
            if (r !== null) return Promise.resolve({ done: false, value: r });
            if (this[ce]) return t();
            let n, o, a = (u) => {
              this.off("data", h), this.off("end", l), this.off(E, c), t(), o(u);
            }, h = (u) => {
              this.off("error", a), this.off("end", l), this.off(E, c), this.pause(), n({ value: u, done: !!this[ce] });
            }, l = () => {
              this.off("error", a), this.off("data", h), this.off(E, c), t(), n({ done: true, value: void 0 });
            }, c = () => a(new Error("stream destroyed"));
            return new Promise((u, b) => {
              o = b, n = u, this.once(E, c), this.once("error", a), this.once("end", l), this.once("data", h);
            });
          }, throw: t, return: t, [Symbol.asyncIterator]() {
            return this;
          }, [Symbol.asyncDispose]: async () => {
          } };
        }
        [Symbol.iterator]() {
          this[x] = false;
          let e = false, t = () => (this.pause(), this.off(Qi, t), this.off(E, t), this.off("end", t), e = true, { done: true, value: void 0 }), i = () => {
            if (e) return t();
            let r = this.read();
            return r === null ? t() : { done: false, value: r };
          };
          return this.once("end", t), this.once(Qi, t), this.once(E, t), { next: i, throw: t, return: t, [Symbol.iterator]() {
            return this;
          }, [Symbol.dispose]: () => {
          } };
        }
        destroy(e) {
          if (this[E]) return e ? this.emit("error", e) : this.emit(E), this;
          this[E] = true, this[x] = true, this[O].length = 0, this[v] = 0;
          let t = this;
          return typeof t.close == "function" && !this[Ut] && t.close(), e ? this.emit("error", e) : this.emit(E), this;
        }
        static get isStream() {
          return F.isStream;
        }
      };
      F.Minipass = Zt;
    });
    var Ke = d((W) => {
      "use strict";
      var Wr = W && W.__importDefault || function(s) {
        return s && s.__esModule ? s : { default: s };
      };
      Object.defineProperty(W, "__esModule", { value: true });
      W.WriteStreamSync = W.WriteStream = W.ReadStreamSync = W.ReadStream = void 0;
      var ko = Wr(__require("events")), z = Wr(__require("fs")), xo = We(), jo = z.default.writev, Ee = /* @__PURE__ */ Symbol("_autoClose"), $ = /* @__PURE__ */ Symbol("_close"), wt = /* @__PURE__ */ Symbol("_ended"), p = /* @__PURE__ */ Symbol("_fd"), rs = /* @__PURE__ */ Symbol("_finished"), de = /* @__PURE__ */ Symbol("_flags"), ns = /* @__PURE__ */ Symbol("_flush"), ls = /* @__PURE__ */ Symbol("_handleChunk"), cs = /* @__PURE__ */ Symbol("_makeBuf"), Et = /* @__PURE__ */ Symbol("_mode"), Yt = /* @__PURE__ */ Symbol("_needDrain"), Ze = /* @__PURE__ */ Symbol("_onerror"), Ye = /* @__PURE__ */ Symbol("_onopen"), os = /* @__PURE__ */ Symbol("_onread"), He = /* @__PURE__ */ Symbol("_onwrite"), be = /* @__PURE__ */ Symbol("_open"), V = /* @__PURE__ */ Symbol("_path"), ye = /* @__PURE__ */ Symbol("_pos"), ee = /* @__PURE__ */ Symbol("_queue"), Ge = /* @__PURE__ */ Symbol("_read"), as = /* @__PURE__ */ Symbol("_readSize"), fe = /* @__PURE__ */ Symbol("_reading"), yt = /* @__PURE__ */ Symbol("_remain"), hs = /* @__PURE__ */ Symbol("_size"), Kt = /* @__PURE__ */ Symbol("_write"), Me = /* @__PURE__ */ Symbol("_writing"), Vt = /* @__PURE__ */ Symbol("_defaultFlag"), Le = /* @__PURE__ */ Symbol("_errored"), $t = class extends xo.Minipass {
        [Le] = false;
        [p];
        [V];
        [as];
        [fe] = false;
        [hs];
        [yt];
        [Ee];
        constructor(e, t) {
          if (t = t || {}, super(t), this.readable = true, this.writable = false, typeof e != "string") throw new TypeError("path must be a string");
          this[Le] = false, this[p] = typeof t.fd == "number" ? t.fd : void 0, this[V] = e, this[as] = t.readSize || 16 * 1024 * 1024, this[fe] = false, this[hs] = typeof t.size == "number" ? t.size : 1 / 0, this[yt] = this[hs], this[Ee] = typeof t.autoClose == "boolean" ? t.autoClose : true, typeof this[p] == "number" ? this[Ge]() : this[be]();
        }
        get fd() {
          return this[p];
        }
        get path() {
          return this[V];
        }
        write() {
          throw new TypeError("this is a readable stream");
        }
        end() {
          throw new TypeError("this is a readable stream");
        }
        [be]() {
          z.default.open(this[V], "r", (e, t) => this[Ye](e, t));
        }
        [Ye](e, t) {
          e ? this[Ze](e) : (this[p] = t, this.emit("open", t), this[Ge]());
        }
        [cs]() {
          return Buffer.allocUnsafe(Math.min(this[as], this[yt]));
        }
        [Ge]() {
          if (!this[fe]) {
            this[fe] = true;
            let e = this[cs]();
            if (e.length === 0) return process.nextTick(() => this[os](null, 0, e));
            z.default.read(this[p], e, 0, e.length, null, (t, i, r) => this[os](t, i, r));
          }
        }
        [os](e, t, i) {
          this[fe] = false, e ? this[Ze](e) : this[ls](t, i) && this[Ge]();
        }
        [$]() {
          if (this[Ee] && typeof this[p] == "number") {
            let e = this[p];
            this[p] = void 0, z.default.close(e, (t) => t ? this.emit("error", t) : this.emit("close"));
          }
        }
        [Ze](e) {
          this[fe] = true, this[$](), this.emit("error", e);
        }
        [ls](e, t) {
          let i = false;
          return this[yt] -= e, e > 0 && (i = super.write(e < t.length ? t.subarray(0, e) : t)), (e === 0 || this[yt] <= 0) && (i = false, this[$](), super.end()), i;
        }
        emit(e, ...t) {
          switch (e) {
            case "prefinish":
            case "finish":
              return false;
            case "drain":
              return typeof this[p] == "number" && this[Ge](), false;
            case "error":
              return this[Le] ? false : (this[Le] = true, super.emit(e, ...t));
            default:
              return super.emit(e, ...t);
          }
        }
      };
      W.ReadStream = $t;
      var us = class extends $t {
        [be]() {
          let e = true;
          try {
            this[Ye](null, z.default.openSync(this[V], "r")), e = false;
          } finally {
            e && this[$]();
          }
        }
        [Ge]() {
          let e = true;
          try {
            if (!this[fe]) {
              this[fe] = true;
              do {
                let t = this[cs](), i = t.length === 0 ? 0 : z.default.readSync(this[p], t, 0, t.length, null);
                if (!this[ls](i, t)) break;
              } while (true);
              this[fe] = false;
            }
            e = false;
          } finally {
            e && this[$]();
          }
        }
        [$]() {
          if (this[Ee] && typeof this[p] == "number") {
            let e = this[p];
            this[p] = void 0, z.default.closeSync(e), this.emit("close");
          }
        }
      };
      W.ReadStreamSync = us;
      var Xt = class extends ko.default {
        readable = false;
        writable = true;
        [Le] = false;
        [Me] = false;
        [wt] = false;
        [ee] = [];
        [Yt] = false;
        [V];
        [Et];
        [Ee];
        [p];
        [Vt];
        [de];
        [rs] = false;
        [ye];
        constructor(e, t) {
          t = t || {}, super(t), this[V] = e, this[p] = typeof t.fd == "number" ? t.fd : void 0, this[Et] = t.mode === void 0 ? 438 : t.mode, this[ye] = typeof t.start == "number" ? t.start : void 0, this[Ee] = typeof t.autoClose == "boolean" ? t.autoClose : true;
          let i = this[ye] !== void 0 ? "r+" : "w";
          this[Vt] = t.flags === void 0, this[de] = t.flags === void 0 ? i : t.flags, this[p] === void 0 && this[be]();
        }
        emit(e, ...t) {
          if (e === "error") {
            if (this[Le]) return false;
            this[Le] = true;
          }
          return super.emit(e, ...t);
        }
        get fd() {
          return this[p];
        }
        get path() {
          return this[V];
        }
        [Ze](e) {
          this[$](), this[Me] = true, this.emit("error", e);
        }
        [be]() {
          z.default.open(this[V], this[de], this[Et], (e, t) => this[Ye](e, t));
        }
        [Ye](e, t) {
          this[Vt] && this[de] === "r+" && e && e.code === "ENOENT" ? (this[de] = "w", this[be]()) : e ? this[Ze](e) : (this[p] = t, this.emit("open", t), this[Me] || this[ns]());
        }
        end(e, t) {
          return e && this.write(e, t), this[wt] = true, !this[Me] && !this[ee].length && typeof this[p] == "number" && this[He](null, 0), this;
        }
        write(e, t) {
          return typeof e == "string" && (e = Buffer.from(e, t)), this[wt] ? (this.emit("error", new Error("write() after end()")), false) : this[p] === void 0 || this[Me] || this[ee].length ? (this[ee].push(e), this[Yt] = true, false) : (this[Me] = true, this[Kt](e), true);
        }
        [Kt](e) {
          z.default.write(this[p], e, 0, e.length, this[ye], (t, i) => this[He](t, i));
        }
        [He](e, t) {
          e ? this[Ze](e) : (this[ye] !== void 0 && typeof t == "number" && (this[ye] += t), this[ee].length ? this[ns]() : (this[Me] = false, this[wt] && !this[rs] ? (this[rs] = true, this[$](), this.emit("finish")) : this[Yt] && (this[Yt] = false, this.emit("drain"))));
        }
        [ns]() {
          if (this[ee].length === 0) this[wt] && this[He](null, 0);
          else if (this[ee].length === 1) this[Kt](this[ee].pop());
          else {
            let e = this[ee];
            this[ee] = [], jo(this[p], e, this[ye], (t, i) => this[He](t, i));
          }
        }
        [$]() {
          if (this[Ee] && typeof this[p] == "number") {
            let e = this[p];
            this[p] = void 0, z.default.close(e, (t) => t ? this.emit("error", t) : this.emit("close"));
          }
        }
      };
      W.WriteStream = Xt;
      var fs3 = class extends Xt {
        [be]() {
          let e;
          if (this[Vt] && this[de] === "r+") try {
            e = z.default.openSync(this[V], this[de], this[Et]);
          } catch (t) {
            if (t?.code === "ENOENT") return this[de] = "w", this[be]();
            throw t;
          }
          else e = z.default.openSync(this[V], this[de], this[Et]);
          this[Ye](null, e);
        }
        [$]() {
          if (this[Ee] && typeof this[p] == "number") {
            let e = this[p];
            this[p] = void 0, z.default.closeSync(e), this.emit("close");
          }
        }
        [Kt](e) {
          let t = true;
          try {
            this[He](null, z.default.writeSync(this[p], e, 0, e.length, this[ye])), t = false;
          } finally {
            if (t) try {
              this[$]();
            } catch {
            }
          }
        }
      };
      W.WriteStreamSync = fs3;
    });
    var Qt = d((S) => {
      "use strict";
      Object.defineProperty(S, "__esModule", { value: true });
      S.dealias = S.isNoFile = S.isFile = S.isAsync = S.isSync = S.isAsyncNoFile = S.isSyncNoFile = S.isAsyncFile = S.isSyncFile = void 0;
      var Uo = /* @__PURE__ */ new Map([["C", "cwd"], ["f", "file"], ["z", "gzip"], ["P", "preservePaths"], ["U", "unlink"], ["strip-components", "strip"], ["stripComponents", "strip"], ["keep-newer", "newer"], ["keepNewer", "newer"], ["keep-newer-files", "newer"], ["keepNewerFiles", "newer"], ["k", "keep"], ["keep-existing", "keep"], ["keepExisting", "keep"], ["m", "noMtime"], ["no-mtime", "noMtime"], ["p", "preserveOwner"], ["L", "follow"], ["h", "follow"], ["onentry", "onReadEntry"]]), qo = (s) => !!s.sync && !!s.file;
      S.isSyncFile = qo;
      var Wo = (s) => !s.sync && !!s.file;
      S.isAsyncFile = Wo;
      var Ho = (s) => !!s.sync && !s.file;
      S.isSyncNoFile = Ho;
      var Go = (s) => !s.sync && !s.file;
      S.isAsyncNoFile = Go;
      var Zo = (s) => !!s.sync;
      S.isSync = Zo;
      var Yo = (s) => !s.sync;
      S.isAsync = Yo;
      var Ko = (s) => !!s.file;
      S.isFile = Ko;
      var Vo = (s) => !s.file;
      S.isNoFile = Vo;
      var $o = (s) => {
        let e = Uo.get(s);
        return e || s;
      }, Xo = (s = {}) => {
        if (!s) return {};
        let e = {};
        for (let [t, i] of Object.entries(s)) {
          let r = $o(t);
          e[r] = i;
        }
        return e.chmod === void 0 && e.noChmod === false && (e.chmod = true), delete e.noChmod, e;
      };
      S.dealias = Xo;
    });
    var Ve = d((Jt) => {
      "use strict";
      Object.defineProperty(Jt, "__esModule", { value: true });
      Jt.makeCommand = void 0;
      var bt = Qt(), Qo = (s, e, t, i, r) => Object.assign((n = [], o, a) => {
        Array.isArray(n) && (o = n, n = {}), typeof o == "function" && (a = o, o = void 0), o = o ? Array.from(o) : [];
        let h = (0, bt.dealias)(n);
        if (r?.(h, o), (0, bt.isSyncFile)(h)) {
          if (typeof a == "function") throw new TypeError("callback not supported for sync tar functions");
          return s(h, o);
        } else if ((0, bt.isAsyncFile)(h)) {
          let l = e(h, o);
          return a ? l.then(() => a(), a) : l;
        } else if ((0, bt.isSyncNoFile)(h)) {
          if (typeof a == "function") throw new TypeError("callback not supported for sync tar functions");
          return t(h, o);
        } else if ((0, bt.isAsyncNoFile)(h)) {
          if (typeof a == "function") throw new TypeError("callback only supported with file option");
          return i(h, o);
        }
        throw new Error("impossible options??");
      }, { syncFile: s, asyncFile: e, syncNoFile: t, asyncNoFile: i, validate: r });
      Jt.makeCommand = Qo;
    });
    var ds = d(($e) => {
      "use strict";
      var Jo = $e && $e.__importDefault || function(s) {
        return s && s.__esModule ? s : { default: s };
      };
      Object.defineProperty($e, "__esModule", { value: true });
      $e.constants = void 0;
      var ea = Jo(__require("zlib")), ta = ea.default.constants || { ZLIB_VERNUM: 4736 };
      $e.constants = Object.freeze(Object.assign(/* @__PURE__ */ Object.create(null), { Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5, Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3, Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6, Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1, Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0, DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7, BROTLI_DECODE: 8, BROTLI_ENCODE: 9, Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15, Z_MIN_CHUNK: 64, Z_MAX_CHUNK: 1 / 0, Z_DEFAULT_CHUNK: 16384, Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8, Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1, BROTLI_OPERATION_PROCESS: 0, BROTLI_OPERATION_FLUSH: 1, BROTLI_OPERATION_FINISH: 2, BROTLI_OPERATION_EMIT_METADATA: 3, BROTLI_MODE_GENERIC: 0, BROTLI_MODE_TEXT: 1, BROTLI_MODE_FONT: 2, BROTLI_DEFAULT_MODE: 0, BROTLI_MIN_QUALITY: 0, BROTLI_MAX_QUALITY: 11, BROTLI_DEFAULT_QUALITY: 11, BROTLI_MIN_WINDOW_BITS: 10, BROTLI_MAX_WINDOW_BITS: 24, BROTLI_LARGE_MAX_WINDOW_BITS: 30, BROTLI_DEFAULT_WINDOW: 22, BROTLI_MIN_INPUT_BLOCK_BITS: 16, BROTLI_MAX_INPUT_BLOCK_BITS: 24, BROTLI_PARAM_MODE: 0, BROTLI_PARAM_QUALITY: 1, BROTLI_PARAM_LGWIN: 2, BROTLI_PARAM_LGBLOCK: 3, BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING: 4, BROTLI_PARAM_SIZE_HINT: 5, BROTLI_PARAM_LARGE_WINDOW: 6, BROTLI_PARAM_NPOSTFIX: 7, BROTLI_PARAM_NDIRECT: 8, BROTLI_DECODER_RESULT_ERROR: 0, BROTLI_DECODER_RESULT_SUCCESS: 1, BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT: 2, BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT: 3, BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION: 0, BROTLI_DECODER_PARAM_LARGE_WINDOW: 1, BROTLI_DECODER_NO_ERROR: 0, BROTLI_DECODER_SUCCESS: 1, BROTLI_DECODER_NEEDS_MORE_INPUT: 2, BROTLI_DECODER_NEEDS_MORE_OUTPUT: 3, BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE: -1, BROTLI_DECODER_ERROR_FORMAT_RESERVED: -2, BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE: -3, BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET: -4, BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME: -5, BROTLI_DECODER_ERROR_FORMAT_CL_SPACE: -6, BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE: -7, BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT: -8, BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1: -9, BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2: -10, BROTLI_DECODER_ERROR_FORMAT_TRANSFORM: -11, BROTLI_DECODER_ERROR_FORMAT_DICTIONARY: -12, BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS: -13, BROTLI_DECODER_ERROR_FORMAT_PADDING_1: -14, BROTLI_DECODER_ERROR_FORMAT_PADDING_2: -15, BROTLI_DECODER_ERROR_FORMAT_DISTANCE: -16, BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET: -19, BROTLI_DECODER_ERROR_INVALID_ARGUMENTS: -20, BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES: -21, BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS: -22, BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP: -25, BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1: -26, BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2: -27, BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES: -30, BROTLI_DECODER_ERROR_UNREACHABLE: -31 }, ta));
    });
    var Ps = d((f) => {
      "use strict";
      var ia = f && f.__createBinding || (Object.create ? (function(s, e, t, i) {
        i === void 0 && (i = t);
        var r = Object.getOwnPropertyDescriptor(e, t);
        (!r || ("get" in r ? !e.__esModule : r.writable || r.configurable)) && (r = { enumerable: true, get: function() {
          return e[t];
        } }), Object.defineProperty(s, i, r);
      }) : (function(s, e, t, i) {
        i === void 0 && (i = t), s[i] = e[t];
      })), sa = f && f.__setModuleDefault || (Object.create ? (function(s, e) {
        Object.defineProperty(s, "default", { enumerable: true, value: e });
      }) : function(s, e) {
        s.default = e;
      }), ra = f && f.__importStar || /* @__PURE__ */ (function() {
        var s = function(e) {
          return s = Object.getOwnPropertyNames || function(t) {
            var i = [];
            for (var r in t) Object.prototype.hasOwnProperty.call(t, r) && (i[i.length] = r);
            return i;
          }, s(e);
        };
        return function(e) {
          if (e && e.__esModule) return e;
          var t = {};
          if (e != null) for (var i = s(e), r = 0; r < i.length; r++) i[r] !== "default" && ia(t, e, i[r]);
          return sa(t, e), t;
        };
      })(), na = f && f.__importDefault || function(s) {
        return s && s.__esModule ? s : { default: s };
      };
      Object.defineProperty(f, "__esModule", { value: true });
      f.ZstdDecompress = f.ZstdCompress = f.BrotliDecompress = f.BrotliCompress = f.Unzip = f.InflateRaw = f.DeflateRaw = f.Gunzip = f.Gzip = f.Inflate = f.Deflate = f.Zlib = f.ZlibError = f.constants = void 0;
      var _s = na(__require("assert")), Ae = __require("buffer"), oa = We(), Hr = ra(__require("zlib")), te = ds(), aa = ds();
      Object.defineProperty(f, "constants", { enumerable: true, get: function() {
        return aa.constants;
      } });
      var ha = Ae.Buffer.concat, Gr = Object.getOwnPropertyDescriptor(Ae.Buffer, "concat"), la = (s) => s, ms = Gr?.writable === true || Gr?.set !== void 0 ? (s) => {
        Ae.Buffer.concat = s ? la : ha;
      } : (s) => {
      }, Ie = /* @__PURE__ */ Symbol("_superWrite"), Fe = class extends Error {
        code;
        errno;
        constructor(e, t) {
          super("zlib: " + e.message, { cause: e }), this.code = e.code, this.errno = e.errno, this.code || (this.code = "ZLIB_ERROR"), this.message = "zlib: " + e.message, Error.captureStackTrace(this, t ?? this.constructor);
        }
        get name() {
          return "ZlibError";
        }
      };
      f.ZlibError = Fe;
      var ps = /* @__PURE__ */ Symbol("flushFlag"), St = class extends oa.Minipass {
        #e = false;
        #i = false;
        #s;
        #n;
        #r;
        #t;
        #o;
        get sawError() {
          return this.#e;
        }
        get handle() {
          return this.#t;
        }
        get flushFlag() {
          return this.#s;
        }
        constructor(e, t) {
          if (!e || typeof e != "object") throw new TypeError("invalid options for ZlibBase constructor");
          if (super(e), this.#s = e.flush ?? 0, this.#n = e.finishFlush ?? 0, this.#r = e.fullFlushFlag ?? 0, typeof Hr[t] != "function") throw new TypeError("Compression method not supported: " + t);
          try {
            this.#t = new Hr[t](e);
          } catch (i) {
            throw new Fe(i, this.constructor);
          }
          this.#o = (i) => {
            this.#e || (this.#e = true, this.close(), this.emit("error", i));
          }, this.#t?.on("error", (i) => this.#o(new Fe(i))), this.once("end", () => this.close);
        }
        close() {
          this.#t && (this.#t.close(), this.#t = void 0, this.emit("close"));
        }
        reset() {
          if (!this.#e) return (0, _s.default)(this.#t, "zlib binding closed"), this.#t.reset?.();
        }
        flush(e) {
          this.ended || (typeof e != "number" && (e = this.#r), this.write(Object.assign(Ae.Buffer.alloc(0), { [ps]: e })));
        }
        end(e, t, i) {
          return typeof e == "function" && (i = e, t = void 0, e = void 0), typeof t == "function" && (i = t, t = void 0), e && (t ? this.write(e, t) : this.write(e)), this.flush(this.#n), this.#i = true, super.end(i);
        }
        get ended() {
          return this.#i;
        }
        [Ie](e) {
          return super.write(e);
        }
        write(e, t, i) {
          if (typeof t == "function" && (i = t, t = "utf8"), typeof e == "string" && (e = Ae.Buffer.from(e, t)), this.#e) return;
          (0, _s.default)(this.#t, "zlib binding closed");
          let r = this.#t._handle, n = r.close;
          r.close = () => {
          };
          let o = this.#t.close;
          this.#t.close = () => {
          }, ms(true);
          let a;
          try {
            let l = typeof e[ps] == "number" ? e[ps] : this.#s;
            a = this.#t._processChunk(e, l), ms(false);
          } catch (l) {
            ms(false), this.#o(new Fe(l, this.write));
          } finally {
            this.#t && (this.#t._handle = r, r.close = n, this.#t.close = o, this.#t.removeAllListeners("error"));
          }
          this.#t && this.#t.on("error", (l) => this.#o(new Fe(l, this.write)));
          let h;
          if (a) if (Array.isArray(a) && a.length > 0) {
            let l = a[0];
            h = this[Ie](Ae.Buffer.from(l));
            for (let c = 1; c < a.length; c++) h = this[Ie](a[c]);
          } else h = this[Ie](Ae.Buffer.from(a));
          return i && i(), h;
        }
      }, ie = class extends St {
        #e;
        #i;
        constructor(e, t) {
          e = e || {}, e.flush = e.flush || te.constants.Z_NO_FLUSH, e.finishFlush = e.finishFlush || te.constants.Z_FINISH, e.fullFlushFlag = te.constants.Z_FULL_FLUSH, super(e, t), this.#e = e.level, this.#i = e.strategy;
        }
        params(e, t) {
          if (!this.sawError) {
            if (!this.handle) throw new Error("cannot switch params when binding is closed");
            if (!this.handle.params) throw new Error("not supported in this implementation");
            if (this.#e !== e || this.#i !== t) {
              this.flush(te.constants.Z_SYNC_FLUSH), (0, _s.default)(this.handle, "zlib binding closed");
              let i = this.handle.flush;
              this.handle.flush = (r, n) => {
                typeof r == "function" && (n = r, r = this.flushFlag), this.flush(r), n?.();
              };
              try {
                this.handle.params(e, t);
              } finally {
                this.handle.flush = i;
              }
              this.handle && (this.#e = e, this.#i = t);
            }
          }
        }
      };
      f.Zlib = ie;
      var ws = class extends ie {
        constructor(e) {
          super(e, "Deflate");
        }
      };
      f.Deflate = ws;
      var ys = class extends ie {
        constructor(e) {
          super(e, "Inflate");
        }
      };
      f.Inflate = ys;
      var Es = class extends ie {
        #e;
        constructor(e) {
          super(e, "Gzip"), this.#e = e && !!e.portable;
        }
        [Ie](e) {
          return this.#e ? (this.#e = false, e[9] = 255, super[Ie](e)) : super[Ie](e);
        }
      };
      f.Gzip = Es;
      var bs = class extends ie {
        constructor(e) {
          super(e, "Gunzip");
        }
      };
      f.Gunzip = bs;
      var Ss = class extends ie {
        constructor(e) {
          super(e, "DeflateRaw");
        }
      };
      f.DeflateRaw = Ss;
      var gs = class extends ie {
        constructor(e) {
          super(e, "InflateRaw");
        }
      };
      f.InflateRaw = gs;
      var Rs = class extends ie {
        constructor(e) {
          super(e, "Unzip");
        }
      };
      f.Unzip = Rs;
      var ei = class extends St {
        constructor(e, t) {
          e = e || {}, e.flush = e.flush || te.constants.BROTLI_OPERATION_PROCESS, e.finishFlush = e.finishFlush || te.constants.BROTLI_OPERATION_FINISH, e.fullFlushFlag = te.constants.BROTLI_OPERATION_FLUSH, super(e, t);
        }
      }, Os = class extends ei {
        constructor(e) {
          super(e, "BrotliCompress");
        }
      };
      f.BrotliCompress = Os;
      var vs = class extends ei {
        constructor(e) {
          super(e, "BrotliDecompress");
        }
      };
      f.BrotliDecompress = vs;
      var ti = class extends St {
        constructor(e, t) {
          e = e || {}, e.flush = e.flush || te.constants.ZSTD_e_continue, e.finishFlush = e.finishFlush || te.constants.ZSTD_e_end, e.fullFlushFlag = te.constants.ZSTD_e_flush, super(e, t);
        }
      }, Ts = class extends ti {
        constructor(e) {
          super(e, "ZstdCompress");
        }
      };
      f.ZstdCompress = Ts;
      var Ds = class extends ti {
        constructor(e) {
          super(e, "ZstdDecompress");
        }
      };
      f.ZstdDecompress = Ds;
    });
    var Kr = d((Xe) => {
      "use strict";
      Object.defineProperty(Xe, "__esModule", { value: true });
      Xe.parse = Xe.encode = void 0;
      var ca = (s, e) => {
        if (Number.isSafeInteger(s)) s < 0 ? fa(s, e) : ua(s, e);
        else throw Error("cannot encode number outside of javascript safe integer range");
        return e;
      };
      Xe.encode = ca;
      var ua = (s, e) => {
        e[0] = 128;
        for (var t = e.length; t > 1; t--) e[t - 1] = s & 255, s = Math.floor(s / 256);
      }, fa = (s, e) => {
        e[0] = 255;
        var t = false;
        s = s * -1;
        for (var i = e.length; i > 1; i--) {
          var r = s & 255;
          s = Math.floor(s / 256), t ? e[i - 1] = Zr(r) : r === 0 ? e[i - 1] = 0 : (t = true, e[i - 1] = Yr(r));
        }
      }, da = (s) => {
        let e = s[0], t = e === 128 ? pa(s.subarray(1, s.length)) : e === 255 ? ma(s) : null;
        if (t === null) throw Error("invalid base256 encoding");
        if (!Number.isSafeInteger(t)) throw Error("parsed number outside of javascript safe integer range");
        return t;
      };
      Xe.parse = da;
      var ma = (s) => {
        for (var e = s.length, t = 0, i = false, r = e - 1; r > -1; r--) {
          var n = Number(s[r]), o;
          i ? o = Zr(n) : n === 0 ? o = n : (i = true, o = Yr(n)), o !== 0 && (t -= o * Math.pow(256, e - r - 1));
        }
        return t;
      }, pa = (s) => {
        for (var e = s.length, t = 0, i = e - 1; i > -1; i--) {
          var r = Number(s[i]);
          r !== 0 && (t += r * Math.pow(256, e - i - 1));
        }
        return t;
      }, Zr = (s) => (255 ^ s) & 255, Yr = (s) => (255 ^ s) + 1 & 255;
    });
    var Ns = d((C) => {
      "use strict";
      Object.defineProperty(C, "__esModule", { value: true });
      C.code = C.name = C.normalFsTypes = C.isName = C.isCode = void 0;
      var _a = (s) => C.name.has(s);
      C.isCode = _a;
      var wa = (s) => C.code.has(s);
      C.isName = wa;
      C.normalFsTypes = /* @__PURE__ */ new Set(["0", "", "1", "2", "3", "4", "5", "6", "7", "D"]);
      C.name = /* @__PURE__ */ new Map([["0", "File"], ["", "OldFile"], ["1", "Link"], ["2", "SymbolicLink"], ["3", "CharacterDevice"], ["4", "BlockDevice"], ["5", "Directory"], ["6", "FIFO"], ["7", "ContiguousFile"], ["g", "GlobalExtendedHeader"], ["x", "ExtendedHeader"], ["A", "SolarisACL"], ["D", "GNUDumpDir"], ["I", "Inode"], ["K", "NextFileHasLongLinkpath"], ["L", "NextFileHasLongPath"], ["M", "ContinuationFile"], ["N", "OldGnuLongPath"], ["S", "SparseFile"], ["V", "TapeVolumeHeader"], ["X", "OldExtendedHeader"]]);
      C.code = new Map(Array.from(C.name).map((s) => [s[1], s[0]]));
    });
    var et = d((se) => {
      "use strict";
      var ya = se && se.__createBinding || (Object.create ? (function(s, e, t, i) {
        i === void 0 && (i = t);
        var r = Object.getOwnPropertyDescriptor(e, t);
        (!r || ("get" in r ? !e.__esModule : r.writable || r.configurable)) && (r = { enumerable: true, get: function() {
          return e[t];
        } }), Object.defineProperty(s, i, r);
      }) : (function(s, e, t, i) {
        i === void 0 && (i = t), s[i] = e[t];
      })), Ea = se && se.__setModuleDefault || (Object.create ? (function(s, e) {
        Object.defineProperty(s, "default", { enumerable: true, value: e });
      }) : function(s, e) {
        s.default = e;
      }), Vr = se && se.__importStar || /* @__PURE__ */ (function() {
        var s = function(e) {
          return s = Object.getOwnPropertyNames || function(t) {
            var i = [];
            for (var r in t) Object.prototype.hasOwnProperty.call(t, r) && (i[i.length] = r);
            return i;
          }, s(e);
        };
        return function(e) {
          if (e && e.__esModule) return e;
          var t = {};
          if (e != null) for (var i = s(e), r = 0; r < i.length; r++) i[r] !== "default" && ya(t, e, i[r]);
          return Ea(t, e), t;
        };
      })();
      Object.defineProperty(se, "__esModule", { value: true });
      se.Header = void 0;
      var Qe = __require("node:path"), $r = Vr(Kr()), Je = Vr(Ns()), ba = (s) => s === void 0 || s < 0 ? void 0 : s, As = class {
        cksumValid = false;
        needPax = false;
        nullBlock = false;
        block;
        path;
        mode;
        uid;
        gid;
        size;
        cksum;
        #e = "Unsupported";
        linkpath;
        uname;
        gname;
        devmaj = 0;
        devmin = 0;
        atime;
        ctime;
        mtime;
        charset;
        comment;
        constructor(e, t = 0, i, r) {
          Buffer.isBuffer(e) ? this.decode(e, t || 0, i, r) : e && this.#i(e);
        }
        decode(e, t, i, r) {
          if (t || (t = 0), !e || !(e.length >= t + 512)) throw new Error("need 512 bytes for header");
          let n = Ce(e, t + 156, 1), o = Je.normalFsTypes.has(n), a = o ? i : void 0, h = o ? r : void 0;
          if (this.path = a?.path ?? Ce(e, t, 100), this.mode = a?.mode ?? h?.mode ?? Se(e, t + 100, 8), this.uid = a?.uid ?? h?.uid ?? Se(e, t + 108, 8), this.gid = a?.gid ?? h?.gid ?? Se(e, t + 116, 8), this.size = ba(a?.size ?? h?.size ?? Se(e, t + 124, 12)), this.mtime = a?.mtime ?? h?.mtime ?? Ms(e, t + 136, 12), this.cksum = Se(e, t + 148, 12), h && this.#i(h, true), a && this.#i(a), Je.isCode(n) && (this.#e = n || "0"), this.#e === "0" && this.path.slice(-1) === "/" && (this.#e = "5"), this.#e === "5" && (this.size = 0), this.linkpath = Ce(e, t + 157, 100), e.subarray(t + 257, t + 265).toString() === "ustar\x0000") if (this.uname = a?.uname ?? h?.uname ?? Ce(e, t + 265, 32), this.gname = a?.gname ?? h?.gname ?? Ce(e, t + 297, 32), this.devmaj = a?.devmaj ?? h?.devmaj ?? Se(e, t + 329, 8) ?? 0, this.devmin = a?.devmin ?? h?.devmin ?? Se(e, t + 337, 8) ?? 0, e[t + 475] !== 0) {
            let c = Ce(e, t + 345, 155);
            this.path = c + "/" + this.path;
          } else {
            let c = Ce(e, t + 345, 130);
            c && (this.path = c + "/" + this.path), this.atime = i?.atime ?? r?.atime ?? Ms(e, t + 476, 12), this.ctime = i?.ctime ?? r?.ctime ?? Ms(e, t + 488, 12);
          }
          let l = 256;
          for (let c = t; c < t + 148; c++) l += e[c];
          for (let c = t + 156; c < t + 512; c++) l += e[c];
          this.cksumValid = l === this.cksum, this.cksum === void 0 && l === 256 && (this.nullBlock = true);
        }
        #i(e, t = false) {
          Object.assign(this, Object.fromEntries(Object.entries(e).filter(([i, r]) => !(r == null || i === "size" && Number(r) < 0 || i === "path" && t || i === "linkpath" && t || i === "global"))));
        }
        encode(e, t = 0) {
          if (e || (e = this.block = Buffer.alloc(512)), this.#e === "Unsupported" && (this.#e = "0"), !(e.length >= t + 512)) throw new Error("need 512 bytes for header");
          let i = this.ctime || this.atime ? 130 : 155, r = Sa(this.path || "", i), n = r[0], o = r[1];
          this.needPax = !!r[2], this.needPax = Be(e, t, 100, n) || this.needPax, this.needPax = ge(e, t + 100, 8, this.mode) || this.needPax, this.needPax = ge(e, t + 108, 8, this.uid) || this.needPax, this.needPax = ge(e, t + 116, 8, this.gid) || this.needPax, this.needPax = ge(e, t + 124, 12, this.size) || this.needPax, this.needPax = Ls(e, t + 136, 12, this.mtime) || this.needPax, e[t + 156] = Number(this.#e.codePointAt(0)), this.needPax = Be(e, t + 157, 100, this.linkpath) || this.needPax, e.write("ustar\x0000", t + 257, 8), this.needPax = Be(e, t + 265, 32, this.uname) || this.needPax, this.needPax = Be(e, t + 297, 32, this.gname) || this.needPax, this.needPax = ge(e, t + 329, 8, this.devmaj) || this.needPax, this.needPax = ge(e, t + 337, 8, this.devmin) || this.needPax, this.needPax = Be(e, t + 345, i, o) || this.needPax, e[t + 475] !== 0 ? this.needPax = Be(e, t + 345, 155, o) || this.needPax : (this.needPax = Be(e, t + 345, 130, o) || this.needPax, this.needPax = Ls(e, t + 476, 12, this.atime) || this.needPax, this.needPax = Ls(e, t + 488, 12, this.ctime) || this.needPax);
          let a = 256;
          for (let h = t; h < t + 148; h++) a += e[h];
          for (let h = t + 156; h < t + 512; h++) a += e[h];
          return this.cksum = a, ge(e, t + 148, 8, this.cksum), this.cksumValid = true, this.needPax;
        }
        get type() {
          return this.#e === "Unsupported" ? this.#e : Je.name.get(this.#e);
        }
        get typeKey() {
          return this.#e;
        }
        set type(e) {
          let t = String(Je.code.get(e));
          if (Je.isCode(t) || t === "Unsupported") this.#e = t;
          else if (Je.isCode(e)) this.#e = e;
          else throw new TypeError("invalid entry type: " + e);
        }
      };
      se.Header = As;
      var Sa = (s, e) => {
        let i = s, r = "", n, o = Qe.posix.parse(s).root || ".";
        if (Buffer.byteLength(i) < 100) n = [i, r, false];
        else {
          r = Qe.posix.dirname(i), i = Qe.posix.basename(i);
          do
            Buffer.byteLength(i) <= 100 && Buffer.byteLength(r) <= e ? n = [i, r, false] : Buffer.byteLength(i) > 100 && Buffer.byteLength(r) <= e ? n = [i.slice(0, 99), r, true] : (i = Qe.posix.join(Qe.posix.basename(r), i), r = Qe.posix.dirname(r));
          while (r !== o && n === void 0);
          n || (n = [s.slice(0, 99), "", true]);
        }
        return n;
      }, Ce = (s, e, t) => s.subarray(e, e + t).toString("utf8").replace(/\0.*/, ""), Ms = (s, e, t) => ga(Se(s, e, t)), ga = (s) => s === void 0 ? void 0 : new Date(s * 1e3), Se = (s, e, t) => Number(s[e]) & 128 ? $r.parse(s.subarray(e, e + t)) : Oa(s, e, t), Ra = (s) => isNaN(s) ? void 0 : s, Oa = (s, e, t) => Ra(parseInt(s.subarray(e, e + t).toString("utf8").replace(/\0.*$/, "").trim(), 8)), va = { 12: 8589934591, 8: 2097151 }, ge = (s, e, t, i) => i === void 0 ? false : i > va[t] || i < 0 ? ($r.encode(i, s.subarray(e, e + t)), true) : (Ta(s, e, t, i), false), Ta = (s, e, t, i) => s.write(Da(i, t), e, t, "ascii"), Da = (s, e) => Pa(Math.floor(s).toString(8), e), Pa = (s, e) => (s.length === e - 1 ? s : new Array(e - s.length - 1).join("0") + s + " ") + "\0", Ls = (s, e, t, i) => i === void 0 ? false : ge(s, e, t, i.getTime() / 1e3), Na = new Array(156).join("\0"), Be = (s, e, t, i) => i === void 0 ? false : (s.write(i + Na, e, t, "utf8"), i.length !== Buffer.byteLength(i) || i.length > t);
    });
    var si = d((ii) => {
      "use strict";
      Object.defineProperty(ii, "__esModule", { value: true });
      ii.Pax = void 0;
      var Ma = __require("node:path"), La = et(), Is = class s {
        atime;
        mtime;
        ctime;
        charset;
        comment;
        gid;
        uid;
        gname;
        uname;
        linkpath;
        dev;
        ino;
        nlink;
        path;
        size;
        mode;
        global;
        constructor(e, t = false) {
          this.atime = e.atime, this.charset = e.charset, this.comment = e.comment, this.ctime = e.ctime, this.dev = e.dev, this.gid = e.gid, this.global = t, this.gname = e.gname, this.ino = e.ino, this.linkpath = e.linkpath, this.mtime = e.mtime, this.nlink = e.nlink, this.path = e.path, this.size = e.size, this.uid = e.uid, this.uname = e.uname;
        }
        encode() {
          let e = this.encodeBody();
          if (e === "") return Buffer.allocUnsafe(0);
          let t = Buffer.byteLength(e), i = 512 * Math.ceil(1 + t / 512), r = Buffer.allocUnsafe(i);
          for (let n = 0; n < 512; n++) r[n] = 0;
          new La.Header({ path: ("PaxHeader/" + (0, Ma.basename)(this.path ?? "")).slice(0, 99), mode: this.mode || 420, uid: this.uid, gid: this.gid, size: t, mtime: this.mtime, type: this.global ? "GlobalExtendedHeader" : "ExtendedHeader", linkpath: "", uname: this.uname || "", gname: this.gname || "", devmaj: 0, devmin: 0, atime: this.atime, ctime: this.ctime }).encode(r), r.write(e, 512, t, "utf8");
          for (let n = t + 512; n < r.length; n++) r[n] = 0;
          return r;
        }
        encodeBody() {
          return this.encodeField("path") + this.encodeField("ctime") + this.encodeField("atime") + this.encodeField("dev") + this.encodeField("ino") + this.encodeField("nlink") + this.encodeField("charset") + this.encodeField("comment") + this.encodeField("gid") + this.encodeField("gname") + this.encodeField("linkpath") + this.encodeField("mtime") + this.encodeField("size") + this.encodeField("uid") + this.encodeField("uname");
        }
        encodeField(e) {
          if (this[e] === void 0) return "";
          let t = this[e], i = t instanceof Date ? t.getTime() / 1e3 : t, r = " " + (e === "dev" || e === "ino" || e === "nlink" ? "SCHILY." : "") + e + "=" + i + `
`, n = Buffer.byteLength(r), o = Math.floor(Math.log(n) / Math.log(10)) + 1;
          return n + o >= Math.pow(10, o) && (o += 1), o + n + r;
        }
        static parse(e, t, i = false) {
          return new s(Aa(Ia(e), t), i);
        }
      };
      ii.Pax = Is;
      var Aa = (s, e) => e ? Object.assign({}, e, s) : s, Ia = (s) => s.replace(/\n$/, "").split(`
`).reduce(Fa, /* @__PURE__ */ Object.create(null)), Fa = (s, e) => {
        let t = parseInt(e, 10);
        if (t !== Buffer.byteLength(e) + 1) return s;
        e = e.slice((t + " ").length);
        let i = e.split("="), r = i.shift();
        if (!r) return s;
        let n = r.replace(/^SCHILY\.(dev|ino|nlink)/, "$1"), o = i.join("=").replace(/\0.*/, "");
        switch (n) {
          case "path":
          case "linkpath":
          case "type":
          case "charset":
          case "comment":
          case "gname":
          case "uname":
            s[n] = o;
            break;
          case "ctime":
          case "atime":
          case "mtime":
            s[n] = new Date(Number(o) * 1e3);
            break;
          case "size":
            let a = +o;
            a >= 0 && (s[n] = a);
            break;
          case "gid":
          case "uid":
          case "dev":
          case "ino":
          case "nlink":
          case "mode":
            s[n] = +o;
            break;
        }
        return s;
      };
    });
    var tt = d((ri) => {
      "use strict";
      Object.defineProperty(ri, "__esModule", { value: true });
      ri.normalizeWindowsPath = void 0;
      var Ca = process.env.TESTING_TAR_FAKE_PLATFORM || process.platform;
      ri.normalizeWindowsPath = Ca !== "win32" ? (s) => String(s) : (s) => String(s).replaceAll(/\\/g, "/");
    });
    var Cs = d((oi) => {
      "use strict";
      Object.defineProperty(oi, "__esModule", { value: true });
      oi.ReadEntry = void 0;
      var Ba = We(), ni = tt(), Fs = class extends Ba.Minipass {
        extended;
        globalExtended;
        header;
        startBlockSize;
        blockRemain;
        remain;
        type;
        meta = false;
        ignore = false;
        path;
        mode;
        uid;
        gid;
        uname;
        gname;
        size = 0;
        mtime;
        atime;
        ctime;
        linkpath;
        dev;
        ino;
        nlink;
        invalid = false;
        absolute;
        unsupported = false;
        constructor(e, t, i) {
          switch (super({}), this.pause(), this.extended = t, this.globalExtended = i, this.header = e, this.remain = e.size ?? 0, this.startBlockSize = 512 * Math.ceil(this.remain / 512), this.blockRemain = this.startBlockSize, this.type = e.type, this.type) {
            case "File":
            case "OldFile":
            case "Link":
            case "SymbolicLink":
            case "CharacterDevice":
            case "BlockDevice":
            case "Directory":
            case "FIFO":
            case "ContiguousFile":
            case "GNUDumpDir":
              break;
            case "NextFileHasLongLinkpath":
            case "NextFileHasLongPath":
            case "OldGnuLongPath":
            case "GlobalExtendedHeader":
            case "ExtendedHeader":
            case "OldExtendedHeader":
              this.meta = true;
              break;
            default:
              this.ignore = true;
          }
          if (!e.path) throw new Error("no path provided for tar.ReadEntry");
          this.path = (0, ni.normalizeWindowsPath)(e.path), this.mode = e.mode, this.mode && (this.mode = this.mode & 4095), this.uid = e.uid, this.gid = e.gid, this.uname = e.uname, this.gname = e.gname, this.size = this.remain, this.mtime = e.mtime, this.atime = e.atime, this.ctime = e.ctime, this.linkpath = e.linkpath ? (0, ni.normalizeWindowsPath)(e.linkpath) : void 0, this.uname = e.uname, this.gname = e.gname, t && this.#e(t), i && this.#e(i, true);
        }
        write(e) {
          let t = e.length;
          if (t > this.blockRemain) throw new Error("writing more to entry than is appropriate");
          let i = this.remain, r = this.blockRemain;
          return this.remain = Math.max(0, i - t), this.blockRemain = Math.max(0, r - t), this.ignore ? true : i >= t ? super.write(e) : super.write(e.subarray(0, i));
        }
        #e(e, t = false) {
          e.path && (e.path = (0, ni.normalizeWindowsPath)(e.path)), e.linkpath && (e.linkpath = (0, ni.normalizeWindowsPath)(e.linkpath)), Object.assign(this, Object.fromEntries(Object.entries(e).filter(([i, r]) => !(r == null || i === "path" && t))));
        }
      };
      oi.ReadEntry = Fs;
    });
    var hi = d((ai) => {
      "use strict";
      Object.defineProperty(ai, "__esModule", { value: true });
      ai.warnMethod = void 0;
      var za = (s, e, t, i = {}) => {
        s.file && (i.file = s.file), s.cwd && (i.cwd = s.cwd), i.code = t instanceof Error && t.code || e, i.tarCode = e, !s.strict && i.recoverable !== false ? (t instanceof Error && (i = Object.assign(t, i), t = t.message), s.emit("warn", e, t, i)) : t instanceof Error ? s.emit("error", Object.assign(t, i)) : s.emit("error", Object.assign(new Error(`${e}: ${t}`), i));
      };
      ai.warnMethod = za;
    });
    var _i = d((pi) => {
      "use strict";
      Object.defineProperty(pi, "__esModule", { value: true });
      pi.Parser = void 0;
      var ka = __require("events"), Bs = Ps(), Xr = et(), Qr = si(), xa = Cs(), ja = hi(), Ua = 1024 * 1024, qs = Buffer.from([31, 139]), Ws = Buffer.from([40, 181, 47, 253]), qa = Math.max(qs.length, Ws.length), H = /* @__PURE__ */ Symbol("state"), ze = /* @__PURE__ */ Symbol("writeEntry"), me = /* @__PURE__ */ Symbol("readEntry"), zs = /* @__PURE__ */ Symbol("nextEntry"), Jr = /* @__PURE__ */ Symbol("processEntry"), re = /* @__PURE__ */ Symbol("extendedHeader"), gt = /* @__PURE__ */ Symbol("globalExtendedHeader"), Re = /* @__PURE__ */ Symbol("meta"), en = /* @__PURE__ */ Symbol("emitMeta"), _ = /* @__PURE__ */ Symbol("buffer"), pe = /* @__PURE__ */ Symbol("queue"), Oe = /* @__PURE__ */ Symbol("ended"), ks = /* @__PURE__ */ Symbol("emittedEnd"), ke = /* @__PURE__ */ Symbol("emit"), y = /* @__PURE__ */ Symbol("unzip"), li = /* @__PURE__ */ Symbol("consumeChunk"), ci = /* @__PURE__ */ Symbol("consumeChunkSub"), xs = /* @__PURE__ */ Symbol("consumeBody"), tn = /* @__PURE__ */ Symbol("consumeMeta"), sn = /* @__PURE__ */ Symbol("consumeHeader"), Rt = /* @__PURE__ */ Symbol("consuming"), js = /* @__PURE__ */ Symbol("bufferConcat"), ui = /* @__PURE__ */ Symbol("maybeEnd"), it = /* @__PURE__ */ Symbol("writing"), ne = /* @__PURE__ */ Symbol("aborted"), fi = /* @__PURE__ */ Symbol("onDone"), xe = /* @__PURE__ */ Symbol("sawValidEntry"), di = /* @__PURE__ */ Symbol("sawNullBlock"), mi = /* @__PURE__ */ Symbol("sawEOF"), rn = /* @__PURE__ */ Symbol("closeStream"), Wa = 1e3, Ot = /* @__PURE__ */ Symbol("compressedBytesRead"), Us = /* @__PURE__ */ Symbol("decompressedBytesRead"), nn = /* @__PURE__ */ Symbol("checkDecompressionRatio"), Ha = () => true, Hs = class extends ka.EventEmitter {
        file;
        strict;
        maxMetaEntrySize;
        filter;
        brotli;
        zstd;
        maxDecompressionRatio;
        writable = true;
        readable = false;
        [pe] = [];
        [_];
        [me];
        [ze];
        [H] = "begin";
        [Re] = "";
        [re];
        [gt];
        [Oe] = false;
        [y];
        [ne] = false;
        [xe];
        [di] = false;
        [mi] = false;
        [it] = false;
        [Rt] = false;
        [ks] = false;
        [Ot] = 0;
        [Us] = 0;
        constructor(e = {}) {
          super(), this.file = e.file || "", this.on(fi, () => {
            (this[H] === "begin" || this[xe] === false) && this.warn("TAR_BAD_ARCHIVE", "Unrecognized archive format");
          }), e.ondone ? this.on(fi, e.ondone) : this.on(fi, () => {
            this.emit("prefinish"), this.emit("finish"), this.emit("end");
          }), this.strict = !!e.strict, this.maxDecompressionRatio = typeof e.maxDecompressionRatio == "number" ? e.maxDecompressionRatio : Wa, this.maxMetaEntrySize = e.maxMetaEntrySize || Ua, this.filter = typeof e.filter == "function" ? e.filter : Ha;
          let t = e.file && (e.file.endsWith(".tar.br") || e.file.endsWith(".tbr"));
          this.brotli = !(e.gzip || e.zstd) && e.brotli !== void 0 ? e.brotli : t ? void 0 : false;
          let i = e.file && (e.file.endsWith(".tar.zst") || e.file.endsWith(".tzst"));
          this.zstd = !(e.gzip || e.brotli) && e.zstd !== void 0 ? e.zstd : i ? true : void 0, this.on("end", () => this[rn]()), typeof e.onwarn == "function" && this.on("warn", e.onwarn), typeof e.onReadEntry == "function" && this.on("entry", e.onReadEntry);
        }
        warn(e, t, i = {}) {
          (0, ja.warnMethod)(this, e, t, i);
        }
        [sn](e, t) {
          this[xe] === void 0 && (this[xe] = false);
          let i;
          try {
            i = new Xr.Header(e, t, this[re], this[gt]);
          } catch (r) {
            return this.warn("TAR_ENTRY_INVALID", r);
          }
          if (i.nullBlock) this[di] ? (this[mi] = true, this[H] === "begin" && (this[H] = "header"), this[ke]("eof")) : (this[di] = true, this[ke]("nullBlock"));
          else if (this[di] = false, !i.cksumValid) this.warn("TAR_ENTRY_INVALID", "checksum failure", { header: i });
          else if (!i.path) this.warn("TAR_ENTRY_INVALID", "path is required", { header: i });
          else {
            let r = i.type;
            if (/^(Symbolic)?Link$/.test(r) && !i.linkpath) this.warn("TAR_ENTRY_INVALID", "linkpath required", { header: i });
            else if (!/^(Symbolic)?Link$/.test(r) && !/^(Global)?ExtendedHeader$/.test(r) && i.linkpath) this.warn("TAR_ENTRY_INVALID", "linkpath forbidden", { header: i });
            else {
              let n = this[ze] = new xa.ReadEntry(i, this[re], this[gt]);
              if (!this[xe]) if (n.remain) {
                let o = () => {
                  n.invalid || (this[xe] = true);
                };
                n.on("end", o);
              } else this[xe] = true;
              n.meta ? n.size > this.maxMetaEntrySize ? (n.ignore = true, this[ke]("ignoredEntry", n), this[H] = "ignore", n.resume()) : n.size > 0 && (this[Re] = "", n.on("data", (o) => this[Re] += o), this[H] = "meta") : (this[re] = void 0, n.ignore = n.ignore || !this.filter(n.path, n), n.ignore ? (this[ke]("ignoredEntry", n), this[H] = n.remain ? "ignore" : "header", n.resume()) : (n.remain ? this[H] = "body" : (this[H] = "header", n.end()), this[me] ? this[pe].push(n) : (this[pe].push(n), this[zs]())));
            }
          }
        }
        [rn]() {
          queueMicrotask(() => this.emit("close"));
        }
        [Jr](e) {
          let t = true;
          if (!e) this[me] = void 0, t = false;
          else if (Array.isArray(e)) {
            let [i, ...r] = e;
            this.emit(i, ...r);
          } else this[me] = e, this.emit("entry", e), e.emittedEnd || (e.on("end", () => this[zs]()), t = false);
          return t;
        }
        [zs]() {
          do
            ;
          while (this[Jr](this[pe].shift()));
          if (this[pe].length === 0) {
            let e = this[me];
            !e || e.flowing || e.size === e.remain ? this[it] || this.emit("drain") : e.once("drain", () => this.emit("drain"));
          }
        }
        [xs](e, t) {
          let i = this[ze];
          if (!i) throw new Error("attempt to consume body without entry??");
          let r = i.blockRemain ?? 0, n = r >= e.length && t === 0 ? e : e.subarray(t, t + r);
          return i.write(n), i.blockRemain || (this[H] = "header", this[ze] = void 0, i.end()), n.length;
        }
        [tn](e, t) {
          let i = this[ze], r = this[xs](e, t);
          return !this[ze] && i && this[en](i), r;
        }
        [ke](e, t, i) {
          this[pe].length === 0 && !this[me] ? this.emit(e, t, i) : this[pe].push([e, t, i]);
        }
        [en](e) {
          switch (this[ke]("meta", this[Re]), e.type) {
            case "ExtendedHeader":
            case "OldExtendedHeader":
              this[re] = Qr.Pax.parse(this[Re], this[re], false);
              break;
            case "GlobalExtendedHeader":
              this[gt] = Qr.Pax.parse(this[Re], this[gt], true);
              break;
            case "NextFileHasLongPath":
            case "OldGnuLongPath": {
              let t = this[re] ?? /* @__PURE__ */ Object.create(null);
              this[re] = t, t.path = this[Re].replace(/\0.*/, "");
              break;
            }
            case "NextFileHasLongLinkpath": {
              let t = this[re] || /* @__PURE__ */ Object.create(null);
              this[re] = t, t.linkpath = this[Re].replace(/\0.*/, "");
              break;
            }
            default:
              throw new Error("unknown meta: " + e.type);
          }
        }
        abort(e) {
          if (!this[ne]) {
            if (this[y]) {
              let t = this[y];
              t.write = () => true, t.end = () => t, t.emit = () => false, t.destroy?.();
            }
            this[ne] = true, this.emit("abort", e), this.warn("TAR_ABORT", e, { recoverable: false });
          }
        }
        [nn](e) {
          this[Us] += e.length;
          let t = this[Us] / this[Ot];
          return t > this.maxDecompressionRatio ? (this.abort(new Error(`max decompression ratio exceeded: ${t.toFixed(2)} > ${this.maxDecompressionRatio}`)), false) : true;
        }
        write(e, t, i) {
          if (typeof t == "function" && (i = t, t = void 0), typeof e == "string" && (e = Buffer.from(e, typeof t == "string" ? t : "utf8")), this[ne]) return i?.(), false;
          if ((this[y] === void 0 || this.brotli === void 0 && this[y] === false) && e) {
            if (this[_] && (e = Buffer.concat([this[_], e]), this[_] = void 0), e.length < qa) return this[_] = e, i?.(), true;
            for (let h = 0; this[y] === void 0 && h < qs.length; h++) e[h] !== qs[h] && (this[y] = false);
            let o = false;
            if (this[y] === false && this.zstd !== false) {
              o = true;
              for (let h = 0; h < Ws.length; h++) if (e[h] !== Ws[h]) {
                o = false;
                break;
              }
            }
            let a = this.brotli === void 0 && !o;
            if (this[y] === false && a) if (e.length < 512) if (this[Oe]) this.brotli = true;
            else return this[_] = e, i?.(), true;
            else try {
              new Xr.Header(e.subarray(0, 512)), this.brotli = false;
            } catch {
              this.brotli = true;
            }
            if (this[y] === void 0 || this[y] === false && (this.brotli || o)) {
              let h = this[Oe];
              this[Oe] = false, this[y] = this[y] === void 0 ? new Bs.Unzip({}) : o ? new Bs.ZstdDecompress({}) : new Bs.BrotliDecompress({}), this[y].on("data", (c) => {
                this[nn](c) && this[li](c);
              }), this[y].on("error", (c) => {
                this[ne] || this.abort(c);
              }), this[y].on("end", () => {
                this[Oe] = true, this[li]();
              }), this[it] = true, this[Ot] += e.length;
              let l = !!this[y][h ? "end" : "write"](e);
              return this[it] = false, i?.(), l;
            }
          }
          this[it] = true, this[y] ? (this[Ot] += e.length, this[y].write(e)) : this[li](e), this[it] = false;
          let n = this[pe].length > 0 ? false : this[me] ? this[me].flowing : true;
          return !n && this[pe].length === 0 && this[me]?.once("drain", () => this.emit("drain")), i?.(), n;
        }
        [js](e) {
          e && !this[ne] && (this[_] = this[_] ? Buffer.concat([this[_], e]) : e);
        }
        [ui]() {
          if (this[Oe] && !this[ks] && !this[ne] && !this[Rt]) {
            this[ks] = true;
            let e = this[ze];
            if (e?.blockRemain) {
              let t = this[_] ? this[_].length : 0;
              this.warn("TAR_BAD_ARCHIVE", `Truncated input (needed ${e.blockRemain} more bytes, only ${t} available)`, { entry: e }), this[_] && e.write(this[_]), e.end();
            }
            this[ke](fi);
          }
        }
        [li](e) {
          if (this[Rt] && e) this[js](e);
          else if (!e && !this[_]) this[ui]();
          else if (e) {
            if (this[Rt] = true, this[_]) {
              this[js](e);
              let t = this[_];
              this[_] = void 0, this[ci](t);
            } else this[ci](e);
            for (; this[_] && this[_]?.length >= 512 && !this[ne] && !this[mi]; ) {
              let t = this[_];
              this[_] = void 0, this[ci](t);
            }
            this[Rt] = false;
          }
          (!this[_] || this[Oe]) && this[ui]();
        }
        [ci](e) {
          let t = 0, i = e.length;
          for (; t + 512 <= i && !this[ne] && !this[mi]; ) switch (this[H]) {
            case "begin":
            case "header":
              this[sn](e, t), t += 512;
              break;
            case "ignore":
            case "body":
              t += this[xs](e, t);
              break;
            case "meta":
              t += this[tn](e, t);
              break;
            default:
              throw new Error("invalid state: " + this[H]);
          }
          t < i && (this[_] = this[_] ? Buffer.concat([e.subarray(t), this[_]]) : e.subarray(t));
        }
        end(e, t, i) {
          return typeof e == "function" && (i = e, t = void 0, e = void 0), typeof t == "function" && (i = t, t = void 0), typeof e == "string" && (e = Buffer.from(e, t)), i && this.once("finish", i), this[ne] || (this[y] ? (e && (this[Ot] += e.length, this[y].write(e)), this[y].end()) : (this[Oe] = true, (this.brotli === void 0 || this.zstd === void 0) && (e = e || Buffer.alloc(0)), e && this.write(e), this[ui]())), this;
        }
      };
      pi.Parser = Hs;
    });
    var yi = d((wi) => {
      "use strict";
      Object.defineProperty(wi, "__esModule", { value: true });
      wi.stripTrailingSlashes = void 0;
      var Ga = (s) => {
        let e = s.length - 1, t = -1;
        for (; e > -1 && s.charAt(e) === "/"; ) t = e, e--;
        return t === -1 ? s : s.slice(0, t);
      };
      wi.stripTrailingSlashes = Ga;
    });
    var rt = d((B) => {
      "use strict";
      var Za = B && B.__createBinding || (Object.create ? (function(s, e, t, i) {
        i === void 0 && (i = t);
        var r = Object.getOwnPropertyDescriptor(e, t);
        (!r || ("get" in r ? !e.__esModule : r.writable || r.configurable)) && (r = { enumerable: true, get: function() {
          return e[t];
        } }), Object.defineProperty(s, i, r);
      }) : (function(s, e, t, i) {
        i === void 0 && (i = t), s[i] = e[t];
      })), Ya = B && B.__setModuleDefault || (Object.create ? (function(s, e) {
        Object.defineProperty(s, "default", { enumerable: true, value: e });
      }) : function(s, e) {
        s.default = e;
      }), Ka = B && B.__importStar || /* @__PURE__ */ (function() {
        var s = function(e) {
          return s = Object.getOwnPropertyNames || function(t) {
            var i = [];
            for (var r in t) Object.prototype.hasOwnProperty.call(t, r) && (i[i.length] = r);
            return i;
          }, s(e);
        };
        return function(e) {
          if (e && e.__esModule) return e;
          var t = {};
          if (e != null) for (var i = s(e), r = 0; r < i.length; r++) i[r] !== "default" && Za(t, e, i[r]);
          return Ya(t, e), t;
        };
      })(), Va = B && B.__importDefault || function(s) {
        return s && s.__esModule ? s : { default: s };
      };
      Object.defineProperty(B, "__esModule", { value: true });
      B.list = B.filesFilter = void 0;
      var $a = Ka(Ke()), st = Va(__require("node:fs")), on = __require("path"), Xa = Ve(), Ei = _i(), Gs = yi(), Qa = (s) => {
        let e = s.onReadEntry;
        s.onReadEntry = e ? (t) => {
          e(t), t.resume();
        } : (t) => t.resume();
      }, Ja = (s, e) => {
        let t = new Map(e.map((o) => [(0, Gs.stripTrailingSlashes)(o), true])), i = s.filter, r = 100, n = (o, a = "", h = 0) => {
          if (h >= r) return t.set(o, false), false;
          let l = a || (0, on.parse)(o).root || ".", c;
          if (o === l) c = false;
          else {
            let u = t.get(o);
            c = u !== void 0 ? u : n((0, on.dirname)(o), l, h + 1);
          }
          return t.set(o, c), c;
        };
        s.filter = i ? (o, a) => i(o, a) && n((0, Gs.stripTrailingSlashes)(o)) : (o) => n((0, Gs.stripTrailingSlashes)(o));
      };
      B.filesFilter = Ja;
      var eh = (s) => {
        let e = new Ei.Parser(s), t = s.file, i;
        try {
          i = st.default.openSync(t, "r");
          let r = st.default.fstatSync(i), n = s.maxReadSize || 16 * 1024 * 1024;
          if (r.size < n) {
            let o = Buffer.allocUnsafe(r.size), a = st.default.readSync(i, o, 0, r.size, 0);
            e.end(a === o.byteLength ? o : o.subarray(0, a));
          } else {
            let o = 0, a = Buffer.allocUnsafe(n);
            for (; o < r.size; ) {
              let h = st.default.readSync(i, a, 0, n, o);
              if (h === 0) break;
              o += h, e.write(a.subarray(0, h));
            }
            e.end();
          }
        } finally {
          if (typeof i == "number") try {
            st.default.closeSync(i);
          } catch {
          }
        }
      }, th = (s, e) => {
        let t = new Ei.Parser(s), i = s.maxReadSize || 16 * 1024 * 1024, r = s.file;
        return new Promise((o, a) => {
          t.on("error", a), t.on("end", o), st.default.stat(r, (h, l) => {
            if (h) a(h);
            else {
              let c = new $a.ReadStream(r, { readSize: i, size: l.size });
              c.on("error", a), c.pipe(t);
            }
          });
        });
      };
      B.list = (0, Xa.makeCommand)(eh, th, (s) => new Ei.Parser(s), (s) => new Ei.Parser(s), (s, e) => {
        e?.length && (0, B.filesFilter)(s, e), s.noResume || Qa(s);
      });
    });
    var an = d((bi) => {
      "use strict";
      Object.defineProperty(bi, "__esModule", { value: true });
      bi.modeFix = void 0;
      var ih = (s, e, t) => (s &= 4095, t && (s = (s | 384) & -19), e && (s & 256 && (s |= 64), s & 32 && (s |= 8), s & 4 && (s |= 1)), s);
      bi.modeFix = ih;
    });
    var Zs = d((Si) => {
      "use strict";
      Object.defineProperty(Si, "__esModule", { value: true });
      Si.stripAbsolutePath = void 0;
      var sh = __require("node:path"), { isAbsolute: rh, parse: hn } = sh.win32, nh = (s) => {
        let e = "", t = hn(s);
        for (; rh(s) || t.root; ) {
          let i = s.charAt(0) === "/" && s.slice(0, 4) !== "//?/" ? "/" : t.root;
          s = s.slice(i.length), e += i, t = hn(s);
        }
        return [e, s];
      };
      Si.stripAbsolutePath = nh;
    });
    var Ks = d((nt) => {
      "use strict";
      Object.defineProperty(nt, "__esModule", { value: true });
      nt.decode = nt.encode = void 0;
      var gi = ["|", "<", ">", "?", ":"], Ys = gi.map((s) => String.fromCodePoint(61440 + Number(s.codePointAt(0)))), oh = new Map(gi.map((s, e) => [s, Ys[e]])), ah = new Map(Ys.map((s, e) => [s, gi[e]])), hh = (s) => gi.reduce((e, t) => e.split(t).join(oh.get(t)), s);
      nt.encode = hh;
      var lh = (s) => Ys.reduce((e, t) => e.split(t).join(ah.get(t)), s);
      nt.decode = lh;
    });
    var nr = d((M) => {
      "use strict";
      var ch = M && M.__createBinding || (Object.create ? (function(s, e, t, i) {
        i === void 0 && (i = t);
        var r = Object.getOwnPropertyDescriptor(e, t);
        (!r || ("get" in r ? !e.__esModule : r.writable || r.configurable)) && (r = { enumerable: true, get: function() {
          return e[t];
        } }), Object.defineProperty(s, i, r);
      }) : (function(s, e, t, i) {
        i === void 0 && (i = t), s[i] = e[t];
      })), uh = M && M.__setModuleDefault || (Object.create ? (function(s, e) {
        Object.defineProperty(s, "default", { enumerable: true, value: e });
      }) : function(s, e) {
        s.default = e;
      }), fh = M && M.__importStar || /* @__PURE__ */ (function() {
        var s = function(e) {
          return s = Object.getOwnPropertyNames || function(t) {
            var i = [];
            for (var r in t) Object.prototype.hasOwnProperty.call(t, r) && (i[i.length] = r);
            return i;
          }, s(e);
        };
        return function(e) {
          if (e && e.__esModule) return e;
          var t = {};
          if (e != null) for (var i = s(e), r = 0; r < i.length; r++) i[r] !== "default" && ch(t, e, i[r]);
          return uh(t, e), t;
        };
      })(), mn = M && M.__importDefault || function(s) {
        return s && s.__esModule ? s : { default: s };
      };
      Object.defineProperty(M, "__esModule", { value: true });
      M.WriteEntryTar = M.WriteEntrySync = M.WriteEntry = void 0;
      var ae = mn(__require("fs")), pn = We(), ln = mn(__require("path")), _n = et(), wn = an(), oe = tt(), yn = Qt(), En = si(), bn = Zs(), dh = yi(), Sn = hi(), mh = fh(Ks()), gn = (s, e) => e ? (s = (0, oe.normalizeWindowsPath)(s).replace(/^\.(\/|$)/, ""), (0, dh.stripTrailingSlashes)(e) + "/" + s) : (0, oe.normalizeWindowsPath)(s), ph = 16 * 1024 * 1024, cn = /* @__PURE__ */ Symbol("process"), un = /* @__PURE__ */ Symbol("file"), fn = /* @__PURE__ */ Symbol("directory"), $s = /* @__PURE__ */ Symbol("symlink"), dn = /* @__PURE__ */ Symbol("hardlink"), vt = /* @__PURE__ */ Symbol("header"), Ri = /* @__PURE__ */ Symbol("read"), Xs = /* @__PURE__ */ Symbol("lstat"), Oi = /* @__PURE__ */ Symbol("onlstat"), Qs = /* @__PURE__ */ Symbol("onread"), Js = /* @__PURE__ */ Symbol("onreadlink"), er = /* @__PURE__ */ Symbol("openfile"), tr = /* @__PURE__ */ Symbol("onopenfile"), ve = /* @__PURE__ */ Symbol("close"), vi = /* @__PURE__ */ Symbol("mode"), ir = /* @__PURE__ */ Symbol("awaitDrain"), Vs = /* @__PURE__ */ Symbol("ondrain"), he = /* @__PURE__ */ Symbol("prefix"), Ti = class extends pn.Minipass {
        path;
        portable;
        myuid = process.getuid && process.getuid() || 0;
        myuser = process.env.USER || "";
        maxReadSize;
        linkCache;
        statCache;
        preservePaths;
        cwd;
        strict;
        mtime;
        noPax;
        noMtime;
        prefix;
        fd;
        blockLen = 0;
        blockRemain = 0;
        buf;
        pos = 0;
        remain = 0;
        length = 0;
        offset = 0;
        win32;
        absolute;
        header;
        type;
        linkpath;
        stat;
        onWriteEntry;
        #e = false;
        constructor(e, t = {}) {
          let i = (0, yn.dealias)(t);
          super(), this.path = (0, oe.normalizeWindowsPath)(e), this.portable = !!i.portable, this.maxReadSize = i.maxReadSize || ph, this.linkCache = i.linkCache || /* @__PURE__ */ new Map(), this.statCache = i.statCache || /* @__PURE__ */ new Map(), this.preservePaths = !!i.preservePaths, this.cwd = (0, oe.normalizeWindowsPath)(i.cwd || process.cwd()), this.strict = !!i.strict, this.noPax = !!i.noPax, this.noMtime = !!i.noMtime, this.mtime = i.mtime, this.prefix = i.prefix ? (0, oe.normalizeWindowsPath)(i.prefix) : void 0, this.onWriteEntry = i.onWriteEntry, typeof i.onwarn == "function" && this.on("warn", i.onwarn);
          let r = false;
          if (!this.preservePaths) {
            let [o, a] = (0, bn.stripAbsolutePath)(this.path);
            o && typeof a == "string" && (this.path = a, r = o);
          }
          this.win32 = !!i.win32 || process.platform === "win32", this.win32 && (this.path = mh.decode(this.path.replaceAll(/\\/g, "/")), e = e.replaceAll(/\\/g, "/")), this.absolute = (0, oe.normalizeWindowsPath)(i.absolute || ln.default.resolve(this.cwd, e)), this.path === "" && (this.path = "./"), r && this.warn("TAR_ENTRY_INFO", `stripping ${r} from absolute path`, { entry: this, path: r + this.path });
          let n = this.statCache.get(this.absolute);
          n ? this[Oi](n) : this[Xs]();
        }
        warn(e, t, i = {}) {
          return (0, Sn.warnMethod)(this, e, t, i);
        }
        emit(e, ...t) {
          return e === "error" && (this.#e = true), super.emit(e, ...t);
        }
        [Xs]() {
          ae.default.lstat(this.absolute, (e, t) => {
            if (e) return this.emit("error", e);
            this[Oi](t);
          });
        }
        [Oi](e) {
          this.statCache.set(this.absolute, e), this.stat = e, e.isFile() || (e.size = 0), this.type = _h(e), this.emit("stat", e), this[cn]();
        }
        [cn]() {
          switch (this.type) {
            case "File":
              return this[un]();
            case "Directory":
              return this[fn]();
            case "SymbolicLink":
              return this[$s]();
            default:
              return this.end();
          }
        }
        [vi](e) {
          return (0, wn.modeFix)(e, this.type === "Directory", this.portable);
        }
        [he](e) {
          return gn(e, this.prefix);
        }
        [vt]() {
          if (!this.stat) throw new Error("cannot write header before stat");
          this.type === "Directory" && this.portable && (this.noMtime = true), this.onWriteEntry?.(this), this.header = new _n.Header({ path: this[he](this.path), linkpath: this.type === "Link" && this.linkpath !== void 0 ? this[he](this.linkpath) : this.linkpath, mode: this[vi](this.stat.mode), uid: this.portable ? void 0 : this.stat.uid, gid: this.portable ? void 0 : this.stat.gid, size: this.stat.size, mtime: this.noMtime ? void 0 : this.mtime || this.stat.mtime, type: this.type === "Unsupported" ? void 0 : this.type, uname: this.portable ? void 0 : this.stat.uid === this.myuid ? this.myuser : "", atime: this.portable ? void 0 : this.stat.atime, ctime: this.portable ? void 0 : this.stat.ctime }), this.header.encode() && !this.noPax && super.write(new En.Pax({ atime: this.portable ? void 0 : this.header.atime, ctime: this.portable ? void 0 : this.header.ctime, gid: this.portable ? void 0 : this.header.gid, mtime: this.noMtime ? void 0 : this.mtime || this.header.mtime, path: this[he](this.path), linkpath: this.type === "Link" && this.linkpath !== void 0 ? this[he](this.linkpath) : this.linkpath, size: this.header.size, uid: this.portable ? void 0 : this.header.uid, uname: this.portable ? void 0 : this.header.uname, dev: this.portable ? void 0 : this.stat.dev, ino: this.portable ? void 0 : this.stat.ino, nlink: this.portable ? void 0 : this.stat.nlink }).encode());
          let e = this.header?.block;
          if (!e) throw new Error("failed to encode header");
          super.write(e);
        }
        [fn]() {
          if (!this.stat) throw new Error("cannot create directory entry without stat");
          this.path.slice(-1) !== "/" && (this.path += "/"), this.stat.size = 0, this[vt](), this.end();
        }
        [$s]() {
          ae.default.readlink(this.absolute, (e, t) => {
            if (e) return this.emit("error", e);
            this[Js](t);
          });
        }
        [Js](e) {
          this.linkpath = (0, oe.normalizeWindowsPath)(e), this[vt](), this.end();
        }
        [dn](e) {
          if (!this.stat) throw new Error("cannot create link entry without stat");
          this.type = "Link", this.linkpath = (0, oe.normalizeWindowsPath)(ln.default.relative(this.cwd, e)), this.stat.size = 0, this[vt](), this.end();
        }
        [un]() {
          if (!this.stat) throw new Error("cannot create file entry without stat");
          if (this.stat.nlink > 1) {
            let e = `${this.stat.dev}:${this.stat.ino}`, t = this.linkCache.get(e);
            if (t?.indexOf(this.cwd) === 0) return this[dn](t);
            this.linkCache.set(e, this.absolute);
          }
          if (this[vt](), this.stat.size === 0) return this.end();
          this[er]();
        }
        [er]() {
          ae.default.open(this.absolute, "r", (e, t) => {
            if (e) return this.emit("error", e);
            this[tr](t);
          });
        }
        [tr](e) {
          if (this.fd = e, this.#e) return this[ve]();
          if (!this.stat) throw new Error("should stat before calling onopenfile");
          this.blockLen = 512 * Math.ceil(this.stat.size / 512), this.blockRemain = this.blockLen;
          let t = Math.min(this.blockLen, this.maxReadSize);
          this.buf = Buffer.allocUnsafe(t), this.offset = 0, this.pos = 0, this.remain = this.stat.size, this.length = this.buf.length, this[Ri]();
        }
        [Ri]() {
          let { fd: e, buf: t, offset: i, length: r, pos: n } = this;
          if (e === void 0 || t === void 0) throw new Error("cannot read file without first opening");
          ae.default.read(e, t, i, r, n, (o, a) => {
            if (o) return this[ve](() => this.emit("error", o));
            this[Qs](a);
          });
        }
        [ve](e = () => {
        }) {
          this.fd !== void 0 && ae.default.close(this.fd, e);
        }
        [Qs](e) {
          if (e <= 0 && this.remain > 0) {
            let r = Object.assign(new Error("encountered unexpected EOF"), { path: this.absolute, syscall: "read", code: "EOF" });
            return this[ve](() => this.emit("error", r));
          }
          if (e > this.remain) {
            let r = Object.assign(new Error("did not encounter expected EOF"), { path: this.absolute, syscall: "read", code: "EOF" });
            return this[ve](() => this.emit("error", r));
          }
          if (!this.buf) throw new Error("should have created buffer prior to reading");
          if (e === this.remain) for (let r = e; r < this.length && e < this.blockRemain; r++) this.buf[r + this.offset] = 0, e++, this.remain++;
          let t = this.offset === 0 && e === this.buf.length ? this.buf : this.buf.subarray(this.offset, this.offset + e);
          this.write(t) ? this[Vs]() : this[ir](() => this[Vs]());
        }
        [ir](e) {
          this.once("drain", e);
        }
        write(e, t, i) {
          if (typeof t == "function" && (i = t, t = void 0), typeof e == "string" && (e = Buffer.from(e, typeof t == "string" ? t : "utf8")), this.blockRemain < e.length) {
            let r = Object.assign(new Error("writing more data than expected"), { path: this.absolute });
            return this.emit("error", r);
          }
          return this.remain -= e.length, this.blockRemain -= e.length, this.pos += e.length, this.offset += e.length, super.write(e, null, i);
        }
        [Vs]() {
          if (!this.remain) return this.blockRemain && super.write(Buffer.alloc(this.blockRemain)), this[ve]((e) => e ? this.emit("error", e) : this.end());
          if (!this.buf) throw new Error("buffer lost somehow in ONDRAIN");
          this.offset >= this.length && (this.buf = Buffer.allocUnsafe(Math.min(this.blockRemain, this.buf.length)), this.offset = 0), this.length = this.buf.length - this.offset, this[Ri]();
        }
      };
      M.WriteEntry = Ti;
      var sr = class extends Ti {
        sync = true;
        [Xs]() {
          this[Oi](ae.default.lstatSync(this.absolute));
        }
        [$s]() {
          this[Js](ae.default.readlinkSync(this.absolute));
        }
        [er]() {
          this[tr](ae.default.openSync(this.absolute, "r"));
        }
        [Ri]() {
          let e = true;
          try {
            let { fd: t, buf: i, offset: r, length: n, pos: o } = this;
            if (t === void 0 || i === void 0) throw new Error("fd and buf must be set in READ method");
            let a = ae.default.readSync(t, i, r, n, o);
            this[Qs](a), e = false;
          } finally {
            if (e) try {
              this[ve](() => {
              });
            } catch {
            }
          }
        }
        [ir](e) {
          e();
        }
        [ve](e = () => {
        }) {
          this.fd !== void 0 && ae.default.closeSync(this.fd), e();
        }
      };
      M.WriteEntrySync = sr;
      var rr = class extends pn.Minipass {
        blockLen = 0;
        blockRemain = 0;
        buf = 0;
        pos = 0;
        remain = 0;
        length = 0;
        preservePaths;
        portable;
        strict;
        noPax;
        noMtime;
        readEntry;
        type;
        prefix;
        path;
        mode;
        uid;
        gid;
        uname;
        gname;
        header;
        mtime;
        atime;
        ctime;
        linkpath;
        size;
        onWriteEntry;
        warn(e, t, i = {}) {
          return (0, Sn.warnMethod)(this, e, t, i);
        }
        constructor(e, t = {}) {
          let i = (0, yn.dealias)(t);
          super(), this.preservePaths = !!i.preservePaths, this.portable = !!i.portable, this.strict = !!i.strict, this.noPax = !!i.noPax, this.noMtime = !!i.noMtime, this.onWriteEntry = i.onWriteEntry, this.readEntry = e;
          let { type: r } = e;
          if (r === "Unsupported") throw new Error("writing entry that should be ignored");
          this.type = r, this.type === "Directory" && this.portable && (this.noMtime = true), this.prefix = i.prefix, this.path = (0, oe.normalizeWindowsPath)(e.path), this.mode = e.mode !== void 0 ? this[vi](e.mode) : void 0, this.uid = this.portable ? void 0 : e.uid, this.gid = this.portable ? void 0 : e.gid, this.uname = this.portable ? void 0 : e.uname, this.gname = this.portable ? void 0 : e.gname, this.size = e.size, this.mtime = this.noMtime ? void 0 : i.mtime || e.mtime, this.atime = this.portable ? void 0 : e.atime, this.ctime = this.portable ? void 0 : e.ctime, this.linkpath = e.linkpath !== void 0 ? (0, oe.normalizeWindowsPath)(e.linkpath) : void 0, typeof i.onwarn == "function" && this.on("warn", i.onwarn);
          let n = false;
          if (!this.preservePaths) {
            let [a, h] = (0, bn.stripAbsolutePath)(this.path);
            a && typeof h == "string" && (this.path = h, n = a);
          }
          this.remain = e.size, this.blockRemain = e.startBlockSize, this.onWriteEntry?.(this), this.header = new _n.Header({ path: this[he](this.path), linkpath: this.type === "Link" && this.linkpath !== void 0 ? this[he](this.linkpath) : this.linkpath, mode: this.mode, uid: this.portable ? void 0 : this.uid, gid: this.portable ? void 0 : this.gid, size: this.size, mtime: this.noMtime ? void 0 : this.mtime, type: this.type, uname: this.portable ? void 0 : this.uname, atime: this.portable ? void 0 : this.atime, ctime: this.portable ? void 0 : this.ctime }), n && this.warn("TAR_ENTRY_INFO", `stripping ${n} from absolute path`, { entry: this, path: n + this.path }), this.header.encode() && !this.noPax && super.write(new En.Pax({ atime: this.portable ? void 0 : this.atime, ctime: this.portable ? void 0 : this.ctime, gid: this.portable ? void 0 : this.gid, mtime: this.noMtime ? void 0 : this.mtime, path: this[he](this.path), linkpath: this.type === "Link" && this.linkpath !== void 0 ? this[he](this.linkpath) : this.linkpath, size: this.size, uid: this.portable ? void 0 : this.uid, uname: this.portable ? void 0 : this.uname, dev: this.portable ? void 0 : this.readEntry.dev, ino: this.portable ? void 0 : this.readEntry.ino, nlink: this.portable ? void 0 : this.readEntry.nlink }).encode());
          let o = this.header?.block;
          if (!o) throw new Error("failed to encode header");
          super.write(o), e.pipe(this);
        }
        [he](e) {
          return gn(e, this.prefix);
        }
        [vi](e) {
          return (0, wn.modeFix)(e, this.type === "Directory", this.portable);
        }
        write(e, t, i) {
          typeof t == "function" && (i = t, t = void 0), typeof e == "string" && (e = Buffer.from(e, typeof t == "string" ? t : "utf8"));
          let r = e.length;
          if (r > this.blockRemain) throw new Error("writing more to entry than is appropriate");
          return this.blockRemain -= r, super.write(e, i);
        }
        end(e, t, i) {
          return this.blockRemain && super.write(Buffer.alloc(this.blockRemain)), typeof e == "function" && (i = e, t = void 0, e = void 0), typeof t == "function" && (i = t, t = void 0), typeof e == "string" && (e = Buffer.from(e, t ?? "utf8")), i && this.once("finish", i), e ? super.end(e, i) : super.end(i), this;
        }
      };
      M.WriteEntryTar = rr;
      var _h = (s) => s.isFile() ? "File" : s.isDirectory() ? "Directory" : s.isSymbolicLink() ? "SymbolicLink" : "Unsupported";
    });
    var Rn = d((at) => {
      "use strict";
      Object.defineProperty(at, "__esModule", { value: true });
      at.Node = at.Yallist = void 0;
      var or = class s {
        tail;
        head;
        length = 0;
        static create(e = []) {
          return new s(e);
        }
        constructor(e = []) {
          for (let t of e) this.push(t);
        }
        *[Symbol.iterator]() {
          for (let e = this.head; e; e = e.next) yield e.value;
        }
        removeNode(e) {
          if (e.list !== this) throw new Error("removing node which does not belong to this list");
          let t = e.next, i = e.prev;
          return t && (t.prev = i), i && (i.next = t), e === this.head && (this.head = t), e === this.tail && (this.tail = i), this.length--, e.next = void 0, e.prev = void 0, e.list = void 0, t;
        }
        unshiftNode(e) {
          if (e === this.head) return;
          e.list && e.list.removeNode(e);
          let t = this.head;
          e.list = this, e.next = t, t && (t.prev = e), this.head = e, this.tail || (this.tail = e), this.length++;
        }
        pushNode(e) {
          if (e === this.tail) return;
          e.list && e.list.removeNode(e);
          let t = this.tail;
          e.list = this, e.prev = t, t && (t.next = e), this.tail = e, this.head || (this.head = e), this.length++;
        }
        push(...e) {
          for (let t = 0, i = e.length; t < i; t++) yh(this, e[t]);
          return this.length;
        }
        unshift(...e) {
          for (var t = 0, i = e.length; t < i; t++) Eh(this, e[t]);
          return this.length;
        }
        pop() {
          if (!this.tail) return;
          let e = this.tail.value, t = this.tail;
          return this.tail = this.tail.prev, this.tail ? this.tail.next = void 0 : this.head = void 0, t.list = void 0, this.length--, e;
        }
        shift() {
          if (!this.head) return;
          let e = this.head.value, t = this.head;
          return this.head = this.head.next, this.head ? this.head.prev = void 0 : this.tail = void 0, t.list = void 0, this.length--, e;
        }
        forEach(e, t) {
          t = t || this;
          for (let i = this.head, r = 0; i; r++) e.call(t, i.value, r, this), i = i.next;
        }
        forEachReverse(e, t) {
          t = t || this;
          for (let i = this.tail, r = this.length - 1; i; r--) e.call(t, i.value, r, this), i = i.prev;
        }
        get(e) {
          let t = 0, i = this.head;
          for (; i && t < e; t++) i = i.next;
          if (t === e && i) return i.value;
        }
        getReverse(e) {
          let t = 0, i = this.tail;
          for (; i && t < e; t++) i = i.prev;
          if (t === e && i) return i.value;
        }
        map(e, t) {
          t = t || this;
          let i = new s();
          for (let r = this.head; r; ) i.push(e.call(t, r.value, this)), r = r.next;
          return i;
        }
        mapReverse(e, t) {
          t = t || this;
          var i = new s();
          for (let r = this.tail; r; ) i.push(e.call(t, r.value, this)), r = r.prev;
          return i;
        }
        reduce(e, t) {
          let i, r = this.head;
          if (arguments.length > 1) i = t;
          else if (this.head) r = this.head.next, i = this.head.value;
          else throw new TypeError("Reduce of empty list with no initial value");
          for (var n = 0; r; n++) i = e(i, r.value, n), r = r.next;
          return i;
        }
        reduceReverse(e, t) {
          let i, r = this.tail;
          if (arguments.length > 1) i = t;
          else if (this.tail) r = this.tail.prev, i = this.tail.value;
          else throw new TypeError("Reduce of empty list with no initial value");
          for (let n = this.length - 1; r; n--) i = e(i, r.value, n), r = r.prev;
          return i;
        }
        toArray() {
          let e = new Array(this.length);
          for (let t = 0, i = this.head; i; t++) e[t] = i.value, i = i.next;
          return e;
        }
        toArrayReverse() {
          let e = new Array(this.length);
          for (let t = 0, i = this.tail; i; t++) e[t] = i.value, i = i.prev;
          return e;
        }
        slice(e = 0, t = this.length) {
          t < 0 && (t += this.length), e < 0 && (e += this.length);
          let i = new s();
          if (t < e || t < 0) return i;
          e < 0 && (e = 0), t > this.length && (t = this.length);
          let r = this.head, n = 0;
          for (n = 0; r && n < e; n++) r = r.next;
          for (; r && n < t; n++, r = r.next) i.push(r.value);
          return i;
        }
        sliceReverse(e = 0, t = this.length) {
          t < 0 && (t += this.length), e < 0 && (e += this.length);
          let i = new s();
          if (t < e || t < 0) return i;
          e < 0 && (e = 0), t > this.length && (t = this.length);
          let r = this.length, n = this.tail;
          for (; n && r > t; r--) n = n.prev;
          for (; n && r > e; r--, n = n.prev) i.push(n.value);
          return i;
        }
        splice(e, t = 0, ...i) {
          e > this.length && (e = this.length - 1), e < 0 && (e = this.length + e);
          let r = this.head;
          for (let o = 0; r && o < e; o++) r = r.next;
          let n = [];
          for (let o = 0; r && o < t; o++) n.push(r.value), r = this.removeNode(r);
          r ? r !== this.tail && (r = r.prev) : r = this.tail;
          for (let o of i) r = wh(this, r, o);
          return n;
        }
        reverse() {
          let e = this.head, t = this.tail;
          for (let i = e; i; i = i.prev) {
            let r = i.prev;
            i.prev = i.next, i.next = r;
          }
          return this.head = t, this.tail = e, this;
        }
      };
      at.Yallist = or;
      function wh(s, e, t) {
        let i = e, r = e ? e.next : s.head, n = new ot(t, i, r, s);
        return n.next === void 0 && (s.tail = n), n.prev === void 0 && (s.head = n), s.length++, n;
      }
      function yh(s, e) {
        s.tail = new ot(e, s.tail, void 0, s), s.head || (s.head = s.tail), s.length++;
      }
      function Eh(s, e) {
        s.head = new ot(e, void 0, s.head, s), s.tail || (s.tail = s.head), s.length++;
      }
      var ot = class {
        list;
        next;
        prev;
        value;
        constructor(e, t, i, r) {
          this.list = r, this.value = e, t ? (t.next = this, this.prev = t) : this.prev = void 0, i ? (i.prev = this, this.next = i) : this.next = void 0;
        }
      };
      at.Node = ot;
    });
    var Ci = d((L) => {
      "use strict";
      var bh = L && L.__createBinding || (Object.create ? (function(s, e, t, i) {
        i === void 0 && (i = t);
        var r = Object.getOwnPropertyDescriptor(e, t);
        (!r || ("get" in r ? !e.__esModule : r.writable || r.configurable)) && (r = { enumerable: true, get: function() {
          return e[t];
        } }), Object.defineProperty(s, i, r);
      }) : (function(s, e, t, i) {
        i === void 0 && (i = t), s[i] = e[t];
      })), Sh = L && L.__setModuleDefault || (Object.create ? (function(s, e) {
        Object.defineProperty(s, "default", { enumerable: true, value: e });
      }) : function(s, e) {
        s.default = e;
      }), gh = L && L.__importStar || /* @__PURE__ */ (function() {
        var s = function(e) {
          return s = Object.getOwnPropertyNames || function(t) {
            var i = [];
            for (var r in t) Object.prototype.hasOwnProperty.call(t, r) && (i[i.length] = r);
            return i;
          }, s(e);
        };
        return function(e) {
          if (e && e.__esModule) return e;
          var t = {};
          if (e != null) for (var i = s(e), r = 0; r < i.length; r++) i[r] !== "default" && bh(t, e, i[r]);
          return Sh(t, e), t;
        };
      })(), Pn = L && L.__importDefault || function(s) {
        return s && s.__esModule ? s : { default: s };
      };
      Object.defineProperty(L, "__esModule", { value: true });
      L.PackSync = L.Pack = L.PackJob = void 0;
      var Ii = Pn(__require("fs")), fr = nr(), Nt = class {
        path;
        absolute;
        entry;
        stat;
        readdir;
        pending = false;
        pendingLink = false;
        ignore = false;
        piped = false;
        constructor(e, t) {
          this.path = e || "./", this.absolute = t;
        }
      };
      L.PackJob = Nt;
      var Rh = We(), ar = gh(Ps()), Oh = Rn(), vh = hi(), On = Buffer.alloc(1024), Pi = /* @__PURE__ */ Symbol("onStat"), Tt = /* @__PURE__ */ Symbol("ended"), X = /* @__PURE__ */ Symbol("queue"), Dt = /* @__PURE__ */ Symbol("pendingLinks"), Te = /* @__PURE__ */ Symbol("current"), je = /* @__PURE__ */ Symbol("process"), Pt = /* @__PURE__ */ Symbol("processing"), Di = /* @__PURE__ */ Symbol("processJob"), Q = /* @__PURE__ */ Symbol("jobs"), hr = /* @__PURE__ */ Symbol("jobDone"), Ni = /* @__PURE__ */ Symbol("addFSEntry"), vn = /* @__PURE__ */ Symbol("addTarEntry"), dr = /* @__PURE__ */ Symbol("stat"), mr = /* @__PURE__ */ Symbol("readdir"), Mi = /* @__PURE__ */ Symbol("onreaddir"), Li = /* @__PURE__ */ Symbol("pipe"), Tn = /* @__PURE__ */ Symbol("entry"), lr = /* @__PURE__ */ Symbol("entryOpt"), Ai = /* @__PURE__ */ Symbol("writeEntryClass"), Nn = /* @__PURE__ */ Symbol("write"), cr = /* @__PURE__ */ Symbol("ondrain"), Dn = Pn(__require("path")), ur = tt(), Fi = class extends Rh.Minipass {
        sync = false;
        opt;
        cwd;
        maxReadSize;
        preservePaths;
        strict;
        noPax;
        prefix;
        linkCache;
        statCache;
        file;
        portable;
        zip;
        readdirCache;
        noDirRecurse;
        follow;
        noMtime;
        mtime;
        filter;
        jobs;
        [Ai];
        onWriteEntry;
        [X];
        [Dt] = /* @__PURE__ */ new Map();
        [Q] = 0;
        [Pt] = false;
        [Tt] = false;
        constructor(e = {}) {
          if (super(), this.opt = e, this.file = e.file || "", this.cwd = e.cwd || process.cwd(), this.maxReadSize = e.maxReadSize, this.preservePaths = !!e.preservePaths, this.strict = !!e.strict, this.noPax = !!e.noPax, this.prefix = (0, ur.normalizeWindowsPath)(e.prefix || ""), this.linkCache = e.linkCache || /* @__PURE__ */ new Map(), this.statCache = e.statCache || /* @__PURE__ */ new Map(), this.readdirCache = e.readdirCache || /* @__PURE__ */ new Map(), this.onWriteEntry = e.onWriteEntry, this[Ai] = fr.WriteEntry, typeof e.onwarn == "function" && this.on("warn", e.onwarn), this.portable = !!e.portable, e.gzip || e.brotli || e.zstd) {
            if ((e.gzip ? 1 : 0) + (e.brotli ? 1 : 0) + (e.zstd ? 1 : 0) > 1) throw new TypeError("gzip, brotli, zstd are mutually exclusive");
            if (e.gzip && (typeof e.gzip != "object" && (e.gzip = {}), this.portable && (e.gzip.portable = true), this.zip = new ar.Gzip(e.gzip)), e.brotli && (typeof e.brotli != "object" && (e.brotli = {}), this.zip = new ar.BrotliCompress(e.brotli)), e.zstd && (typeof e.zstd != "object" && (e.zstd = {}), this.zip = new ar.ZstdCompress(e.zstd)), !this.zip) throw new Error("impossible");
            let t = this.zip;
            t.on("data", (i) => super.write(i)), t.on("end", () => super.end()), t.on("drain", () => this[cr]()), this.on("resume", () => t.resume());
          } else this.on("drain", this[cr]);
          this.noDirRecurse = !!e.noDirRecurse, this.follow = !!e.follow, this.noMtime = !!e.noMtime, e.mtime && (this.mtime = e.mtime), this.filter = typeof e.filter == "function" ? e.filter : () => true, this[X] = new Oh.Yallist(), this[Q] = 0, this.jobs = Number(e.jobs) || 4, this[Pt] = false, this[Tt] = false;
        }
        [Nn](e) {
          return super.write(e);
        }
        add(e) {
          return this.write(e), this;
        }
        end(e, t, i) {
          return typeof e == "function" && (i = e, e = void 0), typeof t == "function" && (i = t, t = void 0), e && this.add(e), this[Tt] = true, this[je](), i && i(), this;
        }
        write(e) {
          if (this[Tt]) throw new Error("write after end");
          return typeof e == "string" ? this[Ni](e) : this[vn](e), this.flowing;
        }
        [vn](e) {
          let t = (0, ur.normalizeWindowsPath)(Dn.default.resolve(this.cwd, e.path));
          if (!this.filter(e.path, e)) e.resume();
          else {
            let i = new Nt(e.path, t);
            i.entry = new fr.WriteEntryTar(e, this[lr](i)), i.entry.on("end", () => this[hr](i)), this[Q] += 1, this[X].push(i);
          }
          this[je]();
        }
        [Ni](e) {
          let t = (0, ur.normalizeWindowsPath)(Dn.default.resolve(this.cwd, e));
          this[X].push(new Nt(e, t)), this[je]();
        }
        [dr](e) {
          e.pending = true, this[Q] += 1;
          let t = this.follow ? "stat" : "lstat";
          Ii.default[t](e.absolute, (i, r) => {
            e.pending = false, this[Q] -= 1, i ? this.emit("error", i) : this[Pi](e, r);
          });
        }
        [Pi](e, t) {
          if (this.statCache.set(e.absolute, t), e.stat = t, !this.filter(e.path, t)) e.ignore = true;
          else if (t.isFile() && t.nlink > 1 && !this.linkCache.get(`${t.dev}:${t.ino}`) && !this.sync) if (e === this[Te]) this[Di](e);
          else {
            let i = `${t.dev}:${t.ino}`, r = this[Dt].get(i);
            r ? r.push(e) : this[Dt].set(i, [e]), e.pendingLink = true, e.pending = true;
          }
          this[je]();
        }
        [mr](e) {
          e.pending = true, this[Q] += 1, Ii.default.readdir(e.absolute, (t, i) => {
            if (e.pending = false, this[Q] -= 1, t) return this.emit("error", t);
            this[Mi](e, i);
          });
        }
        [Mi](e, t) {
          this.readdirCache.set(e.absolute, t), e.readdir = t, this[je]();
        }
        [je]() {
          if (!this[Pt]) {
            this[Pt] = true;
            for (let e = this[X].head; e && this[Q] < this.jobs; e = e.next) if (this[Di](e.value), e.value.ignore) {
              let t = e.next;
              this[X].removeNode(e), e.next = t;
            }
            this[Pt] = false, this[Tt] && this[X].length === 0 && this[Q] === 0 && (this.zip ? this.zip.end(On) : (super.write(On), super.end()));
          }
        }
        get [Te]() {
          return this[X] && this[X].head && this[X].head.value;
        }
        [hr](e) {
          this[X].shift(), this[Q] -= 1;
          let { stat: t } = e;
          if (t && t.isFile() && t.nlink > 1) {
            let i = `${t.dev}:${t.ino}`, r = this[Dt].get(i);
            if (r) {
              this[Dt].delete(i);
              for (let n of r) n.pending = false, this[Di](n);
            }
          }
          this[je]();
        }
        [Di](e) {
          if (e.pending && e.pendingLink && e === this[Te] && (e.pending = false, e.pendingLink = false), !e.pending) {
            if (e.entry) {
              e === this[Te] && !e.piped && this[Li](e);
              return;
            }
            if (!e.stat) {
              let t = this.statCache.get(e.absolute);
              t ? this[Pi](e, t) : this[dr](e);
            }
            if (e.stat && !e.ignore) {
              if (!this.noDirRecurse && e.stat.isDirectory() && !e.readdir) {
                let t = this.readdirCache.get(e.absolute);
                if (t ? this[Mi](e, t) : this[mr](e), !e.readdir) return;
              }
              if (e.entry = this[Tn](e), !e.entry) {
                e.ignore = true;
                return;
              }
              e === this[Te] && !e.piped && this[Li](e);
            }
          }
        }
        [lr](e) {
          return { onwarn: (t, i, r) => this.warn(t, i, r), noPax: this.noPax, cwd: this.cwd, absolute: e.absolute, preservePaths: this.preservePaths, maxReadSize: this.maxReadSize, strict: this.strict, portable: this.portable, linkCache: this.linkCache, statCache: this.statCache, noMtime: this.noMtime, mtime: this.mtime, prefix: this.prefix, onWriteEntry: this.onWriteEntry };
        }
        [Tn](e) {
          this[Q] += 1;
          try {
            return new this[Ai](e.path, this[lr](e)).on("end", () => this[hr](e)).on("error", (i) => this.emit("error", i));
          } catch (t) {
            this.emit("error", t);
          }
        }
        [cr]() {
          this[Te] && this[Te].entry && this[Te].entry.resume();
        }
        [Li](e) {
          e.piped = true, e.readdir && e.readdir.forEach((r) => {
            let n = e.path, o = n === "./" ? "" : n.replace(/\/*$/, "/");
            this[Ni](o + r);
          });
          let t = e.entry, i = this.zip;
          if (!t) throw new Error("cannot pipe without source");
          i ? t.on("data", (r) => {
            i.write(r) || t.pause();
          }) : t.on("data", (r) => {
            super.write(r) || t.pause();
          });
        }
        pause() {
          return this.zip && this.zip.pause(), super.pause();
        }
        warn(e, t, i = {}) {
          (0, vh.warnMethod)(this, e, t, i);
        }
      };
      L.Pack = Fi;
      var pr = class extends Fi {
        sync = true;
        constructor(e) {
          super(e), this[Ai] = fr.WriteEntrySync;
        }
        pause() {
        }
        resume() {
        }
        [dr](e) {
          let t = this.follow ? "statSync" : "lstatSync";
          this[Pi](e, Ii.default[t](e.absolute));
        }
        [mr](e) {
          this[Mi](e, Ii.default.readdirSync(e.absolute));
        }
        [Li](e) {
          let t = e.entry, i = this.zip;
          if (e.readdir && e.readdir.forEach((r) => {
            let n = e.path, o = n === "./" ? "" : n.replace(/\/*$/, "/");
            this[Ni](o + r);
          }), !t) throw new Error("Cannot pipe without source");
          i ? t.on("data", (r) => {
            i.write(r);
          }) : t.on("data", (r) => {
            super[Nn](r);
          });
        }
      };
      L.PackSync = pr;
    });
    var _r = d((ht) => {
      "use strict";
      var Th = ht && ht.__importDefault || function(s) {
        return s && s.__esModule ? s : { default: s };
      };
      Object.defineProperty(ht, "__esModule", { value: true });
      ht.create = void 0;
      var Mn = Ke(), Ln = Th(__require("node:path")), An = rt(), Dh = Ve(), Bi = Ci(), Ph = (s, e) => {
        let t = new Bi.PackSync(s), i = new Mn.WriteStreamSync(s.file, { mode: s.mode || 438 });
        t.pipe(i), In(t, e);
      }, Nh = (s, e) => {
        let t = new Bi.Pack(s), i = new Mn.WriteStream(s.file, { mode: s.mode || 438 });
        t.pipe(i);
        let r = new Promise((n, o) => {
          i.on("error", o), i.on("close", n), t.on("error", o);
        });
        return Fn(t, e).catch((n) => t.emit("error", n)), r;
      }, In = (s, e) => {
        e.forEach((t) => {
          t.charAt(0) === "@" ? (0, An.list)({ file: Ln.default.resolve(s.cwd, t.slice(1)), sync: true, noResume: true, onReadEntry: (i) => s.add(i) }) : s.add(t);
        }), s.end();
      }, Fn = async (s, e) => {
        for (let t of e) t.charAt(0) === "@" ? await (0, An.list)({ file: Ln.default.resolve(String(s.cwd), t.slice(1)), noResume: true, onReadEntry: (i) => {
          s.add(i);
        } }) : s.add(t);
        s.end();
      }, Mh = (s, e) => {
        let t = new Bi.PackSync(s);
        return In(t, e), t;
      }, Lh = (s, e) => {
        let t = new Bi.Pack(s);
        return Fn(t, e).catch((i) => t.emit("error", i)), t;
      };
      ht.create = (0, Dh.makeCommand)(Ph, Nh, Mh, Lh, (s, e) => {
        if (!e?.length) throw new TypeError("no paths specified to add to archive");
      });
    });
    var Wn = d((lt) => {
      "use strict";
      var Ah = lt && lt.__importDefault || function(s) {
        return s && s.__esModule ? s : { default: s };
      };
      Object.defineProperty(lt, "__esModule", { value: true });
      lt.getWriteFlag = void 0;
      var zn = Ah(__require("fs")), Ih = process.env.__FAKE_PLATFORM__ || process.platform, kn = Ih === "win32", { O_CREAT: xn, O_NOFOLLOW: Cn, O_TRUNC: jn, O_WRONLY: Un } = zn.default.constants, qn = Number(process.env.__FAKE_FS_O_FILENAME__) || zn.default.constants.UV_FS_O_FILEMAP || 0, Fh = kn && !!qn, Ch = 512 * 1024, Bh = qn | jn | xn | Un, Bn = !kn && typeof Cn == "number" ? Cn | jn | xn | Un : null;
      lt.getWriteFlag = Bn !== null ? () => Bn : Fh ? (s) => s < Ch ? Bh : "w" : () => "w";
    });
    var Gn = d((le) => {
      "use strict";
      var Hn = le && le.__importDefault || function(s) {
        return s && s.__esModule ? s : { default: s };
      };
      Object.defineProperty(le, "__esModule", { value: true });
      le.chownrSync = le.chownr = void 0;
      var ki = Hn(__require("node:fs")), Mt = Hn(__require("node:path")), wr = (s, e, t) => {
        try {
          return ki.default.lchownSync(s, e, t);
        } catch (i) {
          if (i?.code !== "ENOENT") throw i;
        }
      }, zi = (s, e, t, i) => {
        ki.default.lchown(s, e, t, (r) => {
          i(r && r?.code !== "ENOENT" ? r : null);
        });
      }, zh = (s, e, t, i, r) => {
        if (e.isDirectory()) (0, le.chownr)(Mt.default.resolve(s, e.name), t, i, (n) => {
          if (n) return r(n);
          let o = Mt.default.resolve(s, e.name);
          zi(o, t, i, r);
        });
        else {
          let n = Mt.default.resolve(s, e.name);
          zi(n, t, i, r);
        }
      }, kh = (s, e, t, i) => {
        ki.default.readdir(s, { withFileTypes: true }, (r, n) => {
          if (r) {
            if (r.code === "ENOENT") return i();
            if (r.code !== "ENOTDIR" && r.code !== "ENOTSUP") return i(r);
          }
          if (r || !n.length) return zi(s, e, t, i);
          let o = n.length, a = null, h = (l) => {
            if (!a) {
              if (l) return i(a = l);
              if (--o === 0) return zi(s, e, t, i);
            }
          };
          for (let l of n) zh(s, l, e, t, h);
        });
      };
      le.chownr = kh;
      var xh = (s, e, t, i) => {
        e.isDirectory() && (0, le.chownrSync)(Mt.default.resolve(s, e.name), t, i), wr(Mt.default.resolve(s, e.name), t, i);
      }, jh = (s, e, t) => {
        let i;
        try {
          i = ki.default.readdirSync(s, { withFileTypes: true });
        } catch (r) {
          let n = r;
          if (n?.code === "ENOENT") return;
          if (n?.code === "ENOTDIR" || n?.code === "ENOTSUP") return wr(s, e, t);
          throw n;
        }
        for (let r of i) xh(s, r, e, t);
        return wr(s, e, t);
      };
      le.chownrSync = jh;
    });
    var Zn = d((xi) => {
      "use strict";
      Object.defineProperty(xi, "__esModule", { value: true });
      xi.CwdError = void 0;
      var yr = class extends Error {
        path;
        code;
        syscall = "chdir";
        constructor(e, t) {
          super(`${t}: Cannot cd into '${e}'`), this.path = e, this.code = t;
        }
        get name() {
          return "CwdError";
        }
      };
      xi.CwdError = yr;
    });
    var br = d((ji) => {
      "use strict";
      Object.defineProperty(ji, "__esModule", { value: true });
      ji.SymlinkError = void 0;
      var Er = class extends Error {
        path;
        symlink;
        syscall = "symlink";
        code = "TAR_SYMLINK_ERROR";
        constructor(e, t) {
          super("TAR_SYMLINK_ERROR: Cannot extract through symbolic link"), this.symlink = e, this.path = t;
        }
        get name() {
          return "SymlinkError";
        }
      };
      ji.SymlinkError = Er;
    });
    var Xn = d((De) => {
      "use strict";
      var gr = De && De.__importDefault || function(s) {
        return s && s.__esModule ? s : { default: s };
      };
      Object.defineProperty(De, "__esModule", { value: true });
      De.mkdirSync = De.mkdir = void 0;
      var Yn = Gn(), j = gr(__require("node:fs")), Uh = gr(__require("node:fs/promises")), Ui = gr(__require("node:path")), Kn = Zn(), _e = tt(), Vn = br(), qh = (s, e) => {
        j.default.stat(s, (t, i) => {
          (t || !i.isDirectory()) && (t = new Kn.CwdError(s, t?.code || "ENOTDIR")), e(t);
        });
      }, Wh = (s, e, t) => {
        s = (0, _e.normalizeWindowsPath)(s);
        let i = e.umask ?? 18, r = e.mode | 448, n = (r & i) !== 0, o = e.uid, a = e.gid, h = typeof o == "number" && typeof a == "number" && (o !== e.processUid || a !== e.processGid), l = e.preserve, c = e.unlink, u = (0, _e.normalizeWindowsPath)(e.cwd), b = (w, P) => {
          w ? t(w) : P && h ? (0, Yn.chownr)(P, o, a, (xt) => b(xt)) : n ? j.default.chmod(s, r, t) : t();
        };
        if (s === u) return qh(s, b);
        if (l) return Uh.default.mkdir(s, { mode: r, recursive: true }).then((w) => b(null, w ?? void 0), b);
        let A = (0, _e.normalizeWindowsPath)(Ui.default.relative(u, s)).split("/");
        Sr(u, A, r, c, u, void 0, b);
      };
      De.mkdir = Wh;
      var Sr = (s, e, t, i, r, n, o) => {
        if (e.length === 0) return o(null, n);
        let a = e.shift(), h = (0, _e.normalizeWindowsPath)(Ui.default.resolve(s + "/" + a));
        j.default.mkdir(h, t, $n(h, e, t, i, r, n, o));
      }, $n = (s, e, t, i, r, n, o) => (a) => {
        a ? j.default.lstat(s, (h, l) => {
          if (h) h.path = h.path && (0, _e.normalizeWindowsPath)(h.path), o(h);
          else if (l.isDirectory()) Sr(s, e, t, i, r, n, o);
          else if (i) j.default.unlink(s, (c) => {
            if (c) return o(c);
            j.default.mkdir(s, t, $n(s, e, t, i, r, n, o));
          });
          else {
            if (l.isSymbolicLink()) return o(new Vn.SymlinkError(s, s + "/" + e.join("/")));
            o(a);
          }
        }) : (n = n || s, Sr(s, e, t, i, r, n, o));
      }, Hh = (s) => {
        let e = false, t;
        try {
          e = j.default.statSync(s).isDirectory();
        } catch (i) {
          t = i?.code;
        } finally {
          if (!e) throw new Kn.CwdError(s, t ?? "ENOTDIR");
        }
      }, Gh = (s, e) => {
        s = (0, _e.normalizeWindowsPath)(s);
        let t = e.umask ?? 18, i = e.mode | 448, r = (i & t) !== 0, n = e.uid, o = e.gid, a = typeof n == "number" && typeof o == "number" && (n !== e.processUid || o !== e.processGid), h = e.preserve, l = e.unlink, c = (0, _e.normalizeWindowsPath)(e.cwd), u = (w) => {
          w && a && (0, Yn.chownrSync)(w, n, o), r && j.default.chmodSync(s, i);
        };
        if (s === c) return Hh(c), u();
        if (h) return u(j.default.mkdirSync(s, { mode: i, recursive: true }) ?? void 0);
        let D = (0, _e.normalizeWindowsPath)(Ui.default.relative(c, s)).split("/"), A;
        for (let w = D.shift(), P = c; w && (P += "/" + w); w = D.shift()) {
          P = (0, _e.normalizeWindowsPath)(Ui.default.resolve(P));
          try {
            j.default.mkdirSync(P, i), A = A || P;
          } catch {
            let xt = j.default.lstatSync(P);
            if (xt.isDirectory()) continue;
            if (l) {
              j.default.unlinkSync(P), j.default.mkdirSync(P, i), A = A || P;
              continue;
            } else if (xt.isSymbolicLink()) return new Vn.SymlinkError(P, P + "/" + D.join("/"));
          }
        }
        return u(A);
      };
      De.mkdirSync = Gh;
    });
    var Jn = d((qi) => {
      "use strict";
      Object.defineProperty(qi, "__esModule", { value: true });
      qi.normalizeUnicode = void 0;
      var Rr = /* @__PURE__ */ Object.create(null), Qn = 1e4, ct = /* @__PURE__ */ new Set(), Zh = (s) => {
        ct.has(s) ? ct.delete(s) : Rr[s] = s.normalize("NFD").toLocaleLowerCase("en").toLocaleUpperCase("en"), ct.add(s);
        let e = Rr[s], t = ct.size - Qn;
        if (t > Qn / 10) {
          for (let i of ct) if (ct.delete(i), delete Rr[i], --t <= 0) break;
        }
        return e;
      };
      qi.normalizeUnicode = Zh;
    });
    var to = d((Wi) => {
      "use strict";
      Object.defineProperty(Wi, "__esModule", { value: true });
      Wi.PathReservations = void 0;
      var eo = __require("node:path"), Yh = Jn(), Kh = yi(), Vh = process.env.TESTING_TAR_FAKE_PLATFORM || process.platform, $h = Vh === "win32", Xh = (s) => s.split("/").slice(0, -1).reduce((t, i) => {
        let r = t.at(-1);
        return r !== void 0 && (i = (0, eo.join)(r, i)), t.push(i || "/"), t;
      }, []), Or = class {
        #e = /* @__PURE__ */ new Map();
        #i = /* @__PURE__ */ new Map();
        #s = /* @__PURE__ */ new Set();
        reserve(e, t) {
          e = $h ? ["win32 parallelization disabled"] : e.map((r) => (0, Kh.stripTrailingSlashes)((0, eo.join)((0, Yh.normalizeUnicode)(r))));
          let i = new Set(e.map((r) => Xh(r)).reduce((r, n) => r.concat(n)));
          this.#i.set(t, { dirs: i, paths: e });
          for (let r of e) {
            let n = this.#e.get(r);
            n ? n.push(t) : this.#e.set(r, [t]);
          }
          for (let r of i) {
            let n = this.#e.get(r);
            if (!n) this.#e.set(r, [/* @__PURE__ */ new Set([t])]);
            else {
              let o = n.at(-1);
              o instanceof Set ? o.add(t) : n.push(/* @__PURE__ */ new Set([t]));
            }
          }
          return this.#r(t);
        }
        #n(e) {
          let t = this.#i.get(e);
          if (!t) throw new Error("function does not have any path reservations");
          return { paths: t.paths.map((i) => this.#e.get(i)), dirs: [...t.dirs].map((i) => this.#e.get(i)) };
        }
        check(e) {
          let { paths: t, dirs: i } = this.#n(e);
          return t.every((r) => r && r[0] === e) && i.every((r) => r && r[0] instanceof Set && r[0].has(e));
        }
        #r(e) {
          return this.#s.has(e) || !this.check(e) ? false : (this.#s.add(e), e(() => this.#t(e)), true);
        }
        #t(e) {
          if (!this.#s.has(e)) return false;
          let t = this.#i.get(e);
          if (!t) throw new Error("invalid reservation");
          let { paths: i, dirs: r } = t, n = /* @__PURE__ */ new Set();
          for (let o of i) {
            let a = this.#e.get(o);
            if (!a || a?.[0] !== e) continue;
            let h = a[1];
            if (!h) {
              this.#e.delete(o);
              continue;
            }
            if (a.shift(), typeof h == "function") n.add(h);
            else for (let l of h) n.add(l);
          }
          for (let o of r) {
            let a = this.#e.get(o), h = a?.[0];
            if (!(!a || !(h instanceof Set))) if (h.size === 1 && a.length === 1) {
              this.#e.delete(o);
              continue;
            } else if (h.size === 1) {
              a.shift();
              let l = a[0];
              typeof l == "function" && n.add(l);
            } else h.delete(e);
          }
          return this.#s.delete(e), n.forEach((o) => this.#r(o)), true;
        }
      };
      Wi.PathReservations = Or;
    });
    var io = d((Hi) => {
      "use strict";
      Object.defineProperty(Hi, "__esModule", { value: true });
      Hi.umask = void 0;
      var Qh = () => process.umask();
      Hi.umask = Qh;
    });
    var Cr = d((k) => {
      "use strict";
      var Jh = k && k.__createBinding || (Object.create ? (function(s, e, t, i) {
        i === void 0 && (i = t);
        var r = Object.getOwnPropertyDescriptor(e, t);
        (!r || ("get" in r ? !e.__esModule : r.writable || r.configurable)) && (r = { enumerable: true, get: function() {
          return e[t];
        } }), Object.defineProperty(s, i, r);
      }) : (function(s, e, t, i) {
        i === void 0 && (i = t), s[i] = e[t];
      })), el = k && k.__setModuleDefault || (Object.create ? (function(s, e) {
        Object.defineProperty(s, "default", { enumerable: true, value: e });
      }) : function(s, e) {
        s.default = e;
      }), fo = k && k.__importStar || /* @__PURE__ */ (function() {
        var s = function(e) {
          return s = Object.getOwnPropertyNames || function(t) {
            var i = [];
            for (var r in t) Object.prototype.hasOwnProperty.call(t, r) && (i[i.length] = r);
            return i;
          }, s(e);
        };
        return function(e) {
          if (e && e.__esModule) return e;
          var t = {};
          if (e != null) for (var i = s(e), r = 0; r < i.length; r++) i[r] !== "default" && Jh(t, e, i[r]);
          return el(t, e), t;
        };
      })(), Fr = k && k.__importDefault || function(s) {
        return s && s.__esModule ? s : { default: s };
      };
      Object.defineProperty(k, "__esModule", { value: true });
      k.UnpackSync = k.Unpack = void 0;
      var tl = fo(Ke()), il = Fr(__require("node:assert")), mo = __require("node:crypto"), m = Fr(__require("node:fs")), g = Fr(__require("node:path")), po = Wn(), _o = Xn(), U = tt(), sl = _i(), rl = Zs(), so = fo(Ks()), nl = to(), wo = br(), ol = io(), ro = /* @__PURE__ */ Symbol("onEntry"), Pr = /* @__PURE__ */ Symbol("checkFs"), no = /* @__PURE__ */ Symbol("checkFs2"), Nr = /* @__PURE__ */ Symbol("isReusable"), G = /* @__PURE__ */ Symbol("makeFs"), Mr = /* @__PURE__ */ Symbol("file"), Lr = /* @__PURE__ */ Symbol("directory"), Zi = /* @__PURE__ */ Symbol("link"), oo = /* @__PURE__ */ Symbol("symlink"), ao = /* @__PURE__ */ Symbol("hardlink"), At = /* @__PURE__ */ Symbol("ensureNoSymlink"), ho = /* @__PURE__ */ Symbol("unsupported"), lo = /* @__PURE__ */ Symbol("checkPath"), vr = /* @__PURE__ */ Symbol("stripAbsolutePath"), Pe = /* @__PURE__ */ Symbol("mkdir"), T = /* @__PURE__ */ Symbol("onError"), Gi = /* @__PURE__ */ Symbol("pending"), co = /* @__PURE__ */ Symbol("pend"), ut = /* @__PURE__ */ Symbol("unpend"), Tr = /* @__PURE__ */ Symbol("ended"), Dr = /* @__PURE__ */ Symbol("maybeClose"), Ar = /* @__PURE__ */ Symbol("skip"), It = /* @__PURE__ */ Symbol("doChown"), Ft = /* @__PURE__ */ Symbol("uid"), Ct = /* @__PURE__ */ Symbol("gid"), Bt = /* @__PURE__ */ Symbol("checkedCwd"), al = process.env.TESTING_TAR_FAKE_PLATFORM || process.platform, zt = al === "win32", hl = 1024, ll = (s, e) => {
        if (!zt) return m.default.unlink(s, e);
        let t = s + ".DELETE." + (0, mo.randomBytes)(16).toString("hex");
        m.default.rename(s, t, (i) => {
          if (i) return e(i);
          m.default.unlink(t, e);
        });
      }, cl = (s) => {
        if (!zt) return m.default.unlinkSync(s);
        let e = s + ".DELETE." + (0, mo.randomBytes)(16).toString("hex");
        m.default.renameSync(s, e), m.default.unlinkSync(e);
      }, uo = (s, e, t) => s !== void 0 && s === s >>> 0 ? s : e !== void 0 && e === e >>> 0 ? e : t, Yi = class extends sl.Parser {
        [Tr] = false;
        [Bt] = false;
        [Gi] = 0;
        reservations = new nl.PathReservations();
        transform;
        writable = true;
        readable = false;
        uid;
        gid;
        setOwner;
        preserveOwner;
        processGid;
        processUid;
        maxDepth;
        forceChown;
        win32;
        newer;
        keep;
        noMtime;
        preservePaths;
        unlink;
        cwd;
        strip;
        processUmask;
        umask;
        dmode;
        fmode;
        chmod;
        constructor(e = {}) {
          if (e.ondone = () => {
            this[Tr] = true, this[Dr]();
          }, super(e), this.transform = e.transform, this.chmod = !!e.chmod, typeof e.uid == "number" || typeof e.gid == "number") {
            if (typeof e.uid != "number" || typeof e.gid != "number") throw new TypeError("cannot set owner without number uid and gid");
            if (e.preserveOwner) throw new TypeError("cannot preserve owner in archive and also set owner explicitly");
            this.uid = e.uid, this.gid = e.gid, this.setOwner = true;
          } else this.uid = void 0, this.gid = void 0, this.setOwner = false;
          this.preserveOwner = e.preserveOwner === void 0 && typeof e.uid != "number" ? process.getuid?.() === 0 : !!e.preserveOwner, this.processUid = (this.preserveOwner || this.setOwner) && process.getuid ? process.getuid() : void 0, this.processGid = (this.preserveOwner || this.setOwner) && process.getgid ? process.getgid() : void 0, this.maxDepth = typeof e.maxDepth == "number" ? e.maxDepth : hl, this.forceChown = e.forceChown === true, this.win32 = !!e.win32 || zt, this.newer = !!e.newer, this.keep = !!e.keep, this.noMtime = !!e.noMtime, this.preservePaths = !!e.preservePaths, this.unlink = !!e.unlink, this.cwd = (0, U.normalizeWindowsPath)(g.default.resolve(e.cwd || process.cwd())), this.strip = Number(e.strip) || 0, this.processUmask = this.chmod ? typeof e.processUmask == "number" ? e.processUmask : (0, ol.umask)() : 0, this.umask = typeof e.umask == "number" ? e.umask : this.processUmask, this.dmode = e.dmode || 511 & ~this.umask, this.fmode = e.fmode || 438 & ~this.umask, this.on("entry", (t) => this[ro](t));
        }
        warn(e, t, i = {}) {
          return (e === "TAR_BAD_ARCHIVE" || e === "TAR_ABORT") && (i.recoverable = false), super.warn(e, t, i);
        }
        [Dr]() {
          this[Tr] && this[Gi] === 0 && (this.emit("prefinish"), this.emit("finish"), this.emit("end"));
        }
        [vr](e, t) {
          let i = e[t], { type: r } = e;
          if (!i || this.preservePaths) return true;
          let [n, o] = (0, rl.stripAbsolutePath)(i), a = o.replaceAll(/\\/g, "/").split("/");
          if (a.includes("..") || zt && /^[a-z]:\.\.$/i.test(a[0] ?? "")) {
            if (t === "path" || r === "Link") return this.warn("TAR_ENTRY_ERROR", `${t} contains '..'`, { entry: e, [t]: i }), false;
            let h = g.default.posix.dirname(e.path), l = g.default.posix.normalize(g.default.posix.join(h, a.join("/")));
            if (l.startsWith("../") || l === "..") return this.warn("TAR_ENTRY_ERROR", `${t} escapes extraction directory`, { entry: e, [t]: i }), false;
          }
          return n && (e[t] = String(o), this.warn("TAR_ENTRY_INFO", `stripping ${n} from absolute ${t}`, { entry: e, [t]: i })), true;
        }
        [lo](e) {
          let t = (0, U.normalizeWindowsPath)(e.path), i = t.split("/");
          if (this.strip) {
            if (i.length < this.strip) return false;
            if (e.type === "Link") {
              let r = (0, U.normalizeWindowsPath)(String(e.linkpath)).split("/");
              if (r.length >= this.strip) e.linkpath = r.slice(this.strip).join("/");
              else return false;
            }
            i.splice(0, this.strip), e.path = i.join("/");
          }
          if (isFinite(this.maxDepth) && i.length > this.maxDepth) return this.warn("TAR_ENTRY_ERROR", "path excessively deep", { entry: e, path: t, depth: i.length, maxDepth: this.maxDepth }), false;
          if (!this[vr](e, "path") || !this[vr](e, "linkpath")) return false;
          if (e.absolute = g.default.isAbsolute(e.path) ? (0, U.normalizeWindowsPath)(g.default.resolve(e.path)) : (0, U.normalizeWindowsPath)(g.default.resolve(this.cwd, e.path)), !this.preservePaths && typeof e.absolute == "string" && e.absolute.indexOf(this.cwd + "/") !== 0 && e.absolute !== this.cwd) return this.warn("TAR_ENTRY_ERROR", "path escaped extraction target", { entry: e, path: (0, U.normalizeWindowsPath)(e.path), resolvedPath: e.absolute, cwd: this.cwd }), false;
          if (e.absolute === this.cwd && e.type !== "Directory" && e.type !== "GNUDumpDir") return false;
          if (this.win32) {
            let { root: r } = g.default.win32.parse(String(e.absolute));
            e.absolute = r + so.encode(String(e.absolute).slice(r.length));
            let { root: n } = g.default.win32.parse(e.path);
            e.path = n + so.encode(e.path.slice(n.length));
          }
          return true;
        }
        [ro](e) {
          if (!this[lo](e)) return e.resume();
          switch (il.default.equal(typeof e.absolute, "string"), e.type) {
            case "Directory":
            case "GNUDumpDir":
              e.mode && (e.mode = e.mode | 448);
            case "File":
            case "OldFile":
            case "ContiguousFile":
            case "Link":
            case "SymbolicLink":
              return this[Pr](e);
            default:
              return this[ho](e);
          }
        }
        [T](e, t) {
          e.name === "CwdError" ? this.emit("error", e) : (this.warn("TAR_ENTRY_ERROR", e, { entry: t }), this[ut](), t.resume());
        }
        [Pe](e, t, i) {
          (0, _o.mkdir)((0, U.normalizeWindowsPath)(e), { uid: this.uid, gid: this.gid, processUid: this.processUid, processGid: this.processGid, umask: this.processUmask, preserve: this.preservePaths, unlink: this.unlink, cwd: this.cwd, mode: t }, i);
        }
        [It](e) {
          return this.forceChown || this.preserveOwner && (typeof e.uid == "number" && e.uid !== this.processUid || typeof e.gid == "number" && e.gid !== this.processGid) || typeof this.uid == "number" && this.uid !== this.processUid || typeof this.gid == "number" && this.gid !== this.processGid;
        }
        [Ft](e) {
          return uo(this.uid, e.uid, this.processUid);
        }
        [Ct](e) {
          return uo(this.gid, e.gid, this.processGid);
        }
        [Mr](e, t) {
          let i = typeof e.mode == "number" ? e.mode & 4095 : this.fmode, r = new tl.WriteStream(String(e.absolute), { flags: (0, po.getWriteFlag)(e.size), mode: i, autoClose: false });
          r.on("error", (h) => {
            r.fd && m.default.close(r.fd, () => {
            }), r.write = () => true, this[T](h, e), t();
          });
          let n = 1, o = (h) => {
            if (h) {
              r.fd && m.default.close(r.fd, () => {
              }), this[T](h, e), t();
              return;
            }
            --n === 0 && r.fd !== void 0 && m.default.close(r.fd, (l) => {
              l ? this[T](l, e) : this[ut](), t();
            });
          };
          r.on("finish", () => {
            let h = String(e.absolute), l = r.fd;
            if (typeof l == "number" && e.mtime && !this.noMtime) {
              n++;
              let c = e.atime || /* @__PURE__ */ new Date(), u = e.mtime;
              m.default.futimes(l, c, u, (b) => b ? m.default.utimes(h, c, u, (D) => o(D && b)) : o());
            }
            if (typeof l == "number" && this[It](e)) {
              n++;
              let c = this[Ft](e), u = this[Ct](e);
              typeof c == "number" && typeof u == "number" && m.default.fchown(l, c, u, (b) => b ? m.default.chown(h, c, u, (D) => o(D && b)) : o());
            }
            o();
          });
          let a = this.transform && this.transform(e) || e;
          a !== e && (a.on("error", (h) => {
            this[T](h, e), t();
          }), e.pipe(a)), a.pipe(r);
        }
        [Lr](e, t) {
          let i = typeof e.mode == "number" ? e.mode & 4095 : this.dmode;
          this[Pe](String(e.absolute), i, (r) => {
            if (r) {
              this[T](r, e), t();
              return;
            }
            let n = 1, o = () => {
              --n === 0 && (t(), this[ut](), e.resume());
            };
            e.mtime && !this.noMtime && (n++, m.default.utimes(String(e.absolute), e.atime || /* @__PURE__ */ new Date(), e.mtime, o)), this[It](e) && (n++, m.default.chown(String(e.absolute), Number(this[Ft](e)), Number(this[Ct](e)), o)), o();
          });
        }
        [ho](e) {
          e.unsupported = true, this.warn("TAR_ENTRY_UNSUPPORTED", `unsupported entry type: ${e.type}`, { entry: e }), e.resume();
        }
        [oo](e, t) {
          let i = (0, U.normalizeWindowsPath)(g.default.relative(this.cwd, g.default.resolve(g.default.dirname(String(e.absolute)), String(e.linkpath)))).split("/");
          this[At](e, this.cwd, i, () => this[Zi](e, String(e.linkpath), "symlink", t), (r) => {
            this[T](r, e), t();
          });
        }
        [ao](e, t) {
          let i = (0, U.normalizeWindowsPath)(g.default.resolve(this.cwd, String(e.linkpath))), r = (0, U.normalizeWindowsPath)(String(e.linkpath)).split("/");
          this[At](e, this.cwd, r, () => this[Zi](e, i, "link", t), (n) => {
            this[T](n, e), t();
          });
        }
        [At](e, t, i, r, n) {
          let o = i.shift();
          if (this.preservePaths || o === void 0) return r();
          let a = g.default.resolve(t, o);
          m.default.lstat(a, (h, l) => {
            if (h) return r();
            if (l?.isSymbolicLink()) return n(new wo.SymlinkError(a, g.default.resolve(a, i.join("/"))));
            this[At](e, a, i, r, n);
          });
        }
        [co]() {
          this[Gi]++;
        }
        [ut]() {
          this[Gi]--, this[Dr]();
        }
        [Ar](e) {
          this[ut](), e.resume();
        }
        [Nr](e, t) {
          return e.type === "File" && !this.unlink && t.isFile() && t.nlink <= 1 && !zt;
        }
        [Pr](e) {
          this[co]();
          let t = [e.path];
          e.linkpath && t.push(e.linkpath), this.reservations.reserve(t, (i) => this[no](e, i));
        }
        [no](e, t) {
          let i = (a) => {
            t(a);
          }, r = () => {
            this[Pe](this.cwd, this.dmode, (a) => {
              if (a) {
                this[T](a, e), i();
                return;
              }
              this[Bt] = true, n();
            });
          }, n = () => {
            if (e.absolute !== this.cwd) {
              let a = (0, U.normalizeWindowsPath)(g.default.dirname(String(e.absolute)));
              if (a !== this.cwd) return this[Pe](a, this.dmode, (h) => {
                if (h) {
                  this[T](h, e), i();
                  return;
                }
                o();
              });
            }
            o();
          }, o = () => {
            m.default.lstat(String(e.absolute), (a, h) => {
              if (h && (this.keep || this.newer && h.mtime > (e.mtime ?? h.mtime))) {
                this[Ar](e), i();
                return;
              }
              if (a || this[Nr](e, h)) return this[G](null, e, i);
              if (h.isDirectory()) {
                if (e.type === "Directory") {
                  let l = this.chmod && e.mode && (h.mode & 4095) !== e.mode, c = (u) => this[G](u ?? null, e, i);
                  return l ? m.default.chmod(String(e.absolute), Number(e.mode), c) : c();
                }
                if (e.absolute !== this.cwd) return m.default.rmdir(String(e.absolute), (l) => this[G](l ?? null, e, i));
              }
              if (e.absolute === this.cwd) return this[G](null, e, i);
              ll(String(e.absolute), (l) => this[G](l ?? null, e, i));
            });
          };
          this[Bt] ? n() : r();
        }
        [G](e, t, i) {
          if (e) {
            this[T](e, t), i();
            return;
          }
          switch (t.type) {
            case "File":
            case "OldFile":
            case "ContiguousFile":
              return this[Mr](t, i);
            case "Link":
              return this[ao](t, i);
            case "SymbolicLink":
              return this[oo](t, i);
            case "Directory":
            case "GNUDumpDir":
              return this[Lr](t, i);
          }
        }
        [Zi](e, t, i, r) {
          m.default[i](t, String(e.absolute), (n) => {
            n ? this[T](n, e) : (this[ut](), e.resume()), r();
          });
        }
      };
      k.Unpack = Yi;
      var Lt = (s) => {
        try {
          return [null, s()];
        } catch (e) {
          return [e, null];
        }
      }, Ir = class extends Yi {
        sync = true;
        [G](e, t) {
          return super[G](e, t, () => {
          });
        }
        [Pr](e) {
          if (!this[Bt]) {
            let n = this[Pe](this.cwd, this.dmode);
            if (n) return this[T](n, e);
            this[Bt] = true;
          }
          if (e.absolute !== this.cwd) {
            let n = (0, U.normalizeWindowsPath)(g.default.dirname(String(e.absolute)));
            if (n !== this.cwd) {
              let o = this[Pe](n, this.dmode);
              if (o) return this[T](o, e);
            }
          }
          let [t, i] = Lt(() => m.default.lstatSync(String(e.absolute)));
          if (i && (this.keep || this.newer && i.mtime > (e.mtime ?? i.mtime))) return this[Ar](e);
          if (t || this[Nr](e, i)) return this[G](null, e);
          if (i.isDirectory()) {
            if (e.type === "Directory") {
              let o = this.chmod && e.mode && (i.mode & 4095) !== e.mode, [a] = o ? Lt(() => {
                m.default.chmodSync(String(e.absolute), Number(e.mode));
              }) : [];
              return this[G](a, e);
            }
            let [n] = Lt(() => m.default.rmdirSync(String(e.absolute)));
            this[G](n, e);
          }
          let [r] = e.absolute === this.cwd ? [] : Lt(() => cl(String(e.absolute)));
          this[G](r, e);
        }
        [Mr](e, t) {
          let i = typeof e.mode == "number" ? e.mode & 4095 : this.fmode, r = (a) => {
            let h;
            try {
              m.default.closeSync(n);
            } catch (l) {
              h = l;
            }
            (a || h) && this[T](a || h, e), t();
          }, n;
          try {
            n = m.default.openSync(String(e.absolute), (0, po.getWriteFlag)(e.size), i);
          } catch (a) {
            return r(a);
          }
          let o = this.transform && this.transform(e) || e;
          o !== e && (o.on("error", (a) => this[T](a, e)), e.pipe(o)), o.on("data", (a) => {
            try {
              m.default.writeSync(n, a, 0, a.length);
            } catch (h) {
              r(h);
            }
          }), o.on("end", () => {
            let a = null;
            if (e.mtime && !this.noMtime) {
              let h = e.atime || /* @__PURE__ */ new Date(), l = e.mtime;
              try {
                m.default.futimesSync(n, h, l);
              } catch (c) {
                try {
                  m.default.utimesSync(String(e.absolute), h, l);
                } catch {
                  a = c;
                }
              }
            }
            if (this[It](e)) {
              let h = this[Ft](e), l = this[Ct](e);
              try {
                m.default.fchownSync(n, Number(h), Number(l));
              } catch (c) {
                try {
                  m.default.chownSync(String(e.absolute), Number(h), Number(l));
                } catch {
                  a = a || c;
                }
              }
            }
            r(a);
          });
        }
        [Lr](e, t) {
          let i = typeof e.mode == "number" ? e.mode & 4095 : this.dmode, r = this[Pe](String(e.absolute), i);
          if (r) {
            this[T](r, e), t();
            return;
          }
          if (e.mtime && !this.noMtime) try {
            m.default.utimesSync(String(e.absolute), e.atime || /* @__PURE__ */ new Date(), e.mtime);
          } catch {
          }
          if (this[It](e)) try {
            m.default.chownSync(String(e.absolute), Number(this[Ft](e)), Number(this[Ct](e)));
          } catch {
          }
          t(), e.resume();
        }
        [Pe](e, t) {
          try {
            return (0, _o.mkdirSync)((0, U.normalizeWindowsPath)(e), { uid: this.uid, gid: this.gid, processUid: this.processUid, processGid: this.processGid, umask: this.processUmask, preserve: this.preservePaths, unlink: this.unlink, cwd: this.cwd, mode: t });
          } catch (i) {
            return i;
          }
        }
        [At](e, t, i, r, n) {
          if (this.preservePaths || i.length === 0) return r();
          let o = t;
          for (let a of i) {
            o = g.default.resolve(o, a);
            let [h, l] = Lt(() => m.default.lstatSync(o));
            if (h) return r();
            if (l.isSymbolicLink()) return n(new wo.SymlinkError(o, g.default.resolve(t, i.join("/"))));
          }
          r();
        }
        [Zi](e, t, i, r) {
          let n = `${i}Sync`;
          try {
            m.default[n](t, String(e.absolute)), r(), e.resume();
          } catch (o) {
            return this[T](o, e);
          }
        }
      };
      k.UnpackSync = Ir;
    });
    var Br = d((Z) => {
      "use strict";
      var ul = Z && Z.__createBinding || (Object.create ? (function(s, e, t, i) {
        i === void 0 && (i = t);
        var r = Object.getOwnPropertyDescriptor(e, t);
        (!r || ("get" in r ? !e.__esModule : r.writable || r.configurable)) && (r = { enumerable: true, get: function() {
          return e[t];
        } }), Object.defineProperty(s, i, r);
      }) : (function(s, e, t, i) {
        i === void 0 && (i = t), s[i] = e[t];
      })), fl = Z && Z.__setModuleDefault || (Object.create ? (function(s, e) {
        Object.defineProperty(s, "default", { enumerable: true, value: e });
      }) : function(s, e) {
        s.default = e;
      }), dl = Z && Z.__importStar || /* @__PURE__ */ (function() {
        var s = function(e) {
          return s = Object.getOwnPropertyNames || function(t) {
            var i = [];
            for (var r in t) Object.prototype.hasOwnProperty.call(t, r) && (i[i.length] = r);
            return i;
          }, s(e);
        };
        return function(e) {
          if (e && e.__esModule) return e;
          var t = {};
          if (e != null) for (var i = s(e), r = 0; r < i.length; r++) i[r] !== "default" && ul(t, e, i[r]);
          return fl(t, e), t;
        };
      })(), ml = Z && Z.__importDefault || function(s) {
        return s && s.__esModule ? s : { default: s };
      };
      Object.defineProperty(Z, "__esModule", { value: true });
      Z.extract = void 0;
      var yo = dl(Ke()), Eo = ml(__require("node:fs")), pl = rt(), _l = Ve(), Ki = Cr(), wl = (s) => {
        let e = new Ki.UnpackSync(s), t = s.file, i = Eo.default.statSync(t), r = s.maxReadSize || 16 * 1024 * 1024;
        new yo.ReadStreamSync(t, { readSize: r, size: i.size }).pipe(e);
      }, yl = (s, e) => {
        let t = new Ki.Unpack(s), i = s.maxReadSize || 16 * 1024 * 1024, r = s.file;
        return new Promise((o, a) => {
          t.on("error", a), t.on("close", o), Eo.default.stat(r, (h, l) => {
            if (h) a(h);
            else {
              let c = new yo.ReadStream(r, { readSize: i, size: l.size });
              c.on("error", a), c.pipe(t);
            }
          });
        });
      };
      Z.extract = (0, _l.makeCommand)(wl, yl, (s) => new Ki.UnpackSync(s), (s) => new Ki.Unpack(s), (s, e) => {
        e?.length && (0, pl.filesFilter)(s, e);
      });
    });
    var Vi = d((ft) => {
      "use strict";
      var bo = ft && ft.__importDefault || function(s) {
        return s && s.__esModule ? s : { default: s };
      };
      Object.defineProperty(ft, "__esModule", { value: true });
      ft.replace = void 0;
      var So = Ke(), q = bo(__require("node:fs")), go = bo(__require("node:path")), Ro = et(), Oo = rt(), El = Ve(), bl = Qt(), vo = Ci(), Sl = (s, e) => {
        let t = new vo.PackSync(s), i = true, r, n;
        try {
          try {
            r = q.default.openSync(s.file, "r+");
          } catch (h) {
            if (h?.code === "ENOENT") r = q.default.openSync(s.file, "w+");
            else throw h;
          }
          let o = q.default.fstatSync(r), a = Buffer.alloc(512);
          e: for (n = 0; n < o.size; n += 512) {
            for (let c = 0, u = 0; c < 512; c += u) {
              if (u = q.default.readSync(r, a, c, a.length - c, n + c), n === 0 && a[0] === 31 && a[1] === 139) throw new Error("cannot append to compressed archives");
              if (!u) break e;
            }
            let h = new Ro.Header(a);
            if (!h.cksumValid) break;
            let l = 512 * Math.ceil((h.size || 0) / 512);
            if (n + l + 512 > o.size) break;
            n += l, s.mtimeCache && h.mtime && s.mtimeCache.set(String(h.path), h.mtime);
          }
          i = false, gl(s, t, n, r, e);
        } finally {
          if (i) try {
            q.default.closeSync(r);
          } catch {
          }
        }
      }, gl = (s, e, t, i, r) => {
        let n = new So.WriteStreamSync(s.file, { fd: i, start: t });
        e.pipe(n), Ol(e, r);
      }, Rl = (s, e) => {
        e = Array.from(e);
        let t = new vo.Pack(s), i = (n, o, a) => {
          let h = (D, A) => {
            D ? q.default.close(n, (w) => a(D)) : a(null, A);
          }, l = 0;
          if (o === 0) return h(null, 0);
          let c = 0, u = Buffer.alloc(512), b = (D, A) => {
            if (D || A === void 0) return h(D);
            if (c += A, c < 512 && A) return q.default.read(n, u, c, u.length - c, l + c, b);
            if (l === 0 && u[0] === 31 && u[1] === 139) return h(new Error("cannot append to compressed archives"));
            if (c < 512) return h(null, l);
            let w = new Ro.Header(u);
            if (!w.cksumValid) return h(null, l);
            let P = 512 * Math.ceil((w.size ?? 0) / 512);
            if (l + P + 512 > o || (l += P + 512, l >= o)) return h(null, l);
            s.mtimeCache && w.mtime && s.mtimeCache.set(String(w.path), w.mtime), c = 0, q.default.read(n, u, 0, 512, l, b);
          };
          q.default.read(n, u, 0, 512, l, b);
        };
        return new Promise((n, o) => {
          t.on("error", o);
          let a = "r+", h = (l, c) => {
            if (l && l.code === "ENOENT" && a === "r+") return a = "w+", q.default.open(s.file, a, h);
            if (l || !c) return o(l);
            q.default.fstat(c, (u, b) => {
              if (u) return q.default.close(c, () => o(u));
              i(c, b.size, (D, A) => {
                if (D) return o(D);
                let w = new So.WriteStream(s.file, { fd: c, start: A });
                t.pipe(w), w.on("error", o), w.on("close", n), vl(t, e);
              });
            });
          };
          q.default.open(s.file, a, h);
        });
      }, Ol = (s, e) => {
        e.forEach((t) => {
          t.charAt(0) === "@" ? (0, Oo.list)({ file: go.default.resolve(s.cwd, t.slice(1)), sync: true, noResume: true, onReadEntry: (i) => s.add(i) }) : s.add(t);
        }), s.end();
      }, vl = async (s, e) => {
        for (let t of e) t.charAt(0) === "@" ? await (0, Oo.list)({ file: go.default.resolve(String(s.cwd), t.slice(1)), noResume: true, onReadEntry: (i) => s.add(i) }) : s.add(t);
        s.end();
      };
      ft.replace = (0, El.makeCommand)(Sl, Rl, () => {
        throw new TypeError("file is required");
      }, () => {
        throw new TypeError("file is required");
      }, (s, e) => {
        if (!(0, bl.isFile)(s)) throw new TypeError("file is required");
        if (s.gzip || s.brotli || s.zstd || s.file.endsWith(".br") || s.file.endsWith(".tbr")) throw new TypeError("cannot append to compressed archives");
        if (!e?.length) throw new TypeError("no paths specified to add/replace");
      });
    });
    var zr = d(($i) => {
      "use strict";
      Object.defineProperty($i, "__esModule", { value: true });
      $i.update = void 0;
      var Tl = Ve(), kt = Vi();
      $i.update = (0, Tl.makeCommand)(kt.replace.syncFile, kt.replace.asyncFile, kt.replace.syncNoFile, kt.replace.asyncNoFile, (s, e = []) => {
        kt.replace.validate?.(s, e), Dl(s);
      });
      var Dl = (s) => {
        let e = s.filter;
        s.mtimeCache || (s.mtimeCache = /* @__PURE__ */ new Map()), s.filter = e ? (t, i) => e(t, i) && !((s.mtimeCache?.get(t) ?? i.mtime ?? 0) > (i.mtime ?? 0)) : (t, i) => !((s.mtimeCache?.get(t) ?? i.mtime ?? 0) > (i.mtime ?? 0));
      };
    });
    var To = exports && exports.__createBinding || (Object.create ? (function(s, e, t, i) {
      i === void 0 && (i = t);
      var r = Object.getOwnPropertyDescriptor(e, t);
      (!r || ("get" in r ? !e.__esModule : r.writable || r.configurable)) && (r = { enumerable: true, get: function() {
        return e[t];
      } }), Object.defineProperty(s, i, r);
    }) : (function(s, e, t, i) {
      i === void 0 && (i = t), s[i] = e[t];
    }));
    var Pl = exports && exports.__setModuleDefault || (Object.create ? (function(s, e) {
      Object.defineProperty(s, "default", { enumerable: true, value: e });
    }) : function(s, e) {
      s.default = e;
    });
    var Y = exports && exports.__exportStar || function(s, e) {
      for (var t in s) t !== "default" && !Object.prototype.hasOwnProperty.call(e, t) && To(e, s, t);
    };
    var Nl = exports && exports.__importStar || /* @__PURE__ */ (function() {
      var s = function(e) {
        return s = Object.getOwnPropertyNames || function(t) {
          var i = [];
          for (var r in t) Object.prototype.hasOwnProperty.call(t, r) && (i[i.length] = r);
          return i;
        }, s(e);
      };
      return function(e) {
        if (e && e.__esModule) return e;
        var t = {};
        if (e != null) for (var i = s(e), r = 0; r < i.length; r++) i[r] !== "default" && To(t, e, i[r]);
        return Pl(t, e), t;
      };
    })();
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.u = exports.types = exports.r = exports.t = exports.x = exports.c = void 0;
    Y(_r(), exports);
    var Ml = _r();
    Object.defineProperty(exports, "c", { enumerable: true, get: function() {
      return Ml.create;
    } });
    Y(Br(), exports);
    var Ll = Br();
    Object.defineProperty(exports, "x", { enumerable: true, get: function() {
      return Ll.extract;
    } });
    Y(et(), exports);
    Y(rt(), exports);
    var Al = rt();
    Object.defineProperty(exports, "t", { enumerable: true, get: function() {
      return Al.list;
    } });
    Y(Ci(), exports);
    Y(_i(), exports);
    Y(si(), exports);
    Y(Cs(), exports);
    Y(Vi(), exports);
    var Il = Vi();
    Object.defineProperty(exports, "r", { enumerable: true, get: function() {
      return Il.replace;
    } });
    exports.types = Nl(Ns());
    Y(Cr(), exports);
    Y(zr(), exports);
    var Fl = zr();
    Object.defineProperty(exports, "u", { enumerable: true, get: function() {
      return Fl.update;
    } });
    Y(nr(), exports);
  }
});

// node_modules/fflate/lib/node.cjs
var require_node = __commonJS({
  "node_modules/fflate/lib/node.cjs"(exports) {
    "use strict";
    exports.deflate = deflate;
    exports.deflateSync = deflateSync;
    exports.inflate = inflate;
    exports.inflateSync = inflateSync;
    exports.gzip = gzip;
    exports.compress = gzip;
    exports.gzipSync = gzipSync;
    exports.compressSync = gzipSync;
    exports.gunzip = gunzip;
    exports.gunzipSync = gunzipSync;
    exports.zlib = zlib;
    exports.zlibSync = zlibSync;
    exports.unzlib = unzlib;
    exports.unzlibSync = unzlibSync;
    exports.gzip = gzip;
    exports.compress = gzip;
    exports.decompress = decompress;
    exports.decompressSync = decompressSync;
    exports.strToU8 = strToU8;
    exports.strFromU8 = strFromU8;
    exports.zip = zip;
    exports.zipSync = zipSync;
    exports.unzip = unzip;
    exports.unzipSync = unzipSync;
    var _a;
    var Worker;
    var isMarkedAsUntransferable;
    var workerAdd = ";var __w=require('worker_threads');__w.parentPort.on('message',function(m){onmessage({data:m})}),postMessage=function(m,t){__w.parentPort.postMessage(m,t)},close=process.exit;self=global";
    try {
      _a = __require("worker_threads"), Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable;
    } catch (e) {
    }
    var node_worker_1 = {};
    node_worker_1["default"] = Worker ? function(c, _, msg, transfer, cb) {
      var done = false;
      var w = new Worker(c + workerAdd, { eval: true }).on("error", function(e) {
        return cb(e, null);
      }).on("message", function(m) {
        return cb(null, m);
      }).on("exit", function(c2) {
        if (c2 && !done)
          cb(new Error("exited with code " + c2), null);
      });
      if (isMarkedAsUntransferable)
        transfer = transfer.filter(function(t) {
          return !isMarkedAsUntransferable(t);
        });
      w.postMessage(msg, transfer);
      w.terminate = function() {
        done = true;
        return Worker.prototype.terminate.call(w);
      };
      return w;
    } : function(_, __, ___, ____, cb) {
      setImmediate(function() {
        return cb(new Error("async operations unsupported - update to Node 12+ (or Node 10-11 with the --experimental-worker CLI flag)"), null);
      });
      var NOP = function() {
      };
      return {
        terminate: NOP,
        postMessage: NOP
      };
    };
    var u8 = Uint8Array;
    var u16 = Uint16Array;
    var i32 = Int32Array;
    var fleb = new u8([
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      1,
      1,
      1,
      1,
      2,
      2,
      2,
      2,
      3,
      3,
      3,
      3,
      4,
      4,
      4,
      4,
      5,
      5,
      5,
      5,
      0,
      /* unused */
      0,
      0,
      /* impossible */
      0
    ]);
    var fdeb = new u8([
      0,
      0,
      0,
      0,
      1,
      1,
      2,
      2,
      3,
      3,
      4,
      4,
      5,
      5,
      6,
      6,
      7,
      7,
      8,
      8,
      9,
      9,
      10,
      10,
      11,
      11,
      12,
      12,
      13,
      13,
      /* unused */
      0,
      0
    ]);
    var clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
    var freb = function(eb, start) {
      var b = new u16(31);
      for (var i2 = 0; i2 < 31; ++i2) {
        b[i2] = start += 1 << eb[i2 - 1];
      }
      var r = new i32(b[30]);
      for (var i2 = 1; i2 < 30; ++i2) {
        for (var j = b[i2]; j < b[i2 + 1]; ++j) {
          r[j] = j - b[i2] << 5 | i2;
        }
      }
      return { b, r };
    };
    var _a = freb(fleb, 2);
    var fl = _a.b;
    var revfl = _a.r;
    fl[28] = 258, revfl[258] = 28;
    var _b = freb(fdeb, 0);
    var fd = _b.b;
    var revfd = _b.r;
    var rev = new u16(32768);
    for (i = 0; i < 32768; ++i) {
      x = (i & 43690) >> 1 | (i & 21845) << 1;
      x = (x & 52428) >> 2 | (x & 13107) << 2;
      x = (x & 61680) >> 4 | (x & 3855) << 4;
      rev[i] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
    }
    var x;
    var i;
    var hMap = (function(cd, mb, r) {
      var s = cd.length;
      var i2 = 0;
      var l = new u16(mb);
      for (; i2 < s; ++i2) {
        if (cd[i2])
          ++l[cd[i2] - 1];
      }
      var le = new u16(mb);
      for (i2 = 1; i2 < mb; ++i2) {
        le[i2] = le[i2 - 1] + l[i2 - 1] << 1;
      }
      var co;
      if (r) {
        co = new u16(1 << mb);
        var rvb = 15 - mb;
        for (i2 = 0; i2 < s; ++i2) {
          if (cd[i2]) {
            var sv = i2 << 4 | cd[i2];
            var r_1 = mb - cd[i2];
            var v = le[cd[i2] - 1]++ << r_1;
            for (var m = v | (1 << r_1) - 1; v <= m; ++v) {
              co[rev[v] >> rvb] = sv;
            }
          }
        }
      } else {
        co = new u16(s);
        for (i2 = 0; i2 < s; ++i2) {
          if (cd[i2]) {
            co[i2] = rev[le[cd[i2] - 1]++] >> 15 - cd[i2];
          }
        }
      }
      return co;
    });
    var flt = new u8(288);
    for (i = 0; i < 144; ++i)
      flt[i] = 8;
    var i;
    for (i = 144; i < 256; ++i)
      flt[i] = 9;
    var i;
    for (i = 256; i < 280; ++i)
      flt[i] = 7;
    var i;
    for (i = 280; i < 288; ++i)
      flt[i] = 8;
    var i;
    var fdt = new u8(32);
    for (i = 0; i < 32; ++i)
      fdt[i] = 5;
    var i;
    var flm = /* @__PURE__ */ hMap(flt, 9, 0);
    var flrm = /* @__PURE__ */ hMap(flt, 9, 1);
    var fdm = /* @__PURE__ */ hMap(fdt, 5, 0);
    var fdrm = /* @__PURE__ */ hMap(fdt, 5, 1);
    var max = function(a) {
      var m = a[0];
      for (var i2 = 1; i2 < a.length; ++i2) {
        if (a[i2] > m)
          m = a[i2];
      }
      return m;
    };
    var bits = function(d, p, m) {
      var o = p / 8 | 0;
      return (d[o] | d[o + 1] << 8) >> (p & 7) & m;
    };
    var bits16 = function(d, p) {
      var o = p / 8 | 0;
      return (d[o] | d[o + 1] << 8 | d[o + 2] << 16) >> (p & 7);
    };
    var shft = function(p) {
      return (p + 7) / 8 | 0;
    };
    var slc = function(v, s, e) {
      if (s == null || s < 0)
        s = 0;
      if (e == null || e > v.length)
        e = v.length;
      return new u8(v.subarray(s, e));
    };
    exports.FlateErrorCode = {
      UnexpectedEOF: 0,
      InvalidBlockType: 1,
      InvalidLengthLiteral: 2,
      InvalidDistance: 3,
      StreamFinished: 4,
      NoStreamHandler: 5,
      InvalidHeader: 6,
      NoCallback: 7,
      InvalidUTF8: 8,
      ExtraFieldTooLong: 9,
      InvalidDate: 10,
      FilenameTooLong: 11,
      StreamFinishing: 12,
      InvalidZipData: 13,
      UnknownCompressionMethod: 14
    };
    var ec = [
      "unexpected EOF",
      "invalid block type",
      "invalid length/literal",
      "invalid distance",
      "stream finished",
      "no stream handler",
      ,
      // determined by compression function
      "no callback",
      "invalid UTF-8 data",
      "extra field too long",
      "date not in range 1980-2099",
      "filename too long",
      "stream finishing",
      "invalid zip data"
      // determined by unknown compression method
    ];
    var err = function(ind, msg, nt) {
      var e = new Error(msg || ec[ind]);
      e.code = ind;
      if (Error.captureStackTrace)
        Error.captureStackTrace(e, err);
      if (!nt)
        throw e;
      return e;
    };
    var inflt = function(dat, st, buf, dict) {
      var sl = dat.length, dl = dict ? dict.length : 0;
      if (!sl || st.f && !st.l)
        return buf || new u8(0);
      var noBuf = !buf;
      var resize = noBuf || st.i != 2;
      var noSt = st.i;
      if (noBuf)
        buf = new u8(sl * 3);
      var cbuf = function(l2) {
        var bl = buf.length;
        if (l2 > bl) {
          var nbuf = new u8(Math.max(bl * 2, l2));
          nbuf.set(buf);
          buf = nbuf;
        }
      };
      var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
      var tbts = sl * 8;
      do {
        if (!lm) {
          final = bits(dat, pos, 1);
          var type = bits(dat, pos + 1, 3);
          pos += 3;
          if (!type) {
            var s = shft(pos) + 4, l = dat[s - 4] | dat[s - 3] << 8, t = s + l;
            if (t > sl) {
              if (noSt)
                err(0);
              break;
            }
            if (resize)
              cbuf(bt + l);
            buf.set(dat.subarray(s, t), bt);
            st.b = bt += l, st.p = pos = t * 8, st.f = final;
            continue;
          } else if (type == 1)
            lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
          else if (type == 2) {
            var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
            var tl = hLit + bits(dat, pos + 5, 31) + 1;
            pos += 14;
            var ldt = new u8(tl);
            var clt = new u8(19);
            for (var i2 = 0; i2 < hcLen; ++i2) {
              clt[clim[i2]] = bits(dat, pos + i2 * 3, 7);
            }
            pos += hcLen * 3;
            var clb = max(clt), clbmsk = (1 << clb) - 1;
            var clm = hMap(clt, clb, 1);
            for (var i2 = 0; i2 < tl; ) {
              var r = clm[bits(dat, pos, clbmsk)];
              pos += r & 15;
              var s = r >> 4;
              if (s < 16) {
                ldt[i2++] = s;
              } else {
                var c = 0, n = 0;
                if (s == 16)
                  n = 3 + bits(dat, pos, 3), pos += 2, c = ldt[i2 - 1];
                else if (s == 17)
                  n = 3 + bits(dat, pos, 7), pos += 3;
                else if (s == 18)
                  n = 11 + bits(dat, pos, 127), pos += 7;
                while (n--)
                  ldt[i2++] = c;
              }
            }
            var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
            lbt = max(lt);
            dbt = max(dt);
            lm = hMap(lt, lbt, 1);
            dm = hMap(dt, dbt, 1);
          } else
            err(1);
          if (pos > tbts) {
            if (noSt)
              err(0);
            break;
          }
        }
        if (resize)
          cbuf(bt + 131072);
        var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
        var lpos = pos;
        for (; ; lpos = pos) {
          var c = lm[bits16(dat, pos) & lms], sym = c >> 4;
          pos += c & 15;
          if (pos > tbts) {
            if (noSt)
              err(0);
            break;
          }
          if (!c)
            err(2);
          if (sym < 256)
            buf[bt++] = sym;
          else if (sym == 256) {
            lpos = pos, lm = null;
            break;
          } else {
            var add = sym - 254;
            if (sym > 264) {
              var i2 = sym - 257, b = fleb[i2];
              add = bits(dat, pos, (1 << b) - 1) + fl[i2];
              pos += b;
            }
            var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
            if (!d)
              err(3);
            pos += d & 15;
            var dt = fd[dsym];
            if (dsym > 3) {
              var b = fdeb[dsym];
              dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
            }
            if (pos > tbts) {
              if (noSt)
                err(0);
              break;
            }
            if (resize)
              cbuf(bt + 131072);
            var end = bt + add;
            if (bt < dt) {
              var shift = dl - dt, dend = Math.min(dt, end);
              if (shift + bt < 0)
                err(3);
              for (; bt < dend; ++bt)
                buf[bt] = dict[shift + bt];
            }
            for (; bt < end; ++bt)
              buf[bt] = buf[bt - dt];
          }
        }
        st.l = lm, st.p = lpos, st.b = bt, st.f = final;
        if (lm)
          final = 1, st.m = lbt, st.d = dm, st.n = dbt;
      } while (!final);
      return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
    };
    var wbits = function(d, p, v) {
      v <<= p & 7;
      var o = p / 8 | 0;
      d[o] |= v;
      d[o + 1] |= v >> 8;
    };
    var wbits16 = function(d, p, v) {
      v <<= p & 7;
      var o = p / 8 | 0;
      d[o] |= v;
      d[o + 1] |= v >> 8;
      d[o + 2] |= v >> 16;
    };
    var hTree = function(d, mb) {
      var t = [];
      for (var i2 = 0; i2 < d.length; ++i2) {
        if (d[i2])
          t.push({ s: i2, f: d[i2] });
      }
      var s = t.length;
      var t2 = t.slice();
      if (!s)
        return { t: et, l: 0 };
      if (s == 1) {
        var v = new u8(t[0].s + 1);
        v[t[0].s] = 1;
        return { t: v, l: 1 };
      }
      t.sort(function(a, b) {
        return a.f - b.f;
      });
      t.push({ s: -1, f: 25001 });
      var l = t[0], r = t[1], i0 = 0, i1 = 1, i22 = 2;
      t[0] = { s: -1, f: l.f + r.f, l, r };
      while (i1 != s - 1) {
        l = t[t[i0].f < t[i22].f ? i0++ : i22++];
        r = t[i0 != i1 && t[i0].f < t[i22].f ? i0++ : i22++];
        t[i1++] = { s: -1, f: l.f + r.f, l, r };
      }
      var maxSym = t2[0].s;
      for (var i2 = 1; i2 < s; ++i2) {
        if (t2[i2].s > maxSym)
          maxSym = t2[i2].s;
      }
      var tr = new u16(maxSym + 1);
      var mbt = ln(t[i1 - 1], tr, 0);
      if (mbt > mb) {
        var i2 = 0, dt = 0;
        var lft = mbt - mb, cst = 1 << lft;
        t2.sort(function(a, b) {
          return tr[b.s] - tr[a.s] || a.f - b.f;
        });
        for (; i2 < s; ++i2) {
          var i2_1 = t2[i2].s;
          if (tr[i2_1] > mb) {
            dt += cst - (1 << mbt - tr[i2_1]);
            tr[i2_1] = mb;
          } else
            break;
        }
        dt >>= lft;
        while (dt > 0) {
          var i2_2 = t2[i2].s;
          if (tr[i2_2] < mb)
            dt -= 1 << mb - tr[i2_2]++ - 1;
          else
            ++i2;
        }
        for (; i2 >= 0 && dt; --i2) {
          var i2_3 = t2[i2].s;
          if (tr[i2_3] == mb) {
            --tr[i2_3];
            ++dt;
          }
        }
        mbt = mb;
      }
      return { t: new u8(tr), l: mbt };
    };
    var ln = function(n, l, d) {
      return n.s == -1 ? Math.max(ln(n.l, l, d + 1), ln(n.r, l, d + 1)) : l[n.s] = d;
    };
    var lc = function(c) {
      var s = c.length;
      while (s && !c[--s])
        ;
      var cl = new u16(++s);
      var cli = 0, cln = c[0], cls = 1;
      var w = function(v) {
        cl[cli++] = v;
      };
      for (var i2 = 1; i2 <= s; ++i2) {
        if (c[i2] == cln && i2 != s)
          ++cls;
        else {
          if (!cln && cls > 2) {
            for (; cls > 138; cls -= 138)
              w(32754);
            if (cls > 2) {
              w(cls > 10 ? cls - 11 << 5 | 28690 : cls - 3 << 5 | 12305);
              cls = 0;
            }
          } else if (cls > 3) {
            w(cln), --cls;
            for (; cls > 6; cls -= 6)
              w(8304);
            if (cls > 2)
              w(cls - 3 << 5 | 8208), cls = 0;
          }
          while (cls--)
            w(cln);
          cls = 1;
          cln = c[i2];
        }
      }
      return { c: cl.subarray(0, cli), n: s };
    };
    var clen = function(cf, cl) {
      var l = 0;
      for (var i2 = 0; i2 < cl.length; ++i2)
        l += cf[i2] * cl[i2];
      return l;
    };
    var wfblk = function(out, pos, dat) {
      var s = dat.length;
      var o = shft(pos + 2);
      out[o] = s & 255;
      out[o + 1] = s >> 8;
      out[o + 2] = out[o] ^ 255;
      out[o + 3] = out[o + 1] ^ 255;
      for (var i2 = 0; i2 < s; ++i2)
        out[o + i2 + 4] = dat[i2];
      return (o + 4 + s) * 8;
    };
    var wblk = function(dat, out, final, syms, lf, df, eb, li, bs, bl, p) {
      wbits(out, p++, final);
      ++lf[256];
      var _a2 = hTree(lf, 15), dlt = _a2.t, mlb = _a2.l;
      var _b2 = hTree(df, 15), ddt = _b2.t, mdb = _b2.l;
      var _c = lc(dlt), lclt = _c.c, nlc = _c.n;
      var _d = lc(ddt), lcdt = _d.c, ndc = _d.n;
      var lcfreq = new u16(19);
      for (var i2 = 0; i2 < lclt.length; ++i2)
        ++lcfreq[lclt[i2] & 31];
      for (var i2 = 0; i2 < lcdt.length; ++i2)
        ++lcfreq[lcdt[i2] & 31];
      var _e = hTree(lcfreq, 7), lct = _e.t, mlcb = _e.l;
      var nlcc = 19;
      for (; nlcc > 4 && !lct[clim[nlcc - 1]]; --nlcc)
        ;
      var flen = bl + 5 << 3;
      var ftlen = clen(lf, flt) + clen(df, fdt) + eb;
      var dtlen = clen(lf, dlt) + clen(df, ddt) + eb + 14 + 3 * nlcc + clen(lcfreq, lct) + 2 * lcfreq[16] + 3 * lcfreq[17] + 7 * lcfreq[18];
      if (bs >= 0 && flen <= ftlen && flen <= dtlen)
        return wfblk(out, p, dat.subarray(bs, bs + bl));
      var lm, ll, dm, dl;
      wbits(out, p, 1 + (dtlen < ftlen)), p += 2;
      if (dtlen < ftlen) {
        lm = hMap(dlt, mlb, 0), ll = dlt, dm = hMap(ddt, mdb, 0), dl = ddt;
        var llm = hMap(lct, mlcb, 0);
        wbits(out, p, nlc - 257);
        wbits(out, p + 5, ndc - 1);
        wbits(out, p + 10, nlcc - 4);
        p += 14;
        for (var i2 = 0; i2 < nlcc; ++i2)
          wbits(out, p + 3 * i2, lct[clim[i2]]);
        p += 3 * nlcc;
        var lcts = [lclt, lcdt];
        for (var it = 0; it < 2; ++it) {
          var clct = lcts[it];
          for (var i2 = 0; i2 < clct.length; ++i2) {
            var len = clct[i2] & 31;
            wbits(out, p, llm[len]), p += lct[len];
            if (len > 15)
              wbits(out, p, clct[i2] >> 5 & 127), p += clct[i2] >> 12;
          }
        }
      } else {
        lm = flm, ll = flt, dm = fdm, dl = fdt;
      }
      for (var i2 = 0; i2 < li; ++i2) {
        var sym = syms[i2];
        if (sym > 255) {
          var len = sym >> 18 & 31;
          wbits16(out, p, lm[len + 257]), p += ll[len + 257];
          if (len > 7)
            wbits(out, p, sym >> 23 & 31), p += fleb[len];
          var dst = sym & 31;
          wbits16(out, p, dm[dst]), p += dl[dst];
          if (dst > 3)
            wbits16(out, p, sym >> 5 & 8191), p += fdeb[dst];
        } else {
          wbits16(out, p, lm[sym]), p += ll[sym];
        }
      }
      wbits16(out, p, lm[256]);
      return p + ll[256];
    };
    var deo = /* @__PURE__ */ new i32([65540, 131080, 131088, 131104, 262176, 1048704, 1048832, 2114560, 2117632]);
    var et = /* @__PURE__ */ new u8(0);
    var dflt = function(dat, lvl, plvl, pre, post, st) {
      var s = st.z || dat.length;
      var o = new u8(pre + s + 5 * (1 + Math.ceil(s / 7e3)) + post);
      var w = o.subarray(pre, o.length - post);
      var lst = st.l;
      var pos = (st.r || 0) & 7;
      if (lvl) {
        if (pos)
          w[0] = st.r >> 3;
        var opt = deo[lvl - 1];
        var n = opt >> 13, c = opt & 8191;
        var msk_1 = (1 << plvl) - 1;
        var prev = st.p || new u16(32768), head = st.h || new u16(msk_1 + 1);
        var bs1_1 = Math.ceil(plvl / 3), bs2_1 = 2 * bs1_1;
        var hsh = function(i3) {
          return (dat[i3] ^ dat[i3 + 1] << bs1_1 ^ dat[i3 + 2] << bs2_1) & msk_1;
        };
        var syms = new i32(25e3);
        var lf = new u16(288), df = new u16(32);
        var lc_1 = 0, eb = 0, i2 = st.i || 0, li = 0, wi = st.w || 0, bs = 0;
        for (; i2 + 2 < s; ++i2) {
          var hv = hsh(i2);
          var imod = i2 & 32767, pimod = head[hv];
          prev[imod] = pimod;
          head[hv] = imod;
          if (wi <= i2) {
            var rem = s - i2;
            if ((lc_1 > 7e3 || li > 24576) && (rem > 423 || !lst)) {
              pos = wblk(dat, w, 0, syms, lf, df, eb, li, bs, i2 - bs, pos);
              li = lc_1 = eb = 0, bs = i2;
              for (var j = 0; j < 286; ++j)
                lf[j] = 0;
              for (var j = 0; j < 30; ++j)
                df[j] = 0;
            }
            var l = 2, d = 0, ch_1 = c, dif = imod - pimod & 32767;
            if (rem > 2 && hv == hsh(i2 - dif)) {
              var maxn = Math.min(n, rem) - 1;
              var maxd = Math.min(32767, i2);
              var ml = Math.min(258, rem);
              while (dif <= maxd && --ch_1 && imod != pimod) {
                if (dat[i2 + l] == dat[i2 + l - dif]) {
                  var nl = 0;
                  for (; nl < ml && dat[i2 + nl] == dat[i2 + nl - dif]; ++nl)
                    ;
                  if (nl > l) {
                    l = nl, d = dif;
                    if (nl > maxn)
                      break;
                    var mmd = Math.min(dif, nl - 2);
                    var md = 0;
                    for (var j = 0; j < mmd; ++j) {
                      var ti = i2 - dif + j & 32767;
                      var pti = prev[ti];
                      var cd = ti - pti & 32767;
                      if (cd > md)
                        md = cd, pimod = ti;
                    }
                  }
                }
                imod = pimod, pimod = prev[imod];
                dif += imod - pimod & 32767;
              }
            }
            if (d) {
              syms[li++] = 268435456 | revfl[l] << 18 | revfd[d];
              var lin = revfl[l] & 31, din = revfd[d] & 31;
              eb += fleb[lin] + fdeb[din];
              ++lf[257 + lin];
              ++df[din];
              wi = i2 + l;
              ++lc_1;
            } else {
              syms[li++] = dat[i2];
              ++lf[dat[i2]];
            }
          }
        }
        for (i2 = Math.max(i2, wi); i2 < s; ++i2) {
          syms[li++] = dat[i2];
          ++lf[dat[i2]];
        }
        pos = wblk(dat, w, lst, syms, lf, df, eb, li, bs, i2 - bs, pos);
        if (!lst) {
          st.r = pos & 7 | w[pos / 8 | 0] << 3;
          pos -= 7;
          st.h = head, st.p = prev, st.i = i2, st.w = wi;
        }
      } else {
        for (var i2 = st.w || 0; i2 < s + lst; i2 += 65535) {
          var e = i2 + 65535;
          if (e >= s) {
            w[pos / 8 | 0] = lst;
            e = s;
          }
          pos = wfblk(w, pos + 1, dat.subarray(i2, e));
        }
        st.i = s;
      }
      return slc(o, 0, pre + shft(pos) + post);
    };
    var crct = /* @__PURE__ */ (function() {
      var t = new Int32Array(256);
      for (var i2 = 0; i2 < 256; ++i2) {
        var c = i2, k = 9;
        while (--k)
          c = (c & 1 && -306674912) ^ c >>> 1;
        t[i2] = c;
      }
      return t;
    })();
    var crc = function() {
      var c = -1;
      return {
        p: function(d) {
          var cr = c;
          for (var i2 = 0; i2 < d.length; ++i2)
            cr = crct[cr & 255 ^ d[i2]] ^ cr >>> 8;
          c = cr;
        },
        d: function() {
          return ~c;
        }
      };
    };
    var adler = function() {
      var a = 1, b = 0;
      return {
        p: function(d) {
          var n = a, m = b;
          var l = d.length | 0;
          for (var i2 = 0; i2 != l; ) {
            var e = Math.min(i2 + 2655, l);
            for (; i2 < e; ++i2)
              m += n += d[i2];
            n = (n & 65535) + 15 * (n >> 16), m = (m & 65535) + 15 * (m >> 16);
          }
          a = n, b = m;
        },
        d: function() {
          a %= 65521, b %= 65521;
          return (a & 255) << 24 | (a & 65280) << 8 | (b & 255) << 8 | b >> 8;
        }
      };
    };
    var dopt = function(dat, opt, pre, post, st) {
      if (!st) {
        st = { l: 1 };
        if (opt.dictionary) {
          var dict = opt.dictionary.subarray(-32768);
          var newDat = new u8(dict.length + dat.length);
          newDat.set(dict);
          newDat.set(dat, dict.length);
          dat = newDat;
          st.w = dict.length;
        }
      }
      return dflt(dat, opt.level == null ? 6 : opt.level, opt.mem == null ? st.l ? Math.ceil(Math.max(8, Math.min(13, Math.log(dat.length))) * 1.5) : 20 : 12 + opt.mem, pre, post, st);
    };
    var mrg = function(a, b) {
      var o = {};
      for (var k in a)
        o[k] = a[k];
      for (var k in b)
        o[k] = b[k];
      return o;
    };
    var wcln = function(fn, fnStr, td2) {
      var dt = fn();
      var st = fn.toString();
      var ks = st.slice(st.indexOf("[") + 1, st.lastIndexOf("]")).replace(/\s+/g, "").split(",");
      for (var i2 = 0; i2 < dt.length; ++i2) {
        var v = dt[i2], k = ks[i2];
        if (typeof v == "function") {
          fnStr += ";" + k + "=";
          var st_1 = v.toString();
          if (v.prototype) {
            if (st_1.indexOf("[native code]") != -1) {
              var spInd = st_1.indexOf(" ", 8) + 1;
              fnStr += st_1.slice(spInd, st_1.indexOf("(", spInd));
            } else {
              fnStr += st_1;
              for (var t in v.prototype)
                fnStr += ";" + k + ".prototype." + t + "=" + v.prototype[t].toString();
            }
          } else
            fnStr += st_1;
        } else
          td2[k] = v;
      }
      return fnStr;
    };
    var ch = [];
    var cbfs = function(v) {
      var tl = [];
      for (var k in v) {
        if (v[k].buffer) {
          tl.push((v[k] = new v[k].constructor(v[k])).buffer);
        }
      }
      return tl;
    };
    var wrkr = function(fns, init, id, cb) {
      if (!ch[id]) {
        var fnStr = "", td_1 = {}, m = fns.length - 1;
        for (var i2 = 0; i2 < m; ++i2)
          fnStr = wcln(fns[i2], fnStr, td_1);
        ch[id] = { c: wcln(fns[m], fnStr, td_1), e: td_1 };
      }
      var td2 = mrg({}, ch[id].e);
      return (0, node_worker_1.default)(ch[id].c + ";onmessage=function(e){for(var k in e.data)self[k]=e.data[k];onmessage=" + init.toString() + "}", id, td2, cbfs(td2), cb);
    };
    var bInflt = function() {
      return [u8, u16, i32, fleb, fdeb, clim, fl, fd, flrm, fdrm, rev, ec, hMap, max, bits, bits16, shft, slc, err, inflt, inflateSync, pbf, gopt];
    };
    var bDflt = function() {
      return [u8, u16, i32, fleb, fdeb, clim, revfl, revfd, flm, flt, fdm, fdt, rev, deo, et, hMap, wbits, wbits16, hTree, ln, lc, clen, wfblk, wblk, shft, slc, dflt, dopt, deflateSync, pbf];
    };
    var gze = function() {
      return [gzh, gzhl, wbytes, crc, crct];
    };
    var guze = function() {
      return [gzs, gzl];
    };
    var zle = function() {
      return [zlh, wbytes, adler];
    };
    var zule = function() {
      return [zls];
    };
    var pbf = function(msg) {
      return postMessage(msg, [msg.buffer]);
    };
    var gopt = function(o) {
      return o && {
        out: o.size && new u8(o.size),
        dictionary: o.dictionary
      };
    };
    var cbify = function(dat, opts, fns, init, id, cb) {
      var w = wrkr(fns, init, id, function(err2, dat2) {
        w.terminate();
        cb(err2, dat2);
      });
      w.postMessage([dat, opts], opts.consume ? [dat.buffer] : []);
      return function() {
        w.terminate();
      };
    };
    var astrm = function(strm) {
      strm.ondata = function(dat, final) {
        return postMessage([dat, final], [dat.buffer]);
      };
      return function(ev) {
        if (ev.data[0]) {
          strm.push(ev.data[0], ev.data[1]);
          postMessage([ev.data[0].length]);
        } else
          strm.flush(ev.data[1]);
      };
    };
    var astrmify = function(fns, strm, opts, init, id, flush, ext) {
      var t;
      var w = wrkr(fns, init, id, function(err2, dat) {
        if (err2)
          w.terminate(), strm.ondata.call(strm, err2);
        else if (!Array.isArray(dat))
          ext(dat);
        else if (dat.length == 1) {
          strm.queuedSize -= dat[0];
          if (strm.ondrain)
            strm.ondrain(dat[0]);
        } else {
          if (dat[1])
            w.terminate();
          strm.ondata.call(strm, err2, dat[0], dat[1]);
        }
      });
      w.postMessage(opts);
      strm.queuedSize = 0;
      strm.push = function(d, f) {
        if (!strm.ondata)
          err(5);
        if (t)
          strm.ondata(err(4, 0, 1), null, !!f);
        strm.queuedSize += d.length;
        w.postMessage([d, t = f], d.buffer instanceof ArrayBuffer ? [d.buffer] : []);
      };
      strm.terminate = function() {
        w.terminate();
      };
      if (flush) {
        strm.flush = function(sync) {
          w.postMessage([0, sync]);
        };
      }
    };
    var b2 = function(d, b) {
      return d[b] | d[b + 1] << 8;
    };
    var b4 = function(d, b) {
      return (d[b] | d[b + 1] << 8 | d[b + 2] << 16 | d[b + 3] << 24) >>> 0;
    };
    var b8 = function(d, b) {
      return b4(d, b) + b4(d, b + 4) * 4294967296;
    };
    var wbytes = function(d, b, v) {
      for (; v; ++b)
        d[b] = v, v >>>= 8;
    };
    var gzh = function(c, o) {
      var fn = o.filename;
      c[0] = 31, c[1] = 139, c[2] = 8, c[8] = o.level < 2 ? 4 : o.level == 9 ? 2 : 0, c[9] = 3;
      if (o.mtime != 0)
        wbytes(c, 4, Math.floor(new Date(o.mtime || Date.now()) / 1e3));
      if (fn) {
        c[3] = 8;
        for (var i2 = 0; i2 <= fn.length; ++i2)
          c[i2 + 10] = fn.charCodeAt(i2);
      }
    };
    var gzs = function(d) {
      if (d[0] != 31 || d[1] != 139 || d[2] != 8)
        err(6, "invalid gzip data");
      var flg = d[3];
      var st = 10;
      if (flg & 4)
        st += (d[10] | d[11] << 8) + 2;
      for (var zs = (flg >> 3 & 1) + (flg >> 4 & 1); zs > 0; zs -= !d[st++])
        ;
      return st + (flg & 2);
    };
    var gzl = function(d) {
      var l = d.length;
      return (d[l - 4] | d[l - 3] << 8 | d[l - 2] << 16 | d[l - 1] << 24) >>> 0;
    };
    var gzhl = function(o) {
      return 10 + (o.filename ? o.filename.length + 1 : 0);
    };
    var zlh = function(c, o) {
      var lv = o.level, fl2 = lv == 0 ? 0 : lv < 6 ? 1 : lv == 9 ? 3 : 2;
      c[0] = 120, c[1] = fl2 << 6 | (o.dictionary && 32);
      c[1] |= 31 - (c[0] << 8 | c[1]) % 31;
      if (o.dictionary) {
        var h = adler();
        h.p(o.dictionary);
        wbytes(c, 2, h.d());
      }
    };
    var zls = function(d, dict) {
      if ((d[0] & 15) != 8 || d[0] >> 4 > 7 || (d[0] << 8 | d[1]) % 31)
        err(6, "invalid zlib data");
      if ((d[1] >> 5 & 1) == +!dict)
        err(6, "invalid zlib data: " + (d[1] & 32 ? "need" : "unexpected") + " dictionary");
      return (d[1] >> 3 & 4) + 2;
    };
    function StrmOpt(opts, cb) {
      if (typeof opts == "function")
        cb = opts, opts = {};
      this.ondata = cb;
      return opts;
    }
    var Deflate = /* @__PURE__ */ (function() {
      function Deflate2(opts, cb) {
        if (typeof opts == "function")
          cb = opts, opts = {};
        this.ondata = cb;
        this.o = opts || {};
        this.s = { l: 0, i: 32768, w: 32768, z: 32768 };
        this.b = new u8(98304);
        if (this.o.dictionary) {
          var dict = this.o.dictionary.subarray(-32768);
          this.b.set(dict, 32768 - dict.length);
          this.s.i = 32768 - dict.length;
        }
      }
      Deflate2.prototype.p = function(c, f) {
        this.ondata(dopt(c, this.o, 0, 0, this.s), f);
      };
      Deflate2.prototype.push = function(chunk, final) {
        if (!this.ondata)
          err(5);
        if (this.s.l)
          err(4);
        var endLen = chunk.length + this.s.z;
        if (endLen > this.b.length) {
          if (endLen > 2 * this.b.length - 32768) {
            var newBuf = new u8(endLen & -32768);
            newBuf.set(this.b.subarray(0, this.s.z));
            this.b = newBuf;
          }
          var split = this.b.length - this.s.z;
          this.b.set(chunk.subarray(0, split), this.s.z);
          this.s.z = this.b.length;
          this.p(this.b, false);
          this.b.set(this.b.subarray(-32768));
          this.b.set(chunk.subarray(split), 32768);
          this.s.z = chunk.length - split + 32768;
          this.s.i = 32766, this.s.w = 32768;
        } else {
          this.b.set(chunk, this.s.z);
          this.s.z += chunk.length;
        }
        this.s.l = final & 1;
        if (this.s.z > this.s.w + 8191 || final) {
          this.p(this.b, final || false);
          this.s.w = this.s.i, this.s.i -= 2;
        }
        if (final) {
          this.s = this.o = {};
          this.b = et;
        }
      };
      Deflate2.prototype.flush = function(sync) {
        if (!this.ondata)
          err(5);
        if (this.s.l)
          err(4);
        this.p(this.b, false);
        this.s.w = this.s.i, this.s.i -= 2;
        if (sync) {
          var c = new u8(6);
          c[0] = this.s.r >> 3;
          var ep = wfblk(c, this.s.r, et);
          this.s.r = 0;
          this.ondata(c.subarray(0, ep >> 3), false);
        }
      };
      return Deflate2;
    })();
    exports.Deflate = Deflate;
    var AsyncDeflate = /* @__PURE__ */ (function() {
      function AsyncDeflate2(opts, cb) {
        astrmify([
          bDflt,
          function() {
            return [astrm, Deflate];
          }
        ], this, StrmOpt.call(this, opts, cb), function(ev) {
          var strm = new Deflate(ev.data);
          onmessage = astrm(strm);
        }, 6, 1);
      }
      return AsyncDeflate2;
    })();
    exports.AsyncDeflate = AsyncDeflate;
    function deflate(data, opts, cb) {
      if (!cb)
        cb = opts, opts = {};
      if (typeof cb != "function")
        err(7);
      return cbify(data, opts, [
        bDflt
      ], function(ev) {
        return pbf(deflateSync(ev.data[0], ev.data[1]));
      }, 0, cb);
    }
    function deflateSync(data, opts) {
      return dopt(data, opts || {}, 0, 0);
    }
    var Inflate = /* @__PURE__ */ (function() {
      function Inflate2(opts, cb) {
        if (typeof opts == "function")
          cb = opts, opts = {};
        this.ondata = cb;
        var dict = opts && opts.dictionary && opts.dictionary.subarray(-32768);
        this.s = { i: 0, b: dict ? dict.length : 0 };
        this.o = new u8(32768);
        this.p = new u8(0);
        if (dict)
          this.o.set(dict);
      }
      Inflate2.prototype.e = function(c) {
        if (!this.ondata)
          err(5);
        if (this.d)
          err(4);
        if (!this.p.length)
          this.p = c;
        else if (c.length) {
          var n = new u8(this.p.length + c.length);
          n.set(this.p), n.set(c, this.p.length), this.p = n;
        }
      };
      Inflate2.prototype.c = function(final) {
        this.s.i = +(this.d = final || false);
        var bts = this.s.b;
        var dt = inflt(this.p, this.s, this.o);
        this.ondata(slc(dt, bts, this.s.b), this.d);
        this.o = slc(dt, this.s.b - 32768), this.s.b = this.o.length;
        this.p = slc(this.p, this.s.p / 8 | 0), this.s.p &= 7;
      };
      Inflate2.prototype.push = function(chunk, final) {
        this.e(chunk), this.c(final);
      };
      return Inflate2;
    })();
    exports.Inflate = Inflate;
    var AsyncInflate = /* @__PURE__ */ (function() {
      function AsyncInflate2(opts, cb) {
        astrmify([
          bInflt,
          function() {
            return [astrm, Inflate];
          }
        ], this, StrmOpt.call(this, opts, cb), function(ev) {
          var strm = new Inflate(ev.data);
          onmessage = astrm(strm);
        }, 7, 0);
      }
      return AsyncInflate2;
    })();
    exports.AsyncInflate = AsyncInflate;
    function inflate(data, opts, cb) {
      if (!cb)
        cb = opts, opts = {};
      if (typeof cb != "function")
        err(7);
      return cbify(data, opts, [
        bInflt
      ], function(ev) {
        return pbf(inflateSync(ev.data[0], gopt(ev.data[1])));
      }, 1, cb);
    }
    function inflateSync(data, opts) {
      return inflt(data, { i: 2 }, opts && opts.out, opts && opts.dictionary);
    }
    var Gzip = /* @__PURE__ */ (function() {
      function Gzip2(opts, cb) {
        this.c = crc();
        this.l = 0;
        this.v = 1;
        Deflate.call(this, opts, cb);
      }
      Gzip2.prototype.push = function(chunk, final) {
        this.c.p(chunk);
        this.l += chunk.length;
        Deflate.prototype.push.call(this, chunk, final);
      };
      Gzip2.prototype.p = function(c, f) {
        var raw = dopt(c, this.o, this.v && gzhl(this.o), f && 8, this.s);
        if (this.v)
          gzh(raw, this.o), this.v = 0;
        if (f)
          wbytes(raw, raw.length - 8, this.c.d()), wbytes(raw, raw.length - 4, this.l);
        this.ondata(raw, f);
      };
      Gzip2.prototype.flush = function(sync) {
        Deflate.prototype.flush.call(this, sync);
      };
      return Gzip2;
    })();
    exports.Gzip = Gzip;
    exports.Compress = Gzip;
    var AsyncGzip = /* @__PURE__ */ (function() {
      function AsyncGzip2(opts, cb) {
        astrmify([
          bDflt,
          gze,
          function() {
            return [astrm, Deflate, Gzip];
          }
        ], this, StrmOpt.call(this, opts, cb), function(ev) {
          var strm = new Gzip(ev.data);
          onmessage = astrm(strm);
        }, 8, 1);
      }
      return AsyncGzip2;
    })();
    exports.AsyncGzip = AsyncGzip;
    exports.AsyncCompress = AsyncGzip;
    function gzip(data, opts, cb) {
      if (!cb)
        cb = opts, opts = {};
      if (typeof cb != "function")
        err(7);
      return cbify(data, opts, [
        bDflt,
        gze,
        function() {
          return [gzipSync];
        }
      ], function(ev) {
        return pbf(gzipSync(ev.data[0], ev.data[1]));
      }, 2, cb);
    }
    function gzipSync(data, opts) {
      if (!opts)
        opts = {};
      var c = crc(), l = data.length;
      c.p(data);
      var d = dopt(data, opts, gzhl(opts), 8), s = d.length;
      return gzh(d, opts), wbytes(d, s - 8, c.d()), wbytes(d, s - 4, l), d;
    }
    var Gunzip = /* @__PURE__ */ (function() {
      function Gunzip2(opts, cb) {
        this.v = 1;
        this.r = 0;
        Inflate.call(this, opts, cb);
      }
      Gunzip2.prototype.push = function(chunk, final) {
        Inflate.prototype.e.call(this, chunk);
        this.r += chunk.length;
        if (this.v) {
          var p = this.p.subarray(this.v - 1);
          var s = p.length > 3 ? gzs(p) : 4;
          if (s > p.length) {
            if (!final)
              return;
          } else if (this.v > 1 && this.onmember) {
            this.onmember(this.r - p.length);
          }
          this.p = p.subarray(s), this.v = 0;
        }
        Inflate.prototype.c.call(this, 0);
        if (this.s.f && !this.s.l) {
          this.v = shft(this.s.p) + 9;
          this.s = { i: 0 };
          this.o = new u8(0);
          this.push(new u8(0), final);
        } else if (final) {
          Inflate.prototype.c.call(this, final);
        }
      };
      return Gunzip2;
    })();
    exports.Gunzip = Gunzip;
    var AsyncGunzip = /* @__PURE__ */ (function() {
      function AsyncGunzip2(opts, cb) {
        var _this = this;
        astrmify([
          bInflt,
          guze,
          function() {
            return [astrm, Inflate, Gunzip];
          }
        ], this, StrmOpt.call(this, opts, cb), function(ev) {
          var strm = new Gunzip(ev.data);
          strm.onmember = function(offset) {
            return postMessage(offset);
          };
          onmessage = astrm(strm);
        }, 9, 0, function(offset) {
          return _this.onmember && _this.onmember(offset);
        });
      }
      return AsyncGunzip2;
    })();
    exports.AsyncGunzip = AsyncGunzip;
    function gunzip(data, opts, cb) {
      if (!cb)
        cb = opts, opts = {};
      if (typeof cb != "function")
        err(7);
      return cbify(data, opts, [
        bInflt,
        guze,
        function() {
          return [gunzipSync];
        }
      ], function(ev) {
        return pbf(gunzipSync(ev.data[0], ev.data[1]));
      }, 3, cb);
    }
    function gunzipSync(data, opts) {
      var st = gzs(data);
      if (st + 8 > data.length)
        err(6, "invalid gzip data");
      return inflt(data.subarray(st, -8), { i: 2 }, opts && opts.out || new u8(gzl(data)), opts && opts.dictionary);
    }
    var Zlib = /* @__PURE__ */ (function() {
      function Zlib2(opts, cb) {
        this.c = adler();
        this.v = 1;
        Deflate.call(this, opts, cb);
      }
      Zlib2.prototype.push = function(chunk, final) {
        this.c.p(chunk);
        Deflate.prototype.push.call(this, chunk, final);
      };
      Zlib2.prototype.p = function(c, f) {
        var raw = dopt(c, this.o, this.v && (this.o.dictionary ? 6 : 2), f && 4, this.s);
        if (this.v)
          zlh(raw, this.o), this.v = 0;
        if (f)
          wbytes(raw, raw.length - 4, this.c.d());
        this.ondata(raw, f);
      };
      Zlib2.prototype.flush = function(sync) {
        Deflate.prototype.flush.call(this, sync);
      };
      return Zlib2;
    })();
    exports.Zlib = Zlib;
    var AsyncZlib = /* @__PURE__ */ (function() {
      function AsyncZlib2(opts, cb) {
        astrmify([
          bDflt,
          zle,
          function() {
            return [astrm, Deflate, Zlib];
          }
        ], this, StrmOpt.call(this, opts, cb), function(ev) {
          var strm = new Zlib(ev.data);
          onmessage = astrm(strm);
        }, 10, 1);
      }
      return AsyncZlib2;
    })();
    exports.AsyncZlib = AsyncZlib;
    function zlib(data, opts, cb) {
      if (!cb)
        cb = opts, opts = {};
      if (typeof cb != "function")
        err(7);
      return cbify(data, opts, [
        bDflt,
        zle,
        function() {
          return [zlibSync];
        }
      ], function(ev) {
        return pbf(zlibSync(ev.data[0], ev.data[1]));
      }, 4, cb);
    }
    function zlibSync(data, opts) {
      if (!opts)
        opts = {};
      var a = adler();
      a.p(data);
      var d = dopt(data, opts, opts.dictionary ? 6 : 2, 4);
      return zlh(d, opts), wbytes(d, d.length - 4, a.d()), d;
    }
    var Unzlib = /* @__PURE__ */ (function() {
      function Unzlib2(opts, cb) {
        Inflate.call(this, opts, cb);
        this.v = opts && opts.dictionary ? 2 : 1;
      }
      Unzlib2.prototype.push = function(chunk, final) {
        Inflate.prototype.e.call(this, chunk);
        if (this.v) {
          if (this.p.length < 6 && !final)
            return;
          this.p = this.p.subarray(zls(this.p, this.v - 1)), this.v = 0;
        }
        if (final) {
          if (this.p.length < 4)
            err(6, "invalid zlib data");
          this.p = this.p.subarray(0, -4);
        }
        Inflate.prototype.c.call(this, final);
      };
      return Unzlib2;
    })();
    exports.Unzlib = Unzlib;
    var AsyncUnzlib = /* @__PURE__ */ (function() {
      function AsyncUnzlib2(opts, cb) {
        astrmify([
          bInflt,
          zule,
          function() {
            return [astrm, Inflate, Unzlib];
          }
        ], this, StrmOpt.call(this, opts, cb), function(ev) {
          var strm = new Unzlib(ev.data);
          onmessage = astrm(strm);
        }, 11, 0);
      }
      return AsyncUnzlib2;
    })();
    exports.AsyncUnzlib = AsyncUnzlib;
    function unzlib(data, opts, cb) {
      if (!cb)
        cb = opts, opts = {};
      if (typeof cb != "function")
        err(7);
      return cbify(data, opts, [
        bInflt,
        zule,
        function() {
          return [unzlibSync];
        }
      ], function(ev) {
        return pbf(unzlibSync(ev.data[0], gopt(ev.data[1])));
      }, 5, cb);
    }
    function unzlibSync(data, opts) {
      return inflt(data.subarray(zls(data, opts && opts.dictionary), -4), { i: 2 }, opts && opts.out, opts && opts.dictionary);
    }
    var Decompress = /* @__PURE__ */ (function() {
      function Decompress2(opts, cb) {
        this.o = StrmOpt.call(this, opts, cb) || {};
        this.G = Gunzip;
        this.I = Inflate;
        this.Z = Unzlib;
      }
      Decompress2.prototype.i = function() {
        var _this = this;
        this.s.ondata = function(dat, final) {
          _this.ondata(dat, final);
        };
      };
      Decompress2.prototype.push = function(chunk, final) {
        if (!this.ondata)
          err(5);
        if (!this.s) {
          if (this.p && this.p.length) {
            var n = new u8(this.p.length + chunk.length);
            n.set(this.p), n.set(chunk, this.p.length);
          } else
            this.p = chunk;
          if (this.p.length > 2) {
            this.s = this.p[0] == 31 && this.p[1] == 139 && this.p[2] == 8 ? new this.G(this.o) : (this.p[0] & 15) != 8 || this.p[0] >> 4 > 7 || (this.p[0] << 8 | this.p[1]) % 31 ? new this.I(this.o) : new this.Z(this.o);
            this.i();
            this.s.push(this.p, final);
            this.p = null;
          }
        } else
          this.s.push(chunk, final);
      };
      return Decompress2;
    })();
    exports.Decompress = Decompress;
    var AsyncDecompress = /* @__PURE__ */ (function() {
      function AsyncDecompress2(opts, cb) {
        Decompress.call(this, opts, cb);
        this.queuedSize = 0;
        this.G = AsyncGunzip;
        this.I = AsyncInflate;
        this.Z = AsyncUnzlib;
      }
      AsyncDecompress2.prototype.i = function() {
        var _this = this;
        this.s.ondata = function(err2, dat, final) {
          _this.ondata(err2, dat, final);
        };
        this.s.ondrain = function(size) {
          _this.queuedSize -= size;
          if (_this.ondrain)
            _this.ondrain(size);
        };
      };
      AsyncDecompress2.prototype.push = function(chunk, final) {
        this.queuedSize += chunk.length;
        Decompress.prototype.push.call(this, chunk, final);
      };
      return AsyncDecompress2;
    })();
    exports.AsyncDecompress = AsyncDecompress;
    function decompress(data, opts, cb) {
      if (!cb)
        cb = opts, opts = {};
      if (typeof cb != "function")
        err(7);
      return data[0] == 31 && data[1] == 139 && data[2] == 8 ? gunzip(data, opts, cb) : (data[0] & 15) != 8 || data[0] >> 4 > 7 || (data[0] << 8 | data[1]) % 31 ? inflate(data, opts, cb) : unzlib(data, opts, cb);
    }
    function decompressSync(data, opts) {
      return data[0] == 31 && data[1] == 139 && data[2] == 8 ? gunzipSync(data, opts) : (data[0] & 15) != 8 || data[0] >> 4 > 7 || (data[0] << 8 | data[1]) % 31 ? inflateSync(data, opts) : unzlibSync(data, opts);
    }
    var fltn = function(d, p, t, o) {
      for (var k in d) {
        var val = d[k], n = p + k, op = o;
        if (Array.isArray(val))
          op = mrg(o, val[1]), val = val[0];
        if (ArrayBuffer.isView(val))
          t[n] = [val, op];
        else {
          t[n += "/"] = [new u8(0), op];
          fltn(val, n, t, o);
        }
      }
    };
    var te = typeof TextEncoder != "undefined" && /* @__PURE__ */ new TextEncoder();
    var td = typeof TextDecoder != "undefined" && /* @__PURE__ */ new TextDecoder();
    var tds = 0;
    try {
      td.decode(et, { stream: true });
      tds = 1;
    } catch (e) {
    }
    var dutf8 = function(d) {
      for (var r = "", i2 = 0; ; ) {
        var c = d[i2++];
        var eb = (c > 127) + (c > 223) + (c > 239);
        if (i2 + eb > d.length)
          return { s: r, r: slc(d, i2 - 1) };
        if (!eb)
          r += String.fromCharCode(c);
        else if (eb == 3) {
          c = ((c & 15) << 18 | (d[i2++] & 63) << 12 | (d[i2++] & 63) << 6 | d[i2++] & 63) - 65536, r += String.fromCharCode(55296 | c >> 10, 56320 | c & 1023);
        } else if (eb & 1)
          r += String.fromCharCode((c & 31) << 6 | d[i2++] & 63);
        else
          r += String.fromCharCode((c & 15) << 12 | (d[i2++] & 63) << 6 | d[i2++] & 63);
      }
    };
    var DecodeUTF8 = /* @__PURE__ */ (function() {
      function DecodeUTF82(cb) {
        this.ondata = cb;
        if (tds)
          this.t = new TextDecoder();
        else
          this.p = et;
      }
      DecodeUTF82.prototype.push = function(chunk, final) {
        if (!this.ondata)
          err(5);
        final = !!final;
        if (this.t) {
          this.ondata(this.t.decode(chunk, { stream: true }), final);
          if (final) {
            if (this.t.decode().length)
              err(8);
            this.t = null;
          }
          return;
        }
        if (!this.p)
          err(4);
        var dat = new u8(this.p.length + chunk.length);
        dat.set(this.p);
        dat.set(chunk, this.p.length);
        var _a2 = dutf8(dat), s = _a2.s, r = _a2.r;
        if (final) {
          if (r.length)
            err(8);
          this.p = null;
        } else
          this.p = r;
        this.ondata(s, final);
      };
      return DecodeUTF82;
    })();
    exports.DecodeUTF8 = DecodeUTF8;
    var EncodeUTF8 = /* @__PURE__ */ (function() {
      function EncodeUTF82(cb) {
        this.ondata = cb;
      }
      EncodeUTF82.prototype.push = function(chunk, final) {
        if (!this.ondata)
          err(5);
        if (this.d)
          err(4);
        this.ondata(strToU8(chunk), this.d = final || false);
      };
      return EncodeUTF82;
    })();
    exports.EncodeUTF8 = EncodeUTF8;
    function strToU8(str, latin1) {
      if (latin1) {
        var ar_1 = new u8(str.length);
        for (var i2 = 0; i2 < str.length; ++i2)
          ar_1[i2] = str.charCodeAt(i2);
        return ar_1;
      }
      if (te)
        return te.encode(str);
      var l = str.length;
      var ar = new u8(str.length + (str.length >> 1));
      var ai = 0;
      var w = function(v) {
        ar[ai++] = v;
      };
      for (var i2 = 0; i2 < l; ++i2) {
        if (ai + 5 > ar.length) {
          var n = new u8(ai + 8 + (l - i2 << 1));
          n.set(ar);
          ar = n;
        }
        var c = str.charCodeAt(i2);
        if (c < 128 || latin1)
          w(c);
        else if (c < 2048)
          w(192 | c >> 6), w(128 | c & 63);
        else if (c > 55295 && c < 57344)
          c = 65536 + (c & 1023 << 10) | str.charCodeAt(++i2) & 1023, w(240 | c >> 18), w(128 | c >> 12 & 63), w(128 | c >> 6 & 63), w(128 | c & 63);
        else
          w(224 | c >> 12), w(128 | c >> 6 & 63), w(128 | c & 63);
      }
      return slc(ar, 0, ai);
    }
    function strFromU8(dat, latin1) {
      if (latin1) {
        var r = "";
        for (var i2 = 0; i2 < dat.length; i2 += 16384)
          r += String.fromCharCode.apply(null, dat.subarray(i2, i2 + 16384));
        return r;
      } else if (td) {
        return td.decode(dat);
      } else {
        var _a2 = dutf8(dat), s = _a2.s, r = _a2.r;
        if (r.length)
          err(8);
        return s;
      }
    }
    var dbf = function(l) {
      return l == 1 ? 3 : l < 6 ? 2 : l == 9 ? 1 : 0;
    };
    var slzh = function(d, b) {
      return b + 30 + b2(d, b + 26) + b2(d, b + 28);
    };
    var zh = function(d, b, z) {
      var fnl = b2(d, b + 28), efl = b2(d, b + 30), fn = strFromU8(d.subarray(b + 46, b + 46 + fnl), !(b2(d, b + 8) & 2048)), es = b + 46 + fnl;
      var _a2 = z64hs(d, es, efl, z, b4(d, b + 20), b4(d, b + 24), b4(d, b + 42)), sc = _a2[0], su = _a2[1], off = _a2[2];
      return [b2(d, b + 10), sc, su, fn, es + efl + b2(d, b + 32), off];
    };
    var z64hs = function(d, b, l, z, sc, su, off) {
      var nsc = sc == 4294967295, nsu = su == 4294967295, noff = off == 4294967295, e = b + l;
      var nf = nsc + nsu + noff;
      if (z && nf) {
        for (; b + 4 < e; b += 4 + b2(d, b + 2)) {
          if (b2(d, b) == 1) {
            return [
              nsc ? b8(d, b + 4 + 8 * nsu) : sc,
              nsu ? b8(d, b + 4) : su,
              noff ? b8(d, b + 4 + 8 * (nsu + nsc)) : off,
              1
            ];
          }
        }
        if (z < 2)
          err(13);
      }
      return [sc, su, off, 0];
    };
    var exfl = function(ex) {
      var le = 0;
      if (ex) {
        for (var k in ex) {
          var l = ex[k].length;
          if (l > 65535)
            err(9);
          le += l + 4;
        }
      }
      return le;
    };
    var wzh = function(d, b, f, fn, u, c, ce, co) {
      var fl2 = fn.length, ex = f.extra, col = co && co.length;
      var exl = exfl(ex);
      wbytes(d, b, ce != null ? 33639248 : 67324752), b += 4;
      if (ce != null)
        d[b++] = 20, d[b++] = f.os;
      d[b] = 20, b += 2;
      d[b++] = f.flag << 1 | (c < 0 && 8), d[b++] = u && 8;
      d[b++] = f.compression & 255, d[b++] = f.compression >> 8;
      var dt = new Date(f.mtime == null ? Date.now() : f.mtime), y = dt.getFullYear() - 1980;
      if (y < 0 || y > 119)
        err(10);
      wbytes(d, b, y << 25 | dt.getMonth() + 1 << 21 | dt.getDate() << 16 | dt.getHours() << 11 | dt.getMinutes() << 5 | dt.getSeconds() >> 1), b += 4;
      if (c != -1) {
        wbytes(d, b, f.crc);
        wbytes(d, b + 4, c < 0 ? -c - 2 : c);
        wbytes(d, b + 8, f.size);
      }
      wbytes(d, b + 12, fl2);
      wbytes(d, b + 14, exl), b += 16;
      if (ce != null) {
        wbytes(d, b, col);
        wbytes(d, b + 6, f.attrs);
        wbytes(d, b + 10, ce), b += 14;
      }
      d.set(fn, b);
      b += fl2;
      if (exl) {
        for (var k in ex) {
          var exf = ex[k], l = exf.length;
          wbytes(d, b, +k);
          wbytes(d, b + 2, l);
          d.set(exf, b + 4), b += 4 + l;
        }
      }
      if (col)
        d.set(co, b), b += col;
      return b;
    };
    var wzf = function(o, b, c, d, e) {
      wbytes(o, b, 101010256);
      wbytes(o, b + 8, c);
      wbytes(o, b + 10, c);
      wbytes(o, b + 12, d);
      wbytes(o, b + 16, e);
    };
    var ZipPassThrough = /* @__PURE__ */ (function() {
      function ZipPassThrough2(filename) {
        this.filename = filename;
        this.c = crc();
        this.size = 0;
        this.compression = 0;
      }
      ZipPassThrough2.prototype.process = function(chunk, final) {
        this.ondata(null, chunk, final);
      };
      ZipPassThrough2.prototype.push = function(chunk, final) {
        if (!this.ondata)
          err(5);
        this.c.p(chunk);
        this.size += chunk.length;
        if (final)
          this.crc = this.c.d();
        this.process(chunk, final || false);
      };
      return ZipPassThrough2;
    })();
    exports.ZipPassThrough = ZipPassThrough;
    var ZipDeflate = /* @__PURE__ */ (function() {
      function ZipDeflate2(filename, opts) {
        var _this = this;
        if (!opts)
          opts = {};
        ZipPassThrough.call(this, filename);
        this.d = new Deflate(opts, function(dat, final) {
          _this.ondata(null, dat, final);
        });
        this.compression = 8;
        this.flag = dbf(opts.level);
      }
      ZipDeflate2.prototype.process = function(chunk, final) {
        try {
          this.d.push(chunk, final);
        } catch (e) {
          this.ondata(e, null, final);
        }
      };
      ZipDeflate2.prototype.push = function(chunk, final) {
        ZipPassThrough.prototype.push.call(this, chunk, final);
      };
      return ZipDeflate2;
    })();
    exports.ZipDeflate = ZipDeflate;
    var AsyncZipDeflate = /* @__PURE__ */ (function() {
      function AsyncZipDeflate2(filename, opts) {
        var _this = this;
        if (!opts)
          opts = {};
        ZipPassThrough.call(this, filename);
        this.d = new AsyncDeflate(opts, function(err2, dat, final) {
          _this.ondata(err2, dat, final);
        });
        this.compression = 8;
        this.flag = dbf(opts.level);
        this.terminate = this.d.terminate;
      }
      AsyncZipDeflate2.prototype.process = function(chunk, final) {
        this.d.push(chunk, final);
      };
      AsyncZipDeflate2.prototype.push = function(chunk, final) {
        ZipPassThrough.prototype.push.call(this, chunk, final);
      };
      return AsyncZipDeflate2;
    })();
    exports.AsyncZipDeflate = AsyncZipDeflate;
    var Zip = /* @__PURE__ */ (function() {
      function Zip2(cb) {
        this.ondata = cb;
        this.u = [];
        this.d = 1;
      }
      Zip2.prototype.add = function(file) {
        var _this = this;
        if (!this.ondata)
          err(5);
        if (this.d & 2)
          this.ondata(err(4 + (this.d & 1) * 8, 0, 1), null, false);
        else {
          var f = strToU8(file.filename), fl_1 = f.length;
          var com = file.comment, o = com && strToU8(com);
          var u = fl_1 != file.filename.length || o && com.length != o.length;
          var hl_1 = fl_1 + exfl(file.extra) + 30;
          if (fl_1 > 65535)
            this.ondata(err(11, 0, 1), null, false);
          var header = new u8(hl_1);
          wzh(header, 0, file, f, u, -1);
          var chks_1 = [header];
          var pAll_1 = function() {
            for (var _i = 0, chks_2 = chks_1; _i < chks_2.length; _i++) {
              var chk = chks_2[_i];
              _this.ondata(null, chk, false);
            }
            chks_1 = [];
          };
          var tr_1 = this.d;
          this.d = 0;
          var ind_1 = this.u.length;
          var uf_1 = mrg(file, {
            f,
            u,
            o,
            t: function() {
              if (file.terminate)
                file.terminate();
            },
            r: function() {
              pAll_1();
              if (tr_1) {
                var nxt = _this.u[ind_1 + 1];
                if (nxt)
                  nxt.r();
                else
                  _this.d = 1;
              }
              tr_1 = 1;
            }
          });
          var cl_1 = 0;
          file.ondata = function(err2, dat, final) {
            if (err2) {
              _this.ondata(err2, dat, final);
              _this.terminate();
            } else {
              cl_1 += dat.length;
              chks_1.push(dat);
              if (final) {
                var dd = new u8(16);
                wbytes(dd, 0, 134695760);
                wbytes(dd, 4, file.crc);
                wbytes(dd, 8, cl_1);
                wbytes(dd, 12, file.size);
                chks_1.push(dd);
                uf_1.c = cl_1, uf_1.b = hl_1 + cl_1 + 16, uf_1.crc = file.crc, uf_1.size = file.size;
                if (tr_1)
                  uf_1.r();
                tr_1 = 1;
              } else if (tr_1)
                pAll_1();
            }
          };
          this.u.push(uf_1);
        }
      };
      Zip2.prototype.end = function() {
        var _this = this;
        if (this.d & 2) {
          this.ondata(err(4 + (this.d & 1) * 8, 0, 1), null, true);
          return;
        }
        if (this.d)
          this.e();
        else
          this.u.push({
            r: function() {
              if (!(_this.d & 1))
                return;
              _this.u.splice(-1, 1);
              _this.e();
            },
            t: function() {
            }
          });
        this.d = 3;
      };
      Zip2.prototype.e = function() {
        var bt = 0, l = 0, tl = 0;
        for (var _i = 0, _a2 = this.u; _i < _a2.length; _i++) {
          var f = _a2[_i];
          tl += 46 + f.f.length + exfl(f.extra) + (f.o ? f.o.length : 0);
        }
        var out = new u8(tl + 22);
        for (var _b2 = 0, _c = this.u; _b2 < _c.length; _b2++) {
          var f = _c[_b2];
          wzh(out, bt, f, f.f, f.u, -f.c - 2, l, f.o);
          bt += 46 + f.f.length + exfl(f.extra) + (f.o ? f.o.length : 0), l += f.b;
        }
        wzf(out, bt, this.u.length, tl, l);
        this.ondata(null, out, true);
        this.d = 2;
      };
      Zip2.prototype.terminate = function() {
        for (var _i = 0, _a2 = this.u; _i < _a2.length; _i++) {
          var f = _a2[_i];
          f.t();
        }
        this.d = 2;
      };
      return Zip2;
    })();
    exports.Zip = Zip;
    function zip(data, opts, cb) {
      if (!cb)
        cb = opts, opts = {};
      if (typeof cb != "function")
        err(7);
      var r = {};
      fltn(data, "", r, opts);
      var k = Object.keys(r);
      var lft = k.length, o = 0, tot = 0;
      var slft = lft, files = new Array(lft);
      var term = [];
      var tAll = function() {
        for (var i3 = 0; i3 < term.length; ++i3)
          term[i3]();
      };
      var cbd = function(a, b) {
        mt(function() {
          cb(a, b);
        });
      };
      mt(function() {
        cbd = cb;
      });
      var cbf = function() {
        var out = new u8(tot + 22), oe = o, cdl = tot - o;
        tot = 0;
        for (var i3 = 0; i3 < slft; ++i3) {
          var f = files[i3];
          try {
            var l = f.c.length;
            wzh(out, tot, f, f.f, f.u, l);
            var badd = 30 + f.f.length + exfl(f.extra);
            var loc = tot + badd;
            out.set(f.c, loc);
            wzh(out, o, f, f.f, f.u, l, tot, f.m), o += 16 + badd + (f.m ? f.m.length : 0), tot = loc + l;
          } catch (e) {
            return cbd(e, null);
          }
        }
        wzf(out, o, files.length, cdl, oe);
        cbd(null, out);
      };
      if (!lft)
        cbf();
      var _loop_1 = function(i3) {
        var fn = k[i3];
        var _a2 = r[fn], file = _a2[0], p = _a2[1];
        var c = crc(), size = file.length;
        c.p(file);
        var f = strToU8(fn), s = f.length;
        var com = p.comment, m = com && strToU8(com), ms = m && m.length;
        var exl = exfl(p.extra);
        var compression = p.level == 0 ? 0 : 8;
        var cbl = function(e, d) {
          if (e) {
            tAll();
            cbd(e, null);
          } else {
            var l = d.length;
            files[i3] = mrg(p, {
              size,
              crc: c.d(),
              c: d,
              f,
              m,
              u: s != fn.length || m && com.length != ms,
              compression
            });
            o += 30 + s + exl + l;
            tot += 76 + 2 * (s + exl) + (ms || 0) + l;
            if (!--lft)
              cbf();
          }
        };
        if (s > 65535)
          cbl(err(11, 0, 1), null);
        if (!compression)
          cbl(null, file);
        else if (size < 16e4) {
          try {
            cbl(null, deflateSync(file, p));
          } catch (e) {
            cbl(e, null);
          }
        } else
          term.push(deflate(file, p, cbl));
      };
      for (var i2 = 0; i2 < slft; ++i2) {
        _loop_1(i2);
      }
      return tAll;
    }
    function zipSync(data, opts) {
      if (!opts)
        opts = {};
      var r = {};
      var files = [];
      fltn(data, "", r, opts);
      var o = 0;
      var tot = 0;
      for (var fn in r) {
        var _a2 = r[fn], file = _a2[0], p = _a2[1];
        var compression = p.level == 0 ? 0 : 8;
        var f = strToU8(fn), s = f.length;
        var com = p.comment, m = com && strToU8(com), ms = m && m.length;
        var exl = exfl(p.extra);
        if (s > 65535)
          err(11);
        var d = compression ? deflateSync(file, p) : file, l = d.length;
        var c = crc();
        c.p(file);
        files.push(mrg(p, {
          size: file.length,
          crc: c.d(),
          c: d,
          f,
          m,
          u: s != fn.length || m && com.length != ms,
          o,
          compression
        }));
        o += 30 + s + exl + l;
        tot += 76 + 2 * (s + exl) + (ms || 0) + l;
      }
      var out = new u8(tot + 22), oe = o, cdl = tot - o;
      for (var i2 = 0; i2 < files.length; ++i2) {
        var f = files[i2];
        wzh(out, f.o, f, f.f, f.u, f.c.length);
        var badd = 30 + f.f.length + exfl(f.extra);
        out.set(f.c, f.o + badd);
        wzh(out, o, f, f.f, f.u, f.c.length, f.o, f.m), o += 16 + badd + (f.m ? f.m.length : 0);
      }
      wzf(out, o, files.length, cdl, oe);
      return out;
    }
    var UnzipPassThrough = /* @__PURE__ */ (function() {
      function UnzipPassThrough2() {
      }
      UnzipPassThrough2.prototype.push = function(chunk, final) {
        this.ondata(null, chunk, final);
      };
      UnzipPassThrough2.compression = 0;
      return UnzipPassThrough2;
    })();
    exports.UnzipPassThrough = UnzipPassThrough;
    var UnzipInflate = /* @__PURE__ */ (function() {
      function UnzipInflate2() {
        var _this = this;
        this.i = new Inflate(function(dat, final) {
          _this.ondata(null, dat, final);
        });
      }
      UnzipInflate2.prototype.push = function(chunk, final) {
        try {
          this.i.push(chunk, final);
        } catch (e) {
          this.ondata(e, null, final);
        }
      };
      UnzipInflate2.compression = 8;
      return UnzipInflate2;
    })();
    exports.UnzipInflate = UnzipInflate;
    var AsyncUnzipInflate = /* @__PURE__ */ (function() {
      function AsyncUnzipInflate2(_, sz) {
        var _this = this;
        if (sz < 32e4) {
          this.i = new Inflate(function(dat, final) {
            _this.ondata(null, dat, final);
          });
        } else {
          this.i = new AsyncInflate(function(err2, dat, final) {
            _this.ondata(err2, dat, final);
          });
          this.terminate = this.i.terminate;
        }
      }
      AsyncUnzipInflate2.prototype.push = function(chunk, final) {
        if (this.i.terminate)
          chunk = slc(chunk, 0);
        this.i.push(chunk, final);
      };
      AsyncUnzipInflate2.compression = 8;
      return AsyncUnzipInflate2;
    })();
    exports.AsyncUnzipInflate = AsyncUnzipInflate;
    var Unzip = /* @__PURE__ */ (function() {
      function Unzip2(cb) {
        this.onfile = cb;
        this.k = [];
        this.o = {
          0: UnzipPassThrough
        };
        this.p = et;
      }
      Unzip2.prototype.push = function(chunk, final) {
        var _this = this;
        if (!this.onfile)
          err(5);
        if (!this.p)
          err(4);
        if (this.c > 0) {
          var len = Math.min(this.c, chunk.length);
          var toAdd = chunk.subarray(0, len);
          this.c -= len;
          if (this.d)
            this.d.push(toAdd, !this.c);
          else
            this.k[0].push(toAdd);
          chunk = chunk.subarray(len);
          if (chunk.length)
            return this.push(chunk, final);
        } else {
          var f = 0, i2 = 0, is = void 0, buf = void 0;
          if (!this.p.length)
            buf = chunk;
          else if (!chunk.length)
            buf = this.p;
          else {
            buf = new u8(this.p.length + chunk.length);
            buf.set(this.p), buf.set(chunk, this.p.length);
          }
          var l = buf.length, oc = this.c, add = oc && this.d;
          var _loop_2 = function() {
            var sig = b4(buf, i2);
            if (sig == 67324752) {
              f = 1, is = i2;
              this_1.d = null;
              this_1.c = 0;
              var bf = b2(buf, i2 + 6), cmp_1 = b2(buf, i2 + 8), u = bf & 2048, dd = bf & 8, fnl = b2(buf, i2 + 26), es = b2(buf, i2 + 28);
              if (l > i2 + 30 + fnl + es) {
                var chks_3 = [];
                this_1.k.unshift(chks_3);
                f = 2;
                var lsc = b4(buf, i2 + 18), lsu = b4(buf, i2 + 22);
                var fn_1 = strFromU8(buf.subarray(i2 + 30, i2 += 30 + fnl), !u);
                var _a2 = z64hs(buf, i2, es, 2, lsc, lsu, 0), sc_1 = _a2[0], su_1 = _a2[1], z64 = _a2[3];
                if (dd)
                  sc_1 = -1 - z64;
                i2 += es;
                this_1.c = sc_1;
                var d_1;
                var file_1 = {
                  name: fn_1,
                  compression: cmp_1,
                  start: function() {
                    if (!file_1.ondata)
                      err(5);
                    if (!sc_1)
                      file_1.ondata(null, et, true);
                    else {
                      var ctr = _this.o[cmp_1];
                      if (!ctr)
                        file_1.ondata(err(14, "unknown compression type " + cmp_1, 1), null, false);
                      d_1 = sc_1 < 0 ? new ctr(fn_1) : new ctr(fn_1, sc_1, su_1);
                      d_1.ondata = function(err2, dat3, final2) {
                        file_1.ondata(err2, dat3, final2);
                      };
                      for (var _i = 0, chks_4 = chks_3; _i < chks_4.length; _i++) {
                        var dat2 = chks_4[_i];
                        d_1.push(dat2, false);
                      }
                      if (_this.k[0] == chks_3 && _this.c)
                        _this.d = d_1;
                      else
                        d_1.push(et, true);
                    }
                  },
                  terminate: function() {
                    if (d_1 && d_1.terminate)
                      d_1.terminate();
                  }
                };
                if (sc_1 >= 0)
                  file_1.size = sc_1, file_1.originalSize = su_1;
                this_1.onfile(file_1);
              }
              return "break";
            } else if (oc) {
              if (sig == 134695760) {
                is = i2 += 12 + (oc == -2 && 8), f = 3, this_1.c = 0;
                return "break";
              } else if (sig == 33639248) {
                is = i2 -= 4, f = 3, this_1.c = 0;
                return "break";
              }
            }
          };
          var this_1 = this;
          for (; i2 < l - 4; ++i2) {
            var state_1 = _loop_2();
            if (state_1 === "break")
              break;
          }
          this.p = et;
          if (oc < 0) {
            var dat = f ? buf.subarray(0, is - 12 - (oc == -2 && 8) - (b4(buf, is - 16) == 134695760 && 4)) : buf.subarray(0, i2);
            if (add)
              add.push(dat, !!f);
            else
              this.k[+(f == 2)].push(dat);
          }
          if (f & 2)
            return this.push(buf.subarray(i2), final);
          this.p = buf.subarray(i2);
        }
        if (final) {
          if (this.c)
            err(13);
          this.p = null;
        }
      };
      Unzip2.prototype.register = function(decoder) {
        this.o[decoder.compression] = decoder;
      };
      return Unzip2;
    })();
    exports.Unzip = Unzip;
    var mt = typeof queueMicrotask == "function" ? queueMicrotask : typeof setTimeout == "function" ? setTimeout : function(fn) {
      fn();
    };
    function unzip(data, opts, cb) {
      if (!cb)
        cb = opts, opts = {};
      if (typeof cb != "function")
        err(7);
      var term = [];
      var tAll = function() {
        for (var i3 = 0; i3 < term.length; ++i3)
          term[i3]();
      };
      var files = {};
      var cbd = function(a, b) {
        mt(function() {
          cb(a, b);
        });
      };
      mt(function() {
        cbd = cb;
      });
      var e = data.length - 22;
      for (; b4(data, e) != 101010256; --e) {
        if (!e || data.length - e > 65558) {
          cbd(err(13, 0, 1), null);
          return tAll;
        }
      }
      ;
      var lft = b2(data, e + 8);
      if (lft) {
        var c = lft;
        var o = b4(data, e + 16);
        var z = b4(data, e - 20) == 117853008;
        if (z) {
          var ze = b4(data, e - 12);
          z = b4(data, ze) == 101075792;
          if (z) {
            c = lft = b4(data, ze + 32);
            o = b4(data, ze + 48);
          }
        }
        var fltr = opts && opts.filter;
        var _loop_3 = function(i3) {
          var _a2 = zh(data, o, z), c_1 = _a2[0], sc = _a2[1], su = _a2[2], fn = _a2[3], no = _a2[4], off = _a2[5], b = slzh(data, off);
          o = no;
          var cbl = function(e2, d) {
            if (e2) {
              tAll();
              cbd(e2, null);
            } else {
              if (d)
                files[fn] = d;
              if (!--lft)
                cbd(null, files);
            }
          };
          if (!fltr || fltr({
            name: fn,
            size: sc,
            originalSize: su,
            compression: c_1
          })) {
            if (!c_1)
              cbl(null, slc(data, b, b + sc));
            else if (c_1 == 8) {
              var infl = data.subarray(b, b + sc);
              if (su < 524288 || sc > 0.8 * su) {
                try {
                  cbl(null, inflateSync(infl, { out: new u8(su) }));
                } catch (e2) {
                  cbl(e2, null);
                }
              } else
                term.push(inflate(infl, { size: su }, cbl));
            } else
              cbl(err(14, "unknown compression type " + c_1, 1), null);
          } else
            cbl(null, null);
        };
        for (var i2 = 0; i2 < c; ++i2) {
          _loop_3(i2);
        }
      } else
        cbd(null, {});
      return tAll;
    }
    function unzipSync(data, opts) {
      var files = {};
      var e = data.length - 22;
      for (; b4(data, e) != 101010256; --e) {
        if (!e || data.length - e > 65558)
          err(13);
      }
      ;
      var c = b2(data, e + 8);
      if (!c)
        return {};
      var o = b4(data, e + 16);
      var z = b4(data, e - 20) == 117853008;
      if (z) {
        var ze = b4(data, e - 12);
        z = b4(data, ze) == 101075792;
        if (z) {
          c = b4(data, ze + 32);
          o = b4(data, ze + 48);
        }
      }
      var fltr = opts && opts.filter;
      for (var i2 = 0; i2 < c; ++i2) {
        var _a2 = zh(data, o, z), c_2 = _a2[0], sc = _a2[1], su = _a2[2], fn = _a2[3], no = _a2[4], off = _a2[5], b = slzh(data, off);
        o = no;
        if (!fltr || fltr({
          name: fn,
          size: sc,
          originalSize: su,
          compression: c_2
        })) {
          if (!c_2)
            files[fn] = slc(data, b, b + sc);
          else if (c_2 == 8)
            files[fn] = inflateSync(data.subarray(b, b + sc), { out: new u8(su) });
          else
            err(14, "unknown compression type " + c_2);
        }
      }
      return files;
    }
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path2) {
      const ctrl = callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visit_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = visit_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path2) {
      const ctrl = await callVisitor(key, node, visitor, path2);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path2, ctrl);
        return visitAsync_(key, ctrl, visitor, path2);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path2 = Object.freeze(path2.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path2);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path2 = Object.freeze(path2.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path2);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path2);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path2) {
      if (typeof visitor === "function")
        return visitor(key, node, path2);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path2);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path2);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path2);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path2);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path2);
      return void 0;
    }
    function replaceNode(key, path2, node) {
      const parent = path2[path2.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path2, value) {
      let v = value;
      for (let i = path2.length - 1; i >= 0; --i) {
        const k = path2[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path2) => path2 == null || typeof path2 === "object" && !!path2[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path2, value) {
        if (isEmptyPath(path2))
          this.add(value);
        else {
          const [key, ...rest] = path2;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        const [key, ...rest] = path2;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path2) {
        const [key, ...rest] = path2;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        const [key, ...rest] = path2;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log2 = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log2.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path2, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path2, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path2) {
        if (Collection.isEmptyPath(path2)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path2) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path2, keepScalar) {
        if (Collection.isEmptyPath(path2))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path2, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path2) {
        if (Collection.isEmptyPath(path2))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path2) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path2, value) {
        if (Collection.isEmptyPath(path2)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path2), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path2, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep2 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path2) => {
      let item = cst;
      for (const [field, index] of path2) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path2) => {
      const parent = visit2.itemAtPath(cst, path2.slice(0, -1));
      const field = path2[path2.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path2, item, visitor) {
      let ctrl = visitor(item, path2);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path2.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path2);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path2) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs3 = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs3, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs3);
              } else {
                Object.assign(it, { key: fs3, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs3 = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs3, sep: [] });
              else if (it.sep)
                this.stack.push(fs3);
              else
                Object.assign(it, { key: fs3, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log2 = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log2.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY2 = "";
    var SPACE2 = " ";
    var ESCAPE = "\\";
    var REGEX_TEST_BLANK_LINE = /^\s+$/;
    var REGEX_INVALID_TRAILING_BACKSLASH = /(?:[^\\]|^)\\$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var REGEX_TEST_INVALID_PATH = /^\.{0,2}\/|^\.{1,2}$/;
    var REGEX_TEST_TRAILING_SLASH = /\/$/;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var REGEX_REGEXP_RANGE = /([0-z])-([0-z])/g;
    var RETURN_FALSE = () => false;
    var sanitizeRange = (range) => range.replace(
      REGEX_REGEXP_RANGE,
      (match, from, to) => from.charCodeAt(0) <= to.charCodeAt(0) ? match : EMPTY2
    );
    var cleanRangeBackSlash = (slashes) => {
      const { length } = slashes;
      return slashes.slice(0, length - length % 2);
    };
    var REPLACERS = [
      [
        // Remove BOM
        // TODO:
        // Other similar zero-width characters?
        /^\uFEFF/,
        () => EMPTY2
      ],
      // > Trailing spaces are ignored unless they are quoted with backslash ("\")
      [
        // (a\ ) -> (a )
        // (a  ) -> (a)
        // (a ) -> (a)
        // (a \ ) -> (a  )
        /((?:\\\\)*?)(\\?\s+)$/,
        (_, m1, m2) => m1 + (m2.indexOf("\\") === 0 ? SPACE2 : EMPTY2)
      ],
      // Replace (\ ) with ' '
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        /(\\+?)\s/g,
        (_, m1) => {
          const { length } = m1;
          return m1.slice(0, length - length % 2) + SPACE2;
        }
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^"
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/"
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*\\\*\\\*\\\//,
        // '**/foo' <-> 'foo'
        () => "^(?:.*\\/)?"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        /^(?=[^^])/,
        function startingReplacer() {
          return !/\/(?!$)/.test(this) ? "(?:^|\\/)" : "^";
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? "(?:\\/[^\\/]+)*" : "\\/.+"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\]+)(\\\*)+(?=.+)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        (_, p1, p2) => {
          const unescaped = p2.replace(/\\\*/g, "[^\\/]*");
          return p1 + unescaped;
        }
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE
      ],
      [
        // > The range notation, e.g. [a-zA-Z],
        // > can be used to match one of the characters in a range.
        // `\` is escaped by step 3
        /(\\)?\[([^\]/]*?)(\\*)($|\])/g,
        (match, leadEscape, range, endEscape, close) => leadEscape === ESCAPE ? `\\[${range}${cleanRangeBackSlash(endEscape)}${close}` : close === "]" ? endEscape.length % 2 === 0 ? `[${sanitizeRange(range)}${endEscape}]` : "[]" : "[]"
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        /(?:[^*])$/,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (match) => /\/$/.test(match) ? `${match}$` : `${match}(?=$|\\/$)`
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\\\*$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var TRAILING_WILD_CARD_REPLACERS = {
      [MODE_IGNORE](_, p1) {
        const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
        return `${prefix}(?=$|\\/$)`;
      },
      [MODE_CHECK_IGNORE](_, p1) {
        const prefix = p1 ? `${p1}[^/]*` : "[^/]*";
        return `${prefix}(?=$|\\/$)`;
      }
    };
    var makeRegexPrefix = (pattern) => REPLACERS.reduce(
      (prev, [matcher, replacer]) => prev.replace(matcher, replacer.bind(pattern)),
      pattern
    );
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern) && !REGEX_TEST_BLANK_LINE.test(pattern) && !REGEX_INVALID_TRAILING_BACKSLASH.test(pattern) && pattern.indexOf("#") !== 0;
    var splitPattern = (pattern) => pattern.split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = this.regexPrefix.replace(
          REGEX_REPLACE_TRAILING_WILDCARD,
          // It does not need to bind pattern
          TRAILING_WILD_CARD_REPLACERS[mode]
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var createRule = ({
      pattern,
      mark
    }, ignoreCase) => {
      let negative = false;
      let body = pattern;
      if (body.indexOf("!") === 0) {
        negative = true;
        body = body.substr(1);
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
      }
      _add(pattern) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._added = true;
          return;
        }
        if (isString(pattern)) {
          pattern = {
            pattern
          };
        }
        if (checkPattern(pattern.pattern)) {
          const rule = createRule(pattern, this._ignoreCase);
          this._added = true;
          this._rules.push(rule);
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        makeArray(
          isString(pattern) ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        return this._added;
      }
      // Test one single path without recursively checking parent directories
      //
      // - checkUnignored `boolean` whether should check if the path is unignored,
      //   setting `checkUnignored` to `false` could reduce additional
      //   path matching.
      // - check `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult} true if a file is ignored
      test(path2, checkUnignored, mode) {
        let ignored = false;
        let unignored = false;
        let matchedRule;
        this._rules.forEach((rule) => {
          const { negative } = rule;
          if (unignored === negative && ignored !== unignored || negative && !ignored && !unignored && !checkUnignored) {
            return;
          }
          const matched = rule[mode].test(path2);
          if (!matched) {
            return;
          }
          ignored = !negative;
          unignored = negative;
          matchedRule = negative ? UNDEFINED : rule;
        });
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path2, originalPath, doThrow) => {
      if (!isString(path2)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path2) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path2)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path2) => REGEX_TEST_INVALID_PATH.test(path2);
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, checkUnignored, slices) {
        const path2 = originalPath && checkPath.convert(originalPath);
        checkPath(
          path2,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return this._t(path2, cache, checkUnignored, slices);
      }
      checkIgnore(path2) {
        if (!REGEX_TEST_TRAILING_SLASH.test(path2)) {
          return this.test(path2);
        }
        const slices = path2.split(SLASH).filter(Boolean);
        slices.pop();
        if (slices.length) {
          const parent = this._t(
            slices.join(SLASH) + SLASH,
            this._testCache,
            true,
            slices
          );
          if (parent.ignored) {
            return parent;
          }
        }
        return this._rules.test(path2, false, MODE_CHECK_IGNORE);
      }
      _t(path2, cache, checkUnignored, slices) {
        if (path2 in cache) {
          return cache[path2];
        }
        if (!slices) {
          slices = path2.split(SLASH).filter(Boolean);
        }
        slices.pop();
        if (!slices.length) {
          return cache[path2] = this._rules.test(path2, checkUnignored, MODE_IGNORE);
        }
        const parent = this._t(
          slices.join(SLASH) + SLASH,
          cache,
          checkUnignored,
          slices
        );
        return cache[path2] = parent.ignored ? parent : this._rules.test(path2, checkUnignored, MODE_IGNORE);
      }
      ignores(path2) {
        return this._test(path2, this._ignoreCache, false).ignored;
      }
      createFilter() {
        return (path2) => !this.ignores(path2);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path2) {
        return this._test(path2, this._testCache, true);
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path2) => checkPath(path2 && checkPath.convert(path2), path2, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path2) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path2) || isNotRelative(path2);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// node_modules/braces/lib/utils.js
var require_utils = __commonJS({
  "node_modules/braces/lib/utils.js"(exports) {
    "use strict";
    exports.isInteger = (num) => {
      if (typeof num === "number") {
        return Number.isInteger(num);
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isInteger(Number(num));
      }
      return false;
    };
    exports.find = (node, type) => node.nodes.find((node2) => node2.type === type);
    exports.exceedsLimit = (min, max, step = 1, limit) => {
      if (limit === false) return false;
      if (!exports.isInteger(min) || !exports.isInteger(max)) return false;
      return (Number(max) - Number(min)) / Number(step) >= limit;
    };
    exports.escapeNode = (block, n = 0, type) => {
      const node = block.nodes[n];
      if (!node) return;
      if (type && node.type === type || node.type === "open" || node.type === "close") {
        if (node.escaped !== true) {
          node.value = "\\" + node.value;
          node.escaped = true;
        }
      }
    };
    exports.encloseBrace = (node) => {
      if (node.type !== "brace") return false;
      if (node.commas >> 0 + node.ranges >> 0 === 0) {
        node.invalid = true;
        return true;
      }
      return false;
    };
    exports.isInvalidBrace = (block) => {
      if (block.type !== "brace") return false;
      if (block.invalid === true || block.dollar) return true;
      if (block.commas >> 0 + block.ranges >> 0 === 0) {
        block.invalid = true;
        return true;
      }
      if (block.open !== true || block.close !== true) {
        block.invalid = true;
        return true;
      }
      return false;
    };
    exports.isOpenOrClose = (node) => {
      if (node.type === "open" || node.type === "close") {
        return true;
      }
      return node.open === true || node.close === true;
    };
    exports.reduce = (nodes) => nodes.reduce((acc, node) => {
      if (node.type === "text") acc.push(node.value);
      if (node.type === "range") node.type = "text";
      return acc;
    }, []);
    exports.flatten = (...args) => {
      const result = [];
      const flat = (arr) => {
        for (let i = 0; i < arr.length; i++) {
          const ele = arr[i];
          if (Array.isArray(ele)) {
            flat(ele);
            continue;
          }
          if (ele !== void 0) {
            result.push(ele);
          }
        }
        return result;
      };
      flat(args);
      return result;
    };
  }
});

// node_modules/braces/lib/stringify.js
var require_stringify2 = __commonJS({
  "node_modules/braces/lib/stringify.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    module.exports = (ast, options = {}) => {
      const stringify = (node, parent = {}) => {
        const invalidBlock = options.escapeInvalid && utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        let output = "";
        if (node.value) {
          if ((invalidBlock || invalidNode) && utils.isOpenOrClose(node)) {
            return "\\" + node.value;
          }
          return node.value;
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes) {
          for (const child of node.nodes) {
            output += stringify(child);
          }
        }
        return output;
      };
      return stringify(ast);
    };
  }
});

// node_modules/is-number/index.js
var require_is_number = __commonJS({
  "node_modules/is-number/index.js"(exports, module) {
    "use strict";
    module.exports = function(num) {
      if (typeof num === "number") {
        return num - num === 0;
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isFinite ? Number.isFinite(+num) : isFinite(+num);
      }
      return false;
    };
  }
});

// node_modules/to-regex-range/index.js
var require_to_regex_range = __commonJS({
  "node_modules/to-regex-range/index.js"(exports, module) {
    "use strict";
    var isNumber = require_is_number();
    var toRegexRange = (min, max, options) => {
      if (isNumber(min) === false) {
        throw new TypeError("toRegexRange: expected the first argument to be a number");
      }
      if (max === void 0 || min === max) {
        return String(min);
      }
      if (isNumber(max) === false) {
        throw new TypeError("toRegexRange: expected the second argument to be a number.");
      }
      let opts = { relaxZeros: true, ...options };
      if (typeof opts.strictZeros === "boolean") {
        opts.relaxZeros = opts.strictZeros === false;
      }
      let relax = String(opts.relaxZeros);
      let shorthand = String(opts.shorthand);
      let capture = String(opts.capture);
      let wrap = String(opts.wrap);
      let cacheKey = min + ":" + max + "=" + relax + shorthand + capture + wrap;
      if (toRegexRange.cache.hasOwnProperty(cacheKey)) {
        return toRegexRange.cache[cacheKey].result;
      }
      let a = Math.min(min, max);
      let b = Math.max(min, max);
      if (Math.abs(a - b) === 1) {
        let result = min + "|" + max;
        if (opts.capture) {
          return `(${result})`;
        }
        if (opts.wrap === false) {
          return result;
        }
        return `(?:${result})`;
      }
      let isPadded = hasPadding(min) || hasPadding(max);
      let state = { min, max, a, b };
      let positives = [];
      let negatives = [];
      if (isPadded) {
        state.isPadded = isPadded;
        state.maxLen = String(state.max).length;
      }
      if (a < 0) {
        let newMin = b < 0 ? Math.abs(b) : 1;
        negatives = splitToPatterns(newMin, Math.abs(a), state, opts);
        a = state.a = 0;
      }
      if (b >= 0) {
        positives = splitToPatterns(a, b, state, opts);
      }
      state.negatives = negatives;
      state.positives = positives;
      state.result = collatePatterns(negatives, positives, opts);
      if (opts.capture === true) {
        state.result = `(${state.result})`;
      } else if (opts.wrap !== false && positives.length + negatives.length > 1) {
        state.result = `(?:${state.result})`;
      }
      toRegexRange.cache[cacheKey] = state;
      return state.result;
    };
    function collatePatterns(neg, pos, options) {
      let onlyNegative = filterPatterns(neg, pos, "-", false, options) || [];
      let onlyPositive = filterPatterns(pos, neg, "", false, options) || [];
      let intersected = filterPatterns(neg, pos, "-?", true, options) || [];
      let subpatterns = onlyNegative.concat(intersected).concat(onlyPositive);
      return subpatterns.join("|");
    }
    function splitToRanges(min, max) {
      let nines = 1;
      let zeros = 1;
      let stop = countNines(min, nines);
      let stops = /* @__PURE__ */ new Set([max]);
      while (min <= stop && stop <= max) {
        stops.add(stop);
        nines += 1;
        stop = countNines(min, nines);
      }
      stop = countZeros(max + 1, zeros) - 1;
      while (min < stop && stop <= max) {
        stops.add(stop);
        zeros += 1;
        stop = countZeros(max + 1, zeros) - 1;
      }
      stops = [...stops];
      stops.sort(compare);
      return stops;
    }
    function rangeToPattern(start, stop, options) {
      if (start === stop) {
        return { pattern: start, count: [], digits: 0 };
      }
      let zipped = zip(start, stop);
      let digits = zipped.length;
      let pattern = "";
      let count = 0;
      for (let i = 0; i < digits; i++) {
        let [startDigit, stopDigit] = zipped[i];
        if (startDigit === stopDigit) {
          pattern += startDigit;
        } else if (startDigit !== "0" || stopDigit !== "9") {
          pattern += toCharacterClass(startDigit, stopDigit, options);
        } else {
          count++;
        }
      }
      if (count) {
        pattern += options.shorthand === true ? "\\d" : "[0-9]";
      }
      return { pattern, count: [count], digits };
    }
    function splitToPatterns(min, max, tok, options) {
      let ranges = splitToRanges(min, max);
      let tokens = [];
      let start = min;
      let prev;
      for (let i = 0; i < ranges.length; i++) {
        let max2 = ranges[i];
        let obj = rangeToPattern(String(start), String(max2), options);
        let zeros = "";
        if (!tok.isPadded && prev && prev.pattern === obj.pattern) {
          if (prev.count.length > 1) {
            prev.count.pop();
          }
          prev.count.push(obj.count[0]);
          prev.string = prev.pattern + toQuantifier(prev.count);
          start = max2 + 1;
          continue;
        }
        if (tok.isPadded) {
          zeros = padZeros(max2, tok, options);
        }
        obj.string = zeros + obj.pattern + toQuantifier(obj.count);
        tokens.push(obj);
        start = max2 + 1;
        prev = obj;
      }
      return tokens;
    }
    function filterPatterns(arr, comparison, prefix, intersection, options) {
      let result = [];
      for (let ele of arr) {
        let { string } = ele;
        if (!intersection && !contains(comparison, "string", string)) {
          result.push(prefix + string);
        }
        if (intersection && contains(comparison, "string", string)) {
          result.push(prefix + string);
        }
      }
      return result;
    }
    function zip(a, b) {
      let arr = [];
      for (let i = 0; i < a.length; i++) arr.push([a[i], b[i]]);
      return arr;
    }
    function compare(a, b) {
      return a > b ? 1 : b > a ? -1 : 0;
    }
    function contains(arr, key, val) {
      return arr.some((ele) => ele[key] === val);
    }
    function countNines(min, len) {
      return Number(String(min).slice(0, -len) + "9".repeat(len));
    }
    function countZeros(integer, zeros) {
      return integer - integer % Math.pow(10, zeros);
    }
    function toQuantifier(digits) {
      let [start = 0, stop = ""] = digits;
      if (stop || start > 1) {
        return `{${start + (stop ? "," + stop : "")}}`;
      }
      return "";
    }
    function toCharacterClass(a, b, options) {
      return `[${a}${b - a === 1 ? "" : "-"}${b}]`;
    }
    function hasPadding(str) {
      return /^-?(0+)\d/.test(str);
    }
    function padZeros(value, tok, options) {
      if (!tok.isPadded) {
        return value;
      }
      let diff = Math.abs(tok.maxLen - String(value).length);
      let relax = options.relaxZeros !== false;
      switch (diff) {
        case 0:
          return "";
        case 1:
          return relax ? "0?" : "0";
        case 2:
          return relax ? "0{0,2}" : "00";
        default: {
          return relax ? `0{0,${diff}}` : `0{${diff}}`;
        }
      }
    }
    toRegexRange.cache = {};
    toRegexRange.clearCache = () => toRegexRange.cache = {};
    module.exports = toRegexRange;
  }
});

// node_modules/fill-range/index.js
var require_fill_range = __commonJS({
  "node_modules/fill-range/index.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var toRegexRange = require_to_regex_range();
    var isObject2 = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    var transform = (toNumber) => {
      return (value) => toNumber === true ? Number(value) : String(value);
    };
    var isValidValue = (value) => {
      return typeof value === "number" || typeof value === "string" && value !== "";
    };
    var isNumber = (num) => Number.isInteger(+num);
    var zeros = (input) => {
      let value = `${input}`;
      let index = -1;
      if (value[0] === "-") value = value.slice(1);
      if (value === "0") return false;
      while (value[++index] === "0") ;
      return index > 0;
    };
    var stringify = (start, end, options) => {
      if (typeof start === "string" || typeof end === "string") {
        return true;
      }
      return options.stringify === true;
    };
    var pad = (input, maxLength, toNumber) => {
      if (maxLength > 0) {
        let dash = input[0] === "-" ? "-" : "";
        if (dash) input = input.slice(1);
        input = dash + input.padStart(dash ? maxLength - 1 : maxLength, "0");
      }
      if (toNumber === false) {
        return String(input);
      }
      return input;
    };
    var toMaxLen = (input, maxLength) => {
      let negative = input[0] === "-" ? "-" : "";
      if (negative) {
        input = input.slice(1);
        maxLength--;
      }
      while (input.length < maxLength) input = "0" + input;
      return negative ? "-" + input : input;
    };
    var toSequence = (parts, options, maxLen) => {
      parts.negatives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      parts.positives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      let prefix = options.capture ? "" : "?:";
      let positives = "";
      let negatives = "";
      let result;
      if (parts.positives.length) {
        positives = parts.positives.map((v) => toMaxLen(String(v), maxLen)).join("|");
      }
      if (parts.negatives.length) {
        negatives = `-(${prefix}${parts.negatives.map((v) => toMaxLen(String(v), maxLen)).join("|")})`;
      }
      if (positives && negatives) {
        result = `${positives}|${negatives}`;
      } else {
        result = positives || negatives;
      }
      if (options.wrap) {
        return `(${prefix}${result})`;
      }
      return result;
    };
    var toRange = (a, b, isNumbers, options) => {
      if (isNumbers) {
        return toRegexRange(a, b, { wrap: false, ...options });
      }
      let start = String.fromCharCode(a);
      if (a === b) return start;
      let stop = String.fromCharCode(b);
      return `[${start}-${stop}]`;
    };
    var toRegex = (start, end, options) => {
      if (Array.isArray(start)) {
        let wrap = options.wrap === true;
        let prefix = options.capture ? "" : "?:";
        return wrap ? `(${prefix}${start.join("|")})` : start.join("|");
      }
      return toRegexRange(start, end, options);
    };
    var rangeError = (...args) => {
      return new RangeError("Invalid range arguments: " + util.inspect(...args));
    };
    var invalidRange = (start, end, options) => {
      if (options.strictRanges === true) throw rangeError([start, end]);
      return [];
    };
    var invalidStep = (step, options) => {
      if (options.strictRanges === true) {
        throw new TypeError(`Expected step "${step}" to be a number`);
      }
      return [];
    };
    var fillNumbers = (start, end, step = 1, options = {}) => {
      let a = Number(start);
      let b = Number(end);
      if (!Number.isInteger(a) || !Number.isInteger(b)) {
        if (options.strictRanges === true) throw rangeError([start, end]);
        return [];
      }
      if (a === 0) a = 0;
      if (b === 0) b = 0;
      let descending = a > b;
      let startString = String(start);
      let endString = String(end);
      let stepString = String(step);
      step = Math.max(Math.abs(step), 1);
      let padded = zeros(startString) || zeros(endString) || zeros(stepString);
      let maxLen = padded ? Math.max(startString.length, endString.length, stepString.length) : 0;
      let toNumber = padded === false && stringify(start, end, options) === false;
      let format = options.transform || transform(toNumber);
      if (options.toRegex && step === 1) {
        return toRange(toMaxLen(start, maxLen), toMaxLen(end, maxLen), true, options);
      }
      let parts = { negatives: [], positives: [] };
      let push = (num) => parts[num < 0 ? "negatives" : "positives"].push(Math.abs(num));
      let range = [];
      let index = 0;
      while (descending ? a >= b : a <= b) {
        if (options.toRegex === true && step > 1) {
          push(a);
        } else {
          range.push(pad(format(a, index), maxLen, toNumber));
        }
        a = descending ? a - step : a + step;
        index++;
      }
      if (options.toRegex === true) {
        return step > 1 ? toSequence(parts, options, maxLen) : toRegex(range, null, { wrap: false, ...options });
      }
      return range;
    };
    var fillLetters = (start, end, step = 1, options = {}) => {
      if (!isNumber(start) && start.length > 1 || !isNumber(end) && end.length > 1) {
        return invalidRange(start, end, options);
      }
      let format = options.transform || ((val) => String.fromCharCode(val));
      let a = `${start}`.charCodeAt(0);
      let b = `${end}`.charCodeAt(0);
      let descending = a > b;
      let min = Math.min(a, b);
      let max = Math.max(a, b);
      if (options.toRegex && step === 1) {
        return toRange(min, max, false, options);
      }
      let range = [];
      let index = 0;
      while (descending ? a >= b : a <= b) {
        range.push(format(a, index));
        a = descending ? a - step : a + step;
        index++;
      }
      if (options.toRegex === true) {
        return toRegex(range, null, { wrap: false, options });
      }
      return range;
    };
    var fill = (start, end, step, options = {}) => {
      if (end == null && isValidValue(start)) {
        return [start];
      }
      if (!isValidValue(start) || !isValidValue(end)) {
        return invalidRange(start, end, options);
      }
      if (typeof step === "function") {
        return fill(start, end, 1, { transform: step });
      }
      if (isObject2(step)) {
        return fill(start, end, 0, step);
      }
      let opts = { ...options };
      if (opts.capture === true) opts.wrap = true;
      step = step || opts.step || 1;
      if (!isNumber(step)) {
        if (step != null && !isObject2(step)) return invalidStep(step, opts);
        return fill(start, end, 1, step);
      }
      if (isNumber(start) && isNumber(end)) {
        return fillNumbers(start, end, step, opts);
      }
      return fillLetters(start, end, Math.max(Math.abs(step), 1), opts);
    };
    module.exports = fill;
  }
});

// node_modules/braces/lib/compile.js
var require_compile = __commonJS({
  "node_modules/braces/lib/compile.js"(exports, module) {
    "use strict";
    var fill = require_fill_range();
    var utils = require_utils();
    var compile = (ast, options = {}) => {
      const walk = (node, parent = {}) => {
        const invalidBlock = utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        const invalid = invalidBlock === true || invalidNode === true;
        const prefix = options.escapeInvalid === true ? "\\" : "";
        let output = "";
        if (node.isOpen === true) {
          return prefix + node.value;
        }
        if (node.isClose === true) {
          console.log("node.isClose", prefix, node.value);
          return prefix + node.value;
        }
        if (node.type === "open") {
          return invalid ? prefix + node.value : "(";
        }
        if (node.type === "close") {
          return invalid ? prefix + node.value : ")";
        }
        if (node.type === "comma") {
          return node.prev.type === "comma" ? "" : invalid ? node.value : "|";
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          const range = fill(...args, { ...options, wrap: false, toRegex: true, strictZeros: true });
          if (range.length !== 0) {
            return args.length > 1 && range.length > 1 ? `(${range})` : range;
          }
        }
        if (node.nodes) {
          for (const child of node.nodes) {
            output += walk(child, node);
          }
        }
        return output;
      };
      return walk(ast);
    };
    module.exports = compile;
  }
});

// node_modules/braces/lib/expand.js
var require_expand = __commonJS({
  "node_modules/braces/lib/expand.js"(exports, module) {
    "use strict";
    var fill = require_fill_range();
    var stringify = require_stringify2();
    var utils = require_utils();
    var append = (queue = "", stash = "", enclose = false) => {
      const result = [];
      queue = [].concat(queue);
      stash = [].concat(stash);
      if (!stash.length) return queue;
      if (!queue.length) {
        return enclose ? utils.flatten(stash).map((ele) => `{${ele}}`) : stash;
      }
      for (const item of queue) {
        if (Array.isArray(item)) {
          for (const value of item) {
            result.push(append(value, stash, enclose));
          }
        } else {
          for (let ele of stash) {
            if (enclose === true && typeof ele === "string") ele = `{${ele}}`;
            result.push(Array.isArray(ele) ? append(item, ele, enclose) : item + ele);
          }
        }
      }
      return utils.flatten(result);
    };
    var expand = (ast, options = {}) => {
      const rangeLimit = options.rangeLimit === void 0 ? 1e3 : options.rangeLimit;
      const walk = (node, parent = {}) => {
        node.queue = [];
        let p = parent;
        let q = parent.queue;
        while (p.type !== "brace" && p.type !== "root" && p.parent) {
          p = p.parent;
          q = p.queue;
        }
        if (node.invalid || node.dollar) {
          q.push(append(q.pop(), stringify(node, options)));
          return;
        }
        if (node.type === "brace" && node.invalid !== true && node.nodes.length === 2) {
          q.push(append(q.pop(), ["{}"]));
          return;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          if (utils.exceedsLimit(...args, options.step, rangeLimit)) {
            throw new RangeError("expanded array length exceeds range limit. Use options.rangeLimit to increase or disable the limit.");
          }
          let range = fill(...args, options);
          if (range.length === 0) {
            range = stringify(node, options);
          }
          q.push(append(q.pop(), range));
          node.nodes = [];
          return;
        }
        const enclose = utils.encloseBrace(node);
        let queue = node.queue;
        let block = node;
        while (block.type !== "brace" && block.type !== "root" && block.parent) {
          block = block.parent;
          queue = block.queue;
        }
        for (let i = 0; i < node.nodes.length; i++) {
          const child = node.nodes[i];
          if (child.type === "comma" && node.type === "brace") {
            if (i === 1) queue.push("");
            queue.push("");
            continue;
          }
          if (child.type === "close") {
            q.push(append(q.pop(), queue, enclose));
            continue;
          }
          if (child.value && child.type !== "open") {
            queue.push(append(queue.pop(), child.value));
            continue;
          }
          if (child.nodes) {
            walk(child, node);
          }
        }
        return queue;
      };
      return utils.flatten(walk(ast));
    };
    module.exports = expand;
  }
});

// node_modules/braces/lib/constants.js
var require_constants = __commonJS({
  "node_modules/braces/lib/constants.js"(exports, module) {
    "use strict";
    module.exports = {
      MAX_LENGTH: 1e4,
      // Digits
      CHAR_0: "0",
      /* 0 */
      CHAR_9: "9",
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: "A",
      /* A */
      CHAR_LOWERCASE_A: "a",
      /* a */
      CHAR_UPPERCASE_Z: "Z",
      /* Z */
      CHAR_LOWERCASE_Z: "z",
      /* z */
      CHAR_LEFT_PARENTHESES: "(",
      /* ( */
      CHAR_RIGHT_PARENTHESES: ")",
      /* ) */
      CHAR_ASTERISK: "*",
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: "&",
      /* & */
      CHAR_AT: "@",
      /* @ */
      CHAR_BACKSLASH: "\\",
      /* \ */
      CHAR_BACKTICK: "`",
      /* ` */
      CHAR_CARRIAGE_RETURN: "\r",
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: "^",
      /* ^ */
      CHAR_COLON: ":",
      /* : */
      CHAR_COMMA: ",",
      /* , */
      CHAR_DOLLAR: "$",
      /* . */
      CHAR_DOT: ".",
      /* . */
      CHAR_DOUBLE_QUOTE: '"',
      /* " */
      CHAR_EQUAL: "=",
      /* = */
      CHAR_EXCLAMATION_MARK: "!",
      /* ! */
      CHAR_FORM_FEED: "\f",
      /* \f */
      CHAR_FORWARD_SLASH: "/",
      /* / */
      CHAR_HASH: "#",
      /* # */
      CHAR_HYPHEN_MINUS: "-",
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: "<",
      /* < */
      CHAR_LEFT_CURLY_BRACE: "{",
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: "[",
      /* [ */
      CHAR_LINE_FEED: "\n",
      /* \n */
      CHAR_NO_BREAK_SPACE: "\xA0",
      /* \u00A0 */
      CHAR_PERCENT: "%",
      /* % */
      CHAR_PLUS: "+",
      /* + */
      CHAR_QUESTION_MARK: "?",
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: ">",
      /* > */
      CHAR_RIGHT_CURLY_BRACE: "}",
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: "]",
      /* ] */
      CHAR_SEMICOLON: ";",
      /* ; */
      CHAR_SINGLE_QUOTE: "'",
      /* ' */
      CHAR_SPACE: " ",
      /*   */
      CHAR_TAB: "	",
      /* \t */
      CHAR_UNDERSCORE: "_",
      /* _ */
      CHAR_VERTICAL_LINE: "|",
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: "\uFEFF"
      /* \uFEFF */
    };
  }
});

// node_modules/braces/lib/parse.js
var require_parse = __commonJS({
  "node_modules/braces/lib/parse.js"(exports, module) {
    "use strict";
    var stringify = require_stringify2();
    var {
      MAX_LENGTH,
      CHAR_BACKSLASH,
      /* \ */
      CHAR_BACKTICK,
      /* ` */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_RIGHT_SQUARE_BRACKET,
      /* ] */
      CHAR_DOUBLE_QUOTE,
      /* " */
      CHAR_SINGLE_QUOTE,
      /* ' */
      CHAR_NO_BREAK_SPACE,
      CHAR_ZERO_WIDTH_NOBREAK_SPACE
    } = require_constants();
    var parse = (input, options = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      const opts = options || {};
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      if (input.length > max) {
        throw new SyntaxError(`Input length (${input.length}), exceeds max characters (${max})`);
      }
      const ast = { type: "root", input, nodes: [] };
      const stack = [ast];
      let block = ast;
      let prev = ast;
      let brackets = 0;
      const length = input.length;
      let index = 0;
      let depth = 0;
      let value;
      const advance = () => input[index++];
      const push = (node) => {
        if (node.type === "text" && prev.type === "dot") {
          prev.type = "text";
        }
        if (prev && prev.type === "text" && node.type === "text") {
          prev.value += node.value;
          return;
        }
        block.nodes.push(node);
        node.parent = block;
        node.prev = prev;
        prev = node;
        return node;
      };
      push({ type: "bos" });
      while (index < length) {
        block = stack[stack.length - 1];
        value = advance();
        if (value === CHAR_ZERO_WIDTH_NOBREAK_SPACE || value === CHAR_NO_BREAK_SPACE) {
          continue;
        }
        if (value === CHAR_BACKSLASH) {
          push({ type: "text", value: (options.keepEscaping ? value : "") + advance() });
          continue;
        }
        if (value === CHAR_RIGHT_SQUARE_BRACKET) {
          push({ type: "text", value: "\\" + value });
          continue;
        }
        if (value === CHAR_LEFT_SQUARE_BRACKET) {
          brackets++;
          let next;
          while (index < length && (next = advance())) {
            value += next;
            if (next === CHAR_LEFT_SQUARE_BRACKET) {
              brackets++;
              continue;
            }
            if (next === CHAR_BACKSLASH) {
              value += advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              brackets--;
              if (brackets === 0) {
                break;
              }
            }
          }
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_PARENTHESES) {
          block = push({ type: "paren", nodes: [] });
          stack.push(block);
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_RIGHT_PARENTHESES) {
          if (block.type !== "paren") {
            push({ type: "text", value });
            continue;
          }
          block = stack.pop();
          push({ type: "text", value });
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_DOUBLE_QUOTE || value === CHAR_SINGLE_QUOTE || value === CHAR_BACKTICK) {
          const open = value;
          let next;
          if (options.keepQuotes !== true) {
            value = "";
          }
          while (index < length && (next = advance())) {
            if (next === CHAR_BACKSLASH) {
              value += next + advance();
              continue;
            }
            if (next === open) {
              if (options.keepQuotes === true) value += next;
              break;
            }
            value += next;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_CURLY_BRACE) {
          depth++;
          const dollar = prev.value && prev.value.slice(-1) === "$" || block.dollar === true;
          const brace = {
            type: "brace",
            open: true,
            close: false,
            dollar,
            depth,
            commas: 0,
            ranges: 0,
            nodes: []
          };
          block = push(brace);
          stack.push(block);
          push({ type: "open", value });
          continue;
        }
        if (value === CHAR_RIGHT_CURLY_BRACE) {
          if (block.type !== "brace") {
            push({ type: "text", value });
            continue;
          }
          const type = "close";
          block = stack.pop();
          block.close = true;
          push({ type, value });
          depth--;
          block = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_COMMA && depth > 0) {
          if (block.ranges > 0) {
            block.ranges = 0;
            const open = block.nodes.shift();
            block.nodes = [open, { type: "text", value: stringify(block) }];
          }
          push({ type: "comma", value });
          block.commas++;
          continue;
        }
        if (value === CHAR_DOT && depth > 0 && block.commas === 0) {
          const siblings = block.nodes;
          if (depth === 0 || siblings.length === 0) {
            push({ type: "text", value });
            continue;
          }
          if (prev.type === "dot") {
            block.range = [];
            prev.value += value;
            prev.type = "range";
            if (block.nodes.length !== 3 && block.nodes.length !== 5) {
              block.invalid = true;
              block.ranges = 0;
              prev.type = "text";
              continue;
            }
            block.ranges++;
            block.args = [];
            continue;
          }
          if (prev.type === "range") {
            siblings.pop();
            const before = siblings[siblings.length - 1];
            before.value += prev.value + value;
            prev = before;
            block.ranges--;
            continue;
          }
          push({ type: "dot", value });
          continue;
        }
        push({ type: "text", value });
      }
      do {
        block = stack.pop();
        if (block.type !== "root") {
          block.nodes.forEach((node) => {
            if (!node.nodes) {
              if (node.type === "open") node.isOpen = true;
              if (node.type === "close") node.isClose = true;
              if (!node.nodes) node.type = "text";
              node.invalid = true;
            }
          });
          const parent = stack[stack.length - 1];
          const index2 = parent.nodes.indexOf(block);
          parent.nodes.splice(index2, 1, ...block.nodes);
        }
      } while (stack.length > 0);
      push({ type: "eos" });
      return ast;
    };
    module.exports = parse;
  }
});

// node_modules/braces/index.js
var require_braces = __commonJS({
  "node_modules/braces/index.js"(exports, module) {
    "use strict";
    var stringify = require_stringify2();
    var compile = require_compile();
    var expand = require_expand();
    var parse = require_parse();
    var braces = (input, options = {}) => {
      let output = [];
      if (Array.isArray(input)) {
        for (const pattern of input) {
          const result = braces.create(pattern, options);
          if (Array.isArray(result)) {
            output.push(...result);
          } else {
            output.push(result);
          }
        }
      } else {
        output = [].concat(braces.create(input, options));
      }
      if (options && options.expand === true && options.nodupes === true) {
        output = [...new Set(output)];
      }
      return output;
    };
    braces.parse = (input, options = {}) => parse(input, options);
    braces.stringify = (input, options = {}) => {
      if (typeof input === "string") {
        return stringify(braces.parse(input, options), options);
      }
      return stringify(input, options);
    };
    braces.compile = (input, options = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options);
      }
      return compile(input, options);
    };
    braces.expand = (input, options = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options);
      }
      let result = expand(input, options);
      if (options.noempty === true) {
        result = result.filter(Boolean);
      }
      if (options.nodupes === true) {
        result = [...new Set(result)];
      }
      return result;
    };
    braces.create = (input, options = {}) => {
      if (input === "" || input.length < 3) {
        return [input];
      }
      return options.expand !== true ? braces.compile(input, options) : braces.expand(input, options);
    };
    module.exports = braces;
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants2 = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var path2 = __require("path");
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      SEP: path2.sep,
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils2 = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var path2 = __require("path");
    var win32 = process.platform === "win32";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants2();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.supportsLookbehinds = () => {
      const segs = process.version.slice(1).split(".").map(Number);
      if (segs.length === 3 && segs[0] >= 9 || segs[0] === 8 && segs[1] >= 10) {
        return true;
      }
      return false;
    };
    exports.isWindows = (options) => {
      if (options && typeof options.windows === "boolean") {
        return options.windows;
      }
      return win32 === true || path2.sep === "\\";
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils2();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants2();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  code = advance();
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES) {
                  isGlob = token.isGlob = true;
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_LEFT_PARENTHESES) {
                backslashes = token.backslashes = true;
                code = advance();
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n = prevIndex ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value = input.slice(n, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (idx !== 0 || value !== "") {
            parts.push(value);
          }
          prevIndex = i;
        }
        if (prevIndex && prevIndex + 1 < input.length) {
          const value = input.slice(prevIndex + 1);
          parts.push(value);
          if (opts.tokens) {
            tokens[tokens.length - 1].value = value;
            depth(tokens[tokens.length - 1]);
            state.maxDepth += tokens[tokens.length - 1].depth;
          }
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse2 = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants2 = require_constants2();
    var utils = require_utils2();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants2;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var getStarExtglobSequenceOutput = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants2.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      for (const branch of branches) {
        const safeOutput = getStarExtglobSequenceOutput(branch);
        if (safeOutput) {
          return { risky: true, safeOutput };
        }
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const win32 = utils.isWindows(options);
      const PLATFORM_CHARS = constants2.globChars(win32);
      const EXTGLOB_CHARS = constants2.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.value += tok.value;
          prev.output = (prev.output || "") + tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (next === "<" && !utils.supportsLookbehinds()) {
              throw new Error("Node.js v10 or higher is required for regex lookbehinds");
            }
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && eos()) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const win32 = utils.isWindows(options);
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants2.globChars(win32);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var path2 = __require("path");
    var scan = require_scan();
    var parse = require_parse2();
    var utils = require_utils2();
    var constants2 = require_constants2();
    var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject2(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = utils.isWindows(options);
      const regex = isState ? picomatch.compileRe(glob, options) : picomatch.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored2 = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored2 = picomatch(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix: posix2 });
        const result = { glob, state, regex, posix: posix2, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored2(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch.test = (input, regex, options, { glob, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch.matchBase(input, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch.matchBase = (input, glob, options, posix2 = utils.isWindows(options)) => {
      const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
      return regex.test(path2.basename(input));
    };
    picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);
    picomatch.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch.scan = (input, options) => scan(input, options);
    picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch.constants = constants2;
    module.exports = picomatch;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    module.exports = require_picomatch();
  }
});

// node_modules/micromatch/index.js
var require_micromatch = __commonJS({
  "node_modules/micromatch/index.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var braces = require_braces();
    var picomatch = require_picomatch2();
    var utils = require_utils2();
    var isEmptyString = (v) => v === "" || v === "./";
    var hasBraces = (v) => {
      const index = v.indexOf("{");
      return index > -1 && v.indexOf("}", index) > -1;
    };
    var micromatch2 = (list, patterns, options) => {
      patterns = [].concat(patterns);
      list = [].concat(list);
      let omit = /* @__PURE__ */ new Set();
      let keep = /* @__PURE__ */ new Set();
      let items = /* @__PURE__ */ new Set();
      let negatives = 0;
      let onResult = (state) => {
        items.add(state.output);
        if (options && options.onResult) {
          options.onResult(state);
        }
      };
      for (let i = 0; i < patterns.length; i++) {
        let isMatch = picomatch(String(patterns[i]), { ...options, onResult }, true);
        let negated = isMatch.state.negated || isMatch.state.negatedExtglob;
        if (negated) negatives++;
        for (let item of list) {
          let matched = isMatch(item, true);
          let match = negated ? !matched.isMatch : matched.isMatch;
          if (!match) continue;
          if (negated) {
            omit.add(matched.output);
          } else {
            omit.delete(matched.output);
            keep.add(matched.output);
          }
        }
      }
      let result = negatives === patterns.length ? [...items] : [...keep];
      let matches = result.filter((item) => !omit.has(item));
      if (options && matches.length === 0) {
        if (options.failglob === true) {
          throw new Error(`No matches found for "${patterns.join(", ")}"`);
        }
        if (options.nonull === true || options.nullglob === true) {
          return options.unescape ? patterns.map((p) => p.replace(/\\/g, "")) : patterns;
        }
      }
      return matches;
    };
    micromatch2.match = micromatch2;
    micromatch2.matcher = (pattern, options) => picomatch(pattern, options);
    micromatch2.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);
    micromatch2.any = micromatch2.isMatch;
    micromatch2.not = (list, patterns, options = {}) => {
      patterns = [].concat(patterns).map(String);
      let result = /* @__PURE__ */ new Set();
      let items = [];
      let onResult = (state) => {
        if (options.onResult) options.onResult(state);
        items.push(state.output);
      };
      let matches = new Set(micromatch2(list, patterns, { ...options, onResult }));
      for (let item of items) {
        if (!matches.has(item)) {
          result.add(item);
        }
      }
      return [...result];
    };
    micromatch2.contains = (str, pattern, options) => {
      if (typeof str !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
      }
      if (Array.isArray(pattern)) {
        return pattern.some((p) => micromatch2.contains(str, p, options));
      }
      if (typeof pattern === "string") {
        if (isEmptyString(str) || isEmptyString(pattern)) {
          return false;
        }
        if (str.includes(pattern) || str.startsWith("./") && str.slice(2).includes(pattern)) {
          return true;
        }
      }
      return micromatch2.isMatch(str, pattern, { ...options, contains: true });
    };
    micromatch2.matchKeys = (obj, patterns, options) => {
      if (!utils.isObject(obj)) {
        throw new TypeError("Expected the first argument to be an object");
      }
      let keys = micromatch2(Object.keys(obj), patterns, options);
      let res = {};
      for (let key of keys) res[key] = obj[key];
      return res;
    };
    micromatch2.some = (list, patterns, options) => {
      let items = [].concat(list);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch(String(pattern), options);
        if (items.some((item) => isMatch(item))) {
          return true;
        }
      }
      return false;
    };
    micromatch2.every = (list, patterns, options) => {
      let items = [].concat(list);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch(String(pattern), options);
        if (!items.every((item) => isMatch(item))) {
          return false;
        }
      }
      return true;
    };
    micromatch2.all = (str, patterns, options) => {
      if (typeof str !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
      }
      return [].concat(patterns).every((p) => picomatch(p, options)(str));
    };
    micromatch2.capture = (glob, input, options) => {
      let posix2 = utils.isWindows(options);
      let regex = picomatch.makeRe(String(glob), { ...options, capture: true });
      let match = regex.exec(posix2 ? utils.toPosixSlashes(input) : input);
      if (match) {
        return match.slice(1).map((v) => v === void 0 ? "" : v);
      }
    };
    micromatch2.makeRe = (...args) => picomatch.makeRe(...args);
    micromatch2.scan = (...args) => picomatch.scan(...args);
    micromatch2.parse = (patterns, options) => {
      let res = [];
      for (let pattern of [].concat(patterns || [])) {
        for (let str of braces(String(pattern), options)) {
          res.push(picomatch.parse(str, options));
        }
      }
      return res;
    };
    micromatch2.braces = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      if (options && options.nobrace === true || !hasBraces(pattern)) {
        return [pattern];
      }
      return braces(pattern, options);
    };
    micromatch2.braceExpand = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      return micromatch2.braces(pattern, { ...options, expand: true });
    };
    micromatch2.hasBraces = hasBraces;
    module.exports = micromatch2;
  }
});

// src/scan/scan-worker.ts
import { readFileSync as readFileSync5 } from "node:fs";

// src/read/read-blob.ts
import * as fs from "node:fs";

// src/model/size.ts
function formatSize(n) {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MiB`;
  return `${(n / 1024 ** 3).toFixed(2)} GiB`;
}
function tooLargeDetail(size, max) {
  return `${formatSize(size)} (${size} bytes), over the limit of ${formatSize(max)} (raise --max-file-size to scan it)`;
}
var SIZE_UNITS = {
  "": 1n,
  b: 1n,
  kb: 1000n,
  kib: 1024n,
  mb: 1000n ** 2n,
  mib: 1024n ** 2n,
  gb: 1000n ** 3n,
  gib: 1024n ** 3n
};

// src/model/skip.ts
function tooLargeSkip(path2, size, max) {
  return { path: path2, reason: "too-large", detail: tooLargeDetail(size, max) };
}

// src/model/text.ts
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
function lineIndexAt(lineStarts, offset) {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >>> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
function positionAt(lineStarts, offset) {
  const lo = lineIndexAt(lineStarts, offset);
  return { line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1 };
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
  if (bytes.subarray(0, n).indexOf(0) === -1) return void 0;
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
var CONTROL = new Uint8Array(256);
for (let b = 1; b < 32; b++) CONTROL[b] = b === 9 || b === 10 || b === 11 || b === 12 || b === 13 || b === 27 ? 0 : 1;
function binaryReason(bytes, window = 8192) {
  const n = Math.min(bytes.length, window);
  const head = bytes.subarray(0, n);
  const nul = head.indexOf(0);
  if (nul !== -1) return `NUL byte at offset ${nul}`;
  let control = 0;
  for (let i = 0; i < n; i++) control += CONTROL[head[i]];
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

// src/read/read-chunks.ts
var CHUNK_THRESHOLD = 8 * 1024 * 1024;
var CHUNK_SIZE = 4 * 1024 * 1024;
function chunkedFile(path2, size, encoding, bom, readAt, close, opts) {
  const chunkSize = Math.max(16, opts.chunkSize ?? CHUNK_SIZE);
  const overlap2 = Math.max(0, opts.overlap);
  return {
    chunked: true,
    path: path2,
    bytes: size,
    encoding,
    *chunks() {
      try {
        yield* views(path2, size, encoding, bom, readAt, chunkSize, overlap2);
      } finally {
        close();
      }
    }
  };
}
function* views(path2, size, encoding, bom, readAt, chunkSize, overlap2) {
  const decoder = new TextDecoder(encoding === "utf-8" ? "utf-8" : "utf-16le", { fatal: false, ignoreBOM: true });
  const piece = Buffer.allocUnsafe(chunkSize + 4);
  let kept2 = 0;
  let position = bom;
  let eof = position >= size;
  let parts = [];
  let length = 0;
  let offset = 0;
  let lineBase = 0;
  let columnBase = 0;
  let ownStart = 0;
  const readMore = (want) => {
    const bytesWanted = Math.max(encoding === "utf-8" ? want : 2 * want, 4096);
    const n = position < size ? readAt(piece.subarray(kept2), Math.min(chunkSize, size - position, bytesWanted), position) : 0;
    if (n === 0) eof = true;
    position += n;
    const total = kept2 + n;
    const whole = eof ? finalLength(piece, total, encoding) : completeLength(piece, total, encoding);
    let bytes = piece.subarray(0, whole);
    if (encoding === "utf-16be") bytes = Buffer.from(bytes).swap16();
    const decoded2 = decoder.decode(bytes);
    piece.copy(piece, 0, whole, total);
    kept2 = eof ? 0 : total - whole;
    parts.push(decoded2);
    length += decoded2.length;
  };
  if (eof) readMore(0);
  for (; ; ) {
    while (!eof && offset + length < ownStart + chunkSize + overlap2) readMore(ownStart + chunkSize + overlap2 - offset - length);
    const text = parts.join("");
    const end = offset + length;
    const ownEnd = eof ? end : ownStart + chunkSize;
    const lineStarts = lineIndex(text);
    yield { blob: { path: path2, text, lineStarts, encoding, bytes: size }, offset, lineBase, columnBase, ownStart, ownEnd };
    if (ownEnd >= end) return;
    const cut = Math.max(ownEnd - overlap2, offset) - offset;
    const li = lineIndexAt(lineStarts, cut);
    const lineStart = lineStarts[li];
    columnBase = li === 0 ? columnBase + cut : cut - lineStart;
    lineBase += li;
    offset += cut;
    parts = [text.slice(cut)];
    length = text.length - cut;
    ownStart = ownEnd;
  }
}
function completeLength(bytes, n, encoding) {
  if (encoding === "latin1") return n;
  if (encoding === "utf-8") {
    for (let i = n - 1, back = 0; i >= 0 && back < 4; i--, back++) {
      const b = bytes[i];
      if ((b & 192) === 128) continue;
      const need = b >= 240 && b <= 244 ? 4 : b >= 224 && b <= 239 ? 3 : b >= 194 && b <= 223 ? 2 : 1;
      return i + need > n ? i : n;
    }
    return n;
  }
  let even = n & ~1;
  const high = encoding === "utf-16le" ? bytes[even - 1] : bytes[even - 2];
  if (even >= 2 && high !== void 0 && high >= 216 && high <= 219) even -= 2;
  return even;
}
function finalLength(_bytes, n, encoding) {
  return encoding === "utf-16be" ? n & ~1 : n;
}

// src/read/read-blob.ts
var MAX_REPLACEMENT_SHARE = 0.3;
var OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);
function readItem(item, opts) {
  const threshold = opts.chunkThreshold ?? CHUNK_THRESHOLD;
  const chunkSize = opts.chunkSize ?? CHUNK_SIZE;
  if (item.content) {
    const content = item.content;
    if (content.length > opts.maxFileSize) return tooLarge(item.path, content.length, opts.maxFileSize);
    if (content.length <= threshold) return decodeBytes(item.path, content);
    const readAt = (buf, length, position) => {
      const part = content.subarray(position, position + length);
      buf.set(part);
      return part.length;
    };
    return openChunked(item.path, content.length, content.subarray(0, chunkSize), readAt, () => void 0, opts);
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
    if (st.size > threshold) {
      const open = fd;
      const readAt = (buf, length, position) => fs.readSync(open, buf, 0, length, position);
      const head = Buffer.allocUnsafe(Math.min(chunkSize, st.size));
      const got = readAt(head, head.length, 0);
      const chunked = openChunked(item.path, st.size, head.subarray(0, got), readAt, () => fs.closeSync(open), opts);
      if ("chunked" in chunked) fd = -1;
      return chunked;
    }
    bytes = readWhole(fd, st.size);
  } catch (err) {
    return skipForError(item.path, err);
  } finally {
    if (fd !== -1) fs.closeSync(fd);
  }
  try {
    return decodeBytes(item.path, bytes);
  } catch (err) {
    return skip(item.path, "too-large", `could not decode: ${errorSummary(err)}`);
  }
}
function openChunked(path2, size, head, readAt, close, opts) {
  const sniffed = decodeBytes(path2, head);
  if (!("text" in sniffed)) return sniffed;
  const bom = bomLength(head, sniffed.encoding);
  return chunkedFile(path2, size, sniffed.encoding, bom, readAt, close, { chunkSize: opts.chunkSize, overlap: opts.overlap });
}
function bomLength(bytes, encoding) {
  if (encoding === "utf-8") return bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
  if (encoding === "utf-16le") return bytes[0] === 255 && bytes[1] === 254 ? 2 : 0;
  if (encoding === "utf-16be") return bytes[0] === 254 && bytes[1] === 255 ? 2 : 0;
  return 0;
}
var POOL_MAX = 16 * 1024 * 1024;
var pool = Buffer.allocUnsafe(64 * 1024);
function readWhole(fd, size) {
  let buf;
  if (size <= pool.length) buf = pool;
  else if (size <= POOL_MAX) buf = pool = Buffer.allocUnsafe(Math.min(POOL_MAX, Math.max(size, pool.length * 2)));
  else buf = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const n = fs.readSync(fd, buf, filled, size - filled, null);
    if (n === 0) break;
    filled += n;
  }
  return filled === buf.length ? buf : buf.subarray(0, filled);
}
function decodeBytes(path2, bytes) {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 239 && b1 === 187 && bytes[2] === 191) return finish(path2, bytes, "utf-8", 3);
  if (b0 === 255 && b1 === 254) {
    if (!(bytes[2] === 0 && bytes[3] === 0)) return finish(path2, bytes, "utf-16le", 2);
  } else if (b0 === 254 && b1 === 255) {
    return finish(path2, bytes, "utf-16be", 2);
  }
  const magic = magicName(bytes);
  if (magic) return binarySkip(path2, bytes, magic);
  const utf16 = guessUtf16(bytes);
  if (utf16) {
    const blob = finish(path2, bytes, utf16, 0);
    if ("text" in blob && controlShare(blob.text) > 0.1) return binarySkip(path2, bytes, "control characters");
    return blob;
  }
  const why = binaryReason(bytes);
  if (why) return binarySkip(path2, bytes, why);
  return finish(path2, bytes, "utf-8", 0);
}
var UTF8 = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });
var UTF16LE = new TextDecoder("utf-16le", { fatal: false, ignoreBOM: true });
function finish(path2, bytes, encoding, bom) {
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
    return skip(path2, "invalid-encoding", `${bad} of ${text.length} characters are not valid ${encoding}`);
  }
  return { path: path2, text, lineStarts: lineIndex(text), encoding, bytes: bytes.length };
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
var binaryHeads = /* @__PURE__ */ new WeakMap();
var SIGNATURE_BYTES = 64;
function binaryHead(s) {
  return binaryHeads.get(s);
}
function binarySkip(path2, bytes, detail) {
  const s = skip(path2, "binary", detail);
  binaryHeads.set(s, Buffer.from(bytes.subarray(0, SIGNATURE_BYTES)).toString("latin1"));
  return s;
}
function skip(path2, reason, detail) {
  return detail === void 0 ? { path: path2, reason } : { path: path2, reason, detail };
}
function tooLarge(path2, size, max) {
  return tooLargeSkip(path2, size, max);
}
function fileKind(st) {
  if (st.isDirectory()) return "directory";
  if (st.isFIFO()) return "FIFO (named pipe)";
  if (st.isSocket()) return "socket";
  if (st.isCharacterDevice()) return "character device";
  if (st.isBlockDevice()) return "block device";
  return "not a regular file";
}
function skipForError(path2, err) {
  const code = err?.code;
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return skip(path2, "vanished", "deleted or moved during the scan");
    case "ELOOP":
      return skip(path2, "symlink-loop", "too many levels of symbolic links");
    case "EISDIR":
      return skip(path2, "not-a-regular-file", "directory");
    case "EACCES":
    case "EPERM":
      return skip(path2, "unreadable", "permission denied");
    default:
      return skip(path2, "unreadable", errorSummary(err));
  }
}
function errorSummary(err) {
  const e = err;
  if (e?.code) return `${e.code}${e.syscall ? ` (${e.syscall})` : ""}`;
  return e instanceof Error ? e.message.split("\n")[0] ?? "error" : String(err);
}

// src/read/containers/libs.ts
import { createRequire } from "node:module";
var esmRequire = typeof __require === "function" ? void 0 : createRequire(import.meta.url);
var tar;
var fflate;
function tarLib() {
  return tar ??= esmRequire ? esmRequire("tar") : require_index_min();
}
function fflateLib() {
  return fflate ??= esmRequire ? esmRequire("fflate") : require_node();
}

// src/read/containers/limits.ts
import { posix } from "node:path";

// src/model/archive-limits.ts
var DEFAULT_CONTAINER_LIMITS = Object.freeze({ depth: 3, maxBytes: 256 * 1024 * 1024, maxEntries: 1e4 });

// src/read/containers/limits.ts
var BOMB_RATIO = 100;
var BOMB_MIN_BYTES = 1024 * 1024;
function isEntrySkip(e) {
  return "reason" in e;
}
function newBudget(limits) {
  return { limits, bytesLeft: limits.maxBytes, entriesLeft: limits.maxEntries };
}
function unsafeName(name) {
  if (name.length === 0) return "empty name";
  if (/[\u0000-\u001f]/.test(name)) return "control character in the name";
  if (name.startsWith("/") || name.startsWith("\\")) return "absolute path";
  if (/^[A-Za-z]:/.test(name)) return "drive letter";
  const parts = name.split(/[\\/]/);
  if (parts.includes("..")) return "'..' segment";
  return void 0;
}
function cleanName(name) {
  const n = posix.normalize(name.replace(/\\/g, "/"));
  return n.startsWith("./") ? n.slice(2) : n;
}
function quoteName(name) {
  const s = JSON.stringify(name.length > 120 ? `${name.slice(0, 120)}...` : name);
  return s;
}
function takeEntry(budget, size) {
  if (budget.entriesLeft <= 0) {
    return { name: "", reason: "archive-limit", detail: `more than ${budget.limits.maxEntries} entries (--archive-max-entries); the rest were not read` };
  }
  if (size > budget.bytesLeft) {
    return { name: "", reason: "archive-limit", detail: `more than ${formatSize(budget.limits.maxBytes)} expanded (--archive-max-bytes); the rest were not read` };
  }
  budget.entriesLeft--;
  budget.bytesLeft -= size;
  return void 0;
}
function ratioSkip(name, compressed, expanded) {
  if (expanded < BOMB_MIN_BYTES || expanded <= compressed * BOMB_RATIO) return void 0;
  const ratio = Math.round(expanded / Math.max(compressed, 1));
  return { name, reason: "archive-bomb", detail: `expands ${ratio}:1 to ${formatSize(expanded)} (over ${BOMB_RATIO}:1); not inflated` };
}

// src/read/containers/tar.ts
var GZ_SLICE = 16 * 1024;
var TAR_SLICE = 256 * 1024;
var FILE_TYPES = /* @__PURE__ */ new Set(["File", "OldFile", "ContiguousFile"]);
function isTar(bytes) {
  return bytes.length >= 262 && Buffer.from(bytes.subarray(257, 262)).toString("latin1") === "ustar";
}
function isGzip(bytes) {
  return bytes[0] === 31 && bytes[1] === 139 && bytes[2] === 8;
}
function* tarEntries(bytes, budget, outerName, opts = {}) {
  const ready = [];
  let stopped = false;
  const parser = new (tarLib()).Parser({ strict: false, maxMetaEntrySize: 1024 * 1024 });
  parser.on("entry", (e) => {
    if (stopped || !FILE_TYPES.has(e.type)) {
      e.resume();
      return;
    }
    const bad = unsafeName(e.path);
    if (bad) {
      ready.push({ name: "", reason: "archive-unsafe-path", detail: `entry ${quoteName(e.path)}: ${bad}; not read` });
      e.resume();
      return;
    }
    const name = cleanName(e.path);
    const size = e.size ?? 0;
    if (opts.keep && !opts.keep(name, size)) {
      e.resume();
      return;
    }
    const over2 = takeEntry(budget, size);
    if (over2) {
      ready.push(over2);
      stopped = true;
      e.resume();
      return;
    }
    const chunks = [];
    e.on("data", (c) => chunks.push(c));
    e.on("end", () => ready.push({ name, data: Buffer.concat(chunks) }));
  });
  parser.on("warn", () => void 0);
  if (!isGzip(bytes)) {
    try {
      for (let at = 0; at < bytes.length && !stopped; at += TAR_SLICE) {
        parser.write(Buffer.from(bytes.buffer, bytes.byteOffset + at, Math.min(TAR_SLICE, bytes.length - at)));
        yield* ready.splice(0);
      }
      parser.end();
    } catch (err) {
      yield* ready.splice(0);
      yield { name: "", reason: "archive-unsupported", detail: `not a readable tar: ${err instanceof Error ? err.message : String(err)}` };
      return;
    }
    yield* ready.splice(0);
    return;
  }
  const isize = bytes.length >= 18 ? Buffer.from(bytes.buffer, bytes.byteOffset + bytes.length - 4, 4).readUInt32LE(0) : 0;
  const cap = budget.limits.maxBytes;
  let expanded = 0;
  let mode = "unknown";
  let head = [];
  const single2 = [];
  const feed = (chunk) => {
    if (mode === "tar") parser.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length));
    else single2.push(chunk);
  };
  const gunzip = new (fflateLib()).Gunzip((chunk) => {
    if (stopped) return;
    expanded += chunk.length;
    if (expanded > cap) {
      ready.push({ name: "", reason: "archive-limit", detail: `gzip expands past ${formatSize(cap)} (--archive-max-bytes); the rest was not read` });
      stopped = true;
      return;
    }
    if (mode === "unknown") {
      head.push(chunk);
      const joined2 = Buffer.concat(head);
      if (joined2.length < 512) {
        head = [joined2];
        return;
      }
      mode = isTar(joined2) ? "tar" : "single";
      head = [];
      feed(joined2);
      return;
    }
    feed(chunk);
  });
  try {
    for (let at = 0; at < bytes.length && !stopped; at += GZ_SLICE) {
      const end = Math.min(bytes.length, at + GZ_SLICE);
      gunzip.push(bytes.subarray(at, end), end === bytes.length);
      const bomb = at === 0 ? ratioSkip("", bytes.length, isize) : void 0;
      if (bomb) {
        yield bomb;
        return;
      }
      yield* ready.splice(0);
    }
  } catch (err) {
    yield* ready.splice(0);
    yield { name: "", reason: "archive-unsupported", detail: `not readable gzip: ${err instanceof Error ? err.message : String(err)}` };
    return;
  }
  if (mode === "unknown" && head.length > 0) {
    mode = "single";
    single2.push(...head);
  }
  if (mode === "tar") {
    try {
      parser.end();
    } catch (err) {
      yield* ready.splice(0);
      yield { name: "", reason: "archive-unsupported", detail: `not a readable tar: ${err instanceof Error ? err.message : String(err)}` };
      return;
    }
    yield* ready.splice(0);
    return;
  }
  yield* ready.splice(0);
  if (stopped || single2.length === 0) return;
  const data = Buffer.concat(single2);
  const over = takeEntry(budget, data.length);
  if (over) {
    yield over;
    return;
  }
  yield { name: outerName.replace(/\.(t?gz|gzip)$/i, (m) => m.toLowerCase() === ".tgz" ? ".tar" : "") || "data", data };
}

// src/read/containers/image.ts
var META_MAX = 1024 * 1024;
function looksLikeImage(bytes) {
  if (bytes.length < 512) return false;
  let h;
  try {
    h = new (tarLib()).Header(Buffer.from(bytes.buffer, bytes.byteOffset, 512));
  } catch {
    return false;
  }
  if (h.type === "ExtendedHeader" || h.type === "GlobalExtendedHeader" || h.type === "NextFileHasLongPath") return true;
  return /^(\.\/)?(blobs\/|oci-layout|index\.json|manifest\.json|repositories|[0-9a-f]{64}(\/|\.json))/.test(h.path ?? "");
}
function imagePlan(bytes, limits) {
  if (!looksLikeImage(bytes)) return void 0;
  const small = /* @__PURE__ */ new Map();
  const meta = newBudget({ ...limits, maxBytes: 64 * 1024 * 1024, maxEntries: 1e5 });
  for (const e of tarEntries(bytes, meta, "", { keep: (_name, size) => size <= META_MAX })) {
    if (!isEntrySkip(e)) small.set(e.name, e.data);
  }
  const json = (name) => {
    const data = name === void 0 ? void 0 : small.get(name);
    if (!data) return void 0;
    try {
      return JSON.parse(Buffer.from(data).toString("utf8"));
    } catch {
      return void 0;
    }
  };
  const blob = (digest) => typeof digest === "string" && /^[a-z0-9]+:[0-9a-f]+$/.test(digest) ? `blobs/${digest.replace(":", "/")}` : void 0;
  const layers = /* @__PURE__ */ new Map();
  const docker = json("manifest.json");
  if (Array.isArray(docker) && docker.length > 0) {
    const first = docker[0];
    if (Array.isArray(first.Layers)) first.Layers.forEach((l, i) => typeof l === "string" && !layers.has(l) && layers.set(l, `layer ${i + 1}`));
    return { layers, config: typeof first.Config === "string" ? json(first.Config) : void 0 };
  }
  let manifest = json("index.json");
  for (let hop = 0; hop < 3 && manifest && Array.isArray(manifest.manifests); hop++) manifest = json(blob(manifest.manifests[0]?.digest));
  if (!manifest || !Array.isArray(manifest.layers)) return void 0;
  manifest.layers.forEach((l, i) => {
    const name = blob(l?.digest);
    if (name && !layers.has(name)) layers.set(name, `layer ${i + 1}`);
  });
  return { layers, config: json(blob(manifest.config?.digest)) };
}
function imageEntries(bytes, budget) {
  const plan = imagePlan(bytes, budget.limits);
  return plan ? entries(bytes, budget, plan) : void 0;
}
function* entries(bytes, budget, plan) {
  const config = plan.config;
  const texts = [
    ["config/Env", Array.isArray(config?.config?.Env) ? config.config.Env.filter((x) => typeof x === "string") : []],
    ["config/history", Array.isArray(config?.history) ? config.history.map((h) => typeof h?.created_by === "string" ? h.created_by : "") : []]
  ];
  for (const [name, lines] of texts) {
    if (lines.every((l) => l === "")) continue;
    const data = Buffer.from(lines.join("\n"), "utf8");
    const over = takeEntry(budget, data.length);
    if (over) {
      yield over;
      return;
    }
    yield { name, data };
  }
  for (const e of tarEntries(bytes, budget, "", { keep: (name) => plan.layers.has(name) })) {
    if (isEntrySkip(e)) yield e;
    else yield { name: plan.layers.get(e.name) ?? e.name, data: e.data, layer: true };
  }
}

// src/read/containers/zip.ts
var BATCH_BYTES = 32 * 1024 * 1024;
function* zipEntries(bytes, budget) {
  let next = 0;
  let stopped = false;
  while (!stopped) {
    const skips = [];
    const order = [];
    let index = -1;
    let batch = 0;
    let more = false;
    const filter = (f) => {
      index++;
      if (index < next || more || stopped) return false;
      next = index + 1;
      if (f.name.endsWith("/")) return false;
      const bad = unsafeName(f.name);
      if (bad) {
        skips.push({ name: "", reason: "archive-unsafe-path", detail: `entry ${quoteName(f.name)}: ${bad}; not read` });
        return false;
      }
      const name = cleanName(f.name);
      if (f.compression !== 0 && f.compression !== 8) {
        skips.push({ name, reason: "archive-unsupported", detail: `compression method ${f.compression}` });
        return false;
      }
      if (f.compression === 8) {
        const bomb = ratioSkip(name, f.size, f.originalSize);
        if (bomb) {
          skips.push(bomb);
          return false;
        }
      }
      if (batch > 0 && batch + f.originalSize > BATCH_BYTES) {
        next = index;
        more = true;
        return false;
      }
      const over = takeEntry(budget, f.originalSize);
      if (over) {
        skips.push(over);
        stopped = true;
        return false;
      }
      batch += f.originalSize;
      order.push(f.name);
      return true;
    };
    let files;
    try {
      files = fflateLib().unzipSync(bytes, { filter });
    } catch (err) {
      yield { name: "", reason: "archive-unsupported", detail: `not a readable zip: ${err instanceof Error ? err.message : String(err)}` };
      return;
    }
    for (const s of skips) yield s;
    for (const raw of new Set(order)) {
      const data = files[raw];
      if (data) yield { name: cleanName(raw), data };
    }
    if (!more) return;
  }
}

// src/read/containers/notebook.ts
function notebookParts(text) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    return void 0;
  }
  if (!isObject(doc) || !Array.isArray(doc.cells)) return void 0;
  const parts = [];
  doc.cells.forEach((cell, i) => {
    if (!isObject(cell)) return;
    const source = joined(cell.source);
    if (source) parts.push({ name: `cells/${i}/source`, text: source });
    if (!Array.isArray(cell.outputs)) return;
    cell.outputs.forEach((out, j) => {
      if (!isObject(out)) return;
      const base = `cells/${i}/outputs/${j}`;
      const plain = joined(out.text) ?? joined(out.traceback);
      if (plain) parts.push({ name: base, text: plain });
      if (isObject(out.data)) {
        for (const [mime, value] of Object.entries(out.data)) {
          if (!/^text\/|json|javascript|xml|latex|markdown/i.test(mime)) continue;
          const t = typeof value === "string" || Array.isArray(value) ? joined(value) : JSON.stringify(value, null, 1);
          if (t) parts.push({ name: `${base}/${mime}`, text: t });
        }
      }
    });
  });
  return parts;
}
function joined(v) {
  if (typeof v === "string") return v.length > 0 ? v : void 0;
  if (Array.isArray(v) && v.every((x) => typeof x === "string")) {
    const s = v.every((x, k) => k === v.length - 1 || x.endsWith("\n")) ? v.join("") : v.join("\n");
    return s.length > 0 ? s : void 0;
  }
  return void 0;
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

// src/read/containers/index.ts
var CONTAINER_MAGIC_NAMES = /* @__PURE__ */ new Set(["ZIP archive", "gzip data", "tar archive"]);
function containerKind(bytes) {
  if (bytes[0] === 80 && bytes[1] === 75 && (bytes[2] === 3 && bytes[3] === 4 || bytes[2] === 5 && bytes[3] === 6)) return "zip";
  if (isGzip(bytes)) return "gzip";
  if (isTar(bytes)) return "tar";
  return void 0;
}
function isNotebookPath(path2) {
  return /\.ipynb$/i.test(path2);
}
function containerEntries(path2, bytes, kind, budget) {
  if (kind === "zip") return zipEntries(bytes, budget);
  const base = path2.slice(path2.lastIndexOf("/") + 1);
  if (kind === "tar") return imageEntries(bytes, budget) ?? tarEntries(bytes, budget, base);
  return tarEntries(bytes, budget, base);
}

// src/model/errors.ts
var KeyshiftError = class extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = new.target.name;
  }
};
var UsageError = class extends KeyshiftError {
};
var MissingObjectError = class extends UsageError {
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

// src/model/types.ts
var FILE_CONTEXTS = [
  "github-workflow",
  "gitlab-ci",
  "other-ci",
  "dockerfile",
  "compose",
  "kubernetes",
  "helm-values",
  "terraform",
  "dotenv",
  "package-config",
  "code",
  "config",
  "docs",
  "other"
];
var OVERLAP_TIERS = ["catch-all", "narrow-generic", "format", "provider"];
var STRUCTURED_PARSERS = [
  "netrc",
  "git-credentials",
  "pypirc",
  "npmrc",
  "dotenv",
  "terraform",
  "docker-config",
  "gcp-key-file",
  "kubeconfig",
  "kubernetes-secret"
];
var POSTURE_ARG_PLACEHOLDER = "{arg}";

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
var LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
function int32s(data) {
  if (data instanceof Int32Array) return data;
  if (typeof data !== "string") return void 0;
  const b = Buffer.from(data, "base64");
  if (b.length % 4 !== 0) return void 0;
  const out = new Int32Array(b.length / 4);
  new Uint8Array(out.buffer).set(b);
  return out;
}
function deserializeAutomaton(s) {
  if (!s || s.littleEndian !== LITTLE_ENDIAN || !Array.isArray(s.keywords) || typeof s.alphabet !== "number" || typeof s.symbols !== "string") return void 0;
  const symbols = Buffer.from(s.symbols, "base64");
  const delta = int32s(s.delta);
  const outStart = int32s(s.outStart);
  const outList = int32s(s.outList);
  if (symbols.length !== 129 || !delta || !outStart || !outList || outStart.length < 1) return void 0;
  const states = outStart.length - 1;
  if (delta.length !== states * s.alphabet || outList.length !== outStart[states]) return void 0;
  const symbolOf = new Uint8Array(65536);
  symbolOf.set(symbols.subarray(0, 128));
  if (symbols[128] !== 0) symbolOf.fill(symbols[128], 128);
  return { keywords: s.keywords, lengths: Int32Array.from(s.keywords, (k) => k.length), symbolOf, alphabet: s.alphabet, delta, outStart, outList };
}
function builtFrom(a, keywords) {
  if (!Array.isArray(a.keywords) || a.keywords.length !== keywords.length) return false;
  for (let i = 0; i < keywords.length; i++) if (a.keywords[i] !== keywords[i]) return false;
  return true;
}
var HitBuffer = class {
  count = 0;
  keyword;
  start;
  constructor(capacity) {
    this.keyword = new Int32Array(capacity);
    this.start = new Int32Array(capacity);
  }
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
var NO_HITS = Object.freeze({ count: 0, keyword: new Int32Array(0), start: new Int32Array(0) });
var RUN_SAMPLE = 256;
var scratch = new Int32Array(1024);
function growScratch() {
  const next = new Int32Array(scratch.length * 2);
  next.set(scratch);
  scratch = next;
  return next;
}
function findKeywords(ac, text, runSample = 0) {
  const { delta, symbolOf } = ac;
  const n = text.length;
  let buf = scratch;
  let recorded = 0;
  let st = 0;
  let lastState = -1;
  let lastEnd = -2;
  let keptEnd = 0;
  for (let i = 0; i < n; i++) {
    st = delta[st + symbolOf[text.charCodeAt(i)]];
    if (st < 0) {
      st = -st;
      if (st === lastState && i === lastEnd + 1 && i - keptEnd < runSample) {
        lastEnd = i;
        continue;
      }
      lastState = st;
      lastEnd = i;
      keptEnd = i;
      if (recorded === buf.length) buf = growScratch();
      buf[recorded] = i;
      buf[recorded + 1] = st;
      recorded += 2;
    }
  }
  if (recorded === 0) return NO_HITS;
  const out = new HitBuffer(Math.max(16, recorded >> 1));
  const { alphabet, outStart, outList, lengths } = ac;
  for (let r = 0; r < recorded; r += 2) {
    const endIncl = buf[r];
    const s = buf[r + 1] / alphabet | 0;
    const end = outStart[s + 1];
    for (let o = outStart[s]; o < end; o++) {
      const kw = outList[o];
      out.push(kw, endIncl + 1 - lengths[kw]);
    }
  }
  return out;
}

// src/model/entropy.ts
var asciiCounts = new Uint32Array(128);
var used = new Uint8Array(128);
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

// src/detect/entropy.ts
var LOG2_CACHE_SIZE = 1024;
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

// src/model/words.ts
function keyWordsOf(key) {
  return key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 0);
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
var STRUCTURAL_VALIDATORS = /* @__PURE__ */ new Set(["aws-access-key-id", "base64-json", "sentry-org-token"]);
function checksumRescues(c) {
  return checksumValid(c) && !(c.spec.validator !== void 0 && STRUCTURAL_VALIDATORS.has(c.spec.validator));
}
function dropOrNote(c, reason) {
  if (checksumRescues(c)) {
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
var PLACEHOLDER_WORDS = /example|sample|dummy|fake|changeme|change_me|change-me|placeholder|your[_-]|replace[_-]?me|replace[_-]?with|redacted|insert[_-]?your|enter[_-]?your|\*{4}|\.\.\.|…|<[A-Za-z][\w -]*>|^\[[A-Za-z][\w -]*\]$/i;
var X_MASK = /xxx|XXXX/;
var REFERENCE_VALUE = /\$\{[^}]*\}|^\$[A-Za-z_][A-Za-z0-9_]*$|^%[A-Za-z_][A-Za-z0-9_]*%$|\{\{[^}]*\}\}|process\.env\.|os\.environ|getenv\(|^!Ref\b|^!Sub\b|^vault:|arn:aws:secretsmanager:|arn:aws:ssm:|^ENC\[|\$ANSIBLE_VAULT/;
var REFERENCE_BEFORE = /(?:\$\{\{?\s*|\{\{\s*|\$|%|process\.env\.|os\.environ\[\s*["']?|getenv\(\s*["']?|!Ref\s+|vault:)$/;
function placeholderReason(secret, before = "") {
  if (PLACEHOLDER_WORDS.test(secret) || X_MASK.test(secret)) return "placeholder";
  if (REFERENCE_VALUE.test(secret)) return "reference";
  if (before !== "" && REFERENCE_BEFORE.test(before)) return "reference";
  return void 0;
}
var TEMPLATE_SLOT = /^(?:\{[A-Za-z_][\w.-]{0,60}\}|%\([A-Za-z_]\w{0,60}\)[sd]|<[A-Za-z_][\w .-]{0,60}>|:[a-z_]\w{0,60}|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|PASSWORD|PASSWD|PASS|TOKEN|SECRET|APIKEY|API_KEY|PWD)$/;
function templateSlot(c) {
  return TEMPLATE_SLOT.test(c.secret) ? dropOrNote(c, "template-slot") : void 0;
}
function documentationPlaceholder(c) {
  const reason = placeholderReason(c.secret, contextBefore(c, 24));
  return reason === void 0 ? void 0 : dropOrNote(c, reason === "reference" ? "reference" : "placeholder-like");
}
function jwtPayload(token) {
  const part = token.split(".")[1];
  if (part === void 0 || !/^[A-Za-z0-9_-]+$/.test(part)) return void 0;
  const json = Buffer.from(part, "base64url").toString("utf8");
  return json.startsWith("{") ? json : void 0;
}
var JWT_DOC_CLAIMS = /EXAMPLE|\b(?:placeholder|dummy|redacted)\b|\bfake[_-]|XXXX/;
function jwtDocumentationClaims(c) {
  if (c.spec.decoder !== "jwt") return void 0;
  const payload = jwtPayload(c.secret);
  return payload !== void 0 && JWT_DOC_CLAIMS.test(payload) ? dropOrNote(c, "placeholder-claims") : void 0;
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
var ID_KEY_WORDS = /* @__PURE__ */ new Set(["id", "ids", "uuid", "guid", "uid", "tenant", "subscription", "account", "client", "app", "application", "project", "org", "organization", "workspace", "object", "principal", "resource", "request", "correlation", "trace", "instance", "device", "user", "group", "role"]);
function uuidValue(c) {
  if (!c.spec.generic || !UUID.test(c.secret)) return void 0;
  const words = keyWordsOf(assignedKey(c));
  const last = words[words.length - 1];
  if (last === void 0 || ID_KEY_WORDS.has(last)) return "uuid";
  return /^(?:secret|token|key|password|passwd|pwd|pass|credential|credentials|apikey)$/.test(last) ? void 0 : "uuid";
}
var IDENTIFIER_SHAPES = [
  // Dotted paths whose segments are words (config.auth.token, this.password, process.env.DB_PASS), not a
  // random value that happens to hold a dot (TteHZUN.rUf2z_PP is a password).
  /^(?:[a-z_$][a-z0-9_$]*(?:[A-Z][a-z0-9_$]+)*|[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)*|[A-Z][A-Z0-9_]*)(?:\.(?:[a-z_$][a-z0-9_$]*(?:[A-Z][a-z0-9_$]+)*|[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]+)*|[A-Z][A-Z0-9_]*))+$/,
  /^(?=[^\[]{0,200}\[)[A-Za-z_$][\w$]*(?:\[[^\]\s]{0,12}\])*(?:\.[A-Za-z_$][\w$]*(?:\[[^\]\s]{0,12}\])*)+$/,
  // path with indexes: Jobs[-1].JobId
  /^[A-Za-z_$][\w$.]*\(/,
  // call: getToken(), os.getenv("X")
  /^[a-z]+(?:[A-Z][a-z]+)+\d*$/,
  // camelCase words: getAccessToken (digits only at the end: Qm4Xt8 is not words)
  /^[a-z]{2,}\d*(?:[A-Z][a-z]{2,}\d*)+$/,
  // camelCase words with a version digit: oauth2Client, s3Bucket (humps of 2+ letters)
  /^[a-z]+(?::[a-z]+)+$/,
  // colon-joined words: outputs:surface (USD, XML namespaces)
  /^(?:this|self)\.[A-Za-z_$][\w$]*(?:[.[(]|$)/,
  // member expressions: this.passes[i], self.token()
  /^(?:[A-Z][a-z]+){2,}\d*$/,
  // PascalCase words: ApiKeyProvider
  /^[A-Z]{2,6}(?:[A-Z][a-z]+)+\d*$/,
  // PascalCase after an acronym: JSXIdentifier, DOMTokenList
  /^[a-z]+(?:_[a-z]+\d*)+$/,
  // snake_case words: access_token_secret
  /^[A-Z]+(?:_[A-Z0-9]+)+$/,
  // environment variable names: GITHUB_TOKEN
  /^[a-z]+(?:-[a-z]+)+$/,
  // kebab-case words: x-api-key
  /^[a-z]+\d*(?:-[a-z]+\d*)*(?:\.[a-z]+\d*(?:-[a-z]+\d*)*)+$/
  // dotted kebab-case words: mailgun.private-key, aws.secret-access-key (pattern ids, package names)
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
var LOCATOR_VALUE = [
  /^[a-z][a-z0-9+.-]{1,15}:\/\/(?![^/?#\s]*@)/i,
  // URL without user:password@
  /^urn:[a-z0-9-]+:/i,
  /^arn:aws[a-z-]*:/,
  /^(?:\/|\.{1,2}\/|~\/|[A-Za-z]:\\)[\w.@~ -]*(?:[/\\][\w.@~ -]*)*$/,
  // absolute or relative file path
  /^[a-z0-9_.@-]+(?:\/[a-z0-9_.@-]+)+\/?$/,
  // lower-case slash path or namespaced id: keyshift/secret/v1
  /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+)?(?:Z|[+-]\d{2}:?\d{2})?$/,
  // ISO date or timestamp
  /^v?\d+(?:\.\d+){1,3}(?:[-+][\w.-]+)?$/,
  // version
  /^\{[A-Za-z_][\w.-]*\}$/,
  // {placeholder} template
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){2,}[a-z]{2,24}(?::\d{1,5})?$/
  // host name: 123456789012.dkr.ecr.eu-west-1.amazonaws.com
];
function locatorValue(c) {
  if (!c.spec.generic) return void 0;
  for (const re of LOCATOR_VALUE) if (re.test(c.secret)) return "locator";
  return void 0;
}
function assignedKey(c) {
  if (c.key !== void 0) return c.key;
  const m = /([A-Za-z0-9_.-]+)["'`]?\s{0,3}(?::=|=>|\?=|\|\||[:=,])?\s{0,3}["'`]?$/.exec(contextBefore(c, 120));
  return m ? m[1] : "";
}
var keyWords = keyWordsOf;
var NON_SECRET_LAST_WORDS = /* @__PURE__ */ new Set([
  "id",
  "ids",
  "uid",
  "guid",
  "uuid",
  "arn",
  "arns",
  "url",
  "urls",
  "uri",
  "uris",
  "endpoint",
  "host",
  "hostname",
  "domain",
  "path",
  "paths",
  "file",
  "filename",
  "dir",
  "name",
  "names",
  "type",
  "types",
  "kind",
  "hash",
  "hashed",
  "digest",
  "checksum",
  "sha",
  "md5",
  "fingerprint",
  "signature",
  "salt",
  "length",
  "len",
  "size",
  "count",
  "limit",
  "expires",
  "expiry",
  "expiration",
  "ttl",
  "timeout",
  "at",
  "date",
  "time",
  "timestamp",
  "used",
  "header",
  "field",
  "param",
  "prefix",
  "suffix",
  "label",
  "title",
  "description",
  "hint",
  "help",
  "message",
  "error",
  "policy",
  "mode",
  "method",
  "format",
  "version",
  "scope",
  "scopes",
  "audience",
  "issuer",
  "algorithm",
  "alg",
  "pattern",
  "regex",
  "template",
  "provider",
  "location",
  "region",
  "status",
  "generation",
  "rotation",
  "placeholder",
  "enabled",
  "required",
  "ref",
  // Flags that say where a secret comes from, not the secret: --password-stdin, --token-file, --pass-env.
  "stdin",
  "prompt",
  "env",
  "fd",
  "cmd",
  "command"
]);
var NON_SECRET_TOKEN_QUALIFIERS = /* @__PURE__ */ new Set([
  "next",
  "page",
  "pagination",
  "continuation",
  "continue",
  "cursor",
  "marker",
  "wait",
  "sync",
  "output",
  "input",
  "idempotency",
  "client",
  "resume",
  "start",
  "skip",
  "delta",
  "change",
  "changes",
  "term",
  "prev",
  "previous",
  // ClientRequestToken (AWS API idempotency): the id of a call, not a credential.
  "request"
]);
var NON_SECRET_TOKEN_RUNS = [["lifecycle", "action"]];
var SECRET_WORD = /secret|token|api[_-]?key|credential|passw(?:or)?d|passwort/i;
var PASSWORD_WORD = /passw(?:or)?d|passwort/i;
function nonSecretLastWord(c) {
  const words = keyWords(assignedKey(c));
  const last = words[words.length - 1];
  return last !== void 0 && NON_SECRET_LAST_WORDS.has(last) ? "non-secret-key" : void 0;
}
function nonSecretKey(c) {
  if (!c.spec.generic) return void 0;
  const key = assignedKey(c);
  const words = keyWords(key);
  const last = words[words.length - 1];
  if (last !== void 0 && NON_SECRET_LAST_WORDS.has(last)) return "non-secret-key";
  if (last === "token" && words.length >= 2 && NON_SECRET_TOKEN_QUALIFIERS.has(words[words.length - 2])) return "paging-token";
  if (last === "token" && NON_SECRET_TOKEN_RUNS.some((run) => run.every((w, i) => words[words.length - 1 - run.length + i] === w))) return "paging-token";
  const flatKey = words.join("");
  if (flatKey.length >= 5 && c.secret.toLowerCase().replace(/[^a-z0-9]/g, "").includes(flatKey)) return "echoes-key";
  const isPassword = /password|passwd|passwort|pwd/i.test(c.spec.id);
  if (c.spec.id.endsWith("connection-string")) return void 0;
  if ((isPassword ? PASSWORD_WORD : SECRET_WORD).test(c.secret)) return "names-a-secret";
  if (!isPassword && /^[a-z]+\d+$/.test(c.secret)) return "word-and-number";
  return void 0;
}
function encodedPlaceholder(c) {
  if (!c.spec.generic || c.secret.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(c.secret)) return void 0;
  const decoded2 = Buffer.from(c.secret, "base64").toString("latin1");
  if (!/^[\x20-\x7e]{4,}$/.test(decoded2)) return void 0;
  if (placeholderReason(decoded2) !== void 0) return "encoded-placeholder";
  for (const re of c.allow) {
    re.lastIndex = 0;
    if (re.test(decoded2)) return "encoded-placeholder";
  }
  return void 0;
}
var VALUE_FILTERS = [
  lengthSanity,
  allowList,
  documentationPlaceholder,
  templateSlot,
  repeatedOrSequential,
  encodedBlob,
  lowEntropy,
  checksum,
  hashWithContext,
  uuidValue,
  codeIdentifier,
  encodedContext,
  locatorValue,
  nonSecretKey,
  encodedPlaceholder,
  jwtDocumentationClaims
];
function weakDefaultPassword(c) {
  if (!c.weak || c.weak.length === 0) return false;
  for (const re of c.weak) {
    re.lastIndex = 0;
    if (re.test(c.secret)) {
      c.notes.push("weak-default-password");
      return true;
    }
  }
  return false;
}
function rejectReason(c) {
  if (weakDefaultPassword(c)) return lengthSanity(c) ?? nonSecretLastWord(c);
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
function isLockfile(path2) {
  const slash = path2.lastIndexOf("/");
  return LOCKFILES.has(slash === -1 ? path2 : path2.slice(slash + 1));
}
var MINIFIED_SAMPLE = 65536;
var MINIFIED_MIN_SAMPLE = 8192;
var MINIFIED_AVG_LINE = 500;
function isMinified(path2, text, lineStarts) {
  if (/\.min\.(?:js|mjs|cjs|css)$/i.test(path2) || /\.(?:js|mjs|cjs|css)\.map$/i.test(path2)) return true;
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
  const sep2 = lower.lastIndexOf("1");
  if (sep2 < 1) return false;
  const hrp = lower.slice(0, sep2);
  if (hrp !== "age-secret-key-") return false;
  const data = [];
  for (const c of lower.slice(sep2 + 1)) {
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

// src/detect/assignments.ts
function compileSyntax(syntax) {
  return { shapes: compileShapes(syntax.shapes), compounds: new Map(Object.entries(syntax.compounds)) };
}
function compileShapes(specs) {
  return specs.map((s) => ({
    id: s.id,
    re: new RegExp(s.regex, "gd" + (s.flags ?? "")),
    probe: new RegExp(s.regex, s.flags ?? ""),
    requires: s.requires !== void 0 ? new RegExp(s.requires, s.flags ?? "") : void 0,
    ...s.needs !== void 0 && { needs: s.needs.map((n) => n.split(/\s+/).filter((w) => w.length > 0)) },
    key: s.key,
    keywords: s.keywords ?? [],
    anchored: s.regex.startsWith("^")
  }));
}
var MAX_VALUE = 400;
function hasNeeds(needs, line) {
  for (const group of needs) {
    let found = false;
    for (const literal of group) {
      if (line.includes(literal)) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}
function lineAssignments(shapes, line, offset) {
  const out = [];
  const taken = /* @__PURE__ */ new Set();
  for (const shape of shapes) {
    if (shape.needs !== void 0 && !hasNeeds(shape.needs, line)) continue;
    if (shape.requires !== void 0 && !shape.requires.test(line)) continue;
    const re = shape.re;
    re.lastIndex = 0;
    let m;
    while ((m = re.exec(line)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const groups = m.indices?.groups;
      const vSpan = groups?.value;
      const value = m.groups?.value;
      if (vSpan === void 0 || value === void 0 || value.length === 0 || value.length > MAX_VALUE) continue;
      const kSpan = groups?.key;
      const key = shape.key ?? m.groups?.key ?? "";
      const valueStart = offset + vSpan[0];
      if (taken.has(valueStart)) continue;
      taken.add(valueStart);
      out.push({
        shape: shape.id,
        key,
        keyStart: kSpan !== void 0 ? offset + kSpan[0] : valueStart,
        value,
        valueStart,
        valueEnd: offset + vSpan[1],
        quoted: m.groups?.q !== void 0 && m.groups.q !== ""
      });
    }
  }
  return out;
}
function keySegments(key) {
  return key.split(/[.\[\]"'`/:$@>]+|->/).filter((s) => s.length > 0);
}
var MAX_PARENT_LINES = 200;
var MAX_PARENT_CHARS = 16384;
var YAML_PARENT = /^[ \t]*(?:-[ \t]+)?["']?([^\s"':#{}\[\],][^"':#{}\[\]]{0,80}?)["']?[ \t]*:[ \t]*(?:[{\[][ \t]*)?(?:#.*)?$/;
var JSON_PARENT = /^[ \t]*["']?([A-Za-z_$][\w$.\- ]{0,80})["']?[ \t]*[:=][ \t]*(?:new\s+\w+\(|\w+\()?[{\[(][ \t]*$/;
var HCL_BLOCK = /^[ \t]*([A-Za-z_][\w-]{0,40})((?:[ \t]+"[^"\n]{1,80}")*)[ \t]*\{[ \t]*$/;
var XML_OPEN = /^[ \t]*<([A-Za-z_][\w:.\-]{0,60})(?:[ \t][^<>]{0,300})?>[ \t]*$/;
var SECTION = /^[ \t]*\[{1,2}([^\]\n]{1,80})\]{1,2}[ \t]*(?:[#;].*)?$/;
function indentOf(line) {
  let n = 0;
  while (n < line.length && (line.charCodeAt(n) === 32 || line.charCodeAt(n) === 9)) n++;
  return n;
}
function isBlankOrComment(line, indent) {
  if (indent >= line.length) return true;
  const c = line.charCodeAt(indent);
  return c === 35 || c === 47 && line.charCodeAt(indent + 1) === 47 || c === 59;
}
function parentKeys(text, lineStarts, li) {
  const lineText = (i) => {
    const s = lineStarts[i];
    const e = i + 1 < lineStarts.length ? lineStarts[i + 1] : text.length;
    return text.slice(s, e).replace(/\r?\n$|\r$/, "");
  };
  const own = lineText(li);
  let indent = indentOf(own);
  const keys = [];
  const stopAt = Math.max(0, li - MAX_PARENT_LINES);
  const charFloor = lineStarts[li] - MAX_PARENT_CHARS;
  for (let i = li - 1; i >= stopAt && lineStarts[i] >= charFloor; i--) {
    const line = lineText(i);
    const ind = indentOf(line);
    if (isBlankOrComment(line, ind)) continue;
    const section = SECTION.exec(line);
    if (section && ind === 0 && !/[=:]/.test(section[1])) {
      keys.push(section[1].trim());
      break;
    }
    if (ind >= indent) continue;
    const name = blockName(line);
    if (name !== void 0) keys.push(name);
    indent = ind;
    if (ind === 0) {
      for (let j = i - 1; j >= stopAt && lineStarts[j] >= charFloor; j--) {
        const l = lineText(j);
        const s = SECTION.exec(l);
        if (s && indentOf(l) === 0 && !/[=:]/.test(s[1])) {
          keys.push(s[1].trim());
          break;
        }
      }
      break;
    }
  }
  return keys.reverse();
}
function blockName(line) {
  let m = HCL_BLOCK.exec(line);
  if (m) return [m[1], ...(m[2].match(/"[^"]*"/g) ?? []).map((s) => s.slice(1, -1))].join(".");
  m = JSON_PARENT.exec(line);
  if (m) return m[1].trim();
  m = YAML_PARENT.exec(line);
  if (m) return m[1].trim();
  m = XML_OPEN.exec(line);
  if (m) {
    return m[1];
  }
  return void 0;
}
function wordsOf(name, compounds) {
  const out = [];
  for (const w of keyWordsOf(name)) {
    const c = compounds.get(w);
    if (c) out.push(...c);
    else out.push(w);
  }
  return out;
}
function pathWords(parents, key, compounds) {
  const words = [];
  for (const p of parents) for (const seg of keySegments(p)) words.push(...wordsOf(seg, compounds));
  for (const seg of keySegments(key)) words.push(...wordsOf(seg, compounds));
  return words;
}
function hasRun(words, seq) {
  if (seq.length === 0) return false;
  outer: for (let i = 0; i + seq.length <= words.length; i++) {
    for (let j = 0; j < seq.length; j++) if (words[i + j] !== seq[j]) continue outer;
    return true;
  }
  return false;
}
var SAME_LINE_CONTEXT = 512;
var WINDOW_PIECE = 8192;
var PIECE_MARGIN = 1024;
var AssignmentCache = class {
  /**
   * `longLine`: the engine's long-line bound. A line longer than it (a minified bundle) is read only
   * within the window the engine searched around the keyword hit, never whole, and without the
   * line-anchored shapes (a whole-line assignment cannot be that long).
   */
  constructor(syntax, text, lineStarts, longLine) {
    this.syntax = syntax;
    this.text = text;
    this.lineStarts = lineStarts;
    this.longLine = longLine;
    this.windowShapes = syntax.shapes.filter((s) => !s.anchored);
  }
  syntax;
  text;
  lineStarts;
  longLine;
  byLine = /* @__PURE__ */ new Map();
  parents = /* @__PURE__ */ new Map();
  windowShapes;
  /** The words of each key's last segment (the same key is judged by many rules). */
  lastWords = /* @__PURE__ */ new Map();
  /** The assignments of line `li` that lie in the window [ws, we) (the whole line when it is short). */
  line(li, ws, we) {
    const [s, e] = this.bounds(li);
    const long = e - s > this.longLine;
    const from = long ? Math.max(s, ws) : s;
    const to = long ? Math.min(e, we) : e;
    const key = long ? `${from}:${to}` : `${li}`;
    let a = this.byLine.get(key);
    if (a === void 0) {
      a = lineAssignments(long ? this.windowShapes : this.syntax.shapes, this.text.slice(from, to), from);
      this.byLine.set(key, a);
    }
    return a;
  }
  /**
   * Calls `fn` for each assignment of line `li` whose value starts in [ws, we). A window wider than
   * WINDOW_PIECE on a long line (the hits of a bundle's one line, merged) is read piece by piece and not
   * cached, so what is alive at once stays bounded: read whole, thousands of members on one line made
   * the garbage collector, not the regexes, the cost (superlinear from about 100 KB of window).
   */
  each(li, ws, we, fn) {
    const [s, e] = this.bounds(li);
    const from = Math.max(s, ws);
    const to = Math.min(e, we);
    if (e - s <= this.longLine || to - from <= WINDOW_PIECE) {
      for (const a of this.line(li, ws, we)) if (a.valueStart >= ws && a.valueStart < we) fn(a);
      return;
    }
    for (let a = from; a < to; a += WINDOW_PIECE) {
      const b = Math.min(to, a + WINDOW_PIECE);
      const ps = Math.max(s, a - PIECE_MARGIN);
      const pe = Math.min(e, b + PIECE_MARGIN);
      for (const x of lineAssignments(this.windowShapes, this.text.slice(ps, pe), ps)) if (x.valueStart >= a && x.valueStart < b) fn(x);
    }
  }
  /** Start and end of line `li`, without its line break. */
  bounds(li) {
    const s = this.lineStarts[li];
    let e = li + 1 < this.lineStarts.length ? this.lineStarts[li + 1] : this.text.length;
    while (e > s && (this.text.charCodeAt(e - 1) === 10 || this.text.charCodeAt(e - 1) === 13)) e--;
    return [s, e];
  }
  parentsOf(li) {
    let p = this.parents.get(li);
    if (p === void 0) {
      p = parentKeys(this.text, this.lineStarts, li);
      this.parents.set(li, p);
    }
    return p;
  }
  /** Whether the assignment satisfies the rule's key and context conditions. */
  accepts(rule, a, li) {
    const { compounds } = this.syntax;
    let lastWords = this.lastWords.get(a.key);
    if (lastWords === void 0) {
      const segs = keySegments(a.key);
      const last = segs[segs.length - 1];
      lastWords = last === void 0 ? [] : wordsOf(last, compounds);
      this.lastWords.set(a.key, lastWords);
    }
    if (lastWords.length === 0 || !rule.key.some((run) => hasRun(lastWords, run))) return false;
    if (rule.context === void 0 || rule.context.length === 0) return true;
    const words = pathWords(this.parentsOf(li), a.key, compounds);
    const lineStart = Math.max(this.lineStarts[li], a.keyStart - SAME_LINE_CONTEXT);
    if (a.keyStart > lineStart) words.push(...wordsOf(this.text.slice(lineStart, a.keyStart), compounds));
    if (rule.context.some((run) => hasRun(words, run))) return true;
    if (rule.contextWindow !== void 0 && rule.contextWindow > 0) {
      const before = wordsOf(this.text.slice(Math.max(0, lineStart - rule.contextWindow), lineStart), compounds);
      return rule.context.some((run) => hasRun(before, run));
    }
    return false;
  }
};
function impliedShapes(syntax, rule) {
  if (rule.context !== void 0 && rule.context.length > 0) return [];
  return syntax.shapes.filter((shape) => {
    if (shape.key === void 0) return false;
    const words = wordsOf(shape.key, syntax.compounds);
    return rule.key.some((run) => hasRun(words, run));
  });
}
function shapesRead(shapes, line) {
  return shapes.some(
    (s) => (s.needs === void 0 || hasNeeds(s.needs, line)) && (s.requires === void 0 || s.requires.test(line)) && s.probe.test(line)
  );
}
function isKeyWordChar(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95 || c === 45;
}
function isKeyChar(c) {
  return isKeyWordChar(c) || c === 36 || c === 64 || c === 46;
}
var KEY_REACH = 300;
var CMD_BEFORE_KEY = /(?:^|[ \t])(?:set|config|--global|--local|ENV|ARG|export|setx|readonly|declare)[ \t]+$/;
function inKeyPosition(text, hs, he, lineStart, lineEnd) {
  const stop = Math.min(lineEnd, he + KEY_REACH);
  const floor = Math.max(lineStart, hs - KEY_REACH);
  let j = he;
  while (j < stop && isKeyWordChar(text.charCodeAt(j))) j++;
  const wordEnd = j;
  while (j < stop) {
    const c = text.charCodeAt(j);
    if (c !== 34 && c !== 39 && c !== 96 && c !== 93) break;
    j++;
  }
  while (j < stop && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
  const op = text.charCodeAt(j);
  if (op === 91) return true;
  if (op === 61 || op === 58 || op === 44 || op === 62 || (op === 63 || op === 124) && text.charCodeAt(j + 1) === 61) {
    let v = j + 1;
    while (v < stop) {
      const c = text.charCodeAt(v);
      if (c !== 61 && c !== 62 && c !== 58 && c !== 32 && c !== 9) break;
      v++;
    }
    const first = v < lineEnd ? text.charCodeAt(v) : -1;
    return first !== -1 && first !== 123 && first !== 91 && first !== 13 && first !== 10;
  }
  let i = hs;
  while (i > floor && isKeyChar(text.charCodeAt(i - 1))) i--;
  if (text.charCodeAt(i) === 45) return true;
  const before = i > lineStart ? text.charCodeAt(i - 1) : -1;
  if (before === 60) return true;
  if (before === 34 || before === 39) {
    let e = i - 2;
    while (e > floor && (text.charCodeAt(e) === 32 || text.charCodeAt(e) === 9)) e--;
    if (e >= lineStart && text.charCodeAt(e) === 61) return true;
  }
  const blankAfter = text.charCodeAt(wordEnd) === 32 || text.charCodeAt(wordEnd) === 9;
  if (!blankAfter) return false;
  while (i > floor && text.charCodeAt(i - 1) !== 32 && text.charCodeAt(i - 1) !== 9) i--;
  if (i === floor && floor > lineStart) return false;
  let k = lineStart;
  while (k < i && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  if (k === i) return true;
  return CMD_BEFORE_KEY.test(text.slice(Math.max(lineStart, i - 40), i));
}
function keywordIsKeyWord(keyword, rule, implied) {
  if (rule.context !== void 0 && rule.context.length > 0) return false;
  if (implied.has(keyword)) return false;
  const k = keyword.toLowerCase().replace(/[^a-z0-9]/g, "");
  if (k.length === 0) return false;
  return rule.key.some((run) => {
    const r = run.join("").toLowerCase().replace(/[^a-z0-9]/g, "");
    return r.length > 0 && (r.includes(k) || k.includes(r));
  });
}

// src/model/secret.ts
import { inspect } from "node:util";
var REDACTED_MIN = 8;
function redact(value) {
  const shown = value.length >= 24 ? 4 : value.length >= REDACTED_MIN ? 2 : 0;
  const head = value.slice(0, shown).replace(/[^\x20-\x7e]/g, "?");
  return `${head}\u2026[${value.length}]`;
}
var Secret = class {
  #value;
  constructor(value) {
    this.#value = value;
  }
  get length() {
    return this.#value.length;
  }
  /** The one way to get the raw value; callers must be on an explicit --show-secrets path. */
  reveal() {
    return this.#value;
  }
  toString() {
    return redact(this.#value);
  }
  toJSON() {
    return redact(this.#value);
  }
  [inspect.custom]() {
    return `Secret(${redact(this.#value)})`;
  }
};

// src/detect/engine.ts
var LONG_LINE = 4096;
var LONG_LINE_HALF = 2048;
var KEY_WINDOW_BEFORE = 400;
var KEY_WINDOW_AFTER = 600;
var ACCEPTED_FLAGS = /* @__PURE__ */ new Set(["i", "m", "s"]);
function patternTier(spec) {
  return OVERLAP_TIERS.indexOf(spec.tier ?? (spec.generic ? "narrow-generic" : "provider"));
}
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
function valueProbe(source) {
  let core = source;
  if (core.startsWith("^")) core = core.slice(1);
  if (core.endsWith("$") && !core.endsWith("\\$")) core = core.slice(0, -1);
  let inClass = false;
  for (let i = 0; i < core.length; i++) {
    const c = core[i];
    if (c === "\\") {
      const n = core[i + 1];
      if (!inClass && (n === "b" || n === "B")) return void 0;
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "^" || c === "$") return void 0;
    else if (c === "(" && core[i + 1] === "?" && (core[i + 2] === "=" || core[i + 2] === "!" || core[i + 2] === "<" && (core[i + 3] === "=" || core[i + 3] === "!"))) {
      return void 0;
    }
  }
  return core;
}
function indexSignature(spec) {
  return `${spec.id}\0${spec.keywords.join("")}\0${spec.assignment === void 0 ? "" : JSON.stringify(spec.assignment)}`;
}
function indexFits(index, specs, syntax) {
  const shapes = syntax?.shapes ?? [];
  if (!Array.isArray(index.signatures) || index.signatures.length !== specs.length || !Array.isArray(index.shapeIds) || index.shapeIds.length !== shapes.length) return false;
  if (!Array.isArray(index.keywords) || !Array.isArray(index.keywordPatterns) || index.keywordPatterns.length !== index.keywords.length) return false;
  if (!Array.isArray(index.inKey) || !Array.isArray(index.shapes) || !index.inKey.every(Array.isArray) || !index.shapes.every(Array.isArray)) return false;
  for (let i = 0; i < shapes.length; i++) if (index.shapeIds[i] !== shapes[i].id) return false;
  for (let i = 0; i < specs.length; i++) if (index.signatures[i] !== indexSignature(specs[i])) return false;
  return true;
}
var NOT_IN_KEY = new Uint8Array(0);
var NO_SHAPES = [];
function compileCatalog(specs, syntax, opts = {}) {
  if (syntax === void 0 && specs.some((s) => s.assignment !== void 0)) {
    throw new ConfigError("the catalog has assignment rules but no assignment shapes (patterns/syntax/assignments.yaml); pass them to compileCatalog");
  }
  const compiledSyntax = syntax ? compileSyntax(syntax) : void 0;
  const tables = opts.index && indexFits(opts.index, specs, compiledSyntax) ? opts.index : void 0;
  const patterns = [];
  const keywordOwners = /* @__PURE__ */ new Map();
  const inKeyOwners = /* @__PURE__ */ new Map();
  const shapeOwners = /* @__PURE__ */ new Map();
  const unkeyed = [];
  specs.forEach((spec, index) => {
    if (tables) {
      patterns.push(new LazyPattern(spec));
      return;
    }
    for (const f of spec.flags) {
      if (!ACCEPTED_FLAGS.has(f)) {
        throw new ConfigError(`pattern ${spec.id}: flag '${f}' is not accepted; use only i, m and s`);
      }
    }
    const flags = "gd" + [...new Set(spec.flags)].join("");
    const regex = compileRegex(spec.regex, flags, spec.id, "regex");
    let group;
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
    const path2 = spec.path !== void 0 ? compileRegex(spec.path, "", spec.id, "path") : void 0;
    const weak = spec.weakValues?.map((a, i) => compileRegex(a, "i", spec.id, `weak_values[${i}]`));
    const probeSource = spec.assignment !== void 0 ? valueProbe(spec.regex) : void 0;
    const probe = probeSource !== void 0 ? new RegExp(probeSource, [...new Set(spec.flags)].filter((f) => f !== "m").join("")) : void 0;
    patterns.push({
      spec,
      regex,
      get group() {
        return group ??= new RegExp(`${spec.regex}|`, spec.flags).exec("").length > 1 ? 1 : 0;
      },
      allow,
      weak,
      validator,
      tier: patternTier(spec),
      supersedes: new Set(spec.supersedes ?? []),
      path: path2,
      ...probe !== void 0 && { valueProbe: probe }
    });
    const kws = new Set(spec.keywords.filter((k) => k.length > 0).map(foldAscii));
    const shapes = spec.assignment && compiledSyntax ? impliedShapes(compiledSyntax, spec.assignment) : [];
    const implied = new Set(shapes.flatMap((shape) => shape.keywords.map(foldAscii)));
    for (const k of implied) {
      if (kws.has(k)) continue;
      let byPattern = shapeOwners.get(k);
      if (!byPattern) shapeOwners.set(k, byPattern = /* @__PURE__ */ new Map());
      byPattern.set(index, shapes.filter((shape) => shape.keywords.some((w) => foldAscii(w) === k)));
    }
    if (spec.assignment) {
      for (const k of kws) {
        if (!keywordIsKeyWord(k, spec.assignment, implied)) continue;
        const set = inKeyOwners.get(k);
        if (set) set.add(index);
        else inKeyOwners.set(k, /* @__PURE__ */ new Set([index]));
      }
    }
    for (const k of implied) kws.add(k);
    if (kws.size === 0) unkeyed.push(index);
    for (const k of kws) {
      const owners = keywordOwners.get(k);
      if (owners) owners.push(index);
      else keywordOwners.set(k, [index]);
    }
  });
  if (tables) {
    const fast = fromIndex(tables, patterns, compiledSyntax, opts);
    if (fast) return fast;
    return compileCatalog(specs, syntax, { ...opts, index: void 0 });
  }
  const keywords = [...keywordOwners.keys()];
  const ready = opts.prebuilt?.(keywords);
  const automaton = ready && builtFrom(ready, keywords) ? ready : buildAutomaton(keywords);
  const keywordPatterns = automaton.keywords.map((k) => Int32Array.from(keywordOwners.get(k)));
  const keywordInKey = automaton.keywords.map((k, i) => {
    const set = inKeyOwners.get(k);
    return set ? Uint8Array.from(keywordPatterns[i], (p) => set.has(p) ? 1 : 0) : NOT_IN_KEY;
  });
  const keywordShapes = automaton.keywords.map((k, i) => {
    const byPattern = shapeOwners.get(k);
    return byPattern ? Array.from(keywordPatterns[i], (p) => byPattern.get(p)) : NO_SHAPES;
  });
  const byId = new Map(patterns.map((p, i) => [p.spec.id, i]));
  return { patterns, automaton, keywordPatterns, keywordInKey, keywordShapes, unkeyed, byId, syntax: compiledSyntax };
}
var NO_SUPERSEDES = /* @__PURE__ */ new Set();
var LazyPattern = class {
  constructor(spec) {
    this.spec = spec;
    this.validator = spec.validator !== void 0 ? VALIDATORS[spec.validator] : void 0;
    this.tier = patternTier(spec);
    this.supersedes = spec.supersedes && spec.supersedes.length > 0 ? new Set(spec.supersedes) : NO_SUPERSEDES;
  }
  spec;
  validator;
  tier;
  supersedes;
  #regex;
  #group;
  #allow;
  #weak;
  #path;
  #probe;
  get regex() {
    return this.#regex ??= compileRegex(this.spec.regex, "gd" + [...new Set(this.spec.flags)].join(""), this.spec.id, "regex");
  }
  get group() {
    return this.#group ??= new RegExp(`${this.spec.regex}|`, this.spec.flags).exec("").length > 1 ? 1 : 0;
  }
  get allow() {
    return this.#allow ??= this.spec.allow.map((a, i) => compileRegex(a, "", this.spec.id, `allow[${i}]`));
  }
  get weak() {
    if (this.#weak === void 0) this.#weak = this.spec.weakValues?.map((a, i) => compileRegex(a, "i", this.spec.id, `weak_values[${i}]`)) ?? null;
    return this.#weak ?? void 0;
  }
  get path() {
    if (this.#path === void 0) this.#path = this.spec.path !== void 0 ? compileRegex(this.spec.path, "", this.spec.id, "path") : null;
    return this.#path ?? void 0;
  }
  get valueProbe() {
    if (this.#probe === void 0) {
      const source = this.spec.assignment !== void 0 ? valueProbe(this.spec.regex) : void 0;
      this.#probe = source !== void 0 ? new RegExp(source, [...new Set(this.spec.flags)].filter((f) => f !== "m").join("")) : null;
    }
    return this.#probe ?? void 0;
  }
};
function fromIndex(index, patterns, syntax, opts) {
  const ready = opts.prebuilt?.(index.keywords);
  const automaton = ready && builtFrom(ready, index.keywords) ? ready : buildAutomaton(index.keywords);
  if (!builtFrom(automaton, index.keywords)) return void 0;
  const n = patterns.length;
  const owner = (p) => Number.isInteger(p) && p >= 0 && p < n;
  const keywordPatterns = [];
  for (const row of index.keywordPatterns) {
    if (!Array.isArray(row) || !row.every(owner)) return void 0;
    keywordPatterns.push(Int32Array.from(row));
  }
  const keywordInKey = new Array(keywordPatterns.length).fill(NOT_IN_KEY);
  for (const [k, row] of index.inKey) {
    if (keywordPatterns[k]?.length !== row.length) return void 0;
    keywordInKey[k] = Uint8Array.from(row);
  }
  const shapes = syntax?.shapes ?? [];
  const keywordShapes = new Array(keywordPatterns.length).fill(NO_SHAPES);
  for (const [k, row] of index.shapes) {
    if (keywordPatterns[k]?.length !== row.length) return void 0;
    const lists = [];
    for (const ids of row) {
      if (ids === null) lists.push(void 0);
      else if (Array.isArray(ids) && ids.every((i) => shapes[i] !== void 0)) lists.push(ids.map((i) => shapes[i]));
      else return void 0;
    }
    keywordShapes[k] = lists;
  }
  if (!Array.isArray(index.unkeyed) || !index.unkeyed.every(owner)) return void 0;
  const byId = new Map(patterns.map((p, i) => [p.spec.id, i]));
  return { patterns, automaton, keywordPatterns, keywordInKey, keywordShapes, unkeyed: [...index.unkeyed], byId, syntax };
}
function buildWindows(compiled, text, lineStarts, skipGeneric, touched) {
  const { patterns, keywordPatterns, keywordInKey, keywordShapes, automaton } = compiled;
  const windows = takeWindows(patterns.length);
  const hits = findKeywords(automaton, text, RUN_SAMPLE);
  const lastLine = lineStarts.length - 1;
  let lineStart = -1;
  let lineEnd = -1;
  for (let h = 0; h < hits.count; h++) {
    const kw = hits.keyword[h];
    const hs = hits.start[h];
    const he = hs + automaton.lengths[kw];
    if (hs < lineStart || hs > lineEnd) {
      const li = lineIndexAt(lineStarts, hs);
      lineStart = lineStarts[li];
      lineEnd = li < lastLine ? lineStarts[li + 1] - 1 : text.length;
      if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13 && text.charCodeAt(lineEnd) === 10) lineEnd--;
    }
    const long = lineEnd - lineStart > LONG_LINE;
    const lineWs = long ? Math.max(lineStart, hs - LONG_LINE_HALF) : lineStart;
    const lineWe = long ? Math.min(lineEnd, he + LONG_LINE_HALF) : lineEnd;
    const owners = keywordPatterns[kw];
    const inKey = keywordInKey[kw];
    const viaShapes = keywordShapes[kw];
    let keyPos = -1;
    for (let o = 0; o < owners.length; o++) {
      const p = owners[o];
      const { spec } = patterns[p];
      if (skipGeneric && spec.generic) continue;
      let ws;
      let we;
      const shapes = viaShapes[o];
      if (shapes !== void 0 && !shapesRead(shapes, text.slice(lineWs, lineWe))) continue;
      if (inKey[o] === 1) {
        if (keyPos === -1) keyPos = inKeyPosition(text, hs, he, lineStart, lineEnd) ? 1 : 0;
        if (keyPos === 0) continue;
        ws = long ? Math.max(lineStart, hs - KEY_WINDOW_BEFORE) : lineStart;
        we = long ? Math.min(lineEnd, he + KEY_WINDOW_AFTER) : Math.max(lineEnd, he);
      } else {
        ws = spec.windowBefore === void 0 ? lineWs : Math.max(0, hs - spec.windowBefore);
        we = spec.windowAfter === void 0 ? Math.max(lineWe, he) : Math.min(text.length, he + spec.windowAfter);
      }
      let list = windows[p];
      if (!list) {
        windows[p] = [ws, we];
        touched.push(p);
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
    if (!(skipGeneric && patterns[p].spec.generic)) {
      windows[p] = [0, text.length];
      touched.push(p);
    }
  }
  return windows;
}
function detectMatches(blob, compiled, opts = {}) {
  const text = blob.text;
  const lineStarts = blob.lineStarts.length > 0 ? blob.lineStarts : lineIndex(text);
  const skipGeneric = (opts.lockfile ?? isLockfile(blob.path)) || (opts.minified ?? isMinified(blob.path, text, lineStarts));
  const touched = [];
  const windows = buildWindows(compiled, text, lineStarts, skipGeneric, touched);
  try {
    return matchWindows(blob, lineStarts, compiled, windows, touched);
  } finally {
    releaseWindows(windows, touched);
  }
}
var spareWindows;
function takeWindows(n) {
  const spare = spareWindows;
  spareWindows = void 0;
  return spare !== void 0 && spare.length === n ? spare : new Array(n);
}
function releaseWindows(windows, touched) {
  for (const p of touched) windows[p] = void 0;
  spareWindows = windows;
}
function matchWindows(blob, lineStarts, compiled, windows, touched) {
  const text = blob.text;
  touched.sort((a, b) => a - b);
  for (const p of touched) {
    const re = compiled.patterns[p].path;
    if (windows[p] !== void 0 && re !== void 0 && !re.test(blob.path)) windows[p] = void 0;
  }
  const matches = [];
  const seen = /* @__PURE__ */ new Set();
  let assignments;
  for (const p of touched) {
    const list = windows[p];
    if (!list) continue;
    const cp = compiled.patterns[p];
    const re = cp.regex;
    if (cp.spec.assignment !== void 0 && compiled.syntax !== void 0) {
      assignments ??= new AssignmentCache(compiled.syntax, text, lineStarts, LONG_LINE);
      assignmentMatches(cp, list, text, lineStarts, assignments, seen, matches);
      continue;
    }
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
  return applyPairs(resolveOverlaps(matches, compiled), compiled);
}
function applyPairs(matches, compiled) {
  const specOf = (m) => compiled.patterns[compiled.byId.get(m.patternId) ?? -1]?.spec;
  const pairOf = (m) => specOf(m)?.pair;
  const partnerOnly = (m) => specOf(m)?.partnerOnly === true;
  if (!matches.some((m) => pairOf(m) !== void 0)) return matches.some(partnerOnly) ? matches.filter((m) => !partnerOnly(m)) : matches;
  const absorbed = /* @__PURE__ */ new Set();
  const dropped = /* @__PURE__ */ new Set();
  for (const m of matches) {
    const pair = pairOf(m);
    if (!pair || m.notes?.includes("paired")) continue;
    let best;
    for (const p of matches) {
      if (p === m || !pair.with.includes(p.patternId) || Math.abs(p.line - m.line) > pair.withinLines) continue;
      if (!best || Math.abs(p.start - m.start) < Math.abs(best.start - m.start)) best = p;
    }
    if (!best) {
      if (pair.required) dropped.add(m);
      continue;
    }
    absorbed.add(best);
    m.details = { ...m.details, pairedWith: redact(best.secret), pairedPattern: best.patternId, pairedLine: best.line };
    m.pairedSecret = best.secret;
    const partnerKind = compiled.patterns[compiled.byId.get(best.patternId) ?? -1]?.spec.kind;
    if (partnerKind === "long-lived-credential" && m.kindOverride === void 0) m.kindOverride = partnerKind;
    m.notes = [...m.notes ?? [], "paired"];
  }
  return matches.filter((m) => !dropped.has(m) && !absorbed.has(m) && !partnerOnly(m));
}
function assignmentMatches(cp, windows, text, lineStarts, cache, seen, out) {
  const rule = cp.spec.assignment;
  const re = cp.regex;
  const probe = cp.valueProbe;
  for (let w = 0; w < windows.length; w += 2) {
    const ws = windows[w];
    const we = windows[w + 1];
    if (probe !== void 0) {
      const around = text.slice(ws, Math.min(text.length, we + MAX_VALUE));
      const nl = we > ws ? around.indexOf("\n", we - 1 - ws) : -1;
      if (!probe.test(nl === -1 ? around : around.slice(0, nl))) continue;
    }
    const l0 = lineIndexAt(lineStarts, ws);
    const l1 = lineIndexAt(lineStarts, Math.max(ws, we - 1));
    for (let li = l0; li <= l1; li++) {
      cache.each(li, ws, we, (a) => {
        if (!cache.accepts(rule, a, li)) return;
        re.lastIndex = 0;
        const m = re.exec(a.value);
        if (m === null) return;
        const secret = m[cp.group];
        const span = m.indices?.[cp.group];
        if (secret === void 0 || span === void 0 || secret.length === 0) return;
        const start = a.valueStart + span[0];
        const end = a.valueStart + span[1];
        const key = `${cp.spec.id}\0${start}\0${end}`;
        if (seen.has(key)) return;
        seen.add(key);
        const match = toMatch(cp, text, lineStarts, secret, start, end, a.key);
        if (match) {
          match.details = { ...match.details, key: a.key.length <= 80 ? a.key : `${a.key.slice(0, 77)}...`, syntax: a.shape };
          out.push(match);
        }
      });
    }
  }
}
function beats(compiled, a, b) {
  if (a.patternId === b.patternId) return false;
  const pa = compiled.patterns[compiled.byId.get(a.patternId)];
  const pb = compiled.patterns[compiled.byId.get(b.patternId)];
  if (pa.tier !== pb.tier) return pa.tier > pb.tier;
  if (pa.supersedes.has(b.patternId)) return true;
  if (pb.supersedes.has(a.patternId)) return false;
  return overlapFallback(a, b, compiled.byId.get(a.patternId), compiled.byId.get(b.patternId)) < 0;
}
function overlapFallback(a, b, indexA, indexB) {
  const valid = Number(b.checksum === "valid") - Number(a.checksum === "valid");
  if (valid !== 0) return valid;
  const longer = b.end - b.start - (a.end - a.start);
  return longer !== 0 ? longer : indexA - indexB;
}
function resolveOverlaps(sorted, compiled) {
  if (sorted.length < 2) return sorted;
  const out = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i + 1;
    let runEnd = sorted[i].end;
    while (j < sorted.length && sorted[j].start < runEnd) {
      runEnd = Math.max(runEnd, sorted[j].end);
      j++;
    }
    for (let k = i; k < j; k++) {
      const m = sorted[k];
      let dropped = false;
      for (let o = i; o < j && !dropped; o++) {
        const other = sorted[o];
        dropped = o !== k && other.start < m.end && m.start < other.end && beats(compiled, other, m);
      }
      if (!dropped) out.push(m);
    }
    i = j;
  }
  return out;
}
function toMatch(cp, text, lineStarts, secret, start, end, key) {
  const c = { spec: cp.spec, allow: cp.allow, weak: cp.weak, validator: cp.validator, secret, text, start, end, notes: [], key };
  if (rejectReason(c) !== void 0) return void 0;
  const li = lineIndexAt(lineStarts, start);
  const le = lineIndexAt(lineStarts, end);
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
  if (c.notes.includes("weak-default-password")) match.severityOverride = "low";
  return match;
}

// src/model/yaml-lib.ts
import { createRequire as createRequire2 } from "node:module";
var yamlModule;
function yamlLib() {
  return yamlModule ??= typeof __require === "function" ? require_dist() : createRequire2(import.meta.url)("yaml");
}
var isMap = (node) => yamlLib().isMap(node);
var isSeq = (node) => yamlLib().isSeq(node);
var isScalar = (node) => yamlLib().isScalar(node);
var isAlias = (node) => yamlLib().isAlias(node);
var isYamlError = (err) => yamlModule !== void 0 && err instanceof yamlModule.YAMLError;
var visit = ((node, visitor) => yamlLib().visit(node, visitor));

// src/model/yaml-depth.ts
var MAX_YAML_DEPTH = 200;
function composeYaml(text, options, opts = {}) {
  const tokens = [...new (yamlLib()).Parser(opts.addNewLine).parse(text)];
  if (nestingDepth(tokens) > MAX_YAML_DEPTH) return void 0;
  return [...new (yamlLib()).Composer(options).compose(tokens, opts.forceDoc === true, text.length)];
}
function nestingDepth(tokens) {
  let max = 0;
  const stack = tokens.map((t) => [t, 0]);
  while (stack.length > 0) {
    const [t, d] = stack.pop();
    if (t === null || typeof t !== "object") continue;
    const tok = t;
    if (tok.type === "document") {
      stack.push([tok.value, d]);
      continue;
    }
    if (!Array.isArray(tok.items)) continue;
    const depth = d + 1;
    if (depth > max) max = depth;
    if (max > MAX_YAML_DEPTH) return max;
    for (const it of tok.items) stack.push([it.key, depth], [it.value, depth]);
  }
  return max;
}

// src/detect/posture-yaml.ts
var MAX_ALIASES = 1e3;
function parseCiYaml(text) {
  try {
    const docs = composeYaml(text, { prettyErrors: false, uniqueKeys: false }, { forceDoc: true });
    const doc = docs?.[0];
    if (!docs || !doc || docs.length > 1 || doc.errors.length > 0) return void 0;
    const index = indexDocument(doc);
    return index.duplicateKey || index.aliases.size > MAX_ALIASES ? void 0 : doc;
  } catch (err) {
    if (isYamlError(err) || err instanceof RangeError && /call stack/i.test(err.message)) return void 0;
    throw err;
  }
}
var indexes = /* @__PURE__ */ new WeakMap();
function indexDocument(doc) {
  let index = indexes.get(doc);
  if (index) return index;
  const idx = { aliases: /* @__PURE__ */ new Map(), duplicateKey: false };
  const anchors = /* @__PURE__ */ new Map();
  visit(doc, {
    Node: (_key, node) => {
      if (isAlias(node)) {
        idx.aliases.set(node, anchors.get(node.source));
        return;
      }
      if (node.anchor) anchors.set(node.anchor, node);
      if (isMap(node) && !idx.duplicateKey) {
        const keys = /* @__PURE__ */ new Set();
        for (const pair of node.items) {
          if (!isScalar(pair.key)) continue;
          if (keys.has(pair.key.value)) idx.duplicateKey = true;
          keys.add(pair.key.value);
        }
      }
    }
  });
  indexes.set(doc, idx);
  return idx;
}
function deref(doc, node) {
  let n = node;
  for (let i = 0; i < 8 && isAlias(n); i++) n = indexDocument(doc).aliases.get(n);
  return isAlias(n) ? void 0 : n;
}
function asMap(doc, node) {
  const n = deref(doc, node);
  return isMap(n) ? n : void 0;
}
function asSeqItems(doc, node) {
  const n = deref(doc, node);
  return isSeq(n) ? n.items.map((i) => deref(doc, i)) : [];
}
function keyName(pair) {
  const k = pair.key;
  if (isScalar(k) && (typeof k.value === "string" || typeof k.value === "number")) return String(k.value);
  return void 0;
}
var MAX_MERGED_MAPS = 64;
function entries2(doc, map, depth = 0, budget = { maps: MAX_MERGED_MAPS }) {
  if (!map || depth > 8 || budget.maps-- <= 0) return [];
  const own = [];
  const merged = [];
  for (const pair of map.items) {
    if (keyName(pair) === "<<") {
      const sources = isSeq(deref(doc, pair.value)) ? asSeqItems(doc, pair.value) : [deref(doc, pair.value)];
      for (const s of sources) merged.push(...entries2(doc, isMap(s) ? s : void 0, depth + 1, budget));
    } else {
      own.push(pair);
    }
  }
  const seen = new Set(own.map(keyName));
  const out = [...own];
  for (const p of merged) {
    const k = keyName(p);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(p);
    }
  }
  return out;
}
function getPair(doc, map, key) {
  return entries2(doc, map).find((p) => keyName(p) === key);
}
function getNode(doc, map, key) {
  const p = getPair(doc, map, key);
  return p ? deref(doc, p.value) : void 0;
}
function scalarText(doc, node) {
  const n = deref(doc, node);
  if (!isScalar(n) || n.value === null || n.value === void 0) return void 0;
  return typeof n.value === "object" ? void 0 : String(n.value);
}
function getText(doc, map, key) {
  return scalarText(doc, getNode(doc, map, key));
}
function nodeRange(node) {
  const r = node?.range;
  return r ? [r[0], r[1]] : void 0;
}
function postureMatch(blob, patternId, start, end, secret, details) {
  const starts = blob.lineStarts.length > 0 ? blob.lineStarts : [0];
  const li = lineIndexAt(starts, start);
  const le = lineIndexAt(starts, Math.max(start, end));
  return {
    patternId,
    start,
    end,
    line: li + 1,
    column: start - starts[li] + 1,
    endLine: le + 1,
    endColumn: end - starts[le] + 1,
    secret,
    entropy: 0,
    checksum: "none",
    details
  };
}

// src/detect/posture-rules.ts
var ARG = String.raw`(\$\{\{[^}\n]*\}\}|"[^"\n]*"|'[^'\n]*'|[^\s;&|)]+)`;
function commandArgSource(arg) {
  return arg.replace(POSTURE_ARG_PLACEHOLDER, () => ARG);
}
function compileRule(spec, p) {
  return {
    id: spec.id,
    env: p.env,
    ...p.requires && { requires: p.requires },
    oidcDerivable: p.oidcDerivable,
    actions: p.actions.map((a) => ({
      uses: a.uses,
      inputs: a.inputs,
      match: a.match,
      ...a.secretAfter !== void 0 && { secretAfter: a.secretAfter },
      ...a.when && {
        when: {
          input: a.when.input,
          ...a.when.default !== void 0 && { default: a.when.default },
          ...a.when.in && { in: a.when.in },
          ...a.when.host && { host: a.when.host.map((h) => new RegExp(h)) }
        }
      }
    })),
    commands: p.commands.map((c) => ({
      // Sticky search from the end of the previous regex's match, so `g`.
      line: c.line.map((l) => new RegExp(l, "g")),
      arg: new RegExp(commandArgSource(c.arg), "d"),
      ...c.skip !== void 0 && { skip: new RegExp(c.skip) },
      literalOk: c.literalOk,
      ...c.requires && { requires: c.requires },
      ...c.unless && { unless: c.unless }
    }))
  };
}
function compilePosture(specs) {
  const out = { github: [], gitlab: [] };
  for (const spec of specs) {
    if (!spec.posture) continue;
    (spec.posture.ci === "github-actions" ? out.github : out.gitlab).push(compileRule(spec, spec.posture));
  }
  return out;
}
var NPM_PUBLISH = /\b(?:npm|pnpm)\s+publish\b|\byarn\s+(?:npm\s+)?publish\b|\bchangeset\s+publish\b|\blerna\s+publish\b|\bsemantic-release\b/;
var PYPI_PUBLISH = /\btwine\s+upload\b|\b(?:poetry|uv|flit|hatch)\s+publish\b/;
function logicalLines(script, base = 0) {
  const out = [];
  let start = 0;
  let pos = 0;
  while (pos <= script.length) {
    const nl = script.indexOf("\n", pos);
    const end = nl === -1 ? script.length : nl;
    const continued = nl !== -1 && script.slice(pos, end).trimEnd().endsWith("\\");
    if (!continued) {
      out.push({ text: script.slice(start, end), offset: base + start });
      start = end + 1;
    }
    if (nl === -1) break;
    pos = nl + 1;
  }
  return out;
}
function otherNpmRegistry(line) {
  const flag = /--registry[= ]\s*["']?(\S+)/.exec(line);
  return flag !== null && !flag[1].includes("registry.npmjs.org");
}
function otherPythonIndex(line) {
  const url = /(?:--repository-url|--publish-url)[= ]\s*["']?(\S+)/.exec(line);
  if (url && !url[1].includes("pypi.org")) return true;
  const named = /(?:\s-r|--repository)[= ]\s*["']?([\w.-]+)/.exec(line);
  return named !== null && named[1] !== "pypi" && named[1] !== "testpypi";
}
function publishesNpm(script) {
  return logicalLines(script).some((l) => NPM_PUBLISH.test(l.text) && !/--dry-run\b/.test(l.text) && !otherNpmRegistry(l.text));
}
function publishesPypi(script) {
  return logicalLines(script).some((l) => PYPI_PUBLISH.test(l.text) && !/--dry-run\b/.test(l.text) && !otherPythonIndex(l.text));
}
function registryIsNpmjs(url) {
  return url === void 0 || url.trim() === "" || url.includes("registry.npmjs.org");
}
function indexIsPypi(url) {
  return url === void 0 || url.trim() === "" || url.includes("pypi.org");
}
function registryHost(registry) {
  if (!registry || registry.includes("${{")) return void 0;
  return registry.trim().replace(/^[a-z]+:\/\//i, "").split("/")[0].toLowerCase();
}
function lineMatches(res, text) {
  let from = 0;
  for (const re of res) {
    re.lastIndex = from;
    const m = re.exec(text);
    if (!m) return false;
    from = m.index + m[0].length;
  }
  return true;
}
var UNLESS = {
  "npmrc-other-host": (line) => npmrcForOtherHost(line),
  "other-python-index": (line) => otherPythonIndex(line)
};
function commandHits(script, base, rules) {
  const hits = [];
  if (!rules.some((r) => r.commands.length > 0)) return hits;
  for (const line of logicalLines(script, base)) {
    for (const rule of rules) {
      for (const c of rule.commands) {
        if (!lineMatches(c.line, line.text) || c.skip && c.skip.test(line.text)) continue;
        if (c.unless && UNLESS[c.unless](line.text)) continue;
        const m = c.arg.exec(line.text);
        const idx = m?.indices?.[1];
        if (!m || !idx) continue;
        const raw = m[1];
        const unquoted = /^(["']).*\1$/.test(raw) ? raw.slice(1, -1) : raw;
        const shift = unquoted === raw ? 0 : 1;
        hits.push({
          rule,
          command: c,
          start: line.offset + idx[0] + shift,
          end: line.offset + idx[1] - shift,
          arg: unquoted,
          literalOk: c.literalOk
        });
      }
    }
  }
  return hits;
}
function npmrcForOtherHost(line) {
  for (const run of line.split(/[\s"']+/)) {
    const last = run.lastIndexOf(":_authToken");
    for (let i = run.indexOf("//"); i !== -1 && i < last; i = run.indexOf("//", i + 1)) {
      let e = i + 2;
      while (e < run.length && run[e] !== "/" && run[e] !== ":") e++;
      if (e > i + 2 && e <= last) return run.slice(i + 2, e) !== "registry.npmjs.org";
    }
  }
  return false;
}
function githubSecretRefs(s) {
  const out = [];
  for (let i = s.indexOf("${{"); i !== -1; i = s.indexOf("${{", i)) {
    const close = s.indexOf("}}", i + 3);
    if (close === -1) break;
    const text = s.slice(i, close + 2);
    const names = [...text.matchAll(/\bsecrets\s*(?:\.\s*([A-Za-z_][\w-]*)|\[\s*['"]([^'"]{1,256})['"]\s*\]|\[[^\]]{1,256}\])/g)].map(
      (n) => n[1] ?? n[2] ?? "[computed]"
    );
    if (names.some((n) => n.toUpperCase() !== "GITHUB_TOKEN")) out.push({ text, index: i });
    i = close + 2;
  }
  return out;
}
var GITLAB_EPHEMERAL = /^(?:CI_JOB_TOKEN|CI_JOB_JWT(?:_V\d)?|CI_REGISTRY_PASSWORD|CI_DEPENDENCY_PROXY_PASSWORD)$/;
function gitlabVarRefs(s, idTokens) {
  const out = [];
  for (const m of s.matchAll(/(?<!\$)\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))/g)) {
    const name = m[1] ?? m[2];
    if (GITLAB_EPHEMERAL.test(name) || idTokens.has(name)) continue;
    out.push({ text: m[0], name, index: m.index });
  }
  return out;
}

// src/detect/posture-github.ts
function detectGithubPosture(blob, doc, rules) {
  const root = asMap(doc, doc.contents);
  if (!root || rules.length === 0) return [];
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const emit = (rule, start, end, secret, details) => {
    const key = `${rule.id}:${start}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(postureMatch(blob, rule.id, start, end, secret, details));
  };
  const workflowEnv = asMap(doc, getNode(doc, root, "env"));
  const anyJob = { "npm-publish": false, "pypi-publish": false };
  for (const pair of entries2(doc, asMap(doc, getNode(doc, root, "jobs")))) {
    const job = asMap(doc, pair.value);
    const jobId = keyName(pair);
    if (!job || jobId === void 0) continue;
    const gates = walkJob(blob, doc, job, jobId, workflowEnv, rules, emit);
    anyJob["npm-publish"] ||= gates["npm-publish"];
    anyJob["pypi-publish"] ||= gates["pypi-publish"];
  }
  envBlock(doc, workflowEnv, anyJob, { job: "*", step: "workflow env" }, rules, emit);
  return out.sort((a, b) => a.start - b.start);
}
function walkJob(blob, doc, job, jobId, workflowEnv, rules, emit) {
  const jobEnv = asMap(doc, getNode(doc, job, "env"));
  const steps = asSeqItems(doc, getNode(doc, job, "steps")).map((s) => asMap(doc, s)).filter((s) => s !== void 0);
  const npmjs = steps.every((s) => actionOf(doc, s) !== "actions/setup-node" || registryIsNpmjs(getText(doc, withOf(doc, s), "registry-url")));
  const pypiIndex = [workflowEnv, jobEnv].every((e) => indexIsPypi(getText(doc, e, "TWINE_REPOSITORY_URL")));
  const stepGates = steps.map((s) => ({
    "npm-publish": npmjs && publishesNpmStep(doc, s),
    "pypi-publish": pypiIndex && publishesPypiStep(doc, s)
  }));
  const jobGates = { "npm-publish": stepGates.some((g) => g["npm-publish"]), "pypi-publish": stepGates.some((g) => g["pypi-publish"]) };
  envBlock(doc, jobEnv, jobGates, { job: jobId, step: "job env" }, rules, emit);
  steps.forEach((step, i) => {
    const action = actionOf(doc, step);
    const label = action ?? getText(doc, step, "name") ?? `steps[${i}]`;
    const scope = { job: jobId, step: label };
    const stepEnv = asMap(doc, getNode(doc, step, "env"));
    envBlock(doc, stepEnv, stepGates[i], scope, rules, emit);
    if (action) actionInputs(doc, action, withOf(doc, step), stepGates[i], scope, rules, emit);
    const runNode = getNode(doc, step, "run");
    const range = nodeRange(runNode);
    if (range) {
      const envs = [stepEnv, jobEnv, workflowEnv];
      for (const hit of commandHits(blob.text.slice(range[0], range[1]), range[0], rules)) {
        if (hit.command.requires && !jobGates[hit.command.requires]) continue;
        const secret = resolveArg(doc, hit.arg, hit.rule, envs) ?? (hit.literalOk ? hit.arg : void 0);
        if (secret) emit(hit.rule, hit.start, hit.end, secret, { ...scope, input: "run" });
      }
    }
  });
  return jobGates;
}
function actionOf(doc, step) {
  const uses = getText(doc, step, "uses");
  if (!uses || uses.startsWith("docker://") || uses.startsWith("./")) return void 0;
  return uses.split("@")[0].trim().toLowerCase();
}
function withOf(doc, step) {
  return asMap(doc, getNode(doc, step, "with"));
}
function publishesNpmStep(doc, step) {
  const action = actionOf(doc, step);
  const inputs = withOf(doc, step);
  if (action === "js-devtools/npm-publish") return registryIsNpmjs(getText(doc, inputs, "registry"));
  if (action === "changesets/action" && getText(doc, inputs, "publish")) return true;
  const run = getText(doc, step, "run");
  return run !== void 0 && publishesNpm(run);
}
function publishesPypiStep(doc, step) {
  if (actionOf(doc, step) === "pypa/gh-action-pypi-publish") return pypiActionTargetsPypi(doc, withOf(doc, step));
  const run = getText(doc, step, "run");
  return run !== void 0 && publishesPypi(run);
}
function pypiActionTargetsPypi(doc, inputs) {
  return indexIsPypi(getText(doc, inputs, "repository-url") ?? getText(doc, inputs, "repository_url"));
}
function envBlock(doc, env, gates, scope, rules, emit) {
  if (!env) return;
  const pairs = entries2(doc, env);
  for (const rule of rules) {
    if (rule.requires && !gates[rule.requires]) continue;
    for (const name of rule.env) {
      const pair = pairs.find((p) => keyName(p)?.toUpperCase() === name);
      const ref = pair ? githubSecretRefs(getText(doc, env, keyName(pair)) ?? "")[0] : void 0;
      const range = nodeRange(pair?.key);
      if (ref && range) {
        emit(rule, range[0], range[1], ref.text, { ...scope, input: keyName(pair) });
        break;
      }
    }
  }
}
function actionInputs(doc, action, inputs, gates, scope, rules, emit) {
  if (!inputs) return;
  const pairs = entries2(doc, inputs);
  for (const rule of rules) {
    if (rule.requires && !gates[rule.requires]) continue;
    for (const a of rule.actions) {
      if (!usesMatches(a.uses, action) || !conditionHolds(doc, inputs, a)) continue;
      for (const input of a.inputs) {
        const pair = pairs.find((p) => inputMatches(a, input, keyName(p) ?? ""));
        const value = pair ? getText(doc, inputs, keyName(pair)) : void 0;
        const range = nodeRange(pair?.key);
        if (!value || !range) continue;
        const secret = a.secretAfter !== void 0 ? referenceAfter(value, a.secretAfter) : githubSecretRefs(value)[0]?.text;
        if (!secret) continue;
        emit(rule, range[0], range[1], secret, { ...scope, input: keyName(pair) });
        break;
      }
    }
  }
}
function usesMatches(uses, action) {
  if (uses === "*") return true;
  if (uses.endsWith("/*")) return action.startsWith(uses.slice(0, -1));
  return action === uses;
}
function looseName(s) {
  return s.replace(/[A-Z]/g, (c) => c.toLowerCase()).replace(/_/g, "-");
}
function inputMatches(a, input, key) {
  return a.match === "loose" ? looseName(key) === looseName(input) : key === input;
}
function conditionHolds(doc, inputs, a) {
  const w = a.when;
  if (!w) return true;
  const value = getText(doc, inputs, w.input) ?? w.default;
  if (w.in && !w.in.includes((value ?? "").trim().toLowerCase())) return false;
  if (w.host) {
    const host = registryHost(value);
    if (host === void 0 || !w.host.some((re) => re.test(host))) return false;
  }
  return true;
}
function referenceAfter(value, key) {
  const refs = githubSecretRefs(value);
  const at = value.replace(/[A-Z]/g, (c) => c.toLowerCase()).indexOf(key.toLowerCase());
  return (at >= 0 ? refs.find((r) => r.index > at) : void 0)?.text ?? refs[0]?.text;
}
function resolveArg(doc, arg, rule, envs) {
  const direct = githubSecretRefs(arg)[0];
  if (direct) return direct.text;
  const v = /^\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))$|^\$env:([A-Za-z_]\w*)$/.exec(arg);
  const name = v ? v[1] ?? v[2] ?? v[3] : void 0;
  if (!name || rule.env.includes(name.toUpperCase())) return void 0;
  for (const env of envs) {
    const pair = getPair(doc, env, name);
    if (pair) return githubSecretRefs(getText(doc, env, name) ?? "")[0]?.text;
  }
  return void 0;
}

// src/detect/posture-gitlab.ts
var GLOBAL_KEYWORDS = /* @__PURE__ */ new Set([
  "default",
  "include",
  "stages",
  "variables",
  "workflow",
  "image",
  "services",
  "cache",
  "before_script",
  "after_script",
  "spec"
]);
var SCRIPT_KEYS = ["before_script", "script", "after_script"];
var FEDERATED_LOGIN_RE = /-method[= ]\s*(?:jwt|oidc)\b|assume-role-with-web-identity|--federated-token\b/;
var FEDERATED_LOGIN = {
  test(script) {
    for (let i = script.indexOf("auth/"); i !== -1; i = script.indexOf("auth/", i + 1)) {
      let e = i + 5;
      while (e < script.length && /[\w-]/.test(script[e])) e++;
      if (script.startsWith("/login", e) && /jwt|oidc/.test(script.slice(i + 5, e))) return true;
    }
    return FEDERATED_LOGIN_RE.test(script);
  }
};
function detectGitlabPosture(blob, doc, rules) {
  const root = asMap(doc, doc.contents);
  if (!root || rules.length === 0) return [];
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const emit = (rule, start, end, secret, details) => {
    const key = `${rule.id}:${start}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(postureMatch(blob, rule.id, start, end, secret, details));
  };
  const globalVars = asMap(doc, getNode(doc, root, "variables"));
  const dflt = asMap(doc, getNode(doc, root, "default"));
  const defaultTokens = idTokenNames(doc, dflt);
  for (const pair of entries2(doc, root)) {
    const name = keyName(pair);
    const job = asMap(doc, pair.value);
    if (!job || name === void 0 || GLOBAL_KEYWORDS.has(name)) continue;
    const idTokens = /* @__PURE__ */ new Set([...defaultTokens, ...idTokenNames(doc, job)]);
    const scripts = SCRIPT_KEYS.flatMap((k) => scriptsOf(blob, doc, getNode(doc, job, k) ?? getNode(doc, dflt, k) ?? getNode(doc, root, k)));
    const all = scripts.map((s) => s.text).join("\n");
    const gates = { "npm-publish": publishesNpm(all) && !otherNpmRegistry2(all), "pypi-publish": publishesPypi(all) };
    const federated = idTokens.size > 0 || FEDERATED_LOGIN.test(all);
    const jobVars = asMap(doc, getNode(doc, job, "variables"));
    for (const rule of rules) {
      if (rule.requires && !gates[rule.requires]) continue;
      const byVar = variableHit(doc, jobVars, rule, idTokens, { job: name, step: "variables" }, emit) || variableHit(doc, globalVars, rule, idTokens, { job: "*", step: "variables" }, emit);
      if (!byVar && !(rule.oidcDerivable && federated)) scriptHit(scripts, rule, idTokens, name, emit);
    }
    for (const s of scripts) {
      for (const hit of commandHits(s.text, s.start, rules)) {
        if (hit.command.requires && !gates[hit.command.requires]) continue;
        if (hit.literalOk) {
          emit(hit.rule, hit.start, hit.end, hit.arg, { job: name, step: "script", input: hit.arg });
          continue;
        }
        const ref = gitlabVarRefs(hit.arg, idTokens)[0];
        if (!ref || hit.rule.env.includes(ref.name) || federated) continue;
        emit(hit.rule, hit.start, hit.end, ref.text, { job: name, step: "script", input: ref.name });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
function idTokenNames(doc, map) {
  return entries2(doc, asMap(doc, getNode(doc, map, "id_tokens"))).map(keyName).filter((k) => k !== void 0);
}
function scriptsOf(blob, doc, node, depth = 0) {
  const n = deref(doc, node);
  if (depth > 4 || n === void 0) return [];
  if (isSeq(n)) return n.items.flatMap((i) => scriptsOf(blob, doc, i, depth + 1));
  const range = nodeRange(n);
  if (!isScalar(n) || !range) return [];
  return [{ text: blob.text.slice(range[0], range[1]), start: range[0], end: range[1] }];
}
function otherNpmRegistry2(script) {
  const hosts = [...script.matchAll(/(?:--registry[= ]\s*["']?https?:|_authToken)/g)].length;
  return hosts > 0 && !script.includes("registry.npmjs.org");
}
function variableHit(doc, vars, rule, idTokens, scope, emit) {
  if (!vars) return false;
  const pairs = entries2(doc, vars);
  for (const name of rule.env) {
    const pair = pairs.find((p) => keyName(p) === name);
    if (!pair) continue;
    const valueNode = deref(doc, pair.value);
    const value = scalarText(doc, valueNode) ?? scalarText(doc, getNode(doc, asMap(doc, valueNode), "value"));
    const ref = value !== void 0 ? gitlabVarRefs(value, idTokens)[0] : void 0;
    const range = nodeRange(pair.key);
    if (ref && range) {
      emit(rule, range[0], range[1], ref.text, { ...scope, input: name });
      return true;
    }
  }
  return false;
}
function scriptHit(scripts, rule, idTokens, job, emit) {
  for (const name of rule.env) {
    for (const s of scripts) {
      const ref = gitlabVarRefs(s.text, idTokens).find((r) => r.name === name);
      if (ref) {
        emit(rule, s.start + ref.index, s.start + ref.index + ref.text.length, ref.text, { job, step: "script", input: ref.name });
        return;
      }
    }
  }
}

// src/detect/posture.ts
var POSTURE_CONTEXTS = /* @__PURE__ */ new Set(["github-workflow", "gitlab-ci"]);
var POSTURE_MAX_CHARS = 1024 * 1024;
function detectPosture(blob, context, posture) {
  if (!POSTURE_CONTEXTS.has(context) || blob.text.length > POSTURE_MAX_CHARS) return [];
  const rules = context === "github-workflow" ? posture.github : posture.gitlab;
  if (rules.length === 0) return [];
  const doc = parseCiYaml(blob.text);
  if (!doc) return [];
  try {
    return context === "github-workflow" ? detectGithubPosture(blob, doc, rules) : detectGitlabPosture(blob, doc, rules);
  } catch (err) {
    throw new Error(`internal error in the ${context} posture detector: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
}

// src/model/structured-files.ts
function compileFileMatch(m) {
  const all = (list, flags = "") => list.map((s) => new RegExp(s, flags));
  return { name: all(m.name), notName: all(m.notName), path: all(m.path), contexts: new Set(m.contexts), content: all(m.content, "m") };
}
function fileMatchNames(m, path2, context) {
  const lower = path2.toLowerCase();
  const slash = lower.lastIndexOf("/");
  const name = slash === -1 ? lower : lower.slice(slash + 1);
  const named = m.name.some((re) => re.test(name)) || m.path.some((re) => re.test(lower)) || context !== void 0 && m.contexts.has(context);
  return named && !m.notName.some((re) => re.test(name));
}
function fileMatchReads(m, path2, text, context) {
  return fileMatchNames(m, path2, context) && m.content.every((re) => re.test(text));
}

// src/detect/structured-util.ts
function decodeBase64Text(value) {
  const s = value.replace(/\s+/g, "");
  if (s.length === 0 || s.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(s)) return void 0;
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.from(s, "base64"));
    return /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/.test(text) ? void 0 : text;
  } catch (err) {
    if (err.code === "ERR_ENCODING_INVALID_ENCODED_DATA") return void 0;
    throw err;
  }
}
function isParseFailure(err) {
  return err instanceof SyntaxError || isYamlError(err) || err instanceof RangeError && /call stack/i.test(err.message);
}
function decodeUserPassword(value) {
  const text = decodeBase64Text(value);
  if (text === void 0 || /[\r\n]/.test(text)) return void 0;
  const colon = text.indexOf(":");
  if (colon <= 0 || colon === text.length - 1) return void 0;
  return { username: text.slice(0, colon), password: text.slice(colon + 1) };
}
var SECRET_WORDS = /(?:^|_)(?:PASSWORD|PASSWD|PWD|PASS|PASSPHRASE|SECRET|SECRETS|TOKEN|APIKEY|API_KEY|ACCESS_KEY|SECRET_KEY|PRIVATE_KEY|AUTH|CREDENTIALS?|CREDS|CLIENT_SECRET|CONNSTR|CONN_STR|CONNECTION_STRING|SIGNING_KEY|ENCRYPTION_KEY|MASTER_KEY)(?:_|$)/;
var SETTING_WORDS = /* @__PURE__ */ new Set([
  "URL",
  "URI",
  "HOST",
  "PORT",
  "PATH",
  "FILE",
  "DIR",
  "NAME",
  "USER",
  "USERNAME",
  "ID",
  "TYPE",
  "LENGTH",
  "LEN",
  "TTL",
  "EXPIRY",
  "EXPIRES",
  "EXPIRATION",
  "ENABLED",
  "DISABLED",
  "HEADER",
  "METHOD",
  "ENDPOINT",
  "REGION",
  "ALGORITHM",
  "ALG",
  "MODE",
  "PROVIDER",
  "ISSUER",
  "AUDIENCE",
  "SCOPE",
  "SCOPES",
  "TIMEOUT",
  "VERSION",
  "LOCATION",
  "ARN",
  "FIELD",
  "PARAM",
  "PREFIX",
  "REF",
  "ENV",
  "VAR",
  "FORMAT",
  "LIFETIME",
  "DOMAIN",
  "POLICY"
]);
var PUBLIC_WORDS = /(?:^|_)(?:PUBLIC|PUB|PUBLISHABLE|SITE)(?:_|$)/;
function secretName(name) {
  const words = name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase().split(/[^A-Z0-9]+/).filter((w) => w.length > 0);
  if (words.length === 0 || SETTING_WORDS.has(words[words.length - 1])) return void 0;
  const joined2 = words.join("_");
  if (PUBLIC_WORDS.test(joined2)) return void 0;
  const last = words[words.length - 1];
  if (!SECRET_WORDS.test(joined2) && !(last === "KEY" && words.length > 1)) return void 0;
  return /(?:^|_)(?:PASSWORD|PASSWD|PWD|PASS|PASSPHRASE)(?:_|$)/.test(joined2) ? "password" : "secret";
}
var WEAK_PASSWORD = /^(?:password|passw0rd|changeme|changeit|secret|admin|root|guest|test|user|postgres|mysql|12345678|qwertyuiop|letmein|anonymous)\d{0,4}$/i;
function acceptValue(spec, value, at) {
  if (/\s/.test(value) || WEAK_PASSWORD.test(value)) return false;
  const where = at ?? { text: value, start: 0, end: value.length };
  return rejectReason({ spec, allow: [], secret: value, text: where.text, start: where.start, end: where.end, notes: [] }) === void 0;
}
function scalarSpan(node, text) {
  if (!isScalar(node) || typeof node.value !== "string" || !node.range) return void 0;
  const scalar = node;
  const [s, e] = scalar.range;
  switch (scalar.type) {
    case "QUOTE_DOUBLE":
    case "QUOTE_SINGLE":
      return e - 1 > s + 1 ? { start: s + 1, end: e - 1 } : void 0;
    case "PLAIN":
      return e > s ? { start: s, end: e } : void 0;
    default: {
      const nl = text.indexOf("\n", s);
      if (nl === -1 || nl >= e) return void 0;
      let start = nl + 1;
      while (start < e && (text[start] === " " || text[start] === "	" || text[start] === "\n" || text[start] === "\r")) start++;
      let end = e;
      while (end > start && /\s/.test(text[end - 1])) end--;
      return end > start ? { start, end } : void 0;
    }
  }
}
function nodeStart(node) {
  const range = node?.range;
  return range ? range[0] : void 0;
}
function overlaps(m, span) {
  return m.start < span.end && span.start < m.end;
}
function mergeDetails(m, details, notes) {
  const out = { ...m };
  if (details && Object.keys(details).length > 0) out.details = { ...m.details, ...details };
  if (notes && notes.length > 0) out.notes = [.../* @__PURE__ */ new Set([...m.notes ?? [], ...notes])];
  return out;
}
function report(run, hit) {
  const covering = run.existing.filter((m) => overlaps(m, hit.span));
  const specific = covering.filter((m) => !run.generic.has(m.patternId));
  const enrich = (list) => {
    for (const m of list) if (run.ids.has(m.patternId)) run.out.push(mergeDetails(m, hit.details, hit.notes));
  };
  if (hit.owns && run.ids.has(hit.id) && (specific.length > 0 || hit.accept())) {
    const m = makeMatch(run.blob, hit.id, hit.span, hit.secret, hit.details, hit.notes);
    const checked = specific.find((c) => c.checksum !== "none" && c.start === hit.span.start && c.end === hit.span.end);
    if (checked) m.checksum = checked.checksum;
    run.out.push(m);
    return;
  }
  if (specific.length > 0) return enrich(specific);
  if (covering.length > 0 && hit.overGeneric === false) return enrich(covering);
  if (run.ids.has(hit.id) && hit.accept()) {
    run.out.push(makeMatch(run.blob, hit.id, hit.span, hit.secret, hit.details, hit.notes));
    return;
  }
  enrich(covering);
}
function makeMatch(blob, id, span, secret, details, notes) {
  const a = positionAt(blob.lineStarts, span.start);
  const b = positionAt(blob.lineStarts, span.end);
  const m = {
    patternId: id,
    start: span.start,
    end: span.end,
    line: a.line,
    column: a.column,
    endLine: b.line,
    endColumn: b.column,
    secret,
    entropy: shannonEntropy(secret),
    checksum: "none"
  };
  if (details && Object.keys(details).length > 0) m.details = details;
  if (notes && notes.length > 0) m.notes = notes;
  return m;
}
function baseName(path2) {
  const slash = path2.lastIndexOf("/");
  return slash === -1 ? path2 : path2.slice(slash + 1);
}
function passwordSpec(id, minEntropy = 2.5) {
  return {
    id,
    name: id,
    provider: id.split(".")[0],
    family: "structured",
    kind: "static-key",
    severity: "high",
    confidence: "high",
    keywords: ["password"],
    regex: "(password)",
    flags: "",
    minEntropy,
    migration: "secrets-manager-rotation",
    references: [],
    tags: [],
    cwe: [],
    generic: true,
    publishable: false,
    allow: [],
    examples: [],
    negativeExamples: []
  };
}

// src/detect/structured-yaml.ts
function cleanDocuments(text) {
  try {
    return (composeYaml(text, { uniqueKeys: false, prettyErrors: false }) ?? []).filter((d) => d.errors.length === 0);
  } catch (err) {
    if (isParseFailure(err)) return [];
    throw err;
  }
}
function scalarString(map, key) {
  const v = map.get(key, true);
  return isScalar(v) && typeof v.value === "string" ? v.value : void 0;
}
function valueOf(run, map, key) {
  const node = map.get(key, true);
  const span = scalarSpan(node, run.blob.text);
  if (!span || !isScalar(node) || typeof node.value !== "string") return void 0;
  return { value: node.value, span };
}
function isKubeconfigRoot(root) {
  return isMap(root) && scalarString(root, "kind") === "Config" && scalarString(root, "apiVersion") === "v1" && isSeq(root.get("users", true)) && (root.has("clusters") || root.has("contexts"));
}
var PEM_KEY = /-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY-----\r?\n(?:[A-Za-z-]+:[^\n]*\r?\n)*(?:\r?\n)?([A-Za-z0-9+/=\r\n]{64,})-----END /;
var AUTH_PROVIDER_KEYS = [
  ["id-token", "kubernetes.kubeconfig-token"],
  ["access-token", "kubernetes.kubeconfig-token"],
  ["refresh-token", "kubernetes.kubeconfig-refresh-token"],
  ["client-secret", "kubernetes.kubeconfig-plugin-secret"]
];
function detectKubeconfig(run) {
  const text = run.blob.text;
  const own = (id, found, details, notes, accept) => {
    const spec = run.rules.get(id);
    const check = accept ?? (() => spec !== void 0 && acceptValue(spec, found.value, { text, ...found.span }));
    report(run, { id, span: found.span, secret: found.value, details, notes, accept: check, owns: true });
  };
  for (const doc of cleanDocuments(text)) {
    const root = doc.contents;
    if (!isKubeconfigRoot(root)) continue;
    const users = root.get("users", true);
    if (!isSeq(users)) continue;
    for (const entry of users.items) {
      if (!isMap(entry)) continue;
      const user = entry.get("user", true);
      if (!isMap(user)) continue;
      const details = {};
      const name = scalarString(entry, "name");
      if (name !== void 0) details.user = name;
      const token = valueOf(run, user, "token");
      if (token) own("kubernetes.kubeconfig-token", token, { ...details, field: "token" });
      const password = valueOf(run, user, "password");
      if (password) {
        const username = scalarString(user, "username");
        own("kubernetes.kubeconfig-password", password, username === void 0 ? details : { ...details, username });
      }
      const keyData = valueOf(run, user, "client-key-data");
      if (keyData) {
        const pem = decodeBase64Text(keyData.value);
        const m = pem === void 0 ? null : PEM_KEY.exec(pem);
        if (m) {
          const notes = ["decoded-from-base64"];
          if (/ENCRYPTED/.test(m[1]) || /Proc-Type:\s*4,ENCRYPTED/.test(pem)) notes.push("encrypted");
          const keyType = (m[1] ?? "").trim() || "PKCS8";
          own("kubernetes.kubeconfig-client-key", keyData, { ...details, keyType }, notes, () => true);
        }
      }
      const provider = user.get("auth-provider", true);
      const config = isMap(provider) ? provider.get("config", true) : void 0;
      if (isMap(config)) {
        for (const [key, id] of AUTH_PROVIDER_KEYS) {
          const found = valueOf(run, config, key);
          if (found) own(id, found, { ...details, field: `auth-provider.config.${key}` });
        }
      }
      const exec2 = user.get("exec", true);
      const env = isMap(exec2) ? exec2.get("env", true) : void 0;
      if (isSeq(env)) {
        for (const item of env.items) {
          if (!isMap(item)) continue;
          const varName = scalarString(item, "name");
          const found = valueOf(run, item, "value");
          if (varName === void 0 || !found || secretName(varName) === void 0) continue;
          own("kubernetes.kubeconfig-plugin-secret", found, { ...details, field: "exec.env", variable: varName });
        }
      }
    }
  }
}
function detectSecretManifests(run, scanDecoded) {
  const text = run.blob.text;
  for (const doc of cleanDocuments(text)) {
    const root = doc.contents;
    if (!isMap(root) || scalarString(root, "kind") !== "Secret") continue;
    const metadata = root.get("metadata", true);
    const manifestName = isMap(metadata) ? scalarString(metadata, "name") : void 0;
    for (const [field, encoded] of [["data", true], ["stringData", false]]) {
      const data = root.get(field, true);
      if (!isMap(data)) continue;
      for (const pair of data.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : void 0;
        const keyStart = nodeStart(pair.key);
        const valueSpan = scalarSpan(pair.value, text);
        if (key === void 0 || keyStart === void 0 || !valueSpan || !isScalar(pair.value)) continue;
        const raw = String(pair.value.value);
        const decoded2 = encoded ? decodeBase64Text(raw) : raw;
        if (decoded2 === void 0) continue;
        const span = encoded ? { start: keyStart, end: valueSpan.end } : valueSpan;
        const details = { dataKey: key };
        if (manifestName !== void 0) details.secretName = manifestName;
        const note = encoded ? ["decoded-from-base64"] : [];
        const found = scanDecoded(decoded2, key);
        for (const m of found) {
          if (!run.ids.has(m.patternId)) continue;
          const moved = makeMatch(run.blob, m.patternId, span, m.secret, { ...m.details, ...details }, [.../* @__PURE__ */ new Set([...m.notes ?? [], ...note])]);
          if (m.kindOverride) moved.kindOverride = m.kindOverride;
          if (m.severityOverride) moved.severityOverride = m.severityOverride;
          moved.checksum = m.checksum;
          run.out.push(moved);
        }
        if (found.length > 0 || /[\r\n]/.test(decoded2.trim())) continue;
        const spec = run.rules.get("kubernetes.secret-data");
        const value = decoded2.trim();
        if (!spec || !run.ids.has(spec.id)) continue;
        const named = secretName(key);
        if (named === void 0 && (NOT_SECRET_DATA_KEY.test(key) || value.length < 12)) continue;
        const judged = named === "password" ? { ...spec, minEntropy: 2.5 } : named === void 0 ? { ...spec, minEntropy: 3.5 } : spec;
        if (!acceptValue(judged, value)) continue;
        run.out.push(makeMatch(run.blob, spec.id, span, value, details, note));
      }
    }
  }
}
var NOT_SECRET_DATA_KEY = /(?:^|[._-])(?:ca|crt|cert|certificate|pem|pub|public|namespace|user|username|login|email|host|hostname|port|url|uri|endpoint|database|db|dbname|name|region|id|account|bucket|config|conf|json|yaml|yml|properties)$/i;

// src/detect/structured-json.ts
function jsonRoot(text) {
  try {
    JSON.parse(text);
  } catch (err) {
    if (isParseFailure(err)) return void 0;
    throw err;
  }
  const root = cleanDocuments(text)[0]?.contents;
  return isMap(root) ? root : void 0;
}
var DOCKER_PASSWORD = passwordSpec("docker.config-auth");
function detectDockerConfig(run) {
  const root = jsonRoot(run.blob.text);
  if (!root) return;
  let auths = root.get("auths", true);
  if (!isMap(auths) && baseName(run.blob.path) === ".dockercfg") auths = root;
  if (!isMap(auths)) return;
  for (const pair of auths.items) {
    if (!isScalar(pair.key) || !isMap(pair.value)) continue;
    const registry = String(pair.key.value);
    const entry = pair.value;
    const authNode = entry.get("auth", true);
    const authSpan = scalarSpan(authNode, run.blob.text);
    if (authSpan && isScalar(authNode)) {
      const value = String(authNode.value);
      const decoded2 = decodeUserPassword(value);
      if (decoded2) {
        const details = { registry, username: decoded2.username };
        const inside = run.rescan(decoded2.password).map((m) => m.patternId);
        if (inside.length > 0) details.passwordFormat = [...new Set(inside)].join(",");
        report(run, {
          id: "docker.config-auth",
          span: authSpan,
          secret: value,
          details,
          notes: ["decoded-from-base64"],
          accept: () => inside.length > 0 || acceptValue(DOCKER_PASSWORD, decoded2.password)
        });
      }
    }
    const tokenNode = entry.get("identitytoken", true);
    const tokenSpan = scalarSpan(tokenNode, run.blob.text);
    if (tokenSpan && isScalar(tokenNode)) {
      const value = String(tokenNode.value);
      report(run, {
        id: "docker.config-identity-token",
        span: tokenSpan,
        secret: value,
        details: { registry },
        accept: () => acceptValue({ ...DOCKER_PASSWORD, id: "docker.config-identity-token", minEntropy: 3.5 }, value)
      });
    }
  }
}
function detectServiceAccountKey(run) {
  const root = jsonRoot(run.blob.text);
  if (!root) return;
  const str = (k) => {
    const v = root.get(k, true);
    return isScalar(v) && typeof v.value === "string" ? v.value : void 0;
  };
  if (str("type") !== "service_account") return;
  const keyNode = root.get("private_key", true);
  const span = scalarSpan(keyNode, run.blob.text);
  if (!span) return;
  const details = {};
  for (const [k, d] of [["project_id", "projectId"], ["client_email", "clientEmail"], ["private_key_id", "keyId"]]) {
    const v = str(k);
    if (v !== void 0) details[d] = v;
  }
  report(run, { id: "gcp.service-account-key", span, secret: "", details, accept: () => false });
}

// src/detect/structured-text.ts
var NETRC_PASSWORD = passwordSpec("netrc.password");
var URL_PASSWORD = passwordSpec("url.basic-credentials");
function detectNetrc(run) {
  const text = run.blob.text;
  const tokens = [];
  const re = /\S+/g;
  let m;
  while ((m = re.exec(text)) !== null) {
    tokens.push({ value: m[0], start: m.index });
    if (m[0] === "macdef") {
      const name = re.exec(text);
      if (name === null) break;
      const blank = /\r?\n[ \t]*\r?\n/g;
      blank.lastIndex = re.lastIndex;
      const b = blank.exec(text);
      if (b === null) break;
      re.lastIndex = b.index + 1;
    }
  }
  let host;
  let login;
  const pending = [];
  const flush = () => {
    for (const p of pending) {
      const details = { host: p.host ?? "default" };
      if (login !== void 0) details.login = login;
      report(run, { id: "netrc.password", span: p.span, secret: p.value, details, accept: () => acceptValue(NETRC_PASSWORD, p.value, { text, ...p.span }) });
    }
    pending.length = 0;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i].value;
    if (t === "machine" || t === "default") {
      flush();
      login = void 0;
      host = t === "default" ? "default" : tokens[++i]?.value;
    } else if (t === "login" || t === "account") {
      const v = tokens[++i];
      if (t === "login" && v) login = v.value;
    } else if (t === "password" && host !== void 0) {
      const v = tokens[++i];
      if (v) pending.push({ value: v.value, span: { start: v.start, end: v.start + v.value.length }, host });
    }
  }
  flush();
}
function detectGitCredentials(run) {
  const text = run.blob.text;
  const re = /^[ \t]*[a-z][a-z0-9+.-]*:\/\/([^:@/\s]*):([^@\s]+)@([^/\s?#]+)/dgim;
  let m;
  while ((m = re.exec(text)) !== null) {
    const [s, e] = m.indices[2];
    const value = m[2];
    const details = { host: m[3], username: decodeURIComponentSafe(m[1]) };
    report(run, { id: "url.basic-credentials", span: { start: s, end: e }, secret: value, details, accept: () => acceptValue(URL_PASSWORD, value, { text, start: s, end: e }) });
  }
}
function decodeURIComponentSafe(s) {
  try {
    return decodeURIComponent(s);
  } catch (err) {
    if (err instanceof URIError) return s;
    throw err;
  }
}
function iniEntries(text, colon) {
  const out = [];
  let section = "";
  let start = 0;
  while (start <= text.length) {
    let end = start;
    while (end < text.length && !isLineBreak(text.charCodeAt(end))) end++;
    const entry = iniLine(text, start, end, colon);
    if (typeof entry === "string") section = entry;
    else if (entry) out.push({ section, ...entry });
    start = end + 1;
  }
  return out;
}
function isLineBreak(c) {
  return c === 10 || c === 13;
}
var isBlank = (c) => c === " " || c === "	";
function iniLine(text, start, end, colon) {
  let i = start;
  while (i < end && isBlank(text[i])) i++;
  if (i === end) return void 0;
  let last = end;
  while (last > i && isBlank(text[last - 1])) last--;
  const first = text[i];
  if (first === "[") {
    const close = text.indexOf("]", i + 1);
    return close === last - 1 && close > i + 1 ? text.slice(i + 1, close).trim() : void 0;
  }
  if (/\s/.test(first) || first === "#" || first === ";" || first === "=" || colon && first === ":") return void 0;
  let sep2 = i;
  while (sep2 < end && text[sep2] !== "=" && !(colon && text[sep2] === ":")) sep2++;
  if (sep2 === end) return void 0;
  let v = sep2 + 1;
  while (v < last && isBlank(text[v])) v++;
  if (v >= last) return void 0;
  return { key: text.slice(i, sep2).trim(), value: text.slice(v, last), span: { start: v, end: last } };
}
function detectPypirc(run) {
  const text = run.blob.text;
  const id = "pypi.pypirc-password";
  const spec = run.rules.get(id);
  const entries3 = iniEntries(text, true);
  for (const e of entries3) {
    if (e.key.toLowerCase() !== "password" || e.section === "" || e.section === "distutils") continue;
    const username = entries3.find((u) => u.section === e.section && u.key.toLowerCase() === "username")?.value;
    const details = { repository: e.section };
    if (username !== void 0) details.username = username;
    report(run, { id, span: e.span, secret: e.value, details, accept: () => spec !== void 0 && acceptValue(spec, e.value, { text, ...e.span }) });
  }
}
function unquote(value, span) {
  const q = value[0];
  if ((q === '"' || q === "'") && value.length >= 2 && value.endsWith(q)) {
    return { value: value.slice(1, -1), span: { start: span.start + 1, end: span.end - 1 } };
  }
  return { value, span };
}
var NPMRC_FIELDS = ["_authToken", "_password", "_auth"];
function detectNpmrc(run) {
  const text = run.blob.text;
  const entries3 = iniEntries(text, false);
  for (const raw of entries3) {
    const field = NPMRC_FIELDS.find((f) => raw.key.endsWith(f));
    if (field === void 0) continue;
    const { value, span } = unquote(raw.value, raw.span);
    const prefix = raw.key.slice(0, -field.length).replace(/:$/, "");
    const registry = prefix === "" ? "default" : prefix;
    if (field === "_auth") {
      const decoded2 = decodeUserPassword(value);
      if (!decoded2) continue;
      report(run, {
        id: "npm.npmrc-auth",
        span,
        secret: value,
        details: { registry, username: decoded2.username },
        notes: ["decoded-from-base64"],
        accept: () => acceptValue(passwordSpec("npm.npmrc-auth"), decoded2.password)
      });
    } else if (field === "_password") {
      const password = decodeBase64Text(value);
      if (password === void 0 || /[\r\n]/.test(password)) continue;
      const user = entries3.find((u) => u.key === (prefix === "" ? "username" : `${prefix}:username`));
      const details = { registry };
      if (user) details.username = unquote(user.value, user.span).value;
      report(run, { id: "npm.npmrc-password", span, secret: value, details, notes: ["decoded-from-base64"], accept: () => acceptValue(passwordSpec("npm.npmrc-password"), password) });
    } else {
      const spec = run.rules.get("npm.npmrc-auth-token");
      report(run, { id: "npm.npmrc-auth-token", span, secret: value, details: { registry }, accept: () => spec !== void 0 && acceptValue(spec, value, { text, ...span }) });
    }
  }
}
var RESOURCE_NAME = /^(?:arn:|[a-z][a-z0-9-]*(?:\/[a-z0-9][a-z0-9._-]*)+$)/;
function assignmentHit(run, id, name, value, span, details, force = false, overGeneric = false) {
  const kind = secretName(name);
  if (kind === void 0 && !force) return;
  if (value.includes("://") || /^(?:\/|~\/|\.\.?\/)/.test(value) || RESOURCE_NAME.test(value)) return;
  const base = run.rules.get(id);
  const spec = base && kind === "password" ? { ...base, minEntropy: 2.5 } : base;
  report(run, { id, span, secret: value, details, overGeneric, accept: () => spec !== void 0 && acceptValue(spec, value, { text: run.blob.text, ...span }) });
}
function detectDotenv(run) {
  const text = run.blob.text;
  const re = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=[ \t]*([^\r\n]*)/dgm;
  let m;
  while ((m = re.exec(text)) !== null) {
    const start = m.indices[2][0];
    const raw = m[2];
    let value;
    let vs;
    const q = raw[0];
    if (q === '"' || q === "'") {
      const close = raw.indexOf(q, 1);
      if (close === -1) continue;
      value = raw.slice(1, close);
      vs = start + 1;
    } else {
      const hash = raw.search(/\s#/);
      value = (hash === -1 ? raw : raw.slice(0, hash)).trimEnd();
      vs = start;
    }
    if (value === "") continue;
    assignmentHit(run, "dotenv.secret-assignment", m[1], value, { start: vs, end: vs + value.length }, { variable: m[1] }, false, true);
  }
}
function blockEnd(text, open, limit) {
  let depth = 0;
  for (let i = open; i < limit; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < limit && text[i] !== '"' && text[i] !== "\n"; i++) if (text[i] === "\\") i++;
    } else if (c === "#" || c === "/" && text[i + 1] === "/") {
      while (i < limit && text[i] !== "\n") i++;
    } else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return i;
  }
  return limit;
}
function detectTerraform(run) {
  const text = run.blob.text;
  const path2 = run.blob.path.toLowerCase();
  const id = "terraform.variable-secret";
  if (path2.endsWith(".tfvars.json")) {
    if (text.length > 1024 * 1024) return;
    const root = jsonRoot(text);
    for (const pair of root?.items ?? []) {
      const span = scalarSpan(pair.value, text);
      if (!span || !isScalar(pair.key) || !isScalar(pair.value) || typeof pair.value.value !== "string") continue;
      const name = String(pair.key.value);
      assignmentHit(run, id, name, pair.value.value, span, { variable: name }, false, true);
    }
    return;
  }
  if (path2.endsWith(".tfvars")) {
    const re = /^[ \t]*([A-Za-z_][\w-]*)[ \t]*=[ \t]*"((?:[^"\\\r\n]|\\.)*)"/dgm;
    let m;
    while ((m = re.exec(text)) !== null) {
      const [s, e] = m.indices[2];
      if (e > s) assignmentHit(run, id, m[1], m[2], { start: s, end: e }, { variable: m[1] }, false, true);
    }
    return;
  }
  const heads = [...text.matchAll(/^[ \t]*variable[ \t]+"([^"\r\n]+)"[ \t]*\{/gm)];
  for (let k = 0; k < heads.length; k++) {
    const v = heads[k];
    const open = v.index + v[0].length - 1;
    const body = text.slice(open, blockEnd(text, open, heads[k + 1]?.index ?? text.length));
    const sensitive = /^[ \t]*sensitive[ \t]*=[ \t]*true\b/m.test(body);
    const d = /^[ \t]*default[ \t]*=[ \t]*"((?:[^"\\\r\n]|\\.)*)"/dm.exec(body);
    if (!d || d[1] === "") continue;
    const [s, e] = d.indices[1];
    assignmentHit(run, id, v[1], d[1], { start: open + s, end: open + e }, { variable: v[1] }, sensitive);
  }
}

// src/detect/structured.ts
var MAX_DOCUMENT_CHARS = 1024 * 1024;
var PARSERS = {
  netrc: { parse: detectNetrc, document: false },
  "git-credentials": { parse: detectGitCredentials, document: false },
  pypirc: { parse: detectPypirc, document: false },
  npmrc: { parse: detectNpmrc, document: false },
  dotenv: { parse: detectDotenv, document: false },
  terraform: { parse: detectTerraform, document: false },
  "docker-config": { parse: detectDockerConfig, document: true },
  "gcp-key-file": { parse: detectServiceAccountKey, document: true },
  kubeconfig: { parse: detectKubeconfig, document: true },
  "kubernetes-secret": { parse: detectSecretManifests, document: true }
};
var FORMAT_TIER = OVERLAP_TIERS.indexOf("format");
function compileStructured(patterns, loaded) {
  return {
    kinds: loaded.kinds.map((k) => ({ parser: k.parser, files: k.files.map(compileFileMatch) })),
    ids: new Set(patterns.map((p) => p.id)),
    rules: new Map(loaded.patterns.map((p) => [p.id, p])),
    generic: new Set(patterns.filter((p) => patternTier(p) < FORMAT_TIER).map((p) => p.id))
  };
}
function parsersFor(structured, path2, text, context) {
  const out = [];
  for (const kind of structured.kinds) {
    const { parse, document } = PARSERS[kind.parser];
    if (document && text.length > MAX_DOCUMENT_CHARS) continue;
    if (kind.files.some((m) => fileMatchReads(m, path2, text, context))) out.push(parse);
  }
  return out;
}
function structuredApplies(structured, path2, context) {
  let memo = appliesMemo.get(structured);
  if (memo === void 0) appliesMemo.set(structured, memo = /* @__PURE__ */ new Map());
  const key = context === void 0 ? path2 : `${context}\0${path2}`;
  const known = memo.get(key);
  if (known !== void 0) return known;
  const applies = structured.kinds.some((k) => k.files.some((m) => fileMatchNames(m, path2, context)));
  if (memo.size >= APPLIES_MEMO_MAX) memo.clear();
  memo.set(key, applies);
  return applies;
}
var appliesMemo = /* @__PURE__ */ new WeakMap();
var APPLIES_MEMO_MAX = 4096;
var MAX_DEPTH = 2;
var INTERNAL = "internal error in the structured detector ";
function runParsers(blob, context, structured, rescan, existing, depth) {
  const parsers = parsersFor(structured, blob.path, blob.text, context);
  if (parsers.length === 0) return [];
  const { ids, rules, generic } = structured;
  const run = { blob, ids, rules, generic, rescan, existing: existing ?? rescan(blob.text), out: [] };
  const nested = (text, name) => {
    const inner = { path: name, text, lineStarts: lineIndex(text), encoding: "utf-8", bytes: Buffer.byteLength(text) };
    const base = rescan(text);
    if (depth >= MAX_DEPTH) return base;
    return mergeStructured(base, runParsers(inner, void 0, structured, rescan, base, depth + 1));
  };
  for (const parse of parsers) {
    try {
      parse(run, nested);
    } catch (err) {
      if (err instanceof Error && err.message.startsWith(INTERNAL)) throw err;
      throw new Error(`${INTERNAL}(${parse.name || "a parser"}): ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    }
  }
  return run.out;
}
function detectStructured(blob, context, structured, rescan, existing) {
  const b = blob.lineStarts.length > 0 ? blob : { ...blob, lineStarts: lineIndex(blob.text) };
  return runParsers(b, context, structured, rescan, existing, 0);
}
var keyOf = (m) => `${m.patternId}\0${m.start}\0${m.end}`;
var overlap = (a, b) => a.start < b.end && b.start < a.end;
var distinctDecoded = (a, b) => a.secret !== b.secret && a.notes?.includes("decoded-from-base64") === true && b.notes?.includes("decoded-from-base64") === true;
function mergeStructured(base, structured) {
  if (structured.length === 0) return base;
  const byKey = /* @__PURE__ */ new Map();
  for (const m of structured) byKey.set(keyOf(m), m);
  const baseKeys = new Set(base.map(keyOf));
  const added = [];
  for (const m of byKey.values()) {
    if (baseKeys.has(keyOf(m))) continue;
    if (!added.some((a) => overlap(a, m) && !distinctDecoded(a, m))) added.push(m);
  }
  const out = [];
  for (const m of base) {
    const replacement = byKey.get(keyOf(m));
    if (replacement) out.push(replacement);
    else if (!added.some((a) => overlap(a, m))) out.push(m);
  }
  out.push(...added.filter((a) => !out.some((o) => overlap(o, a) && !distinctDecoded(o, a))));
  return out.sort((a, b) => a.start - b.start || (a.patternId < b.patternId ? -1 : a.patternId > b.patternId ? 1 : 0));
}

// src/catalog/structured.ts
import { readdirSync as readdirSync2, readFileSync as readFileSync2 } from "node:fs";
import { basename as basename2, join as join2 } from "node:path";

// src/catalog/positions.ts
var positions = /* @__PURE__ */ new WeakMap();
function recordPosition(spec, pos) {
  positions.set(spec, pos);
}
function positionOf(spec) {
  const pos = positions.get(spec);
  if (typeof pos !== "function") return pos;
  const made = pos();
  if (made) positions.set(spec, made);
  else positions.delete(spec);
  return made;
}
function lineOf(spec, field) {
  const pos = positionOf(spec);
  if (!pos) return void 0;
  if (field === void 0) return pos.line;
  return pos.fields.get(field) ?? pos.fields.get(field.replace(/\[\d+\]$/, "")) ?? pos.line;
}

// src/catalog/regex-parse.ts
var MAX_UNIT = 65535;
function normalizeSet(ranges) {
  const sorted = ranges.filter(([lo, hi]) => lo <= hi).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}
function unionSets(...sets) {
  return normalizeSet(sets.flatMap((s) => s.map(([lo, hi]) => [lo, hi])));
}
function complementSet(set) {
  const out = [];
  let next = 0;
  for (const [lo, hi] of set) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= MAX_UNIT) out.push([next, MAX_UNIT]);
  return out;
}
function setsOverlap(a, b) {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const [alo, ahi] = a[i];
    const [blo, bhi] = b[j];
    if (alo <= bhi && blo <= ahi) return true;
    if (ahi < bhi) i++;
    else j++;
  }
  return false;
}
function foldCase(set) {
  const extra = [];
  for (const [lo, hi] of set) {
    for (const [a, z, shift] of [
      [65, 90, 32],
      [97, 122, -32]
    ]) {
      const from = Math.max(lo, a);
      const to = Math.min(hi, z);
      if (from <= to) extra.push([from + shift, to + shift]);
    }
  }
  return extra.length ? unionSets(set, extra) : set;
}
var single = (c) => [[c, c]];
var ALL = [[0, MAX_UNIT]];
var EMPTY = [];
var DIGIT = [[48, 57]];
var WORD = normalizeSet([
  [48, 57],
  [65, 90],
  [95, 95],
  [97, 122]
]);
var SPACE = normalizeSet([
  [9, 13],
  [32, 32],
  [160, 160],
  [5760, 5760],
  [8192, 8202],
  [8232, 8233],
  [8239, 8239],
  [8287, 8287],
  [12288, 12288],
  [65279, 65279]
]);
var LINE_TERMINATORS = normalizeSet([
  [10, 10],
  [13, 13],
  [8232, 8233]
]);
var RegexParseError = class extends Error {
};
function parseRegex(source, flags = "") {
  return new Parser(source, flags).parse();
}
var Parser = class {
  constructor(src, flags) {
    this.src = src;
    this.ignoreCase = flags.includes("i");
    this.dotAll = flags.includes("s");
  }
  src;
  pos = 0;
  captures = 0;
  ignoreCase;
  dotAll;
  parse() {
    const root = this.alternation();
    if (this.pos < this.src.length) throw this.fail(`unmatched ')'`);
    return { root, captureGroups: this.captures };
  }
  fail(message) {
    return new RegexParseError(`${message} at offset ${this.pos}`);
  }
  peek(offset = 0) {
    return this.src[this.pos + offset];
  }
  alternation() {
    const branches = [this.sequence()];
    while (this.peek() === "|") {
      this.pos++;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? branches[0] : { type: "alt", branches };
  }
  sequence() {
    const items = [];
    while (this.pos < this.src.length && this.peek() !== "|" && this.peek() !== ")") {
      const start = this.pos;
      const atom = this.atom();
      items.push(this.quantifier(atom, start));
    }
    return { type: "seq", items };
  }
  quantifier(atom, start) {
    let node = atom;
    for (; ; ) {
      const c = this.peek();
      let min;
      let max;
      if (c === "*") [min, max] = [0, Infinity];
      else if (c === "+") [min, max] = [1, Infinity];
      else if (c === "?") [min, max] = [0, 1];
      else if (c === "{") {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos));
        if (!m) return node;
        min = Number(m[1]);
        max = m[2] === void 0 ? min : m[3] === "" ? Infinity : Number(m[3]);
        this.pos += m[0].length - 1;
      } else return node;
      this.pos++;
      let lazy = false;
      if (this.peek() === "?") {
        lazy = true;
        this.pos++;
      }
      if (node.type === "quant") throw this.fail("nothing to repeat");
      node = { type: "quant", min, max, lazy, body: node, text: this.src.slice(start, this.pos) };
    }
  }
  charNode(set, literal) {
    return { type: "char", set: this.ignoreCase ? foldCase(set) : set, literal };
  }
  atom() {
    const c = this.src[this.pos++];
    switch (c) {
      case "^":
        return { type: "assert", kind: "^" };
      case "$":
        return { type: "assert", kind: "$" };
      case ".":
        return this.charNode(this.dotAll ? ALL : complementSet(LINE_TERMINATORS), false);
      case "[":
        return { type: "char", set: this.charClass(), literal: false };
      case "(":
        return this.group();
      case "*":
      case "+":
      case "?":
        throw this.fail("nothing to repeat");
      case "\\":
        return this.atomEscape();
      default:
        return this.charNode(single(c.charCodeAt(0)), true);
    }
  }
  group() {
    let kind = "capture";
    let name;
    if (this.peek() === "?") {
      const rest = this.src.slice(this.pos + 1);
      const named = /^<([A-Za-z_$][\w$]*)>/.exec(rest);
      const modifiers = /^[ims]*(-[ims]*)?:/.exec(rest);
      if (rest.startsWith(":")) [kind, this.pos] = ["group", this.pos + 2];
      else if (rest.startsWith("=")) [kind, this.pos] = ["lookahead", this.pos + 2];
      else if (rest.startsWith("!")) [kind, this.pos] = ["negative-lookahead", this.pos + 2];
      else if (rest.startsWith("<=")) [kind, this.pos] = ["lookbehind", this.pos + 3];
      else if (rest.startsWith("<!")) [kind, this.pos] = ["negative-lookbehind", this.pos + 3];
      else if (named) {
        name = named[1];
        this.pos += 1 + named[0].length;
      } else if (modifiers) [kind, this.pos] = ["group", this.pos + 1 + modifiers[0].length];
      else throw this.fail("invalid group");
    }
    if (kind === "capture") this.captures++;
    const body = this.alternation();
    if (this.peek() !== ")") throw this.fail(`unterminated group`);
    this.pos++;
    return name === void 0 ? { type: "group", kind, body } : { type: "group", kind, name, body };
  }
  atomEscape() {
    const c = this.src[this.pos];
    if (c === void 0) throw this.fail("\\ at end of pattern");
    if (c === "b" || c === "B") {
      this.pos++;
      return { type: "assert", kind: c };
    }
    if (c >= "1" && c <= "9") {
      const m = /^\d+/.exec(this.src.slice(this.pos));
      this.pos += m[0].length;
      return { type: "backref", ref: m[0] };
    }
    if (c === "k") {
      const m = /^k<([^>]+)>/.exec(this.src.slice(this.pos));
      if (m) {
        this.pos += m[0].length;
        return { type: "backref", ref: m[1] };
      }
    }
    const { set, literal } = this.classEscape(false);
    return this.charNode(set, literal);
  }
  /** Reads an escape after a backslash (pos is on the char after it); used in and out of classes. */
  classEscape(inClass) {
    const c = this.src[this.pos++];
    if (c === void 0) throw this.fail("\\ at end of pattern");
    const lit = (code) => ({ set: single(code), literal: true });
    switch (c) {
      case "d":
        return { set: DIGIT, literal: false };
      case "D":
        return { set: complementSet(DIGIT), literal: false };
      case "w":
        return { set: WORD, literal: false };
      case "W":
        return { set: complementSet(WORD), literal: false };
      case "s":
        return { set: SPACE, literal: false };
      case "S":
        return { set: complementSet(SPACE), literal: false };
      case "n":
        return lit(10);
      case "r":
        return lit(13);
      case "t":
        return lit(9);
      case "v":
        return lit(11);
      case "f":
        return lit(12);
      case "b":
        return lit(8);
      // only reached inside a class, where \b is backspace
      case "0":
        return lit(0);
      case "c": {
        const letter = this.peek();
        if (letter && /[A-Za-z]/.test(letter)) {
          this.pos++;
          return lit(letter.charCodeAt(0) % 32);
        }
        return lit(92);
      }
      case "x": {
        const m = /^[0-9A-Fa-f]{2}/.exec(this.src.slice(this.pos));
        if (m) {
          this.pos += 2;
          return lit(parseInt(m[0], 16));
        }
        return lit(120);
      }
      case "u": {
        const m = /^[0-9A-Fa-f]{4}/.exec(this.src.slice(this.pos));
        if (m) {
          this.pos += 4;
          return lit(parseInt(m[0], 16));
        }
        return lit(117);
      }
      default:
        if (inClass && c >= "1" && c <= "7") return lit(c.charCodeAt(0) - 48);
        return lit(c.charCodeAt(0));
    }
  }
  charClass() {
    let negate = false;
    if (this.peek() === "^") {
      negate = true;
      this.pos++;
    }
    const ranges = [];
    const readItem2 = () => {
      const c = this.src[this.pos++];
      if (c === "\\") {
        const { set: set2, literal } = this.classEscape(true);
        return literal ? { set: set2, single: set2[0][0] } : { set: set2 };
      }
      const code = c.charCodeAt(0);
      return { set: single(code), single: code };
    };
    for (; ; ) {
      const c = this.peek();
      if (c === void 0) throw this.fail("unterminated character class");
      if (c === "]") {
        this.pos++;
        break;
      }
      const first = readItem2();
      if (this.peek() === "-" && this.peek(1) !== void 0 && this.peek(1) !== "]") {
        const save = this.pos;
        this.pos++;
        const second = readItem2();
        if (first.single !== void 0 && second.single !== void 0) {
          if (first.single > second.single) throw this.fail("range out of order in character class");
          ranges.push([first.single, second.single]);
          continue;
        }
        this.pos = save;
      }
      ranges.push(...first.set);
    }
    let set = normalizeSet([...ranges]);
    if (this.ignoreCase) set = foldCase(set);
    return negate ? complementSet(set) : set;
  }
};

// src/catalog/regex-safety.ts
function isLookaround(n) {
  return n.type === "group" && n.kind !== "capture" && n.kind !== "group";
}
function nullable(n) {
  switch (n.type) {
    case "char":
      return false;
    case "seq":
      return n.items.every(nullable);
    case "alt":
      return n.branches.some(nullable);
    case "group":
      return isLookaround(n) || nullable(n.body);
    case "quant":
      return n.min === 0 || nullable(n.body);
    case "assert":
    case "backref":
      return true;
  }
}
function consumed(n) {
  switch (n.type) {
    case "char":
      return n.set;
    case "seq":
      return unionSets(...n.items.map(consumed));
    case "alt":
      return unionSets(...n.branches.map(consumed));
    case "group":
      return isLookaround(n) ? EMPTY : consumed(n.body);
    case "quant":
      return n.max === 0 ? EMPTY : consumed(n.body);
    case "assert":
      return EMPTY;
    case "backref":
      return ALL;
  }
}
function firstChars(n) {
  switch (n.type) {
    case "char":
      return n.set;
    case "seq": {
      const sets = [];
      for (const item of n.items) {
        sets.push(firstChars(item));
        if (!nullable(item)) break;
      }
      return unionSets(...sets);
    }
    case "alt":
      return unionSets(...n.branches.map(firstChars));
    case "group":
      return isLookaround(n) ? EMPTY : firstChars(n.body);
    case "quant":
      return n.max === 0 ? EMPTY : firstChars(n.body);
    case "assert":
      return EMPTY;
    case "backref":
      return ALL;
  }
}
function looseClash(a, b) {
  return setsOverlap(a.set, b.set) && a.required.every((s) => setsOverlap(s, b.set)) && b.required.every((s) => setsOverlap(s, a.set));
}
function edgeQuantifiers(n, edge) {
  switch (n.type) {
    case "seq": {
      const out = [];
      const items = edge === "head" ? n.items : [...n.items].reverse();
      for (const item of items) {
        out.push(...edgeQuantifiers(item, edge));
        if (!nullable(item)) break;
      }
      return out;
    }
    case "alt":
      return n.branches.flatMap((b) => edgeQuantifiers(b, edge));
    case "group":
      return isLookaround(n) ? [] : edgeQuantifiers(n.body, edge);
    case "quant": {
      if (n.max === 0) return [];
      const inner = edgeQuantifiers(n.body, edge);
      if (n.max !== Infinity) return inner;
      return [{ set: consumed(n.body), required: mandatorySets(n.body), text: n.text }, ...inner];
    }
    default:
      return [];
  }
}
function mandatorySets(n) {
  switch (n.type) {
    case "char":
      return [n.set];
    case "seq":
      return n.items.flatMap(mandatorySets);
    case "alt": {
      const perBranch = n.branches.map((b) => mandatorySets(b)[0]);
      if (perBranch.some((s) => s === void 0)) return [];
      return [unionSets(...perBranch)];
    }
    case "group":
      return isLookaround(n) ? [] : mandatorySets(n.body);
    case "quant":
      return n.min >= 1 ? mandatorySets(n.body) : [];
    default:
      return [];
  }
}
function prefixShape(n) {
  switch (n.type) {
    case "char":
      return { sets: [n.set], complete: true };
    case "assert":
      return { sets: [], complete: true };
    case "seq": {
      const sets = [];
      for (const item of n.items) {
        const shape = prefixShape(item);
        sets.push(...shape.sets);
        if (!shape.complete) return { sets, complete: false };
      }
      return { sets, complete: true };
    }
    case "group":
      return isLookaround(n) ? { sets: [], complete: true } : prefixShape(n.body);
    case "quant": {
      const inner = prefixShape(n.body);
      if (inner.complete && n.min === n.max && n.min * inner.sets.length <= 64) {
        return { sets: Array.from({ length: n.min }, () => inner.sets).flat(), complete: true };
      }
      return { sets: n.min >= 1 ? inner.sets : [], complete: false };
    }
    default:
      return { sets: [], complete: false };
  }
}
function branchesOverlap(a, b) {
  if (nullable(a) && nullable(b)) return true;
  const sa = prefixShape(a);
  const sb = prefixShape(b);
  const common = Math.min(sa.sets.length, sb.sets.length);
  for (let i = 0; i < common; i++) if (!setsOverlap(sa.sets[i], sb.sets[i])) return false;
  if (sa.complete && sb.complete) return sa.sets.length === sb.sets.length;
  if (sa.complete && sb.sets.length > sa.sets.length) return false;
  if (sb.complete && sa.sets.length > sb.sets.length) return false;
  if (common === 0) return setsOverlap(firstChars(a), firstChars(b));
  return true;
}
function innerUnbounded(n) {
  const out = [];
  const visit2 = (m) => {
    if (m.type === "quant" && m.max === Infinity) out.push(m);
    forChildren(m, visit2);
  };
  forChildren(n, visit2);
  return out;
}
function alternationsIn(n) {
  const out = [];
  const visit2 = (m) => {
    if (m.type === "alt") out.push(m);
    forChildren(m, visit2);
  };
  visit2(n);
  return out;
}
function forChildren(n, fn) {
  if (n.type === "seq") n.items.forEach(fn);
  else if (n.type === "alt") n.branches.forEach(fn);
  else if (n.type === "group" || n.type === "quant") fn(n.body);
}
function checkQuantifier(q) {
  if (q.max < 2) return void 0;
  const separators = mandatorySets(q.body);
  for (const inner of innerUnbounded(q.body)) {
    const chars = consumed(inner.body);
    if (!separators.some((s) => s.length > 0 && !setsOverlap(s, chars))) {
      return `nested quantifier: '${inner.text}' repeats inside '${q.text}' with no mandatory separator it cannot match`;
    }
  }
  for (const alt of alternationsIn(q.body)) {
    for (let i = 0; i < alt.branches.length; i++) {
      for (let j = i + 1; j < alt.branches.length; j++) {
        if (branchesOverlap(alt.branches[i], alt.branches[j])) {
          return `overlapping alternatives inside repeated '${q.text}': two branches can match the same text`;
        }
      }
    }
  }
  return void 0;
}
function checkSequence(items) {
  for (let i = 0; i < items.length; i++) {
    const tails = edgeQuantifiers(items[i], "tail");
    if (tails.length === 0) continue;
    for (let j = i + 1; j < items.length; j++) {
      for (const head of edgeQuantifiers(items[j], "head")) {
        const clash = tails.find((t) => looseClash(t, head));
        if (clash) {
          return `adjacent unbounded quantifiers '${clash.text}' and '${head.text}' can match the same characters with nothing mandatory between them`;
        }
      }
      if (!nullable(items[j])) break;
    }
  }
  return void 0;
}
function checkNode(n) {
  if (n.type === "quant") {
    const why = checkQuantifier(n);
    if (why) return why;
  }
  if (n.type === "seq") {
    const why = checkSequence(n.items);
    if (why) return why;
  }
  let found;
  forChildren(n, (child) => {
    found ??= checkNode(child);
  });
  return found;
}
function checkRegexSafety(source, flags = "") {
  let root;
  try {
    root = parseRegex(source, flags).root;
  } catch (err) {
    if (err instanceof RegexParseError) return `the safety checker cannot parse this regex (${err.message}); simplify it`;
    throw err;
  }
  return checkNode(root);
}

// src/catalog/lint.ts
function findDuplicateIds(specs, fallbackFile = "config") {
  const seen = /* @__PURE__ */ new Map();
  const problems = [];
  for (const spec of specs) {
    const first = seen.get(spec.id);
    if (!first) {
      seen.set(spec.id, spec);
      continue;
    }
    const where = positionOf(first);
    problems.push({
      file: positionOf(spec)?.file ?? fallbackFile,
      line: lineOf(spec, "id"),
      patternId: spec.id,
      field: "id",
      message: `duplicate id: already defined in ${where ? `${where.file}:${where.fields.get("id") ?? where.line}` : "another pattern"}; ids are unique and never renamed, pick a new one`
    });
  }
  return problems;
}

// src/catalog/load.ts
import { createHash } from "node:crypto";
import { isAscii } from "node:buffer";
import { existsSync, readdirSync, readFileSync, statSync as statSync2, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var COMPILED_FORMAT = 2;
var SIDECAR_ID_BYTES = 64;
function attachSidecars(json, file) {
  const sc = json.sidecars;
  if (!sc || typeof sc !== "object") return json;
  const dir = dirname(file);
  if (sc.positions) {
    const { file: name, id } = sc.positions;
    let rows;
    const read = () => {
      if (rows !== void 0) return rows;
      rows = null;
      try {
        const text = readFileSync(join(dir, basename(String(name))), "latin1");
        const nl = text.indexOf("\n");
        if (JSON.parse(text.slice(0, nl)).id === id) rows = JSON.parse(text.slice(nl + 1));
      } catch {
        rows = null;
      }
      return rows;
    };
    const rowsOf = (key) => () => {
      const r = read()?.[key];
      return Array.isArray(r) ? r : void 0;
    };
    json.positions = rowsOf("positions");
    if (json.posture) json.posture.positions = rowsOf("posture");
    if (json.structured) json.structured.positions = rowsOf("structured");
  }
  if (sc.automaton && json.automaton) {
    const { file: name, id, delta, outStart, outList } = sc.automaton;
    try {
      const bin = readFileSync(join(dir, basename(String(name))));
      if (bin.subarray(0, SIDECAR_ID_BYTES).toString("latin1").trimEnd() !== id) throw new Error("another build");
      const slice = ([at, len]) => int32View(bin, at, len);
      json.automaton = { ...json.automaton, delta: slice(delta), outStart: slice(outStart), outList: slice(outList) };
    } catch {
      delete json.automaton;
    }
  }
  return json;
}
function int32View(bin, at, len) {
  if (len % 4 !== 0 || at < 0 || at + len > bin.length) throw new Error("bad span");
  const off = bin.byteOffset + at;
  if (off % 4 === 0) return new Int32Array(bin.buffer, off, len / 4);
  const out = new Int32Array(len / 4);
  new Uint8Array(out.buffer).set(bin.subarray(at, at + len));
  return out;
}
function sha256(bytes) {
  return createHash("sha256").update(bytes).digest("hex");
}
function compiledCatalogFiles() {
  const here = dirname(fileURLToPath(import.meta.url));
  return [join(here, "catalog.json"), join(dirname(defaultPatternsDir()), "build", "catalog.json")];
}
var parsedCatalogs = /* @__PURE__ */ new Map();
var ownCatalogs;
function readCompiledCatalog(candidates) {
  ownCatalogs ??= new Set(compiledCatalogFiles());
  for (const file of candidates) {
    if (!ownCatalogs.has(file)) {
      const json2 = parseCompiledCatalog(file);
      if (json2) return json2;
      continue;
    }
    let stamp;
    try {
      const st = statSync2(file, { bigint: true });
      stamp = `${st.size}:${st.mtimeNs}:${st.ino}`;
    } catch {
      continue;
    }
    const known = parsedCatalogs.get(file);
    if (known && known.stamp === stamp) {
      if (known.json) return known.json;
      continue;
    }
    const json = parseCompiledCatalog(file);
    parsedCatalogs.set(file, { stamp, json });
    if (json) return json;
  }
  return void 0;
}
function parseCompiledCatalog(file) {
  let text;
  try {
    const bytes = readFileSync(file);
    text = isAscii(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
  } catch {
    return void 0;
  }
  try {
    const json = JSON.parse(text);
    if (json && json.format === COMPILED_FORMAT && typeof json.sources === "object" && json.sources !== null) return attachSidecars(json, file);
  } catch {
  }
  return void 0;
}
function compiledPatterns(c, dir, names, bytes) {
  const { files, patterns, positions: positions2 } = c;
  if (!Array.isArray(files) || !Array.isArray(patterns)) return void 0;
  if (typeof positions2 !== "function" && (!Array.isArray(positions2) || positions2.length !== patterns.length)) return void 0;
  if (files.length !== names.length || files.some((f, i) => f !== names[i])) return void 0;
  for (let i = 0; i < names.length; i++) {
    if (c.sources[names[i]] !== sha256(bytes[i])) return void 0;
  }
  const paths = files.map((name) => join(dir, name));
  if (typeof positions2 === "function") {
    for (let i = 0; i < patterns.length; i++) {
      recordPosition(patterns[i], () => {
        const rows = positions2();
        const row = rows && rows.length === patterns.length ? rows[i] : void 0;
        const file = row ? paths[row[0]] : void 0;
        return row && file !== void 0 ? { file, line: row[1], fields: new Map(row[2]) } : void 0;
      });
    }
    return patterns;
  }
  for (let i = 0; i < patterns.length; i++) {
    const [fileIndex, line, fields] = positions2[i];
    const file = paths[fileIndex];
    if (file === void 0) return void 0;
    recordPosition(patterns[i], () => ({ file, line, fields: new Map(fields) }));
  }
  return patterns;
}
var patternsDirFound;
function defaultPatternsDir() {
  if (patternsDirFound !== void 0) return patternsDirFound;
  const found = findPatternsDir();
  if (found !== void 0) patternsDirFound = found;
  return found ?? join(process.cwd(), "patterns");
}
function findPatternsDir() {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg)) {
      try {
        if (JSON.parse(readFileSync(pkg, "utf8")).name === "keyshift") return join(dir, "patterns");
      } catch {
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}

// src/catalog/posture.ts
function describe(value) {
  if (value === null || value === void 0) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a map";
  return `a ${typeof value}`;
}
function isPlainMap(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function typeProblem(kind, v) {
  switch (kind) {
    case "string":
      return typeof v === "string" ? void 0 : `expected a string, got ${describe(v)} (quote the value)`;
    case "boolean":
      return typeof v === "boolean" ? void 0 : `expected true or false, got ${describe(v)}`;
    case "string[]": {
      if (!Array.isArray(v)) return `expected a list of strings, got ${describe(v)}`;
      const bad = v.findIndex((x) => typeof x !== "string");
      return bad === -1 ? void 0 : `item ${bad} is ${describe(v[bad])}, expected a string (quote it)`;
    }
    case "list":
      return Array.isArray(v) ? void 0 : `expected a list, got ${describe(v)}`;
    case "map":
      return isPlainMap(v) ? void 0 : `expected a map, got ${describe(v)}`;
    case "string-map": {
      if (!isPlainMap(v)) return `expected a map of names to strings, got ${describe(v)}`;
      const bad = Object.entries(v).find(([, x]) => typeof x !== "string");
      return bad ? `'${bad[0]}' is ${describe(bad[1])}, expected a string (quote it)` : void 0;
    }
  }
}

// src/catalog/structured.ts
var STRUCTURED_DIR = "structured";
var TOP_FIELDS = {
  parser: { kind: "string", required: true },
  files: { kind: "list", required: true },
  rules: { kind: "list", required: true }
};
var FILES_FIELDS = {
  name: { kind: "string[]" },
  not_name: { kind: "string[]" },
  path: { kind: "string[]" },
  contexts: { kind: "string[]" },
  content: { kind: "string[]" }
};
var RULE_FIELDS = {
  id: { kind: "string", required: true },
  name: { kind: "string", required: true },
  provider: { kind: "string", required: true },
  kind: { kind: "string", required: true },
  severity: { kind: "string", required: true },
  confidence: { kind: "string" },
  migration: { kind: "string", required: true },
  keywords: { kind: "string[]", required: true },
  references: { kind: "string[]", required: true },
  tags: { kind: "string[]" },
  generic: { kind: "boolean" },
  tier: { kind: "string" },
  decoder: { kind: "string" },
  example_path: { kind: "string", required: true },
  examples: { kind: "string[]", required: true },
  negative_examples: { kind: "string[]", required: true }
};
var NUMBER_FIELDS = /* @__PURE__ */ new Set(["min_entropy"]);
function regexProblem(source, flags) {
  try {
    new RegExp(source, flags);
  } catch (err) {
    return `does not compile: ${err.message.replace(/^Invalid regular expression: /, "")}`;
  }
  const unsafe = checkRegexSafety(source, flags);
  return unsafe ? `unsafe regex: ${unsafe}` : void 0;
}
function parseStructuredFile(text, file) {
  const { LineCounter, parseDocument } = yamlLib();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const problems = [];
  if (doc.errors.length > 0) {
    for (const err of doc.errors) problems.push({ file, line: lineCounter.linePos(err.pos[0]).line, message: `YAML syntax error: ${err.message.split("\n")[0]}` });
    return { patterns: [], problems };
  }
  const lineAt2 = (path2) => {
    const node = path2.length === 0 ? doc.contents : doc.getIn(path2, true);
    return node?.range ? lineCounter.linePos(node.range[0]).line : void 0;
  };
  const keyLine = (path2) => {
    const parent = path2.length > 1 ? doc.getIn(path2.slice(0, -1), true) : doc.contents;
    const key = path2[path2.length - 1];
    const pair = parent?.items?.find((p) => p.key?.value === key);
    return pair?.key?.range ? lineCounter.linePos(pair.key.range[0]).line : lineAt2(path2);
  };
  const root = doc.toJSON();
  if (!isPlainMap(root)) {
    problems.push({ file, line: 1, message: "expected a map with the keys parser, files and rules" });
    return { patterns: [], problems };
  }
  const checkMap = (value, schema, path2, prefix, patternId, fields) => {
    let ok = true;
    const report2 = (field, at, message) => {
      problems.push({ file, line: keyLine(at) ?? lineAt2(path2), ...patternId !== void 0 && { patternId }, field, message });
    };
    for (const [key, v] of Object.entries(value)) {
      const field = `${prefix}${key}`;
      const line = keyLine([...path2, key]);
      if (line !== void 0) fields?.set(field, line);
      if (NUMBER_FIELDS.has(key) && schema === RULE_FIELDS) {
        if (typeof v !== "number") report2(field, [...path2, key], `expected a number, got ${describe(v)}`);
        continue;
      }
      const rule = schema[key];
      if (!rule) {
        report2(field, [...path2, key], `unknown key; allowed keys are ${[...Object.keys(schema), ...schema === RULE_FIELDS ? NUMBER_FIELDS : []].join(", ")}`);
        continue;
      }
      const problem = typeProblem(rule.kind, v);
      if (problem) {
        report2(field, [...path2, key], problem);
        if (rule.required) ok = false;
        continue;
      }
      if (Array.isArray(v) && fields) {
        v.forEach((_, i) => {
          const l = lineAt2([...path2, key, i]);
          if (l !== void 0) fields.set(`${field}[${i}]`, l);
        });
      }
    }
    for (const [key, rule] of Object.entries(schema)) {
      if (rule.required && !(key in value)) {
        report2(`${prefix}${key}`, path2, `missing required key '${key}'`);
        ok = false;
      }
    }
    return ok;
  };
  if (!checkMap(root, TOP_FIELDS, [], "")) return { patterns: [], problems };
  const parser = root.parser;
  if (!STRUCTURED_PARSERS.includes(parser)) {
    problems.push({ file, line: keyLine(["parser"]), field: "parser", message: `'${parser}' is not a structured parser; use one of ${STRUCTURED_PARSERS.join(" | ")}` });
    return { patterns: [], problems };
  }
  const files = [];
  root.files.forEach((raw, i) => {
    const at = ["files", i];
    if (!isPlainMap(raw)) {
      problems.push({ file, line: lineAt2(at), field: `files[${i}]`, message: `expected a map, got ${describe(raw)}` });
      return;
    }
    if (!checkMap(raw, FILES_FIELDS, at, `files[${i}].`)) return;
    const m = {
      name: raw.name ?? [],
      notName: raw.not_name ?? [],
      path: raw.path ?? [],
      contexts: raw.contexts ?? [],
      content: raw.content ?? []
    };
    let ok = true;
    if (m.name.length + m.path.length + m.contexts.length === 0) {
      problems.push({ file, line: lineAt2(at), field: `files[${i}]`, message: "names no file: give name, path or contexts" });
      ok = false;
    }
    m.contexts.forEach((c, j) => {
      if (!FILE_CONTEXTS.includes(c)) {
        problems.push({ file, line: lineAt2([...at, "contexts", j]), field: `files[${i}].contexts[${j}]`, message: `'${c}' is not a file context (${FILE_CONTEXTS.join(" | ")})` });
        ok = false;
      }
    });
    for (const [key, flags] of [["name", ""], ["not_name", ""], ["path", ""], ["content", "m"]]) {
      (raw[key] ?? []).forEach((source, j) => {
        const problem = regexProblem(source, flags);
        if (problem) {
          problems.push({ file, line: lineAt2([...at, key, j]), field: `files[${i}].${key}[${j}]`, message: problem });
          ok = false;
        }
      });
    }
    if (ok) files.push(m);
  });
  if (files.length === 0 && !problems.some((p) => p.field?.startsWith("files"))) {
    problems.push({ file, line: keyLine(["files"]), field: "files", message: "is empty; name the files this parser reads" });
  }
  const kind = { parser, files };
  const compiled = files.length === root.files.length ? files.map(compileFileMatch) : void 0;
  const patterns = [];
  root.rules.forEach((raw, i) => {
    const at = ["rules", i];
    const ruleLine = lineAt2(at);
    if (!isPlainMap(raw)) {
      problems.push({ file, line: ruleLine, field: "rules", message: `each rule must be a map, got ${describe(raw)}` });
      return;
    }
    const patternId = typeof raw.id === "string" ? raw.id : void 0;
    const fields = /* @__PURE__ */ new Map();
    if (!checkMap(raw, RULE_FIELDS, at, "", patternId, fields)) return;
    const examplePath = raw.example_path;
    if (compiled && !compiled.some((m) => fileMatchNames(m, examplePath))) {
      problems.push({ file, line: fields.get("example_path") ?? ruleLine, patternId, field: "example_path", message: `'${examplePath}' is not a file this kind reads (files: name / path); use a path the parser ${parser} reads` });
    }
    const keywords = raw.keywords;
    const words = keywords.map((k) => k.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("|");
    const spec = {
      id: raw.id,
      name: raw.name,
      provider: raw.provider,
      family: "structured",
      kind: raw.kind,
      severity: raw.severity,
      confidence: raw.confidence ?? "high",
      keywords,
      // Documentation only (`patterns list`, SARIF): the structured detector parses the file and never runs this.
      regex: `(${words})`,
      flags: "i",
      minEntropy: raw.min_entropy,
      migration: raw.migration,
      references: raw.references,
      tags: ["structured", ...raw.tags ?? []],
      cwe: [],
      generic: raw.generic === true,
      ...raw.tier !== void 0 && { tier: raw.tier },
      publishable: false,
      allow: [],
      ...raw.decoder !== void 0 && { decoder: raw.decoder },
      examples: raw.examples,
      negativeExamples: raw.negative_examples,
      examplePath,
      structured: { parser }
    };
    recordPosition(spec, { file, line: ruleLine ?? 1, fields });
    patterns.push(spec);
  });
  return { kind, patterns, problems };
}
function structuredSourceKey(name) {
  return `${STRUCTURED_DIR}/${name}`;
}
var cached;
function loadStructuredRules(dir, opts = {}) {
  const useCache = dir === void 0 && opts.compiled === void 0 && opts.catalog === void 0;
  if (useCache && cached) return cached;
  const folder = dir ?? join2(defaultPatternsDir(), STRUCTURED_DIR);
  let names;
  try {
    names = readdirSync2(folder, { withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith(".yaml")).map((e) => e.name).sort();
  } catch (err) {
    throw new ConfigError(
      `cannot read the structured rules folder (${err.code ?? err.message}); pass an existing folder of structured rule files`,
      folder,
      void 0,
      { cause: err }
    );
  }
  const files = names.map((n) => join2(folder, n));
  const bytes = files.map((f) => {
    try {
      return readFileSync2(f);
    } catch (err) {
      return err;
    }
  });
  const result = fromCompiled(folder, names, files, bytes, opts) ?? fromYaml(folder, files, bytes);
  if (useCache && result.problems.length === 0) cached = result;
  return result;
}
function fromCompiled(folder, names, files, bytes, opts) {
  const c = opts.compiled === false ? void 0 : opts.catalog ?? readCompiledCatalog(opts.compiled ?? compiledCatalogFiles());
  const s = c?.structured;
  if (!c || !s || !bytes.every((b) => Buffer.isBuffer(b))) return void 0;
  const sources = Object.fromEntries(names.map((n) => [n, c.sources[structuredSourceKey(n)] ?? ""]));
  const hit = compiledPatterns({ format: c.format, sources, files: s.files, patterns: s.patterns, positions: s.positions }, folder, names, bytes);
  return hit ? { kinds: s.kinds, patterns: hit, problems: [], files, from: "compiled" } : void 0;
}
function fromYaml(folder, files, bytes) {
  const kinds = [];
  const patterns = [];
  const problems = [];
  const parserFile = /* @__PURE__ */ new Map();
  files.forEach((file, i) => {
    const b = bytes[i];
    if (!Buffer.isBuffer(b)) {
      problems.push({ file, message: `cannot read the file (${b.code ?? b.message})` });
      return;
    }
    const parsed = parseStructuredFile(b.toString("utf8"), file);
    problems.push(...parsed.problems);
    patterns.push(...parsed.patterns);
    if (!parsed.kind) return;
    const other = parserFile.get(parsed.kind.parser);
    if (other !== void 0) {
      problems.push({ file, line: 1, field: "parser", message: `parser ${parsed.kind.parser} is already described by ${basename2(other)}; one file per parser` });
      return;
    }
    parserFile.set(parsed.kind.parser, file);
    kinds.push(parsed.kind);
  });
  for (const parser of STRUCTURED_PARSERS) {
    if (!parserFile.has(parser)) problems.push({ file: folder, field: "parser", message: `no file describes the parser ${parser}; add ${parser}.yaml with the files it reads` });
  }
  kinds.sort((a, b) => STRUCTURED_PARSERS.indexOf(a.parser) - STRUCTURED_PARSERS.indexOf(b.parser));
  const duplicates = findDuplicateIds(patterns);
  const dropped = new Set(duplicates.map((d) => d.patternId));
  const kept2 = patterns.filter((spec, i) => !dropped.has(spec.id) || patterns.findIndex((s) => s.id === spec.id) === i);
  return { kinds, patterns: kept2, problems: [...problems, ...duplicates], files, from: "yaml" };
}

// src/catalog/syntax.ts
import { readFileSync as readFileSync3 } from "node:fs";
import { join as join3 } from "node:path";
var SYNTAX_FILE = "syntax/assignments.yaml";
function syntaxFile(dir = defaultPatternsDir()) {
  return join3(dir, SYNTAX_FILE);
}
var SHAPE_KEYS = ["id", "regex", "flags", "requires", "needs", "key", "keywords", "examples", "negative_examples"];
function parseSyntaxFile(text, file) {
  const problems = [];
  let raw;
  try {
    raw = yamlLib().parse(text);
  } catch (err) {
    return { problems: [{ file, message: `YAML syntax error: ${err.message.split("\n")[0]}` }] };
  }
  const root = raw;
  if (root === null || typeof root !== "object" || !Array.isArray(root.shapes)) {
    return { problems: [{ file, field: "shapes", message: "expected a map with a shapes list (and compounds)" }] };
  }
  const shapes = [];
  const ids = /* @__PURE__ */ new Set();
  for (const [i, s] of root.shapes.entries()) {
    const where = (field, message) => {
      problems.push({ file, patternId: typeof s?.id === "string" ? s.id : `shapes[${i}]`, field, message });
    };
    if (s === null || typeof s !== "object") {
      where("shapes", "each shape must be a map");
      continue;
    }
    const o = s;
    for (const k of Object.keys(o)) if (!SHAPE_KEYS.includes(k)) where(k, `unknown key; allowed keys are ${SHAPE_KEYS.join(", ")}`);
    if (typeof o.id !== "string" || !/^[a-z0-9-]+$/.test(o.id)) where("id", "must be a lowercase name of letters, digits and -");
    else if (ids.has(o.id)) where("id", "duplicate shape id");
    else ids.add(o.id);
    if (typeof o.regex !== "string") {
      where("regex", "missing or not a string");
      continue;
    }
    const flags = typeof o.flags === "string" ? o.flags : "";
    try {
      new RegExp(o.regex, flags);
    } catch (err) {
      where("regex", `does not compile (${err.message})`);
      continue;
    }
    const unsafe = checkRegexSafety(o.regex);
    if (unsafe !== void 0) where("regex", unsafe);
    if (!o.regex.includes("(?<value>")) where("regex", "needs a named group (?<value>...)");
    if (o.key === void 0 && !o.regex.includes("(?<key>")) where("regex", "needs a named group (?<key>...) or a key field");
    if (o.requires !== void 0 && typeof o.requires !== "string") where("requires", "must be a regex string");
    if (o.needs !== void 0) {
      if (!Array.isArray(o.needs) || o.needs.length === 0 || o.needs.some((n) => typeof n !== "string" || n.trim() === "")) {
        where("needs", "must be a list of strings, each one or more literals separated by spaces");
      } else if (flags.includes("i") && o.needs.some((n) => /[A-Za-z]/.test(n))) {
        where("needs", "the shape is case-insensitive (flags: i): its needs may not contain letters");
      }
    }
    if (o.key !== void 0 && (!Array.isArray(o.keywords) || o.keywords.length === 0)) where("keywords", "a shape that implies its key needs keywords that find it");
    const examples = Array.isArray(o.examples) ? o.examples : [];
    const negatives = Array.isArray(o.negative_examples) ? o.negative_examples : [];
    if (examples.length < 2) where("examples", "needs at least two examples ({line, key, value})");
    if (negatives.length < 2) where("negative_examples", "needs at least two lines the shape must read nothing from");
    shapes.push({
      id: String(o.id),
      regex: o.regex,
      ...flags !== "" && { flags },
      ...typeof o.requires === "string" && { requires: o.requires },
      ...Array.isArray(o.needs) && { needs: o.needs.map(String) },
      ...typeof o.key === "string" && { key: o.key },
      ...Array.isArray(o.keywords) && { keywords: o.keywords.map(String) },
      examples,
      negativeExamples: negatives
    });
  }
  const compounds = {};
  if (root.compounds !== void 0) {
    if (root.compounds === null || typeof root.compounds !== "object" || Array.isArray(root.compounds)) {
      problems.push({ file, field: "compounds", message: "must be a map of word -> list of words" });
    } else {
      for (const [w, parts] of Object.entries(root.compounds)) {
        if (!Array.isArray(parts) || parts.some((p) => typeof p !== "string")) problems.push({ file, field: `compounds.${w}`, message: "must be a list of words" });
        else compounds[w.toLowerCase()] = parts.map((p) => p.toLowerCase());
      }
    }
  }
  return { syntax: { shapes, compounds }, problems };
}
var cached2;
function loadAssignmentSyntax(opts = {}) {
  if (cached2 && opts.dir === void 0) return cached2;
  const file = syntaxFile(opts.dir);
  let bytes;
  try {
    bytes = readFileSync3(file);
  } catch (err) {
    throw new ConfigError(`cannot read the assignment shapes ${file} (${err.code ?? err.message})`, void 0, void 0, { cause: err });
  }
  const compiled = opts.catalog ?? (opts.dir === void 0 ? readCompiledCatalog(compiledCatalogFiles()) : void 0);
  let syntax;
  if (compiled?.syntax && compiled.sources[SYNTAX_FILE] === sha256(bytes)) syntax = compiled.syntax;
  else {
    const parsed = parseSyntaxFile(bytes.toString("utf8"), file);
    if (parsed.problems.length > 0 || !parsed.syntax) {
      throw new ConfigError(`${parsed.problems.length} problem(s) in ${file}:
${parsed.problems.map((p) => `${p.file}: ${p.patternId ?? ""} ${p.field ?? ""}: ${p.message}`).join("\n")}`);
    }
    syntax = parsed.syntax;
  }
  if (opts.dir === void 0) cached2 = syntax;
  return syntax;
}

// src/model/decode-depth.ts
var DEFAULT_DECODE_DEPTH = 5;

// src/detect/decode.ts
var MIN_RUN = 40;
var MAX_RUN = 1024 * 1024;
var MIN_DECODED = 16;
var ESCAPE_BEFORE = 2048;
var ESCAPE_AFTER = 16384;
var B64 = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-") B64[c.charCodeAt(0)] = 1;
var inB64 = (c) => c < 128 && B64[c] === 1;
var isHexCode = (c) => c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
function base64Runs(text, from = 0, to = text.length, out = []) {
  const M = MIN_RUN;
  let i = from + M - 1;
  while (i < to) {
    if (!inB64(text.charCodeAt(i))) {
      i += M;
      continue;
    }
    const lo = i - M + 1;
    let j = i - 1;
    while (j >= lo && inB64(text.charCodeAt(j))) j--;
    if (j >= lo) {
      i = j + M;
      continue;
    }
    let e = i + 1;
    while (e < to && inB64(text.charCodeAt(e))) e++;
    let s = lo;
    while (s > from && inB64(text.charCodeAt(s - 1))) s--;
    out.push([s, e]);
    i = e + M;
  }
  return out;
}
function candidateRuns(text, code) {
  return code ? [] : base64Runs(text);
}
function looksLikeText(bytes) {
  const n = bytes.length;
  if (n < MIN_DECODED) return false;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b < 32 ? b !== 9 && b !== 10 && b !== 13 : b === 127) bad++;
  }
  return bad * 20 <= n;
}
var utf8 = new TextDecoder("utf-8");
var B64_VALUE = new Int8Array(128).fill(-1);
"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".split("").forEach((c, i) => B64_VALUE[c.charCodeAt(0)] = i);
B64_VALUE[45] = 62;
B64_VALUE[95] = 63;
var HEAD_UNITS = 16;
function plausibleText(text, s, e, hex) {
  if (hex) {
    for (let k = 0, i = s; k < HEAD_UNITS && i + 1 < e; k++, i += 2) {
      const d = text.charCodeAt(i);
      if (!(d === 48 || d >= 50 && d <= 55)) return false;
    }
    return true;
  }
  for (let k = 0, i = s; k < HEAD_UNITS && i + 3 < e; k++, i += 4) {
    const v = B64_VALUE[text.charCodeAt(i)];
    if (v < 0 || v >= 32) return false;
  }
  return true;
}
function decodeRun(text, s, e) {
  let hex = (e - s) % 2 === 0;
  for (let i = s; hex && i < e; i++) hex = isHexCode(text.charCodeAt(i));
  if (!plausibleText(text, s, e, hex)) return void 0;
  const bytes = Buffer.from(text.slice(s, e), hex ? "hex" : "base64");
  if (!looksLikeText(bytes)) return void 0;
  const decoded2 = utf8.decode(bytes);
  if (decoded2.includes("\uFFFD")) return void 0;
  return { text: decoded2, encoding: hex ? "hex" : "base64", ascii: decoded2.length === bytes.length };
}
function runPieces(text, code, budget) {
  const out = [];
  for (const [s, e] of candidateRuns(text, code)) {
    if (e - s > MAX_RUN || budget.left <= 0) continue;
    const d = decodeRun(text, s, e);
    if (!d) continue;
    budget.left -= d.text.length;
    const map = d.ascii ? d.encoding === "base64" ? (a, b) => [s + Math.floor(a / 3) * 4, Math.min(e, s + Math.ceil(b / 3) * 4)] : (a, b) => [s + a * 2, Math.min(e, s + b * 2)] : () => [s, e];
    out.push({ text: d.text, encoding: d.encoding, map });
  }
  return out;
}
function inUrlRun(c) {
  return c > 32 && c < 127 && c !== 34 && c !== 39 && c !== 60 && c !== 62 && c !== 96 && c !== 92;
}
function percentPieces(text, budget) {
  const out = [];
  let next = 0;
  for (let p = text.indexOf("%"); p !== -1 && budget.left > 0; p = text.indexOf("%", Math.max(p + 1, next))) {
    if (p < next || !isHexCode(text.charCodeAt(p + 1)) || !isHexCode(text.charCodeAt(p + 2))) continue;
    let s = p;
    while (s > 0 && inUrlRun(text.charCodeAt(s - 1))) s--;
    let e = p;
    while (e < text.length && inUrlRun(text.charCodeAt(e))) e++;
    next = e;
    if (e - s > MAX_RUN) continue;
    const bytes = [];
    const pos = [];
    let escapes = 0;
    for (let i = s; i < e; ) {
      const c = text.charCodeAt(i);
      if (c === 37 && isHexCode(text.charCodeAt(i + 1)) && isHexCode(text.charCodeAt(i + 2))) {
        bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
        pos.push(i);
        escapes++;
        i += 3;
      } else {
        bytes.push(c);
        pos.push(i);
        i++;
      }
    }
    if (escapes < 3) continue;
    const buf = Uint8Array.from(bytes);
    if (!looksLikeText(buf)) continue;
    const decoded2 = utf8.decode(buf);
    if (decoded2.includes("\uFFFD")) continue;
    budget.left -= decoded2.length;
    pos.push(e);
    const ascii2 = decoded2.length === buf.length;
    out.push({ text: decoded2, encoding: "percent", map: ascii2 ? (a, b) => [pos[a], pos[b]] : () => [s, e] });
  }
  return out;
}
function escapePieces(text, lineStarts, minified, budget) {
  const out = [];
  const hits = [];
  if (minified) {
    for (let p = text.indexOf("-----BEGIN"); p !== -1; p = text.indexOf("-----BEGIN", p + 10)) {
      const after = text.indexOf("\\", p + 10);
      if (after !== -1 && after - p < 64) hits.push(p);
    }
  } else {
    for (const probe of ['\\"', "\\\\n"]) {
      for (let p = text.indexOf(probe); p !== -1; p = text.indexOf(probe, p + probe.length)) hits.push(p);
    }
    hits.sort((a, b) => a - b);
  }
  let doneTo = 0;
  for (const p of hits) {
    if (p < doneTo || budget.left <= 0) continue;
    const li = lineIndexAt(lineStarts, p);
    const ls = lineStarts[li];
    let le = li + 1 < lineStarts.length ? lineStarts[li + 1] : text.length;
    if (le > ls && text.charCodeAt(le - 1) === 10) le--;
    const long = le - ls > ESCAPE_BEFORE + ESCAPE_AFTER;
    const s = long ? Math.max(ls, p - ESCAPE_BEFORE) : ls;
    const e = long ? Math.min(le, p + ESCAPE_AFTER) : le;
    doneTo = e;
    const piece = unescapeOnce(text, s, e);
    if (!piece || piece.text.length < MIN_DECODED) continue;
    budget.left -= piece.text.length;
    const pos = piece.pos;
    out.push({ text: piece.text, encoding: "escape", map: (a, b) => [pos[a], pos[b]] });
  }
  return out;
}
var SIMPLE_ESCAPES = { n: "\n", r: "\r", t: "	", '"': '"', "'": "'", "\\": "\\", "/": "/" };
function unescapeOnce(text, s, e) {
  let out = "";
  const pos = [];
  let changed = false;
  for (let i = s; i < e; ) {
    const c = text[i];
    if (c === "\\" && i + 1 < e) {
      const n = text[i + 1];
      const simple = SIMPLE_ESCAPES[n];
      if (simple !== void 0) {
        out += simple;
        pos.push(i);
        i += 2;
        changed = true;
        continue;
      }
      if (n === "u" && i + 5 < e && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
        out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
        pos.push(i);
        i += 6;
        changed = true;
        continue;
      }
    }
    out += c;
    pos.push(i);
    i++;
  }
  pos.push(e);
  return changed ? { text: out, pos } : void 0;
}
function detectDecoded(blob, compiled, existing, opts) {
  if (opts.depth <= 0) return [];
  const seen = new Set(existing.map((m) => m.secret));
  const found = [];
  const budget = { left: 2 * blob.text.length + 1024 * 1024 };
  const starts = blob.lineStarts.length > 0 ? blob.lineStarts : lineIndex(blob.text);
  const identity = (a, b) => [a, b];
  const visit2 = (text, lineStarts, minified, toOuter, chain, level) => {
    const pieces = [...runPieces(text, level === 1 && (opts.code ?? false), budget), ...percentPieces(text, budget), ...escapePieces(text, lineStarts, minified, budget)];
    for (const piece of pieces) {
      const inner = piece.text;
      const innerStarts = lineIndex(inner);
      const mapOut = (a, b) => {
        const [s, e] = piece.map(a, b);
        return toOuter(s, e);
      };
      const encodings = [...chain, piece.encoding];
      const decodedBlob = { path: "decoded.txt", text: inner, lineStarts: innerStarts, encoding: "utf-8", bytes: inner.length };
      const innerMinified = piece.encoding === "escape" ? minified : isMinified("decoded.txt", inner, innerStarts);
      for (const m of detectMatches(decodedBlob, compiled, { lockfile: opts.lockfile ?? false, minified: innerMinified })) {
        if (seen.has(m.secret)) continue;
        seen.add(m.secret);
        const [s, e] = mapOut(m.start, m.end);
        found.push(relocate(starts, m, s, e, encodings));
      }
      if (level < opts.depth) visit2(inner, innerStarts, innerMinified, mapOut, encodings, level + 1);
    }
  };
  visit2(blob.text, starts, opts.minified ?? isMinified(blob.path, blob.text, starts), identity, [], 1);
  return found;
}
function relocate(lineStarts, m, s, e, encodings) {
  const a = positionAt(lineStarts, s);
  const b = positionAt(lineStarts, e);
  const details = { ...m.details, encoding: encodings.join(" > ") };
  if (typeof details.pairedLine === "number") details.pairedLine = a.line;
  return { ...m, start: s, end: e, line: a.line, column: a.column, endLine: b.line, endColumn: b.column, details, notes: [...m.notes ?? [], "decoded"] };
}
function mergeDecoded(plain, decoded2, isGeneric) {
  if (decoded2.length === 0) return plain;
  const overlap2 = (a, b) => a.start < b.end && b.start < a.end;
  const kept2 = decoded2.filter((d) => !plain.some((p) => overlap2(p, d) && !(isGeneric(p.patternId) && !isGeneric(d.patternId))));
  const out = plain.filter((p) => !(isGeneric(p.patternId) && kept2.some((d) => !isGeneric(d.patternId) && overlap2(p, d))));
  out.push(...kept2);
  return out.sort((a, b) => a.start - b.start || (a.patternId < b.patternId ? -1 : a.patternId > b.patternId ? 1 : 0));
}

// src/detect/compose.ts
var CHUNK_OVERLAP_FLOOR = 64 * 1024;
function chunkOverlap(compiled) {
  let keyword = 0;
  for (const n of compiled.automaton.lengths) keyword = Math.max(keyword, n);
  let reach = LONG_LINE;
  for (const p of compiled.patterns) reach = Math.max(reach, (p.spec.windowBefore ?? 0) + (p.spec.windowAfter ?? 0));
  return Math.max(CHUNK_OVERLAP_FLOOR, 2 * (reach + keyword));
}
function isStructural(spec) {
  return spec.posture !== void 0 || spec.structured !== void 0;
}
function createEngine(patterns, structured = loadStructuredRules()) {
  const regexPatterns = patterns.filter((p) => !isStructural(p) && p.signature === void 0);
  const compiled = compileCatalog(regexPatterns, regexPatterns.some((p) => p.assignment !== void 0) ? loadAssignmentSyntax() : void 0, { prebuilt: compiledAutomaton, index: readCompiledCatalog(compiledCatalogFiles())?.engineIndex });
  return {
    compiled,
    overlap: chunkOverlap(compiled),
    decodeDepth: DEFAULT_DECODE_DEPTH,
    posture: compilePosture(patterns),
    activeIds: new Set(patterns.map((p) => p.id)),
    structured: compileStructured(patterns, structured),
    signatures: patterns.filter((p) => p.signature !== void 0).map((p) => ({ id: p.id, re: new RegExp(p.signature, "s"), path: p.path !== void 0 ? new RegExp(p.path) : void 0 }))
  };
}
var decoded;
function compiledAutomaton(keywords) {
  if (decoded && builtFrom(decoded, keywords)) return decoded.automaton;
  const s = readCompiledCatalog(compiledCatalogFiles())?.automaton;
  if (!s || !builtFrom(s, keywords)) return void 0;
  decoded = { keywords: s.keywords, automaton: deserializeAutomaton(s) };
  return decoded.automaton;
}
function withDecoded(blob, matches, engine, context, lockfile, minified) {
  const decoded2 = detectDecoded(blob, engine.compiled, matches, { depth: engine.decodeDepth, lockfile, minified, code: context === "code" });
  if (decoded2.length === 0) return matches;
  const generic = (id) => engine.compiled.patterns[engine.compiled.byId.get(id) ?? -1]?.spec.generic === true;
  return applyPairs(mergeDecoded(matches, decoded2, generic), engine.compiled);
}
function detectAll(blob, context, engine) {
  const lockfile = isLockfile(blob.path);
  const minified = isMinified(blob.path, blob.text, blob.lineStarts);
  let matches = detectMatches(blob, engine.compiled, { lockfile, minified });
  if (POSTURE_CONTEXTS.has(context) && engine.posture.github.length + engine.posture.gitlab.length > 0) {
    matches = [...matches, ...detectPosture(blob, context, engine.posture)].sort((a, b) => a.start - b.start || (a.patternId < b.patternId ? -1 : 1));
  }
  if (structuredApplies(engine.structured, blob.path, context)) {
    const rescan = (t) => detectMatches({ path: "decoded.txt", text: t, lineStarts: lineIndex(t), encoding: "utf-8", bytes: t.length }, engine.compiled, { lockfile: false, minified: false });
    matches = mergeStructured(matches, detectStructured(blob, context, engine.structured, rescan, matches));
  }
  if (engine.decodeDepth > 0) matches = withDecoded(blob, matches, engine, context, lockfile, minified);
  return matches;
}
function detectSignatures(path2, skip2, engine) {
  const head = binaryHead(skip2);
  if (head === void 0) return [];
  const out = [];
  for (const sig of engine.signatures) {
    if (!engine.activeIds.has(sig.id) || sig.path !== void 0 && !sig.path.test(path2) || !sig.re.test(head)) continue;
    out.push({ patternId: sig.id, start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1, secret: Buffer.from(head, "latin1").toString("hex"), entropy: 0, checksum: "none", notes: ["binary-container"] });
    break;
  }
  return out;
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
var EXAMPLE_FILE_RE = /(?:^|[._-])(?:examples?|samples?)\.[a-z0-9]+$/i;
var VENDOR_DIRS = /* @__PURE__ */ new Set(["node_modules", "vendor", "third_party", "third-party", "bower_components"]);
var TEST_FILE_RES = [
  /\.(?:test|spec)\.[^.]+$/,
  /_test\.(?:go|py|rb|exs?)$/,
  /^test_[^/]+\.py$/,
  /_spec\.rb$/,
  /[a-z0-9]Tests?\.(?:java|kt|cs|scala|groovy)$/
];
function splitPath(path2) {
  const segs = path2.replace(/\\/g, "/").replace(/^(?:\.\/)+/, "").split("/").filter((s) => s !== "" && s !== ".");
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
  if (p.lower === "config" && /^kind:[ \t]*["']?Config["']?[ \t]*\r?$/m.test(head) && /^apiVersion:[ \t]*["']?v1["']?[ \t]*\r?$/m.test(head)) {
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
  if (p.dirs.some((d) => DOC_DIRS.has(d) || EXAMPLE_DIRS.has(d)) || DOC_EXTS.has(p.ext) || EXAMPLE_FILE_RE.test(p.base)) return "docs";
  return "source";
}
function detectContext(path2, head) {
  const known = pathMemo.get(path2);
  const { parts, pathRole } = known ?? rememberPath(path2);
  const text = head === void 0 ? "" : head.slice(0, HEAD_BYTES);
  const rule = RULES.find(([, test]) => test(parts, text));
  return { context: rule ? rule[0] : "other", pathRole };
}
var pathMemo = /* @__PURE__ */ new Map();
var PATH_MEMO_MAX = 4096;
function rememberPath(path2) {
  const parts = splitPath(path2);
  const entry = { parts, pathRole: detectPathRole(parts) };
  if (pathMemo.size >= PATH_MEMO_MAX) pathMemo.clear();
  pathMemo.set(path2, entry);
  return entry;
}

// src/suppress/directives.ts
var PROBES = ["keyshift:", "gitleaks:allow", "pragma:", "trufflehog:ignore", "secretlint-disable"];
var MAX_TAIL = 2048;
var KEYSHIFT = new RegExp(`keyshift:(allow-next-line|allow)(?![\\w-])([^\\r\\n]{0,${MAX_TAIL}})`, "y");
var PATTERN_ID = /^[A-Za-z0-9][\w-]*(?:\.[A-Za-z0-9][\w-]*)+/;
var PRAGMA = /pragma: ?(?:allow|white)list[ -](nextline[ -])?secret/y;
var SECRETLINT = /secretlint-disable-(next-line|line)(?![\w-])/y;
var GITLEAKS = /gitleaks:allow(?![\w-])/y;
var TRUFFLEHOG = /trufflehog:ignore(?![\w-])/y;
var CLOSERS = ["*/", "-->", "--%>", "%>", "#}", "*)", "-}"];
function trimReason(raw) {
  const t = raw.trimEnd();
  let keep = t.length;
  for (const c of CLOSERS) if (t.endsWith(c)) keep = Math.min(keep, t.length - c.length);
  let i = t.length;
  while (i > 0 && (t[i - 1] === ";" || t[i - 1] === "," || t[i - 1] === ")")) i--;
  const u = t.slice(0, i).trimEnd();
  const q = u[u.length - 1];
  if (q === '"' || q === "'" || q === "`") keep = Math.min(keep, u.length - 1);
  return t.slice(0, keep).trim();
}
function findDirectives(text, lineStarts) {
  const out = /* @__PURE__ */ new Map();
  let hits;
  for (const probe of PROBES) {
    for (let i = text.indexOf(probe); i !== -1; i = text.indexOf(probe, i + probe.length)) {
      (hits ??= []).push(i);
    }
  }
  if (!hits) return out;
  const starts = typeof lineStarts === "function" ? lineStarts() : lineStarts;
  hits.sort((a, b) => a - b);
  for (const at of hits) {
    const d = parseAt(text, at);
    if (!d) continue;
    const line = lineAt(starts, at);
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
    const reason = trimReason(rest.slice(dash.index + dash[0].length));
    if (reason && !reason.startsWith(">")) out.reason = reason;
  }
  return out;
}
function exec(re, text, at) {
  re.lastIndex = at;
  return re.exec(text);
}
function lineAt(lineStarts, offset) {
  return lineIndexAt(lineStarts, offset) + 1;
}

// src/sources/git-diff.ts
var HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
var ZERO_ID = /^0+$/;
function createDiffParser(opts = {}) {
  const collect = opts.collectText === true;
  const cap = opts.maxAddedBytes ?? Infinity;
  let file;
  let addedBytes = 0;
  let oldLeft = 0;
  let newLeft = 0;
  let next = 0;
  const start = () => {
    addedBytes = 0;
    return { path: "", status: "modified", binary: false, addedLines: [], ...collect ? { addedText: [] } : {} };
  };
  const finish2 = () => {
    const done = file;
    file = void 0;
    oldLeft = newLeft = 0;
    if (done && done.path === "" && done.oldPath) done.path = done.oldPath;
    if (done && done.oldPath === done.path) delete done.oldPath;
    return done;
  };
  return {
    push(line) {
      if (oldLeft > 0 || newLeft > 0) {
        const c = line.charCodeAt(0);
        if (c === 43) {
          const f = file;
          const n = next++;
          newLeft--;
          if (f.tooLarge) return void 0;
          if (cap !== Infinity && (addedBytes += Buffer.byteLength(line)) > cap) {
            f.tooLarge = true;
            f.addedLines = [];
            if (collect) f.addedText = [];
            return void 0;
          }
          f.addedLines.push(n);
          if (collect) f.addedText.push(line.slice(1));
          return void 0;
        }
        if (c === 45) {
          oldLeft--;
          return void 0;
        }
        if (c === 32 || line === "") {
          next++;
          oldLeft--;
          newLeft--;
          return void 0;
        }
        if (c === 92) return void 0;
        oldLeft = newLeft = 0;
      }
      if (line.startsWith("diff --git ")) {
        const prev = finish2();
        file = start();
        const same = samePathFromGitHeader(line.slice(11));
        if (same !== void 0) file.path = file.oldPath = same;
        return prev;
      }
      if (line.startsWith("@@")) {
        const m = HUNK.exec(line);
        if (!m) return void 0;
        if (!file) file = start();
        oldLeft = m[2] === void 0 ? 1 : Number(m[2]);
        newLeft = m[4] === void 0 ? 1 : Number(m[4]);
        next = Number(m[3]);
        return void 0;
      }
      if (!file) return void 0;
      if (line.startsWith("--- ")) {
        const p = headerPath(line.slice(4), "a/");
        if (p !== void 0) file.oldPath = p;
      } else if (line.startsWith("+++ ")) {
        const p = headerPath(line.slice(4), "b/");
        if (p === void 0) file.status = "deleted";
        else file.path = p;
      } else if (line.startsWith("new file mode ")) {
        file.status = "added";
        file.newMode = line.slice(14).trim();
      } else if (line.startsWith("deleted file mode ")) {
        file.status = "deleted";
      } else if (line.startsWith("rename from ") || line.startsWith("copy from ")) {
        file.oldPath = unquote2(line.slice(line.indexOf(" from ") + 6));
      } else if (line.startsWith("rename to ") || line.startsWith("copy to ")) {
        file.status = line.startsWith("rename") ? "renamed" : "copied";
        file.path = unquote2(line.slice(line.indexOf(" to ") + 4));
      } else if (line.startsWith("index ")) {
        const m = /^index [0-9a-f]+\.\.([0-9a-f]+)(?: (\d+))?/.exec(line);
        if (m) {
          if (!ZERO_ID.test(m[1])) file.newBlob = m[1];
          if (m[2]) file.newMode = m[2];
        }
      } else if (line.startsWith("new mode ")) {
        file.newMode = line.slice(9).trim();
      } else if (line.startsWith("Binary files ") || line === "GIT binary patch") {
        file.binary = true;
      }
      return void 0;
    },
    end: finish2
  };
}
function createLineSplitter(maxLine = Infinity) {
  let parts = [];
  let len = 0;
  const add = (s) => {
    if (s.length === 0 || len > maxLine) return;
    const room = maxLine + 1 - len;
    const t = s.length > room ? s.slice(0, room) : s;
    parts.push(t);
    len += t.length;
  };
  const take = () => {
    const line = parts.length === 1 ? parts[0] : parts.join("");
    parts = [];
    len = 0;
    return line;
  };
  return {
    push(chunk) {
      const out = [];
      let from = 0;
      for (let nl = chunk.indexOf("\n"); nl >= 0; nl = chunk.indexOf("\n", from)) {
        add(chunk.slice(from, nl));
        out.push(take());
        from = nl + 1;
      }
      if (from < chunk.length) add(chunk.slice(from));
      return out;
    },
    end() {
      return parts.length > 0 ? take() : void 0;
    }
  };
}
function editorLinesForGitLines(text, gitLines) {
  if (gitLines.length === 0 || !hasLoneCr(text)) return gitLines;
  const out = [];
  let git = 1;
  let ours = 1;
  let pos = 0;
  for (const want of gitLines) {
    while (git < want && pos <= text.length) {
      const nl2 = text.indexOf("\n", pos);
      const end2 = nl2 < 0 ? text.length : nl2;
      ours += 1 + loneCrs(text, pos, end2);
      pos = end2 + 1;
      git++;
    }
    if (git !== want) break;
    const nl = text.indexOf("\n", pos);
    const end = nl < 0 ? text.length : nl;
    const span = 1 + loneCrs(text, pos, end);
    for (let k = 0; k < span; k++) out.push(ours + k);
    ours += span;
    pos = end + 1;
    git++;
  }
  return out;
}
function hasLoneCr(text) {
  for (let i = text.indexOf("\r"); i >= 0; i = text.indexOf("\r", i + 1)) {
    if (text.charCodeAt(i + 1) !== 10) return true;
  }
  return false;
}
function loneCrs(text, from, end) {
  let n = 0;
  for (let i = text.indexOf("\r", from); i >= 0 && i < end; i = text.indexOf("\r", i + 1)) {
    if (i + 1 !== end || end === text.length) n++;
  }
  return n;
}
function samePathFromGitHeader(rest) {
  if (rest.startsWith('"')) {
    const first = readQuoted(rest, 0);
    if (!first) return void 0;
    const second = rest.slice(first.end + 1);
    const b = second.startsWith('"') ? readQuoted(second, 0)?.value : second;
    return stripPrefix(first.value, "a/") === stripPrefix(b ?? "", "b/") ? stripPrefix(first.value, "a/") : void 0;
  }
  if (rest.endsWith('"')) {
    const at = rest.indexOf(' "');
    if (at < 0) return void 0;
    const b = readQuoted(rest, at + 1)?.value;
    const a = rest.slice(0, at);
    return stripPrefix(a, "a/") === stripPrefix(b ?? "", "b/") ? stripPrefix(a, "a/") : void 0;
  }
  const n = (rest.length - 5) / 2;
  if (Number.isInteger(n) && n > 0 && rest.startsWith("a/") && rest.slice(n + 2, n + 5) === " b/" && rest.slice(2, n + 2) === rest.slice(n + 5)) {
    return rest.slice(2, n + 2);
  }
  return void 0;
}
function headerPath(raw, prefix) {
  const s = raw.endsWith("	") ? raw.slice(0, -1) : raw;
  if (s === "/dev/null") return void 0;
  return stripPrefix(unquote2(s), prefix);
}
function stripPrefix(p, prefix) {
  return p.startsWith(prefix) ? p.slice(prefix.length) : p;
}
var ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
function unquote2(s) {
  if (!s.startsWith('"')) return s;
  return readQuoted(s, 0)?.value ?? s;
}
function readQuoted(s, at) {
  if (s[at] !== '"') return void 0;
  const bytes = [];
  for (let i = at + 1; i < s.length; i++) {
    const ch = s[i];
    if (ch === '"') return { value: Buffer.from(bytes).toString("utf8"), end: i + 1 };
    if (ch === "\\") {
      const e = s[i + 1] ?? "";
      if (/[0-7]/.test(e)) {
        bytes.push(parseInt(s.slice(i + 1, i + 4), 8) & 255);
        i += 3;
      } else {
        bytes.push(ESCAPES[e] ?? e.charCodeAt(0));
        i += 1;
      }
      continue;
    }
    const cp = s.codePointAt(i);
    const whole = String.fromCodePoint(cp);
    for (const b of Buffer.from(whole, "utf8")) bytes.push(b);
    i += whole.length - 1;
  }
  return void 0;
}

// src/sources/git-source.ts
import { execFileSync, spawn } from "node:child_process";
import * as path from "node:path";

// src/sources/gitignore.ts
var import_ignore = __toESM(require_ignore(), 1);
import * as fs2 from "node:fs";
var MAX_IGNORE_FILE_BYTES = 1024 * 1024;
var TESTS_BEFORE_REBUILD = 8192;
function makeMatcher(rules) {
  return (0, import_ignore.default)({ ignorecase: false, allowRelativePaths: true }).add(rules);
}
function makeLayer(base, file, rules) {
  return { base, file, rules, matcher: makeMatcher(rules), tests: 0 };
}
function loadLayer(absFile, base) {
  try {
    const st = fs2.lstatSync(absFile);
    if (!st.isFile() || st.size > MAX_IGNORE_FILE_BYTES) return void 0;
    const rules = fs2.readFileSync(absFile, "utf8");
    return makeLayer(base, absFile, rules);
  } catch {
    return void 0;
  }
}
function verdict(layer, sub, isDir) {
  const path2 = isDir ? `${sub}/` : sub;
  const rules = layer.matcher._rules;
  let r;
  if (rules && typeof rules.test === "function") {
    r = rules.test(path2, true, "regex");
  } else {
    if (++layer.tests > TESTS_BEFORE_REBUILD) {
      layer.matcher = makeMatcher(layer.rules);
      layer.tests = 1;
    }
    r = layer.matcher.test(path2);
  }
  if (r.ignored) return true;
  if (r.unignored) return false;
  return void 0;
}
function isIgnored(layers, rel, isDir) {
  return ignoredBy(layers, rel, isDir) !== void 0;
}
function ignoredBy(layers, rel, isDir) {
  for (let i = layers.length - 1; i >= 0; i--) {
    const layer = layers[i];
    const sub = layer.base === "" ? rel : rel.slice(layer.base.length + 1);
    if (sub === "") continue;
    const v = verdict(layer, sub, isDir);
    if (v !== void 0) return v ? layer : void 0;
  }
  return void 0;
}

// src/sources/git-missing.ts
var MISSING_MESSAGES = [
  /unable to read (?:tree |blob )?\(?[0-9a-f]{40,64}/,
  /bad object [0-9a-f]{40,64}/,
  /could not fetch [0-9a-f]{40,64} from promisor remote/,
  /missing (?:blob|tree) object/,
  /did not receive expected object/
];
function isMissingObjectMessage(stderr) {
  return MISSING_MESSAGES.some((re) => re.test(stderr));
}
var GITLINK = "160000";
function parseRawLine(line) {
  if (line.charCodeAt(0) !== 58) return void 0;
  const tab = line.indexOf("	");
  if (tab < 0) return void 0;
  const [oldMode = "", newMode = "", oldOid = "", newOid = "", status = ""] = line.slice(1, tab).split(" ");
  return { status: status.slice(0, 1), oldMode, newMode, oldOid, newOid, path: unquote2(line.slice(tab + 1)) };
}
function missingSide(c, missing) {
  if (c.newMode === GITLINK || c.oldMode === GITLINK) return void 0;
  if (c.status !== "D" && missing.has(c.newOid)) return "new";
  if (missing.has(c.oldOid)) return "old";
  return void 0;
}
async function missingObjects(cwd, commits, what) {
  const missing = /* @__PURE__ */ new Set();
  if (commits.length === 0) return missing;
  const args = ["rev-list", "--objects", "--missing=print", "--no-walk", "--stdin"];
  for await (const lines of gitLineBatches(cwd, args, 1024, `${what}: git rev-list --missing=print`, `${commits.join("\n")}
`)) {
    for (const line of lines) if (line.charCodeAt(0) === 63) missing.add(line.slice(1).trim());
  }
  return missing;
}
function excludeSpec(path2) {
  return `:(exclude,top,literal)${path2}`;
}
function missingDetail(oid, path2, where) {
  return `blob ${oid} of ${path2}${where ? ` in ${where}` : ""} is not in the repository (partial clone or damaged repository)`;
}

// src/sources/globs.ts
import { createRequire as createRequire3 } from "node:module";
var micromatchLib;
function micromatch() {
  return micromatchLib ??= typeof __require === "function" ? require_micromatch() : createRequire3(import.meta.url)("micromatch");
}
function compileGlob(glob) {
  return micromatch().matcher(glob, glob.includes("/") ? { dot: true } : { dot: true, basename: true });
}
function anyGlob(globs) {
  const ms = globs.map(compileGlob);
  if (ms.length === 0) return () => false;
  return (p) => ms.some((m) => m(p));
}
function globFilter(include, exclude) {
  const inc = anyGlob(include);
  const exc = anyGlob(exclude);
  const all = include.length === 0;
  return (p) => (all || inc(p)) && !exc(p);
}

// src/sources/git-source.ts
var BINARY_SNIFF_BYTES = 8e3;
var GIT_BASE = ["-c", "core.quotePath=false", "-c", "color.ui=false"];
var DIFF_FLAGS = ["--no-color", "--no-ext-diff", "--no-textconv", "--full-index", "-U0", "-M", "--src-prefix=a/", "--dst-prefix=b/", "--ignore-submodules=all"];
async function repoContext(opts, what) {
  const r = await runGit(opts.cwd, ["rev-parse", "--show-toplevel"]);
  if (r.code !== 0) {
    throw new UsageError(`${what}: ${opts.cwd} is not inside a git work tree (${firstLine(r.stderr)}); run it inside a repository`);
  }
  return makeRepoContext(r.stdout.toString("utf8").replace(/\n$/, ""), opts);
}
function makeRepoContext(top, opts) {
  const cwd = path.resolve(opts.cwd);
  const target = path.resolve(cwd, opts.target);
  const targetRel = toPosix(path.relative(top, target));
  const shown = cwd === top ? (p) => p : (p) => toPosix(path.relative(cwd, path.join(top, p)));
  return { top, shown, targetRel, pathspec: targetRel === "" ? [] : [`:(top,literal)${targetRel}`], filtered: pathFilter(top, opts.settings) };
}
function layerAtRef(top, ref, rel, base) {
  try {
    const text = execFileSync("git", ["show", `${ref}:${rel}`], { cwd: top, encoding: "utf8", env: gitEnv(), stdio: ["ignore", "pipe", "ignore"], maxBuffer: 1024 * 1024 });
    return makeLayer(base, `${ref}:${rel}`, text);
  } catch {
    return void 0;
  }
}
function pathFilter(top, s) {
  const keep = globFilter(s.include, s.exclude);
  const names = s.ignoreFileNames.filter((n) => !path.isAbsolute(n));
  const fixed = [];
  for (const abs of s.ignoreFileNames.filter((n) => path.isAbsolute(n))) {
    const rel = toPosix(path.relative(top, path.dirname(abs)));
    if (rel.startsWith("..")) continue;
    const layer = loadLayer(abs, rel);
    if (layer) fixed.push(layer);
  }
  const byDir = /* @__PURE__ */ new Map();
  const layersOf = (dir) => {
    let list = byDir.get(dir);
    if (list) return list;
    list = [];
    for (const n of names) {
      const layer = s.ignoreRef !== void 0 ? layerAtRef(top, s.ignoreRef, dir === "" ? n : `${dir}/${n}`, dir) : loadLayer(path.join(top, dir, n), dir);
      if (layer) list.push(layer);
    }
    byDir.set(dir, list);
    return list;
  };
  const memo = /* @__PURE__ */ new Map();
  return (topRel, shown) => {
    const known = memo.get(topRel);
    if (known !== void 0) return known;
    let out = !keep(shown);
    if (!out && (names.length > 0 || fixed.length > 0)) {
      const parts = topRel.split("/");
      const layers = [];
      for (let i = 0; i < parts.length; i++) {
        const dir = parts.slice(0, i).join("/");
        layers.push(...fixed.filter((l) => l.base === dir), ...layersOf(dir));
        if (i > 0 && isIgnored(layers, dir, true)) {
          out = true;
          break;
        }
      }
      if (!out) out = isIgnored(layers, topRel, false);
    }
    memo.set(topRel, out);
    return out;
  };
}
async function* gitLineBatches(cwd, args, maxLine, what, input) {
  const child = spawn("git", args, { cwd, stdio: ["pipe", "pipe", "pipe"], env: gitEnv() });
  child.stdin.on("error", () => void 0);
  child.stdin.end(input);
  const errChunks = [];
  child.stderr.on("data", (c) => errChunks.push(c));
  const exited = new Promise((resolve2) => {
    child.on("error", () => resolve2(-1));
    child.on("close", (code2) => resolve2(code2 ?? -1));
  });
  child.stdout.setEncoding("utf8");
  const splitter = createLineSplitter(maxLine);
  let drained = false;
  try {
    for await (const chunk of child.stdout) {
      const lines = splitter.push(chunk);
      if (lines.length > 0) yield lines;
    }
    drained = true;
    const tail = splitter.end();
    if (tail !== void 0) yield [tail];
  } finally {
    if (!drained && child.exitCode === null) child.kill();
  }
  const code = await exited;
  if (code !== 0) {
    const stderr = Buffer.concat(errChunks).toString("utf8");
    const message = `${what} failed: ${firstLine(stderr)}`;
    throw isMissingObjectMessage(stderr) ? new MissingObjectError(message) : new UsageError(message);
  }
}
function startCatFile(cwd) {
  const child = spawn("git", ["cat-file", "--batch"], { cwd, stdio: ["pipe", "pipe", "pipe"], env: gitEnv() });
  const errChunks = [];
  child.stderr.on("data", (c) => errChunks.push(c));
  child.on("error", (e) => errChunks.push(Buffer.from(e.message)));
  const exited = new Promise((resolve2) => child.on("close", (code) => resolve2(code ?? -1)));
  child.stdin.on("error", () => void 0);
  return { child, exited, errChunks };
}
async function* catFileBatch(cwd, ids, maxBytes, started, onAsked) {
  const { child, exited, errChunks } = started ?? startCatFile(cwd);
  child.stdin.end(`${ids.join("\n")}
`);
  onAsked?.();
  let pending = Buffer.alloc(0);
  let cur;
  let answered = 0;
  for await (const chunk of child.stdout) {
    let buf = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    pending = Buffer.alloc(0);
    while (buf.length > 0) {
      if (!cur) {
        const nl = buf.indexOf(10);
        if (nl < 0) {
          pending = buf;
          break;
        }
        const header = buf.subarray(0, nl).toString("utf8");
        buf = buf.subarray(nl + 1);
        const id = ids[answered] ?? "";
        if (header.endsWith(" missing") || header.endsWith(" ambiguous")) {
          answered++;
          yield { id, size: 0, missing: true };
          continue;
        }
        const size = Number(header.slice(header.lastIndexOf(" ") + 1));
        cur = { id, size, parts: size <= maxBytes ? [] : void 0, left: size + 1 };
        continue;
      }
      const take = Math.min(cur.left, buf.length);
      if (cur.parts) cur.parts.push(buf.subarray(0, take));
      cur.left -= take;
      buf = buf.subarray(take);
      if (cur.left === 0) {
        const bytes = cur.parts ? Buffer.concat(cur.parts).subarray(0, cur.size) : void 0;
        answered++;
        const done = cur;
        cur = void 0;
        yield { id: done.id, size: done.size, ...bytes ? { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) } : {} };
      }
    }
  }
  const code = await exited;
  if (answered < ids.length) throw new Error(`git cat-file --batch stopped after ${answered} of ${ids.length} objects (exit ${code}): ${firstLine(Buffer.concat(errChunks))}`);
}
function runGit(cwd, args, input) {
  return new Promise((resolve2, reject) => {
    const child = spawn("git", args, { cwd, stdio: [input === void 0 ? "ignore" : "pipe", "pipe", "pipe"], env: gitEnv() });
    const out = [];
    const err = [];
    child.stdout.on("data", (c) => out.push(c));
    child.stderr.on("data", (c) => err.push(c));
    child.on("error", (e) => reject(new UsageError(`cannot run git (${e.message}); install git or put it on PATH`)));
    child.on("close", (code) => resolve2({ code: code ?? -1, stdout: Buffer.concat(out), stderr: Buffer.concat(err) }));
    if (input !== void 0 && child.stdin) {
      child.stdin.on("error", () => void 0);
      child.stdin.end(input);
    }
  });
}
var NO_FETCH_CONFIG = [
  ["protocol.allow", "never"],
  ...["file", "git", "ssh", "http", "https", "ext"].map((p) => [`protocol.${p}.allow`, "never"])
];
function gitEnv() {
  const env = { ...process.env, GIT_PAGER: "cat", PAGER: "cat", GIT_OPTIONAL_LOCKS: "0", LC_ALL: "C", GIT_NO_LAZY_FETCH: "1", GIT_TERMINAL_PROMPT: "0" };
  const given = Number(env.GIT_CONFIG_COUNT ?? "0");
  let n = Number.isInteger(given) && given > 0 ? given : 0;
  for (const [key, value] of NO_FETCH_CONFIG) {
    env[`GIT_CONFIG_KEY_${n}`] = key;
    env[`GIT_CONFIG_VALUE_${n}`] = value;
    n++;
  }
  env.GIT_CONFIG_COUNT = String(n);
  return env;
}
function firstLine(b) {
  const s = (typeof b === "string" ? b : b.toString("utf8")).trim();
  const nl = s.indexOf("\n");
  return (nl < 0 ? s : s.slice(0, nl)) || "no message";
}
function toPosix(p) {
  return path.sep === "/" ? p : p.split(path.sep).join("/");
}

// src/sources/git-log.ts
var MARK = "ks\0";
var FORMAT = "--format=%x01ks%x00%H%x00%cI%x00%P%x00%an";
function parseHeader(line) {
  const [sha = "", date = "", parents = "", author = ""] = line.slice(MARK.length).split("\0");
  return { sha, date, parents: parents ? parents.split(" ") : [], author };
}
var log = () => [...GIT_BASE, "-c", "log.showRoot=true", "-c", "log.showSignature=false", "log"];
var BATCH = 2e3;
async function* partEvents(walk, shas) {
  let last;
  const args = [...log(), ...walk.patchArgs, "--no-walk=unsorted", "--stdin", "--", ...walk.pathspec];
  try {
    for await (const lines of gitLineBatches(walk.cwd, args, walk.maxLine, `${walk.what}: git log`, `${shas.join("\n")}
`)) {
      last = lastHeader(lines) ?? last;
      yield { kind: "lines", lines };
    }
    return;
  } catch (err) {
    if (!(err instanceof MissingObjectError)) throw err;
  }
  yield { kind: "reset" };
  yield* aroundMissing(walk, last, new Set(shas));
}
function lastHeader(lines) {
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i].startsWith(MARK)) return parseHeader(lines[i]).sha;
  return void 0;
}
async function* aroundMissing(walk, from, only) {
  const all = await commitsOf(walk);
  const order = only ? all.filter((c) => only.has(c.sha)) : all;
  const at = from === void 0 ? 0 : Math.max(0, order.findIndex((c) => c.sha === from));
  const rest = order.slice(at);
  const sides = /* @__PURE__ */ new Set();
  for (const c of rest) {
    sides.add(c.sha);
    for (const p of c.parents) sides.add(p);
  }
  const missing = await missingObjects(walk.cwd, [...sides], walk.what);
  let batch = [];
  for await (const c of rawCommits(walk, rest.map((r) => r.sha))) {
    if (!c.changes.some((ch) => missingSide(ch, missing))) {
      batch.push(c);
      if (batch.length >= BATCH) {
        yield* cleanRun(walk, batch, missing);
        batch = [];
      }
      continue;
    }
    if (batch.length > 0) yield* cleanRun(walk, batch, missing);
    batch = [];
    yield* oneCommit(walk, c, missing);
  }
  if (batch.length > 0) yield* cleanRun(walk, batch, missing);
}
async function commitsOf(walk) {
  const out = [];
  const args = [...log(), "--reverse", "--format=%x01ks%x00%H %P", ...walk.filter.length > 0 ? ["--raw", ...walk.filter] : [], ...walk.selection];
  for await (const lines of gitLineBatches(walk.cwd, args, 1 << 20, `${walk.what}: git log`)) {
    for (const line of lines) {
      if (!line.startsWith(MARK)) continue;
      const [sha, ...parents] = line.slice(MARK.length).trim().split(" ");
      if (sha) out.push({ sha, parents: parents.filter(Boolean) });
    }
  }
  return out;
}
async function* rawCommits(walk, shas) {
  if (shas.length === 0) return;
  const args = [...log(), "--raw", "--no-renames", "--no-abbrev", "--ignore-submodules=all", FORMAT, "--no-walk=unsorted", "--stdin", "--", ...walk.pathspec];
  let cur;
  for await (const lines of gitLineBatches(walk.cwd, args, 1 << 20, `${walk.what}: git log --raw`, `${shas.join("\n")}
`)) {
    for (const line of lines) {
      if (line.startsWith(MARK)) {
        if (cur) yield cur;
        cur = { headerLine: line, sha: parseHeader(line).sha, changes: [] };
        continue;
      }
      const c = parseRawLine(line);
      if (c && cur) cur.changes.push(c);
    }
  }
  if (cur) yield cur;
}
async function* cleanRun(walk, batch, missing) {
  let last;
  const args = [...log(), ...walk.patchArgs, "--no-walk=unsorted", "--stdin", "--", ...walk.pathspec];
  try {
    for await (const lines of gitLineBatches(walk.cwd, args, walk.maxLine, `${walk.what}: git log`, `${batch.map((c) => c.sha).join("\n")}
`)) {
      last = lastHeader(lines) ?? last;
      yield { kind: "lines", lines };
    }
    return;
  } catch (err) {
    if (!(err instanceof MissingObjectError)) throw err;
  }
  yield { kind: "reset" };
  const at = last === void 0 ? 0 : Math.max(0, batch.findIndex((c) => c.sha === last));
  for (const c of batch.slice(at)) yield* oneCommit(walk, c, missing);
}
async function* oneCommit(walk, c, missing) {
  yield { kind: "lines", lines: [c.headerLine] };
  const where = `commit ${c.sha.slice(0, 12)}`;
  const excluded = /* @__PURE__ */ new Set();
  const whole = [];
  for (const ch of c.changes) {
    const side = missingSide(ch, missing);
    if (!side) continue;
    excluded.add(ch.path);
    if (side === "new") yield { kind: "missing", change: ch, detail: missingDetail(ch.newOid, ch.path, where) };
    else if (ch.status !== "D") whole.push(ch);
  }
  const rest = c.changes.filter((ch) => ch.status !== "D" && !excluded.has(ch.path));
  if (rest.length > 0) {
    const specs = [...walk.pathspec, ...[...excluded].map(excludeSpec)];
    const input = `${c.sha}
${specs.length > 0 ? `--
${specs.join("\n")}
` : ""}`;
    try {
      for await (const lines of gitLineBatches(walk.cwd, [...log(), ...walk.patchArgs, "--no-walk", "--stdin"], walk.maxLine, `${walk.what}: git log`, input)) {
        yield { kind: "lines", lines };
      }
    } catch (err) {
      if (!(err instanceof MissingObjectError)) throw err;
      yield { kind: "reset" };
      yield { kind: "lines", lines: [c.headerLine] };
      for (const ch of rest) yield { kind: "missing", change: ch, detail: `git could not read an object of ${ch.path} in ${where} (${err.message})` };
    }
  }
  if (whole.length > 0) yield { kind: "whole", changes: whole };
}

// src/model/substrings.ts
var WINDOW = 8;
var BASE = 31;
var HIGH = (() => {
  let h = 1;
  for (let i = 1; i < WINDOW; i++) h = Math.imul(h, BASE);
  return h;
})();
var NONE = Object.freeze([]);
function substringSet(needles) {
  const short = [];
  let size = 16;
  while (size < needles.length * 2) size *= 2;
  const mask = size - 1;
  const head = new Int32Array(size).fill(-1);
  const chain = new Int32Array(needles.length).fill(-1);
  const hashes = new Int32Array(needles.length);
  let long = 0;
  for (let i = 0; i < needles.length; i++) {
    const n = needles[i];
    if (n.length === 0) continue;
    if (n.length < WINDOW) {
      short.push(i);
      continue;
    }
    let h = 0;
    for (let k = 0; k < WINDOW; k++) h = Math.imul(h, BASE) + n.charCodeAt(k) | 0;
    hashes[i] = h;
    chain[i] = head[h & mask];
    head[h & mask] = i;
    long++;
  }
  return {
    find(text) {
      let found;
      for (const i of short) if (text.includes(needles[i])) (found ??= /* @__PURE__ */ new Set()).add(i);
      if (long > 0 && text.length >= WINDOW) {
        let h = 0;
        for (let k = 0; k < WINDOW; k++) h = Math.imul(h, BASE) + text.charCodeAt(k) | 0;
        for (let at = 0; ; at++) {
          for (let i = head[h & mask]; i >= 0; i = chain[i]) {
            if (hashes[i] === h && !found?.has(i) && text.startsWith(needles[i], at)) (found ??= /* @__PURE__ */ new Set()).add(i);
          }
          const next = at + WINDOW;
          if (next >= text.length) break;
          h = Math.imul(h - Math.imul(text.charCodeAt(at), HIGH) | 0, BASE) + text.charCodeAt(next) | 0;
        }
      }
      return found ? [...found].sort((a, b) => a - b) : NONE;
    }
  };
}

// src/sources/git-history.ts
var SUBMODULE_MODE = "160000";
function logSelection(mode, repo) {
  const refs = mode.refs && mode.refs.length > 0 ? mode.refs : ["--all"];
  for (const r of refs) {
    if (r !== "--all" && (r === "" || r.startsWith("-"))) throw new UsageError(`--history: "${r}" is not a ref or range; name a branch, tag or commit range`);
  }
  const limits = [
    ...mode.since ? [`--since=${mode.since}`] : [],
    ...mode.maxCommits !== void 0 ? [`--max-count=${mode.maxCommits}`] : []
  ];
  const paths = repo.pathspec.length ? ["--full-history", "--", ...repo.pathspec] : ["--"];
  return [...limits, ...refs, ...paths];
}
async function* historyPartItems(mode, opts, shas, removed) {
  const key = JSON.stringify([mode, opts.cwd, opts.target, opts.settings]);
  if (lastWalk?.key !== key) lastWalk = { key, setup: historyWalk(mode, opts) };
  const { repo, walk } = await lastWalk.setup;
  const w = removed ? { ...walk, patchArgs: removalPatchArgs(), filter: [] } : walk;
  yield* walkItems(partEvents(w, shas), repo, w, opts, removed);
}
var removalPatchArgs = () => ["-p", FORMAT, ...DIFF_FLAGS];
var lastWalk;
async function historyWalk(mode, opts) {
  const repo = await repoContext(opts, "--history");
  const max = opts.settings.maxFileSize;
  const selection = logSelection(mode, repo);
  const walk = {
    cwd: opts.cwd,
    patchArgs: ["-p", FORMAT, "--diff-filter=d", ...DIFF_FLAGS],
    filter: ["--diff-filter=d"],
    selection,
    pathspec: selection.slice(selection.indexOf("--") + 1),
    // Lines are cut just past the cap, and a file's added text stops being kept once over it: a huge
    // committed file costs the cap in memory and one linear pass, not the file.
    maxLine: max + 1,
    what: "--history"
  };
  return { repo, walk };
}
async function* walkItems(events, repo, walk, opts, removed) {
  const max = opts.settings.maxFileSize;
  const newParser = () => createDiffParser({ collectText: true, maxAddedBytes: max });
  let parser = newParser();
  let commit;
  let done = /* @__PURE__ */ new Set();
  const binarySeen = /* @__PURE__ */ new Set();
  const fileItem = (c, file) => {
    if (done.has(file.path)) return void 0;
    done.add(file.path);
    if (file.status === "deleted" || file.newMode === SUBMODULE_MODE) return void 0;
    const shown = repo.shown(file.path);
    if (repo.filtered(file.path, shown)) return void 0;
    if (file.binary) return binarySkip2(shown, c);
    if (file.tooLarge) return { path: shown, reason: "too-large", detail: `added lines over the limit of ${formatSize(max)} in commit ${c.sha.slice(0, 12)}` };
    if (file.addedLines.length === 0) return void 0;
    const text = synthesize(file.addedLines, file.addedText ?? []);
    return { path: shown, content: Buffer.from(text, "utf8"), addedLines: editorLinesForGitLines(text, file.addedLines), commit: commitInfo(c) };
  };
  const binarySkip2 = (shown, c) => {
    if (binarySeen.has(shown)) return void 0;
    binarySeen.add(shown);
    return { path: shown, reason: "binary", detail: `first in commit ${c.sha.slice(0, 12)}` };
  };
  for await (const ev of events) {
    if (ev.kind === "lines") {
      for (const line of ev.lines) {
        if (line.startsWith(MARK)) {
          const last2 = parser.end();
          const item3 = last2 && commit ? fileItem(commit, last2) : void 0;
          if (item3) yield item3;
          const next = parseHeader(line);
          if (next.sha !== commit?.sha) done = /* @__PURE__ */ new Set();
          commit = next;
          continue;
        }
        if (removed && commit && line.charCodeAt(0) === 45) removed(commit, line);
        const f = parser.push(line);
        const item2 = f && commit ? fileItem(commit, f) : void 0;
        if (item2) yield item2;
      }
    } else if (ev.kind === "reset") {
      parser = newParser();
    } else if (commit) {
      const pending = parser.end();
      const item2 = pending ? fileItem(commit, pending) : void 0;
      if (item2) yield item2;
      const c = commit;
      const changes = (ev.kind === "missing" ? [ev.change] : ev.changes).filter((ch) => !done.has(ch.path) && !repo.filtered(ch.path, repo.shown(ch.path)));
      for (const ch of changes) done.add(ch.path);
      if (ev.kind === "missing") {
        for (const ch of changes) yield { path: repo.shown(ch.path), reason: "missing-object", detail: ev.detail };
        continue;
      }
      let i = 0;
      for await (const blob of catFileBatch(opts.cwd, changes.map((ch) => ch.newOid), max)) {
        const ch = changes[i++];
        const shown = repo.shown(ch.path);
        if (blob.missing) yield { path: shown, reason: "missing-object", detail: missingDetail(ch.newOid, ch.path, `commit ${c.sha.slice(0, 12)}`) };
        else if (!blob.bytes) yield { path: shown, reason: "too-large", detail: `${tooLargeDetail(blob.size, max)} in commit ${c.sha.slice(0, 12)}` };
        else if (blob.bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
          const skip2 = binarySkip2(shown, c);
          if (skip2) yield skip2;
        } else yield { path: shown, content: blob.bytes, commit: commitInfo(c) };
      }
    }
  }
  const last = parser.end();
  const item = last && commit ? fileItem(commit, last) : void 0;
  if (item) yield item;
}
function commitInfo(c) {
  return { sha: c.sha, date: c.date, author: c.author };
}
function synthesize(lines, text) {
  const parts = [];
  let at = 1;
  for (let i = 0; i < lines.length; i++) {
    const n = lines[i];
    if (n > at) parts.push("\n".repeat(n - at));
    parts.push(text[i] ?? "", "\n");
    at = n + 1;
  }
  return parts.join("");
}

// src/scan/scan-worker.ts
function createItemProcessor(patterns, opts) {
  const engine = createEngine(patterns);
  if (opts.decodeDepth !== void 0) engine.decodeDepth = opts.decodeDepth;
  return (item) => processItem(item, engine, opts, 0, void 0);
}
function createFileProcessor(patterns, opts) {
  const engine = createEngine(patterns);
  if (opts.decodeDepth !== void 0) engine.decodeDepth = opts.decodeDepth;
  return (item) => processItem(item, engine, opts, 0, void 0)[0];
}
function processItem(item, engine, opts, depth, budget) {
  const limits = opts.containers;
  if (limits && limits.depth > 0 && isNotebookPath(item.path)) {
    const nb = processNotebook(item, engine, opts);
    if (nb) return nb;
  }
  const blobOrSkip = readItem(item, { maxFileSize: opts.maxFileSize, chunkThreshold: opts.chunkThreshold, chunkSize: opts.chunkSize, overlap: engine.overlap });
  if ("chunked" in blobOrSkip) return [processChunked(item, blobOrSkip, engine, opts)];
  if (limits && limits.depth > 0 && "reason" in blobOrSkip && blobOrSkip.reason === "binary" && CONTAINER_MAGIC_NAMES.has(blobOrSkip.detail ?? "")) {
    const opened = processContainer(item, engine, opts, limits, depth, budget);
    if (opened) return opened;
  }
  const read = processRead(item, blobOrSkip, engine, opts, depth);
  return read ? [read] : [];
}
function processRead(item, blobOrSkip, engine, opts, depth) {
  if ("reason" in blobOrSkip && blobOrSkip.reason === "binary" && engine.signatures.length > 0) {
    const found = detectSignatures(item.path, blobOrSkip, engine);
    if (found.length > 0) {
      const { context: context2, pathRole: pathRole2 } = detectContext(item.path);
      return { path: item.path, bytes: 0, matches: found, context: context2, pathRole: pathRole2, directives: [], commit: item.commit };
    }
  }
  if ("reason" in blobOrSkip) {
    const { context: context2, pathRole: pathRole2 } = detectContext(item.path);
    if (depth > 0 && blobOrSkip.reason === "binary") return void 0;
    return { path: item.path, skip: blobOrSkip, bytes: 0, matches: [], context: context2, pathRole: pathRole2, directives: [], commit: item.commit };
  }
  const blob = blobOrSkip;
  const { context, pathRole } = detectContext(item.path, blob.text.slice(0, 4096));
  let matches = detectAll(blob, context, engine);
  if (item.addedLines) {
    const added = new Set(item.addedLines);
    matches = matches.filter((m) => added.has(m.line));
  }
  const directives = matches.length > 0 || opts.collectDirectives ? [...findDirectives(blob.text, blob.lineStarts).entries()] : [];
  return { path: item.path, bytes: blob.bytes, matches, context, pathRole, directives, commit: item.commit };
}
function processContainer(item, engine, opts, limits, depth, budget) {
  const bytes = item.content ?? (item.absPath ? readFileSync5(item.absPath) : void 0);
  if (!bytes) return void 0;
  const kind = containerKind(bytes);
  if (!kind) return void 0;
  const own = outcome(item, void 0);
  if (depth >= limits.depth) {
    return [outcome(item, { path: item.path, reason: "archive-limit", detail: `nested ${depth + 1} containers deep (over --archive-depth ${limits.depth}); not opened` })];
  }
  const shared = budget ?? newBudget(limits);
  if (budget) shared.bytesLeft += bytes.length;
  const out = [own];
  for (const e of containerEntries(item.path, bytes, kind, shared)) {
    if (isEntrySkip(e)) {
      if (e.reason === "archive-unsupported" && e.name === "" && out.length === 1) return void 0;
      const path2 = e.name === "" ? item.path : `${item.path}!/${e.name}`;
      out.push(outcome(item, { path: path2, reason: e.reason, detail: e.detail }));
      continue;
    }
    const inner = { path: `${item.path}!/${e.name}`, content: e.data, commit: item.commit };
    for (const o of processItem(inner, engine, opts, depth + 1, shared)) {
      if (e.layer) relabel(o, inner.path);
      out.push(o);
    }
  }
  return out;
}
function processNotebook(item, engine, opts) {
  const read = readItem(item, { maxFileSize: opts.maxFileSize, chunkThreshold: Infinity, overlap: 0 });
  if (!("text" in read)) return void 0;
  const parts = notebookParts(read.text);
  if (!parts) return void 0;
  const out = [{ ...outcome(item, void 0), bytes: read.bytes }];
  for (const p of parts) {
    const inner = { path: `${item.path}!/${p.name}`, content: Buffer.from(p.text, "utf8"), commit: item.commit };
    for (const o of processItem(inner, engine, { ...opts, containers: void 0 }, 1, void 0)) out.push({ ...o, bytes: 0 });
  }
  return out;
}
function relabel(o, layerPath) {
  const from = `${layerPath}!/`;
  const to = `${layerPath}/`;
  if (o.path.startsWith(from)) o.path = to + o.path.slice(from.length);
  if (o.skip?.path.startsWith(from)) o.skip = { ...o.skip, path: to + o.skip.path.slice(from.length) };
}
function outcome(item, skip2) {
  const { context, pathRole } = detectContext(item.path);
  const o = { path: item.path, bytes: 0, matches: [], context, pathRole, directives: [], commit: item.commit };
  if (skip2) o.skip = skip2;
  return o;
}
function processChunked(item, file, engine, opts) {
  let context = "other";
  let pathRole = "source";
  let minified = false;
  const lockfile = isLockfile(item.path);
  const matches = [];
  const directives = /* @__PURE__ */ new Map();
  let first = true;
  for (const chunk of file.chunks()) {
    const { blob, offset, lineBase, columnBase, ownStart, ownEnd } = chunk;
    if (first) {
      ({ context, pathRole } = detectContext(item.path, blob.text.slice(0, 4096)));
      minified = isMinified(item.path, blob.text, blob.lineStarts);
      first = false;
    }
    for (const m of withDecoded(blob, detectMatches(blob, engine.compiled, { lockfile, minified }), engine, context, lockfile, minified)) {
      const start = m.start + offset;
      if (start < ownStart || start >= ownEnd) continue;
      if (m.line === 1) m.column += columnBase;
      if (m.endLine === 1) m.endColumn += columnBase;
      m.start = start;
      m.end += offset;
      m.line += lineBase;
      m.endLine += lineBase;
      if (typeof m.details?.pairedLine === "number") m.details.pairedLine += lineBase;
      matches.push(m);
    }
    const from = ownStart - offset;
    const to = ownEnd - offset;
    const stop = Math.min(blob.text.length, to + DIRECTIVE_REACH);
    const later = /* @__PURE__ */ new Map();
    if (to < blob.text.length) {
      for (const d of directivesIn(blob, to, stop, lineBase)) later.set(directiveKey(d), (later.get(directiveKey(d)) ?? 0) + 1);
    }
    for (const d of directivesIn(blob, from, stop, lineBase)) {
      const key = directiveKey(d);
      const n = later.get(key) ?? 0;
      if (n > 0) {
        later.set(key, n - 1);
        continue;
      }
      const at = directives.get(d.appliesTo);
      if (at) at.push(d);
      else directives.set(d.appliesTo, [d]);
    }
  }
  let kept2 = matches;
  if (item.addedLines) {
    const added = new Set(item.addedLines);
    kept2 = kept2.filter((m) => added.has(m.line));
  }
  const found = kept2.length > 0 || opts.collectDirectives ? [...directives.entries()].sort((a, b) => a[0] - b[0]) : [];
  return { path: item.path, bytes: file.bytes, matches: kept2, context, pathRole, directives: found, commit: item.commit };
}
var DIRECTIVE_REACH = 4096;
function directivesIn(blob, from, to, lineBase) {
  const part = blob.text.slice(from, to);
  const shift = lineBase + lineIndexAt(blob.lineStarts, from);
  const out = [];
  for (const list of findDirectives(part, () => lineIndex(part)).values()) {
    for (const d of list) out.push({ ...d, line: d.line + shift, appliesTo: d.appliesTo + shift });
  }
  return out;
}
function directiveKey(d) {
  return JSON.stringify([d.line, d.appliesTo, d.form, d.patternId, d.reason]);
}
var REMOVED_BUDGET = 32 * 1024 * 1024;
var kept = { parts: /* @__PURE__ */ new Map(), chars: 0, overflow: false };
function keepSink(job) {
  if (!job.keepRemoved) return void 0;
  const old = kept.parts.get(job.part);
  if (old) for (const l of old.lines) kept.chars -= l.length;
  const part = { offset: job.offset, rank: new Map(job.shas.map((sha, i) => [sha, i])), commits: [], lines: [], at: [] };
  kept.parts.set(job.part, part);
  const cap = job.source.settings.maxFileSize;
  return (c, line) => {
    if (kept.overflow) return;
    kept.chars += line.length;
    if (kept.chars > REMOVED_BUDGET || line.length > cap) {
      kept.overflow = true;
      kept.parts.clear();
      return;
    }
    if (part.commits[part.commits.length - 1] !== c) part.commits.push(c);
    part.lines.push(line);
    part.at.push(part.commits.length - 1);
  };
}
function removalQuery(probes) {
  if (kept.overflow) return void 0;
  const needles = substringSet(probes);
  const best = probes.map(() => null);
  for (const part of kept.parts.values()) {
    for (let k = 0; k < part.lines.length; k++) {
      const hits = needles.find(part.lines[k]);
      if (hits.length === 0) continue;
      const c = part.commits[part.at[k]];
      const rank = part.offset + (part.rank.get(c.sha) ?? 0);
      for (const i of hits) if (!best[i] || rank >= best[i][0]) best[i] = [rank, c];
    }
  }
  return best;
}
var PROGRESS_PATH_BYTES = 4096;
function progressView(sab) {
  return { times: new Float64Array(sab, 0, 2), ints: new Int32Array(sab, 16, 2), path: new Uint8Array(sab, 24, PROGRESS_PATH_BYTES) };
}
var PROGRESS_BYTES = 24 + PROGRESS_PATH_BYTES;
var PART_FLUSH_ITEMS = 512;
var utf82 = new TextEncoder();
async function scanHistoryPart(job, process2, emit, progress, stallOn) {
  const view = progress ? progressView(progress) : void 0;
  const skipped = new Set(job.skipSeqs);
  let chunk = newChunk(job.part);
  let seq = -1;
  let pending = 0;
  try {
    for await (const item of historyPartItems(job.mode, job.source, job.shas, keepSink(job))) {
      seq++;
      if (seq <= job.skipThrough || skipped.has(seq)) continue;
      if ("reason" in item) {
        chunk.skips.push({ seq, skip: item, source: true });
      } else {
        if (view) {
          Atomics.store(view.ints, 0, -1);
          view.times[0] = Date.now();
          view.times[1] = item.content?.length ?? 0;
          const w = utf82.encodeInto(item.path, view.path);
          Atomics.store(view.ints, 1, w.written);
          Atomics.store(view.ints, 0, seq);
        }
        if (stallOn && item.path.includes(stallOn)) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
        let outcomes;
        try {
          outcomes = process2(item);
        } catch (err) {
          outcomes = [];
          chunk.skips.push({ seq, skip: { path: item.path, reason: "unreadable", detail: err instanceof Error ? err.message : String(err) }, source: false });
        }
        for (const o of outcomes) {
          if (o.skip) chunk.skips.push({ seq, skip: o.skip, source: false });
          else {
            chunk.files++;
            chunk.bytes += o.bytes;
          }
          if (o.matches.length > 0 || o.directives.length > 0) chunk.outcomes.push({ seq, outcome: o });
        }
        if (view) Atomics.store(view.ints, 0, -1);
      }
      if (++pending >= PART_FLUSH_ITEMS) {
        chunk.through = seq;
        emit(chunk);
        chunk = newChunk(job.part);
        pending = 0;
      }
    }
  } catch (err) {
    chunk.through = seq;
    chunk.done = true;
    chunk.error = err instanceof Error ? err.message : String(err);
    chunk.usage = err instanceof UsageError;
    emit(chunk);
    return;
  }
  chunk.through = seq;
  chunk.done = true;
  emit(chunk);
}
function newChunk(part) {
  return { part, through: -1, done: false, files: 0, bytes: 0, skips: [], outcomes: [] };
}
var WORKER_ARG = "--keyshift-scan-worker";
var { parentPort, workerData } = globalThis.process.argv.includes(WORKER_ARG) ? globalThis.process.getBuiltinModule("node:worker_threads") : { parentPort: null, workerData: void 0 };
if (parentPort && workerData?.keyshiftWorker) {
  const port = parentPort;
  const process2 = createItemProcessor(workerData.patterns, workerData.options);
  const stallOn = globalThis.process.env.KEYSHIFT_TEST_STALL_ON;
  const progress = workerData.progress;
  port.on("message", (msg) => {
    if ("job" in msg) {
      void scanHistoryPart(msg.job, process2, (c) => port.postMessage(c), progress, stallOn);
      return;
    }
    if ("query" in msg) {
      port.postMessage({ query: msg.query, answer: removalQuery(msg.probes) });
      return;
    }
    const result = { batch: msg.batch, files: 0, bytes: 0, skips: [], outcomes: [] };
    for (const [index, item] of msg.items.entries()) {
      port.postMessage({ started: msg.batch, index });
      if (stallOn && item.path.includes(stallOn)) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
      let outcomes;
      try {
        outcomes = process2(item);
      } catch (err) {
        result.skips.push({ path: item.path, reason: "unreadable", detail: err instanceof Error ? err.message : String(err) });
        continue;
      }
      for (const o of outcomes) {
        if (o.skip) result.skips.push(o.skip);
        else {
          result.files++;
          result.bytes += o.bytes;
        }
        if (o.matches.length > 0 || o.directives.length > 0) result.outcomes.push(o);
      }
    }
    port.postMessage(result);
  });
}
export {
  PROGRESS_BYTES,
  PROGRESS_PATH_BYTES,
  WORKER_ARG,
  createFileProcessor,
  createItemProcessor,
  progressView,
  removalQuery,
  scanHistoryPart
};
/*! Bundled license information:

is-number/index.js:
  (*!
   * is-number <https://github.com/jonschlinkert/is-number>
   *
   * Copyright (c) 2014-present, Jon Schlinkert.
   * Released under the MIT License.
   *)

to-regex-range/index.js:
  (*!
   * to-regex-range <https://github.com/micromatch/to-regex-range>
   *
   * Copyright (c) 2015-present, Jon Schlinkert.
   * Released under the MIT License.
   *)

fill-range/index.js:
  (*!
   * fill-range <https://github.com/jonschlinkert/fill-range>
   *
   * Copyright (c) 2014-present, Jon Schlinkert.
   * Licensed under the MIT License.
   *)
*/
