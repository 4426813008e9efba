package id.lentera.client;

import java.util.List;

/**
 * The answer to a registration or an edit: saved, or held back because of warnings the worker
 * must read and pass with a reason first.
 */
public sealed interface RegistrationOutcome {

    /**
     * @param joinRequested the household asked for is one the worker cannot see: its supervisors were
     *        asked, and the client is in no household until one of them accepts
     */
    record Saved(long clientId, boolean joinRequested) implements RegistrationOutcome {

        public Saved(long clientId) {
            this(clientId, false);
        }
    }

    /**
     * @param duplicates people who may be this client (similar name, close birth year, same kecamatan)
     * @param nikMismatches where the NIK disagrees with the recorded sex or birth date
     */
    record NeedsConfirmation(List<DuplicateFinder.Candidate> duplicates, List<Nik.Mismatch> nikMismatches)
            implements RegistrationOutcome {
    }
}
