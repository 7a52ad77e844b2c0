import { describe, expect, it } from 'vitest';
import { validateStory } from '../../../src/core/validation/validateStory.ts';
import { formatError } from '../../../src/core/validation/errors.ts';
import { minimalStory } from '../../support/minimalStory.ts';

type Mutable = Record<string, any>;

function errorsAfter(change: (s: Mutable) => void): string[] {
  const story = minimalStory() as unknown as Mutable;
  change(story);
  return validateStory(JSON.parse(JSON.stringify(story))).map(formatError);
}

function errorsOfJson(json: string): string[] {
  return validateStory(JSON.parse(json)).map(formatError);
}

describe('validateStory', () => {
  it('accepts the minimal story with no errors', () => {
    expect(errorsAfter(() => {})).toEqual([]);
  });

  it('reports an unknown top-level key at its path', () => {
    expect(errorsAfter((s) => { s.extra = 1; })).toEqual(['extra: unknown key "extra"']);
  });

  it('reports an own __proto__ key and a constructor key as unknown keys', () => {
    const json = JSON.stringify(minimalStory()).replace('"name":"Beijing"', '"name":"Beijing","__proto__":{"polluted":true},"constructor":1');
    expect(errorsOfJson(json)).toEqual([
      'places[0].__proto__: unknown key "__proto__"',
      'places[0].constructor: unknown key "constructor"',
    ]);
    expect(({} as Mutable).polluted).toBeUndefined();
  });

  it('reports a missing required field', () => {
    expect(errorsAfter((s) => { delete s.meta.title; })).toEqual(['meta.title: missing required field (meta needs title, description, language, source and credit)']);
  });

  describe('for a story written from memory', () => {
    const KINDS = 'state, government, person, company, organization, military, weapon, group';

    it('suggests the key most likely meant', () => {
      expect(errorsAfter((s) => { s.places[0].names = s.places[0].localNames; delete s.places[0].localNames; })).toEqual(['places[0].names: unknown key "names" (did you mean "localNames"?)']);
      expect(errorsAfter((s) => { s.actors[0].type = s.actors[0].kind; delete s.actors[0].kind; })).toEqual([
        `actors[0].kind: missing required field (an actor needs id, name, kind and place)`,
        'actors[0].type: unknown key "type" (did you mean "kind"?)',
      ]);
      expect(errorsAfter((s) => { s.stances[0].qoute = 'q'; })).toEqual(['stances[0].qoute: unknown key "qoute" (did you mean "quote"?)']);
      expect(errorsAfter((s) => { s.meta.source.date = '2017-03-01'; })).toEqual(['meta.source.date: unknown key "date" (did you mean "published"?)']);
    });

    it('suggests the value most likely meant, before the list of values', () => {
      expect(errorsAfter((s) => { s.actors[1].kind = 'government body'; })).toEqual([`actors[1].kind: unknown kind "government body" (did you mean "government"? expected one of: ${KINDS})`]);
      expect(errorsAfter((s) => { s.actors[0].kind = 'country'; })).toEqual([`actors[0].kind: unknown kind "country" (did you mean "state"? expected one of: ${KINDS})`]);
      expect(errorsAfter((s) => { s.stances[0].type = 'suports'; })[0]).toMatch(/^stances\[0\]\.type: unknown stance type "suports" \(did you mean "supports"\? expected one of: supports, /);
    });

    it('lists the first 1,000 unknown keys with what was meant, and counts the rest', () => {
      const keys = Object.fromEntries(Array.from({ length: 1_500 }, (_, i) => [`nmae${i}`, 1]));
      const errors = errorsAfter((s) => { Object.assign(s.places[0], { names: {} }, keys); });
      expect(errors[0]).toBe('places[0].names: unknown key "names" (did you mean "localNames"?)');
      expect(errors).toHaveLength(1_001);
      expect(errors[1_000]).toBe('(file): and 501 more problems');
    });

    it('names no key or value when none is close', () => {
      expect(errorsAfter((s) => { s.places[0].banana = 1; })).toEqual(['places[0].banana: unknown key "banana"']);
      expect(errorsAfter((s) => { s.actors[0].kind = 'banana'; })).toEqual([`actors[0].kind: unknown kind "banana" (expected one of: ${KINDS})`]);
    });

    it('says which fields an item needs when one is missing', () => {
      expect(errorsAfter((s) => { delete s.events[0].description; })).toEqual(['events[0].description: missing required field (an event needs id, date, title, description, places, actors and quote)']);
      expect(errorsAfter((s) => { delete s.meta.source.published; })).toEqual(['meta.source.published: missing required field (meta.source needs title, publisher and published)']);
    });
  });

  it('reports a wrong type with what was found', () => {
    expect(errorsAfter((s) => { s.places[1].name = 42; })).toEqual(['places[1].name: expected string, found number 42']);
  });

  it('reports a section that is not an array', () => {
    expect(errorsAfter((s) => { s.actors = {}; })).toEqual(expect.arrayContaining(['actors: expected an array, found an object']));
  });

  it('reports an unsupported version', () => {
    expect(errorsAfter((s) => { s.version = 2; })).toEqual(['version: unsupported version 2 (expected 1)']);
  });

  it('reports an unknown stance type with the vocabulary', () => {
    expect(errorsAfter((s) => { s.stances[0].type = 'hates'; })).toEqual([
      'stances[0].type: unknown stance type "hates" (expected one of: supports, cooperates, reassures, opposes, threatens, warns, retaliates, criticizes, dismisses, concerned)',
    ]);
  });

  it('reports every problem, not only the first', () => {
    expect(errorsAfter((s) => {
      s.stances[0].from = 'chna';
      s.events[0].places = ['nowhere'];
      s.places[0].coordinates = [200, 39.9];
    })).toEqual([
      'places[0].coordinates[0]: longitude 200 out of range (-180 to 180)',
      'stances[0].from: unknown actor "chna"',
      'events[0].places[0]: unknown place "nowhere"',
    ]);
  });

  it('reports a stance pointing at an unknown actor or place', () => {
    expect(errorsAfter((s) => { s.stances[0].to = 'chna'; })).toEqual(['stances[0].to: unknown actor or place "chna"']);
  });

  it('accepts a stance pointing at a place', () => {
    expect(errorsAfter((s) => { s.stances[0].to = 'seongju'; })).toEqual([]);
  });

  it('reports a stance from a place, which is not an actor', () => {
    expect(errorsAfter((s) => { s.stances[0].from = 'beijing'; })).toEqual(['stances[0].from: "beijing" is a place, not an actor']);
  });

  it('reports a stance pointing at its own actor', () => {
    expect(errorsAfter((s) => { s.stances[0].to = 'china'; })).toEqual(['stances[0].to: a stance cannot point at its own actor "china"']);
  });

  it('reports an actor drawn at an unknown place', () => {
    expect(errorsAfter((s) => { s.actors[0].place = 'bejing'; })).toEqual(['actors[0].place: unknown place "bejing"']);
  });

  it('reports memberOf naming an unknown actor', () => {
    expect(errorsAfter((s) => { s.actors[1].memberOf = 'chna'; })).toEqual(['actors[1].memberOf: unknown actor "chna"']);
  });

  it('reports a membership loop', () => {
    expect(errorsAfter((s) => { s.actors[0].memberOf = 'geng'; })).toEqual([
      'actors[0].memberOf: membership loop: china → geng → china',
      'actors[1].memberOf: membership loop: geng → china → geng',
    ]);
  });

  it('reports an event naming an unknown actor', () => {
    expect(errorsAfter((s) => { s.events[0].actors = ['thaad', 'usa']; })).toEqual(['events[0].actors[1]: unknown actor "usa"']);
  });

  it('reports an area around an unknown place and a scene focusing an unknown id', () => {
    expect(errorsAfter((s) => { s.areas[0].place = 'x'; s.scenes[0].focus = ['s1', 'ghost']; })).toEqual([
      'areas[0].place: unknown place "x"',
      'scenes[0].focus[1]: unknown id "ghost"',
    ]);
  });

  it('reports a duplicate id across sections, naming the first use', () => {
    expect(errorsAfter((s) => { s.actors.push({ id: 'beijing', name: 'Beijing government', kind: 'government', place: 'beijing' }); })).toEqual([
      'actors[3].id: duplicate id "beijing" (already used by places[0])',
    ]);
  });

  it('reports an id with forbidden characters', () => {
    expect(errorsAfter((s) => { s.events[0].id = 'a b'; })).toEqual([
      'events[0].id: invalid id "a b" (use letters, digits, "_", "." or "-", starting with a letter or digit: ^[A-Za-z0-9][A-Za-z0-9_.-]*$)',
    ]);
  });

  it('reports a coordinate that parsed to Infinity (1e400)', () => {
    const json = JSON.stringify(minimalStory()).replace('[116.4,39.9]', '[1e400,39.9]');
    expect(errorsOfJson(json)).toEqual(['places[0].coordinates[0]: expected a finite number, found Infinity']);
  });

  it('reports latitude out of range and hints at swapped coordinates', () => {
    expect(errorsAfter((s) => { s.places[0].coordinates = [39.9, 116.4]; })).toEqual([
      'places[0].coordinates[1]: latitude 116.4 out of range (-90 to 90); coordinates are [longitude, latitude]: are they swapped?',
    ]);
  });

  it('reports coordinates with a missing latitude', () => {
    expect(errorsAfter((s) => { s.places[0].coordinates = [116.4]; })).toEqual(['places[0].coordinates: expected [longitude, latitude], found 1 item']);
  });

  it('reports an impossible day as an error, not the next month', () => {
    expect(errorsAfter((s) => { s.stances[0].start = '2017-02-30'; })).toEqual([
      'stances[0].start: impossible date "2017-02-30" (February 2017 has 28 days)',
    ]);
  });

  it('reports month 13', () => {
    expect(errorsAfter((s) => { s.events[0].date = '2017-13'; })).toEqual(['events[0].date: impossible date "2017-13" (there is no month 13)']);
  });

  it('reports a US-style date as malformed', () => {
    expect(errorsAfter((s) => { s.events[0].date = '02/28/2017'; })).toEqual([
      'events[0].date: invalid date "02/28/2017" (expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by " planned", " approximate" or " before")',
    ]);
  });

  it('reports an unknown date qualifier', () => {
    expect(errorsAfter((s) => { s.stances[0].start = '2017-08 maybe'; })).toEqual([
      'stances[0].start: invalid date "2017-08 maybe" (expected YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by " planned", " approximate" or " before")',
    ]);
  });

  it('accepts qualified dates of every precision', () => {
    expect(errorsAfter((s) => {
      s.stances[0].start = '2016 approximate';
      s.stances[0].end = '2017-08 planned';
      s.events[0].date = '2017-02-28 before';
    })).toEqual([]);
  });

  it('reports a stance that ends before it starts', () => {
    expect(errorsAfter((s) => { s.stances[0].end = '2017-01'; })).toEqual(['stances[0].end: end "2017-01" must be after start "2017-03-01"']);
  });

  it('reports a stance that ends on the day it starts', () => {
    expect(errorsAfter((s) => { s.stances[0].end = '2017-03-01'; })).toEqual(['stances[0].end: end "2017-03-01" must be after start "2017-03-01"']);
  });

  it('reports an area that ends before it starts', () => {
    expect(errorsAfter((s) => { s.areas[0].start = '2018'; s.areas[0].end = '2017'; })).toEqual(['areas[0].end: end "2017" must be after start "2018"']);
  });

  it('reports text that is too long', () => {
    expect(errorsAfter((s) => { s.meta.title = 'x'.repeat(201); })).toEqual(['meta.title: text too long (201 characters, at most 200)']);
  });

  it('reports an empty name', () => {
    expect(errorsAfter((s) => { s.actors[0].name = ''; })).toEqual(['actors[0].name: must not be empty']);
  });

  it('reports too many items', () => {
    expect(errorsAfter((s) => { s.stances[0].sources = Array.from({ length: 21 }, () => ({ url: 'https://example.com' })); })).toEqual([
      'stances[0].sources: too many items (21, at most 20)',
    ]);
  });

  it('reports a javascript: link, however it is spelled', () => {
    expect(errorsAfter((s) => {
      s.stances[0].sources = [{ url: ' JaVaScRiPt:alert(1)' }, { url: 'java\tscript:alert(1)' }, { url: 'data:text/html,x' }];
    })).toEqual([
      'stances[0].sources[0].url: only http and https links are allowed, found "javascript:"',
      'stances[0].sources[1].url: only http and https links are allowed, found "javascript:"',
      'stances[0].sources[2].url: only http and https links are allowed, found "data:"',
    ]);
  });

  it('reports a relative link', () => {
    expect(errorsAfter((s) => { s.meta.source.url = '/article'; })).toEqual([
      'meta.source.url: invalid URL "/article" (expected an absolute http or https URL)',
    ]);
  });

  it('reports an invalid language tag used as a local-name key', () => {
    expect(errorsAfter((s) => { s.places[0].localNames = { 'Chinese!': '北京' }; })).toEqual([
      'places[0].localNames["Chinese!"]: invalid language tag "Chinese!" (expected a BCP 47 tag such as "en", "ko" or "zh-Hans")',
    ]);
  });

  it('reports a view that gives both bounds and a center', () => {
    expect(errorsAfter((s) => { s.meta.view = { center: [120, 40], zoom: 3, bounds: [[100, 20], [140, 50]] }; })).toEqual([
      'meta.view: give either center and zoom, or bounds',
    ]);
  });

  it('reports a zoom out of range', () => {
    expect(errorsAfter((s) => { s.scenes[0].view = { center: [120, 40], zoom: 30 }; })).toEqual(['scenes[0].view.zoom: 30 is too large (at most 22)']);
  });

  it('reports a radius that is not positive', () => {
    expect(errorsAfter((s) => { s.areas[0].radiusKm = 0; })).toEqual(['areas[0].radiusKm: 0 is too small (must be greater than 0)']);
  });

  it.each([
    ['[]', '(root): expected an object, found an array'],
    ['null', '(root): expected an object, found null'],
    ['"story"', '(root): expected an object, found string "story"'],
  ])('reports a file whose top level is %s', (json, message) => {
    expect(errorsOfJson(json)).toEqual([message]);
  });

  it('reports every missing section of an empty object', () => {
    expect(errorsOfJson('{}')).toEqual([
      'version: missing required field (a story needs version, meta, places, actors, stances and events)',
      'meta: missing required field (a story needs version, meta, places, actors, stances and events)',
      'places: missing required field (a story needs version, meta, places, actors, stances and events)',
      'actors: missing required field (a story needs version, meta, places, actors, stances and events)',
      'stances: missing required field (a story needs version, meta, places, actors, stances and events)',
      'events: missing required field (a story needs version, meta, places, actors, stances and events)',
    ]);
  });
});

describe('validateStory on hostile and careless files', () => {
  it('lists the first 1,000 problems of 20,000 empty events, in order, then counts the rest', () => {
    const errors = validateStory({ ...minimalStory(), events: Array.from({ length: 20_000 }, () => ({})) });
    expect(errors).toHaveLength(1001);
    expect(errors.slice(0, 2).map(formatError)).toEqual(['events[0].id: missing required field (an event needs id, date, title, description, places, actors and quote)', 'events[0].date: missing required field (an event needs id, date, title, description, places, actors and quote)']);
    expect(formatError(errors[999]!)).toBe('events[142].actors: missing required field (an event needs id, date, title, description, places, actors and quote)');
    expect(errors[1000]).toEqual({ path: '(file)', message: 'and 139,000 more problems', more: 139_000 });
  });

  it('lists the file\'s first problems even when a later section has more than the limit', () => {
    const story = { ...minimalStory(), events: Array.from({ length: 2_000 }, () => ({})) } as Mutable;
    story.places[1].name = 42;
    expect(formatError(validateStory(story)[0]!)).toBe('places[1].name: expected string, found number 42');
  });

  it('reports a list of 200,000 bad ids by its length alone', () => {
    const story = minimalStory() as Mutable;
    story.events[0].places = Array.from({ length: 200_000 }, () => 7);
    story.events[0].extra = true;
    expect(validateStory(story).map(formatError)).toEqual([
      'events[0].places: too many items (200000, at most 200)',
      'events[0].extra: unknown key "extra"',
    ]);
  });

  it('reports a local-name record with 150,000 bad keys without overflowing the stack', () => {
    const story = minimalStory() as Mutable;
    story.places[0].localNames = Object.fromEntries(Array.from({ length: 150_000 }, (_, i) => [`Bad${i}`, 'x']));
    const errors = validateStory(story).map(formatError);
    expect(errors.slice(0, 2)).toEqual([
      'places[0].localNames.Bad0: invalid language tag "Bad0" (expected a BCP 47 tag such as "en", "ko" or "zh-Hans")',
      'places[0].localNames.Bad1: invalid language tag "Bad1" (expected a BCP 47 tag such as "en", "ko" or "zh-Hans")',
    ]);
    expect(errors[errors.length - 1]).toBe('(file): and 149,001 more problems');
  });

  it('refuses a __proto__ key inside local names, whatever its value', () => {
    for (const value of ['"x"', '{"a": 1}', '[1]', 'null', `"${'x'.repeat(100_000)}"`]) {
      const json = JSON.stringify(minimalStory()).replace('"localNames":{"zh":"北京"}', `"localNames":{"__proto__":${value},"zh":"北京"}`);
      expect(errorsOfJson(json), value.slice(0, 10)).toEqual(['places[0].localNames["__proto__"]: the key "__proto__" is not allowed']);
    }
  });

  it('refuses constructor and prototype as local-name keys', () => {
    expect(errorsAfter((s) => { s.places[0].localNames = { constructor: 'x', prototype: 'y' }; })).toEqual([
      'places[0].localNames.constructor: invalid language tag "constructor" (expected a BCP 47 tag such as "en", "ko" or "zh-Hans")',
      'places[0].localNames.prototype: invalid language tag "prototype" (expected a BCP 47 tag such as "en", "ko" or "zh-Hans")',
    ]);
  });

  it('refuses control characters in names and prose, and allows tabs and line breaks in prose', () => {
    expect(errorsAfter((s) => {
      s.places[0].name = 'Bei\u0000jing';
      s.actors[1].role = 'Spokes\tman';
      s.stances[0].quote = 'opposition\u001b[2J';
      s.events[0].description = 'Signed.\n\tIn Seoul.\r\n';
    })).toEqual([
      'places[0].name: control character U+0000 at character 4 (this field is one line: no tabs or line breaks)',
      'actors[1].role: control character U+0009 at character 7 (this field is one line: no tabs or line breaks)',
      'stances[0].quote: control character U+001B at character 11 (only tabs and line breaks are allowed)',
    ]);
  });

  it('refuses ids that differ only by case, naming the first', () => {
    expect(errorsAfter((s) => { s.stances.push({ ...s.stances[0], id: 'S1' }); })).toEqual([
      'stances[1].id: id "S1" differs only by case from "s1" (stances[0])',
    ]);
  });

  it('refuses a link that carries a user name or password', () => {
    expect(errorsAfter((s) => {
      s.meta.source.url = 'https://bank.example@evil.example/';
      s.places[0].sources = [{ url: 'https://user:pass@example.com/' }];
    })).toEqual([
      'meta.source.url: links with a user name or password are not allowed, found "https://bank.example@evil.example/"',
      'places[0].sources[0].url: links with a user name or password are not allowed, found "https://user:pass@example.com/"',
    ]);
  });

  it('echoes at most a short excerpt of a 9 MB unknown key, escaped', () => {
    const key = `\u001b]0;${'k'.repeat(9_000_000)}`;
    const errors = validateStory({ ...minimalStory(), [key]: 1 }).map(formatError);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.length).toBeLessThan(200);
    expect(errors[0]).toMatch(/^\["\\u001b\]0;k+…"\]: unknown key "\\u001b\]0;k+…"$/);
  });
});


