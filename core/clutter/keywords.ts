/**
 * Every word list the clutter detector uses, in one place.
 *
 * These describe how news pages in general label their widgets (Korean and English first, plus a
 * few other languages), not how any one site names its markup. Headings are compared after
 * `normalizeLabel` (lower case, whitespace and most punctuation removed), so list them in plain
 * form; a heading matches when it starts with an entry and has at most a short tail ("관련기사
 * 더보기", "More from The Verge", "Comments (12)").
 */
import type { ClutterCategory } from '../types';

/** Box headings → category. Order matters only for overlapping prefixes (first match wins). */
export const HEADING_KEYWORDS: ReadonlyArray<readonly [ClutterCategory, readonly string[]]> = [
  [
    'most-read',
    [
      // ko
      '많이 본', '많이본', '가장 많이', '인기 기사', '인기기사', '인기 뉴스', '인기뉴스', '랭킹 뉴스', '랭킹뉴스',
      '실시간 인기', '실시간 뉴스', '화제의 뉴스', '화제 뉴스', '핫 클릭', '핫클릭', '베스트 클릭', '많이 읽은', '실시간 급상승',
      '랭킹', '인기 검색', '주간 인기', '가장 많이 읽은', '베스트 기사', '베스트기사', '댓글 많은', '공감 많은',
      // en
      'most read', 'most popular', 'most viewed', 'most shared', 'most commented', 'most emailed',
      'popular now', 'popular stories', 'popular articles', 'popular posts', 'popular news', 'popular',
      'trending', 'top stories', "what's hot", 'hot topics',
      // de, nl, fr, es, pt, it, ru, id, ja, zh
      'meistgelesen', 'meist gelesen', 'am meisten gelesen', 'meistgeklickt', 'meistkommentiert', 'top gelesen', 'beliebteste', 'beliebt', 'meest gelezen', 'populair', 'les plus lus',
      'les plus populaires', 'más leídas', 'más leído', 'lo más visto', 'mais lidas', 'mais lidos', 'più letti',
      'самое читаемое', 'самые читаемые', 'популярное', 'популярные', 'terpopuler', 'populer', 'terbanyak dibaca',
      '人気記事', 'アクセスランキング', 'ランキング', '热门', '排行',
    ],
  ],
  [
    'related-news',
    [
      // ko
      '관련기사', '관련 기사', '관련뉴스', '관련 뉴스', '주요 뉴스', '주요뉴스', '주요기사', '주요 기사', '추천 기사', '추천기사',
      '추천 뉴스', '추천뉴스', '함께 보면', '함께 볼만한', '함께 읽', '이 기사와 함께', '이시각 주요', '최신 뉴스', '최신뉴스',
      '최신 기사', '최신기사', '다른 기사', '이 기자의 다른', '기자의 다른 기사', '오늘의 주요', '포토 뉴스', '포토뉴스',
      '핫이슈', '당신이 좋아할', '놓치면 안 될', '놓치기 쉬운', '함께 보면 좋은', '추천 영상', '인기 영상', 'ai 추천', '다른 기사 보기',
      '이 시각', '이시각', '오늘의 뉴스', '에디터 추천', '에디터스 픽', '기획 연재', '헤드라인', '핫뉴스', '핫 뉴스', '포토',
      '영상 뉴스', '주요 기사', '오늘의 핫', '지금 뜨는', '많이 공유', '속보', '뉴스 속보',
      // en
      'related', 'more', 'see more', 'more from', 'more on', 'more stories', 'more news', 'more articles', 'more in', 'more like this',
      'more to explore', 'more to read', 'more top stories', 'you may also like', 'you might also like',
      'you may like', 'you might like', 'you may be interested', 'you might be interested', 'recommended',
      'we recommend', 'read more', 'editors picks', "editor's picks", 'editors choice', 'read next', 'read these next', 'read this next', 'next up', 'read more about', 'up next',
      'what to read next', 'see also', 'also read', 'read also', 'also on', "don't miss", 'dont miss', 'latest news',
      'latest stories', 'latest articles', 'latest posts', 'latest headlines', 'latest', 'recent posts',
      'recent articles', 'recent stories', 'further reading', 'explore further', 'around the web', 'from around the web',
      'in other news', 'elsewhere on', 'promoted stories', 'sponsored stories', 'top headlines', 'headlines',
      'news in brief', 'stories you may', 'other stories', 'breaking news', 'just in', 'features', 'more features', 'feature stories',
      // nl, de, fr, es, pt, it, ru, id, ja, zh
      'lees ook', 'lees meer', 'gerelateerd', 'meer nieuws', 'mehr zum thema', 'das könnte sie auch',
      'weitere artikel', 'auch interessant', 'lesen sie auch', 'lesen sie mehr', 'empfehlungen', 'weitere nachrichten',
      'aktuelle nachrichten', 'mehr aus', 'mehr von', 'zum thema', 'verwandte artikel', 'ähnliche artikel', 'top-themen',
      'top themen', 'neueste artikel', 'weiterlesen', 'à lire aussi', 'a lire aussi',
      'lire aussi', 'sur le même sujet', 'voir aussi', 'te puede interesar', 'noticias relacionadas',
      'lee también', 'más noticias', 'leia também', 'leia mais', 'veja também', 'notícias relacionadas',
      'leggi anche', 'articoli correlati', 'читайте также', 'читайте еще', 'похожие новости', 'похожие статьи',
      'еще по теме', 'ещё по теме', 'смотрите также', 'другие новости', 'новости по теме', 'baca juga',
      'berita terkait', 'artikel terkait', 'berita lainnya', 'terkait', '関連記事', '関連ニュース', 'あわせて読みたい', 'おすすめ',
      '相关新闻', '相关文章', '推荐阅读', '延伸阅读',
    ],
  ],
  [
    'comments',
    [
      '댓글', '의견', '독자 의견', 'comments', 'comment', 'leave a reply', 'leave a comment', 'post a comment',
      'join the discussion', 'join the conversation', 'discussion', 'responses', 'reader comments',
      'kommentare', 'leserkommentare', 'diskussion', 'reacties', 'commentaires', 'comentarios', 'comentários', 'commenti', 'комментарии',
      'komentar', 'コメント', '评论',
    ],
  ],
  [
    'newsletter',
    [
      '뉴스레터', 'newsletter', 'sign up for', 'subscribe to', 'get our', 'get the', 'stay informed',
      'in your inbox', 'abonnieren', 'jetzt anmelden', 'newsletter abonnieren', 'inscrivez-vous', 'suscríbete', 'assine', 'подпишитесь', 'рассылка',
    ],
  ],
  [
    'appeals',
    [
      // Box titles of donation and subscription appeals (the box is judged by its contents too).
      'support our journalism', 'support our work', 'support our reporting', 'support independent journalism', 'support independent news',
      'support local news', 'support local journalism', 'support quality journalism', 'support us', 'support the newsroom', 'donate', 'donate now',
      'donate today', 'make a donation', 'make a contribution', 'become a member', 'become a supporter', 'become a subscriber',
      'we need your help', 'subscribe now', 'subscribe today', 'subscribe and save', 'unlock unlimited access', 'get unlimited access',
      '후원하기', '정기후원', '후원 안내', '독자 후원', '구독 신청', '구독신청', '디지털 구독', '유료 구독', '종이신문 구독', '신문 구독', '멤버십 가입',
      'jetzt unterstützen', 'unterstützen sie', 'jetzt spenden', 'abo abschließen', 'soutenez-nous', 'faites un don', 'apóyanos', 'dona ahora',
    ],
  ],
  [
    'crypto-ticker',
    ['암호화폐 시세', '가상화폐 시세', '가상자산 시세', '코인 시세', '코인시세', '실시간 암호화폐', '실시간 가상', '실시간 코인', '비트코인 시세', 'crypto prices', 'cryptocurrency prices', 'coin prices', 'crypto markets', 'kryptowährungen', 'krypto-kurse', 'kryptokurse', 'cryptocurrencies', 'crypto ticker'],
  ],
  [
    'stock-ticker',
    [
      '상승종목', '하락종목', '오늘의 상승', '오늘의 하락', '인기종목', '인기 종목', '관심종목', '관련종목', '관련 종목', '종목 시세',
      '종목시세', '시장 지표', '시장지표', '국제 유가', '국제유가', '증시', '주요 지수', '주요지수',
      '국내 증시', '해외 증시', '실시간 시세', '시세', '환율', 'markets', 'market data', 'stock quotes', 'stocks',
      'market watch', 'top movers', 'gainers', 'losers', 'indices', 'börse', 'börsenkurse', 'aktienkurse', 'kurse', 'märkte',
      'marktdaten', 'bourse', 'котировки',
    ],
  ],
];

