/**
 * Place gazetteer: countries, Korean provinces and cities, and major world cities, in Korean and English.
 * A short, documented data module (no download, no runtime lookup). Extend the lists here; the matcher in
 * places.ts handles Korean particles (`미국과`) and English word boundaries.
 */

export const KO_PLACES = [
  // Countries and regions
  '한국', '대한민국', '북한', '미국', '중국', '일본', '러시아', '영국', '프랑스', '독일', '이탈리아', '스페인', '포르투갈',
  '네덜란드', '벨기에', '스위스', '오스트리아', '스웨덴', '노르웨이', '덴마크', '핀란드', '폴란드', '체코', '헝가리',
  '그리스', '튀르키예', '터키', '우크라이나', '이스라엘', '팔레스타인', '이란', '이라크', '사우디아라비아', '사우디',
  '아랍에미리트', 'UAE', '카타르', '이집트', '남아프리카공화국', '남아공', '나이지리아', '케냐', '에티오피아', '인도',
  '파키스탄', '방글라데시', '인도네시아', '베트남', '태국', '말레이시아', '싱가포르', '필리핀', '캄보디아', '미얀마',
  '몽골', '대만', '홍콩', '마카오', '호주', '뉴질랜드', '캐나다', '멕시코', '브라질', '아르헨티나', '칠레', '페루',
  '콜롬비아', '베네수엘라', '쿠바', '시리아', '아프가니스탄', '카자흐스탄', '우즈베키스탄', '유럽', '아시아', '아프리카',
  '중동', '남미', '북미', '중남미', '동남아', '동남아시아', '동북아', '한반도', '유럽연합',
  // Korean provinces and cities
  '서울', '부산', '대구', '인천', '광주', '대전', '울산', '세종', '경기', '경기도', '강원', '강원도', '충북', '충남',
  '충청북도', '충청남도', '전북', '전남', '전라북도', '전라남도', '경북', '경남', '경상북도', '경상남도', '제주', '제주도',
  '수원', '성남', '고양', '용인', '창원', '청주', '천안', '전주', '포항', '김해', '평택', '판교', '여의도', '강남', '송도',
  '평양', '개성', '독도',
  // Seoul's 25 districts (구) and Busan's best-known ones
  '종로구', '중구', '용산구', '성동구', '광진구', '동대문구', '중랑구', '성북구', '강북구', '도봉구', '노원구', '은평구',
  '서대문구', '마포구', '양천구', '강서구', '구로구', '금천구', '영등포구', '동작구', '관악구', '서초구', '강남구', '송파구',
  '강동구', '해운대구', '수영구', '부산진구', '사하구',
  // World cities
  '워싱턴', '워싱턴DC', '워싱턴D.C.', '뉴욕', '로스앤젤레스', 'LA', '샌프란시스코', '실리콘밸리', '시카고', '보스턴',
  '시애틀', '라스베이거스', '휴스턴', '애틀랜타', '마이애미', '런던', '파리', '베를린', '브뤼셀', '제네바', '로마',
  '마드리드', '모스크바', '베이징', '상하이', '선전', '광저우', '도쿄', '오사카', '교토', '타이베이', '하노이', '호찌민',
  '방콕', '자카르타', '뉴델리', '뭄바이', '두바이', '리야드', '테헤란', '예루살렘', '카이로', '시드니', '멜버른',
  '토론토', '밴쿠버', '오타와', '멕시코시티', '상파울루', '다보스', '키이우', '키예프', '가자', '가자지구',
] as const;

