import type { CustomLayerInterface, CustomRenderMethodInput, Map as MapLibreMap } from 'maplibre-gl';
import { type ArrowMesh, type LineArrays, LINE_LEVELS, LINE_VERTEX_FLOATS } from '../../core/arrows/arrowMesh.ts';
import { STATE_BYTES, haloStances } from '../../core/arrows/arrowStates.ts';
import { meshExtentX, visibleWraps } from '../../core/arrows/worldCopies.ts';
import { FAMILY_DASH, STANCE_STYLES, STANCE_TYPES } from '../../core/stanceTypes.ts';
import { HEAD_SIZE_PX, HEAD_STANDOFF_PX } from '../layers/stanceLayers.ts';
import { PALETTE } from '../palette.ts';
import { type SpriteAtlas, CELL_PX, spriteAtlas } from './atlas.ts';
import { type Mesh, type Program, indexedMesh, linkProgram } from './glProgram.ts';
import { LINE_FRAGMENT, SPRITE_FRAGMENT, STATE_TEXTURE_WIDTH, lineVertex, spriteVertex } from './shaders.ts';

export const ARROW_LAYER_ID = 'stance-arrows';

// In the order of the mesh's floats (core/arrows/arrowMesh.ts), with their sizes.
const LINE_ATTRIBUTES = ['a_pos', 'a_prev', 'a_next', 'a_along', 'a_stance', 'a_side'];
const LINE_SIZES = [2, 2, 2, 1, 1, 1];
const SPRITE_ATTRIBUTES = ['a_pos', 'a_toward', 'a_stance', 'a_kind', 'a_corner'];
const SPRITE_SIZES = [2, 2, 1, 1, 2];

/**
 * Line vertices above which the arrows wait for the map's first load. The
 * benchmark's stories have about 44 per stance: 1,000 stances make 43,000,
 * 10,000 make 440,000.
 */
export const HOLD_VERTICES = 200_000;

export interface ArrowLayer extends CustomLayerInterface {
  /** The look of every stance (core/arrows/arrowStates.ts); redraws. */
  setStates(bytes: Uint8Array): void;
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

interface GpuState {
  readonly gl: WebGL2RenderingContext;
  /** Full detail, then each coarse level (core/arrows/arrowMesh.ts LINE_LEVELS), made when first needed. */
  readonly lines: (Mesh | undefined)[];
  readonly sprites: Mesh;
  readonly stateTexture: WebGLTexture;
  readonly atlasTexture: WebGLTexture;
  readonly programs: Map<string, { line: Program; sprite: Program }>;
}

/**
 * Every stance's casing, line, glyph badge and arrowhead in three draw
 * calls per world copy in view (past HALOS_MAX_DRAWN arrows, the casings of
 * the emphasized few one call each). The date, filters, hover and selection reach it only as the
 * state texture, so changing them uploads four bytes per stance and nothing else.
 */
export function createArrowLayer(mesh: ArrowMesh, initial: Uint8Array, scale: number): ArrowLayer {
  let map: MapLibreMap | undefined;
  let gpu: GpuState | undefined;
  let states = initial;
  let statesDirty = true;
  // Derived from the states when they are uploaded: once a frame, however often they change.
  let halos: ReturnType<typeof haloStances> = 'all';
  let atlas: SpriteAtlas | undefined;
  // Set after each frame's arrows; signalled once the GPU has drawn them (WebGL 2 updates it between tasks, never blocking).
  let lastFrame: WebGLSync | null = null;
  // While the map first loads it draws a frame for each source, glyph range
  // and image that arrives; at 10,000 stances the arrows made each of those
  // frames cost 1.5-2 s of software GL. Big meshes are drawn from the first
  // frame with everything loaded, and a frame is asked for if that never
  // came. Small ones are drawn at once: holding them saved nothing and the
  // extra frame cost the THAAD story 0.15 s.
  let holding = mesh.lines.vertices.length / LINE_VERTEX_FLOATS > HOLD_VERTICES;
  // Idle while still holding: the loading frames all came before everything was in.
  const drawHeld = (): void => { map?.triggerRepaint(); };
  const [meshWest, meshEast] = meshExtentX(mesh);
  const rows = Math.max(1, Math.ceil(mesh.stanceCount / STATE_TEXTURE_WIDTH));
  // The texture is whole rows; the stances' bytes are copied into one buffer kept for every upload.
  const padded = new Uint8Array(STATE_TEXTURE_WIDTH * rows * STATE_BYTES);

  function texture(gl: WebGL2RenderingContext, filter: number): WebGLTexture {
    const t = gl.createTexture();
    gl.bindTexture(gl.TEXTURE_2D, t);
    for (const [k, v] of [[gl.TEXTURE_MIN_FILTER, filter], [gl.TEXTURE_MAG_FILTER, filter], [gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE], [gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE]] as const) gl.texParameteri(gl.TEXTURE_2D, k, v);
    return t;
  }

  function setUp(gl: WebGL2RenderingContext): GpuState {
    atlas = spriteAtlas();
    const atlasTexture = texture(gl, gl.LINEAR);
    gl.pixelStorei(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, true);
    gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA, gl.RGBA, gl.UNSIGNED_BYTE, atlas.image);
    gl.pixelStorei(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, false);
    return {
      gl,
      lines: [],
      sprites: indexedMesh(gl, mesh.spriteVertices, mesh.spriteIndices, SPRITE_SIZES),
      stateTexture: texture(gl, gl.NEAREST),
      atlasTexture,
      programs: new Map(),
    };
  }

