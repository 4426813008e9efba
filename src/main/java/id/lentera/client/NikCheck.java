package id.lentera.client;

import java.util.List;

/**
 * Whether a person's NIK agrees with their recorded sex and birth date, and what the worker said
 * about it. Field data is messy, so a disagreement is a warning: the save is held back until the
 * worker gives a reason, and that reason is kept only while the NIK still disagrees. The client
 * registration and the household roster both decide with this.
 *
 * @param mismatches empty when there is no NIK or it agrees
 * @param reason what the worker typed, or null
 */
record NikCheck(List<Nik.Mismatch> mismatches, String reason) {

    /** @param facts whose NIK, if any, is already known to be well-formed */
    static NikCheck of(PersonFacts facts, String reason) {
        List<Nik.Mismatch> mismatches = facts.nik() == null ? List.of()
                : new Nik(facts.nik()).mismatches(facts.sex(), facts.birthDate());
        return new NikCheck(mismatches, reason);
    }

    /** A disagreement the worker has not explained yet. */
    boolean heldBack() {
        return !mismatches.isEmpty() && (reason == null || reason.isBlank());
    }

    /** What to store once the save goes ahead: the reason while there is something to explain, else null. */
    String reasonToKeep() {
        return mismatches.isEmpty() ? null : reason.strip();
    }
}
