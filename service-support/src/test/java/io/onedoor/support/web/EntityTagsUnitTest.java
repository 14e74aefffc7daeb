package io.onedoor.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityTagsUnitTest {

    @Test
    void tagIsTheQuotedVersion() {
        assertThat(EntityTags.of(3)).isEqualTo("\"3\"");
    }

    @Test
    void ifMatchAcceptsTheCurrentEtagInAnyForm() {
        assertThat(EntityTags.matches(null, 3)).isTrue();
        assertThat(EntityTags.matches("\"3\"", 3)).isTrue();
        assertThat(EntityTags.matches("W/\"3\"", 3)).isTrue();
        assertThat(EntityTags.matches("\"1\", \"3\"", 3)).isTrue();
        assertThat(EntityTags.matches("*", 3)).isTrue();
        assertThat(EntityTags.matches("\"2\"", 3)).isFalse();
        assertThat(EntityTags.matches("3", 3)).isFalse();
    }
}
