// GLSL for the arrow layer (arrowLayer.ts). Every position goes through
// MapLibre's projectTile() from the prelude it hands custom layers, so the
// arrows follow mercator and globe alike. Widths are in CSS pixels (scaled by
// u_px), built in screen space around the projected points. State comes from
// a texture of four bytes per stance (core/arrows/arrowStates.ts): drawn,
// strong, flags (1 selected, 2 hovered, 4 flashing), type index. The sprites
// also read a texture of one byte per stance: its head's turn round its mark
// (core/arrows/fanHeads.ts).

/** Width of the state and fan textures in texels; a stance's texel is (i % width, i / width). */
export const STATE_TEXTURE_WIDTH = 1024;

const COMMON = `
uniform highp sampler2D u_state;
uniform vec2 u_half_viewport;
uniform float u_px;
uniform float u_wrap;
struct Look { bool on; bool strong; bool selected; bool hovered; bool flashing; int type; };
Look lookOf(float stance) {
  int i = int(stance + 0.5);
  vec4 s = texelFetch(u_state, ivec2(i % ${STATE_TEXTURE_WIDTH}, i / ${STATE_TEXTURE_WIDTH}), 0);
  int flags = int(s.b * 255.0 + 0.5);
  return Look(s.r > 0.5, s.g > 0.5, (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0, int(s.a * 255.0 + 0.5));
}
vec4 project(vec2 mercator) { return projectTile(mercator + vec2(u_wrap, 0.0)); }
vec2 screen(vec4 clip) { return clip.xy / clip.w * u_half_viewport; }
vec2 unit(vec2 d, vec2 fallback) { float l = length(d); return l > 1e-6 ? d / l : fallback; }
const vec4 NOWHERE = vec4(2.0, 2.0, 2.0, 1.0);
`;

function vertex(prelude: string, define: string, body: string): string {
  return `#version 300 es
precision highp float;
${define}
${prelude}
${COMMON}
${body}`;
}

export function lineVertex(prelude: string, define: string): string {
  return vertex(prelude, define, `
in vec2 a_pos;
in vec2 a_prev;
in vec2 a_next;
in float a_along;
in float a_stance;
in float a_side;
uniform vec4 u_colors[16];
uniform vec2 u_dash[16];
uniform vec4 u_halo;
uniform vec4 u_flash;
// The glow of arrows that just appeared: extra width, opacity (core/arrows/arrowStates.ts glowFor).
uniform vec2 u_glow;
uniform float u_base;
uniform float u_world_px;
uniform float u_casing;
out vec4 v_color;
out float v_side;
out float v_half;
out float v_along;
out vec2 v_dash;
void main() {
  Look look = lookOf(a_stance);
  if (!look.on) { gl_Position = NOWHERE; return; }
  float extra = look.selected ? 2.2 : look.hovered ? 1.4 : 0.0;
  bool casing = u_casing > 0.5;
  // The widths and opacities of the MapLibre line layers this layer replaced.
  float width = casing ? (look.flashing ? u_glow.x : extra) + u_base + 2.5 : extra + u_base;
  vec4 color = casing ? (look.flashing ? u_flash : u_halo) : u_colors[look.type];
  float opacity = casing ? (look.strong ? (look.flashing ? u_glow.y : 0.85) : 0.2) : (look.strong ? 1.0 : 0.18);
  float half_width = width * u_px * 0.5;
  vec4 c = project(a_pos);
  vec2 s = screen(c);
  vec2 d_in = unit(s - screen(project(a_prev)), vec2(0.0));
  vec2 d_out = unit(screen(project(a_next)) - s, vec2(0.0));
  if (dot(d_in, d_in) < 0.5) d_in = dot(d_out, d_out) < 0.5 ? vec2(1.0, 0.0) : d_out;
  if (dot(d_out, d_out) < 0.5) d_out = d_in;
  // A miter join: the two segments meeting at a point share its two
  // vertices, so a faded line has no gaps and no doubled overlaps at bends.
  vec2 n = vec2(-d_out.y, d_out.x);
  vec2 m = vec2(-d_in.y, d_in.x) + n;
  m = dot(m, m) > 1e-6 ? normalize(m) : n;
  float fringe = half_width + 1.0;
  c.xy += m * fringe / max(dot(m, n), 0.5) * a_side / u_half_viewport * c.w;
  gl_Position = c;
  v_side = a_side * fringe;
  v_half = half_width;
  v_along = a_along * u_world_px;
  v_dash = casing ? vec2(1.0, 0.0) : u_dash[look.type] * width * u_px;
  v_color = vec4(color.rgb, color.a * opacity);
}`);
}

