package id.lentera.client.web;

import id.lentera.client.HouseholdAddress;
import id.lentera.client.HouseholdView;
import id.lentera.client.NewHousehold;
import id.lentera.client.PersonFacts;
import id.lentera.client.Relationship;
import id.lentera.client.Sex;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/**
 * The address and KK of a household; when creating one for a client, also the client's place in it
 * and, if someone else heads it, who.
 */
@Getter
@Setter
class HouseholdForm {

    @Size(max = 25)
    private String kkNumber;

    @Size(max = 200)
    private String street;

    @Pattern(regexp = "^\\s*\\d{0,3}\\s*$", message = "{household.rtRw.format}")
    private String rt;

    @Pattern(regexp = "^\\s*\\d{0,3}\\s*$", message = "{household.rtRw.format}")
    private String rw;

    @NotBlank
    @Size(max = 13)
    private String kelurahanCode;

    @NotNull
    private Relationship clientRelationship = Relationship.HEAD;

    @Size(max = 120)
    private String headFullName;

    private Sex headSex;

    private Integer headBirthYear;

    private long version;

    HouseholdAddress toAddress() {
        return new HouseholdAddress(kkNumber, street, rt, rw, kelurahanCode);
    }

    NewHousehold toNewHousehold() {
        PersonFacts head = clientRelationship == Relationship.HEAD ? null
                : PersonFacts.basic(headFullName == null ? null : headFullName.strip(), headSex, headBirthYear);
        return new NewHousehold(toAddress(), clientRelationship, head);
    }

    static HouseholdForm of(HouseholdView household) {
        HouseholdForm form = new HouseholdForm();
        form.kkNumber = household.kkNumber();
        form.street = household.street();
        form.rt = household.rt();
        form.rw = household.rw();
        form.kelurahanCode = household.kelurahanCode();
        form.version = household.version();
        return form;
    }
}