  function programsFor(g: GpuState, shader: CustomRenderMethodInput['shaderData']): { line: Program; sprite: Program } {
    let p = g.programs.get(shader.variantName);
    if (!p) {
      p = {
        line: linkProgram(g.gl, lineVertex(shader.vertexShaderPrelude, shader.define), LINE_FRAGMENT, LINE_ATTRIBUTES),
        sprite: linkProgram(g.gl, spriteVertex(shader.vertexShaderPrelude, shader.define), SPRITE_FRAGMENT, SPRITE_ATTRIBUTES),
      };
      g.programs.set(shader.variantName, p);
    }
    return p;
  }

  function uploadStates(g: GpuState): void {
    padded.set(states);
    g.gl.activeTexture(g.gl.TEXTURE0);
    g.gl.bindTexture(g.gl.TEXTURE_2D, g.stateTexture);
    g.gl.pixelStorei(g.gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, false);
    g.gl.texImage2D(g.gl.TEXTURE_2D, 0, g.gl.RGBA8, STATE_TEXTURE_WIDTH, rows, 0, g.gl.RGBA, g.gl.UNSIGNED_BYTE, padded);
    halos = haloStances(states);
    statesDirty = false;
  }

  function shared(gl: WebGL2RenderingContext, p: Program, args: CustomRenderMethodInput, wrap: number): void {
    const d = args.defaultProjectionData;
    gl.useProgram(p.program);
    gl.uniformMatrix4fv(p.uniform('u_projection_matrix'), false, d.mainMatrix);
    gl.uniform4fv(p.uniform('u_projection_tile_mercator_coords'), d.tileMercatorCoords);
    gl.uniform4fv(p.uniform('u_projection_clipping_plane'), d.clippingPlane);
    gl.uniform1f(p.uniform('u_projection_transition'), d.projectionTransition);
    gl.uniformMatrix4fv(p.uniform('u_projection_fallback_matrix'), false, d.fallbackMatrix);
    gl.uniform1i(p.uniform('u_state'), 0);
    gl.uniform2f(p.uniform('u_half_viewport'), gl.drawingBufferWidth / 2, gl.drawingBufferHeight / 2);
    gl.uniform1f(p.uniform('u_px'), (map?.getPixelRatio() ?? 1) * scale);
    gl.uniform1f(p.uniform('u_wrap'), wrap);
  }

  function drawStance(gl: WebGL2RenderingContext, arrays: LineArrays, k: number): void {
    const first = arrays.firstIndex[k] ?? 0;
    const count = (arrays.firstIndex[k + 1] ?? first) - first;
    if (count > 0) gl.drawElements(gl.TRIANGLES, count, gl.UNSIGNED_INT, first * Uint32Array.BYTES_PER_ELEMENT);
  }

