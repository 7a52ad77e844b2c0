import type { CustomLayerInterface, CustomRenderMethodInput, Map as MapLibreMap } from 'maplibre-gl';
import { type ArrowMesh, type LineArrays, LINE_LEVELS, LINE_VERTEX_FLOATS } from '../../core/arrows/arrowMesh.ts';
import { mercator } from '../../core/geometry/mercator.ts';
import { type Box, SMOOTH_FROM_ZOOM, contains, grown, smoothLevel } from '../../core/arrows/smoothLines.ts';
import { type Glow, glowFor, glowingCount, haloStances } from '../../core/arrows/arrowStates.ts';
import { meshExtentX, visibleWraps } from '../../core/arrows/worldCopies.ts';
import { FAMILY_DASH, STANCE_STYLES, STANCE_TYPES } from '../../core/stanceTypes.ts';
import { HEAD_SIZE_PX, HEAD_STANDOFF_PX } from '../layers/stanceLayers.ts';
import { PALETTE } from '../../theme/palette.ts';
import { type ArrowGpu, createArrowGpu } from './arrowGpu.ts';
import { CELL_PX } from './atlas.ts';
import type { Mesh, Program } from './glProgram.ts';

export const ARROW_LAYER_ID = 'stance-arrows';

/**
 * Line vertices above which the arrows wait for the map's first load: about
 * 4,500 stances, at some 44 vertices each.
 */
export const HOLD_VERTICES = 200_000;

/** What a frame changes of the arrows, per stance. */
export interface ArrowLooks {
  /** Four bytes each (core/arrows/arrowStates.ts). */
  readonly states: Uint8Array;
  /** One byte each: its head's turn round its mark (core/arrows/fanHeads.ts). */
  readonly fan: Uint8Array;
}

export interface ArrowLayer extends CustomLayerInterface {
  /** The look of every stance and its head's turn; redraws. */
  setStates(looks: ArrowLooks): void;
  /** Another story's arrows: the GPU's buffers are made again from them at the next frame (its programs are kept). */
  setMesh(mesh: ArrowMesh, looks: ArrowLooks): void;
  /** True until the map's first load is complete: the arrows are held back until then. */
  holding(): boolean;
  /** True while the GPU has not finished drawing the arrows' last frame. */
  drawing(): boolean;
  /**
   * Forgets every GPU object: the context they lived in is gone. The next
   * frame in a new context builds them again from the mesh and the states,
   * which are plain arrays kept here.
   */
  contextLost(): void;
}

function rgba(hex: string): number[] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255, 1];
}

const COLORS = new Float32Array(16 * 4);
const DASHES = new Float32Array(16 * 2);
STANCE_TYPES.forEach((type, i) => {
  const style = STANCE_STYLES[type];
  COLORS.set(rgba(style.color), i * 4);
  DASHES.set(FAMILY_DASH[style.family].slice(0, 2), i * 2);
});

/** What every draw call of a frame shares: the projection, the state texture, the scale. */
function shared(gl: WebGL2RenderingContext, p: Program, args: CustomRenderMethodInput, wrap: number, px: number): Program {
  const d = args.defaultProjectionData;
  gl.useProgram(p.program);
  gl.uniformMatrix4fv(p.uniform('u_projection_matrix'), false, d.mainMatrix);
  gl.uniform4fv(p.uniform('u_projection_tile_mercator_coords'), d.tileMercatorCoords);
  gl.uniform4fv(p.uniform('u_projection_clipping_plane'), d.clippingPlane);
  gl.uniform1f(p.uniform('u_projection_transition'), d.projectionTransition);
  gl.uniformMatrix4fv(p.uniform('u_projection_fallback_matrix'), false, d.fallbackMatrix);
  gl.uniform1i(p.uniform('u_state'), 0);
  gl.uniform2f(p.uniform('u_half_viewport'), gl.drawingBufferWidth / 2, gl.drawingBufferHeight / 2);
  gl.uniform1f(p.uniform('u_px'), px);
  gl.uniform1f(p.uniform('u_wrap'), wrap);
  return p;
}

function drawStance(gl: WebGL2RenderingContext, arrays: LineArrays, k: number): void {
  const first = arrays.firstIndex[k] ?? 0;
  const count = (arrays.firstIndex[k + 1] ?? first) - first;
  if (count > 0) gl.drawElements(gl.TRIANGLES, count, gl.UNSIGNED_INT, first * Uint32Array.BYTES_PER_ELEMENT);
}

interface LinePass {
  readonly program: Program;
  readonly lines: Mesh;
  readonly arrays: LineArrays;
  readonly halos: ReturnType<typeof haloStances>;
  readonly glow: Glow;
  readonly zoom: number;
  readonly ratio: number;
}

