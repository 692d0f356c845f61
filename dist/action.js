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
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key2 of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key2) && key2 !== except)
        __defProp(to, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc(from, key2)) || desc.enumerable });
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

// src/model/types.ts
function severityRank(s) {
  return SEVERITIES.indexOf(s);
}
var CREDENTIAL_KINDS, SEVERITIES, CONFIDENCES, FILE_CONTEXTS;
var init_types = __esm({
  "src/model/types.ts"() {
    "use strict";
    CREDENTIAL_KINDS = [
      "long-lived-credential",
      "refresh-token",
      "static-key",
      "short-lived-token",
      "private-key"
    ];
    SEVERITIES = ["low", "medium", "high", "critical"];
    CONFIDENCES = ["low", "medium", "high"];
    FILE_CONTEXTS = [
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
  }
});

// src/model/errors.ts
var KeyshiftError, UsageError, ConfigError, EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE;
var init_errors = __esm({
  "src/model/errors.ts"() {
    "use strict";
    KeyshiftError = class extends Error {
      constructor(message, options) {
        super(message, options);
        this.name = new.target.name;
      }
    };
    UsageError = class extends KeyshiftError {
    };
    ConfigError = class extends KeyshiftError {
      constructor(message, file, line, options) {
        super(file ? `${file}${line ? `:${line}` : ""}: ${message}` : message, options);
        this.file = file;
        this.line = line;
      }
      file;
      line;
    };
    EXIT_CLEAN = 0;
    EXIT_FINDINGS = 1;
    EXIT_USAGE = 2;
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
    var isAlias3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap7 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar10 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq7 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
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
    var hasAnchor = (node) => (isScalar10(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias3;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap7;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar10;
    exports.isSeq = isSeq7;
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
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key2, node, visitor, path3) {
      const ctrl = callVisitor(key2, node, visitor, path3);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key2, path3, ctrl);
        return visit_(key2, ctrl, visitor, path3);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path3 = Object.freeze(path3.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path3);
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
          path3 = Object.freeze(path3.concat(node));
          const ck = visit_("key", node.key, visitor, path3);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path3);
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
    async function visitAsync_(key2, node, visitor, path3) {
      const ctrl = await callVisitor(key2, node, visitor, path3);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key2, path3, ctrl);
        return visitAsync_(key2, ctrl, visitor, path3);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path3 = Object.freeze(path3.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path3);
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
          path3 = Object.freeze(path3.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path3);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path3);
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
    function callVisitor(key2, node, visitor, path3) {
      if (typeof visitor === "function")
        return visitor(key2, node, path3);
      if (identity.isMap(node))
        return visitor.Map?.(key2, node, path3);
      if (identity.isSeq(node))
        return visitor.Seq?.(key2, node, path3);
      if (identity.isPair(node))
        return visitor.Pair?.(key2, node, path3);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key2, node, path3);
      if (identity.isAlias(node))
        return visitor.Alias?.(key2, node, path3);
      return void 0;
    }
    function replaceNode(key2, path3, node) {
      const parent = path3[path3.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key2] = node;
      } else if (identity.isPair(parent)) {
        if (key2 === "key")
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
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
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
          visit.visit(doc.contents, (_key, node) => {
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
    var visit = require_visit();
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
      visit.visit(root, {
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
    function applyReviver(reviver, obj, key2, val) {
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
      return reviver.call(obj, key2, val);
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
    var visit = require_visit();
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
          visit.visit(doc, {
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
    function collectionFromPath(schema, path3, value) {
      let v = value;
      for (let i = path3.length - 1; i >= 0; --i) {
        const k = path3[i];
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
    var isEmptyPath = (path3) => path3 == null || typeof path3 === "object" && !!path3[Symbol.iterator]().next().done;
    var Collection2 = class extends Node.NodeBase {
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
      addIn(path3, value) {
        if (isEmptyPath(path3))
          this.add(value);
        else {
          const [key2, ...rest] = path3;
          const node = this.get(key2, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path3) {
        const [key2, ...rest] = path3;
        if (rest.length === 0)
          return this.delete(key2);
        const node = this.get(key2, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path3, keepScalar) {
        const [key2, ...rest] = path3;
        const node = this.get(key2, true);
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
      hasIn(path3) {
        const [key2, ...rest] = path3;
        if (rest.length === 0)
          return this.has(key2);
        const node = this.get(key2, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path3, value) {
        const [key2, ...rest] = path3;
        if (rest.length === 0) {
          this.set(key2, value);
        } else {
          const node = this.get(key2, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection2;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent2) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent2 ? comment.replace(/^(?! *$)/gm, indent2) : comment;
    }
    var lineComment = (str2, indent2, comment) => str2.endsWith("\n") ? indentComment(comment, indent2) : comment.includes("\n") ? "\n" + indentComment(comment, indent2) : (str2.endsWith(" ") ? "" : " ") + comment;
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
    function foldFlowLines(text2, indent2, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text2;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent2.length);
      if (text2.length <= endStep)
        return text2;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent2.length;
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
        i = consumeMoreIndentedLines(text2, i, indent2.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text2[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text2[i + 1]) {
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
            i = consumeMoreIndentedLines(text2, i, indent2.length);
          end = i + indent2.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text2[i + 1];
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
                ch = text2[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text2;
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
        return text2;
      if (onFold)
        onFold();
      let res = text2.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text2.length;
        if (fold === 0)
          res = `
${indent2}${text2.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text2[fold]}\\`;
          res += `
${indent2}${text2.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text2, i, indent2) {
      let end = i;
      let start = i + 1;
      let ch = text2[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent2) {
          ch = text2[++i];
        } else {
          do {
            ch = text2[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text2[start];
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
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
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
      const indent2 = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str2 += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str2 += json.slice(start, i);
                const code2 = json.substr(i + 2, 4);
                switch (code2) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code2.substr(0, 2) === "00")
                      str2 += "\\x" + code2.substr(2);
                    else
                      str2 += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent2;
                if (json[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json.slice(start) : json;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent2, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent2 = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent2}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent2, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
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
      const indent2 = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent2.length);
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
        end = end.replace(blockEndNewlines, `$&${indent2}`);
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
        start = start.replace(/\n+/g, `$&${indent2}`);
      }
      const indentSize = indent2 ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent2}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent2, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent2}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent2}`);
      return `|${header}
${indent2}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent: indent2, indentStep, inFlow } = ctx;
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
        if (indent2 === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent2 === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str2 = value.replace(/\n+/g, `$&
${indent2}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent2, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
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
    function stringify2(item, ctx, onComment, onChompKeep) {
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
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key: key2, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent: indent2, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key2) && key2.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key2) || !identity.isNode(key2) && typeof key2 === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key2 || keyComment && value == null && !ctx.inFlow || identity.isCollection(key2) || (identity.isScalar(key2) ? key2.type === Scalar.Scalar.BLOCK_FOLDED || key2.type === Scalar.Scalar.BLOCK_LITERAL : typeof key2 === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent2 + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify2.stringify(key2, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent2}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
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
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify2.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
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
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
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
    var merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key2) => (merge2.identify(key2) || identity.isScalar(key2) && (!key2.type || key2.type === Scalar.Scalar.PLAIN) && merge2.identify(key2.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
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
      for (const [key2, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key2))
            map.set(key2, value2);
        } else if (map instanceof Set) {
          map.add(key2);
        } else if (!Object.prototype.hasOwnProperty.call(map, key2)) {
          Object.defineProperty(map, key2, {
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
    exports.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge2 = require_merge();
    var stringify2 = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key: key2, value }) {
      if (identity.isNode(key2) && key2.addToJSMap)
        key2.addToJSMap(ctx, map, value);
      else if (merge2.isMergeKey(ctx, key2))
        merge2.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key2, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key2, jsKey, ctx);
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
    function stringifyKey(key2, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key2) && ctx?.doc) {
        const strCtx = stringify2.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key2.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
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
    function createPair(key2, value, ctx) {
      const k = createNode.createNode(key2, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key2, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key2;
        this.value = value;
      }
      clone(schema) {
        let { key: key2, value } = this;
        if (identity.isNode(key2))
          key2 = key2.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key2, value);
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
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify3 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify3(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent: indent2, options: { commentString } } = ctx;
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
        let str3 = stringify2.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent2}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent2);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent: indent2, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
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
        let str2 = stringify2.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
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
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent2}${line}` : "\n";
          return `${str2}
${indent2}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent: indent2, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent2);
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
    var Collection2 = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key2) {
      const k = identity.isScalar(key2) ? key2.value : key2;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key2 || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection2.Collection {
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
        const add = (key2, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key2, value);
          else if (Array.isArray(replacer) && !replacer.includes(key2))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key2, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key2, value] of obj)
            add(key2, value);
        } else if (obj && typeof obj === "object") {
          for (const key2 of Object.keys(obj))
            add(key2, obj[key2]);
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
      delete(key2) {
        const it = findPair(this.items, key2);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key2, keepScalar) {
        const it = findPair(this.items, key2);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key2) {
        return !!findPair(this.items, key2);
      }
      set(key2, value) {
        this.add(new Pair.Pair(key2, value), true);
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
    var Collection2 = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection2.Collection {
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
      delete(key2) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key2, keepScalar) {
        const idx = asItemIndex(key2);
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
      has(key2) {
        const idx = asItemIndex(key2);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key2, value) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key2}.`);
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
              const key2 = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key2, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key2) {
      let idx = identity.isScalar(key2) ? key2.value : key2;
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
      resolve: (str2) => str2,
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
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
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
      const num3 = typeof value === "number" ? value : Number(value);
      if (!isFinite(num3))
        return isNaN(num3) ? ".nan" : num3 < 0 ? "-.inf" : ".inf";
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
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num3 = Number(node.value);
        return isFinite(num3) ? num3.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
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
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
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
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
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
        resolve: (str2) => str2,
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
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
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
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
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
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
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
          let key2, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key2 = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key2 = keys[0];
              value = it[key2];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key2 = it;
          }
          pairs2.items.push(Pair.createPair(key2, value, ctx));
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
          let key2, value;
          if (identity.isPair(pair)) {
            key2 = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key2, ctx);
          } else {
            key2 = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key2))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key2, value);
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
        for (const { key: key2 } of pairs$1.items) {
          if (identity.isScalar(key2)) {
            if (seenKeys.includes(key2.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key2.value}`);
            } else {
              seenKeys.push(key2.value);
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
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num3 = Number(node.value);
        return isFinite(num3) ? num3.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f2 = str2.substring(dot + 1).replace(/_/g, "");
          if (f2[f2.length - 1] === "0")
            node.minFractionDigits = f2.length;
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
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
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
      add(key2) {
        let pair;
        if (identity.isPair(key2))
          pair = key2;
        else if (key2 && typeof key2 === "object" && "key" in key2 && "value" in key2 && key2.value === null)
          pair = new Pair.Pair(key2.key, null);
        else
          pair = new Pair.Pair(key2, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key2, keepPair) {
        const pair = YAMLMap.findPair(this.items, key2);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key2, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key2);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key2));
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
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num3 = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num3(60) + num3(p), num3(0));
      return sign === "-" ? num3(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num3 = (n) => n;
      if (typeof value === "bigint")
        num3 = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num3(-1);
      }
      const _60 = num3(60);
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
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
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
      resolve(str2) {
        const match = str2.match(timestamp.test);
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
    var merge2 = require_merge();
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
      merge2.merge,
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
    var merge2 = require_merge();
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
      merge: merge2.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key2) => key2 !== "yaml11").map((key2) => JSON.stringify(key2)).join(", ");
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
        tags = tags.concat(merge2.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key2) => JSON.stringify(key2)).join(", ");
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
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge2);
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
    var stringify2 = require_stringify();
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
      const ctx = stringify2.createStringifyContext(doc, options);
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
        let body = stringify2.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify2.stringify(doc.contents, ctx));
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
    var Collection2 = require_Collection();
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
      addIn(path3, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path3, value);
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
      createPair(key2, value, options = {}) {
        const k = this.createNode(key2, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key2) {
        return assertCollection(this.contents) ? this.contents.delete(key2) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path3) {
        if (Collection2.isEmptyPath(path3)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path3) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key2, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key2, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path3, keepScalar) {
        if (Collection2.isEmptyPath(path3))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path3, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key2) {
        return identity.isCollection(this.contents) ? this.contents.has(key2) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path3) {
        if (Collection2.isEmptyPath(path3))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path3) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key2, value) {
        if (this.contents == null) {
          this.contents = Collection2.collectionFromPath(this.schema, [key2], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key2, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path3, value) {
        if (Collection2.isEmptyPath(path3)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection2.collectionFromPath(this.schema, Array.from(path3), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path3, value);
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
      constructor(name, pos, code2, message) {
        super();
        this.name = name;
        this.code = code2;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLParseError", pos, code2, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLWarning", pos, code2, message);
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
    function containsNewline(key2) {
      if (!key2)
        return null;
      switch (key2.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key2.source.includes("\n"))
            return true;
          if (key2.end) {
            for (const st of key2.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key2.items) {
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
    function flowIndentCheck(indent2, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent2 && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
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
        const { start, key: key2, sep: sep5, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key2 ?? sep5?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key2) {
            if (key2.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key2 && key2.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep5) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key2)) {
            onError(key2 ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key2 ? composeNode(ctx, key2, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key2, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep5 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key2 || key2.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep5, null, valueProps, onError);
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
        let sep5 = "";
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
                comment += sep5 + cb;
              sep5 = "";
              break;
            }
            case "newline":
              if (comment)
                sep5 += source;
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
      const isMap7 = fc.start.source === "{";
      const fcName = isMap7 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap7 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
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
        const { start, key: key2, sep: sep5, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key2 ?? sep5?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep5 && !value) {
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
          if (!isMap7 && ctx.options.strict && utilContainsNewline.containsNewline(key2))
            onError(
              key2,
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
        if (!isMap7 && !sep5 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep5, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key2 ? composeNode(ctx, key2, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key2))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep5 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap7 && !props.found && ctx.options.strict) {
              if (sep5)
                for (const st of sep5) {
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
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep5, null, valueProps, onError) : null;
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
          if (isMap7) {
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
      const expectedEnd = isMap7 ? "}" : "]";
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
      const lines = scalar.source ? splitLines2(scalar.source) : [];
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
        const [indent2, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent2.length > trimIndent)
            trimIndent = indent2.length;
        } else {
          if (indent2.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent2.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent2.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent2.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep5 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent2, content] = lines[i];
        offset += indent2.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent2.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent2 = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep5 + indent2.slice(trimIndent) + content;
          sep5 = "\n";
        } else if (indent2.length > trimIndent || content[0] === "	") {
          if (sep5 === " ")
            sep5 = "\n";
          else if (!prevMoreIndented && sep5 === "\n")
            sep5 = "\n\n";
          value += sep5 + indent2.slice(trimIndent) + content;
          sep5 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep5 === "\n")
            value += "\n";
          else
            sep5 = "\n";
        } else {
          value += sep5 + content;
          sep5 = " ";
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
      let indent2 = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent2 && n)
            indent2 = n;
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
      return { mode, indent: indent2, chomp, comment, length };
    }
    function splitLines2(source) {
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
      const _onError = (rel, code2, msg) => onError(offset + rel, code2, msg);
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
      let sep5 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep5 === "\n")
            res += sep5;
          else
            sep5 = "\n";
        } else {
          res += sep5 + lm;
          sep5 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep5 + (match?.[1] ?? "");
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
      const code2 = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code2);
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
        this.onError = (source, code2, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code2, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code2, message));
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
        const _onError = (pos, code2, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code2, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code2, message);
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
      const { implicitKey = false, indent: indent2, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent2 > 0 ? " ".repeat(indent2) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent: indent2, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent: indent2, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent: indent2, source: "\n" });
          return { type: "block-scalar", offset, indent: indent2, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent: indent2, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent: indent2, source, end };
        default:
          return { type: "scalar", offset, indent: indent2, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent2 = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent2 === "number")
        indent2 += 2;
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
        implicitKey: implicitKey || indent2 === null,
        indent: indent2 !== null && indent2 > 0 ? " ".repeat(indent2) : "",
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
        const indent2 = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent: indent2, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent: indent2, source: "\n" });
        for (const key2 of Object.keys(token))
          if (key2 !== "type" && key2 !== "offset")
            delete token[key2];
        Object.assign(token, { type: "block-scalar", indent: indent2, props, source: body });
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
          const indent2 = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key2 of Object.keys(token))
            if (key2 !== "type" && key2 !== "offset")
              delete token[key2];
          Object.assign(token, { type, indent: indent2, source, end });
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
    var stringify2 = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
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
    function stringifyItem({ start, key: key2, sep: sep5, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key2)
        res += stringifyToken(key2);
      if (sep5)
        for (const st of sep5)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path3) => {
      let item = cst;
      for (const [field, index] of path3) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path3) => {
      const parent = visit.itemAtPath(cst, path3.slice(0, -1));
      const field = path3[path3.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path3, item, visitor) {
      let ctrl = visitor(item, path3);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path3.concat([[field, i]])), token.items[i], visitor);
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
            ctrl = ctrl(item, path3);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path3) : ctrl;
    }
    exports.visit = visit;
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
    var isScalar10 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
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
    exports.isScalar = isScalar10;
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
          let indent2 = 0;
          while (ch === " ")
            ch = this.buffer[++indent2 + offset];
          if (ch === "\r") {
            const next = this.buffer[indent2 + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent2 + 1;
          }
          return ch === "\n" || indent2 >= this.indentNext || !ch && !this.atEnd ? offset + indent2 : -1;
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
        let indent2 = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent2 = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent2 !== -1 && indent2 < this.indentNext && line[0] !== "#" || indent2 === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent2 === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
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
        let indent2 = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent2 += 1;
              break;
            case "\n":
              nl = i2;
              indent2 = 0;
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
        if (indent2 >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent2;
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
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent2 > lastChar)
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
    var LineCounter4 = class {
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
    exports.LineCounter = LineCounter4;
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
          let sep5;
          if (scalar.end) {
            sep5 = scalar.end;
            sep5.push(this.sourceToken);
            delete scalar.end;
          } else
            sep5 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep5 }]
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
                  const key2 = it.key;
                  const sep5 = it.sep;
                  sep5.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key: key2, sep: sep5 }]
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
              const fs4 = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs4, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs4);
              } else {
                Object.assign(it, { key: fs4, sep: [] });
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
              const fs4 = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs4, sep: [] });
              else if (it.sep)
                this.stack.push(fs4);
              else
                Object.assign(it, { key: fs4, sep: [] });
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
            const sep5 = fc.end.splice(1, fc.end.length);
            sep5.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep5 }]
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
      atIndentedComment(start, indent2) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent2)
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
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments2(source, options = {}) {
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
    function parseDocument5(source, options = {}) {
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
    function parse3(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument5(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify2(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent2 = Math.round(options);
        options = indent2 < 1 ? void 0 : indent2 > 8 ? { indent: 8 } : { indent: indent2 };
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
    exports.parse = parse3;
    exports.parseAllDocuments = parseAllDocuments2;
    exports.parseDocument = parseDocument5;
    exports.stringify = stringify2;
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
    var visit = require_visit();
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
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// node_modules/braces/lib/utils.js
var require_utils = __commonJS({
  "node_modules/braces/lib/utils.js"(exports) {
    "use strict";
    exports.isInteger = (num3) => {
      if (typeof num3 === "number") {
        return Number.isInteger(num3);
      }
      if (typeof num3 === "string" && num3.trim() !== "") {
        return Number.isInteger(Number(num3));
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
      const stringify2 = (node, parent = {}) => {
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
            output += stringify2(child);
          }
        }
        return output;
      };
      return stringify2(ast);
    };
  }
});

// node_modules/is-number/index.js
var require_is_number = __commonJS({
  "node_modules/is-number/index.js"(exports, module) {
    "use strict";
    module.exports = function(num3) {
      if (typeof num3 === "number") {
        return num3 - num3 === 0;
      }
      if (typeof num3 === "string" && num3.trim() !== "") {
        return Number.isFinite ? Number.isFinite(+num3) : isFinite(+num3);
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
    function contains(arr, key2, val) {
      return arr.some((ele) => ele[key2] === val);
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
    function hasPadding(str2) {
      return /^-?(0+)\d/.test(str2);
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
    var isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    var transform = (toNumber) => {
      return (value) => toNumber === true ? Number(value) : String(value);
    };
    var isValidValue = (value) => {
      return typeof value === "number" || typeof value === "string" && value !== "";
    };
    var isNumber = (num3) => Number.isInteger(+num3);
    var zeros = (input) => {
      let value = `${input}`;
      let index = -1;
      if (value[0] === "-") value = value.slice(1);
      if (value === "0") return false;
      while (value[++index] === "0") ;
      return index > 0;
    };
    var stringify2 = (start, end, options) => {
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
      let toNumber = padded === false && stringify2(start, end, options) === false;
      let format = options.transform || transform(toNumber);
      if (options.toRegex && step === 1) {
        return toRange(toMaxLen(start, maxLen), toMaxLen(end, maxLen), true, options);
      }
      let parts = { negatives: [], positives: [] };
      let push = (num3) => parts[num3 < 0 ? "negatives" : "positives"].push(Math.abs(num3));
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
    var fill2 = (start, end, step, options = {}) => {
      if (end == null && isValidValue(start)) {
        return [start];
      }
      if (!isValidValue(start) || !isValidValue(end)) {
        return invalidRange(start, end, options);
      }
      if (typeof step === "function") {
        return fill2(start, end, 1, { transform: step });
      }
      if (isObject(step)) {
        return fill2(start, end, 0, step);
      }
      let opts = { ...options };
      if (opts.capture === true) opts.wrap = true;
      step = step || opts.step || 1;
      if (!isNumber(step)) {
        if (step != null && !isObject(step)) return invalidStep(step, opts);
        return fill2(start, end, 1, step);
      }
      if (isNumber(start) && isNumber(end)) {
        return fillNumbers(start, end, step, opts);
      }
      return fillLetters(start, end, Math.max(Math.abs(step), 1), opts);
    };
    module.exports = fill2;
  }
});

// node_modules/braces/lib/compile.js
var require_compile = __commonJS({
  "node_modules/braces/lib/compile.js"(exports, module) {
    "use strict";
    var fill2 = require_fill_range();
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
          const range = fill2(...args, { ...options, wrap: false, toRegex: true, strictZeros: true });
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
    var fill2 = require_fill_range();
    var stringify2 = require_stringify2();
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
    var expand2 = (ast, options = {}) => {
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
          q.push(append(q.pop(), stringify2(node, options)));
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
          let range = fill2(...args, options);
          if (range.length === 0) {
            range = stringify2(node, options);
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
    module.exports = expand2;
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
    var stringify2 = require_stringify2();
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
    var parse3 = (input, options = {}) => {
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
            block.nodes = [open, { type: "text", value: stringify2(block) }];
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
    module.exports = parse3;
  }
});

// node_modules/braces/index.js
var require_braces = __commonJS({
  "node_modules/braces/index.js"(exports, module) {
    "use strict";
    var stringify2 = require_stringify2();
    var compile = require_compile();
    var expand2 = require_expand();
    var parse3 = require_parse();
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
    braces.parse = (input, options = {}) => parse3(input, options);
    braces.stringify = (input, options = {}) => {
      if (typeof input === "string") {
        return stringify2(braces.parse(input, options), options);
      }
      return stringify2(input, options);
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
      let result = expand2(input, options);
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
    var path3 = __require("path");
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
      SEP: path3.sep,
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
    var path3 = __require("path");
    var win32 = process.platform === "win32";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants2();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str2) => REGEX_SPECIAL_CHARS.test(str2);
    exports.isRegexChar = (str2) => str2.length === 1 && exports.hasRegexChars(str2);
    exports.escapeRegex = (str2) => str2.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str2) => str2.replace(REGEX_BACKSLASH, "/");
    exports.removeBackslashes = (str2) => {
      return str2.replace(REGEX_REMOVE_BACKSLASH, (match) => {
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
      return win32 === true || path3.sep === "\\";
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
    var isPathSeparator = (code2) => {
      return code2 === CHAR_FORWARD_SLASH || code2 === CHAR_BACKWARD_SLASH;
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
      let str2 = input;
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
      let code2;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str2.charCodeAt(index + 1);
      const advance = () => {
        prev = code2;
        return str2.charCodeAt(++index);
      };
      while (index < length) {
        code2 = advance();
        let next;
        if (code2 === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code2 = advance();
          if (code2 === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code2 === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code2 = advance())) {
            if (code2 === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code2 === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code2 === CHAR_DOT && (code2 = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code2 === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code2 === CHAR_RIGHT_CURLY_BRACE) {
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
        if (code2 === CHAR_FORWARD_SLASH) {
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
          const isExtglobChar = code2 === CHAR_PLUS || code2 === CHAR_AT || code2 === CHAR_ASTERISK || code2 === CHAR_QUESTION_MARK || code2 === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code2 === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              while (eos() !== true && (code2 = advance())) {
                if (code2 === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  code2 = advance();
                  continue;
                }
                if (code2 === CHAR_RIGHT_PARENTHESES) {
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
        if (code2 === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_LEFT_SQUARE_BRACKET) {
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
        if (opts.nonegate !== true && code2 === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code2 === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            while (eos() !== true && (code2 = advance())) {
              if (code2 === CHAR_LEFT_PARENTHESES) {
                backslashes = token.backslashes = true;
                code2 = advance();
                continue;
              }
              if (code2 === CHAR_RIGHT_PARENTHESES) {
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
      let base = str2;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str2.slice(0, start);
        str2 = str2.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str2.slice(0, lastIndex);
        glob = str2.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str2;
      } else {
        base = str2;
      }
      if (base && base !== "" && base !== "/" && base !== str2) {
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
        if (!isPathSeparator(code2)) {
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
      REPLACEMENTS: REPLACEMENTS2
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
    var parse3 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS2[input] || input;
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
      const consume = (value2 = "", num3 = 0) => {
        state.consumed += value2;
        state.index += num3;
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
            const expression = parse3(rest, { ...options, fastpaths: false }).output;
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
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
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
    parse3.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS2[input] || input;
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
      const create = (str2) => {
        switch (str2) {
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
            const match = /^(.*?)\.(\w+)$/.exec(str2);
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
    module.exports = parse3;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var path3 = __require("path");
    var scan = require_scan();
    var parse3 = require_parse2();
    var utils = require_utils2();
    var constants2 = require_constants2();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch(input, options, returnState));
        const arrayMatcher = (str2) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str2);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = utils.isWindows(options);
      const regex2 = isState ? picomatch.compileRe(glob, options) : picomatch.makeRe(glob, options, false, true);
      const state = regex2.state;
      delete regex2.state;
      let isIgnored2 = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored2 = picomatch(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch.test(input, regex2, options, { glob, posix });
        const result = { glob, state, regex: regex2, posix, input, output, match, isMatch };
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
    picomatch.test = (input, regex2, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch.matchBase(input, regex2, options, posix);
        } else {
          match = regex2.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch.matchBase = (input, glob, options, posix = utils.isWindows(options)) => {
      const regex2 = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
      return regex2.test(path3.basename(input));
    };
    picomatch.isMatch = (str2, patterns, options) => picomatch(patterns, options)(str2);
    picomatch.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch.parse(p, options));
      return parse3(pattern, { ...options, fastpaths: false });
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
      const regex2 = picomatch.toRegex(source, options);
      if (returnState === true) {
        regex2.state = state;
      }
      return regex2;
    };
    picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse3.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse3(input, options);
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
    var micromatch5 = (list, patterns, options) => {
      patterns = [].concat(patterns);
      list = [].concat(list);
      let omit2 = /* @__PURE__ */ new Set();
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
            omit2.add(matched.output);
          } else {
            omit2.delete(matched.output);
            keep.add(matched.output);
          }
        }
      }
      let result = negatives === patterns.length ? [...items] : [...keep];
      let matches = result.filter((item) => !omit2.has(item));
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
    micromatch5.match = micromatch5;
    micromatch5.matcher = (pattern, options) => picomatch(pattern, options);
    micromatch5.isMatch = (str2, patterns, options) => picomatch(patterns, options)(str2);
    micromatch5.any = micromatch5.isMatch;
    micromatch5.not = (list, patterns, options = {}) => {
      patterns = [].concat(patterns).map(String);
      let result = /* @__PURE__ */ new Set();
      let items = [];
      let onResult = (state) => {
        if (options.onResult) options.onResult(state);
        items.push(state.output);
      };
      let matches = new Set(micromatch5(list, patterns, { ...options, onResult }));
      for (let item of items) {
        if (!matches.has(item)) {
          result.add(item);
        }
      }
      return [...result];
    };
    micromatch5.contains = (str2, pattern, options) => {
      if (typeof str2 !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str2)}"`);
      }
      if (Array.isArray(pattern)) {
        return pattern.some((p) => micromatch5.contains(str2, p, options));
      }
      if (typeof pattern === "string") {
        if (isEmptyString(str2) || isEmptyString(pattern)) {
          return false;
        }
        if (str2.includes(pattern) || str2.startsWith("./") && str2.slice(2).includes(pattern)) {
          return true;
        }
      }
      return micromatch5.isMatch(str2, pattern, { ...options, contains: true });
    };
    micromatch5.matchKeys = (obj, patterns, options) => {
      if (!utils.isObject(obj)) {
        throw new TypeError("Expected the first argument to be an object");
      }
      let keys = micromatch5(Object.keys(obj), patterns, options);
      let res = {};
      for (let key2 of keys) res[key2] = obj[key2];
      return res;
    };
    micromatch5.some = (list, patterns, options) => {
      let items = [].concat(list);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch(String(pattern), options);
        if (items.some((item) => isMatch(item))) {
          return true;
        }
      }
      return false;
    };
    micromatch5.every = (list, patterns, options) => {
      let items = [].concat(list);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch(String(pattern), options);
        if (!items.every((item) => isMatch(item))) {
          return false;
        }
      }
      return true;
    };
    micromatch5.all = (str2, patterns, options) => {
      if (typeof str2 !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str2)}"`);
      }
      return [].concat(patterns).every((p) => picomatch(p, options)(str2));
    };
    micromatch5.capture = (glob, input, options) => {
      let posix = utils.isWindows(options);
      let regex2 = picomatch.makeRe(String(glob), { ...options, capture: true });
      let match = regex2.exec(posix ? utils.toPosixSlashes(input) : input);
      if (match) {
        return match.slice(1).map((v) => v === void 0 ? "" : v);
      }
    };
    micromatch5.makeRe = (...args) => picomatch.makeRe(...args);
    micromatch5.scan = (...args) => picomatch.scan(...args);
    micromatch5.parse = (patterns, options) => {
      let res = [];
      for (let pattern of [].concat(patterns || [])) {
        for (let str2 of braces(String(pattern), options)) {
          res.push(picomatch.parse(str2, options));
        }
      }
      return res;
    };
    micromatch5.braces = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      if (options && options.nobrace === true || !hasBraces(pattern)) {
        return [pattern];
      }
      return braces(pattern, options);
    };
    micromatch5.braceExpand = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      return micromatch5.braces(pattern, { ...options, expand: true });
    };
    micromatch5.hasBraces = hasBraces;
    module.exports = micromatch5;
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
    var define2 = (object, key2, value) => {
      Object.defineProperty(object, key2, { value });
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
        (_, index, str2) => index + 6 < str2.length ? "(?:\\/[^\\/]+)*" : "\\/.+"
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
        define2(this, "body", body);
        define2(this, "ignoreCase", ignoreCase);
        define2(this, "regexPrefix", prefix);
      }
      get regex() {
        const key2 = UNDERSCORE + MODE_IGNORE;
        if (this[key2]) {
          return this[key2];
        }
        return this._make(MODE_IGNORE, key2);
      }
      get checkRegex() {
        const key2 = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key2]) {
          return this[key2];
        }
        return this._make(MODE_CHECK_IGNORE, key2);
      }
      _make(mode, key2) {
        const str2 = this.regexPrefix.replace(
          REGEX_REPLACE_TRAILING_WILDCARD,
          // It does not need to bind pattern
          TRAILING_WILD_CARD_REPLACERS[mode]
        );
        const regex2 = this.ignoreCase ? new RegExp(str2, "i") : new RegExp(str2);
        return define2(this, key2, regex2);
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
      test(path3, checkUnignored, mode) {
        let ignored = false;
        let unignored = false;
        let matchedRule;
        this._rules.forEach((rule) => {
          const { negative } = rule;
          if (unignored === negative && ignored !== unignored || negative && !ignored && !unignored && !checkUnignored) {
            return;
          }
          const matched = rule[mode].test(path3);
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
    var checkPath = (path3, originalPath, doThrow) => {
      if (!isString(path3)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path3) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path3)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path3) => REGEX_TEST_INVALID_PATH.test(path3);
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define2(this, KEY_IGNORE, true);
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
        const path3 = originalPath && checkPath.convert(originalPath);
        checkPath(
          path3,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return this._t(path3, cache, checkUnignored, slices);
      }
      checkIgnore(path3) {
        if (!REGEX_TEST_TRAILING_SLASH.test(path3)) {
          return this.test(path3);
        }
        const slices = path3.split(SLASH).filter(Boolean);
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
        return this._rules.test(path3, false, MODE_CHECK_IGNORE);
      }
      _t(path3, cache, checkUnignored, slices) {
        if (path3 in cache) {
          return cache[path3];
        }
        if (!slices) {
          slices = path3.split(SLASH).filter(Boolean);
        }
        slices.pop();
        if (!slices.length) {
          return cache[path3] = this._rules.test(path3, checkUnignored, MODE_IGNORE);
        }
        const parent = this._t(
          slices.join(SLASH) + SLASH,
          cache,
          checkUnignored,
          slices
        );
        return cache[path3] = parent.ignored ? parent : this._rules.test(path3, checkUnignored, MODE_IGNORE);
      }
      ignores(path3) {
        return this._test(path3, this._ignoreCache, false).ignored;
      }
      createFilter() {
        return (path3) => !this.ignores(path3);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path3) {
        return this._test(path3, this._testCache, true);
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path3) => checkPath(path3 && checkPath.convert(path3), path3, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str2) => /^\\\\\?\\/.test(str2) || /["<>|\u0000-\u001F]+/u.test(str2) ? str2 : str2.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path3) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path3) || isNotRelative(path3);
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
    define2(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/sources/gitignore.ts
import * as fs2 from "node:fs";
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
  const path3 = isDir ? `${sub}/` : sub;
  const rules = layer.matcher._rules;
  let r;
  if (rules && typeof rules.test === "function") {
    r = rules.test(path3, true, "regex");
  } else {
    if (++layer.tests > TESTS_BEFORE_REBUILD) {
      layer.matcher = makeMatcher(layer.rules);
      layer.tests = 1;
    }
    r = layer.matcher.test(path3);
  }
  if (r.ignored) return true;
  if (r.unignored) return false;
  return void 0;
}
function isIgnored(layers, rel, isDir) {
  for (let i = layers.length - 1; i >= 0; i--) {
    const layer = layers[i];
    const sub = layer.base === "" ? rel : rel.slice(layer.base.length + 1);
    if (sub === "") continue;
    const v = verdict(layer, sub, isDir);
    if (v !== void 0) return v;
  }
  return false;
}
var import_ignore, MAX_IGNORE_FILE_BYTES, TESTS_BEFORE_REBUILD;
var init_gitignore = __esm({
  "src/sources/gitignore.ts"() {
    "use strict";
    import_ignore = __toESM(require_ignore(), 1);
    MAX_IGNORE_FILE_BYTES = 1024 * 1024;
    TESTS_BEFORE_REBUILD = 8192;
  }
});

// src/sources/git-diff.ts
function createDiffParser(opts = {}) {
  const collect = opts.collectText === true;
  let file;
  let oldLeft = 0;
  let newLeft = 0;
  let next = 0;
  const start = () => ({ path: "", status: "modified", binary: false, addedLines: [], ...collect ? { addedText: [] } : {} });
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
          file.addedLines.push(next++);
          if (collect) file.addedText.push(line.slice(1));
          newLeft--;
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
function parseDiff(text2, opts = {}) {
  const parser = createDiffParser(opts);
  const out = [];
  for (const line of splitLines(text2)) {
    const done = parser.push(line);
    if (done) out.push(done);
  }
  const last = parser.end();
  if (last) out.push(last);
  return out;
}
function splitLines(text2) {
  const lines = text2.split("\n");
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines;
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
var HUNK, ZERO_ID, ESCAPES;
var init_git_diff = __esm({
  "src/sources/git-diff.ts"() {
    "use strict";
    HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
    ZERO_ID = /^0+$/;
    ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
  }
});

// src/sources/git-source.ts
var git_source_exports = {};
__export(git_source_exports, {
  DIFF_FLAGS: () => DIFF_FLAGS,
  GIT_BASE: () => GIT_BASE,
  catFileBatch: () => catFileBatch,
  firstLine: () => firstLine,
  gitEnv: () => gitEnv2,
  gitItems: () => gitItems,
  makeRepoContext: () => makeRepoContext,
  rangeArgs: () => rangeArgs,
  repoContext: () => repoContext,
  runGit: () => runGit,
  toPosix: () => toPosix2
});
import { spawn as spawn2 } from "node:child_process";
import * as path2 from "node:path";
function gitItems(mode, opts) {
  switch (mode.kind) {
    case "staged":
      return changeItems(opts, ["diff", "--cached", "--diff-filter=d", ...DIFF_FLAGS], "--staged");
    case "diff":
      return changeItems(opts, ["diff", "--diff-filter=d", ...DIFF_FLAGS, ...rangeArgs(mode.range), "--"], `--diff ${mode.range}`);
    case "history":
      return historyItems(mode, opts);
  }
}
function rangeArgs(range) {
  const r = range.trim();
  if (r === "" || r.startsWith("-") || /\s/.test(r)) {
    throw new UsageError(`--diff: "${range}" is not a commit range; use <base>, <base>..<head> or <base>...<head>`);
  }
  return r.includes("..") ? [r] : [`${r}..HEAD`];
}
async function repoContext(opts, what) {
  const r = await runGit(opts.cwd, ["rev-parse", "--show-toplevel"]);
  if (r.code !== 0) {
    throw new UsageError(`${what}: ${opts.cwd} is not inside a git work tree (${firstLine(r.stderr)}); run it inside a repository`);
  }
  return makeRepoContext(r.stdout.toString("utf8").replace(/\n$/, ""), opts);
}
function makeRepoContext(top, opts) {
  const cwd = path2.resolve(opts.cwd);
  const target = path2.resolve(cwd, opts.target);
  const targetRel = toPosix2(path2.relative(top, target));
  const shown = cwd === top ? (p) => p : (p) => toPosix2(path2.relative(cwd, path2.join(top, p)));
  return { top, shown, targetRel, pathspec: targetRel === "" ? [] : [`:(top,literal)${targetRel}`], filtered: pathFilter(top, opts.settings) };
}
function pathFilter(top, s) {
  const mm = { dot: true, basename: true };
  const exclude = s.exclude.map((g) => import_micromatch3.default.matcher(g, mm));
  const include = s.include.map((g) => import_micromatch3.default.matcher(g, mm));
  const names = s.ignoreFileNames.filter((n) => !path2.isAbsolute(n));
  const fixed = [];
  for (const abs of s.ignoreFileNames.filter((n) => path2.isAbsolute(n))) {
    const rel = toPosix2(path2.relative(top, path2.dirname(abs)));
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
      const layer = loadLayer(path2.join(top, dir, n), dir);
      if (layer) list.push(layer);
    }
    byDir.set(dir, list);
    return list;
  };
  const memo = /* @__PURE__ */ new Map();
  return (topRel, shown) => {
    const known = memo.get(topRel);
    if (known !== void 0) return known;
    let out = exclude.some((m) => m(shown)) || include.length > 0 && !include.some((m) => m(shown));
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
async function* changeItems(opts, diffArgs, what) {
  const [repo, diff] = await Promise.all([repoContext(opts, what), runGit(opts.cwd, [...GIT_BASE, ...diffArgs])]);
  if (diff.code !== 0) throw new UsageError(`${what}: git diff failed: ${firstLine(diff.stderr)}`);
  const parser = createDiffParser();
  const files = [];
  const keep = (f2) => {
    if (f2) files.push(f2);
  };
  for (const line of diff.stdout.toString("utf8").split("\n")) keep(parser.push(line));
  keep(parser.end());
  const wanted = [];
  const target = repo.targetRel;
  for (const f2 of files) {
    if (f2.status === "deleted" || f2.newMode === SUBMODULE_MODE || !f2.newBlob) continue;
    if (target && f2.path !== target && !f2.path.startsWith(`${target}/`)) continue;
    if (!f2.binary && f2.addedLines.length === 0) continue;
    const shown = repo.shown(f2.path);
    if (repo.filtered(f2.path, shown)) continue;
    wanted.push({ file: f2, shown });
  }
  if (wanted.length === 0) return;
  let i = 0;
  for await (const blob of catFileBatch(opts.cwd, wanted.map((w) => w.file.newBlob), opts.settings.maxFileSize)) {
    const { file, shown } = wanted[i++];
    yield itemFromBlob(file, shown, blob, opts.settings.maxFileSize);
  }
}
function itemFromBlob(file, shown, blob, maxFileSize) {
  if (blob.missing) return { path: shown, reason: "unreadable", detail: `git object ${file.newBlob} is missing` };
  if (!blob.bytes) return { path: shown, reason: "too-large", detail: `${blob.size} bytes > ${maxFileSize}` };
  if (file.binary) {
    if (blob.bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return { path: shown, reason: "binary" };
    return { path: shown, content: blob.bytes };
  }
  return { path: shown, content: blob.bytes, addedLines: file.addedLines };
}
async function* catFileBatch(cwd, ids, maxBytes) {
  const child = spawn2("git", ["cat-file", "--batch"], { cwd, stdio: ["pipe", "pipe", "pipe"], env: gitEnv2() });
  const errChunks = [];
  child.stderr.on("data", (c) => errChunks.push(c));
  const exited = new Promise((resolve7) => child.on("close", (code3) => resolve7(code3 ?? -1)));
  child.stdin.on("error", () => void 0);
  child.stdin.end(`${ids.join("\n")}
`);
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
  const code2 = await exited;
  if (answered < ids.length) throw new Error(`git cat-file --batch stopped after ${answered} of ${ids.length} objects (exit ${code2}): ${firstLine(Buffer.concat(errChunks))}`);
}
function runGit(cwd, args, input) {
  return new Promise((resolve7, reject) => {
    const child = spawn2("git", args, { cwd, stdio: [input === void 0 ? "ignore" : "pipe", "pipe", "pipe"], env: gitEnv2() });
    const out = [];
    const err = [];
    child.stdout.on("data", (c) => out.push(c));
    child.stderr.on("data", (c) => err.push(c));
    child.on("error", (e) => reject(new UsageError(`cannot run git (${e.message}); install git or put it on PATH`)));
    child.on("close", (code2) => resolve7({ code: code2 ?? -1, stdout: Buffer.concat(out), stderr: Buffer.concat(err) }));
    if (input !== void 0 && child.stdin) {
      child.stdin.on("error", () => void 0);
      child.stdin.end(input);
    }
  });
}
function gitEnv2() {
  return { ...process.env, GIT_PAGER: "cat", PAGER: "cat", GIT_OPTIONAL_LOCKS: "0", LC_ALL: "C" };
}
function firstLine(b) {
  const s = (typeof b === "string" ? b : b.toString("utf8")).trim();
  const nl = s.indexOf("\n");
  return (nl < 0 ? s : s.slice(0, nl)) || "no message";
}
function toPosix2(p) {
  return path2.sep === "/" ? p : p.split(path2.sep).join("/");
}
var import_micromatch3, BINARY_SNIFF_BYTES, SUBMODULE_MODE, GIT_BASE, DIFF_FLAGS;
var init_git_source = __esm({
  "src/sources/git-source.ts"() {
    "use strict";
    import_micromatch3 = __toESM(require_micromatch(), 1);
    init_errors();
    init_git_diff();
    init_gitignore();
    init_git_history();
    BINARY_SNIFF_BYTES = 8e3;
    SUBMODULE_MODE = "160000";
    GIT_BASE = ["-c", "core.quotePath=false", "-c", "color.ui=false"];
    DIFF_FLAGS = ["--no-color", "--no-ext-diff", "--no-textconv", "--full-index", "-U0", "-M", "--src-prefix=a/", "--dst-prefix=b/", "--ignore-submodules=all"];
  }
});

// src/sources/git-history.ts
var git_history_exports = {};
__export(git_history_exports, {
  LONG_LIVED_DAYS: () => LONG_LIVED_DAYS,
  consolidateHistory: () => consolidateHistory,
  historyItems: () => historyItems,
  logSelection: () => logSelection,
  synthesize: () => synthesize
});
import { spawn as spawn3 } from "node:child_process";
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
function parseHeader(line) {
  const [sha = "", date = "", parents = "", author = ""] = line.slice(MARK.length).split("\0");
  return { sha, date, parents: parents ? parents.split(" ") : [], author };
}
async function* logStream(cwd, args, what) {
  const child = spawn3("git", [...GIT_BASE, "-c", "log.showRoot=true", "-c", "log.showSignature=false", "log", ...args], {
    cwd,
    stdio: ["ignore", "pipe", "pipe"],
    env: gitEnv2()
  });
  const errChunks = [];
  child.stderr.on("data", (c) => errChunks.push(c));
  const exited = new Promise((resolve7) => child.on("close", (code3) => resolve7(code3 ?? -1)));
  child.stdout.setEncoding("utf8");
  const parser = createDiffParser({ collectText: true });
  let commit;
  let rest = "";
  try {
    for await (const chunk of child.stdout) {
      const text2 = rest + chunk;
      let from = 0;
      for (let nl = text2.indexOf("\n"); nl >= 0; nl = text2.indexOf("\n", from)) {
        const line = text2.slice(from, nl);
        from = nl + 1;
        if (line.startsWith(MARK)) {
          const done2 = parser.end();
          if (done2 && commit) yield { commit, file: done2 };
          commit = parseHeader(line);
          continue;
        }
        const done = parser.push(line);
        if (done && commit) yield { commit, file: done };
      }
      rest = text2.slice(from);
    }
    if (rest) {
      const done = parser.push(rest);
      if (done && commit) yield { commit, file: done };
    }
    const last = parser.end();
    if (last && commit) yield { commit, file: last };
  } finally {
    if (child.exitCode === null) child.kill();
  }
  const code2 = await exited;
  if (code2 !== 0) throw new UsageError(`${what}: git log failed: ${firstLine(Buffer.concat(errChunks))}`);
}
async function* historyItems(mode, opts) {
  const repo = await repoContext(opts, "--history");
  const args = ["-p", "--reverse", FORMAT, "--diff-filter=d", ...DIFF_FLAGS, ...logSelection(mode, repo)];
  const binarySeen = /* @__PURE__ */ new Set();
  for await (const { commit, file } of logStream(opts.cwd, args, "--history")) {
    if (file.status === "deleted" || file.newMode === SUBMODULE_MODE2) continue;
    const shown = repo.shown(file.path);
    if (repo.filtered(file.path, shown)) continue;
    if (file.binary) {
      if (!binarySeen.has(shown)) {
        binarySeen.add(shown);
        yield { path: shown, reason: "binary", detail: `first in commit ${commit.sha.slice(0, 12)}` };
      }
      continue;
    }
    if (file.addedLines.length === 0) continue;
    yield {
      path: shown,
      content: Buffer.from(synthesize(file.addedLines, file.addedText ?? []), "utf8"),
      addedLines: file.addedLines,
      commit: { sha: commit.sha, date: commit.date, author: commit.author }
    };
  }
}
function synthesize(lines, text2) {
  const parts = [];
  let at = 1;
  for (let i = 0; i < lines.length; i++) {
    const n = lines[i];
    if (n > at) parts.push("\n".repeat(n - at));
    parts.push(text2[i] ?? "", "\n");
    at = n + 1;
  }
  return parts.join("");
}
async function consolidateHistory(result, opts) {
  if (result.findings.length === 0) return;
  const repo = await repoContext({ cwd: opts.cwd, target: opts.target ?? opts.cwd, settings: { include: [], exclude: [], ignoreFileNames: [], maxFileSize: 0 } }, "--history");
  const selection = logSelection(opts.mode, repo);
  const order = await commitOrder(opts.cwd, selection);
  const rank = (f2) => order.get(f2.commit?.sha ?? "") ?? Number.MAX_SAFE_INTEGER;
  const groups2 = /* @__PURE__ */ new Map();
  for (const f2 of result.findings) {
    const g = groups2.get(f2.fingerprint);
    if (g) g.push(f2);
    else groups2.set(f2.fingerprint, [f2]);
  }
  const probes = /* @__PURE__ */ new Map();
  for (const [fp, g] of groups2) probes.set(fp, probeOf(g[0].secret.reveal()));
  const atHead = await presentAtHead(repo.top, probes);
  const head = atHead.size > 0 ? (await runGit(opts.cwd, ["rev-parse", "--verify", "-q", "HEAD"])).stdout.toString("utf8").trim() : "";
  const gone = new Map([...probes].filter(([fp]) => !atHead.has(fp)));
  const removals = gone.size > 0 ? await findRemovals(opts.cwd, selection, gone, order) : /* @__PURE__ */ new Map();
  const now = opts.now ?? Date.now();
  const out = [];
  for (const [fp, g] of groups2) {
    g.sort((a, b) => rank(a) - rank(b) || (a.commit?.date ?? "").localeCompare(b.commit?.date ?? "") || a.path.localeCompare(b.path) || a.line - b.line);
    const unsuppressed = g.filter((f3) => f3.suppressions.length === 0);
    const first = g[0];
    const f2 = { ...first, notes: [...first.notes], details: { ...first.details ?? {} } };
    f2.suppressions = unsuppressed.length === 0 ? first.suppressions : [];
    const firstDate = first.commit?.date ?? "";
    const ageDays = firstDate ? Math.max(0, Math.floor((now - Date.parse(firstDate)) / DAY_MS)) : 0;
    const headPath = atHead.get(fp);
    const removed = removals.get(fp);
    const details = f2.details;
    details.firstSeen = firstDate;
    details.presentAtHead = headPath !== void 0;
    if (headPath !== void 0) {
      details.headPath = repo.shown(headPath);
      if (head) details.lastCommit = head;
    } else if (removed) {
      details.removedIn = removed.sha;
      details.removedDate = removed.date;
      if (removed.parents[0]) details.lastCommit = removed.parents[0];
    } else {
      const last = g[g.length - 1];
      if (last.commit) details.lastCommit = last.commit.sha;
    }
    details.ageDays = ageDays;
    details.occurrences = g.length;
    details.paths = new Set(g.map((x) => x.path)).size;
    if (ageDays > LONG_LIVED_DAYS) {
      f2.notes.push("long-lived-in-history");
      if (STATIC_KINDS2.has(f2.kind) && !f2.notes.includes("publishable")) {
        f2.severity = SEVERITIES[Math.min(SEVERITIES.length - 1, severityRank(f2.severity) + 1)];
      }
    }
    out.push(f2);
  }
  out.sort((a, b) => cmp2(a.path, b.path) || a.line - b.line || a.column - b.column || cmp2(a.ruleId, b.ruleId) || cmp2(a.commit?.sha ?? "", b.commit?.sha ?? ""));
  result.findings = out;
  const suppressed = out.filter((f2) => f2.suppressions.length > 0).length;
  result.counts = { ...result.counts, findings: out.length - suppressed, suppressed };
}
function cmp2(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
async function commitOrder(cwd, selection) {
  const r = await runGit(cwd, [...GIT_BASE, "log", "--reverse", "--format=%H", ...selection]);
  if (r.code !== 0) throw new UsageError(`--history: git log failed: ${firstLine(r.stderr)}`);
  const order = /* @__PURE__ */ new Map();
  for (const sha of r.stdout.toString("utf8").split("\n")) if (sha) order.set(sha, order.size);
  return order;
}
function probeOf(value) {
  const lines = value.split(/\r?\n/);
  return lines.reduce((a, b) => b.length > a.length ? b : a, "");
}
async function presentAtHead(top, probes) {
  const found = /* @__PURE__ */ new Map();
  const hasHead = await runGit(top, ["rev-parse", "--verify", "-q", "HEAD"]);
  if (hasHead.code !== 0) return found;
  const values = [...new Set([...probes.values()].filter((v) => v.length > 0))];
  if (values.length === 0) return found;
  const r = await runGit(top, [...GIT_BASE, "grep", "--full-name", "--no-color", "-F", "-I", "-z", "-o", "-f", "-", "HEAD", "--"], `${values.join("\n")}
`);
  if (r.code > 1) throw new UsageError(`--history: git grep at HEAD failed: ${firstLine(r.stderr)}`);
  const hits = /* @__PURE__ */ new Map();
  for (const line of r.stdout.toString("utf8").split("\n")) {
    const z = line.indexOf("\0");
    if (z < 0) continue;
    const p = line.slice(0, z).replace(/^HEAD:/, "");
    const v = line.slice(z + 1);
    if (!hits.has(v)) hits.set(v, p);
  }
  for (const [fp, v] of probes) {
    const p = hits.get(v);
    if (p !== void 0) found.set(fp, p);
  }
  return found;
}
async function findRemovals(cwd, selection, probes, order) {
  const child = spawn3("git", [...GIT_BASE, "-c", "log.showRoot=true", "-c", "log.showSignature=false", "log", "-p", "--reverse", FORMAT, ...DIFF_FLAGS, ...selection], {
    cwd,
    stdio: ["ignore", "pipe", "pipe"],
    env: gitEnv2()
  });
  const errChunks = [];
  child.stderr.on("data", (c) => errChunks.push(c));
  const exited = new Promise((resolve7) => child.on("close", (code3) => resolve7(code3 ?? -1)));
  child.stdout.setEncoding("utf8");
  const wanted = [...probes].filter(([, v]) => v.length > 0);
  const found = /* @__PURE__ */ new Map();
  let commit;
  let rest = "";
  const onLine = (line) => {
    if (line.startsWith(MARK)) {
      commit = parseHeader(line);
      return;
    }
    if (line.charCodeAt(0) !== 45 || !commit) return;
    for (const [fp, v] of wanted) {
      if (line.includes(v)) {
        const prev = found.get(fp);
        if (!prev || (order.get(commit.sha) ?? 0) >= (order.get(prev.sha) ?? 0)) found.set(fp, commit);
      }
    }
  };
  for await (const chunk of child.stdout) {
    const text2 = rest + chunk;
    let from = 0;
    for (let nl = text2.indexOf("\n"); nl >= 0; nl = text2.indexOf("\n", from)) {
      onLine(text2.slice(from, nl));
      from = nl + 1;
    }
    rest = text2.slice(from);
  }
  if (rest) onLine(rest);
  const code2 = await exited;
  if (code2 !== 0) throw new UsageError(`--history: git log failed: ${firstLine(Buffer.concat(errChunks))}`);
  return found;
}
var MARK, FORMAT, SUBMODULE_MODE2, DAY_MS, LONG_LIVED_DAYS, STATIC_KINDS2;
var init_git_history = __esm({
  "src/sources/git-history.ts"() {
    "use strict";
    init_types();
    init_errors();
    init_git_diff();
    init_git_source();
    MARK = "ks\0";
    FORMAT = "--format=%x01ks%x00%H%x00%cI%x00%P%x00%an";
    SUBMODULE_MODE2 = "160000";
    DAY_MS = 864e5;
    LONG_LIVED_DAYS = 90;
    STATIC_KINDS2 = /* @__PURE__ */ new Set(["long-lived-credential", "static-key", "private-key"]);
  }
});

// node_modules/@octokit/request/node_modules/content-type/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/@octokit/request/node_modules/content-type/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.format = format;
    exports.parse = parse3;
    var TEXT_REGEXP = /^[\u0009\u0020-\u007e\u0080-\u00ff]*$/;
    var TOKEN_REGEXP = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
    var QUOTE_REGEXP = /[\\"]/g;
    var TYPE_REGEXP = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+\/[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
    var NullObject = /* @__PURE__ */ (() => {
      const C = function() {
      };
      C.prototype = /* @__PURE__ */ Object.create(null);
      return C;
    })();
    function format(obj) {
      const { type, parameters } = obj;
      if (!type || !TYPE_REGEXP.test(type)) {
        throw new TypeError(`Invalid type: ${type}`);
      }
      let result = type;
      if (parameters) {
        for (const param of Object.keys(parameters)) {
          if (!TOKEN_REGEXP.test(param)) {
            throw new TypeError(`Invalid parameter name: ${param}`);
          }
          result += `; ${param}=${qstring(parameters[param])}`;
        }
      }
      return result;
    }
    function parse3(header, options) {
      const stopChar = options?.comma === true ? COMMA : 65536;
      const len = header.length;
      let index = skipOWS(header, options?.start ?? 0, len);
      const valueStart = index;
      index = skipValue(header, index, len, stopChar);
      const valueEnd = trailingOWS(header, valueStart, index);
      const type = header.slice(valueStart, valueEnd).toLowerCase();
      if (options?.parameters === false) {
        return { type, index, parameters: new NullObject() };
      }
      return parseParameters(header, type, index, len, stopChar);
    }
    var SP = 32;
    var HTAB = 9;
    var SEMI = 59;
    var EQ = 61;
    var DQUOTE = 34;
    var BSLASH = 92;
    var COMMA = 44;
    function parseParameters(header, type, index, len, stopChar) {
      const parameters = new NullObject();
      parameter: while (index < len) {
        if (header.charCodeAt(index) === stopChar)
          break;
        index = skipOWS(header, index + 1, len);
        const keyStart = index;
        while (index < len) {
          const code2 = header.charCodeAt(index);
          if (code2 === stopChar)
            break parameter;
          if (code2 === SEMI)
            continue parameter;
          if (code2 === EQ) {
            const keyEnd = trailingOWS(header, keyStart, index);
            const key2 = header.slice(keyStart, keyEnd).toLowerCase();
            index = skipOWS(header, index + 1, len);
            if (index < len && header.charCodeAt(index) === DQUOTE) {
              index++;
              let value = "";
              while (index < len) {
                const code3 = header.charCodeAt(index++);
                if (code3 === DQUOTE) {
                  index = skipValue(header, index, len, stopChar);
                  if (parameters[key2] === void 0)
                    parameters[key2] = value;
                  break;
                }
                if (code3 === BSLASH && index < len) {
                  value += header[index++];
                  continue;
                }
                value += String.fromCharCode(code3);
              }
              continue parameter;
            }
            const valueStart = index;
            index = skipValue(header, index, len, stopChar);
            if (parameters[key2] === void 0) {
              const valueEnd = trailingOWS(header, valueStart, index);
              parameters[key2] = header.slice(valueStart, valueEnd);
            }
            continue parameter;
          }
          index++;
        }
      }
      return { type, index, parameters };
    }
    function skipValue(str2, index, len, stopChar) {
      while (index < len) {
        const code2 = str2.charCodeAt(index);
        if (code2 === SEMI || code2 === stopChar)
          break;
        index++;
      }
      return index;
    }
    function skipOWS(header, index, len) {
      while (index < len) {
        const char = header.charCodeAt(index);
        if (char !== SP && char !== HTAB)
          break;
        index++;
      }
      return index;
    }
    function trailingOWS(header, start, end) {
      while (end > start) {
        const char = header.charCodeAt(end - 1);
        if (char !== SP && char !== HTAB)
          break;
        end--;
      }
      return end;
    }
    function qstring(str2) {
      if (TOKEN_REGEXP.test(str2))
        return str2;
      if (TEXT_REGEXP.test(str2))
        return `"${str2.replace(QUOTE_REGEXP, "\\$&")}"`;
      throw new TypeError(`Invalid parameter value: ${str2}`);
    }
  }
});

// node_modules/bottleneck/light.js
var require_light = __commonJS({
  "node_modules/bottleneck/light.js"(exports, module) {
    (function(global2, factory) {
      typeof exports === "object" && typeof module !== "undefined" ? module.exports = factory() : typeof define === "function" && define.amd ? define(factory) : global2.Bottleneck = factory();
    })(exports, (function() {
      "use strict";
      var commonjsGlobal = typeof globalThis !== "undefined" ? globalThis : typeof window !== "undefined" ? window : typeof global !== "undefined" ? global : typeof self !== "undefined" ? self : {};
      function getCjsExportFromNamespace(n) {
        return n && n["default"] || n;
      }
      var load = function(received, defaults, onto = {}) {
        var k, ref, v;
        for (k in defaults) {
          v = defaults[k];
          onto[k] = (ref = received[k]) != null ? ref : v;
        }
        return onto;
      };
      var overwrite = function(received, defaults, onto = {}) {
        var k, v;
        for (k in received) {
          v = received[k];
          if (defaults[k] !== void 0) {
            onto[k] = v;
          }
        }
        return onto;
      };
      var parser = {
        load,
        overwrite
      };
      var DLList;
      DLList = class DLList {
        constructor(incr, decr) {
          this.incr = incr;
          this.decr = decr;
          this._first = null;
          this._last = null;
          this.length = 0;
        }
        push(value) {
          var node;
          this.length++;
          if (typeof this.incr === "function") {
            this.incr();
          }
          node = {
            value,
            prev: this._last,
            next: null
          };
          if (this._last != null) {
            this._last.next = node;
            this._last = node;
          } else {
            this._first = this._last = node;
          }
          return void 0;
        }
        shift() {
          var value;
          if (this._first == null) {
            return;
          } else {
            this.length--;
            if (typeof this.decr === "function") {
              this.decr();
            }
          }
          value = this._first.value;
          if ((this._first = this._first.next) != null) {
            this._first.prev = null;
          } else {
            this._last = null;
          }
          return value;
        }
        first() {
          if (this._first != null) {
            return this._first.value;
          }
        }
        getArray() {
          var node, ref, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref = node, node = node.next, ref.value));
          }
          return results;
        }
        forEachShift(cb) {
          var node;
          node = this.shift();
          while (node != null) {
            cb(node), node = this.shift();
          }
          return void 0;
        }
        debug() {
          var node, ref, ref1, ref2, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref = node, node = node.next, {
              value: ref.value,
              prev: (ref1 = ref.prev) != null ? ref1.value : void 0,
              next: (ref2 = ref.next) != null ? ref2.value : void 0
            }));
          }
          return results;
        }
      };
      var DLList_1 = DLList;
      var Events;
      Events = class Events {
        constructor(instance) {
          this.instance = instance;
          this._events = {};
          if (this.instance.on != null || this.instance.once != null || this.instance.removeAllListeners != null) {
            throw new Error("An Emitter already exists for this object");
          }
          this.instance.on = (name, cb) => {
            return this._addListener(name, "many", cb);
          };
          this.instance.once = (name, cb) => {
            return this._addListener(name, "once", cb);
          };
          this.instance.removeAllListeners = (name = null) => {
            if (name != null) {
              return delete this._events[name];
            } else {
              return this._events = {};
            }
          };
        }
        _addListener(name, status, cb) {
          var base;
          if ((base = this._events)[name] == null) {
            base[name] = [];
          }
          this._events[name].push({ cb, status });
          return this.instance;
        }
        listenerCount(name) {
          if (this._events[name] != null) {
            return this._events[name].length;
          } else {
            return 0;
          }
        }
        async trigger(name, ...args) {
          var e, promises2;
          try {
            if (name !== "debug") {
              this.trigger("debug", `Event triggered: ${name}`, args);
            }
            if (this._events[name] == null) {
              return;
            }
            this._events[name] = this._events[name].filter(function(listener) {
              return listener.status !== "none";
            });
            promises2 = this._events[name].map(async (listener) => {
              var e2, returned;
              if (listener.status === "none") {
                return;
              }
              if (listener.status === "once") {
                listener.status = "none";
              }
              try {
                returned = typeof listener.cb === "function" ? listener.cb(...args) : void 0;
                if (typeof (returned != null ? returned.then : void 0) === "function") {
                  return await returned;
                } else {
                  return returned;
                }
              } catch (error) {
                e2 = error;
                {
                  this.trigger("error", e2);
                }
                return null;
              }
            });
            return (await Promise.all(promises2)).find(function(x) {
              return x != null;
            });
          } catch (error) {
            e = error;
            {
              this.trigger("error", e);
            }
            return null;
          }
        }
      };
      var Events_1 = Events;
      var DLList$1, Events$1, Queues;
      DLList$1 = DLList_1;
      Events$1 = Events_1;
      Queues = class Queues {
        constructor(num_priorities) {
          var i;
          this.Events = new Events$1(this);
          this._length = 0;
          this._lists = (function() {
            var j, ref, results;
            results = [];
            for (i = j = 1, ref = num_priorities; 1 <= ref ? j <= ref : j >= ref; i = 1 <= ref ? ++j : --j) {
              results.push(new DLList$1((() => {
                return this.incr();
              }), (() => {
                return this.decr();
              })));
            }
            return results;
          }).call(this);
        }
        incr() {
          if (this._length++ === 0) {
            return this.Events.trigger("leftzero");
          }
        }
        decr() {
          if (--this._length === 0) {
            return this.Events.trigger("zero");
          }
        }
        push(job) {
          return this._lists[job.options.priority].push(job);
        }
        queued(priority) {
          if (priority != null) {
            return this._lists[priority].length;
          } else {
            return this._length;
          }
        }
        shiftAll(fn) {
          return this._lists.forEach(function(list) {
            return list.forEachShift(fn);
          });
        }
        getFirst(arr = this._lists) {
          var j, len, list;
          for (j = 0, len = arr.length; j < len; j++) {
            list = arr[j];
            if (list.length > 0) {
              return list;
            }
          }
          return [];
        }
        shiftLastFrom(priority) {
          return this.getFirst(this._lists.slice(priority).reverse()).shift();
        }
      };
      var Queues_1 = Queues;
      var BottleneckError;
      BottleneckError = class BottleneckError extends Error {
      };
      var BottleneckError_1 = BottleneckError;
      var BottleneckError$1, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser$1;
      NUM_PRIORITIES = 10;
      DEFAULT_PRIORITY = 5;
      parser$1 = parser;
      BottleneckError$1 = BottleneckError_1;
      Job = class Job {
        constructor(task, args, options, jobDefaults, rejectOnDrop, Events2, _states, Promise2) {
          this.task = task;
          this.args = args;
          this.rejectOnDrop = rejectOnDrop;
          this.Events = Events2;
          this._states = _states;
          this.Promise = Promise2;
          this.options = parser$1.load(options, jobDefaults);
          this.options.priority = this._sanitizePriority(this.options.priority);
          if (this.options.id === jobDefaults.id) {
            this.options.id = `${this.options.id}-${this._randomIndex()}`;
          }
          this.promise = new this.Promise((_resolve, _reject) => {
            this._resolve = _resolve;
            this._reject = _reject;
          });
          this.retryCount = 0;
        }
        _sanitizePriority(priority) {
          var sProperty;
          sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority;
          if (sProperty < 0) {
            return 0;
          } else if (sProperty > NUM_PRIORITIES - 1) {
            return NUM_PRIORITIES - 1;
          } else {
            return sProperty;
          }
        }
        _randomIndex() {
          return Math.random().toString(36).slice(2);
        }
        doDrop({ error, message = "This job has been dropped by Bottleneck" } = {}) {
          if (this._states.remove(this.options.id)) {
            if (this.rejectOnDrop) {
              this._reject(error != null ? error : new BottleneckError$1(message));
            }
            this.Events.trigger("dropped", { args: this.args, options: this.options, task: this.task, promise: this.promise });
            return true;
          } else {
            return false;
          }
        }
        _assertStatus(expected) {
          var status;
          status = this._states.jobStatus(this.options.id);
          if (!(status === expected || expected === "DONE" && status === null)) {
            throw new BottleneckError$1(`Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
          }
        }
        doReceive() {
          this._states.start(this.options.id);
          return this.Events.trigger("received", { args: this.args, options: this.options });
        }
        doQueue(reachedHWM, blocked) {
          this._assertStatus("RECEIVED");
          this._states.next(this.options.id);
          return this.Events.trigger("queued", { args: this.args, options: this.options, reachedHWM, blocked });
        }
        doRun() {
          if (this.retryCount === 0) {
            this._assertStatus("QUEUED");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          return this.Events.trigger("scheduled", { args: this.args, options: this.options });
        }
        async doExecute(chained, clearGlobalState, run2, free) {
          var error, eventInfo, passed;
          if (this.retryCount === 0) {
            this._assertStatus("RUNNING");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          this.Events.trigger("executing", eventInfo);
          try {
            passed = await (chained != null ? chained.schedule(this.options, this.task, ...this.args) : this.task(...this.args));
            if (clearGlobalState()) {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._resolve(passed);
            }
          } catch (error1) {
            error = error1;
            return this._onFailure(error, eventInfo, clearGlobalState, run2, free);
          }
        }
        doExpire(clearGlobalState, run2, free) {
          var error, eventInfo;
          if (this._states.jobStatus(this.options.id === "RUNNING")) {
            this._states.next(this.options.id);
          }
          this._assertStatus("EXECUTING");
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          error = new BottleneckError$1(`This job timed out after ${this.options.expiration} ms.`);
          return this._onFailure(error, eventInfo, clearGlobalState, run2, free);
        }
        async _onFailure(error, eventInfo, clearGlobalState, run2, free) {
          var retry2, retryAfter;
          if (clearGlobalState()) {
            retry2 = await this.Events.trigger("failed", error, eventInfo);
            if (retry2 != null) {
              retryAfter = ~~retry2;
              this.Events.trigger("retry", `Retrying ${this.options.id} after ${retryAfter} ms`, eventInfo);
              this.retryCount++;
              return run2(retryAfter);
            } else {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._reject(error);
            }
          }
        }
        doDone(eventInfo) {
          this._assertStatus("EXECUTING");
          this._states.next(this.options.id);
          return this.Events.trigger("done", eventInfo);
        }
      };
      var Job_1 = Job;
      var BottleneckError$2, LocalDatastore, parser$2;
      parser$2 = parser;
      BottleneckError$2 = BottleneckError_1;
      LocalDatastore = class LocalDatastore {
        constructor(instance, storeOptions, storeInstanceOptions) {
          this.instance = instance;
          this.storeOptions = storeOptions;
          this.clientId = this.instance._randomIndex();
          parser$2.load(storeInstanceOptions, storeInstanceOptions, this);
          this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now();
          this._running = 0;
          this._done = 0;
          this._unblockTime = 0;
          this.ready = this.Promise.resolve();
          this.clients = {};
          this._startHeartbeat();
        }
        _startHeartbeat() {
          var base;
          if (this.heartbeat == null && (this.storeOptions.reservoirRefreshInterval != null && this.storeOptions.reservoirRefreshAmount != null || this.storeOptions.reservoirIncreaseInterval != null && this.storeOptions.reservoirIncreaseAmount != null)) {
            return typeof (base = this.heartbeat = setInterval(() => {
              var amount, incr, maximum, now, reservoir;
              now = Date.now();
              if (this.storeOptions.reservoirRefreshInterval != null && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval) {
                this._lastReservoirRefresh = now;
                this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount;
                this.instance._drainAll(this.computeCapacity());
              }
              if (this.storeOptions.reservoirIncreaseInterval != null && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval) {
                ({
                  reservoirIncreaseAmount: amount,
                  reservoirIncreaseMaximum: maximum,
                  reservoir
                } = this.storeOptions);
                this._lastReservoirIncrease = now;
                incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount;
                if (incr > 0) {
                  this.storeOptions.reservoir += incr;
                  return this.instance._drainAll(this.computeCapacity());
                }
              }
            }, this.heartbeatInterval)).unref === "function" ? base.unref() : void 0;
          } else {
            return clearInterval(this.heartbeat);
          }
        }
        async __publish__(message) {
          await this.yieldLoop();
          return this.instance.Events.trigger("message", message.toString());
        }
        async __disconnect__(flush) {
          await this.yieldLoop();
          clearInterval(this.heartbeat);
          return this.Promise.resolve();
        }
        yieldLoop(t = 0) {
          return new this.Promise(function(resolve7, reject) {
            return setTimeout(resolve7, t);
          });
        }
        computePenalty() {
          var ref;
          return (ref = this.storeOptions.penalty) != null ? ref : 15 * this.storeOptions.minTime || 5e3;
        }
        async __updateSettings__(options) {
          await this.yieldLoop();
          parser$2.overwrite(options, options, this.storeOptions);
          this._startHeartbeat();
          this.instance._drainAll(this.computeCapacity());
          return true;
        }
        async __running__() {
          await this.yieldLoop();
          return this._running;
        }
        async __queued__() {
          await this.yieldLoop();
          return this.instance.queued();
        }
        async __done__() {
          await this.yieldLoop();
          return this._done;
        }
        async __groupCheck__(time) {
          await this.yieldLoop();
          return this._nextRequest + this.timeout < time;
        }
        computeCapacity() {
          var maxConcurrent, reservoir;
          ({ maxConcurrent, reservoir } = this.storeOptions);
          if (maxConcurrent != null && reservoir != null) {
            return Math.min(maxConcurrent - this._running, reservoir);
          } else if (maxConcurrent != null) {
            return maxConcurrent - this._running;
          } else if (reservoir != null) {
            return reservoir;
          } else {
            return null;
          }
        }
        conditionsCheck(weight) {
          var capacity;
          capacity = this.computeCapacity();
          return capacity == null || weight <= capacity;
        }
        async __incrementReservoir__(incr) {
          var reservoir;
          await this.yieldLoop();
          reservoir = this.storeOptions.reservoir += incr;
          this.instance._drainAll(this.computeCapacity());
          return reservoir;
        }
        async __currentReservoir__() {
          await this.yieldLoop();
          return this.storeOptions.reservoir;
        }
        isBlocked(now) {
          return this._unblockTime >= now;
        }
        check(weight, now) {
          return this.conditionsCheck(weight) && this._nextRequest - now <= 0;
        }
        async __check__(weight) {
          var now;
          await this.yieldLoop();
          now = Date.now();
          return this.check(weight, now);
        }
        async __register__(index, weight, expiration) {
          var now, wait;
          await this.yieldLoop();
          now = Date.now();
          if (this.conditionsCheck(weight)) {
            this._running += weight;
            if (this.storeOptions.reservoir != null) {
              this.storeOptions.reservoir -= weight;
            }
            wait = Math.max(this._nextRequest - now, 0);
            this._nextRequest = now + wait + this.storeOptions.minTime;
            return {
              success: true,
              wait,
              reservoir: this.storeOptions.reservoir
            };
          } else {
            return {
              success: false
            };
          }
        }
        strategyIsBlock() {
          return this.storeOptions.strategy === 3;
        }
        async __submit__(queueLength, weight) {
          var blocked, now, reachedHWM;
          await this.yieldLoop();
          if (this.storeOptions.maxConcurrent != null && weight > this.storeOptions.maxConcurrent) {
            throw new BottleneckError$2(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);
          }
          now = Date.now();
          reachedHWM = this.storeOptions.highWater != null && queueLength === this.storeOptions.highWater && !this.check(weight, now);
          blocked = this.strategyIsBlock() && (reachedHWM || this.isBlocked(now));
          if (blocked) {
            this._unblockTime = now + this.computePenalty();
            this._nextRequest = this._unblockTime + this.storeOptions.minTime;
            this.instance._dropAllQueued();
          }
          return {
            reachedHWM,
            blocked,
            strategy: this.storeOptions.strategy
          };
        }
        async __free__(index, weight) {
          await this.yieldLoop();
          this._running -= weight;
          this._done += weight;
          this.instance._drainAll(this.computeCapacity());
          return {
            running: this._running
          };
        }
      };
      var LocalDatastore_1 = LocalDatastore;
      var BottleneckError$3, States;
      BottleneckError$3 = BottleneckError_1;
      States = class States {
        constructor(status1) {
          this.status = status1;
          this._jobs = {};
          this.counts = this.status.map(function() {
            return 0;
          });
        }
        next(id) {
          var current, next;
          current = this._jobs[id];
          next = current + 1;
          if (current != null && next < this.status.length) {
            this.counts[current]--;
            this.counts[next]++;
            return this._jobs[id]++;
          } else if (current != null) {
            this.counts[current]--;
            return delete this._jobs[id];
          }
        }
        start(id) {
          var initial;
          initial = 0;
          this._jobs[id] = initial;
          return this.counts[initial]++;
        }
        remove(id) {
          var current;
          current = this._jobs[id];
          if (current != null) {
            this.counts[current]--;
            delete this._jobs[id];
          }
          return current != null;
        }
        jobStatus(id) {
          var ref;
          return (ref = this.status[this._jobs[id]]) != null ? ref : null;
        }
        statusJobs(status) {
          var k, pos, ref, results, v;
          if (status != null) {
            pos = this.status.indexOf(status);
            if (pos < 0) {
              throw new BottleneckError$3(`status must be one of ${this.status.join(", ")}`);
            }
            ref = this._jobs;
            results = [];
            for (k in ref) {
              v = ref[k];
              if (v === pos) {
                results.push(k);
              }
            }
            return results;
          } else {
            return Object.keys(this._jobs);
          }
        }
        statusCounts() {
          return this.counts.reduce(((acc, v, i) => {
            acc[this.status[i]] = v;
            return acc;
          }), {});
        }
      };
      var States_1 = States;
      var DLList$2, Sync;
      DLList$2 = DLList_1;
      Sync = class Sync {
        constructor(name, Promise2) {
          this.schedule = this.schedule.bind(this);
          this.name = name;
          this.Promise = Promise2;
          this._running = 0;
          this._queue = new DLList$2();
        }
        isEmpty() {
          return this._queue.length === 0;
        }
        async _tryToRun() {
          var args, cb, error, reject, resolve7, returned, task;
          if (this._running < 1 && this._queue.length > 0) {
            this._running++;
            ({ task, args, resolve: resolve7, reject } = this._queue.shift());
            cb = await (async function() {
              try {
                returned = await task(...args);
                return function() {
                  return resolve7(returned);
                };
              } catch (error1) {
                error = error1;
                return function() {
                  return reject(error);
                };
              }
            })();
            this._running--;
            this._tryToRun();
            return cb();
          }
        }
        schedule(task, ...args) {
          var promise, reject, resolve7;
          resolve7 = reject = null;
          promise = new this.Promise(function(_resolve, _reject) {
            resolve7 = _resolve;
            return reject = _reject;
          });
          this._queue.push({ task, args, resolve: resolve7, reject });
          this._tryToRun();
          return promise;
        }
      };
      var Sync_1 = Sync;
      var version = "2.19.5";
      var version$1 = {
        version
      };
      var version$2 = /* @__PURE__ */ Object.freeze({
        version,
        default: version$1
      });
      var require$$2 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$3 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$4 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var Events$2, Group, IORedisConnection$1, RedisConnection$1, Scripts$1, parser$3;
      parser$3 = parser;
      Events$2 = Events_1;
      RedisConnection$1 = require$$2;
      IORedisConnection$1 = require$$3;
      Scripts$1 = require$$4;
      Group = (function() {
        class Group2 {
          constructor(limiterOptions = {}) {
            this.deleteKey = this.deleteKey.bind(this);
            this.limiterOptions = limiterOptions;
            parser$3.load(this.limiterOptions, this.defaults, this);
            this.Events = new Events$2(this);
            this.instances = {};
            this.Bottleneck = Bottleneck_1;
            this._startAutoCleanup();
            this.sharedConnection = this.connection != null;
            if (this.connection == null) {
              if (this.limiterOptions.datastore === "redis") {
                this.connection = new RedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              } else if (this.limiterOptions.datastore === "ioredis") {
                this.connection = new IORedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              }
            }
          }
          key(key2 = "") {
            var ref;
            return (ref = this.instances[key2]) != null ? ref : (() => {
              var limiter;
              limiter = this.instances[key2] = new this.Bottleneck(Object.assign(this.limiterOptions, {
                id: `${this.id}-${key2}`,
                timeout: this.timeout,
                connection: this.connection
              }));
              this.Events.trigger("created", limiter, key2);
              return limiter;
            })();
          }
          async deleteKey(key2 = "") {
            var deleted, instance;
            instance = this.instances[key2];
            if (this.connection) {
              deleted = await this.connection.__runCommand__(["del", ...Scripts$1.allKeys(`${this.id}-${key2}`)]);
            }
            if (instance != null) {
              delete this.instances[key2];
              await instance.disconnect();
            }
            return instance != null || deleted > 0;
          }
          limiters() {
            var k, ref, results, v;
            ref = this.instances;
            results = [];
            for (k in ref) {
              v = ref[k];
              results.push({
                key: k,
                limiter: v
              });
            }
            return results;
          }
          keys() {
            return Object.keys(this.instances);
          }
          async clusterKeys() {
            var cursor, end, found, i, k, keys, len, next, start;
            if (this.connection == null) {
              return this.Promise.resolve(this.keys());
            }
            keys = [];
            cursor = null;
            start = `b_${this.id}-`.length;
            end = "_settings".length;
            while (cursor !== 0) {
              [next, found] = await this.connection.__runCommand__(["scan", cursor != null ? cursor : 0, "match", `b_${this.id}-*_settings`, "count", 1e4]);
              cursor = ~~next;
              for (i = 0, len = found.length; i < len; i++) {
                k = found[i];
                keys.push(k.slice(start, -end));
              }
            }
            return keys;
          }
          _startAutoCleanup() {
            var base;
            clearInterval(this.interval);
            return typeof (base = this.interval = setInterval(async () => {
              var e, k, ref, results, time, v;
              time = Date.now();
              ref = this.instances;
              results = [];
              for (k in ref) {
                v = ref[k];
                try {
                  if (await v._store.__groupCheck__(time)) {
                    results.push(this.deleteKey(k));
                  } else {
                    results.push(void 0);
                  }
                } catch (error) {
                  e = error;
                  results.push(v.Events.trigger("error", e));
                }
              }
              return results;
            }, this.timeout / 2)).unref === "function" ? base.unref() : void 0;
          }
          updateSettings(options = {}) {
            parser$3.overwrite(options, this.defaults, this);
            parser$3.overwrite(options, options, this.limiterOptions);
            if (options.timeout != null) {
              return this._startAutoCleanup();
            }
          }
          disconnect(flush = true) {
            var ref;
            if (!this.sharedConnection) {
              return (ref = this.connection) != null ? ref.disconnect(flush) : void 0;
            }
          }
        }
        Group2.prototype.defaults = {
          timeout: 1e3 * 60 * 5,
          connection: null,
          Promise,
          id: "group-key"
        };
        return Group2;
      }).call(commonjsGlobal);
      var Group_1 = Group;
      var Batcher, Events$3, parser$4;
      parser$4 = parser;
      Events$3 = Events_1;
      Batcher = (function() {
        class Batcher2 {
          constructor(options = {}) {
            this.options = options;
            parser$4.load(this.options, this.defaults, this);
            this.Events = new Events$3(this);
            this._arr = [];
            this._resetPromise();
            this._lastFlush = Date.now();
          }
          _resetPromise() {
            return this._promise = new this.Promise((res, rej) => {
              return this._resolve = res;
            });
          }
          _flush() {
            clearTimeout(this._timeout);
            this._lastFlush = Date.now();
            this._resolve();
            this.Events.trigger("batch", this._arr);
            this._arr = [];
            return this._resetPromise();
          }
          add(data) {
            var ret;
            this._arr.push(data);
            ret = this._promise;
            if (this._arr.length === this.maxSize) {
              this._flush();
            } else if (this.maxTime != null && this._arr.length === 1) {
              this._timeout = setTimeout(() => {
                return this._flush();
              }, this.maxTime);
            }
            return ret;
          }
        }
        Batcher2.prototype.defaults = {
          maxTime: null,
          maxSize: null,
          Promise
        };
        return Batcher2;
      }).call(commonjsGlobal);
      var Batcher_1 = Batcher;
      var require$$4$1 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$8 = getCjsExportFromNamespace(version$2);
      var Bottleneck2, DEFAULT_PRIORITY$1, Events$4, Job$1, LocalDatastore$1, NUM_PRIORITIES$1, Queues$1, RedisDatastore$1, States$1, Sync$1, parser$5, splice = [].splice;
      NUM_PRIORITIES$1 = 10;
      DEFAULT_PRIORITY$1 = 5;
      parser$5 = parser;
      Queues$1 = Queues_1;
      Job$1 = Job_1;
      LocalDatastore$1 = LocalDatastore_1;
      RedisDatastore$1 = require$$4$1;
      Events$4 = Events_1;
      States$1 = States_1;
      Sync$1 = Sync_1;
      Bottleneck2 = (function() {
        class Bottleneck3 {
          constructor(options = {}, ...invalid) {
            var storeInstanceOptions, storeOptions;
            this._addToQueue = this._addToQueue.bind(this);
            this._validateOptions(options, invalid);
            parser$5.load(options, this.instanceDefaults, this);
            this._queues = new Queues$1(NUM_PRIORITIES$1);
            this._scheduled = {};
            this._states = new States$1(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : []));
            this._limiter = null;
            this.Events = new Events$4(this);
            this._submitLock = new Sync$1("submit", this.Promise);
            this._registerLock = new Sync$1("register", this.Promise);
            storeOptions = parser$5.load(options, this.storeDefaults, {});
            this._store = (function() {
              if (this.datastore === "redis" || this.datastore === "ioredis" || this.connection != null) {
                storeInstanceOptions = parser$5.load(options, this.redisStoreDefaults, {});
                return new RedisDatastore$1(this, storeOptions, storeInstanceOptions);
              } else if (this.datastore === "local") {
                storeInstanceOptions = parser$5.load(options, this.localStoreDefaults, {});
                return new LocalDatastore$1(this, storeOptions, storeInstanceOptions);
              } else {
                throw new Bottleneck3.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
              }
            }).call(this);
            this._queues.on("leftzero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null ? typeof ref.ref === "function" ? ref.ref() : void 0 : void 0;
            });
            this._queues.on("zero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null ? typeof ref.unref === "function" ? ref.unref() : void 0 : void 0;
            });
          }
          _validateOptions(options, invalid) {
            if (!(options != null && typeof options === "object" && invalid.length === 0)) {
              throw new Bottleneck3.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
            }
          }
          ready() {
            return this._store.ready;
          }
          clients() {
            return this._store.clients;
          }
          channel() {
            return `b_${this.id}`;
          }
          channel_client() {
            return `b_${this.id}_${this._store.clientId}`;
          }
          publish(message) {
            return this._store.__publish__(message);
          }
          disconnect(flush = true) {
            return this._store.__disconnect__(flush);
          }
          chain(_limiter) {
            this._limiter = _limiter;
            return this;
          }
          queued(priority) {
            return this._queues.queued(priority);
          }
          clusterQueued() {
            return this._store.__queued__();
          }
          empty() {
            return this.queued() === 0 && this._submitLock.isEmpty();
          }
          running() {
            return this._store.__running__();
          }
          done() {
            return this._store.__done__();
          }
          jobStatus(id) {
            return this._states.jobStatus(id);
          }
          jobs(status) {
            return this._states.statusJobs(status);
          }
          counts() {
            return this._states.statusCounts();
          }
          _randomIndex() {
            return Math.random().toString(36).slice(2);
          }
          check(weight = 1) {
            return this._store.__check__(weight);
          }
          _clearGlobalState(index) {
            if (this._scheduled[index] != null) {
              clearTimeout(this._scheduled[index].expiration);
              delete this._scheduled[index];
              return true;
            } else {
              return false;
            }
          }
          async _free(index, job, options, eventInfo) {
            var e, running;
            try {
              ({ running } = await this._store.__free__(index, options.weight));
              this.Events.trigger("debug", `Freed ${options.id}`, eventInfo);
              if (running === 0 && this.empty()) {
                return this.Events.trigger("idle");
              }
            } catch (error1) {
              e = error1;
              return this.Events.trigger("error", e);
            }
          }
          _run(index, job, wait) {
            var clearGlobalState, free, run2;
            job.doRun();
            clearGlobalState = this._clearGlobalState.bind(this, index);
            run2 = this._run.bind(this, index, job);
            free = this._free.bind(this, index, job);
            return this._scheduled[index] = {
              timeout: setTimeout(() => {
                return job.doExecute(this._limiter, clearGlobalState, run2, free);
              }, wait),
              expiration: job.options.expiration != null ? setTimeout(function() {
                return job.doExpire(clearGlobalState, run2, free);
              }, wait + job.options.expiration) : void 0,
              job
            };
          }
          _drainOne(capacity) {
            return this._registerLock.schedule(() => {
              var args, index, next, options, queue;
              if (this.queued() === 0) {
                return this.Promise.resolve(null);
              }
              queue = this._queues.getFirst();
              ({ options, args } = next = queue.first());
              if (capacity != null && options.weight > capacity) {
                return this.Promise.resolve(null);
              }
              this.Events.trigger("debug", `Draining ${options.id}`, { args, options });
              index = this._randomIndex();
              return this._store.__register__(index, options.weight, options.expiration).then(({ success, wait, reservoir }) => {
                var empty;
                this.Events.trigger("debug", `Drained ${options.id}`, { success, args, options });
                if (success) {
                  queue.shift();
                  empty = this.empty();
                  if (empty) {
                    this.Events.trigger("empty");
                  }
                  if (reservoir === 0) {
                    this.Events.trigger("depleted", empty);
                  }
                  this._run(index, next, wait);
                  return this.Promise.resolve(options.weight);
                } else {
                  return this.Promise.resolve(null);
                }
              });
            });
          }
          _drainAll(capacity, total = 0) {
            return this._drainOne(capacity).then((drained) => {
              var newCapacity;
              if (drained != null) {
                newCapacity = capacity != null ? capacity - drained : capacity;
                return this._drainAll(newCapacity, total + drained);
              } else {
                return this.Promise.resolve(total);
              }
            }).catch((e) => {
              return this.Events.trigger("error", e);
            });
          }
          _dropAllQueued(message) {
            return this._queues.shiftAll(function(job) {
              return job.doDrop({ message });
            });
          }
          stop(options = {}) {
            var done, waitForExecuting;
            options = parser$5.load(options, this.stopDefaults);
            waitForExecuting = (at) => {
              var finished;
              finished = () => {
                var counts;
                counts = this._states.counts;
                return counts[0] + counts[1] + counts[2] + counts[3] === at;
              };
              return new this.Promise((resolve7, reject) => {
                if (finished()) {
                  return resolve7();
                } else {
                  return this.on("done", () => {
                    if (finished()) {
                      this.removeAllListeners("done");
                      return resolve7();
                    }
                  });
                }
              });
            };
            done = options.dropWaitingJobs ? (this._run = function(index, next) {
              return next.doDrop({
                message: options.dropErrorMessage
              });
            }, this._drainOne = () => {
              return this.Promise.resolve(null);
            }, this._registerLock.schedule(() => {
              return this._submitLock.schedule(() => {
                var k, ref, v;
                ref = this._scheduled;
                for (k in ref) {
                  v = ref[k];
                  if (this.jobStatus(v.job.options.id) === "RUNNING") {
                    clearTimeout(v.timeout);
                    clearTimeout(v.expiration);
                    v.job.doDrop({
                      message: options.dropErrorMessage
                    });
                  }
                }
                this._dropAllQueued(options.dropErrorMessage);
                return waitForExecuting(0);
              });
            })) : this.schedule({
              priority: NUM_PRIORITIES$1 - 1,
              weight: 0
            }, () => {
              return waitForExecuting(1);
            });
            this._receive = function(job) {
              return job._reject(new Bottleneck3.prototype.BottleneckError(options.enqueueErrorMessage));
            };
            this.stop = () => {
              return this.Promise.reject(new Bottleneck3.prototype.BottleneckError("stop() has already been called"));
            };
            return done;
          }
          async _addToQueue(job) {
            var args, blocked, error, options, reachedHWM, shifted, strategy;
            ({ args, options } = job);
            try {
              ({ reachedHWM, blocked, strategy } = await this._store.__submit__(this.queued(), options.weight));
            } catch (error1) {
              error = error1;
              this.Events.trigger("debug", `Could not queue ${options.id}`, { args, options, error });
              job.doDrop({ error });
              return false;
            }
            if (blocked) {
              job.doDrop();
              return true;
            } else if (reachedHWM) {
              shifted = strategy === Bottleneck3.prototype.strategy.LEAK ? this._queues.shiftLastFrom(options.priority) : strategy === Bottleneck3.prototype.strategy.OVERFLOW_PRIORITY ? this._queues.shiftLastFrom(options.priority + 1) : strategy === Bottleneck3.prototype.strategy.OVERFLOW ? job : void 0;
              if (shifted != null) {
                shifted.doDrop();
              }
              if (shifted == null || strategy === Bottleneck3.prototype.strategy.OVERFLOW) {
                if (shifted == null) {
                  job.doDrop();
                }
                return reachedHWM;
              }
            }
            job.doQueue(reachedHWM, blocked);
            this._queues.push(job);
            await this._drainAll();
            return reachedHWM;
          }
          _receive(job) {
            if (this._states.jobStatus(job.options.id) != null) {
              job._reject(new Bottleneck3.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`));
              return false;
            } else {
              job.doReceive();
              return this._submitLock.schedule(this._addToQueue, job);
            }
          }
          submit(...args) {
            var cb, fn, job, options, ref, ref1, task;
            if (typeof args[0] === "function") {
              ref = args, [fn, ...args] = ref, [cb] = splice.call(args, -1);
              options = parser$5.load({}, this.jobDefaults);
            } else {
              ref1 = args, [options, fn, ...args] = ref1, [cb] = splice.call(args, -1);
              options = parser$5.load(options, this.jobDefaults);
            }
            task = (...args2) => {
              return new this.Promise(function(resolve7, reject) {
                return fn(...args2, function(...args3) {
                  return (args3[0] != null ? reject : resolve7)(args3);
                });
              });
            };
            job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            job.promise.then(function(args2) {
              return typeof cb === "function" ? cb(...args2) : void 0;
            }).catch(function(args2) {
              if (Array.isArray(args2)) {
                return typeof cb === "function" ? cb(...args2) : void 0;
              } else {
                return typeof cb === "function" ? cb(args2) : void 0;
              }
            });
            return this._receive(job);
          }
          schedule(...args) {
            var job, options, task;
            if (typeof args[0] === "function") {
              [task, ...args] = args;
              options = {};
            } else {
              [options, task, ...args] = args;
            }
            job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            this._receive(job);
            return job.promise;
          }
          wrap(fn) {
            var schedule, wrapped;
            schedule = this.schedule.bind(this);
            wrapped = function(...args) {
              return schedule(fn.bind(this), ...args);
            };
            wrapped.withOptions = function(options, ...args) {
              return schedule(options, fn, ...args);
            };
            return wrapped;
          }
          async updateSettings(options = {}) {
            await this._store.__updateSettings__(parser$5.overwrite(options, this.storeDefaults));
            parser$5.overwrite(options, this.instanceDefaults, this);
            return this;
          }
          currentReservoir() {
            return this._store.__currentReservoir__();
          }
          incrementReservoir(incr = 0) {
            return this._store.__incrementReservoir__(incr);
          }
        }
        Bottleneck3.default = Bottleneck3;
        Bottleneck3.Events = Events$4;
        Bottleneck3.version = Bottleneck3.prototype.version = require$$8.version;
        Bottleneck3.strategy = Bottleneck3.prototype.strategy = {
          LEAK: 1,
          OVERFLOW: 2,
          OVERFLOW_PRIORITY: 4,
          BLOCK: 3
        };
        Bottleneck3.BottleneckError = Bottleneck3.prototype.BottleneckError = BottleneckError_1;
        Bottleneck3.Group = Bottleneck3.prototype.Group = Group_1;
        Bottleneck3.RedisConnection = Bottleneck3.prototype.RedisConnection = require$$2;
        Bottleneck3.IORedisConnection = Bottleneck3.prototype.IORedisConnection = require$$3;
        Bottleneck3.Batcher = Bottleneck3.prototype.Batcher = Batcher_1;
        Bottleneck3.prototype.jobDefaults = {
          priority: DEFAULT_PRIORITY$1,
          weight: 1,
          expiration: null,
          id: "<no-id>"
        };
        Bottleneck3.prototype.storeDefaults = {
          maxConcurrent: null,
          minTime: 0,
          highWater: null,
          strategy: Bottleneck3.prototype.strategy.LEAK,
          penalty: null,
          reservoir: null,
          reservoirRefreshInterval: null,
          reservoirRefreshAmount: null,
          reservoirIncreaseInterval: null,
          reservoirIncreaseAmount: null,
          reservoirIncreaseMaximum: null
        };
        Bottleneck3.prototype.localStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 250
        };
        Bottleneck3.prototype.redisStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 5e3,
          clientTimeout: 1e4,
          Redis: null,
          clientOptions: {},
          clusterNodes: null,
          clearDatastore: false,
          connection: null
        };
        Bottleneck3.prototype.instanceDefaults = {
          datastore: "local",
          connection: null,
          id: "<no-id>",
          rejectOnDrop: true,
          trackDoneStatus: false,
          Promise
        };
        Bottleneck3.prototype.stopDefaults = {
          enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
          dropWaitingJobs: true,
          dropErrorMessage: "This limiter has been stopped."
        };
        return Bottleneck3;
      }).call(commonjsGlobal);
      var Bottleneck_1 = Bottleneck2;
      var lib = Bottleneck_1;
      return lib;
    }));
  }
});

// src/action/run.ts
init_types();
init_errors();
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join as join7, resolve as resolve6 } from "node:path";

// src/scan-request.ts
init_errors();
import { statSync as statSync4 } from "node:fs";
import { dirname as dirname6 } from "node:path";

// src/scan.ts
import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";

// src/scan-worker.ts
import { parentPort, workerData } from "node:worker_threads";

// src/read/read-blob.ts
import * as fs from "node:fs";

// src/read/lines.ts
function lineIndex(text2) {
  const starts = [0];
  if (text2.indexOf("\r") === -1) {
    let i = text2.indexOf("\n");
    while (i !== -1) {
      starts.push(i + 1);
      i = text2.indexOf("\n", i + 1);
    }
    return starts;
  }
  const n = text2.length;
  for (let i = 0; i < n; i++) {
    const c = text2.charCodeAt(i);
    if (c === 10) {
      starts.push(i + 1);
    } else if (c === 13) {
      if (i + 1 < n && text2.charCodeAt(i + 1) === 10) i++;
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
function guessUtf16(bytes, window2 = 4096) {
  const n = Math.min(bytes.length, window2) & ~1;
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
function binaryReason(bytes, window2 = 8192) {
  const n = Math.min(bytes.length, window2);
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
function controlShare(text2, window2 = 2048) {
  const n = Math.min(text2.length, window2);
  if (n === 0) return 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text2.charCodeAt(i);
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
function decodeBytes(path3, bytes) {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 239 && b1 === 187 && bytes[2] === 191) return finish(path3, bytes, "utf-8", 3);
  if (b0 === 255 && b1 === 254) {
    if (!(bytes[2] === 0 && bytes[3] === 0)) return finish(path3, bytes, "utf-16le", 2);
  } else if (b0 === 254 && b1 === 255) {
    return finish(path3, bytes, "utf-16be", 2);
  }
  const magic = magicName(bytes);
  if (magic) return skip(path3, "binary", magic);
  const utf16 = guessUtf16(bytes);
  if (utf16) {
    const blob = finish(path3, bytes, utf16, 0);
    if ("text" in blob && controlShare(blob.text) > 0.1) return skip(path3, "binary", "control characters");
    return blob;
  }
  const why = binaryReason(bytes);
  if (why) return skip(path3, "binary", why);
  return finish(path3, bytes, "utf-8", 0);
}
var UTF8 = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });
var UTF16LE = new TextDecoder("utf-16le", { fatal: false, ignoreBOM: true });
function finish(path3, bytes, encoding, bom) {
  let body = bytes.subarray(bom);
  let text2;
  if (encoding === "utf-8") {
    text2 = UTF8.decode(body);
  } else {
    if (encoding === "utf-16be") {
      const even = Buffer.from(body.subarray(0, body.length & ~1));
      body = even.swap16();
    }
    text2 = UTF16LE.decode(body);
  }
  const bad = countReplacements(text2);
  if (bad > 0 && bad > text2.length * MAX_REPLACEMENT_SHARE) {
    return skip(path3, "invalid-encoding", `${bad} of ${text2.length} characters are not valid ${encoding}`);
  }
  return { path: path3, text: text2, lineStarts: lineIndex(text2), encoding, bytes: bytes.length };
}
function countReplacements(text2) {
  let count = 0;
  let i = text2.indexOf("\uFFFD");
  while (i !== -1) {
    count++;
    i = text2.indexOf("\uFFFD", i + 1);
  }
  return count;
}
function skip(path3, reason, detail) {
  return detail === void 0 ? { path: path3, reason } : { path: path3, reason, detail };
}
function tooLarge(path3, size, max) {
  return skip(path3, "too-large", `${size} bytes, over the limit of ${max} bytes (raise --max-file-size to scan it)`);
}
function fileKind(st) {
  if (st.isDirectory()) return "directory";
  if (st.isFIFO()) return "FIFO (named pipe)";
  if (st.isSocket()) return "socket";
  if (st.isCharacterDevice()) return "character device";
  if (st.isBlockDevice()) return "block device";
  return "not a regular file";
}
function skipForError(path3, err) {
  const code2 = err?.code;
  switch (code2) {
    case "ENOENT":
    case "ENOTDIR":
      return skip(path3, "vanished", "deleted or moved during the scan");
    case "ELOOP":
      return skip(path3, "symlink-loop", "too many levels of symbolic links");
    case "EISDIR":
      return skip(path3, "not-a-regular-file", "directory");
    case "EACCES":
    case "EPERM":
      return skip(path3, "unreadable", "permission denied");
    default:
      return skip(path3, "unreadable", errorSummary(err));
  }
}
function errorSummary(err) {
  const e = err;
  if (e?.code) return `${e.code}${e.syscall ? ` (${e.syscall})` : ""}`;
  return e instanceof Error ? e.message.split("\n")[0] ?? "error" : String(err);
}

// src/detect/engine.ts
init_errors();

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
    const f2 = foldAscii(k);
    if (!seen.has(f2)) {
      seen.set(f2, keywords.length);
      keywords.push(f2);
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
    const row2 = rows[s];
    const failRow = rows[fail[s]];
    const inherited = outputs[fail[s]];
    if (inherited.length > 0) outputs[s].push(...inherited);
    for (let a = 0; a < alphabet; a++) {
      const t = row2[a];
      if (t === -1) row2[a] = failRow[a];
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
    const row2 = rows[s];
    for (let a = 0; a < alphabet; a++) {
      const t = row2[a];
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
var scratch = new Int32Array(1024);
function growScratch() {
  const next = new Int32Array(scratch.length * 2);
  next.set(scratch);
  scratch = next;
  return next;
}
function findKeywords(ac, text2) {
  const { delta, symbolOf } = ac;
  const n = text2.length;
  let buf = scratch;
  let recorded = 0;
  let st = 0;
  for (let i = 0; i < n; i++) {
    st = delta[st + symbolOf[text2.charCodeAt(i)]];
    if (st < 0) {
      st = -st;
      if (recorded === buf.length) buf = growScratch();
      buf[recorded] = i;
      buf[recorded + 1] = st;
      recorded += 2;
    }
  }
  const out = new HitBuffer();
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
  for (const f2 of VALUE_FILTERS) {
    const reason = f2(c);
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
function isLockfile(path3) {
  const slash = path3.lastIndexOf("/");
  return LOCKFILES.has(slash === -1 ? path3 : path3.slice(slash + 1));
}
var MINIFIED_SAMPLE = 65536;
var MINIFIED_MIN_SAMPLE = 8192;
var MINIFIED_AVG_LINE = 500;
function isMinified(path3, text2, lineStarts) {
  if (/\.min\.(?:js|mjs|cjs|css)$/i.test(path3)) return true;
  const n = Math.min(text2.length, MINIFIED_SAMPLE);
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
    let i = text2.indexOf("\n");
    while (i !== -1 && i < n) {
      lines++;
      i = text2.indexOf("\n", i + 1);
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
  const sep5 = lower.lastIndexOf("1");
  if (sep5 < 1) return false;
  const hrp = lower.slice(0, sep5);
  if (hrp !== "age-secret-key-") return false;
  const data = [];
  for (const c of lower.slice(sep5 + 1)) {
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
    for (const f2 of spec.flags) {
      if (!ACCEPTED_FLAGS.has(f2)) {
        throw new ConfigError(`pattern ${spec.id}: flag '${f2}' is not accepted; use only i, m and s`);
      }
    }
    const flags = "gd" + [...new Set(spec.flags)].join("");
    const regex2 = compileRegex(spec.regex, flags, spec.id, "regex");
    const groups2 = new RegExp(`${spec.regex}|`, spec.flags).exec("").length - 1;
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
    patterns.push({ spec, regex: regex2, group: groups2 >= 1 ? 1 : 0, allow, validator });
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
function computeLineStarts(text2) {
  const starts = [0];
  for (let i = 0; i < text2.length; i++) {
    const c = text2.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text2.charCodeAt(i + 1) === 10) i++;
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
function buildWindows(compiled, text2, lineStarts, skipGeneric) {
  const { patterns, keywordPatterns, automaton } = compiled;
  const windows = new Array(patterns.length);
  const hits = findKeywords(automaton, text2);
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
      lineEnd = li < lastLine ? lineStarts[li + 1] - 1 : text2.length;
      if (lineEnd > lineStart && text2.charCodeAt(lineEnd - 1) === 13 && text2.charCodeAt(lineEnd) === 10) lineEnd--;
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
      const we = spec.windowAfter === void 0 ? Math.max(lineWe, he) : Math.min(text2.length, he + spec.windowAfter);
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
    if (!(skipGeneric && patterns[p].spec.generic)) windows[p] = [0, text2.length];
  }
  return windows;
}
function detectMatches(blob, compiled, opts = {}) {
  const text2 = blob.text;
  const lineStarts = blob.lineStarts.length > 0 ? blob.lineStarts : computeLineStarts(text2);
  const skipGeneric = (opts.lockfile ?? isLockfile(blob.path)) || (opts.minified ?? isMinified(blob.path, text2, lineStarts));
  const windows = buildWindows(compiled, text2, lineStarts, skipGeneric);
  const matches = [];
  const seen = /* @__PURE__ */ new Set();
  for (let p = 0; p < windows.length; p++) {
    const list = windows[p];
    if (!list) continue;
    const cp = compiled.patterns[p];
    const re = cp.regex;
    for (let w = 0; w < list.length; w += 2) {
      const ws = list[w];
      const sub = text2.slice(ws, list[w + 1]);
      re.lastIndex = 0;
      let m;
      while ((m = re.exec(sub)) !== null) {
        if (m[0].length === 0) re.lastIndex++;
        const secret = m[cp.group];
        const span = m.indices?.[cp.group];
        if (secret === void 0 || span === void 0) continue;
        const start = ws + span[0];
        const end = ws + span[1];
        const key2 = `${cp.spec.id}\0${start}\0${end}`;
        if (seen.has(key2)) continue;
        seen.add(key2);
        const match = toMatch(cp, text2, lineStarts, secret, start, end);
        if (match) matches.push(match);
      }
    }
  }
  matches.sort((a, b) => a.start - b.start || (a.patternId < b.patternId ? -1 : a.patternId > b.patternId ? 1 : 0));
  return matches;
}
function toMatch(cp, text2, lineStarts, secret, start, end) {
  const c = { spec: cp.spec, allow: cp.allow, validator: cp.validator, secret, text: text2, start, end, notes: [] };
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

// src/detect/posture-yaml.ts
var import_yaml = __toESM(require_dist(), 1);
function parseCiYaml(text2) {
  try {
    const doc = (0, import_yaml.parseDocument)(text2, { prettyErrors: false });
    return doc.errors.length > 0 ? void 0 : doc;
  } catch {
    return void 0;
  }
}
var resolved = /* @__PURE__ */ new WeakMap();
function deref(doc, node) {
  let n = node;
  for (let i = 0; i < 8 && (0, import_yaml.isAlias)(n); i++) {
    const alias = n;
    if (!resolved.has(alias)) resolved.set(alias, alias.resolve(doc));
    n = resolved.get(alias);
  }
  return (0, import_yaml.isAlias)(n) ? void 0 : n;
}
function asMap(doc, node) {
  const n = deref(doc, node);
  return (0, import_yaml.isMap)(n) ? n : void 0;
}
function asSeqItems(doc, node) {
  const n = deref(doc, node);
  return (0, import_yaml.isSeq)(n) ? n.items.map((i) => deref(doc, i)) : [];
}
function keyName(pair) {
  const k = pair.key;
  if ((0, import_yaml.isScalar)(k) && (typeof k.value === "string" || typeof k.value === "number")) return String(k.value);
  return void 0;
}
var MAX_MERGED_MAPS = 64;
function entries(doc, map, depth = 0, budget = { maps: MAX_MERGED_MAPS }) {
  if (!map || depth > 8 || budget.maps-- <= 0) return [];
  const own = [];
  const merged = [];
  for (const pair of map.items) {
    if (keyName(pair) === "<<") {
      const sources = (0, import_yaml.isSeq)(deref(doc, pair.value)) ? asSeqItems(doc, pair.value) : [deref(doc, pair.value)];
      for (const s of sources) merged.push(...entries(doc, (0, import_yaml.isMap)(s) ? s : void 0, depth + 1, budget));
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
function getPair(doc, map, key2) {
  return entries(doc, map).find((p) => keyName(p) === key2);
}
function getNode(doc, map, key2) {
  const p = getPair(doc, map, key2);
  return p ? deref(doc, p.value) : void 0;
}
function scalarText(doc, node) {
  const n = deref(doc, node);
  if (!(0, import_yaml.isScalar)(n) || n.value === null || n.value === void 0) return void 0;
  return typeof n.value === "object" ? void 0 : String(n.value);
}
function getText(doc, map, key2) {
  return scalarText(doc, getNode(doc, map, key2));
}
function nodeRange(node) {
  const r = node?.range;
  return r ? [r[0], r[1]] : void 0;
}
function lineIndexAt(lineStarts, offset) {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
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
var POSTURE_RULES = [
  "aws-static-keys",
  "gcp-credentials-json",
  "azure-client-secret",
  "npm-token-publish",
  "pypi-password-publish",
  "vault-token",
  "docker-password-login"
];
var ENV_NAMES = {
  "aws-static-keys": ["AWS_SECRET_ACCESS_KEY", "AWS_ACCESS_KEY_ID"],
  // These hold the key JSON itself (GOOGLE_APPLICATION_CREDENTIALS is a path, so it is not listed).
  "gcp-credentials-json": ["GOOGLE_CREDENTIALS", "GOOGLE_CLOUD_KEYFILE_JSON", "GCLOUD_KEYFILE_JSON", "GOOGLE_APPLICATION_CREDENTIALS_JSON"],
  "azure-client-secret": ["AZURE_CLIENT_SECRET", "ARM_CLIENT_SECRET", "AZURE_CREDENTIALS"],
  "npm-token-publish": ["NODE_AUTH_TOKEN", "NPM_TOKEN", "NPM_AUTH_TOKEN", "YARN_NPM_AUTH_TOKEN"],
  "pypi-password-publish": ["TWINE_PASSWORD", "POETRY_PYPI_TOKEN_PYPI", "UV_PUBLISH_TOKEN", "UV_PUBLISH_PASSWORD", "FLIT_PASSWORD", "HATCH_INDEX_AUTH"],
  "vault-token": ["VAULT_TOKEN"],
  "docker-password-login": []
};
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
function federatedRegistry(registry) {
  if (!registry || registry.includes("${{")) return void 0;
  const host = registry.trim().replace(/^[a-z]+:\/\//i, "").split("/")[0].toLowerCase();
  if (/\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com(?:\.cn)?$/.test(host) || host === "public.ecr.aws") return "ecr";
  if (/(?:^|\.)gcr\.io$/.test(host) || /-docker\.pkg\.dev$/.test(host)) return "gcp";
  if (/\.azurecr\.(?:io|cn|us)$/.test(host)) return "acr";
  return void 0;
}
var ARG = String.raw`(\$\{\{[^}\n]*\}\}|"[^"\n]*"|'[^'\n]*'|[^\s;&|)]+)`;
var COMMANDS = [
  {
    rule: "gcp-credentials-json",
    line: /\bgcloud\s+auth\s+activate-service-account\b/,
    arg: new RegExp(String.raw`--key-file[= ]\s*${ARG}`, "d"),
    literalOk: true
  },
  {
    rule: "azure-client-secret",
    line: /\baz\s+login\b.*--service-principal\b/s,
    arg: new RegExp(String.raw`(?:\s-p|--password|--secret)[= ]\s*${ARG}`, "d"),
    // A federated token or a certificate file is not a client secret.
    skip: /--federated-token\b|\.pem\b|\.crt\b|\.pfx\b/
  },
  {
    rule: "aws-static-keys",
    line: /\baws\s+configure\s+set\s+(?:[\w.-]+\.)?aws_secret_access_key\b/,
    arg: new RegExp(String.raw`aws_secret_access_key\s+${ARG}`, "d")
  },
  {
    rule: "vault-token",
    line: /\bvault\s+login\b/,
    arg: new RegExp(String.raw`\bvault\s+login\s+(?:-no-print\s+)?(?!-)${ARG}`, "d"),
    skip: /-method[= ]\s*(?!token\b)/
  },
  {
    rule: "npm-token-publish",
    line: /_authToken/,
    arg: new RegExp(String.raw`_authToken["']?\s*[= ]\s*${ARG}`, "d")
  },
  {
    rule: "pypi-password-publish",
    line: PYPI_PUBLISH,
    arg: new RegExp(String.raw`(?:\s-p|--password|--token)[= ]\s*${ARG}`, "d")
  }
];
function commandHits(script, base) {
  const hits = [];
  for (const line of logicalLines(script, base)) {
    for (const c of COMMANDS) {
      if (!c.line.test(line.text) || c.skip && c.skip.test(line.text)) continue;
      if (c.rule === "npm-token-publish" && npmrcForOtherHost(line.text)) continue;
      if (c.rule === "pypi-password-publish" && otherPythonIndex(line.text)) continue;
      const m = c.arg.exec(line.text);
      const idx = m?.indices?.[1];
      if (!m || !idx) continue;
      const raw = m[1];
      const unquoted = /^(["']).*\1$/.test(raw) ? raw.slice(1, -1) : raw;
      const shift = unquoted === raw ? 0 : 1;
      hits.push({
        rule: c.rule,
        start: line.offset + idx[0] + shift,
        end: line.offset + idx[1] - shift,
        arg: unquoted,
        literalOk: c.literalOk === true
      });
    }
  }
  return hits;
}
function npmrcForOtherHost(line) {
  const host = /\/\/([^/:\s"']+)[^\s"']*:_authToken/.exec(line);
  return host !== null && host[1] !== "registry.npmjs.org";
}
function githubSecretRefs(s) {
  const out = [];
  for (const m of s.matchAll(/\$\{\{(?:[^}]|\}(?!\}))*\}\}/g)) {
    const names = [...m[0].matchAll(/\bsecrets\s*(?:\.\s*([A-Za-z_][\w-]*)|\[\s*(?:['"]([^'"]+)['"]|([^\]]+))\s*\])/g)].map(
      (n) => n[1] ?? n[2] ?? "[computed]"
    );
    if (names.some((n) => n.toUpperCase() !== "GITHUB_TOKEN")) out.push({ text: m[0], index: m.index });
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
var GITHUB_PREFIX = "posture.github-actions.";
function detectGithubPosture(blob, doc, ids) {
  const root = asMap(doc, doc.contents);
  if (!root) return [];
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const emit = (rule, start, end, secret, details) => {
    const id = GITHUB_PREFIX + rule;
    const key2 = `${id}:${start}`;
    if (!ids.has(id) || seen.has(key2)) return;
    seen.add(key2);
    out.push(postureMatch(blob, id, start, end, secret, details));
  };
  const workflowEnv = asMap(doc, getNode(doc, root, "env"));
  const anyJob = { npm: false, pypi: false };
  for (const pair of entries(doc, asMap(doc, getNode(doc, root, "jobs")))) {
    const job = asMap(doc, pair.value);
    const jobId = keyName(pair);
    if (!job || jobId === void 0) continue;
    const gates = walkJob(blob, doc, job, jobId, workflowEnv, emit);
    anyJob.npm ||= gates.npm;
    anyJob.pypi ||= gates.pypi;
  }
  envBlock(doc, workflowEnv, anyJob, { job: "*", step: "workflow env" }, emit);
  return out.sort((a, b) => a.start - b.start);
}
function walkJob(blob, doc, job, jobId, workflowEnv, emit) {
  const jobEnv = asMap(doc, getNode(doc, job, "env"));
  const steps = asSeqItems(doc, getNode(doc, job, "steps")).map((s) => asMap(doc, s)).filter((s) => s !== void 0);
  const npmjs = steps.every((s) => actionOf(doc, s) !== "actions/setup-node" || registryIsNpmjs(getText(doc, withOf(doc, s), "registry-url")));
  const pypiIndex = [workflowEnv, jobEnv].every((e) => indexIsPypi(getText(doc, e, "TWINE_REPOSITORY_URL")));
  const stepGates = steps.map((s) => ({
    npm: npmjs && publishesNpmStep(doc, s),
    pypi: pypiIndex && publishesPypiStep(doc, s)
  }));
  const jobGates = { npm: stepGates.some((g) => g.npm), pypi: stepGates.some((g) => g.pypi) };
  envBlock(doc, jobEnv, jobGates, { job: jobId, step: "job env" }, emit);
  steps.forEach((step, i) => {
    const action = actionOf(doc, step);
    const label = action ?? getText(doc, step, "name") ?? `steps[${i}]`;
    const scope = { job: jobId, step: label };
    const stepEnv = asMap(doc, getNode(doc, step, "env"));
    envBlock(doc, stepEnv, stepGates[i], scope, emit);
    if (action) actionInputs(doc, action, withOf(doc, step), stepGates[i], scope, emit);
    const runNode = getNode(doc, step, "run");
    const range = nodeRange(runNode);
    if (range) {
      const envs = [stepEnv, jobEnv, workflowEnv];
      for (const hit of commandHits(blob.text.slice(range[0], range[1]), range[0])) {
        if (hit.rule === "npm-token-publish" && !jobGates.npm) continue;
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
  const run2 = getText(doc, step, "run");
  return run2 !== void 0 && publishesNpm(run2);
}
function publishesPypiStep(doc, step) {
  if (actionOf(doc, step) === "pypa/gh-action-pypi-publish") return pypiActionTargetsPypi(doc, withOf(doc, step));
  const run2 = getText(doc, step, "run");
  return run2 !== void 0 && publishesPypi(run2);
}
function pypiActionTargetsPypi(doc, inputs) {
  return indexIsPypi(getText(doc, inputs, "repository-url") ?? getText(doc, inputs, "repository_url"));
}
function envBlock(doc, env, gates, scope, emit) {
  if (!env) return;
  const pairs = entries(doc, env);
  for (const rule of POSTURE_RULES) {
    if (rule === "npm-token-publish" && !gates.npm) continue;
    if (rule === "pypi-password-publish" && !gates.pypi) continue;
    for (const name of ENV_NAMES[rule]) {
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
function actionInputs(doc, action, inputs, gates, scope, emit) {
  if (!inputs) return;
  const flag = (rule, pick, choose) => {
    const pair = entries(doc, inputs).find((p) => pick(keyName(p) ?? ""));
    const value = pair ? getText(doc, inputs, keyName(pair)) : void 0;
    const range = nodeRange(pair?.key);
    if (!value || !range) return false;
    const secret = choose ? choose(value) : githubSecretRefs(value)[0]?.text;
    if (!secret) return false;
    emit(rule, range[0], range[1], secret, { ...scope, input: keyName(pair) });
    return true;
  };
  flag("aws-static-keys", (k) => /^aws[-_]secret[-_]access[-_]key$/i.test(k)) || flag("aws-static-keys", (k) => /^aws[-_]access[-_]key[-_]id$/i.test(k));
  if (action === "google-github-actions/auth") flag("gcp-credentials-json", (k) => k === "credentials_json");
  if (action === "google-github-actions/setup-gcloud") flag("gcp-credentials-json", (k) => k === "service_account_key");
  if (action === "azure/login") flag("azure-client-secret", (k) => k === "creds", clientSecretRef);
  if (action.startsWith("azure/")) flag("azure-client-secret", (k) => /^client[-_]secret$/i.test(k));
  if (action === "js-devtools/npm-publish" && gates.npm) flag("npm-token-publish", (k) => k === "token");
  if (action === "pypa/gh-action-pypi-publish" && gates.pypi) flag("pypi-password-publish", (k) => k === "password");
  if (action === "hashicorp/vault-action") {
    const method = (getText(doc, inputs, "method") ?? "token").trim().toLowerCase();
    if (method === "token") flag("vault-token", (k) => k === "token");
  }
  if (action === "docker/login-action" && federatedRegistry(getText(doc, inputs, "registry"))) {
    flag("docker-password-login", (k) => k === "password");
  }
}
function clientSecretRef(value) {
  const refs = githubSecretRefs(value);
  const at = value.search(/clientSecret/i);
  return (at >= 0 ? refs.find((r) => r.index > at) : void 0)?.text ?? refs[0]?.text;
}
function resolveArg(doc, arg, rule, envs) {
  const direct = githubSecretRefs(arg)[0];
  if (direct) return direct.text;
  const v = /^\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))$|^\$env:([A-Za-z_]\w*)$/.exec(arg);
  const name = v ? v[1] ?? v[2] ?? v[3] : void 0;
  if (!name || ENV_NAMES[rule].includes(name.toUpperCase())) return void 0;
  for (const env of envs) {
    const pair = getPair(doc, env, name);
    if (pair) return githubSecretRefs(getText(doc, env, name) ?? "")[0]?.text;
  }
  return void 0;
}

// src/detect/posture-gitlab.ts
var import_yaml2 = __toESM(require_dist(), 1);
var GITLAB_PREFIX = "posture.gitlab-ci.";
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
var DERIVABLE = /* @__PURE__ */ new Set(["aws-static-keys", "vault-token", "gcp-credentials-json", "azure-client-secret"]);
var FEDERATED_LOGIN = /auth\/[\w-]*(?:jwt|oidc)[\w-]*\/login|-method[= ]\s*(?:jwt|oidc)\b|assume-role-with-web-identity|--federated-token\b/;
function detectGitlabPosture(blob, doc, ids) {
  const root = asMap(doc, doc.contents);
  if (!root) return [];
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const emit = (rule, start, end, secret, details) => {
    const id = GITLAB_PREFIX + rule;
    const key2 = `${id}:${start}`;
    if (!ids.has(id) || seen.has(key2)) return;
    seen.add(key2);
    out.push(postureMatch(blob, id, start, end, secret, details));
  };
  const globalVars = asMap(doc, getNode(doc, root, "variables"));
  const dflt = asMap(doc, getNode(doc, root, "default"));
  const defaultTokens = idTokenNames(doc, dflt);
  for (const pair of entries(doc, root)) {
    const name = keyName(pair);
    const job = asMap(doc, pair.value);
    if (!job || name === void 0 || GLOBAL_KEYWORDS.has(name)) continue;
    const idTokens = /* @__PURE__ */ new Set([...defaultTokens, ...idTokenNames(doc, job)]);
    const scripts = SCRIPT_KEYS.flatMap((k) => scriptsOf(blob, doc, getNode(doc, job, k) ?? getNode(doc, dflt, k) ?? getNode(doc, root, k)));
    const all = scripts.map((s) => s.text).join("\n");
    const gates = { npm: publishesNpm(all) && !otherNpmRegistry2(all), pypi: publishesPypi(all) };
    const federated = idTokens.size > 0 || FEDERATED_LOGIN.test(all);
    const jobVars = asMap(doc, getNode(doc, job, "variables"));
    for (const rule of POSTURE_RULES) {
      if (rule === "npm-token-publish" && !gates.npm) continue;
      if (rule === "pypi-password-publish" && !gates.pypi) continue;
      const byVar = variableHit(doc, jobVars, rule, idTokens, { job: name, step: "variables" }, emit) || variableHit(doc, globalVars, rule, idTokens, { job: "*", step: "variables" }, emit);
      if (!byVar && !(DERIVABLE.has(rule) && federated)) scriptHit(scripts, rule, idTokens, name, emit);
    }
    for (const s of scripts) {
      for (const hit of commandHits(s.text, s.start)) {
        if (hit.rule === "npm-token-publish" && !gates.npm) continue;
        if (hit.literalOk) {
          emit(hit.rule, hit.start, hit.end, hit.arg, { job: name, step: "script", input: hit.arg });
          continue;
        }
        const ref = gitlabVarRefs(hit.arg, idTokens)[0];
        if (!ref || ENV_NAMES[hit.rule].includes(ref.name) || federated) continue;
        emit(hit.rule, hit.start, hit.end, ref.text, { job: name, step: "script", input: ref.name });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
function idTokenNames(doc, map) {
  return entries(doc, asMap(doc, getNode(doc, map, "id_tokens"))).map(keyName).filter((k) => k !== void 0);
}
function scriptsOf(blob, doc, node, depth = 0) {
  const n = deref(doc, node);
  if (depth > 4 || n === void 0) return [];
  if ((0, import_yaml2.isSeq)(n)) return n.items.flatMap((i) => scriptsOf(blob, doc, i, depth + 1));
  const range = nodeRange(n);
  if (!(0, import_yaml2.isScalar)(n) || !range) return [];
  return [{ text: blob.text.slice(range[0], range[1]), start: range[0], end: range[1] }];
}
function otherNpmRegistry2(script) {
  const hosts = [...script.matchAll(/(?:--registry[= ]\s*["']?https?:|_authToken)/g)].length;
  return hosts > 0 && !script.includes("registry.npmjs.org");
}
function variableHit(doc, vars, rule, idTokens, scope, emit) {
  if (!vars) return false;
  const pairs = entries(doc, vars);
  for (const name of ENV_NAMES[rule]) {
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
  for (const name of ENV_NAMES[rule]) {
    for (const s of scripts) {
      const ref = gitlabVarRefs(s.text, idTokens).find((r) => r.name === name);
      if (ref) {
        emit(rule, s.start + ref.index, s.start + ref.index + ref.text.length, ref.text, { job, step: "script", input: ref.name });
        return;
      }
    }
  }
}

// src/detect/posture-specs.ts
var y = (...lines) => lines.join("\n") + "\n";
var GH_OIDC = "https://docs.github.com/en/actions/concepts/security/openid-connect";
var GL_ID_TOKENS = "https://docs.gitlab.com/ci/secrets/id_token_authentication/";
function postureSpec(ci, rule, d) {
  const words = d.keywords.map((k) => k.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("|");
  return {
    id: `posture.${ci}.${rule}`,
    name: d.name,
    provider: d.provider,
    family: "posture",
    kind: d.kind,
    severity: "medium",
    confidence: "high",
    keywords: d.keywords,
    // Documentation only: the posture detector parses the YAML and never runs this.
    regex: `(${words})`,
    flags: "i",
    migration: d.migration,
    references: [...d.references, ci === "github-actions" ? GH_OIDC : GL_ID_TOKENS],
    tags: ["posture", "ci", ci, d.provider],
    cwe: [],
    generic: false,
    publishable: false,
    allow: [],
    examples: d.examples,
    negativeExamples: d.negativeExamples
  };
}
var GH_AWS = postureSpec("github-actions", "aws-static-keys", {
  name: "GitHub Actions workflow feeds AWS access keys to a job (use OIDC and role-to-assume)",
  provider: "aws",
  kind: "long-lived-credential",
  migration: "aws-oidc",
  keywords: ["aws-secret-access-key", "aws_secret_access_key", "aws-access-key-id", "aws_access_key_id"],
  references: ["https://docs.github.com/en/actions/how-tos/secure-your-work/security-harden-deployments/oidc-in-aws", "https://github.com/aws-actions/configure-aws-credentials"],
  examples: [
    y(
      "on: push",
      "jobs:",
      "  deploy:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      "      - uses: aws-actions/configure-aws-credentials@v4",
      "        with:",
      "          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}",
      "          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}",
      "          aws-region: us-east-1"
    ),
    y(
      "on: push",
      "jobs:",
      "  sync:",
      "    runs-on: ubuntu-latest",
      "    env:",
      "      AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}",
      "      AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}",
      "    steps:",
      "      - run: aws s3 sync ./site s3://example-bucket"
    )
  ],
  negativeExamples: [
    y(
      "on: push",
      "permissions:",
      "  id-token: write",
      "  contents: read",
      "jobs:",
      "  deploy:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      "      - uses: aws-actions/configure-aws-credentials@v4",
      "        with:",
      "          role-to-assume: arn:aws:iam::123456789012:role/github-deploy",
      "          aws-region: us-east-1"
    ),
    y(
      "on: push",
      "jobs:",
      "  sync:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      "      - id: creds",
      "        uses: aws-actions/configure-aws-credentials@v4",
      "        with:",
      "          role-to-assume: arn:aws:iam::123456789012:role/github-deploy",
      "          aws-region: us-east-1",
      "          output-credentials: true",
      "      - run: ./upload.sh",
      "        env:",
      "          AWS_SECRET_ACCESS_KEY: ${{ steps.creds.outputs.aws-secret-access-key }}"
    )
  ]
});
var GH_GCP = postureSpec("github-actions", "gcp-credentials-json", {
  name: "GitHub Actions workflow signs in to Google Cloud with a service-account key (use Workload Identity Federation)",
  provider: "gcp",
  kind: "long-lived-credential",
  migration: "gcp-workload-identity",
  keywords: ["credentials_json", "service_account_key", "google_credentials", "activate-service-account"],
  references: ["https://github.com/google-github-actions/auth", "https://cloud.google.com/iam/docs/workload-identity-federation"],
  examples: [
    y(
      "on: push",
      "jobs:",
      "  deploy:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      "      - uses: google-github-actions/auth@v2",
      "        with:",
      "          credentials_json: ${{ secrets.GCP_SA_KEY }}",
      "      - run: gcloud run deploy api --source ."
    ),
    y(
      "on: push",
      "jobs:",
      "  plan:",
      "    runs-on: ubuntu-latest",
      "    env:",
      "      GOOGLE_CREDENTIALS: ${{ secrets.GOOGLE_CREDENTIALS }}",
      "    steps:",
      "      - run: terraform plan"
    )
  ],
  negativeExamples: [
    y(
      "on: push",
      "jobs:",
      "  deploy:",
      "    runs-on: ubuntu-latest",
      "    permissions:",
      "      id-token: write",
      "    steps:",
      "      - uses: google-github-actions/auth@v2",
      "        with:",
      "          workload_identity_provider: projects/123456789/locations/global/workloadIdentityPools/github/providers/my-repo",
      "          service_account: deployer@my-project.iam.gserviceaccount.com"
    ),
    y(
      "on: push",
      "jobs:",
      "  lint:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      "      - uses: google-github-actions/setup-gcloud@v2",
      "        with:",
      "          version: latest",
      "      - run: gcloud --version"
    )
  ]
});
var GH_AZURE = postureSpec("github-actions", "azure-client-secret", {
  name: "GitHub Actions workflow signs in to Azure with a client secret (use a federated identity credential)",
  provider: "azure",
  kind: "static-key",
  migration: "azure-federated-identity",
  keywords: ["creds", "client-secret", "azure_client_secret", "arm_client_secret", "azure_credentials"],
  references: ["https://learn.microsoft.com/azure/developer/github/connect-from-azure", "https://github.com/Azure/login"],
  examples: [
    y(
      "on: push",
      "jobs:",
      "  deploy:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      "      - uses: azure/login@v2",
      "        with:",
      "          creds: ${{ secrets.AZURE_CREDENTIALS }}",
      "      - run: az group list"
    ),
    y(
      "on: push",
      "jobs:",
      "  infra:",
      "    runs-on: ubuntu-latest",
      "    env:",
      "      ARM_CLIENT_ID: ${{ vars.ARM_CLIENT_ID }}",
      "      ARM_CLIENT_SECRET: ${{ secrets.ARM_CLIENT_SECRET }}",
      "    steps:",
      "      - run: terraform apply -auto-approve"
    )
  ],
  negativeExamples: [
    y(
      "on: push",
      "permissions:",
      "  id-token: write",
      "jobs:",
      "  deploy:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      "      - uses: azure/login@v2",
      "        with:",
      "          client-id: ${{ secrets.AZURE_CLIENT_ID }}",
      "          tenant-id: ${{ secrets.AZURE_TENANT_ID }}",
      "          subscription-id: ${{ secrets.AZURE_SUBSCRIPTION_ID }}"
    ),
    y(
      "on: push",
      "jobs:",
      "  infra:",
      "    runs-on: ubuntu-latest",
      "    env:",
      "      ARM_USE_OIDC: true",
      "      ARM_CLIENT_ID: ${{ vars.ARM_CLIENT_ID }}",
      "    steps:",
      "      - run: terraform apply -auto-approve"
    )
  ]
});
var GH_NPM = postureSpec("github-actions", "npm-token-publish", {
  name: "GitHub Actions workflow publishes to npm with a long-lived token (use npm trusted publishing)",
  provider: "npm",
  kind: "long-lived-credential",
  migration: "npm-trusted-publishing",
  keywords: ["node_auth_token", "npm_token", "npm_auth_token", "_authToken"],
  references: ["https://docs.npmjs.com/trusted-publishers", "https://docs.npmjs.com/generating-provenance-statements"],
  examples: [
    y(
      "on:",
      "  release:",
      "    types: [published]",
      "jobs:",
      "  publish:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      "      - uses: actions/checkout@v5",
      "      - uses: actions/setup-node@v6",
      "        with:",
      "          node-version: 24",
      "          registry-url: https://registry.npmjs.org",
      "      - run: npm ci",
      "      - run: npm publish",
      "        env:",
      "          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}"
    ),
    y(
      "on: push",
      "jobs:",
      "  release:",
      "    runs-on: ubuntu-latest",
      "    env:",
      "      NPM_TOKEN: ${{ secrets.NPM_TOKEN }}",
      "    steps:",
      "      - run: pnpm install",
      "      - run: pnpm publish --no-git-checks"
    )
  ],
  negativeExamples: [
    y(
      "on: push",
      "permissions:",
      "  id-token: write",
      "  contents: read",
      "jobs:",
      "  publish:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      "      - uses: actions/setup-node@v6",
      "        with:",
      "          node-version: 24",
      "          registry-url: https://registry.npmjs.org",
      "      - run: npm publish"
    ),
    y(
      "on: push",
      "jobs:",
      "  test:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      "      - run: npm ci",
      "        env:",
      "          NODE_AUTH_TOKEN: ${{ secrets.NPM_READ_TOKEN }}",
      "      - run: npm test"
    ),
    y(
      "on: push",
      "jobs:",
      "  publish:",
      "    runs-on: ubuntu-latest",
      "    permissions:",
      "      packages: write",
      "    steps:",
      "      - uses: actions/setup-node@v6",
      "        with:",
      "          registry-url: https://npm.pkg.github.com",
      "      - run: npm publish",
      "        env:",
      "          NODE_AUTH_TOKEN: ${{ secrets.GITHUB_TOKEN }}"
    )
  ]
});
var GH_PYPI = postureSpec("github-actions", "pypi-password-publish", {
  name: "GitHub Actions workflow uploads to PyPI with an API token (use a PyPI trusted publisher)",
  provider: "pypi",
  kind: "long-lived-credential",
  migration: "pypi-trusted-publishing",
  keywords: ["password", "twine_password", "poetry_pypi_token_pypi", "uv_publish_token"],
  references: ["https://docs.pypi.org/trusted-publishers/", "https://github.com/pypa/gh-action-pypi-publish"],
  examples: [
    y(
      "on: push",
      "jobs:",
      "  publish:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      "      - uses: pypa/gh-action-pypi-publish@release/v1",
      "        with:",
      "          password: ${{ secrets.PYPI_API_TOKEN }}"
    ),
    y(
      "on: push",
      "jobs:",
      "  publish:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      "      - run: python -m build",
      "      - run: twine upload dist/*",
      "        env:",
      "          TWINE_USERNAME: __token__",
      "          TWINE_PASSWORD: ${{ secrets.PYPI_TOKEN }}"
    )
  ],
  negativeExamples: [
    y(
      "on: push",
      "jobs:",
      "  publish:",
      "    runs-on: ubuntu-latest",
      "    environment: pypi",
      "    permissions:",
      "      id-token: write",
      "    steps:",
      "      - uses: pypa/gh-action-pypi-publish@release/v1"
    ),
    y(
      "on: push",
      "jobs:",
      "  publish:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      "      - run: twine upload --repository-url https://artifacts.example.com/api/pypi/simple dist/*",
      "        env:",
      "          TWINE_PASSWORD: ${{ secrets.ARTIFACTORY_TOKEN }}"
    )
  ]
});
var GH_VAULT = postureSpec("github-actions", "vault-token", {
  name: "GitHub Actions workflow reads Vault with a static Vault token (use Vault JWT auth)",
  provider: "vault",
  kind: "long-lived-credential",
  migration: "vault-jwt-auth",
  keywords: ["vault_token", "vault-action", "vault login"],
  references: ["https://developer.hashicorp.com/vault/docs/auth/jwt", "https://github.com/hashicorp/vault-action"],
  examples: [
    y(
      "on: push",
      "jobs:",
      "  deploy:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      "      - uses: hashicorp/vault-action@v3",
      "        with:",
      "          url: https://vault.example.com:8200",
      "          token: ${{ secrets.VAULT_TOKEN }}",
      "          secrets: secret/data/ci/deploy api_key | DEPLOY_API_KEY"
    ),
    y(
      "on: push",
      "env:",
      "  VAULT_ADDR: https://vault.example.com:8200",
      "  VAULT_TOKEN: ${{ secrets.VAULT_TOKEN }}",
      "jobs:",
      "  deploy:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      "      - run: vault kv get secret/ci/deploy"
    )
  ],
  negativeExamples: [
    y(
      "on: push",
      "jobs:",
      "  deploy:",
      "    runs-on: ubuntu-latest",
      "    permissions:",
      "      id-token: write",
      "    steps:",
      "      - uses: hashicorp/vault-action@v3",
      "        with:",
      "          url: https://vault.example.com:8200",
      "          method: jwt",
      "          role: ci-deploy",
      "          secrets: secret/data/ci/deploy api_key | DEPLOY_API_KEY"
    ),
    y(
      "on: push",
      "jobs:",
      "  deploy:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      "      - id: vault",
      "        uses: hashicorp/vault-action@v3",
      "        with:",
      "          url: https://vault.example.com:8200",
      "          method: jwt",
      "          role: ci-deploy",
      "          exportToken: true",
      "      - run: vault kv get secret/ci/deploy",
      "        env:",
      "          VAULT_TOKEN: ${{ env.VAULT_TOKEN }}"
    )
  ]
});
var GH_DOCKER = postureSpec("github-actions", "docker-password-login", {
  name: "GitHub Actions workflow logs in to a cloud container registry with a password (use the cloud OIDC login)",
  provider: "docker",
  kind: "long-lived-credential",
  migration: "docker-registry-oidc",
  keywords: ["login-action", "password"],
  references: ["https://github.com/docker/login-action", "https://github.com/aws-actions/amazon-ecr-login"],
  examples: [
    y(
      "on: push",
      "jobs:",
      "  image:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      "      - uses: docker/login-action@v3",
      "        with:",
      "          registry: 123456789012.dkr.ecr.us-east-1.amazonaws.com",
      "          username: ${{ secrets.AWS_ACCESS_KEY_ID }}",
      "          password: ${{ secrets.ECR_PASSWORD }}"
    ),
    y(
      "on: push",
      "jobs:",
      "  image:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      "      - uses: docker/login-action@v3",
      "        with:",
      "          registry: myregistry.azurecr.io",
      "          username: ${{ vars.ACR_USERNAME }}",
      "          password: ${{ secrets.ACR_PASSWORD }}"
    )
  ],
  negativeExamples: [
    y(
      "on: push",
      "jobs:",
      "  image:",
      "    runs-on: ubuntu-latest",
      "    permissions:",
      "      packages: write",
      "    steps:",
      "      - uses: docker/login-action@v3",
      "        with:",
      "          registry: ghcr.io",
      "          username: ${{ github.actor }}",
      "          password: ${{ secrets.GITHUB_TOKEN }}"
    ),
    y(
      "on: push",
      "permissions:",
      "  id-token: write",
      "jobs:",
      "  image:",
      "    runs-on: ubuntu-latest",
      "    steps:",
      "      - uses: aws-actions/configure-aws-credentials@v4",
      "        with:",
      "          role-to-assume: arn:aws:iam::123456789012:role/ecr-push",
      "          aws-region: us-east-1",
      "      - uses: aws-actions/amazon-ecr-login@v2"
    )
  ]
});
var GL_AWS = postureSpec("gitlab-ci", "aws-static-keys", {
  name: "GitLab CI job uses AWS access keys from CI/CD variables (use id_tokens and an IAM role)",
  provider: "aws",
  kind: "long-lived-credential",
  migration: "aws-oidc",
  keywords: ["aws_secret_access_key", "aws_access_key_id"],
  references: ["https://docs.gitlab.com/ci/cloud_services/aws/"],
  examples: [
    y(
      "deploy:",
      "  image: amazon/aws-cli",
      "  variables:",
      "    AWS_ACCESS_KEY_ID: $PROD_AWS_ACCESS_KEY_ID",
      "    AWS_SECRET_ACCESS_KEY: $PROD_AWS_SECRET_ACCESS_KEY",
      "  script:",
      "    - aws s3 sync ./public s3://example-bucket"
    ),
    y(
      "deploy:",
      "  script:",
      '    - aws configure set aws_access_key_id "$AWS_ACCESS_KEY_ID"',
      '    - aws configure set aws_secret_access_key "$AWS_SECRET_ACCESS_KEY"',
      "    - aws s3 ls"
    )
  ],
  negativeExamples: [
    y(
      "deploy:",
      "  id_tokens:",
      "    AWS_ID_TOKEN:",
      "      aud: sts.amazonaws.com",
      "  variables:",
      "    AWS_ROLE_ARN: arn:aws:iam::123456789012:role/gitlab-deploy",
      "    AWS_WEB_IDENTITY_TOKEN_FILE: $CI_PROJECT_DIR/.aws-web-identity-token",
      "  script:",
      '    - printf "%s" "$AWS_ID_TOKEN" > "$AWS_WEB_IDENTITY_TOKEN_FILE"',
      "    - aws sts get-caller-identity"
    ),
    y(
      "deploy:",
      "  id_tokens:",
      "    GITLAB_OIDC_TOKEN:",
      "      aud: sts.amazonaws.com",
      "  script:",
      "    - >",
      '      export $(printf "AWS_ACCESS_KEY_ID=%s AWS_SECRET_ACCESS_KEY=%s AWS_SESSION_TOKEN=%s"',
      '      $(aws sts assume-role-with-web-identity --role-arn ${ROLE_ARN} --role-session-name "gitlab-${CI_PIPELINE_ID}"',
      '      --web-identity-token ${GITLAB_OIDC_TOKEN} --query "Credentials.[AccessKeyId,SecretAccessKey,SessionToken]" --output text))',
      '    - aws configure set aws_secret_access_key "$AWS_SECRET_ACCESS_KEY"',
      "    - aws s3 ls"
    )
  ]
});
var GL_GCP = postureSpec("gitlab-ci", "gcp-credentials-json", {
  name: "GitLab CI job signs in to Google Cloud with a service-account key (use id_tokens and Workload Identity Federation)",
  provider: "gcp",
  kind: "long-lived-credential",
  migration: "gcp-workload-identity",
  keywords: ["activate-service-account", "google_credentials"],
  references: ["https://docs.gitlab.com/ci/cloud_services/google_cloud/"],
  examples: [
    y(
      "deploy:",
      "  image: google/cloud-sdk:slim",
      "  script:",
      '    - echo "$GCP_SA_KEY" > key.json',
      "    - gcloud auth activate-service-account --key-file key.json",
      "    - gcloud run deploy api --source ."
    ),
    y(
      "plan:",
      "  variables:",
      "    GOOGLE_CREDENTIALS: $TF_GCP_KEY",
      "  script:",
      "    - terraform plan"
    )
  ],
  negativeExamples: [
    y(
      "deploy:",
      "  id_tokens:",
      "    GCP_ID_TOKEN:",
      "      aud: https://iam.googleapis.com/projects/123456789/locations/global/workloadIdentityPools/gitlab/providers/gitlab",
      "  script:",
      "    - gcloud auth login --cred-file=.gcp-cred-config.json"
    ),
    y(
      "deploy:",
      "  variables:",
      "    GOOGLE_APPLICATION_CREDENTIALS: $CI_PROJECT_DIR/.gcp-cred-config.json",
      "  script:",
      "    - gcloud storage ls gs://example-bucket"
    )
  ]
});
var GL_AZURE = postureSpec("gitlab-ci", "azure-client-secret", {
  name: "GitLab CI job signs in to Azure with a client secret (use id_tokens and a federated identity credential)",
  provider: "azure",
  kind: "static-key",
  migration: "azure-federated-identity",
  keywords: ["azure_client_secret", "arm_client_secret", "service-principal"],
  references: ["https://learn.microsoft.com/entra/workload-id/workload-identity-federation"],
  examples: [
    y(
      "deploy:",
      "  script:",
      '    - az login --service-principal -u "$AZ_APP_ID" -p "$AZ_SP_SECRET" --tenant "$AZ_TENANT_ID"',
      "    - az group list"
    ),
    y(
      "infra:",
      "  variables:",
      "    ARM_CLIENT_SECRET: $PROD_ARM_CLIENT_SECRET",
      "  script:",
      "    - terraform apply -auto-approve"
    )
  ],
  negativeExamples: [
    y(
      "deploy:",
      "  id_tokens:",
      "    AZURE_ID_TOKEN:",
      "      aud: api://AzureADTokenExchange",
      "  script:",
      '    - az login --service-principal -u "$AZURE_CLIENT_ID" -t "$AZURE_TENANT_ID" --federated-token "$AZURE_ID_TOKEN"'
    ),
    y(
      "deploy:",
      "  script:",
      "    - az login --identity",
      "    - az group list"
    )
  ]
});
var GL_NPM = postureSpec("gitlab-ci", "npm-token-publish", {
  name: "GitLab CI job publishes to npm with a long-lived token (use npm trusted publishing with id_tokens)",
  provider: "npm",
  kind: "long-lived-credential",
  migration: "npm-trusted-publishing",
  keywords: ["npm_token", "node_auth_token", "_authToken"],
  references: ["https://docs.npmjs.com/trusted-publishers"],
  examples: [
    y(
      "publish:",
      "  image: node:24",
      "  script:",
      '    - echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc',
      "    - npm publish"
    ),
    y(
      "publish:",
      "  image: node:24",
      "  variables:",
      "    NODE_AUTH_TOKEN: $NPM_PUBLISH_TOKEN",
      "  script:",
      "    - npm ci",
      "    - npm publish --access public"
    )
  ],
  negativeExamples: [
    y(
      "publish:",
      "  image: node:24",
      "  id_tokens:",
      "    NPM_ID_TOKEN:",
      '      aud: "npm:registry.npmjs.org"',
      "  script:",
      "    - npm install -g npm@latest",
      "    - npm publish"
    ),
    y(
      "publish:",
      "  image: node:24",
      "  script:",
      '    - echo "//${CI_SERVER_HOST}/api/v4/projects/${CI_PROJECT_ID}/packages/npm/:_authToken=${CI_JOB_TOKEN}" > .npmrc',
      "    - npm publish"
    )
  ]
});
var GL_PYPI = postureSpec("gitlab-ci", "pypi-password-publish", {
  name: "GitLab CI job uploads to PyPI with an API token (use a PyPI trusted publisher with id_tokens)",
  provider: "pypi",
  kind: "long-lived-credential",
  migration: "pypi-trusted-publishing",
  keywords: ["twine_password", "twine upload"],
  references: ["https://docs.pypi.org/trusted-publishers/"],
  examples: [
    y(
      "publish:",
      "  image: python:3.13",
      "  variables:",
      "    TWINE_USERNAME: __token__",
      "    TWINE_PASSWORD: $PYPI_TOKEN",
      "  script:",
      "    - twine upload dist/*"
    ),
    y(
      "publish:",
      "  image: python:3.13",
      "  script:",
      '    - twine upload -u __token__ -p "$PYPI_API_TOKEN" dist/*'
    )
  ],
  negativeExamples: [
    y(
      "publish:",
      "  image: python:3.13",
      "  script:",
      "    - TWINE_PASSWORD=${CI_JOB_TOKEN} TWINE_USERNAME=gitlab-ci-token python -m twine upload --repository-url ${CI_API_V4_URL}/projects/${CI_PROJECT_ID}/packages/pypi dist/*"
    ),
    y(
      "publish:",
      "  image: python:3.13",
      "  id_tokens:",
      "    PYPI_ID_TOKEN:",
      "      aud: pypi",
      "  script:",
      '    - twine upload -u __token__ -p "$token" dist/*'
    )
  ]
});
var GL_VAULT = postureSpec("gitlab-ci", "vault-token", {
  name: "GitLab CI job reads Vault with a static Vault token (use id_tokens and Vault JWT auth)",
  provider: "vault",
  kind: "long-lived-credential",
  migration: "vault-jwt-auth",
  keywords: ["vault_token", "vault login"],
  references: ["https://docs.gitlab.com/ci/secrets/hashicorp_vault/"],
  examples: [
    y(
      "deploy:",
      "  variables:",
      "    VAULT_ADDR: https://vault.example.com",
      "    VAULT_TOKEN: $CI_VAULT_TOKEN",
      "  script:",
      "    - vault kv get -field=api_key secret/ci/deploy"
    ),
    y(
      "deploy:",
      "  script:",
      "    - export VAULT_ADDR=https://vault.example.com",
      '    - vault kv get -field=api_key secret/ci/deploy -token="$VAULT_TOKEN"'
    )
  ],
  negativeExamples: [
    y(
      "deploy:",
      "  id_tokens:",
      "    VAULT_ID_TOKEN:",
      "      aud: https://vault.example.com",
      "  script:",
      '    - export VAULT_TOKEN="$(vault write -field=token auth/jwt/login role=ci-deploy jwt=$VAULT_ID_TOKEN)"',
      "    - vault kv get -field=api_key secret/ci/deploy"
    ),
    y(
      "deploy:",
      "  id_tokens:",
      "    VAULT_ID_TOKEN:",
      "      aud: https://vault.example.com",
      "  secrets:",
      "    DEPLOY_API_KEY:",
      "      vault: ci/deploy/api_key@secret",
      "      token: $VAULT_ID_TOKEN",
      "  script:",
      "    - ./deploy.sh"
    )
  ]
});
var POSTURE_SPECS_LIST = [
  GH_AWS,
  GH_GCP,
  GH_AZURE,
  GH_NPM,
  GH_PYPI,
  GH_VAULT,
  GH_DOCKER,
  GL_AWS,
  GL_GCP,
  GL_AZURE,
  GL_NPM,
  GL_PYPI,
  GL_VAULT
];

// src/detect/posture.ts
var POSTURE_CONTEXTS = /* @__PURE__ */ new Set(["github-workflow", "gitlab-ci"]);
var POSTURE_SPECS = POSTURE_SPECS_LIST;
var POSTURE_MAX_CHARS = 1024 * 1024;
function detectPosture(blob, context, ids) {
  if (!POSTURE_CONTEXTS.has(context) || ids.size === 0 || blob.text.length > POSTURE_MAX_CHARS) return [];
  const doc = parseCiYaml(blob.text);
  if (!doc) return [];
  try {
    return context === "github-workflow" ? detectGithubPosture(blob, doc, ids) : detectGitlabPosture(blob, doc, ids);
  } catch {
    return [];
  }
}

// src/detect/structured-json.ts
var import_yaml5 = __toESM(require_dist(), 1);

// src/detect/structured-yaml.ts
var import_yaml4 = __toESM(require_dist(), 1);

// src/detect/structured-specs.ts
var f = (...lines) => lines.join("\n") + "\n";
function structuredSpec(d) {
  const words = d.keywords.map((k) => k.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("|");
  return {
    id: d.id,
    name: d.name,
    provider: d.id.split(".")[0],
    family: "structured",
    kind: d.kind,
    severity: d.severity,
    confidence: d.confidence ?? "high",
    keywords: d.keywords,
    // Documentation only: the structured detector parses the file and never runs this regex.
    regex: `(${words})`,
    flags: "i",
    minEntropy: d.minEntropy,
    migration: d.migration,
    references: d.references,
    tags: ["structured", ...d.tags ?? []],
    cwe: [],
    generic: d.generic ?? false,
    publishable: false,
    allow: [],
    examples: d.examples,
    negativeExamples: d.negativeExamples
  };
}
var K8S_OBJECT_DOC = "https://kubernetes.io/docs/concepts/configuration/secret/";
var KUBECONFIG_DOC = "https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/";
var KUBE_AUTHN_DOC = "https://kubernetes.io/docs/reference/access-authn-authz/authentication/";
var STRUCTURED_SPECS = [
  structuredSpec({
    id: "kubernetes.secret-data",
    name: "Kubernetes Secret data value (base64-decoded) under a secret-like key",
    kind: "static-key",
    severity: "high",
    confidence: "medium",
    keywords: ["kind: Secret"],
    migration: "secrets-manager-rotation",
    references: [K8S_OBJECT_DOC, "https://external-secrets.io/latest/"],
    minEntropy: 3,
    generic: true,
    tags: ["kubernetes", "decoded"],
    examples: [
      f("apiVersion: v1", "kind: Secret", "metadata:", "  name: db", "type: Opaque", "data:", "  DB_PASSWORD: OFRleWZWRXY5emM2MzhtUA=="),
      f(
        "apiVersion: v1",
        "kind: ConfigMap",
        "metadata:",
        "  name: settings",
        "data:",
        "  LOG_LEVEL: info",
        "---",
        "apiVersion: v1",
        "kind: Secret",
        "metadata:",
        "  name: billing",
        "data:",
        "  api-token: RjFhM0pBTHVhdGFFVzg4dlNBa0pmS3o0"
      )
    ],
    negativeExamples: [
      // username is not a secret-like key; "changeme" is a placeholder.
      f("apiVersion: v1", "kind: Secret", "metadata:", "  name: db", "data:", "  username: YWRtaW4=", "  password: Y2hhbmdlbWU="),
      // Not base64: a Sealed/SOPS value or a hand-written placeholder.
      f("apiVersion: v1", "kind: Secret", "metadata:", "  name: db", "data:", "  password: ENC[AES256_GCM,data:abc=]")
    ]
  }),
  structuredSpec({
    id: "kubernetes.kubeconfig-token",
    name: "kubeconfig user bearer token",
    kind: "long-lived-credential",
    severity: "critical",
    keywords: ["kind: Config"],
    migration: "kubeconfig-cloud-auth",
    references: [KUBECONFIG_DOC, KUBE_AUTHN_DOC],
    minEntropy: 3,
    tags: ["kubernetes", "kubeconfig"],
    examples: [
      f("apiVersion: v1", "kind: Config", "users:", "- name: deployer", "  user:", "    token: 8ykmKC9Bo7uWGlXAnkEUlRl7zzvX61ao20G7ayQd"),
      f(
        "apiVersion: v1",
        "kind: Config",
        "current-context: prod",
        "users:",
        "  - name: ci",
        "    user:",
        '      token: "ALIgqAm5gflpNk8LbpXHr5u2xlIuKKiCoR686Zxm"'
      )
    ],
    negativeExamples: [
      f(
        "apiVersion: v1",
        "kind: Config",
        "users:",
        "- name: eks",
        "  user:",
        "    exec:",
        "      apiVersion: client.authentication.k8s.io/v1beta1",
        "      command: aws",
        "      args: [eks, get-token, --cluster-name, prod]"
      ),
      f("apiVersion: v1", "kind: Config", "users:", "- name: ci", "  user:", "    token: ${KUBE_TOKEN}")
    ]
  }),
  structuredSpec({
    id: "kubernetes.kubeconfig-password",
    name: "kubeconfig user basic-auth password",
    kind: "static-key",
    severity: "critical",
    keywords: ["kind: Config"],
    migration: "kubeconfig-cloud-auth",
    references: [KUBECONFIG_DOC, KUBE_AUTHN_DOC],
    minEntropy: 2.5,
    tags: ["kubernetes", "kubeconfig", "password"],
    examples: [
      f("apiVersion: v1", "kind: Config", "users:", "- name: admin", "  user:", "    username: admin", "    password: dSv1owwocEUMuGREn5"),
      f("kind: Config", "apiVersion: v1", "users:", "- name: ops", "  user:", "    password: 'VNAqyClr6Cj3k0cQQgsS'", "    username: ops")
    ],
    negativeExamples: [
      f("apiVersion: v1", "kind: Config", "users:", "- name: admin", "  user:", "    username: admin", "    password: changeme"),
      // Not a kubeconfig: a Deployment's env var is for the generic rules.
      f("apiVersion: apps/v1", "kind: Deployment", "users:", "- name: admin", "  user:", "    password: dSv1owwocEUMuGREn5")
    ]
  }),
  structuredSpec({
    id: "kubernetes.kubeconfig-refresh-token",
    name: "kubeconfig OIDC auth-provider refresh token",
    kind: "refresh-token",
    severity: "high",
    keywords: ["refresh-token"],
    migration: "kubeconfig-cloud-auth",
    references: [KUBE_AUTHN_DOC],
    minEntropy: 3,
    tags: ["kubernetes", "kubeconfig", "oidc"],
    examples: [
      f(
        "apiVersion: v1",
        "kind: Config",
        "users:",
        "- name: oidc",
        "  user:",
        "    auth-provider:",
        "      name: oidc",
        "      config:",
        "        idp-issuer-url: https://sso.corp.invalid",
        "        client-id: kubectl",
        "        refresh-token: XJItJEaiApWjsftBRIDEmEs6A18biE6OWIbCtBGdwvp"
      ),
      f(
        "kind: Config",
        "users:",
        "- name: dex",
        "  user:",
        "    auth-provider:",
        "      config:",
        '        refresh-token: "MXMwpG0cinmd11qwUQNfGNuD5sHF6muduI7F635SIyzK4Co4"',
        "      name: oidc"
      )
    ],
    negativeExamples: [
      f("kind: Config", "users:", "- name: dex", "  user:", "    auth-provider:", "      config:", "        refresh-token: <refresh-token>"),
      f("kind: Config", "users:", "- name: dex", "  user:", "    auth-provider:", "      config:", "        client-id: kubectl")
    ]
  }),
  structuredSpec({
    id: "pypi.pypirc-password",
    name: ".pypirc repository password (not an API token)",
    kind: "static-key",
    severity: "high",
    keywords: ["password"],
    migration: "pypi-trusted-publishing",
    references: ["https://packaging.python.org/en/latest/specifications/pypirc/", "https://docs.pypi.org/trusted-publishers/"],
    minEntropy: 2.5,
    tags: ["pypi", "password"],
    examples: [
      f("[distutils]", "index-servers = private", "", "[private]", "repository = https://pypi.corp.invalid/", "username = deploy", "password = 8TeyfVEv9zc638mP"),
      f("[testpypi]", "username: release", "password: dSv1owwocEUMuGREn5")
    ],
    negativeExamples: [
      f("[private]", "repository = https://pypi.corp.invalid/", "username = deploy", "password = changeme"),
      f("[distutils]", "index-servers = private", "password = 8TeyfVEv9zc638mP")
    ]
  }),
  structuredSpec({
    id: "npm.npmrc-auth-token",
    name: ".npmrc registry _authToken (opaque token of a private registry)",
    kind: "long-lived-credential",
    severity: "high",
    keywords: ["_authToken"],
    migration: "npm-trusted-publishing",
    references: ["https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration"],
    minEntropy: 3,
    tags: ["npm"],
    examples: [
      f("registry=https://npm.corp.invalid/", "//npm.corp.invalid/:_authToken=OvSv7K16hAjrol6y82dYOP9cKBVRZQyU"),
      f("@acme:registry=https://nexus.corp.invalid/repository/npm/", '//nexus.corp.invalid/repository/npm/:_authToken="F1a3JALuataEW88vSAkJfKz4"')
    ],
    negativeExamples: [
      f("//registry.npmjs.org/:_authToken=${NPM_TOKEN}"),
      f("//npm.corp.invalid/:_authToken=aaaaaaaaaaaaaaaaaaaaaaaa")
    ]
  }),
  structuredSpec({
    id: "dotenv.secret-assignment",
    name: "Secret-named variable in a .env file",
    kind: "static-key",
    severity: "medium",
    confidence: "low",
    keywords: ["key", "token", "secret", "pass", "auth"],
    migration: "secrets-manager-rotation",
    references: ["https://cwe.mitre.org/data/definitions/798.html", "https://12factor.net/config"],
    minEntropy: 3,
    generic: true,
    tags: ["dotenv"],
    examples: [
      f("# app settings", "LOG_LEVEL=debug", "WEBHOOK_SIGNING_KEY=Vk5BcXlDbHI2Q2ozazBj"),
      f("export MAILER_PASS='F1a3JALuataEW88vSAkJfKz4'", "PORT=8080")
    ],
    negativeExamples: [
      f("SECRET_KEY_FILE=/run/secrets/app_key", "TOKEN_URL=https://auth.corp.invalid/token", "DB_PASSWORD=changeme"),
      f("API_KEY=${API_KEY}", 'SESSION_SECRET="<generate one>"', "PUBLIC_KEY=F1a3JALuataEW88vSAkJfKz4")
    ]
  }),
  structuredSpec({
    id: "terraform.variable-secret",
    name: "Terraform variable default or tfvars value holding a secret",
    kind: "static-key",
    severity: "high",
    confidence: "medium",
    keywords: ["variable", "sensitive"],
    migration: "secrets-manager-rotation",
    references: [
      "https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output",
      "https://developer.hashicorp.com/terraform/tutorials/configuration-language/sensitive-variables"
    ],
    minEntropy: 3,
    generic: true,
    tags: ["terraform", "iac"],
    examples: [
      f('variable "db_password" {', "  type      = string", "  sensitive = true", '  default   = "dSv1owwocEUMuGREn5"', "}"),
      f('variable "webhook" {', '  description = "Signing value for the webhook"', "  sensitive   = true", '  default     = "OvSv7K16hAjrol6y82dYOP9cKBVRZQyU"', "}")
    ],
    negativeExamples: [
      f('variable "db_password" {', "  type      = string", "  sensitive = true", "}"),
      f('variable "region" {', '  default = "eu-west-1"', "}", 'variable "api_token" {', '  default = "${var.base_token}"', "}")
    ]
  })
];

// src/detect/structured-util.ts
var import_yaml3 = __toESM(require_dist(), 1);
function lineAt2(lineStarts, offset) {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >>> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
function positionAt2(lineStarts, offset) {
  const li = lineAt2(lineStarts, offset);
  return { line: li + 1, column: offset - lineStarts[li] + 1 };
}
function decodeBase64Text(value) {
  const s = value.replace(/\s+/g, "");
  if (s.length === 0 || s.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(s)) return void 0;
  try {
    const text2 = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.from(s, "base64"));
    return /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/.test(text2) ? void 0 : text2;
  } catch {
    return void 0;
  }
}
function decodeUserPassword(value) {
  const text2 = decodeBase64Text(value);
  if (text2 === void 0 || /[\r\n]/.test(text2)) return void 0;
  const colon = text2.indexOf(":");
  if (colon <= 0 || colon === text2.length - 1) return void 0;
  return { username: text2.slice(0, colon), password: text2.slice(colon + 1) };
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
  const joined = words.join("_");
  if (PUBLIC_WORDS.test(joined)) return void 0;
  const last = words[words.length - 1];
  if (!SECRET_WORDS.test(joined) && !(last === "KEY" && words.length > 1)) return void 0;
  return /(?:^|_)(?:PASSWORD|PASSWD|PWD|PASS|PASSPHRASE)(?:_|$)/.test(joined) ? "password" : "secret";
}
var WEAK_PASSWORD = /^(?:password|passw0rd|changeme|changeit|secret|admin|root|guest|test|user|postgres|mysql|12345678|qwertyuiop|letmein|anonymous)\d{0,4}$/i;
function acceptValue(spec, value, at) {
  if (/\s/.test(value) || WEAK_PASSWORD.test(value)) return false;
  const where = at ?? { text: value, start: 0, end: value.length };
  return rejectReason({ spec, allow: [], secret: value, text: where.text, start: where.start, end: where.end, notes: [] }) === void 0;
}
function scalarSpan(node, text2) {
  if (!(0, import_yaml3.isScalar)(node) || typeof node.value !== "string" || !node.range) return void 0;
  const scalar = node;
  const [s, e] = scalar.range;
  switch (scalar.type) {
    case "QUOTE_DOUBLE":
    case "QUOTE_SINGLE":
      return e - 1 > s + 1 ? { start: s + 1, end: e - 1 } : void 0;
    case "PLAIN":
      return e > s ? { start: s, end: e } : void 0;
    default: {
      const nl = text2.indexOf("\n", s);
      if (nl === -1 || nl >= e) return void 0;
      let start = nl + 1;
      while (start < e && (text2[start] === " " || text2[start] === "	" || text2[start] === "\n" || text2[start] === "\r")) start++;
      let end = e;
      while (end > start && /\s/.test(text2[end - 1])) end--;
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
function isGenericId(id) {
  return id.startsWith("generic.");
}
function mergeDetails(m, details, notes) {
  const out = { ...m };
  if (details && Object.keys(details).length > 0) out.details = { ...m.details, ...details };
  if (notes && notes.length > 0) out.notes = [.../* @__PURE__ */ new Set([...m.notes ?? [], ...notes])];
  return out;
}
function report(run2, hit) {
  const covering = run2.existing.filter((m) => overlaps(m, hit.span));
  const specific = covering.filter((m) => !isGenericId(m.patternId));
  const enrich = (list) => {
    for (const m of list) if (run2.ids.has(m.patternId)) run2.out.push(mergeDetails(m, hit.details, hit.notes));
  };
  if (specific.length > 0) return enrich(specific);
  if (covering.length > 0 && hit.overGeneric === false) return enrich(covering);
  if (run2.ids.has(hit.id) && hit.accept()) {
    run2.out.push(makeMatch(run2.blob, hit.id, hit.span, hit.secret, hit.details, hit.notes));
    return;
  }
  enrich(covering);
}
function makeMatch(blob, id, span, secret, details, notes) {
  const a = positionAt2(blob.lineStarts, span.start);
  const b = positionAt2(blob.lineStarts, span.end);
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
function baseName(path3) {
  const slash = path3.lastIndexOf("/");
  return slash === -1 ? path3 : path3.slice(slash + 1);
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
var SPEC = new Map(STRUCTURED_SPECS.map((s) => [s.id, s]));
function cleanDocuments(text2) {
  try {
    return (0, import_yaml4.parseAllDocuments)(text2, { uniqueKeys: false, prettyErrors: false }).filter(
      (d) => "errors" in d && d.errors.length === 0
    );
  } catch {
    return [];
  }
}
function scalarString(map, key2) {
  const v = map.get(key2, true);
  return (0, import_yaml4.isScalar)(v) && typeof v.value === "string" ? v.value : void 0;
}
function valueOf(run2, map, key2) {
  const node = map.get(key2, true);
  const span = scalarSpan(node, run2.blob.text);
  if (!span || !(0, import_yaml4.isScalar)(node) || typeof node.value !== "string") return void 0;
  return { value: node.value, span };
}
function looksLikeKubeconfig(text2) {
  return /^kind:\s*["']?Config["']?\s*$/m.test(text2) && /^users:/m.test(text2);
}
var PEM_KEY = /-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY-----\r?\n(?:[A-Za-z-]+:[^\n]*\r?\n)*(?:\r?\n)?([A-Za-z0-9+/=\r\n]{64,})-----END /;
function detectKubeconfig(run2) {
  const text2 = run2.blob.text;
  for (const doc of cleanDocuments(text2)) {
    const root = doc.contents;
    if (!(0, import_yaml4.isMap)(root) || scalarString(root, "kind") !== "Config") continue;
    const users = root.get("users", true);
    if (!(0, import_yaml4.isSeq)(users)) continue;
    for (const entry of users.items) {
      if (!(0, import_yaml4.isMap)(entry)) continue;
      const user = entry.get("user", true);
      if (!(0, import_yaml4.isMap)(user)) continue;
      const details = {};
      const name = scalarString(entry, "name");
      if (name !== void 0) details.user = name;
      const token = valueOf(run2, user, "token");
      if (token) {
        const spec = SPEC.get("kubernetes.kubeconfig-token");
        report(run2, { id: spec.id, span: token.span, secret: token.value, details, accept: () => acceptValue(spec, token.value, { text: text2, ...token.span }) });
      }
      const password = valueOf(run2, user, "password");
      if (password) {
        const spec = SPEC.get("kubernetes.kubeconfig-password");
        const username = scalarString(user, "username");
        const d = username === void 0 ? details : { ...details, username };
        report(run2, { id: spec.id, span: password.span, secret: password.value, details: d, accept: () => acceptValue(spec, password.value, { text: text2, ...password.span }) });
      }
      const keyData = valueOf(run2, user, "client-key-data");
      if (keyData) {
        const pem = decodeBase64Text(keyData.value);
        const m = pem === void 0 ? null : PEM_KEY.exec(pem);
        if (m) {
          const notes = ["decoded-from-base64"];
          if (/ENCRYPTED/.test(m[1]) || /Proc-Type:\s*4,ENCRYPTED/.test(pem)) notes.push("encrypted");
          const keyType = (m[1] ?? "").trim() || "PKCS8";
          report(run2, { id: "kubernetes.kubeconfig-client-key", span: keyData.span, secret: keyData.value, details: { ...details, keyType }, notes, accept: () => true });
        }
      }
      const provider = user.get("auth-provider", true);
      const config = (0, import_yaml4.isMap)(provider) ? provider.get("config", true) : void 0;
      if ((0, import_yaml4.isMap)(config)) {
        const refresh = valueOf(run2, config, "refresh-token");
        if (refresh) {
          const spec = SPEC.get("kubernetes.kubeconfig-refresh-token");
          report(run2, { id: spec.id, span: refresh.span, secret: refresh.value, details, accept: () => acceptValue(spec, refresh.value, { text: text2, ...refresh.span }) });
        }
      }
    }
  }
}
function looksLikeSecretManifest(text2) {
  return /^kind:\s*["']?Secret["']?\s*$/m.test(text2);
}
function detectSecretManifests(run2, scanDecoded) {
  const text2 = run2.blob.text;
  for (const doc of cleanDocuments(text2)) {
    const root = doc.contents;
    if (!(0, import_yaml4.isMap)(root) || scalarString(root, "kind") !== "Secret") continue;
    const data = root.get("data", true);
    if (!(0, import_yaml4.isMap)(data)) continue;
    const metadata = root.get("metadata", true);
    const manifestName = (0, import_yaml4.isMap)(metadata) ? scalarString(metadata, "name") : void 0;
    for (const pair of data.items) {
      const key2 = (0, import_yaml4.isScalar)(pair.key) ? String(pair.key.value) : void 0;
      const keyStart = nodeStart(pair.key);
      const valueSpan = scalarSpan(pair.value, text2);
      if (key2 === void 0 || keyStart === void 0 || !valueSpan || !(0, import_yaml4.isScalar)(pair.value)) continue;
      const decoded = decodeBase64Text(String(pair.value.value));
      if (decoded === void 0) continue;
      const span = { start: keyStart, end: valueSpan.end };
      const details = { dataKey: key2 };
      if (manifestName !== void 0) details.secretName = manifestName;
      const found = scanDecoded(decoded, key2);
      for (const m of found) {
        if (!run2.ids.has(m.patternId)) continue;
        const moved = makeMatch(run2.blob, m.patternId, span, m.secret, { ...m.details, ...details }, [
          .../* @__PURE__ */ new Set([...m.notes ?? [], "decoded-from-base64"])
        ]);
        if (m.kindOverride) moved.kindOverride = m.kindOverride;
        if (m.severityOverride) moved.severityOverride = m.severityOverride;
        moved.checksum = m.checksum;
        run2.out.push(moved);
      }
      if (found.length > 0 || /[\r\n]/.test(decoded.trim())) continue;
      const spec = SPEC.get("kubernetes.secret-data");
      const value = decoded.trim();
      if (!run2.ids.has(spec.id) || secretName(key2) === void 0) continue;
      if (!acceptValue(secretName(key2) === "password" ? { ...spec, minEntropy: 2.5 } : spec, value)) continue;
      run2.out.push(makeMatch(run2.blob, spec.id, span, value, details, ["decoded-from-base64"]));
    }
  }
}

// src/detect/structured-json.ts
function jsonRoot(text2) {
  try {
    JSON.parse(text2);
  } catch {
    return void 0;
  }
  const root = cleanDocuments(text2)[0]?.contents;
  return (0, import_yaml5.isMap)(root) ? root : void 0;
}
function isDockerConfigPath(path3) {
  const name = baseName(path3).toLowerCase();
  return name === "config.json" || name === ".dockerconfigjson" || name === ".dockercfg" || name.endsWith(".json") && name.includes("docker");
}
var DOCKER_PASSWORD = passwordSpec("docker.config-auth");
function detectDockerConfig(run2) {
  const root = jsonRoot(run2.blob.text);
  if (!root) return;
  let auths = root.get("auths", true);
  if (!(0, import_yaml5.isMap)(auths) && baseName(run2.blob.path) === ".dockercfg") auths = root;
  if (!(0, import_yaml5.isMap)(auths)) return;
  for (const pair of auths.items) {
    if (!(0, import_yaml5.isScalar)(pair.key) || !(0, import_yaml5.isMap)(pair.value)) continue;
    const registry = String(pair.key.value);
    const entry = pair.value;
    const authNode = entry.get("auth", true);
    const authSpan = scalarSpan(authNode, run2.blob.text);
    if (authSpan && (0, import_yaml5.isScalar)(authNode)) {
      const value = String(authNode.value);
      const decoded = decodeUserPassword(value);
      if (decoded) {
        const details = { registry, username: decoded.username };
        const inside = run2.rescan(decoded.password).map((m) => m.patternId);
        if (inside.length > 0) details.passwordFormat = [...new Set(inside)].join(",");
        report(run2, {
          id: "docker.config-auth",
          span: authSpan,
          secret: value,
          details,
          notes: ["decoded-from-base64"],
          accept: () => inside.length > 0 || acceptValue(DOCKER_PASSWORD, decoded.password)
        });
      }
    }
    const tokenNode = entry.get("identitytoken", true);
    const tokenSpan = scalarSpan(tokenNode, run2.blob.text);
    if (tokenSpan && (0, import_yaml5.isScalar)(tokenNode)) {
      const value = String(tokenNode.value);
      report(run2, {
        id: "docker.config-identity-token",
        span: tokenSpan,
        secret: value,
        details: { registry },
        accept: () => acceptValue({ ...DOCKER_PASSWORD, id: "docker.config-identity-token", minEntropy: 3.5 }, value)
      });
    }
  }
}
function looksLikeServiceAccountKey(text2) {
  return /"type"\s*:\s*"service_account"/.test(text2) && text2.includes('"private_key"');
}
function detectServiceAccountKey(run2) {
  const root = jsonRoot(run2.blob.text);
  if (!root) return;
  const str2 = (k) => {
    const v = root.get(k, true);
    return (0, import_yaml5.isScalar)(v) && typeof v.value === "string" ? v.value : void 0;
  };
  if (str2("type") !== "service_account") return;
  const keyNode = root.get("private_key", true);
  const span = scalarSpan(keyNode, run2.blob.text);
  if (!span) return;
  const details = {};
  for (const [k, d] of [["project_id", "projectId"], ["client_email", "clientEmail"], ["private_key_id", "keyId"]]) {
    const v = str2(k);
    if (v !== void 0) details[d] = v;
  }
  report(run2, { id: "gcp.service-account-key", span, secret: "", details, accept: () => false });
}

// src/detect/structured-text.ts
var import_yaml6 = __toESM(require_dist(), 1);
var SPEC2 = new Map(STRUCTURED_SPECS.map((s) => [s.id, s]));
var NETRC_PASSWORD = passwordSpec("netrc.password");
var URL_PASSWORD = passwordSpec("url.basic-credentials");
function detectNetrc(run2) {
  const text2 = run2.blob.text;
  const tokens = [];
  const re = /\S+/g;
  let m;
  while ((m = re.exec(text2)) !== null) {
    tokens.push({ value: m[0], start: m.index });
    if (m[0] === "macdef") {
      const name = re.exec(text2);
      if (name === null) break;
      const blank = text2.slice(re.lastIndex).search(/\r?\n[ \t]*\r?\n/);
      if (blank === -1) break;
      re.lastIndex += blank + 1;
    }
  }
  let host;
  let login;
  const pending = [];
  const flush = () => {
    for (const p of pending) {
      const details = { host: p.host ?? "default" };
      if (login !== void 0) details.login = login;
      report(run2, { id: "netrc.password", span: p.span, secret: p.value, details, accept: () => acceptValue(NETRC_PASSWORD, p.value, { text: text2, ...p.span }) });
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
function detectGitCredentials(run2) {
  const text2 = run2.blob.text;
  const re = /^[ \t]*[a-z][a-z0-9+.-]*:\/\/([^:@/\s]*):([^@\s]+)@([^/\s?#]+)/dgim;
  let m;
  while ((m = re.exec(text2)) !== null) {
    const [s, e] = m.indices[2];
    const value = m[2];
    const details = { host: m[3], username: decodeURIComponentSafe(m[1]) };
    report(run2, { id: "url.basic-credentials", span: { start: s, end: e }, secret: value, details, accept: () => acceptValue(URL_PASSWORD, value, { text: text2, start: s, end: e }) });
  }
}
function decodeURIComponentSafe(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
function iniEntries(text2, colon) {
  const out = [];
  let section = "";
  const re = colon ? /^[ \t]*(?:\[([^\]\r\n]+)\]|([^\s#;=:[][^=:\r\n]*?)[ \t]*[=:][ \t]*(.*?))[ \t]*\r?$/dgm : /^[ \t]*(?:\[([^\]\r\n]+)\]|([^\s#;=[][^=\r\n]*?)[ \t]*=[ \t]*(.*?))[ \t]*\r?$/dgm;
  let m;
  while ((m = re.exec(text2)) !== null) {
    if (m[0].length === 0) re.lastIndex++;
    if (m[1] !== void 0) section = m[1].trim();
    else if (m[2] !== void 0 && m[3] !== void 0 && m[3] !== "") {
      const [s, e] = m.indices[3];
      out.push({ section, key: m[2].trim(), value: m[3], span: { start: s, end: e } });
    }
  }
  return out;
}
function detectPypirc(run2) {
  const text2 = run2.blob.text;
  const spec = SPEC2.get("pypi.pypirc-password");
  const entries2 = iniEntries(text2, true);
  for (const e of entries2) {
    if (e.key.toLowerCase() !== "password" || e.section === "" || e.section === "distutils") continue;
    const username = entries2.find((u) => u.section === e.section && u.key.toLowerCase() === "username")?.value;
    const details = { repository: e.section };
    if (username !== void 0) details.username = username;
    report(run2, { id: spec.id, span: e.span, secret: e.value, details, accept: () => acceptValue(spec, e.value, { text: text2, ...e.span }) });
  }
}
function unquote(value, span) {
  const q = value[0];
  if ((q === '"' || q === "'") && value.length >= 2 && value.endsWith(q)) {
    return { value: value.slice(1, -1), span: { start: span.start + 1, end: span.end - 1 } };
  }
  return { value, span };
}
function detectNpmrc(run2) {
  const text2 = run2.blob.text;
  const entries2 = iniEntries(text2, false);
  for (const raw of entries2) {
    const m = /^(.*?):?(_auth|_password|_authToken)$/.exec(raw.key);
    if (!m) continue;
    const { value, span } = unquote(raw.value, raw.span);
    const prefix = m[1];
    const registry = prefix === "" ? "default" : prefix;
    if (m[2] === "_auth") {
      const decoded = decodeUserPassword(value);
      if (!decoded) continue;
      report(run2, {
        id: "npm.npmrc-auth",
        span,
        secret: value,
        details: { registry, username: decoded.username },
        notes: ["decoded-from-base64"],
        accept: () => acceptValue(passwordSpec("npm.npmrc-auth"), decoded.password)
      });
    } else if (m[2] === "_password") {
      const password = decodeBase64Text(value);
      if (password === void 0 || /[\r\n]/.test(password)) continue;
      const user = entries2.find((u) => u.key === (prefix === "" ? "username" : `${prefix}:username`));
      const details = { registry };
      if (user) details.username = unquote(user.value, user.span).value;
      report(run2, { id: "npm.npmrc-password", span, secret: value, details, notes: ["decoded-from-base64"], accept: () => acceptValue(passwordSpec("npm.npmrc-password"), password) });
    } else {
      const spec = SPEC2.get("npm.npmrc-auth-token");
      report(run2, { id: spec.id, span, secret: value, details: { registry }, accept: () => acceptValue(spec, value, { text: text2, ...span }) });
    }
  }
}
var RESOURCE_NAME = /^(?:arn:|[a-z][a-z0-9-]*(?:\/[a-z0-9][a-z0-9._-]*)+$)/;
function assignmentHit(run2, id, name, value, span, details, force = false) {
  const kind = secretName(name);
  if (kind === void 0 && !force) return;
  if (value.includes("://") || /^(?:\/|~\/|\.\.?\/)/.test(value) || RESOURCE_NAME.test(value)) return;
  const base = SPEC2.get(id);
  const spec = kind === "password" ? { ...base, minEntropy: 2.5 } : base;
  report(run2, { id, span, secret: value, details, overGeneric: false, accept: () => acceptValue(spec, value, { text: run2.blob.text, ...span }) });
}
function detectDotenv(run2) {
  const text2 = run2.blob.text;
  const re = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=[ \t]*([^\r\n]*)/dgm;
  let m;
  while ((m = re.exec(text2)) !== null) {
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
    assignmentHit(run2, "dotenv.secret-assignment", m[1], value, { start: vs, end: vs + value.length }, { variable: m[1] });
  }
}
function blockEnd(text2, open) {
  let depth = 0;
  for (let i = open; i < text2.length; i++) {
    const c = text2[i];
    if (c === '"') {
      for (i++; i < text2.length && text2[i] !== '"' && text2[i] !== "\n"; i++) if (text2[i] === "\\") i++;
    } else if (c === "#" || c === "/" && text2[i + 1] === "/") {
      while (i < text2.length && text2[i] !== "\n") i++;
    } else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return i;
  }
  return text2.length;
}
function detectTerraform(run2) {
  const text2 = run2.blob.text;
  const path3 = run2.blob.path.toLowerCase();
  const id = "terraform.variable-secret";
  if (path3.endsWith(".tfvars.json")) {
    const root = jsonRoot(text2);
    for (const pair of root?.items ?? []) {
      const span = scalarSpan(pair.value, text2);
      if (!span || !(0, import_yaml6.isScalar)(pair.key) || !(0, import_yaml6.isScalar)(pair.value) || typeof pair.value.value !== "string") continue;
      const name = String(pair.key.value);
      assignmentHit(run2, id, name, pair.value.value, span, { variable: name });
    }
    return;
  }
  if (path3.endsWith(".tfvars")) {
    const re = /^[ \t]*([A-Za-z_][\w-]*)[ \t]*=[ \t]*"((?:[^"\\\r\n]|\\.)*)"/dgm;
    let m;
    while ((m = re.exec(text2)) !== null) {
      const [s, e] = m.indices[2];
      if (e > s) assignmentHit(run2, id, m[1], m[2], { start: s, end: e }, { variable: m[1] });
    }
    return;
  }
  const head = /^[ \t]*variable[ \t]+"([^"\r\n]+)"[ \t]*\{/gm;
  let v;
  while ((v = head.exec(text2)) !== null) {
    const open = v.index + v[0].length - 1;
    const body = text2.slice(open, blockEnd(text2, open));
    const sensitive = /^[ \t]*sensitive[ \t]*=[ \t]*true\b/m.test(body);
    const d = /^[ \t]*default[ \t]*=[ \t]*"((?:[^"\\\r\n]|\\.)*)"/dm.exec(body);
    if (!d || d[1] === "") continue;
    const [s, e] = d.indices[1];
    assignmentHit(run2, id, v[1], d[1], { start: open + s, end: open + e }, { variable: v[1] }, sensitive);
  }
}

// src/detect/structured.ts
var CODE_OR_DOC_EXT = /\.(?:js|mjs|cjs|ts|tsx|jsx|py|rb|go|java|json|ya?ml|md|txt|sh|toml)$/;
function isDotenvName(name) {
  if (name === ".env" || name === ".envrc" || name.endsWith(".env")) return true;
  return name.startsWith(".env.") && !CODE_OR_DOC_EXT.test(name);
}
function isYamlish(path3, context) {
  const lower = path3.toLowerCase();
  const name = baseName(lower);
  return lower.endsWith(".yaml") || lower.endsWith(".yml") || context === "kubernetes" || name.includes("kubeconfig") || name === "config" && lower.includes(".kube/");
}
function parsersFor(path3, text2, context) {
  const name = baseName(path3).toLowerCase();
  const lower = path3.toLowerCase();
  const out = [];
  if (name === ".netrc" || name === "_netrc") out.push(detectNetrc);
  if (name === ".git-credentials" || name === "git-credentials") out.push(detectGitCredentials);
  if (name === ".pypirc") out.push(detectPypirc);
  if (name === ".npmrc" || name === "npmrc") out.push(detectNpmrc);
  if (isDotenvName(name)) out.push(detectDotenv);
  if (lower.endsWith(".tf") || lower.endsWith(".tfvars") || lower.endsWith(".tfvars.json")) out.push(detectTerraform);
  if (isDockerConfigPath(path3) && (text2.includes('"auths"') || name === ".dockercfg")) out.push(detectDockerConfig);
  if (lower.endsWith(".json") && looksLikeServiceAccountKey(text2)) out.push(detectServiceAccountKey);
  if (isYamlish(path3, context)) {
    if (looksLikeKubeconfig(text2)) out.push(detectKubeconfig);
    if (looksLikeSecretManifest(text2)) out.push((run2, nested) => detectSecretManifests(run2, nested));
  }
  return out;
}
function structuredApplies(path3, context) {
  const name = baseName(path3).toLowerCase();
  const lower = path3.toLowerCase();
  return [".netrc", "_netrc", ".git-credentials", "git-credentials", ".pypirc", ".npmrc", "npmrc"].includes(name) || isDotenvName(name) || /\.(?:tf|tfvars|tfvars\.json|json)$/.test(lower) || name === ".dockercfg" || name === ".dockerconfigjson" || isYamlish(path3, context);
}
function lineStartsOf(text2) {
  const starts = [0];
  for (let i = 0; i < text2.length; i++) {
    const c = text2.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text2.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}
var MAX_DEPTH = 2;
function runParsers(blob, context, ids, rescan, existing, depth) {
  const parsers = parsersFor(blob.path, blob.text, context);
  if (parsers.length === 0) return [];
  const run2 = { blob, ids, rescan, existing: existing ?? rescan(blob.text), out: [] };
  const nested = (text2, name) => {
    const inner = { path: name, text: text2, lineStarts: lineStartsOf(text2), encoding: "utf-8", bytes: Buffer.byteLength(text2) };
    const base = rescan(text2);
    if (depth >= MAX_DEPTH) return base;
    return mergeStructured(base, runParsers(inner, void 0, ids, rescan, base, depth + 1));
  };
  for (const parse3 of parsers) {
    try {
      parse3(run2, nested);
    } catch {
    }
  }
  return run2.out;
}
function detectStructured(blob, context, ids, rescan, existing) {
  const b = blob.lineStarts.length > 0 ? blob : { ...blob, lineStarts: lineStartsOf(blob.text) };
  return runParsers(b, context, ids, rescan, existing, 0);
}
var keyOf = (m) => `${m.patternId}\0${m.start}\0${m.end}`;
function mergeStructured(base, structured) {
  if (structured.length === 0) return base;
  const byKey = /* @__PURE__ */ new Map();
  for (const m of structured) byKey.set(keyOf(m), m);
  const baseKeys = new Set(base.map(keyOf));
  const added = [...byKey.values()].filter((m) => !baseKeys.has(keyOf(m)));
  const specific = [...byKey.values()].filter((m) => !isGenericId(m.patternId));
  const out = [];
  for (const m of base) {
    const replacement = byKey.get(keyOf(m));
    if (replacement) out.push(replacement);
    else if (!(isGenericId(m.patternId) && specific.some((a) => a.start < m.end && m.start < a.end))) out.push(m);
  }
  out.push(...added);
  return out.sort((a, b) => a.start - b.start || (a.patternId < b.patternId ? -1 : a.patternId > b.patternId ? 1 : 0));
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
function splitPath(path3) {
  const segs = path3.replace(/\\/g, "/").replace(/^(?:\.\/)+/, "").split("/").filter((s) => s !== "" && s !== ".");
  const base = segs.pop() ?? "";
  const lower = base.toLowerCase();
  const dot = lower.lastIndexOf(".");
  const ext = dot > 0 ? lower.slice(dot + 1) : "";
  return { dirs: segs.map((s) => s.toLowerCase()), base, lower, ext };
}
function hasDirRun(dirs, run2) {
  for (let i = 0; i + run2.length <= dirs.length; i++) {
    if (run2.every((seg, j) => dirs[i + j] === seg)) return true;
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
    (p) => CI_BASENAMES.has(p.lower) || p.lower.startsWith("jenkinsfile.") || p.ext === "jenkinsfile" || /^azure-pipelines[-.][\w.-]*\.ya?ml$/.test(p.lower) || isYaml(p) && CI_DIRS.some((run2) => hasDirRun(p.dirs, run2))
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
function detectContext(path3, head) {
  const parts = splitPath(path3);
  const text2 = head === void 0 ? "" : head.slice(0, HEAD_BYTES);
  const rule = RULES.find(([, test]) => test(parts, text2));
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
function findDirectives(text2, lineStarts) {
  const out = /* @__PURE__ */ new Map();
  let hits;
  for (const probe of PROBES) {
    for (let i = text2.indexOf(probe); i !== -1; i = text2.indexOf(probe, i + probe.length)) {
      (hits ??= []).push(i);
    }
  }
  if (!hits) return out;
  hits.sort((a, b) => a - b);
  for (const at of hits) {
    const d = parseAt(text2, at);
    if (!d) continue;
    const line = lineAt3(lineStarts, at);
    const directive = { line, appliesTo: d.next ? line + 1 : line, form: d.form, used: false };
    if (d.patternId) directive.patternId = d.patternId;
    if (d.reason) directive.reason = d.reason;
    const list = out.get(directive.appliesTo);
    if (list) list.push(directive);
    else out.set(directive.appliesTo, [directive]);
  }
  return out;
}
function parseAt(text2, at) {
  const ch = text2.charCodeAt(at);
  if (ch === 107) {
    const m = exec(KEYSHIFT, text2, at);
    if (!m) return void 0;
    return { form: `keyshift:${m[1]}`, next: m[1] === "allow-next-line", ...parseTail(m[2] ?? "") };
  }
  if (ch === 112) {
    const m = exec(PRAGMA, text2, at);
    if (!m) return void 0;
    return m[1] ? { form: "pragma: allowlist nextline secret", next: true } : { form: "pragma: allowlist secret", next: false };
  }
  if (ch === 115) {
    const m = exec(SECRETLINT, text2, at);
    if (!m) return void 0;
    return { form: `secretlint-disable-${m[1]}`, next: m[1] === "next-line" };
  }
  if (ch === 103) return exec(GITLEAKS, text2, at) ? { form: "gitleaks:allow", next: false } : void 0;
  if (ch === 116) return exec(TRUFFLEHOG, text2, at) ? { form: "trufflehog:ignore", next: false } : void 0;
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
function exec(re, text2, at) {
  re.lastIndex = at;
  return re.exec(text2);
}
function lineAt3(lineStarts, offset) {
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
var STRUCTURED_IDS = new Set(STRUCTURED_SPECS.map((s) => s.id));
function isPostureId(id) {
  return id.startsWith("posture.");
}
function isStructuralId(id) {
  return isPostureId(id) || STRUCTURED_IDS.has(id);
}
function createEngine(patterns) {
  return {
    compiled: compileCatalog(patterns.filter((p) => !isStructuralId(p.id))),
    postureIds: new Set(patterns.filter((p) => isPostureId(p.id)).map((p) => p.id)),
    activeIds: new Set(patterns.map((p) => p.id))
  };
}
function detectAll(blob, context, engine) {
  let matches = detectMatches(blob, engine.compiled, {
    lockfile: isLockfile(blob.path),
    minified: isMinified(blob.path, blob.text)
  });
  if (engine.postureIds.size > 0 && POSTURE_CONTEXTS.has(context)) {
    matches = [...matches, ...detectPosture(blob, context, engine.postureIds)].sort((a, b) => a.start - b.start || (a.patternId < b.patternId ? -1 : 1));
  }
  if (structuredApplies(blob.path, context)) {
    const rescan = (t) => detectMatches({ path: "decoded.txt", text: t, lineStarts: lineIndex(t), encoding: "utf-8", bytes: t.length }, engine.compiled, { lockfile: false, minified: false });
    matches = mergeStructured(matches, detectStructured(blob, context, engine.activeIds, rescan, matches));
  }
  return matches;
}
function createFileProcessor(patterns, opts) {
  const engine = createEngine(patterns);
  return (item) => processItem(item, engine, opts);
}
function processItem(item, engine, opts) {
  const blobOrSkip = readBlob(item, { maxFileSize: opts.maxFileSize });
  if ("reason" in blobOrSkip) {
    const { context: context2, pathRole: pathRole2 } = detectContext(item.path);
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
if (parentPort && workerData?.keyshiftWorker) {
  const port = parentPort;
  const process2 = createFileProcessor(workerData.patterns, workerData.options);
  port.on("message", (msg) => {
    const out = [];
    for (const item of msg.items) {
      try {
        out.push(process2(item));
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

// src/model/secret.ts
import { createHash } from "node:crypto";
import { inspect } from "node:util";
var REDACTED_MIN = 8;
function redact(value) {
  const shown = value.length >= 24 ? 4 : value.length >= REDACTED_MIN ? 2 : 0;
  const head = value.slice(0, shown).replace(/[^\x20-\x7e]/g, "?");
  return `${head}\u2026[${value.length}]`;
}
function fingerprint(patternId, value) {
  return createHash("sha256").update(patternId).update("\0").update(value).digest("hex").slice(0, 32);
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

// src/classify/classify.ts
init_types();

// src/classify/jwt.ts
var B64URL = /^[A-Za-z0-9_-]+={0,2}$/;
var B64URL_OR_EMPTY = /^[A-Za-z0-9_-]*={0,2}$/;
function decodeObject(segment) {
  if (!B64URL.test(segment)) return void 0;
  let value;
  try {
    value = JSON.parse(Buffer.from(segment.replace(/=+$/, ""), "base64url").toString("utf8"));
  } catch {
    return void 0;
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) return void 0;
  return value;
}
function decodeJwtParts(token) {
  const parts = token.trim().split(".");
  if (parts.length !== 3) return void 0;
  const [h, p, sig] = parts;
  if (!B64URL_OR_EMPTY.test(sig)) return void 0;
  const header = decodeObject(h);
  if (!header || typeof header.alg !== "string" || header.alg === "") return void 0;
  const payload = decodeObject(p);
  if (!payload) return void 0;
  return { header, payload };
}
var str = (v) => typeof v === "string" ? v : void 0;
var num = (v) => typeof v === "number" && Number.isFinite(v) ? v : void 0;
function decodeJwt(token, nowSeconds) {
  const parts = decodeJwtParts(token);
  if (!parts) return void 0;
  const { header, payload } = parts;
  const info = { alg: header.alg };
  const iss = str(payload.iss);
  if (iss !== void 0) info.iss = iss;
  const aud = Array.isArray(payload.aud) ? payload.aud.filter((a) => typeof a === "string").join(",") : str(payload.aud);
  if (aud !== void 0) info.aud = aud;
  const sub = str(payload.sub);
  if (sub !== void 0) info.sub = sub;
  const iat = num(payload.iat);
  if (iat !== void 0) info.iat = iat;
  const exp = num(payload.exp);
  if (exp !== void 0) {
    info.exp = exp;
    if (iat !== void 0) info.lifetimeSeconds = exp - iat;
    const now = nowSeconds ?? Math.floor(Date.now() / 1e3);
    info.expired = exp <= now;
  }
  return info;
}

// src/classify/classify.ts
var ALG_NONE_SEVERITY = "low";
var SHORT_LIVED_MAX_SECONDS = 24 * 60 * 60;
var LONG_LIVED_MIN_SECONDS = 365 * 24 * 60 * 60;
var PIPELINE_CONTEXTS = /* @__PURE__ */ new Set([
  "github-workflow",
  "gitlab-ci",
  "other-ci",
  "dockerfile",
  "compose",
  "terraform",
  "kubernetes",
  "helm-values"
]);
var CONFIG_FILE_CONTEXTS = /* @__PURE__ */ new Set([
  ...PIPELINE_CONTEXTS,
  "dotenv",
  "package-config",
  "config"
]);
var CLOUD_PROVIDERS = /* @__PURE__ */ new Set(["aws", "gcp", "google", "azure"]);
var STATIC_KINDS = /* @__PURE__ */ new Set(["long-lived-credential", "static-key", "private-key"]);
var LONG_LIVED_NHI7 = /* @__PURE__ */ new Set(["long-lived-credential", "refresh-token", "private-key"]);
var BUMPED_IN_PIPELINE = /* @__PURE__ */ new Set(["long-lived-credential", "static-key"]);
var CRYPTO_KEY_TAGS = ["crypto-key", "signing-key", "encryption-key"];
var CRYPTO_KEY_ID = /(?:signing|encryption|hmac|jwt)[-_.]?(?:secret|key)/;
var PAT_ID = /(?:^|[.\-_])pat(?:$|[.\-_])/;
var JWT_IO_SIGNATURE = "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
function bumpSeverity(sev, delta) {
  const i = Math.min(SEVERITIES.length - 1, Math.max(0, SEVERITIES.indexOf(sev) + delta));
  return SEVERITIES[i];
}
function looksLowEntropy(entropy, length) {
  if (length < 2) return true;
  return entropy < 0.75 * Math.log2(Math.min(length, 64));
}
function cweNumber(id) {
  const n = Number(/(\d+)/.exec(id)?.[1]);
  return Number.isFinite(n) ? n : Number.MAX_SAFE_INTEGER;
}
function sortIds(ids, key2) {
  return [...new Set(ids)].sort((a, b) => key2(a) - key2(b) || a.localeCompare(b));
}
var nhiNumber = (id) => Number(/^NHI(\d+)/.exec(id)?.[1] ?? Number.MAX_SAFE_INTEGER);
function applyJwtRules(secret, kind, severity, confidence, notes, nowSeconds) {
  const jwt = decodeJwt(secret, nowSeconds);
  const parts = decodeJwtParts(secret);
  if (!jwt || !parts) {
    notes.push("jwt-undecodable");
    return { kind, severity, confidence: "low", expired: false, sample: false };
  }
  if (kind !== "refresh-token" && kind !== "private-key") {
    const k8s = parts.payload["kubernetes.io"];
    const warnafter = k8s && typeof k8s === "object" && typeof k8s.warnafter === "number" ? k8s.warnafter : void 0;
    const lifetime = warnafter !== void 0 && jwt.iat !== void 0 ? warnafter - jwt.iat : jwt.lifetimeSeconds;
    if (jwt.exp === void 0) {
      kind = "long-lived-credential";
      notes.push("no-expiry");
    } else if (lifetime !== void 0 && lifetime <= SHORT_LIVED_MAX_SECONDS) {
      kind = "short-lived-token";
      severity = "medium";
      notes.push("short-lived");
    } else if (lifetime !== void 0 && lifetime >= LONG_LIVED_MIN_SECONDS) {
      kind = "long-lived-credential";
    }
  }
  if (jwt.alg?.toLowerCase() === "none") {
    severity = ALG_NONE_SEVERITY;
    notes.push("alg-none");
  }
  const expired = jwt.expired === true;
  if (expired) {
    severity = bumpSeverity(severity, -1);
    notes.push("expired");
  }
  const p = parts.payload;
  const sample = p.sub === "1234567890" && p.name === "John Doe" || secret.trim().split(".")[2] === JWT_IO_SIGNATURE;
  if (sample) {
    confidence = "low";
    notes.push("documentation-sample");
  }
  return { kind, severity, confidence, jwt, expired, sample };
}
function classifyMatch(match, spec, file, opts = {}) {
  const notes = [...match.notes ?? []];
  let kind = match.kindOverride ?? spec.kind;
  let severity = match.severityOverride ?? spec.severity;
  let confidence = spec.confidence;
  let jwt;
  let demoted = false;
  if (spec.decoder === "jwt") {
    const out = applyJwtRules(match.secret, kind, severity, confidence, notes, opts.nowSeconds);
    ({ kind, severity, confidence, jwt } = out);
    demoted ||= out.expired || out.sample;
  }
  if (spec.publishable) {
    severity = "low";
    notes.push("publishable");
    demoted = true;
  }
  if (file.pathRole === "test" || file.pathRole === "docs") {
    const placeholder = notes.some((n) => n.includes("placeholder"));
    const fakeLooking = match.checksum === "invalid" || match.checksum !== "valid" && (placeholder || looksLowEntropy(match.entropy, match.secret.length));
    if (fakeLooking) {
      severity = bumpSeverity(severity, -1);
      confidence = "low";
      notes.push("likely-sample");
      demoted = true;
    }
  }
  const inPipeline = PIPELINE_CONTEXTS.has(file.context);
  if (inPipeline) {
    notes.push("in-pipeline");
    if (!demoted && BUMPED_IN_PIPELINE.has(kind)) severity = bumpSeverity(severity, 1);
  }
  const idAndTags = [spec.id.toLowerCase(), ...spec.tags.map((t) => t.toLowerCase())];
  const nhi = ["NHI2"];
  if (inPipeline && STATIC_KINDS.has(kind) && CLOUD_PROVIDERS.has(spec.provider.toLowerCase())) nhi.push("NHI6");
  if (LONG_LIVED_NHI7.has(kind)) nhi.push("NHI7");
  if (PAT_ID.test(spec.id.toLowerCase()) || spec.tags.some((t) => t.toLowerCase() === "personal")) nhi.push("NHI10");
  const cwe = ["CWE-798", ...spec.cwe];
  const configFile = CONFIG_FILE_CONTEXTS.has(file.context);
  const inUrl = spec.decoder === "url-credentials" || spec.decoder === "basic-auth";
  const password = inUrl || idAndTags.some((s) => s.includes("password"));
  if (kind === "private-key" || spec.tags.some((t) => CRYPTO_KEY_TAGS.includes(t.toLowerCase())) || CRYPTO_KEY_ID.test(spec.id.toLowerCase())) {
    cwe.push("CWE-321");
  }
  if (inUrl || configFile) cwe.push("CWE-522");
  if (password && configFile) cwe.push("CWE-256", "CWE-260");
  if (password && file.context === "code") cwe.push("CWE-259");
  const finding = {
    ruleId: spec.id,
    ruleName: spec.name,
    provider: spec.provider,
    kind,
    severity,
    confidence,
    path: file.path,
    line: match.line,
    column: match.column,
    endLine: match.endLine,
    endColumn: match.endColumn,
    fingerprint: fingerprint(spec.id, match.secret),
    preview: redact(match.secret),
    secretLength: match.secret.length,
    context: file.context,
    pathRole: file.pathRole,
    checksum: match.checksum,
    entropy: match.entropy,
    notes: [...new Set(notes)],
    nhi: sortIds(nhi, nhiNumber),
    cwe: sortIds(cwe, cweNumber),
    suppressions: [],
    secret: new Secret(match.secret)
  };
  if (jwt) finding.jwt = jwt;
  if (match.details) finding.details = { ...match.details };
  if (file.commit) finding.commit = { ...file.commit };
  return finding;
}
function markReuse(findings) {
  const locations = /* @__PURE__ */ new Map();
  for (const f2 of findings) {
    let set = locations.get(f2.fingerprint);
    if (!set) locations.set(f2.fingerprint, set = /* @__PURE__ */ new Set());
    set.add(`${f2.path}\0${f2.context}`);
  }
  for (const f2 of findings) {
    const n = locations.get(f2.fingerprint)?.size ?? 0;
    f2.notes = f2.notes.filter((note) => !note.startsWith("reused:"));
    if (n > 1) {
      f2.notes.push(`reused:${n}-locations`);
      if (!f2.nhi.includes("NHI9")) f2.nhi = sortIds([...f2.nhi, "NHI9"], nhiNumber);
    }
  }
}

// src/migrate/suggest.ts
init_types();
var CONTEXT_LABELS = {
  "github-workflow": "GitHub Actions workflow",
  "gitlab-ci": "GitLab CI",
  "other-ci": "other CI systems",
  dockerfile: "Dockerfile",
  compose: "Compose file",
  kubernetes: "Kubernetes manifest",
  "helm-values": "Helm values",
  terraform: "Terraform",
  dotenv: ".env file",
  "package-config": "package-manager config (.npmrc, .pypirc, .netrc, docker config.json)",
  code: "application code",
  config: "config file",
  docs: "documentation",
  other: "other files"
};
var FIX_LEAK_PATH = "short-lived-fix-leak-path";
var NO_FEDERATION_FALLBACK = "saas-secrets-manager";
var KIND_FALLBACK = {
  "short-lived-token": FIX_LEAK_PATH,
  "private-key": "private-key-short-lived-certs",
  "refresh-token": "refresh-token-exchange"
};
var PROVIDER_FALLBACK = {
  aws: "aws-oidc",
  gcp: "gcp-workload-identity",
  google: "gcp-workload-identity",
  azure: "azure-federated-identity",
  github: "github-app",
  gitlab: "gitlab-ci-job-token",
  bitbucket: "bitbucket-oidc",
  npm: "npm-trusted-publishing",
  pypi: "pypi-trusted-publishing",
  rubygems: "rubygems-trusted-publishing",
  nuget: "nuget-trusted-publishing",
  crates: "crates-trusted-publishing",
  docker: "docker-registry-oidc",
  dockerhub: "docker-registry-oidc",
  vault: "vault-jwt-auth",
  hashicorp: "vault-jwt-auth",
  terraform: "terraform-dynamic-credentials",
  kubernetes: "kubernetes-projected-token",
  slack: "slack-app-rotation",
  jwt: "jwt-short-lived"
};
function resolveMigration(input, entries2) {
  const named = input.key !== void 0 ? entries2.get(input.key) : void 0;
  if (input.kind === "short-lived-token" && named?.replacement !== "fix-leak-path") {
    const leak = entries2.get(FIX_LEAK_PATH);
    if (leak) return leak;
  }
  if (named) return named;
  const byKind = KIND_FALLBACK[input.kind];
  if (byKind && entries2.has(byKind)) return entries2.get(byKind);
  const byProvider = PROVIDER_FALLBACK[input.provider.toLowerCase()];
  if (byProvider && entries2.has(byProvider)) return entries2.get(byProvider);
  return entries2.get(NO_FEDERATION_FALLBACK);
}
function suggestMigration(finding, entries2, key2) {
  const detailKey = finding.details?.["migration"];
  const entry = resolveMigration(
    { kind: finding.kind, provider: finding.provider, key: key2 ?? (typeof detailKey === "string" ? detailKey : void 0) },
    entries2
  );
  if (!entry) return genericSuggestion(finding);
  const vars = { path: finding.path, provider: finding.provider, ruleId: finding.ruleId };
  const variantName = entry.contexts[finding.context] ? finding.context : "default";
  const merged = mergeVariant(entry, entry.contexts[finding.context]);
  const steps = [...jwtNotes(finding, entry), ...merged.steps].map((s) => fill(s, vars));
  const suggestion = {
    key: entry.key,
    variant: variantName,
    summary: fill(merged.summary, vars),
    steps,
    references: merged.references
  };
  if (merged.snippet !== void 0) suggestion.snippet = fill(merged.snippet, vars);
  return suggestion;
}
function ruleHelp(spec, entries2) {
  const entry = resolveMigration({ kind: spec.kind, provider: spec.provider, key: spec.migration }, entries2);
  const prose = { path: "the file", provider: spec.provider, ruleId: spec.id };
  const code2 = { path: "<file>", provider: spec.provider, ruleId: spec.id };
  const head = `${spec.name} (${spec.id}): ${spec.kind}, default severity ${spec.severity}.`;
  const refs = unique([...entry?.references ?? [], ...spec.references]);
  if (!entry) {
    const text3 = `${head}
No migration guidance is available for key '${spec.migration}'. Rotate the credential and keep it in a secrets manager.`;
    return { text: text3, markdown: `${escapeMd(head)}

${escapeMd(text3.split("\n")[1] ?? "")}` };
  }
  const summary = fill(entry.summary, prose);
  const steps = entry.steps.map((s) => fill(s, prose));
  const snippet = entry.snippet !== void 0 ? fill(entry.snippet, code2) : void 0;
  const variants = variantList(entry);
  const text2 = [head, "", `Replace with: ${entry.title}`, summary, "", "Steps:"];
  steps.forEach((s, i) => text2.push(`  ${i + 1}. ${s}`));
  if (snippet !== void 0) text2.push("", "Example:", indent(snippet, "    "));
  if (variants.length > 0) {
    text2.push("", `Each result carries the variant for its file context: ${variants.map((c) => CONTEXT_LABELS[c]).join(", ")}.`);
  }
  if (refs.length > 0) text2.push("", "References:", ...refs.map((r) => `  - ${r}`));
  const md = [
    `**${escapeMd(spec.name)}** (\`${spec.id}\`): ${spec.kind}, default severity ${spec.severity}.`,
    "",
    `### Replace with: ${escapeMd(entry.title)}`,
    "",
    escapeMd(summary),
    "",
    ...steps.map((s, i) => `${i + 1}. ${escapeMd(s)}`)
  ];
  if (snippet !== void 0) md.push("", fence(snippet, entry.snippetLang));
  if (variants.length > 0) {
    md.push(
      "",
      `Each result carries the variant for its file context. Variants: ${variants.map((c) => `${CONTEXT_LABELS[c]} (\`${c}\`)`).join(", ")}.`
    );
  }
  if (refs.length > 0) md.push("", "**References**", "", ...refs.map((r) => `- <${r}>`));
  return { text: text2.join("\n"), markdown: md.join("\n") };
}
function mergeVariant(entry, variant) {
  const merged = {
    summary: variant?.summary ?? entry.summary,
    steps: variant?.steps ?? entry.steps,
    references: unique([...entry.references, ...variant?.references ?? []])
  };
  const snippet = variant?.snippet ?? entry.snippet;
  if (snippet !== void 0) merged.snippet = snippet;
  return merged;
}
function jwtNotes(finding, entry) {
  const jwt = finding.jwt;
  if (!jwt || entry.replacement === "fix-leak-path") return [];
  const notes = [];
  if (jwt.exp === void 0) {
    notes.push("This token has no `exp` claim, so it never expires on its own; only rotating its signing key or revoking its subject ends it.");
  } else if (jwt.lifetimeSeconds !== void 0 && jwt.lifetimeSeconds > 86400) {
    notes.push(`This token is valid for about ${Math.round(jwt.lifetimeSeconds / 86400)} days; issue tokens that live minutes instead.`);
  }
  if (jwt.alg && /^HS\d+$/i.test(jwt.alg)) {
    notes.push(`It is signed with a shared HMAC secret (${jwt.alg}): anyone holding that secret can mint tokens, so move signing to an asymmetric key published as a JWKS.`);
  }
  return notes;
}
function genericSuggestion(finding) {
  return {
    key: "none",
    variant: "default",
    summary: "Rotate this credential and move it to a secrets manager read with the workload's identity.",
    steps: [
      `Rotate the credential found in ${finding.path}.`,
      "Store the new value in a secrets manager and read it at runtime with the workload's identity; rotate it on a schedule."
    ],
    references: ["https://owasp.org/www-project-non-human-identities-top-10/2025/top-10-2025/"]
  };
}
function variantList(entry) {
  return FILE_CONTEXTS.filter((c) => entry.contexts[c] !== void 0);
}
function fill(s, vars) {
  return s.replace(/\{(path|provider|ruleId)\}/g, (_m, name) => vars[name]);
}
function unique(list) {
  return [...new Set(list)];
}
function indent(s, pad) {
  return s.split("\n").map((l) => l.length > 0 ? pad + l : l).join("\n");
}
function fence(snippet, lang) {
  const longest = Math.max(0, ...[...snippet.matchAll(/`+/g)].map((m) => m[0].length));
  const f2 = "`".repeat(Math.max(3, longest + 1));
  return `${f2}${lang ?? ""}
${snippet}
${f2}`;
}
function escapeMd(s) {
  return s.split(/(`[^`]*`)/).map((part, i) => i % 2 === 1 ? part : part.replace(/([\\*_[\]<|])/g, "\\$1")).join("");
}

// src/suppress/apply.ts
var import_micromatch = __toESM(require_micromatch(), 1);

// src/suppress/baseline.ts
init_errors();
var BASELINE_HEADER = "# keyshift baseline v1";
var FINGERPRINT = /^[0-9a-f]{16,64}$/;
var RULE_ID = /^[A-Za-z0-9][\w.-]*$/;
function key(e) {
  return `${e.fingerprint} ${e.ruleId} ${e.path}`;
}
function parseBaseline(text2, file) {
  const lines = text2.split(/\r?\n/);
  const firstIdx = lines.findIndex((l) => l.trim() !== "");
  if (firstIdx === -1) return [];
  const first = lines[firstIdx].trim();
  if (first !== BASELINE_HEADER) {
    const hint = /^[[{]/.test(first) ? "this looks like JSON; to use a gitleaks report or a detect-secrets baseline run keyshift baseline import" : /^# keyshift baseline v\d+$/.test(first) ? "this baseline version is not supported by this keyshift; upgrade keyshift" : `expected the first line to be "${BASELINE_HEADER}"; create one with keyshift baseline create`;
    throw new ConfigError(`not a keyshift baseline: ${hint}`, file, firstIdx + 1);
  }
  const out = [];
  for (let i = firstIdx + 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    const m = /^(\S+) (\S+) (.+)$/.exec(line);
    const where = i + 1;
    if (!m) throw new ConfigError('expected "<fingerprint> <pattern-id> <path>" separated by single spaces', file, where);
    const [, fp, ruleId, rawPath] = m;
    if (!FINGERPRINT.test(fp)) throw new ConfigError(`expected a lowercase hex fingerprint first; got ${JSON.stringify(fp.slice(0, 20))}`, file, where);
    if (!RULE_ID.test(ruleId)) throw new ConfigError(`expected a pattern id second; got ${JSON.stringify(ruleId.slice(0, 40))}`, file, where);
    let path3 = rawPath;
    if (rawPath.startsWith('"')) {
      try {
        path3 = JSON.parse(rawPath);
      } catch {
        throw new ConfigError("the quoted path is not a valid JSON string; fix the quoting or regenerate with keyshift baseline update", file, where);
      }
    }
    out.push({ fingerprint: fp, ruleId, path: path3 });
  }
  return out;
}
function indexBaseline(entries2) {
  return { keys: new Set(entries2.map(key)) };
}
function matchBaseline(finding, index) {
  return index.keys.has(key(finding));
}

// src/suppress/apply.ts
var EMPTY_ALLOWLIST = Object.freeze({ paths: [], values: [], stopwords: [], patterns: {} });
function applySuppressions(findings, ctx) {
  const filters = [directiveFilter(ctx.directives), ...allowlistFilters(ctx.allowlist)];
  const baseline = ctx.baseline;
  if (baseline && baseline.keys.size > 0) {
    filters.push((f2) => matchBaseline(f2, baseline) ? { kind: "external", source: "baseline" } : void 0);
  }
  for (const f2 of findings) {
    if (f2.suppressions.length > 0) continue;
    for (const filter of filters) {
      const s = filter(f2);
      if (s) {
        f2.suppressions.push(s);
        break;
      }
    }
  }
  return findings;
}
function directiveFilter(byPath) {
  return (f2) => {
    const lines = byPath.get(f2.path);
    if (!lines) return void 0;
    let hit;
    for (let line = f2.line; line <= Math.max(f2.line, f2.endLine); line++) {
      for (const d of lines.get(line) ?? []) {
        if (d.patternId !== void 0 && d.patternId !== f2.ruleId) continue;
        d.used = true;
        hit ??= d;
      }
    }
    if (!hit) return void 0;
    const s = { kind: "inSource", source: "directive" };
    if (hit.reason) s.justification = hit.reason;
    return s;
  };
}
function compileValueRegex(source) {
  return source.startsWith("(?i)") ? new RegExp(source.slice(4), "i") : new RegExp(source);
}
function pathMatcher(globs) {
  if (globs.length === 0) return () => false;
  const matchers = globs.map((g) => import_micromatch.default.matcher(g, { dot: true, basename: !g.includes("/") }));
  const isMatch = (p) => matchers.some((m) => m(p));
  let lastPath;
  let last = false;
  return (p) => {
    if (p !== lastPath) {
      lastPath = p;
      last = isMatch(p);
    }
    return last;
  };
}
function valueMatcher(sources) {
  const res = sources.map((src) => ({ src, re: compileValueRegex(src) }));
  return (value) => res.find((r) => r.re.test(value))?.src;
}
function allowlistFilters(a) {
  const filters = [];
  const external = (justification) => ({ kind: "external", source: "config-allowlist", justification });
  if (a.paths.length > 0) {
    const m = pathMatcher(a.paths);
    filters.push((f2) => m(f2.path) ? external("allowlist.paths") : void 0);
  }
  if (a.values.length > 0) {
    const m = valueMatcher(a.values);
    filters.push((f2) => {
      const src = m(f2.secret.reveal());
      return src === void 0 ? void 0 : external(`allowlist.values: ${src}`);
    });
  }
  if (a.stopwords.length > 0) {
    const words = a.stopwords.map((w) => w.toLowerCase());
    filters.push((f2) => {
      const v = f2.secret.reveal().toLowerCase();
      return words.some((w) => v.includes(w)) ? external("allowlist.stopwords") : void 0;
    });
  }
  const perPattern = /* @__PURE__ */ new Map();
  for (const [id, pa] of Object.entries(a.patterns)) {
    perPattern.set(id, { paths: pathMatcher(pa.paths), values: valueMatcher(pa.values) });
  }
  if (perPattern.size > 0) {
    filters.push((f2) => {
      const m = perPattern.get(f2.ruleId);
      if (!m) return void 0;
      if (m.paths(f2.path)) return external(`allowlist.patterns.${f2.ruleId}.paths`);
      const src = m.values(f2.secret.reveal());
      return src === void 0 ? void 0 : external(`allowlist.patterns.${f2.ruleId}.values: ${src}`);
    });
  }
  return filters;
}
function unusedDirectives(directives) {
  const out = [];
  for (const [path3, lines] of directives) {
    for (const list of lines.values()) for (const d of list) if (!d.used) out.push({ ...d, path: path3 });
  }
  return out.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || a.appliesTo - b.appliesTo);
}

// src/scan.ts
var IN_PROCESS_MAX_FILES = 64;
var IN_PROCESS_MAX_BYTES = 4 * 1024 * 1024;
var BATCH_FILES = 48;
var BATCHES_IN_FLIGHT_PER_WORKER = 2;
async function runScan(opts) {
  const started = performance.now();
  const byId = new Map(opts.patterns.map((p) => [p.id, p]));
  const outcomes = [];
  const skips = [];
  const warnings = [];
  let files = 0;
  let bytes = 0;
  const collect = (o) => {
    if (o.skip) skips.push(o.skip);
    else {
      files++;
      bytes += o.bytes;
    }
    if (o.matches.length > 0 || o.directives.length > 0) outcomes.push(o);
    opts.onProgress?.({ files, bytes });
  };
  const workerOptions = { maxFileSize: opts.maxFileSize, collectDirectives: opts.collectDirectives };
  const iterator2 = opts.items[Symbol.asyncIterator]();
  const head = [];
  let headBytes = 0;
  let exhausted = false;
  while (head.length <= IN_PROCESS_MAX_FILES && headBytes <= IN_PROCESS_MAX_BYTES) {
    const next = await iterator2.next();
    if (next.done) {
      exhausted = true;
      break;
    }
    if ("reason" in next.value) skips.push(next.value);
    else {
      head.push(next.value);
      headBytes += next.value.content?.length ?? 0;
    }
  }
  const workerCount = opts.workers ?? Math.min(availableParallelism(), 8);
  if (exhausted && head.length <= IN_PROCESS_MAX_FILES || workerCount === 0) {
    const process2 = createFileProcessor(opts.patterns, workerOptions);
    for (const item of head) collect(safeProcess(process2, item));
    if (!exhausted) {
      for (let n = await iterator2.next(); !n.done; n = await iterator2.next()) {
        if ("reason" in n.value) skips.push(n.value);
        else collect(safeProcess(process2, n.value));
      }
    }
  } else {
    await runPool(workerCount, opts.patterns, workerOptions, head, exhausted ? void 0 : iterator2, skips, collect, warnings);
  }
  const findings = [];
  const directivesByPath = /* @__PURE__ */ new Map();
  for (const o of outcomes) {
    if (o.directives.length > 0) directivesByPath.set(o.path, new Map(o.directives));
    for (const m of o.matches) {
      const spec = byId.get(m.patternId);
      if (!spec) continue;
      const f2 = classifyMatch(m, spec, { path: o.path, context: o.context, pathRole: o.pathRole, commit: o.commit });
      f2.migration = suggestMigration(f2, opts.migrations, spec.migration);
      findings.push(f2);
    }
  }
  markReuse(findings);
  findings.sort(compareFindings);
  applySuppressions(findings, { ...opts.suppress, directives: directivesByPath });
  skips.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const suppressed = findings.filter((f2) => f2.suppressions.length > 0).length;
  return {
    directives: directivesByPath,
    findings,
    skips,
    warnings,
    root: opts.root,
    counts: {
      filesScanned: files,
      bytesScanned: bytes,
      filesSkipped: skips.length,
      findings: findings.length - suppressed,
      suppressed
    },
    durationMs: performance.now() - started
  };
}
function compareFindings(a, b) {
  return cmp(a.path, b.path) || a.line - b.line || a.column - b.column || cmp(a.ruleId, b.ruleId) || cmp(a.commit?.sha ?? "", b.commit?.sha ?? "");
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function safeProcess(process2, item) {
  try {
    return process2(item);
  } catch (err) {
    return unreadable(item, err);
  }
}
function unreadable(item, err) {
  return {
    path: item.path,
    skip: { path: item.path, reason: "unreadable", detail: err instanceof Error ? err.message : String(err) },
    bytes: 0,
    matches: [],
    context: "other",
    pathRole: "source",
    directives: []
  };
}
async function runPool(count, patterns, options, head, rest, skips, collect, warnings) {
  const workerUrl = new URL("./scan-worker.js", import.meta.url);
  const pending = [...head];
  let sourceDone = rest === void 0;
  let batchSeq = 0;
  async function nextBatch() {
    const batch = [];
    while (batch.length < BATCH_FILES) {
      const queued = pending.shift();
      if (queued) {
        batch.push(queued);
        continue;
      }
      if (sourceDone || !rest) break;
      const n = await rest.next();
      if (n.done) {
        sourceDone = true;
        break;
      }
      if ("reason" in n.value) skips.push(n.value);
      else batch.push(n.value);
    }
    return batch;
  }
  let feeding = Promise.resolve();
  const takeBatch = () => {
    const p = feeding.then(nextBatch);
    feeding = p.catch(() => void 0);
    return p;
  };
  const runWorker = () => new Promise((resolve7, reject) => {
    const worker = new Worker(workerUrl, { workerData: { keyshiftWorker: true, patterns, options } });
    const inFlight = /* @__PURE__ */ new Map();
    let finished = false;
    const finish2 = (err) => {
      if (finished) return;
      finished = true;
      void worker.terminate();
      if (err) reject(err);
      else resolve7();
    };
    const send = async () => {
      try {
        const batch = await takeBatch();
        if (batch.length === 0) {
          if (inFlight.size === 0) finish2();
          return;
        }
        const id = batchSeq++;
        inFlight.set(id, batch);
        worker.postMessage({ batch: id, items: batch });
      } catch (err) {
        finish2(err);
      }
    };
    worker.on("message", (msg) => {
      inFlight.delete(msg.batch);
      for (const o of msg.outcomes) collect(o);
      void send();
    });
    worker.on("error", (err) => {
      warnings.push(`a scan worker stopped (${err.message}); ${countItems(inFlight)} file(s) in its queue were not scanned`);
      for (const batch of inFlight.values()) for (const item of batch) collect(unreadable(item, new Error("scan worker stopped")));
      inFlight.clear();
      finish2();
    });
    worker.on("exit", (code2) => {
      if (!finished && inFlight.size > 0) {
        warnings.push(`a scan worker exited with code ${code2}`);
        for (const batch of inFlight.values()) for (const item of batch) collect(unreadable(item, new Error("scan worker exited")));
      }
      finish2();
    });
    for (let i = 0; i < BATCHES_IN_FLIGHT_PER_WORKER; i++) void send();
  });
  await Promise.all(Array.from({ length: count }, runWorker));
  if (!sourceDone || pending.length > 0) {
    const process2 = createFileProcessor(patterns, options);
    for (let batch = await takeBatch(); batch.length > 0; batch = await takeBatch()) {
      for (const item of batch) collect(safeProcess(process2, item));
    }
  }
}
function countItems(m) {
  let n = 0;
  for (const b of m.values()) n += b.length;
  return n;
}

// src/catalog-setup.ts
init_errors();
var import_yaml9 = __toESM(require_dist(), 1);

// src/catalog/load.ts
var import_yaml7 = __toESM(require_dist(), 1);
init_errors();
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// src/catalog/lint.ts
init_types();

// src/catalog/positions.ts
var positions = /* @__PURE__ */ new WeakMap();
function recordPosition(spec, pos) {
  positions.set(spec, pos);
}
function positionOf(spec) {
  return positions.get(spec);
}
function lineOf(spec, field) {
  const pos = positions.get(spec);
  if (!pos) return void 0;
  if (field === void 0) return pos.line;
  return pos.fields.get(field) ?? pos.fields.get(field.replace(/\[\d+\]$/, "")) ?? pos.line;
}

// src/catalog/regex-safety.ts
import { performance as performance2 } from "node:perf_hooks";

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
function setHas(set, unit) {
  return set.some(([lo, hi]) => unit >= lo && unit <= hi);
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
    const lit = (code2) => ({ set: single(code2), literal: true });
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
    const readItem = () => {
      const c = this.src[this.pos++];
      if (c === "\\") {
        const { set: set2, literal } = this.classEscape(true);
        return literal ? { set: set2, single: set2[0][0] } : { set: set2 };
      }
      const code2 = c.charCodeAt(0);
      return { set: single(code2), single: code2 };
    };
    for (; ; ) {
      const c = this.peek();
      if (c === void 0) throw this.fail("unterminated character class");
      if (c === "]") {
        this.pos++;
        break;
      }
      const first = readItem();
      if (this.peek() === "-" && this.peek(1) !== void 0 && this.peek(1) !== "]") {
        const save = this.pos;
        this.pos++;
        const second = readItem();
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
  const visit = (m) => {
    if (m.type === "quant" && m.max === Infinity) out.push(m);
    forChildren(m, visit);
  };
  forChildren(n, visit);
  return out;
}
function alternationsIn(n) {
  const out = [];
  const visit = (m) => {
    if (m.type === "alt") out.push(m);
    forChildren(m, visit);
  };
  visit(n);
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
function countCaptureGroups(source, flags = "") {
  return parseRegex(source, flags).captureGroups;
}
var FAIL_CANDIDATES = ["\0", "", "!", "~", "#", "\n", " ", "\xFF"];
var PRINTABLE_FIRST = [
  [97, 122],
  [48, 57],
  [65, 90],
  [32, 126],
  [0, 65535]
];
function representative(set) {
  for (const [lo, hi] of PRINTABLE_FIRST) {
    for (const [a, b] of set) {
      const from = Math.max(a, lo);
      if (from <= Math.min(b, hi)) return String.fromCharCode(from);
    }
  }
  return void 0;
}
function regexAlphabet(source, flags = "", limit = 12) {
  const chars = /* @__PURE__ */ new Set();
  const visit = (n) => {
    if (n.type === "char") {
      const c = representative(n.set);
      if (c !== void 0) chars.add(c);
    }
    forChildren(n, visit);
  };
  visit(parseRegex(source, flags).root);
  return [...chars].slice(0, limit).join("");
}
function attackStrings(source, flags, alphabet, length) {
  const { root } = parseRegex(source, flags);
  const prefix = prefixShape(root).sets.map((s) => representative(s) ?? "").join("");
  const all = consumed(root);
  const fail = FAIL_CANDIDATES.find((c) => !setHas(all, c.charCodeAt(0))) ?? "\0";
  const out = [];
  for (const c of new Set(alphabet)) {
    const run2 = c.repeat(length);
    out.push(run2 + fail);
    if (prefix) out.push(prefix + run2 + fail);
  }
  return out;
}
function probeRegex(re, alphabet, opts = {}) {
  const maxLength = opts.maxLength ?? 2e4;
  const stepBudget = opts.stepBudgetMs ?? 8;
  const totalBudget = opts.totalBudgetMs ?? 40;
  const flags = re.flags.replace(/[^ims]/g, "");
  const alpha = alphabet || regexAlphabet(re.source, flags);
  if (!alpha) return 1;
  const probe = new RegExp(re.source, flags + "g");
  const timeAt = (length) => {
    const inputs = attackStrings(re.source, flags, alpha, length);
    let best = Infinity;
    for (let rep = 0; rep < 2; rep++) {
      const t0 = performance2.now();
      for (const input of inputs) {
        probe.lastIndex = 0;
        let m;
        while ((m = probe.exec(input)) !== null) if (m[0] === "") probe.lastIndex++;
      }
      best = Math.min(best, performance2.now() - t0);
      if (best > stepBudget) break;
    }
    return best;
  };
  const started = performance2.now();
  const points = [];
  for (let length = 8; ; length = Math.min(maxLength, length + (length < 64 ? 2 : Math.floor(length / 4)))) {
    points.push({ length, ms: timeAt(length) });
    const last2 = points[points.length - 1];
    if (length >= maxLength || last2.ms > stepBudget || performance2.now() - started > totalBudget) break;
  }
  const last = points[points.length - 1];
  const base = [...points].reverse().find((p) => p.length <= last.length / 1.8) ?? points[0];
  if (last.length === base.length || last.ms < 4) return 1;
  const again = (length) => Math.min(timeAt(length), timeAt(length), timeAt(length));
  const lastMs = Math.min(last.ms, again(last.length));
  const baseMs = Math.min(base.ms, again(base.length));
  const floor = 1e-3;
  const exponent = Math.log(Math.max(lastMs, floor) / Math.max(baseMs, floor)) / Math.log(last.length / base.length);
  return Math.pow(2, Math.max(0, exponent));
}

// src/catalog/lint.ts
var ID_FORMAT = /^[a-z0-9-]+(\.[a-z0-9-]+){1,2}$/;
var PROVIDER_FORMAT = /^[a-z0-9-]+$/;
var CWE_FORMAT = /^CWE-[1-9][0-9]*$/;
var DECODERS = ["jwt", "basic-auth", "url-credentials"];
var MIN_KEYWORD_LENGTH = 3;
var MIN_EXAMPLES = 2;
var PROBE_GROWTH_LIMIT = 6;
var CAMEL_TO_YAML = {
  negativeExamples: "negative_examples",
  minEntropy: "min_entropy",
  windowBefore: "window_before",
  windowAfter: "window_after"
};
function yamlKey(field) {
  return CAMEL_TO_YAML[field] ?? field;
}
function oneOf(values) {
  return values.join(" | ");
}
function asciiLower(s) {
  return s.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
}
function lintPatterns(specs, ctx) {
  return specs.flatMap((spec) => lintPattern(spec, ctx));
}
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
function lintPattern(spec, ctx) {
  const problems = [];
  const file = positionOf(spec)?.file ?? ctx.file ?? spec.family;
  const report2 = (field, message) => {
    problems.push({ file, line: lineOf(spec, field), patternId: spec.id, field, message });
  };
  if (!ID_FORMAT.test(spec.id)) {
    report2("id", `'${spec.id}' is not of the form provider.credential[.variant] (lowercase letters, digits, '-')`);
  } else if (spec.id.split(".")[0] !== spec.provider && !(spec.family === "posture" && spec.id.startsWith("posture."))) {
    report2("id", `id prefix '${spec.id.split(".")[0]}' differs from provider '${spec.provider}'; start the id with '${spec.provider}.'`);
  }
  if (!PROVIDER_FORMAT.test(spec.provider)) report2("provider", `'${spec.provider}' must be lowercase letters, digits and '-'`);
  if (spec.name.trim() === "") report2("name", "is empty; give a human-readable name");
  if (!CREDENTIAL_KINDS.includes(spec.kind)) report2("kind", `'${spec.kind}' is not one of ${oneOf(CREDENTIAL_KINDS)}`);
  if (!SEVERITIES.includes(spec.severity)) report2("severity", `'${spec.severity}' is not one of ${oneOf(SEVERITIES)}`);
  if (!CONFIDENCES.includes(spec.confidence)) report2("confidence", `'${spec.confidence}' is not one of ${oneOf(CONFIDENCES)}`);
  if (spec.decoder !== void 0 && !DECODERS.includes(spec.decoder)) {
    report2("decoder", `'${spec.decoder}' is not one of ${oneOf(DECODERS)}`);
  }
  const flagsOk = lintFlags(spec, report2);
  const flags = flagsOk ? spec.flags : [...new Set(spec.flags.replace(/[^ims]/g, ""))].join("");
  const re = lintRegex(spec, flags, ctx, report2);
  lintKeywords(spec, report2);
  lintExamples(spec, report2);
  if (re && spec.keywords.length > 0) lintExampleKeywords(spec, re, report2);
  if (spec.migration.trim() === "") report2("migration", "is empty; name a key of patterns/migrations.yaml");
  else if (!ctx.migrationKeys.has(spec.migration)) report2("migration", `'${spec.migration}' is not a key in migrations.yaml; add it there or use an existing key`);
  if (spec.validator !== void 0 && !ctx.validators.has(spec.validator)) {
    report2("validator", `'${spec.validator}' is not a known validator (${[...ctx.validators].sort().join(", ") || "none registered"})`);
  }
  if (spec.minEntropy !== void 0 && !(spec.minEntropy >= 0 && spec.minEntropy <= 8)) {
    report2("min_entropy", `${spec.minEntropy} is outside 0..8 (bits per character)`);
  }
  for (const key2 of ["windowBefore", "windowAfter"]) {
    const v = spec[key2];
    if (v !== void 0 && !(Number.isInteger(v) && v >= 0)) report2(yamlKey(key2), `${v} must be a whole number of characters, 0 or more`);
  }
  if (spec.references.length === 0) report2("references", "is empty; link the provider documentation for this credential format");
  spec.references.forEach((ref, i) => {
    let url;
    try {
      url = new URL(ref);
    } catch {
      url = void 0;
    }
    if (url?.protocol !== "https:") report2(`references[${i}]`, `'${ref}' is not an https URL`);
  });
  spec.cwe.forEach((cwe, i) => {
    if (!CWE_FORMAT.test(cwe)) report2(`cwe[${i}]`, `'${cwe}' is not of the form CWE-<number>`);
  });
  spec.tags.forEach((tag, i) => {
    if (tag.trim() === "") report2(`tags[${i}]`, "is empty");
  });
  spec.allow.forEach((allow, i) => {
    try {
      new RegExp(allow, flags);
    } catch (err) {
      report2(`allow[${i}]`, `does not compile: ${err.message}`);
      return;
    }
    const unsafe = checkRegexSafety(allow, flags);
    if (unsafe) report2(`allow[${i}]`, `unsafe regex: ${unsafe}`);
  });
  return problems;
}
function lintFlags(spec, report2) {
  const bad = [...spec.flags].filter((f2) => !"ims".includes(f2));
  if (bad.length) {
    report2("flags", `'${bad.join("")}' not allowed; use only i, m and s (g and d are added by the engine)`);
    return false;
  }
  if (new Set(spec.flags).size !== spec.flags.length) {
    report2("flags", `'${spec.flags}' repeats a flag`);
    return false;
  }
  return true;
}
function lintRegex(spec, flags, ctx, report2) {
  let re;
  try {
    re = new RegExp(spec.regex, flags);
  } catch (err) {
    report2("regex", `does not compile: ${err.message.replace(/^Invalid regular expression: /, "")}`);
    return void 0;
  }
  let groups2;
  try {
    groups2 = countCaptureGroups(spec.regex, flags);
  } catch {
    groups2 = new RegExp(`${spec.regex}|`, flags).exec("").length - 1;
  }
  if (groups2 !== 1) {
    report2("regex", `has ${groups2} capturing groups; it needs exactly one, around the secret (use (?:...) for the others)`);
  }
  const unsafe = checkRegexSafety(spec.regex, flags);
  if (unsafe) {
    report2("regex", `unsafe regex: ${unsafe}`);
  } else if (ctx.probe !== false) {
    const growth = probeGrowth(re, spec.regex, flags);
    if (growth > PROBE_GROWTH_LIMIT) {
      report2("regex", `matching time grows about ${growth.toFixed(0)}x when the input doubles (super-linear backtracking); remove overlapping quantifiers`);
    }
  }
  return new RegExp(spec.regex, flags + "g");
}
var probed = /* @__PURE__ */ new Map();
function probeGrowth(re, source, flags) {
  const key2 = `${flags}/${source}`;
  let growth = probed.get(key2);
  if (growth === void 0) {
    const alphabet = regexAlphabet(source, flags);
    growth = probeRegex(re, alphabet);
    if (growth > PROBE_GROWTH_LIMIT) growth = Math.min(growth, probeRegex(re, alphabet));
    probed.set(key2, growth);
  }
  return growth;
}
function lintKeywords(spec, report2) {
  if (spec.keywords.length === 0) {
    report2("keywords", "is empty; list the literal prefixes or names that every match contains or sits next to");
    return;
  }
  const seen = /* @__PURE__ */ new Set();
  spec.keywords.forEach((kw, i) => {
    if (kw.length < MIN_KEYWORD_LENGTH) report2(`keywords[${i}]`, `'${kw}' is shorter than ${MIN_KEYWORD_LENGTH} characters; short keywords defeat the prefilter`);
    else if (kw.trim() !== kw) report2(`keywords[${i}]`, "has leading or trailing whitespace");
    const lower = asciiLower(kw);
    if (seen.has(lower)) report2(`keywords[${i}]`, `'${kw}' repeats another keyword (keywords match case-insensitively)`);
    seen.add(lower);
  });
  if (spec.generic || spec.windowBefore !== void 0 || spec.windowAfter !== void 0) return;
  const source = asciiLower(spec.regex);
  const unescaped = source.replace(/\\([^A-Za-z0-9])/g, "$1");
  if (!spec.keywords.some((kw) => source.includes(asciiLower(kw)) || unescaped.includes(asciiLower(kw)))) {
    report2("keywords", "none appears literally in the regex, so the regex may match without one; use a literal prefix as keyword, or mark the pattern generic or give it a window");
  }
}
function lintExamples(spec, report2) {
  const lists = [
    ["examples", spec.examples],
    ["negative_examples", spec.negativeExamples]
  ];
  for (const [field, list] of lists) {
    if (list.length < MIN_EXAMPLES) report2(field, `has ${list.length}; at least ${MIN_EXAMPLES} are required`);
    const seen = /* @__PURE__ */ new Set();
    list.forEach((ex, i) => {
      if (ex.trim() === "") report2(`${field}[${i}]`, "is empty");
      else if (seen.has(ex)) report2(`${field}[${i}]`, "repeats an earlier item of the same list");
      seen.add(ex);
    });
  }
  const positives = new Set(spec.examples);
  spec.negativeExamples.forEach((ex, i) => {
    if (ex.trim() !== "" && positives.has(ex)) report2(`negative_examples[${i}]`, "also appears in examples");
  });
}
function lintExampleKeywords(spec, re, report2) {
  const keywords = spec.keywords.filter((k) => k.length > 0).map(asciiLower);
  spec.examples.forEach((example, i) => {
    if (example.trim() === "") return;
    const lower = asciiLower(example);
    let matched = false;
    re.lastIndex = 0;
    let m;
    while ((m = re.exec(example)) !== null) {
      if (m[0] === "") {
        re.lastIndex++;
        continue;
      }
      matched = true;
      const start = m.index;
      const end = start + m[0].length;
      if (!keywordCovers(spec, lower, keywords, start, end)) {
        report2(`examples[${i}]`, `matches the regex at column ${start + 1} without a keyword in the match or its window; the keywords are not required by this regex`);
        return;
      }
    }
    if (!matched) report2(`examples[${i}]`, "does not match the regex");
  });
}
function keywordCovers(spec, text2, keywords, start, end) {
  for (const kw of keywords) {
    for (let k = text2.indexOf(kw); k !== -1; k = text2.indexOf(kw, k + 1)) {
      const kEnd = k + kw.length;
      if (k >= start && kEnd <= end) return true;
      const lineStart = text2.lastIndexOf("\n", k - 1) + 1;
      const nl = text2.indexOf("\n", kEnd);
      const lineEnd = nl === -1 ? text2.length : nl;
      const windowStart = spec.windowBefore === void 0 ? lineStart : k - spec.windowBefore;
      const windowEnd = spec.windowAfter === void 0 ? lineEnd : kEnd + spec.windowAfter;
      if (start >= windowStart && end <= windowEnd) return true;
    }
  }
  return false;
}
function formatProblems(problems) {
  return problems.map((p) => {
    const where = p.line !== void 0 ? `${p.file}:${p.line}` : p.file;
    return [where, p.patternId, p.field, p.message].filter((x) => x !== void 0 && x !== "").join(": ");
  }).join("\n");
}

// src/catalog/load.ts
var FIELDS = {
  id: { prop: "id", type: "string", required: true },
  name: { prop: "name", type: "string", required: true },
  provider: { prop: "provider", type: "string", required: true },
  kind: { prop: "kind", type: "string", required: true },
  severity: { prop: "severity", type: "string", required: true },
  confidence: { prop: "confidence", type: "string" },
  keywords: { prop: "keywords", type: "string[]", required: true },
  regex: { prop: "regex", type: "string", required: true },
  flags: { prop: "flags", type: "string" },
  min_entropy: { prop: "minEntropy", type: "number" },
  validator: { prop: "validator", type: "string" },
  migration: { prop: "migration", type: "string", required: true },
  references: { prop: "references", type: "string[]", required: true },
  tags: { prop: "tags", type: "string[]" },
  cwe: { prop: "cwe", type: "string[]" },
  window_before: { prop: "windowBefore", type: "number" },
  window_after: { prop: "windowAfter", type: "number" },
  generic: { prop: "generic", type: "boolean" },
  publishable: { prop: "publishable", type: "boolean" },
  allow: { prop: "allow", type: "string[]" },
  decoder: { prop: "decoder", type: "string" },
  examples: { prop: "examples", type: "string[]", required: true },
  negative_examples: { prop: "negativeExamples", type: "string[]", required: true }
};
var DEFAULTS = {
  confidence: "high",
  flags: "",
  generic: false,
  publishable: false,
  allow: [],
  tags: [],
  cwe: []
};
var TOP_LEVEL_KEYS = ["family", "patterns"];
var FAMILY_FORMAT = /^[a-z0-9-]+$/;
var MIGRATIONS_FILE = "migrations.yaml";
function describe(value) {
  if (value === null || value === void 0) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a map";
  return `a ${typeof value}`;
}
function parsePatternFile(text2, file) {
  const lineCounter = new import_yaml7.LineCounter();
  const doc = (0, import_yaml7.parseDocument)(text2, { lineCounter, prettyErrors: false });
  const problems = [];
  const lineAt4 = (node) => node?.range ? lineCounter.linePos(node.range[0]).line : void 0;
  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      problems.push({
        file,
        line: lineCounter.linePos(err.pos[0]).line,
        message: `YAML syntax error: ${err.message.split("\n")[0]}`
      });
    }
    return { patterns: [], problems };
  }
  const root = doc.contents;
  if (!(0, import_yaml7.isMap)(root)) {
    problems.push({ file, line: lineAt4(root) ?? 1, message: "expected a map with the keys family and patterns" });
    return { patterns: [], problems };
  }
  let family;
  let list;
  for (const pair of root.items) {
    const key2 = (0, import_yaml7.isScalar)(pair.key) ? String(pair.key.value) : String(pair.key);
    const value = pair.value;
    const line = lineAt4(pair.key);
    if (key2 === "family") {
      if ((0, import_yaml7.isScalar)(value) && typeof value.value === "string" && FAMILY_FORMAT.test(value.value)) family = value.value;
      else problems.push({ file, line, field: "family", message: "must be a lowercase name of letters, digits and -" });
    } else if (key2 === "patterns") {
      list = value ?? void 0;
    } else {
      problems.push({ file, line, field: key2, message: `unknown top-level key; allowed keys are ${TOP_LEVEL_KEYS.join(", ")}` });
    }
  }
  if (family === void 0 && !problems.some((p) => p.field === "family")) {
    problems.push({ file, line: 1, field: "family", message: "missing; add 'family: <name>' at the top of the file" });
  }
  if (!(0, import_yaml7.isSeq)(list)) {
    problems.push({
      file,
      line: lineAt4(list) ?? 1,
      field: "patterns",
      message: list === void 0 ? "missing; add 'patterns:' with a list of patterns" : "must be a list of patterns"
    });
    return { patterns: [], problems };
  }
  const patterns = [];
  const seenIds = /* @__PURE__ */ new Map();
  for (const item of list.items) {
    const spec = parsePattern(item, file, family ?? "", lineAt4, problems);
    if (!spec) continue;
    if (seenIds.has(spec.id)) {
      problems.push({
        file,
        line: lineAt4(item),
        patternId: spec.id,
        field: "id",
        message: `duplicate id: already defined at line ${seenIds.get(spec.id) ?? "?"} of this file; pick a new id`
      });
      continue;
    }
    seenIds.set(spec.id, lineAt4(item));
    patterns.push(spec);
  }
  return { patterns, problems };
}
function parsePattern(item, file, family, lineAt4, problems) {
  const itemLine = lineAt4(item);
  if (!(0, import_yaml7.isMap)(item)) {
    problems.push({ file, line: itemLine, field: "patterns", message: `each pattern must be a map, got ${item === null ? "nothing" : "a scalar or list"}` });
    return void 0;
  }
  const idPair = item.items.find((p) => (0, import_yaml7.isScalar)(p.key) && p.key.value === "id");
  const patternId = (0, import_yaml7.isScalar)(idPair?.value) && typeof idPair.value.value === "string" ? idPair.value.value : void 0;
  const fieldLines = /* @__PURE__ */ new Map();
  const values = { ...DEFAULTS, family };
  let broken = false;
  const report2 = (field, line, message) => {
    problems.push({ file, line: line ?? itemLine, ...patternId !== void 0 && { patternId }, ...field !== void 0 && { field }, message });
  };
  for (const pair of item.items) {
    const key2 = (0, import_yaml7.isScalar)(pair.key) ? String(pair.key.value) : String(pair.key);
    const keyLine = lineAt4(pair.key);
    if (keyLine !== void 0) fieldLines.set(key2, keyLine);
    const rule = FIELDS[key2];
    if (!rule) {
      report2(key2, keyLine, `unknown key; allowed keys are ${Object.keys(FIELDS).join(", ")}`);
      continue;
    }
    const node = pair.value;
    const value = node === null ? null : node.toJSON();
    const typeProblem = checkType(rule.type, value);
    if (typeProblem) {
      report2(key2, keyLine, typeProblem);
      if (rule.required) broken = true;
      continue;
    }
    if (rule.type === "string[]" && (0, import_yaml7.isSeq)(node)) {
      node.items.forEach((child, i) => {
        const line = lineAt4(child);
        if (line !== void 0) fieldLines.set(`${key2}[${i}]`, line);
      });
    }
    values[rule.prop] = value;
  }
  for (const [key2, rule] of Object.entries(FIELDS)) {
    if (rule.required && !fieldLines.has(key2)) {
      report2(key2, itemLine, `missing required key '${key2}'`);
      broken = true;
    }
  }
  if (broken) return void 0;
  const spec = values;
  recordPosition(spec, { file, line: itemLine ?? 1, fields: fieldLines });
  return spec;
}
function checkType(type, value) {
  switch (type) {
    case "string":
      return typeof value === "string" ? void 0 : `expected a string, got ${describe(value)} (quote the value)`;
    case "number":
      return typeof value === "number" && Number.isFinite(value) ? void 0 : `expected a number, got ${describe(value)}`;
    case "boolean":
      return typeof value === "boolean" ? void 0 : `expected true or false, got ${describe(value)}`;
    case "string[]": {
      if (!Array.isArray(value)) return `expected a list of strings, got ${describe(value)}`;
      const bad = value.findIndex((v) => typeof v !== "string");
      return bad === -1 ? void 0 : `item ${bad} is ${describe(value[bad])}, expected a string (quote it)`;
    }
  }
}
function loadPatterns(dir = defaultPatternsDir()) {
  let names;
  try {
    names = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith(".yaml") && e.name !== MIGRATIONS_FILE).map((e) => e.name).sort();
  } catch (err) {
    throw new ConfigError(
      `cannot read the patterns folder (${err.code ?? err.message}); pass an existing folder of pattern files`,
      dir,
      void 0,
      { cause: err }
    );
  }
  const files = names.map((name) => join(dir, name));
  const patterns = [];
  const problems = [];
  for (const file of files) {
    let text2;
    try {
      text2 = readFileSync(file, "utf8");
    } catch (err) {
      problems.push({ file, message: `cannot read the file (${err.code ?? err.message})` });
      continue;
    }
    const parsed = parsePatternFile(text2, file);
    patterns.push(...parsed.patterns);
    problems.push(...parsed.problems);
  }
  const duplicates = findDuplicateIds(patterns);
  problems.push(...duplicates);
  const dropped = new Set(duplicates.map((d) => d.patternId));
  const kept = patterns.filter((spec, i) => !dropped.has(spec.id) || patterns.findIndex((s) => s.id === spec.id) === i);
  return { patterns: kept, problems, files };
}
function defaultPatternsDir() {
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
    if (parent === dir) return join(process.cwd(), "patterns");
    dir = parent;
  }
}

// src/migrate/load.ts
var import_yaml8 = __toESM(require_dist(), 1);
init_errors();
init_types();
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
import { dirname as dirname2, join as join2, resolve } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
var REPLACEMENTS = [
  "federated-identity",
  "short-lived-jwt",
  "oauth",
  "secrets-manager",
  "short-lived-certificate",
  "fix-leak-path"
];
var KEY_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
var ENTRY_FIELDS = /* @__PURE__ */ new Set([
  "title",
  "summary",
  "replacement",
  "federation",
  "steps",
  "snippet",
  "snippet_lang",
  "references",
  "contexts"
]);
var VARIANT_FIELDS = /* @__PURE__ */ new Set(["summary", "steps", "snippet", "snippet_lang", "references"]);
var CONTEXT_SET = new Set(FILE_CONTEXTS);
function defaultMigrationsFile() {
  let dir = dirname2(fileURLToPath2(import.meta.url));
  for (; ; ) {
    const pkg = join2(dir, "package.json");
    if (existsSync2(pkg)) {
      try {
        const name = JSON.parse(readFileSync2(pkg, "utf8")).name;
        if (name === "keyshift") return join2(dir, "patterns", "migrations.yaml");
      } catch {
      }
    }
    const parent = dirname2(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return resolve(process.cwd(), "patterns", "migrations.yaml");
}
function loadMigrations(file) {
  const path3 = file ?? defaultMigrationsFile();
  let text2;
  try {
    text2 = readFileSync2(path3, "utf8");
  } catch (err) {
    throw new ConfigError(
      `cannot read migration data (${err.code ?? "error"}); check the path or reinstall keyshift`,
      path3,
      void 0,
      { cause: err }
    );
  }
  const { entries: entries2, problems } = parseMigrations(text2, path3);
  const first = problems[0];
  if (first) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? "s" : ""})` : "";
    throw new ConfigError(`${first.field}: ${first.message}${more}`, first.file, first.line);
  }
  return entries2;
}
function parseMigrations(text2, file) {
  const lineCounter = new import_yaml8.LineCounter();
  const doc = (0, import_yaml8.parseDocument)(text2, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems = [];
  const entries2 = /* @__PURE__ */ new Map();
  const deref2 = (node) => (0, import_yaml8.isAlias)(node) ? node.resolve(doc) : node;
  const lineOf2 = (node) => {
    const range = node?.range;
    return range ? lineCounter.linePos(range[0]).line : 1;
  };
  const problem = (node, field, message) => {
    problems.push({ file, line: lineOf2(node), field, message });
  };
  for (const err of doc.errors) {
    const line = err.linePos?.[0]?.line ?? lineCounter.linePos(err.pos[0]).line;
    problems.push({ file, line, field: "(yaml)", message: `invalid YAML: ${err.message.split("\n")[0]}` });
  }
  if (doc.errors.length > 0) return { entries: entries2, problems };
  const root = doc.contents;
  if (!(0, import_yaml8.isMap)(root)) {
    problem(root, "(root)", "expected a mapping with `version: 1` and `migrations:`");
    return { entries: entries2, problems };
  }
  const version = root.get("version", true);
  if (version !== void 0 && !((0, import_yaml8.isScalar)(version) && Number(version.value) === 1)) {
    problem(version, "version", "unsupported version; this keyshift reads version 1");
  }
  for (const pair of root.items) {
    const k = keyName2(pair);
    if (k !== "version" && k !== "migrations") problem(pair.key, String(k), "unknown top-level field; expected version and migrations");
  }
  const migrations = root.get("migrations", true);
  if (!(0, import_yaml8.isMap)(migrations)) {
    problem(migrations ?? root, "migrations", "expected a mapping of migration keys to entries");
    return { entries: entries2, problems };
  }
  for (const pair of migrations.items) {
    const key2 = keyName2(pair);
    const base = `migrations.${String(key2)}`;
    if (typeof key2 !== "string" || !KEY_RE.test(key2)) {
      problem(pair.key, base, "migration keys must be kebab-case (a-z, 0-9, single hyphens)");
      continue;
    }
    const node = deref2(pair.value);
    if (!(0, import_yaml8.isMap)(node)) {
      problem(node ?? pair.key, base, "expected a mapping with title, summary, replacement, federation, steps, references");
      continue;
    }
    const before = problems.length;
    unknownFields(node, ENTRY_FIELDS, base, problem);
    const title = requiredLine(node, "title", base, problem);
    const summary = requiredLine(node, "summary", base, problem);
    const replacementNode = node.get("replacement", true);
    let replacement;
    if (!(0, import_yaml8.isScalar)(replacementNode) || !REPLACEMENTS.includes(replacementNode.value)) {
      problem(replacementNode ?? pair.key, `${base}.replacement`, `must be one of ${REPLACEMENTS.join(", ")}`);
    } else {
      replacement = replacementNode.value;
    }
    const federationNode = node.get("federation", true);
    let federation = false;
    if (!(0, import_yaml8.isScalar)(federationNode) || typeof federationNode.value !== "boolean") {
      problem(federationNode ?? pair.key, `${base}.federation`, "must be true or false");
    } else {
      federation = federationNode.value;
    }
    const steps = stringList(node, "steps", base, problem, true, pair.key);
    const snippet = optionalText(node, "snippet", base, problem);
    const snippetLang = optionalLine(node, "snippet_lang", base, problem);
    const references = urlList(node, "references", base, problem, true, pair.key);
    const contexts = {};
    const ctxNode = node.get("contexts", true);
    if (ctxNode !== void 0) {
      if (!(0, import_yaml8.isMap)(ctxNode)) {
        problem(ctxNode, `${base}.contexts`, "expected a mapping of file contexts to variants");
      } else {
        for (const cpair of ctxNode.items) {
          const ctx = keyName2(cpair);
          const cbase = `${base}.contexts.${String(ctx)}`;
          if (typeof ctx !== "string" || !CONTEXT_SET.has(ctx)) {
            problem(cpair.key, cbase, `unknown context; expected one of ${FILE_CONTEXTS.join(", ")}`);
            continue;
          }
          const v = deref2(cpair.value);
          if (!(0, import_yaml8.isMap)(v) || v.items.length === 0) {
            problem(v ?? cpair.key, cbase, "expected a mapping with at least one of summary, steps, snippet, snippet_lang, references");
            continue;
          }
          unknownFields(v, VARIANT_FIELDS, cbase, problem);
          const variant = {};
          const vs = optionalLine(v, "summary", cbase, problem);
          if (vs !== void 0) variant.summary = vs;
          const vsteps = stringList(v, "steps", cbase, problem, false, cpair.key);
          if (vsteps !== void 0) variant.steps = vsteps;
          const vsnip = optionalText(v, "snippet", cbase, problem);
          if (vsnip !== void 0) variant.snippet = vsnip;
          const vlang = optionalLine(v, "snippet_lang", cbase, problem);
          if (vlang !== void 0) variant.snippetLang = vlang;
          const vrefs = urlList(v, "references", cbase, problem, false, cpair.key);
          if (vrefs !== void 0) variant.references = vrefs;
          contexts[ctx] = variant;
        }
      }
    }
    if (problems.length > before || !title || !summary || !replacement || !steps || !references) continue;
    const entry = {
      key: key2,
      title,
      summary,
      replacement,
      federation,
      steps,
      references,
      contexts,
      file,
      line: lineOf2(pair.key)
    };
    if (snippet !== void 0) entry.snippet = snippet;
    if (snippetLang !== void 0) entry.snippetLang = snippetLang;
    entries2.set(key2, entry);
  }
  return { entries: entries2, problems };
}
function keyName2(pair) {
  return (0, import_yaml8.isScalar)(pair.key) ? pair.key.value : pair.key;
}
function unknownFields(map, allowed, base, problem) {
  for (const p of map.items) {
    const k = keyName2(p);
    if (typeof k !== "string" || !allowed.has(k)) {
      problem(p.key, `${base}.${String(k)}`, `unknown field; allowed: ${[...allowed].join(", ")}`);
    }
  }
}
function requiredLine(map, name, base, problem) {
  const node = map.get(name, true);
  if (node === void 0) {
    problem(map, `${base}.${name}`, "missing; add a one-line text");
    return void 0;
  }
  return checkLine(node, `${base}.${name}`, problem);
}
function optionalLine(map, name, base, problem) {
  const node = map.get(name, true);
  return node === void 0 ? void 0 : checkLine(node, `${base}.${name}`, problem);
}
function checkLine(node, field, problem) {
  if (!(0, import_yaml8.isScalar)(node) || typeof node.value !== "string" || node.value.trim() === "") {
    problem(node, field, 'must be a non-empty string (quote it if it contains ": " or " #")');
    return void 0;
  }
  if (node.value.trim().includes("\n")) {
    problem(node, field, "must be a single line");
    return void 0;
  }
  return node.value.trim();
}
function optionalText(map, name, base, problem) {
  const node = map.get(name, true);
  if (node === void 0) return void 0;
  if (!(0, import_yaml8.isScalar)(node) || typeof node.value !== "string" || node.value.trim() === "") {
    problem(node, `${base}.${name}`, "must be a non-empty string (use a `|` block for multi-line snippets)");
    return void 0;
  }
  return node.value.replace(/\s+$/, "");
}
function stringList(map, name, base, problem, required, anchor) {
  const node = map.get(name, true);
  if (node === void 0) {
    if (required) problem(anchor, `${base}.${name}`, "missing; add a list of steps");
    return void 0;
  }
  if (!(0, import_yaml8.isSeq)(node) || node.items.length === 0) {
    problem(node, `${base}.${name}`, "must be a non-empty list of strings");
    return void 0;
  }
  const out = [];
  node.items.forEach((item, i) => {
    const s = checkLine(item, `${base}.${name}[${i}]`, problem);
    if (s !== void 0) out.push(s);
  });
  return out.length === node.items.length ? out : void 0;
}
function urlList(map, name, base, problem, required, anchor) {
  const node = map.get(name, true);
  if (node === void 0) {
    if (required) problem(anchor, `${base}.${name}`, "missing; add at least one https reference");
    return void 0;
  }
  if (!(0, import_yaml8.isSeq)(node) || node.items.length === 0) {
    problem(node, `${base}.${name}`, "must be a non-empty list of https URLs");
    return void 0;
  }
  const out = [];
  node.items.forEach((item, i) => {
    const field = `${base}.${name}[${i}]`;
    const s = checkLine(item, field, problem);
    if (s === void 0) return;
    let ok = false;
    try {
      ok = new URL(s).protocol === "https:" && !/\s/.test(s);
    } catch {
      ok = false;
    }
    if (ok) out.push(s);
    else problem(item, field, "must be an https URL");
  });
  return out.length === node.items.length ? out : void 0;
}

// src/catalog-setup.ts
function lintAll(patterns, migrations) {
  return lintPatterns(patterns, { migrationKeys: new Set(migrations.keys()), validators: new Set(Object.keys(VALIDATORS)) });
}
function loadEngineCatalog(sel = {}) {
  const migrations = loadMigrations();
  const builtin = loadPatterns(sel.patternsDir);
  const problems = [...builtin.problems];
  let all = [...builtin.patterns, ...POSTURE_SPECS, ...STRUCTURED_SPECS];
  if (sel.custom && sel.custom.length > 0) {
    const file = sel.customFile ?? ".keyshift.yaml";
    const parsed = parsePatternFile((0, import_yaml9.stringify)({ family: "custom", patterns: sel.custom.map((c) => c.raw) }), file);
    const lineOf2 = new Map(sel.custom.map((c) => [c.raw?.id, c.line]));
    for (const pr of parsed.problems) problems.push({ ...pr, line: lineOf2.get(pr.patternId) ?? void 0 });
    for (const pr of lintAll(parsed.patterns, migrations)) problems.push({ ...pr, file, line: lineOf2.get(pr.patternId) ?? void 0 });
    const builtinIds = new Set(all.map((p) => p.id));
    for (const p of parsed.patterns) {
      if (builtinIds.has(p.id)) problems.push({ file, patternId: p.id, field: "id", message: `duplicates the built-in pattern ${p.id}; choose another id` });
    }
    all = [...all, ...parsed.patterns];
  }
  if (problems.length > 0) {
    throw new ConfigError(`${problems.length} problem(s) in pattern definitions:
${formatProblems(problems)}`);
  }
  const selects = (p, keys) => keys.some((k) => k === p.id || p.tags.includes(k) || k === p.provider || k === p.family);
  for (const key2 of [...sel.enable ?? [], ...sel.disable ?? [], ...Object.keys(sel.severity ?? {})]) {
    if (!all.some((p) => selects(p, [key2]))) {
      throw new ConfigError(`patterns: "${key2}" names no pattern id, tag, provider or family; run \`keyshift patterns list\` to see them`);
    }
  }
  let active = all;
  if (sel.enable && sel.enable.length > 0) active = active.filter((p) => selects(p, sel.enable));
  if (sel.disable && sel.disable.length > 0) active = active.filter((p) => !selects(p, sel.disable));
  if (sel.severity) {
    const overrides = sel.severity;
    active = active.map((p) => {
      const s = overrides[p.id];
      return s ? { ...p, severity: s } : p;
    });
  }
  if (sel.genericEntropy !== void 0) {
    const min = sel.genericEntropy;
    active = active.map((p) => p.generic ? { ...p, minEntropy: min } : p);
  }
  return { all, active, migrations };
}

// src/sources/walk.ts
var import_micromatch2 = __toESM(require_micromatch(), 1);
init_errors();
init_gitignore();
import { spawn, execFile } from "node:child_process";
import * as fs3 from "node:fs";
import * as path from "node:path";
function createWalkStats() {
  return {
    items: 0,
    skips: {
      binary: 0,
      "too-large": 0,
      unreadable: 0,
      "invalid-encoding": 0,
      "symlink-loop": 0,
      "symlink-outside-root": 0,
      "not-a-regular-file": 0,
      ignored: 0,
      excluded: 0,
      vanished: 0
    },
    gitTargets: 0,
    fsTargets: 0,
    warnings: []
  };
}
async function* walkFiles(targets, opts) {
  const cwd = path.resolve(opts.cwd);
  const stats = opts.stats ?? createWalkStats();
  const ctx = { cwd, opts, stats, ...globFilters(opts) };
  const prepared = targets.map((t) => prepareTarget(t, cwd));
  const seen = prepared.length > 1 ? /* @__PURE__ */ new Set() : void 0;
  for (const t of prepared) {
    for await (const entry of walkTarget(t, ctx)) {
      if (seen) {
        if (seen.has(entry.path)) continue;
        seen.add(entry.path);
      }
      if ("reason" in entry) stats.skips[entry.reason]++;
      else stats.items++;
      yield entry;
    }
  }
}
function prepareTarget(given, cwd) {
  const abs = path.resolve(cwd, given);
  let st;
  try {
    st = fs3.statSync(abs);
  } catch (err) {
    const code2 = errCode(err);
    if (code2 === "ENOENT" || code2 === "ENOTDIR") {
      throw new UsageError(`scan target not found: ${given} (resolved against ${cwd}); check the path`);
    }
    if (code2 === "ELOOP") return { given, abs, kind: "error", detail: "symbolic link loop" };
    return { given, abs, kind: "error", detail: code2 ?? "cannot stat" };
  }
  if (st.isDirectory()) return { given, abs, kind: "dir" };
  if (st.isFile()) return { given, abs, kind: "file" };
  return { given, abs, kind: "special", detail: statKind(st) };
}
async function* walkTarget(t, ctx) {
  if (t.kind !== "dir") {
    const show = reporter(ctx.cwd, path.dirname(t.abs));
    const shown = show(path.basename(t.abs));
    if (t.kind === "error") {
      yield { path: shown, reason: t.detail === "symbolic link loop" ? "symlink-loop" : "unreadable", detail: t.detail };
    } else if (ctx.isExcluded(shown) || !ctx.isIncluded(shown)) {
      ctx.stats.skips.excluded++;
    } else if (t.kind === "special") {
      yield { path: shown, reason: "not-a-regular-file", detail: t.detail };
    } else {
      yield { path: shown, absPath: t.abs };
    }
    return;
  }
  const repo = ctx.opts.respectGitignore ? await gitTopLevel(t.abs) : {};
  if (repo.warning) ctx.stats.warnings.push(`${t.given}: ${repo.warning}`);
  if (repo.top !== void 0) {
    let yielded = 0;
    try {
      for await (const e of walkGit(t, repo.top, ctx)) {
        yielded++;
        yield e;
      }
      if (yielded > 0 || !await gitIgnoresDir(t.abs)) {
        ctx.stats.gitTargets++;
        return;
      }
      ctx.stats.warnings.push(`${t.given} is ignored by git; walked it as a plain directory`);
    } catch (err) {
      if (yielded > 0 || !(err instanceof GitListError)) throw err;
      ctx.stats.warnings.push(`${err.message}; walked ${t.given} without git instead`);
    }
  }
  ctx.stats.fsTargets++;
  yield* walkDirectory(t, ctx);
}
async function* walkDirectory(t, ctx) {
  const anchor = isInside(t.abs, ctx.cwd) ? ctx.cwd : t.abs;
  const show = reporter(ctx.cwd, anchor);
  let realRoot;
  try {
    realRoot = fs3.realpathSync.native(t.abs);
  } catch (err) {
    yield { path: show(toPosix(path.relative(anchor, t.abs))), reason: "unreadable", detail: errCode(err) ?? "cannot resolve" };
    return;
  }
  const gitignore = ctx.opts.respectGitignore ? [".gitignore"] : [];
  const ignoreNames = [...gitignore, ...ctx.opts.ignoreFileNames];
  const rootRel = toPosix(path.relative(anchor, t.abs));
  let rootLayers = [];
  if (rootRel !== "") {
    for (let d = parentOf(rootRel); ; d = parentOf(d)) {
      const found = [];
      for (const name of ignoreNames) {
        const layer = loadLayer(path.join(anchor, d, name), d);
        if (layer) found.push(layer);
      }
      rootLayers = [...found, ...rootLayers];
      if (d === "") break;
    }
  }
  const stack = [{ abs: t.abs, real: realRoot, rel: rootRel, layers: rootLayers, next: 0 }];
  while (stack.length > 0) {
    const f2 = stack[stack.length - 1];
    if (!f2.entries) {
      try {
        f2.entries = await fs3.promises.readdir(f2.abs, { withFileTypes: true });
      } catch (err) {
        stack.pop();
        yield dirError(show(f2.rel), err);
        continue;
      }
      f2.entries.sort(compareDirents);
      f2.layers = addLayers(f2.layers, f2.entries, f2.abs, f2.rel, ignoreNames);
    }
    const d = f2.entries[f2.next++];
    if (!d) {
      stack.pop();
      continue;
    }
    const name = d.name;
    if (name === ".git") continue;
    const rel = f2.rel === "" ? name : `${f2.rel}/${name}`;
    const abs = path.join(f2.abs, name);
    const shown = show(rel);
    if (name.includes("\uFFFD") && !exists(abs)) {
      yield { path: shown, reason: "unreadable", detail: "name is not valid UTF-8" };
      continue;
    }
    if (d.isDirectory()) {
      if (isIgnored(f2.layers, rel, true)) ctx.stats.skips.ignored++;
      else if (ctx.isExcluded(shown)) ctx.stats.skips.excluded++;
      else stack.push({ abs, real: path.join(f2.real, name), rel, layers: f2.layers, next: 0 });
      continue;
    }
    if (isIgnored(f2.layers, rel, false)) {
      ctx.stats.skips.ignored++;
    } else if (ctx.isExcluded(shown) || !ctx.isIncluded(shown)) {
      ctx.stats.skips.excluded++;
    } else if (d.isFile()) {
      yield { path: shown, absPath: abs };
    } else if (d.isSymbolicLink()) {
      yield classifySymlink(abs, shown, realRoot, f2.real);
    } else {
      yield { path: shown, reason: "not-a-regular-file", detail: direntKind(d) };
    }
  }
}
function addLayers(parent, entries2, dirAbs, rel, names) {
  let layers = parent;
  for (const name of names) {
    if (!entries2.some((e) => e.name === name && e.isFile())) continue;
    const layer = loadLayer(path.join(dirAbs, name), rel);
    if (layer) layers = layers === parent ? [...parent, layer] : [...layers, layer];
  }
  return layers;
}
function dirError(shown, err) {
  const code2 = errCode(err);
  if (code2 === "ENOENT" || code2 === "ENOTDIR") return { path: shown, reason: "vanished", detail: "directory deleted during the scan" };
  if (code2 === "EACCES" || code2 === "EPERM") return { path: shown, reason: "unreadable", detail: "permission denied (directory)" };
  return { path: shown, reason: "unreadable", detail: `${code2 ?? "error"} (directory)` };
}
var GitListError = class extends Error {
};
function gitEnv() {
  const env = { ...process.env };
  delete env.GIT_DIR;
  delete env.GIT_WORK_TREE;
  delete env.GIT_INDEX_FILE;
  return env;
}
var GIT_SAFE = ["-c", "core.fsmonitor=false", "-c", "core.quotepath=off"];
function gitTopLevel(dir) {
  return new Promise((resolve7) => {
    execFile("git", [...GIT_SAFE, "rev-parse", "--show-toplevel"], { cwd: dir, env: gitEnv() }, (err, stdout, stderr) => {
      const top = String(stdout).trim();
      if (!err && top !== "") return resolve7({ top });
      if (String(stderr).includes("dubious ownership")) {
        return resolve7({ warning: "git refuses this repository (dubious ownership; see git config safe.directory); walked it without git" });
      }
      resolve7({});
    });
  });
}
function gitIgnoresDir(dir) {
  return new Promise((resolve7) => {
    execFile("git", [...GIT_SAFE, "check-ignore", "-q", "--", "."], { cwd: dir, env: gitEnv() }, (err) => resolve7(!err));
  });
}
async function* gitLsFiles(cwd, which, pathspecs = []) {
  const args = [...GIT_SAFE, "ls-files", "-z", ...which];
  if (pathspecs.length > 0) args.push("--", ...pathspecs);
  const child = spawn("git", args, { cwd, env: gitEnv(), stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (s) => {
    if (stderr.length < 2e3) stderr += s;
  });
  let spawnError;
  const closed = new Promise((resolve7) => {
    child.on("error", (e) => {
      spawnError = e;
      resolve7(null);
    });
    child.on("close", (code2) => resolve7(code2));
  });
  try {
    let rest = Buffer.alloc(0);
    for await (const chunk of child.stdout) {
      const buf = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk;
      let start = 0;
      let nul = buf.indexOf(0, start);
      while (nul !== -1) {
        yield buf.toString("utf8", start, nul);
        start = nul + 1;
        nul = buf.indexOf(0, start);
      }
      rest = buf.subarray(start);
    }
    const code2 = await closed;
    if (spawnError || code2 !== 0) {
      const why = spawnError?.message ?? (stderr.trim().split("\n")[0] || `exit code ${code2}`);
      throw new GitListError(`git ls-files failed in ${cwd}: ${why}`);
    }
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill();
  }
}
async function* walkGit(t, top, ctx) {
  const show = reporter(ctx.cwd, t.abs);
  const realRoot = fs3.realpathSync.native(t.abs);
  const targetInRepo = toPosix(path.relative(top, realRoot));
  const topRel = (p) => targetInRepo === "" ? p : p === "" ? targetInRepo : `${targetInRepo}/${p}`;
  const own = /* @__PURE__ */ new Map();
  const addLayer = (dirTopRel, absFile) => {
    const layer = loadLayer(absFile, dirTopRel);
    if (!layer) return;
    const list = own.get(dirTopRel);
    if (list) list.push(layer);
    else own.set(dirTopRel, [layer]);
  };
  const ancestors = [];
  for (let d = targetInRepo; ; d = parentOf(d)) {
    ancestors.unshift(d);
    if (d === "") break;
  }
  for (const d of ancestors) {
    for (const name of ctx.opts.ignoreFileNames) addLayer(d, path.join(top, d, name));
  }
  if (ctx.opts.ignoreFileNames.length > 0) {
    const specs = ctx.opts.ignoreFileNames.map((n) => `:(glob)**/${n}`);
    for await (const p of gitLsFiles(t.abs, ["--cached", "--others", "--exclude-standard"], specs)) {
      const slash = p.lastIndexOf("/");
      if (slash === -1) continue;
      addLayer(topRel(p.slice(0, slash)), path.join(t.abs, p));
    }
  }
  const layerCache = /* @__PURE__ */ new Map();
  const layersFor = (dirTopRel) => {
    let list = layerCache.get(dirTopRel);
    if (list) return list;
    const base = dirTopRel === "" ? [] : layersFor(parentOf(dirTopRel));
    const mine = own.get(dirTopRel);
    list = mine ? [...base, ...mine] : base;
    layerCache.set(dirTopRel, list);
    return list;
  };
  const dirStates = /* @__PURE__ */ new Map();
  const dirState = (dir) => {
    if (dir === "") return "ok";
    let s = dirStates.get(dir);
    if (s) return s;
    const parent = parentOf(dir);
    s = dirState(parent);
    if (s === "ok") {
      if (isIgnored(layersFor(topRel(parent)), topRel(dir), true)) s = "ignored";
      else if (ctx.isExcluded(show(dir))) s = "excluded";
      if (s !== "ok") ctx.stats.skips[s]++;
    }
    dirStates.set(dir, s);
    return s;
  };
  let prev;
  const listing = mergeSorted(gitLsFiles(t.abs, ["--cached"]), gitLsFiles(t.abs, ["--others", "--exclude-standard"]));
  for await (const p of listing) {
    if (p === prev) continue;
    prev = p;
    if (p.endsWith("/")) {
      yield { path: show(p.slice(0, -1)), reason: "not-a-regular-file", detail: "nested git repository (not scanned)" };
      continue;
    }
    const dir = parentOf(p);
    if (dirState(dir) !== "ok") continue;
    const shown = show(p);
    if (isIgnored(layersFor(topRel(dir)), topRel(p), false)) {
      ctx.stats.skips.ignored++;
      continue;
    }
    if (ctx.isExcluded(shown) || !ctx.isIncluded(shown)) {
      ctx.stats.skips.excluded++;
      continue;
    }
    const abs = path.join(t.abs, p);
    let st;
    try {
      st = fs3.lstatSync(abs);
    } catch (err) {
      if (p.includes("\uFFFD")) {
        yield { path: shown, reason: "unreadable", detail: "name is not valid UTF-8" };
      } else if (errCode(err) === "ENOENT" || errCode(err) === "ENOTDIR") {
        ctx.stats.skips.vanished++;
      } else {
        yield { path: shown, reason: "unreadable", detail: errCode(err) ?? "cannot stat" };
      }
      continue;
    }
    if (st.isFile()) yield { path: shown, absPath: abs };
    else if (st.isSymbolicLink()) yield classifySymlink(abs, shown, realRoot, path.join(realRoot, dir));
    else if (st.isDirectory()) yield { path: shown, reason: "not-a-regular-file", detail: "git submodule (not scanned)" };
    else yield { path: shown, reason: "not-a-regular-file", detail: statKind(st) };
  }
}
async function* mergeSorted(a, b) {
  try {
    let x = await a.next();
    let y2 = await b.next();
    while (!x.done || !y2.done) {
      if (y2.done || !x.done && compareUtf8(x.value, y2.value) <= 0) {
        yield x.value;
        x = await a.next();
      } else {
        yield y2.value;
        y2 = await b.next();
      }
    }
  } finally {
    await Promise.allSettled([a.return(void 0), b.return(void 0)]);
  }
}
function classifySymlink(abs, shown, realRoot, realParent) {
  let real;
  try {
    real = fs3.realpathSync.native(abs);
  } catch (err) {
    const code2 = errCode(err);
    if (code2 === "ELOOP") return { path: shown, reason: "symlink-loop", detail: "symbolic links form a loop" };
    if (code2 === "ENOENT" || code2 === "ENOTDIR") return { path: shown, reason: "unreadable", detail: "dangling symbolic link" };
    return { path: shown, reason: "unreadable", detail: code2 ?? "cannot resolve symbolic link" };
  }
  if (!isInside(real, realRoot)) {
    return { path: shown, reason: "symlink-outside-root", detail: "symbolic link points outside the scan root (not followed)" };
  }
  let st;
  try {
    st = fs3.statSync(real);
  } catch {
    return { path: shown, reason: "vanished", detail: "link target deleted during the scan" };
  }
  if (st.isFile()) return { path: shown, absPath: abs };
  if (st.isDirectory()) {
    if (isInside(realParent, real)) {
      return { path: shown, reason: "symlink-loop", detail: "symbolic link to its own ancestor directory" };
    }
    return { path: shown, reason: "not-a-regular-file", detail: "symbolic link to a directory (not followed)" };
  }
  return { path: shown, reason: "not-a-regular-file", detail: statKind(st) };
}
function reporter(cwd, baseAbs) {
  const r = path.relative(cwd, baseAbs);
  const under = r === "" || !(r === ".." || r.startsWith(`..${path.sep}`) || path.isAbsolute(r));
  const prefix = under ? toPosix(r) : "";
  return (rel) => {
    if (prefix === "") return rel === "" ? "." : rel;
    return rel === "" ? prefix : `${prefix}/${rel}`;
  };
}
function globFilters(opts) {
  const compile = (g) => import_micromatch2.default.matcher(g, g.includes("/") ? { dot: true } : { dot: true, basename: true });
  const exclude = opts.exclude.map(compile);
  const include = opts.include.map(compile);
  return {
    isExcluded: exclude.length === 0 ? () => false : (p) => exclude.some((m) => m(p)),
    isIncluded: include.length === 0 ? () => true : (p) => include.some((m) => m(p))
  };
}
function compareDirents(a, b) {
  return compareUtf8(a.isDirectory() ? `${a.name}/` : a.name, b.isDirectory() ? `${b.name}/` : b.name);
}
function compareUtf8(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y2 = b.charCodeAt(i);
    if (x === y2) continue;
    if (x >= 55296) x = x <= 57343 ? x + 8192 : x - 2048;
    if (y2 >= 55296) y2 = y2 <= 57343 ? y2 + 8192 : y2 - 2048;
    return x - y2;
  }
  return a.length - b.length;
}
function parentOf(p) {
  const slash = p.lastIndexOf("/");
  return slash === -1 ? "" : p.slice(0, slash);
}
function isInside(child, parent) {
  if (child === parent) return true;
  const prefix = parent.endsWith(path.sep) ? parent : parent + path.sep;
  return child.startsWith(prefix);
}
function toPosix(p) {
  return path.sep === "/" ? p : p.split(path.sep).join("/");
}
function exists(abs) {
  try {
    fs3.lstatSync(abs);
    return true;
  } catch {
    return false;
  }
}
function errCode(err) {
  return err?.code;
}
function statKind(st) {
  if (st.isFIFO()) return "FIFO (named pipe)";
  if (st.isSocket()) return "socket";
  if (st.isCharacterDevice()) return "character device";
  if (st.isBlockDevice()) return "block device";
  if (st.isDirectory()) return "directory";
  return "not a regular file";
}
function direntKind(d) {
  if (d.isFIFO()) return "FIFO (named pipe)";
  if (d.isSocket()) return "socket";
  if (d.isCharacterDevice()) return "character device";
  if (d.isBlockDevice()) return "block device";
  return "not a regular file";
}

// src/settings.ts
init_errors();
import { existsSync as existsSync4, readFileSync as readFileSync5 } from "node:fs";
import { isAbsolute as isAbsolute2, relative as relative2, resolve as resolve4, sep as sep2 } from "node:path";

// src/config/config.ts
var import_yaml10 = __toESM(require_dist(), 1);
init_errors();
init_types();
import { existsSync as existsSync3, readFileSync as readFileSync4, statSync as statSync3 } from "node:fs";
import { dirname as dirname4, join as join4, resolve as resolve3 } from "node:path";
var CONFIG_FILE_NAMES = [".keyshift.yaml", ".keyshift.yml"];
var FAIL_ON_VALUES = ["critical", "high", "medium", "low", "none"];
var DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
var DEFAULT_CONFIG = Object.freeze({
  failOn: "low",
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
  include: [],
  exclude: [],
  ignoreFiles: [],
  patterns: { enable: [], disable: [], severity: {}, custom: [] },
  allowlist: { paths: [], values: [], stopwords: [], patterns: {} },
  entropy: {}
});
function defaultConfig() {
  return {
    failOn: DEFAULT_CONFIG.failOn,
    maxFileSize: DEFAULT_CONFIG.maxFileSize,
    include: [],
    exclude: [],
    ignoreFiles: [],
    patterns: { enable: [], disable: [], severity: {}, custom: [] },
    allowlist: { paths: [], values: [], stopwords: [], patterns: {} },
    entropy: {}
  };
}
function findConfigFile(startDir, stopDir) {
  let dir = resolve3(startDir);
  const stop = stopDir === void 0 ? void 0 : resolve3(stopDir);
  for (; ; ) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join4(dir, name);
      if (isFile(candidate)) return candidate;
    }
    if (dir === stop || existsSync3(join4(dir, ".git"))) return void 0;
    const parent = dirname4(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}
function isFile(p) {
  try {
    return statSync3(p).isFile();
  } catch {
    return false;
  }
}
function loadConfig(file) {
  let text2;
  try {
    text2 = readFileSync4(file, "utf8");
  } catch (err) {
    const code2 = err.code;
    const why = code2 === "ENOENT" ? "no such file" : code2 === "EISDIR" ? "is a directory" : err.message;
    throw new ConfigError(`cannot read config file (${why}); check the --config path`, file, void 0, { cause: err });
  }
  const { config, problems } = parseConfig(text2, file);
  const first = problems[0];
  if (first) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? "s" : ""} in this file)` : "";
    throw new ConfigError(`${first.message}${more}`, file, first.line);
  }
  config.file = resolve3(file);
  return config;
}
function parseConfig(text2, file) {
  const lineCounter = new import_yaml10.LineCounter();
  const doc = (0, import_yaml10.parseDocument)(text2, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const v = new Validator(lineCounter);
  const config = defaultConfig();
  for (const err of doc.errors) {
    const line = err.linePos?.[0]?.line ?? 1;
    const msg = (err.message.split("\n")[0] ?? err.message).replace(/ at line \d+, column \d+:?$/, "");
    v.problems.push({ line, message: `invalid YAML: ${msg}` });
  }
  if (doc.errors.length > 0) return { config, problems: v.problems };
  const root = doc.contents;
  if (root === null || (0, import_yaml10.isScalar)(root) && (root.value === null || root.value === void 0)) return { config, problems: [] };
  if (!(0, import_yaml10.isMap)(root)) {
    v.problems.push({ line: v.lineOf(root), message: `expected a mapping of settings at the top level of ${file}; got ${describe2(root)}` });
    return { config, problems: v.problems };
  }
  v.readTopLevel(root, config);
  return { config, problems: v.problems.sort((a, b) => a.line - b.line) };
}
function mergeConfig(fileConfig, cli) {
  const out = {
    ...fileConfig,
    include: [...fileConfig.include],
    exclude: [...fileConfig.exclude],
    ignoreFiles: [...fileConfig.ignoreFiles],
    patterns: {
      ...fileConfig.patterns,
      enable: [...fileConfig.patterns.enable],
      disable: [...fileConfig.patterns.disable]
    }
  };
  if (cli.failOn !== void 0) out.failOn = cli.failOn;
  if (cli.maxFileSize !== void 0) out.maxFileSize = cli.maxFileSize;
  if (cli.baseline !== void 0) out.baseline = cli.baseline;
  if (cli.include && cli.include.length > 0) out.include = [...cli.include];
  if (cli.exclude) out.exclude = union(out.exclude, cli.exclude);
  if (cli.ignoreFiles) out.ignoreFiles = union(out.ignoreFiles, cli.ignoreFiles);
  if (cli.enable) out.patterns.enable = union(out.patterns.enable, cli.enable);
  if (cli.disable) out.patterns.disable = union(out.patterns.disable, cli.disable);
  return out;
}
function union(a, b) {
  return [.../* @__PURE__ */ new Set([...a, ...b])];
}
function resolveConfigPath(config, p, cwd = process.cwd()) {
  return resolve3(config.file ? dirname4(config.file) : cwd, p);
}
var SIZE_UNITS = {
  b: 1,
  kb: 1e3,
  kib: 1024,
  mb: 1e3 ** 2,
  mib: 1024 ** 2,
  gb: 1e3 ** 3,
  gib: 1024 ** 3
};
function parseSize(value) {
  if (typeof value === "number") return Number.isInteger(value) && value > 0 ? value : void 0;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([A-Za-z]*)\s*$/.exec(value);
  if (!m) return void 0;
  const unit = SIZE_UNITS[(m[2] || "b").toLowerCase()];
  if (unit === void 0) return void 0;
  const n = Math.round(Number(m[1]) * unit);
  return n > 0 ? n : void 0;
}
function compileUserRegex(source) {
  if (source.startsWith("(?i)")) return new RegExp(source.slice(4), "i");
  return new RegExp(source);
}
var TOP_KEYS = [
  "fail-on",
  "max-file-size",
  "include",
  "exclude",
  "ignore-files",
  "patterns",
  "allowlist",
  "entropy",
  "baseline"
];
var PATTERNS_KEYS = ["enable", "disable", "severity", "custom"];
var ALLOWLIST_KEYS = ["paths", "values", "stopwords", "patterns"];
var PATTERN_ALLOWLIST_KEYS = ["paths", "values"];
var ENTROPY_KEYS = ["generic"];
var PATTERN_ID2 = /^[a-z0-9][a-z0-9_-]*(?:\.[a-z0-9][a-z0-9_-]*)+$/;
var ID_OR_TAG = /^[a-z0-9][a-z0-9_.-]*$/i;
var Validator = class {
  constructor(lines) {
    this.lines = lines;
  }
  lines;
  problems = [];
  lineOf(node) {
    const range = node?.range;
    return range ? this.lines.linePos(range[0]).line : 1;
  }
  problem(node, field, message) {
    this.problems.push({ line: this.lineOf(node), field, message: `${field}: ${message}` });
  }
  /** Pairs of a mapping with string keys; reports unknown keys (with a suggestion) when `known` is given. */
  entries(map, field, known) {
    const out = [];
    if (!(0, import_yaml10.isMap)(map)) return out;
    for (const pair of map.items) {
      const keyNode = pair.key;
      const key2 = (0, import_yaml10.isScalar)(keyNode) ? String(keyNode.value) : void 0;
      const keyField = field ? `${field}.${key2 ?? "?"}` : key2 ?? "?";
      if (key2 === void 0) {
        this.problem(keyNode, field || "config", `expected plain keys; got ${describe2(keyNode)}`);
        continue;
      }
      if (known && !known.includes(key2)) {
        const hint = suggest(key2, known);
        this.problem(keyNode, keyField, `unknown key${hint ? `; did you mean "${hint}"?` : `; expected one of ${known.join(", ")}`}`);
        continue;
      }
      out.push([key2, pair.value, pair]);
    }
    return out;
  }
  readTopLevel(root, c) {
    for (const [key2, node] of this.entries(root, "", TOP_KEYS)) {
      switch (key2) {
        case "fail-on": {
          const s = this.scalarString(node, key2);
          if (s === void 0) break;
          if (FAIL_ON_VALUES.includes(s)) c.failOn = s;
          else this.problem(node, key2, `expected one of ${FAIL_ON_VALUES.join(", ")}; got ${JSON.stringify(s)}`);
          break;
        }
        case "max-file-size": {
          const value = (0, import_yaml10.isScalar)(node) ? node.value : void 0;
          const n = typeof value === "number" || typeof value === "string" ? parseSize(value) : void 0;
          if (n === void 0) {
            this.problem(node, key2, `expected a positive number of bytes or a size like "10MiB" or "500KB"; got ${describe2(node)}`);
          } else c.maxFileSize = n;
          break;
        }
        case "include":
        case "exclude":
        case "ignore-files": {
          const list = this.stringList(node, key2);
          if (key2 === "include") c.include = list;
          else if (key2 === "exclude") c.exclude = list;
          else c.ignoreFiles = list;
          break;
        }
        case "patterns":
          this.readPatterns(node, c);
          break;
        case "allowlist":
          this.readAllowlist(node, c);
          break;
        case "entropy":
          if (!this.expectMap(node, key2)) break;
          for (const [k, n] of this.entries(node, key2, ENTROPY_KEYS)) {
            const value = (0, import_yaml10.isScalar)(n) ? n.value : void 0;
            if (typeof value !== "number" || !(value >= 0 && value <= 8)) {
              this.problem(n, `${key2}.${k}`, `expected a number of bits per character from 0 to 8; got ${describe2(n)}`);
            } else c.entropy.generic = value;
          }
          break;
        case "baseline": {
          const s = this.scalarString(node, key2, "a file path");
          if (s !== void 0) c.baseline = s;
          break;
        }
      }
    }
  }
  readPatterns(node, c) {
    if (!this.expectMap(node, "patterns")) return;
    for (const [key2, n] of this.entries(node, "patterns", PATTERNS_KEYS)) {
      const field = `patterns.${key2}`;
      switch (key2) {
        case "enable":
        case "disable": {
          const list = this.stringList(n, field, (s) => ID_OR_TAG.test(s), 'a pattern id or tag (letters, digits, ".", "-", "_")');
          c.patterns[key2] = list;
          break;
        }
        case "severity":
          if (!this.expectMap(n, field)) break;
          for (const [id, sev] of this.entries(n, field)) {
            if (!PATTERN_ID2.test(id)) {
              this.problem(sev, `${field}.${id}`, `expected a pattern id like "aws.access-key" as the key`);
              continue;
            }
            const s = this.scalarString(sev, `${field}.${id}`);
            if (s === void 0) continue;
            if (SEVERITIES.includes(s)) c.patterns.severity[id] = s;
            else this.problem(sev, `${field}.${id}`, `expected one of critical, high, medium, low; got ${JSON.stringify(s)}`);
          }
          break;
        case "custom":
          if (!(0, import_yaml10.isSeq)(n)) {
            this.problem(n, field, `expected a list of pattern objects (see patterns/README.md); got ${describe2(n)}`);
            break;
          }
          n.items.forEach((item, i) => {
            if (!(0, import_yaml10.isMap)(item)) {
              this.problem(item, `${field}[${i}]`, `expected a pattern object with id, regex, keywords, ... (see patterns/README.md); got ${describe2(item)}`);
              return;
            }
            c.patterns.custom.push({ raw: item.toJSON(), line: this.lineOf(item) });
          });
          break;
      }
    }
  }
  readAllowlist(node, c) {
    if (!this.expectMap(node, "allowlist")) return;
    for (const [key2, n] of this.entries(node, "allowlist", ALLOWLIST_KEYS)) {
      const field = `allowlist.${key2}`;
      switch (key2) {
        case "paths":
          c.allowlist.paths = this.stringList(n, field);
          break;
        case "values":
          c.allowlist.values = this.regexList(n, field);
          break;
        case "stopwords":
          c.allowlist.stopwords = this.stringList(n, field);
          break;
        case "patterns":
          if (!this.expectMap(n, field)) break;
          for (const [id, entry] of this.entries(n, field)) {
            const idField = `${field}.${id}`;
            if (!PATTERN_ID2.test(id)) {
              this.problem(entry, idField, `expected a pattern id like "aws.access-key" as the key`);
              continue;
            }
            if (!this.expectMap(entry, idField)) continue;
            const pa = { paths: [], values: [] };
            for (const [k, v] of this.entries(entry, idField, PATTERN_ALLOWLIST_KEYS)) {
              if (k === "paths") pa.paths = this.stringList(v, `${idField}.paths`);
              else pa.values = this.regexList(v, `${idField}.values`);
            }
            c.allowlist.patterns[id] = pa;
          }
          break;
      }
    }
  }
  expectMap(node, field) {
    if ((0, import_yaml10.isMap)(node)) return true;
    if ((0, import_yaml10.isScalar)(node) && node.value === null) return false;
    this.problem(node, field, `expected a mapping; got ${describe2(node)}`);
    return false;
  }
  scalarString(node, field, what = "a string") {
    if ((0, import_yaml10.isScalar)(node) && typeof node.value === "string" && node.value.length > 0) return node.value;
    this.problem(node, field, `expected ${what}; got ${describe2(node)}`);
    return void 0;
  }
  stringList(node, field, ok, what = "a string") {
    if ((0, import_yaml10.isScalar)(node) && node.value === null) return [];
    if (!(0, import_yaml10.isSeq)(node)) {
      this.problem(node, field, `expected a list of strings; got ${describe2(node)}`);
      return [];
    }
    const out = [];
    node.items.forEach((item, i) => {
      const s = (0, import_yaml10.isScalar)(item) && typeof item.value === "string" ? item.value : void 0;
      if (s === void 0 || s.length === 0 || ok && !ok(s)) this.problem(item, `${field}[${i}]`, `expected ${what}; got ${describe2(item)}`);
      else out.push(s);
    });
    return out;
  }
  regexList(node, field) {
    const list = this.stringList(node, field, void 0, "a regular expression string");
    const seq = (0, import_yaml10.isSeq)(node) ? node.items : [];
    return list.filter((src) => {
      try {
        compileUserRegex(src);
        return true;
      } catch (err) {
        const idx = seq.findIndex((it) => (0, import_yaml10.isScalar)(it) && it.value === src);
        const why = err.message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, "");
        this.problem(seq[idx], `${field}[${idx}]`, `invalid regular expression ${JSON.stringify(src)}: ${why}; write JavaScript regex syntax`);
        return false;
      }
    });
  }
};
function describe2(node) {
  if (node === null || node === void 0) return "nothing";
  if ((0, import_yaml10.isMap)(node)) return "a mapping";
  if ((0, import_yaml10.isSeq)(node)) return "a list";
  if ((0, import_yaml10.isScalar)(node)) {
    const v = node.value;
    if (v === null) return "nothing";
    if (typeof v === "string") return JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v);
    return String(v);
  }
  return "an unsupported value";
}
function suggest(key2, known) {
  const norm = (s) => s.toLowerCase().replace(/[-_\s]/g, "");
  const k = norm(key2);
  let best;
  let bestDist = Infinity;
  for (const cand of known) {
    const d = editDistance(k, norm(cand));
    if (d < bestDist) {
      bestDist = d;
      best = cand;
    }
  }
  const limit = Math.max(1, Math.floor(k.length / 3));
  return bestDist <= limit ? best : void 0;
}
function editDistance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

// src/settings.ts
function resolveSettings(req, scanDir) {
  const file = req.configFile ? resolve4(req.cwd, req.configFile) : findConfigFile(scanDir);
  if (req.configFile && !existsSync4(file)) throw new ConfigError(`--config: ${req.configFile} does not exist`);
  const fromFile = file ? loadConfig(file) : defaultConfig();
  const config = mergeConfig(fromFile, {
    failOn: req.failOn,
    maxFileSize: req.maxFileSize,
    include: req.include,
    exclude: req.exclude,
    baseline: req.baseline
  });
  const baselinePath = req.baseline ? resolve4(req.cwd, req.baseline) : config.baseline ? resolveConfigPath(config, config.baseline, req.cwd) : void 0;
  let baseline;
  if (baselinePath) {
    if (!existsSync4(baselinePath)) throw new ConfigError(`baseline ${baselinePath} does not exist; create it with \`keyshift baseline create\``);
    baseline = indexBaseline(parseBaseline(readFileSync5(baselinePath, "utf8"), baselinePath));
  }
  return {
    config,
    root: req.cwd,
    failOn: config.failOn,
    maxFileSize: config.maxFileSize,
    include: config.include,
    exclude: [...config.exclude, ...ownConfigExclude(config.file, req.cwd)],
    ignoreFileNames: [".keyshiftignore", ...config.ignoreFiles.map((p) => resolveConfigPath(config, p, req.cwd))],
    catalog: {
      custom: config.patterns.custom,
      customFile: config.file,
      enable: config.patterns.enable,
      disable: config.patterns.disable,
      severity: config.patterns.severity,
      genericEntropy: config.entropy.generic
    },
    suppress: { allowlist: config.allowlist, baseline }
  };
}
function ownConfigExclude(file, cwd) {
  if (!file) return [];
  const rel = relative2(cwd, file);
  if (rel === "" || rel.startsWith("..") || isAbsolute2(rel)) return [];
  return [rel.split(sep2).join("/")];
}

// src/cli/version.ts
var VERSION = "0.1.0";

// src/scan-request.ts
async function runConfiguredScan(req) {
  for (const t of req.targets) {
    try {
      statSync4(t);
    } catch {
      throw new UsageError(`cannot scan ${t}: no such file or directory`);
    }
  }
  const firstDir = req.targets[0] ? dirOf(req.targets[0]) : req.cwd;
  const settings = resolveSettings(req, firstDir);
  const catalog = loadEngineCatalog(settings.catalog);
  const walkStats = createWalkStats();
  const items = req.items ?? await sourceFor(req, settings, walkStats);
  const result = await runScan({
    items,
    patterns: catalog.active,
    migrations: catalog.migrations,
    suppress: settings.suppress,
    maxFileSize: settings.maxFileSize,
    root: settings.root,
    workers: req.workers,
    onProgress: req.onProgress,
    collectDirectives: req.reportUnusedDirectives
  });
  if (req.mode.kind === "history") {
    const { consolidateHistory: consolidateHistory2 } = await Promise.resolve().then(() => (init_git_history(), git_history_exports));
    await consolidateHistory2(result, { cwd: req.cwd, target: req.targets[0], mode: req.mode });
  }
  result.warnings.unshift(...walkStats.warnings);
  const used2 = new Set(result.findings.map((f2) => f2.ruleId));
  const rules = catalog.all.filter((p) => used2.has(p.id)).map((spec) => ({ spec, help: ruleHelp(spec, catalog.migrations) }));
  return {
    report: { result, rules, tool: { name: "keyshift", version: VERSION, informationUri: "https://github.com/keyshift/keyshift" } },
    failOn: settings.failOn,
    settings,
    catalog,
    unusedDirectives: unusedDirectives(result.directives)
  };
}
function dirOf(p) {
  try {
    return statSync4(p).isDirectory() ? p : dirname6(p);
  } catch {
    return dirname6(p);
  }
}
async function sourceFor(req, s, stats) {
  switch (req.mode.kind) {
    case "files":
      return walkFiles(req.targets, {
        cwd: req.cwd,
        include: s.include,
        exclude: s.exclude,
        ignoreFileNames: s.ignoreFileNames,
        respectGitignore: req.respectGitignore,
        maxFileSize: s.maxFileSize,
        stats
      });
    default: {
      const git = await Promise.resolve().then(() => (init_git_source(), git_source_exports));
      return git.gitItems(req.mode, { cwd: req.cwd, target: req.targets[0] ?? req.cwd, settings: s });
    }
  }
}

// src/report/common.ts
init_types();
function compareFindings2(a, b) {
  return cmp3(a.path, b.path) || a.line - b.line || a.column - b.column || cmp3(a.ruleId, b.ruleId) || cmp3(a.fingerprint, b.fingerprint) || cmp3(a.commit?.sha ?? "", b.commit?.sha ?? "");
}
function compareBySeverity(a, b) {
  return severityRank(b.severity) - severityRank(a.severity) || compareFindings2(a, b);
}
function sortedFindings(findings, compare = compareFindings2) {
  return [...findings].sort(compare);
}
function cmp3(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function isSuppressed(f2) {
  return f2.suppressions.length > 0;
}
var SEVERITIES_DESC = [...SEVERITIES].reverse();
function countBy(items, key2) {
  const out = /* @__PURE__ */ new Map();
  for (const item of items) {
    const k = key2(item);
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}
function rankedEntries(counts) {
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || cmp3(a[0], b[0]));
}
function severityCounts(findings) {
  const out = { low: 0, medium: 0, high: 0, critical: 0 };
  for (const f2 of findings) out[f2.severity]++;
  return out;
}
function pascalCase(id) {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join("");
}
function normalizeNhi(id) {
  const m = /^nhi\s*(\d+)/i.exec(id.trim());
  return m ? `NHI${m[1]}` : id.trim();
}
function normalizeCwe(id) {
  const m = /^(?:cwe-?)?(\d+)$/i.exec(id.trim());
  return m ? `CWE-${m[1]}` : id.trim();
}
var NHI_TITLES = {
  NHI1: "Improper Offboarding",
  NHI2: "Secret Leakage",
  NHI3: "Vulnerable Third-Party NHI",
  NHI4: "Insecure Authentication",
  NHI5: "Overprivileged NHI",
  NHI6: "Insecure Cloud Deployment Configurations",
  NHI7: "Long-Lived Secrets",
  NHI8: "Environment Isolation",
  NHI9: "NHI Reuse",
  NHI10: "Human Use of NHI"
};
var CWE_TITLES = {
  "CWE-798": "Use of Hard-coded Credentials",
  "CWE-259": "Use of Hard-coded Password",
  "CWE-321": "Use of Hard-coded Cryptographic Key",
  "CWE-522": "Insufficiently Protected Credentials",
  "CWE-312": "Cleartext Storage of Sensitive Information",
  "CWE-313": "Cleartext Storage in a File or on Disk",
  "CWE-256": "Plaintext Storage of a Password",
  "CWE-260": "Password in Configuration File",
  "CWE-526": "Cleartext Storage of Sensitive Information in an Environment Variable",
  "CWE-532": "Insertion of Sensitive Information into Log File",
  "CWE-540": "Inclusion of Sensitive Information in Source Code",
  "CWE-615": "Inclusion of Sensitive Information in Source Code Comments",
  "CWE-262": "Not Using Password Aging",
  "CWE-263": "Password Aging with Long Expiration",
  "CWE-250": "Execution with Unnecessary Privileges",
  "CWE-269": "Improper Privilege Management"
};
function oneLine(s) {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    const code2 = c.charCodeAt(0);
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "	") return "\\t";
    return code2 > 255 ? `\\u${code2.toString(16).padStart(4, "0")}` : `\\x${code2.toString(16).padStart(2, "0")}`;
  });
}
function plural(n, one, many = `${one}s`) {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}
function num2(n) {
  return n.toLocaleString("en-US");
}

// src/report/markdown.ts
var CI_CONTEXTS = /* @__PURE__ */ new Set(["github-workflow", "gitlab-ci", "other-ci"]);
var DEFAULT_FIX_FIRST = 25;
var DEFAULT_PLACES = 50;
function urgency(f2) {
  const longLived = f2.kind === "long-lived-credential" || f2.kind === "static-key";
  if (longLived && CI_CONTEXTS.has(f2.context) && (f2.severity === "critical" || f2.severity === "high")) {
    return { rank: 0, why: `${f2.kind} in CI (${f2.context})` };
  }
  if (f2.kind === "refresh-token") return { rank: 1, why: "refresh token" };
  if (f2.kind === "private-key") return { rank: 2, why: "private key" };
  if (f2.severity === "critical") return { rank: 3, why: `critical ${f2.kind}` };
  return void 0;
}
function formatMarkdown(report2, opts) {
  const { result, tool } = report2;
  const active = result.findings.filter((f2) => !isSuppressed(f2)).sort(compareBySeverity);
  const suppressed = result.findings.length - active.length;
  const out = [];
  out.push(`# Non-human identity inventory`, "");
  out.push(
    `${tool.name} ${mdText(tool.version)} found ${plural(active.length, "secret")} in ${plural(result.counts.filesScanned, "file")} scanned (${num2(suppressed)} suppressed, ${plural(Math.max(result.counts.filesSkipped, result.skips.length), "file")} skipped).`
  );
  if (!active.length) {
    out.push("", "No findings: nothing to migrate.");
    return `${out.join("\n")}
`;
  }
  const byKind = rankedEntries(countBy(active, (f2) => f2.kind));
  const byProvider = rankedEntries(countBy(active, (f2) => f2.provider));
  out.push("", pie("Findings by kind", byKind), "", pie("Findings by provider", byProvider));
  out.push("", "## Counts", "", "### By kind", "");
  out.push(row(["Kind", "Findings", ...SEVERITIES_DESC.map(cap)]), row(["---", "--:", ...SEVERITIES_DESC.map(() => "--:")]));
  for (const [kind] of byKind) {
    const list = active.filter((f2) => f2.kind === kind);
    const sev = severityCounts(list);
    out.push(row([mdText(kind), num2(list.length), ...SEVERITIES_DESC.map((s) => num2(sev[s]))]));
  }
  out.push("", "### By provider", "", row(["Provider", "Findings", "Kinds"]), row(["---", "--:", "---"]));
  for (const [provider, n] of byProvider) {
    const kinds = rankedEntries(countBy(active.filter((f2) => f2.provider === provider), (f2) => f2.kind)).map(([k]) => k);
    out.push(row([mdText(provider), num2(n), mdText(kinds.join(", "))]));
  }
  out.push("", "### By context", "", row(["Context", "Findings"]), row(["---", "--:"]));
  for (const [context, n] of rankedEntries(countBy(active, (f2) => f2.context))) out.push(row([mdText(context), num2(n)]));
  const urgent = active.map((f2) => ({ f: f2, u: urgency(f2) })).filter((x) => x.u !== void 0).sort((a, b) => a.u.rank - b.u.rank || compareBySeverity(a.f, b.f));
  const fixLimit = opts.maxFindings ?? DEFAULT_FIX_FIRST;
  out.push("", "## Fix these first", "");
  if (urgent.length) {
    out.push("Long-lived credentials in CI, refresh tokens and private keys, then anything else critical.", "");
    out.push(row(["#", "Severity", "Why", "Rule", "Location", "Preview"]), row(["--:", "---", "---", "---", "---", "---"]));
    urgent.slice(0, fixLimit).forEach(({ f: f2, u }, i) => {
      out.push(row([String(i + 1), f2.severity, mdText(u.why), mdCode(f2.ruleId), mdCode(place(f2)), mdCode(f2.preview)]));
    });
    if (urgent.length > fixLimit) out.push("", `\u2026 and ${plural(urgent.length - fixLimit, "more finding")} of this kind.`);
  } else {
    out.push("Nothing critical: no long-lived credential in CI, no refresh token, no private key.");
  }
  out.push("", "## Migration plan", "");
  const placeLimit = opts.maxFindings ?? DEFAULT_PLACES;
  for (const [provider, n] of byProvider) {
    out.push(`### ${mdText(provider)} (${plural(n, "finding")})`, "");
    const groups2 = /* @__PURE__ */ new Map();
    for (const f2 of active.filter((x) => x.provider === provider)) {
      const key2 = f2.migration ? `${f2.migration.key}\0${f2.migration.variant}` : "";
      const g = groups2.get(key2) ?? { m: f2.migration, list: [] };
      g.list.push(f2);
      groups2.set(key2, g);
    }
    const ordered = [...groups2.entries()].sort((a, b) => b[1].list.length - a[1].list.length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (const [, { m, list }] of ordered) {
      if (m) {
        out.push(`#### ${mdText(m.summary)}`, "", `Migration \`${m.key}\`, variant \`${m.variant}\`.`, "");
        if (m.steps.length) out.push(...m.steps.map((s, i) => `${i + 1}. ${mdText(s)}`), "");
        if (m.snippet) out.push(fence2(m.snippet), "");
        if (m.references.length) out.push(`References: ${m.references.map((r) => `<${r}>`).join(", ")}`, "");
      } else {
        out.push("#### No migration guidance attached", "", "Rotate the secret, remove it from the repository, and load it at runtime from a secrets manager.", "");
      }
      out.push(`Applies to ${plural(list.length, "place")}:`, "");
      const places = [...list].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line);
      for (const f2 of places.slice(0, placeLimit)) out.push(`- ${mdCode(place(f2))} (${mdCode(f2.ruleId)}, ${f2.severity})`);
      if (places.length > placeLimit) out.push(`- \u2026 and ${num2(places.length - placeLimit)} more`);
      out.push("");
    }
  }
  out.push("## OWASP NHI Top 10 and CWE mapping", "");
  out.push(row(["Id", "Title", "Findings", "Rules"]), row(["---", "---", "--:", "---"]));
  const nhi = mapping(active, (f2) => f2.nhi.map(normalizeNhi));
  const nhiIds = [...nhi.keys()].sort((a, b) => Number(a.replace(/\D/g, "")) - Number(b.replace(/\D/g, "")) || (a < b ? -1 : 1));
  for (const id of nhiIds) {
    const m = nhi.get(id);
    out.push(row([`${mdText(id)}:2025`, mdText(NHI_TITLES[id] ?? ""), num2(m.count), mdText([...m.rules].sort().join(", "))]));
  }
  const cwe = mapping(active, (f2) => f2.cwe.map(normalizeCwe));
  const cweIds = [...cwe.keys()].sort((a, b) => Number(a.replace(/\D/g, "")) - Number(b.replace(/\D/g, "")) || (a < b ? -1 : 1));
  for (const id of cweIds) {
    const m = cwe.get(id);
    out.push(row([mdText(id), mdText(CWE_TITLES[id] ?? ""), num2(m.count), mdText([...m.rules].sort().join(", "))]));
  }
  return `${out.join("\n")}
`;
}
function formatSummaryTable(report2) {
  const { result, tool } = report2;
  const active = result.findings.filter((f2) => !isSuppressed(f2));
  const suppressed = result.findings.length - active.length;
  const head = `**${mdText(tool.name)}**: ${plural(active.length, "finding")} in ${plural(result.counts.filesScanned, "file")} scanned (${num2(suppressed)} suppressed, ${plural(Math.max(result.counts.filesSkipped, result.skips.length), "file")} skipped)`;
  if (!active.length) return `${head}
`;
  const lines = [head, "", row(["Kind", ...SEVERITIES_DESC.map(cap), "Total"]), row(["---", ...SEVERITIES_DESC.map(() => "--:"), "--:"])];
  for (const [kind, n] of rankedEntries(countBy(active, (f2) => f2.kind))) {
    const sev = severityCounts(active.filter((f2) => f2.kind === kind));
    lines.push(row([mdText(kind), ...SEVERITIES_DESC.map((s) => num2(sev[s])), num2(n)]));
  }
  const total = severityCounts(active);
  lines.push(row(["**Total**", ...SEVERITIES_DESC.map((s) => `**${num2(total[s])}**`), `**${num2(active.length)}**`]));
  return `${lines.join("\n")}
`;
}
function mapping(findings, ids) {
  const out = /* @__PURE__ */ new Map();
  for (const f2 of findings) {
    for (const id of new Set(ids(f2))) {
      const m = out.get(id) ?? { count: 0, rules: /* @__PURE__ */ new Set() };
      m.count++;
      m.rules.add(f2.ruleId);
      out.set(id, m);
    }
  }
  return out;
}
function pie(title, entries2) {
  const body = entries2.map(([label, n]) => `    "${label.replace(/[^\w .\-/()+]/g, " ")}" : ${n}`);
  return ["```mermaid", `pie showData title ${title}`, ...body, "```"].join("\n");
}
function place(f2) {
  return `${oneLine(f2.path)}:${f2.line}`;
}
function cap(s) {
  return s[0].toUpperCase() + s.slice(1);
}
function row(cells) {
  return `| ${cells.join(" | ")} |`;
}
function mdText(s) {
  return oneLine(s).replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
}
function mdCode(s) {
  const t = oneLine(s);
  const longest = Math.max(0, ...[...t.matchAll(/`+/g)].map((m) => m[0].length));
  const tick = "`".repeat(longest + 1);
  const pad = t.startsWith("`") || t.endsWith("`") ? " " : "";
  return `${tick}${pad}${t.replace(/\|/g, "\\|")}${pad}${tick}`;
}
function fence2(code2) {
  const longest = Math.max(2, ...[...code2.matchAll(/`+/g)].map((m) => m[0].length));
  const f2 = "`".repeat(longest + 1);
  return `${f2}
${code2.replace(/\n$/, "")}
${f2}`;
}

// src/report/sarif.ts
init_types();
import { createHash as createHash2 } from "node:crypto";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var GITHUB_MAX_RESULTS = 25e3;
var GITHUB_MAX_GZIP_BYTES = 1e7;
var SECRET_FINGERPRINT_KEY = "keyshift/secret/v1";
var LEVEL = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note"
};
var SECURITY_SEVERITY = {
  critical: "9.5",
  high: "8.0",
  medium: "5.5",
  low: "2.0"
};
var MAX_TAGS = 20;
function formatSarif(report2, opts) {
  return serialize(buildSarif(report2, opts));
}
function serialize(log) {
  return `${JSON.stringify(log, null, 2)}
`;
}
function buildSarif(report2, opts) {
  const maxResults = opts.maxResults ?? GITHUB_MAX_RESULTS;
  const maxGzip = opts.maxGzipBytes ?? GITHUB_MAX_GZIP_BYTES;
  const all = report2.result.findings;
  const ranked = [...all].sort((a, b) => Number(isSuppressed(a)) - Number(isSuppressed(b)) || compareBySeverity(a, b));
  let keep = Math.min(ranked.length, maxResults);
  for (; ; ) {
    const log = buildLog(report2, opts, ranked.slice(0, keep), all.length);
    if (keep === 0) return log;
    const size = gzipSync(serialize(log)).length;
    if (size <= maxGzip) return log;
    keep = Math.min(keep - 1, Math.floor(keep * maxGzip * 0.9 / size));
    keep = Math.max(keep, 0);
  }
}
function buildLog(report2, opts, kept, total) {
  const findings = sortedFindings(kept, compareFindings2);
  const infoById = new Map(report2.rules.map((r) => [r.spec.id, r]));
  const byRule = /* @__PURE__ */ new Map();
  for (const f2 of findings) {
    const list = byRule.get(f2.ruleId);
    if (list) list.push(f2);
    else byRule.set(f2.ruleId, [f2]);
  }
  const ruleIds = [...byRule.keys()].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const rules = ruleIds.map((id) => buildRule(infoById.get(id) ?? synthesizeRule(byRule.get(id)[0]), byRule.get(id)));
  const lineHashSeen = /* @__PURE__ */ new Map();
  const results = findings.map((f2) => buildResult(f2, ruleIndex.get(f2.ruleId), opts, lineHashSeen));
  const driver = {
    name: report2.tool.name,
    semanticVersion: report2.tool.version,
    ...report2.tool.informationUri ? { informationUri: report2.tool.informationUri } : {},
    rules
  };
  const run2 = {
    tool: { driver },
    originalUriBaseIds: { "%SRCROOT%": { uri: rootUri(report2.result.root) } },
    invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications(report2, kept.length, total, opts) }],
    results,
    columnKind: "utf16CodeUnits"
  };
  if (opts.category) run2.automationDetails = { id: opts.category.endsWith("/") ? opts.category : `${opts.category}/` };
  return { $schema: SARIF_SCHEMA, version: "2.1.0", runs: [run2] };
}
function synthesizeRule(f2) {
  const spec = {
    id: f2.ruleId,
    name: f2.ruleName || f2.ruleId,
    provider: f2.provider,
    family: f2.provider,
    kind: f2.kind,
    severity: f2.severity,
    confidence: f2.confidence,
    keywords: [],
    regex: "",
    flags: "",
    migration: f2.migration?.key ?? "",
    references: f2.migration?.references ?? [],
    tags: [],
    cwe: f2.cwe,
    generic: false,
    publishable: false,
    allow: [],
    examples: [],
    negativeExamples: []
  };
  const advice = f2.migration?.summary ?? "Remove the secret from the repository, rotate it, and load it at runtime from a secrets manager.";
  return { spec, help: { text: `${spec.name}. ${advice}`, markdown: `**${spec.name}**

${advice}` } };
}
function buildRule(info, findings) {
  const { spec } = info;
  const cwe = unique2([...spec.cwe, ...findings.flatMap((f2) => f2.cwe)].map(normalizeCwe));
  const nhi = unique2(findings.flatMap((f2) => f2.nhi).map(normalizeNhi)).sort(byNhiNumber);
  const tags = unique2([
    "security",
    "secret",
    spec.kind,
    spec.provider,
    "CWE-798",
    ...cwe,
    ...nhi.map((id) => `owasp-nhi/${id}`),
    ...cwe.map((c) => `external/cwe/${c.toLowerCase()}`),
    ...spec.tags
  ].filter(Boolean)).slice(0, MAX_TAGS);
  return {
    id: spec.id,
    name: pascalCase(spec.id).slice(0, 255),
    shortDescription: { text: clip(spec.name || spec.id, 1024) },
    fullDescription: {
      text: clip(`${spec.name || spec.id}: a ${spec.kind} from provider ${spec.provider}, reported at ${spec.severity} severity.`, 1024)
    },
    help: { text: info.help.text || `${spec.name}.`, markdown: info.help.markdown || info.help.text || `${spec.name}.` },
    defaultConfiguration: { level: LEVEL[spec.severity] },
    properties: {
      tags,
      precision: spec.confidence,
      // GitHub reads security-severity only from the rule: take the most severe of the spec and its results.
      "security-severity": SECURITY_SEVERITY[maxSeverity([spec.severity, ...findings.map((f2) => f2.severity)])],
      kind: spec.kind,
      provider: spec.provider
    }
  };
}
function buildResult(f2, ruleIndex, opts, seen) {
  const hash = createHash2("sha256").update(f2.ruleId).update(f2.fingerprint).digest("hex").slice(0, 16);
  const seenKey = `${f2.path}\0${hash}`;
  const n = (seen.get(seenKey) ?? 0) + 1;
  seen.set(seenKey, n);
  const summary = f2.migration?.summary;
  const text2 = sentence(`${f2.ruleName} (${f2.kind}) found${summary ? `; ${lowerFirst(stripFinalStop(summary))}` : ""}`);
  const properties = {
    kind: f2.kind,
    severity: f2.severity,
    "security-severity": SECURITY_SEVERITY[f2.severity],
    confidence: f2.confidence,
    fingerprint: f2.fingerprint,
    provider: f2.provider,
    context: f2.context,
    pathRole: f2.pathRole,
    ...summary ? { migration: summary } : {},
    ...f2.migration ? { migrationKey: f2.migration.key, migrationVariant: f2.migration.variant } : {},
    nhi: f2.nhi,
    cwe: f2.cwe,
    checksum: f2.checksum,
    preview: f2.preview,
    secretLength: f2.secretLength,
    ...f2.notes.length ? { notes: f2.notes } : {},
    ...f2.commit ? { commitSha: f2.commit.sha, commitDate: f2.commit.date } : {},
    ...f2.details && Object.keys(f2.details).length ? { details: { ...f2.details } } : {},
    ...f2.jwt ? { jwt: { ...f2.jwt } } : {},
    ...opts.showSecrets ? { secret: f2.secret.reveal() } : {}
  };
  const endLine = Math.max(f2.endLine, f2.line);
  const endColumn = endLine === f2.line ? Math.max(f2.endColumn, f2.column + 1) : Math.max(f2.endColumn, 1);
  const result = {
    ruleId: f2.ruleId,
    ruleIndex,
    level: LEVEL[f2.severity],
    message: { text: text2, markdown: resultMarkdown(f2) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: relativeUri(f2.path), uriBaseId: "%SRCROOT%" },
          region: { startLine: f2.line, startColumn: f2.column, endLine, endColumn }
        }
      }
    ],
    partialFingerprints: { primaryLocationLineHash: `${hash}:${n}`, [SECRET_FINGERPRINT_KEY]: f2.fingerprint },
    properties
  };
  if (f2.suppressions.length) {
    result.suppressions = f2.suppressions.map((s) => ({
      kind: s.kind,
      status: "accepted",
      justification: s.justification ?? `Suppressed by ${s.source}.`,
      properties: { source: s.source }
    }));
  }
  return result;
}
function resultMarkdown(f2) {
  const lines = [
    `**${mdEscape(f2.ruleName)}** (\`${f2.ruleId}\`): a ${f2.kind} at ${f2.severity} severity, found in a ${f2.context} file. Preview: \`${f2.preview.replace(/`/g, "'")}\`.`
  ];
  if (f2.commit) lines.push("", `Introduced in commit \`${f2.commit.sha.slice(0, 12)}\` (${mdEscape(f2.commit.date)}).`);
  if (f2.jwt) {
    const parts = [f2.jwt.alg && `alg ${f2.jwt.alg}`, f2.jwt.iss && `issuer ${f2.jwt.iss}`, f2.jwt.lifetimeSeconds !== void 0 && `lifetime ${f2.jwt.lifetimeSeconds} s`, f2.jwt.expired && "expired"];
    lines.push("", `JWT: ${mdEscape(parts.filter(Boolean).join(", ") || "no claims decoded")}.`);
  }
  const m = f2.migration;
  if (m) {
    lines.push("", `**What should replace it:** ${mdEscape(m.summary)}`);
    if (m.steps.length) lines.push("", ...m.steps.map((s, i) => `${i + 1}. ${mdEscape(s)}`));
    if (m.snippet) lines.push("", fence3(m.snippet));
    if (m.references.length) lines.push("", ...m.references.map((r) => `- <${r}>`));
  }
  return lines.join("\n");
}
function notifications(report2, kept, total, opts) {
  const out = [];
  const { skips, warnings } = report2.result;
  if (skips.length) {
    const reasons = rankedEntries(countBy(skips, (s) => s.reason)).map(([r, n]) => `${r} ${num2(n)}`).join(", ");
    out.push({
      level: "note",
      descriptor: { id: "keyshift/skipped-files" },
      message: { text: `${num2(skips.length)} files were skipped (${reasons}); run with --verbose to list them.` }
    });
  }
  for (const w of warnings.slice(0, 100)) {
    out.push({ level: "warning", descriptor: { id: "keyshift/warning" }, message: { text: sentence(w) } });
  }
  if (warnings.length > 100) {
    out.push({ level: "warning", descriptor: { id: "keyshift/warning" }, message: { text: `${num2(warnings.length - 100)} more warnings were not included.` } });
  }
  if (kept < total) {
    const maxResults = opts.maxResults ?? GITHUB_MAX_RESULTS;
    const maxGzip = opts.maxGzipBytes ?? GITHUB_MAX_GZIP_BYTES;
    out.push({
      level: "warning",
      descriptor: { id: "keyshift/truncated" },
      message: {
        text: `${num2(total - kept)} of ${num2(total)} results were dropped to stay within the upload limits (${num2(maxResults)} results per run, ${num2(maxGzip)} bytes gzip-compressed); the most severe were kept. Use --format json for the full list.`
      },
      properties: { dropped: total - kept, kept, total }
    });
  }
  return out;
}
function relativeUri(path3) {
  const posix = path3.replace(/\\/g, "/").replace(/^(\.\/)+/, "").replace(/^\/+/, "");
  return posix.split("/").map((seg) => {
    let out = "";
    for (const byte of Buffer.from(seg, "utf8")) {
      const c = String.fromCharCode(byte);
      out += /[A-Za-z0-9\-._~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
    }
    return out;
  }).join("/");
}
function rootUri(root) {
  const href = pathToFileURL(root || "/").href;
  return href.endsWith("/") ? href : `${href}/`;
}
function maxSeverity(list) {
  return list.reduce((a, b) => severityRank(b) > severityRank(a) ? b : a);
}
function unique2(xs) {
  return [...new Set(xs)];
}
function byNhiNumber(a, b) {
  return (Number(a.replace(/\D/g, "")) || 0) - (Number(b.replace(/\D/g, "")) || 0) || (a < b ? -1 : a > b ? 1 : 0);
}
function clip(s, max) {
  return s.length <= max ? s : `${s.slice(0, max - 1)}\u2026`;
}
function lowerFirst(s) {
  return /^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}
function stripFinalStop(s) {
  return s.trim().replace(/[.\s]+$/, "");
}
function sentence(s) {
  const t = s.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}
function mdEscape(s) {
  return s.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, " ");
}
function fence3(code2) {
  const longest = Math.max(2, ...[...code2.matchAll(/`+/g)].map((m) => m[0].length));
  const f2 = "`".repeat(longest + 1);
  return `${f2}
${code2.replace(/\n$/, "")}
${f2}`;
}

// node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }
  if (typeof process === "object" && process.version !== void 0) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${process.arch})`;
  }
  return "<environment undetectable>";
}

// node_modules/before-after-hook/lib/register.js
function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }
  if (!options) {
    options = {};
  }
  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name2) => {
      return register.bind(null, state, name2, callback, options);
    }, method)();
  }
  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }
    return state.registry[name].reduce((method2, registered) => {
      return registered.hook.bind(null, method2, options);
    }, method)();
  });
}

// node_modules/before-after-hook/lib/add.js
function addHook(state, kind, name, hook2) {
  const orig = hook2;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }
  if (kind === "before") {
    hook2 = (method, options) => {
      return Promise.resolve().then(orig.bind(null, options)).then(method.bind(null, options));
    };
  }
  if (kind === "after") {
    hook2 = (method, options) => {
      let result;
      return Promise.resolve().then(method.bind(null, options)).then((result_) => {
        result = result_;
        return orig(result, options);
      }).then(() => {
        return result;
      });
    };
  }
  if (kind === "error") {
    hook2 = (method, options) => {
      return Promise.resolve().then(method.bind(null, options)).catch((error) => {
        return orig(error, options);
      });
    };
  }
  state.registry[name].push({
    hook: hook2,
    orig
  });
}

// node_modules/before-after-hook/lib/remove.js
function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }
  const index = state.registry[name].map((registered) => {
    return registered.orig;
  }).indexOf(method);
  if (index === -1) {
    return;
  }
  state.registry[name].splice(index, 1);
}

// node_modules/before-after-hook/index.js
var bind = Function.bind;
var bindable = bind.bind(bind);
function bindApi(hook2, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook2.api = { remove: removeHookRef };
  hook2.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook2[kind] = hook2.api[kind] = bindable(addHook, null).apply(null, args);
  });
}
function Singular() {
  const singularHookName = /* @__PURE__ */ Symbol("Singular");
  const singularHookState = {
    registry: {}
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}
function Collection() {
  const state = {
    registry: {}
  };
  const hook2 = register.bind(null, state);
  bindApi(hook2, state);
  return hook2;
}
var before_after_hook_default = { Singular, Collection };

// node_modules/@octokit/endpoint/dist-bundle/index.js
var VERSION2 = "0.0.0-development";
var userAgent = `octokit-endpoint.js/${VERSION2} ${getUserAgent()}`;
var DEFAULTS2 = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key2) => {
    newObj[key2.toLowerCase()] = object[key2];
    return newObj;
  }, {});
}
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key2) => {
    if (isPlainObject(options[key2])) {
      if (!(key2 in defaults)) Object.assign(result, { [key2]: options[key2] });
      else result[key2] = mergeDeep(defaults[key2], options[key2]);
    } else {
      Object.assign(result, { [key2]: options[key2] });
    }
  });
  return result;
}
function removeUndefinedProperties(obj) {
  for (const key2 in obj) {
    if (obj[key2] === void 0) {
      delete obj[key2];
    }
  }
  return obj;
}
function merge(defaults, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key2 of Object.keys(object)) {
    if (keysToOmit.indexOf(key2) === -1) {
      result[key2] = object[key2];
    }
  }
  return result;
}
function encodeReserved(str2) {
  return str2.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str2) {
  return encodeURIComponent(str2).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key2) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key2) {
    return encodeUnreserved(key2) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key2, modifier) {
  var value = context[key2], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key2 : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key2 : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key2) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key2));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key2) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}
function parse(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}
function endpointWithDefaults(defaults, route, options) {
  return parse(merge(defaults, route, options));
}
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS22 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS22);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS22,
    defaults: withDefaults.bind(null, DEFAULTS22),
    merge: merge.bind(null, DEFAULTS22),
    parse
  });
}
var endpoint = withDefaults(null, DEFAULTS2);

// node_modules/@octokit/request/dist-bundle/index.js
var import_content_type = __toESM(require_dist2(), 1);

// node_modules/json-with-bigint/json-with-bigint.js
var intRegex = /^-?\d+$/;
var noiseValue = /^-?\d+n+$/;
var originalStringify = JSON.stringify;
var originalParse = JSON.parse;
var customFormat = /^-?\d+n$/;
var bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
var noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;
var isUnstringifiable = (val) => val === void 0 || typeof val === "function" || typeof val === "symbol";
var isRawJSON = (val) => val !== null && typeof val === "object" && val.constructor && val.constructor.name === "RawJSON";
var stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";
  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }
  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer) ? new Set(replacer.map(String)) : null;
  const prepareVal = (parent, key2, val) => {
    const isObject = val !== null && typeof val === "object";
    const hasToJSON = isObject && typeof val.toJSON === "function";
    if (hasToJSON) {
      val = val.toJSON(key2);
    }
    const isNoise = typeof val === "string" && noiseValue.test(val);
    if (isNoise) return val + "n";
    const isBigInt = typeof val === "bigint";
    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return JSON.rawJSON(val.toString());
      return val.toString() + "n";
    }
    if (isFunctionReplacer) {
      val = replacer.call(parent, key2, val);
    }
    const isPostReplacerObject = val !== null && typeof val === "object";
    if (isPostReplacerObject) {
      const isPrimitiveWrapper = val instanceof Number || val instanceof String || val instanceof Boolean;
      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }
    return val;
  };
  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);
  if (isUnstringifiable(rootProcessed)) {
    return void 0;
  }
  const isRootPrimitive = rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);
  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }
  const chunks = [];
  let level = 0;
  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true
    }
  ];
  const visited = new WeakSet([rootProcessed]);
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }
    let isDone = false;
    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");
        if (space) chunks.push("\n" + space.repeat(level));
        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);
        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject = childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);
          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }
            visited.add(childVal);
            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true
            });
            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];
        const isFilteredOutByArray = propertyList && !propertyList.has(k);
        if (isFilteredOutByArray) continue;
        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);
        if (isUnstringifiable(childVal)) continue;
        if (!node.first) chunks.push(",");
        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
        } else {
          chunks.push(originalStringify(k) + ":");
        }
        const isComplexObject = childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);
        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }
          visited.add(childVal);
          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true
          });
          node.first = false;
          break;
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }
      const isNodeFullyProcessed = node.index >= node.keys.length && stack[stack.length - 1] === node;
      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }
    if (isDone) {
      level--;
      if (!node.first && space) chunks.push("\n" + space.repeat(level));
      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }
  return chunks.join("");
};
var JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;
    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key2, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());
          const hasFunctionReplacer = typeof replacer === "function";
          if (hasFunctionReplacer) return replacer(key2, val);
          const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key2);
          if (isKeyInArrayReplacer) return val;
          return val;
        },
        space
      );
    }
    if (!value) return originalStringify(value, replacer, space);
    const convertedToCustomJSON = originalStringify(
      value,
      (key2, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);
        if (isNoise) return val.toString() + "n";
        if (typeof val === "bigint") return val.toString() + "n";
        const hasFunctionReplacer = typeof replacer === "function";
        if (hasFunctionReplacer) return replacer(key2, val);
        const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key2);
        if (isKeyInArrayReplacer) return val;
        return val;
      },
      space
    );
    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3"
    );
    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3");
    return denoisedJSON;
  } catch (error) {
    if (error instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);
      if (convertedJSON === void 0) return void 0;
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return convertedJSON;
      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");
      return processedJSON.replace(noiseStringify, "$1$2$3");
    }
    throw error;
  }
};
var featureCache = /* @__PURE__ */ new Map();
var isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();
  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }
  try {
    const result = JSON.parse(
      "1",
      (_, __, context) => !!context?.source && context.source === "1"
    );
    featureCache.set(parseFingerprint, result);
    return result;
  } catch {
    featureCache.set(parseFingerprint, false);
    return false;
  }
};
var convertMarkedBigIntsReviver = (key2, value, context, userReviver) => {
  const isCustomFormatBigInt = typeof value === "string" && customFormat.test(value);
  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));
  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);
  const hasUserReviver = typeof userReviver === "function";
  if (!hasUserReviver) return value;
  return userReviver(key2, value, context);
};
var JSONParseV2 = (text2, reviver) => {
  return JSON.parse(text2, (key2, value, context) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds = value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context && intRegex.test(context.source);
    const isBigInt = isBigNumber && isInt;
    if (isBigInt) return BigInt(context.source);
    const hasCustomReviver = typeof reviver === "function";
    if (!hasCustomReviver) return value;
    return reviver(key2, value, context);
  });
};
var MAX_INT = Number.MAX_SAFE_INTEGER.toString();
var MAX_DIGITS = MAX_INT.length;
var stringsOrLargeNumbers = /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
var noiseValueWithQuotes = /^"-?\d+n+"$/;
var applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (!node.visited) {
      node.visited = true;
      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";
      if (isComplexObject) {
        const keys = Object.keys(value);
        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key: key2 } = node;
      let value = parent[key2];
      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);
        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);
          if (isNoise) value = value.slice(0, -1);
        }
      }
      const hasUserReviver = typeof userReviver === "function";
      if (hasUserReviver) {
        value = userReviver.call(parent, key2, value);
      }
      const isDeleted = value === void 0;
      if (isDeleted) {
        delete parent[key2];
      } else {
        parent[key2] = value;
      }
      stack.pop();
    }
  }
  return rootHolder[""];
};
var serializeBigInts = (text2) => {
  return text2.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);
      if (isNoise) return match.substring(0, match.length - 1) + 'n"';
      const hasFractionalOrExponential = fractional || exponential;
      const isLessThanMaxSafeInt = digits && (digits.length < MAX_DIGITS || digits.length === MAX_DIGITS && digits <= MAX_INT);
      const isStandardValue = isString || hasFractionalOrExponential || isLessThanMaxSafeInt;
      if (isStandardValue) return match;
      return '"' + match + 'n"';
    }
  );
};
var JSONParse = (text2, reviver) => {
  if (!text2) return originalParse(text2, reviver);
  try {
    if (isContextSourceSupported()) return JSONParseV2(text2, reviver);
    const serializedData = serializeBigInts(text2);
    return originalParse(
      serializedData,
      (key2, value, context) => convertMarkedBigIntsReviver(key2, value, context, reviver)
    );
  } catch (error) {
    if (error instanceof RangeError) {
      const serializedData = serializeBigInts(text2);
      const parsed = originalParse(serializedData);
      return applyReviverIteratively(parsed, reviver);
    }
    throw error;
  }
};

// node_modules/@octokit/request-error/dist-src/index.js
var RequestError = class extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
};

// node_modules/@octokit/request/dist-bundle/index.js
var VERSION3 = "10.0.16";
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${VERSION3} ${getUserAgent()}`
  }
};
function isPlainObject2(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
var noop = () => "";
async function fetchWrapper(requestOptions) {
  const fetch = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = isPlainObject2(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error) {
    let message = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError") {
        error.status = 500;
        throw error;
      }
      message = error.message;
      if (error.name === "TypeError" && "cause" in error) {
        if (error.cause instanceof Error) {
          message = error.cause.message;
        } else if (typeof error.cause === "string") {
          message = error.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key2, value] of fetchResponse.headers) {
    responseHeaders[key2] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop);
  }
  const mimetype = (0, import_content_type.parse)(contentType);
  if (isJSONResponse(mimetype)) {
    let text2 = "";
    try {
      text2 = await response.text();
      return JSONParse(text2);
    } catch (err) {
      return text2;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}
function withDefaults2(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: withDefaults2.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: withDefaults2.bind(null, endpoint2)
  });
}
var request = withDefaults2(endpoint, defaults_default);

// node_modules/@octokit/graphql/dist-bundle/index.js
var VERSION4 = "0.0.0-development";
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key2 in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key2)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key2}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key2) => {
    if (NON_VARIABLE_OPTIONS.includes(key2)) {
      result[key2] = parsedOptions[key2];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key2] = parsedOptions[key2];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key2 of Object.keys(response.headers)) {
        headers[key2] = response.headers[key2];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}
function withDefaults3(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: withDefaults3.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}
var graphql2 = withDefaults3(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${VERSION4} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return withDefaults3(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

// node_modules/@octokit/auth-token/dist-bundle/index.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep4 = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep4}${b64url}${sep4}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}
async function hook(token, request2, route, parameters) {
  const endpoint2 = request2.endpoint.merge(
    route,
    parameters
  );
  endpoint2.headers.authorization = withAuthorizationPrefix(token);
  return request2(endpoint2);
}
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};

// node_modules/@octokit/core/dist-src/version.js
var VERSION5 = "7.0.8";

// node_modules/@octokit/core/dist-src/index.js
var noop2 = () => {
};
var consoleWarn = console.warn.bind(console);
var consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = noop2;
  }
  if (typeof logger.info !== "function") {
    logger.info = noop2;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
var userAgentTrail = `octokit-core.js/${VERSION5} ${getUserAgent()}`;
var Octokit = class {
  static VERSION = VERSION5;
  static defaults(defaults) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults === "function") {
          super(defaults(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults,
            options,
            options.userAgent && defaults.userAgent ? {
              userAgent: `${options.userAgent} ${defaults.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook2 = new before_after_hook_default.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook2.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook2;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth2 = createTokenAuth(options.auth);
        hook2.wrap("request", auth2.hook);
        this.auth = auth2;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth2 = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook2.wrap("request", auth2.hook);
      this.auth = auth2;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
};

// node_modules/@octokit/plugin-request-log/dist-src/version.js
var VERSION6 = "6.0.0";

// node_modules/@octokit/plugin-request-log/dist-src/index.js
function requestLog(octokit) {
  octokit.hook.wrap("request", (request2, options) => {
    octokit.log.debug("request", options);
    const start = Date.now();
    const requestOptions = octokit.request.endpoint.parse(options);
    const path3 = requestOptions.url.replace(options.baseUrl, "");
    return request2(options).then((response) => {
      const requestId = response.headers["x-github-request-id"];
      octokit.log.info(
        `${requestOptions.method} ${path3} - ${response.status} with id ${requestId} in ${Date.now() - start}ms`
      );
      return response;
    }).catch((error) => {
      const requestId = error.response?.headers["x-github-request-id"] || "UNKNOWN";
      octokit.log.error(
        `${requestOptions.method} ${path3} - ${error.status} with id ${requestId} in ${Date.now() - start}ms`
      );
      throw error;
    });
  });
}
requestLog.VERSION = VERSION6;

// node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var VERSION7 = "0.0.0-development";
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error) {
          if (error.status !== 409) throw error;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}
var composePaginateRest = Object.assign(paginate, {
  iterator
});
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = VERSION7;

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/version.js
var VERSION8 = "17.0.0";

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/generated/endpoints.js
var Endpoints = {
  actions: {
    addCustomLabelsToSelfHostedRunnerForOrg: [
      "POST /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    addCustomLabelsToSelfHostedRunnerForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    addRepoAccessToSelfHostedRunnerGroupInOrg: [
      "PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    approveWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve"
    ],
    cancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel"
    ],
    createEnvironmentVariable: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    createHostedRunnerForOrg: ["POST /orgs/{org}/actions/hosted-runners"],
    createOrUpdateEnvironmentSecret: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    createOrUpdateOrgSecret: ["PUT /orgs/{org}/actions/secrets/{secret_name}"],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    createOrgVariable: ["POST /orgs/{org}/actions/variables"],
    createRegistrationTokenForOrg: [
      "POST /orgs/{org}/actions/runners/registration-token"
    ],
    createRegistrationTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/registration-token"
    ],
    createRemoveTokenForOrg: ["POST /orgs/{org}/actions/runners/remove-token"],
    createRemoveTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/remove-token"
    ],
    createRepoVariable: ["POST /repos/{owner}/{repo}/actions/variables"],
    createWorkflowDispatch: [
      "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches"
    ],
    deleteActionsCacheById: [
      "DELETE /repos/{owner}/{repo}/actions/caches/{cache_id}"
    ],
    deleteActionsCacheByKey: [
      "DELETE /repos/{owner}/{repo}/actions/caches{?key,ref}"
    ],
    deleteArtifact: [
      "DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"
    ],
    deleteCustomImageFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    deleteCustomImageVersionFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    deleteEnvironmentSecret: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    deleteEnvironmentVariable: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    deleteHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/actions/secrets/{secret_name}"],
    deleteOrgVariable: ["DELETE /orgs/{org}/actions/variables/{name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    deleteRepoVariable: [
      "DELETE /repos/{owner}/{repo}/actions/variables/{name}"
    ],
    deleteSelfHostedRunnerFromOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}"
    ],
    deleteSelfHostedRunnerFromRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    deleteWorkflowRun: ["DELETE /repos/{owner}/{repo}/actions/runs/{run_id}"],
    deleteWorkflowRunLogs: [
      "DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    disableSelectedRepositoryGithubActionsOrganization: [
      "DELETE /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    disableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable"
    ],
    downloadArtifact: [
      "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}"
    ],
    downloadJobLogsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs"
    ],
    downloadWorkflowRunAttemptLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs"
    ],
    downloadWorkflowRunLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    enableSelectedRepositoryGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    enableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable"
    ],
    forceCancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel"
    ],
    generateRunnerJitconfigForOrg: [
      "POST /orgs/{org}/actions/runners/generate-jitconfig"
    ],
    generateRunnerJitconfigForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig"
    ],
    getActionsCacheList: ["GET /repos/{owner}/{repo}/actions/caches"],
    getActionsCacheUsage: ["GET /repos/{owner}/{repo}/actions/cache/usage"],
    getActionsCacheUsageByRepoForOrg: [
      "GET /orgs/{org}/actions/cache/usage-by-repository"
    ],
    getActionsCacheUsageForOrg: ["GET /orgs/{org}/actions/cache/usage"],
    getAllowedActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/selected-actions"
    ],
    getAllowedActionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    getArtifact: ["GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"],
    getCustomImageForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    getCustomImageVersionForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    getCustomOidcSubClaimForRepo: [
      "GET /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    getEnvironmentPublicKey: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key"
    ],
    getEnvironmentSecret: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    getEnvironmentVariable: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    getGithubActionsDefaultWorkflowPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions/workflow"
    ],
    getGithubActionsDefaultWorkflowPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    getGithubActionsPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions"
    ],
    getGithubActionsPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions"
    ],
    getHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    getHostedRunnersGithubOwnedImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/github-owned"
    ],
    getHostedRunnersLimitsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/limits"
    ],
    getHostedRunnersMachineSpecsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/machine-sizes"
    ],
    getHostedRunnersPartnerImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/partner"
    ],
    getHostedRunnersPlatformsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/platforms"
    ],
    getJobForWorkflowRun: ["GET /repos/{owner}/{repo}/actions/jobs/{job_id}"],
    getOrgPublicKey: ["GET /orgs/{org}/actions/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/actions/secrets/{secret_name}"],
    getOrgVariable: ["GET /orgs/{org}/actions/variables/{name}"],
    getPendingDeploymentsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    getRepoPermissions: [
      "GET /repos/{owner}/{repo}/actions/permissions",
      {},
      { renamed: ["actions", "getGithubActionsPermissionsRepository"] }
    ],
    getRepoPublicKey: ["GET /repos/{owner}/{repo}/actions/secrets/public-key"],
    getRepoSecret: ["GET /repos/{owner}/{repo}/actions/secrets/{secret_name}"],
    getRepoVariable: ["GET /repos/{owner}/{repo}/actions/variables/{name}"],
    getReviewsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals"
    ],
    getSelfHostedRunnerForOrg: ["GET /orgs/{org}/actions/runners/{runner_id}"],
    getSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    getWorkflow: ["GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}"],
    getWorkflowAccessToRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/access"
    ],
    getWorkflowRun: ["GET /repos/{owner}/{repo}/actions/runs/{run_id}"],
    getWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}"
    ],
    getWorkflowRunUsage: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing"
    ],
    getWorkflowUsage: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/timing"
    ],
    listArtifactsForRepo: ["GET /repos/{owner}/{repo}/actions/artifacts"],
    listCustomImageVersionsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions"
    ],
    listCustomImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom"
    ],
    listEnvironmentSecrets: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets"
    ],
    listEnvironmentVariables: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    listGithubHostedRunnersInGroupForOrg: [
      "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners"
    ],
    listHostedRunnersForOrg: ["GET /orgs/{org}/actions/hosted-runners"],
    listJobsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs"
    ],
    listJobsForWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs"
    ],
    listLabelsForSelfHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    listLabelsForSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    listOrgSecrets: ["GET /orgs/{org}/actions/secrets"],
    listOrgVariables: ["GET /orgs/{org}/actions/variables"],
    listRepoOrganizationSecrets: [
      "GET /repos/{owner}/{repo}/actions/organization-secrets"
    ],
    listRepoOrganizationVariables: [
      "GET /repos/{owner}/{repo}/actions/organization-variables"
    ],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/actions/secrets"],
    listRepoVariables: ["GET /repos/{owner}/{repo}/actions/variables"],
    listRepoWorkflows: ["GET /repos/{owner}/{repo}/actions/workflows"],
    listRunnerApplicationsForOrg: ["GET /orgs/{org}/actions/runners/downloads"],
    listRunnerApplicationsForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/downloads"
    ],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    listSelectedReposForOrgVariable: [
      "GET /orgs/{org}/actions/variables/{name}/repositories"
    ],
    listSelectedRepositoriesEnabledGithubActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/repositories"
    ],
    listSelfHostedRunnersForOrg: ["GET /orgs/{org}/actions/runners"],
    listSelfHostedRunnersForRepo: ["GET /repos/{owner}/{repo}/actions/runners"],
    listWorkflowRunArtifacts: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts"
    ],
    listWorkflowRuns: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs"
    ],
    listWorkflowRunsForRepo: ["GET /repos/{owner}/{repo}/actions/runs"],
    reRunJobForWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun"
    ],
    reRunWorkflow: ["POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun"],
    reRunWorkflowFailedJobs: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    removeCustomLabelFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeCustomLabelFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgVariable: [
      "DELETE /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    reviewCustomGatesForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule"
    ],
    reviewPendingDeploymentsForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    setAllowedActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/selected-actions"
    ],
    setAllowedActionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    setCustomLabelsForSelfHostedRunnerForOrg: [
      "PUT /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    setCustomLabelsForSelfHostedRunnerForRepo: [
      "PUT /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    setCustomOidcSubClaimForRepo: [
      "PUT /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    setGithubActionsDefaultWorkflowPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/workflow"
    ],
    setGithubActionsDefaultWorkflowPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    setGithubActionsPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions"
    ],
    setGithubActionsPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories"
    ],
    setSelectedRepositoriesEnabledGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories"
    ],
    setWorkflowAccessToRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/access"
    ],
    updateEnvironmentVariable: [
      "PATCH /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    updateHostedRunnerForOrg: [
      "PATCH /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    updateOrgVariable: ["PATCH /orgs/{org}/actions/variables/{name}"],
    updateRepoVariable: [
      "PATCH /repos/{owner}/{repo}/actions/variables/{name}"
    ]
  },
  activity: {
    checkRepoIsStarredByAuthenticatedUser: ["GET /user/starred/{owner}/{repo}"],
    deleteRepoSubscription: ["DELETE /repos/{owner}/{repo}/subscription"],
    deleteThreadSubscription: [
      "DELETE /notifications/threads/{thread_id}/subscription"
    ],
    getFeeds: ["GET /feeds"],
    getRepoSubscription: ["GET /repos/{owner}/{repo}/subscription"],
    getThread: ["GET /notifications/threads/{thread_id}"],
    getThreadSubscriptionForAuthenticatedUser: [
      "GET /notifications/threads/{thread_id}/subscription"
    ],
    listEventsForAuthenticatedUser: ["GET /users/{username}/events"],
    listNotificationsForAuthenticatedUser: ["GET /notifications"],
    listOrgEventsForAuthenticatedUser: [
      "GET /users/{username}/events/orgs/{org}"
    ],
    listPublicEvents: ["GET /events"],
    listPublicEventsForRepoNetwork: ["GET /networks/{owner}/{repo}/events"],
    listPublicEventsForUser: ["GET /users/{username}/events/public"],
    listPublicOrgEvents: ["GET /orgs/{org}/events"],
    listReceivedEventsForUser: ["GET /users/{username}/received_events"],
    listReceivedPublicEventsForUser: [
      "GET /users/{username}/received_events/public"
    ],
    listRepoEvents: ["GET /repos/{owner}/{repo}/events"],
    listRepoNotificationsForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/notifications"
    ],
    listReposStarredByAuthenticatedUser: ["GET /user/starred"],
    listReposStarredByUser: ["GET /users/{username}/starred"],
    listReposWatchedByUser: ["GET /users/{username}/subscriptions"],
    listStargazersForRepo: ["GET /repos/{owner}/{repo}/stargazers"],
    listWatchedReposForAuthenticatedUser: ["GET /user/subscriptions"],
    listWatchersForRepo: ["GET /repos/{owner}/{repo}/subscribers"],
    markNotificationsAsRead: ["PUT /notifications"],
    markRepoNotificationsAsRead: ["PUT /repos/{owner}/{repo}/notifications"],
    markThreadAsDone: ["DELETE /notifications/threads/{thread_id}"],
    markThreadAsRead: ["PATCH /notifications/threads/{thread_id}"],
    setRepoSubscription: ["PUT /repos/{owner}/{repo}/subscription"],
    setThreadSubscription: [
      "PUT /notifications/threads/{thread_id}/subscription"
    ],
    starRepoForAuthenticatedUser: ["PUT /user/starred/{owner}/{repo}"],
    unstarRepoForAuthenticatedUser: ["DELETE /user/starred/{owner}/{repo}"]
  },
  apps: {
    addRepoToInstallation: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "addRepoToInstallationForAuthenticatedUser"] }
    ],
    addRepoToInstallationForAuthenticatedUser: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    checkToken: ["POST /applications/{client_id}/token"],
    createFromManifest: ["POST /app-manifests/{code}/conversions"],
    createInstallationAccessToken: [
      "POST /app/installations/{installation_id}/access_tokens"
    ],
    deleteAuthorization: ["DELETE /applications/{client_id}/grant"],
    deleteInstallation: ["DELETE /app/installations/{installation_id}"],
    deleteToken: ["DELETE /applications/{client_id}/token"],
    getAuthenticated: ["GET /app"],
    getBySlug: ["GET /apps/{app_slug}"],
    getInstallation: ["GET /app/installations/{installation_id}"],
    getOrgInstallation: ["GET /orgs/{org}/installation"],
    getRepoInstallation: ["GET /repos/{owner}/{repo}/installation"],
    getSubscriptionPlanForAccount: [
      "GET /marketplace_listing/accounts/{account_id}"
    ],
    getSubscriptionPlanForAccountStubbed: [
      "GET /marketplace_listing/stubbed/accounts/{account_id}"
    ],
    getUserInstallation: ["GET /users/{username}/installation"],
    getWebhookConfigForApp: ["GET /app/hook/config"],
    getWebhookDelivery: ["GET /app/hook/deliveries/{delivery_id}"],
    listAccountsForPlan: ["GET /marketplace_listing/plans/{plan_id}/accounts"],
    listAccountsForPlanStubbed: [
      "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts"
    ],
    listInstallationReposForAuthenticatedUser: [
      "GET /user/installations/{installation_id}/repositories"
    ],
    listInstallationRequestsForAuthenticatedApp: [
      "GET /app/installation-requests"
    ],
    listInstallations: ["GET /app/installations"],
    listInstallationsForAuthenticatedUser: ["GET /user/installations"],
    listPlans: ["GET /marketplace_listing/plans"],
    listPlansStubbed: ["GET /marketplace_listing/stubbed/plans"],
    listReposAccessibleToInstallation: ["GET /installation/repositories"],
    listSubscriptionsForAuthenticatedUser: ["GET /user/marketplace_purchases"],
    listSubscriptionsForAuthenticatedUserStubbed: [
      "GET /user/marketplace_purchases/stubbed"
    ],
    listWebhookDeliveries: ["GET /app/hook/deliveries"],
    redeliverWebhookDelivery: [
      "POST /app/hook/deliveries/{delivery_id}/attempts"
    ],
    removeRepoFromInstallation: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "removeRepoFromInstallationForAuthenticatedUser"] }
    ],
    removeRepoFromInstallationForAuthenticatedUser: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    resetToken: ["PATCH /applications/{client_id}/token"],
    revokeInstallationAccessToken: ["DELETE /installation/token"],
    scopeToken: ["POST /applications/{client_id}/token/scoped"],
    suspendInstallation: ["PUT /app/installations/{installation_id}/suspended"],
    unsuspendInstallation: [
      "DELETE /app/installations/{installation_id}/suspended"
    ],
    updateWebhookConfigForApp: ["PATCH /app/hook/config"]
  },
  billing: {
    getGithubActionsBillingOrg: ["GET /orgs/{org}/settings/billing/actions"],
    getGithubActionsBillingUser: [
      "GET /users/{username}/settings/billing/actions"
    ],
    getGithubBillingPremiumRequestUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/premium_request/usage"
    ],
    getGithubBillingPremiumRequestUsageReportUser: [
      "GET /users/{username}/settings/billing/premium_request/usage"
    ],
    getGithubBillingUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/usage"
    ],
    getGithubBillingUsageReportUser: [
      "GET /users/{username}/settings/billing/usage"
    ],
    getGithubPackagesBillingOrg: ["GET /orgs/{org}/settings/billing/packages"],
    getGithubPackagesBillingUser: [
      "GET /users/{username}/settings/billing/packages"
    ],
    getSharedStorageBillingOrg: [
      "GET /orgs/{org}/settings/billing/shared-storage"
    ],
    getSharedStorageBillingUser: [
      "GET /users/{username}/settings/billing/shared-storage"
    ]
  },
  campaigns: {
    createCampaign: ["POST /orgs/{org}/campaigns"],
    deleteCampaign: ["DELETE /orgs/{org}/campaigns/{campaign_number}"],
    getCampaignSummary: ["GET /orgs/{org}/campaigns/{campaign_number}"],
    listOrgCampaigns: ["GET /orgs/{org}/campaigns"],
    updateCampaign: ["PATCH /orgs/{org}/campaigns/{campaign_number}"]
  },
  checks: {
    create: ["POST /repos/{owner}/{repo}/check-runs"],
    createSuite: ["POST /repos/{owner}/{repo}/check-suites"],
    get: ["GET /repos/{owner}/{repo}/check-runs/{check_run_id}"],
    getSuite: ["GET /repos/{owner}/{repo}/check-suites/{check_suite_id}"],
    listAnnotations: [
      "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations"
    ],
    listForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-runs"],
    listForSuite: [
      "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs"
    ],
    listSuitesForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-suites"],
    rerequestRun: [
      "POST /repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest"
    ],
    rerequestSuite: [
      "POST /repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest"
    ],
    setSuitesPreferences: [
      "PATCH /repos/{owner}/{repo}/check-suites/preferences"
    ],
    update: ["PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}"]
  },
  codeScanning: {
    commitAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix/commits"
    ],
    createAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    createVariantAnalysis: [
      "POST /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses"
    ],
    deleteAnalysis: [
      "DELETE /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}{?confirm_delete}"
    ],
    deleteCodeqlDatabase: [
      "DELETE /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}",
      {},
      { renamedParameters: { alert_id: "alert_number" } }
    ],
    getAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}"
    ],
    getAutofix: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    getCodeqlDatabase: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getDefaultSetup: ["GET /repos/{owner}/{repo}/code-scanning/default-setup"],
    getSarif: ["GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}"],
    getVariantAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}"
    ],
    getVariantAnalysisRepoTask: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}/repos/{repo_owner}/{repo_name}"
    ],
    listAlertInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/code-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/code-scanning/alerts"],
    listAlertsInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
      {},
      { renamed: ["codeScanning", "listAlertInstances"] }
    ],
    listCodeqlDatabases: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases"
    ],
    listRecentAnalyses: ["GET /repos/{owner}/{repo}/code-scanning/analyses"],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}"
    ],
    updateDefaultSetup: [
      "PATCH /repos/{owner}/{repo}/code-scanning/default-setup"
    ],
    uploadSarif: ["POST /repos/{owner}/{repo}/code-scanning/sarifs"]
  },
  codeSecurity: {
    attachConfiguration: [
      "POST /orgs/{org}/code-security/configurations/{configuration_id}/attach"
    ],
    attachEnterpriseConfiguration: [
      "POST /enterprises/{enterprise}/code-security/configurations/{configuration_id}/attach"
    ],
    createConfiguration: ["POST /orgs/{org}/code-security/configurations"],
    createConfigurationForEnterprise: [
      "POST /enterprises/{enterprise}/code-security/configurations"
    ],
    deleteConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    deleteConfigurationForEnterprise: [
      "DELETE /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    detachConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/detach"
    ],
    getConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    getConfigurationForRepository: [
      "GET /repos/{owner}/{repo}/code-security-configuration"
    ],
    getConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations"
    ],
    getConfigurationsForOrg: ["GET /orgs/{org}/code-security/configurations"],
    getDefaultConfigurations: [
      "GET /orgs/{org}/code-security/configurations/defaults"
    ],
    getDefaultConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/defaults"
    ],
    getRepositoriesForConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories"
    ],
    getRepositoriesForEnterpriseConfiguration: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories"
    ],
    getSingleConfigurationForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    setConfigurationAsDefault: [
      "PUT /orgs/{org}/code-security/configurations/{configuration_id}/defaults"
    ],
    setConfigurationAsDefaultForEnterprise: [
      "PUT /enterprises/{enterprise}/code-security/configurations/{configuration_id}/defaults"
    ],
    updateConfiguration: [
      "PATCH /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    updateEnterpriseConfiguration: [
      "PATCH /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ]
  },
  codesOfConduct: {
    getAllCodesOfConduct: ["GET /codes_of_conduct"],
    getConductCode: ["GET /codes_of_conduct/{key}"]
  },
  codespaces: {
    addRepositoryForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    checkPermissionsForDevcontainer: [
      "GET /repos/{owner}/{repo}/codespaces/permissions_check"
    ],
    codespaceMachinesForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/machines"
    ],
    createForAuthenticatedUser: ["POST /user/codespaces"],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}"
    ],
    createWithPrForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/codespaces"
    ],
    createWithRepoForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/codespaces"
    ],
    deleteForAuthenticatedUser: ["DELETE /user/codespaces/{codespace_name}"],
    deleteFromOrganization: [
      "DELETE /orgs/{org}/members/{username}/codespaces/{codespace_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/codespaces/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    deleteSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}"
    ],
    exportForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/exports"
    ],
    getCodespacesForUserInOrg: [
      "GET /orgs/{org}/members/{username}/codespaces"
    ],
    getExportDetailsForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/exports/{export_id}"
    ],
    getForAuthenticatedUser: ["GET /user/codespaces/{codespace_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/codespaces/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/codespaces/secrets/{secret_name}"],
    getPublicKeyForAuthenticatedUser: [
      "GET /user/codespaces/secrets/public-key"
    ],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    getSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}"
    ],
    listDevcontainersInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/devcontainers"
    ],
    listForAuthenticatedUser: ["GET /user/codespaces"],
    listInOrganization: [
      "GET /orgs/{org}/codespaces",
      {},
      { renamedParameters: { org_id: "org" } }
    ],
    listInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces"
    ],
    listOrgSecrets: ["GET /orgs/{org}/codespaces/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/codespaces/secrets"],
    listRepositoriesForSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}/repositories"
    ],
    listSecretsForAuthenticatedUser: ["GET /user/codespaces/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    preFlightWithRepoForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/new"
    ],
    publishForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/publish"
    ],
    removeRepositoryForSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repoMachinesForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/machines"
    ],
    setRepositoriesForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    startForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/start"],
    stopForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/stop"],
    stopInOrganization: [
      "POST /orgs/{org}/members/{username}/codespaces/{codespace_name}/stop"
    ],
    updateForAuthenticatedUser: ["PATCH /user/codespaces/{codespace_name}"]
  },
  copilot: {
    addCopilotSeatsForTeams: [
      "POST /orgs/{org}/copilot/billing/selected_teams"
    ],
    addCopilotSeatsForUsers: [
      "POST /orgs/{org}/copilot/billing/selected_users"
    ],
    cancelCopilotSeatAssignmentForTeams: [
      "DELETE /orgs/{org}/copilot/billing/selected_teams"
    ],
    cancelCopilotSeatAssignmentForUsers: [
      "DELETE /orgs/{org}/copilot/billing/selected_users"
    ],
    copilotMetricsForOrganization: ["GET /orgs/{org}/copilot/metrics"],
    copilotMetricsForTeam: ["GET /orgs/{org}/team/{team_slug}/copilot/metrics"],
    getCopilotOrganizationDetails: ["GET /orgs/{org}/copilot/billing"],
    getCopilotSeatDetailsForUser: [
      "GET /orgs/{org}/members/{username}/copilot"
    ],
    listCopilotSeats: ["GET /orgs/{org}/copilot/billing/seats"]
  },
  credentials: { revoke: ["POST /credentials/revoke"] },
  dependabot: {
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/dependabot/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    getAlert: ["GET /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"],
    getOrgPublicKey: ["GET /orgs/{org}/dependabot/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/dependabot/secrets/{secret_name}"],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    listAlertsForEnterprise: [
      "GET /enterprises/{enterprise}/dependabot/alerts"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/dependabot/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/dependabot/alerts"],
    listOrgSecrets: ["GET /orgs/{org}/dependabot/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/dependabot/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repositoryAccessForOrg: [
      "GET /organizations/{org}/dependabot/repository-access"
    ],
    setRepositoryAccessDefaultLevel: [
      "PUT /organizations/{org}/dependabot/repository-access/default-level"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"
    ],
    updateRepositoryAccessForOrg: [
      "PATCH /organizations/{org}/dependabot/repository-access"
    ]
  },
  dependencyGraph: {
    createRepositorySnapshot: [
      "POST /repos/{owner}/{repo}/dependency-graph/snapshots"
    ],
    diffRange: [
      "GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}"
    ],
    exportSbom: ["GET /repos/{owner}/{repo}/dependency-graph/sbom"]
  },
  emojis: { get: ["GET /emojis"] },
  enterpriseTeamMemberships: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/remove"
    ],
    get: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    list: ["GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships"],
    remove: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ]
  },
  enterpriseTeamOrganizations: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/remove"
    ],
    delete: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignment: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignments: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations"
    ]
  },
  enterpriseTeams: {
    create: ["POST /enterprises/{enterprise}/teams"],
    delete: ["DELETE /enterprises/{enterprise}/teams/{team_slug}"],
    get: ["GET /enterprises/{enterprise}/teams/{team_slug}"],
    list: ["GET /enterprises/{enterprise}/teams"],
    update: ["PATCH /enterprises/{enterprise}/teams/{team_slug}"]
  },
  gists: {
    checkIsStarred: ["GET /gists/{gist_id}/star"],
    create: ["POST /gists"],
    createComment: ["POST /gists/{gist_id}/comments"],
    delete: ["DELETE /gists/{gist_id}"],
    deleteComment: ["DELETE /gists/{gist_id}/comments/{comment_id}"],
    fork: ["POST /gists/{gist_id}/forks"],
    get: ["GET /gists/{gist_id}"],
    getComment: ["GET /gists/{gist_id}/comments/{comment_id}"],
    getRevision: ["GET /gists/{gist_id}/{sha}"],
    list: ["GET /gists"],
    listComments: ["GET /gists/{gist_id}/comments"],
    listCommits: ["GET /gists/{gist_id}/commits"],
    listForUser: ["GET /users/{username}/gists"],
    listForks: ["GET /gists/{gist_id}/forks"],
    listPublic: ["GET /gists/public"],
    listStarred: ["GET /gists/starred"],
    star: ["PUT /gists/{gist_id}/star"],
    unstar: ["DELETE /gists/{gist_id}/star"],
    update: ["PATCH /gists/{gist_id}"],
    updateComment: ["PATCH /gists/{gist_id}/comments/{comment_id}"]
  },
  git: {
    createBlob: ["POST /repos/{owner}/{repo}/git/blobs"],
    createCommit: ["POST /repos/{owner}/{repo}/git/commits"],
    createRef: ["POST /repos/{owner}/{repo}/git/refs"],
    createTag: ["POST /repos/{owner}/{repo}/git/tags"],
    createTree: ["POST /repos/{owner}/{repo}/git/trees"],
    deleteRef: ["DELETE /repos/{owner}/{repo}/git/refs/{ref}"],
    getBlob: ["GET /repos/{owner}/{repo}/git/blobs/{file_sha}"],
    getCommit: ["GET /repos/{owner}/{repo}/git/commits/{commit_sha}"],
    getRef: ["GET /repos/{owner}/{repo}/git/ref/{ref}"],
    getTag: ["GET /repos/{owner}/{repo}/git/tags/{tag_sha}"],
    getTree: ["GET /repos/{owner}/{repo}/git/trees/{tree_sha}"],
    listMatchingRefs: ["GET /repos/{owner}/{repo}/git/matching-refs/{ref}"],
    updateRef: ["PATCH /repos/{owner}/{repo}/git/refs/{ref}"]
  },
  gitignore: {
    getAllTemplates: ["GET /gitignore/templates"],
    getTemplate: ["GET /gitignore/templates/{name}"]
  },
  hostedCompute: {
    createNetworkConfigurationForOrg: [
      "POST /orgs/{org}/settings/network-configurations"
    ],
    deleteNetworkConfigurationFromOrg: [
      "DELETE /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkConfigurationForOrg: [
      "GET /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkSettingsForOrg: [
      "GET /orgs/{org}/settings/network-settings/{network_settings_id}"
    ],
    listNetworkConfigurationsForOrg: [
      "GET /orgs/{org}/settings/network-configurations"
    ],
    updateNetworkConfigurationForOrg: [
      "PATCH /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ]
  },
  interactions: {
    getRestrictionsForAuthenticatedUser: ["GET /user/interaction-limits"],
    getRestrictionsForOrg: ["GET /orgs/{org}/interaction-limits"],
    getRestrictionsForRepo: ["GET /repos/{owner}/{repo}/interaction-limits"],
    getRestrictionsForYourPublicRepos: [
      "GET /user/interaction-limits",
      {},
      { renamed: ["interactions", "getRestrictionsForAuthenticatedUser"] }
    ],
    removeRestrictionsForAuthenticatedUser: ["DELETE /user/interaction-limits"],
    removeRestrictionsForOrg: ["DELETE /orgs/{org}/interaction-limits"],
    removeRestrictionsForRepo: [
      "DELETE /repos/{owner}/{repo}/interaction-limits"
    ],
    removeRestrictionsForYourPublicRepos: [
      "DELETE /user/interaction-limits",
      {},
      { renamed: ["interactions", "removeRestrictionsForAuthenticatedUser"] }
    ],
    setRestrictionsForAuthenticatedUser: ["PUT /user/interaction-limits"],
    setRestrictionsForOrg: ["PUT /orgs/{org}/interaction-limits"],
    setRestrictionsForRepo: ["PUT /repos/{owner}/{repo}/interaction-limits"],
    setRestrictionsForYourPublicRepos: [
      "PUT /user/interaction-limits",
      {},
      { renamed: ["interactions", "setRestrictionsForAuthenticatedUser"] }
    ]
  },
  issues: {
    addAssignees: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    addBlockedByDependency: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    addLabels: ["POST /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    addSubIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    checkUserCanBeAssigned: ["GET /repos/{owner}/{repo}/assignees/{assignee}"],
    checkUserCanBeAssignedToIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/assignees/{assignee}"
    ],
    create: ["POST /repos/{owner}/{repo}/issues"],
    createComment: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments"
    ],
    createLabel: ["POST /repos/{owner}/{repo}/labels"],
    createMilestone: ["POST /repos/{owner}/{repo}/milestones"],
    deleteComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}"
    ],
    deleteLabel: ["DELETE /repos/{owner}/{repo}/labels/{name}"],
    deleteMilestone: [
      "DELETE /repos/{owner}/{repo}/milestones/{milestone_number}"
    ],
    get: ["GET /repos/{owner}/{repo}/issues/{issue_number}"],
    getComment: ["GET /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    getEvent: ["GET /repos/{owner}/{repo}/issues/events/{event_id}"],
    getLabel: ["GET /repos/{owner}/{repo}/labels/{name}"],
    getMilestone: ["GET /repos/{owner}/{repo}/milestones/{milestone_number}"],
    getParent: ["GET /repos/{owner}/{repo}/issues/{issue_number}/parent"],
    list: ["GET /issues"],
    listAssignees: ["GET /repos/{owner}/{repo}/assignees"],
    listComments: ["GET /repos/{owner}/{repo}/issues/{issue_number}/comments"],
    listCommentsForRepo: ["GET /repos/{owner}/{repo}/issues/comments"],
    listDependenciesBlockedBy: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    listDependenciesBlocking: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking"
    ],
    listEvents: ["GET /repos/{owner}/{repo}/issues/{issue_number}/events"],
    listEventsForRepo: ["GET /repos/{owner}/{repo}/issues/events"],
    listEventsForTimeline: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline"
    ],
    listForAuthenticatedUser: ["GET /user/issues"],
    listForOrg: ["GET /orgs/{org}/issues"],
    listForRepo: ["GET /repos/{owner}/{repo}/issues"],
    listLabelsForMilestone: [
      "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels"
    ],
    listLabelsForRepo: ["GET /repos/{owner}/{repo}/labels"],
    listLabelsOnIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    listMilestones: ["GET /repos/{owner}/{repo}/milestones"],
    listSubIssues: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    lock: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    removeAllLabels: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    removeAssignees: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    removeDependencyBlockedBy: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}"
    ],
    removeLabel: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}"
    ],
    removeSubIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/sub_issue"
    ],
    reprioritizeSubIssue: [
      "PATCH /repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority"
    ],
    setLabels: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    unlock: ["DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    update: ["PATCH /repos/{owner}/{repo}/issues/{issue_number}"],
    updateComment: ["PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    updateLabel: ["PATCH /repos/{owner}/{repo}/labels/{name}"],
    updateMilestone: [
      "PATCH /repos/{owner}/{repo}/milestones/{milestone_number}"
    ]
  },
  licenses: {
    get: ["GET /licenses/{license}"],
    getAllCommonlyUsed: ["GET /licenses"],
    getForRepo: ["GET /repos/{owner}/{repo}/license"]
  },
  markdown: {
    render: ["POST /markdown"],
    renderRaw: [
      "POST /markdown/raw",
      { headers: { "content-type": "text/plain; charset=utf-8" } }
    ]
  },
  meta: {
    get: ["GET /meta"],
    getAllVersions: ["GET /versions"],
    getOctocat: ["GET /octocat"],
    getZen: ["GET /zen"],
    root: ["GET /"]
  },
  migrations: {
    deleteArchiveForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/archive"
    ],
    deleteArchiveForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/archive"
    ],
    downloadArchiveForOrg: [
      "GET /orgs/{org}/migrations/{migration_id}/archive"
    ],
    getArchiveForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/archive"
    ],
    getStatusForAuthenticatedUser: ["GET /user/migrations/{migration_id}"],
    getStatusForOrg: ["GET /orgs/{org}/migrations/{migration_id}"],
    listForAuthenticatedUser: ["GET /user/migrations"],
    listForOrg: ["GET /orgs/{org}/migrations"],
    listReposForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/repositories"
    ],
    listReposForOrg: ["GET /orgs/{org}/migrations/{migration_id}/repositories"],
    listReposForUser: [
      "GET /user/migrations/{migration_id}/repositories",
      {},
      { renamed: ["migrations", "listReposForAuthenticatedUser"] }
    ],
    startForAuthenticatedUser: ["POST /user/migrations"],
    startForOrg: ["POST /orgs/{org}/migrations"],
    unlockRepoForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/repos/{repo_name}/lock"
    ],
    unlockRepoForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/repos/{repo_name}/lock"
    ]
  },
  oidc: {
    getOidcCustomSubTemplateForOrg: [
      "GET /orgs/{org}/actions/oidc/customization/sub"
    ],
    updateOidcCustomSubTemplateForOrg: [
      "PUT /orgs/{org}/actions/oidc/customization/sub"
    ]
  },
  orgs: {
    addSecurityManagerTeam: [
      "PUT /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.addSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#add-a-security-manager-team"
      }
    ],
    assignTeamToOrgRole: [
      "PUT /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    assignUserToOrgRole: [
      "PUT /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    blockUser: ["PUT /orgs/{org}/blocks/{username}"],
    cancelInvitation: ["DELETE /orgs/{org}/invitations/{invitation_id}"],
    checkBlockedUser: ["GET /orgs/{org}/blocks/{username}"],
    checkMembershipForUser: ["GET /orgs/{org}/members/{username}"],
    checkPublicMembershipForUser: ["GET /orgs/{org}/public_members/{username}"],
    convertMemberToOutsideCollaborator: [
      "PUT /orgs/{org}/outside_collaborators/{username}"
    ],
    createArtifactStorageRecord: [
      "POST /orgs/{org}/artifacts/metadata/storage-record"
    ],
    createInvitation: ["POST /orgs/{org}/invitations"],
    createIssueType: ["POST /orgs/{org}/issue-types"],
    createWebhook: ["POST /orgs/{org}/hooks"],
    customPropertiesForOrgsCreateOrUpdateOrganizationValues: [
      "PATCH /organizations/{org}/org-properties/values"
    ],
    customPropertiesForOrgsGetOrganizationValues: [
      "GET /organizations/{org}/org-properties/values"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinition: [
      "PUT /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinitions: [
      "PATCH /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationValues: [
      "PATCH /orgs/{org}/properties/values"
    ],
    customPropertiesForReposDeleteOrganizationDefinition: [
      "DELETE /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinition: [
      "GET /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinitions: [
      "GET /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposGetOrganizationValues: [
      "GET /orgs/{org}/properties/values"
    ],
    delete: ["DELETE /orgs/{org}"],
    deleteAttestationsBulk: ["POST /orgs/{org}/attestations/delete-request"],
    deleteAttestationsById: [
      "DELETE /orgs/{org}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /orgs/{org}/attestations/digest/{subject_digest}"
    ],
    deleteIssueType: ["DELETE /orgs/{org}/issue-types/{issue_type_id}"],
    deleteWebhook: ["DELETE /orgs/{org}/hooks/{hook_id}"],
    disableSelectedRepositoryImmutableReleasesOrganization: [
      "DELETE /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    enableSelectedRepositoryImmutableReleasesOrganization: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    get: ["GET /orgs/{org}"],
    getImmutableReleasesSettings: [
      "GET /orgs/{org}/settings/immutable-releases"
    ],
    getImmutableReleasesSettingsRepositories: [
      "GET /orgs/{org}/settings/immutable-releases/repositories"
    ],
    getMembershipForAuthenticatedUser: ["GET /user/memberships/orgs/{org}"],
    getMembershipForUser: ["GET /orgs/{org}/memberships/{username}"],
    getOrgRole: ["GET /orgs/{org}/organization-roles/{role_id}"],
    getOrgRulesetHistory: ["GET /orgs/{org}/rulesets/{ruleset_id}/history"],
    getOrgRulesetVersion: [
      "GET /orgs/{org}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getWebhook: ["GET /orgs/{org}/hooks/{hook_id}"],
    getWebhookConfigForOrg: ["GET /orgs/{org}/hooks/{hook_id}/config"],
    getWebhookDelivery: [
      "GET /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    list: ["GET /organizations"],
    listAppInstallations: ["GET /orgs/{org}/installations"],
    listArtifactStorageRecords: [
      "GET /orgs/{org}/artifacts/{subject_digest}/metadata/storage-records"
    ],
    listAttestationRepositories: ["GET /orgs/{org}/attestations/repositories"],
    listAttestations: ["GET /orgs/{org}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /orgs/{org}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedUsers: ["GET /orgs/{org}/blocks"],
    listFailedInvitations: ["GET /orgs/{org}/failed_invitations"],
    listForAuthenticatedUser: ["GET /user/orgs"],
    listForUser: ["GET /users/{username}/orgs"],
    listInvitationTeams: ["GET /orgs/{org}/invitations/{invitation_id}/teams"],
    listIssueTypes: ["GET /orgs/{org}/issue-types"],
    listMembers: ["GET /orgs/{org}/members"],
    listMembershipsForAuthenticatedUser: ["GET /user/memberships/orgs"],
    listOrgRoleTeams: ["GET /orgs/{org}/organization-roles/{role_id}/teams"],
    listOrgRoleUsers: ["GET /orgs/{org}/organization-roles/{role_id}/users"],
    listOrgRoles: ["GET /orgs/{org}/organization-roles"],
    listOrganizationFineGrainedPermissions: [
      "GET /orgs/{org}/organization-fine-grained-permissions"
    ],
    listOutsideCollaborators: ["GET /orgs/{org}/outside_collaborators"],
    listPatGrantRepositories: [
      "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories"
    ],
    listPatGrantRequestRepositories: [
      "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories"
    ],
    listPatGrantRequests: ["GET /orgs/{org}/personal-access-token-requests"],
    listPatGrants: ["GET /orgs/{org}/personal-access-tokens"],
    listPendingInvitations: ["GET /orgs/{org}/invitations"],
    listPublicMembers: ["GET /orgs/{org}/public_members"],
    listSecurityManagerTeams: [
      "GET /orgs/{org}/security-managers",
      {},
      {
        deprecated: "octokit.rest.orgs.listSecurityManagerTeams() is deprecated, see https://docs.github.com/rest/orgs/security-managers#list-security-manager-teams"
      }
    ],
    listWebhookDeliveries: ["GET /orgs/{org}/hooks/{hook_id}/deliveries"],
    listWebhooks: ["GET /orgs/{org}/hooks"],
    pingWebhook: ["POST /orgs/{org}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeMember: ["DELETE /orgs/{org}/members/{username}"],
    removeMembershipForUser: ["DELETE /orgs/{org}/memberships/{username}"],
    removeOutsideCollaborator: [
      "DELETE /orgs/{org}/outside_collaborators/{username}"
    ],
    removePublicMembershipForAuthenticatedUser: [
      "DELETE /orgs/{org}/public_members/{username}"
    ],
    removeSecurityManagerTeam: [
      "DELETE /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.removeSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#remove-a-security-manager-team"
      }
    ],
    reviewPatGrantRequest: [
      "POST /orgs/{org}/personal-access-token-requests/{pat_request_id}"
    ],
    reviewPatGrantRequestsInBulk: [
      "POST /orgs/{org}/personal-access-token-requests"
    ],
    revokeAllOrgRolesTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}"
    ],
    revokeAllOrgRolesUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}"
    ],
    revokeOrgRoleTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    revokeOrgRoleUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    setImmutableReleasesSettings: [
      "PUT /orgs/{org}/settings/immutable-releases"
    ],
    setImmutableReleasesSettingsRepositories: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories"
    ],
    setMembershipForUser: ["PUT /orgs/{org}/memberships/{username}"],
    setPublicMembershipForAuthenticatedUser: [
      "PUT /orgs/{org}/public_members/{username}"
    ],
    unblockUser: ["DELETE /orgs/{org}/blocks/{username}"],
    update: ["PATCH /orgs/{org}"],
    updateIssueType: ["PUT /orgs/{org}/issue-types/{issue_type_id}"],
    updateMembershipForAuthenticatedUser: [
      "PATCH /user/memberships/orgs/{org}"
    ],
    updatePatAccess: ["POST /orgs/{org}/personal-access-tokens/{pat_id}"],
    updatePatAccesses: ["POST /orgs/{org}/personal-access-tokens"],
    updateWebhook: ["PATCH /orgs/{org}/hooks/{hook_id}"],
    updateWebhookConfigForOrg: ["PATCH /orgs/{org}/hooks/{hook_id}/config"]
  },
  packages: {
    deletePackageForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}"
    ],
    deletePackageForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    deletePackageForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}"
    ],
    deletePackageVersionForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getAllPackageVersionsForAPackageOwnedByAnOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
      {},
      { renamed: ["packages", "getAllPackageVersionsForPackageOwnedByOrg"] }
    ],
    getAllPackageVersionsForAPackageOwnedByTheAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions",
      {},
      {
        renamed: [
          "packages",
          "getAllPackageVersionsForPackageOwnedByAuthenticatedUser"
        ]
      }
    ],
    getAllPackageVersionsForPackageOwnedByAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions"
    ],
    getPackageForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}"
    ],
    getPackageForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    getPackageForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}"
    ],
    getPackageVersionForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    listDockerMigrationConflictingPackagesForAuthenticatedUser: [
      "GET /user/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForOrganization: [
      "GET /orgs/{org}/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForUser: [
      "GET /users/{username}/docker/conflicts"
    ],
    listPackagesForAuthenticatedUser: ["GET /user/packages"],
    listPackagesForOrganization: ["GET /orgs/{org}/packages"],
    listPackagesForUser: ["GET /users/{username}/packages"],
    restorePackageForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageVersionForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ]
  },
  privateRegistries: {
    createOrgPrivateRegistry: ["POST /orgs/{org}/private-registries"],
    deleteOrgPrivateRegistry: [
      "DELETE /orgs/{org}/private-registries/{secret_name}"
    ],
    getOrgPrivateRegistry: ["GET /orgs/{org}/private-registries/{secret_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/private-registries/public-key"],
    listOrgPrivateRegistries: ["GET /orgs/{org}/private-registries"],
    updateOrgPrivateRegistry: [
      "PATCH /orgs/{org}/private-registries/{secret_name}"
    ]
  },
  projects: {
    addItemForOrg: ["POST /orgs/{org}/projectsV2/{project_number}/items"],
    addItemForUser: [
      "POST /users/{username}/projectsV2/{project_number}/items"
    ],
    deleteItemForOrg: [
      "DELETE /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    deleteItemForUser: [
      "DELETE /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    getFieldForOrg: [
      "GET /orgs/{org}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getFieldForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getForOrg: ["GET /orgs/{org}/projectsV2/{project_number}"],
    getForUser: ["GET /users/{username}/projectsV2/{project_number}"],
    getOrgItem: ["GET /orgs/{org}/projectsV2/{project_number}/items/{item_id}"],
    getUserItem: [
      "GET /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    listFieldsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/fields"],
    listFieldsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields"
    ],
    listForOrg: ["GET /orgs/{org}/projectsV2"],
    listForUser: ["GET /users/{username}/projectsV2"],
    listItemsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/items"],
    listItemsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/items"
    ],
    updateItemForOrg: [
      "PATCH /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    updateItemForUser: [
      "PATCH /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ]
  },
  pulls: {
    checkIfMerged: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    create: ["POST /repos/{owner}/{repo}/pulls"],
    createReplyForReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies"
    ],
    createReview: ["POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    createReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    deletePendingReview: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    deleteReviewComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ],
    dismissReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals"
    ],
    get: ["GET /repos/{owner}/{repo}/pulls/{pull_number}"],
    getReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    getReviewComment: ["GET /repos/{owner}/{repo}/pulls/comments/{comment_id}"],
    list: ["GET /repos/{owner}/{repo}/pulls"],
    listCommentsForReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/commits"],
    listFiles: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/files"],
    listRequestedReviewers: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    listReviewComments: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    listReviewCommentsForRepo: ["GET /repos/{owner}/{repo}/pulls/comments"],
    listReviews: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    merge: ["PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    removeRequestedReviewers: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    requestReviewers: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    submitReview: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/events"
    ],
    update: ["PATCH /repos/{owner}/{repo}/pulls/{pull_number}"],
    updateBranch: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/update-branch"
    ],
    updateReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    updateReviewComment: [
      "PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ]
  },
  rateLimit: { get: ["GET /rate_limit"] },
  reactions: {
    createForCommitComment: [
      "POST /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    createForIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/reactions"
    ],
    createForIssueComment: [
      "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    createForPullRequestReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    createForRelease: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    createForTeamDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    createForTeamDiscussionInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ],
    deleteForCommitComment: [
      "DELETE /repos/{owner}/{repo}/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}"
    ],
    deleteForIssueComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForPullRequestComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForRelease: [
      "DELETE /repos/{owner}/{repo}/releases/{release_id}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussion: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussionComment: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions/{reaction_id}"
    ],
    listForCommitComment: [
      "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    listForIssue: ["GET /repos/{owner}/{repo}/issues/{issue_number}/reactions"],
    listForIssueComment: [
      "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    listForPullRequestReviewComment: [
      "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    listForRelease: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    listForTeamDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    listForTeamDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ]
  },
  repos: {
    acceptInvitation: [
      "PATCH /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "acceptInvitationForAuthenticatedUser"] }
    ],
    acceptInvitationForAuthenticatedUser: [
      "PATCH /user/repository_invitations/{invitation_id}"
    ],
    addAppAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    addCollaborator: ["PUT /repos/{owner}/{repo}/collaborators/{username}"],
    addStatusCheckContexts: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    addTeamAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    addUserAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    cancelPagesDeployment: [
      "POST /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}/cancel"
    ],
    checkAutomatedSecurityFixes: [
      "GET /repos/{owner}/{repo}/automated-security-fixes"
    ],
    checkCollaborator: ["GET /repos/{owner}/{repo}/collaborators/{username}"],
    checkImmutableReleases: ["GET /repos/{owner}/{repo}/immutable-releases"],
    checkPrivateVulnerabilityReporting: [
      "GET /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    checkVulnerabilityAlerts: [
      "GET /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    codeownersErrors: ["GET /repos/{owner}/{repo}/codeowners/errors"],
    compareCommits: ["GET /repos/{owner}/{repo}/compare/{base}...{head}"],
    compareCommitsWithBasehead: [
      "GET /repos/{owner}/{repo}/compare/{basehead}"
    ],
    createAttestation: ["POST /repos/{owner}/{repo}/attestations"],
    createAutolink: ["POST /repos/{owner}/{repo}/autolinks"],
    createCommitComment: [
      "POST /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    createCommitSignatureProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    createCommitStatus: ["POST /repos/{owner}/{repo}/statuses/{sha}"],
    createDeployKey: ["POST /repos/{owner}/{repo}/keys"],
    createDeployment: ["POST /repos/{owner}/{repo}/deployments"],
    createDeploymentBranchPolicy: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    createDeploymentProtectionRule: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    createDeploymentStatus: [
      "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    createDispatchEvent: ["POST /repos/{owner}/{repo}/dispatches"],
    createForAuthenticatedUser: ["POST /user/repos"],
    createFork: ["POST /repos/{owner}/{repo}/forks"],
    createInOrg: ["POST /orgs/{org}/repos"],
    createOrUpdateEnvironment: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    createOrUpdateFileContents: ["PUT /repos/{owner}/{repo}/contents/{path}"],
    createOrgRuleset: ["POST /orgs/{org}/rulesets"],
    createPagesDeployment: ["POST /repos/{owner}/{repo}/pages/deployments"],
    createPagesSite: ["POST /repos/{owner}/{repo}/pages"],
    createRelease: ["POST /repos/{owner}/{repo}/releases"],
    createRepoRuleset: ["POST /repos/{owner}/{repo}/rulesets"],
    createUsingTemplate: [
      "POST /repos/{template_owner}/{template_repo}/generate"
    ],
    createWebhook: ["POST /repos/{owner}/{repo}/hooks"],
    customPropertiesForReposCreateOrUpdateRepositoryValues: [
      "PATCH /repos/{owner}/{repo}/properties/values"
    ],
    customPropertiesForReposGetRepositoryValues: [
      "GET /repos/{owner}/{repo}/properties/values"
    ],
    declineInvitation: [
      "DELETE /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "declineInvitationForAuthenticatedUser"] }
    ],
    declineInvitationForAuthenticatedUser: [
      "DELETE /user/repository_invitations/{invitation_id}"
    ],
    delete: ["DELETE /repos/{owner}/{repo}"],
    deleteAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    deleteAdminBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    deleteAnEnvironment: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    deleteAutolink: ["DELETE /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    deleteBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    deleteCommitComment: ["DELETE /repos/{owner}/{repo}/comments/{comment_id}"],
    deleteCommitSignatureProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    deleteDeployKey: ["DELETE /repos/{owner}/{repo}/keys/{key_id}"],
    deleteDeployment: [
      "DELETE /repos/{owner}/{repo}/deployments/{deployment_id}"
    ],
    deleteDeploymentBranchPolicy: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    deleteFile: ["DELETE /repos/{owner}/{repo}/contents/{path}"],
    deleteInvitation: [
      "DELETE /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    deleteOrgRuleset: ["DELETE /orgs/{org}/rulesets/{ruleset_id}"],
    deletePagesSite: ["DELETE /repos/{owner}/{repo}/pages"],
    deletePullRequestReviewProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    deleteRelease: ["DELETE /repos/{owner}/{repo}/releases/{release_id}"],
    deleteReleaseAsset: [
      "DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    deleteRepoRuleset: ["DELETE /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    deleteWebhook: ["DELETE /repos/{owner}/{repo}/hooks/{hook_id}"],
    disableAutomatedSecurityFixes: [
      "DELETE /repos/{owner}/{repo}/automated-security-fixes"
    ],
    disableDeploymentProtectionRule: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    disableImmutableReleases: [
      "DELETE /repos/{owner}/{repo}/immutable-releases"
    ],
    disablePrivateVulnerabilityReporting: [
      "DELETE /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    disableVulnerabilityAlerts: [
      "DELETE /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    downloadArchive: [
      "GET /repos/{owner}/{repo}/zipball/{ref}",
      {},
      { renamed: ["repos", "downloadZipballArchive"] }
    ],
    downloadTarballArchive: ["GET /repos/{owner}/{repo}/tarball/{ref}"],
    downloadZipballArchive: ["GET /repos/{owner}/{repo}/zipball/{ref}"],
    enableAutomatedSecurityFixes: [
      "PUT /repos/{owner}/{repo}/automated-security-fixes"
    ],
    enableImmutableReleases: ["PUT /repos/{owner}/{repo}/immutable-releases"],
    enablePrivateVulnerabilityReporting: [
      "PUT /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    enableVulnerabilityAlerts: [
      "PUT /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    generateReleaseNotes: [
      "POST /repos/{owner}/{repo}/releases/generate-notes"
    ],
    get: ["GET /repos/{owner}/{repo}"],
    getAccessRestrictions: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    getAdminBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    getAllDeploymentProtectionRules: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    getAllEnvironments: ["GET /repos/{owner}/{repo}/environments"],
    getAllStatusCheckContexts: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts"
    ],
    getAllTopics: ["GET /repos/{owner}/{repo}/topics"],
    getAppsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps"
    ],
    getAutolink: ["GET /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    getBranch: ["GET /repos/{owner}/{repo}/branches/{branch}"],
    getBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    getBranchRules: ["GET /repos/{owner}/{repo}/rules/branches/{branch}"],
    getClones: ["GET /repos/{owner}/{repo}/traffic/clones"],
    getCodeFrequencyStats: ["GET /repos/{owner}/{repo}/stats/code_frequency"],
    getCollaboratorPermissionLevel: [
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission"
    ],
    getCombinedStatusForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/status"],
    getCommit: ["GET /repos/{owner}/{repo}/commits/{ref}"],
    getCommitActivityStats: ["GET /repos/{owner}/{repo}/stats/commit_activity"],
    getCommitComment: ["GET /repos/{owner}/{repo}/comments/{comment_id}"],
    getCommitSignatureProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    getCommunityProfileMetrics: ["GET /repos/{owner}/{repo}/community/profile"],
    getContent: ["GET /repos/{owner}/{repo}/contents/{path}"],
    getContributorsStats: ["GET /repos/{owner}/{repo}/stats/contributors"],
    getCustomDeploymentProtectionRule: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    getDeployKey: ["GET /repos/{owner}/{repo}/keys/{key_id}"],
    getDeployment: ["GET /repos/{owner}/{repo}/deployments/{deployment_id}"],
    getDeploymentBranchPolicy: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    getDeploymentStatus: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}"
    ],
    getEnvironment: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    getLatestPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/latest"],
    getLatestRelease: ["GET /repos/{owner}/{repo}/releases/latest"],
    getOrgRuleSuite: ["GET /orgs/{org}/rulesets/rule-suites/{rule_suite_id}"],
    getOrgRuleSuites: ["GET /orgs/{org}/rulesets/rule-suites"],
    getOrgRuleset: ["GET /orgs/{org}/rulesets/{ruleset_id}"],
    getOrgRulesets: ["GET /orgs/{org}/rulesets"],
    getPages: ["GET /repos/{owner}/{repo}/pages"],
    getPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/{build_id}"],
    getPagesDeployment: [
      "GET /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}"
    ],
    getPagesHealthCheck: ["GET /repos/{owner}/{repo}/pages/health"],
    getParticipationStats: ["GET /repos/{owner}/{repo}/stats/participation"],
    getPullRequestReviewProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    getPunchCardStats: ["GET /repos/{owner}/{repo}/stats/punch_card"],
    getReadme: ["GET /repos/{owner}/{repo}/readme"],
    getReadmeInDirectory: ["GET /repos/{owner}/{repo}/readme/{dir}"],
    getRelease: ["GET /repos/{owner}/{repo}/releases/{release_id}"],
    getReleaseAsset: ["GET /repos/{owner}/{repo}/releases/assets/{asset_id}"],
    getReleaseByTag: ["GET /repos/{owner}/{repo}/releases/tags/{tag}"],
    getRepoRuleSuite: [
      "GET /repos/{owner}/{repo}/rulesets/rule-suites/{rule_suite_id}"
    ],
    getRepoRuleSuites: ["GET /repos/{owner}/{repo}/rulesets/rule-suites"],
    getRepoRuleset: ["GET /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    getRepoRulesetHistory: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history"
    ],
    getRepoRulesetVersion: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getRepoRulesets: ["GET /repos/{owner}/{repo}/rulesets"],
    getStatusChecksProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    getTeamsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams"
    ],
    getTopPaths: ["GET /repos/{owner}/{repo}/traffic/popular/paths"],
    getTopReferrers: ["GET /repos/{owner}/{repo}/traffic/popular/referrers"],
    getUsersWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users"
    ],
    getViews: ["GET /repos/{owner}/{repo}/traffic/views"],
    getWebhook: ["GET /repos/{owner}/{repo}/hooks/{hook_id}"],
    getWebhookConfigForRepo: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    getWebhookDelivery: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    listActivities: ["GET /repos/{owner}/{repo}/activity"],
    listAttestations: [
      "GET /repos/{owner}/{repo}/attestations/{subject_digest}"
    ],
    listAutolinks: ["GET /repos/{owner}/{repo}/autolinks"],
    listBranches: ["GET /repos/{owner}/{repo}/branches"],
    listBranchesForHeadCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/branches-where-head"
    ],
    listCollaborators: ["GET /repos/{owner}/{repo}/collaborators"],
    listCommentsForCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    listCommitCommentsForRepo: ["GET /repos/{owner}/{repo}/comments"],
    listCommitStatusesForRef: [
      "GET /repos/{owner}/{repo}/commits/{ref}/statuses"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/commits"],
    listContributors: ["GET /repos/{owner}/{repo}/contributors"],
    listCustomDeploymentRuleIntegrations: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps"
    ],
    listDeployKeys: ["GET /repos/{owner}/{repo}/keys"],
    listDeploymentBranchPolicies: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    listDeploymentStatuses: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    listDeployments: ["GET /repos/{owner}/{repo}/deployments"],
    listForAuthenticatedUser: ["GET /user/repos"],
    listForOrg: ["GET /orgs/{org}/repos"],
    listForUser: ["GET /users/{username}/repos"],
    listForks: ["GET /repos/{owner}/{repo}/forks"],
    listInvitations: ["GET /repos/{owner}/{repo}/invitations"],
    listInvitationsForAuthenticatedUser: ["GET /user/repository_invitations"],
    listLanguages: ["GET /repos/{owner}/{repo}/languages"],
    listPagesBuilds: ["GET /repos/{owner}/{repo}/pages/builds"],
    listPublic: ["GET /repositories"],
    listPullRequestsAssociatedWithCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls"
    ],
    listReleaseAssets: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/assets"
    ],
    listReleases: ["GET /repos/{owner}/{repo}/releases"],
    listTags: ["GET /repos/{owner}/{repo}/tags"],
    listTeams: ["GET /repos/{owner}/{repo}/teams"],
    listWebhookDeliveries: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries"
    ],
    listWebhooks: ["GET /repos/{owner}/{repo}/hooks"],
    merge: ["POST /repos/{owner}/{repo}/merges"],
    mergeUpstream: ["POST /repos/{owner}/{repo}/merge-upstream"],
    pingWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeAppAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    removeCollaborator: [
      "DELETE /repos/{owner}/{repo}/collaborators/{username}"
    ],
    removeStatusCheckContexts: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    removeStatusCheckProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    removeTeamAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    removeUserAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    renameBranch: ["POST /repos/{owner}/{repo}/branches/{branch}/rename"],
    replaceAllTopics: ["PUT /repos/{owner}/{repo}/topics"],
    requestPagesBuild: ["POST /repos/{owner}/{repo}/pages/builds"],
    setAdminBranchProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    setAppAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    setStatusCheckContexts: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    setTeamAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    setUserAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    testPushWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/tests"],
    transfer: ["POST /repos/{owner}/{repo}/transfer"],
    update: ["PATCH /repos/{owner}/{repo}"],
    updateBranchProtection: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    updateCommitComment: ["PATCH /repos/{owner}/{repo}/comments/{comment_id}"],
    updateDeploymentBranchPolicy: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    updateInformationAboutPagesSite: ["PUT /repos/{owner}/{repo}/pages"],
    updateInvitation: [
      "PATCH /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    updateOrgRuleset: ["PUT /orgs/{org}/rulesets/{ruleset_id}"],
    updatePullRequestReviewProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    updateRelease: ["PATCH /repos/{owner}/{repo}/releases/{release_id}"],
    updateReleaseAsset: [
      "PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    updateRepoRuleset: ["PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    updateStatusCheckPotection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks",
      {},
      { renamed: ["repos", "updateStatusCheckProtection"] }
    ],
    updateStatusCheckProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    updateWebhook: ["PATCH /repos/{owner}/{repo}/hooks/{hook_id}"],
    updateWebhookConfigForRepo: [
      "PATCH /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    uploadReleaseAsset: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}",
      { baseUrl: "https://uploads.github.com" }
    ]
  },
  search: {
    code: ["GET /search/code"],
    commits: ["GET /search/commits"],
    issuesAndPullRequests: ["GET /search/issues"],
    labels: ["GET /search/labels"],
    repos: ["GET /search/repositories"],
    topics: ["GET /search/topics"],
    users: ["GET /search/users"]
  },
  secretScanning: {
    createPushProtectionBypass: [
      "POST /repos/{owner}/{repo}/secret-scanning/push-protection-bypasses"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    getScanHistory: ["GET /repos/{owner}/{repo}/secret-scanning/scan-history"],
    listAlertsForOrg: ["GET /orgs/{org}/secret-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/secret-scanning/alerts"],
    listLocationsForAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations"
    ],
    listOrgPatternConfigs: [
      "GET /orgs/{org}/secret-scanning/pattern-configurations"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    updateOrgPatternConfigs: [
      "PATCH /orgs/{org}/secret-scanning/pattern-configurations"
    ]
  },
  securityAdvisories: {
    createFork: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks"
    ],
    createPrivateVulnerabilityReport: [
      "POST /repos/{owner}/{repo}/security-advisories/reports"
    ],
    createRepositoryAdvisory: [
      "POST /repos/{owner}/{repo}/security-advisories"
    ],
    createRepositoryAdvisoryCveRequest: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/cve"
    ],
    getGlobalAdvisory: ["GET /advisories/{ghsa_id}"],
    getRepositoryAdvisory: [
      "GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ],
    listGlobalAdvisories: ["GET /advisories"],
    listOrgRepositoryAdvisories: ["GET /orgs/{org}/security-advisories"],
    listRepositoryAdvisories: ["GET /repos/{owner}/{repo}/security-advisories"],
    updateRepositoryAdvisory: [
      "PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ]
  },
  teams: {
    addOrUpdateMembershipForUserInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    addOrUpdateRepoPermissionsInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    checkPermissionsForRepoInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    create: ["POST /orgs/{org}/teams"],
    createDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    createDiscussionInOrg: ["POST /orgs/{org}/teams/{team_slug}/discussions"],
    deleteDiscussionCommentInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    deleteDiscussionInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    deleteInOrg: ["DELETE /orgs/{org}/teams/{team_slug}"],
    getByName: ["GET /orgs/{org}/teams/{team_slug}"],
    getDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    getDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    getMembershipForUserInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    list: ["GET /orgs/{org}/teams"],
    listChildInOrg: ["GET /orgs/{org}/teams/{team_slug}/teams"],
    listDiscussionCommentsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    listDiscussionsInOrg: ["GET /orgs/{org}/teams/{team_slug}/discussions"],
    listForAuthenticatedUser: ["GET /user/teams"],
    listMembersInOrg: ["GET /orgs/{org}/teams/{team_slug}/members"],
    listPendingInvitationsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/invitations"
    ],
    listReposInOrg: ["GET /orgs/{org}/teams/{team_slug}/repos"],
    removeMembershipForUserInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    removeRepoInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    updateDiscussionCommentInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    updateDiscussionInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    updateInOrg: ["PATCH /orgs/{org}/teams/{team_slug}"]
  },
  users: {
    addEmailForAuthenticated: [
      "POST /user/emails",
      {},
      { renamed: ["users", "addEmailForAuthenticatedUser"] }
    ],
    addEmailForAuthenticatedUser: ["POST /user/emails"],
    addSocialAccountForAuthenticatedUser: ["POST /user/social_accounts"],
    block: ["PUT /user/blocks/{username}"],
    checkBlocked: ["GET /user/blocks/{username}"],
    checkFollowingForUser: ["GET /users/{username}/following/{target_user}"],
    checkPersonIsFollowedByAuthenticated: ["GET /user/following/{username}"],
    createGpgKeyForAuthenticated: [
      "POST /user/gpg_keys",
      {},
      { renamed: ["users", "createGpgKeyForAuthenticatedUser"] }
    ],
    createGpgKeyForAuthenticatedUser: ["POST /user/gpg_keys"],
    createPublicSshKeyForAuthenticated: [
      "POST /user/keys",
      {},
      { renamed: ["users", "createPublicSshKeyForAuthenticatedUser"] }
    ],
    createPublicSshKeyForAuthenticatedUser: ["POST /user/keys"],
    createSshSigningKeyForAuthenticatedUser: ["POST /user/ssh_signing_keys"],
    deleteAttestationsBulk: [
      "POST /users/{username}/attestations/delete-request"
    ],
    deleteAttestationsById: [
      "DELETE /users/{username}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /users/{username}/attestations/digest/{subject_digest}"
    ],
    deleteEmailForAuthenticated: [
      "DELETE /user/emails",
      {},
      { renamed: ["users", "deleteEmailForAuthenticatedUser"] }
    ],
    deleteEmailForAuthenticatedUser: ["DELETE /user/emails"],
    deleteGpgKeyForAuthenticated: [
      "DELETE /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "deleteGpgKeyForAuthenticatedUser"] }
    ],
    deleteGpgKeyForAuthenticatedUser: ["DELETE /user/gpg_keys/{gpg_key_id}"],
    deletePublicSshKeyForAuthenticated: [
      "DELETE /user/keys/{key_id}",
      {},
      { renamed: ["users", "deletePublicSshKeyForAuthenticatedUser"] }
    ],
    deletePublicSshKeyForAuthenticatedUser: ["DELETE /user/keys/{key_id}"],
    deleteSocialAccountForAuthenticatedUser: ["DELETE /user/social_accounts"],
    deleteSshSigningKeyForAuthenticatedUser: [
      "DELETE /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    follow: ["PUT /user/following/{username}"],
    getAuthenticated: ["GET /user"],
    getById: ["GET /user/{account_id}"],
    getByUsername: ["GET /users/{username}"],
    getContextForUser: ["GET /users/{username}/hovercard"],
    getGpgKeyForAuthenticated: [
      "GET /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "getGpgKeyForAuthenticatedUser"] }
    ],
    getGpgKeyForAuthenticatedUser: ["GET /user/gpg_keys/{gpg_key_id}"],
    getPublicSshKeyForAuthenticated: [
      "GET /user/keys/{key_id}",
      {},
      { renamed: ["users", "getPublicSshKeyForAuthenticatedUser"] }
    ],
    getPublicSshKeyForAuthenticatedUser: ["GET /user/keys/{key_id}"],
    getSshSigningKeyForAuthenticatedUser: [
      "GET /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    list: ["GET /users"],
    listAttestations: ["GET /users/{username}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /users/{username}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedByAuthenticated: [
      "GET /user/blocks",
      {},
      { renamed: ["users", "listBlockedByAuthenticatedUser"] }
    ],
    listBlockedByAuthenticatedUser: ["GET /user/blocks"],
    listEmailsForAuthenticated: [
      "GET /user/emails",
      {},
      { renamed: ["users", "listEmailsForAuthenticatedUser"] }
    ],
    listEmailsForAuthenticatedUser: ["GET /user/emails"],
    listFollowedByAuthenticated: [
      "GET /user/following",
      {},
      { renamed: ["users", "listFollowedByAuthenticatedUser"] }
    ],
    listFollowedByAuthenticatedUser: ["GET /user/following"],
    listFollowersForAuthenticatedUser: ["GET /user/followers"],
    listFollowersForUser: ["GET /users/{username}/followers"],
    listFollowingForUser: ["GET /users/{username}/following"],
    listGpgKeysForAuthenticated: [
      "GET /user/gpg_keys",
      {},
      { renamed: ["users", "listGpgKeysForAuthenticatedUser"] }
    ],
    listGpgKeysForAuthenticatedUser: ["GET /user/gpg_keys"],
    listGpgKeysForUser: ["GET /users/{username}/gpg_keys"],
    listPublicEmailsForAuthenticated: [
      "GET /user/public_emails",
      {},
      { renamed: ["users", "listPublicEmailsForAuthenticatedUser"] }
    ],
    listPublicEmailsForAuthenticatedUser: ["GET /user/public_emails"],
    listPublicKeysForUser: ["GET /users/{username}/keys"],
    listPublicSshKeysForAuthenticated: [
      "GET /user/keys",
      {},
      { renamed: ["users", "listPublicSshKeysForAuthenticatedUser"] }
    ],
    listPublicSshKeysForAuthenticatedUser: ["GET /user/keys"],
    listSocialAccountsForAuthenticatedUser: ["GET /user/social_accounts"],
    listSocialAccountsForUser: ["GET /users/{username}/social_accounts"],
    listSshSigningKeysForAuthenticatedUser: ["GET /user/ssh_signing_keys"],
    listSshSigningKeysForUser: ["GET /users/{username}/ssh_signing_keys"],
    setPrimaryEmailVisibilityForAuthenticated: [
      "PATCH /user/email/visibility",
      {},
      { renamed: ["users", "setPrimaryEmailVisibilityForAuthenticatedUser"] }
    ],
    setPrimaryEmailVisibilityForAuthenticatedUser: [
      "PATCH /user/email/visibility"
    ],
    unblock: ["DELETE /user/blocks/{username}"],
    unfollow: ["DELETE /user/following/{username}"],
    updateAuthenticated: ["PATCH /user"]
  }
};
var endpoints_default = Endpoints;

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/endpoints-to-methods.js
var endpointMethodsMap = /* @__PURE__ */ new Map();
for (const [scope, endpoints] of Object.entries(endpoints_default)) {
  for (const [methodName, endpoint2] of Object.entries(endpoints)) {
    const [route, defaults, decorations] = endpoint2;
    const [method, url] = route.split(/ /);
    const endpointDefaults = Object.assign(
      {
        method,
        url
      },
      defaults
    );
    if (!endpointMethodsMap.has(scope)) {
      endpointMethodsMap.set(scope, /* @__PURE__ */ new Map());
    }
    endpointMethodsMap.get(scope).set(methodName, {
      scope,
      methodName,
      endpointDefaults,
      decorations
    });
  }
}
var handler = {
  has({ scope }, methodName) {
    return endpointMethodsMap.get(scope).has(methodName);
  },
  getOwnPropertyDescriptor(target, methodName) {
    return {
      value: this.get(target, methodName),
      // ensures method is in the cache
      configurable: true,
      writable: true,
      enumerable: true
    };
  },
  defineProperty(target, methodName, descriptor) {
    Object.defineProperty(target.cache, methodName, descriptor);
    return true;
  },
  deleteProperty(target, methodName) {
    delete target.cache[methodName];
    return true;
  },
  ownKeys({ scope }) {
    return [...endpointMethodsMap.get(scope).keys()];
  },
  set(target, methodName, value) {
    return target.cache[methodName] = value;
  },
  get({ octokit, scope, cache }, methodName) {
    if (cache[methodName]) {
      return cache[methodName];
    }
    const method = endpointMethodsMap.get(scope).get(methodName);
    if (!method) {
      return void 0;
    }
    const { endpointDefaults, decorations } = method;
    if (decorations) {
      cache[methodName] = decorate(
        octokit,
        scope,
        methodName,
        endpointDefaults,
        decorations
      );
    } else {
      cache[methodName] = octokit.request.defaults(endpointDefaults);
    }
    return cache[methodName];
  }
};
function endpointsToMethods(octokit) {
  const newMethods = {};
  for (const scope of endpointMethodsMap.keys()) {
    newMethods[scope] = new Proxy({ octokit, scope, cache: {} }, handler);
  }
  return newMethods;
}
function decorate(octokit, scope, methodName, defaults, decorations) {
  const requestWithDefaults = octokit.request.defaults(defaults);
  function withDecorations(...args) {
    let options = requestWithDefaults.endpoint.merge(...args);
    if (decorations.mapToData) {
      options = Object.assign({}, options, {
        data: options[decorations.mapToData],
        [decorations.mapToData]: void 0
      });
      return requestWithDefaults(options);
    }
    if (decorations.renamed) {
      const [newScope, newMethodName] = decorations.renamed;
      octokit.log.warn(
        `octokit.${scope}.${methodName}() has been renamed to octokit.${newScope}.${newMethodName}()`
      );
    }
    if (decorations.deprecated) {
      octokit.log.warn(decorations.deprecated);
    }
    if (decorations.renamedParameters) {
      const options2 = requestWithDefaults.endpoint.merge(...args);
      for (const [name, alias] of Object.entries(
        decorations.renamedParameters
      )) {
        if (name in options2) {
          octokit.log.warn(
            `"${name}" parameter is deprecated for "octokit.${scope}.${methodName}()". Use "${alias}" instead`
          );
          if (!(alias in options2)) {
            options2[alias] = options2[name];
          }
          delete options2[name];
        }
      }
      return requestWithDefaults(options2);
    }
    return requestWithDefaults(...args);
  }
  return Object.assign(withDecorations, requestWithDefaults);
}

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js
function restEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    rest: api
  };
}
restEndpointMethods.VERSION = VERSION8;
function legacyRestEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    ...api,
    rest: api
  };
}
legacyRestEndpointMethods.VERSION = VERSION8;

// node_modules/@octokit/rest/dist-src/version.js
var VERSION9 = "22.0.1";

// node_modules/@octokit/rest/dist-src/index.js
var Octokit2 = Octokit.plugin(requestLog, legacyRestEndpointMethods, paginateRest).defaults(
  {
    userAgent: `octokit-rest.js/${VERSION9}`
  }
);

// node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var import_light = __toESM(require_light(), 1);
var VERSION10 = "0.0.0-development";
var noop3 = () => Promise.resolve();
function wrapRequest(state, request2, options) {
  return state.retryLimiter.schedule(doRequest, state, request2, options);
}
async function doRequest(state, request2, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request2.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop3);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop3);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop3);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request2, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];
function routeMatcher(paths) {
  const regexes = paths.map(
    (path3) => path3.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck2, common) {
  groups.global = new Bottleneck2.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck2.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck2.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck2.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck2.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck: Bottleneck2 = import_light.default,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck2, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck2();
    const events = {};
    const emitter = new Bottleneck2.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request2, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request2.retryCount;
      request2.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request2.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request2, options) => {
    initializeBottleneck();
    return wrapRequest(state, request2, options);
  });
  return {};
}
throttling.VERSION = VERSION10;
throttling.triggersNotification = triggersNotification;

// node_modules/@octokit/plugin-retry/dist-bundle/index.js
var import_light2 = __toESM(require_light(), 1);
var VERSION11 = "0.0.0-development";
function isRequestError(error) {
  return error.request !== void 0;
}
async function errorRequest(state, octokit, error, options) {
  if (!isRequestError(error) || !error?.request.request) {
    throw error;
  }
  if (error.status >= 400 && !state.doNotRetry.includes(error.status)) {
    const retries = options.request.retries != null ? options.request.retries : state.retries;
    const retryAfter = Math.pow((options.request.retryCount || 0) + 1, 2);
    throw octokit.retry.retryRequest(error, retries, retryAfter);
  }
  throw error;
}
async function wrapRequest2(state, octokit, request2, options) {
  const limiter = new import_light2.default();
  limiter.on("failed", function(error, info) {
    const maxRetries = ~~error.request.request?.retries;
    const after = ~~error.request.request?.retryAfter;
    options.request.retryCount = info.retryCount + 1;
    if (maxRetries > info.retryCount) {
      return after * state.retryAfterBaseValue;
    }
  });
  return limiter.schedule(
    requestWithGraphqlErrorHandling.bind(null, state, octokit, request2),
    options
  );
}
async function requestWithGraphqlErrorHandling(state, octokit, request2, options) {
  const response = await request2(options);
  if (response.data && response.data.errors && response.data.errors.length > 0 && /Something went wrong while executing your query/.test(
    response.data.errors[0].message
  )) {
    const error = new RequestError(response.data.errors[0].message, 500, {
      request: options,
      response
    });
    return errorRequest(state, octokit, error, options);
  }
  return response;
}
function retry(octokit, octokitOptions) {
  const state = Object.assign(
    {
      enabled: true,
      retryAfterBaseValue: 1e3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retries: 3
    },
    octokitOptions.retry
  );
  const retryPlugin = {
    retry: {
      retryRequest: (error, retries, retryAfter) => {
        error.request.request = Object.assign({}, error.request.request, {
          retries,
          retryAfter
        });
        return error;
      }
    }
  };
  if (state.enabled) {
    octokit.hook.error("request", errorRequest.bind(null, state, retryPlugin));
    octokit.hook.wrap("request", wrapRequest2.bind(null, state, retryPlugin));
  }
  return retryPlugin;
}
retry.VERSION = VERSION11;

// src/github/client.ts
var KeyshiftOctokit = Octokit2.plugin(throttling, retry);
var DEFAULT_API_URL = "https://api.github.com";
function createClient(opts) {
  const log = opts.log ?? (() => void 0);
  const retries = opts.rateLimitRetries ?? 3;
  const onLimit = (what) => (retryAfter, options, _octokit, retryCount) => {
    if (retryCount >= retries) {
      log(`GitHub ${what} rate limit on ${options.method} ${options.url}: giving up after ${retryCount} retries`);
      return false;
    }
    log(`GitHub ${what} rate limit on ${options.method} ${options.url}: retrying in ${retryAfter}s`);
    return true;
  };
  return new KeyshiftOctokit({
    auth: opts.token || void 0,
    baseUrl: (opts.baseUrl || DEFAULT_API_URL).replace(/\/+$/, ""),
    userAgent: "keyshift",
    // octokit's own logger would print request details; keep only warnings and errors, without secrets.
    log: { debug: () => void 0, info: () => void 0, warn: (m) => log(scrub(m, opts.token)), error: (m) => log(scrub(m, opts.token)) },
    throttle: { onRateLimit: onLimit("primary"), onSecondaryRateLimit: onLimit("secondary") },
    retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451] }
  });
}
function scrub(message, token) {
  let m = message;
  if (token && token.length >= 4) m = m.split(token).join("***");
  return m.replace(/(authorization["']?\s*[:=]\s*["']?)(token|bearer)\s+[^\s"',]+/gi, "$1$2 ***");
}
function explainApiError(err, ctx) {
  const e = err;
  const status = typeof e.status === "number" ? e.status : void 0;
  const apiMessage = oneLine2(scrub(e.response?.data?.message ?? e.message ?? String(err), ctx.token));
  const prefix = `could not ${ctx.action}`;
  if (status === void 0) return `${prefix}: ${apiMessage}`;
  if (status === 401) return `${prefix} (401 ${apiMessage}): the token is missing, expired or revoked; pass a valid token in the token input or GITHUB_TOKEN`;
  if (ctx.codeScanning && (status === 403 || status === 404) && /code scanning|advanced security|code security|not enabled/i.test(apiMessage)) {
    return `${prefix} (${status} ${apiMessage}): code scanning is not enabled for this repository; enable it under Settings > Code security (private repositories need GitHub Code Security), or set upload-sarif: false`;
  }
  if (ctx.fork && (status === 403 || status === 404)) {
    return `${prefix} (${status} ${apiMessage}): this pull request comes from a fork, and GitHub gives fork pull requests a read-only token; the findings are in the job summary and annotations instead`;
  }
  if (status === 403) {
    return `${prefix} (${status} ${apiMessage}): the token lacks "${ctx.permission}"; add it to the workflow's permissions: block (or the token's scopes)`;
  }
  if (status === 404) {
    return `${prefix} (${status} ${apiMessage}): it does not exist, or the token cannot see it; check the name and that the token has "${ctx.permission}"`;
  }
  if (status === 422) return `${prefix} (422 ${apiMessage}): GitHub rejected the request's content`;
  return `${prefix} (${status} ${apiMessage})`;
}
function oneLine2(s) {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > 200 ? `${t.slice(0, 197)}...` : t;
}

// src/github/remote-source.ts
var import_micromatch4 = __toESM(require_micromatch(), 1);
init_git_diff();
import { existsSync as existsSync5, readFileSync as readFileSync6 } from "node:fs";
import { join as join6 } from "node:path";
var DEFAULT_CONCURRENCY = 8;
function pathFilter2(include, exclude) {
  const compile = (g) => import_micromatch4.default.matcher(g, g.includes("/") ? { dot: true } : { dot: true, basename: true });
  const inc = include.map(compile);
  const exc = exclude.map(compile);
  return (p) => (inc.length === 0 || inc.some((m) => m(p))) && !exc.some((m) => m(p));
}
async function fetchBlob(client, r, path3, sha) {
  try {
    const { data } = await client.rest.git.getBlob({ owner: r.owner, repo: r.repo, file_sha: sha });
    return { path: path3, content: new Uint8Array(Buffer.from(data.content, data.encoding === "base64" ? "base64" : "utf8")) };
  } catch (err) {
    const status = err.status;
    if (status === 401 || status === 403) throw err;
    return { path: path3, reason: "unreadable", detail: `GitHub API: ${status ?? ""} ${err.message.split("\n")[0]}`.trim() };
  }
}
async function* windowed(items, limit, fn) {
  const inFlight = [];
  let next = 0;
  while (next < items.length && inFlight.length < limit) inFlight.push(fn(items[next++]));
  while (inFlight.length > 0) {
    const r = await inFlight.shift();
    if (next < items.length) inFlight.push(fn(items[next++]));
    yield r;
  }
}
async function listPullFiles(client, r, pull) {
  return await client.paginate(client.rest.pulls.listFiles, { owner: r.owner, repo: r.repo, pull_number: pull, per_page: 100 });
}
async function changeItems2(client, entries2, opts) {
  const keep = pathFilter2(opts.include, opts.exclude);
  const under = (p) => !opts.paths || opts.paths.length === 0 || opts.paths.some((d) => d === "" || d === "." || p === d || p.startsWith(`${d.replace(/\/+$/, "")}/`));
  const out = { items: [], skips: [], wholeFile: /* @__PURE__ */ new Set(), blobRequests: 0 };
  const work = [];
  for (const e of entries2) {
    if (e.status === "removed" || !under(e.filename) || !keep(e.filename)) continue;
    if (e.patch === void 0 || e.patch === null) {
      out.wholeFile.add(e.filename);
      work.push({ entry: e });
      continue;
    }
    const diff = parseDiff(e.patch, { collectText: true })[0];
    if (!diff || diff.addedLines.length === 0) continue;
    work.push({ entry: e, added: diff.addedLines, text: diff.addedText });
  }
  let fetched = 0;
  const results = [];
  for await (const r of windowed(work, opts.concurrency ?? DEFAULT_CONCURRENCY, async (w) => {
    const local = w.added && opts.localRoot ? localContent(opts.localRoot, w.entry.filename, w.added, w.text ?? []) : void 0;
    let item;
    if (local) item = { path: w.entry.filename, content: local };
    else if (!w.entry.sha) item = { path: w.entry.filename, reason: "unreadable", detail: "GitHub listed no blob id for this file" };
    else {
      out.blobRequests++;
      item = await fetchBlob(client, opts, w.entry.filename, w.entry.sha);
    }
    opts.onProgress?.({ fetched: ++fetched, total: work.length });
    if ("reason" in item) return item;
    return w.added ? { ...item, addedLines: w.added } : item;
  })) {
    results.push(r);
  }
  for (const r of results) {
    if ("reason" in r) out.skips.push(r);
    else out.items.push(r);
  }
  return out;
}
function localContent(root, path3, added, text2) {
  const abs = join6(root, path3);
  if (!existsSync5(abs)) return void 0;
  let bytes;
  try {
    bytes = readFileSync6(abs);
  } catch {
    return void 0;
  }
  const lines = bytes.toString("utf8").split("\n");
  for (let i = 0; i < added.length; i++) {
    const local = lines[added[i] - 1];
    if (local === void 0 || local.replace(/\r$/, "") !== (text2[i] ?? "").replace(/\r$/, "")) return void 0;
  }
  return new Uint8Array(bytes);
}
async function* fromList(...lists) {
  for (const l of lists) yield* l;
}

// src/action/runner.ts
import { appendFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
function getInput(io, name) {
  return (io.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
function getBooleanInput(io, name, fallback) {
  const v = getInput(io, name);
  if (v === "") return fallback;
  if (["true", "True", "TRUE"].includes(v)) return true;
  if (["false", "False", "FALSE"].includes(v)) return false;
  throw new TypeError(`input ${name}: expected true or false, got "${v}"`);
}
function getListInput(io, name) {
  return getInput(io, name).split(/[\s,]+/).filter((s) => s !== "");
}
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function mask(io, value) {
  if (value) io.log(`::add-mask::${escapeData(value)}`);
}
function annotate(io, level, message, props = {}) {
  const parts = [];
  if (props.title) parts.push(`title=${escapeProperty(props.title)}`);
  if (props.file) parts.push(`file=${escapeProperty(props.file)}`);
  if (props.line) parts.push(`line=${props.line}`);
  if (props.endLine) parts.push(`endLine=${props.endLine}`);
  if (props.col && (!props.endLine || props.endLine === props.line)) {
    parts.push(`col=${props.col}`);
    if (props.endColumn) parts.push(`endColumn=${props.endColumn}`);
  }
  io.log(`::${level}${parts.length ? ` ${parts.join(",")}` : ""}::${escapeData(message)}`);
}
function setOutput(io, name, value) {
  const file = io.env.GITHUB_OUTPUT;
  if (!file) {
    io.log(`output ${name}=${value}`);
    return;
  }
  const delim = `ghadelimiter_${randomUUID()}`;
  appendFileSync(file, `${name}<<${delim}
${value}
${delim}
`);
}
var STEP_SUMMARY_MAX = 1024 * 1024;
function appendSummary(io, markdown) {
  const file = io.env.GITHUB_STEP_SUMMARY;
  if (!file) return false;
  appendFileSync(file, markdown.endsWith("\n") ? markdown : `${markdown}
`);
  return true;
}

// src/action/event.ts
init_errors();
import { readFileSync as readFileSync7 } from "node:fs";
function readContext(env) {
  const full = env.GITHUB_REPOSITORY ?? "";
  const [owner = "", repo = ""] = full.split("/");
  let payload = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync7(env.GITHUB_EVENT_PATH, "utf8"));
    } catch (err) {
      throw new UsageError(`cannot read the event payload ${env.GITHUB_EVENT_PATH} (${err.message.split("\n")[0]}); run keyshift inside GitHub Actions`);
    }
  }
  return {
    eventName: env.GITHUB_EVENT_NAME ?? "",
    owner,
    repo,
    sha: env.GITHUB_SHA ?? "",
    ref: env.GITHUB_REF ?? "",
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    apiUrl: env.GITHUB_API_URL || "https://api.github.com",
    serverUrl: env.GITHUB_SERVER_URL || "https://github.com",
    payload
  };
}
var ZERO_SHA = /^0+$/;
var PR_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target"]);
function parseMode(value) {
  const v = value === "" ? "auto" : value;
  if (v === "auto" || v === "full" || v === "diff") return v;
  throw new UsageError(`input mode: expected auto, full or diff; got "${value}"`);
}
function planScan(ctx, mode) {
  if (mode === "full") return { kind: "full" };
  const pr = ctx.payload.pull_request;
  if (PR_EVENTS.has(ctx.eventName) && pr?.base?.sha && pr.head?.sha && typeof pr.number === "number") {
    const baseRepo = pr.base.repo?.full_name ?? `${ctx.owner}/${ctx.repo}`;
    const headRepo = pr.head.repo?.full_name;
    return {
      kind: "pr",
      number: pr.number,
      base: pr.base.sha,
      head: pr.head.sha,
      baseRef: pr.base.ref ?? "",
      fork: headRepo !== void 0 && headRepo !== baseRepo
    };
  }
  const before = ctx.payload.before;
  const after = ctx.payload.after;
  if (ctx.eventName === "push" && typeof before === "string" && typeof after === "string" && !ZERO_SHA.test(before) && !ZERO_SHA.test(after)) {
    return { kind: "push", before, after };
  }
  if (mode === "diff") {
    throw new UsageError(`input mode: diff needs a pull_request event or a push to an existing branch; this is "${ctx.eventName || "unknown"}"; use mode: full or auto`);
  }
  return ctx.eventName === "push" ? { kind: "full", note: "a new branch has no previous commit to diff against: scanning the whole checkout" } : { kind: "full" };
}

// src/action/pr-feedback.ts
init_types();
var SUMMARY_MARKER = "<!-- keyshift:summary -->";
var RESOLVED_TEXT = "\u2705 Resolved:";
var FP_MARKER = /<!-- keyshift:fp=([0-9a-f]+):(.*?) -->/g;
var MAX_BODY = 6e4;
var MAX_REVIEW_COMMENTS = 50;
var MAX_SUMMARY_ROWS = 100;
function findingMarker(f2) {
  return `<!-- keyshift:fp=${f2.fingerprint}:${f2.path.replace(/-->/g, "--&gt;")} -->`;
}
function code(s) {
  const t = s.replace(/\s+/g, " ");
  const longest = Math.max(0, ...[...t.matchAll(/`+/g)].map((m) => m[0].length));
  const tick = "`".repeat(longest + 1);
  return `${tick}${t.startsWith("`") || t.endsWith("`") ? ` ${t} ` : t}${tick}`;
}
function text(s) {
  return s.replace(/\s+/g, " ").replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
}
var ICON = { critical: "\u{1F534}", high: "\u{1F7E0}", medium: "\u{1F7E1}", low: "\u26AA" };
function reviewCommentBody(f2) {
  const lines = [
    findingMarker(f2),
    `${ICON[f2.severity]} **${text(f2.ruleName)}** (${code(f2.ruleId)}): a **${f2.severity}** ${text(f2.kind)} was added here: ${code(f2.preview)}`
  ];
  const m = f2.migration;
  if (m) {
    lines.push("", "<details><summary>How to replace it: " + text(m.summary) + "</summary>", "");
    m.steps.forEach((s, i) => lines.push(`${i + 1}. ${s.replace(/\s+/g, " ")}`));
    if (m.snippet) {
      const fence4 = "`".repeat(Math.max(3, ...[...m.snippet.matchAll(/`+/g)].map((x) => x[0].length + 1)));
      lines.push("", `${fence4}yaml`, m.snippet.replace(/\n$/, ""), fence4);
    }
    if (m.references.length) lines.push("", m.references.map((r) => `- <${r}>`).join("\n"));
    lines.push("", "</details>");
  }
  lines.push("", `Rotate the credential: it is in the branch history even if this line is removed. To accept it, add \`keyshift:allow ${f2.ruleId}\` in a comment on this line.`);
  return lines.join("\n");
}
function severityOrder(a, b) {
  return SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity) || (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line);
}
async function postReview(client, pr, findings, commentable) {
  const existing = await client.paginate(client.rest.pulls.listReviewComments, { owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100 });
  const seen = /* @__PURE__ */ new Set();
  for (const c of existing) for (const m of (c.body ?? "").matchAll(FP_MARKER)) seen.add(`${m[1]}:${m[2]}`);
  const byLine = /* @__PURE__ */ new Map();
  let already = 0;
  let notCommentable = 0;
  const keys = /* @__PURE__ */ new Set();
  for (const f2 of [...findings].sort(severityOrder)) {
    const key2 = `${f2.fingerprint}:${f2.path.replace(/-->/g, "--&gt;")}`;
    if (seen.has(key2)) {
      already++;
      continue;
    }
    if (!commentable(f2)) {
      notCommentable++;
      continue;
    }
    if (keys.has(key2)) continue;
    keys.add(key2);
    const at = `${f2.path}\0${f2.line}`;
    byLine.set(at, [...byLine.get(at) ?? [], f2]);
  }
  const groups2 = [...byLine.values()].sort((a, b) => a[0].path < b[0].path ? -1 : a[0].path > b[0].path ? 1 : a[0].line - b[0].line);
  const posting = groups2.slice(0, MAX_REVIEW_COMMENTS);
  const covered = posting.reduce((n, g) => n + g.length, 0);
  if (posting.length > 0) {
    const more = groups2.length - posting.length;
    await client.rest.pulls.createReview({
      owner: pr.owner,
      repo: pr.repo,
      pull_number: pr.number,
      commit_id: pr.head,
      event: "COMMENT",
      body: `**keyshift** found ${covered} new secret finding${covered === 1 ? "" : "s"} in this pull request's added lines.${more > 0 ? ` ${more} more lines are listed in the summary comment.` : ""}`,
      comments: posting.map((g) => ({ path: g[0].path, line: g[0].line, side: "RIGHT", body: g.map(reviewCommentBody).join("\n\n---\n\n") }))
    });
  }
  return { comments: posting.length, findings: covered, alreadyCommented: already, notCommentable };
}
function summaryBody(findings, table, runUrl, head) {
  const out = [SUMMARY_MARKER, "### keyshift", "", table.trim(), ""];
  const rows = [...findings].sort(severityOrder);
  out.push("| Severity | Location | Rule | Kind | Preview |", "| --- | --- | --- | --- | --- |");
  for (const f2 of rows.slice(0, MAX_SUMMARY_ROWS)) {
    out.push(`| ${f2.severity} | ${code(`${f2.path}:${f2.line}`).replace(/\|/g, "\\|")} | ${code(f2.ruleId)} | ${text(f2.kind)} | ${code(f2.preview).replace(/\|/g, "\\|")} |`);
  }
  if (rows.length > MAX_SUMMARY_ROWS) out.push("", `${rows.length - MAX_SUMMARY_ROWS} more are in the job summary.`);
  out.push("", `Checked at ${head.slice(0, 12)}.${runUrl ? ` [Workflow run](${runUrl})` : ""}`);
  return clip2(out.join("\n"));
}
function resolvedBody(head, runUrl) {
  return [SUMMARY_MARKER, "### keyshift", "", `${RESOLVED_TEXT} no secrets in this pull request's added lines as of ${head.slice(0, 12)}.`, "Credentials that were pushed earlier stay in the branch history: rotate them.", runUrl ? `
[Workflow run](${runUrl})` : ""].join("\n");
}
function clip2(body) {
  if (body.length <= MAX_BODY) return body;
  const cut = body.lastIndexOf("\n", MAX_BODY - 200);
  return `${body.slice(0, cut)}

(truncated: see the job summary for the full list)`;
}
async function upsertSummary(client, pr, body, resolved2) {
  const comments = await client.paginate(client.rest.issues.listComments, { owner: pr.owner, repo: pr.repo, issue_number: pr.number, per_page: 100 });
  const mine = comments.filter((c) => (c.body ?? "").includes(SUMMARY_MARKER));
  const existing = mine.find((c) => c.user?.type === "Bot") ?? mine[0];
  if (body === void 0) {
    if (!existing) return "none";
    if ((existing.body ?? "").includes(RESOLVED_TEXT)) return "resolved";
    await client.rest.issues.updateComment({ owner: pr.owner, repo: pr.repo, comment_id: existing.id, body: resolved2 });
    return "resolved";
  }
  if (existing) {
    await client.rest.issues.updateComment({ owner: pr.owner, repo: pr.repo, comment_id: existing.id, body });
    return "updated";
  }
  await client.rest.issues.createComment({ owner: pr.owner, repo: pr.repo, issue_number: pr.number, body });
  return "created";
}

// src/action/upload.ts
import { gzipSync as gzipSync2 } from "node:zlib";
async function uploadSarif(client, t, sarifText) {
  const gz = gzipSync2(Buffer.from(sarifText, "utf8"));
  const { data } = await client.rest.codeScanning.uploadSarif({
    owner: t.owner,
    repo: t.repo,
    commit_sha: t.commitSha,
    ref: t.ref,
    sarif: gz.toString("base64"),
    tool_name: "keyshift"
  });
  return { id: data.id, gzipBytes: gz.length };
}

// src/action/run.ts
var ANNOTATION_CAP = 10;
async function runAction(io) {
  const token = getInput(io, "token") || io.env.GITHUB_TOKEN || "";
  mask(io, token);
  try {
    return await run(io, token);
  } catch (err) {
    const message = scrub(err instanceof Error ? err.message : String(err), token);
    if (err instanceof KeyshiftError || err instanceof TypeError) {
      annotate(io, "error", `keyshift: ${message}`);
      return EXIT_USAGE;
    }
    annotate(io, "error", `keyshift: internal error: ${message}`);
    return EXIT_USAGE;
  }
}
async function run(io, token) {
  const ctx = readContext(io.env);
  const plan = planScan(ctx, parseMode(getInput(io, "mode")));
  const failOnInput = getInput(io, "fail-on");
  const failOn = parseFailOn(failOnInput);
  const wantUpload = getBooleanInput(io, "upload-sarif", true);
  const wantComment = getBooleanInput(io, "comment", true);
  const paths = getListInput(io, "paths");
  const configFile = getInput(io, "config") || void 0;
  const baseline = getInput(io, "baseline") || void 0;
  let requests = 0;
  const client = createClient({ token, baseUrl: ctx.apiUrl, log: (l) => io.log(`keyshift: ${l}`) });
  client.hook.before("request", () => {
    requests++;
  });
  const base = {
    cwd: ctx.workspace,
    targets: (paths.length ? paths : ["."]).map((p) => resolve6(ctx.workspace, p)),
    configFile,
    failOn,
    include: [],
    exclude: [],
    respectGitignore: true,
    baseline
  };
  if (plan.kind === "full" && plan.note) io.log(`keyshift: ${plan.note}`);
  const source = await sourceFor2(io, client, ctx, plan, base, paths, token);
  io.log(`keyshift: scanning ${source.how}`);
  const { report: report2, failOn: effectiveFailOn } = await runConfiguredScan({ ...base, mode: source.mode, items: source.items });
  const result = report2.result;
  const active = result.findings.filter((f2) => f2.suppressions.length === 0);
  io.log(`keyshift: ${active.length} finding(s), ${result.counts.suppressed} suppressed, in ${result.counts.filesScanned} file(s) (${result.counts.filesSkipped} skipped)`);
  for (const w of result.warnings) annotate(io, "warning", `keyshift: ${w}`);
  writeAnnotations(io, active);
  writeStepSummary(io, report2, active.length);
  const modeName = plan.kind === "full" ? "full" : "diff";
  const sarifText = formatSarif(report2, { showSecrets: false, color: false, verbose: false, showSuppressed: false, category: `keyshift/${modeName}` });
  const sarifFile = resolve6(ctx.workspace, getInput(io, "sarif-file") || join7(io.env.RUNNER_TEMP || ctx.workspace, "keyshift.sarif"));
  writeFileSync(sarifFile, sarifText);
  setOutput(io, "findings", String(active.length));
  setOutput(io, "sarif-file", sarifFile);
  const runUrl = io.env.GITHUB_RUN_ID ? `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${io.env.GITHUB_RUN_ID}` : void 0;
  if (plan.kind === "pr" && wantComment) {
    const pr = { owner: ctx.owner, repo: ctx.repo, number: plan.number, head: plan.head };
    await explained(io, token, { action: "post the review comments", permission: "pull-requests: write", fork: plan.fork }, async () => {
      const r = await postReview(client, pr, active, (f2) => !source.wholeFile.has(f2.path));
      io.log(`keyshift: review: ${r.comments} new comment(s) for ${r.findings} finding(s), ${r.alreadyCommented} already commented by an earlier run${r.notCommentable ? `, ${r.notCommentable} outside the diff's lines` : ""}`);
    });
    await explained(io, token, { action: "update the summary comment", permission: "pull-requests: write", fork: plan.fork }, async () => {
      const body = active.length > 0 ? summaryBody(active, formatSummaryTable(report2), runUrl, plan.head) : void 0;
      const outcome = await upsertSummary(client, pr, body, resolvedBody(plan.head, runUrl));
      io.log(`keyshift: summary comment: ${outcome}`);
    });
  }
  if (wantUpload) {
    const target = plan.kind === "pr" ? { commitSha: plan.head, ref: `refs/pull/${plan.number}/head` } : plan.kind === "push" ? { commitSha: plan.after, ref: ctx.ref } : { commitSha: ctx.sha, ref: ctx.ref };
    await explained(io, token, { action: "upload SARIF to code scanning", permission: "security-events: write", fork: plan.kind === "pr" && plan.fork, codeScanning: true }, async () => {
      if (!target.commitSha || !target.ref) throw new UsageError("GITHUB_SHA and GITHUB_REF are not set; run inside GitHub Actions or set upload-sarif: false");
      const up = await uploadSarif(client, { owner: ctx.owner, repo: ctx.repo, ...target }, sarifText);
      io.log(`keyshift: SARIF uploaded (${up.gzipBytes} bytes gzip, id ${up.id ?? "unknown"}, category keyshift/${modeName})`);
    });
  }
  io.log(`keyshift: ${requests} GitHub API request(s)`);
  return exitCode(active, effectiveFailOn);
}
function parseFailOn(v) {
  if (v === "") return void 0;
  if (v === "none" || SEVERITIES.includes(v)) return v;
  throw new UsageError(`input fail-on: expected one of critical, high, medium, low, none; got "${v}"`);
}
function exitCode(active, failOn) {
  if (failOn === "none") return EXIT_CLEAN;
  return active.some((f2) => severityRank(f2.severity) >= severityRank(failOn)) ? EXIT_FINDINGS : EXIT_CLEAN;
}
async function explained(io, token, ctx, fn) {
  try {
    await fn();
    return true;
  } catch (err) {
    if (err instanceof KeyshiftError) annotate(io, "warning", `keyshift: ${err.message}`);
    else annotate(io, "warning", `keyshift: ${explainApiError(err, { ...ctx, token })}`);
    return false;
  }
}
function hasCommits(cwd, ...shas) {
  try {
    for (const s of shas) execFileSync("git", ["cat-file", "-e", `${s}^{commit}`], { cwd, stdio: "ignore" });
    if (shas.length === 2) execFileSync("git", ["merge-base", shas[0], shas[1]], { cwd, stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
async function sourceFor2(io, client, ctx, plan, base, paths, token) {
  if (plan.kind === "full") return { how: `the whole checkout (${ctx.workspace})`, mode: { kind: "files" }, wholeFile: /* @__PURE__ */ new Set() };
  const [from, to] = plan.kind === "pr" ? [plan.base, plan.head] : [plan.before, plan.after];
  if (hasCommits(ctx.workspace, from, to)) {
    const range = plan.kind === "pr" ? `${from}...${to}` : `${from}..${to}`;
    return { how: `the lines added in ${range} (local git)`, mode: { kind: "diff", range }, wholeFile: /* @__PURE__ */ new Set() };
  }
  let entries2;
  try {
    if (plan.kind === "pr") entries2 = await listPullFiles(client, ctx, plan.number);
    else {
      const { data } = await client.rest.repos.compareCommitsWithBasehead({ owner: ctx.owner, repo: ctx.repo, basehead: `${from}...${to}`, per_page: 100 });
      entries2 = data.files ?? [];
    }
  } catch (err) {
    const what = plan.kind === "pr" ? `list the pull request's files (the checkout lacks ${from.slice(0, 12)} or ${to.slice(0, 12)}; use fetch-depth: 0 to diff locally)` : "compare the pushed commits";
    throw new UsageError(explainApiError(err, { action: what, permission: plan.kind === "pr" ? "pull-requests: read" : "contents: read", token }));
  }
  const settings = resolveSettings(base, ctx.workspace);
  const rel = paths.filter((p) => p !== ".").map((p) => p.replace(/^\.\//, ""));
  const ch = await changeItems2(client, entries2, {
    owner: ctx.owner,
    repo: ctx.repo,
    include: settings.include,
    exclude: settings.exclude,
    maxFileSize: settings.maxFileSize,
    localRoot: ctx.workspace,
    paths: rel
  });
  io.log(`keyshift: ${entries2.length} changed file(s) from the API, ${ch.blobRequests} fetched as blobs, ${ch.wholeFile.size} without a patch (scanned whole)`);
  return { how: `the lines added by ${entries2.length} changed file(s) (GitHub API)`, items: fromList(ch.skips, ch.items), mode: { kind: "files" }, wholeFile: ch.wholeFile };
}
function writeAnnotations(io, active) {
  const sorted = [...active].sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line));
  let errors = 0;
  let warnings = 0;
  let left = 0;
  for (const f2 of sorted) {
    const level = severityRank(f2.severity) >= severityRank("high") ? "error" : "warning";
    if ((level === "error" ? errors : warnings) >= ANNOTATION_CAP) {
      left++;
      continue;
    }
    if (level === "error") errors++;
    else warnings++;
    const fix = f2.migration ? ` ${f2.migration.summary}` : "";
    annotate(io, level, `${f2.severity} ${f2.kind} (${f2.ruleId}): ${f2.preview}.${fix}`, {
      title: `keyshift: ${f2.ruleName}`,
      file: f2.path,
      line: f2.line,
      endLine: f2.endLine,
      col: f2.column,
      endColumn: f2.endColumn
    });
  }
  if (left > 0) annotate(io, "notice", `keyshift: ${left} more finding(s) are not annotated (GitHub shows ${ANNOTATION_CAP} errors and ${ANNOTATION_CAP} warnings per step); see the job summary and code scanning`);
}
function writeStepSummary(io, report2, active) {
  const table = formatSummaryTable(report2);
  let text2 = `## keyshift

${table}
`;
  if (active > 0) {
    const inventory = formatMarkdown(report2, { showSecrets: false, color: false, verbose: false, showSuppressed: false });
    const full = `${text2}
${inventory.replace(/^# /m, "### ")}`;
    text2 = Buffer.byteLength(full) < STEP_SUMMARY_MAX - 1024 ? full : `${text2}
(The full inventory is larger than a step summary allows; download the SARIF file.)
`;
  }
  appendSummary(io, text2);
}

// src/action/main.ts
process.exitCode = await runAction({ env: process.env, log: (line) => void process.stdout.write(`${line}
`) });
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

content-type/dist/index.js:
  (*!
   * content-type
   * Copyright(c) 2015 Douglas Christopher Wilson
   * MIT Licensed
   *)

@octokit/request-error/dist-src/index.js:
  (* v8 ignore else -- @preserve -- Bug with vitest coverage where it sees an else branch that doesn't exist *)

@octokit/request/dist-bundle/index.js:
  (* v8 ignore next -- @preserve *)
  (* v8 ignore else -- @preserve *)

@octokit/graphql/dist-bundle/index.js:
  (* v8 ignore if -- @preserve *)
*/
