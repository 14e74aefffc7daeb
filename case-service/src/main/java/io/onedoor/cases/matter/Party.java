package io.onedoor.cases.matter;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A person or organization involved in a matter, with its role. */
@Embeddable
public class Party {

    @Enumerated(EnumType.STRING)
    private PartyKind kind;

    @Enumerated(EnumType.STRING)
    private PartyRole role;

    private String name;

    @Column(name = "id_number_sealed")
    @Convert(converter = SealedConverters.IdNumbers.class)
    private @Nullable IdNumber idNumber;

    @Column(name = "phone_sealed")
    @Convert(converter = SealedConverters.PhoneNumbers.class)
    private @Nullable PhoneNumber phone;

    public Party(
            PartyKind kind, PartyRole role, String name, @Nullable IdNumber idNumber, @Nullable PhoneNumber phone) {
        if (name.isBlank() || name.length() > 100) {
            throw new InvalidValueException("a party's name must have 1 to 100 characters");
        }
        if (idNumber != null) {
            idNumber.requireFits(kind);
        }
        this.kind = Objects.requireNonNull(kind);
        this.role = Objects.requireNonNull(role);
        this.name = name;
        this.idNumber = idNumber;
        this.phone = phone;
    }

    protected Party() {
        // for JPA
    }

    public PartyKind kind() {
        return kind;
    }

    public PartyRole role() {
        return role;
    }

    public String name() {
        return name;
    }

    public Optional<IdNumber> idNumber() {
        return Optional.ofNullable(idNumber);
    }

    public Optional<PhoneNumber> phone() {
        return Optional.ofNullable(phone);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Party party
                && kind == party.kind
                && role == party.role
                && name.equals(party.name)
                && Objects.equals(idNumber, party.idNumber)
                && Objects.equals(phone, party.phone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, role, name, idNumber, phone);
    }

    @Override
    public String toString() {
        // Numbers print masked (see IdNumber and PhoneNumber); the name is left out entirely.
        return "Party[" + kind + ", " + role + ", id=" + idNumber + ", phone=" + phone + "]";
    }
}