/** One world copy's casings (all, or the emphasized few), then its lines. Widths follow zoom as the MapLibre layers did: linear from zoom 1 to 5. */
function drawLines(gl: WebGL2RenderingContext, pass: LinePass): void {
  const { program: line, lines, arrays, halos, glow, zoom } = pass;
  const z = Math.min(1, Math.max(0, (zoom - 1) / 4));
  gl.uniform4fv(line.uniform('u_colors'), COLORS);
  gl.uniform2fv(line.uniform('u_dash'), DASHES);
  gl.uniform4fv(line.uniform('u_halo'), rgba(PALETTE.halo));
  gl.uniform4fv(line.uniform('u_flash'), rgba(PALETTE.flash));
  gl.uniform2f(line.uniform('u_glow'), glow.width, glow.opacity);
  gl.uniform1f(line.uniform('u_base'), 1.6 + 0.8 * z);
  gl.uniform1f(line.uniform('u_world_px'), 512 * 2 ** zoom * pass.ratio);
  gl.bindVertexArray(lines.vao);
  gl.uniform1f(line.uniform('u_casing'), 1);
  if (halos === 'all') gl.drawElements(gl.TRIANGLES, lines.count, gl.UNSIGNED_INT, 0);
  else for (const k of halos) drawStance(gl, arrays, k);
  gl.uniform1f(line.uniform('u_casing'), 0);
  gl.drawElements(gl.TRIANGLES, lines.count, gl.UNSIGNED_INT, 0);
}

/** One world copy's glyph badges and arrowheads. */
function drawSprites(gl: WebGL2RenderingContext, sprite: Program, g: ArrowGpu, zoom: number): void {
  const z = Math.min(1, Math.max(0, (zoom - 1) / 4));
  gl.uniform1i(sprite.uniform('u_atlas'), 1);
  gl.uniform1i(sprite.uniform('u_fan'), 2);
  gl.uniform1f(sprite.uniform('u_glyph_scale'), 0.7 + 0.3 * z);
  gl.uniform1f(sprite.uniform('u_head_px'), HEAD_SIZE_PX);
  gl.uniform1f(sprite.uniform('u_head_back_px'), HEAD_STANDOFF_PX + HEAD_SIZE_PX / 2);
  gl.uniform1f(sprite.uniform('u_glyph_px'), CELL_PX / 2);
  gl.uniform2f(sprite.uniform('u_cells'), g.atlas.cells, STANCE_TYPES.length);
  gl.bindVertexArray(g.sprites.vao);
  gl.drawElements(gl.TRIANGLES, g.sprites.count, gl.UNSIGNED_INT, 0);
}

/** What the camera asks for: the level of detail of the lines, and the world copies in view. */
function inView(map: MapLibreMap, mesh: ArrowMesh, globe: boolean, [west, east]: readonly [number, number], smooth: SmoothLines): { zoom: number; arrays: LineArrays; slot: number; wraps: number[] } {
  const zoom = map.getZoom();
  const bounds = map.getBounds();
  const wraps = globe ? [0] : visibleWraps(west, east, (bounds.getWest() + 180) / 360, (bounds.getEast() + 180) / 360);
  if (zoom >= SMOOTH_FROM_ZOOM) {
    const [x0, y1] = mercator([bounds.getWest(), bounds.getSouth()]);
    const [x1, y0] = mercator([bounds.getEast(), bounds.getNorth()]);
    return { zoom, arrays: smooth.around({ x0, y0, x1, y1 }), slot: SMOOTH_SLOT, wraps };
  }
  const level = LINE_LEVELS.findIndex(({ belowZoom }) => zoom < belowZoom);
  const arrays = level < 0 ? mesh.lines : mesh.coarseLines[level] ?? mesh.lines;
  return { zoom, arrays, slot: level < 0 ? 0 : level + 1, wraps };
}

/** The slot of the GPU's lines that holds the smoothed lines around the view. */
const SMOOTH_SLOT = LINE_LEVELS.length + 1;

interface SmoothLines {
  /** The smoothed lines for a view, made again (and the GPU's copy dropped) once the view leaves the box they were made for. */
  around(view: Box): LineArrays;
}

function smoothLines(mesh: ArrowMesh, drop: () => void): SmoothLines {
  let made: { box: Box; arrays: LineArrays } | undefined;
  return {
    around(view) {
      if (made && contains(made.box, view)) return made.arrays;
      const box = grown(view);
      made = { box, arrays: smoothLevel(mesh.points, mesh.starts, box) };
      drop();
      return made.arrays;
    },
  };
}

/**
 * The GPU's progress through the arrows' last frame: a fence set after each
 * frame's arrows, signalled once the GPU has drawn them (WebGL 2 updates it
 * between tasks, never blocking).
 */
