// TypeORM entities of Fleet Desk. Import 'reflect-metadata' once before using them.
import { Booking } from './booking.entity.js';
import { Driver } from './driver.entity.js';
import { MaintenanceJob } from './maintenance-job.entity.js';
import { Vehicle } from './vehicle.entity.js';
export { BookingStatus } from './enums.js';
export { Booking, Driver, MaintenanceJob, Vehicle };

/** Every entity, in schema order, for the DataSource `entities` option. */
export const entities = [Booking, Driver, MaintenanceJob, Vehicle];
