/*
 * The preview page's own script. The application calls window.pdInit once per page load with a
 * bridge and a token, then one of pdUpdate / pdPatch / pdMark / pdScrollTo per change. The bridge is kept
 * in this closure only: nothing else in the page can reach it.
 */
(function () {
  'use strict';
  var content = document.getElementById('pd-content');
  var nonce = document.currentScript ? document.currentScript.nonce || document.currentScript.getAttribute('nonce') : '';
  var bridge = null;
  var token = null;
  var assets = {};
  var marked = null;
  var lineList = null; // the elements with data-line, in order; null after the content changed
  var caretLine = -1;
  var expectedScrollY = -1;
  var cache = { code: {}, math: {}, mermaid: {} };
  var cacheSize = 0;
  var CACHE_LIMIT = 5000;
  var loading = {};
  var mermaidCount = 0;

  function call(method, a) {
    if (bridge) {
      bridge[method](token, a);
    }
  }

  window.pdInit = function (javaBridge, pageToken, assetUrls) {
    if (bridge) {
      return; // once per page
    }
    bridge = javaBridge;
    token = pageToken;
    assets = JSON.parse(assetUrls);
    addStyle(assets.hljsCss);
    addStyle(assets.katexCss);
    delete window.pdInit;
  };

  // ---- the blog's own stylesheet (docs/decisions/0021) ------------------------------------

  // Classes that themes commonly give the element holding a post's body.
  var POST_CLASSES = ['post-container', 'post-content', 'entry-content', 'page__content', 'article-content',
    'markdown-body'];

  /** Shows the page with the blog's stylesheet (its text, made safe by the application), or '' for our own. */
  window.pdSetBlogStyle = function (css) {
    var on = !!css;
    var style = document.getElementById('pd-blog-style');
    if (on && !style) {
      style = document.createElement('style');
      style.id = 'pd-blog-style';
      style.setAttribute('nonce', nonce);
      // before our own page style, KaTeX and highlight.js: on equal terms, they win
      document.head.insertBefore(style, document.getElementById('pd-page-style'));
    }
    if (style && on) {
      style.textContent = css;
    } else if (style) {
      style.parentNode.removeChild(style);
    }
    document.getElementById('pd-reading').disabled = on;
    document.documentElement.classList.toggle('pd-blog-style', on);
    POST_CLASSES.forEach(function (c) {
      content.classList.toggle(c, on);
    });
  };

  // ---- content updates ------------------------------------------------------------------

  // The content is a list of blocks, each preceded by a marker comment (core/render/html/PreviewBlocks):
  // pdUpdate replaces all of it, pdPatch only the blocks that changed. markers[i] is block i's marker.
  var MARK = 'pd-b';
  var markers = null;

  /**
   * Shows a whole fragment; expected is its number of blocks (markers), or undefined. True when
   * every marker is at the top, so that later updates can be patches.
   */
  window.pdUpdate = function (html, expected) {
    var box = parse(html);
    markers = topMarkers(box, expected);
    content.textContent = '';
    var all = document.createDocumentFragment();
    while (box.firstChild) {
      all.appendChild(box.firstChild);
    }
    content.appendChild(all);
    marked = null;
    lineList = null;
    enhance([content], true);
    if (caretLine >= 0) {
      mark(caretLine);
    }
    return markers !== null;
  };

  /**
   * Replaces removed blocks from start with the (marked) html of inserted new blocks, then adds
   * delta to every data-line of the kept blocks in each run of shifts ("from,to,delta,...", block
   * indexes after the replacement). False, changing nothing, when the page does not hold the
   * blocks the patch is for: the caller then sends the whole fragment.
   */
  window.pdPatch = function (start, removed, html, inserted, shifts, total) {
    if (!markers || start < 0 || start + removed > markers.length || markers.length - removed + inserted !== total) {
      return false;
    }
    var box = parse(html);
    var added = topMarkers(box, inserted);
    if (!added) {
      return false;
    }
    var end = start + removed < markers.length ? markers[start + removed] : null;
    var node = removed > 0 ? markers[start] : end;
    while (node && node !== end) {
      var next = node.nextSibling;
      content.removeChild(node);
      node = next;
    }
    var fresh = [];
    for (var c = box.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 1) {
        fresh.push(c);
      }
    }
    var fragment = document.createDocumentFragment();
    while (box.firstChild) {
      fragment.appendChild(box.firstChild);
    }
    content.insertBefore(fragment, end);
    Array.prototype.splice.apply(markers, [start, removed].concat(added));
    var runs = shifts ? shifts.split(',') : [];
    for (var r = 0; r + 2 < runs.length; r += 3) {
      shiftLines(parseInt(runs[r], 10), parseInt(runs[r + 1], 10), parseInt(runs[r + 2], 10));
    }
    lineList = null;
    enhance(fresh, false);
    if (marked && !content.contains(marked)) {
      marked = null;
    }
    if (caretLine >= 0) {
      mark(caretLine);
    }
    return true;
  };

  /**
   * The html parsed as the content's children, in a detached element of the content's kind
   * (scripts inserted so never run), without the elements that act on the page merely by being in
   * it, which the page's policy does not stop (docs/decisions/0025): <meta> (a refresh navigates,
   * and reads the file it names, before Java can cancel it), <base>, <link> (preload, prefetch,
   * style sheets, icons), and the srcdoc of frames (a page of its own, whose images load).
   * The renderer's sanitizer removes them all already; this is the second wall.
   */
  function parse(html) {
    var box = document.createElement(content.tagName);
    box.innerHTML = html;
    var acting = box.querySelectorAll('meta, base, link');
    for (var i = 0; i < acting.length; i++) {
      acting[i].parentNode.removeChild(acting[i]);
    }
    var frames = box.querySelectorAll('iframe[srcdoc]');
    for (var j = 0; j < frames.length; j++) {
      frames[j].removeAttribute('srcdoc');
    }
    return box;
  }

  /** The marker comments directly in parent, if there are exactly expected of them; else null. */
  function topMarkers(parent, expected) {
    var found = [];
    for (var c = parent.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 8 && c.data === MARK) {
        found.push(c);
      }
    }
    return found.length === expected ? found : null;
  }

  /** Adds delta to the data-line of every element of blocks [from, to). */
  function shiftLines(from, to, delta) {
    var stop = to < markers.length ? markers[to] : null;
    for (var node = markers[from]; node && node !== stop; node = node.nextSibling) {
      if (node.nodeType !== 1) {
        continue;
      }
      if (node.hasAttribute('data-line')) {
        node.setAttribute('data-line', String(lineOf(node) + delta));
      }
      var inner = node.querySelectorAll('[data-line]');
      for (var i = 0; i < inner.length; i++) {
        inner[i].setAttribute('data-line', String(lineOf(inner[i]) + delta));
      }
    }
  }

  /**
   * Highlights, typesets and draws code, math and diagrams inside roots (elements), reusing
   * what earlier updates made. whole: roots are the whole content, so the reuse cache keeps
   * only what is shown now; else it grows, and starts afresh when it gets large.
   */
  function enhance(roots, whole) {
    var next = whole || cacheSize > CACHE_LIMIT ? { code: {}, math: {}, mermaid: {} } : cache;
    var mermaids = [];
    var maths = [];
    for (var r = 0; r < roots.length; r++) {
      var root = roots[r];
      var codes = root.querySelectorAll('pre > code'); // a root <pre> counts: selectors see its parent
      for (var i = 0; i < codes.length; i++) {
        var code = codes[i];
        if (code.classList.contains('language-mermaid')) {
          mermaids.push(code.parentNode);
        } else {
          highlight(code, next.code);
        }
      }
      var found = root.querySelectorAll('.math');
      for (var j = 0; j < found.length; j++) {
        maths.push(found[j]);
      }
      if (root.classList && root.classList.contains('math')) {
        maths.push(root);
      }
    }
    for (var m = 0; m < maths.length; m++) {
      typeset(maths[m], next.math);
    }
    for (var k = 0; k < mermaids.length; k++) {
      draw(mermaids[k], next.mermaid);
    }
    if (next !== cache) {
      cacheSize = 0;
    }
    cache = next;
  }

  /** Enhances the whole content again (a library has just loaded). */
  function enhanceAll() {
    enhance([content], true);
  }

  // Each node done keeps its key (pdKey), so enhancing the whole content again (a library has
  // just loaded) neither redoes it nor mistakes its output for its source.
  function highlight(code, seen) {
    if (code.pdKey) {
      remember(seen, code.pdKey, code.innerHTML);
      return;
    }
    var key = code.className + '\u0000' + code.textContent;
    var done = cache.code[key] || seen[key];
    if (done) {
      code.innerHTML = done;
      code.classList.add('hljs');
      code.pdKey = key;
      remember(seen, key, done);
      return;
    }
    if (!window.hljs) {
      need('hljs', enhanceAll);
      return;
    }
    var lang = /(?:^|\s)language-([\w+#.-]+)/.exec(code.className);
    if (!lang || !window.hljs.getLanguage(lang[1])) {
      return; // plain text, as the blog shows it
    }
    window.hljs.highlightElement(code);
    code.pdKey = key;
    remember(seen, key, code.innerHTML);
  }

  function typeset(node, seen) {
    if (node.pdKey) {
      remember(seen, node.pdKey, node.innerHTML);
      return;
    }
    var tex = node.textContent;
    var display = node.classList.contains('display');
    var key = (display ? 'D' : 'I') + tex;
    var done = cache.math[key] || seen[key];
    if (!done) {
      if (!window.katex) {
        need('katex', enhanceAll);
        return;
      }
      var inner = tex.replace(/^\s*\\[\[(]/, '').replace(/\\[\])]\s*$/, '');
      done = window.katex.renderToString(inner, { displayMode: display, throwOnError: false, trust: false, output: 'html' });
    }
    node.innerHTML = done;
    node.pdKey = key;
    remember(seen, key, done);
  }

  function draw(pre, seen) {
    var source = pre.textContent;
    var done = cache.mermaid[source] || seen[source];
    var box = document.createElement('div');
    box.className = 'pd-mermaid';
    box.setAttribute('data-line', pre.getAttribute('data-line'));
    if (done) {
      box.innerHTML = done.svg;
      if (done.error) {
        box.classList.add('pd-mermaid-error');
      }
      pre.parentNode.replaceChild(box, pre);
      lineList = null;
      remember(seen, source, done);
      return;
    }
    if (!window.mermaid) {
      need('mermaid', enhanceAll);
      return;
    }
    var id = 'pd-mermaid-' + (++mermaidCount);
    window.mermaid.render(id, source).then(function (result) {
      cache.mermaid[source] = { svg: result.svg };
      if (pre.parentNode) {
        box.setAttribute('data-line', pre.getAttribute('data-line')); // lines may have shifted meanwhile
        box.innerHTML = result.svg;
        pre.parentNode.replaceChild(box, pre);
        lineList = null;
      }
    }, function (error) {
      var message = document.createElement('pre');
      message.textContent = 'Mermaid: ' + (error && error.message ? error.message : error) + '\n\n' + source;
      cache.mermaid[source] = { svg: message.outerHTML, error: true };
      var stray = document.getElementById('d' + id);
      if (stray) {
        stray.parentNode.removeChild(stray);
      }
      if (pre.parentNode) {
        box.setAttribute('data-line', pre.getAttribute('data-line'));
        box.classList.add('pd-mermaid-error');
        box.appendChild(message);
        pre.parentNode.replaceChild(box, pre);
        lineList = null;
      }
    });
  }

  function remember(seen, key, value) {
    if (!seen[key]) {
      seen[key] = value;
      cacheSize++;
    }
  }

  /** Loads one of the offline libraries once, then runs the callback. */
  function need(name, then) {
    if (loading[name] || !assets[name]) {
      return;
    }
    loading[name] = true;
    var script = document.createElement('script');
    script.setAttribute('nonce', nonce);
    script.src = assets[name];
    script.onload = function () {
      if (name === 'mermaid' && window.mermaid) {
        window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'neutral',
          themeVariables: { fontFamily: window.getComputedStyle(document.body).fontFamily } });
      }
      then();
    };
    document.head.appendChild(script);
  }

  function addStyle(href) {
    if (href) {
      var link = document.createElement('link');
      link.rel = 'stylesheet';
      link.setAttribute('nonce', nonce);
      link.href = href;
      document.head.appendChild(link);
    }
  }

  // ---- source lines -----------------------------------------------------------------------

  function blocks() {
    if (!lineList) {
      lineList = content.querySelectorAll('[data-line]');
    }
    return lineList;
  }

  function lineOf(node) {
    return parseInt(node.getAttribute('data-line'), 10);
  }

  /** Index of the last block whose line is <= line (blocks are in source order), or -1. */
  function blockAtLine(list, line) {
    var lo = 0;
    var hi = list.length - 1;
    var found = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (lineOf(list[mid]) <= line) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  function topOf(node) {
    return node.getBoundingClientRect().top + window.scrollY;
  }

  /** The next block that starts on a later line, or -1. */
  function nextLater(list, index) {
    var line = lineOf(list[index]);
    for (var i = index + 1; i < list.length; i++) {
      if (lineOf(list[i]) > line) {
        return i;
      }
    }
    return -1;
  }

  function mark(line) {
    var list = blocks();
    var index = blockAtLine(list, line);
    var node = index < 0 ? null : list[index];
    if (node === marked) {
      return;
    }
    if (marked) {
      marked.classList.remove('pd-caret');
    }
    marked = node;
    if (node) {
      node.classList.add('pd-caret');
    }
  }

  window.pdMark = function (line) {
    caretLine = line;
    mark(line);
  };

  /** Puts source line (fractional) at the top of the view, interpolating inside its block. */
  window.pdScrollTo = function (line) {
    var list = blocks();
    var index = blockAtLine(list, line);
    var y = 0;
    if (index >= 0) {
      var top = topOf(list[index]);
      var next = nextLater(list, index);
      var start = lineOf(list[index]);
      var end = next < 0 ? start + 1 : lineOf(list[next]);
      var bottom = next < 0 ? top + list[index].offsetHeight : topOf(list[next]);
      var within = Math.max(0, Math.min(1, (line - start) / Math.max(1, end - start)));
      y = Math.round(top + within * (bottom - top));
    }
    expectedScrollY = Math.max(0, Math.min(y, document.documentElement.scrollHeight - window.innerHeight));
    window.scrollTo(0, expectedScrollY);
  };

  /** The source line (fractional) at the top of the view. */
  function lineAtTop() {
    var list = blocks();
    var y = window.scrollY;
    var lo = 0;
    var hi = list.length - 1;
    var found = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (topOf(list[mid]) <= y + 1) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (found < 0) {
      return 0;
    }
    var start = lineOf(list[found]);
    var top = topOf(list[found]);
    var next = nextLater(list, found);
    if (next < 0) {
      return start;
    }
    var bottom = topOf(list[next]);
    var fraction = bottom > top ? Math.min(1, (y - top) / (bottom - top)) : 0;
    return start + fraction * (lineOf(list[next]) - start);
  }

  // Only scrolls the author makes count: content updates, resizes and pdScrollTo also scroll.
  var authorInput = 0;
  function authorActs() {
    authorInput = Date.now();
  }
  ['wheel', 'mousedown', 'keydown', 'touchstart'].forEach(function (type) {
    window.addEventListener(type, authorActs, { capture: true, passive: true });
  });

  var scrollPending = false;
  window.addEventListener('scroll', function () {
    var ours = expectedScrollY >= 0 && Math.abs(window.scrollY - expectedScrollY) <= 1;
    expectedScrollY = -1;
    if (ours || Date.now() - authorInput > 1500) {
      return;
    }
    if (!scrollPending) {
      scrollPending = true;
      window.requestAnimationFrame(function () {
        scrollPending = false;
        call('scrolled', String(lineAtTop()));
      });
    }
  });

  // ---- what the author does in the page --------------------------------------------------------

  // Images that fail to load are shown as a framed placeholder with their alt text; a web image
  // says it is one and offers to download it into the blog (decision record 0031).
  var webImageTexts = null;
  window.pdSetWebImageTexts = function (sentence, action) {
    webImageTexts = { sentence: String(sentence), action: String(action) };
  };
  document.addEventListener('error', function (event) {
    var target = event.target;
    if (!target || target.tagName !== 'IMG') {
      return;
    }
    var src = target.getAttribute('src') || '';
    if (webImageTexts && /^(https?:)?\/\//i.test(src) && target.parentNode) {
      var box = document.createElement('span');
      box.className = 'pd-missing pd-web-image';
      box.title = src;
      box.appendChild(document.createTextNode(webImageTexts.sentence + ' ' + src.replace(/^https?:\/\//i, '')
        .substring(0, 80) + ' '));
      var link = document.createElement('a');
      link.className = 'pd-download';
      link.setAttribute('href', '#pd-download');
      link.textContent = webImageTexts.action;
      box.appendChild(link);
      target.parentNode.replaceChild(box, target);
      return;
    }
    target.classList.add('pd-missing');
  }, true);

  // The preview never navigates: in-page anchors scroll, links to posts open them in the
  // editor, everything else goes to the application, which opens it in the system browser.
  document.addEventListener('click', function (event) {
    var node = event.target;
    if (node && node.classList && node.classList.contains('pd-download')) {
      event.preventDefault();
      call('downloadWebImages', '');
      return;
    }
    while (node && !(node.tagName === 'A' && (node.hasAttribute('href') || node.hasAttribute('data-pd-post')))) {
      node = node.parentElement;
    }
    if (!node) {
      var block = event.target.closest ? event.target.closest('[data-line]') : null;
      if (block && String(window.getSelection()).length === 0) {
        call('clicked', String(lineOf(block)));
      }
      return;
    }
    event.preventDefault();
    if (node.hasAttribute('data-pd-post')) {
      call('openPost', node.getAttribute('data-pd-post'));
      return;
    }
    var href = node.getAttribute('href');
    if (href.charAt(0) === '#') {
      var target = document.getElementById(decodeURIComponent(href.substring(1)));
      if (target) {
        target.scrollIntoView();
      }
      return;
    }
    call('openLink', node.href);
  }, true);

  document.addEventListener('submit', function (event) {
    event.preventDefault();
  }, true);
})();
