import type { CustomRenderMethodInput } from 'maplibre-gl';
import { type ArrowMesh, LINE_LAYOUT, SPRITE_LAYOUT } from '../../core/arrows/arrowMesh.ts';
import { STATE_BYTES } from '../../core/arrows/arrowStates.ts';
import { type SpriteAtlas, spriteAtlas } from './atlas.ts';
import { type Mesh, type Program, indexedMesh, linkProgram } from './glProgram.ts';
import { LINE_FRAGMENT, SPRITE_FRAGMENT, STATE_TEXTURE_WIDTH, lineVertex, spriteVertex } from './shaders.ts';

// The arrow layer's GPU objects: made in one context from the mesh's arrays,
// the atlas and the states, which stay in memory, so a new context (after a
// lost one) gets the same objects from the same data.

const LINE_ATTRIBUTES = LINE_LAYOUT.map(([name]) => name);
const LINE_SIZES = LINE_LAYOUT.map(([, size]) => size);
const SPRITE_ATTRIBUTES = SPRITE_LAYOUT.map(([name]) => name);
const SPRITE_SIZES = SPRITE_LAYOUT.map(([, size]) => size);

export interface ArrowGpu {
  readonly gl: WebGL2RenderingContext;
  readonly atlas: SpriteAtlas;
  readonly sprites: Mesh;
  readonly stateTexture: WebGLTexture;
  /** One byte per stance: its head's turn around the mark it ends at (core/arrows/fanHeads.ts). */
  readonly fanTexture: WebGLTexture;
  readonly atlasTexture: WebGLTexture;
  /** The lines at full detail (slot 0), then each coarse level, made when first drawn. */
  lines(slot: number, arrays: { readonly vertices: Float32Array; readonly indices: Uint32Array }): Mesh;
  /** Deletes a slot's lines, to be made again from new arrays (the smoothed lines around a new view). */
  dropLines(slot: number): void;
  /** The line and sprite programs for a projection's shader variant, linked when first used. */
  programs(shader: CustomRenderMethodInput['shaderData']): { line: Program; sprite: Program };
  /** Binds the state texture to unit 0, the atlas to unit 1 and the heads' turns to unit 2, as the shaders read them. */
  bindTextures(): void;
  /** Uploads every stance's look (4 bytes each) and its head's turn (1 byte each). */
  uploadStates(states: Uint8Array, fan: Uint8Array): void;
  /**
   * Another story's arrows: their vertices in new buffers, the state
   * textures sized for them. The programs and the atlas are kept (compiling
   * the shaders again costs a tenth of a second in software GL).
   */
  setMesh(mesh: ArrowMesh): void;
  /** Deletes every object (the layer is removed; not after a lost context, whose objects are gone already). */
  release(): void;
}

function texture(gl: WebGL2RenderingContext, filter: number): WebGLTexture {
  const t = gl.createTexture();
  gl.bindTexture(gl.TEXTURE_2D, t);
  for (const [k, v] of [[gl.TEXTURE_MIN_FILTER, filter], [gl.TEXTURE_MAG_FILTER, filter], [gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE], [gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE]] as const) gl.texParameteri(gl.TEXTURE_2D, k, v);
  return t;
}

/** The state textures are whole rows; the stances' bytes are copied into one buffer kept for every upload. */
function stateRows(stances: number): { rows: number; padded: Uint8Array; paddedFan: Uint8Array } {
  const rows = Math.max(1, Math.ceil(stances / STATE_TEXTURE_WIDTH));
  return { rows, padded: new Uint8Array(STATE_TEXTURE_WIDTH * rows * STATE_BYTES), paddedFan: new Uint8Array(STATE_TEXTURE_WIDTH * rows) };
}

function deleteMesh(gl: WebGL2RenderingContext, m: Mesh): void {
  for (const b of m.buffers) gl.deleteBuffer(b);
  gl.deleteVertexArray(m.vao);
}

export function createArrowGpu(gl: WebGL2RenderingContext, mesh: ArrowMesh): ArrowGpu {
  const atlas = spriteAtlas();
  const atlasTexture = texture(gl, gl.LINEAR);
  gl.pixelStorei(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, true);
  gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA, gl.RGBA, gl.UNSIGNED_BYTE, atlas.image);
  gl.pixelStorei(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, false);
  let sprites = indexedMesh(gl, mesh.spriteVertices, mesh.spriteIndices, SPRITE_SIZES);
  const stateTexture = texture(gl, gl.NEAREST);
  const fanTexture = texture(gl, gl.NEAREST);
  let lines: (Mesh | undefined)[] = [];
  const programs = new Map<string, { line: Program; sprite: Program }>();
  let { rows, padded, paddedFan } = stateRows(mesh.stanceCount);
  const deleteMeshes = (): void => { for (const m of [...lines, sprites]) if (m) deleteMesh(gl, m); };
  return {
    gl, atlas, stateTexture, fanTexture, atlasTexture,
    get sprites() { return sprites; },
    lines(slot, arrays) {
      const made = lines[slot] ?? indexedMesh(gl, arrays.vertices, arrays.indices, LINE_SIZES);
      lines[slot] = made;
      return made;
    },
    dropLines(slot) {
      const m = lines[slot];
      if (m) deleteMesh(gl, m);
      lines[slot] = undefined;
    },
    programs(shader) {
      let p = programs.get(shader.variantName);
      if (!p) {
        p = {
          line: linkProgram(gl, lineVertex(shader.vertexShaderPrelude, shader.define), LINE_FRAGMENT, LINE_ATTRIBUTES),
          sprite: linkProgram(gl, spriteVertex(shader.vertexShaderPrelude, shader.define), SPRITE_FRAGMENT, SPRITE_ATTRIBUTES),
        };
        programs.set(shader.variantName, p);
      }
      return p;
    },
    bindTextures() {
      gl.activeTexture(gl.TEXTURE0);
      gl.bindTexture(gl.TEXTURE_2D, stateTexture);
      gl.activeTexture(gl.TEXTURE1);
      gl.bindTexture(gl.TEXTURE_2D, atlasTexture);
      gl.activeTexture(gl.TEXTURE2);
      gl.bindTexture(gl.TEXTURE_2D, fanTexture);
    },
    uploadStates(states, fan) {
      padded.set(states);
      paddedFan.set(fan);
      gl.pixelStorei(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, false);
      gl.activeTexture(gl.TEXTURE0);
      gl.bindTexture(gl.TEXTURE_2D, stateTexture);
      gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA8, STATE_TEXTURE_WIDTH, rows, 0, gl.RGBA, gl.UNSIGNED_BYTE, padded);
      gl.activeTexture(gl.TEXTURE2);
      gl.bindTexture(gl.TEXTURE_2D, fanTexture);
      // One byte per texel: rows of 1024 bytes meet the default 4-byte unpack alignment.
      gl.texImage2D(gl.TEXTURE_2D, 0, gl.R8, STATE_TEXTURE_WIDTH, rows, 0, gl.RED, gl.UNSIGNED_BYTE, paddedFan);
    },
    setMesh(next) {
      deleteMeshes();
      sprites = indexedMesh(gl, next.spriteVertices, next.spriteIndices, SPRITE_SIZES);
      lines = [];
      ({ rows, padded, paddedFan } = stateRows(next.stanceCount));
    },
    release() {
      deleteMeshes();
      gl.deleteTexture(stateTexture);
      gl.deleteTexture(fanTexture);
      gl.deleteTexture(atlasTexture);
      for (const p of programs.values()) { gl.deleteProgram(p.line.program); gl.deleteProgram(p.sprite.program); }
    },
  };
}
