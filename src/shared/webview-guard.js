/*
 * The web view guard: taskpane.html and commands.html load it after office.js and before their
 * bundle (both `defer`, so it runs first, once the page is parsed). Plain ES5, copied beside the
 * bundles and never bundled (webpack.config.js): it must run where nothing else of ours can.
 *
 * Office shows the add-in in the web view its version brings (Microsoft's "Browsers and webview
 * controls used by Office Add-ins"): WebView2 (Excel 2021, 2024, current Microsoft 365), EdgeHTML 18
 * (Excel 2019 retail and the Microsoft 365 builds of 2019–2020 on Windows 10), Safari on the Mac,
 * and Internet Explorer 11 (volume-licensed Excel 2019; Windows 7 and 8.1). The bundles are ES2017:
 *
 * - Where the web view lacks what they are built on (Promise, Map, Set, Symbol, Object.assign,
 *   String.prototype.normalize, which label matching rests on, …) — Internet Explorer 11 — the
 *   bundle cannot even be parsed. The guard puts a Chinese message in its place: in the pane, in
 *   place of the pane; for the ribbon's 插入统计表, in a dialog, and it reports the command done.
 * - Otherwise it supplies the few later methods the bundles call that EdgeHTML 18 or Safari 12
 *   lack (Array.prototype.flat/flatMap, Object.fromEntries, String.prototype.matchAll,
 *   Element.prototype.replaceChildren), and steps aside.
 *
 * Its findings stay on `window.nianbaoWebview` ({ missing, filled }) for anyone diagnosing a pane.
 * The pages' Content-Security-Policy allows no inline script, hence a file of its own.
 */
