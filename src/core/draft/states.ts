// States as articles name them: by name, by a short form ("the U.S."), by
// the adjective ("Chinese", "South Korean"), and by the capital standing for
// the government ("Beijing said"). The capital is where the state is drawn,
// a rule the author can change for any actor. States whose names are common
// English words or first names (Jordan, Chad, Guinea) are left out: a draft
// that took "Jordan said" for a state would be wrong more often than right.
// Coordinates to three decimals (GeoNames), so a suggested place needs no
// gazetteer.

import { newId } from '../studio/workingCopy.ts';

/** The id a suggestion gets from its name: the studio's own ("Brasília" → "brasilia"), so a place made from it is found again. */
export const idOf = (name: string): string => newId(name, new Set());

export interface StateName {
  readonly id: string;
  /** ISO 3166-1 alpha-2, as the gazetteer gives a place's country; a union has none. */
  readonly iso?: string;
  readonly name: string;
  /** Other names for the state itself. */
  readonly aliases: readonly string[];
  readonly demonyms: readonly string[];
  readonly capital: string;
  readonly coordinates: readonly [number, number];
  /** A union of states that news names as it names a state (the EU). */
  readonly organization?: true;
  /** The capital is only its seat, not another name for it: "Addis Ababa" is Ethiopia, not the African Union. */
  readonly seatOnly?: true;
}

const s = (id: string, iso: string, name: string, aliases: string[], demonyms: string[], capital: string, lon: number, lat: number): StateName =>
  ({ id, ...(iso !== '' && { iso }), name, aliases, demonyms, capital, coordinates: [lon, lat] });

