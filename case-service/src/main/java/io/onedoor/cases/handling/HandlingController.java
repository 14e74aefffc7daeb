package io.onedoor.cases.handling;

import io.onedoor.api.cases.HandlingApi;
import io.onedoor.api.cases.model.Attachment;
import io.onedoor.api.cases.model.HandlingRecordInput;
import io.onedoor.api.cases.model.Matter;
import io.onedoor.cases.configuration.CenterConfiguration;
import io.onedoor.cases.lifecycle.Actors;
import io.onedoor.cases.matter.HandlingKind;
import io.onedoor.cases.matter.MatterId;
import io.onedoor.cases.matter.MatterReach;
import io.onedoor.cases.web.MatterViews;
import io.onedoor.cases.web.StepEndpoint;
import io.onedoor.support.access.Caller;
import io.onedoor.support.access.RequestCaller;
import io.onedoor.support.web.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** Handling records and the files attached to a matter, over HTTP. */
@RestController
class HandlingController implements HandlingApi {

    /** The largest file a matter takes: 20 MB. */
    static final int MAX_BYTES = 20 * 1024 * 1024;

    private final StepEndpoint steps;
    private final Attachments attachments;
    private final HttpServletRequest request;

    HandlingController(StepEndpoint steps, Attachments attachments, HttpServletRequest request) {
        this.steps = steps;
        this.attachments = attachments;
        this.request = request;
    }

    @Override
    public ResponseEntity<Matter> addHandlingRecord(
            String tenant,
            UUID matterId,
            HandlingRecordInput input,
            @Nullable String ifMatch,
            @Nullable String idempotencyKey) {
        List<UUID> named = input.getAttachments() == null ? List.of() : List.copyOf(input.getAttachments());
        return steps.take(
                steps.center(tenant),
                matterId,
                ifMatch,
                new StepEndpoint.Request(idempotencyKey, "addHandlingRecord", List.of(matterId), input),
                (matter, actor, now) -> matter.addHandlingRecord(
                        HandlingKind.valueOf(input.getKind().getValue()), input.getSummary(), named, actor, now));
    }

    @Override
    public ResponseEntity<Attachment> uploadAttachment(String tenant, UUID matterId, String filename, Resource body) {
        CenterConfiguration center = steps.center(tenant);
        if (filename.isBlank() || filename.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            throw ProblemException.field(
                    HttpStatus.BAD_REQUEST, "validation", "filename", "must be a name without control characters");
        }
        if (filename.contains("/") || filename.contains("\\")) {
            throw ProblemException.field(
                    HttpStatus.BAD_REQUEST, "validation", "filename", "must be a file's name, not a path");
        }
        byte[] content = read(body);
        if (content.length == 0) {
            throw ProblemException.field(HttpStatus.BAD_REQUEST, "validation", "body", "is empty: a file is required");
        }
        MediaType type = MediaType.parseMediaType(Objects.requireNonNull(request.getContentType()));
        String declared = type.getType() + "/" + type.getSubtype();
        String actual = FileKinds.of(content)
                .orElseThrow(() -> unsupported("The file is not a PDF, JPEG or PNG by its content."));
        if (!actual.equals(declared)) {
            throw unsupported("The file is declared " + declared + " but its content is " + actual + ".");
        }
        Caller caller = RequestCaller.require();
        var stored = attachments.store(
                new MatterId(matterId),
                MatterReach.toWork(caller, center::subtree),
                filename,
                actual,
                content,
                Actors.of(caller));
        return ResponseEntity.created(URI.create("/api/v1/tenants/"
                        + center.tenant().value() + "/matters/" + matterId + "/attachments/" + stored.id()))
                .body(MatterViews.attachment(stored));
    }

    @Override
    public ResponseEntity<Resource> getAttachment(String tenant, UUID matterId, UUID attachmentId) {
        CenterConfiguration center = steps.center(tenant);
        MatterId matter = new MatterId(matterId);
        // Whoever may read the matter may read its files; for anyone else neither exists.
        attachments.readable(matter, MatterReach.toRead(RequestCaller.require(), center::subtree));
        var file = attachments
                .content(matter, attachmentId)
                .orElseThrow(() -> ProblemException.of(
                        HttpStatus.NOT_FOUND,
                        "attachment-not-found",
                        "Unknown attachment",
                        "No such file of this matter."));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .eTag("\"" + file.sha256() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.filename(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(new ByteArrayResource(file.content()));
    }

    /** The body, refused past the limit (the body-limit filter refuses a declared length first). */
    private static byte[] read(Resource body) {
        try (InputStream in = body.getInputStream()) {
            byte[] content = in.readNBytes(MAX_BYTES + 1);
            if (content.length > MAX_BYTES) {
                throw ProblemException.of(
                        HttpStatus.CONTENT_TOO_LARGE,
                        "content-too-large",
                        "Request body too large",
                        "A file attached to a matter is at most 20 MB.");
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProblemException unsupported(String detail) {
        return ProblemException.of(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Not a PDF, JPEG or PNG", detail);
    }
}
