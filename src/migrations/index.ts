import * as migration_20261123_090602_initial from './20261123_090602_initial';

export const migrations = [
  {
    up: migration_20261123_090602_initial.up,
    down: migration_20261123_090602_initial.down,
    name: '20261123_090602_initial'
  },
];