  function render(context: WebGLRenderingContext | WebGL2RenderingContext, args: CustomRenderMethodInput): void {
    if (!map) return;
    if (holding) {
      if (!map.loaded()) return;
      holding = false;
      map.off('idle', drawHeld);
    }
    if (mesh.stanceCount === 0 || !('createVertexArray' in context)) return;
    const gl = context;
    gpu ??= setUp(gl);
    const g = gpu;
    const { line, sprite } = programsFor(g, args.shaderData);
    if (statesDirty) uploadStates(g);
    gl.activeTexture(gl.TEXTURE0);
    gl.bindTexture(gl.TEXTURE_2D, g.stateTexture);
    gl.activeTexture(gl.TEXTURE1);
    gl.bindTexture(gl.TEXTURE_2D, g.atlasTexture);
    // Line widths and badge sizes follow zoom as the MapLibre layers did: linear from zoom 1 to 5.
    const zoom = map.getZoom();
    const z = Math.min(1, Math.max(0, (zoom - 1) / 4));
    const bounds = map.getBounds();
    const globe = args.shaderData.variantName !== 'mercator';
    const level = LINE_LEVELS.findIndex(({ belowZoom }) => zoom < belowZoom);
    const slot = level < 0 ? 0 : level + 1;
    const arrays = level < 0 ? mesh.lines : mesh.coarseLines[level] ?? mesh.lines;
    const lines = g.lines[slot] ?? indexedMesh(gl, arrays.vertices, arrays.indices, LINE_SIZES);
    g.lines[slot] = lines;
    const wraps = globe ? [0] : visibleWraps(meshWest, meshEast, (bounds.getWest() + 180) / 360, (bounds.getEast() + 180) / 360);
    // Every copy's lines, then every copy's sprites: heads stay above all lines.
    for (const wrap of wraps) {
      shared(gl, line, args, wrap);
      gl.uniform4fv(line.uniform('u_colors'), COLORS);
      gl.uniform2fv(line.uniform('u_dash'), DASHES);
      gl.uniform4fv(line.uniform('u_halo'), rgba(PALETTE.halo));
      gl.uniform4fv(line.uniform('u_flash'), rgba(PALETTE.flash));
      gl.uniform1f(line.uniform('u_base'), 1.6 + 0.8 * z);
      gl.uniform1f(line.uniform('u_world_px'), 512 * 2 ** zoom * map.getPixelRatio());
      gl.bindVertexArray(lines.vao);
      gl.uniform1f(line.uniform('u_casing'), 1);
      if (halos === 'all') gl.drawElements(gl.TRIANGLES, lines.count, gl.UNSIGNED_INT, 0);
      else for (const k of halos) drawStance(gl, arrays, k);
      gl.uniform1f(line.uniform('u_casing'), 0);
      gl.drawElements(gl.TRIANGLES, lines.count, gl.UNSIGNED_INT, 0);
    }
    for (const wrap of wraps) {
      shared(gl, sprite, args, wrap);
      gl.uniform1i(sprite.uniform('u_atlas'), 1);
      gl.uniform1f(sprite.uniform('u_glyph_scale'), 0.7 + 0.3 * z);
      gl.uniform1f(sprite.uniform('u_head_px'), HEAD_SIZE_PX);
      gl.uniform1f(sprite.uniform('u_head_back_px'), HEAD_STANDOFF_PX + HEAD_SIZE_PX / 2);
      gl.uniform1f(sprite.uniform('u_glyph_px'), CELL_PX / 2);
      gl.uniform2f(sprite.uniform('u_cells'), atlas?.cells ?? 1, STANCE_TYPES.length);
      gl.bindVertexArray(g.sprites.vao);
      gl.drawElements(gl.TRIANGLES, g.sprites.count, gl.UNSIGNED_INT, 0);
    }
    if (lastFrame) gl.deleteSync(lastFrame);
    lastFrame = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
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
      if (gpu) {
        const { gl } = gpu;
        for (const m of [...gpu.lines, gpu.sprites]) {
          if (!m) continue;
          for (const b of m.buffers) gl.deleteBuffer(b);
          gl.deleteVertexArray(m.vao);
        }
        gl.deleteTexture(gpu.stateTexture);
        gl.deleteTexture(gpu.atlasTexture);
        for (const p of gpu.programs.values()) { gl.deleteProgram(p.line.program); gl.deleteProgram(p.sprite.program); }
        if (lastFrame) gl.deleteSync(lastFrame);
      }
      gpu = undefined;
      lastFrame = null;
      map = undefined;
    },
    render,
    holding: () => holding,
    contextLost() {
      gpu = undefined;
      lastFrame = null;
      statesDirty = true;
    },
    drawing() {
      if (!lastFrame || !gpu) return false;
      const { gl } = gpu;
      if (gl.getSyncParameter(lastFrame, gl.SYNC_STATUS) !== gl.SIGNALED) return true;
      gl.deleteSync(lastFrame);
      lastFrame = null;
      return false;
    },
    setStates(bytes) {
      states = bytes;
      statesDirty = true;
      map?.triggerRepaint();
    },
  };
}