describe('validateStory on scenes', () => {
  it('refuses a scene that focuses on a stance not yet on the map at its date', () => {
    expect(errorsAfter((s) => { s.scenes[0].date = '2017-02'; })).toEqual([
      'scenes[0].focus[1]: "s1" is not on the map at the scene\'s date "2017-02": it starts "2017-03-01"',
    ]);
  });

  it('refuses a scene that focuses on a stance that has ended, or an area not yet there', () => {
    expect(errorsAfter((s) => {
      s.stances[0].end = '2017-06';
      s.areas[0].start = '2017-09';
      s.scenes[0].date = '2017-07';
      s.scenes[0].focus = ['s1', 'range', 'china'];
    })).toEqual([
      'scenes[0].focus[0]: "s1" is not on the map at the scene\'s date "2017-07": it ends "2017-06"',
      'scenes[0].focus[1]: "range" is not on the map at the scene\'s date "2017-07": it starts "2017-09"',
    ]);
  });
});

describe('validateStory on long membership loops', () => {
  it('reports a loop through 5,000 actors once per actor, each message cut short', () => {
    const story = minimalStory() as Mutable;
    const n = 5000;
    story.actors = Array.from({ length: n }, (_, k) => ({ id: `a${k}`, name: `A${k}`, kind: 'group', place: 'beijing', memberOf: `a${(k + 1) % n}` }));
    story.stances = [];
    story.events[0].actors = [];
    story.scenes = [];
    const errors = validateStory(story).map(formatError);
    expect(errors[0]).toBe('actors[0].memberOf: membership loop: a0 → a1 → a2 → a3 → a4 → a5 → a6 → a7 → a8 → a9 → … (5000 actors) … → a0');
    expect(errors[errors.length - 1]).toBe('(file): and 4,000 more problems');
  });
});

