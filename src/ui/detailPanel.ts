import { type Adapter, isFirst } from '../core/state/adapter.ts';
import { dateInWords, spanInWords } from '../core/dateWords.ts';
import { storyDate } from '../core/dates.ts';
import { stanceSentence } from '../core/features/stanceFeatures.ts';
import type { AreaNode, EventNode, StanceNode, StoryModel } from '../core/model.ts';
import type { Actor, Meta, Place } from '../core/schema/story.schema.ts';
import { actorKindWords, actorPhrase, targetPhrase } from '../core/phrases.ts';
import { externalLink, h } from '../dom/dom.ts';
import { stanceSwatch } from './stanceSwatch.ts';

// The detail of the selected thing: who → what → whom, dates in their
// precision, the source's own words set as a quotation, and the links.

export type SelectFn = (id: string) => void;

function quoteBlock(quote: string | undefined, meta: Meta): Node[] {
  if (!quote) return [];
  const { source } = meta;
  return [
    h('blockquote', { class: 'detail__quote' }, [h('p', { text: quote })]),
    h('p', { class: 'detail__cite' }, [
      h('span', { text: '— ' }),
      externalLink(source.url, `${source.publisher}, “${source.title}”`),
      h('span', { text: `, ${dateInWords(storyDate(source.published))}` }),
    ]),
  ];
}

function extras(item: { note?: string | undefined; context?: boolean | undefined; sources?: readonly { url: string; title?: string | undefined }[] | undefined }): Node[] {
  const out: Node[] = [];
  if (item.context) out.push(h('p', { class: 'detail__context', text: 'Context: not stated in the article; see the sources below.' }));
  if (item.note) out.push(h('p', { class: 'detail__note' }, [h('strong', { text: 'How this was read: ' }), item.note]));
  if (item.sources && item.sources.length > 0) {
    out.push(h('ul', { class: 'detail__sources', attrs: { 'aria-label': 'Sources' } },
      item.sources.map((s) => h('li', {}, [externalLink(s.url, s.title ?? s.url)]))));
  }
  return out;
}

function linkList(label: string, entries: readonly { id: string; text: string }[], select: SelectFn): Node[] {
  if (entries.length === 0) return [];
  return [
    h('h3', { class: 'detail__subhead', text: label }),
    h('ul', { class: 'detail__links' }, entries.map((e) => {
      const b = h('button', { class: 'linklike', text: e.text, attrs: { type: 'button' } });
      b.addEventListener('click', () => select(e.id));
      return h('li', {}, [b]);
    })),
  ];
}

function stanceDetail(node: StanceNode, model: StoryModel): Node[] {
  return [
    h('p', { class: 'detail__kicker' }, [stanceSwatch(node.style, 36), h('span', { text: ` ${node.style.type} · ${node.style.family}` })]),
    h('h2', { class: 'detail__title', text: stanceSentence(node), attrs: { id: 'detail-title' } }),
    h('p', { class: 'detail__who' }, [
      h('span', { text: actorPhrase(node.from, model) }),
      h('span', { class: 'detail__arrow', text: ` ${node.style.verb} ` }),
      h('span', { text: targetPhrase(node, model) }),
    ]),
    h('p', { class: 'detail__when', text: spanInWords(node.start, node.end) }),
    ...quoteBlock(node.stance.quote, model.story.meta),
    ...extras(node.stance),
  ];
}

function stancesOf(model: StoryModel, test: (s: StanceNode) => boolean): { id: string; text: string }[] {
  return model.stances.filter(test).map((s) => ({ id: s.stance.id, text: stanceSentence(s) }));
}

function localNames(names: Readonly<Record<string, string>> | undefined): Node[] {
  const entries = Object.entries(names ?? {});
  if (entries.length === 0) return [];
  return [h('p', { class: 'detail__local' }, entries.flatMap(([lang, name], i) => [
    i > 0 ? ' · ' : '', h('span', { text: name, attrs: { lang } }),
  ]))];
}

