import { h, modal, textButton } from '../dom/dom.ts';

// One dialog for everything that leaves the screen: a PNG for slides at a
// chosen size, an SVG of the current view, and the printed handout.

export const SIZES = [
  { label: '1920 × 1080 (slides, Full HD)', width: 1920, height: 1080 },
  { label: '3840 × 2160 (slides, 4K)', width: 3840, height: 2160 },
  { label: '1280 × 720', width: 1280, height: 720 },
  { label: '1080 × 1350 (portrait)', width: 1080, height: 1350 },
] as const;

export interface ExportActions {
  png(width: number, height: number): Promise<void>;
  svg(width: number, height: number): Promise<void>;
  handout(): Promise<void>;
}

export function createExportDialog(actions: ExportActions, signal: AbortSignal): { open(): void } {
  const size = h('select', { class: 'export__size', attrs: { id: 'export-size' } },
    SIZES.map((s, i) => h('option', { text: s.label, attrs: { value: String(i) } })));
  const status = h('p', { class: 'export__status', attrs: { role: 'status' } });
  const run = (label: string, job: () => Promise<void>) => (): void => {
    status.textContent = `${label}…`;
    job().then(() => { status.textContent = `${label}: done.`; }, (e: unknown) => { status.textContent = `${label} failed: ${e instanceof Error ? e.message : String(e)}`; });
  };
  const chosen = (): { width: number; height: number } => SIZES[Number(size.value)] ?? SIZES[0];
  const button = (text: string, onClick: () => void): HTMLButtonElement => textButton(text, onClick, 'export__button');
  const close = button('Close', () => dialog.close());
  const dialog = h('dialog', { class: 'embed export', attrs: { 'aria-labelledby': 'export-title' } }, [
    h('h2', { text: 'Export', attrs: { id: 'export-title' } }),
    h('p', { text: 'A picture of the current view with its title, date, legend and source, or a handout with one scene per page.' }),
    h('label', { class: 'export__label', text: 'Size ', attrs: { for: 'export-size' } }), size,
    h('div', { class: 'embed__actions' }, [
      button('Download PNG', run('PNG', () => actions.png(chosen().width, chosen().height))),
      button('Download SVG', run('SVG', () => actions.svg(chosen().width, chosen().height))),
      button('Print handout', run('Handout', () => actions.handout())),
      close,
    ]),
    status,
  ]);
  document.body.append(dialog);
  signal.addEventListener('abort', () => dialog.remove());
  const shown = modal(dialog);
  return {
    open() {
      status.textContent = '';
      shown.show();
    },
  };
}
