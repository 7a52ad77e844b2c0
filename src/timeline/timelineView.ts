import type { DayNumber } from '../core/dates.ts';
import { dateInWords, dayInWords } from '../core/dateWords.ts';
import type { StoryModel } from '../core/model.ts';
import { type Action, type AppState, SPEEDS, type Speed } from '../core/state/appState.ts';
import { type Timeline, eventAt, fractionOfDay } from '../core/timeline.ts';
import { h, setAttr, setText, svg } from '../dom/dom.ts';
import { type IconName, icon } from './icons.ts';
import { renderTrack } from './axis.ts';

// The timeline under the map: buttons, a readout of the date and its event in
// words, and a native range input over the event track (axis.ts), so assistive technology
// gets a real slider named "Timeline" whose value is read as a date.

export interface TimelineView {
  update(state: AppState): void;
}

/** "1 March 2017 — China: joining forces with Russia against THAAD". */
export function dateReadout(model: StoryModel, t: DayNumber): { date: string; event: string } {
  const event = eventAt(model, t);
  if (!event) return { date: dayInWords(t), event: '' };
  const covers = t <= event.date.last;
  return { date: dayInWords(t), event: covers ? event.event.title : `Latest: ${event.event.title} (${dateInWords(event.date)})` };
}

function button(name: IconName, label: string, onClick: () => void): HTMLButtonElement {
  const b = h('button', { class: `button button--icon${name === 'play' ? ' button--main' : ''} timeline__button timeline__button--${name}`, attrs: { type: 'button', 'aria-label': label, title: label } }, [icon(name)]);
  b.addEventListener('click', onClick);
  return b;
}

export function createTimelineView(container: HTMLElement, model: StoryModel, timeline: Timeline, getState: () => AppState, dispatch: (a: Action) => void, signal: AbortSignal, knownWidth?: number): TimelineView {
  const play = button('play', 'Play', () => dispatch({ type: 'setPlaying', playing: !getState().playing }));
  const speed = h('select', { class: 'timeline__speed', attrs: { 'aria-label': 'Playback speed' } },
    SPEEDS.map((s) => h('option', { text: `${s}×`, attrs: { value: String(s) } })));
  speed.addEventListener('change', () => dispatch({ type: 'setSpeed', speed: Number(speed.value) as Speed }));
  const dateText = h('span', { class: 'timeline__date' });
  const eventText = h('span', { class: 'timeline__event' });
  const readout = h('div', { class: 'timeline__readout', attrs: { 'aria-hidden': 'true' } }, [dateText, eventText]);
  const range = h('input', {
    class: 'timeline__range',
    attrs: { type: 'range', min: String(timeline.first), max: String(timeline.last), step: '1', 'aria-label': 'Timeline' },
  });
  range.addEventListener('input', () => dispatch({ type: 'setDate', t: Number(range.value), sliding: true }));
  // The camera follows a slider once it settles (let go, or moved by a key), from
  // where the move began: a drag's many dates are not as many camera moves.
  let movedFrom: DayNumber | undefined;
  const moveBegins = (): void => { movedFrom = getState().t; };
  range.addEventListener('pointerdown', moveBegins);
  range.addEventListener('change', () => {
    const from = movedFrom ?? getState().previousT;
    movedFrom = undefined;
    dispatch({ type: 'setDate', t: Number(range.value), from });
  });
  range.addEventListener('keydown', (e) => {
    moveBegins();
    // Page keys jump between the dates where the map changes; Home/End go to the ends.
    const action: Action | undefined =
      e.key === 'PageUp' ? { type: 'step', direction: 1 }
      : e.key === 'PageDown' ? { type: 'step', direction: -1 }
      : e.key === 'Home' ? { type: 'jump', to: 'start' }
      : e.key === 'End' ? { type: 'jump', to: 'end' }
      : undefined;
    if (action) {
      e.preventDefault();
      dispatch(action);
    }
  });
  const track = svg('svg', { class: 'timeline__track', 'aria-hidden': 'true', focusable: 'false' });
  const trackBox = h('div', { class: 'timeline__trackbox' }, [track, range, readout]);
  const controls = h('div', { class: 'timeline__controls' }, [
    button('start', 'Go to the start', () => dispatch({ type: 'jump', to: 'start' })),
    button('previous', 'Previous event', () => dispatch({ type: 'step', direction: -1 })),
    play,
    button('next', 'Next event', () => dispatch({ type: 'step', direction: 1 })),
    button('end', 'Go to the end', () => dispatch({ type: 'jump', to: 'end' })),
    speed,
  ]);
  container.replaceChildren(controls, trackBox);

  let width = 0;
  const placeReadout = (t: DayNumber): void => {
    if (width === 0) return;
    // Above the handle, and slid along itself as the handle moves (its left edge at the
    // track's start, its right edge at the end), so a long caption never runs off either side.
    const f = fractionOfDay(timeline, t);
    readout.style.left = `${f * width}px`;
    readout.style.transform = `translateX(${-f * 100}%)`;
  };
  // A width already known (the same page again, in the studio's preview) spares reading the layout while the page is being changed.
  const layout = (known?: number): void => {
    const w = Math.floor(known ?? trackBox.clientWidth);
    if (w === width || w === 0) return;
    width = w;
    renderTrack(track, model, timeline, width);
    placeReadout(getState().t);
  };
  const resizes = new ResizeObserver(() => layout());
  resizes.observe(trackBox);
  signal.addEventListener('abort', () => resizes.disconnect());

  function update(state: AppState): void {
    const words = dateReadout(model, state.t);
    setText(dateText, words.date);
    setText(eventText, words.event);
    if (range.value !== String(state.t)) range.value = String(state.t);
    setAttr(range, 'aria-valuetext', words.event ? `${words.date}: ${words.event}` : words.date);
    // Redrawn on every update, unlike the rest of the page: skipping it when
    // unchanged made the map's repaints after a scrub of a big story slower
    // in the benchmark, for a reason not found (docs/performance.md).
    play.replaceChildren(icon(state.playing ? 'pause' : 'play'));
    play.setAttribute('aria-label', state.playing ? 'Pause' : 'Play');
    play.title = state.playing ? 'Pause' : 'Play';
    if (speed.value !== String(state.speed)) speed.value = String(state.speed);
    placeReadout(state.t);
  }
  layout(knownWidth);
  update(getState());
  return { update };
}
