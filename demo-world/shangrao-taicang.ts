import type { PublishedPlace } from './published.js';

// Two places whose articles give what was built but no money: their projects carry no contract
// amount (0), and docs/demo-world.md says so.

const SHANGRAO_COUNTIES: Array<[string, string]> = [
  ['361102', '信州区'],
  ['361103', '广丰区'],
  ['361104', '广信区'],
  ['361123', '玉山县'],
  ['361124', '铅山县'],
  ['361125', '横峰县'],
  ['361126', '弋阳县'],
  ['361127', '余干县'],
  ['361128', '鄱阳县'],
  ['361129', '万年县'],
  ['361130', '婺源县'],
  ['361181', '德兴市'],
];

/**
 * Shangrao (上饶市), Jiangxi, seed 002: "12 个县（市、区）均已启动试点或完成“1+x”社会工作服务体系
 * 建设" — every one of its twelve counties has its "1" (a county general station) and at least one
 * of its "x" (a township station); how many more is not published, so one each.
 */
export const SHANGRAO: PublishedPlace = {
  province: { code: '360000', name: '江西省' },
  city: { code: '361100', name: '上饶市' },
  counties: SHANGRAO_COUNTIES.map(([code, name]) => ({
    code,
    name,
    townships: [`${name.slice(0, 2)}第1镇`],
  })),
  countyStations: true,
  // "择优选优"选择优质社工机构: one agency per county, the fewest the generator allows.
  agencies: 12,
  workers: { total: 12, certified: 0, fullTime: 0 },
  investedYuan: 0,
  services: {},
};

/**
 * Taicang (太仓市), Jiangsu, seed 004: "太仓率先完成基层社工站（室）全覆盖" — a station in every town
 * and street and a room in every village and community; its standardisation pilot
 * (基层社工站（室）管理和服务标准化试点) is a national project. The six towns and two streets are
 * named; the counts of villages and of workers are not published.
 */
export const TAICANG: PublishedPlace = {
  province: { code: '320000', name: '江苏省' },
  city: { code: '320500', name: '苏州市' },
  counties: [
    {
      code: '320585',
      name: '太仓市',
      townships: [
        '城厢镇',
        '沙溪镇',
        '浏河镇',
        '浮桥镇',
        '璜泾镇',
        '双凤镇',
        '娄东街道',
        '陆渡街道',
      ],
      villageRooms: 32,
    },
  ],
  agencies: 1,
  workers: { total: 8, certified: 0, fullTime: 0 },
  investedYuan: 0,
  services: {},
};
