package io.onedoor.tenants.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DivisionUnitTest {

    @Test
    void knowsTheProvinceLevelDivisions() {
        assertThat(Division.isProvince("650000")).isTrue();
        assertThat(Division.isProvince("150000")).isTrue();
        assertThat(Division.isProvince("820000")).isTrue();
        assertThat(Division.isProvince("160000")).isFalse();
        assertThat(Division.isProvince("990000")).isFalse();
        assertThat(Division.isProvince("654300")).isFalse();
    }

    @Test
    void tellsCitiesFromCounties() {
        assertThat(new Division("654300").isCityLevel()).isTrue();
        assertThat(new Division("654301").isCountyLevel()).isTrue();
        assertThat(new Division("650000").isCityLevel()).isFalse();
        assertThat(new Division("650000").isCountyLevel()).isFalse();
    }

    @Test
    void cityContainsItsCountiesOnly() {
        Division baotou = new Division("150200");

        assertThat(baotou.contains(new Division("150222"))).isTrue();
        assertThat(baotou.contains(new Division("150102"))).isFalse();
        assertThat(new Division("659001").isAdministeredByProvince()).isTrue();
        assertThat(new Division("150222").isAdministeredByProvince()).isFalse();
    }
}
