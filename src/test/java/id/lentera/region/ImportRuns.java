package id.lentera.region;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;

import id.lentera.account.CurrentUser;
import id.lentera.support.SignedIn;

import static org.awaitility.Awaitility.await;

/** Runs region imports in tests: starts one as an admin and waits until it has finished. */
public final class ImportRuns {

    private ImportRuns() {
    }

    public static byte[] fixture(String name) {
        try (InputStream in = ImportRuns.class.getResourceAsStream("/regions/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture regions/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RegionImportView importAndWait(RegionImports imports, CurrentUser admin, String fileName, byte[] content) {
        long id = SignedIn.run(admin, () -> imports.start(fileName, content, admin.username()));
        return awaitFinished(imports, admin, id);
    }

    public static RegionImportView awaitFinished(RegionImports imports, CurrentUser admin, long id) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(() -> SignedIn.run(admin, () -> imports.find(id).orElseThrow()), run -> !run.running());
    }
}
