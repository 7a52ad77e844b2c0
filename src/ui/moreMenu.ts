// The toolbar's "More" button: what a reader needs now and then (embed code,
// export, the briefing, their own file) waits behind it, so the toolbar is
// one short row on a phone and stays clear of the title card on a desktop.
// A disclosure, not an ARIA menu: its items are ordinary buttons and links in
// the tab order once it is open.

/** Wires the button to its panel: open and close, Escape and a click elsewhere close it, using an item closes it. */
export function wireMoreMenu(button: HTMLButtonElement, panel: HTMLElement, signal: AbortSignal): void {
  const setOpen = (open: boolean): void => {
    button.setAttribute('aria-expanded', String(open));
    panel.hidden = !open;
  };
  const isOpen = (): boolean => button.getAttribute('aria-expanded') === 'true';
  setOpen(false);
  button.addEventListener('click', () => setOpen(!isOpen()), { signal });
  // Closed before the item acts (capture), with focus on More: a dialog the item opens then
  // gives focus back to a button that is still there when it closes.
  panel.addEventListener('click', (e) => {
    if (!(e.target instanceof Element && e.target.closest('button, a'))) return;
    button.focus();
    setOpen(false);
  }, { signal, capture: true });
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || !isOpen()) return;
    setOpen(false);
    button.focus();
  }, { signal });
  document.addEventListener('pointerdown', (e) => {
    if (isOpen() && e.target instanceof Node && !panel.contains(e.target) && !button.contains(e.target)) setOpen(false);
  }, { signal });
}
