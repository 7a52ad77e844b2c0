import type { Story } from '../../src/core/schema/story.schema.ts';
import { buildModel, type StoryModel } from '../../src/core/model.ts';
import { minimalStory } from './minimalStory.ts';

/** A valid story with the given stances and events on top of the minimal one's places and actors. */
export function storyWith(parts: Partial<Pick<Story, 'stances' | 'events' | 'areas'>>): Story {
  const base = minimalStory();
  return { ...base, stances: parts.stances ?? base.stances, events: parts.events ?? base.events, areas: parts.areas ?? base.areas };
}

export function modelWith(parts: Partial<Pick<Story, 'stances' | 'events' | 'areas'>>): StoryModel {
  return buildModel(storyWith(parts));
}

export function stance(id: string, start: string, end?: string, extra: Partial<Story['stances'][number]> = {}): Story['stances'][number] {
  return { id, from: 'china', to: 'thaad', type: 'opposes', start, ...(end ? { end } : {}), quote: 'q', ...extra };
}

export function event(id: string, date: string): Story['events'][number] {
  return { id, date, title: id, description: 'd', places: ['seongju'], actors: ['thaad'], quote: 'q' };
}
