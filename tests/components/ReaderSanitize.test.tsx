// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from '../../utils/sanitize';

const BASE = 'https://news.example.com/a/b.html';

function html(fragment: DocumentFragment): string {
  const div = document.createElement('div');
  div.append(fragment);
  return div.innerHTML;
}

// happy-dom's node iteration breaks DOMPurify itself (it drops allowed elements there), so these tests
// pin the guarantees that hold in any DOM: nothing outside the allowlist, safe absolute URLs. DOMPurify
// proper is exercised in Chromium by tests/e2e/reader.e2e.ts (XSS payloads in a page's article).
describe('sanitizeArticleHtml (the reader view sanitizer)', () => {
  it('drops scripts, event handlers, javascript: links, iframes, forms, styles and classes', () => {
    const out = html(
      sanitizeArticleHtml(
        `<p class="x" style="color:red" onclick="alert(1)">본문 <img src="x" onerror="window.__xss=1"></p>
         <script>window.__xss=2</script><iframe srcdoc="<script>parent.__xss=3</script>"></iframe>
         <a href="javascript:alert(1)">링크</a><svg onload="alert(1)"><circle/></svg>
         <form action="/x"><input name="q"><button>보내기</button></form><style>p{}</style>`,
        BASE,
      ),
    );
    expect(out).not.toMatch(/on[a-z]+=|<script|<iframe|<form|<input|<button|<svg|<style|javascript:|style=|class=/i);
    expect(out).toContain('본문');
    expect(out).toContain('링크');
    expect(out).not.toContain('window.__xss');
  });

  it('makes URLs absolute; links open in a new tab without opener; only image data URLs survive', () => {
    const out = html(sanitizeArticleHtml('<p>x</p><p><a href="/news/2">다음</a> <img src="../img/p.jpg" alt="사진"> <img src="data:text/html,x"> <img src="data:image/gif;base64,R0lGOD"></p>', BASE));
    expect(out).toContain('href="https://news.example.com/news/2"');
    expect(out).toContain('target="_blank"');
    expect(out).toContain('rel="noopener noreferrer"');
    expect(out).toContain('src="https://news.example.com/img/p.jpg"');
    expect(out).toContain('src="data:image/gif;base64,R0lGOD"');
    expect(out).not.toContain('data:text/html');
  });

  it("keeps an image's numeric width and height (its box is reserved while it loads), nothing else's", () => {
    const out = html(
      sanitizeArticleHtml('<p><img src="/a.jpg" width="640" height="427"><img src="/b.jpg" width="100%" height="calc(1px)"></p><table width="600"><tr><td height="20">x</td></tr></table>', BASE),
    );
    expect(out).toContain('width="640"');
    expect(out).toContain('height="427"');
    expect(out).not.toContain('100%');
    expect(out).not.toContain('calc');
    expect(out).not.toMatch(/<table[^>]*width|<td[^>]*height/);
  });
});
