package io.onedoor.cases.matter;

import io.onedoor.cases.pii.PersonalDataCipher;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/**
 * Stores ID and phone numbers sealed. Hibernate creates these through Spring (Boot installs
 * Spring's bean container), so they receive the cipher by constructor.
 */
final class SealedConverters {

    private SealedConverters() {}

    @Converter
    static final class IdNumbers implements AttributeConverter<@Nullable IdNumber, @Nullable String> {

        private final PersonalDataCipher cipher;

        IdNumbers(PersonalDataCipher cipher) {
            this.cipher = cipher;
        }

        @Override
        public @Nullable String convertToDatabaseColumn(@Nullable IdNumber number) {
            return number == null ? null : cipher.seal(number.value());
        }

        @Override
        public @Nullable IdNumber convertToEntityAttribute(@Nullable String sealed) {
            return sealed == null ? null : new IdNumber(cipher.open(sealed));
        }
    }

    @Converter
    static final class PhoneNumbers implements AttributeConverter<@Nullable PhoneNumber, @Nullable String> {

        private final PersonalDataCipher cipher;

        PhoneNumbers(PersonalDataCipher cipher) {
            this.cipher = cipher;
        }

        @Override
        public @Nullable String convertToDatabaseColumn(@Nullable PhoneNumber number) {
            return number == null ? null : cipher.seal(number.value());
        }

        @Override
        public @Nullable PhoneNumber convertToEntityAttribute(@Nullable String sealed) {
            return sealed == null ? null : new PhoneNumber(cipher.open(sealed));
        }
    }
}
