import type { Registry } from '../registry';
import { registerClosures } from './closures/handlers';
import { registerRooms } from './rooms/handlers';
import { registerServices } from './services/handlers';
import { registerStaff } from './staff/handlers';

export function registerPlaces(registry: Registry): void {
  registerServices(registry);
  registerRooms(registry);
  registerStaff(registry);
  registerClosures(registry);
}