export const STATES: readonly StateName[] = [
  { ...s('eu', '', 'European Union', ['EU', 'E.U.'], ['European'], 'Brussels', 4.352, 50.847), organization: true },
  { ...s('african-union', '', 'African Union', ['AU'], [], 'Addis Ababa', 38.747, 9.025), organization: true, seatOnly: true },
  { ...s('nato', '', 'NATO', ['North Atlantic Treaty Organization'], [], 'Brussels', 4.352, 50.847), organization: true, seatOnly: true },
  { ...s('un', '', 'United Nations', ['UN', 'U.N.'], [], 'New York', -74.006, 40.713), organization: true, seatOnly: true },
  { ...s('asean', '', 'ASEAN', ['Association of Southeast Asian Nations'], [], 'Jakarta', 106.845, -6.208), organization: true, seatOnly: true },
  s('usa', 'US', 'United States', ['U.S.', 'US', 'U.S.A.', 'USA', 'America', 'United States of America'], ['American', 'U.S.', 'US'], 'Washington', -77.037, 38.907),
  s('china', 'CN', 'China', ['PRC', "People's Republic of China"], ['Chinese'], 'Beijing', 116.407, 39.904),
  s('russia', 'RU', 'Russia', ['Russian Federation'], ['Russian'], 'Moscow', 37.618, 55.751),
  s('south-korea', 'KR', 'South Korea', ['Republic of Korea', 'ROK'], ['South Korean'], 'Seoul', 126.978, 37.566),
  s('north-korea', 'KP', 'North Korea', ['DPRK'], ['North Korean'], 'Pyongyang', 125.762, 39.039),
  s('japan', 'JP', 'Japan', [], ['Japanese'], 'Tokyo', 139.692, 35.69),
  s('taiwan', 'TW', 'Taiwan', [], ['Taiwanese'], 'Taipei', 121.565, 25.033),
  s('india', 'IN', 'India', [], ['Indian'], 'New Delhi', 77.209, 28.614),
  s('pakistan', 'PK', 'Pakistan', [], ['Pakistani'], 'Islamabad', 73.048, 33.684),
  s('iran', 'IR', 'Iran', [], ['Iranian'], 'Tehran', 51.389, 35.689),
  s('israel', 'IL', 'Israel', [], ['Israeli'], 'Jerusalem', 35.217, 31.769),
  s('turkey', 'TR', 'Turkey', ['Türkiye'], ['Turkish'], 'Ankara', 32.854, 39.921),
  s('ukraine', 'UA', 'Ukraine', [], ['Ukrainian'], 'Kyiv', 30.523, 50.45),
  s('germany', 'DE', 'Germany', [], ['German'], 'Berlin', 13.405, 52.52),
  s('france', 'FR', 'France', [], ['French'], 'Paris', 2.352, 48.857),
  s('uk', 'GB', 'United Kingdom', ['UK', 'U.K.', 'Britain', 'Great Britain'], ['British'], 'London', -0.128, 51.507),
  s('poland', 'PL', 'Poland', [], ['Polish'], 'Warsaw', 21.012, 52.23),
  s('canada', 'CA', 'Canada', [], ['Canadian'], 'Ottawa', -75.697, 45.421),
  s('mexico', 'MX', 'Mexico', [], ['Mexican'], 'Mexico City', -99.133, 19.433),
  s('brazil', 'BR', 'Brazil', [], ['Brazilian'], 'Brasília', -47.882, -15.794),
  s('australia', 'AU', 'Australia', [], ['Australian'], 'Canberra', 149.128, -35.282),
  s('vietnam', 'VN', 'Vietnam', ['Viet Nam'], ['Vietnamese'], 'Hanoi', 105.854, 21.029),
  s('philippines', 'PH', 'Philippines', ['the Philippines'], ['Philippine', 'Filipino'], 'Manila', 120.984, 14.6),
  s('indonesia', 'ID', 'Indonesia', [], ['Indonesian'], 'Jakarta', 106.845, -6.208),
  s('saudi-arabia', 'SA', 'Saudi Arabia', [], ['Saudi'], 'Riyadh', 46.675, 24.713),
  s('egypt', 'EG', 'Egypt', [], ['Egyptian'], 'Cairo', 31.236, 30.044),
  s('ethiopia', 'ET', 'Ethiopia', [], ['Ethiopian'], 'Addis Ababa', 38.747, 9.025),
  s('sudan', 'SD', 'Sudan', [], ['Sudanese'], 'Khartoum', 32.553, 15.5),
  s('nigeria', 'NG', 'Nigeria', [], ['Nigerian'], 'Abuja', 7.495, 9.058),
  s('south-africa', 'ZA', 'South Africa', [], ['South African'], 'Pretoria', 28.188, -25.746),
  s('armenia', 'AM', 'Armenia', [], ['Armenian'], 'Yerevan', 44.513, 40.181),
  s('azerbaijan', 'AZ', 'Azerbaijan', [], ['Azerbaijani', 'Azeri'], 'Baku', 49.867, 40.409),
  s('georgia', 'GE', 'Georgia', [], ['Georgian'], 'Tbilisi', 44.793, 41.715),
  s('belarus', 'BY', 'Belarus', [], ['Belarusian'], 'Minsk', 27.567, 53.9),
  s('venezuela', 'VE', 'Venezuela', [], ['Venezuelan'], 'Caracas', -66.904, 10.481),
  s('colombia', 'CO', 'Colombia', [], ['Colombian'], 'Bogotá', -74.072, 4.711),
  s('chile', 'CL', 'Chile', [], ['Chilean'], 'Santiago', -70.669, -33.449),
  s('bolivia', 'BO', 'Bolivia', [], ['Bolivian'], 'La Paz', -68.15, -16.5),
  s('peru', 'PE', 'Peru', [], ['Peruvian'], 'Lima', -77.043, -12.046),
  s('argentina', 'AR', 'Argentina', [], ['Argentine', 'Argentinian'], 'Buenos Aires', -58.382, -34.604),
  // From here, coordinates are GeoNames' capitals as the studio's gazetteer holds them; a capital that
  // is also a common name elsewhere (Sofia, Georgetown, San José) is a seat only.
  s('syria', 'SY', 'Syria', [], ['Syrian'], 'Damascus', 36.291, 33.51),
  s('iraq', 'IQ', 'Iraq', [], ['Iraqi'], 'Baghdad', 44.401, 33.341),
  s('afghanistan', 'AF', 'Afghanistan', [], ['Afghan'], 'Kabul', 69.172, 34.528),
  s('lebanon', 'LB', 'Lebanon', [], ['Lebanese'], 'Beirut', 35.502, 33.893),
  s('qatar', 'QA', 'Qatar', [], ['Qatari'], 'Doha', 51.531, 25.285),
  s('uae', 'AE', 'United Arab Emirates', ['UAE', 'U.A.E.'], ['Emirati'], 'Abu Dhabi', 54.397, 24.451),
  s('yemen', 'YE', 'Yemen', [], ['Yemeni'], 'Sanaa', 44.207, 15.355),
  s('libya', 'LY', 'Libya', [], ['Libyan'], 'Tripoli', 13.187, 32.887),
  s('somalia', 'SO', 'Somalia', [], ['Somali'], 'Mogadishu', 45.344, 2.037),
  s('kenya', 'KE', 'Kenya', [], ['Kenyan'], 'Nairobi', 36.817, -1.283),
  s('south-sudan', 'SS', 'South Sudan', [], ['South Sudanese'], 'Juba', 31.582, 4.852),
  s('eritrea', 'ER', 'Eritrea', [], ['Eritrean'], 'Asmara', 38.932, 15.338),
  s('morocco', 'MA', 'Morocco', [], ['Moroccan'], 'Rabat', -6.832, 34.013),
  s('algeria', 'DZ', 'Algeria', [], ['Algerian'], 'Algiers', 3.087, 36.732),
  s('tunisia', 'TN', 'Tunisia', [], ['Tunisian'], 'Tunis', 10.166, 36.819),
  s('serbia', 'RS', 'Serbia', [], ['Serbian'], 'Belgrade', 20.465, 44.804),
  s('kosovo', 'XK', 'Kosovo', [], ['Kosovar'], 'Pristina', 21.167, 42.673),
  s('moldova', 'MD', 'Moldova', [], ['Moldovan'], 'Chisinau', 28.858, 47.006),
  s('romania', 'RO', 'Romania', [], ['Romanian'], 'Bucharest', 26.106, 44.432),
  s('hungary', 'HU', 'Hungary', [], ['Hungarian'], 'Budapest', 19.041, 47.498),
  s('italy', 'IT', 'Italy', [], ['Italian'], 'Rome', 12.511, 41.892),
  s('spain', 'ES', 'Spain', [], ['Spanish'], 'Madrid', -3.703, 40.416),
  s('netherlands', 'NL', 'Netherlands', ['the Netherlands', 'Holland'], ['Dutch'], 'Amsterdam', 4.89, 52.374),
  s('sweden', 'SE', 'Sweden', [], ['Swedish'], 'Stockholm', 18.069, 59.329),
  s('finland', 'FI', 'Finland', [], ['Finnish'], 'Helsinki', 24.936, 60.169),
  s('norway', 'NO', 'Norway', [], ['Norwegian'], 'Oslo', 10.746, 59.913),
  s('denmark', 'DK', 'Denmark', [], ['Danish'], 'Copenhagen', 12.566, 55.676),
  s('greece', 'GR', 'Greece', [], ['Greek'], 'Athens', 23.728, 37.984),
  s('cyprus', 'CY', 'Cyprus', [], ['Cypriot'], 'Nicosia', 33.364, 35.175),
  s('lithuania', 'LT', 'Lithuania', [], ['Lithuanian'], 'Vilnius', 25.28, 54.689),
  s('latvia', 'LV', 'Latvia', [], ['Latvian'], 'Riga', 24.106, 56.946),
  s('estonia', 'EE', 'Estonia', [], ['Estonian'], 'Tallinn', 24.753, 59.437),
  s('thailand', 'TH', 'Thailand', [], ['Thai'], 'Bangkok', 100.501, 13.754),
  s('myanmar', 'MM', 'Myanmar', ['Burma'], ['Burmese'], 'Naypyidaw', 96.13, 19.745),
  s('cambodia', 'KH', 'Cambodia', [], ['Cambodian'], 'Phnom Penh', 104.916, 11.562),
  s('malaysia', 'MY', 'Malaysia', [], ['Malaysian'], 'Kuala Lumpur', 101.686, 3.141),
  { ...s('singapore', 'SG', 'Singapore', [], ['Singaporean'], 'Singapore', 103.85, 1.29), seatOnly: true },
  s('bangladesh', 'BD', 'Bangladesh', [], ['Bangladeshi'], 'Dhaka', 90.407, 23.71),
  s('sri-lanka', 'LK', 'Sri Lanka', [], ['Sri Lankan'], 'Colombo', 79.849, 6.936),
  s('nepal', 'NP', 'Nepal', [], ['Nepali', 'Nepalese'], 'Kathmandu', 85.321, 27.702),
  s('kazakhstan', 'KZ', 'Kazakhstan', [], ['Kazakh'], 'Astana', 71.446, 51.18),
  s('mongolia', 'MN', 'Mongolia', [], ['Mongolian'], 'Ulaanbaatar', 106.883, 47.908),
  s('cuba', 'CU', 'Cuba', [], ['Cuban'], 'Havana', -82.383, 23.133),
  { ...s('guyana', 'GY', 'Guyana', [], ['Guyanese'], 'Georgetown', -58.155, 6.804), seatOnly: true },
  s('nicaragua', 'NI', 'Nicaragua', [], ['Nicaraguan'], 'Managua', -86.25, 12.133),
  s('ecuador', 'EC', 'Ecuador', [], ['Ecuadorian'], 'Quito', -78.525, -0.23),
  s('haiti', 'HT', 'Haiti', [], ['Haitian'], 'Port-au-Prince', -72.339, 18.544),
  s('rwanda', 'RW', 'Rwanda', [], ['Rwandan'], 'Kigali', 30.059, -1.95),
  s('dr-congo', 'CD', 'Democratic Republic of the Congo', ['DR Congo', 'DRC'], [], 'Kinshasa', 15.314, -4.328),
  s('uganda', 'UG', 'Uganda', [], ['Ugandan'], 'Kampala', 32.582, 0.316),
  s('tanzania', 'TZ', 'Tanzania', [], ['Tanzanian'], 'Dodoma', 35.739, -6.172),
  s('mali', 'ML', 'Mali', [], ['Malian'], 'Bamako', -8, 12.65),
  s('burkina-faso', 'BF', 'Burkina Faso', [], ['Burkinabe'], 'Ouagadougou', -1.534, 12.366),
  s('switzerland', 'CH', 'Switzerland', [], ['Swiss'], 'Bern', 7.447, 46.948),
  s('austria', 'AT', 'Austria', [], ['Austrian'], 'Vienna', 16.372, 48.209),
  { ...s('belgium', 'BE', 'Belgium', [], ['Belgian'], 'Brussels', 4.349, 50.85), seatOnly: true },
  s('portugal', 'PT', 'Portugal', [], ['Portuguese'], 'Lisbon', -9.133, 38.717),
  s('ireland', 'IE', 'Ireland', [], ['Irish'], 'Dublin', -6.249, 53.333),
  s('czechia', 'CZ', 'Czech Republic', ['Czechia'], ['Czech'], 'Prague', 14.421, 50.088),
  s('slovakia', 'SK', 'Slovakia', [], ['Slovak'], 'Bratislava', 17.107, 48.148),
  { ...s('bulgaria', 'BG', 'Bulgaria', [], ['Bulgarian'], 'Sofia', 23.324, 42.697), seatOnly: true },
  s('croatia', 'HR', 'Croatia', [], ['Croatian'], 'Zagreb', 15.978, 45.814),
  s('bosnia', 'BA', 'Bosnia and Herzegovina', ['Bosnia'], ['Bosnian'], 'Sarajevo', 18.356, 43.849),
  s('new-zealand', 'NZ', 'New Zealand', [], ['New Zealander'], 'Wellington', 174.776, -41.287),
  s('kuwait', 'KW', 'Kuwait', [], ['Kuwaiti'], 'Kuwait City', 47.978, 29.37),
  s('oman', 'OM', 'Oman', [], ['Omani'], 'Muscat', 58.408, 23.584),
  s('bahrain', 'BH', 'Bahrain', [], ['Bahraini'], 'Manama', 50.586, 26.228),
  s('uzbekistan', 'UZ', 'Uzbekistan', [], ['Uzbek'], 'Tashkent', 69.216, 41.265),
  s('kyrgyzstan', 'KG', 'Kyrgyzstan', [], ['Kyrgyz'], 'Bishkek', 74.59, 42.87),
  s('tajikistan', 'TJ', 'Tajikistan', [], ['Tajik'], 'Dushanbe', 68.779, 38.536),
  s('turkmenistan', 'TM', 'Turkmenistan', [], ['Turkmen'], 'Ashgabat', 58.383, 37.95),
  s('senegal', 'SN', 'Senegal', [], ['Senegalese'], 'Dakar', -17.444, 14.694),
  s('ghana', 'GH', 'Ghana', [], ['Ghanaian'], 'Accra', -0.197, 5.556),
  s('cameroon', 'CM', 'Cameroon', [], ['Cameroonian'], 'Yaoundé', 11.517, 3.867),
  s('zimbabwe', 'ZW', 'Zimbabwe', [], ['Zimbabwean'], 'Harare', 31.053, -17.828),
  s('mozambique', 'MZ', 'Mozambique', [], ['Mozambican'], 'Maputo', 32.583, -25.965),
  s('angola', 'AO', 'Angola', [], ['Angolan'], 'Luanda', 13.234, -8.837),
  s('laos', 'LA', 'Laos', [], ['Lao', 'Laotian'], 'Vientiane', 102.6, 17.967),
  s('uruguay', 'UY', 'Uruguay', [], ['Uruguayan'], 'Montevideo', -56.188, -34.903),
  s('paraguay', 'PY', 'Paraguay', [], ['Paraguayan'], 'Asunción', -57.647, -25.287),
  { ...s('panama', 'PA', 'Panama', [], ['Panamanian'], 'Panama City', -79.52, 8.994), seatOnly: true },
  { ...s('guatemala', 'GT', 'Guatemala', [], ['Guatemalan'], 'Guatemala City', -90.513, 14.641), seatOnly: true },
  s('honduras', 'HN', 'Honduras', [], ['Honduran'], 'Tegucigalpa', -87.207, 14.082),
  { ...s('el-salvador', 'SV', 'El Salvador', [], ['Salvadoran'], 'San Salvador', -89.187, 13.689), seatOnly: true },
  { ...s('costa-rica', 'CR', 'Costa Rica', [], ['Costa Rican'], 'San José', -84.083, 9.933), seatOnly: true },
  s('dominican-republic', 'DO', 'Dominican Republic', [], [], 'Santo Domingo', -69.892, 18.472),
];

