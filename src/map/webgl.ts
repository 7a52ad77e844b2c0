/** MapLibre 6 draws with WebGL 2; without it (some locked-down machines and in-app browsers) the SVG map stands in. */
export function hasWebGL2(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return canvas.getContext('webgl2') !== null;
  } catch {
    return false;
  }
}