/** Labels that mark an ad slot when they are (nearly) the whole visible text of a small box. */
export const AD_LABELS = [
  'ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertising', 'sponsored', 'sponsored content', 'paid content', 'promoted',
  'partner content', '광고', '스폰서', 'anzeige', 'werbung', 'publicité', 'publicidad', 'publicidade',
  'pubblicità', 'advertentie', 'реклама', 'iklan', '広告', '广告', 'sponsored links', 'sponsored link', 'スポンサードリンク',
  'スポンサーリンク', 'paid post', '協賛', 'story continues below advertisement',
  'article continues below advertisement', 'continue reading below', 'advertisement continue reading below',
];

/**
 * Class/id words (whole tokens after splitting on `-`, `_`, spaces and camelCase) of each widget
 * kind. Only used outside the article's own blocks.
 */
export const ATTRIBUTE_TOKENS: ReadonlyArray<readonly [ClutterCategory | 'overlay' | 'author-bio', readonly string[]]> = [
  ['ads', ['ad', 'ads', 'adv', 'advert', 'adverts', 'advertisement', 'advertising', 'adslot', 'adunit', 'adsense', 'adsbygoogle', 'adbox', 'adwrap', 'adcontainer', 'dfp', 'sponsor', 'sponsored', 'sponsors', 'outbrain', 'taboola', 'teads', 'doubleclick', 'googleads']],
  ['consent', ['cookie', 'cookies', 'consent', 'gdpr', 'cmp', 'onetrust', 'cookiebanner', 'cookiebar']],
  ['newsletter', ['newsletter', 'newsletters', 'subscribe', 'subscription', 'signup']],
  ['appeals', ['donate', 'donation', 'donations', 'donor', 'contribute', 'contribution', 'contributions', 'membership', 'upsell', 'paywall', 'meter', 'metered', 'supporter', 'supporters', 'fundraising', 'patron']],
  ['comments', ['comment', 'comments', 'disqus', 'replies', 'cmt', 'reply', 'discussion']],
  ['share', ['share', 'sharing', 'sharebar', 'sharebox', 'sns', 'social', 'socials', 'addthis', 'sharethis']],
  ['reactions', ['reaction', 'reactions', 'emotion', 'emoticon', 'clap', 'claps', 'like', 'likes', 'vote', 'voting']],
  ['font-controls', ['fontsize', 'textsize', 'font', 'zoom', 'fontsizer', 'textresize']],
  ['most-read', ['popular', 'mostread', 'mostpopular', 'mostviewed', 'most-read', 'most-popular', 'ranking', 'rank', 'trending']],
  ['related-news', ['related', 'relation', 'relative', 'recommend', 'recommended', 'recommendation', 'recommendations', 'recirc', 'recirculation', 'morenews', 'readmore', 'readnext', 'promo', 'promos', 'teaser', 'teasers']],
  ['overlay', ['modal', 'popup', 'overlay', 'lightbox', 'dialog', 'login', 'signin', 'register', 'paywall', 'adblock', 'adblocker', 'smart-banner', 'smartbanner', 'appbanner', 'app-banner']],
  ['author-bio', ['bio', 'author-box', 'authorbox', 'about-author', 'aboutauthor', 'author-bio', 'authorbio', 'author-description', 'author-info', 'author-details', 'author-excerpt', 'author-content', 'contributor-bio', 'author-profile', 'authorprofile', 'author-card', 'authorcard', 'about-the-author']],
  ['nav', ['nav', 'navbar', 'navigation', 'menu', 'menubar', 'gnb', 'lnb', 'snb', 'breadcrumb', 'breadcrumbs', 'masthead', 'topbar', 'toolbar', 'header', 'footer', 'sitemap', 'skip', 'skipnav', 'sidebar', 'subnav', 'copyright', 'copyrights', 'colophon', 'widget', 'widgets', 'widget-area', 'textwidget', 'rail', 'aside']],
];

