import { h, textButton } from '../dom/dom.ts';
import type { Draft } from './autosave.ts';

// Where the studio starts: a new story, a story file, the example, or one of
// the working copies kept in this browser.

export interface StartChoices {
  readonly newStory: () => void;
  readonly openFile: () => void;
  readonly example: () => void;
  /** The story file the address names (?data=), when there is one. */
  readonly onPage?: { readonly name: string; readonly open: () => void } | undefined;
  readonly resume: (draft: Draft) => void;
  readonly remove: (draft: Draft) => void;
}

const when = (ms: number): string => new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function renderStart(container: HTMLElement, drafts: readonly Draft[], choices: StartChoices, problem = ''): void {
  const list = drafts.map((d) => h('li', { class: 'start__draft' }, [
    textButton(`Continue “${d.title || 'Untitled story'}”`, () => choices.resume(d), 'start__resume'),
    h('span', { class: 'field__hint', text: ` saved ${when(d.saved)} · ${Array.isArray(d.history.present.story.stances) ? d.history.present.story.stances.length : 0} stances ` }),
    // Deleting cannot be undone: it names what it deletes and asks first.
    textButton(`Delete “${d.title || 'Untitled story'}”`, () => { if (window.confirm(`Delete “${d.title || 'Untitled story'}” from this browser? This cannot be undone.`)) choices.remove(d); }, 'button--quiet'),
  ]));
  container.replaceChildren(
    h('h1', { class: 'panel__title', text: 'Make a story' }),
    h('p', { text: 'Paste an article, select its words, and make stances and events from them: every arrow keeps the source’s exact words. Everything you type is kept in this browser as you go.' }),
    h('p', { class: 'start__problem', text: problem, attrs: { role: 'alert' } }),
    h('div', { class: 'start__actions' }, [
      textButton('New story', choices.newStory, 'start__new'),
      textButton('Open a story file or its sheets…', choices.openFile),
      textButton('Start from the example', choices.example),
      choices.onPage ? textButton(`Open “${choices.onPage.name}”`, choices.onPage.open) : null,
    ]),
    h('p', { class: 'field__hint', text: 'You can also drop a story file (.json) here, or its sheets: the CSV files, their folder or a .zip.' }),
    h('h3', { class: 'panel__subtitle', text: 'Your stories in this browser' }),
    h('ul', { class: 'start__drafts' }, list),
  );
  for (const el of container.querySelectorAll<HTMLElement>('.panel__subtitle, .start__drafts')) el.hidden = drafts.length === 0;
  for (const el of container.querySelectorAll<HTMLElement>('.start__problem')) el.hidden = problem === '';
}
