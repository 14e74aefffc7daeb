package io.onedoor.bench;

import io.onedoor.launcher.ServiceProcess;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gateway path and the direct path measured in alternating rounds at one rate, so that both
 * see the services in the same state: run one after the other, the first ran on services the JIT
 * had compiled less of, which showed as twice the CPU per request in case-service behind the
 * gateway than in front of it.
 */
final class PairedRuns {

    /** What one path saw over all its rounds, and the CPU each process spent on it. */
    record Path(RegistrationLoad.Result result, Map<String, Double> cpuMillis) {

        Map<String, Double> cpuPerRequest() {
            return CpuUsage.divided(cpuMillis, result.sent());
        }
    }

    record Both(Path viaGateway, Path direct) {}

    private PairedRuns() {}

    /** Rounds of {@code perRound} on each path, gateway first in odd rounds and direct first in even ones. */
    static Both run(
            RegistrationLoad gateway,
            RegistrationLoad direct,
            List<ServiceProcess> services,
            int rate,
            int rounds,
            Duration perRound)
            throws InterruptedException {
        RegistrationLoad.Result viaGateway = RegistrationLoad.Result.none();
        RegistrationLoad.Result straight = RegistrationLoad.Result.none();
        Map<String, Double> gatewayCpu = new LinkedHashMap<>();
        Map<String, Double> directCpu = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            boolean gatewayFirst = round % 2 == 0;
            for (int leg = 0; leg < 2; leg++) {
                boolean onGateway = (leg == 0) == gatewayFirst;
                CpuUsage cpu = CpuUsage.start(services);
                RegistrationLoad.Result result = (onGateway ? gateway : direct).run(rate, perRound);
                Map<String, Double> spent = cpu.millisSinceStart();
                if (onGateway) {
                    viaGateway = viaGateway.plus(result);
                    spent.forEach((name, millis) -> gatewayCpu.merge(name, millis, Double::sum));
                } else {
                    straight = straight.plus(result);
                    spent.forEach((name, millis) -> directCpu.merge(name, millis, Double::sum));
                }
            }
        }
        return new Both(new Path(viaGateway, gatewayCpu), new Path(straight, directCpu));
    }
}
