package id.lentera.account.web;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import id.lentera.account.AccountDetails;
import id.lentera.account.AccountView;
import id.lentera.account.Language;
import id.lentera.account.Role;
import id.lentera.shared.IndonesianPhone;
import id.lentera.shared.PhoneNumbers;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** The account form, create and edit. The username is only read when creating. */
@Getter
@Setter
class AccountForm {

    static final String WORK_AREA_PATTERN = "^\\s*(\\d{2}\\.\\d{2}\\.\\d{2}([\\s,;]+\\d{2}\\.\\d{2}\\.\\d{2})*)?\\s*$";

    @NotBlank
    @Pattern(regexp = "^[A-Za-z0-9._-]{3,50}$", message = "{account.username.format}")
    private String username;

    @NotBlank
    @Size(max = 120)
    private String fullName;

    @Email
    @Size(max = 254)
    private String email;

    @IndonesianPhone
    @Size(max = 30)
    private String phone;

    /** 18 digits; spaces as printed on staff cards ({@code 19850310 201001 2 004}) are taken out. */
    @Pattern(regexp = "^\\s*((\\d\\s*){18})?$", message = "{account.nip.format}")
    private String nip;

    @NotNull
    private Role role;

    private Long teamId;

    /** Kecamatan codes separated by commas or spaces, e.g. {@code 12.75.05, 12.75.04}. */
    @Pattern(regexp = WORK_AREA_PATTERN, message = "{account.workArea.format}")
    @Size(max = 500)
    private String workArea;

    @NotNull
    private Language language = Language.id;

    private long version;

    AccountDetails toDetails() {
        String normalizedPhone = phone == null || phone.isBlank() ? null
                : PhoneNumbers.normalize(phone).orElse(phone);
        return new AccountDetails(username, fullName, email, normalizedPhone, role, teamId, workAreaCodes(), language,
                nip == null || nip.isBlank() ? null : nip.replaceAll("\\s", ""));
    }

    Set<String> workAreaCodes() {
        if (workArea == null || workArea.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(workArea.strip().split("[\\s,;]+")).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    static AccountForm of(AccountView account) {
        AccountForm form = new AccountForm();
        form.username = account.username();
        form.fullName = account.fullName();
        form.email = account.email();
        form.phone = PhoneNumbers.display(account.phone());
        form.nip = account.nip();
        form.role = account.role();
        form.teamId = account.teamId();
        form.workArea = String.join(", ", account.workArea());
        form.language = account.language();
        form.version = account.version();
        return form;
    }
}
