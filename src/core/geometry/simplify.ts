// Ramer–Douglas–Peucker simplification of a polyline in plane coordinates
// (the arrow layer's mercator points): keeps the ends and every point that
// lies farther than `tolerance` from the chord that would replace it. Used to
// draw the story's arcs with fewer vertices when zoomed out, where a
// 48-point arc covers a few hundred pixels.

export function simplifyLine(points: readonly (readonly [number, number])[], tolerance: number): [number, number][] {
  if (points.length <= 2 || tolerance <= 0) return points.map(([x, y]) => [x, y]);
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop() ?? [0, 0];
    const [ax, ay] = points[first] ?? [0, 0];
    const [bx, by] = points[last] ?? [0, 0];
    const length = Math.hypot(bx - ax, by - ay);
    let farthest = -1;
    let distance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const [px, py] = points[i] ?? [0, 0];
      // Distance to the line through a and b (to a itself when a and b coincide, as on a loop).
      const d = length === 0 ? Math.hypot(px - ax, py - ay) : Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length;
      if (d > distance) {
        distance = d;
        farthest = i;
      }
    }
    if (farthest >= 0) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1).map(([x, y]) => [x, y]);
}
