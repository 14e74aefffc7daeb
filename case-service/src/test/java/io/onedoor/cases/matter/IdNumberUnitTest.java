package io.onedoor.cases.matter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumberUnitTest {

    @ParameterizedTest
    @ValueSource(strings = {"654301198001011232", "11010519491231002X", "150102197511304560"})
    void residentIdNumberWithRightCheckDigitIsAccepted(String number) {
        assertThat(IdNumber.of(PartyKind.PERSON, number).value()).isEqualTo(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"654301198001011231", "110105194912310021", "15010219751130456X"})
    void residentIdNumberWithWrongCheckDigitIsRefusedWithoutRepeatingIt(String number) {
        assertThatThrownBy(() -> IdNumber.of(PartyKind.PERSON, number))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("GB 11643")
                .hasMessageNotContaining(number);
    }

    @Test
    void organizationCodeIsCheckedForShapeOnly() {
        assertThat(IdNumber.of(PartyKind.ORGANIZATION, "91654301MA78XXXX0K").value())
                .isEqualTo("91654301MA78XXXX0K");
        assertThatThrownBy(() -> IdNumber.of(PartyKind.PERSON, "91654301MA78XXXX0K"))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> IdNumber.of(PartyKind.ORGANIZATION, "9165430"))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void numbersPrintMaskedEverywhereButTheirValue() {
        IdNumber id = new IdNumber("654301198001011232");
        PhoneNumber mobile = new PhoneNumber("13812345678");
        PhoneNumber landline = new PhoneNumber("0991-2345678");

        assertThat(id.masked()).isEqualTo("6543**********1232");
        assertThat(mobile.masked()).isEqualTo("138****5678");
        assertThat(landline.masked()).isEqualTo("099*****5678");
        Party party = new Party(PartyKind.PERSON, PartyRole.APPLICANT, "张三", id, mobile);
        assertThat(String.valueOf(id) + mobile + party)
                .doesNotContain("654301198001011232")
                .doesNotContain("13812345678")
                .doesNotContain("张三");
    }

    @Test
    void matterCodeJoinsDivisionYearAndSixDigitNumber() {
        assertThat(MatterCode.of("654301", 2026, 42).value()).isEqualTo("654301-2026-000042");
        assertThat(MatterCode.of("654301", 2026, 1_234_567).value()).isEqualTo("654301-2026-1234567");
    }
}
