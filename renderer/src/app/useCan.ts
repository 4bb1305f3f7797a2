export { useCan, useAuth } from './authContext';
