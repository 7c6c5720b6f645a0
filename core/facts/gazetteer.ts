/**
 * Place gazetteer: countries, Korean provinces and cities, and major world cities, in Korean and English.
 * A short, documented data module (no download, no runtime lookup). Extend the lists here (the Korean half in
 * lexicon-ko.ts); the matcher in places.ts handles Korean particles (`미국과`) and English word boundaries.
 */

/**
 * The Korean half of the gazetteer (lexicon-ko.ts), installed with the other Korean lists (lexicon.ts
 * `useKoreanLexicon`). Until then only its Latin entries, the ones a text without Hangul can contain.
 */
export let KO_PLACES: readonly string[] = ['UAE', 'LA'];

export function setKoreanPlaces(places: readonly string[]): void {
  KO_PLACES = places;
}

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
