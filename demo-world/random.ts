import { v7 as uuidv7 } from 'uuid';

/** A small seeded generator (mulberry32): the same seed always builds the same world. */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** A date `YYYY-MM-DD` between two dates, both included. */
  date(from: string, to: string): string {
    const start = Date.parse(`${from}T00:00:00Z`);
    const days = Math.round((Date.parse(`${to}T00:00:00Z`) - start) / 86_400_000);
    return new Date(start + this.int(0, days) * 86_400_000).toISOString().slice(0, 10);
  }
}

/**
 * Deterministic UUID v7 ids for demo rows: time-ordered like real ids (so lists keep the order
 * rows were generated in), and stable from one load to the next.
 */
export class DemoIds {
  private sequence = 0;

  constructor(
    private readonly random: SeededRandom,
    private readonly epoch = Date.parse('2023-01-01T00:00:00Z'),
  ) {}

  next(): string {
    this.sequence += 1;
    const bytes = new Uint8Array(16);
    for (let i = 0; i < 16; i += 1) bytes[i] = this.random.int(0, 255);
    return uuidv7({ msecs: this.epoch + this.sequence, random: bytes });
  }
}

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN =
  '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍红建国志强春梅海燕文斌晓东丹凤玉梅建华淑珍淑兰国庆宏伟子涵梓轩一诺欣怡浩然雨桐俊杰思远佳怡博文';

/** A plausible, synthetic Chinese name. */
export function syntheticName(random: SeededRandom): string {
  const given = Array.from(GIVEN);
  const length = random.next() < 0.35 ? 1 : 2;
  return (
    random.pick(Array.from(SURNAMES)) + Array.from({ length }, () => random.pick(given)).join('')
  );
}
