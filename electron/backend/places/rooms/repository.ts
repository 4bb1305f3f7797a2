import type { ParsedInput } from '../../../../shared/contract';
import type { Room, RoomKind } from '../../../../shared/domain/rooms';
import type { Db } from '../../db/connection';
import type { RoomsTable } from '../../db/schema';
import { AppError } from '../../errors';

type RoomRow = Omit<RoomsTable, 'id'> & { id: number };
type RoomFields = ParsedInput<'rooms.create'>;

function toRoom(row: RoomRow): Room {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as RoomKind,
    capacity: row.capacity,
    notes: row.notes,
    active: row.active === 1,
  };
}

function toRow(room: RoomFields) {
  return {
    name: room.name,
    kind: room.kind,
    capacity: room.capacity,
    notes: room.notes,
    active: room.active ? 1 : 0,
  };
}

export async function listRooms(db: Db, options: { includeInactive?: boolean } = {}): Promise<Room[]> {
  let query = db.selectFrom('rooms').selectAll().orderBy('active', 'desc').orderBy('name');
  if (!options.includeInactive) query = query.where('active', '=', 1);
  return (await query.execute()).map(toRoom);
}

export async function getRoom(db: Db, id: number): Promise<Room> {
  const row = await db.selectFrom('rooms').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', `No room ${id}`);
  return toRoom(row);
}

/** Names are compared as people read them: "Zal 1" and "zal 1" are the same room. */
async function refuseTakenName(db: Db, name: string, exceptId: number | null): Promise<void> {
  const rooms = await db.selectFrom('rooms').select(['id', 'name']).execute();
  const wanted = name.toLocaleLowerCase();
  if (rooms.some((room) => room.id !== exceptId && room.name.toLocaleLowerCase() === wanted)) {
    throw new AppError('CONFLICT', 'Another room has this name', {
      fields: { name: { key: 'places.validation.roomNameTaken' } },
    });
  }
}

export async function createRoom(db: Db, room: RoomFields, now: Date): Promise<Room> {
  await refuseTakenName(db, room.name, null);
  const stamp = now.toISOString();
  const inserted = await db
    .insertInto('rooms')
    .values({ ...toRow(room), created_at: stamp, updated_at: stamp })
    .returning('id')
    .executeTakeFirstOrThrow();
  return getRoom(db, inserted.id);
}

export async function updateRoom(db: Db, room: ParsedInput<'rooms.update'>, now: Date): Promise<Room> {
  await getRoom(db, room.id);
  await refuseTakenName(db, room.name, room.id);
  await db
    .updateTable('rooms')
    .set({ ...toRow(room), updated_at: now.toISOString() })
    .where('id', '=', room.id)
    .execute();
  return getRoom(db, room.id);
}
