package io.onedoor.support.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.onedoor.support.web.Problems.FieldProblem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.ResolvableType;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

class RequestBodyConverterUnitTest {

    private final RequestBodyConverter converter = new RequestBodyConverter(JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build());

    @Test
    void namesEveryValueThatDoesNotFitNotOnlyTheFirst() {
        String body = """
                {"channel": "CARRIER_PIGEON", "amount": "a lot", "parties": [{"name": {"first": "张"}, "age": "three"}],
                 "tags": ["a", null], "color": "blue"}""";

        assertThatThrownBy(() -> read(body)).isInstanceOfSatisfying(UnfitBody.class, unfit -> {
            assertThat(unfit.problems())
                    .extracting(FieldProblem::field)
                    .containsExactlyInAnyOrder(
                            "channel", "amount", "parties[0].name", "parties[0].age", "tags[1]", "color");
            assertThat(unfit.problems())
                    .filteredOn(problem -> problem.field().equals("channel"))
                    .extracting(FieldProblem::message)
                    .containsExactly("must be one of WALK_IN, PHONE");
            assertThat(unfit.partial()).isInstanceOfSatisfying(Registration.class, partial -> {
                assertThat(partial.channel).isNull();
                assertThat(partial.parties).hasSize(1);
            });
        });
    }

    @Test
    void refusesANullInsideAList() {
        assertThatThrownBy(() -> read("{\"tags\": [null]}"))
                .isInstanceOfSatisfying(UnfitBody.class, unfit -> assertThat(unfit.problems())
                        .containsExactly(new FieldProblem("tags[0]", "must not be null")));
    }

    @Test
    void refusesANulCharacterInAnyTextNamingWhereItIs() {
        assertThatThrownBy(() -> read("{\"description\": \"ab\\u0000c\", \"tags\": [\"ok\", \"\\u0000\"]}"))
                .isInstanceOfSatisfying(UnfitBody.class, unfit -> {
                    assertThat(unfit.problems())
                            .extracting(FieldProblem::field)
                            .containsExactly("description", "tags[1]");
                    // The rest is read for the other checks, the texts at fault left out.
                    assertThat(unfit.partial()).isInstanceOfSatisfying(Registration.class, partial -> {
                        assertThat(partial.description).isNull();
                        assertThat(partial.tags).containsExactly("ok", null);
                    });
                });
    }

    @Test
    void leavesABodyThatIsNotJsonToTheFirstFailure() {
        assertThatThrownBy(() -> read("{\"tags\": ["))
                .isInstanceOf(HttpMessageNotReadableException.class)
                .isNotInstanceOf(UnfitBody.class);
    }

    @Test
    void readsAFittingBodyAsItIs() throws Exception {
        Registration read = (Registration) read("{\"channel\": \"PHONE\", \"amount\": 5, \"tags\": [\"x\"]}");

        assertThat(read.channel).isEqualTo(Channel.PHONE);
        assertThat(read.amount).isEqualTo(5L);
        assertThat(read.tags).containsExactly("x");
    }

    private Object read(String body) throws Exception {
        var input = new MockHttpInputMessage(body.getBytes(StandardCharsets.UTF_8));
        input.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        return converter.read(ResolvableType.forClass(Registration.class), input, null);
    }

    /** Shaped like the generated models: an enum with a creator that throws, boxed numbers, lists. */
    static class Registration {
        public Channel channel;
        public Long amount;
        public String description;
        public List<Party> parties;
        public List<String> tags;
    }

    static class Party {
        public String name;
        public Integer age;
    }

    enum Channel {
        WALK_IN,
        PHONE;

        @JsonValue
        public String value() {
            return name();
        }

        @JsonCreator
        public static Channel fromValue(String value) {
            for (Channel channel : values()) {
                if (channel.name().equals(value)) {
                    return channel;
                }
            }
            throw new IllegalArgumentException("Unexpected value '" + value + "'");
        }
    }
}
