/**
 * A round held in person happened somewhere. Without `venue` its page says
 * "Not reported", which may be true, but is more often an editor's gap; a
 * `venueNote` says which it is and silences the warning.
 */
import type { Problem } from '../../lib/problems.ts';
import { problemAt, type CheckInput } from '../context.ts';

export function inPersonWithoutVenue(input: CheckInput): Problem[] {
  return input.content.rounds
    .filter((round) => round.data.status === 'held' && round.data.format === 'in-person' && !round.data.venue && !round.data.venueNote)
    .map((round) =>
      problemAt(
        input,
        'rounds',
        round,
        ['format'],
        'a round held in person has no `venue`; add the venue from content/venues/, or a `venueNote` saying why none is known',
        'missing-venue',
        'warning',
      ),
    );
}
