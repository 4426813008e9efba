package id.lentera.casework;

/**
 * A month's casework figures for one team or one kecamatan (by code) of the monthly report:
 * cases open at the end of the month, opened and closed in it.
 */
public record GroupFigures(String key, long openAtMonthEnd, long opened, long closed) {
}
