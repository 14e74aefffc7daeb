package io.onedoor.support.web;

import com.fasterxml.jackson.annotation.Nulls;
import io.onedoor.support.web.Problems.FieldProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Array;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads JSON request bodies. A {@code null} inside a list is refused (the specs declare no
 * nullable items, and a list of roles or scopes with a hole in it is nobody's intent). A body
 * that is JSON but whose values do not fit the request's types is read a second time, leniently,
 * so that the answer names every value at fault (each wrong type, unknown enum value, unknown
 * property and null item) rather than the first one the parser met.
 */
public class RequestBodyConverter extends JacksonJsonHttpMessageConverter {

    private final JsonMapper lenient;

    public RequestBodyConverter(JsonMapper json) {
        super(json.rebuild()
                .changeDefaultNullHandling(nulls -> nulls.withContentNulls(Nulls.FAIL))
                .build());
        this.lenient = json;
    }

    @Override
    public Object read(ResolvableType type, HttpInputMessage input, @Nullable Map<String, Object> hints)
            throws IOException, HttpMessageNotReadableException {
        byte[] body = input.getBody().readAllBytes();
        HttpInputMessage replay = new Replay(input.getHeaders(), body);
        Object read;
        try {
            read = super.read(type, replay, hints);
        } catch (HttpMessageNotReadableException strict) {
            throw unfit(type, replay, body, strict);
        }
        if (mayHoldNul(body)) {
            List<FieldProblem> problems = new ArrayList<>();
            JsonNode tree = lenient.readTree(body);
            if (nulCharacters(tree, "", problems)) {
                tree = lenient.nullNode();
            }
            if (!problems.isEmpty()) {
                // The rest of the body is checked as usual, without the texts at fault: a check
                // must not meet a NUL it cannot handle (a database query refuses it).
                Object partial = lenient.readerFor(lenient.constructType(type.getType()))
                        .withHandler(new Collector(new ArrayList<>()))
                        .readValue(tree);
                throw new UnfitBody(
                        new HttpMessageNotReadableException("a text holds the NUL character", replay),
                        replay,
                        problems,
                        partial);
            }
        }
        return read;
    }

    /** JSON spells a NUL character inside a string only as an escape; the body is scanned for it. */
    private static boolean mayHoldNul(byte[] body) {
        for (int i = 0; i + 5 < body.length; i++) {
            if (body[i] == '\\'
                    && body[i + 1] == 'u'
                    && body[i + 2] == '0'
                    && body[i + 3] == '0'
                    && body[i + 4] == '0'
                    && body[i + 5] == '0') {
                return true;
            }
        }
        return false;
    }

    /**
     * No text of the API may hold U+0000: PostgreSQL cannot store it, and no person types it.
     * Each text that does is noted and nulled in place; true if the node itself is such a text.
     */
    private static boolean nulCharacters(JsonNode node, String at, List<FieldProblem> problems) {
        if (node.isString() && node.asString().indexOf('\0') >= 0) {
            problems.add(new FieldProblem(at.isEmpty() ? "body" : at, "must not contain the NUL character"));
            return true;
        }
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (nulCharacters(array.get(i), at + "[" + i + "]", problems)) {
                    array.set(i, array.nullNode());
                }
            }
        } else if (node instanceof ObjectNode object) {
            for (String key : new ArrayList<>(object.propertyNames())) {
                String name = at.isEmpty() ? key : at + "." + key;
                if (key.indexOf('\0') >= 0) {
                    problems.add(new FieldProblem(name, "must not contain the NUL character"));
                    object.remove(key);
                } else if (nulCharacters(object.get(key), name, problems)) {
                    object.putNull(key);
                }
            }
        }
        return false;
    }

    private HttpMessageNotReadableException unfit(
            ResolvableType type, HttpInputMessage input, byte[] body, HttpMessageNotReadableException strict) {
        List<FieldProblem> problems = new ArrayList<>();
        Object partial;
        try {
            partial = lenient.readerFor(lenient.constructType(type.getType()))
                    .withHandler(new Collector(problems))
                    .readValue(body);
            nullItems(lenient.readTree(body), "", problems);
        } catch (JacksonException notJson) {
            // Not JSON at all, or a number no type holds: the first failure is all there is to say.
            return strict;
        }
        return problems.isEmpty() ? strict : new UnfitBody(strict, input, problems, partial);
    }

    private static void nullItems(JsonNode node, String at, List<FieldProblem> problems) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                if (node.get(i).isNull()) {
                    problems.add(new FieldProblem(at + "[" + i + "]", "must not be null"));
                } else {
                    nullItems(node.get(i), at + "[" + i + "]", problems);
                }
            }
        } else if (node.isObject()) {
            for (var property : node.properties()) {
                nullItems(
                        property.getValue(), at.isEmpty() ? property.getKey() : at + "." + property.getKey(), problems);
            }
        }
    }

    /** Notes each value that does not fit, puts nothing in its place and reads on. */
    private static final class Collector extends DeserializationProblemHandler {

        private final List<FieldProblem> problems;

        Collector(List<FieldProblem> problems) {
            this.problems = problems;
        }

        @Override
        public boolean handleUnknownProperty(
                DeserializationContext ctxt,
                JsonParser p,
                ValueDeserializer<?> deserializer,
                Object beanOrClass,
                String propertyName) {
            // The parser stands on the property's value: its path ends with the property's name.
            problems.add(new FieldProblem(orBody(path(p)), "unknown field"));
            p.skipChildren();
            return true;
        }

        @Override
        public @Nullable Object handleWeirdStringValue(
                DeserializationContext ctxt, Class<?> targetType, String value, String failureMsg) {
            return refuse(ctxt.getParser(), targetType);
        }

        @Override
        public @Nullable Object handleWeirdNumberValue(
                DeserializationContext ctxt, Class<?> targetType, Number value, String failureMsg) {
            return refuse(ctxt.getParser(), targetType);
        }

        @Override
        public @Nullable Object handleUnexpectedToken(
                DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p, String failureMsg) {
            Object nothing = refuse(p, targetType.getRawClass());
            p.skipChildren();
            return nothing;
        }

        @Override
        public @Nullable Object handleInstantiationProblem(
                DeserializationContext ctxt, Class<?> instClass, Object argument, Throwable t) {
            return refuse(ctxt.getParser(), instClass);
        }

        @Override
        public @Nullable Object handleMissingInstantiator(
                DeserializationContext ctxt,
                Class<?> instClass,
                ValueInstantiator valueInsta,
                JsonParser p,
                String msg) {
            Object nothing = refuse(p, instClass);
            p.skipChildren();
            return nothing;
        }

        private @Nullable Object refuse(JsonParser p, Class<?> type) {
            String field = orBody(path(p));
            if (type.isEnum()) {
                // The generated API enums answer their wire value from toString.
                List<String> allowed = Arrays.stream(type.getEnumConstants())
                        .map(String::valueOf)
                        .toList();
                problems.add(new FieldProblem(field, "must be one of " + String.join(", ", allowed), allowed));
            } else {
                problems.add(new FieldProblem(field, "has the wrong type or format"));
            }
            // A primitive cannot be left empty; its default stands in, the request is refused anyway.
            return type.isPrimitive() ? Array.get(Array.newInstance(type, 1), 0) : null;
        }

        private static String orBody(String path) {
            return path.isEmpty() ? "body" : path;
        }

        /** Where the parser is, as the problem's field names it: {@code parties[0].phone}. */
        private static String path(JsonParser p) {
            TokenStreamContext context = p.streamReadContext();
            // On the opening of an object or array, the context is the one it opened.
            if (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY) {
                context = context.getParent();
            }
            Deque<String> parts = new ArrayDeque<>();
            for (TokenStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
                if (at.inArray()) {
                    parts.push("[" + Math.max(at.getCurrentIndex(), 0) + "]");
                } else if (at.currentName() != null) {
                    parts.push("." + at.currentName());
                }
            }
            String path = String.join("", parts);
            return path.startsWith(".") ? path.substring(1) : path;
        }
    }

    /** The body, read once from the request, for a second reading. */
    private record Replay(HttpHeaders headers, byte[] body) implements HttpInputMessage {

        @Override
        public InputStream getBody() {
            return new ByteArrayInputStream(body);
        }

        @Override
        public HttpHeaders getHeaders() {
            return headers;
        }
    }
}
