// The places of the demo world and what newspapers published about them (docs/demo-world.md).
// County-level codes are real (GB/T 2260); township codes follow the statistical-code ranges
// (town 100–199, township 200–399) but are assigned here.

export type StationState = 'PLANNED' | 'OPERATING';

export interface DemoTownship {
  code: string;
  name: string;
  /** The township station, when there is one. */
  station?: {
    name: string;
    status: StationState;
    openedOn: string | null;
    /** Key service recipients (重点服务对象) published for the station. */
    keyRecipients?: number;
    /** Agency key within the county. */
    agency: string;
  };
}

export interface DemoCounty {
  province: { code: string; name: string };
  city: { code: string; name: string };
  code: string;
  name: string;
  agencies: Record<string, string>;
  townships: DemoTownship[];
}

/**
 * Mulan County (木兰县), Heilongjiang, seed 001: the Mulan town station has run since 2022 and is
 * the general supervising station; Dongxing, Xinmin, Dagui and Lidong started in May 2023; Liuhe,
 * Jixing and Jianguo were planned for the second half of 2023 — eight township stations in all.
 */
export const MULAN: DemoCounty = {
  province: { code: '230000', name: '黑龙江省' },
  city: { code: '230100', name: '哈尔滨市' },
  code: '230127',
  name: '木兰县',
  agencies: { main: '木兰县启航社会工作服务中心' },
  townships: [
    {
      code: '230127100',
      name: '木兰镇',
      station: {
        name: '木兰镇社工站',
        status: 'OPERATING',
        openedOn: '2022-01-10',
        agency: 'main',
      },
    },
    {
      code: '230127101',
      name: '东兴镇',
      station: {
        name: '东兴镇社工站',
        status: 'OPERATING',
        openedOn: '2023-05-15',
        agency: 'main',
      },
    },
    {
      code: '230127102',
      name: '大贵镇',
      station: {
        name: '大贵镇社工站',
        status: 'OPERATING',
        openedOn: '2023-05-15',
        agency: 'main',
      },
    },
    {
      code: '230127103',
      name: '利东镇',
      station: {
        name: '利东镇社工站',
        status: 'OPERATING',
        openedOn: '2023-05-15',
        agency: 'main',
      },
    },
    {
      code: '230127104',
      name: '柳河镇',
      station: { name: '柳河镇社工站', status: 'PLANNED', openedOn: null, agency: 'main' },
    },
    {
      code: '230127105',
      name: '新民镇',
      station: {
        name: '新民镇社工站',
        status: 'OPERATING',
        openedOn: '2023-05-15',
        agency: 'main',
      },
    },
    {
      code: '230127200',
      name: '吉兴乡',
      station: { name: '吉兴乡社工站', status: 'PLANNED', openedOn: null, agency: 'main' },
    },
    {
      code: '230127201',
      name: '建国乡',
      station: { name: '建国乡社工站', status: 'PLANNED', openedOn: null, agency: 'main' },
    },
  ],
};

/**
 * Linze County (临泽县), Gansu, seed 002: Shahe was the pilot; Pingchuan and Yanuan opened in
 * April 2022 with 300,000 yuan for the two. Key recipients: Shahe 178, Yanuan 295, Pingchuan 290.
 */
export const LINZE: DemoCounty = {
  province: { code: '620000', name: '甘肃省' },
  city: { code: '620700', name: '张掖市' },
  code: '620723',
  name: '临泽县',
  agencies: {
    local: '临泽县益民社会工作服务中心',
    pingchuan: '张掖市同心社会工作服务中心',
    yanuan: '甘肃暖阳社会工作发展中心',
  },
  townships: [
    {
      code: '620723100',
      name: '沙河镇',
      station: {
        name: '沙河镇社工站',
        status: 'OPERATING',
        openedOn: '2021-09-01',
        keyRecipients: 178,
        agency: 'local',
      },
    },
    { code: '620723101', name: '新华镇' },
    { code: '620723102', name: '蓼泉镇' },
    {
      code: '620723103',
      name: '平川镇',
      station: {
        name: '平川镇社工站',
        status: 'OPERATING',
        openedOn: '2022-04-15',
        keyRecipients: 290,
        agency: 'pingchuan',
      },
    },
    { code: '620723104', name: '板桥镇' },
    {
      code: '620723105',
      name: '鸭暖镇',
      station: {
        name: '鸭暖镇社工站',
        status: 'OPERATING',
        openedOn: '2022-04-15',
        keyRecipients: 295,
        agency: 'yanuan',
      },
    },
    { code: '620723106', name: '倪家营镇' },
  ],
};

/** Pingchuan's published output (seed 002): 60 case person-times, 6 group sessions, 4 community activities. */
export const PINGCHUAN_OUTPUT = { casePersonTimes: 60, groupSessions: 6, communityActivities: 4 };

/** Investment in the Pingchuan and Yanuan stations together, in yuan (seed 002). */
export const LINZE_NEW_STATIONS_YUAN = 300_000;