/** Reaction buttons (emotion votes, claps). Matched as substrings of the normalized box text. */
export const REACTION_WORDS = [
  '좋아요', '싫어요', '화나요', '슬퍼요', '훈훈해요', '추천해요', '후속기사 원해요', '후속기사원해요', '추가취재 원해요',
  '추가취재원해요', '후속 원해요', '후속원해요', '놀랐어요', '감동이에요', '기뻐요', '응원해요', '재밌어요', '흥미진진', '어이없어요', '팬이에요',
  '최고예요', '나빠요', '흥미로워요', '쏠쏠정보', '공감백배', '분석탁월', '후속강추', '이 기사를 추천합니다', '추천하기',
  '후속요청', '후속 요청', '보고 싶어요', '보고싶어요', '이 기사 어땠나요', '기사 추천', '응원합니다',
  '유익해요', '아쉬워요', '궁금해요', '필요해요', '놀라워요', '마음에 드셨나요', '기사가 마음에', '공감', '비공감', '추천', '비추천', 'like', 'love', 'haha', 'wow', 'sad', 'angry', 'clap', 'claps', 'helpful',
  'not helpful', 'was this article helpful', 'upvote', 'downvote', 'like this', 'loading', 'нравится', 'suka', 'sukai ini', 'memuat', 'gefällt mir',
];

