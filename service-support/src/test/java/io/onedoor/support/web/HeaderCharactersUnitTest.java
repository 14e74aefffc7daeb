package io.onedoor.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The header checks decide as Spring Security's default expressions do (which they replace for
 * speed): the same answer for every character of the Basic Multilingual Plane and for headers a
 * request could carry.
 */
class HeaderCharactersUnitTest {

    // Spring Security's defaults in StrictHttpFirewall, written out here as the reference.
    private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void everyCharacterOfTheBasicPlaneIsJudgedAsTheFirewallsExpressionsJudgeIt() {
        IntStream.rangeClosed(0, 0xFFFF).mapToObj(Character::toString).forEach(character -> {
            assertThat(HeaderCharacters.allowedName(character))
                    .as("name U+%04X", (int) character.charAt(0))
                    .isEqualTo(NAMES.matcher(character).matches());
            assertThat(HeaderCharacters.allowedValue(character))
                    .as("value U+%04X", (int) character.charAt(0))
                    .isEqualTo(VALUES.matcher(character).matches());
        });
    }

    @Test
    void headersARequestCarriesAreJudgedAsTheExpressionsJudgeThem() {
        List<String> headers = List.of(
                "",
                "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln",
                "application/json; charset=utf-8",
                "张三 <zhang@example.cn>",
                "a\tb",
                "evil\r\nX-Injected: 1",
                "nul\u0000",
                "del\u007F",
                "c1\u0085",
                "unassigned\u0378",
                "emoji 😀",
                "lone surrogate \uD83D",
                "astral unassigned " + new String(Character.toChars(0xE0080)));
        for (String header : headers) {
            assertThat(HeaderCharacters.allowedName(header))
                    .as(header)
                    .isEqualTo(NAMES.matcher(header).matches());
            assertThat(HeaderCharacters.allowedValue(header))
                    .as(header)
                    .isEqualTo(VALUES.matcher(header).matches());
        }
        assertThat(HeaderCharacters.allowedValue("evil\r\nX-Injected: 1")).isFalse();
        assertThat(HeaderCharacters.allowedValue("a\tb")).isTrue();
        assertThat(HeaderCharacters.allowedName("a\tb")).isFalse();
    }
}
