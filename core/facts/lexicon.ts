/**
 * Small word lists for rule-based fact extraction (Korean and English news). Plain data, documented here so
 * it can be extended in one place: title words, organisation suffixes, well-known organisation acronyms,
 * reporting verbs and Korean particles. Nothing here is keyed to a site or an article.
 */

/** Korean job titles that follow a name (`민병주 KIAT 원장`). Longest first matters only for display. */
export const KO_TITLES = [
  '대통령', '부통령', '국무총리', '총리', '부총리', '장관', '차관', '차관보', '대변인', '대사', '영사', '총영사', '위원장',
  '부위원장', '위원', '의장', '부의장', '의원', '국회의원', '원장', '부원장', '원내대표', '대표', '공동대표', '대표이사',
  '회장', '부회장', '사장', '부사장', '전무', '상무', '이사', '이사장', '감사', '총장', '부총장', '학장', '교수', '부교수',
  '조교수', '명예교수', '연구위원', '선임연구원', '책임연구원', '수석연구원', '연구원', '박사', '처장', '청장', '차장',
  '실장', '국장', '과장', '부장', '팀장', '센터장', '본부장', '단장', '소장', '지사', '도지사', '시장', '구청장', '군수',
  '부시장', '부지사', '부구청장',
  '지검장', '검사', '판사', '대법관', '헌법재판관', '변호사', '비서실장', '수석', '특보', '고문', '상임고문', '최고경영자',
  '감독', '코치', '선수', '주장', '애널리스트', '연구소장', '이코노미스트', '교육감', '사무총장', '사무국장',
  '총재', '부총재', '행장', '은행장', '기자', '특파원', '작가', '배우', '가수', '교사', '의사', '전문의',
] as const;

/** English job titles (lower case; matched case-insensitively). */
export const EN_TITLES = [
  'president', 'vice president', 'prime minister', 'minister', 'secretary', 'chancellor', 'governor', 'senator',
  'mayor', 'ambassador', 'spokesman', 'spokeswoman', 'spokesperson', 'director', 'deputy director',
  'executive director', 'managing director', 'director general', 'chairman', 'chairwoman', 'chair',
  'chief executive', 'chief executive officer', 'ceo', 'cfo', 'coo', 'cto', 'founder', 'co-founder', 'head',
  'chief', 'professor', 'researcher', 'scientist', 'economist', 'analyst', 'manager', 'coach', 'captain',
  'commissioner', 'superintendent', 'sheriff', 'judge', 'justice', 'attorney', 'lawyer', 'prosecutor',
  'general', 'admiral', 'colonel', 'officer', 'detective', 'inspector', 'leader', 'boss', 'owner', 'editor',
  'correspondent', 'administrator', 'dean', 'principal', 'representative', 'rep.', 'sen.', 'gov.', 'dr.',
  // German titles (capitalised in text; same patterns: "Bundeskanzler Olaf Scholz")
  'bundeskanzler', 'bundeskanzlerin', 'kanzler', 'kanzlerin', 'bundespräsident', 'bundespräsidentin', 'ministerpräsident',
  'ministerpräsidentin', 'ministerin', 'präsident', 'präsidentin', 'vorsitzende', 'vorsitzender', 'sprecher', 'sprecherin',
  'bürgermeister', 'bürgermeisterin', 'oberbürgermeister', 'direktor', 'direktorin', 'professorin', 'trainer',
  'geschäftsführer', 'geschäftsführerin', 'chef', 'chefin', 'oberbürgermeisterin', 'landrat', 'landrätin', 'staatssekretär',
  'staatssekretärin', 'pressesprecher', 'pressesprecherin', 'polizeisprecher', 'polizeisprecherin',
] as const;

/** Korean organisation suffixes: a word ending in one of these (and long enough) names an organisation. */
export const KO_ORG_SUFFIXES = [
  '진흥원', '연구원', '연구소', '연구센터', '센터', '위원회', '협회', '협의회', '연합회', '재단', '공사', '공단', '기구', '은행',
  '그룹', '대학교', '대학', '대학원', '병원', '학회', '조합', '법원', '검찰청', '경찰청', '청', '처', '부', '원', '회의소',
  '기관', '전자', '증권', '보험', '생명', '화학', '건설', '중공업', '통신', '항공', '자동차', '제약', '바이오', '홀딩스',
  '엔터테인먼트', '방송', '신문', '일보', '협동조합', '당', '군', '사령부', '국',
] as const;

