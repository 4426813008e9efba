package id.lentera.client.web;

import id.lentera.client.Relationship;
import jakarta.validation.constraints.NotNull;
import lombok.Getter;
import lombok.Setter;

/** Who heads the household from now on, and what the former head becomes. */
@Getter
@Setter
class ChangeHeadForm {

    @NotNull
    private Long newHeadMemberId;

    @NotNull
    private Relationship formerHeadRelationship;

    private long version;
}
