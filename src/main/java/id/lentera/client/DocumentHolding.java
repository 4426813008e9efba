package id.lentera.client;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Whether someone holds a document, and its number where one is known. */
@Embeddable
public record DocumentHolding(
        @Enumerated(EnumType.STRING) @Column(name = "status") DocumentStatus status,
        @Column(name = "number") String number) {
}