/** Suffixes too generic to make an organisation of a standalone word; only accepted with an abbreviation. */
export const KO_WEAK_ORG_SUFFIXES = new Set(['원', '부', '처', '청', '당', '군', '국', '기관', '센터', '대학', '그룹', '방송']);

/** Standalone words ending in a strong suffix that are nevertheless not organisations. */
export const KO_NOT_ORGS = new Set([
  '일부', '전부', '내부', '외부', '정부부', '세부', '대부', '간부', '본부', '여부', '학부', '연구원', '직원', '회원', '의원',
  '요청', '신청', '시청', '청청', '대처', '거처', '출처', '용처', '국제기구', '금융기관', '공공기관', '연구기관', '기관',
  '의료기관', '정부기관', '사법부', '행정부', '입법부', '연구센터', '센터', '재단', '대학', '대학원', '병원', '은행', '국',
  '우리은행', '정당', '야당', '여당', '군', '전국', '결국', '당국', '중국', '한국', '미국', '영국', '외국', '각국', '본국',
  '양국', '제국', '천국', '전당', '식당', '해당', '상당', '정당', '담당', '부당', '적당', '당당', '가부', '공부', '사부',
  '지부', '조부', '신부', '주부', '농부', '어부', '광부', '환부', '승부', '답부', '정부', '놀이기구', '운동기구', '실험기구',
  '수석연구원', '선임연구원', '책임연구원', '연구원', '대학원생',
]);

/** English organisation heads: a capitalised phrase ending (or starting "X of") with one of these. */
export const EN_ORG_WORDS = [
  'Inc', 'Inc.', 'Corp', 'Corp.', 'Corporation', 'Company', 'Co.', 'Ltd', 'Ltd.', 'LLC', 'plc', 'Group', 'Holdings',
  'Agency', 'Administration', 'Institute', 'Institutes', 'Institution', 'University', 'College', 'School',
  'Department', 'Ministry', 'Office', 'Bureau', 'Council', 'Committee', 'Commission', 'Association', 'Federation',
  'Foundation', 'Society', 'Union', 'League', 'Party', 'Bank', 'Fund', 'Court', 'Police', 'Service', 'Services',
  'Board', 'Authority', 'Organization', 'Organisation', 'Center', 'Centre', 'Laboratory', 'Laboratories', 'Club',
  'Trust', 'Network', 'Press', 'Times', 'Post', 'News', 'Hospital', 'Army', 'Navy', 'Force', 'Congress', 'Senate',
  'Parliament', 'Assembly', 'Academy', 'Museum', 'Council', 'Secretariat', 'Exchange', 'Airlines', 'Motors',
  'Coalition', 'Alliance', 'Partnership', 'Consortium', 'Cooperative', 'Cathedral',
] as const;

/** Well-known organisation acronyms accepted as organisations even without an expansion in the article. */
export const KNOWN_ORG_ACRONYMS = new Set([
  'UN', 'EU', 'NATO', 'WHO', 'WTO', 'IMF', 'OECD', 'OPEC', 'ASEAN', 'APEC', 'UNESCO', 'UNICEF', 'IAEA', 'ICC', 'FIFA',
  'IOC', 'UEFA', 'NASA', 'FBI', 'CIA', 'NSA', 'CDC', 'FDA', 'EPA', 'SEC', 'FTC', 'FCC', 'NIH', 'NSF', 'NIST', 'DOE',
  'DOJ', 'DHS', 'IRS', 'NOAA', 'NHS', 'BBC', 'CNN', 'NBC', 'CBS', 'ABC', 'AP', 'AFP', 'KBS', 'MBC', 'SBS', 'JTBC',
  'KAIST', 'POSTECH', 'UNIST', 'DGIST', 'GIST', 'ETRI', 'KIST', 'KIAT', 'KOTRA', 'KDI', 'KOSPI', 'LG', 'SK', 'KT',
  'GS', 'CJ', 'HD', 'IBM', 'AMD', 'TSMC', 'ESA', 'CERN', 'MIT', 'UCLA', 'NYU', 'OpenAI', 'ECB', 'BOJ', 'BOK', 'Fed',
  'NPS', 'KEPCO', 'KOICA', 'KISTEP', 'KEIT', 'KOSDAQ', 'NFL', 'NBA', 'MLB', 'NHL', 'PGA',
]);

