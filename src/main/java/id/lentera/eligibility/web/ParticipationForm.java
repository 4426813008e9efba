package id.lentera.eligibility.web;

import java.time.LocalDate;

import id.lentera.eligibility.ParticipationStatus;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** A new entry of a household's PKH participation. */
@Getter
@Setter
public class ParticipationForm {

    @NotNull
    private ParticipationStatus status;
    @NotNull
    @PastOrPresent(message = "{pkh.validation.notFuture}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate since;
    @Min(value = 1, message = "{pkh.validation.min}")
    @Max(value = 12, message = "{pkh.validation.max}")
    private Integer firstStage;
    @Size(max = 300)
    private String note;
}
