package id.lentera.shared;

import org.springframework.dao.OptimisticLockingFailureException;

/** Somebody else saved the record after the user opened the form. */
public class StaleEditException extends OptimisticLockingFailureException {

    public StaleEditException(String what) {
        super(what + " was changed by someone else");
    }

    /** Throws when the version the form was opened with is not the version now stored. */
    public static void check(String what, long formVersion, long currentVersion) {
        if (formVersion != currentVersion) {
            throw new StaleEditException(what);
        }
    }
}