/** Upper-case words that are not organisations (documents, fields, technologies, places, units). */
export const NOT_ORG_ACRONYMS = new Set([
  'LOI', 'MOU', 'MOA', 'NDA', 'ICT', 'IT', 'AI', 'R&D', 'RD', 'CEO', 'CFO', 'CTO', 'COO', 'DC', 'US', 'USA', 'UK',
  'PC', 'TV', 'VR', 'AR', 'IoT', 'GDP', 'GNP', 'CPI', 'PM', 'AM', 'OK', 'ID', 'PDF', 'API', 'SNS', 'PR', 'IR', 'IPO',
  'ESG', 'EV', 'SUV', 'CO2', 'DNA', 'RNA', 'PCR', 'GPS', 'LED', 'OLED', 'LCD', 'CPU', 'GPU', 'HBM', 'DRAM', 'SSD',
  'ETF', 'KRW', 'USD', 'EUR', 'JPY', 'CNY', 'GBP', 'FTA', 'VIP', 'FAQ', 'QR', 'SW', 'HW', 'BTS', 'MVP', 'TBD', 'UTC',
  'KST', 'EST', 'EDT', 'PST', 'GMT', 'BC', 'AD', 'NO', 'THE', 'A', 'I', 'II', 'III', 'IV', 'V', 'X', 'Q1', 'Q2', 'Q3',
  'Q4', 'OS', 'UI', 'UX', 'RE', 'FW', 'CC', 'PS', 'NB', 'HIV', 'AIDS', 'COVID', 'MERS', 'SARS', 'ICU', 'ER', 'MRI',
]);

/** Korean reporting verbs after a quotation (`…”라고 말했다`). */
export const KO_REPORT_VERBS =
  /^(?:[이]?라고|고|며|라며|이라며|면서|라면서|는|란|이라는|라는)?\s*(?:\S+\s+)?(?:말했|밝혔|강조했|설명했|전했|덧붙였|주장했|지적했|언급했|당부했|말한|답했|물었|했|촉구했|호소했|평가했|예상했|전망했|분석했|제안했|발표했|반박했|토로했|털어놨|밝힌|말하|밝히|강조하|설명하|지적하|주장하)/u;

/** English reporting verbs. */
export const EN_REPORT_VERBS =
  'said|says|told|added|explained|insisted|claimed|noted|stated|wrote|warned|argued|asked|replied|admitted|revealed|declared|continued|recalled|tweeted|posted|commented|confirmed|announced|sagte|sagt|erklärte|betonte|meinte|so';

/** Korean particles/endings that may follow a noun inside one space-separated word. */
export const KO_PARTICLES = [
  '', '은', '는', '이', '가', '을', '를', '의', '에', '에서', '에게', '께서', '과', '와', '도', '만', '로', '으로', '까지',
  '부터', '에는', '에서는', '에서도', '에도', '으로는', '로는', '과의', '와의', '이나', '나', '이며', '며', '이다', '였다',
  '이었다', '측', '측은', '측이', '측의', '이라고', '라고', '처럼', '보다', '에서의', '으로의', '로의', '간', '내', '산',
  '발', '행', '쪽', '에선', '서', '이라는', '라는', '인', '등', '등의', '등이', '등을', '등은', '에게서', '한테',
];

const KO_PARTICLE_SET = new Set(KO_PARTICLES);

/** Is `rest` (the remainder of a Korean word after a noun) a particle or nothing? */
export function isParticle(rest: string): boolean {
  return KO_PARTICLE_SET.has(rest);
}

