// A schematic drawing of the China water-efficiency label (中国水效标识) for the label guide: a plain
// model (positions, words, colours by grade) that WaterLabelFigure.astro draws as SVG at build time.
// The parts and their order are those 《水效标识管理办法》 lists; the grade pictures (one dark-green
// drop, two light-green drops, three orange drops, grade 1 at the top) and a toilet's three figures
// are as the cited reports describe them. Values a real label carries are drawn as "×", never invented.

/** One numbered part of the label, as the drawing marks it and the list under it explains it. */
export interface LabelPart {
  n: number;
  name: string;
  /** Where it is on the drawing, in words. */
  where: string;
  /** What it tells a buyer. */
  says: string;
  /** The y (drawing units) its callout points at. */
  y: number;
}

export interface LabelText {
  x: number;
  y: number;
  text: string;
  size: number;
  bold?: boolean;
  anchor?: 'start' | 'middle' | 'end';
  inverse?: boolean;
}

export interface LabelDrawing {
  width: number;
  height: number;
  frame: { x: number; y: number; width: number; height: number };
  rules: Array<{ x1: number; x2: number; y: number }>;
  texts: LabelText[];
  /** Drops by grade: grade 1 one drop, grade 2 two, grade 3 three; `grade` picks the colour class. */
  drops: Array<{ x: number; y: number; grade: number }>;
  /** The example grade marker: an arrow pointing at one grade row. */
  marker: { points: string };
  /** The information code, drawn as an outline with three corner squares (not a readable code). */
  code: { x: number; y: number; size: number; corners: Array<{ x: number; y: number; size: number }> };
  /** A large drop beside the Chinese name. */
  logo: { x: number; y: number; scale: number };
  /** Numbered badges beside the frame, one per part, level with it. */
  callouts: Array<{ n: number; x: number; y: number }>;
  parts: LabelPart[];
}

/** What the drawing shows for one product: its name, standard and the figures its label carries. */
export interface LabelSubject {
  product: string;
  standard: string;
  figures: string[];
}

const BADGE = 15;
const FRAME = { x: BADGE * 2, y: 8, width: 268, height: 438 };
const RIGHT = FRAME.x + FRAME.width;
const W = RIGHT + BADGE * 2;
/** The drop drawn for each grade row, centred at (0,0), about 16 units tall. */
export const DROP_PATH = 'M0,-9 C4,-4 7,0 7,3.5 A7,7 0 0 1 -7,3.5 C-7,0 -4,-4 0,-9 Z';
const EXAMPLE_GRADE = 2;

/** Lays out the label for one product (the drawing uses the toilet, the first product in the catalogue). */
export function labelDrawing(subject: LabelSubject): LabelDrawing {
  const x0 = FRAME.x + 14;
  const gradeTop = 160;
  const gradeRow = 42;
  const gradeY = (grade: number) => gradeTop + (grade - 1) * gradeRow + gradeRow / 2;
  const figureTop = 312;
  const figureRow = 24;
  const standardY = 424;
  const texts: LabelText[] = [
    { x: x0 + 30, y: 44, text: '中国水效标识', size: 22, bold: true },
    { x: x0, y: 72, text: 'CHINA WATER EFFICIENCY LABEL', size: 10.5 },
    { x: x0, y: 112, text: '生产者名称：××××××', size: 13 },
    { x: x0, y: 138, text: `规格型号：××××（${subject.product}）`, size: 13 },
    ...[1, 2, 3].map((grade) => ({ x: x0 + 4, y: gradeY(grade) + 6, text: String(grade), size: 18, bold: true })),
    { x: RIGHT - 40, y: gradeY(EXAMPLE_GRADE) + 6, text: `${EXAMPLE_GRADE}级`, size: 15, bold: true, anchor: 'middle' as const, inverse: true },
    { x: RIGHT - 40, y: gradeY(EXAMPLE_GRADE) + 30, text: '（示例）', size: 11, anchor: 'middle' as const },
    ...subject.figures.map((figure, i) => ({ x: x0, y: figureTop + i * figureRow + 16, text: `${figure}：×.× L`, size: 13 })),
    { x: x0, y: standardY, text: `依据国家标准：${subject.standard}`, size: 13 },
  ];
  const drops = [1, 2, 3].flatMap((grade) => Array.from({ length: grade }, (_, i) => ({ x: x0 + 36 + i * 20, y: gradeY(grade), grade })));
  const my = gradeY(EXAMPLE_GRADE);
  const marker = { points: [[RIGHT - 78, my], [RIGHT - 64, my - 15], [RIGHT - 12, my - 15], [RIGHT - 12, my + 15], [RIGHT - 64, my + 15]].map((p) => p.join(',')).join(' ') };
  const codeSize = 54;
  const code = { x: RIGHT - codeSize - 12, y: 20, size: codeSize, corners: [[0, 0], [codeSize - 16, 0], [0, codeSize - 16]].map(([dx, dy]) => ({ x: RIGHT - codeSize - 12 + dx + 2, y: 20 + dy + 2, size: 12 })) };
  const parts: LabelPart[] = [
    { n: 1, name: '中文名称“中国水效标识”', where: '顶部左侧，水滴图形旁', says: '说明这是国家统一的水效标识。', y: 38 },
    { n: 2, name: '英文名称“China Water Efficiency Label”', where: '中文名称下方', says: '同上，英文。', y: 68 },
    { n: 3, name: '生产者名称或简称', where: '标题下第一行', says: '谁生产的产品。', y: 108 },
    { n: 4, name: '产品规格型号', where: '生产者名称下一行', says: '对照产品型号，确认标识就是这件产品的。', y: 134 },
    { n: 5, name: '水效等级', where: '中部，自上而下为1级到3级（洗碗机为1级到5级）；箭头指向的就是这件产品的等级', says: '数字越小越省水，1级最省水；最末一级是上市销售的门槛。', y: gradeY(EXAMPLE_GRADE) },
    { n: 6, name: '水效指标', where: '等级下方；坐便器标注平均用水量、全冲用水量和半冲用水量（升）', says: '这件产品检测得到的用水量，可以填进家庭用水计算器。', y: figureTop + figureRow * 1 + 10 },
    { n: 7, name: '依据的水效强制性国家标准编号', where: '底部', says: '等级是按哪项国家标准检测确定的。', y: standardY - 4 },
    { n: 8, name: '水效信息码（二维码）', where: '本图画在右上角（位置以产品实物为准）', says: '用手机扫描，可以查看产品的水效参数和备案号。', y: 20 + codeSize / 2 },
  ];
  return {
    width: W,
    height: FRAME.y * 2 + FRAME.height,
    frame: FRAME,
    rules: [
      { x1: FRAME.x, x2: RIGHT, y: 86 },
      { x1: FRAME.x, x2: RIGHT, y: gradeTop - 4 },
      { x1: FRAME.x, x2: RIGHT, y: figureTop - 6 },
      { x1: FRAME.x, x2: RIGHT, y: standardY - 22 },
    ],
    texts,
    drops,
    marker,
    code,
    logo: { x: x0 + 11, y: 36, scale: 2 },
    // The information code's badge sits right of the frame, beside the code; the others on the left.
    callouts: parts.map((p) => ({ n: p.n, x: p.n === 8 ? RIGHT + BADGE : BADGE, y: p.y })),
    parts,
  };
}
