/** Bylines: author names from byline text and from metadata, cleaned of outlets, roles and credentials. */
import { collapseWhitespace } from './text';

const BYLINE_PREFIX = /^(?:by|written by|words by|von|por|par|di|da|автор[:\s])\s+(.+)$/i;
const KOREAN_REPORTER = /([가-힣]{2,4})\s*(?:기자|특파원|논설위원|선임기자|객원기자|통신원)/g;

/** Author names from a byline text ("By Jane Doe and John Roe", "홍길동 기자"). */
export function bylineFrom(text: string): string[] | null {
  const t = collapseWhitespace(text);
  const en = BYLINE_PREFIX.exec(t);
  if (en) {
    // The names end where a separator, a date label or the date itself begins ("By Sam Carter Staff
    // Writer Mar 5, 2025 Updated …" is one line when the parts are inline spans).
    const rest = en[1]!.split(/\s*[|•·–—]\s*|\s+-\s+|\s+(?:updated|published|posted|on)\b|,\s*(?=\w+\.?\s+\d)|\s+(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b)/i)[0] ?? '';
    const names = rest
      .split(/\s*(?:,|\band\b|&|및|그리고)\s*/i)
      .map((n) => n.replace(/\S+@\S+/g, '').trim())
      .filter((n) => n && n.length < 60 && /\p{L}/u.test(n) && !/\d/.test(n));
    return names.length ? names : null;
  }
  const ko = [...t.matchAll(KOREAN_REPORTER)].map((m) => m[1]!);
  return ko.length ? ko : null;
}

// Words that make a byline part a role, an outlet or a credential rather than a person's name.
const NOT_A_NAME =
  /\b(writer|reporter|correspondent|editor|editorial board|staff|contributor|columnist|news|business|media|press|insider|times|journal|agency|associated|international|magazine|digital|online|tribune|herald|daily|bureau|desk|team|wire|service|\w+\.(?:com|net|org|co\.\w+))\b|^(?:[A-Z]{1,4}|Ph\.?D\.?|M\.?D\.?)$/i;
const KOREAN_ROLE = /\s*(기자|특파원|논설위원|선임기자|객원기자|통신원|칼럼니스트|에디터|편집위원)$/;
// Two to four capitalised words (initials and particles allowed): a person's name, not "Arts and Culture".
const PERSON_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:van|von|de|der|da|di|del|la|le|bin|al)\s+)?\p{Lu}[\p{L}'’.-]*){1,3}$/u;

// A job title printed after the name in the same line ("Sam Carter Staff Writer").
const TRAILING_ROLE =
  /\s+(?:(?:senior|chief|staff|contributing|special|deputy|associate|managing|political|business|health|science|sports?)\s+)*(?:writer|reporter|correspondent|editor|columnist|photographer|contributor)$/i;
const GENERIC_AUTHOR = /^(\w*admin\w*|administrator|user|guest|unknown|staff|webmaster)$/i;

/** Person names from byline strings: no "By", e-mail, outlet, role or credential parts. */
export function cleanAuthorNames(names: string[], siteName: string | null = null): string[] {
  const out: string[] = [];
  const site = siteName?.toLowerCase() ?? '';
  for (const raw of names) {
    const text = collapseWhitespace(raw.replace(/^by\s+/i, '').replace(/\S+@\S+/g, '').replace(/https?:\/\/\S+/g, ''));
    // "Name | Outlet", "Name - Outlet": the person comes first.
    const first = text.split(/\s+[|–—]\s+|\s+-\s+/)[0] ?? '';
    // "Jane Doe and John Roe" (a meta byline) is two people when both sides read as names.
    const joined = first.split(/\s*,\s*|\s+(?:and|&)\s+/);
    const parts = joined.length > 1 && joined.every((n) => PERSON_NAME.test(n)) ? joined : first.split(/\s*,\s*/);
    parts.forEach((part, i) => {
      const withRole = part.replace(KOREAN_ROLE, '').trim();
      const name = withRole.replace(TRAILING_ROLE, '').trim();
      if (!name || name.length > 60 || /\d/.test(name)) return;
      // After the first name, outlets and credentials ("CNN", "MS", "AP Writer") are not people.
      if ((i > 0 || out.length > 0) && (NOT_A_NAME.test(withRole) || NOT_A_NAME.test(name))) return;
      if (GENERIC_AUTHOR.test(name) || (site && name.toLowerCase() === site)) return;
      if (!out.some((o) => o.toLowerCase() === name.toLowerCase())) out.push(name);
    });
  }
  return out;
}

