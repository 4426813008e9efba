package id.lentera.casework.web;

import id.lentera.casework.Stage;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** Going back a stage, reassigning, reopening: always with a reason; a target stage or worker where it applies. */
@Getter
@Setter
class ReasonForm {

    private Stage target;

    private Long workerId;

    @NotBlank
    @Size(max = 500)
    private String reason;
}
