package id.lentera.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

@Getter
@Setter
class TeamForm {

    @NotBlank
    @Size(max = 100)
    private String name;

    private Long supervisorId;

    private long version;
}
