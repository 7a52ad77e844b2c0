import storyUrl from '../data/thaad-2017.json?url';
import { readStoryText } from './core/validation/readStoryText.ts';
import { formatError } from './core/validation/errors.ts';

// Composition root: load the story, then hand it to the adapters.

async function start(): Promise<void> {
  const root = document.documentElement;
  const response = await fetch(storyUrl);
  const result = readStoryText(await response.text());
  if (!result.ok) {
    root.dataset.state = 'error';
    const title = document.getElementById('story-title');
    if (title) title.textContent = result.errors.map(formatError).join('\n');
    return;
  }
  const { meta } = result.story;
  document.title = `${meta.title} · stancemap`;
  const title = document.getElementById('story-title');
  if (title) title.textContent = meta.title;
  const description = document.getElementById('story-description');
  if (description) description.textContent = meta.description;
  root.dataset.state = 'ready';
}

void start();
