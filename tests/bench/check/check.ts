// The benchmark's floor for load + validate: the app's own story checker
// (its worker downloads and checks the file) on a page that does nothing
// else, with the marks main.ts sets around the same call.
import { startStoryChecker } from '../../../src/loader/checkStoryText.ts';

const root = document.documentElement;
const link = new URL(new URLSearchParams(window.location.search).get('data') ?? '', window.location.href);
performance.mark('stancemap:story-requested');
const checker = startStoryChecker(link);
void checker.checkUrl(link).then((result) => {
  checker.cancel();
  performance.mark('stancemap:story-checked');
  root.dataset.state = result.ok ? 'ready' : 'error';
});