export const LINE_FRAGMENT = `#version 300 es
precision highp float;
in vec4 v_color;
in float v_side;
in float v_half;
in float v_along;
in vec2 v_dash;
out vec4 fragColor;
void main() {
  float alpha = v_color.a * clamp(v_half + 0.5 - abs(v_side), 0.0, 1.0);
  if (v_dash.y > 0.0) {
    float p = mod(v_along, v_dash.x + v_dash.y);
    alpha *= clamp(min(p, v_dash.x - p) + 0.5, 0.0, 1.0);
  }
  if (alpha <= 0.0) discard;
  fragColor = vec4(v_color.rgb * alpha, alpha);
}`;

export function spriteVertex(prelude: string, define: string): string {
  return vertex(prelude, define, `
in vec2 a_pos;
in vec2 a_toward;
in float a_stance;
in float a_kind;
in vec2 a_corner;
uniform float u_glyph_scale;
uniform float u_head_px;
uniform float u_head_back_px;
uniform float u_glyph_px;
uniform vec2 u_cells;
// One byte per stance, a full turn in 256 steps: how far a head is turned
// round its mark, counter-clockwise, so that heads sharing a mark fan out
// (core/arrows/fanHeads.ts).
uniform highp sampler2D u_fan;
out vec2 v_uv;
out float v_opacity;
float turnOf(float stance) {
  int i = int(stance + 0.5);
  return texelFetch(u_fan, ivec2(i % ${STATE_TEXTURE_WIDTH}, i / ${STATE_TEXTURE_WIDTH}), 0).r * (255.0 / 256.0) * 6.28318530718;
}
void main() {
  Look look = lookOf(a_stance);
  if (!look.on) { gl_Position = NOWHERE; return; }
  vec4 c = project(a_pos);
  vec2 s = screen(c);
  bool head = a_kind > 0.5;
  // A head points along the last segment, turned by its fan, and stands back
  // from the target mark's centre along that direction, so it still points
  // at the mark; a badge stays upright.
  vec2 up = head ? unit(s - screen(project(a_toward)), vec2(0.0, 1.0)) : vec2(0.0, 1.0);
  if (head) {
    float turn = turnOf(a_stance);
    up = vec2(cos(turn) * up.x - sin(turn) * up.y, sin(turn) * up.x + cos(turn) * up.y);
  }
  float size = (head ? u_head_px : u_glyph_px * u_glyph_scale) * u_px;
  if (head) s -= up * (u_head_back_px * u_px);
  vec2 right = vec2(up.y, -up.x);
  vec2 p = s + (right * a_corner.x + up * a_corner.y) * size * 0.5;
  gl_Position = vec4(p / u_half_viewport * c.w, c.z, c.w);
  float cell = float(look.type) + (head ? 0.0 : u_cells.y);
  float fill = (head ? u_head_px : u_glyph_px) / u_glyph_px;
  v_uv = vec2((cell + (a_corner.x * 0.5 + 0.5) * fill) / u_cells.x, (0.5 - a_corner.y * 0.5) * fill);
  v_opacity = look.strong ? 1.0 : 0.2;
}`);
}

export const SPRITE_FRAGMENT = `#version 300 es
precision highp float;
uniform sampler2D u_atlas;
in vec2 v_uv;
in float v_opacity;
out vec4 fragColor;
void main() {
  vec4 texel = texture(u_atlas, v_uv);
  if (texel.a <= 0.0) discard;
  fragColor = texel * v_opacity;
}`;