function placeDetail(place: Place, model: StoryModel, select: SelectFn): Node[] {
  const here = model.places.get(place.id)?.actors ?? [];
  return [
    h('p', { class: 'detail__kicker', text: `Place · ${place.kind}` }),
    h('h2', { class: 'detail__title', text: place.name, attrs: { id: 'detail-title' } }),
    ...localNames(place.localNames),
    place.description ? h('p', { text: place.description }) : null,
    ...linkList('Here', here.map((a) => ({ id: a.id, text: a.role ? `${a.name}, ${a.role}` : a.name })), select),
    ...linkList('Stances from here', stancesOf(model, (s) => s.fromPlace.place.id === place.id), select),
    ...linkList('Stances toward here', stancesOf(model, (s) => s.toPlace.place.id === place.id && s.fromPlace.place.id !== place.id), select),
    ...extras(place),
  ].filter((n): n is Node => n !== null);
}

function actorDetail(actor: Actor, model: StoryModel, select: SelectFn): Node[] {
  const parent = actor.memberOf ? model.actors.get(actor.memberOf) : undefined;
  return [
    h('p', { class: 'detail__kicker', text: `Actor · ${actorKindWords(actor.kind)}` }),
    h('h2', { class: 'detail__title', text: actor.name, attrs: { id: 'detail-title' } }),
    ...localNames(actor.localNames),
    actor.role ? h('p', { class: 'detail__who', text: actor.role }) : null,
    actor.description ? h('p', { text: actor.description }) : null,
    ...linkList('Part of', parent ? [{ id: parent.id, text: parent.name }] : [], select),
    ...linkList('Drawn at', [{ id: actor.place, text: model.places.get(actor.place)?.place.name ?? actor.place }], select),
    ...linkList('Stances held', stancesOf(model, (s) => s.from.id === actor.id), select),
    ...linkList('Stances toward', stancesOf(model, (s) => s.toActor?.id === actor.id), select),
    ...extras(actor),
  ].filter((n): n is Node => n !== null);
}

function eventDetail(node: EventNode, model: StoryModel, select: SelectFn): Node[] {
  return [
    h('p', { class: 'detail__kicker', text: `Event · ${dateInWords(node.date)}` }),
    h('h2', { class: 'detail__title', text: node.event.title, attrs: { id: 'detail-title' } }),
    h('p', { text: node.event.description }),
    ...quoteBlock(node.event.quote, model.story.meta),
    ...linkList('Where', node.places.map((p) => ({ id: p.place.id, text: p.place.name })), select),
    ...linkList('Who', node.actors.map((a) => ({ id: a.id, text: a.name })), select),
    ...extras(node.event),
  ];
}

function areaDetail(node: AreaNode, model: StoryModel): Node[] {
  const { area } = node;
  return [
    h('p', { class: 'detail__kicker', text: 'Area · range' }),
    h('h2', { class: 'detail__title', text: area.name, attrs: { id: 'detail-title' } }),
    h('p', { class: 'detail__who', text: `${area.radiusKm} km around ${node.centre.place.name}${area.altitudeKm ? `, up to ${area.altitudeKm} km altitude` : ''}` }),
    area.description ? h('p', { text: area.description }) : null,
    ...quoteBlock(area.quote, model.story.meta),
    ...extras(area),
  ].filter((n): n is Node => n !== null);
}

/** The nodes describing `id`, or undefined when nothing has that id. */
export function detailOf(id: string, model: StoryModel, select: SelectFn): Node[] | undefined {
  const named = model.byId.get(id);
  switch (named?.kind) {
    case 'stance': return stanceDetail(named.node, model);
    case 'place': return placeDetail(named.node.place, model, select);
    case 'actor': return actorDetail(named.actor, model, select);
    case 'event': return eventDetail(named.node, model, select);
    case 'area': return areaDetail(named.node, model);
    default: return undefined;
  }
}

/** The detail of the selected id, drawn again when the selection changes. */
export function createDetail(container: HTMLElement, model: StoryModel, select: SelectFn): Adapter {
  return {
    update(state, previous) {
      if (state.selected !== previous.selected || isFirst(state, previous)) renderDetail(container, state.selected, model, select);
    },
  };
}

function renderDetail(container: HTMLElement, id: string, model: StoryModel, select: SelectFn): void {
  const nodes = id === '' ? undefined : detailOf(id, model, select);
  container.hidden = nodes === undefined;
  if (!nodes) {
    container.replaceChildren();
    return;
  }
  const close = h('button', { class: 'detail__close', text: '×', attrs: { type: 'button', 'aria-label': 'Close detail' } });
  close.addEventListener('click', () => select(''));
  container.replaceChildren(h('article', { class: 'detail', attrs: { 'aria-labelledby': 'detail-title' } }, [close, ...nodes]));
}
