package id.lentera.supervision;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import id.lentera.account.CurrentUser;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Numbers of referral letters in the usual government form {@code prefix/seq/REHSOS/month/year}.
 * The sequence comes from the office's register of outgoing letters: the next number of the
 * letter's year, taken once by a deliberate act of the case's worker or supervisor (never by
 * looking at or printing the letter), the same number ever after. Numbers have no gaps: taking one
 * locks its referral, so two people taking the number of the same letter at once get one number
 * between them.
 */
@Component
class ReferralLetters {

    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    /** Any number, the same everywhere: the first half of the advisory lock key of a referral's letter. */
    private static final int LOCK_SPACE = 7_001;

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    ReferralLetters(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The letter's number when one was taken; empty while it has none. Reads only. */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<String> numberOf(long referralId, LocalDate sentOn, String prefix) {
        return jdbc.queryForList("select seq from referral_letter where referral_id = :referral",
                new MapSqlParameterSource("referral", referralId), Integer.class).stream().findFirst()
                .map(seq -> number(prefix, seq, sentOn));
    }

    /**
     * Takes the next number of the register for the letter, or gives the one it already has. The
     * caller has checked that the user may.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    String take(long referralId, LocalDate sentOn, String prefix, CurrentUser user) {
        return number(prefix, sequenceFor(referralId, sentOn.getYear(), user), sentOn);
    }

    private int sequenceFor(long referralId, int year, CurrentUser user) {
        var params = new MapSqlParameterSource("referral", referralId).addValue("year", year)
                .addValue("space", LOCK_SPACE).addValue("by", user.id()).addValue("at", Timestamp.from(clock.instant()));
        jdbc.queryForObject("select pg_advisory_xact_lock(:space, cast(:referral as integer))::text", params, String.class);
        var issued = jdbc.queryForList("select seq from referral_letter where referral_id = :referral", params,
                Integer.class);
        if (!issued.isEmpty()) {
            return issued.get(0);
        }
        Integer next = jdbc.queryForObject("""
                insert into letter_register as r (year, last_number) values (:year, 1)
                on conflict (year) do update set last_number = r.last_number + 1
                returning last_number""", params, Integer.class);
        params.addValue("seq", next);
        jdbc.update("""
                insert into referral_letter (referral_id, year, seq, issued_at, issued_by)
                values (:referral, :year, :seq, :at, :by)""", params);
        return next;
    }

    static String number(String prefix, int sequence, LocalDate sentOn) {
        return prefix.strip() + "/" + sequence + "/REHSOS/" + ROMAN[sentOn.getMonthValue() - 1] + "/"
                + sentOn.getYear();
    }
}
