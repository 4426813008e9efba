package id.lentera.region;

import java.time.Duration;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The admin's import of the official region list: starts it in the background and reports how it
 * goes. One import runs at a time (the database enforces it across instances).
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class RegionImports {

    /** Longer than any step of an import takes without reporting progress. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

    private final RegionImportRecords records;
    private final RegionImportJob job;
    private final TaskExecutor executor;
    private final TransactionTemplate transactions;

    RegionImports(RegionImportRecords records, RegionImportJob job,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor, PlatformTransactionManager transactions) {
        this.records = records;
        this.job = job;
        this.executor = executor;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** Another import is still running; try again when it has finished. */
    public static class AlreadyRunningException extends RuntimeException {
        AlreadyRunningException() {
            super("A region import is already running");
        }
    }

    /**
     * Starts importing {@code content} (the bytes of the uploaded CSV) and returns at once.
     *
     * @return the import's id, to follow its progress with {@link #find(long)}
     * @throws AlreadyRunningException while another import runs
     */
    public long start(String fileName, byte[] content, String actor) {
        String name = fileName == null || fileName.isBlank() ? "regions.csv" : shorten(fileName.strip());
        byte[] bytes = content.clone();
        try {
            return transactions.execute(status -> {
                records.failAbandoned(ABANDONED_AFTER);
                long id = records.insertRunning(name, actor);
                // only once the running import is committed, so the job and the page both see it
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        executor.execute(() -> job.run(id, actor, name, bytes));
                    }
                });
                return id;
            });
        } catch (DuplicateKeyException e) {
            throw new AlreadyRunningException();
        }
    }

    public Optional<RegionImportView> find(long id) {
        return records.find(id);
    }

    /** The most recent import, running or finished. */
    public Optional<RegionImportView> latest() {
        return records.latest();
    }

    private static String shorten(String fileName) {
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        return base.length() > 200 ? base.substring(0, 200) : base;
    }
}
