/** What other features use of staff, services, rooms and closures (scheduling, attendance, reports). */
export { ensureHolidays, publicHolidays } from './closures/holidays';
export { closuresBetween } from './closures/repository';
export { listRooms, getRoom } from './rooms/repository';
export { findService, getService, listServices } from './services/repository';
export { getStaff, listAbsences, listStaff } from './staff/read';
