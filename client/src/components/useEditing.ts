// The editing state for components: who is signed in, what they may do, the draft and the reader.
import { useServices, useValue } from '../app/context';
import type { EditingState } from '../app/editing';

export function useEditing(): EditingState {
  return useValue(useServices().editing.store);
}
