package id.lentera.visit.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import id.lentera.visit.VisitPurpose;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** Scheduling a visit of a case ("Jadwalkan kunjungan"). */
@Getter
@Setter
class PlanForm {

    /** Made when the form is first shown; a form that comes without one gets one (then it is not repeat-safe). */
    private UUID key;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate scheduledOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.TIME)
    private LocalTime scheduledTime;
    @NotNull
    private VisitPurpose purpose;
    @Size(max = 500)
    private String note;
}
