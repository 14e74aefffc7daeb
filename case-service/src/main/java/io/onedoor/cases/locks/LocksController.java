package io.onedoor.cases.locks;

import io.onedoor.api.cases.LocksApi;
import io.onedoor.api.cases.model.JointMeetingRecord;
import io.onedoor.api.cases.model.KeyProposal;
import io.onedoor.api.cases.model.LockRequest;
import io.onedoor.api.cases.model.Matter;
import io.onedoor.api.cases.model.MatterSplit;
import io.onedoor.cases.configuration.CenterConfiguration;
import io.onedoor.cases.matter.LockPlan;
import io.onedoor.cases.matter.StepRefusedException;
import io.onedoor.cases.web.StepEndpoint;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** Lock and key (一把钥匙开一把锁) and the joint meeting (会商) over HTTP. */
@RestController
class LocksController implements LocksApi {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final StepEndpoint steps;

    LocksController(StepEndpoint steps) {
        this.steps = steps;
    }

    @Override
    public ResponseEntity<Matter> splitMatter(
            String tenant,
            UUID matterId,
            MatterSplit split,
            @Nullable String ifMatch,
            @Nullable String idempotencyKey) {
        CenterConfiguration center = steps.center(tenant);
        List<LockRequest> requested = split.getLocks();
        Map<String, String> refused = new LinkedHashMap<>();
        for (int i = 0; i < requested.size(); i++) {
            if (center.department(requested.get(i).getDepartment()).isEmpty()) {
                refused.put("locks[" + i + "].department", "is not a department stationed at this center");
            }
        }
        if (!refused.isEmpty()) {
            throw new StepRefusedException(refused);
        }
        return steps.take(
                center,
                matterId,
                ifMatch,
                new StepEndpoint.Request(idempotencyKey, "splitMatter", List.of(matterId), split),
                (matter, actor, now) -> {
                    // Each lock's deadline runs from the day it is split, in China.
                    LocalDate today = LocalDate.ofInstant(now, CHINA);
                    List<LockPlan> plans = new ArrayList<>();
                    for (LockRequest lock : requested) {
                        int days = lock.getWorkingDays();
                        plans.add(new LockPlan(
                                lock.getTitle(),
                                lock.getDepartment(),
                                days,
                                center.workingDaysAfter(today, days).orElse(null)));
                    }
                    matter.split(plans, actor, now);
                });
    }

    @Override
    public ResponseEntity<Matter> proposeKey(
            String tenant,
            UUID matterId,
            UUID lockId,
            KeyProposal proposal,
            @Nullable String ifMatch,
            @Nullable String idempotencyKey) {
        return steps.take(
                steps.center(tenant),
                matterId,
                ifMatch,
                new StepEndpoint.Request(idempotencyKey, "proposeKey", List.of(matterId, lockId), proposal),
                (matter, actor, now) -> matter.proposeKey(lockId, proposal.getProposal(), actor, now));
    }

    @Override
    public ResponseEntity<Matter> recordJointMeeting(
            String tenant,
            UUID matterId,
            JointMeetingRecord meeting,
            @Nullable String ifMatch,
            @Nullable String idempotencyKey) {
        List<UUID> settles = meeting.getLocks() == null ? List.of() : meeting.getLocks();
        return steps.take(
                steps.center(tenant),
                matterId,
                ifMatch,
                new StepEndpoint.Request(idempotencyKey, "recordJointMeeting", List.of(matterId), meeting),
                (matter, actor, now) -> matter.recordJointMeeting(
                        meeting.getParticipants(), meeting.getPlan(), meeting.getAgent(), settles, actor, now));
    }
}
