import { describe, expect, it } from 'vitest';
import { mentionsIn, namedThings } from '../../../src/core/draft/mentions.ts';

const none = { weapons: new Set<string>(), companies: new Set<string>() };
const found = (text: string, named = none) => mentionsIn(text, named).map((m) => [m.kind, m.name, m.role ?? '', m.state?.name ?? '']);

describe('who a sentence names', () => {
  it('finds people with their role and state, whichever way news writes them', () => {
    expect(found('It followed a meeting with Russian Deputy Foreign Minister Igor Morgulov.')).toEqual([['person', 'Igor Morgulov', 'Deputy Foreign Minister', 'Russia']]);
    expect(found('China’s Foreign Ministry spokesman, Geng Shuang, warned them.')).toEqual([['person', 'Geng Shuang', 'Foreign Ministry spokesman', 'China']]);
    expect(found('Russian Ambassador to Seoul Aleksandr Timonin said so.')).toEqual([['person', 'Aleksandr Timonin', 'Ambassador to Seoul', 'Russia']]);
    expect(found('U.S. Secretary of Defense James Mattis assured them.')).toEqual([['person', 'James Mattis', 'Secretary of Defense', 'United States']]);
  });

  it('names states by name, short form and capital, and keeps their ministries apart', () => {
    expect(found('Beijing and the U.S. spoke, and Russia’s Ministry of Foreign Affairs replied.')).toEqual([
      ['state', 'China', '', 'China'], ['state', 'United States', '', 'United States'], ['government', 'Russian Foreign Ministry', '', 'Russia'],
    ]);
  });

  it('finds names with accents and particles, and finds them again by surname', () => {
    expect(found('Brazilian President Luiz Inácio Lula da Silva spoke.')).toEqual([['person', 'Luiz Inácio Lula da Silva', 'President', 'Brazil']]);
    const [maduro] = mentionsIn('Venezuelan President Nicolás Maduro ordered it.', none);
    expect(maduro?.name).toBe('Nicolás Maduro');
    expect(mentionsIn('Later, Maduro and José left.', none, maduro ? [maduro] : []).map((m) => m.name)).toEqual(['Nicolás Maduro']);
  });

  it('knows the states news names most, by name, adjective and capital, but not by a capital that is a common name', () => {
    expect(found('Syrian troops left Damascus for Baghdad.')).toEqual([['state', 'Syria', '', 'Syria'], ['state', 'Syria', '', 'Syria'], ['state', 'Iraq', '', 'Iraq']]);
    expect(found('Sofia Coppola spoke at Georgetown University.')).toEqual([]);
    expect(found('Officials in Brussels and Belgian ones met.')).toEqual([['organization', 'European Union', '', 'European Union'], ['state', 'Belgium', '', 'Belgium']]);
  });

  it('names unions of states, whose seat stays the host state’s capital', () => {
    expect(found('The African Union and NATO met in Addis Ababa.')).toEqual([
      ['organization', 'African Union', '', 'African Union'], ['organization', 'NATO', '', 'NATO'], ['state', 'Ethiopia', '', 'Ethiopia'],
    ]);
  });

  it('finds foreign affairs departments and coast guards as their state’s bodies', () => {
    expect(found('The Philippine Department of Foreign Affairs protested to Chinese coast guard crews.')).toEqual([
      ['government', 'Philippine Foreign Ministry', '', 'Philippines'], ['government', 'Chinese Coast Guard', '', 'China'],
    ]);
  });

  it('takes "the South Korean government" for the state, as "Seoul" is', () => {
    expect(found('The South Korean government signed it in Seoul.')).toEqual([['state', 'South Korea', '', 'South Korea'], ['state', 'South Korea', '', 'South Korea']]);
  });

  it('finds the weapon an article keeps naming, and a company named as one', () => {
    const article = 'THAAD is a missile system. THAAD was deployed. They oppose THAAD. Seoul signed with retail giant Lotte.';
    const named = namedThings(article);
    expect([...named.weapons, ...named.companies]).toEqual(['THAAD', 'Lotte']);
    expect(found('Beijing halted Lotte’s project over THAAD.', named)).toEqual([['state', 'China', '', 'China'], ['company', 'Lotte', '', ''], ['weapon', 'THAAD', '', '']]);
  });

  it('finds a person again by surname', () => {
    const [geng] = mentionsIn('China’s Foreign Ministry spokesman, Geng Shuang, spoke.', none);
    expect(mentionsIn('Geng also warned China.', none, geng ? [geng] : []).map((m) => m.name)).toEqual(['Geng Shuang', 'China']);
  });
});
