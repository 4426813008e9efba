package id.lentera.shared.database;

import java.nio.file.Path;

/** A second application was started on a data directory that another one is using. */
class EmbeddedDatabaseInUseException extends IllegalStateException {

    EmbeddedDatabaseInUseException(Path dataDir, Throwable cause) {
        super("The embedded database in " + dataDir + " is already in use by another Lentera process. "
                + "Stop that process first, or start this one with another folder: "
                + "--lentera.embedded-database.data-dir=/some/other/folder", cause);
    }
}
