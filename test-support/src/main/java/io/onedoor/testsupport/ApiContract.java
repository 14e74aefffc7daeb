package io.onedoor.testsupport;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The platform's OpenAPI documents (bundled in the api-server jar as {@code openapi/*.yaml}) as a
 * test holds every answer to them: an answer to an operation a document declares must have a
 * status, content type, headers and body that operation declares; a problem answer to anything
 * else must still be a problem as {@code problem.yaml} describes it. A generated client trusts
 * exactly this, so a drift here is a bug a client would meet.
 */
public final class ApiContract {

    /** Every document the platform serves. */
    public static final List<String> DOCUMENTS = List.of(
            "openapi/tenants.yaml",
            "openapi/cases.yaml",
            "openapi/identity.yaml",
            "openapi/configuration.yaml",
            "openapi/internal.yaml");

    private static final String PATH_MISSING = "validation.request.path.missing";
    private static final String OPERATION_NOT_ALLOWED = "validation.request.operation.notAllowed";
    private static final String ANY_PROBLEM = "/any-problem";

    /** What the gateway serves: the internal document's paths are not reachable through it. */
    public static final List<String> PUBLIC_DOCUMENTS = DOCUMENTS.stream()
            .filter(document -> !document.endsWith("/internal.yaml"))
            .toList();

    private static volatile ApiContract platform;
    private static volatile ApiContract gateway;

    private final List<OpenApiInteractionValidator> documents;
    private final OpenApiInteractionValidator problems;

    private ApiContract(List<String> locations) {
        this.documents = locations.stream().map(ApiContract::validator).toList();
        this.problems = OpenApiInteractionValidator.createFor(anyProblem()).build();
    }

    /** Every document, as a service answers a caller on its own port; read once per JVM. */
    public static ApiContract platform() {
        ApiContract known = platform;
        if (known == null) {
            synchronized (ApiContract.class) {
                known = platform;
                if (known == null) {
                    known = new ApiContract(DOCUMENTS);
                    platform = known;
                }
            }
        }
        return known;
    }

    /** The public documents, as the gateway answers; read once per JVM. */
    public static ApiContract gateway() {
        ApiContract known = gateway;
        if (known == null) {
            synchronized (ApiContract.class) {
                known = gateway;
                if (known == null) {
                    known = new ApiContract(PUBLIC_DOCUMENTS);
                    gateway = known;
                }
            }
        }
        return known;
    }

    /**
     * What is wrong with an answer, as the validator words it; empty when it keeps the contract.
     *
     * @param target the request's path, raw (percent-encoded) and with or without its query
     */
    public List<String> violations(
            String method, String target, int status, Map<String, List<String>> headers, byte[] body) {
        String path = URI.create(target).getRawPath();
        Request.Method verb = Request.Method.valueOf(method.toUpperCase(Locale.ROOT));
        SimpleResponse response = response(status, headers, body);
        for (OpenApiInteractionValidator document : documents) {
            ValidationReport report = document.validateResponse(path, verb, response);
            if (report.getMessages().stream().anyMatch(m -> m.getKey().equals(PATH_MISSING))) {
                continue;
            }
            if (report.getMessages().stream().anyMatch(m -> m.getKey().equals(OPERATION_NOT_ALLOWED))) {
                break;
            }
            return errors(report);
        }
        // No operation of the contract: nothing to hold the answer to but the problem shape.
        if (isProblem(headers)) {
            return errors(problems.validateResponse(ANY_PROBLEM, Request.Method.GET, response));
        }
        return List.of();
    }

    /** Fails (an AssertionError naming the request and every violation) when the answer breaks the contract. */
    public void check(String method, String target, int status, Map<String, List<String>> headers, byte[] body) {
        List<String> violations = violations(method, target, status, headers, body);
        if (!violations.isEmpty()) {
            String text = new String(body, StandardCharsets.UTF_8);
            throw new AssertionError("the answer to " + method + " " + target + " (" + status
                    + ") breaks the API contract:\n  " + String.join("\n  ", violations) + "\nbody: "
                    + (text.length() > 2000 ? text.substring(0, 2000) + "..." : text));
        }
    }

    private static List<String> errors(ValidationReport report) {
        List<String> errors = new ArrayList<>();
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() == ValidationReport.Level.ERROR) {
                // Where in the body, e.g. /parties/0/idNumber, when the schema check says.
                String where = message.getContext()
                        .flatMap(ValidationReport.MessageContext::getPointers)
                        .map(pointers -> " at " + pointers.getInstance())
                        .orElse("");
                errors.add(message.getKey() + where + ": " + message.getMessage());
            }
        }
        return errors;
    }

    private static SimpleResponse response(int status, Map<String, List<String>> headers, byte[] body) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        headers.forEach((name, values) -> {
            // HTTP/2 pseudo-headers and the JDK's status line are no headers of the answer.
            if (!name.startsWith(":")) {
                response.withHeader(name, values);
            }
        });
        if (body.length > 0) {
            response.withBody(body);
        }
        return response.build();
    }

    private static boolean isProblem(Map<String, List<String>> headers) {
        return headers.entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase("Content-Type"))
                .flatMap(header -> header.getValue().stream())
                .anyMatch(type -> type.toLowerCase(Locale.ROOT).startsWith("application/problem+json"));
    }

    private static OpenApiInteractionValidator validator(String location) {
        return OpenApiInteractionValidator.createFor(read(location)).build();
    }

    private static OpenAPI read(String location) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        // Answers shared through problem.yaml are referenced, not written out, in each operation.
        options.setResolveFully(true);
        var result = new OpenAPIV3Parser().readLocation(location, null, options);
        if (result.getOpenAPI() == null || !result.getMessages().isEmpty()) {
            throw new IllegalStateException("cannot read " + location + ": " + result.getMessages());
        }
        return result.getOpenAPI();
    }

    /** problem.yaml with one operation whose every answer is a problem, to hold answers no operation declares. */
    private static OpenAPI anyProblem() {
        OpenAPI document = read("openapi/problem.yaml");
        var problem = new Content()
                .addMediaType(
                        "application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")));
        var answers = new ApiResponses()
                .addApiResponse(
                        "default", new ApiResponse().description("a problem").content(problem));
        document.setPaths(new Paths().addPathItem(ANY_PROBLEM, new PathItem().get(new Operation().responses(answers))));
        return document;
    }
}
