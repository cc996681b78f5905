import * as migration_20261123_100956_initial from './20261123_100956_initial';
import * as migration_20261123_201820_event_deliveries from './20261123_201820_event_deliveries';
import * as migration_20261123_221029_scheduled_runs from './20261123_221029_scheduled_runs';
import * as migration_20261123_221233_order_calculation_record from './20261123_221233_order_calculation_record';
import * as migration_20261123_221449_staff_phone from './20261123_221449_staff_phone';
import * as migration_20261123_235913_domain_plugins from './20261123_235913_domain_plugins';
import * as migration_20261124_022348_order_lifecycle_payments_alerts from './20261124_022348_order_lifecycle_payments_alerts';
import * as migration_20261124_022914_pricing_imports_exports from './20261124_022914_pricing_imports_exports';

export const migrations = [
  {
    up: migration_20261123_100956_initial.up,
    down: migration_20261123_100956_initial.down,
    name: '20261123_100956_initial',
  },
  {
    up: migration_20261123_201820_event_deliveries.up,
    down: migration_20261123_201820_event_deliveries.down,
    name: '20261123_201820_event_deliveries',
  },
  {
    up: migration_20261123_221029_scheduled_runs.up,
    down: migration_20261123_221029_scheduled_runs.down,
    name: '20261123_221029_scheduled_runs',
  },
  {
    up: migration_20261123_221233_order_calculation_record.up,
    down: migration_20261123_221233_order_calculation_record.down,
    name: '20261123_221233_order_calculation_record',
  },
  {
    up: migration_20261123_221449_staff_phone.up,
    down: migration_20261123_221449_staff_phone.down,
    name: '20261123_221449_staff_phone',
  },
  {
    up: migration_20261123_235913_domain_plugins.up,
    down: migration_20261123_235913_domain_plugins.down,
    name: '20261123_235913_domain_plugins',
  },
  {
    up: migration_20261124_022348_order_lifecycle_payments_alerts.up,
    down: migration_20261124_022348_order_lifecycle_payments_alerts.down,
    name: '20261124_022348_order_lifecycle_payments_alerts',
  },
  {
    up: migration_20261124_022914_pricing_imports_exports.up,
    down: migration_20261124_022914_pricing_imports_exports.down,
    name: '20261124_022914_pricing_imports_exports'
  },
];
