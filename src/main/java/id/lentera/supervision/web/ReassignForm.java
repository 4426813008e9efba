package id.lentera.supervision.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** Hands one or many of a worker's cases to another worker of the team, with a reason. */
@Getter
@Setter
class ReassignForm {

    @NotEmpty
    @Size(max = 200)
    private List<Long> caseIds = new ArrayList<>();

    @NotNull
    private Long toWorker;

    @NotBlank
    @Size(max = 500)
    private String reason;
}
