package id.lentera.account.web;

import id.lentera.account.PasswordPolicy;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

@Getter
@Setter
class PasswordForm {

    @NotBlank
    @Size(max = PasswordPolicy.MAX_UTF16_LENGTH)
    private String currentPassword;

    @NotBlank
    @Size(max = PasswordPolicy.MAX_UTF16_LENGTH)
    private String newPassword;

    @NotBlank
    @Size(max = PasswordPolicy.MAX_UTF16_LENGTH)
    private String confirmPassword;
}