/** Font-size controls. */
export const FONT_CONTROL_WORDS = [
  '가장작게', '가장크게', '글자크기', '글씨크기', '글자 크기', '글씨 크기', '폰트크기', '폰트 크기', '글자 크게', '글자 작게',
  '글씨 크게', '글씨 작게', '글자크기 설정', '글자 확대', '글자 축소', '작게', '크게', '기본', '보통', '확대', '축소', '조절',
  '글자크기 조절', '글씨크기 조절', '본문 글자 크기', '키우기', '줄이기', '글씨 키우기', '글씨 줄이기', '글자 키우기', '글자 줄이기', '확대하기', '축소하기',
  'a-', 'a+', 'font size', 'text size', 'increase font', 'decrease font', 'larger text', 'smaller text',
  'schriftgröße', 'schrift vergrößern', 'schrift verkleinern', 'taille du texte',
];

/** Share buttons: visible labels. */
export const SHARE_WORDS = [
  '공유', '공유하기', '페이스북', '트위터', '카카오톡', '카카오스토리', '카카오', '네이버밴드', '밴드', '밴드공유', '라인', 'url복사',
  '링크복사', 'url 복사', '링크 복사', '주소복사', '인쇄', '인쇄하기', '프린트', '스크랩', '북마크', '메일보내기', '메일 보내기', '기사저장',
  '기사 저장', '메일', '이메일', 'share', 'tweet', 'facebook',
  'twitter', 'linkedin', 'whatsapp', 'telegram', 'reddit', 'pinterest', 'email', 'e-mail', 'print', 'copy link',
  'copy url', 'click to tweet', 'get short url', 'short url', 'share this article', 'share this story', 'flipboard', 'x', 'drucken', 'versenden', 'link kopieren', 'instagram', 'youtube', 'follow', 'follow us', 'follow us on', 'rss', '팔로우', '구독하기', 'teilen', 'partager', 'compartir', 'compartilhar', 'condividi', 'поделиться',
  'bagikan', 'シェア',
];

/** Hosts/paths of share endpoints (href substrings). */
export const SHARE_HREF = /facebook\.com\/(?:sharer|share|dialog)|twitter\.com\/(?:intent|share|home\?status)|x\.com\/intent|linkedin\.com\/(?:share|shareArticle)|pinterest\.[a-z.]+\/pin\/create|reddit\.com\/submit|api\.whatsapp\.com|wa\.me\/|t\.me\/share|telegram\.me\/share|story\.kakao\.com\/share|band\.us\/plugin|social-plugins\.line\.me|line\.me\/R\/msg|mailto:\?|share\.flipboard|tumblr\.com\/share|vk\.com\/share/i;

/** Ad network hosts (iframe/script/link targets). */
export const AD_HREF = /\/\/ad[sv]?\d*\.|adserver|adsystem|adtech|realclick|mobon|criteo|\/ads?\/|doubleclick\.net|googlesyndication\.com|googleadservices\.com|adservice\.google|amazon-adsystem\.com|taboola\.com|outbrain\.com|criteo\.|adnxs\.com|pubmatic\.com|rubiconproject\.com|\/ads?\/click|[?&]ad_?(?:slot|unit)=/i;

/** Cryptocurrency names (ko/en), matched as substrings of the box text (lower case). */
export const COIN_NAMES = [
  '비트코인', '이더리움', '리플', '솔라나', '도지코인', '에이다', '테더', '트론', '체인링크', '폴카닷', '스텔라루멘', '샌드박스',
  '아발란체', '바이낸스', '암호화폐', '가상화폐', '가상자산', 'bitcoin', 'ethereum', 'btc', 'eth', 'xrp', 'solana', 'dogecoin',
  'cardano', 'tether', 'usdt', 'bnb', 'litecoin', 'polkadot', 'crypto', 'krypto',
];

/** Stock index and market names (ko/en and a few others), substrings of the lower-cased box text. */
export const MARKET_NAMES = [
  '코스피', '코스닥', '나스닥', '다우', 's&p', '니케이', '항셍', '상해종합', '환율', '원/달러', '달러', '유가', '금값', '상승종목',
  '하락종목', '장종료', '장마감', '거래량', 'kospi', 'kosdaq', 'nasdaq', 'dow jones', 'dow', 'nikkei', 'hang seng',
  'ftse', 'dax', 'mdax', 'tecdax', 'sdax', 'euro stoxx', 'eur/usd', 'euro/dollar', 'ölpreis', 'goldpreis', 'cac 40', 'stoxx', 'russell', 'usd', 'eur', 'jpy', 'gbp', 'brent', 'wti', 'gold', 'bond',
  'treasury', 'yield', 'nyse',
];

