/**
 * Where each county-level division sits on the schematic tile map, in tile units (columns run
 * east, rows south). It is an approximate arrangement of equal tiles, not geography: 越城区 in the
 * centre-north, 柯桥区 west of it, 上虞区 east, 诸暨市 south-west, 嵊州市 south of 越城区 and
 * 上虞区, 新昌县 south-east of 嵊州市. The city as a whole is drawn apart, as a key above the six.
 * A division added to content/counties/ needs a place here (a unit test checks every county has one).
 */
export const TILE_POSITIONS: Readonly<Record<string, { col: number; row: number }>> = {
  keqiao: { col: 0, row: 0 },
  yuecheng: { col: 1, row: 0 },
  shangyu: { col: 2, row: 0 },
  zhuji: { col: 0, row: 1 },
  shengzhou: { col: 1.5, row: 1 },
  xinchang: { col: 2.5, row: 1.5 },
};
