package id.lentera.casework;

import java.time.YearMonth;

/** Cases opened and closed in one month. */
public record MonthCount(YearMonth month, long opened, long closed) {
}
