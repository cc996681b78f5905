import * as migration_20261123_082025_initial from './20261123_082025_initial';

export const migrations = [
  {
    up: migration_20261123_082025_initial.up,
    down: migration_20261123_082025_initial.down,
    name: '20261123_082025_initial'
  },
];