function frameFence(): { set(gl: WebGL2RenderingContext): void; pending(): boolean; drop(): void; forget(): void } {
  let last: { gl: WebGL2RenderingContext; sync: WebGLSync } | undefined;
  const drop = (): void => {
    if (last) last.gl.deleteSync(last.sync);
    last = undefined;
  };
  return {
    set(gl) {
      drop();
      const sync = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
      if (sync) last = { gl, sync };
    },
    pending() {
      if (!last) return false;
      const { gl, sync } = last;
      if (gl.getSyncParameter(sync, gl.SYNC_STATUS) !== gl.SIGNALED) return true;
      drop();
      return false;
    },
    drop,
    // The context is gone, and its fence with it.
    forget: () => { last = undefined; },
  };
}

/** What the layer works out from its mesh: the world copies it spans and the smoothed lines near the view. */
function meshParts(mesh: ArrowMesh, dropSmooth: () => void): { mesh: ArrowMesh; extent: readonly [number, number]; smooth: SmoothLines } {
  return { mesh, extent: meshExtentX(mesh), smooth: smoothLines(mesh, dropSmooth) };
}

/**
 * Every stance's casing, line, glyph badge and arrowhead in three draw
 * calls per world copy in view (past HALOS_MAX_DRAWN arrows, the casings of
 * the emphasized few one call each). The date, filters, hover and selection
 * reach it only as the state texture and the heads' turns, so changing them
 * uploads five bytes per stance and nothing else.
 */
export function createArrowLayer(mesh: ArrowMesh, initial: ArrowLooks, scale: number): ArrowLayer {
  let map: MapLibreMap | undefined;
  let gpu: ArrowGpu | undefined;
  let looks = initial;
  let statesDirty = true;
  // Derived from the states when they are uploaded: once a frame, however often they change.
  let halos: ReturnType<typeof haloStances> = 'all';
  let glow = glowFor(1);
  const fence = frameFence();
  // While the map first loads it draws a frame for each source, glyph range
  // and image that arrives, and a big mesh makes each of those frames slow in
  // software GL: big meshes are drawn from the first frame with everything
  // loaded, and a frame is asked for if that never came. Small ones are drawn
  // at once, where holding them would only cost a frame.
  let holding = mesh.lines.vertices.length / LINE_VERTEX_FLOATS > HOLD_VERTICES;
  // Idle while still holding: the loading frames all came before everything was in.
  const drawHeld = (): void => { map?.triggerRepaint(); };
  const dropSmooth = (): void => gpu?.dropLines(SMOOTH_SLOT);
  let parts = meshParts(mesh, dropSmooth);
  // A new mesh reaches the GPU in the next frame, where the layer may change the GL state.
  let meshChanged = false;

  function render(context: WebGLRenderingContext | WebGL2RenderingContext, args: CustomRenderMethodInput): void {
    if (!map) return;
    if (holding) {
      if (!map.loaded()) return;
      holding = false;
      map.off('idle', drawHeld);
    }
    if (parts.mesh.stanceCount === 0 || !('createVertexArray' in context)) return;
    const gl = context;
    if (gpu && meshChanged) gpu.setMesh(parts.mesh);
    meshChanged = false;
    gpu ??= createArrowGpu(gl, parts.mesh);
    const g = gpu;
    const { line, sprite } = g.programs(args.shaderData);
    if (statesDirty) {
      g.uploadStates(looks.states, looks.fan);
      halos = haloStances(looks.states);
      glow = glowFor(glowingCount(looks.states));
      statesDirty = false;
    }
    g.bindTextures();
    const { zoom, arrays, slot, wraps } = inView(map, parts.mesh, args.shaderData.variantName !== 'mercator', parts.extent, parts.smooth);
    const lines = g.lines(slot, arrays);
    const ratio = map.getPixelRatio();
    // Every copy's lines, then every copy's sprites: heads stay above all lines.
    for (const wrap of wraps) drawLines(gl, { program: shared(gl, line, args, wrap, ratio * scale), lines, arrays, halos, glow, zoom, ratio });
    for (const wrap of wraps) drawSprites(gl, shared(gl, sprite, args, wrap, ratio * scale), g, zoom);
    fence.set(gl);
    gl.bindVertexArray(null);
    gl.activeTexture(gl.TEXTURE0);
  }

  return {
    id: ARROW_LAYER_ID,
    type: 'custom',
    renderingMode: '2d',
    onAdd(m) {
      map = m;
      if (holding) m.on('idle', drawHeld);
    },
    onRemove() {
      map?.off('idle', drawHeld);
      fence.drop();
      gpu?.release();
      gpu = undefined;
      map = undefined;
    },
    render,
    holding: () => holding,
    contextLost() {
      gpu = undefined;
      fence.forget();
      statesDirty = true;
    },
    drawing: () => fence.pending(),
    setStates(next) {
      looks = next;
      statesDirty = true;
      map?.triggerRepaint();
    },
    setMesh(next, nextLooks) {
      // Not held back like a first load: the map is loaded, and the author waits for this one.
      parts = meshParts(next, dropSmooth);
      meshChanged = true;
      looks = nextLooks;
      statesDirty = true;
      map?.triggerRepaint();
    },
  };
}
