// States as articles name them: by name, by a short form ("the U.S."), by
// the adjective ("Chinese", "South Korean"), and by the capital standing for
// the government ("Beijing said"). The capital is where the state is drawn,
// a rule the author can change for any actor. Coordinates to three decimals
// (GeoNames), so a suggested place needs no gazetteer.

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
];

/** A state named in its own words at the start of `text`, and how many characters name it. */
export function stateAt(text: string): { state: StateName; length: number; as: 'name' | 'demonym' | 'capital' } | undefined {
  let best: { state: StateName; length: number; as: 'name' | 'demonym' | 'capital' } | undefined;
  for (const state of STATES) {
    const forms: [string, 'name' | 'demonym' | 'capital'][] = [
      [state.name, 'name'], ...state.aliases.map((a): [string, 'name'] => [a, 'name']),
      ...state.demonyms.map((d): [string, 'demonym'] => [d, 'demonym']), ...(state.seatOnly ? [] : [[state.capital, 'capital'] as [string, 'capital']]),
    ];
    for (const [form, as] of forms) {
      if (!text.startsWith(form)) continue;
      const next = text.charAt(form.length);
      // A word ends where the form does ("Chinese", not "China" in "Chinatown"); "U.S." ends with its dot.
      if (/[A-Za-z]/.test(next) && !form.endsWith('.')) continue;
      if (!best || form.length > best.length) best = { state, length: form.length, as };
    }
  }
  return best;
}
