package io.onedoor.cases.performance;

import static io.onedoor.cases.Desk.fields;
import static io.onedoor.cases.Desk.list;
import static io.onedoor.cases.Desk.steps;
import static org.assertj.core.api.Assertions.assertThat;

import io.onedoor.cases.CaseApi;
import io.onedoor.cases.CaseApi.Response;
import io.onedoor.cases.CaseServiceTest;
import io.onedoor.cases.Desk;
import io.onedoor.cases.Requests;
import io.onedoor.cases.TestTokens;
import io.onedoor.support.tenancy.TenantCode;
import io.onedoor.testsupport.TestIssuer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * What an outcome says beyond its kind, and how the center follows it after closing: Gaochang's
 * payment agreement of 62,800 yuan paid in instalments while the petition window follows
 * performance, and Guyang's tutoring fee of 7,000 yuan confirmed by the court (司法确认).
 */
@CaseServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutcomeDetailsIntegrationTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    CaseApi api;

    TenantCode gaochang;
    Desk desk;
    CaseApi staff;

    @BeforeAll
    void center() {
        gaochang = api.onboard("gaochang-outcome", "654301");
        desk = new Desk(api, gaochang);
        staff = api.as(TestTokens.ISSUER.token(TestIssuer.staff(gaochang.value(), Requests.ORG_UNIT)));
    }

    @Test
    void instalmentsOfAPaymentAgreementArePaidOneByOneAfterTheMatterIsClosed() {
        Response handling = inHandling("Xu owes 62,800 for fence repairs");
        Response agreed = step(
                handling,
                "/outcome",
                Map.of(
                        "kind",
                        "PAYMENT_AGREEMENT",
                        "summary",
                        "徐某分两期支付修缮围栏工钱",
                        "amountFen",
                        6_280_000,
                        "instalments",
                        List.of(
                                Map.of("amountFen", 3_000_000, "dueOn", TODAY.toString()),
                                Map.of(
                                        "amountFen",
                                        3_280_000,
                                        "dueOn",
                                        TODAY.plusDays(30).toString()))));
        assertThat(agreed.status()).as(agreed.text()).isEqualTo(200);
        assertThat(list(agreed.body().path("outcome").path("instalments")))
                .extracting(instalment -> instalment.path("number").asInt() + "/"
                        + instalment.path("amountFen").asLong() + "/"
                        + instalment.path("status").asString())
                .containsExactly("1/3000000/UNPAID", "2/3280000/UNPAID");
        assertThat(steps(agreed)).contains("recordInstalmentPayment");

        Response closed = step(complete(agreed), "/closure", Map.of());
        assertThat(closed.body().path("status").asString()).isEqualTo("CLOSED");
        assertThat(steps(closed)).containsExactly("recordInstalmentPayment", "recordFollowUp");

        // The petition window follows performance after closing.
        Response firstPaid = step(closed, "/outcome/instalments/1/payment", Map.of("paidOn", TODAY.toString()));
        assertThat(firstPaid.status()).as(firstPaid.text()).isEqualTo(200);
        assertThat(firstPaid.body().path("status").asString()).isEqualTo("CLOSED");
        List<JsonNode> instalments = list(firstPaid.body().path("outcome").path("instalments"));
        assertThat(instalments.getFirst().path("status").asString()).isEqualTo("PAID");
        assertThat(instalments.getFirst().path("paidOn").asString()).isEqualTo(TODAY.toString());
        assertThat(instalments.getFirst().path("overdue").asBoolean()).isFalse();
        assertThat(instalments.getLast().path("status").asString()).isEqualTo("UNPAID");

        Response twice = step(firstPaid, "/outcome/instalments/1/payment", Map.of("paidOn", TODAY.toString()));
        assertThat(twice.status()).isEqualTo(409);
        Response noSuch = step(firstPaid, "/outcome/instalments/3/payment", Map.of("paidOn", TODAY.toString()));
        assertThat(noSuch.status()).isEqualTo(404);
        assertThat(noSuch.problemType()).endsWith("/instalment-not-found");
        Response future = step(
                firstPaid,
                "/outcome/instalments/2/payment",
                Map.of("paidOn", TODAY.plusDays(1).toString()));
        assertThat(future.status()).isEqualTo(422);
        assertThat(fields(future)).containsExactly("paidOn");

        // The visit does not wait for the last instalment, nor does the following stop at it.
        Response visited = step(firstPaid, "/follow-ups", Map.of("satisfaction", "SATISFIED"));
        assertThat(visited.body().path("status").asString()).isEqualTo("FOLLOWED_UP");
        assertThat(steps(visited)).containsExactly("recordInstalmentPayment");
        Response paidInFull = step(visited, "/outcome/instalments/2/payment", Map.of("paidOn", TODAY.toString()));
        assertThat(paidInFull.status()).as(paidInFull.text()).isEqualTo(200);
        assertThat(list(paidInFull.body().path("outcome").path("instalments")))
                .extracting(instalment -> instalment.path("status").asString())
                .containsExactly("PAID", "PAID");
        assertThat(steps(paidInFull)).isEmpty();

        List<JsonNode> payments =
                list(staff.send("GET", matterPath(handling) + "/timeline", null, null)
                                .body()
                                .path("items"))
                        .stream()
                        .filter(event -> event.path("kind").asString().equals("INSTALMENT_PAID"))
                        .toList();
        assertThat(payments)
                .extracting(event -> event.path("details").path("number").asInt() + "/"
                        + event.path("details").path("unpaid").asInt())
                .containsExactly("1/1", "2/0");
    }

    @Test
    void instalmentsThatDoNotAddUpOrRunBackwardsAreRefusedNamingTheField() {
        Response handling = inHandling("instalments that do not add up");

        Response shortOfTheAmount = step(
                handling,
                "/outcome",
                payment(6_280_000, List.of(instalment(3_000_000, TODAY), instalment(3_000_000, TODAY.plusDays(30)))));
        assertThat(shortOfTheAmount.status()).isEqualTo(422);
        assertThat(fields(shortOfTheAmount)).containsExactly("instalments");

        Response backwards = step(
                handling,
                "/outcome",
                payment(6_280_000, List.of(instalment(3_000_000, TODAY.plusDays(30)), instalment(3_280_000, TODAY))));
        assertThat(backwards.status()).isEqualTo(422);
        assertThat(fields(backwards)).containsExactly("instalments[1].dueOn");

        Map<String, Object> agreement = new HashMap<>(payment(6_280_000, List.of(instalment(6_280_000, TODAY))));
        agreement.put("kind", "MEDIATED_AGREEMENT");
        Response notAPayment = step(handling, "/outcome", agreement);
        assertThat(notAPayment.status()).isEqualTo(422);
        assertThat(fields(notAPayment)).containsExactly("instalments");

        Response unresolved = step(handling, "/outcome", Map.of("kind", "NOT_RESOLVED", "summary", "未达成一致"));
        assertThat(unresolved.status()).isEqualTo(422);
        assertThat(fields(unresolved)).containsExactly("reason");

        // Paid at once, as before instalments: no instalments to follow.
        Response atOnce = step(
                handling, "/outcome", Map.of("kind", "PAYMENT_AGREEMENT", "summary", "当场付清", "amountFen", 4_160_000));
        assertThat(atOnce.status()).as(atOnce.text()).isEqualTo(200);
        assertThat(atOnce.body().path("outcome").has("instalments")).isFalse();
        assertThat(steps(atOnce)).doesNotContain("recordInstalmentPayment");
    }

    @Test
    void aJudicialConfirmationIsAppliedForWithinThirtyDaysAndRecordedWhenTheCourtRules() {
        Response handling = inHandling("a tutoring fee of 7,000 unpaid since 2023");

        Response incomplete = step(
                handling,
                "/outcome",
                Map.of("kind", "JUDICIAL_CONFIRMATION", "summary", "调解协议申请司法确认", "amountFen", 700_000));
        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(fields(incomplete)).containsExactly("court", "agreementEffectiveOn");

        LocalDate effective = TODAY.minusDays(2);
        Response agreed = step(
                handling,
                "/outcome",
                Map.of(
                        "kind", "JUDICIAL_CONFIRMATION",
                        "summary", "调解协议申请司法确认",
                        "amountFen", 700_000,
                        "court", "固阳县人民法院",
                        "agreementEffectiveOn", effective.toString()));
        assertThat(agreed.status()).as(agreed.text()).isEqualTo(200);
        JsonNode confirmation = agreed.body().path("outcome").path("judicialConfirmation");
        assertThat(confirmation.path("court").asString()).isEqualTo("固阳县人民法院");
        assertThat(confirmation.path("agreementEffectiveOn").asString()).isEqualTo(effective.toString());
        assertThat(confirmation.path("applyBy").asString())
                .isEqualTo(effective.plusDays(30).toString());
        assertThat(confirmation.has("number")).isFalse();
        assertThat(steps(agreed)).contains("recordJudicialConfirmation");

        Response tooEarly = step(
                agreed,
                "/outcome/judicial-confirmation",
                Map.of("acceptedOn", effective.minusDays(1).toString()));
        assertThat(tooEarly.status()).isEqualTo(422);
        assertThat(fields(tooEarly)).containsExactly("acceptedOn");

        Response acceptedBeforeApplied = step(
                agreed,
                "/outcome/judicial-confirmation",
                Map.of(
                        "appliedOn",
                        TODAY.toString(),
                        "acceptedOn",
                        TODAY.minusDays(1).toString()));
        assertThat(acceptedBeforeApplied.status()).isEqualTo(422);
        assertThat(fields(acceptedBeforeApplied)).containsExactly("appliedOn");

        // Applied the day the agreement took effect, accepted two days later: within the court's three.
        Response accepted = step(
                agreed,
                "/outcome/judicial-confirmation",
                Map.of("appliedOn", effective.toString(), "acceptedOn", TODAY.toString()));
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
        JsonNode acceptance = accepted.body().path("outcome").path("judicialConfirmation");
        assertThat(acceptance.path("acceptBy").asString())
                .isEqualTo(effective.plusDays(3).toString());
        assertThat(acceptance.path("acceptedLate").asBoolean()).isFalse();
        assertThat(acceptance.path("appliedLate").asBoolean()).isFalse();
        assertThat(accepted.body()
                        .path("outcome")
                        .path("judicialConfirmation")
                        .path("acceptedOn")
                        .asString())
                .isEqualTo(TODAY.toString());
        assertThat(steps(accepted)).contains("recordJudicialConfirmation");

        Response closed = step(complete(accepted), "/closure", Map.of());
        assertThat(steps(closed)).containsExactly("recordJudicialConfirmation", "recordFollowUp");
        Response confirmed = step(
                closed,
                "/outcome/judicial-confirmation",
                Map.of("acceptedOn", TODAY.toString(), "number", "(2026)内0222民特15号"));
        assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
        assertThat(confirmed
                        .body()
                        .path("outcome")
                        .path("judicialConfirmation")
                        .path("number")
                        .asString())
                .isEqualTo("(2026)内0222民特15号");
        assertThat(steps(confirmed)).containsExactly("recordFollowUp");

        Response again = step(confirmed, "/outcome/judicial-confirmation", Map.of("acceptedOn", TODAY.toString()));
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void aPaymentAgreedInInstalmentsAtTheWindowIsFollowedAfterItsOnTheSpotClosing() {
        Map<String, Object> scrape = fenderBender();
        scrape.put(
                "resolution",
                payment(80_000, List.of(instalment(80_000, TODAY), instalment(30_000, TODAY.plusDays(7)))));
        Response refused = api.register(gaochang, scrape);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(fields(refused)).containsExactly("resolution.instalments");

        scrape.put(
                "resolution",
                payment(80_000, List.of(instalment(50_000, TODAY), instalment(30_000, TODAY.plusDays(7)))));
        Response registered = api.register(gaochang, scrape);
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        assertThat(registered.body().path("status").asString()).isEqualTo("CLOSED");
        assertThat(list(registered.body().path("outcome").path("instalments"))).hasSize(2);
        assertThat(steps(registered)).containsExactly("recordInstalmentPayment", "recordFollowUp");

        Response paid = step(registered, "/outcome/instalments/1/payment", Map.of("paidOn", TODAY.toString()));
        assertThat(paid.status()).as(paid.text()).isEqualTo(200);
        assertThat(list(paid.body().path("outcome").path("instalments")))
                .extracting(instalment -> instalment.path("status").asString())
                .containsExactly("PAID", "UNPAID");
    }

    @Test
    void anUnsatisfiedFollowUpReopensTheMatterWithoutTheAgreementsInstalments() {
        Response handling = inHandling("the applicant does not accept the instalments");
        Response agreed = step(
                handling,
                "/outcome",
                payment(6_280_000, List.of(instalment(3_000_000, TODAY), instalment(3_280_000, TODAY.plusDays(30)))));
        Response closed = step(complete(agreed), "/closure", Map.of());
        Response reopened = step(closed, "/follow-ups", Map.of("satisfaction", "UNSATISFIED"));

        assertThat(reopened.body().path("status").asString()).isEqualTo("IN_HANDLING");
        assertThat(reopened.body().has("outcome")).isFalse();
        assertThat(steps(reopened)).doesNotContain("recordInstalmentPayment");
        Response refused = step(reopened, "/outcome/instalments/1/payment", Map.of("paidOn", TODAY.toString()));
        assertThat(refused.status()).isEqualTo(409);
    }

    private static Map<String, Object> fenderBender() {
        Map<String, Object> body = new HashMap<>();
        body.put("channel", "WALK_IN");
        body.put("categoryCode", "traffic.accident");
        body.put("description", "两车倒车时轻微剐蹭，约定修车费分两次付清。");
        body.put("amountFen", 80_000L);
        body.put("orgUnitCode", Requests.ORG_UNIT);
        body.put("parties", List.of(Requests.person("APPLICANT", "李四", Requests.LI_ID, "13912345678")));
        return body;
    }

    private static Map<String, Object> payment(long amountFen, List<Map<String, Object>> instalments) {
        return Map.of(
                "kind", "PAYMENT_AGREEMENT", "summary", "分期支付", "amountFen", amountFen, "instalments", instalments);
    }

    private static Map<String, Object> instalment(long amountFen, LocalDate dueOn) {
        return Map.of("amountFen", amountFen, "dueOn", dueOn.toString());
    }

    /** A matter dispatched on the standard path, its lead (human resources) signed. */
    private Response inHandling(String marker) {
        Response registered = api.register(gaochang, Requests.machineryRent(marker));
        assertThat(registered.status()).isEqualTo(201);
        Response dispatched = step(registered, "/dispatch", Map.of());
        String lead = list(dispatched.body().path("assignments"))
                .getFirst()
                .path("id")
                .asString();
        Response signed = step(dispatched, "/assignments/" + lead + "/signature", Map.of());
        assertThat(signed.body().path("status").asString()).isEqualTo("IN_HANDLING");
        return signed;
    }

    /** Every assignment signed and completed. */
    private Response complete(Response matter) {
        Response current = matter;
        for (JsonNode assignment : list(matter.body().path("assignments"))) {
            String path = "/assignments/" + assignment.path("id").asString();
            if (assignment.path("status").asString().equals("PENDING")) {
                current = step(current, path + "/signature", Map.of());
            }
            current = step(current, path + "/completion", Map.of("summary", "本部门已办结"));
        }
        return current;
    }

    private Response step(Response matter, String path, Object body) {
        return desk.step(staff, matter, path, body);
    }

    private String matterPath(Response matter) {
        return desk.path(matter);
    }
}