(function (global) {
  "use strict";

  /** The ribbon functions the manifest's ExecuteFunction actions call (src/commands/commands.ts). */
  var COMMAND_FUNCTIONS = ["insertTemplate"];
  /** Office ends a function command after about five minutes; report done before that. */
  var COMMAND_TIMEOUT_MS = 4 * 60 * 1000;
  /** The address parameter that makes commands.html the notice dialog (src/commands/notice.ts). */
  var NOTICE_PARAM = "notice";

  var TEXT = {
    paneTitle: "统计表检查",
    paneIe: "此版本 Excel 用内置的 Internet Explorer 11 浏览器显示加载项，无法运行“年报”检查面板。",
    paneOld: "此版本 Excel 内置的浏览器组件过旧，无法运行“年报”检查面板。",
    commandIe: "此版本 Excel 用内置的 Internet Explorer 11 浏览器运行加载项，无法执行“插入统计表”。",
    commandOld: "此版本 Excel 内置的浏览器组件过旧，无法执行“插入统计表”。",
    upgrade: "请改用 Excel 2021、Excel 2024 或 Microsoft 365 版 Excel（帮助页“需要的 Excel 版本”一节有详细说明）。",
    check: "也可以在电脑上用命令行工具检查填好的文件：在命令提示符中输入 nianbao check 文件名.xlsx 后按回车。",
    template: "也可以在电脑上用命令行工具生成统计表：在命令提示符中输入 nianbao template --agency 单位名称 --out 统计表.xlsx 后按回车。",
    missing: "技术信息：此浏览器缺少 ",
    close: "关闭",
  };

  // --- What the bundles cannot do without --------------------------------------------------

  function isFunction(value) {
    return typeof value === "function";
  }

  /** The names of what `g` lacks of what the bundles need and no polyfill here supplies. */
  function missingFeatures(g) {
    var missing = [];
    function need(name, present) {
      if (!present) missing.push(name);
    }
    var P = g.Promise;
    need("Promise", isFunction(P) && isFunction(P.prototype.then));
    // Named only where Promise itself is there: without Promise, "Promise" says it all.
    need("Promise.prototype.finally", !isFunction(P) || isFunction(P.prototype["finally"]));
    need("Map", isFunction(g.Map));
    need("Set", isFunction(g.Set));
    need("Symbol", isFunction(g.Symbol) && typeof g.Symbol.iterator === "symbol");
    need("Object.assign", isFunction(g.Object.assign));
    need("Object.entries", isFunction(g.Object.entries));
    need("String.prototype.normalize", isFunction(g.String.prototype.normalize));
    need("String.prototype.padStart", isFunction(g.String.prototype.padStart));
    return missing;
  }

  // --- What EdgeHTML 18 and Safari 12 lack, supplied ------------------------------------------

  function toInteger(value) {
    var n = Number(value);
    if (n !== n) return 0;
    if (n === Infinity || n === -Infinity) return n;
    return n < 0 ? Math.ceil(n) : Math.floor(n);
  }

  function toLength(value) {
    var n = toInteger(value);
    return n <= 0 ? 0 : Math.min(n, 9007199254740991);
  }

  function flattenInto(target, source, depth) {
    var length = toLength(source.length);
    for (var i = 0; i < length; i++) {
      if (!(i in source)) continue;
      var element = source[i];
      if (depth > 0 && Array.isArray(element)) flattenInto(target, element, depth - 1);
      else target.push(element);
    }
  }

  function flat() {
    var depth = arguments.length > 0 && arguments[0] !== undefined ? toInteger(arguments[0]) : 1;
    var out = [];
    flattenInto(out, Object(this), depth);
    return out;
  }

  function flatMap(callback, thisArg) {
    if (!isFunction(callback)) throw new TypeError("flatMap: callback is not a function");
    var source = Object(this);
    var length = toLength(source.length);
    var out = [];
    for (var i = 0; i < length; i++) {
      if (!(i in source)) continue;
      var mapped = callback.call(thisArg, source[i], i, source);
      if (Array.isArray(mapped)) flattenInto(out, mapped, 0);
      else out.push(mapped);
    }
    return out;
  }

  function makeFromEntries(g) {
    return function fromEntries(iterable) {
      if (iterable === null || iterable === undefined) throw new TypeError("Object.fromEntries: argument is not iterable");
      var out = {};
      var iterator = iterable[g.Symbol.iterator]();
      for (var step = iterator.next(); !step.done; step = iterator.next()) {
        var entry = step.value;
        if (Object(entry) !== entry) throw new TypeError("Object.fromEntries: iterator value " + entry + " is not an entry object");
        Object.defineProperty(out, entry[0], { value: entry[1], writable: true, enumerable: true, configurable: true });
      }
      return out;
    };
  }

  /** RegExp.prototype.flags is missing in EdgeHTML: the flags, read one by one. */
  function flagsOf(re) {
    return (re.global ? "g" : "") + (re.ignoreCase ? "i" : "") + (re.multiline ? "m" : "") + (re.unicode ? "u" : "") + (re.sticky ? "y" : "");
  }

  function advance(string, index, unicode) {
    if (!unicode || index + 1 >= string.length) return index + 1;
    var first = string.charCodeAt(index);
    var second = string.charCodeAt(index + 1);
    return first >= 0xd800 && first <= 0xdbff && second >= 0xdc00 && second <= 0xdfff ? index + 2 : index + 1;
  }

  function makeMatchAll(g) {
    return function matchAll(regexp) {
      if (this === null || this === undefined) throw new TypeError("String.prototype.matchAll called on null or undefined");
      var string = String(this);
      var rx;
      if (regexp instanceof g.RegExp) {
        if (!regexp.global) throw new TypeError("String.prototype.matchAll called with a non-global RegExp argument");
        rx = new g.RegExp(regexp.source, flagsOf(regexp));
        rx.lastIndex = toLength(regexp.lastIndex);
      } else {
        rx = new g.RegExp(regexp === undefined ? "" : regexp, "g");
      }
      var done = false;
      var iterator = {
        next: function () {
          if (done) return { value: undefined, done: true };
          var match = rx.exec(string);
          if (match === null) {
            done = true;
            return { value: undefined, done: true };
          }
          if (match[0] === "") rx.lastIndex = advance(string, toLength(rx.lastIndex), rx.unicode);
          return { value: match, done: false };
        },
      };
      iterator[g.Symbol.iterator] = function () {
        return this;
      };
      return iterator;
    };
  }

  function replaceChildren() {
    var nodes = [];
    for (var i = 0; i < arguments.length; i++) {
      var node = arguments[i];
      nodes.push(node !== null && typeof node === "object" ? node : this.ownerDocument.createTextNode(String(node)));
    }
    while (this.lastChild) this.removeChild(this.lastChild);
    for (var j = 0; j < nodes.length; j++) this.appendChild(nodes[j]);
  }

  /** Give `owner[name]` the method, unless it has one; like a built-in, it is not enumerable. */
  function fill(owner, name, label, method, filled) {
    if (!owner || isFunction(owner[name])) return;
    Object.defineProperty(owner, name, { value: method, writable: true, enumerable: false, configurable: true });
    filled.push(label);
  }

  function installPolyfills(g, filled) {
    fill(g.Array.prototype, "flat", "Array.prototype.flat", flat, filled);
    fill(g.Array.prototype, "flatMap", "Array.prototype.flatMap", flatMap, filled);
    fill(g.Object, "fromEntries", "Object.fromEntries", makeFromEntries(g), filled);
    fill(g.String.prototype, "matchAll", "String.prototype.matchAll", makeMatchAll(g), filled);
    if (g.Element) fill(g.Element.prototype, "replaceChildren", "Element.prototype.replaceChildren", replaceChildren, filled);
  }

  // --- Saying so, where the bundles cannot run -----------------------------------------------

  function element(doc, tag, className, children) {
    var el = doc.createElement(tag);
    if (className) el.setAttribute("class", className);
    for (var i = 0; i < children.length; i++) {
      el.appendChild(typeof children[i] === "string" ? doc.createTextNode(children[i]) : children[i]);
    }
    return el;
  }

  function clear(el) {
    while (el.firstChild) el.removeChild(el.firstChild);
  }

  function isInternetExplorer(g) {
    var agent = g.navigator && g.navigator.userAgent;
    return typeof agent === "string" && agent.indexOf("Trident/") !== -1;
  }

  function missingLine(missing) {
    return TEXT.missing + missing.join("、") + "。";
  }

  /**
   * The pane's place taken by the message. The element also loses its id: should a bundle parse
   * here after all, it finds no pane to mount and leaves the message be.
   */
  function showOnPane(doc, pane, ie, missing) {
    clear(pane);
    pane.removeAttribute("id");
    pane.appendChild(element(doc, "header", "pane-header", [element(doc, "h1", "pane-title", [TEXT.paneTitle])]));
    var reason = element(doc, "p", "message problem", [ie ? TEXT.paneIe : TEXT.paneOld]);
    reason.setAttribute("role", "alert");
    pane.appendChild(reason);
    pane.appendChild(element(doc, "p", "message", [TEXT.upgrade]));
    pane.appendChild(element(doc, "p", "message", [TEXT.check]));
    pane.appendChild(element(doc, "p", "", [missingLine(missing)]));
  }

  function commandMessage(ie) {
    return (ie ? TEXT.commandIe : TEXT.commandOld) + TEXT.upgrade + TEXT.template;
  }

  /** commands.html as the dialog: the message and a 关闭 button, as the bundle's notice page shows it. */
  function showInDialog(g, doc, ie, missing) {
    var body = doc.body;
    clear(body);
    body.style.fontFamily = '"Microsoft YaHei", "Segoe UI", sans-serif';
    body.style.fontSize = "14px";
    body.style.margin = "16px";
    body.style.lineHeight = "1.6";
    var text = element(doc, "p", "", [commandMessage(ie)]);
    text.setAttribute("role", "alert");
    var detail = element(doc, "p", "", [missingLine(missing)]);
    detail.style.color = "#605e5c";
    detail.style.fontSize = "12px";
    var button = element(doc, "button", "", [TEXT.close]);
    button.setAttribute("type", "button");
    button.style.padding = "4px 20px";
    button.addEventListener("click", function () {
      try {
        g.Office.context.ui.messageParent("close");
      } catch (e) {
        // No Office here (the page opened by itself): nothing to close.
      }
    });
    body.appendChild(text);
    body.appendChild(detail);
    body.appendChild(button);
    try {
      button.focus();
    } catch (e) {
      // Focus is a courtesy.
    }
  }

  /** This page's address with only `?notice=…`: the dialog stays on the add-in's origin. */
  function dialogUrl(href, message) {
    var base = String(href).split("#")[0].split("?")[0];
    return base + "?" + NOTICE_PARAM + "=" + encodeURIComponent(message);
  }

  /**
   * The ribbon function where the bundle cannot register its own: it opens this same page as a
   * dialog that says why, and reports the command done when the dialog closes (or cannot open),
   * so Excel does not wait on a command that will never finish.
   */
  function unsupportedCommand(g, message) {
    return function (event) {
      var finished = false;
      var dialog = null;
      var timer = null;
      function finish() {
        if (finished) return;
        finished = true;
        if (timer !== null) g.clearTimeout(timer);
        try {
          if (dialog) dialog.close();
        } catch (e) {
          // Already closed by the user.
        }
        try {
          event.completed();
        } catch (e) {
          // Nothing more to tell Office.
        }
      }
      timer = g.setTimeout(finish, COMMAND_TIMEOUT_MS);
      try {
        var Office = g.Office;
        Office.context.ui.displayDialogAsync(dialogUrl(g.location.href, message), { height: 30, width: 35, displayInIframe: true }, function (result) {
          if (!result || result.status !== Office.AsyncResultStatus.Succeeded) {
            finish();
            return;
          }
          dialog = result.value;
          dialog.addEventHandler(Office.EventType.DialogMessageReceived, finish);
          dialog.addEventHandler(Office.EventType.DialogEventReceived, finish);
        });
      } catch (e) {
        // No dialog API here: all that is left is to end the command.
        finish();
      }
    };
  }

  function registerUnsupportedCommands(g, ie) {
    var Office = g.Office;
    if (!Office || !Office.actions || !isFunction(Office.actions.associate)) return;
    for (var i = 0; i < COMMAND_FUNCTIONS.length; i++) {
      Office.actions.associate(COMMAND_FUNCTIONS[i], unsupportedCommand(g, commandMessage(ie)));
    }
  }

  function isNoticeDialog(g) {
    var search = (g.location && g.location.search) || "";
    return new RegExp("[?&]" + NOTICE_PARAM + "=").test(search);
  }

  function whenParsed(doc, callback) {
    if (doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", callback);
    else callback();
  }

  function refuse(g, missing) {
    var doc = g.document;
    var ie = isInternetExplorer(g);
    whenParsed(doc, function () {
      var pane = doc.getElementById("pane");
      if (pane) showOnPane(doc, pane, ie, missing);
      else if (isNoticeDialog(g)) showInDialog(g, doc, ie, missing);
      else registerUnsupportedCommands(g, ie);
    });
  }

  var state = { missing: missingFeatures(global), filled: [] };
  global.nianbaoWebview = state;
  if (state.missing.length > 0) refuse(global, state.missing);
  else installPolyfills(global, state.filled);
})(this);