describe('quotes checked against the article\'s text', () => {
  const withText = (s: Mutable): void => { s.meta.source.text = 'China voiced its opposition to THAAD on Tuesday. The land swap was signed.'; };

  it('accepts a story whose quotes are all in the source text', () => {
    expect(errorsAfter(withText)).toEqual([]);
  });

  it('reports each quote that is not in it, at its path', () => {
    expect(errorsAfter((s) => { withText(s); s.stances[0].quote = 'strong opposition to THAAD'; s.events[0].quote = 'land swap deal'; })).toEqual([
      'stances[0].quote: these words are not in the source text (meta.source.text): a quote must be verbatim, or the item marked "context" with its own sources',
      'events[0].quote: these words are not in the source text (meta.source.text): a quote must be verbatim, or the item marked "context" with its own sources',
    ]);
  });

  it('leaves out items marked as context, and checks nothing when the story has no source text', () => {
    expect(errorsAfter((s) => { withText(s); s.stances[0].quote = 'from another paper'; s.stances[0].context = true; s.stances[0].sources = [{ title: 'Another paper', url: 'https://example.com/b' }]; })).toEqual([]);
    expect(errorsAfter((s) => { s.stances[0].quote = 'anything at all'; })).toEqual([]);
  });

  it('refuses a source text longer than the documented limit', () => {
    expect(errorsAfter((s) => { s.meta.source.text = 'a'.repeat(200_001); })[0]).toMatch(/^meta\.source\.text: /);
  });
});
