package id.lentera.client;

/**
 * One person found by the client search. Everyone sees these few fields (so a worker notices a
 * duplicate before registering one); only {@code fullAccess} rows may be opened. NIK and KK are
 * masked here, always.
 *
 * @param alias null unless {@code fullAccess}
 * @param birthYear from the birth date or the (estimated) birth year; null when unknown
 * @param responsibleWorker the full name of the worker responsible (until casework: who registered)
 */
public record ClientSearchRow(long clientId, String fullName, String alias, Sex sex, Integer birthYear,
        boolean birthYearApproximate, String kelurahanCode, String maskedNik, String maskedKk,
        String responsibleWorker, boolean fullAccess, double score) {
}
