package id.lentera.casework.web;

import java.time.LocalDate;

import id.lentera.casework.ActivityType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** Something done in the intervention, on a day not before the case was opened and not in the future. */
@Getter
@Setter
class ActivityForm {

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate doneOn;

    @NotNull
    private ActivityType type;

    @NotBlank
    @Size(max = 2000)
    private String description;

    @Size(max = 2000)
    private String outcome;

    private Long goalId;
}
