package id.lentera.client;

/**
 * One person found by the client search. Everyone sees these few fields (so a worker notices a
 * duplicate before registering one); only {@code fullAccess} rows may be opened. NIK and KK are
 * masked here, always.
 *
 * @param alias null unless {@code fullAccess}
 * @param birthYear from the birth date or the (estimated) birth year; null when unknown
 * @param responsibleWorker the full name of the worker responsible (until casework: who registered);
 *        on a row the user may not open, null unless that worker is in a team the user may read
 * @param responsibleTeam when {@code responsibleWorker} is withheld, the team of that worker (whom to
 *        ask about a possible duplicate); else null
 */
public record ClientSearchRow(long clientId, String fullName, String alias, Sex sex, Integer birthYear,
        boolean birthYearApproximate, String kelurahanCode, String maskedNik, String maskedKk,
        String responsibleWorker, String responsibleTeam, boolean fullAccess, double score) {
}