/** Consent wording (substrings, lower case). */
export const CONSENT_WORDS = [
  '쿠키', '개인정보 수집', '개인정보처리방침에 동의', 'cookie', 'cookies', 'consent', 'gdpr', 'privacy settings',
  'manage preferences', 'accept all', 'datenschutz', 'einwilligen', 'einwilligung', 'zustimmen', 'accepter', 'aceptar', 'aceitar',
];

/** Words that, with "cookie", make a short notice in the page chrome a consent banner. */
export const CONSENT_ACTIONS = ['accept', 'agree', 'allow', 'opt-out', 'opt out', 'settings', 'preferences', 'ok', 'got it', '동의', '확인', 'akzeptieren', 'zustimmen', 'einstellungen', 'accepter', 'aceptar', 'aceitar'];

/** Newsletter wording for boxes that hold an e-mail input (substrings, lower case). */
export const NEWSLETTER_WORDS = [
  '뉴스레터', '구독', '메일로 받아', 'newsletter', 'subscribe', 'sign up', 'signup', 'inbox', 'e-mail updates',
  'email updates', 'abonnieren', "s'inscrire", 'suscribir', 'assinar', 'подпис',
];

/** Class/id words of bylines and date lines: generic chrome rules never hide these. */
export const BYLINE_TOKENS = new Set(['byline', 'bylines', 'author', 'authors', 'writer', 'reporter', 'journalist', 'dateline', 'date', 'datetime', 'timestamp', 'published', 'updated', 'posted', 'pubdate', 'article-date', 'article-info']);

/** Text that marks a byline/date line: such lines are never hidden by the generic chrome rules. */
export const BYLINE_DATE =
  /(?:\b(?:19|20)\d\d[-./년]\s?\d{1,2}[-./월]|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d\d|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d\d|입력\s*\d|수정\s*\d|기자(?:\s|$)|^\s*by\s+[a-z]|published|updated)/i;

