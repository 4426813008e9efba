package id.lentera.supervision.web;

import id.lentera.supervision.OfficeDetails;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** The admin's form for the letterhead and the head of office who signs. */
@Getter
@Setter
class OfficeForm {

    private long version;

    @NotBlank
    @Size(max = 150)
    private String officeName;

    @NotBlank
    @Size(max = 300)
    private String address;

    @NotBlank
    @Size(max = 150)
    private String letterheadLine1;

    @Size(max = 150)
    private String letterheadLine2;

    @Size(max = 150)
    private String letterheadLine3;

    @NotBlank
    @Size(max = 80)
    private String city;

    @Size(max = 120)
    private String headName;

    /** NIP: 18 digits; spaces as printed on the card are allowed. */
    @Pattern(regexp = "^\\s*$|^[0-9 ]{18,24}$")
    private String headNip;

    @NotBlank
    @Size(max = 120)
    private String headTitle;

    @NotBlank
    @Size(max = 40)
    private String letterNumberPrefix;

    static OfficeForm of(OfficeDetails details, long version) {
        OfficeForm form = new OfficeForm();
        form.version = version;
        form.officeName = details.officeName();
        form.address = details.address();
        form.letterheadLine1 = details.letterheadLine1();
        form.letterheadLine2 = details.letterheadLine2();
        form.letterheadLine3 = details.letterheadLine3();
        form.city = details.city();
        form.headName = details.headName();
        form.headNip = details.headNip();
        form.headTitle = details.headTitle();
        form.letterNumberPrefix = details.letterNumberPrefix();
        return form;
    }

    /** The NIP's digits only, or null when blank. */
    String nipDigits() {
        return headNip == null || headNip.isBlank() ? null : headNip.replace(" ", "");
    }

    OfficeDetails toDetails() {
        return new OfficeDetails(officeName, address, letterheadLine1, letterheadLine2, letterheadLine3, city, headName,
                nipDigits(), headTitle, letterNumberPrefix);
    }
}
