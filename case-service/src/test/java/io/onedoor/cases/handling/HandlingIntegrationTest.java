package io.onedoor.cases.handling;

import static io.onedoor.cases.Desk.fields;
import static io.onedoor.cases.Desk.id;
import static io.onedoor.cases.Desk.list;
import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.cases.CaseApi;
import io.onedoor.cases.CaseApi.Binary;
import io.onedoor.cases.CaseApi.Response;
import io.onedoor.cases.CaseServiceTest;
import io.onedoor.cases.Desk;
import io.onedoor.cases.Requests;
import io.onedoor.cases.TestTokens;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.testsupport.TestIssuer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * 办理: human resources visits the contractor's site, photographs the machinery log and scans the
 * signed statement; the records and their files are on the matter, byte for byte.
 */
@CaseServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HandlingIntegrationTest {

    static final byte[] PDF =
            "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    CaseApi api;

    @Autowired
    JdbcTemplate jdbc;

    TenantCode altay;
    Desk desk;
    CaseApi staff;
    CaseApi hrss;
    CaseApi police;
    CaseApi auditor;

    @BeforeAll
    void center() {
        altay = api.onboard("altay-handling", "654301");
        desk = new Desk(api, altay);
        staff = api.as(TestTokens.ISSUER.token(TestIssuer.staff(altay.value(), Requests.ORG_UNIT)));
        hrss = desk.departmentStaff("hrss");
        police = desk.departmentStaff("police");
        auditor = api.as(TestTokens.ISSUER.token(
                TestIssuer.person("AUDITOR", altay.value(), "650000", Requests.ORG_UNIT, "cases:read")));
    }

    @Test
    void aDepartmentRecordsItsVisitWithThePhotoAndTheScanItTook() throws Exception {
        Response dispatched = dispatched("a site visit");
        Response photo = upload(hrss, dispatched, "机械台班记录.png", Requests.PNG, "image/png");
        Response scan = upload(hrss, dispatched, "承包方书面说明.pdf", PDF, "application/pdf");
        assertThat(photo.status()).as(photo.text()).isEqualTo(201);
        assertThat(scan.status()).as(scan.text()).isEqualTo(201);
        assertThat(photo.body().path("sha256").asString())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(Requests.PNG)));
        assertThat(photo.body().path("sizeBytes").asLong()).isEqualTo(Requests.PNG.length);
        assertThat(photo.headers().getLocation()).isNotNull();

        Response recorded = step(
                hrss,
                dispatched,
                "/handling-records",
                Map.of(
                        "kind", "VISIT",
                        "summary", "到工地核对机械台班，承包方出具书面说明",
                        "attachments", List.of(id(photo), id(scan))));
        assertThat(recorded.status()).as(recorded.text()).isEqualTo(200);
        JsonNode record = recorded.body().path("handlingRecords").get(0);
        assertThat(record.path("kind").asString()).isEqualTo("VISIT");
        assertThat(record.path("department").asString()).isEqualTo("hrss");
        assertThat(record.path("attachments").toString()).contains(id(photo), id(scan));
        assertThat(list(recorded.body().path("attachments")))
                .extracting(file -> file.path("filename").asString())
                .containsExactly("机械台班记录.png", "承包方书面说明.pdf");

        // An auditor reads the file back exactly, with its type, its name and its digest.
        Response file = auditor.send("GET", attachmentPath(dispatched, id(scan)), null, null);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.headers().getContentType().toString()).isEqualTo("application/pdf");
        assertThat(file.text()).isEqualTo(new String(PDF, StandardCharsets.US_ASCII));
        assertThat(file.headers().getETag())
                .isEqualTo("\"" + scan.body().path("sha256").asString() + "\"");
        assertThat(file.headers().getContentDisposition().getFilename()).isEqualTo("承包方书面说明.pdf");
        assertThat(file.headers().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");

        Response timeline = staff.send("GET", matterPath(dispatched) + "/timeline", null, null);
        JsonNode last = list(timeline.body().path("items")).getLast();
        assertThat(last.path("kind").asString()).isEqualTo("HANDLING_RECORDED");
        assertThat(last.path("department").asString()).isEqualTo("hrss");
    }

    @Test
    void aFileIsTakenForWhatItsBytesAreNotForWhatItIsCalled() {
        Response dispatched = dispatched("files that lie");
        Response pngCalledPdf = upload(hrss, dispatched, "scan.pdf", Requests.PNG, "application/pdf");
        assertThat(pngCalledPdf.status()).isEqualTo(415);
        assertThat(pngCalledPdf.body().path("detail").asString()).contains("image/png");
        Response script = upload(
                hrss,
                dispatched,
                "photo.png",
                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8),
                "image/png");
        assertThat(script.status()).isEqualTo(415);
        Response text = staff.send(
                "POST",
                matterPath(dispatched) + "/attachments?filename=notes.txt",
                new Binary("just notes".getBytes(StandardCharsets.UTF_8), "text/plain"),
                null);
        assertThat(text.status()).isEqualTo(415);

        for (String name : List.of("scan\u0000.pdf", "../../etc/passwd.pdf", " ")) {
            Response badName = upload(hrss, dispatched, name, PDF, "application/pdf");
            assertThat(badName.status()).as(name).isEqualTo(400);
            assertThat(fields(badName)).as(name).containsExactly("filename");
        }

        byte[] tooLarge = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy(Requests.PNG, 0, tooLarge, 0, Requests.PNG.length);
        Response huge = upload(hrss, dispatched, "huge.png", tooLarge, "image/png");
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.problemType()).endsWith("/content-too-large");

        assertThat(jdbc.queryForObject(
                        "select count(*) from " + altay.quotedSchemaName() + ".matter_attachment", Integer.class))
                .as("no refused file is stored")
                .isEqualTo(goodUploads);
    }

    @Test
    void aRecordNamesOnlyThisMattersFilesAndOnlyAHoldingDepartmentRecords() {
        Response mine = dispatched("my matter");
        Response other = dispatched("someone else's matter");
        Response foreign = upload(staff, other, "other.png", Requests.PNG, "image/png");

        Response borrowed = step(
                hrss,
                mine,
                "/handling-records",
                Map.of("kind", "DOCUMENT", "summary", "借用别的案件的材料", "attachments", List.of(id(foreign))));
        assertThat(borrowed.status()).isEqualTo(422);
        assertThat(list(borrowed.body().path("errors")))
                .extracting(error -> error.path("field").asString())
                .containsExactly("attachments[0]");

        Response notHolding = step(police, mine, "/handling-records", Map.of("kind", "CALL", "summary", "电话了解情况"));
        assertThat(notHolding.status()).isEqualTo(403);

        // Another matter's file is not served through this matter's path either.
        Response crossRead = staff.send("GET", attachmentPath(mine, id(foreign)), null, null);
        assertThat(crossRead.status()).isEqualTo(404);
    }

    @Test
    void aFinishedMatterTakesNoFiles() {
        Response dispatched = dispatched("withdrawn before the visit");
        Response withdrawn = step(staff, dispatched, "/withdrawal", Map.of("reason", "当事人撤回"));
        assertThat(withdrawn.status()).isEqualTo(200);
        Response late = upload(staff, withdrawn, "late.png", Requests.PNG, "image/png");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body().path("matterStatus").asString()).isEqualTo("WITHDRAWN");
    }

    /** Files this class has had stored in its center, so far. */
    private int goodUploads;

    private Response upload(CaseApi as, Response matter, String filename, byte[] bytes, String type) {
        Response answer = as.send(
                "POST",
                matterPath(matter) + "/attachments?filename="
                        + java.net.URLEncoder.encode(filename, StandardCharsets.UTF_8),
                new Binary(bytes, type),
                null);
        if (answer.status() == 201) {
            goodUploads++;
        }
        return answer;
    }

    private Response dispatched(String marker) {
        Response registered = api.register(altay, Requests.machineryRent(marker));
        assertThat(registered.status()).isEqualTo(201);
        Response dispatched = step(staff, registered, "/dispatch", Map.of());
        assertThat(dispatched.status()).isEqualTo(200);
        return dispatched;
    }

    private Response step(CaseApi as, Response matter, String path, Object body) {
        String etag = staff.get(altay, id(matter)).headers().getETag();
        return as.send("POST", matterPath(matter) + path, body, null, Map.of("If-Match", etag));
    }

    private String matterPath(Response matter) {
        return desk.path(matter);
    }

    private String attachmentPath(Response matter, String attachment) {
        return matterPath(matter) + "/attachments/" + attachment;
    }
}
