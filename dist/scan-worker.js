import { createRequire as __keyshiftCreateRequire } from 'node:module';
const require = __keyshiftCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x2) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x2, {
  get: (a, b3) => (typeof require !== "undefined" ? require : a)[b3]
}) : x2)(function(x2) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x2 + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to2, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to2, key) && key !== except)
        __defProp(to2, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to2;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

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
    var isMap4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar7 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq4 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
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
    var hasAnchor = (node) => (isScalar7(node) || isCollection(node)) && !!node.anchor;
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
    exports.isMap = isMap4;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar7;
    exports.isSeq = isSeq4;
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
          for (let i2 = 0; i2 < node.items.length; ++i2) {
            const ci2 = visit_(i2, node.items[i2], visitor, path2);
            if (typeof ci2 === "number")
              i2 = ci2 - 1;
            else if (ci2 === BREAK)
              return BREAK;
            else if (ci2 === REMOVE) {
              node.items.splice(i2, 1);
              i2 -= 1;
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
          for (let i2 = 0; i2 < node.items.length; ++i2) {
            const ci2 = await visitAsync_(i2, node.items[i2], visitor, path2);
            if (typeof ci2 === "number")
              i2 = ci2 - 1;
            else if (ci2 === BREAK)
              return BREAK;
            else if (ci2 === REMOVE) {
              node.items.splice(i2, 1);
              i2 -= 1;
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
        const pt2 = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt2} parent`);
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
    var escapeTagName = (tn2) => tn2.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
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
          if (!doc || tagNames.some((tn2) => tn2.startsWith(prefix)))
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
      for (let i2 = 1; true; ++i2) {
        const name = `${prefix}${i2}`;
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
          for (let i2 = 0, len = val.length; i2 < len; ++i2) {
            const v0 = val[i2];
            const v1 = applyReviver(reviver, val, String(i2), v0);
            if (v1 === void 0)
              delete val[i2];
            else if (v1 !== v0)
              val[i2] = v1;
          }
        } else if (val instanceof Map) {
          for (const k2 of Array.from(val.keys())) {
            const v0 = val.get(k2);
            const v1 = applyReviver(reviver, val, k2, v0);
            if (v1 === void 0)
              val.delete(k2);
            else if (v1 !== v0)
              val.set(k2, v1);
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
          for (const [k2, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k2, v0);
            if (v1 === void 0)
              delete val[k2];
            else if (v1 !== v0)
              val[k2] = v1;
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
        return value.map((v2, i2) => toJS(v2, String(i2), ctx));
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
      let v2 = value;
      for (let i2 = path2.length - 1; i2 >= 0; --i2) {
        const k2 = path2[i2];
        if (typeof k2 === "number" && Number.isInteger(k2) && k2 >= 0) {
          const a = [];
          a[k2] = v2;
          v2 = a;
        } else {
          v2 = /* @__PURE__ */ new Map([[k2, v2]]);
        }
      }
      return createNode.createNode(v2, void 0, {
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
        copy.items = copy.items.map((it2) => identity.isNode(it2) || identity.isPair(it2) ? it2.clone(schema) : it2);
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
      let i2 = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i2 = consumeMoreIndentedLines(text, i2, indent.length);
        if (i2 !== -1)
          end = i2 + endStep;
      }
      for (let ch; ch = text[i2 += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i2;
          switch (text[i2 + 1]) {
            case "x":
              i2 += 3;
              break;
            case "u":
              i2 += 5;
              break;
            case "U":
              i2 += 9;
              break;
            default:
              i2 += 1;
          }
          escEnd = i2;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i2 = consumeMoreIndentedLines(text, i2, indent.length);
          end = i2 + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i2 + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i2;
          }
          if (i2 >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i2 += 1];
                overflow = true;
              }
              const j2 = i2 > escEnd + 1 ? i2 - 2 : escStart - 1;
              if (escapedFolds[j2])
                return text;
              folds.push(j2);
              escapedFolds[j2] = true;
              end = j2 + endStep;
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
      for (let i3 = 0; i3 < folds.length; ++i3) {
        const fold = folds[i3];
        const end2 = folds[i3 + 1] || text.length;
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
    function consumeMoreIndentedLines(text, i2, indent) {
      let end = i2;
      let start = i2 + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i2 < start + indent) {
          ch = text[++i2];
        } else {
          do {
            ch = text[++i2];
          } while (ch && ch !== "\n");
          end = i2;
          start = i2 + 1;
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
      for (let i2 = 0, start = 0; i2 < strLen; ++i2) {
        if (str[i2] === "\n") {
          if (i2 - start > limit)
            return true;
          start = i2 + 1;
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
      for (let i2 = 0, ch = json[i2]; ch; ch = json[++i2]) {
        if (ch === " " && json[i2 + 1] === "\\" && json[i2 + 2] === "n") {
          str += json.slice(start, i2) + "\\ ";
          i2 += 1;
          start = i2;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i2 + 1]) {
            case "u":
              {
                str += json.slice(start, i2);
                const code = json.substr(i2 + 2, 4);
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
                      str += json.substr(i2, 6);
                }
                i2 += 5;
                start = i2 + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i2 + 2] === '"' || json.length < minMultiLineLength) {
                i2 += 1;
              } else {
                str += json.slice(start, i2) + "\n\n";
                while (json[i2 + 2] === "\\" && json[i2 + 3] === "n" && json[i2 + 4] !== '"') {
                  str += "\n";
                  i2 += 2;
                }
                str += indent;
                if (json[i2 + 2] === " ")
                  str += "\\";
                i2 += 1;
                start = i2 + 1;
              }
              break;
            default:
              i2 += 1;
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
      let qs2;
      if (singleQuote === false)
        qs2 = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs2 = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs2 = doubleQuotedString;
        else
          qs2 = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs2(value, ctx);
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
      const ss2 = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss2.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss2.value, ctx) : blockString(ss2, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss2.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss2.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss2, ctx, onComment, onChompKeep);
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
      let ws2 = " ";
      if (keyComment || vsb || vcb) {
        ws2 = vsb ? "\n" : "";
        if (vcb) {
          const cs2 = commentString(vcb);
          ws2 += `
${stringifyComment.indentComment(cs2, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws2 === "\n" && valueComment)
            ws2 = "\n\n";
        } else {
          ws2 += `
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
            ws2 = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws2 = "";
      }
      str += ws2 + valueStr;
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
        for (const it2 of source.items)
          mergeValue(ctx, map, it2);
      else if (Array.isArray(source))
        for (const it2 of source)
          mergeValue(ctx, map, it2);
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
      const k2 = createNode.createNode(key, void 0, ctx);
      const v2 = createNode.createNode(value, void 0, ctx);
      return new Pair(k2, v2);
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
      toJSON(_2, ctx) {
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
      for (let i2 = 0; i2 < items.length; ++i2) {
        const item = items[i2];
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
        for (let i2 = 1; i2 < lines.length; ++i2) {
          const line = lines[i2];
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
      for (let i2 = 0; i2 < items.length; ++i2) {
        const item = items[i2];
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
        if (i2 < items.length - 1) {
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
      const k2 = identity.isScalar(key) ? key.value : key;
      for (const it2 of items) {
        if (identity.isPair(it2)) {
          if (it2.key === key || it2.key === k2)
            return it2;
          if (identity.isScalar(it2.key) && it2.key.value === k2)
            return it2;
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
          const i2 = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i2 === -1)
            this.items.push(_pair);
          else
            this.items.splice(i2, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it2 = findPair(this.items, key);
        if (!it2)
          return false;
        const del = this.items.splice(this.items.indexOf(it2), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it2 = findPair(this.items, key);
        const node = it2?.value;
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
      toJSON(_2, ctx, Type) {
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
        const it2 = this.items[idx];
        return !keepScalar && identity.isScalar(it2) ? it2.value : it2;
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
      toJSON(_2, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i2 = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i2++), ctx));
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
          let i2 = 0;
          for (let it2 of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it2 : String(i2++);
              it2 = replacer.call(obj, key, it2);
            }
            seq.items.push(createNode.createNode(it2, void 0, ctx));
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
        let i2 = n.indexOf(".");
        if (i2 < 0) {
          i2 = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i2 - 1);
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
          for (let i2 = 0; i2 < str.length; ++i2)
            buffer[i2] = str.charCodeAt(i2);
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
          let s3 = "";
          for (let i2 = 0; i2 < buf.length; ++i2)
            s3 += String.fromCharCode(buf[i2]);
          str = btoa(s3);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i2 = 0, o = 0; i2 < n; ++i2, o += lineWidth) {
            lines[i2] = str.substr(o, lineWidth);
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
        for (let i2 = 0; i2 < seq.items.length; ++i2) {
          let item = seq.items[i2];
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
              const cn2 = pair.value ?? pair.key;
              cn2.comment = cn2.comment ? `${item.comment}
${cn2.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i2] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i2 = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it2 of iterable) {
          if (typeof replacer === "function")
            it2 = replacer.call(iterable, String(i2++), it2);
          let key, value;
          if (Array.isArray(it2)) {
            if (it2.length === 2) {
              key = it2[0];
              value = it2[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it2}`);
          } else if (it2 && it2 instanceof Object) {
            const keys = Object.keys(it2);
            if (keys.length === 1) {
              key = keys[0];
              value = it2[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it2;
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
      toJSON(_2, ctx) {
        if (!ctx)
          return super.toJSON(_2);
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
          const f2 = str.substring(dot + 1).replace(/_/g, "");
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
      toJSON(_2, ctx) {
        return super.toJSON(_2, ctx, Set);
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
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p2) => res2 * num(60) + num(p2), num(0));
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
    var sortMapEntriesByKey = (a, b3) => a.key < b3.key ? -1 : a.key > b3.key ? 1 : 0;
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
        const cs2 = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs2, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs2 = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs2, ""));
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
          const cs2 = commentString(doc.comment);
          if (cs2.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs2, ""));
          } else {
            lines.push(`... ${cs2}`);
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
          const keyToStr = (v2) => typeof v2 === "number" || v2 instanceof String || v2 instanceof Number;
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
        const k2 = this.createNode(key, null, options);
        const v2 = this.createNode(value, null, options);
        return new Pair.Pair(k2, v2);
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
          const s3 = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s3}`);
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
    var YAMLError3 = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError3 {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError3 {
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
      let ci2 = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci2 >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci2 - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci2 -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci2))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci2));
        }
        const pointer = " ".repeat(ci2) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError3;
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
            for (const st2 of key.end)
              if (st2.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it2 of key.items) {
            for (const st2 of it2.start)
              if (st2.type === "newline")
                return true;
            if (it2.sep) {
              for (const st2 of it2.sep)
                if (st2.type === "newline")
                  return true;
            }
            if (containsNewline(it2.key) || containsNewline(it2.value))
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
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b3) => a === b3 || identity.isScalar(a) && identity.isScalar(b3) && a.value === b3.value;
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
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs2, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs2.offset;
      let commentEnd = null;
      for (const { start, value } of bs2.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs2.indent,
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
          utilFlowIndentCheck.flowIndentCheck(bs2.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs2.offset, offset, commentEnd ?? offset];
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
      const isMap4 = fc.start.source === "{";
      const fcName = isMap4 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap4 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i2 = 0; i2 < fc.items.length; ++i2) {
        const collItem = fc.items[i2];
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
            if (i2 === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i2 < fc.items.length - 1)
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
          if (!isMap4 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i2 === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st2 of start) {
              switch (st2.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st2.source.substring(1);
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
        if (!isMap4 && !sep2 && !props.found) {
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
            if (!isMap4 && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st2 of sep2) {
                  if (st2 === valueProps.found)
                    break;
                  if (st2.type === "newline") {
                    onError(st2, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
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
          if (isMap4) {
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
      const expectedEnd = isMap4 ? "}" : "]";
      const [ce2, ...ee2] = fc.end;
      let cePos = offset;
      if (ce2?.source === expectedEnd)
        cePos = ce2.offset + ce2.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce2 && ce2.source.length !== 1)
          ee2.unshift(ce2);
      }
      if (ee2.length > 0) {
        const end = resolveEnd.resolveEnd(ee2, cePos, ctx.options.strict, onError);
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
        const kt2 = ctx.schema.knownTags[tagName];
        if (kt2?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt2, { default: false }));
          tag = kt2;
        } else {
          if (kt2) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt2.tag} used for ${expType} collection, but expects ${kt2.collection ?? "scalar"}`, true);
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
      for (let i2 = lines.length - 1; i2 >= 0; --i2) {
        const content = lines[i2][1];
        if (content === "" || content === "\r")
          chompStart = i2;
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
      for (let i2 = 0; i2 < chompStart; ++i2) {
        const [indent, content] = lines[i2];
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
          contentStart = i2;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i2 = lines.length - 1; i2 >= chompStart; --i2) {
        if (lines[i2][0].length > trimIndent)
          chompStart = i2 + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i2 = 0; i2 < contentStart; ++i2)
        value += lines[i2][0].slice(trimIndent) + "\n";
      for (let i2 = contentStart; i2 < chompStart; ++i2) {
        let [indent, content] = lines[i2];
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
          for (let i2 = chompStart; i2 < lines.length; ++i2)
            value += "\n" + lines[i2][0].slice(trimIndent);
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
      for (let i2 = 1; i2 < source.length; ++i2) {
        const ch = source[i2];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i2;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i2 = 1; i2 < props.length; ++i2) {
        const token = props[i2];
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
            const ts2 = token.source;
            if (ts2 && typeof ts2 === "string")
              length += ts2.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m2 = first.match(/^( *)/);
      const line0 = m2?.[1] ? [m2[1], first.slice(m2[1].length)] : ["", first];
      const lines = [line0];
      for (let i2 = 1; i2 < split.length; i2 += 2)
        lines.push([split[i2], split[i2 + 1]]);
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
      const re2 = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re2.comment,
        range: [offset, valueEnd, re2.offset]
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
      for (let i2 = 1; i2 < source.length - 1; ++i2) {
        const ch = source[i2];
        if (ch === "\r" && source[i2 + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i2);
          res += fold;
          i2 = offset;
        } else if (ch === "\\") {
          let next = source[++i2];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i2 + 1];
            while (next === " " || next === "	")
              next = source[++i2 + 1];
          } else if (next === "\r" && source[i2 + 1] === "\n") {
            next = source[++i2 + 1];
            while (next === " " || next === "	")
              next = source[++i2 + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i2 + 1, length, onError);
            i2 += length;
          } else {
            const raw = source.substr(i2 - 1, 2);
            onError(i2 - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i2;
          let next = source[i2 + 1];
          while (next === " " || next === "	")
            next = source[++i2 + 1];
          if (next !== "\n" && !(next === "\r" && source[i2 + 2] === "\n"))
            res += i2 > wsStart ? source.slice(wsStart, i2 + 1) : ch;
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
      const kt2 = schema.knownTags[tagName];
      if (kt2 && !kt2.collection) {
        schema.tags.push(Object.assign({}, kt2, { default: false, test: void 0 }));
        return kt2;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts2 = directives.tagString(tag.tag);
          const cs2 = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts2} or ${cs2}`;
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
        for (let i2 = pos - 1; i2 >= 0; --i2) {
          let st2 = before[i2];
          switch (st2.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st2.source.length;
              continue;
          }
          st2 = before[++i2];
          while (st2?.type === "space") {
            offset += st2.source.length;
            st2 = before[++i2];
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
      const re2 = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re2.offset];
      if (re2.comment)
        alias.comment = re2.comment;
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
      const re2 = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re2.comment)
        doc.comment = re2.comment;
      doc.range = [offset, contentEnd, re2.offset];
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
      for (let i2 = 0; i2 < prelude.length; ++i2) {
        const source = prelude[i2];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i2 + 1]?.[0] !== "#")
              i2 += 1;
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
    var Composer2 = class {
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
            let it2 = dc.items[0];
            if (identity.isPair(it2))
              it2 = it2.key;
            const cb = it2.commentBefore;
            it2.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i2 = 0; i2 < this.errors.length; ++i2)
            doc.errors.push(this.errors[i2]);
          for (let i2 = 0; i2 < this.warnings.length; ++i2)
            doc.warnings.push(this.warnings[i2]);
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
    exports.Composer = Composer2;
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
          const he2 = source.indexOf("\n");
          const head = source.substring(0, he2);
          const body = source.substring(he2 + 1) + "\n";
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
      const he2 = source.indexOf("\n");
      const head = source.substring(0, he2);
      const body = source.substring(he2 + 1) + "\n";
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
        for (const st2 of end)
          switch (st2.type) {
            case "space":
            case "comment":
              props.push(st2);
              break;
            case "newline":
              props.push(st2);
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
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st2) => st2.type === "space" || st2.type === "comment" || st2.type === "newline") : [];
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
          for (const st2 of token.end)
            res += st2.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st2 of token.end)
              res += st2.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st2 of token.end)
              res += st2.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (const st2 of start)
        res += st2.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st2 of sep2)
          res += st2.source;
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
          for (let i2 = 0; i2 < token.items.length; ++i2) {
            const ci2 = _visit(Object.freeze(path2.concat([[field, i2]])), token.items[i2], visitor);
            if (typeof ci2 === "number")
              i2 = ci2 - 1;
            else if (ci2 === BREAK)
              return BREAK;
            else if (ci2 === REMOVE) {
              token.items.splice(i2, 1);
              i2 -= 1;
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
    var isScalar7 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
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
    exports.isScalar = isScalar7;
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
        let i2 = this.pos;
        let ch = this.buffer[i2];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i2];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i2 + 1] === "\n";
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
          const dt2 = this.buffer.substr(offset, 3);
          if ((dt2 === "---" || dt2 === "...") && isEmpty(this.buffer[offset + 3]))
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
          let cs2 = line.indexOf("#");
          while (cs2 !== -1) {
            const ch = line[cs2 - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs2 - 1;
              break;
            } else {
              cs2 = line.indexOf("#", cs2 + 1);
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
          const s3 = this.peek(3);
          if ((s3 === "---" || s3 === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s3 === "---" ? "doc" : "stream";
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
            const cs2 = this.continueScalar(nl + 1);
            if (cs2 === -1)
              break;
            nl = qb.indexOf("\n", cs2);
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
        let i2 = this.pos;
        while (true) {
          const ch = this.buffer[++i2];
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
        loop: for (let i3 = this.pos; ch = this.buffer[i3]; ++i3) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i3;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i3 + 1];
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
            const cs2 = this.continueScalar(nl + 1);
            if (cs2 === -1)
              break;
            nl = this.buffer.indexOf("\n", cs2);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i2 = nl + 1;
        ch = this.buffer[i2];
        while (ch === " ")
          ch = this.buffer[++i2];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i2];
          nl = i2 - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i3 = nl - 1;
            let ch2 = this.buffer[i3];
            if (ch2 === "\r")
              ch2 = this.buffer[--i3];
            const lastChar = i3;
            while (ch2 === " ")
              ch2 = this.buffer[--i3];
            if (ch2 === "\n" && i3 >= this.pos && i3 + 1 + indent > lastChar)
              nl = i3;
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
        let i2 = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i2]) {
          if (ch === ":") {
            const next = this.buffer[i2 + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i2;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i2 + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i2 += 1;
                ch = "\n";
                next = this.buffer[i2 + 1];
              } else
                end = i2;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs2 = this.continueScalar(i2 + 1);
              if (cs2 === -1)
                break;
              i2 = Math.max(i2, cs2 - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i2;
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
      *pushToIndex(i2, allowEmpty) {
        const s3 = this.buffer.slice(this.pos, i2);
        if (s3) {
          yield s3;
          this.pos += s3.length;
          return s3.length;
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
          let i2 = this.pos + 2;
          let ch = this.buffer[i2];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i2];
          return yield* this.pushToIndex(ch === ">" ? i2 + 1 : i2, false);
        } else {
          let i2 = this.pos + 1;
          let ch = this.buffer[i2];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i2];
            else if (ch === "%" && hexDigits.has(this.buffer[i2 + 1]) && hexDigits.has(this.buffer[i2 + 2])) {
              ch = this.buffer[i2 += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i2, false);
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
        let i2 = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i2];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i2 - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i2;
        }
        return n;
      }
      *pushUntil(test) {
        let i2 = this.pos;
        let ch = this.buffer[i2];
        while (!test(ch))
          ch = this.buffer[++i2];
        return yield* this.pushToIndex(i2, false);
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
      for (let i2 = 0; i2 < list.length; ++i2)
        if (list[i2].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i2 = 0; i2 < list.length; ++i2) {
        switch (list[i2].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i2;
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
          const it2 = parent.items[parent.items.length - 1];
          return it2.sep ?? it2.start;
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
      let i2 = prev.length;
      loop: while (--i2 >= 0) {
        switch (prev[i2].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i2]?.type === "space") {
      }
      return prev.splice(i2, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i2 = 0; i2 < source.length; ++i2)
          target.push(source[i2]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it2 of fc.items) {
          if (it2.sep && !it2.value && !includesToken(it2.start, "explicit-key-ind") && !includesToken(it2.sep, "map-value-ind")) {
            if (it2.key)
              it2.value = it2.key;
            delete it2.key;
            if (isFlowToken(it2.value)) {
              if (it2.value.end)
                arrayPushArray(it2.value.end, it2.sep);
              else
                it2.value.end = it2.sep;
            } else
              arrayPushArray(it2.start, it2.sep);
            delete it2.sep;
          }
        }
      }
    }
    var Parser3 = class {
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
        const st2 = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st2;
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
              const it2 = top.items[top.items.length - 1];
              if (it2.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it2.sep) {
                it2.value = token;
              } else {
                Object.assign(it2, { key: token, sep: [] });
                this.onKeyLine = !it2.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it2 = top.items[top.items.length - 1];
              if (it2.value)
                top.items.push({ start: [], value: token });
              else
                it2.value = token;
              break;
            }
            case "flow-collection": {
              const it2 = top.items[top.items.length - 1];
              if (!it2 || it2.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it2.sep)
                it2.value = token;
              else
                Object.assign(it2, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st2) => st2.type !== "comment" || st2.indent < token.indent))) {
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
        const it2 = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it2.value) {
              const end = "end" in it2.value ? it2.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it2.sep) {
              it2.sep.push(this.sourceToken);
            } else {
              it2.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it2.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it2.sep) {
              it2.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it2.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it2.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it2.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it2.sep || it2.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it2.sep && !it2.value) {
            const nl = [];
            for (let i2 = 0; i2 < it2.sep.length; ++i2) {
              const st2 = it2.sep[i2];
              switch (st2.type) {
                case "newline":
                  nl.push(i2);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st2.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it2.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it2.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it2.sep) {
                it2.sep.push(this.sourceToken);
              } else {
                it2.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it2.sep && !it2.explicitKey) {
                it2.start.push(this.sourceToken);
                it2.explicitKey = true;
              } else if (atNextItem || it2.value) {
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
              if (it2.explicitKey) {
                if (!it2.sep) {
                  if (includesToken(it2.start, "newline")) {
                    Object.assign(it2, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it2.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it2.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it2.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it2.key) && !includesToken(it2.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it2.start);
                  const key = it2.key;
                  const sep2 = it2.sep;
                  sep2.push(this.sourceToken);
                  delete it2.key;
                  delete it2.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it2.sep = it2.sep.concat(start, this.sourceToken);
                } else {
                  it2.sep.push(this.sourceToken);
                }
              } else {
                if (!it2.sep) {
                  Object.assign(it2, { key: null, sep: [this.sourceToken] });
                } else if (it2.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it2.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it2.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs4 = this.flowScalar(this.type);
              if (atNextItem || it2.value) {
                map.items.push({ start, key: fs4, sep: [] });
                this.onKeyLine = true;
              } else if (it2.sep) {
                this.stack.push(fs4);
              } else {
                Object.assign(it2, { key: fs4, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it2.explicitKey && it2.sep && !includesToken(it2.sep, "newline")) {
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
        const it2 = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it2.value) {
              const end = "end" in it2.value ? it2.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it2.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it2.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it2.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it2.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it2.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it2.value || this.indent <= seq.indent)
              break;
            it2.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it2.value || includesToken(it2.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it2.start.push(this.sourceToken);
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
        const it2 = fc.items[fc.items.length - 1];
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
              if (!it2 || it2.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it2.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it2 || it2.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it2.sep)
                it2.sep.push(this.sourceToken);
              else
                Object.assign(it2, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it2 || it2.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it2.sep)
                it2.sep.push(this.sourceToken);
              else
                it2.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs4 = this.flowScalar(this.type);
              if (!it2 || it2.value)
                fc.items.push({ start: [], key: fs4, sep: [] });
              else if (it2.sep)
                this.stack.push(fs4);
              else
                Object.assign(it2, { key: fs4, sep: [] });
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
        return start.every((st2) => st2.type === "newline" || st2.type === "space");
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
    exports.Parser = Parser3;
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
      (match, from, to2) => from.charCodeAt(0) <= to2.charCodeAt(0) ? match : EMPTY2
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
        (_2, m1, m2) => m1 + (m2.indexOf("\\") === 0 ? SPACE2 : EMPTY2)
      ],
      // Replace (\ ) with ' '
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        /(\\+?)\s/g,
        (_2, m1) => {
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
        (_2, index, str) => index + 6 < str.length ? "(?:\\/[^\\/]+)*" : "\\/.+"
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
        (_2, p1, p2) => {
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
      [MODE_IGNORE](_2, p1) {
        const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
        return `${prefix}(?=$|\\/$)`;
      },
      [MODE_CHECK_IGNORE](_2, p1) {
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
    checkPath.convert = (p2) => p2;
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
    exports.exceedsLimit = (min, max2, step = 1, limit) => {
      if (limit === false) return false;
      if (!exports.isInteger(min) || !exports.isInteger(max2)) return false;
      return (Number(max2) - Number(min)) / Number(step) >= limit;
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
        for (let i2 = 0; i2 < arr.length; i2++) {
          const ele = arr[i2];
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
    var toRegexRange = (min, max2, options) => {
      if (isNumber(min) === false) {
        throw new TypeError("toRegexRange: expected the first argument to be a number");
      }
      if (max2 === void 0 || min === max2) {
        return String(min);
      }
      if (isNumber(max2) === false) {
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
      let cacheKey = min + ":" + max2 + "=" + relax + shorthand + capture + wrap;
      if (toRegexRange.cache.hasOwnProperty(cacheKey)) {
        return toRegexRange.cache[cacheKey].result;
      }
      let a = Math.min(min, max2);
      let b3 = Math.max(min, max2);
      if (Math.abs(a - b3) === 1) {
        let result = min + "|" + max2;
        if (opts.capture) {
          return `(${result})`;
        }
        if (opts.wrap === false) {
          return result;
        }
        return `(?:${result})`;
      }
      let isPadded = hasPadding(min) || hasPadding(max2);
      let state = { min, max: max2, a, b: b3 };
      let positives = [];
      let negatives = [];
      if (isPadded) {
        state.isPadded = isPadded;
        state.maxLen = String(state.max).length;
      }
      if (a < 0) {
        let newMin = b3 < 0 ? Math.abs(b3) : 1;
        negatives = splitToPatterns(newMin, Math.abs(a), state, opts);
        a = state.a = 0;
      }
      if (b3 >= 0) {
        positives = splitToPatterns(a, b3, state, opts);
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
    function splitToRanges(min, max2) {
      let nines = 1;
      let zeros = 1;
      let stop = countNines(min, nines);
      let stops = /* @__PURE__ */ new Set([max2]);
      while (min <= stop && stop <= max2) {
        stops.add(stop);
        nines += 1;
        stop = countNines(min, nines);
      }
      stop = countZeros(max2 + 1, zeros) - 1;
      while (min < stop && stop <= max2) {
        stops.add(stop);
        zeros += 1;
        stop = countZeros(max2 + 1, zeros) - 1;
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
      for (let i2 = 0; i2 < digits; i2++) {
        let [startDigit, stopDigit] = zipped[i2];
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
    function splitToPatterns(min, max2, tok, options) {
      let ranges = splitToRanges(min, max2);
      let tokens = [];
      let start = min;
      let prev;
      for (let i2 = 0; i2 < ranges.length; i2++) {
        let max3 = ranges[i2];
        let obj = rangeToPattern(String(start), String(max3), options);
        let zeros = "";
        if (!tok.isPadded && prev && prev.pattern === obj.pattern) {
          if (prev.count.length > 1) {
            prev.count.pop();
          }
          prev.count.push(obj.count[0]);
          prev.string = prev.pattern + toQuantifier(prev.count);
          start = max3 + 1;
          continue;
        }
        if (tok.isPadded) {
          zeros = padZeros(max3, tok, options);
        }
        obj.string = zeros + obj.pattern + toQuantifier(obj.count);
        tokens.push(obj);
        start = max3 + 1;
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
    function zip(a, b3) {
      let arr = [];
      for (let i2 = 0; i2 < a.length; i2++) arr.push([a[i2], b3[i2]]);
      return arr;
    }
    function compare(a, b3) {
      return a > b3 ? 1 : b3 > a ? -1 : 0;
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
    function toCharacterClass(a, b3, options) {
      return `[${a}${b3 - a === 1 ? "" : "-"}${b3}]`;
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
      parts.negatives.sort((a, b3) => a < b3 ? -1 : a > b3 ? 1 : 0);
      parts.positives.sort((a, b3) => a < b3 ? -1 : a > b3 ? 1 : 0);
      let prefix = options.capture ? "" : "?:";
      let positives = "";
      let negatives = "";
      let result;
      if (parts.positives.length) {
        positives = parts.positives.map((v2) => toMaxLen(String(v2), maxLen)).join("|");
      }
      if (parts.negatives.length) {
        negatives = `-(${prefix}${parts.negatives.map((v2) => toMaxLen(String(v2), maxLen)).join("|")})`;
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
    var toRange = (a, b3, isNumbers, options) => {
      if (isNumbers) {
        return toRegexRange(a, b3, { wrap: false, ...options });
      }
      let start = String.fromCharCode(a);
      if (a === b3) return start;
      let stop = String.fromCharCode(b3);
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
      let b3 = Number(end);
      if (!Number.isInteger(a) || !Number.isInteger(b3)) {
        if (options.strictRanges === true) throw rangeError([start, end]);
        return [];
      }
      if (a === 0) a = 0;
      if (b3 === 0) b3 = 0;
      let descending = a > b3;
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
      while (descending ? a >= b3 : a <= b3) {
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
      let b3 = `${end}`.charCodeAt(0);
      let descending = a > b3;
      let min = Math.min(a, b3);
      let max2 = Math.max(a, b3);
      if (options.toRegex && step === 1) {
        return toRange(min, max2, false, options);
      }
      let range = [];
      let index = 0;
      while (descending ? a >= b3 : a <= b3) {
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
        let p2 = parent;
        let q2 = parent.queue;
        while (p2.type !== "brace" && p2.type !== "root" && p2.parent) {
          p2 = p2.parent;
          q2 = p2.queue;
        }
        if (node.invalid || node.dollar) {
          q2.push(append(q2.pop(), stringify(node, options)));
          return;
        }
        if (node.type === "brace" && node.invalid !== true && node.nodes.length === 2) {
          q2.push(append(q2.pop(), ["{}"]));
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
          q2.push(append(q2.pop(), range));
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
        for (let i2 = 0; i2 < node.nodes.length; i2++) {
          const child = node.nodes[i2];
          if (child.type === "comma" && node.type === "brace") {
            if (i2 === 1) queue.push("");
            queue.push("");
            continue;
          }
          if (child.type === "close") {
            q2.push(append(q2.pop(), queue, enclose));
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
      const max2 = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      if (input.length > max2) {
        throw new SyntaxError(`Input length (${input.length}), exceeds max characters (${max2})`);
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
          const i2 = slashes[idx];
          const value = input.slice(n, i2);
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
          prevIndex = i2;
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
        return args.map((v2) => utils.escapeRegex(v2)).join("..");
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
      for (let i2 = 0; i2 < values.length; i2++) {
        for (let j2 = i2 + 1; j2 < values.length; j2++) {
          const a = values[i2];
          const b3 = values[j2];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b3 !== char.repeat(b3.length)) {
            continue;
          }
          if (a === b3 || a.startsWith(b3) || b3.startsWith(a)) {
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
      for (let i2 = 1; i2 < pattern.length; i2++) {
        const ch = pattern[i2];
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
            if (requireEnd === true && i2 !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i2),
              end: i2
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
      const max2 = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants2.DEFAULT_MAX_EXTGLOB_RECURSION;
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
        if (repeatedExtglobRecursion(branch) > max2) {
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
      const max2 = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max2) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max2}`);
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
          for (let i2 = token.tokensIndex + 1; i2 < tokens.length; i2++) {
            tokens[i2].value = "";
            tokens[i2].output = "";
            delete tokens[i2].suffix;
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
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m2, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m2;
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
          return esc ? m2 : `\\${m2}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m2) => {
              return m2.length % 2 === 0 ? "\\\\" : m2 ? "\\" : "";
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
            for (let i2 = arr.length - 1; i2 >= 0; i2--) {
              tokens.pop();
              if (arr[i2].type === "brace") {
                break;
              }
              if (arr[i2].type !== "dots") {
                range.unshift(arr[i2].value);
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
      const max2 = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max2) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max2}`);
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
      if (Array.isArray(pattern)) return pattern.map((p2) => picomatch.parse(p2, options));
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
      } catch (err2) {
        if (options && options.debug === true) throw err2;
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
    var isEmptyString = (v2) => v2 === "" || v2 === "./";
    var hasBraces = (v2) => {
      const index = v2.indexOf("{");
      return index > -1 && v2.indexOf("}", index) > -1;
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
      for (let i2 = 0; i2 < patterns.length; i2++) {
        let isMatch = picomatch(String(patterns[i2]), { ...options, onResult }, true);
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
          return options.unescape ? patterns.map((p2) => p2.replace(/\\/g, "")) : patterns;
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
        return pattern.some((p2) => micromatch2.contains(str, p2, options));
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
      return [].concat(patterns).every((p2) => picomatch(p2, options)(str));
    };
    micromatch2.capture = (glob, input, options) => {
      let posix2 = utils.isWindows(options);
      let regex = picomatch.makeRe(String(glob), { ...options, capture: true });
      let match = regex.exec(posix2 ? utils.toPosixSlashes(input) : input);
      if (match) {
        return match.slice(1).map((v2) => v2 === void 0 ? "" : v2);
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
import { parentPort, workerData } from "node:worker_threads";
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
function tooLargeDetail(size, max2) {
  return `${formatSize(size)} (${size} bytes), over the limit of ${formatSize(max2)} (raise --max-file-size to scan it)`;
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
function tooLargeSkip(path2, size, max2) {
  return { path: path2, reason: "too-large", detail: tooLargeDetail(size, max2) };
}

// src/model/text.ts
function lineIndex(text) {
  const starts = [0];
  if (text.indexOf("\r") === -1) {
    let i2 = text.indexOf("\n");
    while (i2 !== -1) {
      starts.push(i2 + 1);
      i2 = text.indexOf("\n", i2 + 1);
    }
    return starts;
  }
  const n = text.length;
  for (let i2 = 0; i2 < n; i2++) {
    const c = text.charCodeAt(i2);
    if (c === 10) {
      starts.push(i2 + 1);
    } else if (c === 13) {
      if (i2 + 1 < n && text.charCodeAt(i2 + 1) === 10) i2++;
      starts.push(i2 + 1);
    }
  }
  return starts;
}
function lineIndexAt(lineStarts, offset) {
  let lo2 = 0;
  let hi2 = lineStarts.length - 1;
  while (lo2 < hi2) {
    const mid = lo2 + hi2 + 1 >>> 1;
    if (lineStarts[mid] <= offset) lo2 = mid;
    else hi2 = mid - 1;
  }
  return lo2;
}
function positionAt(lineStarts, offset) {
  const lo2 = lineIndexAt(lineStarts, offset);
  return { line: lo2 + 1, column: offset - (lineStarts[lo2] ?? 0) + 1 };
}

// src/read/sniff.ts
var ascii = (s3) => Array.from(s3, (c) => c.charCodeAt(0));
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
  for (const m2 of MAGICS) {
    if (bytes.length < m2.offset + m2.bytes.length) continue;
    let ok = true;
    for (let i2 = 0; i2 < m2.bytes.length; i2++) {
      if (bytes[m2.offset + i2] !== m2.bytes[i2]) {
        ok = false;
        break;
      }
    }
    if (ok) return m2.name;
  }
  return void 0;
}
function guessUtf16(bytes, window = 4096) {
  const n = Math.min(bytes.length, window) & ~1;
  if (n < 2) return void 0;
  if (bytes.subarray(0, n).indexOf(0) === -1) return void 0;
  let evenNul = 0;
  let oddNul = 0;
  for (let i2 = 0; i2 < n; i2 += 2) {
    if (bytes[i2] === 0) evenNul++;
    if (bytes[i2 + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul >= pairs * 0.5 && evenNul <= pairs * 0.05 && evenNul * 10 < oddNul + 1) return "utf-16le";
  if (evenNul >= pairs * 0.5 && oddNul <= pairs * 0.05 && oddNul * 10 < evenNul + 1) return "utf-16be";
  return void 0;
}
var CONTROL = new Uint8Array(256);
for (let b3 = 1; b3 < 32; b3++) CONTROL[b3] = b3 === 9 || b3 === 10 || b3 === 11 || b3 === 12 || b3 === 13 || b3 === 27 ? 0 : 1;
function binaryReason(bytes, window = 8192) {
  const n = Math.min(bytes.length, window);
  const head = bytes.subarray(0, n);
  const nul = head.indexOf(0);
  if (nul !== -1) return `NUL byte at offset ${nul}`;
  let control = 0;
  for (let i2 = 0; i2 < n; i2++) control += CONTROL[head[i2]];
  if (n > 0 && control > n * 0.1) return `${control} control characters in the first ${n} bytes`;
  return void 0;
}
function controlShare(text, window = 2048) {
  const n = Math.min(text.length, window);
  if (n === 0) return 0;
  let control = 0;
  for (let i2 = 0; i2 < n; i2++) {
    const c = text.charCodeAt(i2);
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
    const li2 = lineIndexAt(lineStarts, cut);
    const lineStart = lineStarts[li2];
    columnBase = li2 === 0 ? columnBase + cut : cut - lineStart;
    lineBase += li2;
    offset += cut;
    parts = [text.slice(cut)];
    length = text.length - cut;
    ownStart = ownEnd;
  }
}
function completeLength(bytes, n, encoding) {
  if (encoding === "latin1") return n;
  if (encoding === "utf-8") {
    for (let i2 = n - 1, back = 0; i2 >= 0 && back < 4; i2--, back++) {
      const b3 = bytes[i2];
      if ((b3 & 192) === 128) continue;
      const need = b3 >= 240 && b3 <= 244 ? 4 : b3 >= 224 && b3 <= 239 ? 3 : b3 >= 194 && b3 <= 223 ? 2 : 1;
      return i2 + need > n ? i2 : n;
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
    const st2 = fs.statSync(abs);
    if (!st2.isFile()) return skip(item.path, "not-a-regular-file", fileKind(st2));
    if (st2.size > opts.maxFileSize) return tooLarge(item.path, st2.size, opts.maxFileSize);
  } catch (err2) {
    return skipForError(item.path, err2);
  }
  let fd2;
  try {
    fd2 = fs.openSync(abs, OPEN_FLAGS);
  } catch (err2) {
    return skipForError(item.path, err2);
  }
  let bytes;
  try {
    const st2 = fs.fstatSync(fd2);
    if (!st2.isFile()) return skip(item.path, "not-a-regular-file", fileKind(st2));
    if (st2.size > opts.maxFileSize) return tooLarge(item.path, st2.size, opts.maxFileSize);
    if (st2.size > threshold) {
      const open = fd2;
      const readAt = (buf, length, position) => fs.readSync(open, buf, 0, length, position);
      const head = Buffer.allocUnsafe(Math.min(chunkSize, st2.size));
      const got = readAt(head, head.length, 0);
      const chunked = openChunked(item.path, st2.size, head.subarray(0, got), readAt, () => fs.closeSync(open), opts);
      if ("chunked" in chunked) fd2 = -1;
      return chunked;
    }
    bytes = readWhole(fd2, st2.size);
  } catch (err2) {
    return skipForError(item.path, err2);
  } finally {
    if (fd2 !== -1) fs.closeSync(fd2);
  }
  try {
    return decodeBytes(item.path, bytes);
  } catch (err2) {
    return skip(item.path, "too-large", `could not decode: ${errorSummary(err2)}`);
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
function readWhole(fd2, size) {
  let buf;
  if (size <= pool.length) buf = pool;
  else if (size <= POOL_MAX) buf = pool = Buffer.allocUnsafe(Math.min(POOL_MAX, Math.max(size, pool.length * 2)));
  else buf = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const n = fs.readSync(fd2, buf, filled, size - filled, null);
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
  let i2 = text.indexOf("\uFFFD");
  while (i2 !== -1) {
    count++;
    i2 = text.indexOf("\uFFFD", i2 + 1);
  }
  return count;
}
var binaryHeads = /* @__PURE__ */ new WeakMap();
var SIGNATURE_BYTES = 64;
function binaryHead(s3) {
  return binaryHeads.get(s3);
}
function binarySkip(path2, bytes, detail) {
  const s3 = skip(path2, "binary", detail);
  binaryHeads.set(s3, Buffer.from(bytes.subarray(0, SIGNATURE_BYTES)).toString("latin1"));
  return s3;
}
function skip(path2, reason, detail) {
  return detail === void 0 ? { path: path2, reason } : { path: path2, reason, detail };
}
function tooLarge(path2, size, max2) {
  return tooLargeSkip(path2, size, max2);
}
function fileKind(st2) {
  if (st2.isDirectory()) return "directory";
  if (st2.isFIFO()) return "FIFO (named pipe)";
  if (st2.isSocket()) return "socket";
  if (st2.isCharacterDevice()) return "character device";
  if (st2.isBlockDevice()) return "block device";
  return "not a regular file";
}
function skipForError(path2, err2) {
  const code = err2?.code;
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
      return skip(path2, "unreadable", errorSummary(err2));
  }
}
function errorSummary(err2) {
  const e = err2;
  if (e?.code) return `${e.code}${e.syscall ? ` (${e.syscall})` : ""}`;
  return e instanceof Error ? e.message.split("\n")[0] ?? "error" : String(err2);
}

// node_modules/tar/dist/esm/index.min.js
import Qr from "events";
import I from "fs";
import { EventEmitter as Di } from "node:events";
import Cs from "node:stream";
import { StringDecoder as Hr } from "node:string_decoder";
import cr from "node:path";
import Kt from "node:fs";
import { dirname as Fn, parse as kn } from "path";
import { EventEmitter as Dn } from "events";
import zi from "assert";
import { Buffer as Ot } from "buffer";
import * as Ps from "zlib";
import en from "zlib";
import { posix as Zt } from "node:path";
import { basename as _n } from "node:path";
import mi from "fs";
import X from "fs";
import js from "path";
import { win32 as Pn } from "node:path";
import ar from "path";
import Br from "node:fs";
import co from "node:assert";
import { randomBytes as Mr } from "node:crypto";
import u from "node:fs";
import R from "node:path";
import pr from "fs";
import wi from "node:fs";
import we from "node:path";
import k from "node:fs";
import ro from "node:fs/promises";
import Si from "node:path";
import { join as xr } from "node:path";
import v from "node:fs";
import Pr from "node:path";
var zr = Object.defineProperty;
var Ur = (s3, t) => {
  for (var e in t) zr(s3, e, { get: t[e], enumerable: true });
};
var Ds = typeof process == "object" && process ? process : { stdout: null, stderr: null };
var Wr = (s3) => !!s3 && typeof s3 == "object" && (s3 instanceof A || s3 instanceof Cs || Gr(s3) || Zr(s3));
var Gr = (s3) => !!s3 && typeof s3 == "object" && s3 instanceof Di && typeof s3.pipe == "function" && s3.pipe !== Cs.Writable.prototype.pipe;
var Zr = (s3) => !!s3 && typeof s3 == "object" && s3 instanceof Di && typeof s3.write == "function" && typeof s3.end == "function";
var Q = /* @__PURE__ */ Symbol("EOF");
var J = /* @__PURE__ */ Symbol("maybeEmitEnd");
var nt = /* @__PURE__ */ Symbol("emittedEnd");
var De = /* @__PURE__ */ Symbol("emittingEnd");
var qt = /* @__PURE__ */ Symbol("emittedError");
var Ne = /* @__PURE__ */ Symbol("closed");
var Ns = /* @__PURE__ */ Symbol("read");
var Ae = /* @__PURE__ */ Symbol("flush");
var As = /* @__PURE__ */ Symbol("flushChunk");
var z = /* @__PURE__ */ Symbol("encoding");
var Mt = /* @__PURE__ */ Symbol("decoder");
var g = /* @__PURE__ */ Symbol("flowing");
var Qt = /* @__PURE__ */ Symbol("paused");
var Bt = /* @__PURE__ */ Symbol("resume");
var b = /* @__PURE__ */ Symbol("buffer");
var N = /* @__PURE__ */ Symbol("pipes");
var _ = /* @__PURE__ */ Symbol("bufferLength");
var bi = /* @__PURE__ */ Symbol("bufferPush");
var Ie = /* @__PURE__ */ Symbol("bufferShift");
var L = /* @__PURE__ */ Symbol("objectMode");
var S = /* @__PURE__ */ Symbol("destroyed");
var _i = /* @__PURE__ */ Symbol("error");
var Oi = /* @__PURE__ */ Symbol("emitData");
var Is = /* @__PURE__ */ Symbol("emitEnd");
var Ti = /* @__PURE__ */ Symbol("emitEnd2");
var Z = /* @__PURE__ */ Symbol("async");
var xi = /* @__PURE__ */ Symbol("abort");
var Ce = /* @__PURE__ */ Symbol("aborted");
var Jt = /* @__PURE__ */ Symbol("signal");
var Rt = /* @__PURE__ */ Symbol("dataListeners");
var C = /* @__PURE__ */ Symbol("discarded");
var jt = (s3) => Promise.resolve().then(s3);
var Yr = (s3) => s3();
var Kr = (s3) => s3 === "end" || s3 === "finish" || s3 === "prefinish";
var Vr = (s3) => s3 instanceof ArrayBuffer || !!s3 && typeof s3 == "object" && s3.constructor && s3.constructor.name === "ArrayBuffer" && s3.byteLength >= 0;
var $r = (s3) => !Buffer.isBuffer(s3) && ArrayBuffer.isView(s3);
var Fe = class {
  src;
  dest;
  opts;
  ondrain;
  constructor(t, e, i2) {
    this.src = t, this.dest = e, this.opts = i2, this.ondrain = () => t[Bt](), this.dest.on("drain", this.ondrain);
  }
  unpipe() {
    this.dest.removeListener("drain", this.ondrain);
  }
  proxyErrors(t) {
  }
  end() {
    this.unpipe(), this.opts.end && this.dest.end();
  }
};
var Li = class extends Fe {
  unpipe() {
    this.src.removeListener("error", this.proxyErrors), super.unpipe();
  }
  constructor(t, e, i2) {
    super(t, e, i2), this.proxyErrors = (r) => this.dest.emit("error", r), t.on("error", this.proxyErrors);
  }
};
var Xr = (s3) => !!s3.objectMode;
var qr = (s3) => !s3.objectMode && !!s3.encoding && s3.encoding !== "buffer";
var A = class extends Di {
  [g] = false;
  [Qt] = false;
  [N] = [];
  [b] = [];
  [L];
  [z];
  [Z];
  [Mt];
  [Q] = false;
  [nt] = false;
  [De] = false;
  [Ne] = false;
  [qt] = null;
  [_] = 0;
  [S] = false;
  [Jt];
  [Ce] = false;
  [Rt] = 0;
  [C] = false;
  writable = true;
  readable = true;
  constructor(...t) {
    let e = t[0] || {};
    if (super(), e.objectMode && typeof e.encoding == "string") throw new TypeError("Encoding and objectMode may not be used together");
    Xr(e) ? (this[L] = true, this[z] = null) : qr(e) ? (this[z] = e.encoding, this[L] = false) : (this[L] = false, this[z] = null), this[Z] = !!e.async, this[Mt] = this[z] ? new Hr(this[z]) : null, e && e.debugExposeBuffer === true && Object.defineProperty(this, "buffer", { get: () => this[b] }), e && e.debugExposePipes === true && Object.defineProperty(this, "pipes", { get: () => this[N] });
    let { signal: i2 } = e;
    i2 && (this[Jt] = i2, i2.aborted ? this[xi]() : i2.addEventListener("abort", () => this[xi]()));
  }
  get bufferLength() {
    return this[_];
  }
  get encoding() {
    return this[z];
  }
  set encoding(t) {
    throw new Error("Encoding must be set at instantiation time");
  }
  setEncoding(t) {
    throw new Error("Encoding must be set at instantiation time");
  }
  get objectMode() {
    return this[L];
  }
  set objectMode(t) {
    throw new Error("objectMode must be set at instantiation time");
  }
  get async() {
    return this[Z];
  }
  set async(t) {
    this[Z] = this[Z] || !!t;
  }
  [xi]() {
    this[Ce] = true, this.emit("abort", this[Jt]?.reason), this.destroy(this[Jt]?.reason);
  }
  get aborted() {
    return this[Ce];
  }
  set aborted(t) {
  }
  write(t, e, i2) {
    if (this[Ce]) return false;
    if (this[Q]) throw new Error("write after end");
    if (this[S]) return this.emit("error", Object.assign(new Error("Cannot call write after a stream was destroyed"), { code: "ERR_STREAM_DESTROYED" })), true;
    typeof e == "function" && (i2 = e, e = "utf8"), e || (e = "utf8");
    let r = this[Z] ? jt : Yr;
    if (!this[L] && !Buffer.isBuffer(t)) {
      if ($r(t)) t = Buffer.from(t.buffer, t.byteOffset, t.byteLength);
      else if (Vr(t)) t = Buffer.from(t);
      else if (typeof t != "string") throw new Error("Non-contiguous data written to non-objectMode stream");
    }
    return this[L] ? (this[g] && this[_] !== 0 && this[Ae](true), this[g] ? this.emit("data", t) : this[bi](t), this[_] !== 0 && this.emit("readable"), i2 && r(i2), this[g]) : t.length ? (typeof t == "string" && !(e === this[z] && !this[Mt]?.lastNeed) && (t = Buffer.from(t, e)), Buffer.isBuffer(t) && this[z] && (t = this[Mt].write(t)), this[g] && this[_] !== 0 && this[Ae](true), this[g] ? this.emit("data", t) : this[bi](t), this[_] !== 0 && this.emit("readable"), i2 && r(i2), this[g]) : (this[_] !== 0 && this.emit("readable"), i2 && r(i2), this[g]);
  }
  read(t) {
    if (this[S]) return null;
    if (this[C] = false, this[_] === 0 || t === 0 || t && t > this[_]) return this[J](), null;
    this[L] && (t = null), this[b].length > 1 && !this[L] && (this[b] = [this[z] ? this[b].join("") : Buffer.concat(this[b], this[_])]);
    let e = this[Ns](t || null, this[b][0]);
    return this[J](), e;
  }
  [Ns](t, e) {
    if (this[L]) this[Ie]();
    else {
      let i2 = e;
      t === i2.length || t === null ? this[Ie]() : typeof i2 == "string" ? (this[b][0] = i2.slice(t), e = i2.slice(0, t), this[_] -= t) : (this[b][0] = i2.subarray(t), e = i2.subarray(0, t), this[_] -= t);
    }
    return this.emit("data", e), !this[b].length && !this[Q] && this.emit("drain"), e;
  }
  end(t, e, i2) {
    return typeof t == "function" && (i2 = t, t = void 0), typeof e == "function" && (i2 = e, e = "utf8"), t !== void 0 && this.write(t, e), i2 && this.once("end", i2), this[Q] = true, this.writable = false, (this[g] || !this[Qt]) && this[J](), this;
  }
  [Bt]() {
    this[S] || (!this[Rt] && !this[N].length && (this[C] = true), this[Qt] = false, this[g] = true, this.emit("resume"), this[b].length ? this[Ae]() : this[Q] ? this[J]() : this.emit("drain"));
  }
  resume() {
    return this[Bt]();
  }
  pause() {
    this[g] = false, this[Qt] = true, this[C] = false;
  }
  get destroyed() {
    return this[S];
  }
  get flowing() {
    return this[g];
  }
  get paused() {
    return this[Qt];
  }
  [bi](t) {
    this[L] ? this[_] += 1 : this[_] += t.length, this[b].push(t);
  }
  [Ie]() {
    return this[L] ? this[_] -= 1 : this[_] -= this[b][0].length, this[b].shift();
  }
  [Ae](t = false) {
    do
      ;
    while (this[As](this[Ie]()) && this[b].length);
    !t && !this[b].length && !this[Q] && this.emit("drain");
  }
  [As](t) {
    return this.emit("data", t), this[g];
  }
  pipe(t, e) {
    if (this[S]) return t;
    this[C] = false;
    let i2 = this[nt];
    return e = e || {}, t === Ds.stdout || t === Ds.stderr ? e.end = false : e.end = e.end !== false, e.proxyErrors = !!e.proxyErrors, i2 ? e.end && t.end() : (this[N].push(e.proxyErrors ? new Li(this, t, e) : new Fe(this, t, e)), this[Z] ? jt(() => this[Bt]()) : this[Bt]()), t;
  }
  unpipe(t) {
    let e = this[N].find((i2) => i2.dest === t);
    e && (this[N].length === 1 ? (this[g] && this[Rt] === 0 && (this[g] = false), this[N] = []) : this[N].splice(this[N].indexOf(e), 1), e.unpipe());
  }
  addListener(t, e) {
    return this.on(t, e);
  }
  on(t, e) {
    let i2 = super.on(t, e);
    if (t === "data") this[C] = false, this[Rt]++, !this[N].length && !this[g] && this[Bt]();
    else if (t === "readable" && this[_] !== 0) super.emit("readable");
    else if (Kr(t) && this[nt]) super.emit(t), this.removeAllListeners(t);
    else if (t === "error" && this[qt]) {
      let r = e;
      this[Z] ? jt(() => r.call(this, this[qt])) : r.call(this, this[qt]);
    }
    return i2;
  }
  removeListener(t, e) {
    return this.off(t, e);
  }
  off(t, e) {
    let i2 = super.off(t, e);
    return t === "data" && (this[Rt] = this.listeners("data").length, this[Rt] === 0 && !this[C] && !this[N].length && (this[g] = false)), i2;
  }
  removeAllListeners(t) {
    let e = super.removeAllListeners(t);
    return (t === "data" || t === void 0) && (this[Rt] = 0, !this[C] && !this[N].length && (this[g] = false)), e;
  }
  get emittedEnd() {
    return this[nt];
  }
  [J]() {
    !this[De] && !this[nt] && !this[S] && this[b].length === 0 && this[Q] && (this[De] = true, this.emit("end"), this.emit("prefinish"), this.emit("finish"), this[Ne] && this.emit("close"), this[De] = false);
  }
  emit(t, ...e) {
    let i2 = e[0];
    if (t !== "error" && t !== "close" && t !== S && this[S]) return false;
    if (t === "data") return !this[L] && !i2 ? false : this[Z] ? (jt(() => this[Oi](i2)), true) : this[Oi](i2);
    if (t === "end") return this[Is]();
    if (t === "close") {
      if (this[Ne] = true, !this[nt] && !this[S]) return false;
      let n = super.emit("close");
      return this.removeAllListeners("close"), n;
    } else if (t === "error") {
      this[qt] = i2, super.emit(_i, i2);
      let n = !this[Jt] || this.listeners("error").length ? super.emit("error", i2) : false;
      return this[J](), n;
    } else if (t === "resume") {
      let n = super.emit("resume");
      return this[J](), n;
    } else if (t === "finish" || t === "prefinish") {
      let n = super.emit(t);
      return this.removeAllListeners(t), n;
    }
    let r = super.emit(t, ...e);
    return this[J](), r;
  }
  [Oi](t) {
    for (let i2 of this[N]) i2.dest.write(t) === false && this.pause();
    let e = this[C] ? false : super.emit("data", t);
    return this[J](), e;
  }
  [Is]() {
    return this[nt] ? false : (this[nt] = true, this.readable = false, this[Z] ? (jt(() => this[Ti]()), true) : this[Ti]());
  }
  [Ti]() {
    if (this[Mt]) {
      let e = this[Mt].end();
      if (e) {
        for (let i2 of this[N]) i2.dest.write(e);
        this[C] || super.emit("data", e);
      }
    }
    for (let e of this[N]) e.end();
    let t = super.emit("end");
    return this.removeAllListeners("end"), t;
  }
  async collect() {
    let t = Object.assign([], { dataLength: 0 });
    this[L] || (t.dataLength = 0);
    let e = this.promise();
    return this.on("data", (i2) => {
      t.push(i2), this[L] || (t.dataLength += i2.length);
    }), await e, t;
  }
  async concat() {
    if (this[L]) throw new Error("cannot concat in objectMode");
    let t = await this.collect();
    return this[z] ? t.join("") : Buffer.concat(t, t.dataLength);
  }
  async promise() {
    return new Promise((t, e) => {
      this.on(S, () => e(new Error("stream destroyed"))), this.on("error", (i2) => e(i2)), this.on("end", () => t());
    });
  }
  [Symbol.asyncIterator]() {
    this[C] = false;
    let t = false, e = async () => (this.pause(), t = true, { value: void 0, done: true });
    return { next: () => {
      if (t) return e();
      let r = this.read();
      if (r !== null) return Promise.resolve({ done: false, value: r });
      if (this[Q]) return e();
      let n, o, h = (d) => {
        this.off("data", a), this.off("end", l), this.off(S, c), e(), o(d);
      }, a = (d) => {
        this.off("error", h), this.off("end", l), this.off(S, c), this.pause(), n({ value: d, done: !!this[Q] });
      }, l = () => {
        this.off("error", h), this.off("data", a), this.off(S, c), e(), n({ done: true, value: void 0 });
      }, c = () => h(new Error("stream destroyed"));
      return new Promise((d, y) => {
        o = y, n = d, this.once(S, c), this.once("error", h), this.once("end", l), this.once("data", a);
      });
    }, throw: e, return: e, [Symbol.asyncIterator]() {
      return this;
    }, [Symbol.asyncDispose]: async () => {
    } };
  }
  [Symbol.iterator]() {
    this[C] = false;
    let t = false, e = () => (this.pause(), this.off(_i, e), this.off(S, e), this.off("end", e), t = true, { done: true, value: void 0 }), i2 = () => {
      if (t) return e();
      let r = this.read();
      return r === null ? e() : { done: false, value: r };
    };
    return this.once("end", e), this.once(_i, e), this.once(S, e), { next: i2, throw: e, return: e, [Symbol.iterator]() {
      return this;
    }, [Symbol.dispose]: () => {
    } };
  }
  destroy(t) {
    if (this[S]) return t ? this.emit("error", t) : this.emit(S), this;
    this[S] = true, this[C] = true, this[b].length = 0, this[_] = 0;
    let e = this;
    return typeof e.close == "function" && !this[Ne] && e.close(), t ? this.emit("error", t) : this.emit(S), this;
  }
  static get isStream() {
    return Wr;
  }
};
var Jr = I.writev;
var ht = /* @__PURE__ */ Symbol("_autoClose");
var H = /* @__PURE__ */ Symbol("_close");
var te = /* @__PURE__ */ Symbol("_ended");
var m = /* @__PURE__ */ Symbol("_fd");
var Ni = /* @__PURE__ */ Symbol("_finished");
var tt = /* @__PURE__ */ Symbol("_flags");
var Ai = /* @__PURE__ */ Symbol("_flush");
var ki = /* @__PURE__ */ Symbol("_handleChunk");
var vi = /* @__PURE__ */ Symbol("_makeBuf");
var ie = /* @__PURE__ */ Symbol("_mode");
var ke = /* @__PURE__ */ Symbol("_needDrain");
var Ut = /* @__PURE__ */ Symbol("_onerror");
var Ht = /* @__PURE__ */ Symbol("_onopen");
var Ii = /* @__PURE__ */ Symbol("_onread");
var Pt = /* @__PURE__ */ Symbol("_onwrite");
var at = /* @__PURE__ */ Symbol("_open");
var U = /* @__PURE__ */ Symbol("_path");
var ot = /* @__PURE__ */ Symbol("_pos");
var Y = /* @__PURE__ */ Symbol("_queue");
var zt = /* @__PURE__ */ Symbol("_read");
var Ci = /* @__PURE__ */ Symbol("_readSize");
var j = /* @__PURE__ */ Symbol("_reading");
var ee = /* @__PURE__ */ Symbol("_remain");
var Fi = /* @__PURE__ */ Symbol("_size");
var ve = /* @__PURE__ */ Symbol("_write");
var gt = /* @__PURE__ */ Symbol("_writing");
var Me = /* @__PURE__ */ Symbol("_defaultFlag");
var bt = /* @__PURE__ */ Symbol("_errored");
var _t = class extends A {
  [bt] = false;
  [m];
  [U];
  [Ci];
  [j] = false;
  [Fi];
  [ee];
  [ht];
  constructor(t, e) {
    if (e = e || {}, super(e), this.readable = true, this.writable = false, typeof t != "string") throw new TypeError("path must be a string");
    this[bt] = false, this[m] = typeof e.fd == "number" ? e.fd : void 0, this[U] = t, this[Ci] = e.readSize || 16 * 1024 * 1024, this[j] = false, this[Fi] = typeof e.size == "number" ? e.size : 1 / 0, this[ee] = this[Fi], this[ht] = typeof e.autoClose == "boolean" ? e.autoClose : true, typeof this[m] == "number" ? this[zt]() : this[at]();
  }
  get fd() {
    return this[m];
  }
  get path() {
    return this[U];
  }
  write() {
    throw new TypeError("this is a readable stream");
  }
  end() {
    throw new TypeError("this is a readable stream");
  }
  [at]() {
    I.open(this[U], "r", (t, e) => this[Ht](t, e));
  }
  [Ht](t, e) {
    t ? this[Ut](t) : (this[m] = e, this.emit("open", e), this[zt]());
  }
  [vi]() {
    return Buffer.allocUnsafe(Math.min(this[Ci], this[ee]));
  }
  [zt]() {
    if (!this[j]) {
      this[j] = true;
      let t = this[vi]();
      if (t.length === 0) return process.nextTick(() => this[Ii](null, 0, t));
      I.read(this[m], t, 0, t.length, null, (e, i2, r) => this[Ii](e, i2, r));
    }
  }
  [Ii](t, e, i2) {
    this[j] = false, t ? this[Ut](t) : this[ki](e, i2) && this[zt]();
  }
  [H]() {
    if (this[ht] && typeof this[m] == "number") {
      let t = this[m];
      this[m] = void 0, I.close(t, (e) => e ? this.emit("error", e) : this.emit("close"));
    }
  }
  [Ut](t) {
    this[j] = true, this[H](), this.emit("error", t);
  }
  [ki](t, e) {
    let i2 = false;
    return this[ee] -= t, t > 0 && (i2 = super.write(t < e.length ? e.subarray(0, t) : e)), (t === 0 || this[ee] <= 0) && (i2 = false, this[H](), super.end()), i2;
  }
  emit(t, ...e) {
    switch (t) {
      case "prefinish":
      case "finish":
        return false;
      case "drain":
        return typeof this[m] == "number" && this[zt](), false;
      case "error":
        return this[bt] ? false : (this[bt] = true, super.emit(t, ...e));
      default:
        return super.emit(t, ...e);
    }
  }
};
var Be = class extends _t {
  [at]() {
    let t = true;
    try {
      this[Ht](null, I.openSync(this[U], "r")), t = false;
    } finally {
      t && this[H]();
    }
  }
  [zt]() {
    let t = true;
    try {
      if (!this[j]) {
        this[j] = true;
        do {
          let e = this[vi](), i2 = e.length === 0 ? 0 : I.readSync(this[m], e, 0, e.length, null);
          if (!this[ki](i2, e)) break;
        } while (true);
        this[j] = false;
      }
      t = false;
    } finally {
      t && this[H]();
    }
  }
  [H]() {
    if (this[ht] && typeof this[m] == "number") {
      let t = this[m];
      this[m] = void 0, I.closeSync(t), this.emit("close");
    }
  }
};
var et = class extends Qr {
  readable = false;
  writable = true;
  [bt] = false;
  [gt] = false;
  [te] = false;
  [Y] = [];
  [ke] = false;
  [U];
  [ie];
  [ht];
  [m];
  [Me];
  [tt];
  [Ni] = false;
  [ot];
  constructor(t, e) {
    e = e || {}, super(e), this[U] = t, this[m] = typeof e.fd == "number" ? e.fd : void 0, this[ie] = e.mode === void 0 ? 438 : e.mode, this[ot] = typeof e.start == "number" ? e.start : void 0, this[ht] = typeof e.autoClose == "boolean" ? e.autoClose : true;
    let i2 = this[ot] !== void 0 ? "r+" : "w";
    this[Me] = e.flags === void 0, this[tt] = e.flags === void 0 ? i2 : e.flags, this[m] === void 0 && this[at]();
  }
  emit(t, ...e) {
    if (t === "error") {
      if (this[bt]) return false;
      this[bt] = true;
    }
    return super.emit(t, ...e);
  }
  get fd() {
    return this[m];
  }
  get path() {
    return this[U];
  }
  [Ut](t) {
    this[H](), this[gt] = true, this.emit("error", t);
  }
  [at]() {
    I.open(this[U], this[tt], this[ie], (t, e) => this[Ht](t, e));
  }
  [Ht](t, e) {
    this[Me] && this[tt] === "r+" && t && t.code === "ENOENT" ? (this[tt] = "w", this[at]()) : t ? this[Ut](t) : (this[m] = e, this.emit("open", e), this[gt] || this[Ai]());
  }
  end(t, e) {
    return t && this.write(t, e), this[te] = true, !this[gt] && !this[Y].length && typeof this[m] == "number" && this[Pt](null, 0), this;
  }
  write(t, e) {
    return typeof t == "string" && (t = Buffer.from(t, e)), this[te] ? (this.emit("error", new Error("write() after end()")), false) : this[m] === void 0 || this[gt] || this[Y].length ? (this[Y].push(t), this[ke] = true, false) : (this[gt] = true, this[ve](t), true);
  }
  [ve](t) {
    I.write(this[m], t, 0, t.length, this[ot], (e, i2) => this[Pt](e, i2));
  }
  [Pt](t, e) {
    t ? this[Ut](t) : (this[ot] !== void 0 && typeof e == "number" && (this[ot] += e), this[Y].length ? this[Ai]() : (this[gt] = false, this[te] && !this[Ni] ? (this[Ni] = true, this[H](), this.emit("finish")) : this[ke] && (this[ke] = false, this.emit("drain"))));
  }
  [Ai]() {
    if (this[Y].length === 0) this[te] && this[Pt](null, 0);
    else if (this[Y].length === 1) this[ve](this[Y].pop());
    else {
      let t = this[Y];
      this[Y] = [], Jr(this[m], t, this[ot], (e, i2) => this[Pt](e, i2));
    }
  }
  [H]() {
    if (this[ht] && typeof this[m] == "number") {
      let t = this[m];
      this[m] = void 0, I.close(t, (e) => e ? this.emit("error", e) : this.emit("close"));
    }
  }
};
var Wt = class extends et {
  [at]() {
    let t;
    if (this[Me] && this[tt] === "r+") try {
      t = I.openSync(this[U], this[tt], this[ie]);
    } catch (e) {
      if (e?.code === "ENOENT") return this[tt] = "w", this[at]();
      throw e;
    }
    else t = I.openSync(this[U], this[tt], this[ie]);
    this[Ht](null, t);
  }
  [H]() {
    if (this[ht] && typeof this[m] == "number") {
      let t = this[m];
      this[m] = void 0, I.closeSync(t), this.emit("close");
    }
  }
  [ve](t) {
    let e = true;
    try {
      this[Pt](null, I.writeSync(this[m], t, 0, t.length, this[ot])), e = false;
    } finally {
      if (e) try {
        this[H]();
      } catch {
      }
    }
  }
};
var jr = /* @__PURE__ */ new Map([["C", "cwd"], ["f", "file"], ["z", "gzip"], ["P", "preservePaths"], ["U", "unlink"], ["strip-components", "strip"], ["stripComponents", "strip"], ["keep-newer", "newer"], ["keepNewer", "newer"], ["keep-newer-files", "newer"], ["keepNewerFiles", "newer"], ["k", "keep"], ["keep-existing", "keep"], ["keepExisting", "keep"], ["m", "noMtime"], ["no-mtime", "noMtime"], ["p", "preserveOwner"], ["L", "follow"], ["h", "follow"], ["onentry", "onReadEntry"]]);
var Fs = (s3) => !!s3.sync && !!s3.file;
var ks = (s3) => !s3.sync && !!s3.file;
var vs = (s3) => !!s3.sync && !s3.file;
var Ms = (s3) => !s3.sync && !s3.file;
var Bs = (s3) => !!s3.file;
var tn = (s3) => {
  let t = jr.get(s3);
  return t || s3;
};
var se = (s3 = {}) => {
  if (!s3) return {};
  let t = {};
  for (let [e, i2] of Object.entries(s3)) {
    let r = tn(e);
    t[r] = i2;
  }
  return t.chmod === void 0 && t.noChmod === false && (t.chmod = true), delete t.noChmod, t;
};
var K = (s3, t, e, i2, r) => Object.assign((n = [], o, h) => {
  Array.isArray(n) && (o = n, n = {}), typeof o == "function" && (h = o, o = void 0), o = o ? Array.from(o) : [];
  let a = se(n);
  if (r?.(a, o), Fs(a)) {
    if (typeof h == "function") throw new TypeError("callback not supported for sync tar functions");
    return s3(a, o);
  } else if (ks(a)) {
    let l = t(a, o);
    return h ? l.then(() => h(), h) : l;
  } else if (vs(a)) {
    if (typeof h == "function") throw new TypeError("callback not supported for sync tar functions");
    return e(a, o);
  } else if (Ms(a)) {
    if (typeof h == "function") throw new TypeError("callback only supported with file option");
    return i2(a, o);
  }
  throw new Error("impossible options??");
}, { syncFile: s3, asyncFile: t, syncNoFile: e, asyncNoFile: i2, validate: r });
var sn = en.constants || { ZLIB_VERNUM: 4736 };
var M = Object.freeze(Object.assign(/* @__PURE__ */ Object.create(null), { Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5, Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3, Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6, Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1, Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0, DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7, BROTLI_DECODE: 8, BROTLI_ENCODE: 9, Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15, Z_MIN_CHUNK: 64, Z_MAX_CHUNK: 1 / 0, Z_DEFAULT_CHUNK: 16384, Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8, Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1, BROTLI_OPERATION_PROCESS: 0, BROTLI_OPERATION_FLUSH: 1, BROTLI_OPERATION_FINISH: 2, BROTLI_OPERATION_EMIT_METADATA: 3, BROTLI_MODE_GENERIC: 0, BROTLI_MODE_TEXT: 1, BROTLI_MODE_FONT: 2, BROTLI_DEFAULT_MODE: 0, BROTLI_MIN_QUALITY: 0, BROTLI_MAX_QUALITY: 11, BROTLI_DEFAULT_QUALITY: 11, BROTLI_MIN_WINDOW_BITS: 10, BROTLI_MAX_WINDOW_BITS: 24, BROTLI_LARGE_MAX_WINDOW_BITS: 30, BROTLI_DEFAULT_WINDOW: 22, BROTLI_MIN_INPUT_BLOCK_BITS: 16, BROTLI_MAX_INPUT_BLOCK_BITS: 24, BROTLI_PARAM_MODE: 0, BROTLI_PARAM_QUALITY: 1, BROTLI_PARAM_LGWIN: 2, BROTLI_PARAM_LGBLOCK: 3, BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING: 4, BROTLI_PARAM_SIZE_HINT: 5, BROTLI_PARAM_LARGE_WINDOW: 6, BROTLI_PARAM_NPOSTFIX: 7, BROTLI_PARAM_NDIRECT: 8, BROTLI_DECODER_RESULT_ERROR: 0, BROTLI_DECODER_RESULT_SUCCESS: 1, BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT: 2, BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT: 3, BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION: 0, BROTLI_DECODER_PARAM_LARGE_WINDOW: 1, BROTLI_DECODER_NO_ERROR: 0, BROTLI_DECODER_SUCCESS: 1, BROTLI_DECODER_NEEDS_MORE_INPUT: 2, BROTLI_DECODER_NEEDS_MORE_OUTPUT: 3, BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE: -1, BROTLI_DECODER_ERROR_FORMAT_RESERVED: -2, BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE: -3, BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET: -4, BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME: -5, BROTLI_DECODER_ERROR_FORMAT_CL_SPACE: -6, BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE: -7, BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT: -8, BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1: -9, BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2: -10, BROTLI_DECODER_ERROR_FORMAT_TRANSFORM: -11, BROTLI_DECODER_ERROR_FORMAT_DICTIONARY: -12, BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS: -13, BROTLI_DECODER_ERROR_FORMAT_PADDING_1: -14, BROTLI_DECODER_ERROR_FORMAT_PADDING_2: -15, BROTLI_DECODER_ERROR_FORMAT_DISTANCE: -16, BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET: -19, BROTLI_DECODER_ERROR_INVALID_ARGUMENTS: -20, BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES: -21, BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS: -22, BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP: -25, BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1: -26, BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2: -27, BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES: -30, BROTLI_DECODER_ERROR_UNREACHABLE: -31 }, sn));
var rn = Ot.concat;
var zs = Object.getOwnPropertyDescriptor(Ot, "concat");
var nn = (s3) => s3;
var Bi = zs?.writable === true || zs?.set !== void 0 ? (s3) => {
  Ot.concat = s3 ? nn : rn;
} : (s3) => {
};
var Tt = /* @__PURE__ */ Symbol("_superWrite");
var Gt = class extends Error {
  code;
  errno;
  constructor(t, e) {
    super("zlib: " + t.message, { cause: t }), this.code = t.code, this.errno = t.errno, this.code || (this.code = "ZLIB_ERROR"), this.message = "zlib: " + t.message, Error.captureStackTrace(this, e ?? this.constructor);
  }
  get name() {
    return "ZlibError";
  }
};
var Pi = /* @__PURE__ */ Symbol("flushFlag");
var re = class extends A {
  #t = false;
  #i = false;
  #s;
  #n;
  #r;
  #e;
  #o;
  get sawError() {
    return this.#t;
  }
  get handle() {
    return this.#e;
  }
  get flushFlag() {
    return this.#s;
  }
  constructor(t, e) {
    if (!t || typeof t != "object") throw new TypeError("invalid options for ZlibBase constructor");
    if (super(t), this.#s = t.flush ?? 0, this.#n = t.finishFlush ?? 0, this.#r = t.fullFlushFlag ?? 0, typeof Ps[e] != "function") throw new TypeError("Compression method not supported: " + e);
    try {
      this.#e = new Ps[e](t);
    } catch (i2) {
      throw new Gt(i2, this.constructor);
    }
    this.#o = (i2) => {
      this.#t || (this.#t = true, this.close(), this.emit("error", i2));
    }, this.#e?.on("error", (i2) => this.#o(new Gt(i2))), this.once("end", () => this.close);
  }
  close() {
    this.#e && (this.#e.close(), this.#e = void 0, this.emit("close"));
  }
  reset() {
    if (!this.#t) return zi(this.#e, "zlib binding closed"), this.#e.reset?.();
  }
  flush(t) {
    this.ended || (typeof t != "number" && (t = this.#r), this.write(Object.assign(Ot.alloc(0), { [Pi]: t })));
  }
  end(t, e, i2) {
    return typeof t == "function" && (i2 = t, e = void 0, t = void 0), typeof e == "function" && (i2 = e, e = void 0), t && (e ? this.write(t, e) : this.write(t)), this.flush(this.#n), this.#i = true, super.end(i2);
  }
  get ended() {
    return this.#i;
  }
  [Tt](t) {
    return super.write(t);
  }
  write(t, e, i2) {
    if (typeof e == "function" && (i2 = e, e = "utf8"), typeof t == "string" && (t = Ot.from(t, e)), this.#t) return;
    zi(this.#e, "zlib binding closed");
    let r = this.#e._handle, n = r.close;
    r.close = () => {
    };
    let o = this.#e.close;
    this.#e.close = () => {
    }, Bi(true);
    let h;
    try {
      let l = typeof t[Pi] == "number" ? t[Pi] : this.#s;
      h = this.#e._processChunk(t, l), Bi(false);
    } catch (l) {
      Bi(false), this.#o(new Gt(l, this.write));
    } finally {
      this.#e && (this.#e._handle = r, r.close = n, this.#e.close = o, this.#e.removeAllListeners("error"));
    }
    this.#e && this.#e.on("error", (l) => this.#o(new Gt(l, this.write)));
    let a;
    if (h) if (Array.isArray(h) && h.length > 0) {
      let l = h[0];
      a = this[Tt](Ot.from(l));
      for (let c = 1; c < h.length; c++) a = this[Tt](h[c]);
    } else a = this[Tt](Ot.from(h));
    return i2 && i2(), a;
  }
};
var Pe = class extends re {
  #t;
  #i;
  constructor(t, e) {
    t = t || {}, t.flush = t.flush || M.Z_NO_FLUSH, t.finishFlush = t.finishFlush || M.Z_FINISH, t.fullFlushFlag = M.Z_FULL_FLUSH, super(t, e), this.#t = t.level, this.#i = t.strategy;
  }
  params(t, e) {
    if (!this.sawError) {
      if (!this.handle) throw new Error("cannot switch params when binding is closed");
      if (!this.handle.params) throw new Error("not supported in this implementation");
      if (this.#t !== t || this.#i !== e) {
        this.flush(M.Z_SYNC_FLUSH), zi(this.handle, "zlib binding closed");
        let i2 = this.handle.flush;
        this.handle.flush = (r, n) => {
          typeof r == "function" && (n = r, r = this.flushFlag), this.flush(r), n?.();
        };
        try {
          this.handle.params(t, e);
        } finally {
          this.handle.flush = i2;
        }
        this.handle && (this.#t = t, this.#i = e);
      }
    }
  }
};
var ze = class extends Pe {
  #t;
  constructor(t) {
    super(t, "Gzip"), this.#t = t && !!t.portable;
  }
  [Tt](t) {
    return this.#t ? (this.#t = false, t[9] = 255, super[Tt](t)) : super[Tt](t);
  }
};
var Ue = class extends Pe {
  constructor(t) {
    super(t, "Unzip");
  }
};
var He = class extends re {
  constructor(t, e) {
    t = t || {}, t.flush = t.flush || M.BROTLI_OPERATION_PROCESS, t.finishFlush = t.finishFlush || M.BROTLI_OPERATION_FINISH, t.fullFlushFlag = M.BROTLI_OPERATION_FLUSH, super(t, e);
  }
};
var We = class extends He {
  constructor(t) {
    super(t, "BrotliCompress");
  }
};
var Ge = class extends He {
  constructor(t) {
    super(t, "BrotliDecompress");
  }
};
var Ze = class extends re {
  constructor(t, e) {
    t = t || {}, t.flush = t.flush || M.ZSTD_e_continue, t.finishFlush = t.finishFlush || M.ZSTD_e_end, t.fullFlushFlag = M.ZSTD_e_flush, super(t, e);
  }
};
var Ye = class extends Ze {
  constructor(t) {
    super(t, "ZstdCompress");
  }
};
var Ke = class extends Ze {
  constructor(t) {
    super(t, "ZstdDecompress");
  }
};
var Us = (s3, t) => {
  if (Number.isSafeInteger(s3)) s3 < 0 ? an(s3, t) : hn(s3, t);
  else throw Error("cannot encode number outside of javascript safe integer range");
  return t;
};
var hn = (s3, t) => {
  t[0] = 128;
  for (var e = t.length; e > 1; e--) t[e - 1] = s3 & 255, s3 = Math.floor(s3 / 256);
};
var an = (s3, t) => {
  t[0] = 255;
  var e = false;
  s3 = s3 * -1;
  for (var i2 = t.length; i2 > 1; i2--) {
    var r = s3 & 255;
    s3 = Math.floor(s3 / 256), e ? t[i2 - 1] = Ws(r) : r === 0 ? t[i2 - 1] = 0 : (e = true, t[i2 - 1] = Gs(r));
  }
};
var Hs = (s3) => {
  let t = s3[0], e = t === 128 ? cn(s3.subarray(1, s3.length)) : t === 255 ? ln(s3) : null;
  if (e === null) throw Error("invalid base256 encoding");
  if (!Number.isSafeInteger(e)) throw Error("parsed number outside of javascript safe integer range");
  return e;
};
var ln = (s3) => {
  for (var t = s3.length, e = 0, i2 = false, r = t - 1; r > -1; r--) {
    var n = Number(s3[r]), o;
    i2 ? o = Ws(n) : n === 0 ? o = n : (i2 = true, o = Gs(n)), o !== 0 && (e -= o * Math.pow(256, t - r - 1));
  }
  return e;
};
var cn = (s3) => {
  for (var t = s3.length, e = 0, i2 = t - 1; i2 > -1; i2--) {
    var r = Number(s3[i2]);
    r !== 0 && (e += r * Math.pow(256, t - i2 - 1));
  }
  return e;
};
var Ws = (s3) => (255 ^ s3) & 255;
var Gs = (s3) => (255 ^ s3) + 1 & 255;
var Hi = {};
Ur(Hi, { code: () => Ve, isCode: () => ne, isName: () => dn, name: () => oe, normalFsTypes: () => Ui });
var ne = (s3) => oe.has(s3);
var dn = (s3) => Ve.has(s3);
var Ui = /* @__PURE__ */ new Set(["0", "", "1", "2", "3", "4", "5", "6", "7", "D"]);
var oe = /* @__PURE__ */ new Map([["0", "File"], ["", "OldFile"], ["1", "Link"], ["2", "SymbolicLink"], ["3", "CharacterDevice"], ["4", "BlockDevice"], ["5", "Directory"], ["6", "FIFO"], ["7", "ContiguousFile"], ["g", "GlobalExtendedHeader"], ["x", "ExtendedHeader"], ["A", "SolarisACL"], ["D", "GNUDumpDir"], ["I", "Inode"], ["K", "NextFileHasLongLinkpath"], ["L", "NextFileHasLongPath"], ["M", "ContinuationFile"], ["N", "OldGnuLongPath"], ["S", "SparseFile"], ["V", "TapeVolumeHeader"], ["X", "OldExtendedHeader"]]);
var Ve = new Map(Array.from(oe).map((s3) => [s3[1], s3[0]]));
var un = (s3) => s3 === void 0 || s3 < 0 ? void 0 : s3;
var F = class {
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
  #t = "Unsupported";
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
  constructor(t, e = 0, i2, r) {
    Buffer.isBuffer(t) ? this.decode(t, e || 0, i2, r) : t && this.#i(t);
  }
  decode(t, e, i2, r) {
    if (e || (e = 0), !t || !(t.length >= e + 512)) throw new Error("need 512 bytes for header");
    let n = xt(t, e + 156, 1), o = Ui.has(n), h = o ? i2 : void 0, a = o ? r : void 0;
    if (this.path = h?.path ?? xt(t, e, 100), this.mode = h?.mode ?? a?.mode ?? lt(t, e + 100, 8), this.uid = h?.uid ?? a?.uid ?? lt(t, e + 108, 8), this.gid = h?.gid ?? a?.gid ?? lt(t, e + 116, 8), this.size = un(h?.size ?? a?.size ?? lt(t, e + 124, 12)), this.mtime = h?.mtime ?? a?.mtime ?? Wi(t, e + 136, 12), this.cksum = lt(t, e + 148, 12), a && this.#i(a, true), h && this.#i(h), ne(n) && (this.#t = n || "0"), this.#t === "0" && this.path.slice(-1) === "/" && (this.#t = "5"), this.#t === "5" && (this.size = 0), this.linkpath = xt(t, e + 157, 100), t.subarray(e + 257, e + 265).toString() === "ustar\x0000") if (this.uname = h?.uname ?? a?.uname ?? xt(t, e + 265, 32), this.gname = h?.gname ?? a?.gname ?? xt(t, e + 297, 32), this.devmaj = h?.devmaj ?? a?.devmaj ?? lt(t, e + 329, 8) ?? 0, this.devmin = h?.devmin ?? a?.devmin ?? lt(t, e + 337, 8) ?? 0, t[e + 475] !== 0) {
      let c = xt(t, e + 345, 155);
      this.path = c + "/" + this.path;
    } else {
      let c = xt(t, e + 345, 130);
      c && (this.path = c + "/" + this.path), this.atime = i2?.atime ?? r?.atime ?? Wi(t, e + 476, 12), this.ctime = i2?.ctime ?? r?.ctime ?? Wi(t, e + 488, 12);
    }
    let l = 256;
    for (let c = e; c < e + 148; c++) l += t[c];
    for (let c = e + 156; c < e + 512; c++) l += t[c];
    this.cksumValid = l === this.cksum, this.cksum === void 0 && l === 256 && (this.nullBlock = true);
  }
  #i(t, e = false) {
    Object.assign(this, Object.fromEntries(Object.entries(t).filter(([i2, r]) => !(r == null || i2 === "size" && Number(r) < 0 || i2 === "path" && e || i2 === "linkpath" && e || i2 === "global"))));
  }
  encode(t, e = 0) {
    if (t || (t = this.block = Buffer.alloc(512)), this.#t === "Unsupported" && (this.#t = "0"), !(t.length >= e + 512)) throw new Error("need 512 bytes for header");
    let i2 = this.ctime || this.atime ? 130 : 155, r = mn(this.path || "", i2), n = r[0], o = r[1];
    this.needPax = !!r[2], this.needPax = Lt(t, e, 100, n) || this.needPax, this.needPax = ct(t, e + 100, 8, this.mode) || this.needPax, this.needPax = ct(t, e + 108, 8, this.uid) || this.needPax, this.needPax = ct(t, e + 116, 8, this.gid) || this.needPax, this.needPax = ct(t, e + 124, 12, this.size) || this.needPax, this.needPax = Gi(t, e + 136, 12, this.mtime) || this.needPax, t[e + 156] = Number(this.#t.codePointAt(0)), this.needPax = Lt(t, e + 157, 100, this.linkpath) || this.needPax, t.write("ustar\x0000", e + 257, 8), this.needPax = Lt(t, e + 265, 32, this.uname) || this.needPax, this.needPax = Lt(t, e + 297, 32, this.gname) || this.needPax, this.needPax = ct(t, e + 329, 8, this.devmaj) || this.needPax, this.needPax = ct(t, e + 337, 8, this.devmin) || this.needPax, this.needPax = Lt(t, e + 345, i2, o) || this.needPax, t[e + 475] !== 0 ? this.needPax = Lt(t, e + 345, 155, o) || this.needPax : (this.needPax = Lt(t, e + 345, 130, o) || this.needPax, this.needPax = Gi(t, e + 476, 12, this.atime) || this.needPax, this.needPax = Gi(t, e + 488, 12, this.ctime) || this.needPax);
    let h = 256;
    for (let a = e; a < e + 148; a++) h += t[a];
    for (let a = e + 156; a < e + 512; a++) h += t[a];
    return this.cksum = h, ct(t, e + 148, 8, this.cksum), this.cksumValid = true, this.needPax;
  }
  get type() {
    return this.#t === "Unsupported" ? this.#t : oe.get(this.#t);
  }
  get typeKey() {
    return this.#t;
  }
  set type(t) {
    let e = String(Ve.get(t));
    if (ne(e) || e === "Unsupported") this.#t = e;
    else if (ne(t)) this.#t = t;
    else throw new TypeError("invalid entry type: " + t);
  }
};
var mn = (s3, t) => {
  let i2 = s3, r = "", n, o = Zt.parse(s3).root || ".";
  if (Buffer.byteLength(i2) < 100) n = [i2, r, false];
  else {
    r = Zt.dirname(i2), i2 = Zt.basename(i2);
    do
      Buffer.byteLength(i2) <= 100 && Buffer.byteLength(r) <= t ? n = [i2, r, false] : Buffer.byteLength(i2) > 100 && Buffer.byteLength(r) <= t ? n = [i2.slice(0, 99), r, true] : (i2 = Zt.join(Zt.basename(r), i2), r = Zt.dirname(r));
    while (r !== o && n === void 0);
    n || (n = [s3.slice(0, 99), "", true]);
  }
  return n;
};
var xt = (s3, t, e) => s3.subarray(t, t + e).toString("utf8").replace(/\0.*/, "");
var Wi = (s3, t, e) => pn(lt(s3, t, e));
var pn = (s3) => s3 === void 0 ? void 0 : new Date(s3 * 1e3);
var lt = (s3, t, e) => Number(s3[t]) & 128 ? Hs(s3.subarray(t, t + e)) : wn(s3, t, e);
var En = (s3) => isNaN(s3) ? void 0 : s3;
var wn = (s3, t, e) => En(parseInt(s3.subarray(t, t + e).toString("utf8").replace(/\0.*$/, "").trim(), 8));
var Sn = { 12: 8589934591, 8: 2097151 };
var ct = (s3, t, e, i2) => i2 === void 0 ? false : i2 > Sn[e] || i2 < 0 ? (Us(i2, s3.subarray(t, t + e)), true) : (yn(s3, t, e, i2), false);
var yn = (s3, t, e, i2) => s3.write(Rn(i2, e), t, e, "ascii");
var Rn = (s3, t) => gn(Math.floor(s3).toString(8), t);
var gn = (s3, t) => (s3.length === t - 1 ? s3 : new Array(t - s3.length - 1).join("0") + s3 + " ") + "\0";
var Gi = (s3, t, e, i2) => i2 === void 0 ? false : ct(s3, t, e, i2.getTime() / 1e3);
var bn = new Array(156).join("\0");
var Lt = (s3, t, e, i2) => i2 === void 0 ? false : (s3.write(i2 + bn, t, e, "utf8"), i2.length !== Buffer.byteLength(i2) || i2.length > e);
var ft = class s {
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
  constructor(t, e = false) {
    this.atime = t.atime, this.charset = t.charset, this.comment = t.comment, this.ctime = t.ctime, this.dev = t.dev, this.gid = t.gid, this.global = e, this.gname = t.gname, this.ino = t.ino, this.linkpath = t.linkpath, this.mtime = t.mtime, this.nlink = t.nlink, this.path = t.path, this.size = t.size, this.uid = t.uid, this.uname = t.uname;
  }
  encode() {
    let t = this.encodeBody();
    if (t === "") return Buffer.allocUnsafe(0);
    let e = Buffer.byteLength(t), i2 = 512 * Math.ceil(1 + e / 512), r = Buffer.allocUnsafe(i2);
    for (let n = 0; n < 512; n++) r[n] = 0;
    new F({ path: ("PaxHeader/" + _n(this.path ?? "")).slice(0, 99), mode: this.mode || 420, uid: this.uid, gid: this.gid, size: e, mtime: this.mtime, type: this.global ? "GlobalExtendedHeader" : "ExtendedHeader", linkpath: "", uname: this.uname || "", gname: this.gname || "", devmaj: 0, devmin: 0, atime: this.atime, ctime: this.ctime }).encode(r), r.write(t, 512, e, "utf8");
    for (let n = e + 512; n < r.length; n++) r[n] = 0;
    return r;
  }
  encodeBody() {
    return this.encodeField("path") + this.encodeField("ctime") + this.encodeField("atime") + this.encodeField("dev") + this.encodeField("ino") + this.encodeField("nlink") + this.encodeField("charset") + this.encodeField("comment") + this.encodeField("gid") + this.encodeField("gname") + this.encodeField("linkpath") + this.encodeField("mtime") + this.encodeField("size") + this.encodeField("uid") + this.encodeField("uname");
  }
  encodeField(t) {
    if (this[t] === void 0) return "";
    let e = this[t], i2 = e instanceof Date ? e.getTime() / 1e3 : e, r = " " + (t === "dev" || t === "ino" || t === "nlink" ? "SCHILY." : "") + t + "=" + i2 + `
`, n = Buffer.byteLength(r), o = Math.floor(Math.log(n) / Math.log(10)) + 1;
    return n + o >= Math.pow(10, o) && (o += 1), o + n + r;
  }
  static parse(t, e, i2 = false) {
    return new s(On(Tn(t), e), i2);
  }
};
var On = (s3, t) => t ? Object.assign({}, t, s3) : s3;
var Tn = (s3) => s3.replace(/\n$/, "").split(`
`).reduce(xn, /* @__PURE__ */ Object.create(null));
var xn = (s3, t) => {
  let e = parseInt(t, 10);
  if (e !== Buffer.byteLength(t) + 1) return s3;
  t = t.slice((e + " ").length);
  let i2 = t.split("="), r = i2.shift();
  if (!r) return s3;
  let n = r.replace(/^SCHILY\.(dev|ino|nlink)/, "$1"), o = i2.join("=").replace(/\0.*/, "");
  switch (n) {
    case "path":
    case "linkpath":
    case "type":
    case "charset":
    case "comment":
    case "gname":
    case "uname":
      s3[n] = o;
      break;
    case "ctime":
    case "atime":
    case "mtime":
      s3[n] = new Date(Number(o) * 1e3);
      break;
    case "size":
      let h = +o;
      h >= 0 && (s3[n] = h);
      break;
    case "gid":
    case "uid":
    case "dev":
    case "ino":
    case "nlink":
    case "mode":
      s3[n] = +o;
      break;
  }
  return s3;
};
var Ln = process.env.TESTING_TAR_FAKE_PLATFORM || process.platform;
var f = Ln !== "win32" ? (s3) => String(s3) : (s3) => String(s3).replaceAll(/\\/g, "/");
var $e = class extends A {
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
  constructor(t, e, i2) {
    switch (super({}), this.pause(), this.extended = e, this.globalExtended = i2, this.header = t, this.remain = t.size ?? 0, this.startBlockSize = 512 * Math.ceil(this.remain / 512), this.blockRemain = this.startBlockSize, this.type = t.type, this.type) {
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
    if (!t.path) throw new Error("no path provided for tar.ReadEntry");
    this.path = f(t.path), this.mode = t.mode, this.mode && (this.mode = this.mode & 4095), this.uid = t.uid, this.gid = t.gid, this.uname = t.uname, this.gname = t.gname, this.size = this.remain, this.mtime = t.mtime, this.atime = t.atime, this.ctime = t.ctime, this.linkpath = t.linkpath ? f(t.linkpath) : void 0, this.uname = t.uname, this.gname = t.gname, e && this.#t(e), i2 && this.#t(i2, true);
  }
  write(t) {
    let e = t.length;
    if (e > this.blockRemain) throw new Error("writing more to entry than is appropriate");
    let i2 = this.remain, r = this.blockRemain;
    return this.remain = Math.max(0, i2 - e), this.blockRemain = Math.max(0, r - e), this.ignore ? true : i2 >= e ? super.write(t) : super.write(t.subarray(0, i2));
  }
  #t(t, e = false) {
    t.path && (t.path = f(t.path)), t.linkpath && (t.linkpath = f(t.linkpath)), Object.assign(this, Object.fromEntries(Object.entries(t).filter(([i2, r]) => !(r == null || i2 === "path" && e))));
  }
};
var Dt = (s3, t, e, i2 = {}) => {
  s3.file && (i2.file = s3.file), s3.cwd && (i2.cwd = s3.cwd), i2.code = e instanceof Error && e.code || t, i2.tarCode = t, !s3.strict && i2.recoverable !== false ? (e instanceof Error && (i2 = Object.assign(e, i2), e = e.message), s3.emit("warn", t, e, i2)) : e instanceof Error ? s3.emit("error", Object.assign(e, i2)) : s3.emit("error", Object.assign(new Error(`${t}: ${e}`), i2));
};
var Nn = 1024 * 1024;
var Xi = Buffer.from([31, 139]);
var qi = Buffer.from([40, 181, 47, 253]);
var An = Math.max(Xi.length, qi.length);
var B = /* @__PURE__ */ Symbol("state");
var Nt = /* @__PURE__ */ Symbol("writeEntry");
var it = /* @__PURE__ */ Symbol("readEntry");
var Zi = /* @__PURE__ */ Symbol("nextEntry");
var Zs = /* @__PURE__ */ Symbol("processEntry");
var V = /* @__PURE__ */ Symbol("extendedHeader");
var he = /* @__PURE__ */ Symbol("globalExtendedHeader");
var dt = /* @__PURE__ */ Symbol("meta");
var Ys = /* @__PURE__ */ Symbol("emitMeta");
var p = /* @__PURE__ */ Symbol("buffer");
var st = /* @__PURE__ */ Symbol("queue");
var ut = /* @__PURE__ */ Symbol("ended");
var Yi = /* @__PURE__ */ Symbol("emittedEnd");
var At = /* @__PURE__ */ Symbol("emit");
var w = /* @__PURE__ */ Symbol("unzip");
var Xe = /* @__PURE__ */ Symbol("consumeChunk");
var qe = /* @__PURE__ */ Symbol("consumeChunkSub");
var Ki = /* @__PURE__ */ Symbol("consumeBody");
var Ks = /* @__PURE__ */ Symbol("consumeMeta");
var Vs = /* @__PURE__ */ Symbol("consumeHeader");
var ae = /* @__PURE__ */ Symbol("consuming");
var Vi = /* @__PURE__ */ Symbol("bufferConcat");
var Qe = /* @__PURE__ */ Symbol("maybeEnd");
var Yt = /* @__PURE__ */ Symbol("writing");
var $ = /* @__PURE__ */ Symbol("aborted");
var Je = /* @__PURE__ */ Symbol("onDone");
var It = /* @__PURE__ */ Symbol("sawValidEntry");
var je = /* @__PURE__ */ Symbol("sawNullBlock");
var ti = /* @__PURE__ */ Symbol("sawEOF");
var $s = /* @__PURE__ */ Symbol("closeStream");
var In = 1e3;
var le = /* @__PURE__ */ Symbol("compressedBytesRead");
var $i = /* @__PURE__ */ Symbol("decompressedBytesRead");
var Xs = /* @__PURE__ */ Symbol("checkDecompressionRatio");
var Cn = () => true;
var rt = class extends Dn {
  file;
  strict;
  maxMetaEntrySize;
  filter;
  brotli;
  zstd;
  maxDecompressionRatio;
  writable = true;
  readable = false;
  [st] = [];
  [p];
  [it];
  [Nt];
  [B] = "begin";
  [dt] = "";
  [V];
  [he];
  [ut] = false;
  [w];
  [$] = false;
  [It];
  [je] = false;
  [ti] = false;
  [Yt] = false;
  [ae] = false;
  [Yi] = false;
  [le] = 0;
  [$i] = 0;
  constructor(t = {}) {
    super(), this.file = t.file || "", this.on(Je, () => {
      (this[B] === "begin" || this[It] === false) && this.warn("TAR_BAD_ARCHIVE", "Unrecognized archive format");
    }), t.ondone ? this.on(Je, t.ondone) : this.on(Je, () => {
      this.emit("prefinish"), this.emit("finish"), this.emit("end");
    }), this.strict = !!t.strict, this.maxDecompressionRatio = typeof t.maxDecompressionRatio == "number" ? t.maxDecompressionRatio : In, this.maxMetaEntrySize = t.maxMetaEntrySize || Nn, this.filter = typeof t.filter == "function" ? t.filter : Cn;
    let e = t.file && (t.file.endsWith(".tar.br") || t.file.endsWith(".tbr"));
    this.brotli = !(t.gzip || t.zstd) && t.brotli !== void 0 ? t.brotli : e ? void 0 : false;
    let i2 = t.file && (t.file.endsWith(".tar.zst") || t.file.endsWith(".tzst"));
    this.zstd = !(t.gzip || t.brotli) && t.zstd !== void 0 ? t.zstd : i2 ? true : void 0, this.on("end", () => this[$s]()), typeof t.onwarn == "function" && this.on("warn", t.onwarn), typeof t.onReadEntry == "function" && this.on("entry", t.onReadEntry);
  }
  warn(t, e, i2 = {}) {
    Dt(this, t, e, i2);
  }
  [Vs](t, e) {
    this[It] === void 0 && (this[It] = false);
    let i2;
    try {
      i2 = new F(t, e, this[V], this[he]);
    } catch (r) {
      return this.warn("TAR_ENTRY_INVALID", r);
    }
    if (i2.nullBlock) this[je] ? (this[ti] = true, this[B] === "begin" && (this[B] = "header"), this[At]("eof")) : (this[je] = true, this[At]("nullBlock"));
    else if (this[je] = false, !i2.cksumValid) this.warn("TAR_ENTRY_INVALID", "checksum failure", { header: i2 });
    else if (!i2.path) this.warn("TAR_ENTRY_INVALID", "path is required", { header: i2 });
    else {
      let r = i2.type;
      if (/^(Symbolic)?Link$/.test(r) && !i2.linkpath) this.warn("TAR_ENTRY_INVALID", "linkpath required", { header: i2 });
      else if (!/^(Symbolic)?Link$/.test(r) && !/^(Global)?ExtendedHeader$/.test(r) && i2.linkpath) this.warn("TAR_ENTRY_INVALID", "linkpath forbidden", { header: i2 });
      else {
        let n = this[Nt] = new $e(i2, this[V], this[he]);
        if (!this[It]) if (n.remain) {
          let o = () => {
            n.invalid || (this[It] = true);
          };
          n.on("end", o);
        } else this[It] = true;
        n.meta ? n.size > this.maxMetaEntrySize ? (n.ignore = true, this[At]("ignoredEntry", n), this[B] = "ignore", n.resume()) : n.size > 0 && (this[dt] = "", n.on("data", (o) => this[dt] += o), this[B] = "meta") : (this[V] = void 0, n.ignore = n.ignore || !this.filter(n.path, n), n.ignore ? (this[At]("ignoredEntry", n), this[B] = n.remain ? "ignore" : "header", n.resume()) : (n.remain ? this[B] = "body" : (this[B] = "header", n.end()), this[it] ? this[st].push(n) : (this[st].push(n), this[Zi]())));
      }
    }
  }
  [$s]() {
    queueMicrotask(() => this.emit("close"));
  }
  [Zs](t) {
    let e = true;
    if (!t) this[it] = void 0, e = false;
    else if (Array.isArray(t)) {
      let [i2, ...r] = t;
      this.emit(i2, ...r);
    } else this[it] = t, this.emit("entry", t), t.emittedEnd || (t.on("end", () => this[Zi]()), e = false);
    return e;
  }
  [Zi]() {
    do
      ;
    while (this[Zs](this[st].shift()));
    if (this[st].length === 0) {
      let t = this[it];
      !t || t.flowing || t.size === t.remain ? this[Yt] || this.emit("drain") : t.once("drain", () => this.emit("drain"));
    }
  }
  [Ki](t, e) {
    let i2 = this[Nt];
    if (!i2) throw new Error("attempt to consume body without entry??");
    let r = i2.blockRemain ?? 0, n = r >= t.length && e === 0 ? t : t.subarray(e, e + r);
    return i2.write(n), i2.blockRemain || (this[B] = "header", this[Nt] = void 0, i2.end()), n.length;
  }
  [Ks](t, e) {
    let i2 = this[Nt], r = this[Ki](t, e);
    return !this[Nt] && i2 && this[Ys](i2), r;
  }
  [At](t, e, i2) {
    this[st].length === 0 && !this[it] ? this.emit(t, e, i2) : this[st].push([t, e, i2]);
  }
  [Ys](t) {
    switch (this[At]("meta", this[dt]), t.type) {
      case "ExtendedHeader":
      case "OldExtendedHeader":
        this[V] = ft.parse(this[dt], this[V], false);
        break;
      case "GlobalExtendedHeader":
        this[he] = ft.parse(this[dt], this[he], true);
        break;
      case "NextFileHasLongPath":
      case "OldGnuLongPath": {
        let e = this[V] ?? /* @__PURE__ */ Object.create(null);
        this[V] = e, e.path = this[dt].replace(/\0.*/, "");
        break;
      }
      case "NextFileHasLongLinkpath": {
        let e = this[V] || /* @__PURE__ */ Object.create(null);
        this[V] = e, e.linkpath = this[dt].replace(/\0.*/, "");
        break;
      }
      default:
        throw new Error("unknown meta: " + t.type);
    }
  }
  abort(t) {
    if (!this[$]) {
      if (this[w]) {
        let e = this[w];
        e.write = () => true, e.end = () => e, e.emit = () => false, e.destroy?.();
      }
      this[$] = true, this.emit("abort", t), this.warn("TAR_ABORT", t, { recoverable: false });
    }
  }
  [Xs](t) {
    this[$i] += t.length;
    let e = this[$i] / this[le];
    return e > this.maxDecompressionRatio ? (this.abort(new Error(`max decompression ratio exceeded: ${e.toFixed(2)} > ${this.maxDecompressionRatio}`)), false) : true;
  }
  write(t, e, i2) {
    if (typeof e == "function" && (i2 = e, e = void 0), typeof t == "string" && (t = Buffer.from(t, typeof e == "string" ? e : "utf8")), this[$]) return i2?.(), false;
    if ((this[w] === void 0 || this.brotli === void 0 && this[w] === false) && t) {
      if (this[p] && (t = Buffer.concat([this[p], t]), this[p] = void 0), t.length < An) return this[p] = t, i2?.(), true;
      for (let a = 0; this[w] === void 0 && a < Xi.length; a++) t[a] !== Xi[a] && (this[w] = false);
      let o = false;
      if (this[w] === false && this.zstd !== false) {
        o = true;
        for (let a = 0; a < qi.length; a++) if (t[a] !== qi[a]) {
          o = false;
          break;
        }
      }
      let h = this.brotli === void 0 && !o;
      if (this[w] === false && h) if (t.length < 512) if (this[ut]) this.brotli = true;
      else return this[p] = t, i2?.(), true;
      else try {
        new F(t.subarray(0, 512)), this.brotli = false;
      } catch {
        this.brotli = true;
      }
      if (this[w] === void 0 || this[w] === false && (this.brotli || o)) {
        let a = this[ut];
        this[ut] = false, this[w] = this[w] === void 0 ? new Ue({}) : o ? new Ke({}) : new Ge({}), this[w].on("data", (c) => {
          this[Xs](c) && this[Xe](c);
        }), this[w].on("error", (c) => {
          this[$] || this.abort(c);
        }), this[w].on("end", () => {
          this[ut] = true, this[Xe]();
        }), this[Yt] = true, this[le] += t.length;
        let l = !!this[w][a ? "end" : "write"](t);
        return this[Yt] = false, i2?.(), l;
      }
    }
    this[Yt] = true, this[w] ? (this[le] += t.length, this[w].write(t)) : this[Xe](t), this[Yt] = false;
    let n = this[st].length > 0 ? false : this[it] ? this[it].flowing : true;
    return !n && this[st].length === 0 && this[it]?.once("drain", () => this.emit("drain")), i2?.(), n;
  }
  [Vi](t) {
    t && !this[$] && (this[p] = this[p] ? Buffer.concat([this[p], t]) : t);
  }
  [Qe]() {
    if (this[ut] && !this[Yi] && !this[$] && !this[ae]) {
      this[Yi] = true;
      let t = this[Nt];
      if (t?.blockRemain) {
        let e = this[p] ? this[p].length : 0;
        this.warn("TAR_BAD_ARCHIVE", `Truncated input (needed ${t.blockRemain} more bytes, only ${e} available)`, { entry: t }), this[p] && t.write(this[p]), t.end();
      }
      this[At](Je);
    }
  }
  [Xe](t) {
    if (this[ae] && t) this[Vi](t);
    else if (!t && !this[p]) this[Qe]();
    else if (t) {
      if (this[ae] = true, this[p]) {
        this[Vi](t);
        let e = this[p];
        this[p] = void 0, this[qe](e);
      } else this[qe](t);
      for (; this[p] && this[p]?.length >= 512 && !this[$] && !this[ti]; ) {
        let e = this[p];
        this[p] = void 0, this[qe](e);
      }
      this[ae] = false;
    }
    (!this[p] || this[ut]) && this[Qe]();
  }
  [qe](t) {
    let e = 0, i2 = t.length;
    for (; e + 512 <= i2 && !this[$] && !this[ti]; ) switch (this[B]) {
      case "begin":
      case "header":
        this[Vs](t, e), e += 512;
        break;
      case "ignore":
      case "body":
        e += this[Ki](t, e);
        break;
      case "meta":
        e += this[Ks](t, e);
        break;
      default:
        throw new Error("invalid state: " + this[B]);
    }
    e < i2 && (this[p] = this[p] ? Buffer.concat([t.subarray(e), this[p]]) : t.subarray(e));
  }
  end(t, e, i2) {
    return typeof t == "function" && (i2 = t, e = void 0, t = void 0), typeof e == "function" && (i2 = e, e = void 0), typeof t == "string" && (t = Buffer.from(t, e)), i2 && this.once("finish", i2), this[$] || (this[w] ? (t && (this[le] += t.length, this[w].write(t)), this[w].end()) : (this[ut] = true, (this.brotli === void 0 || this.zstd === void 0) && (t = t || Buffer.alloc(0)), t && this.write(t), this[Qe]())), this;
  }
};
var mt = (s3) => {
  let t = s3.length - 1, e = -1;
  for (; t > -1 && s3.charAt(t) === "/"; ) e = t, t--;
  return e === -1 ? s3 : s3.slice(0, e);
};
var vn = (s3) => {
  let t = s3.onReadEntry;
  s3.onReadEntry = t ? (e) => {
    t(e), e.resume();
  } : (e) => e.resume();
};
var Qi = (s3, t) => {
  let e = new Map(t.map((o) => [mt(o), true])), i2 = s3.filter, r = 100, n = (o, h = "", a = 0) => {
    if (a >= r) return e.set(o, false), false;
    let l = h || kn(o).root || ".", c;
    if (o === l) c = false;
    else {
      let d = e.get(o);
      c = d !== void 0 ? d : n(Fn(o), l, a + 1);
    }
    return e.set(o, c), c;
  };
  s3.filter = i2 ? (o, h) => i2(o, h) && n(mt(o)) : (o) => n(mt(o));
};
var Mn = (s3) => {
  let t = new rt(s3), e = s3.file, i2;
  try {
    i2 = Kt.openSync(e, "r");
    let r = Kt.fstatSync(i2), n = s3.maxReadSize || 16 * 1024 * 1024;
    if (r.size < n) {
      let o = Buffer.allocUnsafe(r.size), h = Kt.readSync(i2, o, 0, r.size, 0);
      t.end(h === o.byteLength ? o : o.subarray(0, h));
    } else {
      let o = 0, h = Buffer.allocUnsafe(n);
      for (; o < r.size; ) {
        let a = Kt.readSync(i2, h, 0, n, o);
        if (a === 0) break;
        o += a, t.write(h.subarray(0, a));
      }
      t.end();
    }
  } finally {
    if (typeof i2 == "number") try {
      Kt.closeSync(i2);
    } catch {
    }
  }
};
var Bn = (s3, t) => {
  let e = new rt(s3), i2 = s3.maxReadSize || 16 * 1024 * 1024, r = s3.file;
  return new Promise((o, h) => {
    e.on("error", h), e.on("end", o), Kt.stat(r, (a, l) => {
      if (a) h(a);
      else {
        let c = new _t(r, { readSize: i2, size: l.size });
        c.on("error", h), c.pipe(e);
      }
    });
  });
};
var Ct = K(Mn, Bn, (s3) => new rt(s3), (s3) => new rt(s3), (s3, t) => {
  t?.length && Qi(s3, t), s3.noResume || vn(s3);
});
var Ji = (s3, t, e) => (s3 &= 4095, e && (s3 = (s3 | 384) & -19), t && (s3 & 256 && (s3 |= 64), s3 & 32 && (s3 |= 8), s3 & 4 && (s3 |= 1)), s3);
var { isAbsolute: zn, parse: qs } = Pn;
var ce = (s3) => {
  let t = "", e = qs(s3);
  for (; zn(s3) || e.root; ) {
    let i2 = s3.charAt(0) === "/" && s3.slice(0, 4) !== "//?/" ? "/" : e.root;
    s3 = s3.slice(i2.length), t += i2, e = qs(s3);
  }
  return [t, s3];
};
var ei = ["|", "<", ">", "?", ":"];
var ji = ei.map((s3) => String.fromCodePoint(61440 + Number(s3.codePointAt(0))));
var Un = new Map(ei.map((s3, t) => [s3, ji[t]]));
var Hn = new Map(ji.map((s3, t) => [s3, ei[t]]));
var ts = (s3) => ei.reduce((t, e) => t.split(e).join(Un.get(e)), s3);
var Qs = (s3) => ji.reduce((t, e) => t.split(e).join(Hn.get(e)), s3);
var rr = (s3, t) => t ? (s3 = f(s3).replace(/^\.(\/|$)/, ""), mt(t) + "/" + s3) : f(s3);
var Wn = 16 * 1024 * 1024;
var tr = /* @__PURE__ */ Symbol("process");
var er = /* @__PURE__ */ Symbol("file");
var ir = /* @__PURE__ */ Symbol("directory");
var is = /* @__PURE__ */ Symbol("symlink");
var sr = /* @__PURE__ */ Symbol("hardlink");
var fe = /* @__PURE__ */ Symbol("header");
var ii = /* @__PURE__ */ Symbol("read");
var ss = /* @__PURE__ */ Symbol("lstat");
var si = /* @__PURE__ */ Symbol("onlstat");
var rs = /* @__PURE__ */ Symbol("onread");
var ns = /* @__PURE__ */ Symbol("onreadlink");
var os = /* @__PURE__ */ Symbol("openfile");
var hs = /* @__PURE__ */ Symbol("onopenfile");
var pt = /* @__PURE__ */ Symbol("close");
var ri = /* @__PURE__ */ Symbol("mode");
var as = /* @__PURE__ */ Symbol("awaitDrain");
var es = /* @__PURE__ */ Symbol("ondrain");
var q = /* @__PURE__ */ Symbol("prefix");
var de = class extends A {
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
  #t = false;
  constructor(t, e = {}) {
    let i2 = se(e);
    super(), this.path = f(t), this.portable = !!i2.portable, this.maxReadSize = i2.maxReadSize || Wn, this.linkCache = i2.linkCache || /* @__PURE__ */ new Map(), this.statCache = i2.statCache || /* @__PURE__ */ new Map(), this.preservePaths = !!i2.preservePaths, this.cwd = f(i2.cwd || process.cwd()), this.strict = !!i2.strict, this.noPax = !!i2.noPax, this.noMtime = !!i2.noMtime, this.mtime = i2.mtime, this.prefix = i2.prefix ? f(i2.prefix) : void 0, this.onWriteEntry = i2.onWriteEntry, typeof i2.onwarn == "function" && this.on("warn", i2.onwarn);
    let r = false;
    if (!this.preservePaths) {
      let [o, h] = ce(this.path);
      o && typeof h == "string" && (this.path = h, r = o);
    }
    this.win32 = !!i2.win32 || process.platform === "win32", this.win32 && (this.path = Qs(this.path.replaceAll(/\\/g, "/")), t = t.replaceAll(/\\/g, "/")), this.absolute = f(i2.absolute || js.resolve(this.cwd, t)), this.path === "" && (this.path = "./"), r && this.warn("TAR_ENTRY_INFO", `stripping ${r} from absolute path`, { entry: this, path: r + this.path });
    let n = this.statCache.get(this.absolute);
    n ? this[si](n) : this[ss]();
  }
  warn(t, e, i2 = {}) {
    return Dt(this, t, e, i2);
  }
  emit(t, ...e) {
    return t === "error" && (this.#t = true), super.emit(t, ...e);
  }
  [ss]() {
    X.lstat(this.absolute, (t, e) => {
      if (t) return this.emit("error", t);
      this[si](e);
    });
  }
  [si](t) {
    this.statCache.set(this.absolute, t), this.stat = t, t.isFile() || (t.size = 0), this.type = Gn(t), this.emit("stat", t), this[tr]();
  }
  [tr]() {
    switch (this.type) {
      case "File":
        return this[er]();
      case "Directory":
        return this[ir]();
      case "SymbolicLink":
        return this[is]();
      default:
        return this.end();
    }
  }
  [ri](t) {
    return Ji(t, this.type === "Directory", this.portable);
  }
  [q](t) {
    return rr(t, this.prefix);
  }
  [fe]() {
    if (!this.stat) throw new Error("cannot write header before stat");
    this.type === "Directory" && this.portable && (this.noMtime = true), this.onWriteEntry?.(this), this.header = new F({ path: this[q](this.path), linkpath: this.type === "Link" && this.linkpath !== void 0 ? this[q](this.linkpath) : this.linkpath, mode: this[ri](this.stat.mode), uid: this.portable ? void 0 : this.stat.uid, gid: this.portable ? void 0 : this.stat.gid, size: this.stat.size, mtime: this.noMtime ? void 0 : this.mtime || this.stat.mtime, type: this.type === "Unsupported" ? void 0 : this.type, uname: this.portable ? void 0 : this.stat.uid === this.myuid ? this.myuser : "", atime: this.portable ? void 0 : this.stat.atime, ctime: this.portable ? void 0 : this.stat.ctime }), this.header.encode() && !this.noPax && super.write(new ft({ atime: this.portable ? void 0 : this.header.atime, ctime: this.portable ? void 0 : this.header.ctime, gid: this.portable ? void 0 : this.header.gid, mtime: this.noMtime ? void 0 : this.mtime || this.header.mtime, path: this[q](this.path), linkpath: this.type === "Link" && this.linkpath !== void 0 ? this[q](this.linkpath) : this.linkpath, size: this.header.size, uid: this.portable ? void 0 : this.header.uid, uname: this.portable ? void 0 : this.header.uname, dev: this.portable ? void 0 : this.stat.dev, ino: this.portable ? void 0 : this.stat.ino, nlink: this.portable ? void 0 : this.stat.nlink }).encode());
    let t = this.header?.block;
    if (!t) throw new Error("failed to encode header");
    super.write(t);
  }
  [ir]() {
    if (!this.stat) throw new Error("cannot create directory entry without stat");
    this.path.slice(-1) !== "/" && (this.path += "/"), this.stat.size = 0, this[fe](), this.end();
  }
  [is]() {
    X.readlink(this.absolute, (t, e) => {
      if (t) return this.emit("error", t);
      this[ns](e);
    });
  }
  [ns](t) {
    this.linkpath = f(t), this[fe](), this.end();
  }
  [sr](t) {
    if (!this.stat) throw new Error("cannot create link entry without stat");
    this.type = "Link", this.linkpath = f(js.relative(this.cwd, t)), this.stat.size = 0, this[fe](), this.end();
  }
  [er]() {
    if (!this.stat) throw new Error("cannot create file entry without stat");
    if (this.stat.nlink > 1) {
      let t = `${this.stat.dev}:${this.stat.ino}`, e = this.linkCache.get(t);
      if (e?.indexOf(this.cwd) === 0) return this[sr](e);
      this.linkCache.set(t, this.absolute);
    }
    if (this[fe](), this.stat.size === 0) return this.end();
    this[os]();
  }
  [os]() {
    X.open(this.absolute, "r", (t, e) => {
      if (t) return this.emit("error", t);
      this[hs](e);
    });
  }
  [hs](t) {
    if (this.fd = t, this.#t) return this[pt]();
    if (!this.stat) throw new Error("should stat before calling onopenfile");
    this.blockLen = 512 * Math.ceil(this.stat.size / 512), this.blockRemain = this.blockLen;
    let e = Math.min(this.blockLen, this.maxReadSize);
    this.buf = Buffer.allocUnsafe(e), this.offset = 0, this.pos = 0, this.remain = this.stat.size, this.length = this.buf.length, this[ii]();
  }
  [ii]() {
    let { fd: t, buf: e, offset: i2, length: r, pos: n } = this;
    if (t === void 0 || e === void 0) throw new Error("cannot read file without first opening");
    X.read(t, e, i2, r, n, (o, h) => {
      if (o) return this[pt](() => this.emit("error", o));
      this[rs](h);
    });
  }
  [pt](t = () => {
  }) {
    this.fd !== void 0 && X.close(this.fd, t);
  }
  [rs](t) {
    if (t <= 0 && this.remain > 0) {
      let r = Object.assign(new Error("encountered unexpected EOF"), { path: this.absolute, syscall: "read", code: "EOF" });
      return this[pt](() => this.emit("error", r));
    }
    if (t > this.remain) {
      let r = Object.assign(new Error("did not encounter expected EOF"), { path: this.absolute, syscall: "read", code: "EOF" });
      return this[pt](() => this.emit("error", r));
    }
    if (!this.buf) throw new Error("should have created buffer prior to reading");
    if (t === this.remain) for (let r = t; r < this.length && t < this.blockRemain; r++) this.buf[r + this.offset] = 0, t++, this.remain++;
    let e = this.offset === 0 && t === this.buf.length ? this.buf : this.buf.subarray(this.offset, this.offset + t);
    this.write(e) ? this[es]() : this[as](() => this[es]());
  }
  [as](t) {
    this.once("drain", t);
  }
  write(t, e, i2) {
    if (typeof e == "function" && (i2 = e, e = void 0), typeof t == "string" && (t = Buffer.from(t, typeof e == "string" ? e : "utf8")), this.blockRemain < t.length) {
      let r = Object.assign(new Error("writing more data than expected"), { path: this.absolute });
      return this.emit("error", r);
    }
    return this.remain -= t.length, this.blockRemain -= t.length, this.pos += t.length, this.offset += t.length, super.write(t, null, i2);
  }
  [es]() {
    if (!this.remain) return this.blockRemain && super.write(Buffer.alloc(this.blockRemain)), this[pt]((t) => t ? this.emit("error", t) : this.end());
    if (!this.buf) throw new Error("buffer lost somehow in ONDRAIN");
    this.offset >= this.length && (this.buf = Buffer.allocUnsafe(Math.min(this.blockRemain, this.buf.length)), this.offset = 0), this.length = this.buf.length - this.offset, this[ii]();
  }
};
var ni = class extends de {
  sync = true;
  [ss]() {
    this[si](X.lstatSync(this.absolute));
  }
  [is]() {
    this[ns](X.readlinkSync(this.absolute));
  }
  [os]() {
    this[hs](X.openSync(this.absolute, "r"));
  }
  [ii]() {
    let t = true;
    try {
      let { fd: e, buf: i2, offset: r, length: n, pos: o } = this;
      if (e === void 0 || i2 === void 0) throw new Error("fd and buf must be set in READ method");
      let h = X.readSync(e, i2, r, n, o);
      this[rs](h), t = false;
    } finally {
      if (t) try {
        this[pt](() => {
        });
      } catch {
      }
    }
  }
  [as](t) {
    t();
  }
  [pt](t = () => {
  }) {
    this.fd !== void 0 && X.closeSync(this.fd), t();
  }
};
var oi = class extends A {
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
  warn(t, e, i2 = {}) {
    return Dt(this, t, e, i2);
  }
  constructor(t, e = {}) {
    let i2 = se(e);
    super(), this.preservePaths = !!i2.preservePaths, this.portable = !!i2.portable, this.strict = !!i2.strict, this.noPax = !!i2.noPax, this.noMtime = !!i2.noMtime, this.onWriteEntry = i2.onWriteEntry, this.readEntry = t;
    let { type: r } = t;
    if (r === "Unsupported") throw new Error("writing entry that should be ignored");
    this.type = r, this.type === "Directory" && this.portable && (this.noMtime = true), this.prefix = i2.prefix, this.path = f(t.path), this.mode = t.mode !== void 0 ? this[ri](t.mode) : void 0, this.uid = this.portable ? void 0 : t.uid, this.gid = this.portable ? void 0 : t.gid, this.uname = this.portable ? void 0 : t.uname, this.gname = this.portable ? void 0 : t.gname, this.size = t.size, this.mtime = this.noMtime ? void 0 : i2.mtime || t.mtime, this.atime = this.portable ? void 0 : t.atime, this.ctime = this.portable ? void 0 : t.ctime, this.linkpath = t.linkpath !== void 0 ? f(t.linkpath) : void 0, typeof i2.onwarn == "function" && this.on("warn", i2.onwarn);
    let n = false;
    if (!this.preservePaths) {
      let [h, a] = ce(this.path);
      h && typeof a == "string" && (this.path = a, n = h);
    }
    this.remain = t.size, this.blockRemain = t.startBlockSize, this.onWriteEntry?.(this), this.header = new F({ path: this[q](this.path), linkpath: this.type === "Link" && this.linkpath !== void 0 ? this[q](this.linkpath) : this.linkpath, mode: this.mode, uid: this.portable ? void 0 : this.uid, gid: this.portable ? void 0 : this.gid, size: this.size, mtime: this.noMtime ? void 0 : this.mtime, type: this.type, uname: this.portable ? void 0 : this.uname, atime: this.portable ? void 0 : this.atime, ctime: this.portable ? void 0 : this.ctime }), n && this.warn("TAR_ENTRY_INFO", `stripping ${n} from absolute path`, { entry: this, path: n + this.path }), this.header.encode() && !this.noPax && super.write(new ft({ atime: this.portable ? void 0 : this.atime, ctime: this.portable ? void 0 : this.ctime, gid: this.portable ? void 0 : this.gid, mtime: this.noMtime ? void 0 : this.mtime, path: this[q](this.path), linkpath: this.type === "Link" && this.linkpath !== void 0 ? this[q](this.linkpath) : this.linkpath, size: this.size, uid: this.portable ? void 0 : this.uid, uname: this.portable ? void 0 : this.uname, dev: this.portable ? void 0 : this.readEntry.dev, ino: this.portable ? void 0 : this.readEntry.ino, nlink: this.portable ? void 0 : this.readEntry.nlink }).encode());
    let o = this.header?.block;
    if (!o) throw new Error("failed to encode header");
    super.write(o), t.pipe(this);
  }
  [q](t) {
    return rr(t, this.prefix);
  }
  [ri](t) {
    return Ji(t, this.type === "Directory", this.portable);
  }
  write(t, e, i2) {
    typeof e == "function" && (i2 = e, e = void 0), typeof t == "string" && (t = Buffer.from(t, typeof e == "string" ? e : "utf8"));
    let r = t.length;
    if (r > this.blockRemain) throw new Error("writing more to entry than is appropriate");
    return this.blockRemain -= r, super.write(t, i2);
  }
  end(t, e, i2) {
    return this.blockRemain && super.write(Buffer.alloc(this.blockRemain)), typeof t == "function" && (i2 = t, e = void 0, t = void 0), typeof e == "function" && (i2 = e, e = void 0), typeof t == "string" && (t = Buffer.from(t, e ?? "utf8")), i2 && this.once("finish", i2), t ? super.end(t, i2) : super.end(i2), this;
  }
};
var Gn = (s3) => s3.isFile() ? "File" : s3.isDirectory() ? "Directory" : s3.isSymbolicLink() ? "SymbolicLink" : "Unsupported";
var hi = class s2 {
  tail;
  head;
  length = 0;
  static create(t = []) {
    return new s2(t);
  }
  constructor(t = []) {
    for (let e of t) this.push(e);
  }
  *[Symbol.iterator]() {
    for (let t = this.head; t; t = t.next) yield t.value;
  }
  removeNode(t) {
    if (t.list !== this) throw new Error("removing node which does not belong to this list");
    let e = t.next, i2 = t.prev;
    return e && (e.prev = i2), i2 && (i2.next = e), t === this.head && (this.head = e), t === this.tail && (this.tail = i2), this.length--, t.next = void 0, t.prev = void 0, t.list = void 0, e;
  }
  unshiftNode(t) {
    if (t === this.head) return;
    t.list && t.list.removeNode(t);
    let e = this.head;
    t.list = this, t.next = e, e && (e.prev = t), this.head = t, this.tail || (this.tail = t), this.length++;
  }
  pushNode(t) {
    if (t === this.tail) return;
    t.list && t.list.removeNode(t);
    let e = this.tail;
    t.list = this, t.prev = e, e && (e.next = t), this.tail = t, this.head || (this.head = t), this.length++;
  }
  push(...t) {
    for (let e = 0, i2 = t.length; e < i2; e++) Yn(this, t[e]);
    return this.length;
  }
  unshift(...t) {
    for (var e = 0, i2 = t.length; e < i2; e++) Kn(this, t[e]);
    return this.length;
  }
  pop() {
    if (!this.tail) return;
    let t = this.tail.value, e = this.tail;
    return this.tail = this.tail.prev, this.tail ? this.tail.next = void 0 : this.head = void 0, e.list = void 0, this.length--, t;
  }
  shift() {
    if (!this.head) return;
    let t = this.head.value, e = this.head;
    return this.head = this.head.next, this.head ? this.head.prev = void 0 : this.tail = void 0, e.list = void 0, this.length--, t;
  }
  forEach(t, e) {
    e = e || this;
    for (let i2 = this.head, r = 0; i2; r++) t.call(e, i2.value, r, this), i2 = i2.next;
  }
  forEachReverse(t, e) {
    e = e || this;
    for (let i2 = this.tail, r = this.length - 1; i2; r--) t.call(e, i2.value, r, this), i2 = i2.prev;
  }
  get(t) {
    let e = 0, i2 = this.head;
    for (; i2 && e < t; e++) i2 = i2.next;
    if (e === t && i2) return i2.value;
  }
  getReverse(t) {
    let e = 0, i2 = this.tail;
    for (; i2 && e < t; e++) i2 = i2.prev;
    if (e === t && i2) return i2.value;
  }
  map(t, e) {
    e = e || this;
    let i2 = new s2();
    for (let r = this.head; r; ) i2.push(t.call(e, r.value, this)), r = r.next;
    return i2;
  }
  mapReverse(t, e) {
    e = e || this;
    var i2 = new s2();
    for (let r = this.tail; r; ) i2.push(t.call(e, r.value, this)), r = r.prev;
    return i2;
  }
  reduce(t, e) {
    let i2, r = this.head;
    if (arguments.length > 1) i2 = e;
    else if (this.head) r = this.head.next, i2 = this.head.value;
    else throw new TypeError("Reduce of empty list with no initial value");
    for (var n = 0; r; n++) i2 = t(i2, r.value, n), r = r.next;
    return i2;
  }
  reduceReverse(t, e) {
    let i2, r = this.tail;
    if (arguments.length > 1) i2 = e;
    else if (this.tail) r = this.tail.prev, i2 = this.tail.value;
    else throw new TypeError("Reduce of empty list with no initial value");
    for (let n = this.length - 1; r; n--) i2 = t(i2, r.value, n), r = r.prev;
    return i2;
  }
  toArray() {
    let t = new Array(this.length);
    for (let e = 0, i2 = this.head; i2; e++) t[e] = i2.value, i2 = i2.next;
    return t;
  }
  toArrayReverse() {
    let t = new Array(this.length);
    for (let e = 0, i2 = this.tail; i2; e++) t[e] = i2.value, i2 = i2.prev;
    return t;
  }
  slice(t = 0, e = this.length) {
    e < 0 && (e += this.length), t < 0 && (t += this.length);
    let i2 = new s2();
    if (e < t || e < 0) return i2;
    t < 0 && (t = 0), e > this.length && (e = this.length);
    let r = this.head, n = 0;
    for (n = 0; r && n < t; n++) r = r.next;
    for (; r && n < e; n++, r = r.next) i2.push(r.value);
    return i2;
  }
  sliceReverse(t = 0, e = this.length) {
    e < 0 && (e += this.length), t < 0 && (t += this.length);
    let i2 = new s2();
    if (e < t || e < 0) return i2;
    t < 0 && (t = 0), e > this.length && (e = this.length);
    let r = this.length, n = this.tail;
    for (; n && r > e; r--) n = n.prev;
    for (; n && r > t; r--, n = n.prev) i2.push(n.value);
    return i2;
  }
  splice(t, e = 0, ...i2) {
    t > this.length && (t = this.length - 1), t < 0 && (t = this.length + t);
    let r = this.head;
    for (let o = 0; r && o < t; o++) r = r.next;
    let n = [];
    for (let o = 0; r && o < e; o++) n.push(r.value), r = this.removeNode(r);
    r ? r !== this.tail && (r = r.prev) : r = this.tail;
    for (let o of i2) r = Zn(this, r, o);
    return n;
  }
  reverse() {
    let t = this.head, e = this.tail;
    for (let i2 = t; i2; i2 = i2.prev) {
      let r = i2.prev;
      i2.prev = i2.next, i2.next = r;
    }
    return this.head = e, this.tail = t, this;
  }
};
function Zn(s3, t, e) {
  let i2 = t, r = t ? t.next : s3.head, n = new ue(e, i2, r, s3);
  return n.next === void 0 && (s3.tail = n), n.prev === void 0 && (s3.head = n), s3.length++, n;
}
function Yn(s3, t) {
  s3.tail = new ue(t, s3.tail, void 0, s3), s3.head || (s3.head = s3.tail), s3.length++;
}
function Kn(s3, t) {
  s3.head = new ue(t, void 0, s3.head, s3), s3.tail || (s3.tail = s3.head), s3.length++;
}
var ue = class {
  list;
  next;
  prev;
  value;
  constructor(t, e, i2, r) {
    this.list = r, this.value = t, e ? (e.next = this, this.prev = e) : this.prev = void 0, i2 ? (i2.prev = this, this.next = i2) : this.next = void 0;
  }
};
var pi = class {
  path;
  absolute;
  entry;
  stat;
  readdir;
  pending = false;
  pendingLink = false;
  ignore = false;
  piped = false;
  constructor(t, e) {
    this.path = t || "./", this.absolute = e;
  }
};
var nr = Buffer.alloc(1024);
var li = /* @__PURE__ */ Symbol("onStat");
var me = /* @__PURE__ */ Symbol("ended");
var W = /* @__PURE__ */ Symbol("queue");
var pe = /* @__PURE__ */ Symbol("pendingLinks");
var Et = /* @__PURE__ */ Symbol("current");
var Ft = /* @__PURE__ */ Symbol("process");
var Ee = /* @__PURE__ */ Symbol("processing");
var ai = /* @__PURE__ */ Symbol("processJob");
var G = /* @__PURE__ */ Symbol("jobs");
var ls = /* @__PURE__ */ Symbol("jobDone");
var ci = /* @__PURE__ */ Symbol("addFSEntry");
var or = /* @__PURE__ */ Symbol("addTarEntry");
var ds = /* @__PURE__ */ Symbol("stat");
var us = /* @__PURE__ */ Symbol("readdir");
var fi = /* @__PURE__ */ Symbol("onreaddir");
var di = /* @__PURE__ */ Symbol("pipe");
var hr = /* @__PURE__ */ Symbol("entry");
var cs = /* @__PURE__ */ Symbol("entryOpt");
var ui = /* @__PURE__ */ Symbol("writeEntryClass");
var lr = /* @__PURE__ */ Symbol("write");
var fs2 = /* @__PURE__ */ Symbol("ondrain");
var wt = class extends A {
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
  [ui];
  onWriteEntry;
  [W];
  [pe] = /* @__PURE__ */ new Map();
  [G] = 0;
  [Ee] = false;
  [me] = false;
  constructor(t = {}) {
    if (super(), this.opt = t, this.file = t.file || "", this.cwd = t.cwd || process.cwd(), this.maxReadSize = t.maxReadSize, this.preservePaths = !!t.preservePaths, this.strict = !!t.strict, this.noPax = !!t.noPax, this.prefix = f(t.prefix || ""), this.linkCache = t.linkCache || /* @__PURE__ */ new Map(), this.statCache = t.statCache || /* @__PURE__ */ new Map(), this.readdirCache = t.readdirCache || /* @__PURE__ */ new Map(), this.onWriteEntry = t.onWriteEntry, this[ui] = de, typeof t.onwarn == "function" && this.on("warn", t.onwarn), this.portable = !!t.portable, t.gzip || t.brotli || t.zstd) {
      if ((t.gzip ? 1 : 0) + (t.brotli ? 1 : 0) + (t.zstd ? 1 : 0) > 1) throw new TypeError("gzip, brotli, zstd are mutually exclusive");
      if (t.gzip && (typeof t.gzip != "object" && (t.gzip = {}), this.portable && (t.gzip.portable = true), this.zip = new ze(t.gzip)), t.brotli && (typeof t.brotli != "object" && (t.brotli = {}), this.zip = new We(t.brotli)), t.zstd && (typeof t.zstd != "object" && (t.zstd = {}), this.zip = new Ye(t.zstd)), !this.zip) throw new Error("impossible");
      let e = this.zip;
      e.on("data", (i2) => super.write(i2)), e.on("end", () => super.end()), e.on("drain", () => this[fs2]()), this.on("resume", () => e.resume());
    } else this.on("drain", this[fs2]);
    this.noDirRecurse = !!t.noDirRecurse, this.follow = !!t.follow, this.noMtime = !!t.noMtime, t.mtime && (this.mtime = t.mtime), this.filter = typeof t.filter == "function" ? t.filter : () => true, this[W] = new hi(), this[G] = 0, this.jobs = Number(t.jobs) || 4, this[Ee] = false, this[me] = false;
  }
  [lr](t) {
    return super.write(t);
  }
  add(t) {
    return this.write(t), this;
  }
  end(t, e, i2) {
    return typeof t == "function" && (i2 = t, t = void 0), typeof e == "function" && (i2 = e, e = void 0), t && this.add(t), this[me] = true, this[Ft](), i2 && i2(), this;
  }
  write(t) {
    if (this[me]) throw new Error("write after end");
    return typeof t == "string" ? this[ci](t) : this[or](t), this.flowing;
  }
  [or](t) {
    let e = f(ar.resolve(this.cwd, t.path));
    if (!this.filter(t.path, t)) t.resume();
    else {
      let i2 = new pi(t.path, e);
      i2.entry = new oi(t, this[cs](i2)), i2.entry.on("end", () => this[ls](i2)), this[G] += 1, this[W].push(i2);
    }
    this[Ft]();
  }
  [ci](t) {
    let e = f(ar.resolve(this.cwd, t));
    this[W].push(new pi(t, e)), this[Ft]();
  }
  [ds](t) {
    t.pending = true, this[G] += 1;
    let e = this.follow ? "stat" : "lstat";
    mi[e](t.absolute, (i2, r) => {
      t.pending = false, this[G] -= 1, i2 ? this.emit("error", i2) : this[li](t, r);
    });
  }
  [li](t, e) {
    if (this.statCache.set(t.absolute, e), t.stat = e, !this.filter(t.path, e)) t.ignore = true;
    else if (e.isFile() && e.nlink > 1 && !this.linkCache.get(`${e.dev}:${e.ino}`) && !this.sync) if (t === this[Et]) this[ai](t);
    else {
      let i2 = `${e.dev}:${e.ino}`, r = this[pe].get(i2);
      r ? r.push(t) : this[pe].set(i2, [t]), t.pendingLink = true, t.pending = true;
    }
    this[Ft]();
  }
  [us](t) {
    t.pending = true, this[G] += 1, mi.readdir(t.absolute, (e, i2) => {
      if (t.pending = false, this[G] -= 1, e) return this.emit("error", e);
      this[fi](t, i2);
    });
  }
  [fi](t, e) {
    this.readdirCache.set(t.absolute, e), t.readdir = e, this[Ft]();
  }
  [Ft]() {
    if (!this[Ee]) {
      this[Ee] = true;
      for (let t = this[W].head; t && this[G] < this.jobs; t = t.next) if (this[ai](t.value), t.value.ignore) {
        let e = t.next;
        this[W].removeNode(t), t.next = e;
      }
      this[Ee] = false, this[me] && this[W].length === 0 && this[G] === 0 && (this.zip ? this.zip.end(nr) : (super.write(nr), super.end()));
    }
  }
  get [Et]() {
    return this[W] && this[W].head && this[W].head.value;
  }
  [ls](t) {
    this[W].shift(), this[G] -= 1;
    let { stat: e } = t;
    if (e && e.isFile() && e.nlink > 1) {
      let i2 = `${e.dev}:${e.ino}`, r = this[pe].get(i2);
      if (r) {
        this[pe].delete(i2);
        for (let n of r) n.pending = false, this[ai](n);
      }
    }
    this[Ft]();
  }
  [ai](t) {
    if (t.pending && t.pendingLink && t === this[Et] && (t.pending = false, t.pendingLink = false), !t.pending) {
      if (t.entry) {
        t === this[Et] && !t.piped && this[di](t);
        return;
      }
      if (!t.stat) {
        let e = this.statCache.get(t.absolute);
        e ? this[li](t, e) : this[ds](t);
      }
      if (t.stat && !t.ignore) {
        if (!this.noDirRecurse && t.stat.isDirectory() && !t.readdir) {
          let e = this.readdirCache.get(t.absolute);
          if (e ? this[fi](t, e) : this[us](t), !t.readdir) return;
        }
        if (t.entry = this[hr](t), !t.entry) {
          t.ignore = true;
          return;
        }
        t === this[Et] && !t.piped && this[di](t);
      }
    }
  }
  [cs](t) {
    return { onwarn: (e, i2, r) => this.warn(e, i2, r), noPax: this.noPax, cwd: this.cwd, absolute: t.absolute, preservePaths: this.preservePaths, maxReadSize: this.maxReadSize, strict: this.strict, portable: this.portable, linkCache: this.linkCache, statCache: this.statCache, noMtime: this.noMtime, mtime: this.mtime, prefix: this.prefix, onWriteEntry: this.onWriteEntry };
  }
  [hr](t) {
    this[G] += 1;
    try {
      return new this[ui](t.path, this[cs](t)).on("end", () => this[ls](t)).on("error", (i2) => this.emit("error", i2));
    } catch (e) {
      this.emit("error", e);
    }
  }
  [fs2]() {
    this[Et] && this[Et].entry && this[Et].entry.resume();
  }
  [di](t) {
    t.piped = true, t.readdir && t.readdir.forEach((r) => {
      let n = t.path, o = n === "./" ? "" : n.replace(/\/*$/, "/");
      this[ci](o + r);
    });
    let e = t.entry, i2 = this.zip;
    if (!e) throw new Error("cannot pipe without source");
    i2 ? e.on("data", (r) => {
      i2.write(r) || e.pause();
    }) : e.on("data", (r) => {
      super.write(r) || e.pause();
    });
  }
  pause() {
    return this.zip && this.zip.pause(), super.pause();
  }
  warn(t, e, i2 = {}) {
    Dt(this, t, e, i2);
  }
};
var kt = class extends wt {
  sync = true;
  constructor(t) {
    super(t), this[ui] = ni;
  }
  pause() {
  }
  resume() {
  }
  [ds](t) {
    let e = this.follow ? "statSync" : "lstatSync";
    this[li](t, mi[e](t.absolute));
  }
  [us](t) {
    this[fi](t, mi.readdirSync(t.absolute));
  }
  [di](t) {
    let e = t.entry, i2 = this.zip;
    if (t.readdir && t.readdir.forEach((r) => {
      let n = t.path, o = n === "./" ? "" : n.replace(/\/*$/, "/");
      this[ci](o + r);
    }), !e) throw new Error("Cannot pipe without source");
    i2 ? e.on("data", (r) => {
      i2.write(r);
    }) : e.on("data", (r) => {
      super[lr](r);
    });
  }
};
var Vn = (s3, t) => {
  let e = new kt(s3), i2 = new Wt(s3.file, { mode: s3.mode || 438 });
  e.pipe(i2), fr(e, t);
};
var $n = (s3, t) => {
  let e = new wt(s3), i2 = new et(s3.file, { mode: s3.mode || 438 });
  e.pipe(i2);
  let r = new Promise((n, o) => {
    i2.on("error", o), i2.on("close", n), e.on("error", o);
  });
  return dr(e, t).catch((n) => e.emit("error", n)), r;
};
var fr = (s3, t) => {
  t.forEach((e) => {
    e.charAt(0) === "@" ? Ct({ file: cr.resolve(s3.cwd, e.slice(1)), sync: true, noResume: true, onReadEntry: (i2) => s3.add(i2) }) : s3.add(e);
  }), s3.end();
};
var dr = async (s3, t) => {
  for (let e of t) e.charAt(0) === "@" ? await Ct({ file: cr.resolve(String(s3.cwd), e.slice(1)), noResume: true, onReadEntry: (i2) => {
    s3.add(i2);
  } }) : s3.add(e);
  s3.end();
};
var Xn = (s3, t) => {
  let e = new kt(s3);
  return fr(e, t), e;
};
var qn = (s3, t) => {
  let e = new wt(s3);
  return dr(e, t).catch((i2) => e.emit("error", i2)), e;
};
var Qn = K(Vn, $n, Xn, qn, (s3, t) => {
  if (!t?.length) throw new TypeError("no paths specified to add to archive");
});
var Jn = process.env.__FAKE_PLATFORM__ || process.platform;
var Er = Jn === "win32";
var { O_CREAT: wr, O_NOFOLLOW: ur, O_TRUNC: Sr, O_WRONLY: yr } = pr.constants;
var Rr = Number(process.env.__FAKE_FS_O_FILENAME__) || pr.constants.UV_FS_O_FILEMAP || 0;
var jn = Er && !!Rr;
var to = 512 * 1024;
var eo = Rr | Sr | wr | yr;
var mr = !Er && typeof ur == "number" ? ur | Sr | wr | yr : null;
var ms = mr !== null ? () => mr : jn ? (s3) => s3 < to ? eo : "w" : () => "w";
var ps = (s3, t, e) => {
  try {
    return wi.lchownSync(s3, t, e);
  } catch (i2) {
    if (i2?.code !== "ENOENT") throw i2;
  }
};
var Ei = (s3, t, e, i2) => {
  wi.lchown(s3, t, e, (r) => {
    i2(r && r?.code !== "ENOENT" ? r : null);
  });
};
var io = (s3, t, e, i2, r) => {
  if (t.isDirectory()) Es(we.resolve(s3, t.name), e, i2, (n) => {
    if (n) return r(n);
    let o = we.resolve(s3, t.name);
    Ei(o, e, i2, r);
  });
  else {
    let n = we.resolve(s3, t.name);
    Ei(n, e, i2, r);
  }
};
var Es = (s3, t, e, i2) => {
  wi.readdir(s3, { withFileTypes: true }, (r, n) => {
    if (r) {
      if (r.code === "ENOENT") return i2();
      if (r.code !== "ENOTDIR" && r.code !== "ENOTSUP") return i2(r);
    }
    if (r || !n.length) return Ei(s3, t, e, i2);
    let o = n.length, h = null, a = (l) => {
      if (!h) {
        if (l) return i2(h = l);
        if (--o === 0) return Ei(s3, t, e, i2);
      }
    };
    for (let l of n) io(s3, l, t, e, a);
  });
};
var so = (s3, t, e, i2) => {
  t.isDirectory() && ws(we.resolve(s3, t.name), e, i2), ps(we.resolve(s3, t.name), e, i2);
};
var ws = (s3, t, e) => {
  let i2;
  try {
    i2 = wi.readdirSync(s3, { withFileTypes: true });
  } catch (r) {
    let n = r;
    if (n?.code === "ENOENT") return;
    if (n?.code === "ENOTDIR" || n?.code === "ENOTSUP") return ps(s3, t, e);
    throw n;
  }
  for (let r of i2) so(s3, r, t, e);
  return ps(s3, t, e);
};
var Se = class extends Error {
  path;
  code;
  syscall = "chdir";
  constructor(t, e) {
    super(`${e}: Cannot cd into '${t}'`), this.path = t, this.code = e;
  }
  get name() {
    return "CwdError";
  }
};
var St = class extends Error {
  path;
  symlink;
  syscall = "symlink";
  code = "TAR_SYMLINK_ERROR";
  constructor(t, e) {
    super("TAR_SYMLINK_ERROR: Cannot extract through symbolic link"), this.symlink = t, this.path = e;
  }
  get name() {
    return "SymlinkError";
  }
};
var no = (s3, t) => {
  k.stat(s3, (e, i2) => {
    (e || !i2.isDirectory()) && (e = new Se(s3, e?.code || "ENOTDIR")), t(e);
  });
};
var gr = (s3, t, e) => {
  s3 = f(s3);
  let i2 = t.umask ?? 18, r = t.mode | 448, n = (r & i2) !== 0, o = t.uid, h = t.gid, a = typeof o == "number" && typeof h == "number" && (o !== t.processUid || h !== t.processGid), l = t.preserve, c = t.unlink, d = f(t.cwd), y = (E, x2) => {
    E ? e(E) : x2 && a ? Es(x2, o, h, (Le) => y(Le)) : n ? k.chmod(s3, r, e) : e();
  };
  if (s3 === d) return no(s3, y);
  if (l) return ro.mkdir(s3, { mode: r, recursive: true }).then((E) => y(null, E ?? void 0), y);
  let D = f(Si.relative(d, s3)).split("/");
  Ss(d, D, r, c, d, void 0, y);
};
var Ss = (s3, t, e, i2, r, n, o) => {
  if (t.length === 0) return o(null, n);
  let h = t.shift(), a = f(Si.resolve(s3 + "/" + h));
  k.mkdir(a, e, br(a, t, e, i2, r, n, o));
};
var br = (s3, t, e, i2, r, n, o) => (h) => {
  h ? k.lstat(s3, (a, l) => {
    if (a) a.path = a.path && f(a.path), o(a);
    else if (l.isDirectory()) Ss(s3, t, e, i2, r, n, o);
    else if (i2) k.unlink(s3, (c) => {
      if (c) return o(c);
      k.mkdir(s3, e, br(s3, t, e, i2, r, n, o));
    });
    else {
      if (l.isSymbolicLink()) return o(new St(s3, s3 + "/" + t.join("/")));
      o(h);
    }
  }) : (n = n || s3, Ss(s3, t, e, i2, r, n, o));
};
var oo = (s3) => {
  let t = false, e;
  try {
    t = k.statSync(s3).isDirectory();
  } catch (i2) {
    e = i2?.code;
  } finally {
    if (!t) throw new Se(s3, e ?? "ENOTDIR");
  }
};
var _r = (s3, t) => {
  s3 = f(s3);
  let e = t.umask ?? 18, i2 = t.mode | 448, r = (i2 & e) !== 0, n = t.uid, o = t.gid, h = typeof n == "number" && typeof o == "number" && (n !== t.processUid || o !== t.processGid), a = t.preserve, l = t.unlink, c = f(t.cwd), d = (E) => {
    E && h && ws(E, n, o), r && k.chmodSync(s3, i2);
  };
  if (s3 === c) return oo(c), d();
  if (a) return d(k.mkdirSync(s3, { mode: i2, recursive: true }) ?? void 0);
  let T = f(Si.relative(c, s3)).split("/"), D;
  for (let E = T.shift(), x2 = c; E && (x2 += "/" + E); E = T.shift()) {
    x2 = f(Si.resolve(x2));
    try {
      k.mkdirSync(x2, i2), D = D || x2;
    } catch {
      let Le = k.lstatSync(x2);
      if (Le.isDirectory()) continue;
      if (l) {
        k.unlinkSync(x2), k.mkdirSync(x2, i2), D = D || x2;
        continue;
      } else if (Le.isSymbolicLink()) return new St(x2, x2 + "/" + T.join("/"));
    }
  }
  return d(D);
};
var ys = /* @__PURE__ */ Object.create(null);
var Or = 1e4;
var Vt = /* @__PURE__ */ new Set();
var Tr = (s3) => {
  Vt.has(s3) ? Vt.delete(s3) : ys[s3] = s3.normalize("NFD").toLocaleLowerCase("en").toLocaleUpperCase("en"), Vt.add(s3);
  let t = ys[s3], e = Vt.size - Or;
  if (e > Or / 10) {
    for (let i2 of Vt) if (Vt.delete(i2), delete ys[i2], --e <= 0) break;
  }
  return t;
};
var ho = process.env.TESTING_TAR_FAKE_PLATFORM || process.platform;
var ao = ho === "win32";
var lo = (s3) => s3.split("/").slice(0, -1).reduce((e, i2) => {
  let r = e.at(-1);
  return r !== void 0 && (i2 = xr(r, i2)), e.push(i2 || "/"), e;
}, []);
var yi = class {
  #t = /* @__PURE__ */ new Map();
  #i = /* @__PURE__ */ new Map();
  #s = /* @__PURE__ */ new Set();
  reserve(t, e) {
    t = ao ? ["win32 parallelization disabled"] : t.map((r) => mt(xr(Tr(r))));
    let i2 = new Set(t.map((r) => lo(r)).reduce((r, n) => r.concat(n)));
    this.#i.set(e, { dirs: i2, paths: t });
    for (let r of t) {
      let n = this.#t.get(r);
      n ? n.push(e) : this.#t.set(r, [e]);
    }
    for (let r of i2) {
      let n = this.#t.get(r);
      if (!n) this.#t.set(r, [/* @__PURE__ */ new Set([e])]);
      else {
        let o = n.at(-1);
        o instanceof Set ? o.add(e) : n.push(/* @__PURE__ */ new Set([e]));
      }
    }
    return this.#r(e);
  }
  #n(t) {
    let e = this.#i.get(t);
    if (!e) throw new Error("function does not have any path reservations");
    return { paths: e.paths.map((i2) => this.#t.get(i2)), dirs: [...e.dirs].map((i2) => this.#t.get(i2)) };
  }
  check(t) {
    let { paths: e, dirs: i2 } = this.#n(t);
    return e.every((r) => r && r[0] === t) && i2.every((r) => r && r[0] instanceof Set && r[0].has(t));
  }
  #r(t) {
    return this.#s.has(t) || !this.check(t) ? false : (this.#s.add(t), t(() => this.#e(t)), true);
  }
  #e(t) {
    if (!this.#s.has(t)) return false;
    let e = this.#i.get(t);
    if (!e) throw new Error("invalid reservation");
    let { paths: i2, dirs: r } = e, n = /* @__PURE__ */ new Set();
    for (let o of i2) {
      let h = this.#t.get(o);
      if (!h || h?.[0] !== t) continue;
      let a = h[1];
      if (!a) {
        this.#t.delete(o);
        continue;
      }
      if (h.shift(), typeof a == "function") n.add(a);
      else for (let l of a) n.add(l);
    }
    for (let o of r) {
      let h = this.#t.get(o), a = h?.[0];
      if (!(!h || !(a instanceof Set))) if (a.size === 1 && h.length === 1) {
        this.#t.delete(o);
        continue;
      } else if (a.size === 1) {
        h.shift();
        let l = h[0];
        typeof l == "function" && n.add(l);
      } else a.delete(t);
    }
    return this.#s.delete(t), n.forEach((o) => this.#r(o)), true;
  }
};
var Lr = () => process.umask();
var Dr = /* @__PURE__ */ Symbol("onEntry");
var _s = /* @__PURE__ */ Symbol("checkFs");
var Nr = /* @__PURE__ */ Symbol("checkFs2");
var Os = /* @__PURE__ */ Symbol("isReusable");
var P = /* @__PURE__ */ Symbol("makeFs");
var Ts = /* @__PURE__ */ Symbol("file");
var xs = /* @__PURE__ */ Symbol("directory");
var gi = /* @__PURE__ */ Symbol("link");
var Ar = /* @__PURE__ */ Symbol("symlink");
var Ir = /* @__PURE__ */ Symbol("hardlink");
var Re = /* @__PURE__ */ Symbol("ensureNoSymlink");
var Cr = /* @__PURE__ */ Symbol("unsupported");
var Fr = /* @__PURE__ */ Symbol("checkPath");
var Rs = /* @__PURE__ */ Symbol("stripAbsolutePath");
var yt = /* @__PURE__ */ Symbol("mkdir");
var O = /* @__PURE__ */ Symbol("onError");
var Ri = /* @__PURE__ */ Symbol("pending");
var kr = /* @__PURE__ */ Symbol("pend");
var $t = /* @__PURE__ */ Symbol("unpend");
var gs = /* @__PURE__ */ Symbol("ended");
var bs = /* @__PURE__ */ Symbol("maybeClose");
var Ls = /* @__PURE__ */ Symbol("skip");
var ge = /* @__PURE__ */ Symbol("doChown");
var be = /* @__PURE__ */ Symbol("uid");
var _e = /* @__PURE__ */ Symbol("gid");
var Oe = /* @__PURE__ */ Symbol("checkedCwd");
var fo = process.env.TESTING_TAR_FAKE_PLATFORM || process.platform;
var Te = fo === "win32";
var uo = 1024;
var mo = (s3, t) => {
  if (!Te) return u.unlink(s3, t);
  let e = s3 + ".DELETE." + Mr(16).toString("hex");
  u.rename(s3, e, (i2) => {
    if (i2) return t(i2);
    u.unlink(e, t);
  });
};
var po = (s3) => {
  if (!Te) return u.unlinkSync(s3);
  let t = s3 + ".DELETE." + Mr(16).toString("hex");
  u.renameSync(s3, t), u.unlinkSync(t);
};
var vr = (s3, t, e) => s3 !== void 0 && s3 === s3 >>> 0 ? s3 : t !== void 0 && t === t >>> 0 ? t : e;
var Xt = class extends rt {
  [gs] = false;
  [Oe] = false;
  [Ri] = 0;
  reservations = new yi();
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
  constructor(t = {}) {
    if (t.ondone = () => {
      this[gs] = true, this[bs]();
    }, super(t), this.transform = t.transform, this.chmod = !!t.chmod, typeof t.uid == "number" || typeof t.gid == "number") {
      if (typeof t.uid != "number" || typeof t.gid != "number") throw new TypeError("cannot set owner without number uid and gid");
      if (t.preserveOwner) throw new TypeError("cannot preserve owner in archive and also set owner explicitly");
      this.uid = t.uid, this.gid = t.gid, this.setOwner = true;
    } else this.uid = void 0, this.gid = void 0, this.setOwner = false;
    this.preserveOwner = t.preserveOwner === void 0 && typeof t.uid != "number" ? process.getuid?.() === 0 : !!t.preserveOwner, this.processUid = (this.preserveOwner || this.setOwner) && process.getuid ? process.getuid() : void 0, this.processGid = (this.preserveOwner || this.setOwner) && process.getgid ? process.getgid() : void 0, this.maxDepth = typeof t.maxDepth == "number" ? t.maxDepth : uo, this.forceChown = t.forceChown === true, this.win32 = !!t.win32 || Te, this.newer = !!t.newer, this.keep = !!t.keep, this.noMtime = !!t.noMtime, this.preservePaths = !!t.preservePaths, this.unlink = !!t.unlink, this.cwd = f(R.resolve(t.cwd || process.cwd())), this.strip = Number(t.strip) || 0, this.processUmask = this.chmod ? typeof t.processUmask == "number" ? t.processUmask : Lr() : 0, this.umask = typeof t.umask == "number" ? t.umask : this.processUmask, this.dmode = t.dmode || 511 & ~this.umask, this.fmode = t.fmode || 438 & ~this.umask, this.on("entry", (e) => this[Dr](e));
  }
  warn(t, e, i2 = {}) {
    return (t === "TAR_BAD_ARCHIVE" || t === "TAR_ABORT") && (i2.recoverable = false), super.warn(t, e, i2);
  }
  [bs]() {
    this[gs] && this[Ri] === 0 && (this.emit("prefinish"), this.emit("finish"), this.emit("end"));
  }
  [Rs](t, e) {
    let i2 = t[e], { type: r } = t;
    if (!i2 || this.preservePaths) return true;
    let [n, o] = ce(i2), h = o.replaceAll(/\\/g, "/").split("/");
    if (h.includes("..") || Te && /^[a-z]:\.\.$/i.test(h[0] ?? "")) {
      if (e === "path" || r === "Link") return this.warn("TAR_ENTRY_ERROR", `${e} contains '..'`, { entry: t, [e]: i2 }), false;
      let a = R.posix.dirname(t.path), l = R.posix.normalize(R.posix.join(a, h.join("/")));
      if (l.startsWith("../") || l === "..") return this.warn("TAR_ENTRY_ERROR", `${e} escapes extraction directory`, { entry: t, [e]: i2 }), false;
    }
    return n && (t[e] = String(o), this.warn("TAR_ENTRY_INFO", `stripping ${n} from absolute ${e}`, { entry: t, [e]: i2 })), true;
  }
  [Fr](t) {
    let e = f(t.path), i2 = e.split("/");
    if (this.strip) {
      if (i2.length < this.strip) return false;
      if (t.type === "Link") {
        let r = f(String(t.linkpath)).split("/");
        if (r.length >= this.strip) t.linkpath = r.slice(this.strip).join("/");
        else return false;
      }
      i2.splice(0, this.strip), t.path = i2.join("/");
    }
    if (isFinite(this.maxDepth) && i2.length > this.maxDepth) return this.warn("TAR_ENTRY_ERROR", "path excessively deep", { entry: t, path: e, depth: i2.length, maxDepth: this.maxDepth }), false;
    if (!this[Rs](t, "path") || !this[Rs](t, "linkpath")) return false;
    if (t.absolute = R.isAbsolute(t.path) ? f(R.resolve(t.path)) : f(R.resolve(this.cwd, t.path)), !this.preservePaths && typeof t.absolute == "string" && t.absolute.indexOf(this.cwd + "/") !== 0 && t.absolute !== this.cwd) return this.warn("TAR_ENTRY_ERROR", "path escaped extraction target", { entry: t, path: f(t.path), resolvedPath: t.absolute, cwd: this.cwd }), false;
    if (t.absolute === this.cwd && t.type !== "Directory" && t.type !== "GNUDumpDir") return false;
    if (this.win32) {
      let { root: r } = R.win32.parse(String(t.absolute));
      t.absolute = r + ts(String(t.absolute).slice(r.length));
      let { root: n } = R.win32.parse(t.path);
      t.path = n + ts(t.path.slice(n.length));
    }
    return true;
  }
  [Dr](t) {
    if (!this[Fr](t)) return t.resume();
    switch (co.equal(typeof t.absolute, "string"), t.type) {
      case "Directory":
      case "GNUDumpDir":
        t.mode && (t.mode = t.mode | 448);
      case "File":
      case "OldFile":
      case "ContiguousFile":
      case "Link":
      case "SymbolicLink":
        return this[_s](t);
      default:
        return this[Cr](t);
    }
  }
  [O](t, e) {
    t.name === "CwdError" ? this.emit("error", t) : (this.warn("TAR_ENTRY_ERROR", t, { entry: e }), this[$t](), e.resume());
  }
  [yt](t, e, i2) {
    gr(f(t), { uid: this.uid, gid: this.gid, processUid: this.processUid, processGid: this.processGid, umask: this.processUmask, preserve: this.preservePaths, unlink: this.unlink, cwd: this.cwd, mode: e }, i2);
  }
  [ge](t) {
    return this.forceChown || this.preserveOwner && (typeof t.uid == "number" && t.uid !== this.processUid || typeof t.gid == "number" && t.gid !== this.processGid) || typeof this.uid == "number" && this.uid !== this.processUid || typeof this.gid == "number" && this.gid !== this.processGid;
  }
  [be](t) {
    return vr(this.uid, t.uid, this.processUid);
  }
  [_e](t) {
    return vr(this.gid, t.gid, this.processGid);
  }
  [Ts](t, e) {
    let i2 = typeof t.mode == "number" ? t.mode & 4095 : this.fmode, r = new et(String(t.absolute), { flags: ms(t.size), mode: i2, autoClose: false });
    r.on("error", (a) => {
      r.fd && u.close(r.fd, () => {
      }), r.write = () => true, this[O](a, t), e();
    });
    let n = 1, o = (a) => {
      if (a) {
        r.fd && u.close(r.fd, () => {
        }), this[O](a, t), e();
        return;
      }
      --n === 0 && r.fd !== void 0 && u.close(r.fd, (l) => {
        l ? this[O](l, t) : this[$t](), e();
      });
    };
    r.on("finish", () => {
      let a = String(t.absolute), l = r.fd;
      if (typeof l == "number" && t.mtime && !this.noMtime) {
        n++;
        let c = t.atime || /* @__PURE__ */ new Date(), d = t.mtime;
        u.futimes(l, c, d, (y) => y ? u.utimes(a, c, d, (T) => o(T && y)) : o());
      }
      if (typeof l == "number" && this[ge](t)) {
        n++;
        let c = this[be](t), d = this[_e](t);
        typeof c == "number" && typeof d == "number" && u.fchown(l, c, d, (y) => y ? u.chown(a, c, d, (T) => o(T && y)) : o());
      }
      o();
    });
    let h = this.transform && this.transform(t) || t;
    h !== t && (h.on("error", (a) => {
      this[O](a, t), e();
    }), t.pipe(h)), h.pipe(r);
  }
  [xs](t, e) {
    let i2 = typeof t.mode == "number" ? t.mode & 4095 : this.dmode;
    this[yt](String(t.absolute), i2, (r) => {
      if (r) {
        this[O](r, t), e();
        return;
      }
      let n = 1, o = () => {
        --n === 0 && (e(), this[$t](), t.resume());
      };
      t.mtime && !this.noMtime && (n++, u.utimes(String(t.absolute), t.atime || /* @__PURE__ */ new Date(), t.mtime, o)), this[ge](t) && (n++, u.chown(String(t.absolute), Number(this[be](t)), Number(this[_e](t)), o)), o();
    });
  }
  [Cr](t) {
    t.unsupported = true, this.warn("TAR_ENTRY_UNSUPPORTED", `unsupported entry type: ${t.type}`, { entry: t }), t.resume();
  }
  [Ar](t, e) {
    let i2 = f(R.relative(this.cwd, R.resolve(R.dirname(String(t.absolute)), String(t.linkpath)))).split("/");
    this[Re](t, this.cwd, i2, () => this[gi](t, String(t.linkpath), "symlink", e), (r) => {
      this[O](r, t), e();
    });
  }
  [Ir](t, e) {
    let i2 = f(R.resolve(this.cwd, String(t.linkpath))), r = f(String(t.linkpath)).split("/");
    this[Re](t, this.cwd, r, () => this[gi](t, i2, "link", e), (n) => {
      this[O](n, t), e();
    });
  }
  [Re](t, e, i2, r, n) {
    let o = i2.shift();
    if (this.preservePaths || o === void 0) return r();
    let h = R.resolve(e, o);
    u.lstat(h, (a, l) => {
      if (a) return r();
      if (l?.isSymbolicLink()) return n(new St(h, R.resolve(h, i2.join("/"))));
      this[Re](t, h, i2, r, n);
    });
  }
  [kr]() {
    this[Ri]++;
  }
  [$t]() {
    this[Ri]--, this[bs]();
  }
  [Ls](t) {
    this[$t](), t.resume();
  }
  [Os](t, e) {
    return t.type === "File" && !this.unlink && e.isFile() && e.nlink <= 1 && !Te;
  }
  [_s](t) {
    this[kr]();
    let e = [t.path];
    t.linkpath && e.push(t.linkpath), this.reservations.reserve(e, (i2) => this[Nr](t, i2));
  }
  [Nr](t, e) {
    let i2 = (h) => {
      e(h);
    }, r = () => {
      this[yt](this.cwd, this.dmode, (h) => {
        if (h) {
          this[O](h, t), i2();
          return;
        }
        this[Oe] = true, n();
      });
    }, n = () => {
      if (t.absolute !== this.cwd) {
        let h = f(R.dirname(String(t.absolute)));
        if (h !== this.cwd) return this[yt](h, this.dmode, (a) => {
          if (a) {
            this[O](a, t), i2();
            return;
          }
          o();
        });
      }
      o();
    }, o = () => {
      u.lstat(String(t.absolute), (h, a) => {
        if (a && (this.keep || this.newer && a.mtime > (t.mtime ?? a.mtime))) {
          this[Ls](t), i2();
          return;
        }
        if (h || this[Os](t, a)) return this[P](null, t, i2);
        if (a.isDirectory()) {
          if (t.type === "Directory") {
            let l = this.chmod && t.mode && (a.mode & 4095) !== t.mode, c = (d) => this[P](d ?? null, t, i2);
            return l ? u.chmod(String(t.absolute), Number(t.mode), c) : c();
          }
          if (t.absolute !== this.cwd) return u.rmdir(String(t.absolute), (l) => this[P](l ?? null, t, i2));
        }
        if (t.absolute === this.cwd) return this[P](null, t, i2);
        mo(String(t.absolute), (l) => this[P](l ?? null, t, i2));
      });
    };
    this[Oe] ? n() : r();
  }
  [P](t, e, i2) {
    if (t) {
      this[O](t, e), i2();
      return;
    }
    switch (e.type) {
      case "File":
      case "OldFile":
      case "ContiguousFile":
        return this[Ts](e, i2);
      case "Link":
        return this[Ir](e, i2);
      case "SymbolicLink":
        return this[Ar](e, i2);
      case "Directory":
      case "GNUDumpDir":
        return this[xs](e, i2);
    }
  }
  [gi](t, e, i2, r) {
    u[i2](e, String(t.absolute), (n) => {
      n ? this[O](n, t) : (this[$t](), t.resume()), r();
    });
  }
};
var ye = (s3) => {
  try {
    return [null, s3()];
  } catch (t) {
    return [t, null];
  }
};
var xe = class extends Xt {
  sync = true;
  [P](t, e) {
    return super[P](t, e, () => {
    });
  }
  [_s](t) {
    if (!this[Oe]) {
      let n = this[yt](this.cwd, this.dmode);
      if (n) return this[O](n, t);
      this[Oe] = true;
    }
    if (t.absolute !== this.cwd) {
      let n = f(R.dirname(String(t.absolute)));
      if (n !== this.cwd) {
        let o = this[yt](n, this.dmode);
        if (o) return this[O](o, t);
      }
    }
    let [e, i2] = ye(() => u.lstatSync(String(t.absolute)));
    if (i2 && (this.keep || this.newer && i2.mtime > (t.mtime ?? i2.mtime))) return this[Ls](t);
    if (e || this[Os](t, i2)) return this[P](null, t);
    if (i2.isDirectory()) {
      if (t.type === "Directory") {
        let o = this.chmod && t.mode && (i2.mode & 4095) !== t.mode, [h] = o ? ye(() => {
          u.chmodSync(String(t.absolute), Number(t.mode));
        }) : [];
        return this[P](h, t);
      }
      let [n] = ye(() => u.rmdirSync(String(t.absolute)));
      this[P](n, t);
    }
    let [r] = t.absolute === this.cwd ? [] : ye(() => po(String(t.absolute)));
    this[P](r, t);
  }
  [Ts](t, e) {
    let i2 = typeof t.mode == "number" ? t.mode & 4095 : this.fmode, r = (h) => {
      let a;
      try {
        u.closeSync(n);
      } catch (l) {
        a = l;
      }
      (h || a) && this[O](h || a, t), e();
    }, n;
    try {
      n = u.openSync(String(t.absolute), ms(t.size), i2);
    } catch (h) {
      return r(h);
    }
    let o = this.transform && this.transform(t) || t;
    o !== t && (o.on("error", (h) => this[O](h, t)), t.pipe(o)), o.on("data", (h) => {
      try {
        u.writeSync(n, h, 0, h.length);
      } catch (a) {
        r(a);
      }
    }), o.on("end", () => {
      let h = null;
      if (t.mtime && !this.noMtime) {
        let a = t.atime || /* @__PURE__ */ new Date(), l = t.mtime;
        try {
          u.futimesSync(n, a, l);
        } catch (c) {
          try {
            u.utimesSync(String(t.absolute), a, l);
          } catch {
            h = c;
          }
        }
      }
      if (this[ge](t)) {
        let a = this[be](t), l = this[_e](t);
        try {
          u.fchownSync(n, Number(a), Number(l));
        } catch (c) {
          try {
            u.chownSync(String(t.absolute), Number(a), Number(l));
          } catch {
            h = h || c;
          }
        }
      }
      r(h);
    });
  }
  [xs](t, e) {
    let i2 = typeof t.mode == "number" ? t.mode & 4095 : this.dmode, r = this[yt](String(t.absolute), i2);
    if (r) {
      this[O](r, t), e();
      return;
    }
    if (t.mtime && !this.noMtime) try {
      u.utimesSync(String(t.absolute), t.atime || /* @__PURE__ */ new Date(), t.mtime);
    } catch {
    }
    if (this[ge](t)) try {
      u.chownSync(String(t.absolute), Number(this[be](t)), Number(this[_e](t)));
    } catch {
    }
    e(), t.resume();
  }
  [yt](t, e) {
    try {
      return _r(f(t), { uid: this.uid, gid: this.gid, processUid: this.processUid, processGid: this.processGid, umask: this.processUmask, preserve: this.preservePaths, unlink: this.unlink, cwd: this.cwd, mode: e });
    } catch (i2) {
      return i2;
    }
  }
  [Re](t, e, i2, r, n) {
    if (this.preservePaths || i2.length === 0) return r();
    let o = e;
    for (let h of i2) {
      o = R.resolve(o, h);
      let [a, l] = ye(() => u.lstatSync(o));
      if (a) return r();
      if (l.isSymbolicLink()) return n(new St(o, R.resolve(e, i2.join("/"))));
    }
    r();
  }
  [gi](t, e, i2, r) {
    let n = `${i2}Sync`;
    try {
      u[n](e, String(t.absolute)), r(), t.resume();
    } catch (o) {
      return this[O](o, t);
    }
  }
};
var Eo = (s3) => {
  let t = new xe(s3), e = s3.file, i2 = Br.statSync(e), r = s3.maxReadSize || 16 * 1024 * 1024;
  new Be(e, { readSize: r, size: i2.size }).pipe(t);
};
var wo = (s3, t) => {
  let e = new Xt(s3), i2 = s3.maxReadSize || 16 * 1024 * 1024, r = s3.file;
  return new Promise((o, h) => {
    e.on("error", h), e.on("close", o), Br.stat(r, (a, l) => {
      if (a) h(a);
      else {
        let c = new _t(r, { readSize: i2, size: l.size });
        c.on("error", h), c.pipe(e);
      }
    });
  });
};
var So = K(Eo, wo, (s3) => new xe(s3), (s3) => new Xt(s3), (s3, t) => {
  t?.length && Qi(s3, t);
});
var yo = (s3, t) => {
  let e = new kt(s3), i2 = true, r, n;
  try {
    try {
      r = v.openSync(s3.file, "r+");
    } catch (a) {
      if (a?.code === "ENOENT") r = v.openSync(s3.file, "w+");
      else throw a;
    }
    let o = v.fstatSync(r), h = Buffer.alloc(512);
    t: for (n = 0; n < o.size; n += 512) {
      for (let c = 0, d = 0; c < 512; c += d) {
        if (d = v.readSync(r, h, c, h.length - c, n + c), n === 0 && h[0] === 31 && h[1] === 139) throw new Error("cannot append to compressed archives");
        if (!d) break t;
      }
      let a = new F(h);
      if (!a.cksumValid) break;
      let l = 512 * Math.ceil((a.size || 0) / 512);
      if (n + l + 512 > o.size) break;
      n += l, s3.mtimeCache && a.mtime && s3.mtimeCache.set(String(a.path), a.mtime);
    }
    i2 = false, Ro(s3, e, n, r, t);
  } finally {
    if (i2) try {
      v.closeSync(r);
    } catch {
    }
  }
};
var Ro = (s3, t, e, i2, r) => {
  let n = new Wt(s3.file, { fd: i2, start: e });
  t.pipe(n), bo(t, r);
};
var go = (s3, t) => {
  t = Array.from(t);
  let e = new wt(s3), i2 = (n, o, h) => {
    let a = (T, D) => {
      T ? v.close(n, (E) => h(T)) : h(null, D);
    }, l = 0;
    if (o === 0) return a(null, 0);
    let c = 0, d = Buffer.alloc(512), y = (T, D) => {
      if (T || D === void 0) return a(T);
      if (c += D, c < 512 && D) return v.read(n, d, c, d.length - c, l + c, y);
      if (l === 0 && d[0] === 31 && d[1] === 139) return a(new Error("cannot append to compressed archives"));
      if (c < 512) return a(null, l);
      let E = new F(d);
      if (!E.cksumValid) return a(null, l);
      let x2 = 512 * Math.ceil((E.size ?? 0) / 512);
      if (l + x2 + 512 > o || (l += x2 + 512, l >= o)) return a(null, l);
      s3.mtimeCache && E.mtime && s3.mtimeCache.set(String(E.path), E.mtime), c = 0, v.read(n, d, 0, 512, l, y);
    };
    v.read(n, d, 0, 512, l, y);
  };
  return new Promise((n, o) => {
    e.on("error", o);
    let h = "r+", a = (l, c) => {
      if (l && l.code === "ENOENT" && h === "r+") return h = "w+", v.open(s3.file, h, a);
      if (l || !c) return o(l);
      v.fstat(c, (d, y) => {
        if (d) return v.close(c, () => o(d));
        i2(c, y.size, (T, D) => {
          if (T) return o(T);
          let E = new et(s3.file, { fd: c, start: D });
          e.pipe(E), E.on("error", o), E.on("close", n), _o(e, t);
        });
      });
    };
    v.open(s3.file, h, a);
  });
};
var bo = (s3, t) => {
  t.forEach((e) => {
    e.charAt(0) === "@" ? Ct({ file: Pr.resolve(s3.cwd, e.slice(1)), sync: true, noResume: true, onReadEntry: (i2) => s3.add(i2) }) : s3.add(e);
  }), s3.end();
};
var _o = async (s3, t) => {
  for (let e of t) e.charAt(0) === "@" ? await Ct({ file: Pr.resolve(String(s3.cwd), e.slice(1)), noResume: true, onReadEntry: (i2) => s3.add(i2) }) : s3.add(e);
  s3.end();
};
var vt = K(yo, go, () => {
  throw new TypeError("file is required");
}, () => {
  throw new TypeError("file is required");
}, (s3, t) => {
  if (!Bs(s3)) throw new TypeError("file is required");
  if (s3.gzip || s3.brotli || s3.zstd || s3.file.endsWith(".br") || s3.file.endsWith(".tbr")) throw new TypeError("cannot append to compressed archives");
  if (!t?.length) throw new TypeError("no paths specified to add/replace");
});
var Oo = K(vt.syncFile, vt.asyncFile, vt.syncNoFile, vt.asyncNoFile, (s3, t = []) => {
  vt.validate?.(s3, t), To(s3);
});
var To = (s3) => {
  let t = s3.filter;
  s3.mtimeCache || (s3.mtimeCache = /* @__PURE__ */ new Map()), s3.filter = t ? (e, i2) => t(e, i2) && !((s3.mtimeCache?.get(e) ?? i2.mtime ?? 0) > (i2.mtime ?? 0)) : (e, i2) => !((s3.mtimeCache?.get(e) ?? i2.mtime ?? 0) > (i2.mtime ?? 0));
};

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
  const s3 = JSON.stringify(name.length > 120 ? `${name.slice(0, 120)}...` : name);
  return s3;
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

// node_modules/fflate/esm/index.mjs
import { createRequire } from "module";
var require2 = createRequire("/");
var _a;
var Worker;
var isMarkedAsUntransferable;
try {
  _a = require2("worker_threads"), Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable;
} catch (e) {
}
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
  var b3 = new u16(31);
  for (var i2 = 0; i2 < 31; ++i2) {
    b3[i2] = start += 1 << eb[i2 - 1];
  }
  var r = new i32(b3[30]);
  for (var i2 = 1; i2 < 30; ++i2) {
    for (var j2 = b3[i2]; j2 < b3[i2 + 1]; ++j2) {
      r[j2] = j2 - b3[i2] << 5 | i2;
    }
  }
  return { b: b3, r };
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
  var s3 = cd.length;
  var i2 = 0;
  var l = new u16(mb);
  for (; i2 < s3; ++i2) {
    if (cd[i2])
      ++l[cd[i2] - 1];
  }
  var le2 = new u16(mb);
  for (i2 = 1; i2 < mb; ++i2) {
    le2[i2] = le2[i2 - 1] + l[i2 - 1] << 1;
  }
  var co2;
  if (r) {
    co2 = new u16(1 << mb);
    var rvb = 15 - mb;
    for (i2 = 0; i2 < s3; ++i2) {
      if (cd[i2]) {
        var sv = i2 << 4 | cd[i2];
        var r_1 = mb - cd[i2];
        var v2 = le2[cd[i2] - 1]++ << r_1;
        for (var m2 = v2 | (1 << r_1) - 1; v2 <= m2; ++v2) {
          co2[rev[v2] >> rvb] = sv;
        }
      }
    }
  } else {
    co2 = new u16(s3);
    for (i2 = 0; i2 < s3; ++i2) {
      if (cd[i2]) {
        co2[i2] = rev[le2[cd[i2] - 1]++] >> 15 - cd[i2];
      }
    }
  }
  return co2;
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
var flrm = /* @__PURE__ */ hMap(flt, 9, 1);
var fdrm = /* @__PURE__ */ hMap(fdt, 5, 1);
var max = function(a) {
  var m2 = a[0];
  for (var i2 = 1; i2 < a.length; ++i2) {
    if (a[i2] > m2)
      m2 = a[i2];
  }
  return m2;
};
var bits = function(d, p2, m2) {
  var o = p2 / 8 | 0;
  return (d[o] | d[o + 1] << 8) >> (p2 & 7) & m2;
};
var bits16 = function(d, p2) {
  var o = p2 / 8 | 0;
  return (d[o] | d[o + 1] << 8 | d[o + 2] << 16) >> (p2 & 7);
};
var shft = function(p2) {
  return (p2 + 7) / 8 | 0;
};
var slc = function(v2, s3, e) {
  if (s3 == null || s3 < 0)
    s3 = 0;
  if (e == null || e > v2.length)
    e = v2.length;
  return new u8(v2.subarray(s3, e));
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
var err = function(ind, msg, nt2) {
  var e = new Error(msg || ec[ind]);
  e.code = ind;
  if (Error.captureStackTrace)
    Error.captureStackTrace(e, err);
  if (!nt2)
    throw e;
  return e;
};
var inflt = function(dat, st2, buf, dict) {
  var sl = dat.length, dl = dict ? dict.length : 0;
  if (!sl || st2.f && !st2.l)
    return buf || new u8(0);
  var noBuf = !buf;
  var resize = noBuf || st2.i != 2;
  var noSt = st2.i;
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
  var final = st2.f || 0, pos = st2.p || 0, bt2 = st2.b || 0, lm = st2.l, dm = st2.d, lbt = st2.m, dbt = st2.n;
  var tbts = sl * 8;
  do {
    if (!lm) {
      final = bits(dat, pos, 1);
      var type = bits(dat, pos + 1, 3);
      pos += 3;
      if (!type) {
        var s3 = shft(pos) + 4, l = dat[s3 - 4] | dat[s3 - 3] << 8, t = s3 + l;
        if (t > sl) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt2 + l);
        buf.set(dat.subarray(s3, t), bt2);
        st2.b = bt2 += l, st2.p = pos = t * 8, st2.f = final;
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
          var s3 = r >> 4;
          if (s3 < 16) {
            ldt[i2++] = s3;
          } else {
            var c = 0, n = 0;
            if (s3 == 16)
              n = 3 + bits(dat, pos, 3), pos += 2, c = ldt[i2 - 1];
            else if (s3 == 17)
              n = 3 + bits(dat, pos, 7), pos += 3;
            else if (s3 == 18)
              n = 11 + bits(dat, pos, 127), pos += 7;
            while (n--)
              ldt[i2++] = c;
          }
        }
        var lt2 = ldt.subarray(0, hLit), dt2 = ldt.subarray(hLit);
        lbt = max(lt2);
        dbt = max(dt2);
        lm = hMap(lt2, lbt, 1);
        dm = hMap(dt2, dbt, 1);
      } else
        err(1);
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
    }
    if (resize)
      cbuf(bt2 + 131072);
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
        buf[bt2++] = sym;
      else if (sym == 256) {
        lpos = pos, lm = null;
        break;
      } else {
        var add = sym - 254;
        if (sym > 264) {
          var i2 = sym - 257, b3 = fleb[i2];
          add = bits(dat, pos, (1 << b3) - 1) + fl[i2];
          pos += b3;
        }
        var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
        if (!d)
          err(3);
        pos += d & 15;
        var dt2 = fd[dsym];
        if (dsym > 3) {
          var b3 = fdeb[dsym];
          dt2 += bits16(dat, pos) & (1 << b3) - 1, pos += b3;
        }
        if (pos > tbts) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt2 + 131072);
        var end = bt2 + add;
        if (bt2 < dt2) {
          var shift = dl - dt2, dend = Math.min(dt2, end);
          if (shift + bt2 < 0)
            err(3);
          for (; bt2 < dend; ++bt2)
            buf[bt2] = dict[shift + bt2];
        }
        for (; bt2 < end; ++bt2)
          buf[bt2] = buf[bt2 - dt2];
      }
    }
    st2.l = lm, st2.p = lpos, st2.b = bt2, st2.f = final;
    if (lm)
      final = 1, st2.m = lbt, st2.d = dm, st2.n = dbt;
  } while (!final);
  return bt2 != buf.length && noBuf ? slc(buf, 0, bt2) : buf.subarray(0, bt2);
};
var et2 = /* @__PURE__ */ new u8(0);
var b2 = function(d, b3) {
  return d[b3] | d[b3 + 1] << 8;
};
var b4 = function(d, b3) {
  return (d[b3] | d[b3 + 1] << 8 | d[b3 + 2] << 16 | d[b3 + 3] << 24) >>> 0;
};
var b8 = function(d, b3) {
  return b4(d, b3) + b4(d, b3 + 4) * 4294967296;
};
var gzs = function(d) {
  if (d[0] != 31 || d[1] != 139 || d[2] != 8)
    err(6, "invalid gzip data");
  var flg = d[3];
  var st2 = 10;
  if (flg & 4)
    st2 += (d[10] | d[11] << 8) + 2;
  for (var zs2 = (flg >> 3 & 1) + (flg >> 4 & 1); zs2 > 0; zs2 -= !d[st2++])
    ;
  return st2 + (flg & 2);
};
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
    var dt2 = inflt(this.p, this.s, this.o);
    this.ondata(slc(dt2, bts, this.s.b), this.d);
    this.o = slc(dt2, this.s.b - 32768), this.s.b = this.o.length;
    this.p = slc(this.p, this.s.p / 8 | 0), this.s.p &= 7;
  };
  Inflate2.prototype.push = function(chunk, final) {
    this.e(chunk), this.c(final);
  };
  return Inflate2;
})();
function inflateSync(data, opts) {
  return inflt(data, { i: 2 }, opts && opts.out, opts && opts.dictionary);
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
      var p2 = this.p.subarray(this.v - 1);
      var s3 = p2.length > 3 ? gzs(p2) : 4;
      if (s3 > p2.length) {
        if (!final)
          return;
      } else if (this.v > 1 && this.onmember) {
        this.onmember(this.r - p2.length);
      }
      this.p = p2.subarray(s3), this.v = 0;
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
var td = typeof TextDecoder != "undefined" && /* @__PURE__ */ new TextDecoder();
var tds = 0;
try {
  td.decode(et2, { stream: true });
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
function strFromU8(dat, latin1) {
  if (latin1) {
    var r = "";
    for (var i2 = 0; i2 < dat.length; i2 += 16384)
      r += String.fromCharCode.apply(null, dat.subarray(i2, i2 + 16384));
    return r;
  } else if (td) {
    return td.decode(dat);
  } else {
    var _a2 = dutf8(dat), s3 = _a2.s, r = _a2.r;
    if (r.length)
      err(8);
    return s3;
  }
}
var slzh = function(d, b3) {
  return b3 + 30 + b2(d, b3 + 26) + b2(d, b3 + 28);
};
var zh = function(d, b3, z2) {
  var fnl = b2(d, b3 + 28), efl = b2(d, b3 + 30), fn = strFromU8(d.subarray(b3 + 46, b3 + 46 + fnl), !(b2(d, b3 + 8) & 2048)), es2 = b3 + 46 + fnl;
  var _a2 = z64hs(d, es2, efl, z2, b4(d, b3 + 20), b4(d, b3 + 24), b4(d, b3 + 42)), sc = _a2[0], su = _a2[1], off = _a2[2];
  return [b2(d, b3 + 10), sc, su, fn, es2 + efl + b2(d, b3 + 32), off];
};
var z64hs = function(d, b3, l, z2, sc, su, off) {
  var nsc = sc == 4294967295, nsu = su == 4294967295, noff = off == 4294967295, e = b3 + l;
  var nf = nsc + nsu + noff;
  if (z2 && nf) {
    for (; b3 + 4 < e; b3 += 4 + b2(d, b3 + 2)) {
      if (b2(d, b3) == 1) {
        return [
          nsc ? b8(d, b3 + 4 + 8 * nsu) : sc,
          nsu ? b8(d, b3 + 4) : su,
          noff ? b8(d, b3 + 4 + 8 * (nsu + nsc)) : off,
          1
        ];
      }
    }
    if (z2 < 2)
      err(13);
  }
  return [sc, su, off, 0];
};
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
  var z2 = b4(data, e - 20) == 117853008;
  if (z2) {
    var ze2 = b4(data, e - 12);
    z2 = b4(data, ze2) == 101075792;
    if (z2) {
      c = b4(data, ze2 + 32);
      o = b4(data, ze2 + 48);
    }
  }
  var fltr = opts && opts.filter;
  for (var i2 = 0; i2 < c; ++i2) {
    var _a2 = zh(data, o, z2), c_2 = _a2[0], sc = _a2[1], su = _a2[2], fn = _a2[3], no2 = _a2[4], off = _a2[5], b3 = slzh(data, off);
    o = no2;
    if (!fltr || fltr({
      name: fn,
      size: sc,
      originalSize: su,
      compression: c_2
    })) {
      if (!c_2)
        files[fn] = slc(data, b3, b3 + sc);
      else if (c_2 == 8)
        files[fn] = inflateSync(data.subarray(b3, b3 + sc), { out: new u8(su) });
      else
        err(14, "unknown compression type " + c_2);
    }
  }
  return files;
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
  const parser = new rt({ strict: false, maxMetaEntrySize: 1024 * 1024 });
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
      for (let at2 = 0; at2 < bytes.length && !stopped; at2 += TAR_SLICE) {
        parser.write(Buffer.from(bytes.buffer, bytes.byteOffset + at2, Math.min(TAR_SLICE, bytes.length - at2)));
        yield* ready.splice(0);
      }
      parser.end();
    } catch (err2) {
      yield* ready.splice(0);
      yield { name: "", reason: "archive-unsupported", detail: `not a readable tar: ${err2 instanceof Error ? err2.message : String(err2)}` };
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
  const gunzip = new Gunzip((chunk) => {
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
    for (let at2 = 0; at2 < bytes.length && !stopped; at2 += GZ_SLICE) {
      const end = Math.min(bytes.length, at2 + GZ_SLICE);
      gunzip.push(bytes.subarray(at2, end), end === bytes.length);
      const bomb = at2 === 0 ? ratioSkip("", bytes.length, isize) : void 0;
      if (bomb) {
        yield bomb;
        return;
      }
      yield* ready.splice(0);
    }
  } catch (err2) {
    yield* ready.splice(0);
    yield { name: "", reason: "archive-unsupported", detail: `not readable gzip: ${err2 instanceof Error ? err2.message : String(err2)}` };
    return;
  }
  if (mode === "unknown" && head.length > 0) {
    mode = "single";
    single2.push(...head);
  }
  if (mode === "tar") {
    try {
      parser.end();
    } catch (err2) {
      yield* ready.splice(0);
      yield { name: "", reason: "archive-unsupported", detail: `not a readable tar: ${err2 instanceof Error ? err2.message : String(err2)}` };
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
  yield { name: outerName.replace(/\.(t?gz|gzip)$/i, (m2) => m2.toLowerCase() === ".tgz" ? ".tar" : "") || "data", data };
}

// src/read/containers/image.ts
var META_MAX = 1024 * 1024;
function looksLikeImage(bytes) {
  if (bytes.length < 512) return false;
  let h;
  try {
    h = new F(Buffer.from(bytes.buffer, bytes.byteOffset, 512));
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
    if (Array.isArray(first.Layers)) first.Layers.forEach((l, i2) => typeof l === "string" && !layers.has(l) && layers.set(l, `layer ${i2 + 1}`));
    return { layers, config: typeof first.Config === "string" ? json(first.Config) : void 0 };
  }
  let manifest = json("index.json");
  for (let hop = 0; hop < 3 && manifest && Array.isArray(manifest.manifests); hop++) manifest = json(blob(manifest.manifests[0]?.digest));
  if (!manifest || !Array.isArray(manifest.layers)) return void 0;
  manifest.layers.forEach((l, i2) => {
    const name = blob(l?.digest);
    if (name && !layers.has(name)) layers.set(name, `layer ${i2 + 1}`);
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
    ["config/Env", Array.isArray(config?.config?.Env) ? config.config.Env.filter((x2) => typeof x2 === "string") : []],
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
    const filter = (f2) => {
      index++;
      if (index < next || more || stopped) return false;
      next = index + 1;
      if (f2.name.endsWith("/")) return false;
      const bad = unsafeName(f2.name);
      if (bad) {
        skips.push({ name: "", reason: "archive-unsafe-path", detail: `entry ${quoteName(f2.name)}: ${bad}; not read` });
        return false;
      }
      const name = cleanName(f2.name);
      if (f2.compression !== 0 && f2.compression !== 8) {
        skips.push({ name, reason: "archive-unsupported", detail: `compression method ${f2.compression}` });
        return false;
      }
      if (f2.compression === 8) {
        const bomb = ratioSkip(name, f2.size, f2.originalSize);
        if (bomb) {
          skips.push(bomb);
          return false;
        }
      }
      if (batch > 0 && batch + f2.originalSize > BATCH_BYTES) {
        next = index;
        more = true;
        return false;
      }
      const over = takeEntry(budget, f2.originalSize);
      if (over) {
        skips.push(over);
        stopped = true;
        return false;
      }
      batch += f2.originalSize;
      order.push(f2.name);
      return true;
    };
    let files;
    try {
      files = unzipSync(bytes, { filter });
    } catch (err2) {
      yield { name: "", reason: "archive-unsupported", detail: `not a readable zip: ${err2 instanceof Error ? err2.message : String(err2)}` };
      return;
    }
    for (const s3 of skips) yield s3;
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
  doc.cells.forEach((cell, i2) => {
    if (!isObject(cell)) return;
    const source = joined(cell.source);
    if (source) parts.push({ name: `cells/${i2}/source`, text: source });
    if (!Array.isArray(cell.outputs)) return;
    cell.outputs.forEach((out, j2) => {
      if (!isObject(out)) return;
      const base = `cells/${i2}/outputs/${j2}`;
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
function joined(v2) {
  if (typeof v2 === "string") return v2.length > 0 ? v2 : void 0;
  if (Array.isArray(v2) && v2.every((x2) => typeof x2 === "string")) {
    const s3 = v2.every((x2, k2) => k2 === v2.length - 1 || x2.endsWith("\n")) ? v2.join("") : v2.join("\n");
    return s3.length > 0 ? s3 : void 0;
  }
  return void 0;
}
function isObject(v2) {
  return typeof v2 === "object" && v2 !== null && !Array.isArray(v2);
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
function foldAscii(s3) {
  let out = "";
  for (let i2 = 0; i2 < s3.length; i2++) {
    const c = s3.charCodeAt(i2);
    out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : s3[i2];
  }
  return out;
}
function buildAutomaton(input) {
  const keywords = [];
  const seen = /* @__PURE__ */ new Map();
  for (const k2 of input) {
    if (k2.length === 0) throw new Error("buildAutomaton: empty keyword; every keyword needs at least one character");
    const f2 = foldAscii(k2);
    if (!seen.has(f2)) {
      seen.set(f2, keywords.length);
      keywords.push(f2);
    }
  }
  const asciiSymbol = new Uint8Array(128);
  let alphabet = 1;
  let otherSymbol = 0;
  for (const k2 of keywords) {
    for (let i2 = 0; i2 < k2.length; i2++) {
      const c = k2.charCodeAt(i2);
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
  keywords.forEach((k2, ki2) => {
    let s3 = 0;
    for (let i2 = 0; i2 < k2.length; i2++) {
      const c = k2.charCodeAt(i2);
      const a = c < 128 ? asciiSymbol[c] : otherSymbol;
      let next = rows[s3][a];
      if (next === -1) {
        next = rows.length;
        rows.push(new Int32Array(alphabet).fill(-1));
        own.push([]);
        rows[s3][a] = next;
      }
      s3 = next;
    }
    own[s3].push(ki2);
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
  for (let qi2 = 1; qi2 < order.length; qi2++) {
    const s3 = order[qi2];
    const row = rows[s3];
    const failRow = rows[fail[s3]];
    const inherited = outputs[fail[s3]];
    if (inherited.length > 0) outputs[s3].push(...inherited);
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
  order.forEach((s3, i2) => {
    renum[s3] = i2;
  });
  const delta = new Int32Array(n * alphabet);
  const outStart = new Int32Array(n + 1);
  const outCounts = new Int32Array(n);
  for (let s3 = 0; s3 < n; s3++) {
    const base = renum[s3] * alphabet;
    const row = rows[s3];
    for (let a = 0; a < alphabet; a++) {
      const t = row[a];
      const target = renum[t] * alphabet;
      delta[base + a] = outputs[t].length > 0 ? -target : target;
    }
    outCounts[renum[s3]] = outputs[s3].length;
  }
  for (let s3 = 0; s3 < n; s3++) outStart[s3 + 1] = outStart[s3] + outCounts[s3];
  const outList = new Int32Array(outStart[n]);
  for (let s3 = 0; s3 < n; s3++) {
    const r = renum[s3];
    const list = outputs[s3];
    for (let i2 = 0; i2 < list.length; i2++) outList[outStart[r] + i2] = list[i2];
  }
  return {
    keywords,
    lengths: Int32Array.from(keywords, (k2) => k2.length),
    symbolOf,
    alphabet,
    delta,
    outStart,
    outList
  };
}
var LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
function int32s(base64) {
  const b3 = Buffer.from(base64, "base64");
  if (b3.length % 4 !== 0) return void 0;
  const out = new Int32Array(b3.length / 4);
  new Uint8Array(out.buffer).set(b3);
  return out;
}
function deserializeAutomaton(s3) {
  if (!s3 || s3.littleEndian !== LITTLE_ENDIAN || !Array.isArray(s3.keywords) || typeof s3.alphabet !== "number" || typeof s3.symbols !== "string") return void 0;
  if (typeof s3.delta !== "string" || typeof s3.outStart !== "string" || typeof s3.outList !== "string") return void 0;
  const symbols = Buffer.from(s3.symbols, "base64");
  const delta = int32s(s3.delta);
  const outStart = int32s(s3.outStart);
  const outList = int32s(s3.outList);
  if (symbols.length !== 129 || !delta || !outStart || !outList || outStart.length < 1) return void 0;
  const states = outStart.length - 1;
  if (delta.length !== states * s3.alphabet || outList.length !== outStart[states]) return void 0;
  const symbolOf = new Uint8Array(65536);
  symbolOf.set(symbols.subarray(0, 128));
  if (symbols[128] !== 0) symbolOf.fill(symbols[128], 128);
  return { keywords: s3.keywords, lengths: Int32Array.from(s3.keywords, (k2) => k2.length), symbolOf, alphabet: s3.alphabet, delta, outStart, outList };
}
function builtFrom(a, keywords) {
  if (!Array.isArray(a.keywords) || a.keywords.length !== keywords.length) return false;
  for (let i2 = 0; i2 < keywords.length; i2++) if (a.keywords[i2] !== keywords[i2]) return false;
  return true;
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
      const s22 = new Int32Array(this.count * 2);
      s22.set(this.start);
      this.start = s22;
    }
    this.keyword[this.count] = kw;
    this.start[this.count] = start;
    this.count++;
  }
};
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
  let st2 = 0;
  let lastState = -1;
  let lastEnd = -2;
  let keptEnd = 0;
  for (let i2 = 0; i2 < n; i2++) {
    st2 = delta[st2 + symbolOf[text.charCodeAt(i2)]];
    if (st2 < 0) {
      st2 = -st2;
      if (st2 === lastState && i2 === lastEnd + 1 && i2 - keptEnd < runSample) {
        lastEnd = i2;
        continue;
      }
      lastState = st2;
      lastEnd = i2;
      keptEnd = i2;
      if (recorded === buf.length) buf = growScratch();
      buf[recorded] = i2;
      buf[recorded + 1] = st2;
      recorded += 2;
    }
  }
  const out = new HitBuffer();
  const { alphabet, outStart, outList, lengths } = ac;
  for (let r = 0; r < recorded; r += 2) {
    const endIncl = buf[r];
    const s3 = buf[r + 1] / alphabet | 0;
    const end = outStart[s3 + 1];
    for (let o = outStart[s3]; o < end; o++) {
      const kw = outList[o];
      out.push(kw, endIncl + 1 - lengths[kw]);
    }
  }
  return out;
}

// src/model/entropy.ts
var asciiCounts = new Uint32Array(128);
var used = new Uint8Array(128);
function shannonEntropy(s3) {
  const n = s3.length;
  if (n <= 1) return 0;
  let other;
  let seen = 0;
  for (let i2 = 0; i2 < n; i2++) {
    const c = s3.charCodeAt(i2);
    if (c < 128) {
      if (asciiCounts[c] === 0) used[seen++] = c;
      asciiCounts[c]++;
    } else {
      other ??= /* @__PURE__ */ new Map();
      other.set(c, (other.get(c) ?? 0) + 1);
    }
  }
  let h = 0;
  for (let k2 = 0; k2 < seen; k2++) {
    const c = used[k2];
    const p2 = asciiCounts[c] / n;
    h -= p2 * Math.log2(p2);
    asciiCounts[c] = 0;
  }
  if (other) {
    for (const count of other.values()) {
      const p2 = count / n;
      h -= p2 * Math.log2(p2);
    }
  }
  return h;
}

// src/detect/entropy.ts
var LOG2_CACHE_SIZE = 1024;
var log2Cache = new Float64Array(LOG2_CACHE_SIZE);
for (let i2 = 1; i2 < LOG2_CACHE_SIZE; i2++) log2Cache[i2] = Math.log2(i2);
function entropyThreshold(min, length, alphabetBits2 = 6) {
  const limit = alphabetBits2 >= 6 ? min : min * alphabetBits2 / 6;
  if (length <= 1) return 0;
  const lg = length < LOG2_CACHE_SIZE ? log2Cache[length] : Math.log2(length);
  return Math.min(limit, 0.85 * lg);
}
function alphabetBits(s3) {
  let digits = true;
  let hex = true;
  let b64 = true;
  for (let i2 = 0; i2 < s3.length; i2++) {
    const c = s3.charCodeAt(i2);
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
  return key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter((w2) => w2.length > 0);
}

// src/detect/filters.ts
var GENERIC_MIN_LENGTH = 8;
var GENERIC_MAX_LENGTH = 150;
var CONTEXT_CHARS = 80;
function contextBefore(c, max2 = CONTEXT_CHARS) {
  const from = Math.max(0, c.start - max2);
  const s3 = c.text.slice(from, c.start);
  const nl = s3.lastIndexOf("\n");
  return nl === -1 ? s3 : s3.slice(nl + 1);
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
  for (const re2 of c.allow) {
    re2.lastIndex = 0;
    if (re2.test(c.secret)) return "allow-list";
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
function isSequentialStep(a, b3) {
  const la = a >= 65 && a <= 90 ? a + 32 : a;
  const lb = b3 >= 65 && b3 <= 90 ? b3 + 32 : b3;
  const alnum = (x2) => x2 >= 48 && x2 <= 57 || x2 >= 97 && x2 <= 122;
  if (!alnum(la) || !alnum(lb)) return false;
  if (la === 57 && lb === 97) return true;
  if (la === 97 && lb === 57) return true;
  return lb === la + 1 || lb === la - 1;
}
function longestRuns(s3) {
  let repeated = s3.length > 0 ? 1 : 0;
  let sequential = repeated;
  let rep = 1;
  let seq = 1;
  let dir = 0;
  for (let i2 = 1; i2 < s3.length; i2++) {
    const a = s3.charCodeAt(i2 - 1);
    const b3 = s3.charCodeAt(i2);
    rep = a === b3 ? rep + 1 : 1;
    if (rep > repeated) repeated = rep;
    if (isSequentialStep(a, b3)) {
      const d = b3 > a || a === 57 && (b3 === 97 || b3 === 65) ? 1 : -1;
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
  const bits2 = c.spec.generic ? alphabetBits(c.secret) : 6;
  return c.entropy < entropyThreshold(min, c.secret.length, bits2) ? "low-entropy" : void 0;
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
  for (const re2 of IDENTIFIER_SHAPES) if (re2.test(c.secret)) return "code-identifier";
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
  for (const re2 of LOCATOR_VALUE) if (re2.test(c.secret)) return "locator";
  return void 0;
}
function assignedKey(c) {
  if (c.key !== void 0) return c.key;
  const m2 = /([A-Za-z0-9_.-]+)["'`]?\s{0,3}(?::=|=>|\?=|\|\||[:=,])?\s{0,3}["'`]?$/.exec(contextBefore(c, 120));
  return m2 ? m2[1] : "";
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
  if (last === "token" && NON_SECRET_TOKEN_RUNS.some((run) => run.every((w2, i2) => words[words.length - 1 - run.length + i2] === w2))) return "paging-token";
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
  for (const re2 of c.allow) {
    re2.lastIndex = 0;
    if (re2.test(decoded2)) return "encoded-placeholder";
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
  for (const re2 of c.weak) {
    re2.lastIndex = 0;
    if (re2.test(c.secret)) {
      c.notes.push("weak-default-password");
      return true;
    }
  }
  return false;
}
function rejectReason(c) {
  if (weakDefaultPassword(c)) return lengthSanity(c) ?? nonSecretLastWord(c);
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
    let lo2 = 0;
    let hi2 = lineStarts.length - 1;
    while (lo2 < hi2) {
      const mid = lo2 + hi2 + 1 >>> 1;
      if (lineStarts[mid] < n) lo2 = mid;
      else hi2 = mid - 1;
    }
    lines = lo2 + 1;
  } else {
    let i2 = text.indexOf("\n");
    while (i2 !== -1 && i2 < n) {
      lines++;
      i2 = text.indexOf("\n", i2 + 1);
    }
  }
  return n / lines > MINIFIED_AVG_LINE;
}

// src/detect/validators.ts
var CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k2 = 0; k2 < 8; k2++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();
function crc32(s3) {
  const bytes = Buffer.from(s3, "utf8");
  let c = 4294967295;
  for (let i2 = 0; i2 < bytes.length; i2++) c = CRC_TABLE[(c ^ bytes[i2]) & 255] ^ c >>> 8;
  return (c ^ 4294967295) >>> 0;
}
var BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
function base62(n, width) {
  let out = "";
  let v2 = n;
  do {
    out = BASE62[v2 % 62] + out;
    v2 = Math.floor(v2 / 62);
  } while (v2 > 0);
  return out.padStart(width, "0");
}
var hex8 = (n) => n.toString(16).padStart(8, "0");
function hex8LittleEndian(n) {
  const b3 = [n & 255, n >>> 8 & 255, n >>> 16 & 255, n >>> 24 & 255];
  return b3.map((x2) => x2.toString(16).padStart(2, "0")).join("");
}
var B62_RE = /^[0-9A-Za-z]+$/;
function prefixedCrcBase62(secret, prefixRe) {
  const m2 = prefixRe.exec(secret);
  if (!m2) return false;
  const rest = secret.slice(m2[0].length);
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
  const m2 = ROUTABLE_RE.exec(secret);
  if (!m2) return false;
  const payload = m2[2];
  if (parseInt(m2[4], 36) !== payload.length) return false;
  const crc = crc32(secret.slice(0, -7)).toString(36).padStart(7, "0");
  return crc === m2[5];
}
function validateAtlassianCrc32(secret) {
  const s3 = secret.replace(/\\=|%3[Dd]/g, "=");
  if (!/^AT[A-Z]{2}/.test(s3) || s3.length < 20) return false;
  const body = s3.slice(0, -8);
  const check = s3.slice(-8);
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
    const v2 = JSON.parse(bytes.toString("utf8"));
    return typeof v2 === "object" && v2 !== null && !Array.isArray(v2);
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
  const m2 = /^cf(?:ut|at|k)_([0-9A-Za-z]{40})([0-9a-f]{8})$/.exec(secret);
  if (!m2) return false;
  return hex8(crc32(m2[1])) === m2[2];
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
  let bits2 = 0n;
  for (const ch of keyId.slice(4)) bits2 = bits2 << 5n | BigInt(B32.indexOf(ch));
  const first48 = bits2 >> 32n;
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
  for (const v2 of values) {
    const top = chk >>> 25;
    chk = (chk & 33554431) << 5 ^ v2;
    for (let i2 = 0; i2 < 5; i2++) if (top >>> i2 & 1) chk ^= gen[i2];
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
    const v2 = BECH32.indexOf(c);
    if (v2 < 0) return false;
    data.push(v2);
  }
  if (data.length !== 58) return false;
  return bech32Polymod([...hrpExpand(hrp), ...data]) === 1;
}
function validateBase64Json(secret) {
  const us2 = secret.indexOf("_");
  if (us2 < 0) return false;
  return isJsonObject(decodeBase64Loose(secret.slice(us2 + 1)));
}
function validateSentryOrgToken(secret) {
  const m2 = /^sntrys_([A-Za-z0-9+/=]{20,})_([A-Za-z0-9+/]{43})$/.exec(secret);
  if (!m2) return false;
  const bytes = decodeBase64Loose(m2[1]);
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
  return specs.map((s3) => ({
    id: s3.id,
    re: new RegExp(s3.regex, "gd" + (s3.flags ?? "")),
    probe: new RegExp(s3.regex, s3.flags ?? ""),
    requires: s3.requires !== void 0 ? new RegExp(s3.requires, s3.flags ?? "") : void 0,
    ...s3.needs !== void 0 && { needs: s3.needs.map((n) => n.split(/\s+/).filter((w2) => w2.length > 0)) },
    key: s3.key,
    keywords: s3.keywords ?? [],
    anchored: s3.regex.startsWith("^")
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
    const re2 = shape.re;
    re2.lastIndex = 0;
    let m2;
    while ((m2 = re2.exec(line)) !== null) {
      if (m2[0].length === 0) {
        re2.lastIndex++;
        continue;
      }
      const groups = m2.indices?.groups;
      const vSpan = groups?.value;
      const value = m2.groups?.value;
      if (vSpan === void 0 || value === void 0 || value.length === 0 || value.length > MAX_VALUE) continue;
      const kSpan = groups?.key;
      const key = shape.key ?? m2.groups?.key ?? "";
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
        quoted: m2.groups?.q !== void 0 && m2.groups.q !== ""
      });
    }
  }
  return out;
}
function keySegments(key) {
  return key.split(/[.\[\]"'`/:$@>]+|->/).filter((s3) => s3.length > 0);
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
function parentKeys(text, lineStarts, li2) {
  const lineText = (i2) => {
    const s3 = lineStarts[i2];
    const e = i2 + 1 < lineStarts.length ? lineStarts[i2 + 1] : text.length;
    return text.slice(s3, e).replace(/\r?\n$|\r$/, "");
  };
  const own = lineText(li2);
  let indent = indentOf(own);
  const keys = [];
  const stopAt = Math.max(0, li2 - MAX_PARENT_LINES);
  const charFloor = lineStarts[li2] - MAX_PARENT_CHARS;
  for (let i2 = li2 - 1; i2 >= stopAt && lineStarts[i2] >= charFloor; i2--) {
    const line = lineText(i2);
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
      for (let j2 = i2 - 1; j2 >= stopAt && lineStarts[j2] >= charFloor; j2--) {
        const l = lineText(j2);
        const s3 = SECTION.exec(l);
        if (s3 && indentOf(l) === 0 && !/[=:]/.test(s3[1])) {
          keys.push(s3[1].trim());
          break;
        }
      }
      break;
    }
  }
  return keys.reverse();
}
function blockName(line) {
  let m2 = HCL_BLOCK.exec(line);
  if (m2) return [m2[1], ...(m2[2].match(/"[^"]*"/g) ?? []).map((s3) => s3.slice(1, -1))].join(".");
  m2 = JSON_PARENT.exec(line);
  if (m2) return m2[1].trim();
  m2 = YAML_PARENT.exec(line);
  if (m2) return m2[1].trim();
  m2 = XML_OPEN.exec(line);
  if (m2) {
    return m2[1];
  }
  return void 0;
}
function wordsOf(name, compounds) {
  const out = [];
  for (const w2 of keyWordsOf(name)) {
    const c = compounds.get(w2);
    if (c) out.push(...c);
    else out.push(w2);
  }
  return out;
}
function pathWords(parents, key, compounds) {
  const words = [];
  for (const p2 of parents) for (const seg of keySegments(p2)) words.push(...wordsOf(seg, compounds));
  for (const seg of keySegments(key)) words.push(...wordsOf(seg, compounds));
  return words;
}
function hasRun(words, seq) {
  if (seq.length === 0) return false;
  outer: for (let i2 = 0; i2 + seq.length <= words.length; i2++) {
    for (let j2 = 0; j2 < seq.length; j2++) if (words[i2 + j2] !== seq[j2]) continue outer;
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
    this.windowShapes = syntax.shapes.filter((s3) => !s3.anchored);
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
  line(li2, ws2, we2) {
    const [s3, e] = this.bounds(li2);
    const long = e - s3 > this.longLine;
    const from = long ? Math.max(s3, ws2) : s3;
    const to2 = long ? Math.min(e, we2) : e;
    const key = long ? `${from}:${to2}` : `${li2}`;
    let a = this.byLine.get(key);
    if (a === void 0) {
      a = lineAssignments(long ? this.windowShapes : this.syntax.shapes, this.text.slice(from, to2), from);
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
  each(li2, ws2, we2, fn) {
    const [s3, e] = this.bounds(li2);
    const from = Math.max(s3, ws2);
    const to2 = Math.min(e, we2);
    if (e - s3 <= this.longLine || to2 - from <= WINDOW_PIECE) {
      for (const a of this.line(li2, ws2, we2)) if (a.valueStart >= ws2 && a.valueStart < we2) fn(a);
      return;
    }
    for (let a = from; a < to2; a += WINDOW_PIECE) {
      const b3 = Math.min(to2, a + WINDOW_PIECE);
      const ps2 = Math.max(s3, a - PIECE_MARGIN);
      const pe2 = Math.min(e, b3 + PIECE_MARGIN);
      for (const x2 of lineAssignments(this.windowShapes, this.text.slice(ps2, pe2), ps2)) if (x2.valueStart >= a && x2.valueStart < b3) fn(x2);
    }
  }
  /** Start and end of line `li`, without its line break. */
  bounds(li2) {
    const s3 = this.lineStarts[li2];
    let e = li2 + 1 < this.lineStarts.length ? this.lineStarts[li2 + 1] : this.text.length;
    while (e > s3 && (this.text.charCodeAt(e - 1) === 10 || this.text.charCodeAt(e - 1) === 13)) e--;
    return [s3, e];
  }
  parentsOf(li2) {
    let p2 = this.parents.get(li2);
    if (p2 === void 0) {
      p2 = parentKeys(this.text, this.lineStarts, li2);
      this.parents.set(li2, p2);
    }
    return p2;
  }
  /** Whether the assignment satisfies the rule's key and context conditions. */
  accepts(rule, a, li2) {
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
    const words = pathWords(this.parentsOf(li2), a.key, compounds);
    const lineStart = Math.max(this.lineStarts[li2], a.keyStart - SAME_LINE_CONTEXT);
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
    (s3) => (s3.needs === void 0 || hasNeeds(s3.needs, line)) && (s3.requires === void 0 || s3.requires.test(line)) && s3.probe.test(line)
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
function inKeyPosition(text, hs2, he2, lineStart, lineEnd) {
  const stop = Math.min(lineEnd, he2 + KEY_REACH);
  const floor = Math.max(lineStart, hs2 - KEY_REACH);
  let j2 = he2;
  while (j2 < stop && isKeyWordChar(text.charCodeAt(j2))) j2++;
  const wordEnd = j2;
  while (j2 < stop) {
    const c = text.charCodeAt(j2);
    if (c !== 34 && c !== 39 && c !== 96 && c !== 93) break;
    j2++;
  }
  while (j2 < stop && (text.charCodeAt(j2) === 32 || text.charCodeAt(j2) === 9)) j2++;
  const op = text.charCodeAt(j2);
  if (op === 91) return true;
  if (op === 61 || op === 58 || op === 44 || op === 62 || (op === 63 || op === 124) && text.charCodeAt(j2 + 1) === 61) {
    let v2 = j2 + 1;
    while (v2 < stop) {
      const c = text.charCodeAt(v2);
      if (c !== 61 && c !== 62 && c !== 58 && c !== 32 && c !== 9) break;
      v2++;
    }
    const first = v2 < lineEnd ? text.charCodeAt(v2) : -1;
    return first !== -1 && first !== 123 && first !== 91 && first !== 13 && first !== 10;
  }
  let i2 = hs2;
  while (i2 > floor && isKeyChar(text.charCodeAt(i2 - 1))) i2--;
  if (text.charCodeAt(i2) === 45) return true;
  const before = i2 > lineStart ? text.charCodeAt(i2 - 1) : -1;
  if (before === 60) return true;
  if (before === 34 || before === 39) {
    let e = i2 - 2;
    while (e > floor && (text.charCodeAt(e) === 32 || text.charCodeAt(e) === 9)) e--;
    if (e >= lineStart && text.charCodeAt(e) === 61) return true;
  }
  const blankAfter = text.charCodeAt(wordEnd) === 32 || text.charCodeAt(wordEnd) === 9;
  if (!blankAfter) return false;
  while (i2 > floor && text.charCodeAt(i2 - 1) !== 32 && text.charCodeAt(i2 - 1) !== 9) i2--;
  if (i2 === floor && floor > lineStart) return false;
  let k2 = lineStart;
  while (k2 < i2 && (text.charCodeAt(k2) === 32 || text.charCodeAt(k2) === 9)) k2++;
  if (k2 === i2) return true;
  return CMD_BEFORE_KEY.test(text.slice(Math.max(lineStart, i2 - 40), i2));
}
function keywordIsKeyWord(keyword, rule, implied) {
  if (rule.context !== void 0 && rule.context.length > 0) return false;
  if (implied.has(keyword)) return false;
  const k2 = keyword.toLowerCase().replace(/[^a-z0-9]/g, "");
  if (k2.length === 0) return false;
  return rule.key.some((run) => {
    const r = run.join("").toLowerCase().replace(/[^a-z0-9]/g, "");
    return r.length > 0 && (r.includes(k2) || k2.includes(r));
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
  } catch (err2) {
    throw new ConfigError(
      `pattern ${where}: ${field} does not compile (${err2.message}); fix the regex`,
      void 0,
      void 0,
      { cause: err2 }
    );
  }
}
function valueProbe(source) {
  let core = source;
  if (core.startsWith("^")) core = core.slice(1);
  if (core.endsWith("$") && !core.endsWith("\\$")) core = core.slice(0, -1);
  let inClass = false;
  for (let i2 = 0; i2 < core.length; i2++) {
    const c = core[i2];
    if (c === "\\") {
      const n = core[i2 + 1];
      if (!inClass && (n === "b" || n === "B")) return void 0;
      i2++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "^" || c === "$") return void 0;
    else if (c === "(" && core[i2 + 1] === "?" && (core[i2 + 2] === "=" || core[i2 + 2] === "!" || core[i2 + 2] === "<" && (core[i2 + 3] === "=" || core[i2 + 3] === "!"))) {
      return void 0;
    }
  }
  return core;
}
function compileCatalog(specs, syntax, opts = {}) {
  if (syntax === void 0 && specs.some((s3) => s3.assignment !== void 0)) {
    throw new ConfigError("the catalog has assignment rules but no assignment shapes (patterns/syntax/assignments.yaml); pass them to compileCatalog");
  }
  const compiledSyntax = syntax ? compileSyntax(syntax) : void 0;
  const patterns = [];
  const keywordOwners = /* @__PURE__ */ new Map();
  const inKeyOwners = /* @__PURE__ */ new Map();
  const shapeOwners = /* @__PURE__ */ new Map();
  const unkeyed = [];
  specs.forEach((spec, index) => {
    for (const f2 of spec.flags) {
      if (!ACCEPTED_FLAGS.has(f2)) {
        throw new ConfigError(`pattern ${spec.id}: flag '${f2}' is not accepted; use only i, m and s`);
      }
    }
    const flags = "gd" + [...new Set(spec.flags)].join("");
    const regex = compileRegex(spec.regex, flags, spec.id, "regex");
    let group;
    const allow = spec.allow.map((a, i2) => compileRegex(a, "", spec.id, `allow[${i2}]`));
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
    const weak = spec.weakValues?.map((a, i2) => compileRegex(a, "i", spec.id, `weak_values[${i2}]`));
    const probeSource = spec.assignment !== void 0 ? valueProbe(spec.regex) : void 0;
    const probe = probeSource !== void 0 ? new RegExp(probeSource, [...new Set(spec.flags)].filter((f2) => f2 !== "m").join("")) : void 0;
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
    const kws = new Set(spec.keywords.filter((k2) => k2.length > 0).map(foldAscii));
    const shapes = spec.assignment && compiledSyntax ? impliedShapes(compiledSyntax, spec.assignment) : [];
    const implied = new Set(shapes.flatMap((shape) => shape.keywords.map(foldAscii)));
    for (const k2 of implied) {
      if (kws.has(k2)) continue;
      let byPattern = shapeOwners.get(k2);
      if (!byPattern) shapeOwners.set(k2, byPattern = /* @__PURE__ */ new Map());
      byPattern.set(index, shapes.filter((shape) => shape.keywords.some((w2) => foldAscii(w2) === k2)));
    }
    if (spec.assignment) {
      for (const k2 of kws) {
        if (!keywordIsKeyWord(k2, spec.assignment, implied)) continue;
        const set = inKeyOwners.get(k2);
        if (set) set.add(index);
        else inKeyOwners.set(k2, /* @__PURE__ */ new Set([index]));
      }
    }
    for (const k2 of implied) kws.add(k2);
    if (kws.size === 0) unkeyed.push(index);
    for (const k2 of kws) {
      const owners = keywordOwners.get(k2);
      if (owners) owners.push(index);
      else keywordOwners.set(k2, [index]);
    }
  });
  const keywords = [...keywordOwners.keys()];
  const ready = opts.prebuilt?.(keywords);
  const automaton = ready && builtFrom(ready, keywords) ? ready : buildAutomaton(keywords);
  const keywordPatterns = automaton.keywords.map((k2) => Int32Array.from(keywordOwners.get(k2)));
  const keywordInKey = automaton.keywords.map((k2, i2) => {
    const set = inKeyOwners.get(k2);
    return Uint8Array.from(keywordPatterns[i2], (p2) => set?.has(p2) ? 1 : 0);
  });
  const keywordShapes = automaton.keywords.map((k2, i2) => Array.from(keywordPatterns[i2], (p2) => shapeOwners.get(k2)?.get(p2)));
  const byId = new Map(patterns.map((p2, i2) => [p2.spec.id, i2]));
  return { patterns, automaton, keywordPatterns, keywordInKey, keywordShapes, unkeyed, byId, syntax: compiledSyntax };
}
function buildWindows(compiled, text, lineStarts, skipGeneric, touched) {
  const { patterns, keywordPatterns, keywordInKey, keywordShapes, automaton } = compiled;
  const windows = new Array(patterns.length);
  const hits = findKeywords(automaton, text, RUN_SAMPLE);
  const lastLine = lineStarts.length - 1;
  let lineStart = -1;
  let lineEnd = -1;
  for (let h = 0; h < hits.count; h++) {
    const kw = hits.keyword[h];
    const hs2 = hits.start[h];
    const he2 = hs2 + automaton.lengths[kw];
    if (hs2 < lineStart || hs2 > lineEnd) {
      const li2 = lineIndexAt(lineStarts, hs2);
      lineStart = lineStarts[li2];
      lineEnd = li2 < lastLine ? lineStarts[li2 + 1] - 1 : text.length;
      if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13 && text.charCodeAt(lineEnd) === 10) lineEnd--;
    }
    const long = lineEnd - lineStart > LONG_LINE;
    const lineWs = long ? Math.max(lineStart, hs2 - LONG_LINE_HALF) : lineStart;
    const lineWe = long ? Math.min(lineEnd, he2 + LONG_LINE_HALF) : lineEnd;
    const owners = keywordPatterns[kw];
    const inKey = keywordInKey[kw];
    const viaShapes = keywordShapes[kw];
    let keyPos = -1;
    for (let o = 0; o < owners.length; o++) {
      const p2 = owners[o];
      const { spec } = patterns[p2];
      if (skipGeneric && spec.generic) continue;
      let ws2;
      let we2;
      const shapes = viaShapes[o];
      if (shapes !== void 0 && !shapesRead(shapes, text.slice(lineWs, lineWe))) continue;
      if (inKey[o] === 1) {
        if (keyPos === -1) keyPos = inKeyPosition(text, hs2, he2, lineStart, lineEnd) ? 1 : 0;
        if (keyPos === 0) continue;
        ws2 = long ? Math.max(lineStart, hs2 - KEY_WINDOW_BEFORE) : lineStart;
        we2 = long ? Math.min(lineEnd, he2 + KEY_WINDOW_AFTER) : Math.max(lineEnd, he2);
      } else {
        ws2 = spec.windowBefore === void 0 ? lineWs : Math.max(0, hs2 - spec.windowBefore);
        we2 = spec.windowAfter === void 0 ? Math.max(lineWe, he2) : Math.min(text.length, he2 + spec.windowAfter);
      }
      let list = windows[p2];
      if (!list) {
        windows[p2] = [ws2, we2];
        touched.push(p2);
        continue;
      }
      const n = list.length;
      const lastWs = list[n - 2];
      const lastWe = list[n - 1];
      if (ws2 <= lastWe && we2 >= lastWs) {
        if (ws2 < lastWs) list[n - 2] = ws2;
        if (we2 > lastWe) list[n - 1] = we2;
      } else {
        list.push(ws2, we2);
      }
    }
  }
  for (const p2 of compiled.unkeyed) {
    if (!(skipGeneric && patterns[p2].spec.generic)) {
      windows[p2] = [0, text.length];
      touched.push(p2);
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
  touched.sort((a, b3) => a - b3);
  for (const p2 of touched) {
    const re2 = compiled.patterns[p2].path;
    if (windows[p2] !== void 0 && re2 !== void 0 && !re2.test(blob.path)) windows[p2] = void 0;
  }
  const matches = [];
  const seen = /* @__PURE__ */ new Set();
  let assignments;
  for (const p2 of touched) {
    const list = windows[p2];
    if (!list) continue;
    const cp = compiled.patterns[p2];
    const re2 = cp.regex;
    if (cp.spec.assignment !== void 0 && compiled.syntax !== void 0) {
      assignments ??= new AssignmentCache(compiled.syntax, text, lineStarts, LONG_LINE);
      assignmentMatches(cp, list, text, lineStarts, assignments, seen, matches);
      continue;
    }
    for (let w2 = 0; w2 < list.length; w2 += 2) {
      const ws2 = list[w2];
      const sub = text.slice(ws2, list[w2 + 1]);
      re2.lastIndex = 0;
      let m2;
      while ((m2 = re2.exec(sub)) !== null) {
        if (m2[0].length === 0) re2.lastIndex++;
        const secret = m2[cp.group];
        const span = m2.indices?.[cp.group];
        if (secret === void 0 || span === void 0) continue;
        const start = ws2 + span[0];
        const end = ws2 + span[1];
        const key = `${cp.spec.id}\0${start}\0${end}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const match = toMatch(cp, text, lineStarts, secret, start, end);
        if (match) matches.push(match);
      }
    }
  }
  matches.sort((a, b3) => a.start - b3.start || (a.patternId < b3.patternId ? -1 : a.patternId > b3.patternId ? 1 : 0));
  return applyPairs(resolveOverlaps(matches, compiled), compiled);
}
function applyPairs(matches, compiled) {
  const specOf = (m2) => compiled.patterns[compiled.byId.get(m2.patternId) ?? -1]?.spec;
  const pairOf = (m2) => specOf(m2)?.pair;
  const partnerOnly = (m2) => specOf(m2)?.partnerOnly === true;
  if (!matches.some((m2) => pairOf(m2) !== void 0)) return matches.some(partnerOnly) ? matches.filter((m2) => !partnerOnly(m2)) : matches;
  const absorbed = /* @__PURE__ */ new Set();
  const dropped = /* @__PURE__ */ new Set();
  for (const m2 of matches) {
    const pair = pairOf(m2);
    if (!pair || m2.notes?.includes("paired")) continue;
    let best;
    for (const p2 of matches) {
      if (p2 === m2 || !pair.with.includes(p2.patternId) || Math.abs(p2.line - m2.line) > pair.withinLines) continue;
      if (!best || Math.abs(p2.start - m2.start) < Math.abs(best.start - m2.start)) best = p2;
    }
    if (!best) {
      if (pair.required) dropped.add(m2);
      continue;
    }
    absorbed.add(best);
    m2.details = { ...m2.details, pairedWith: redact(best.secret), pairedPattern: best.patternId, pairedLine: best.line };
    m2.pairedSecret = best.secret;
    const partnerKind = compiled.patterns[compiled.byId.get(best.patternId) ?? -1]?.spec.kind;
    if (partnerKind === "long-lived-credential" && m2.kindOverride === void 0) m2.kindOverride = partnerKind;
    m2.notes = [...m2.notes ?? [], "paired"];
  }
  return matches.filter((m2) => !dropped.has(m2) && !absorbed.has(m2) && !partnerOnly(m2));
}
function assignmentMatches(cp, windows, text, lineStarts, cache, seen, out) {
  const rule = cp.spec.assignment;
  const re2 = cp.regex;
  const probe = cp.valueProbe;
  for (let w2 = 0; w2 < windows.length; w2 += 2) {
    const ws2 = windows[w2];
    const we2 = windows[w2 + 1];
    if (probe !== void 0) {
      const around = text.slice(ws2, Math.min(text.length, we2 + MAX_VALUE));
      const nl = we2 > ws2 ? around.indexOf("\n", we2 - 1 - ws2) : -1;
      if (!probe.test(nl === -1 ? around : around.slice(0, nl))) continue;
    }
    const l0 = lineIndexAt(lineStarts, ws2);
    const l1 = lineIndexAt(lineStarts, Math.max(ws2, we2 - 1));
    for (let li2 = l0; li2 <= l1; li2++) {
      cache.each(li2, ws2, we2, (a) => {
        if (!cache.accepts(rule, a, li2)) return;
        re2.lastIndex = 0;
        const m2 = re2.exec(a.value);
        if (m2 === null) return;
        const secret = m2[cp.group];
        const span = m2.indices?.[cp.group];
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
function beats(compiled, a, b3) {
  if (a.patternId === b3.patternId) return false;
  const pa = compiled.patterns[compiled.byId.get(a.patternId)];
  const pb = compiled.patterns[compiled.byId.get(b3.patternId)];
  if (pa.tier !== pb.tier) return pa.tier > pb.tier;
  if (pa.supersedes.has(b3.patternId)) return true;
  if (pb.supersedes.has(a.patternId)) return false;
  return overlapFallback(a, b3, compiled.byId.get(a.patternId), compiled.byId.get(b3.patternId)) < 0;
}
function overlapFallback(a, b3, indexA, indexB) {
  const valid = Number(b3.checksum === "valid") - Number(a.checksum === "valid");
  if (valid !== 0) return valid;
  const longer = b3.end - b3.start - (a.end - a.start);
  return longer !== 0 ? longer : indexA - indexB;
}
function resolveOverlaps(sorted, compiled) {
  if (sorted.length < 2) return sorted;
  const out = [];
  let i2 = 0;
  while (i2 < sorted.length) {
    let j2 = i2 + 1;
    let runEnd = sorted[i2].end;
    while (j2 < sorted.length && sorted[j2].start < runEnd) {
      runEnd = Math.max(runEnd, sorted[j2].end);
      j2++;
    }
    for (let k2 = i2; k2 < j2; k2++) {
      const m2 = sorted[k2];
      let dropped = false;
      for (let o = i2; o < j2 && !dropped; o++) {
        const other = sorted[o];
        dropped = o !== k2 && other.start < m2.end && m2.start < other.end && beats(compiled, other, m2);
      }
      if (!dropped) out.push(m2);
    }
    i2 = j2;
  }
  return out;
}
function toMatch(cp, text, lineStarts, secret, start, end, key) {
  const c = { spec: cp.spec, allow: cp.allow, weak: cp.weak, validator: cp.validator, secret, text, start, end, notes: [], key };
  if (rejectReason(c) !== void 0) return void 0;
  const li2 = lineIndexAt(lineStarts, start);
  const le2 = lineIndexAt(lineStarts, end);
  const match = {
    patternId: cp.spec.id,
    start,
    end,
    line: li2 + 1,
    column: start - lineStarts[li2] + 1,
    endLine: le2 + 1,
    endColumn: end - lineStarts[le2] + 1,
    secret,
    entropy: c.entropy ?? shannonEntropy(secret),
    checksum: cp.validator ? c.checksumValid ? "valid" : "invalid" : "none"
  };
  if (c.notes.length > 0) match.notes = c.notes;
  if (c.notes.includes("weak-default-password")) match.severityOverride = "low";
  return match;
}

// src/detect/posture-yaml.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/model/yaml-depth.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_YAML_DEPTH = 200;
function composeYaml(text, options, opts = {}) {
  const tokens = [...new import_yaml.Parser(opts.addNewLine).parse(text)];
  if (nestingDepth(tokens) > MAX_YAML_DEPTH) return void 0;
  return [...new import_yaml.Composer(options).compose(tokens, opts.forceDoc === true, text.length)];
}
function nestingDepth(tokens) {
  let max2 = 0;
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
    if (depth > max2) max2 = depth;
    if (max2 > MAX_YAML_DEPTH) return max2;
    for (const it2 of tok.items) stack.push([it2.key, depth], [it2.value, depth]);
  }
  return max2;
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
  } catch (err2) {
    if (err2 instanceof import_yaml2.YAMLError || err2 instanceof RangeError && /call stack/i.test(err2.message)) return void 0;
    throw err2;
  }
}
var indexes = /* @__PURE__ */ new WeakMap();
function indexDocument(doc) {
  let index = indexes.get(doc);
  if (index) return index;
  const idx = { aliases: /* @__PURE__ */ new Map(), duplicateKey: false };
  const anchors = /* @__PURE__ */ new Map();
  (0, import_yaml2.visit)(doc, {
    Node: (_key, node) => {
      if ((0, import_yaml2.isAlias)(node)) {
        idx.aliases.set(node, anchors.get(node.source));
        return;
      }
      if (node.anchor) anchors.set(node.anchor, node);
      if ((0, import_yaml2.isMap)(node) && !idx.duplicateKey) {
        const keys = /* @__PURE__ */ new Set();
        for (const pair of node.items) {
          if (!(0, import_yaml2.isScalar)(pair.key)) continue;
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
  for (let i2 = 0; i2 < 8 && (0, import_yaml2.isAlias)(n); i2++) n = indexDocument(doc).aliases.get(n);
  return (0, import_yaml2.isAlias)(n) ? void 0 : n;
}
function asMap(doc, node) {
  const n = deref(doc, node);
  return (0, import_yaml2.isMap)(n) ? n : void 0;
}
function asSeqItems(doc, node) {
  const n = deref(doc, node);
  return (0, import_yaml2.isSeq)(n) ? n.items.map((i2) => deref(doc, i2)) : [];
}
function keyName(pair) {
  const k2 = pair.key;
  if ((0, import_yaml2.isScalar)(k2) && (typeof k2.value === "string" || typeof k2.value === "number")) return String(k2.value);
  return void 0;
}
var MAX_MERGED_MAPS = 64;
function entries2(doc, map, depth = 0, budget = { maps: MAX_MERGED_MAPS }) {
  if (!map || depth > 8 || budget.maps-- <= 0) return [];
  const own = [];
  const merged = [];
  for (const pair of map.items) {
    if (keyName(pair) === "<<") {
      const sources = (0, import_yaml2.isSeq)(deref(doc, pair.value)) ? asSeqItems(doc, pair.value) : [deref(doc, pair.value)];
      for (const s3 of sources) merged.push(...entries2(doc, (0, import_yaml2.isMap)(s3) ? s3 : void 0, depth + 1, budget));
    } else {
      own.push(pair);
    }
  }
  const seen = new Set(own.map(keyName));
  const out = [...own];
  for (const p2 of merged) {
    const k2 = keyName(p2);
    if (!seen.has(k2)) {
      seen.add(k2);
      out.push(p2);
    }
  }
  return out;
}
function getPair(doc, map, key) {
  return entries2(doc, map).find((p2) => keyName(p2) === key);
}
function getNode(doc, map, key) {
  const p2 = getPair(doc, map, key);
  return p2 ? deref(doc, p2.value) : void 0;
}
function scalarText(doc, node) {
  const n = deref(doc, node);
  if (!(0, import_yaml2.isScalar)(n) || n.value === null || n.value === void 0) return void 0;
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
  const li2 = lineIndexAt(starts, start);
  const le2 = lineIndexAt(starts, Math.max(start, end));
  return {
    patternId,
    start,
    end,
    line: li2 + 1,
    column: start - starts[li2] + 1,
    endLine: le2 + 1,
    endColumn: end - starts[le2] + 1,
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
function compileRule(spec, p2) {
  return {
    id: spec.id,
    env: p2.env,
    ...p2.requires && { requires: p2.requires },
    oidcDerivable: p2.oidcDerivable,
    actions: p2.actions.map((a) => ({
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
    commands: p2.commands.map((c) => ({
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
  for (const re2 of res) {
    re2.lastIndex = from;
    const m2 = re2.exec(text);
    if (!m2) return false;
    from = m2.index + m2[0].length;
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
        const m2 = c.arg.exec(line.text);
        const idx = m2?.indices?.[1];
        if (!m2 || !idx) continue;
        const raw = m2[1];
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
    for (let i2 = run.indexOf("//"); i2 !== -1 && i2 < last; i2 = run.indexOf("//", i2 + 1)) {
      let e = i2 + 2;
      while (e < run.length && run[e] !== "/" && run[e] !== ":") e++;
      if (e > i2 + 2 && e <= last) return run.slice(i2 + 2, e) !== "registry.npmjs.org";
    }
  }
  return false;
}
function githubSecretRefs(s3) {
  const out = [];
  for (let i2 = s3.indexOf("${{"); i2 !== -1; i2 = s3.indexOf("${{", i2)) {
    const close = s3.indexOf("}}", i2 + 3);
    if (close === -1) break;
    const text = s3.slice(i2, close + 2);
    const names = [...text.matchAll(/\bsecrets\s*(?:\.\s*([A-Za-z_][\w-]*)|\[\s*['"]([^'"]{1,256})['"]\s*\]|\[[^\]]{1,256}\])/g)].map(
      (n) => n[1] ?? n[2] ?? "[computed]"
    );
    if (names.some((n) => n.toUpperCase() !== "GITHUB_TOKEN")) out.push({ text, index: i2 });
    i2 = close + 2;
  }
  return out;
}
var GITLAB_EPHEMERAL = /^(?:CI_JOB_TOKEN|CI_JOB_JWT(?:_V\d)?|CI_REGISTRY_PASSWORD|CI_DEPENDENCY_PROXY_PASSWORD)$/;
function gitlabVarRefs(s3, idTokens) {
  const out = [];
  for (const m2 of s3.matchAll(/(?<!\$)\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))/g)) {
    const name = m2[1] ?? m2[2];
    if (GITLAB_EPHEMERAL.test(name) || idTokens.has(name)) continue;
    out.push({ text: m2[0], name, index: m2.index });
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
  return out.sort((a, b3) => a.start - b3.start);
}
function walkJob(blob, doc, job, jobId, workflowEnv, rules, emit) {
  const jobEnv = asMap(doc, getNode(doc, job, "env"));
  const steps = asSeqItems(doc, getNode(doc, job, "steps")).map((s3) => asMap(doc, s3)).filter((s3) => s3 !== void 0);
  const npmjs = steps.every((s3) => actionOf(doc, s3) !== "actions/setup-node" || registryIsNpmjs(getText(doc, withOf(doc, s3), "registry-url")));
  const pypiIndex = [workflowEnv, jobEnv].every((e) => indexIsPypi(getText(doc, e, "TWINE_REPOSITORY_URL")));
  const stepGates = steps.map((s3) => ({
    "npm-publish": npmjs && publishesNpmStep(doc, s3),
    "pypi-publish": pypiIndex && publishesPypiStep(doc, s3)
  }));
  const jobGates = { "npm-publish": stepGates.some((g2) => g2["npm-publish"]), "pypi-publish": stepGates.some((g2) => g2["pypi-publish"]) };
  envBlock(doc, jobEnv, jobGates, { job: jobId, step: "job env" }, rules, emit);
  steps.forEach((step, i2) => {
    const action = actionOf(doc, step);
    const label = action ?? getText(doc, step, "name") ?? `steps[${i2}]`;
    const scope = { job: jobId, step: label };
    const stepEnv = asMap(doc, getNode(doc, step, "env"));
    envBlock(doc, stepEnv, stepGates[i2], scope, rules, emit);
    if (action) actionInputs(doc, action, withOf(doc, step), stepGates[i2], scope, rules, emit);
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
      const pair = pairs.find((p2) => keyName(p2)?.toUpperCase() === name);
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
        const pair = pairs.find((p2) => inputMatches(a, input, keyName(p2) ?? ""));
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
function looseName(s3) {
  return s3.replace(/[A-Z]/g, (c) => c.toLowerCase()).replace(/_/g, "-");
}
function inputMatches(a, input, key) {
  return a.match === "loose" ? looseName(key) === looseName(input) : key === input;
}
function conditionHolds(doc, inputs, a) {
  const w2 = a.when;
  if (!w2) return true;
  const value = getText(doc, inputs, w2.input) ?? w2.default;
  if (w2.in && !w2.in.includes((value ?? "").trim().toLowerCase())) return false;
  if (w2.host) {
    const host = registryHost(value);
    if (host === void 0 || !w2.host.some((re2) => re2.test(host))) return false;
  }
  return true;
}
function referenceAfter(value, key) {
  const refs = githubSecretRefs(value);
  const at2 = value.replace(/[A-Z]/g, (c) => c.toLowerCase()).indexOf(key.toLowerCase());
  return (at2 >= 0 ? refs.find((r) => r.index > at2) : void 0)?.text ?? refs[0]?.text;
}
function resolveArg(doc, arg, rule, envs) {
  const direct = githubSecretRefs(arg)[0];
  if (direct) return direct.text;
  const v2 = /^\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))$|^\$env:([A-Za-z_]\w*)$/.exec(arg);
  const name = v2 ? v2[1] ?? v2[2] ?? v2[3] : void 0;
  if (!name || rule.env.includes(name.toUpperCase())) return void 0;
  for (const env of envs) {
    const pair = getPair(doc, env, name);
    if (pair) return githubSecretRefs(getText(doc, env, name) ?? "")[0]?.text;
  }
  return void 0;
}

// src/detect/posture-gitlab.ts
var import_yaml3 = __toESM(require_dist(), 1);
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
    for (let i2 = script.indexOf("auth/"); i2 !== -1; i2 = script.indexOf("auth/", i2 + 1)) {
      let e = i2 + 5;
      while (e < script.length && /[\w-]/.test(script[e])) e++;
      if (script.startsWith("/login", e) && /jwt|oidc/.test(script.slice(i2 + 5, e))) return true;
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
    const scripts = SCRIPT_KEYS.flatMap((k2) => scriptsOf(blob, doc, getNode(doc, job, k2) ?? getNode(doc, dflt, k2) ?? getNode(doc, root, k2)));
    const all = scripts.map((s3) => s3.text).join("\n");
    const gates = { "npm-publish": publishesNpm(all) && !otherNpmRegistry2(all), "pypi-publish": publishesPypi(all) };
    const federated = idTokens.size > 0 || FEDERATED_LOGIN.test(all);
    const jobVars = asMap(doc, getNode(doc, job, "variables"));
    for (const rule of rules) {
      if (rule.requires && !gates[rule.requires]) continue;
      const byVar = variableHit(doc, jobVars, rule, idTokens, { job: name, step: "variables" }, emit) || variableHit(doc, globalVars, rule, idTokens, { job: "*", step: "variables" }, emit);
      if (!byVar && !(rule.oidcDerivable && federated)) scriptHit(scripts, rule, idTokens, name, emit);
    }
    for (const s3 of scripts) {
      for (const hit of commandHits(s3.text, s3.start, rules)) {
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
  return out.sort((a, b3) => a.start - b3.start);
}
function idTokenNames(doc, map) {
  return entries2(doc, asMap(doc, getNode(doc, map, "id_tokens"))).map(keyName).filter((k2) => k2 !== void 0);
}
function scriptsOf(blob, doc, node, depth = 0) {
  const n = deref(doc, node);
  if (depth > 4 || n === void 0) return [];
  if ((0, import_yaml3.isSeq)(n)) return n.items.flatMap((i2) => scriptsOf(blob, doc, i2, depth + 1));
  const range = nodeRange(n);
  if (!(0, import_yaml3.isScalar)(n) || !range) return [];
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
    const pair = pairs.find((p2) => keyName(p2) === name);
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
    for (const s3 of scripts) {
      const ref = gitlabVarRefs(s3.text, idTokens).find((r) => r.name === name);
      if (ref) {
        emit(rule, s3.start + ref.index, s3.start + ref.index + ref.text.length, ref.text, { job, step: "script", input: ref.name });
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
  } catch (err2) {
    throw new Error(`internal error in the ${context} posture detector: ${err2 instanceof Error ? err2.message : String(err2)}`, { cause: err2 });
  }
}

// src/model/structured-files.ts
function compileFileMatch(m2) {
  const all = (list, flags = "") => list.map((s3) => new RegExp(s3, flags));
  return { name: all(m2.name), notName: all(m2.notName), path: all(m2.path), contexts: new Set(m2.contexts), content: all(m2.content, "m") };
}
function fileMatchNames(m2, path2, context) {
  const lower = path2.toLowerCase();
  const slash = lower.lastIndexOf("/");
  const name = slash === -1 ? lower : lower.slice(slash + 1);
  const named = m2.name.some((re2) => re2.test(name)) || m2.path.some((re2) => re2.test(lower)) || context !== void 0 && m2.contexts.has(context);
  return named && !m2.notName.some((re2) => re2.test(name));
}
function fileMatchReads(m2, path2, text, context) {
  return fileMatchNames(m2, path2, context) && m2.content.every((re2) => re2.test(text));
}

// src/detect/structured-json.ts
var import_yaml6 = __toESM(require_dist(), 1);

// src/detect/structured-yaml.ts
var import_yaml5 = __toESM(require_dist(), 1);

// src/detect/structured-util.ts
var import_yaml4 = __toESM(require_dist(), 1);
function decodeBase64Text(value) {
  const s3 = value.replace(/\s+/g, "");
  if (s3.length === 0 || s3.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(s3)) return void 0;
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.from(s3, "base64"));
    return /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/.test(text) ? void 0 : text;
  } catch (err2) {
    if (err2.code === "ERR_ENCODING_INVALID_ENCODED_DATA") return void 0;
    throw err2;
  }
}
function isParseFailure(err2) {
  return err2 instanceof SyntaxError || err2 instanceof import_yaml4.YAMLError || err2 instanceof RangeError && /call stack/i.test(err2.message);
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
  const words = name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase().split(/[^A-Z0-9]+/).filter((w2) => w2.length > 0);
  if (words.length === 0 || SETTING_WORDS.has(words[words.length - 1])) return void 0;
  const joined2 = words.join("_");
  if (PUBLIC_WORDS.test(joined2)) return void 0;
  const last = words[words.length - 1];
  if (!SECRET_WORDS.test(joined2) && !(last === "KEY" && words.length > 1)) return void 0;
  return /(?:^|_)(?:PASSWORD|PASSWD|PWD|PASS|PASSPHRASE)(?:_|$)/.test(joined2) ? "password" : "secret";
}
var WEAK_PASSWORD = /^(?:password|passw0rd|changeme|changeit|secret|admin|root|guest|test|user|postgres|mysql|12345678|qwertyuiop|letmein|anonymous)\d{0,4}$/i;
function acceptValue(spec, value, at2) {
  if (/\s/.test(value) || WEAK_PASSWORD.test(value)) return false;
  const where = at2 ?? { text: value, start: 0, end: value.length };
  return rejectReason({ spec, allow: [], secret: value, text: where.text, start: where.start, end: where.end, notes: [] }) === void 0;
}
function scalarSpan(node, text) {
  if (!(0, import_yaml4.isScalar)(node) || typeof node.value !== "string" || !node.range) return void 0;
  const scalar = node;
  const [s3, e] = scalar.range;
  switch (scalar.type) {
    case "QUOTE_DOUBLE":
    case "QUOTE_SINGLE":
      return e - 1 > s3 + 1 ? { start: s3 + 1, end: e - 1 } : void 0;
    case "PLAIN":
      return e > s3 ? { start: s3, end: e } : void 0;
    default: {
      const nl = text.indexOf("\n", s3);
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
function overlaps(m2, span) {
  return m2.start < span.end && span.start < m2.end;
}
function mergeDetails(m2, details, notes) {
  const out = { ...m2 };
  if (details && Object.keys(details).length > 0) out.details = { ...m2.details, ...details };
  if (notes && notes.length > 0) out.notes = [.../* @__PURE__ */ new Set([...m2.notes ?? [], ...notes])];
  return out;
}
function report(run, hit) {
  const covering = run.existing.filter((m2) => overlaps(m2, hit.span));
  const specific = covering.filter((m2) => !run.generic.has(m2.patternId));
  const enrich = (list) => {
    for (const m2 of list) if (run.ids.has(m2.patternId)) run.out.push(mergeDetails(m2, hit.details, hit.notes));
  };
  if (hit.owns && run.ids.has(hit.id) && (specific.length > 0 || hit.accept())) {
    const m2 = makeMatch(run.blob, hit.id, hit.span, hit.secret, hit.details, hit.notes);
    const checked = specific.find((c) => c.checksum !== "none" && c.start === hit.span.start && c.end === hit.span.end);
    if (checked) m2.checksum = checked.checksum;
    run.out.push(m2);
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
  const b3 = positionAt(blob.lineStarts, span.end);
  const m2 = {
    patternId: id,
    start: span.start,
    end: span.end,
    line: a.line,
    column: a.column,
    endLine: b3.line,
    endColumn: b3.column,
    secret,
    entropy: shannonEntropy(secret),
    checksum: "none"
  };
  if (details && Object.keys(details).length > 0) m2.details = details;
  if (notes && notes.length > 0) m2.notes = notes;
  return m2;
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
  } catch (err2) {
    if (isParseFailure(err2)) return [];
    throw err2;
  }
}
function scalarString(map, key) {
  const v2 = map.get(key, true);
  return (0, import_yaml5.isScalar)(v2) && typeof v2.value === "string" ? v2.value : void 0;
}
function valueOf(run, map, key) {
  const node = map.get(key, true);
  const span = scalarSpan(node, run.blob.text);
  if (!span || !(0, import_yaml5.isScalar)(node) || typeof node.value !== "string") return void 0;
  return { value: node.value, span };
}
function isKubeconfigRoot(root) {
  return (0, import_yaml5.isMap)(root) && scalarString(root, "kind") === "Config" && scalarString(root, "apiVersion") === "v1" && (0, import_yaml5.isSeq)(root.get("users", true)) && (root.has("clusters") || root.has("contexts"));
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
    if (!(0, import_yaml5.isSeq)(users)) continue;
    for (const entry of users.items) {
      if (!(0, import_yaml5.isMap)(entry)) continue;
      const user = entry.get("user", true);
      if (!(0, import_yaml5.isMap)(user)) continue;
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
        const m2 = pem === void 0 ? null : PEM_KEY.exec(pem);
        if (m2) {
          const notes = ["decoded-from-base64"];
          if (/ENCRYPTED/.test(m2[1]) || /Proc-Type:\s*4,ENCRYPTED/.test(pem)) notes.push("encrypted");
          const keyType = (m2[1] ?? "").trim() || "PKCS8";
          own("kubernetes.kubeconfig-client-key", keyData, { ...details, keyType }, notes, () => true);
        }
      }
      const provider = user.get("auth-provider", true);
      const config = (0, import_yaml5.isMap)(provider) ? provider.get("config", true) : void 0;
      if ((0, import_yaml5.isMap)(config)) {
        for (const [key, id] of AUTH_PROVIDER_KEYS) {
          const found = valueOf(run, config, key);
          if (found) own(id, found, { ...details, field: `auth-provider.config.${key}` });
        }
      }
      const exec2 = user.get("exec", true);
      const env = (0, import_yaml5.isMap)(exec2) ? exec2.get("env", true) : void 0;
      if ((0, import_yaml5.isSeq)(env)) {
        for (const item of env.items) {
          if (!(0, import_yaml5.isMap)(item)) continue;
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
    if (!(0, import_yaml5.isMap)(root) || scalarString(root, "kind") !== "Secret") continue;
    const metadata = root.get("metadata", true);
    const manifestName = (0, import_yaml5.isMap)(metadata) ? scalarString(metadata, "name") : void 0;
    for (const [field, encoded] of [["data", true], ["stringData", false]]) {
      const data = root.get(field, true);
      if (!(0, import_yaml5.isMap)(data)) continue;
      for (const pair of data.items) {
        const key = (0, import_yaml5.isScalar)(pair.key) ? String(pair.key.value) : void 0;
        const keyStart = nodeStart(pair.key);
        const valueSpan = scalarSpan(pair.value, text);
        if (key === void 0 || keyStart === void 0 || !valueSpan || !(0, import_yaml5.isScalar)(pair.value)) continue;
        const raw = String(pair.value.value);
        const decoded2 = encoded ? decodeBase64Text(raw) : raw;
        if (decoded2 === void 0) continue;
        const span = encoded ? { start: keyStart, end: valueSpan.end } : valueSpan;
        const details = { dataKey: key };
        if (manifestName !== void 0) details.secretName = manifestName;
        const note = encoded ? ["decoded-from-base64"] : [];
        const found = scanDecoded(decoded2, key);
        for (const m2 of found) {
          if (!run.ids.has(m2.patternId)) continue;
          const moved = makeMatch(run.blob, m2.patternId, span, m2.secret, { ...m2.details, ...details }, [.../* @__PURE__ */ new Set([...m2.notes ?? [], ...note])]);
          if (m2.kindOverride) moved.kindOverride = m2.kindOverride;
          if (m2.severityOverride) moved.severityOverride = m2.severityOverride;
          moved.checksum = m2.checksum;
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
  } catch (err2) {
    if (isParseFailure(err2)) return void 0;
    throw err2;
  }
  const root = cleanDocuments(text)[0]?.contents;
  return (0, import_yaml6.isMap)(root) ? root : void 0;
}
var DOCKER_PASSWORD = passwordSpec("docker.config-auth");
function detectDockerConfig(run) {
  const root = jsonRoot(run.blob.text);
  if (!root) return;
  let auths = root.get("auths", true);
  if (!(0, import_yaml6.isMap)(auths) && baseName(run.blob.path) === ".dockercfg") auths = root;
  if (!(0, import_yaml6.isMap)(auths)) return;
  for (const pair of auths.items) {
    if (!(0, import_yaml6.isScalar)(pair.key) || !(0, import_yaml6.isMap)(pair.value)) continue;
    const registry = String(pair.key.value);
    const entry = pair.value;
    const authNode = entry.get("auth", true);
    const authSpan = scalarSpan(authNode, run.blob.text);
    if (authSpan && (0, import_yaml6.isScalar)(authNode)) {
      const value = String(authNode.value);
      const decoded2 = decodeUserPassword(value);
      if (decoded2) {
        const details = { registry, username: decoded2.username };
        const inside = run.rescan(decoded2.password).map((m2) => m2.patternId);
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
    if (tokenSpan && (0, import_yaml6.isScalar)(tokenNode)) {
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
  const str = (k2) => {
    const v2 = root.get(k2, true);
    return (0, import_yaml6.isScalar)(v2) && typeof v2.value === "string" ? v2.value : void 0;
  };
  if (str("type") !== "service_account") return;
  const keyNode = root.get("private_key", true);
  const span = scalarSpan(keyNode, run.blob.text);
  if (!span) return;
  const details = {};
  for (const [k2, d] of [["project_id", "projectId"], ["client_email", "clientEmail"], ["private_key_id", "keyId"]]) {
    const v2 = str(k2);
    if (v2 !== void 0) details[d] = v2;
  }
  report(run, { id: "gcp.service-account-key", span, secret: "", details, accept: () => false });
}

// src/detect/structured-text.ts
var import_yaml7 = __toESM(require_dist(), 1);
var NETRC_PASSWORD = passwordSpec("netrc.password");
var URL_PASSWORD = passwordSpec("url.basic-credentials");
function detectNetrc(run) {
  const text = run.blob.text;
  const tokens = [];
  const re2 = /\S+/g;
  let m2;
  while ((m2 = re2.exec(text)) !== null) {
    tokens.push({ value: m2[0], start: m2.index });
    if (m2[0] === "macdef") {
      const name = re2.exec(text);
      if (name === null) break;
      const blank = /\r?\n[ \t]*\r?\n/g;
      blank.lastIndex = re2.lastIndex;
      const b3 = blank.exec(text);
      if (b3 === null) break;
      re2.lastIndex = b3.index + 1;
    }
  }
  let host;
  let login;
  const pending = [];
  const flush = () => {
    for (const p2 of pending) {
      const details = { host: p2.host ?? "default" };
      if (login !== void 0) details.login = login;
      report(run, { id: "netrc.password", span: p2.span, secret: p2.value, details, accept: () => acceptValue(NETRC_PASSWORD, p2.value, { text, ...p2.span }) });
    }
    pending.length = 0;
  };
  for (let i2 = 0; i2 < tokens.length; i2++) {
    const t = tokens[i2].value;
    if (t === "machine" || t === "default") {
      flush();
      login = void 0;
      host = t === "default" ? "default" : tokens[++i2]?.value;
    } else if (t === "login" || t === "account") {
      const v2 = tokens[++i2];
      if (t === "login" && v2) login = v2.value;
    } else if (t === "password" && host !== void 0) {
      const v2 = tokens[++i2];
      if (v2) pending.push({ value: v2.value, span: { start: v2.start, end: v2.start + v2.value.length }, host });
    }
  }
  flush();
}
function detectGitCredentials(run) {
  const text = run.blob.text;
  const re2 = /^[ \t]*[a-z][a-z0-9+.-]*:\/\/([^:@/\s]*):([^@\s]+)@([^/\s?#]+)/dgim;
  let m2;
  while ((m2 = re2.exec(text)) !== null) {
    const [s3, e] = m2.indices[2];
    const value = m2[2];
    const details = { host: m2[3], username: decodeURIComponentSafe(m2[1]) };
    report(run, { id: "url.basic-credentials", span: { start: s3, end: e }, secret: value, details, accept: () => acceptValue(URL_PASSWORD, value, { text, start: s3, end: e }) });
  }
}
function decodeURIComponentSafe(s3) {
  try {
    return decodeURIComponent(s3);
  } catch (err2) {
    if (err2 instanceof URIError) return s3;
    throw err2;
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
  let i2 = start;
  while (i2 < end && isBlank(text[i2])) i2++;
  if (i2 === end) return void 0;
  let last = end;
  while (last > i2 && isBlank(text[last - 1])) last--;
  const first = text[i2];
  if (first === "[") {
    const close = text.indexOf("]", i2 + 1);
    return close === last - 1 && close > i2 + 1 ? text.slice(i2 + 1, close).trim() : void 0;
  }
  if (/\s/.test(first) || first === "#" || first === ";" || first === "=" || colon && first === ":") return void 0;
  let sep2 = i2;
  while (sep2 < end && text[sep2] !== "=" && !(colon && text[sep2] === ":")) sep2++;
  if (sep2 === end) return void 0;
  let v2 = sep2 + 1;
  while (v2 < last && isBlank(text[v2])) v2++;
  if (v2 >= last) return void 0;
  return { key: text.slice(i2, sep2).trim(), value: text.slice(v2, last), span: { start: v2, end: last } };
}
function detectPypirc(run) {
  const text = run.blob.text;
  const id = "pypi.pypirc-password";
  const spec = run.rules.get(id);
  const entries3 = iniEntries(text, true);
  for (const e of entries3) {
    if (e.key.toLowerCase() !== "password" || e.section === "" || e.section === "distutils") continue;
    const username = entries3.find((u2) => u2.section === e.section && u2.key.toLowerCase() === "username")?.value;
    const details = { repository: e.section };
    if (username !== void 0) details.username = username;
    report(run, { id, span: e.span, secret: e.value, details, accept: () => spec !== void 0 && acceptValue(spec, e.value, { text, ...e.span }) });
  }
}
function unquote(value, span) {
  const q2 = value[0];
  if ((q2 === '"' || q2 === "'") && value.length >= 2 && value.endsWith(q2)) {
    return { value: value.slice(1, -1), span: { start: span.start + 1, end: span.end - 1 } };
  }
  return { value, span };
}
var NPMRC_FIELDS = ["_authToken", "_password", "_auth"];
function detectNpmrc(run) {
  const text = run.blob.text;
  const entries3 = iniEntries(text, false);
  for (const raw of entries3) {
    const field = NPMRC_FIELDS.find((f2) => raw.key.endsWith(f2));
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
      const user = entries3.find((u2) => u2.key === (prefix === "" ? "username" : `${prefix}:username`));
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
  const re2 = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=[ \t]*([^\r\n]*)/dgm;
  let m2;
  while ((m2 = re2.exec(text)) !== null) {
    const start = m2.indices[2][0];
    const raw = m2[2];
    let value;
    let vs2;
    const q2 = raw[0];
    if (q2 === '"' || q2 === "'") {
      const close = raw.indexOf(q2, 1);
      if (close === -1) continue;
      value = raw.slice(1, close);
      vs2 = start + 1;
    } else {
      const hash = raw.search(/\s#/);
      value = (hash === -1 ? raw : raw.slice(0, hash)).trimEnd();
      vs2 = start;
    }
    if (value === "") continue;
    assignmentHit(run, "dotenv.secret-assignment", m2[1], value, { start: vs2, end: vs2 + value.length }, { variable: m2[1] }, false, true);
  }
}
function blockEnd(text, open, limit) {
  let depth = 0;
  for (let i2 = open; i2 < limit; i2++) {
    const c = text[i2];
    if (c === '"') {
      for (i2++; i2 < limit && text[i2] !== '"' && text[i2] !== "\n"; i2++) if (text[i2] === "\\") i2++;
    } else if (c === "#" || c === "/" && text[i2 + 1] === "/") {
      while (i2 < limit && text[i2] !== "\n") i2++;
    } else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return i2;
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
      if (!span || !(0, import_yaml7.isScalar)(pair.key) || !(0, import_yaml7.isScalar)(pair.value) || typeof pair.value.value !== "string") continue;
      const name = String(pair.key.value);
      assignmentHit(run, id, name, pair.value.value, span, { variable: name }, false, true);
    }
    return;
  }
  if (path2.endsWith(".tfvars")) {
    const re2 = /^[ \t]*([A-Za-z_][\w-]*)[ \t]*=[ \t]*"((?:[^"\\\r\n]|\\.)*)"/dgm;
    let m2;
    while ((m2 = re2.exec(text)) !== null) {
      const [s3, e] = m2.indices[2];
      if (e > s3) assignmentHit(run, id, m2[1], m2[2], { start: s3, end: e }, { variable: m2[1] }, false, true);
    }
    return;
  }
  const heads = [...text.matchAll(/^[ \t]*variable[ \t]+"([^"\r\n]+)"[ \t]*\{/gm)];
  for (let k2 = 0; k2 < heads.length; k2++) {
    const v2 = heads[k2];
    const open = v2.index + v2[0].length - 1;
    const body = text.slice(open, blockEnd(text, open, heads[k2 + 1]?.index ?? text.length));
    const sensitive = /^[ \t]*sensitive[ \t]*=[ \t]*true\b/m.test(body);
    const d = /^[ \t]*default[ \t]*=[ \t]*"((?:[^"\\\r\n]|\\.)*)"/dm.exec(body);
    if (!d || d[1] === "") continue;
    const [s3, e] = d.indices[1];
    assignmentHit(run, id, v2[1], d[1], { start: open + s3, end: open + e }, { variable: v2[1] }, sensitive);
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
    kinds: loaded.kinds.map((k2) => ({ parser: k2.parser, files: k2.files.map(compileFileMatch) })),
    ids: new Set(patterns.map((p2) => p2.id)),
    rules: new Map(loaded.patterns.map((p2) => [p2.id, p2])),
    generic: new Set(patterns.filter((p2) => patternTier(p2) < FORMAT_TIER).map((p2) => p2.id))
  };
}
function parsersFor(structured, path2, text, context) {
  const out = [];
  for (const kind of structured.kinds) {
    const { parse, document } = PARSERS[kind.parser];
    if (document && text.length > MAX_DOCUMENT_CHARS) continue;
    if (kind.files.some((m2) => fileMatchReads(m2, path2, text, context))) out.push(parse);
  }
  return out;
}
function structuredApplies(structured, path2, context) {
  return structured.kinds.some((k2) => k2.files.some((m2) => fileMatchNames(m2, path2, context)));
}
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
    } catch (err2) {
      if (err2 instanceof Error && err2.message.startsWith(INTERNAL)) throw err2;
      throw new Error(`${INTERNAL}(${parse.name || "a parser"}): ${err2 instanceof Error ? err2.message : String(err2)}`, { cause: err2 });
    }
  }
  return run.out;
}
function detectStructured(blob, context, structured, rescan, existing) {
  const b3 = blob.lineStarts.length > 0 ? blob : { ...blob, lineStarts: lineIndex(blob.text) };
  return runParsers(b3, context, structured, rescan, existing, 0);
}
var keyOf = (m2) => `${m2.patternId}\0${m2.start}\0${m2.end}`;
var overlap = (a, b3) => a.start < b3.end && b3.start < a.end;
var distinctDecoded = (a, b3) => a.secret !== b3.secret && a.notes?.includes("decoded-from-base64") === true && b3.notes?.includes("decoded-from-base64") === true;
function mergeStructured(base, structured) {
  if (structured.length === 0) return base;
  const byKey = /* @__PURE__ */ new Map();
  for (const m2 of structured) byKey.set(keyOf(m2), m2);
  const baseKeys = new Set(base.map(keyOf));
  const added = [];
  for (const m2 of byKey.values()) {
    if (baseKeys.has(keyOf(m2))) continue;
    if (!added.some((a) => overlap(a, m2) && !distinctDecoded(a, m2))) added.push(m2);
  }
  const out = [];
  for (const m2 of base) {
    const replacement = byKey.get(keyOf(m2));
    if (replacement) out.push(replacement);
    else if (!added.some((a) => overlap(a, m2))) out.push(m2);
  }
  out.push(...added.filter((a) => !out.some((o) => overlap(o, a) && !distinctDecoded(o, a))));
  return out.sort((a, b3) => a.start - b3.start || (a.patternId < b3.patternId ? -1 : a.patternId > b3.patternId ? 1 : 0));
}

// src/catalog/structured.ts
import { readdirSync as readdirSync2, readFileSync as readFileSync2 } from "node:fs";
import { basename, join as join2 } from "node:path";

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

// src/catalog/regex-parse.ts
var MAX_UNIT = 65535;
function normalizeSet(ranges) {
  const sorted = ranges.filter(([lo2, hi2]) => lo2 <= hi2).sort((a, b3) => a[0] - b3[0] || a[1] - b3[1]);
  const out = [];
  for (const [lo2, hi2] of sorted) {
    const last = out[out.length - 1];
    if (last && lo2 <= last[1] + 1) last[1] = Math.max(last[1], hi2);
    else out.push([lo2, hi2]);
  }
  return out;
}
function unionSets(...sets) {
  return normalizeSet(sets.flatMap((s3) => s3.map(([lo2, hi2]) => [lo2, hi2])));
}
function complementSet(set) {
  const out = [];
  let next = 0;
  for (const [lo2, hi2] of set) {
    if (lo2 > next) out.push([next, lo2 - 1]);
    next = hi2 + 1;
  }
  if (next <= MAX_UNIT) out.push([next, MAX_UNIT]);
  return out;
}
function setsOverlap(a, b3) {
  let i2 = 0;
  let j2 = 0;
  while (i2 < a.length && j2 < b3.length) {
    const [alo, ahi] = a[i2];
    const [blo, bhi] = b3[j2];
    if (alo <= bhi && blo <= ahi) return true;
    if (ahi < bhi) i2++;
    else j2++;
  }
  return false;
}
function foldCase(set) {
  const extra = [];
  for (const [lo2, hi2] of set) {
    for (const [a, z2, shift] of [
      [65, 90, 32],
      [97, 122, -32]
    ]) {
      const from = Math.max(lo2, a);
      const to2 = Math.min(hi2, z2);
      if (from <= to2) extra.push([from + shift, to2 + shift]);
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
  return new Parser2(source, flags).parse();
}
var Parser2 = class {
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
      let max2;
      if (c === "*") [min, max2] = [0, Infinity];
      else if (c === "+") [min, max2] = [1, Infinity];
      else if (c === "?") [min, max2] = [0, 1];
      else if (c === "{") {
        const m2 = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos));
        if (!m2) return node;
        min = Number(m2[1]);
        max2 = m2[2] === void 0 ? min : m2[3] === "" ? Infinity : Number(m2[3]);
        this.pos += m2[0].length - 1;
      } else return node;
      this.pos++;
      let lazy = false;
      if (this.peek() === "?") {
        lazy = true;
        this.pos++;
      }
      if (node.type === "quant") throw this.fail("nothing to repeat");
      node = { type: "quant", min, max: max2, lazy, body: node, text: this.src.slice(start, this.pos) };
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
      const m2 = /^\d+/.exec(this.src.slice(this.pos));
      this.pos += m2[0].length;
      return { type: "backref", ref: m2[0] };
    }
    if (c === "k") {
      const m2 = /^k<([^>]+)>/.exec(this.src.slice(this.pos));
      if (m2) {
        this.pos += m2[0].length;
        return { type: "backref", ref: m2[1] };
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
        const m2 = /^[0-9A-Fa-f]{2}/.exec(this.src.slice(this.pos));
        if (m2) {
          this.pos += 2;
          return lit(parseInt(m2[0], 16));
        }
        return lit(120);
      }
      case "u": {
        const m2 = /^[0-9A-Fa-f]{4}/.exec(this.src.slice(this.pos));
        if (m2) {
          this.pos += 4;
          return lit(parseInt(m2[0], 16));
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
function looseClash(a, b3) {
  return setsOverlap(a.set, b3.set) && a.required.every((s3) => setsOverlap(s3, b3.set)) && b3.required.every((s3) => setsOverlap(s3, a.set));
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
      return n.branches.flatMap((b3) => edgeQuantifiers(b3, edge));
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
      const perBranch = n.branches.map((b3) => mandatorySets(b3)[0]);
      if (perBranch.some((s3) => s3 === void 0)) return [];
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
function branchesOverlap(a, b3) {
  if (nullable(a) && nullable(b3)) return true;
  const sa = prefixShape(a);
  const sb = prefixShape(b3);
  const common = Math.min(sa.sets.length, sb.sets.length);
  for (let i2 = 0; i2 < common; i2++) if (!setsOverlap(sa.sets[i2], sb.sets[i2])) return false;
  if (sa.complete && sb.complete) return sa.sets.length === sb.sets.length;
  if (sa.complete && sb.sets.length > sa.sets.length) return false;
  if (sb.complete && sa.sets.length > sb.sets.length) return false;
  if (common === 0) return setsOverlap(firstChars(a), firstChars(b3));
  return true;
}
function innerUnbounded(n) {
  const out = [];
  const visit2 = (m2) => {
    if (m2.type === "quant" && m2.max === Infinity) out.push(m2);
    forChildren(m2, visit2);
  };
  forChildren(n, visit2);
  return out;
}
function alternationsIn(n) {
  const out = [];
  const visit2 = (m2) => {
    if (m2.type === "alt") out.push(m2);
    forChildren(m2, visit2);
  };
  visit2(n);
  return out;
}
function forChildren(n, fn) {
  if (n.type === "seq") n.items.forEach(fn);
  else if (n.type === "alt") n.branches.forEach(fn);
  else if (n.type === "group" || n.type === "quant") fn(n.body);
}
function checkQuantifier(q2) {
  if (q2.max < 2) return void 0;
  const separators = mandatorySets(q2.body);
  for (const inner of innerUnbounded(q2.body)) {
    const chars = consumed(inner.body);
    if (!separators.some((s3) => s3.length > 0 && !setsOverlap(s3, chars))) {
      return `nested quantifier: '${inner.text}' repeats inside '${q2.text}' with no mandatory separator it cannot match`;
    }
  }
  for (const alt of alternationsIn(q2.body)) {
    for (let i2 = 0; i2 < alt.branches.length; i2++) {
      for (let j2 = i2 + 1; j2 < alt.branches.length; j2++) {
        if (branchesOverlap(alt.branches[i2], alt.branches[j2])) {
          return `overlapping alternatives inside repeated '${q2.text}': two branches can match the same text`;
        }
      }
    }
  }
  return void 0;
}
function checkSequence(items) {
  for (let i2 = 0; i2 < items.length; i2++) {
    const tails = edgeQuantifiers(items[i2], "tail");
    if (tails.length === 0) continue;
    for (let j2 = i2 + 1; j2 < items.length; j2++) {
      for (const head of edgeQuantifiers(items[j2], "head")) {
        const clash = tails.find((t) => looseClash(t, head));
        if (clash) {
          return `adjacent unbounded quantifiers '${clash.text}' and '${head.text}' can match the same characters with nothing mandatory between them`;
        }
      }
      if (!nullable(items[j2])) break;
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
  } catch (err2) {
    if (err2 instanceof RegexParseError) return `the safety checker cannot parse this regex (${err2.message}); simplify it`;
    throw err2;
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
import { existsSync, readdirSync, readFileSync, statSync as statSync2 } from "node:fs";
import { createRequire as createRequire2 } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var COMPILED_FORMAT = 2;
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
      const st2 = statSync2(file, { bigint: true });
      stamp = `${st2.size}:${st2.mtimeNs}:${st2.ino}`;
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
    text = readFileSync(file, "utf8");
  } catch {
    return void 0;
  }
  try {
    const json = JSON.parse(text);
    if (json && json.format === COMPILED_FORMAT && typeof json.sources === "object" && json.sources !== null) return json;
  } catch {
  }
  return void 0;
}
function compiledPatterns(c, dir, names, bytes) {
  const { files, patterns, positions: positions2 } = c;
  if (!Array.isArray(files) || !Array.isArray(patterns) || !Array.isArray(positions2) || positions2.length !== patterns.length) return void 0;
  if (files.length !== names.length || files.some((f2, i2) => f2 !== names[i2])) return void 0;
  for (let i2 = 0; i2 < names.length; i2++) {
    if (c.sources[names[i2]] !== sha256(bytes[i2])) return void 0;
  }
  for (let i2 = 0; i2 < patterns.length; i2++) {
    const [fileIndex, line, fields] = positions2[i2];
    const name = files[fileIndex];
    if (name === void 0) return void 0;
    recordPosition(patterns[i2], { file: join(dir, name), line, fields: new Map(fields) });
  }
  return patterns;
}
var yamlModule;
function yamlLib() {
  return yamlModule ??= typeof __require === "function" ? require_dist() : createRequire2(import.meta.url)("yaml");
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

// src/catalog/posture.ts
function describe(value) {
  if (value === null || value === void 0) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a map";
  return `a ${typeof value}`;
}
function isPlainMap(v2) {
  return typeof v2 === "object" && v2 !== null && !Array.isArray(v2);
}
function typeProblem(kind, v2) {
  switch (kind) {
    case "string":
      return typeof v2 === "string" ? void 0 : `expected a string, got ${describe(v2)} (quote the value)`;
    case "boolean":
      return typeof v2 === "boolean" ? void 0 : `expected true or false, got ${describe(v2)}`;
    case "string[]": {
      if (!Array.isArray(v2)) return `expected a list of strings, got ${describe(v2)}`;
      const bad = v2.findIndex((x2) => typeof x2 !== "string");
      return bad === -1 ? void 0 : `item ${bad} is ${describe(v2[bad])}, expected a string (quote it)`;
    }
    case "list":
      return Array.isArray(v2) ? void 0 : `expected a list, got ${describe(v2)}`;
    case "map":
      return isPlainMap(v2) ? void 0 : `expected a map, got ${describe(v2)}`;
    case "string-map": {
      if (!isPlainMap(v2)) return `expected a map of names to strings, got ${describe(v2)}`;
      const bad = Object.entries(v2).find(([, x2]) => typeof x2 !== "string");
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
  } catch (err2) {
    return `does not compile: ${err2.message.replace(/^Invalid regular expression: /, "")}`;
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
    for (const err2 of doc.errors) problems.push({ file, line: lineCounter.linePos(err2.pos[0]).line, message: `YAML syntax error: ${err2.message.split("\n")[0]}` });
    return { patterns: [], problems };
  }
  const lineAt2 = (path2) => {
    const node = path2.length === 0 ? doc.contents : doc.getIn(path2, true);
    return node?.range ? lineCounter.linePos(node.range[0]).line : void 0;
  };
  const keyLine = (path2) => {
    const parent = path2.length > 1 ? doc.getIn(path2.slice(0, -1), true) : doc.contents;
    const key = path2[path2.length - 1];
    const pair = parent?.items?.find((p2) => p2.key?.value === key);
    return pair?.key?.range ? lineCounter.linePos(pair.key.range[0]).line : lineAt2(path2);
  };
  const root = doc.toJSON();
  if (!isPlainMap(root)) {
    problems.push({ file, line: 1, message: "expected a map with the keys parser, files and rules" });
    return { patterns: [], problems };
  }
  const checkMap = (value, schema, path2, prefix, patternId, fields) => {
    let ok = true;
    const report2 = (field, at2, message) => {
      problems.push({ file, line: keyLine(at2) ?? lineAt2(path2), ...patternId !== void 0 && { patternId }, field, message });
    };
    for (const [key, v2] of Object.entries(value)) {
      const field = `${prefix}${key}`;
      const line = keyLine([...path2, key]);
      if (line !== void 0) fields?.set(field, line);
      if (NUMBER_FIELDS.has(key) && schema === RULE_FIELDS) {
        if (typeof v2 !== "number") report2(field, [...path2, key], `expected a number, got ${describe(v2)}`);
        continue;
      }
      const rule = schema[key];
      if (!rule) {
        report2(field, [...path2, key], `unknown key; allowed keys are ${[...Object.keys(schema), ...schema === RULE_FIELDS ? NUMBER_FIELDS : []].join(", ")}`);
        continue;
      }
      const problem = typeProblem(rule.kind, v2);
      if (problem) {
        report2(field, [...path2, key], problem);
        if (rule.required) ok = false;
        continue;
      }
      if (Array.isArray(v2) && fields) {
        v2.forEach((_2, i2) => {
          const l = lineAt2([...path2, key, i2]);
          if (l !== void 0) fields.set(`${field}[${i2}]`, l);
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
  root.files.forEach((raw, i2) => {
    const at2 = ["files", i2];
    if (!isPlainMap(raw)) {
      problems.push({ file, line: lineAt2(at2), field: `files[${i2}]`, message: `expected a map, got ${describe(raw)}` });
      return;
    }
    if (!checkMap(raw, FILES_FIELDS, at2, `files[${i2}].`)) return;
    const m2 = {
      name: raw.name ?? [],
      notName: raw.not_name ?? [],
      path: raw.path ?? [],
      contexts: raw.contexts ?? [],
      content: raw.content ?? []
    };
    let ok = true;
    if (m2.name.length + m2.path.length + m2.contexts.length === 0) {
      problems.push({ file, line: lineAt2(at2), field: `files[${i2}]`, message: "names no file: give name, path or contexts" });
      ok = false;
    }
    m2.contexts.forEach((c, j2) => {
      if (!FILE_CONTEXTS.includes(c)) {
        problems.push({ file, line: lineAt2([...at2, "contexts", j2]), field: `files[${i2}].contexts[${j2}]`, message: `'${c}' is not a file context (${FILE_CONTEXTS.join(" | ")})` });
        ok = false;
      }
    });
    for (const [key, flags] of [["name", ""], ["not_name", ""], ["path", ""], ["content", "m"]]) {
      (raw[key] ?? []).forEach((source, j2) => {
        const problem = regexProblem(source, flags);
        if (problem) {
          problems.push({ file, line: lineAt2([...at2, key, j2]), field: `files[${i2}].${key}[${j2}]`, message: problem });
          ok = false;
        }
      });
    }
    if (ok) files.push(m2);
  });
  if (files.length === 0 && !problems.some((p2) => p2.field?.startsWith("files"))) {
    problems.push({ file, line: keyLine(["files"]), field: "files", message: "is empty; name the files this parser reads" });
  }
  const kind = { parser, files };
  const compiled = files.length === root.files.length ? files.map(compileFileMatch) : void 0;
  const patterns = [];
  root.rules.forEach((raw, i2) => {
    const at2 = ["rules", i2];
    const ruleLine = lineAt2(at2);
    if (!isPlainMap(raw)) {
      problems.push({ file, line: ruleLine, field: "rules", message: `each rule must be a map, got ${describe(raw)}` });
      return;
    }
    const patternId = typeof raw.id === "string" ? raw.id : void 0;
    const fields = /* @__PURE__ */ new Map();
    if (!checkMap(raw, RULE_FIELDS, at2, "", patternId, fields)) return;
    const examplePath = raw.example_path;
    if (compiled && !compiled.some((m2) => fileMatchNames(m2, examplePath))) {
      problems.push({ file, line: fields.get("example_path") ?? ruleLine, patternId, field: "example_path", message: `'${examplePath}' is not a file this kind reads (files: name / path); use a path the parser ${parser} reads` });
    }
    const keywords = raw.keywords;
    const words = keywords.map((k2) => k2.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("|");
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
  } catch (err2) {
    throw new ConfigError(
      `cannot read the structured rules folder (${err2.code ?? err2.message}); pass an existing folder of structured rule files`,
      folder,
      void 0,
      { cause: err2 }
    );
  }
  const files = names.map((n) => join2(folder, n));
  const bytes = files.map((f2) => {
    try {
      return readFileSync2(f2);
    } catch (err2) {
      return err2;
    }
  });
  const result = fromCompiled(folder, names, files, bytes, opts) ?? fromYaml(folder, files, bytes);
  if (useCache && result.problems.length === 0) cached = result;
  return result;
}
function fromCompiled(folder, names, files, bytes, opts) {
  const c = opts.compiled === false ? void 0 : opts.catalog ?? readCompiledCatalog(opts.compiled ?? compiledCatalogFiles());
  const s3 = c?.structured;
  if (!c || !s3 || !bytes.every((b3) => Buffer.isBuffer(b3))) return void 0;
  const sources = Object.fromEntries(names.map((n) => [n, c.sources[structuredSourceKey(n)] ?? ""]));
  const hit = compiledPatterns({ format: c.format, sources, files: s3.files, patterns: s3.patterns, positions: s3.positions }, folder, names, bytes);
  return hit ? { kinds: s3.kinds, patterns: hit, problems: [], files, from: "compiled" } : void 0;
}
function fromYaml(folder, files, bytes) {
  const kinds = [];
  const patterns = [];
  const problems = [];
  const parserFile = /* @__PURE__ */ new Map();
  files.forEach((file, i2) => {
    const b3 = bytes[i2];
    if (!Buffer.isBuffer(b3)) {
      problems.push({ file, message: `cannot read the file (${b3.code ?? b3.message})` });
      return;
    }
    const parsed = parseStructuredFile(b3.toString("utf8"), file);
    problems.push(...parsed.problems);
    patterns.push(...parsed.patterns);
    if (!parsed.kind) return;
    const other = parserFile.get(parsed.kind.parser);
    if (other !== void 0) {
      problems.push({ file, line: 1, field: "parser", message: `parser ${parsed.kind.parser} is already described by ${basename(other)}; one file per parser` });
      return;
    }
    parserFile.set(parsed.kind.parser, file);
    kinds.push(parsed.kind);
  });
  for (const parser of STRUCTURED_PARSERS) {
    if (!parserFile.has(parser)) problems.push({ file: folder, field: "parser", message: `no file describes the parser ${parser}; add ${parser}.yaml with the files it reads` });
  }
  kinds.sort((a, b3) => STRUCTURED_PARSERS.indexOf(a.parser) - STRUCTURED_PARSERS.indexOf(b3.parser));
  const duplicates = findDuplicateIds(patterns);
  const dropped = new Set(duplicates.map((d) => d.patternId));
  const kept2 = patterns.filter((spec, i2) => !dropped.has(spec.id) || patterns.findIndex((s3) => s3.id === spec.id) === i2);
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
  } catch (err2) {
    return { problems: [{ file, message: `YAML syntax error: ${err2.message.split("\n")[0]}` }] };
  }
  const root = raw;
  if (root === null || typeof root !== "object" || !Array.isArray(root.shapes)) {
    return { problems: [{ file, field: "shapes", message: "expected a map with a shapes list (and compounds)" }] };
  }
  const shapes = [];
  const ids = /* @__PURE__ */ new Set();
  for (const [i2, s3] of root.shapes.entries()) {
    const where = (field, message) => {
      problems.push({ file, patternId: typeof s3?.id === "string" ? s3.id : `shapes[${i2}]`, field, message });
    };
    if (s3 === null || typeof s3 !== "object") {
      where("shapes", "each shape must be a map");
      continue;
    }
    const o = s3;
    for (const k2 of Object.keys(o)) if (!SHAPE_KEYS.includes(k2)) where(k2, `unknown key; allowed keys are ${SHAPE_KEYS.join(", ")}`);
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
    } catch (err2) {
      where("regex", `does not compile (${err2.message})`);
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
      for (const [w2, parts] of Object.entries(root.compounds)) {
        if (!Array.isArray(parts) || parts.some((p2) => typeof p2 !== "string")) problems.push({ file, field: `compounds.${w2}`, message: "must be a list of words" });
        else compounds[w2.toLowerCase()] = parts.map((p2) => p2.toLowerCase());
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
  } catch (err2) {
    throw new ConfigError(`cannot read the assignment shapes ${file} (${err2.code ?? err2.message})`, void 0, void 0, { cause: err2 });
  }
  const compiled = opts.catalog ?? (opts.dir === void 0 ? readCompiledCatalog(compiledCatalogFiles()) : void 0);
  let syntax;
  if (compiled?.syntax && compiled.sources[SYNTAX_FILE] === sha256(bytes)) syntax = compiled.syntax;
  else {
    const parsed = parseSyntaxFile(bytes.toString("utf8"), file);
    if (parsed.problems.length > 0 || !parsed.syntax) {
      throw new ConfigError(`${parsed.problems.length} problem(s) in ${file}:
${parsed.problems.map((p2) => `${p2.file}: ${p2.patternId ?? ""} ${p2.field ?? ""}: ${p2.message}`).join("\n")}`);
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
function base64Runs(text, from = 0, to2 = text.length, out = []) {
  const M2 = MIN_RUN;
  let i2 = from + M2 - 1;
  while (i2 < to2) {
    if (!inB64(text.charCodeAt(i2))) {
      i2 += M2;
      continue;
    }
    const lo2 = i2 - M2 + 1;
    let j2 = i2 - 1;
    while (j2 >= lo2 && inB64(text.charCodeAt(j2))) j2--;
    if (j2 >= lo2) {
      i2 = j2 + M2;
      continue;
    }
    let e = i2 + 1;
    while (e < to2 && inB64(text.charCodeAt(e))) e++;
    let s3 = lo2;
    while (s3 > from && inB64(text.charCodeAt(s3 - 1))) s3--;
    out.push([s3, e]);
    i2 = e + M2;
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
  for (let i2 = 0; i2 < n; i2++) {
    const b3 = bytes[i2];
    if (b3 < 32 ? b3 !== 9 && b3 !== 10 && b3 !== 13 : b3 === 127) bad++;
  }
  return bad * 20 <= n;
}
var utf8 = new TextDecoder("utf-8");
var B64_VALUE = new Int8Array(128).fill(-1);
"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".split("").forEach((c, i2) => B64_VALUE[c.charCodeAt(0)] = i2);
B64_VALUE[45] = 62;
B64_VALUE[95] = 63;
var HEAD_UNITS = 16;
function plausibleText(text, s3, e, hex) {
  if (hex) {
    for (let k2 = 0, i2 = s3; k2 < HEAD_UNITS && i2 + 1 < e; k2++, i2 += 2) {
      const d = text.charCodeAt(i2);
      if (!(d === 48 || d >= 50 && d <= 55)) return false;
    }
    return true;
  }
  for (let k2 = 0, i2 = s3; k2 < HEAD_UNITS && i2 + 3 < e; k2++, i2 += 4) {
    const v2 = B64_VALUE[text.charCodeAt(i2)];
    if (v2 < 0 || v2 >= 32) return false;
  }
  return true;
}
function decodeRun(text, s3, e) {
  let hex = (e - s3) % 2 === 0;
  for (let i2 = s3; hex && i2 < e; i2++) hex = isHexCode(text.charCodeAt(i2));
  if (!plausibleText(text, s3, e, hex)) return void 0;
  const bytes = Buffer.from(text.slice(s3, e), hex ? "hex" : "base64");
  if (!looksLikeText(bytes)) return void 0;
  const decoded2 = utf8.decode(bytes);
  if (decoded2.includes("\uFFFD")) return void 0;
  return { text: decoded2, encoding: hex ? "hex" : "base64", ascii: decoded2.length === bytes.length };
}
function runPieces(text, code, budget) {
  const out = [];
  for (const [s3, e] of candidateRuns(text, code)) {
    if (e - s3 > MAX_RUN || budget.left <= 0) continue;
    const d = decodeRun(text, s3, e);
    if (!d) continue;
    budget.left -= d.text.length;
    const map = d.ascii ? d.encoding === "base64" ? (a, b3) => [s3 + Math.floor(a / 3) * 4, Math.min(e, s3 + Math.ceil(b3 / 3) * 4)] : (a, b3) => [s3 + a * 2, Math.min(e, s3 + b3 * 2)] : () => [s3, e];
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
  for (let p2 = text.indexOf("%"); p2 !== -1 && budget.left > 0; p2 = text.indexOf("%", Math.max(p2 + 1, next))) {
    if (p2 < next || !isHexCode(text.charCodeAt(p2 + 1)) || !isHexCode(text.charCodeAt(p2 + 2))) continue;
    let s3 = p2;
    while (s3 > 0 && inUrlRun(text.charCodeAt(s3 - 1))) s3--;
    let e = p2;
    while (e < text.length && inUrlRun(text.charCodeAt(e))) e++;
    next = e;
    if (e - s3 > MAX_RUN) continue;
    const bytes = [];
    const pos = [];
    let escapes = 0;
    for (let i2 = s3; i2 < e; ) {
      const c = text.charCodeAt(i2);
      if (c === 37 && isHexCode(text.charCodeAt(i2 + 1)) && isHexCode(text.charCodeAt(i2 + 2))) {
        bytes.push(parseInt(text.slice(i2 + 1, i2 + 3), 16));
        pos.push(i2);
        escapes++;
        i2 += 3;
      } else {
        bytes.push(c);
        pos.push(i2);
        i2++;
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
    out.push({ text: decoded2, encoding: "percent", map: ascii2 ? (a, b3) => [pos[a], pos[b3]] : () => [s3, e] });
  }
  return out;
}
function escapePieces(text, lineStarts, minified, budget) {
  const out = [];
  const hits = [];
  if (minified) {
    for (let p2 = text.indexOf("-----BEGIN"); p2 !== -1; p2 = text.indexOf("-----BEGIN", p2 + 10)) {
      const after = text.indexOf("\\", p2 + 10);
      if (after !== -1 && after - p2 < 64) hits.push(p2);
    }
  } else {
    for (const probe of ['\\"', "\\\\n"]) {
      for (let p2 = text.indexOf(probe); p2 !== -1; p2 = text.indexOf(probe, p2 + probe.length)) hits.push(p2);
    }
    hits.sort((a, b3) => a - b3);
  }
  let doneTo = 0;
  for (const p2 of hits) {
    if (p2 < doneTo || budget.left <= 0) continue;
    const li2 = lineIndexAt(lineStarts, p2);
    const ls2 = lineStarts[li2];
    let le2 = li2 + 1 < lineStarts.length ? lineStarts[li2 + 1] : text.length;
    if (le2 > ls2 && text.charCodeAt(le2 - 1) === 10) le2--;
    const long = le2 - ls2 > ESCAPE_BEFORE + ESCAPE_AFTER;
    const s3 = long ? Math.max(ls2, p2 - ESCAPE_BEFORE) : ls2;
    const e = long ? Math.min(le2, p2 + ESCAPE_AFTER) : le2;
    doneTo = e;
    const piece = unescapeOnce(text, s3, e);
    if (!piece || piece.text.length < MIN_DECODED) continue;
    budget.left -= piece.text.length;
    const pos = piece.pos;
    out.push({ text: piece.text, encoding: "escape", map: (a, b3) => [pos[a], pos[b3]] });
  }
  return out;
}
var SIMPLE_ESCAPES = { n: "\n", r: "\r", t: "	", '"': '"', "'": "'", "\\": "\\", "/": "/" };
function unescapeOnce(text, s3, e) {
  let out = "";
  const pos = [];
  let changed = false;
  for (let i2 = s3; i2 < e; ) {
    const c = text[i2];
    if (c === "\\" && i2 + 1 < e) {
      const n = text[i2 + 1];
      const simple = SIMPLE_ESCAPES[n];
      if (simple !== void 0) {
        out += simple;
        pos.push(i2);
        i2 += 2;
        changed = true;
        continue;
      }
      if (n === "u" && i2 + 5 < e && /^[0-9a-fA-F]{4}$/.test(text.slice(i2 + 2, i2 + 6))) {
        out += String.fromCharCode(parseInt(text.slice(i2 + 2, i2 + 6), 16));
        pos.push(i2);
        i2 += 6;
        changed = true;
        continue;
      }
    }
    out += c;
    pos.push(i2);
    i2++;
  }
  pos.push(e);
  return changed ? { text: out, pos } : void 0;
}
function detectDecoded(blob, compiled, existing, opts) {
  if (opts.depth <= 0) return [];
  const seen = new Set(existing.map((m2) => m2.secret));
  const found = [];
  const budget = { left: 2 * blob.text.length + 1024 * 1024 };
  const starts = blob.lineStarts.length > 0 ? blob.lineStarts : lineIndex(blob.text);
  const identity = (a, b3) => [a, b3];
  const visit2 = (text, lineStarts, minified, toOuter, chain, level) => {
    const pieces = [...runPieces(text, level === 1 && (opts.code ?? false), budget), ...percentPieces(text, budget), ...escapePieces(text, lineStarts, minified, budget)];
    for (const piece of pieces) {
      const inner = piece.text;
      const innerStarts = lineIndex(inner);
      const mapOut = (a, b3) => {
        const [s3, e] = piece.map(a, b3);
        return toOuter(s3, e);
      };
      const encodings = [...chain, piece.encoding];
      const decodedBlob = { path: "decoded.txt", text: inner, lineStarts: innerStarts, encoding: "utf-8", bytes: inner.length };
      const innerMinified = piece.encoding === "escape" ? minified : isMinified("decoded.txt", inner, innerStarts);
      for (const m2 of detectMatches(decodedBlob, compiled, { lockfile: opts.lockfile ?? false, minified: innerMinified })) {
        if (seen.has(m2.secret)) continue;
        seen.add(m2.secret);
        const [s3, e] = mapOut(m2.start, m2.end);
        found.push(relocate(starts, m2, s3, e, encodings));
      }
      if (level < opts.depth) visit2(inner, innerStarts, innerMinified, mapOut, encodings, level + 1);
    }
  };
  visit2(blob.text, starts, opts.minified ?? isMinified(blob.path, blob.text, starts), identity, [], 1);
  return found;
}
function relocate(lineStarts, m2, s3, e, encodings) {
  const a = positionAt(lineStarts, s3);
  const b3 = positionAt(lineStarts, e);
  const details = { ...m2.details, encoding: encodings.join(" > ") };
  if (typeof details.pairedLine === "number") details.pairedLine = a.line;
  return { ...m2, start: s3, end: e, line: a.line, column: a.column, endLine: b3.line, endColumn: b3.column, details, notes: [...m2.notes ?? [], "decoded"] };
}
function mergeDecoded(plain, decoded2, isGeneric) {
  if (decoded2.length === 0) return plain;
  const overlap2 = (a, b3) => a.start < b3.end && b3.start < a.end;
  const kept2 = decoded2.filter((d) => !plain.some((p2) => overlap2(p2, d) && !(isGeneric(p2.patternId) && !isGeneric(d.patternId))));
  const out = plain.filter((p2) => !(isGeneric(p2.patternId) && kept2.some((d) => !isGeneric(d.patternId) && overlap2(p2, d))));
  out.push(...kept2);
  return out.sort((a, b3) => a.start - b3.start || (a.patternId < b3.patternId ? -1 : a.patternId > b3.patternId ? 1 : 0));
}

// src/detect/compose.ts
var CHUNK_OVERLAP_FLOOR = 64 * 1024;
function chunkOverlap(compiled) {
  let keyword = 0;
  for (const n of compiled.automaton.lengths) keyword = Math.max(keyword, n);
  let reach = LONG_LINE;
  for (const p2 of compiled.patterns) reach = Math.max(reach, (p2.spec.windowBefore ?? 0) + (p2.spec.windowAfter ?? 0));
  return Math.max(CHUNK_OVERLAP_FLOOR, 2 * (reach + keyword));
}
function isStructural(spec) {
  return spec.posture !== void 0 || spec.structured !== void 0;
}
function createEngine(patterns, structured = loadStructuredRules()) {
  const regexPatterns = patterns.filter((p2) => !isStructural(p2) && p2.signature === void 0);
  const compiled = compileCatalog(regexPatterns, regexPatterns.some((p2) => p2.assignment !== void 0) ? loadAssignmentSyntax() : void 0, { prebuilt: compiledAutomaton });
  return {
    compiled,
    overlap: chunkOverlap(compiled),
    decodeDepth: DEFAULT_DECODE_DEPTH,
    posture: compilePosture(patterns),
    activeIds: new Set(patterns.map((p2) => p2.id)),
    structured: compileStructured(patterns, structured),
    signatures: patterns.filter((p2) => p2.signature !== void 0).map((p2) => ({ id: p2.id, re: new RegExp(p2.signature, "s"), path: p2.path !== void 0 ? new RegExp(p2.path) : void 0 }))
  };
}
var decoded;
function compiledAutomaton(keywords) {
  if (decoded && builtFrom(decoded, keywords)) return decoded.automaton;
  const s3 = readCompiledCatalog(compiledCatalogFiles())?.automaton;
  if (!s3 || !builtFrom(s3, keywords)) return void 0;
  decoded = { keywords: s3.keywords, automaton: deserializeAutomaton(s3) };
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
    matches = [...matches, ...detectPosture(blob, context, engine.posture)].sort((a, b3) => a.start - b3.start || (a.patternId < b3.patternId ? -1 : 1));
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
  const segs = path2.replace(/\\/g, "/").replace(/^(?:\.\/)+/, "").split("/").filter((s3) => s3 !== "" && s3 !== ".");
  const base = segs.pop() ?? "";
  const lower = base.toLowerCase();
  const dot = lower.lastIndexOf(".");
  const ext = dot > 0 ? lower.slice(dot + 1) : "";
  return { dirs: segs.map((s3) => s3.toLowerCase()), base, lower, ext };
}
function hasDirRun(dirs, run) {
  for (let i2 = 0; i2 + run.length <= dirs.length; i2++) {
    if (run.every((seg, j2) => dirs[i2 + j2] === seg)) return true;
  }
  return false;
}
var isYaml = (p2) => p2.ext === "yml" || p2.ext === "yaml";
function isDockerfile(p2) {
  return p2.lower === "dockerfile" || p2.lower.startsWith("dockerfile.") || p2.ext === "dockerfile" || p2.lower === "containerfile" || p2.lower.startsWith("containerfile.");
}
function isDotenv(p2) {
  if (p2.lower === ".env" || p2.lower === ".envrc") return true;
  if (p2.lower.startsWith(".env.")) {
    return !CODE_EXTS.has(p2.ext) && !CONFIG_EXTS.has(p2.ext) && !DOC_EXTS.has(p2.ext);
  }
  return p2.ext === "env" && p2.lower.length > 4;
}
function isPackageConfig(p2, head) {
  if (PACKAGE_CONFIG_BASENAMES.has(p2.lower)) return true;
  const parent = p2.dirs[p2.dirs.length - 1];
  if (PACKAGE_CONFIG_IN_DIR.some(([dir, base]) => parent === dir && p2.lower === base)) return true;
  if (p2.lower === "config.json" && /"(?:auths|credHelpers|credsStore)"\s*:/.test(head)) return true;
  if (p2.lower === "auth.json" && /"(?:http-basic|github-oauth|gitlab-token|bearer)"\s*:/.test(head)) return true;
  return false;
}
function isHelmValues(p2, head) {
  if (!isYaml(p2) || !/^values(?:[-_.][\w.-]*)?\.ya?ml$|[-_.]values\.ya?ml$/.test(p2.lower)) return false;
  if (p2.dirs.some((d) => HELM_DIRS.has(d) || d.endsWith("-chart"))) return true;
  return /^replicaCount:/m.test(head) || /^image:[ \t]*\r?\n[ \t]+repository:/m.test(head);
}
function isKubernetes(p2, head) {
  if (p2.lower === "kubeconfig" || p2.lower.startsWith("kubeconfig.") || p2.dirs.at(-1) === ".kube" && p2.lower === "config") {
    return true;
  }
  if (p2.lower === "config" && /^kind:[ \t]*["']?Config["']?[ \t]*\r?$/m.test(head) && /^apiVersion:[ \t]*["']?v1["']?[ \t]*\r?$/m.test(head)) {
    return true;
  }
  if (!isYaml(p2)) return false;
  if (p2.lower === "kustomization.yaml" || p2.lower === "kustomization.yml") return true;
  if (p2.dirs.some((d) => K8S_DIRS.has(d))) return true;
  const tIdx = p2.dirs.lastIndexOf("templates");
  if (tIdx > 0 && p2.dirs.slice(0, tIdx).some((d) => HELM_DIRS.has(d) || d.endsWith("-chart"))) return true;
  return /^apiVersion:[ \t]*\S/m.test(head) && /^kind:[ \t]*\S/m.test(head);
}
var RULES = [
  ["github-workflow", (p2) => isYaml(p2) && hasDirRun(p2.dirs, [".github", "workflows"])],
  [
    "gitlab-ci",
    (p2) => /(?:^|\.)gitlab-ci\.ya?ml$/.test(p2.lower) || isYaml(p2) && hasDirRun(p2.dirs, [".gitlab", "ci"])
  ],
  [
    "other-ci",
    (p2) => CI_BASENAMES.has(p2.lower) || p2.lower.startsWith("jenkinsfile.") || p2.ext === "jenkinsfile" || /^azure-pipelines[-.][\w.-]*\.ya?ml$/.test(p2.lower) || isYaml(p2) && CI_DIRS.some((run) => hasDirRun(p2.dirs, run))
  ],
  ["dockerfile", isDockerfile],
  ["compose", (p2) => isYaml(p2) && /^(?:docker-)?compose(?:[-_.][\w.-]*)?\.ya?ml$/.test(p2.lower)],
  ["package-config", isPackageConfig],
  ["dotenv", isDotenv],
  ["terraform", (p2) => ["tf", "tfvars", "hcl"].includes(p2.ext) || /\.(?:tf|tfvars)\.json$/.test(p2.lower)],
  ["helm-values", isHelmValues],
  ["kubernetes", isKubernetes],
  ["code", (p2) => CODE_EXTS.has(p2.ext)],
  ["docs", (p2) => DOC_EXTS.has(p2.ext) || p2.ext === "txt" && p2.dirs.some((d) => DOC_DIRS.has(d))],
  ["config", (p2) => CONFIG_EXTS.has(p2.ext)]
];
function detectPathRole(p2) {
  if (p2.dirs.some((d) => VENDOR_DIRS.has(d))) return "vendor";
  if (p2.dirs.some((d) => TEST_DIRS.has(d)) || TEST_FILE_RES.some((re2) => re2.test(p2.base))) return "test";
  if (p2.dirs.some((d) => DOC_DIRS.has(d) || EXAMPLE_DIRS.has(d)) || DOC_EXTS.has(p2.ext) || EXAMPLE_FILE_RE.test(p2.base)) return "docs";
  return "source";
}
function detectContext(path2, head) {
  const parts = splitPath(path2);
  const text = head === void 0 ? "" : head.slice(0, HEAD_BYTES);
  const rule = RULES.find(([, test]) => test(parts, text));
  return { context: rule ? rule[0] : "other", pathRole: detectPathRole(parts) };
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
  let i2 = t.length;
  while (i2 > 0 && (t[i2 - 1] === ";" || t[i2 - 1] === "," || t[i2 - 1] === ")")) i2--;
  const u2 = t.slice(0, i2).trimEnd();
  const q2 = u2[u2.length - 1];
  if (q2 === '"' || q2 === "'" || q2 === "`") keep = Math.min(keep, u2.length - 1);
  return t.slice(0, keep).trim();
}
function findDirectives(text, lineStarts) {
  const out = /* @__PURE__ */ new Map();
  let hits;
  for (const probe of PROBES) {
    for (let i2 = text.indexOf(probe); i2 !== -1; i2 = text.indexOf(probe, i2 + probe.length)) {
      (hits ??= []).push(i2);
    }
  }
  if (!hits) return out;
  const starts = typeof lineStarts === "function" ? lineStarts() : lineStarts;
  hits.sort((a, b3) => a - b3);
  for (const at2 of hits) {
    const d = parseAt(text, at2);
    if (!d) continue;
    const line = lineAt(starts, at2);
    const directive = { line, appliesTo: d.next ? line + 1 : line, form: d.form, used: false };
    if (d.patternId) directive.patternId = d.patternId;
    if (d.reason) directive.reason = d.reason;
    const list = out.get(directive.appliesTo);
    if (list) list.push(directive);
    else out.set(directive.appliesTo, [directive]);
  }
  return out;
}
function parseAt(text, at2) {
  const ch = text.charCodeAt(at2);
  if (ch === 107) {
    const m2 = exec(KEYSHIFT, text, at2);
    if (!m2) return void 0;
    return { form: `keyshift:${m2[1]}`, next: m2[1] === "allow-next-line", ...parseTail(m2[2] ?? "") };
  }
  if (ch === 112) {
    const m2 = exec(PRAGMA, text, at2);
    if (!m2) return void 0;
    return m2[1] ? { form: "pragma: allowlist nextline secret", next: true } : { form: "pragma: allowlist secret", next: false };
  }
  if (ch === 115) {
    const m2 = exec(SECRETLINT, text, at2);
    if (!m2) return void 0;
    return { form: `secretlint-disable-${m2[1]}`, next: m2[1] === "next-line" };
  }
  if (ch === 103) return exec(GITLEAKS, text, at2) ? { form: "gitleaks:allow", next: false } : void 0;
  if (ch === 116) return exec(TRUFFLEHOG, text, at2) ? { form: "trufflehog:ignore", next: false } : void 0;
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
function exec(re2, text, at2) {
  re2.lastIndex = at2;
  return re2.exec(text);
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
          const f2 = file;
          const n = next++;
          newLeft--;
          if (f2.tooLarge) return void 0;
          if (cap !== Infinity && (addedBytes += Buffer.byteLength(line)) > cap) {
            f2.tooLarge = true;
            f2.addedLines = [];
            if (collect) f2.addedText = [];
            return void 0;
          }
          f2.addedLines.push(n);
          if (collect) f2.addedText.push(line.slice(1));
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
        const m2 = HUNK.exec(line);
        if (!m2) return void 0;
        if (!file) file = start();
        oldLeft = m2[2] === void 0 ? 1 : Number(m2[2]);
        newLeft = m2[4] === void 0 ? 1 : Number(m2[4]);
        next = Number(m2[3]);
        return void 0;
      }
      if (!file) return void 0;
      if (line.startsWith("--- ")) {
        const p2 = headerPath(line.slice(4), "a/");
        if (p2 !== void 0) file.oldPath = p2;
      } else if (line.startsWith("+++ ")) {
        const p2 = headerPath(line.slice(4), "b/");
        if (p2 === void 0) file.status = "deleted";
        else file.path = p2;
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
        const m2 = /^index [0-9a-f]+\.\.([0-9a-f]+)(?: (\d+))?/.exec(line);
        if (m2) {
          if (!ZERO_ID.test(m2[1])) file.newBlob = m2[1];
          if (m2[2]) file.newMode = m2[2];
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
  const add = (s3) => {
    if (s3.length === 0 || len > maxLine) return;
    const room = maxLine + 1 - len;
    const t = s3.length > room ? s3.slice(0, room) : s3;
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
    for (let k2 = 0; k2 < span; k2++) out.push(ours + k2);
    ours += span;
    pos = end + 1;
    git++;
  }
  return out;
}
function hasLoneCr(text) {
  for (let i2 = text.indexOf("\r"); i2 >= 0; i2 = text.indexOf("\r", i2 + 1)) {
    if (text.charCodeAt(i2 + 1) !== 10) return true;
  }
  return false;
}
function loneCrs(text, from, end) {
  let n = 0;
  for (let i2 = text.indexOf("\r", from); i2 >= 0 && i2 < end; i2 = text.indexOf("\r", i2 + 1)) {
    if (i2 + 1 !== end || end === text.length) n++;
  }
  return n;
}
function samePathFromGitHeader(rest) {
  if (rest.startsWith('"')) {
    const first = readQuoted(rest, 0);
    if (!first) return void 0;
    const second = rest.slice(first.end + 1);
    const b3 = second.startsWith('"') ? readQuoted(second, 0)?.value : second;
    return stripPrefix(first.value, "a/") === stripPrefix(b3 ?? "", "b/") ? stripPrefix(first.value, "a/") : void 0;
  }
  if (rest.endsWith('"')) {
    const at2 = rest.indexOf(' "');
    if (at2 < 0) return void 0;
    const b3 = readQuoted(rest, at2 + 1)?.value;
    const a = rest.slice(0, at2);
    return stripPrefix(a, "a/") === stripPrefix(b3 ?? "", "b/") ? stripPrefix(a, "a/") : void 0;
  }
  const n = (rest.length - 5) / 2;
  if (Number.isInteger(n) && n > 0 && rest.startsWith("a/") && rest.slice(n + 2, n + 5) === " b/" && rest.slice(2, n + 2) === rest.slice(n + 5)) {
    return rest.slice(2, n + 2);
  }
  return void 0;
}
function headerPath(raw, prefix) {
  const s3 = raw.endsWith("	") ? raw.slice(0, -1) : raw;
  if (s3 === "/dev/null") return void 0;
  return stripPrefix(unquote2(s3), prefix);
}
function stripPrefix(p2, prefix) {
  return p2.startsWith(prefix) ? p2.slice(prefix.length) : p2;
}
var ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
function unquote2(s3) {
  if (!s3.startsWith('"')) return s3;
  return readQuoted(s3, 0)?.value ?? s3;
}
function readQuoted(s3, at2) {
  if (s3[at2] !== '"') return void 0;
  const bytes = [];
  for (let i2 = at2 + 1; i2 < s3.length; i2++) {
    const ch = s3[i2];
    if (ch === '"') return { value: Buffer.from(bytes).toString("utf8"), end: i2 + 1 };
    if (ch === "\\") {
      const e = s3[i2 + 1] ?? "";
      if (/[0-7]/.test(e)) {
        bytes.push(parseInt(s3.slice(i2 + 1, i2 + 4), 8) & 255);
        i2 += 3;
      } else {
        bytes.push(ESCAPES[e] ?? e.charCodeAt(0));
        i2 += 1;
      }
      continue;
    }
    const cp = s3.codePointAt(i2);
    const whole = String.fromCodePoint(cp);
    for (const b3 of Buffer.from(whole, "utf8")) bytes.push(b3);
    i2 += whole.length - 1;
  }
  return void 0;
}

// src/sources/git-source.ts
import { execFileSync, spawn } from "node:child_process";
import * as path from "node:path";

// src/sources/gitignore.ts
var import_ignore = __toESM(require_ignore(), 1);
import * as fs3 from "node:fs";
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
    const st2 = fs3.lstatSync(absFile);
    if (!st2.isFile() || st2.size > MAX_IGNORE_FILE_BYTES) return void 0;
    const rules = fs3.readFileSync(absFile, "utf8");
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
  for (let i2 = layers.length - 1; i2 >= 0; i2--) {
    const layer = layers[i2];
    const sub = layer.base === "" ? rel : rel.slice(layer.base.length + 1);
    if (sub === "") continue;
    const v2 = verdict(layer, sub, isDir);
    if (v2 !== void 0) return v2 ? layer : void 0;
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
  return MISSING_MESSAGES.some((re2) => re2.test(stderr));
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
var import_micromatch = __toESM(require_micromatch(), 1);
function compileGlob(glob) {
  return import_micromatch.default.matcher(glob, glob.includes("/") ? { dot: true } : { dot: true, basename: true });
}
function anyGlob(globs) {
  const ms2 = globs.map(compileGlob);
  if (ms2.length === 0) return () => false;
  return (p2) => ms2.some((m2) => m2(p2));
}
function globFilter(include, exclude) {
  const inc = anyGlob(include);
  const exc = anyGlob(exclude);
  const all = include.length === 0;
  return (p2) => (all || inc(p2)) && !exc(p2);
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
  const shown = cwd === top ? (p2) => p2 : (p2) => toPosix(path.relative(cwd, path.join(top, p2)));
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
function pathFilter(top, s3) {
  const keep = globFilter(s3.include, s3.exclude);
  const names = s3.ignoreFileNames.filter((n) => !path.isAbsolute(n));
  const fixed = [];
  for (const abs of s3.ignoreFileNames.filter((n) => path.isAbsolute(n))) {
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
      const layer = s3.ignoreRef !== void 0 ? layerAtRef(top, s3.ignoreRef, dir === "" ? n : `${dir}/${n}`, dir) : loadLayer(path.join(top, dir, n), dir);
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
      for (let i2 = 0; i2 < parts.length; i2++) {
        const dir = parts.slice(0, i2).join("/");
        layers.push(...fixed.filter((l) => l.base === dir), ...layersOf(dir));
        if (i2 > 0 && isIgnored(layers, dir, true)) {
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
async function* catFileBatch(cwd, ids, maxBytes) {
  const child = spawn("git", ["cat-file", "--batch"], { cwd, stdio: ["pipe", "pipe", "pipe"], env: gitEnv() });
  const errChunks = [];
  child.stderr.on("data", (c) => errChunks.push(c));
  const exited = new Promise((resolve2) => child.on("close", (code2) => resolve2(code2 ?? -1)));
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
  const code = await exited;
  if (answered < ids.length) throw new Error(`git cat-file --batch stopped after ${answered} of ${ids.length} objects (exit ${code}): ${firstLine(Buffer.concat(errChunks))}`);
}
function runGit(cwd, args, input) {
  return new Promise((resolve2, reject) => {
    const child = spawn("git", args, { cwd, stdio: [input === void 0 ? "ignore" : "pipe", "pipe", "pipe"], env: gitEnv() });
    const out = [];
    const err2 = [];
    child.stdout.on("data", (c) => out.push(c));
    child.stderr.on("data", (c) => err2.push(c));
    child.on("error", (e) => reject(new UsageError(`cannot run git (${e.message}); install git or put it on PATH`)));
    child.on("close", (code) => resolve2({ code: code ?? -1, stdout: Buffer.concat(out), stderr: Buffer.concat(err2) }));
    if (input !== void 0 && child.stdin) {
      child.stdin.on("error", () => void 0);
      child.stdin.end(input);
    }
  });
}
var NO_FETCH_CONFIG = [
  ["protocol.allow", "never"],
  ...["file", "git", "ssh", "http", "https", "ext"].map((p2) => [`protocol.${p2}.allow`, "never"])
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
function firstLine(b3) {
  const s3 = (typeof b3 === "string" ? b3 : b3.toString("utf8")).trim();
  const nl = s3.indexOf("\n");
  return (nl < 0 ? s3 : s3.slice(0, nl)) || "no message";
}
function toPosix(p2) {
  return path.sep === "/" ? p2 : p2.split(path.sep).join("/");
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
  } catch (err2) {
    if (!(err2 instanceof MissingObjectError)) throw err2;
  }
  yield { kind: "reset" };
  yield* aroundMissing(walk, last, new Set(shas));
}
function lastHeader(lines) {
  for (let i2 = lines.length - 1; i2 >= 0; i2--) if (lines[i2].startsWith(MARK)) return parseHeader(lines[i2]).sha;
  return void 0;
}
async function* aroundMissing(walk, from, only) {
  const all = await commitsOf(walk);
  const order = only ? all.filter((c) => only.has(c.sha)) : all;
  const at2 = from === void 0 ? 0 : Math.max(0, order.findIndex((c) => c.sha === from));
  const rest = order.slice(at2);
  const sides = /* @__PURE__ */ new Set();
  for (const c of rest) {
    sides.add(c.sha);
    for (const p2 of c.parents) sides.add(p2);
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
  } catch (err2) {
    if (!(err2 instanceof MissingObjectError)) throw err2;
  }
  yield { kind: "reset" };
  const at2 = last === void 0 ? 0 : Math.max(0, batch.findIndex((c) => c.sha === last));
  for (const c of batch.slice(at2)) yield* oneCommit(walk, c, missing);
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
    } catch (err2) {
      if (!(err2 instanceof MissingObjectError)) throw err2;
      yield { kind: "reset" };
      yield { kind: "lines", lines: [c.headerLine] };
      for (const ch of rest) yield { kind: "missing", change: ch, detail: `git could not read an object of ${ch.path} in ${where} (${err2.message})` };
    }
  }
  if (whole.length > 0) yield { kind: "whole", changes: whole };
}

// src/model/substrings.ts
var WINDOW = 8;
var BASE = 31;
var HIGH = (() => {
  let h = 1;
  for (let i2 = 1; i2 < WINDOW; i2++) h = Math.imul(h, BASE);
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
  for (let i2 = 0; i2 < needles.length; i2++) {
    const n = needles[i2];
    if (n.length === 0) continue;
    if (n.length < WINDOW) {
      short.push(i2);
      continue;
    }
    let h = 0;
    for (let k2 = 0; k2 < WINDOW; k2++) h = Math.imul(h, BASE) + n.charCodeAt(k2) | 0;
    hashes[i2] = h;
    chain[i2] = head[h & mask];
    head[h & mask] = i2;
    long++;
  }
  return {
    find(text) {
      let found;
      for (const i2 of short) if (text.includes(needles[i2])) (found ??= /* @__PURE__ */ new Set()).add(i2);
      if (long > 0 && text.length >= WINDOW) {
        let h = 0;
        for (let k2 = 0; k2 < WINDOW; k2++) h = Math.imul(h, BASE) + text.charCodeAt(k2) | 0;
        for (let at2 = 0; ; at2++) {
          for (let i2 = head[h & mask]; i2 >= 0; i2 = chain[i2]) {
            if (hashes[i2] === h && !found?.has(i2) && text.startsWith(needles[i2], at2)) (found ??= /* @__PURE__ */ new Set()).add(i2);
          }
          const next = at2 + WINDOW;
          if (next >= text.length) break;
          h = Math.imul(h - Math.imul(text.charCodeAt(at2), HIGH) | 0, BASE) + text.charCodeAt(next) | 0;
        }
      }
      return found ? [...found].sort((a, b3) => a - b3) : NONE;
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
  const w2 = removed ? { ...walk, patchArgs: removalPatchArgs(), filter: [] } : walk;
  yield* walkItems(partEvents(w2, shas), repo, w2, opts, removed);
}
var removalPatchArgs = () => ["-p", FORMAT, ...DIFF_FLAGS];
var lastWalk;
async function historyWalk(mode, opts) {
  const repo = await repoContext(opts, "--history");
  const max2 = opts.settings.maxFileSize;
  const selection = logSelection(mode, repo);
  const walk = {
    cwd: opts.cwd,
    patchArgs: ["-p", FORMAT, "--diff-filter=d", ...DIFF_FLAGS],
    filter: ["--diff-filter=d"],
    selection,
    pathspec: selection.slice(selection.indexOf("--") + 1),
    // Lines are cut just past the cap, and a file's added text stops being kept once over it: a huge
    // committed file costs the cap in memory and one linear pass, not the file.
    maxLine: max2 + 1,
    what: "--history"
  };
  return { repo, walk };
}
async function* walkItems(events, repo, walk, opts, removed) {
  const max2 = opts.settings.maxFileSize;
  const newParser = () => createDiffParser({ collectText: true, maxAddedBytes: max2 });
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
    if (file.tooLarge) return { path: shown, reason: "too-large", detail: `added lines over the limit of ${formatSize(max2)} in commit ${c.sha.slice(0, 12)}` };
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
        const f2 = parser.push(line);
        const item2 = f2 && commit ? fileItem(commit, f2) : void 0;
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
      let i2 = 0;
      for await (const blob of catFileBatch(opts.cwd, changes.map((ch) => ch.newOid), max2)) {
        const ch = changes[i2++];
        const shown = repo.shown(ch.path);
        if (blob.missing) yield { path: shown, reason: "missing-object", detail: missingDetail(ch.newOid, ch.path, `commit ${c.sha.slice(0, 12)}`) };
        else if (!blob.bytes) yield { path: shown, reason: "too-large", detail: `${tooLargeDetail(blob.size, max2)} in commit ${c.sha.slice(0, 12)}` };
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
  let at2 = 1;
  for (let i2 = 0; i2 < lines.length; i2++) {
    const n = lines[i2];
    if (n > at2) parts.push("\n".repeat(n - at2));
    parts.push(text[i2] ?? "", "\n");
    at2 = n + 1;
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
    matches = matches.filter((m2) => added.has(m2.line));
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
  for (const p2 of parts) {
    const inner = { path: `${item.path}!/${p2.name}`, content: Buffer.from(p2.text, "utf8"), commit: item.commit };
    for (const o of processItem(inner, engine, { ...opts, containers: void 0 }, 1, void 0)) out.push({ ...o, bytes: 0 });
  }
  return out;
}
function relabel(o, layerPath) {
  const from = `${layerPath}!/`;
  const to2 = `${layerPath}/`;
  if (o.path.startsWith(from)) o.path = to2 + o.path.slice(from.length);
  if (o.skip?.path.startsWith(from)) o.skip = { ...o.skip, path: to2 + o.skip.path.slice(from.length) };
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
    for (const m2 of withDecoded(blob, detectMatches(blob, engine.compiled, { lockfile, minified }), engine, context, lockfile, minified)) {
      const start = m2.start + offset;
      if (start < ownStart || start >= ownEnd) continue;
      if (m2.line === 1) m2.column += columnBase;
      if (m2.endLine === 1) m2.endColumn += columnBase;
      m2.start = start;
      m2.end += offset;
      m2.line += lineBase;
      m2.endLine += lineBase;
      if (typeof m2.details?.pairedLine === "number") m2.details.pairedLine += lineBase;
      matches.push(m2);
    }
    const from = ownStart - offset;
    const to2 = ownEnd - offset;
    const stop = Math.min(blob.text.length, to2 + DIRECTIVE_REACH);
    const later = /* @__PURE__ */ new Map();
    if (to2 < blob.text.length) {
      for (const d of directivesIn(blob, to2, stop, lineBase)) later.set(directiveKey(d), (later.get(directiveKey(d)) ?? 0) + 1);
    }
    for (const d of directivesIn(blob, from, stop, lineBase)) {
      const key = directiveKey(d);
      const n = later.get(key) ?? 0;
      if (n > 0) {
        later.set(key, n - 1);
        continue;
      }
      const at2 = directives.get(d.appliesTo);
      if (at2) at2.push(d);
      else directives.set(d.appliesTo, [d]);
    }
  }
  let kept2 = matches;
  if (item.addedLines) {
    const added = new Set(item.addedLines);
    kept2 = kept2.filter((m2) => added.has(m2.line));
  }
  const found = kept2.length > 0 || opts.collectDirectives ? [...directives.entries()].sort((a, b3) => a[0] - b3[0]) : [];
  return { path: item.path, bytes: file.bytes, matches: kept2, context, pathRole, directives: found, commit: item.commit };
}
var DIRECTIVE_REACH = 4096;
function directivesIn(blob, from, to2, lineBase) {
  const part = blob.text.slice(from, to2);
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
  const part = { offset: job.offset, rank: new Map(job.shas.map((sha, i2) => [sha, i2])), commits: [], lines: [], at: [] };
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
    for (let k2 = 0; k2 < part.lines.length; k2++) {
      const hits = needles.find(part.lines[k2]);
      if (hits.length === 0) continue;
      const c = part.commits[part.at[k2]];
      const rank = part.offset + (part.rank.get(c.sha) ?? 0);
      for (const i2 of hits) if (!best[i2] || rank >= best[i2][0]) best[i2] = [rank, c];
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
          const w2 = utf82.encodeInto(item.path, view.path);
          Atomics.store(view.ints, 1, w2.written);
          Atomics.store(view.ints, 0, seq);
        }
        if (stallOn && item.path.includes(stallOn)) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
        let outcomes;
        try {
          outcomes = process2(item);
        } catch (err2) {
          outcomes = [];
          chunk.skips.push({ seq, skip: { path: item.path, reason: "unreadable", detail: err2 instanceof Error ? err2.message : String(err2) }, source: false });
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
  } catch (err2) {
    chunk.through = seq;
    chunk.done = true;
    chunk.error = err2 instanceof Error ? err2.message : String(err2);
    chunk.usage = err2 instanceof UsageError;
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
      } catch (err2) {
        result.skips.push({ path: item.path, reason: "unreadable", detail: err2 instanceof Error ? err2.message : String(err2) });
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
