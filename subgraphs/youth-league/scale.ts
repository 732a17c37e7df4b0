import { v7 as uuidv7 } from 'uuid';
import { townshipStations } from '../../tools/scale/generate.js';
import { scaleTable, type DepartmentScale } from '../../tools/scale/slice.js';

// The Youth League's part of the synthetic province: a volunteer team at every township
// station, one person in four a volunteer, two services each.

export const scale: DepartmentScale = {
  tables: (province, random) => {
    const teams = townshipStations(province).map((station) => ({
      id: uuidv7(),
      name: `${station.name}青年志愿服务队`,
      regionCode: station.regionCode,
      stationId: station.id,
      foundedOn: '2024-01-01',
    }));
    const volunteers = province.people
      .filter((_, index) => index % 4 === 0)
      .map((person, index) => ({
        id: uuidv7(),
        teamId: teams[index % teams.length]!.id,
        name: person.name,
        personId: person.id,
        regionCode: person.regionCode,
        joinedOn: '2024-02-01',
      }));
    const services = Array.from({ length: volunteers.length * 2 }, (_, index) => {
      const volunteer = volunteers[index % volunteers.length]!;
      return {
        id: uuidv7(),
        volunteerId: volunteer.id,
        regionCode: volunteer.regionCode,
        servedOn: random.date('2024-01-01', '2026-10-31'),
        durationMinutes: 60 * random.int(1, 4),
        activity: '志愿服务',
      };
    });
    return [
      scaleTable(
        'volunteer_teams',
        {
          id: ['id', 'uuid'],
          name: ['name', 'varchar'],
          regionCode: ['region_code', 'varchar'],
          stationId: ['station_id', 'uuid'],
          foundedOn: ['founded_on', 'date'],
        },
        teams,
      ),
      scaleTable(
        'volunteers',
        {
          id: ['id', 'uuid'],
          teamId: ['team_id', 'uuid'],
          name: ['name', 'varchar'],
          personId: ['person_id', 'uuid'],
          regionCode: ['region_code', 'varchar'],
          joinedOn: ['joined_on', 'date'],
        },
        volunteers,
      ),
      scaleTable(
        'volunteer_services',
        {
          id: ['id', 'uuid'],
          volunteerId: ['volunteer_id', 'uuid'],
          regionCode: ['region_code', 'varchar'],
          servedOn: ['served_on', 'date'],
          durationMinutes: ['duration_minutes', 'int4'],
          activity: ['activity', 'varchar'],
        },
        services,
      ),
    ];
  },
};
