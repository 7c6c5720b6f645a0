/**
 * Lead-ins that open a sentence but are not part of what it says: wire datelines ("LONDON, England (CNN) --",
 * "Kathmandu, Nepal (CNN)"), publication stamps ("PUBLISHED: 12:44 EST, 18 March 2013 | UPDATED: …",
 * "Last updated at 5:14 PM on 20 March 2012"), a byline before such a stamp, "Scroll down for video" prompts
 * and photo-caption labels ("Wanted: Police in Maryland…"). Reference summaries never contain them, and in
 * the popup they are noise. The key sentence keeps a contiguous span of the article: only its start moves.
 */

const SOURCES = 'CNN|CNNMoney|AP|AFP|Reuters|UPI|EW\\.com|Mashable|Bloomberg';
const LEAD_INS: RegExp[] = [
  // "(CNN)", "Kathmandu, Nepal (CNN)", "LONDON, England (CNN) --", "WASHINGTON (Reuters) —".
  new RegExp(`^(?:[\\p{Lu}][\\p{L}.'’-]*(?:[ ,]+[\\p{L}.'’-]+){0,4}\\s*)?\\((?:${SOURCES})\\)\\s*(?:(?:--|—|–)\\s*)?`, 'u'),
  // Upper-case dateline without a source: "NEW YORK --", "SEOUL —".
  /^\p{Lu}{2,}(?:[ ,.'’-]+\p{L}+){0,3}\s+(?:--|—)\s+/u,
  // "By . Daily Mail Reporter ." / "By John Smith" right before a publication stamp.
  /^By\b[\s.]*(?:[\p{Lu}][\p{L}'’-]*[\s.,]*(?:and\s+)?){1,6}(?=(?:\|\s*)?\.?\s*(?:PUBLISHED|UPDATED|Last updated)\b)/u,
  // "PUBLISHED: . 12:44 EST, 18 March 2013 . | . UPDATED: . 13:01 EST, 18 March 2013 ." and "Last updated at …".
  /^(?:[|.\s]*(?:PUBLISHED|UPDATED|Last updated(?: at)?)\s*:?[\s.]*[^|\n]{0,50}?\b(?:19|20)\d{2}\b[\s.|]*)+/iu,
  /^Scroll down for (?:the )?videos?\b\s*/iu,
  // Caption label: one to three words and a colon before a capitalised statement ("Guilty: Glenn Mason, 56, …").
  /^[\p{Lu}][\p{L}'’-]*(?: [\p{L}'’-]+){0,2}:\s+(?=[\p{Lu}\d])/u,
];
/** A label that introduces speech is not a caption label ("Smith said: The …"). */
const SPEECH_LABEL = /\b(?:said|says|told|added|explained|wrote|tweeted|asked|replied)\s*:/iu;

/** Number of characters at the start of `sentence` that are a lead-in (0 when none). */
export function leadInLength(sentence: string): number {
  let offset = 0;
  for (let round = 0; round < 4; round++) {
    const rest = sentence.slice(offset);
    let advanced = false;
    for (const re of LEAD_INS) {
      const m = re.exec(rest);
      if (!m || !m[0] || (re === LEAD_INS[LEAD_INS.length - 1] && SPEECH_LABEL.test(m[0]))) continue;
      offset += m[0].length;
      advanced = true;
      break;
    }
    if (!advanced) break;
  }
  // Never trim a sentence away: what is left must still say something.
  const remainder = sentence.slice(offset);
  if (!/\p{L}{2,}.*\s.*\p{L}{2,}/su.test(remainder)) return 0;
  return offset;
}
