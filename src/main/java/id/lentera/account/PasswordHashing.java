package id.lentera.account;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Semaphore;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How passwords are hashed: Argon2id (Spring Security's 5.8 defaults: 16 MiB, 2 passes), which
 * takes a password of any length, unlike bcrypt, which reads only the first 72 bytes (a
 * 128-character passphrase or 20 emoji are more). Hashes stored by older versions ({bcrypt}) are
 * still checked, and {@link SignIns} replaces them with Argon2 at the next sign-in.
 */
final class PasswordHashing {

    static final String ARGON2 = "argon2@SpringSecurity_v5_8";
    private static final String BCRYPT = "bcrypt";
    private static final int BCRYPT_MAX_BYTES = 72;

    private PasswordHashing() {
    }

    /**
     * @param concurrentHashes how many hashes may be computed at once on this instance: each takes
     *        16 MiB, and with virtual threads nothing else would bound a flood of sign-ins
     */
    static PasswordEncoder encoder(int concurrentHashes) {
        var delegating = new DelegatingPasswordEncoder(ARGON2, Map.of(
                ARGON2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                BCRYPT, new LegacyBcrypt()));
        return new Bounded(delegating, concurrentHashes);
    }

    /**
     * Checks old bcrypt hashes. A password longer than bcrypt reads can never have been stored
     * with it, so it does not match (bcrypt itself would throw, and a sign-in would fail with 500).
     */
    private static final class LegacyBcrypt implements PasswordEncoder {

        private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

        @Override
        public String encode(CharSequence rawPassword) {
            throw new UnsupportedOperationException("new hashes are Argon2");
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            if (rawPassword == null || rawPassword.toString().getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES) {
                return false;
            }
            return bcrypt.matches(rawPassword, encodedPassword);
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return true;
        }
    }

    /** At most so many hashes at once; the others wait their turn. */
    private static final class Bounded implements PasswordEncoder {

        private final PasswordEncoder delegate;
        private final Semaphore permits;

        Bounded(PasswordEncoder delegate, int concurrentHashes) {
            this.delegate = delegate;
            this.permits = new Semaphore(Math.max(1, concurrentHashes), true);
        }

        @Override
        public String encode(CharSequence rawPassword) {
            permits.acquireUninterruptibly();
            try {
                return delegate.encode(rawPassword);
            } finally {
                permits.release();
            }
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            permits.acquireUninterruptibly();
            try {
                return delegate.matches(rawPassword, encodedPassword);
            } finally {
                permits.release();
            }
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return delegate.upgradeEncoding(encodedPassword);
        }
    }
}
