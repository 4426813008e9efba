package id.lentera.client;

import java.util.List;

/**
 * A member's NIK disagrees with their recorded sex or birth date and no reason was given: the
 * roster saved nothing. Not an error: the form asks for the reason, and saving with one goes ahead.
 */
public class NikMismatchException extends RuntimeException {

    private final transient List<Nik.Mismatch> mismatches;

    public NikMismatchException(List<Nik.Mismatch> mismatches) {
        super("NIK disagrees with the recorded " + mismatches);
        this.mismatches = List.copyOf(mismatches);
    }

    public List<Nik.Mismatch> mismatches() {
        return mismatches;
    }
}
