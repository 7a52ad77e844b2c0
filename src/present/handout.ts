import { dateInWords } from '../core/dateWords.ts';
import { storyDate } from '../core/dates.ts';
import type { SphericalBasemap } from '../core/basemap.ts';
import { areaFeatures } from '../core/features/areaFeatures.ts';
import { stanceFeatures } from '../core/features/stanceFeatures.ts';
import { computeFrame } from '../core/frame.ts';
import type { StoryModel } from '../core/model.ts';
import type { SceneNode } from '../core/scenes.ts';
import { projectionFor } from '../svg/projection.ts';
import { renderSvgMap } from '../svg/svgMap.ts';
import { externalLink, h, svg } from '../dom/dom.ts';

// The printed handout: one scene per page, with its map, caption, speaker
// notes and sources, so "Print to PDF" gives something to hand out. Built from
// the SVG renderer, so it needs no WebGL and prints sharp at any size.

const W = 720;
const H = 405;

function sourcesOf(model: StoryModel, scene: SceneNode): { url: string; title: string }[] {
  const out = new Map<string, string>();
  const { source } = model.story.meta;
  if (source.url) out.set(source.url, `${source.publisher}: ${source.title}`);
  for (const s of model.stances) {
    if (!scene.stances.includes(s.stance.id)) continue;
    for (const src of s.stance.sources ?? []) out.set(src.url, src.title ?? src.url);
  }
  return [...out].map(([url, title]) => ({ url, title }));
}

export function buildHandout(container: HTMLElement, model: StoryModel, scenes: readonly SceneNode[], basemap: SphericalBasemap): void {
  const stances = stanceFeatures(model);
  const areas = areaFeatures(model);
  const { meta } = model.story;
  const cover = h('section', { class: 'handout__page handout__cover' }, [
    h('h1', { text: meta.title }),
    h('p', { text: meta.description }),
    h('p', { class: 'handout__source', text: `Source: ${meta.source.publisher}, “${meta.source.title}”, ${dateInWords(storyDate(meta.source.published))}. ${meta.credit}` }),
    h('ol', {}, scenes.map((s) => h('li', { text: s.title }))),
  ]);
  const pages = scenes.map((scene, i) => {
    const frame = computeFrame(model, scene.day);
    const map = svg('svg', { class: 'handout__map', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': `Map: ${scene.title}` });
    map.append(renderSvgMap({ model, frame, stances, areas, basemap, projection: projectionFor(scene.camera, W, H), width: W, height: H }));
    const sources = sourcesOf(model, scene);
    return h('section', { class: 'handout__page' }, [
      h('p', { class: 'handout__counter', text: `${i + 1} / ${scenes.length} · ${dateInWords(storyDate(scene.dateText))}` }),
      h('h2', { text: scene.title }),
      map,
      scene.caption ? h('p', { class: 'handout__caption', text: scene.caption }) : null,
      scene.notes ? h('h3', { text: 'Notes' }) : null,
      scene.notes ? h('p', { class: 'handout__notes', text: scene.notes }) : null,
      sources.length > 0 ? h('h3', { text: 'Sources' }) : null,
      sources.length > 0 ? h('ul', {}, sources.map((s) => h('li', {}, [externalLink(s.url, s.title), h('span', { class: 'handout__url', text: ` (${s.url})` })]))) : null,
    ]);
  });
  container.replaceChildren(cover, ...pages);
}
