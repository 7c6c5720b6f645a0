/**
 * Styles of the reader overlay. They live inside its shadow root, so page CSS cannot leak in and these
 * rules cannot leak out. The font stacks put Korean faces first where they read well (Pretendard,
 * Apple SD Gothic Neo, Noto Sans KR, Malgun Gothic), and `word-break: keep-all` keeps Korean words whole.
 */
export const READER_CSS = `
:host { all: initial; }
.plainly-reader {
  position: fixed; inset: 0; z-index: 2147483647; overflow-y: auto; overscroll-behavior: contain;
  --bg: #ffffff; --fg: #1d1d1f; --muted: #5f6368; --rule: #e3e3e3; --link: #1a5fb4; --button: #f1f3f4;
  background: var(--bg); color: var(--fg);
  font-family: "Pretendard", "Apple SD Gothic Neo", "Noto Sans KR", "Noto Sans CJK KR", "Malgun Gothic", "맑은 고딕", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  font-size: var(--reader-font-size, 19px); line-height: 1.8; -webkit-text-size-adjust: 100%;
  word-break: keep-all; overflow-wrap: anywhere; text-align: start;
}
/* The dialog itself takes focus on open (so Space scrolls): no ring around the whole page for that. */
.plainly-reader:focus { outline: none; }
.plainly-reader.font-serif {
  font-family: "Noto Serif KR", "Noto Serif CJK KR", "Nanum Myeongjo", "나눔명조", "AppleMyungjo", "Batang", "바탕", Georgia, "Times New Roman", serif;
}
.theme-sepia { --bg: #f4ecd8; --fg: #433422; --muted: #6f5f48; --rule: #dccfb0; --link: #7b4a12; --button: #eadfc3; }
.theme-dark { --bg: #1c1c1e; --fg: #e6e6e6; --muted: #a0a0a5; --rule: #3a3a3c; --link: #8ab4f8; --button: #2c2c2e; color-scheme: dark; }
.width-narrow { --measure: 32em; }
.width-medium { --measure: 38em; }
.width-wide { --measure: 48em; }
.toolbar {
  position: sticky; top: 0; display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; justify-content: center;
  padding: 8px 16px; background: var(--bg); border-bottom: 1px solid var(--rule); font-size: 14px; line-height: 1.4;
  font-family: system-ui, -apple-system, "Segoe UI", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif;
}
.group { display: inline-flex; gap: 4px; align-items: center; }
button {
  font: inherit; color: var(--fg); background: var(--button); border: 1px solid var(--rule); border-radius: 6px;
  padding: 4px 10px; cursor: pointer;
}
button[aria-checked="true"] { border-color: var(--fg); font-weight: 600; }
/* aria-disabled, not disabled: a disabled button drops keyboard focus at the size limit (the clamp makes it a no-op). */
button:disabled, button[aria-disabled="true"] { opacity: 0.4; cursor: default; }
button:focus-visible { outline: 2px solid var(--link); outline-offset: 2px; }
.swatch-light { background: #ffffff; color: #1d1d1f; }
.swatch-sepia { background: #f4ecd8; color: #433422; }
.swatch-dark { background: #1c1c1e; color: #e6e6e6; }
.size { min-width: 2ch; text-align: center; color: var(--muted); }
.close { margin-inline-start: 8px; }
.page { box-sizing: border-box; max-width: var(--measure, 38em); margin: 0 auto; padding: 32px 20px 80px; }
.site { margin: 0 0 8px; color: var(--muted); font-size: 0.8em; letter-spacing: 0.02em; }
h1 { font-size: 1.75em; line-height: 1.3; margin: 0 0 0.5em; font-weight: 700; }
.deck { font-size: 1.1em; color: var(--muted); margin: 0 0 0.8em; line-height: 1.5; }
.meta { color: var(--muted); font-size: 0.85em; margin: 0 0 1.5em; display: flex; flex-wrap: wrap; gap: 0 0.5em; }
.meta .byline + .date::before { content: "·" / ""; margin-inline-end: 0.5em; }
figure { margin: 1.5em 0; }
img { max-width: 100%; height: auto; display: block; margin: 0 auto; }
figcaption { color: var(--muted); font-size: 0.8em; line-height: 1.5; margin-top: 0.5em; }
.body p, .body div { margin: 0 0 1.1em; }
.body h1, .body h2, .body h3, .body h4, .body h5, .body h6 { font-size: 1.2em; line-height: 1.4; margin: 1.6em 0 0.6em; }
.body blockquote { margin: 1.2em 0; padding-inline-start: 1em; border-inline-start: 3px solid var(--rule); color: var(--muted); }
.body table { border-collapse: collapse; width: 100%; font-size: 0.85em; margin: 1.2em 0; display: block; overflow-x: auto; }
.body th, .body td { border: 1px solid var(--rule); padding: 4px 8px; text-align: start; }
.body pre { white-space: pre-wrap; font-size: 0.85em; }
/* A table-layout photo box (photo in one cell, caption in the next) reads as a figure, not as a data table. */
.body table:has(img):not(:has(th)) { display: table; width: auto; margin: 1.5em auto; font-size: 0.8em; }
.body table:has(img):not(:has(th)) td { border: 0; padding: 0; color: var(--muted); line-height: 1.5; }
.body table:has(img):not(:has(th)) tr + tr td { padding-top: 0.5em; }
a { color: var(--link); }
footer { margin-top: 3em; padding-top: 1em; border-top: 1px solid var(--rule); font-size: 0.85em; }
@media (max-width: 600px) { h1 { font-size: 1.45em; } .page { padding: 20px 16px 60px; } }
`;
