import { type StoryModel, buildModel } from '../core/model.ts';
import type { Story } from '../core/schema/story.schema.ts';
import { createPreview } from './preview.ts';

/**
 * A test hook (docs/architecture.md, "Test hook"): explore's page shown
 * through the studio's preview alone, on `?mode=edit&preview-test`, so that the browser
 * tests and the benchmark can give it new versions of a story without the
 * studio. `window.__stancemap.preview.show(story)` builds the model (not
 * measured) and shows it (measured as "stancemap:preview-update").
 */
export async function mountPreviewHook(model: StoryModel, signal: AbortSignal): Promise<void> {
  const preview = createPreview(signal);
  preview.show(model);
  const hook = { show: (story: Story) => preview.show(buildModel(story)), map: () => preview.map() };
  Object.assign((window as unknown as { __stancemap: object }).__stancemap, { preview: hook });
  await preview.ready;
}
