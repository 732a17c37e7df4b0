import { v7 as uuidv7 } from 'uuid';
import { townshipStations } from '../../tools/scale/generate.js';
import { scaleTable, type DepartmentScale } from '../../tools/scale/slice.js';

// The women's federation's part of the synthetic province: fifty family services at every
// township station, parenting classes and home visits in turn.

export const scale: DepartmentScale = {
  tables: (province, random) => {
    const stations = townshipStations(province);
    return [
      scaleTable(
        'family_services',
        {
          id: ['id', 'uuid'],
          stationId: ['station_id', 'uuid'],
          regionCode: ['region_code', 'varchar'],
          kind: ['kind', 'text'],
          servedOn: ['served_on', 'date'],
          households: ['households', 'int4'],
          personTimes: ['person_times', 'int4'],
        },
        Array.from({ length: stations.length * 50 }, (_, index) => {
          const station = stations[index % stations.length]!;
          return {
            id: uuidv7(),
            stationId: station.id,
            regionCode: station.regionCode,
            kind: index % 2 ? 'PARENTING_CLASS' : 'HOME_VISIT',
            servedOn: random.date('2024-01-01', '2026-10-31'),
            households: random.int(1, 20),
            personTimes: random.int(2, 60),
          };
        }),
      ),
    ];
  },
};