/** Lower-cases and strips what never distinguishes a label: whitespace, punctuation, counts, arrows. */
export function normalizeLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[()[\]{}<>«»‹›"'“”‘’·•|:;!?.,…>+\-–—_/\\#*▶►▸›〉》→]+/g, ' ')
    .replace(/\d+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const MAX_HEADING_TAIL = 18;

/** Characters `normalizeLabel` removes (spaces, punctuation, arrows, digits). */
const STRIPPED = new Set([...' \t\n\r\f\v\u00a0()[]{}<>«»‹›"\'“”‘’·•|:;!?.,…>+-–—_/\\#*▶►▸›〉》→0123456789']);

/** Whether a text with these first/last letters (see `edgeLetter`) can be a widget title at all. */
export function mayBeHeading(first: string, last: string, strict = false): boolean {
  return first !== '' && (BY_FIRST.has(first) || (!strict && SUFFIX_BY_LAST.has(last)));
}

/** The first (or last) character of `text` that survives `normalizeLabel`, lower-cased. */
export function edgeLetter(text: string, fromStart: boolean): string {
  const n = text.length;
  for (let k = 0; k < n; k++) {
    const c = text.charAt(fromStart ? k : n - 1 - k);
    if (STRIPPED.has(c) || c.trim() === '') continue;
    return c.toLowerCase();
  }
  return '';
}

interface CompiledKeyword {
  category: ClutterCategory;
  keyword: string;
  label: string;
  compact: string;
  /** Ends in a Latin letter: must be followed by a word boundary. */
  latinEnd: boolean;
  nonAscii: boolean;
}

const COMPILED: CompiledKeyword[] = HEADING_KEYWORDS.flatMap(([category, keywords]) =>
  keywords.map((keyword) => {
    const label = normalizeLabel(keyword);
    return {
      category,
      keyword,
      label,
      compact: label.replace(/ /g, ''),
      latinEnd: /[a-z]/.test(label.charAt(label.length - 1)),
      nonAscii: /[\u0080-\uffff]/.test(label),
    };
  }),
);

/** Keywords by their first character, so a label is compared with a handful of them only. */
const BY_FIRST = new Map<string, CompiledKeyword[]>();
for (const k of COMPILED) {
  const first = k.label.charAt(0);
  const list = BY_FIRST.get(first);
  if (list) list.push(k);
  else BY_FIRST.set(first, [k]);
}

/** Story-list keywords that also title a box after a short qualifier (distinctive ones only). */
const MAX_SUFFIX_QUALIFIER = 8;
const SUFFIX_BY_LAST = new Map<string, CompiledKeyword[]>();
for (const k of COMPILED) {
  if ((k.category !== 'related-news' && k.category !== 'most-read') || (k.nonAscii ? k.compact.length < 3 : k.label.length < 9)) continue;
  const last = k.compact.charAt(k.compact.length - 1);
  const list = SUFFIX_BY_LAST.get(last);
  if (list) list.push(k);
  else SUFFIX_BY_LAST.set(last, [k]);
}

/**
 * The category whose heading keyword `text` starts with (short tail allowed), or null. `strict`
 * (for headings that are links: a teaser headline may start with a keyword, "국제유가 사흘째…")
 * allows a tail of at most 60% of the label and no qualifier before the keyword.
 */
export function headingCategory(text: string, strict = false): { category: ClutterCategory; keyword: string } | null {
  if (text.length > 120) return null;
  // Most texts asked about are no widget title: reject them on their first/last letter before
  // normalizing (this runs for every short heading-like element of the page).
  if (!mayBeHeading(edgeLetter(text, true), edgeLetter(text, false), strict)) return null;
  const label = normalizeLabel(text);
  if (label.length === 0 || label.length > 48) return null;
  const compact = label.replace(/ /g, '');
  const candidates = BY_FIRST.get(label.charAt(0));
  const maxTail = strict ? Math.min(MAX_HEADING_TAIL, Math.floor(compact.length * 0.6)) : MAX_HEADING_TAIL;
  for (const k of candidates ?? []) {
    // Latin keywords must end on a word boundary ("related" but not "relatedness"); CJK ones need not.
    if (label.length - k.label.length <= maxTail && label.startsWith(k.label)) {
      const next = label.charAt(k.label.length);
      if (next === '' || next === ' ' || !k.latinEnd) return { category: k.category, keyword: k.keyword };
    }
    if (k.nonAscii && compact.length - k.compact.length <= maxTail && compact.startsWith(k.compact)) {
      return { category: k.category, keyword: k.keyword };
    }
  }
  if (strict) return null;
  // A story-list title after a short qualifier: "증권 섹션 주요 뉴스", "Business headlines".
  for (const k of SUFFIX_BY_LAST.get(compact.charAt(compact.length - 1)) ?? []) {
    if (k.nonAscii) {
      if (compact.length - k.compact.length <= MAX_SUFFIX_QUALIFIER && compact.endsWith(k.compact)) return { category: k.category, keyword: k.keyword };
    } else if (label.endsWith(` ${k.label}`) && label.length - k.label.length <= MAX_SUFFIX_QUALIFIER + 4 && label.split(' ').length - k.label.split(' ').length <= 2) {
      return { category: k.category, keyword: k.keyword };
    }
  }
  return null;
}

/**
 * A phrase pattern and its needles: lower-case literals of which every match of the pattern
 * contains at least one. A block holding none of them is not tested against the pattern (most
 * blocks; the regex need not even be compiled). Edit both together.
 */
export type PromoPhrase = readonly [ClutterCategory, RegExp, readonly string[]];

/**
 * Donation and subscription appeals addressed to the reader: "Support our journalism", "Donate now",
 * "You've read 3 of 5 free articles", "Subscribe for $1 a week", "첫 달 100원". Fixed formulas of
 * fundraising and paywall offers, never how a news story talks about donations or subscriptions
 * (checked on short boxes and lines outside the article's paragraphs only, see classify.ts).
 */
export const APPEAL_PHRASE =
  /\bif you (?:enjoyed|liked|value|appreciate) (?:this|our|reading|independent|local)\b[^.!?]{0,40}\b(?:article|story|post|piece|journalism|news|reporting|work)|\b(?:subscribe|subscription|subscriptions|get access)\b[^.!?]{0,80}\bfor (?:as little as|just|only|[$€£]\s?\d)|\bsupport (?:our|independent|quality|local|nonprofit|public[- ]interest) (?:journalism|news|reporting|work|newsroom)|\bsupport(?:ing)? us\b|\b(?:regular|monthly|one-off|one-time|single) (?:contribution|donation|gift)\b|\bbecome a (?:member|subscriber|supporter|patron|donor)\b|\bdonate (?:now|today|here)\b|\bmake a (?:tax[- ]deductible )?(?:donation|gift|contribution)\b|\btax[- ]deductible (?:gift|donation|contribution)|\bchip in\b|\breader[- ](?:funded|supported|powered)\b|\bany amount helps\b|\bfree (?:articles?|stories|stories left)\b[^.!?]{0,30}\b(?:left|remaining|this month|per month)|\byou(?:'ve|’ve| have) read \d+ (?:of|out of) (?:your )?\d+\b|\b(?:give|donate) [$€£]\d+\b|\bunlimited (?:digital )?access\b[^.!?]{0,40}[$€£]\d|후원하기|후원해\s?주|정기\s?후원|후원\s?회원|원고료로\s?응원|구독\s?(?:시작하기|신청하기)|정기\s?구독\s?신청|첫\s?달\s?\d+\s?원|jetzt unterstützen|jetzt spenden|unterstützen sie (?:uns|unabhängigen)|soutenez-nous|faites un don/;
/** Lower-case literals of which every `APPEAL_PHRASE` match contains one (edit both together). */
export const APPEAL_NEEDLES = ['if you ', 'subscri', 'get access', 'support ', 'become a ', 'donate ', 'make a ', 'contribution', 'donation', 'gift', 'deductible', 'chip in', 'reader', 'any amount', 'free ', 'read ', 'give ', 'unlimited', '후원', '구독', '첫', '원고료', 'unterstützen', 'spenden', 'soutenez', 'faites un don'];

/**
 * Calls to action and legal lines that are never the story itself: a short block made of one of
 * these ("Subscribe to our newsletter", "Follow us on Twitter", "Click here to get the app",
 * "© 2019 … All rights reserved", "무단전재 및 재배포 금지"). Matched on lower-cased text. Each
 * phrase addresses the reader (you/your/us/our) or is a fixed formula, so a sentence of reporting
 * that merely mentions subscribing or following does not match.
 */
export const PROMO_PHRASES: ReadonlyArray<PromoPhrase> = [
  ['newsletter', /\bsubscribe (?:to (?:our|the|my|his|her)\b[^.!?]{0,50}(?:newsletter|channel|podcast|magazine|list|feed|updates)|now\b|today\b|here\b)|\bsign up (?:for|to) (?:our|the)\b[^.!?]{0,40}(?:newsletter|updates|alerts)|\b(?:delivered|straight|right|directly) (?:to|in|into|through) your (?:inbox|letterbox|mailbox|door)|\bin your inbox\b|뉴스레터\s?구독|구독\s?(?:하기|신청)|newsletter abonnieren|jetzt abonnieren|abonnez-vous|suscríbete|подпишитесь/, ['subscribe', 'sign up', 'your ', '구독', 'abonnieren', 'abonnez-vous', 'suscríbete', 'подпишитесь']],
  ['share', /\bfollow (?:us|me|him|her|them|[\w.]+ on (?:twitter|facebook|instagram|linkedin|x)\b)\s?(?:on\b|@|:)|\bfollow us\b|folgen sie uns|suivez-nous|síguenos|siga-nos|ikuti kami|\bchat with us\b/, ['follow', 'folgen sie uns', 'suivez-nous', 'síguenos', 'siga-nos', 'ikuti kami', 'chat with us']],
  // Inside the article's blocks only the unmistakable appeals (extractors take them for paragraphs);
  // the rest of `APPEAL_PHRASE` outside them (PROMO_PHRASES_OUTSIDE): a story may quote "donate now".
  ['appeals', /\bif you (?:enjoyed|liked|value) this (?:article|story|post|piece)|\b(?:subscribe|subscription|subscriptions|get access)\b[^.!?]{0,80}\bfor (?:as little as|just|only)\b|\bsupport (?:our|independent|quality) journalism|\bbecome a (?:member|subscriber|supporter|patron)\b|\byou(?:'ve|’ve| have) read \d+ (?:of|out of) (?:your )?\d+ free\b/, ['if you ', 'subscri', 'get access', 'journalism', 'become a ', 'read ']],
  ['ads', /\b(?:listen|watch) (?:to [\w'’ ]{1,30} )?live (?:at|on|every)\b|\blisten back\b/, ['live ', 'listen back']],
  ['related-news', /\b(?:follow|see|read) [\w'’ ]{0,30}\bfull coverage\b/, ['full coverage']],
  ['reactions', /\bbloggers? like this\b|\bblogger menyukai ini\b/, ['blogger']],
  ['nav', /^\W{0,3}(?:©|ⓒ|\(c\)\s|copyright\b)|^\[\/?[a-z_-]+ [a-z_-]+=|\b(?:requires|enable) javascript\b|\ball rights reserved\b|\bsubject to copyright\b|\b(?:have|got) a (?:news )?tip\b|\bnews tip\b|\b(?:may|can) be reached at\b|\blet us know at\b|\bemail us at\b|무단\s?전재|재배포\s?금지|저작권자|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|todos os direitos reservados|все права защищены|hak cipta dilindungi/, ['©', 'ⓒ', '(c)', 'copyright', '[', 'javascript', 'all rights reserved', 'tip', 'be reached at', 'let us know at', 'email us at', '무단', '재배포', '저작권자', 'alle rechte vorbehalten', 'tous droits réservés', 'todos los derechos reservados', 'todos os direitos reservados', 'все права защищены', 'hak cipta dilindungi']],
];

/**
 * Promotions that a post may also carry as its own content (a deals post: "Click here to download
 * this game", an affiliate disclosure the author wrote): only outside the article's blocks.
 */
export const PROMO_PHRASES_OUTSIDE: ReadonlyArray<PromoPhrase> = [
  ['appeals', APPEAL_PHRASE, APPEAL_NEEDLES],
  ['ads', /\bclick(?:ing)? here\b|\btap here\b|\b(?:download|get) (?:the|our) [\w' .]{0,30}\bapp\b|\bmay earn (?:an? )?(?:affiliate )?commission|\baffiliate (?:links?|commission)|\b(?:contains?|may contain) (?:affiliate|referral)\b/, ['click', 'tap here', 'download the', 'download our', 'get the', 'get our', 'commission', 'affiliate', 'referral']],
];

/**
 * Whole-text formulas of page furniture, for short lines only (≤ 40 characters): reading time,
 * gallery counters, comment prompts. Matched on the lower-cased, whitespace-collapsed text.
 */
export const FURNITURE_LINE =
  /^(?:\d+\s?(?:min(?:ute)?s?|mins?\.?)\s?(?:read|de leitura|lesezeit)|(?:reading time|tempo de leitura|lesezeit|temps de lecture|tiempo de lectura)\s?:?\s?\d+\s?\S*(?: \S+)?|읽는\s?시간\s?\d+분|(?:image|photo|picture|slide|foto|사진)?\s?\d+\s?(?:of|\/|von|de|di)\s?\/?\s?\d+|back to (?:gallery|article|top)|(?:filed under|posted in|tagged|tags|categories|category|kategorie|schlagworte|태그)\s?:.*|(?:source|sources|quelle|fuente|fonte|출처)\s?:\s?[\w .,&'’-]+|leave a (?:comment|reply)|add a comment|post a comment|\d+\s?comments?|no comments(?: yet)?|share this (?:on|via) \w+)$/;

/**
 * (No Unicode-property classes here: they are slow to compile on the first call, the one the
 * reader waits for.)
 * A photo credit standing alone in its own element (the caption is another element, or there is
 * none): "Image copyright Getty Images", "Photo: Hau Dinh, AP", "(Image: © NASA)", "Al Goldis,
 * Associated Press". Credits written into the caption's own text stay with the caption.
 */
export const PHOTO_CREDIT =
  /^[([/]?\s?(?:image|images|photo|photos|picture|pictures|foto|fotos|bild|credit|credits|illustration|사진|사진제공|그래픽)\s?(?:copyright|credit|courtesy|by)?\s?[:=/©]|^(?:image|photo|picture) (?:copyright|credit|courtesy)\b|^\(?©|^\(?(?:[^\s,|/–—()]+(?: [^\s,|/–—()]+){0,3}\s?[,|/–—]\s?){0,2}(?:getty(?: images)?|associated press|ap photo|ap|reuters|afp|epa|shutterstock|istock(?:photo)?|bloomberg|pool|handout|file|zuma press|alamy|dpa|yonhap|연합뉴스|뉴스1|뉴시스)(?:\s?[/|,]\s?[^\d/|,()]{1,20})?\s?\)?\.?$/;

/** Lower-case literals of which every `PHOTO_CREDIT` match contains one (edit both together). */
const PHOTO_CREDIT_NEEDLES = ['image', 'photo', 'picture', 'foto', 'bild', 'credit', 'illustration', '사진', '그래픽', '©', 'getty', 'associated press', 'ap', 'reuters', 'afp', 'epa', 'shutterstock', 'istock', 'bloomberg', 'pool', 'handout', 'file', 'zuma press', 'alamy', 'dpa', 'yonhap', '연합뉴스', '뉴스1', '뉴시스'];

/**
 * Whether lower-cased `text` can match `PHOTO_CREDIT` (substring tests; false means it cannot):
 * the credit regex is costly to compile, and most pages have no line it could match.
 */
export function mayBePhotoCredit(text: string): boolean {
  for (const needle of PHOTO_CREDIT_NEEDLES) if (text.includes(needle)) return true;
  return false;
}

/** Whether lower-cased `text` can match `FURNITURE_LINE`: every alternative needs a digit or one of these. */
export function mayBeFurnitureLine(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 58) return true; // a digit or ':'
  }
  return text.includes('back to ') || text.includes('leave a ') || text.includes('comment') || text.includes('share this ');
}
