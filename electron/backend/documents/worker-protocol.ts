/** One document to render: its kind (a key of kinds.ts) and its structured-cloneable data. */
export interface RenderRequest {
  id: number;
  kind: string;
  data: unknown;
}

/** The rendered PDF, or why it could not be rendered. */
export type RenderReply =
  | { id: number; ok: true; bytes: Uint8Array }
  | { id: number; ok: false; message: string; stack: string | undefined };
