package id.lentera.shared.database;

import java.lang.management.ManagementFactory;

/**
 * How much memory the embedded PostgreSQL takes, from what the machine has (a container's limit
 * where there is one): a quarter for its buffers, between 128 MB and 4 GB, leaving the rest to
 * Lentera itself and to the system's file cache, which PostgreSQL counts on as well.
 */
record ServerMemory(long sharedBuffersMb, long maintenanceWorkMemMb, long effectiveCacheSizeMb) {

    private static final long MB = 1024 * 1024;

    static ServerMemory of(long totalBytes) {
        long totalMb = Math.max(totalBytes / MB, 512);
        return new ServerMemory(clamp(totalMb / 4, 128, 4096), clamp(totalMb / 16, 64, 1024),
                Math.max(totalMb / 2, 256));
    }

    static ServerMemory ofThisMachine() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        long total = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getTotalMemorySize() : 0;
        return of(total > 0 ? total : 4096 * MB);
    }

    private static long clamp(long value, long min, long max) {
        return Math.min(Math.max(value, min), max);
    }
}
