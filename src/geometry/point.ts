// Pure: a point in any one coordinate system (graph units or screen pixels), the one shape every geometry module shares.

export interface Point {
  x: number;
  y: number;
}
