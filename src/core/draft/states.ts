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
  readonly name: string;
  /** Other names for the state itself. */
  readonly aliases: readonly string[];
  readonly demonyms: readonly string[];
  readonly capital: string;
  readonly coordinates: readonly [number, number];
  /** A union of states that news names as it names a state (the EU). */
  readonly organization?: true;
}

const s = (id: string, name: string, aliases: string[], demonyms: string[], capital: string, lon: number, lat: number): StateName =>
  ({ id, name, aliases, demonyms, capital, coordinates: [lon, lat] });

export const STATES: readonly StateName[] = [
  { ...s('eu', 'European Union', ['EU', 'E.U.'], ['European'], 'Brussels', 4.352, 50.847), organization: true },
  s('usa', 'United States', ['U.S.', 'US', 'U.S.A.', 'USA', 'America', 'United States of America'], ['American', 'U.S.', 'US'], 'Washington', -77.037, 38.907),
  s('china', 'China', ['PRC', "People's Republic of China"], ['Chinese'], 'Beijing', 116.407, 39.904),
  s('russia', 'Russia', ['Russian Federation'], ['Russian'], 'Moscow', 37.618, 55.751),
  s('south-korea', 'South Korea', ['Republic of Korea', 'ROK'], ['South Korean'], 'Seoul', 126.978, 37.566),
  s('north-korea', 'North Korea', ['DPRK'], ['North Korean'], 'Pyongyang', 125.762, 39.039),
  s('japan', 'Japan', [], ['Japanese'], 'Tokyo', 139.692, 35.69),
  s('taiwan', 'Taiwan', [], ['Taiwanese'], 'Taipei', 121.565, 25.033),
  s('india', 'India', [], ['Indian'], 'New Delhi', 77.209, 28.614),
  s('pakistan', 'Pakistan', [], ['Pakistani'], 'Islamabad', 73.048, 33.684),
  s('iran', 'Iran', [], ['Iranian'], 'Tehran', 51.389, 35.689),
  s('israel', 'Israel', [], ['Israeli'], 'Jerusalem', 35.217, 31.769),
  s('turkey', 'Turkey', ['Türkiye'], ['Turkish'], 'Ankara', 32.854, 39.921),
  s('ukraine', 'Ukraine', [], ['Ukrainian'], 'Kyiv', 30.523, 50.45),
  s('germany', 'Germany', [], ['German'], 'Berlin', 13.405, 52.52),
  s('france', 'France', [], ['French'], 'Paris', 2.352, 48.857),
  s('uk', 'United Kingdom', ['UK', 'U.K.', 'Britain', 'Great Britain'], ['British'], 'London', -0.128, 51.507),
  s('poland', 'Poland', [], ['Polish'], 'Warsaw', 21.012, 52.23),
  s('canada', 'Canada', [], ['Canadian'], 'Ottawa', -75.697, 45.421),
  s('mexico', 'Mexico', [], ['Mexican'], 'Mexico City', -99.133, 19.433),
  s('brazil', 'Brazil', [], ['Brazilian'], 'Brasília', -47.882, -15.794),
  s('australia', 'Australia', [], ['Australian'], 'Canberra', 149.128, -35.282),
  s('vietnam', 'Vietnam', ['Viet Nam'], ['Vietnamese'], 'Hanoi', 105.854, 21.029),
  s('philippines', 'Philippines', ['the Philippines'], ['Philippine', 'Filipino'], 'Manila', 120.984, 14.6),
  s('indonesia', 'Indonesia', [], ['Indonesian'], 'Jakarta', 106.845, -6.208),
  s('saudi-arabia', 'Saudi Arabia', [], ['Saudi'], 'Riyadh', 46.675, 24.713),
  s('egypt', 'Egypt', [], ['Egyptian'], 'Cairo', 31.236, 30.044),
  s('ethiopia', 'Ethiopia', [], ['Ethiopian'], 'Addis Ababa', 38.747, 9.025),
  s('sudan', 'Sudan', [], ['Sudanese'], 'Khartoum', 32.553, 15.5),
  s('nigeria', 'Nigeria', [], ['Nigerian'], 'Abuja', 7.495, 9.058),
  s('south-africa', 'South Africa', [], ['South African'], 'Pretoria', 28.188, -25.746),
  s('armenia', 'Armenia', [], ['Armenian'], 'Yerevan', 44.513, 40.181),
  s('azerbaijan', 'Azerbaijan', [], ['Azerbaijani', 'Azeri'], 'Baku', 49.867, 40.409),
  s('georgia', 'Georgia', [], ['Georgian'], 'Tbilisi', 44.793, 41.715),
  s('belarus', 'Belarus', [], ['Belarusian'], 'Minsk', 27.567, 53.9),
  s('venezuela', 'Venezuela', [], ['Venezuelan'], 'Caracas', -66.904, 10.481),
  s('colombia', 'Colombia', [], ['Colombian'], 'Bogotá', -74.072, 4.711),
  s('chile', 'Chile', [], ['Chilean'], 'Santiago', -70.669, -33.449),
  s('bolivia', 'Bolivia', [], ['Bolivian'], 'La Paz', -68.15, -16.5),
  s('peru', 'Peru', [], ['Peruvian'], 'Lima', -77.043, -12.046),
  s('argentina', 'Argentina', [], ['Argentine', 'Argentinian'], 'Buenos Aires', -58.382, -34.604),
];

/** A state named in its own words at the start of `text`, and how many characters name it. */
export function stateAt(text: string): { state: StateName; length: number; as: 'name' | 'demonym' | 'capital' } | undefined {
  let best: { state: StateName; length: number; as: 'name' | 'demonym' | 'capital' } | undefined;
  for (const state of STATES) {
    const forms: [string, 'name' | 'demonym' | 'capital'][] = [
      [state.name, 'name'], ...state.aliases.map((a): [string, 'name'] => [a, 'name']),
      ...state.demonyms.map((d): [string, 'demonym'] => [d, 'demonym']), [state.capital, 'capital'],
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
