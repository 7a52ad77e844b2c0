import type { CustomRenderMethodInput, Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it, vi } from 'vitest';
import { arrowMesh } from '../../../src/core/arrows/arrowMesh.ts';
import { STATE_BYTES } from '../../../src/core/arrows/arrowStates.ts';
import { createArrowLayer } from '../../../src/map/arrows/arrowLayer.ts';

// The sprite atlas draws on a canvas, which Node has not; the layer only uploads its image.
vi.mock('../../../src/map/arrows/atlas.ts', () => ({ CELL_PX: 32, spriteAtlas: () => ({ image: { atlas: true }, cells: 4 }) }));

interface Upload { readonly call: string; readonly data: unknown }

/** A WebGL 2 context that records what is uploaded to it and answers everything else with a fresh object. */
function fakeGl(uploads: Upload[]): WebGL2RenderingContext {
  const record = (call: string) => (...args: unknown[]): void => {
    uploads.push({ call, data: args.find((a) => ArrayBuffer.isView(a) || (typeof a === 'object' && a !== null && 'atlas' in a)) });
  };
  const answers: Record<string, unknown> = {
    bufferData: record('bufferData'),
    texImage2D: record('texImage2D'),
    getShaderParameter: () => true,
    getProgramParameter: () => true,
    getSyncParameter: () => 0,
    drawingBufferWidth: 800,
    drawingBufferHeight: 600,
  };
  return new Proxy({}, {
    has: () => true,
    get: (_target, key: string) => (key in answers ? answers[key] : () => ({ made: key })),
  }) as WebGL2RenderingContext;
}

function fakeMap(): MapLibreMap {
  const bounds = { getWest: () => 100, getEast: () => 150, getNorth: () => 50, getSouth: () => 20 };
  return { loaded: () => true, triggerRepaint: () => undefined, on: () => undefined, off: () => undefined, getZoom: () => 3, getBounds: () => bounds, getPixelRatio: () => 1 } as unknown as MapLibreMap;
}

const args = {
  shaderData: { variantName: 'mercator', vertexShaderPrelude: '', define: '' },
  defaultProjectionData: { mainMatrix: new Float32Array(16), tileMercatorCoords: [0, 0, 1, 1], clippingPlane: [0, 0, 0, 0], projectionTransition: 0, fallbackMatrix: new Float32Array(16) },
} as unknown as CustomRenderMethodInput;

describe('the arrow layer after a lost context', () => {
  it('uploads the same arrays to the new context that it uploaded to the first', () => {
    const mesh = arrowMesh([{ path: [[116.4, 39.9], [127, 37.5], [128.2, 36]], mid: [127, 37.5] }, { path: [[37.6, 55.8], [128.2, 36]], mid: [80, 50] }]);
    const states = new Uint8Array(2 * STATE_BYTES).fill(7);
    const layer = createArrowLayer(mesh, { states, fan: new Uint8Array(2).fill(3) }, 1);
    layer.onAdd?.(fakeMap(), fakeGl([]));

    const first: Upload[] = [];
    layer.render(fakeGl(first), args);
    layer.contextLost();
    const second: Upload[] = [];
    layer.render(fakeGl(second), args);

    // Sprites, the atlas image, the state and fan textures and the lines: every one of them again, the same.
    expect(first.map((u) => u.call)).toEqual(['texImage2D', 'bufferData', 'bufferData', 'texImage2D', 'texImage2D', 'bufferData', 'bufferData']);
    expect(second).toEqual(first);
    expect(first.some((u) => [mesh.lines, ...mesh.coarseLines].some((l) => u.data === l.vertices))).toBe(true);
    expect(first.some((u) => u.data === mesh.spriteVertices)).toBe(true);
  });

  it('draws in the old context until it is told the context is gone', () => {
    const layer = createArrowLayer(arrowMesh([{ path: [[0, 0], [10, 10]], mid: [5, 5] }]), { states: new Uint8Array(STATE_BYTES), fan: new Uint8Array(1) }, 1);
    layer.onAdd?.(fakeMap(), fakeGl([]));
    const uploads: Upload[] = [];
    const gl = fakeGl(uploads);
    layer.render(gl, args);
    const once = uploads.length;
    layer.render(gl, args);
    expect(uploads).toHaveLength(once);
  });
});