/** Common Korean surnames (single syllable), for telling a 2–4 syllable name from a noun. */
export const KO_SURNAMES = new Set(
  ('김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도' +
    '소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감음빈동온호범좌팽승간상갈단견당화창')
    .split(''),
);
export const KO_COMPOUND_SURNAMES = ['남궁', '황보', '제갈', '선우', '독고', '사공', '서문', '동방'];

/** Words that look like names (surname + 1–2 syllables) but are common nouns in news text. */
export const KO_NOT_NAMES = new Set([
  '이번', '이날', '이후', '이전', '이상', '이하', '이미', '이어', '이에', '이를', '이와', '이는', '이의', '이들', '이같은',
  '정부', '정책', '정도', '정보', '정상', '정치', '정부가', '한국', '한편', '한미', '한때', '한번', '한층', '조사', '조치',
  '조건', '전문', '전체', '전략', '전국', '전망', '전날', '전년', '최근', '최초', '최대', '최고', '최소', '최종', '고객',
  '고환', '공동', '공개', '공식', '공급', '공유', '국내', '국제', '국가', '국민', '국립', '기업', '기술', '기관', '기존',
  '기자', '기간', '기준', '기능', '기획', '주요', '주장', '주식', '주가', '주민', '시장', '시간', '시작', '시민', '시험',
  '대표', '대한', '대해', '대상', '대응', '대비', '대학', '대부분', '연구', '연구진', '연구팀', '연방', '연간', '연합',
  '양국', '양측', '오늘', '오후', '오전', '오는', '우리', '우선', '유럽', '유지', '유행', '상황', '상대', '상승', '문제',
  '문화', '방문', '방안', '방향', '방침', '성장', '성과', '신규', '신약', '신청', '안전', '안정', '이번에', '장관', '원장',
  '교수', '의원', '위원', '사장', '회장', '사업', '사용', '사람', '사회', '사실', '반도체', '분야', '분석', '남성', '여성',
  '가능', '가운데', '가격', '경제', '경우', '경쟁', '동안', '동향', '동시', '현재', '현지', '현장', '홍보', '황금',
  '명의', '명예', '노력', '하지만', '모두', '모든', '표준', '지난', '지원', '지역', '지금', '진행', '진출', '차세대',
  '추진', '추가', '소비', '소속', '선정', '선수', '설명', '석유', '마련', '마지막', '길이', '위해', '위한', '위기', '반면',
  '왕복', '금융', '금리', '육성', '인공', '인력', '인사', '제품', '제공', '제조', '제도', '모델', '용도', '예정', '예산',
  '경기', '봉사', '사진', '부문', '부분', '가장', '태양', '목표', '형태', '피해', '두고', '감소', '음성', '동물', '온라인',
  '호텔', '범위', '좌석', '승인', '간부', '상무', '단계', '화학', '창업', '손실', '배터리', '백신', '허가', '남미', '심사',
  '노동', '하반기', '곽', '성능', '차량', '구조', '민간', '진단', '나라', '지구', '엄격', '채널', '원인', '천문', '방식',
  '공장', '현대', '함께', '변화', '염려', '여러', '추정', '도입', '소재', '석탄', '선진', '설비', '마케팅', '길', '연결',
  '위성', '표시', '명단', '기록', '반면에', '왕', '금액', '옥외', '육군', '인근', '맹', '제재', '모습', '탁', '국방',
  '어제', '은행', '편의', '용량', '예상', '경찰', '봉쇄', '사건', '부처', '가족', '복지', '태풍', '목적', '형사', '피고',
  '두배', '감독', '음식', '빈곤', '동의', '온도', '호소', '범죄', '좌파', '팽창', '승리', '간단', '상당', '갈등', '단체',
  '견해', '당시', '화면', '창출', '지난해', '올해', '내년', '작년', '차이나', '구글', '애플', '삼성', '현대', '네이버', '카카오',
  '아마존', '테슬라', '인텔', '소니', '도요타', '화웨이', '서울대', '고려대', '연세대', '부산대', '경북대', '전남대', '충남대',
  '한양대', '건국대', '경희대', '중앙대', '이화여대', '카이스트', '포스텍', '정신과', '내과', '외과', '강의', '연례', '연구',
]);
