package id.lentera.casework.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** What came of a referral, and when. */
@Getter
@Setter
class OutcomeForm implements Versioned {

    @NotBlank
    @Size(max = 1000)
    private String outcome;

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate outcomeOn;

    private long version;
}