export const EN_PLACES = [
  'Korea', 'South Korea', 'North Korea', 'United States', 'U.S.', 'US', 'USA', 'America', 'China', 'Japan', 'Russia',
  'Britain', 'Great Britain', 'United Kingdom', 'U.K.', 'UK', 'England', 'Scotland', 'Wales', 'Northern Ireland',
  'Ireland', 'France', 'Germany', 'Italy', 'Spain', 'Portugal', 'Netherlands', 'Belgium', 'Switzerland', 'Austria',
  'Sweden', 'Norway', 'Denmark', 'Finland', 'Poland', 'Czech Republic', 'Hungary', 'Greece', 'Turkey', 'Ukraine',
  'Israel', 'Palestine', 'Gaza', 'Iran', 'Iraq', 'Saudi Arabia', 'United Arab Emirates', 'UAE', 'Qatar', 'Egypt',
  'Libya', 'South Africa', 'Nigeria', 'Kenya', 'Ethiopia', 'India', 'Pakistan', 'Bangladesh', 'Indonesia', 'Vietnam',
  'Thailand', 'Malaysia', 'Singapore', 'Philippines', 'Cambodia', 'Myanmar', 'Mongolia', 'Taiwan', 'Hong Kong',
  'Australia', 'New Zealand', 'Canada', 'Mexico', 'Brazil', 'Argentina', 'Chile', 'Peru', 'Colombia', 'Venezuela',
  'Cuba', 'Syria', 'Afghanistan', 'Georgia', 'Europe', 'Asia', 'Africa', 'Middle East', 'Latin America',
  // US states most often in the news
  'California', 'Texas', 'Florida', 'New York', 'Washington', 'Virginia', 'Maryland', 'Oklahoma', 'Arizona', 'Ohio',
  'Michigan', 'Illinois', 'Pennsylvania', 'Massachusetts', 'New Jersey', 'Colorado', 'Nevada', 'Oregon',
  'North Carolina', 'South Carolina', 'Tennessee', 'Alabama', 'Louisiana', 'Kentucky', 'Missouri', 'Minnesota',
  'Wisconsin', 'Indiana', 'Utah', 'Hawaii', 'Alaska', 'Iowa', 'Kansas', 'Nebraska', 'Arkansas', 'Mississippi',
  'Connecticut', 'Delaware', 'Idaho', 'Maine', 'Montana', 'New Hampshire', 'New Mexico', 'North Dakota',
  'South Dakota', 'Rhode Island', 'Vermont', 'West Virginia', 'Wyoming',
  // Cities
  'Seoul', 'Busan', 'Incheon', 'Pyongyang', 'Washington, D.C.', 'Washington D.C.', 'Washington DC', 'New York City',
  'Los Angeles', 'San Francisco', 'Silicon Valley', 'Chicago', 'Boston', 'Seattle', 'Las Vegas', 'Houston', 'Dallas',
  'Atlanta', 'Miami', 'Philadelphia', 'Detroit', 'Denver', 'Cleveland', 'London', 'Paris', 'Berlin', 'Brussels',
  'Geneva', 'Rome', 'Madrid', 'Barcelona', 'Moscow', 'Beijing', 'Shanghai', 'Shenzhen', 'Tokyo', 'Osaka', 'Taipei',
  'Hanoi', 'Bangkok', 'Jakarta', 'New Delhi', 'Delhi', 'Mumbai', 'Dubai', 'Riyadh', 'Tehran', 'Jerusalem', 'Cairo',
  'Sydney', 'Melbourne', 'Brisbane', 'Perth', 'Toronto', 'Vancouver', 'Ottawa', 'Mexico City', 'Sao Paulo', 'Davos',
  'Kyiv', 'Kiev', 'Manchester', 'Liverpool', 'Birmingham', 'Leeds', 'Glasgow', 'Edinburgh', 'Cardiff', 'Belfast',
  'Dublin', 'Amsterdam', 'Vienna', 'Zurich', 'Stockholm', 'Oslo', 'Copenhagen', 'Helsinki', 'Warsaw', 'Prague',
  'Budapest', 'Athens', 'Istanbul', 'Ankara', 'Munich', 'Frankfurt', 'Hamburg', 'Milan', 'Lisbon', 'Auckland',
  // German names
  'Deutschland', 'Österreich', 'Schweiz', 'Frankreich', 'Italien', 'Spanien', 'Polen', 'Russland', 'Großbritannien',
  'Vereinigte Staaten', 'USA', 'Südkorea', 'Nordkorea', 'Japan', 'Europa', 'München', 'Köln', 'Wien', 'Zürich',
  'Stuttgart', 'Düsseldorf', 'Leipzig', 'Dresden', 'Hannover', 'Bremen', 'Nürnberg', 'Brüssel', 'Genf', 'Rom',
  'Moskau', 'Peking', 'Tokio', 'Washington', 'Bayern', 'Sachsen', 'Hessen',
  // German states and large cities
  'Baden-Württemberg', 'Brandenburg', 'Mecklenburg-Vorpommern', 'Niedersachsen', 'Nordrhein-Westfalen', 'Rheinland-Pfalz',
  'Saarland', 'Sachsen-Anhalt', 'Schleswig-Holstein', 'Thüringen', 'Dortmund', 'Duisburg', 'Bochum', 'Bonn',
  'Karlsruhe', 'Mannheim', 'Augsburg', 'Wiesbaden', 'Mainz', 'Freiburg', 'Kiel', 'Magdeburg', 'Erfurt', 'Potsdam', 'Rostock',
  'Saarbrücken', 'Graz', 'Salzburg', 'Innsbruck', 'Linz', 'Basel', 'Bern', 'Lausanne',
  // Rivers often named without "River" in German and English news
  'Rhein', 'Rhine', 'Elbe', 'Donau', 'Danube', 'Spree', 'Weser', 'Mosel', 'Moselle', 'Neckar', 'Isar', 'Thames', 'Seine',
  'Mississippi River', 'Yangtze', 'Mekong', 'Nile', 'Amazon River', 'Han River', '한강', '낙동강', '영산강',
] as const;
