package id.lentera.visit.web;

import java.time.LocalDate;

import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** The visit list's filter as the team page's links and the filter form send it. */
@Getter
@Setter
public class VisitListForm {

    private Long worker;
    private Long team;
    /** {@code overdue} or {@code done}. */
    private String status;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;
    private int page;
}
