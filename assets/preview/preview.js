/*
 * The preview page's own script. The application calls window.pdInit once per page load with a
 * bridge and a token, then one of pdUpdate / pdMark / pdScrollTo per change. The bridge is kept
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
  var caretLine = -1;
  var expectedScrollY = -1;
  var cache = { code: {}, math: {}, mermaid: {} };
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

  window.pdUpdate = function (html) {
    content.innerHTML = html;
    marked = null;
    enhance();
    if (caretLine >= 0) {
      mark(caretLine);
    }
  };

  /** Highlights, typesets and draws the new content, reusing what the last update made. */
  function enhance() {
    var next = { code: {}, math: {}, mermaid: {} };
    var codes = content.querySelectorAll('pre > code');
    var mermaids = [];
    for (var i = 0; i < codes.length; i++) {
      var code = codes[i];
      if (code.classList.contains('language-mermaid')) {
        mermaids.push(code.parentNode);
      } else {
        highlight(code, next.code);
      }
    }
    var maths = content.querySelectorAll('.math');
    for (var j = 0; j < maths.length; j++) {
      typeset(maths[j], next.math);
    }
    for (var k = 0; k < mermaids.length; k++) {
      draw(mermaids[k], next.mermaid);
    }
    cache = next;
  }

  function highlight(code, seen) {
    var key = code.className + '\u0000' + code.textContent;
    var done = cache.code[key] || seen[key];
    if (done) {
      code.innerHTML = done;
      code.classList.add('hljs');
      seen[key] = done;
      return;
    }
    if (!window.hljs) {
      need('hljs', enhance);
      return;
    }
    var lang = /(?:^|\s)language-([\w+#.-]+)/.exec(code.className);
    if (!lang || !window.hljs.getLanguage(lang[1])) {
      return; // plain text, as the blog shows it
    }
    window.hljs.highlightElement(code);
    seen[key] = code.innerHTML;
  }

  function typeset(node, seen) {
    var tex = node.textContent;
    var display = node.classList.contains('display');
    var key = (display ? 'D' : 'I') + tex;
    var done = cache.math[key] || seen[key];
    if (!done) {
      if (!window.katex) {
        need('katex', enhance);
        return;
      }
      var inner = tex.replace(/^\s*\\[\[(]/, '').replace(/\\[\])]\s*$/, '');
      done = window.katex.renderToString(inner, { displayMode: display, throwOnError: false, trust: false, output: 'html' });
    }
    node.innerHTML = done;
    seen[key] = done;
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
      seen[source] = done;
      return;
    }
    if (!window.mermaid) {
      need('mermaid', enhance);
      return;
    }
    var id = 'pd-mermaid-' + (++mermaidCount);
    window.mermaid.render(id, source).then(function (result) {
      cache.mermaid[source] = { svg: result.svg };
      if (pre.parentNode) {
        box.innerHTML = result.svg;
        pre.parentNode.replaceChild(box, pre);
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
        box.classList.add('pd-mermaid-error');
        box.appendChild(message);
        pre.parentNode.replaceChild(box, pre);
      }
    });
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
    return content.querySelectorAll('[data-line]');
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

  // Images that fail to load are shown as a framed placeholder with their alt text.
  document.addEventListener('error', function (event) {
    var target = event.target;
    if (target && target.tagName === 'IMG') {
      target.classList.add('pd-missing');
    }
  }, true);

  // The preview never navigates: in-page anchors scroll, links to posts open them in the
  // editor, everything else goes to the application, which opens it in the system browser.
  document.addEventListener('click', function (event) {
    var node = event.target;
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