type Form = readonly [form: string, as: 'name' | 'demonym' | 'capital', state: StateName];

/** Every way a state is named, by first letter: a text is read at each word, and most words start no name. */
const FORMS: ReadonlyMap<string, readonly Form[]> = (() => {
  const byFirst = new Map<string, Form[]>();
  for (const state of STATES) {
    const forms: Form[] = [
      [state.name, 'name', state], ...state.aliases.map((a): Form => [a, 'name', state]),
      ...state.demonyms.map((d): Form => [d, 'demonym', state]), ...(state.seatOnly ? [] : [[state.capital, 'capital', state] as Form]),
    ];
    for (const f of forms) byFirst.set(f[0].charAt(0), [...(byFirst.get(f[0].charAt(0)) ?? []), f]);
  }
  return byFirst;
})();

/** A state named in its own words at the start of `text`, and how many characters name it. */
export function stateAt(text: string): { state: StateName; length: number; as: 'name' | 'demonym' | 'capital' } | undefined {
  let best: { state: StateName; length: number; as: 'name' | 'demonym' | 'capital' } | undefined;
  for (const [form, as, state] of FORMS.get(text.charAt(0)) ?? []) {
    if (!text.startsWith(form)) continue;
    const next = text.charAt(form.length);
    // A word ends where the form does ("Chinese", not "China" in "Chinatown"); "U.S." ends with its dot.
    if (/[A-Za-z]/.test(next) && !form.endsWith('.')) continue;
    if (!best || form.length > best.length) best = { state, length: form.length, as };
  }
  return best;
}
